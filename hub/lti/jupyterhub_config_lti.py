"""The local hub (hub/jupyterhub_config.py) with Moodle login: LTI 1.3, jupyterhub-ltiauthenticator.

    sudo CAIRE_LTI_ISSUER=https://moodle.example.org CAIRE_LTI_CLIENT_ID=<client id from Moodle> \\
        /opt/caire/venv/bin/jupyterhub -f hub/lti/jupyterhub_config_lti.py

Everything but the login is the local hub's: the same accounts, servers, exchange, culler. Students
and the trainer open the course from a Moodle activity ("External tool"); Moodle signs who they are,
the hub checks the signature with Moodle's public keys and starts their server. docs/hub.md explains
the tool's registration in Moodle.

- The username is Moodle's login name, sent as the custom parameter `username=$User.username`
  (CAIRE_LTI_USERNAME_KEY, default custom_username). Each server still runs as the Unix account of that
  name: create the accounts from the Moodle roster with hub/create-users.sh (no password column
  needed; PAM is no longer used). Whoever is in neither class group is refused, whatever Moodle says.
- Moodle POSTs the signed launch from its own site: the hub's cookies must be `SameSite=None; Secure`,
  so the hub must be served over HTTPS (a reverse proxy in front of 127.0.0.1:8000, with the public
  name Moodle knows).
- Each launch of a class account is recorded in $CAIRE_HUB_FILES/lti-launches.db (root only): the learner's
  Moodle user id, Moodle course and grade service, where `python -m autograder moodle push` posts the
  gradebook's scores (autograder/moodle_grades.py). A launch that cannot be recorded is logged; the login goes on.
"""

import importlib.util
import os
import pwd
import sys
from pathlib import Path

from ltiauthenticator.lti13.auth import LTI13Authenticator
from ltiauthenticator.lti13.handlers import LTI13CallbackHandler

c = get_config()  # noqa: F821
load_subconfig(  # noqa: F821 - defined by JupyterHub when it reads this file
    os.path.join(
        os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
        "jupyterhub_config.py",
    )
)

ISSUER = os.environ.get("CAIRE_LTI_ISSUER", "").rstrip("/")
CLIENT_IDS = {value.strip() for value in os.environ.get("CAIRE_LTI_CLIENT_ID", "").split(",") if value.strip()}
if not ISSUER or not CLIENT_IDS:
    raise SystemExit(
        "LTI login needs CAIRE_LTI_ISSUER (Moodle's address, e.g. https://moodle.example.org) "
        "and CAIRE_LTI_CLIENT_ID (the tool's client ID shown by Moodle): see docs/hub.md"
    )


def _load_by_path(name, path):
    """A module of this checkout, loaded from its file: the hub's environment does not have the repository's
    packages (autograder/moodle_grades.py imports only the standard library until grades are pushed)."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


HUB_FOLDER = Path(__file__).resolve().parent.parent
courses = _load_by_path("caire_hub_courses", HUB_FOLDER / "courses.py")
# Each launch's Moodle user id, course and grade service, for `python -m autograder moodle push`.
launches = _load_by_path("caire_moodle_launches", HUB_FOLDER.parent / "autograder" / "moodle_grades.py")
HUB_FILES = Path(os.environ.get("CAIRE_HUB_FILES", "/srv/caire"))
LAUNCHES = HUB_FILES / launches.LAUNCHES_FILE
COURSES = courses.active_courses(HUB_FILES / "courses.json")
CLASS_GROUPS = {
    os.environ.get("CAIRE_STUDENTS_GROUP", "caire-students"),
    os.environ.get("CAIRE_INSTRUCTORS_GROUP", "caire-instructors"),
}


class ClassLTI13Authenticator(LTI13Authenticator):
    """LTI 1.3 login, for the members of the class's Unix groups only (their servers run as them).

    Only a launch verified by the LTI callback logs anybody in. ltiauthenticator 1.6.3 leaves the hub's
    ordinary login form (POST /hub/login) wired to the same authenticate(): it reads the username
    from the posted fields, falling back to `sub`, so a form posting sub=<someone> would log in as
    them. Here that form logs nobody in.
    """

    async def authenticate(self, handler, data=None):
        if not isinstance(handler, LTI13CallbackHandler):
            self.log.warning(
                "login refused: it did not come through a signed LTI 1.3 launch (%s)", type(handler).__name__
            )
            return None
        model = await super().authenticate(handler, data)
        if not model:
            return None
        name = model["name"]
        # ltiauthenticator's auth_state is the id_token's claims, decoded and verified.
        claims = model.get("auth_state") or {}
        if self.check_allowed(name):
            # The Moodle course the launch comes from: a class account joins the hub course linked to it
            # (hub/courses.py create --lti-context), as a trainer when Moodle says so. Then the hub groups follow
            # the Unix groups, as with the login form (the base config's manage_groups).
            found = courses.course_of_launch(claims, COURSES)
            if found:
                course_id, role = found
                courses.join(name, course_id, role)
                self.log.info("LTI: %s joins %s as %s", name, course_id, role)
            self.record_launch(name, claims)
        return {**model, "groups": courses.hub_groups(name, COURSES)}

    def record_launch(self, name, claims):
        """Keep where this learner's grades go in Moodle (autograder/moodle_grades.py); never blocks a login."""
        try:
            if not launches.record_launch(LAUNCHES, name, claims):
                self.log.info("LTI: %s launched without Moodle's grade service: no grades can go back", name)
        except Exception as problem:
            self.log.warning(
                "LTI: the launch of %s was not recorded in %s (%s); login goes on", name, LAUNCHES, problem
            )

    def check_allowed(self, username, authentication=None):
        try:
            pwd.getpwnam(username)
        except KeyError:
            self.log.warning("LTI login of %s refused: no Unix account of that name", username)
            return False
        groups = courses.unix_groups(username)
        if groups & CLASS_GROUPS:
            return True
        self.log.warning("LTI login of %s refused: not in %s", username, ", ".join(sorted(CLASS_GROUPS)))
        return False


c.JupyterHub.authenticator_class = ClassLTI13Authenticator
# Moodle's LTI 1.3 endpoints (Site administration > Plugins > External tool > Manage tools > the tool's
# "View configuration details" lists the same three addresses).
c.LTI13Authenticator.issuer = ISSUER
c.LTI13Authenticator.client_id = CLIENT_IDS
c.LTI13Authenticator.authorize_url = f"{ISSUER}/mod/lti/auth.php"
c.LTI13Authenticator.jwks_endpoint = f"{ISSUER}/mod/lti/certs.php"
c.LTI13Authenticator.username_key = os.environ.get("CAIRE_LTI_USERNAME_KEY", "custom_username")
c.LTI13Authenticator.tool_name = "CAIRE"
c.LTI13Authenticator.tool_description = "CAIRE: an interactive AI-literacy course in Jupyter"
# The launch arrives as a cross-site POST from Moodle: without SameSite=None the browser would not
# send back the state cookie the hub set at the login's first step.
c.JupyterHub.cookie_options = {"samesite": "None", "secure": True}
