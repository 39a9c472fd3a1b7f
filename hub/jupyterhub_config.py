"""JupyterHub for a CAIRE class on one machine: `make hub` (see docs/hub.md).

- Listens on 127.0.0.1:8000 (CAIRE_HUB_IP / CAIRE_HUB_PORT); configurable-http-proxy from hub/node_modules.
- Login: PAM, i.e. the machine's Unix accounts and passwords, restricted to the members of the groups
  caire-students and caire-instructors that hub/create-users.sh fills from a roster.
- Each user's server runs as that Unix user (LocalProcessSpawner), in their home folder, with the
  class's environment /opt/caire/venv (CAIRE_HUB_VENV) that hub/install-course.sh builds: user servers
  never read this checkout. The Jupyter config path decides the role (copies in /srv/caire/config):
    students:    hub/config/student    (no formgrader, no course list, no "create assignment")
    instructors: hub/config/instructor (formgrader on ~/course, the nbgrader course folder)
  then jupyter-config/lab-<language> (JupyterLab's menus in the course's language, CAIRE_HUB_LANGUAGE: fr by
  default, or en; a learner still switches with Settings > Language), then jupyter-config/ (Voila's settings,
  the culling of idle kernels, 10 minutes, and no "news" or update prompts), for everybody;
  JUPYTER_PATH adds the checkout's jupyter-data/ (the course's Voila template).
  Config files in users' homes are ignored (Spawner.disable_user_config): a student cannot turn the
  formgrader back on (and could not read the instructor's course anyway: Unix permissions).
- Voila on every server: /user/<name>/voila/render/caire-course/apps/en/01-rules-vs-learning.ipynb
- Idle servers are stopped by jupyterhub-idle-culler, a hub service (CAIRE_HUB_CULL_TIMEOUT, 1 h).
- Hub state (database, cookie secret, pid files) in CAIRE_HUB_STATE, /var/lib/caire-hub.
- Run it with the class environment: /opt/caire/venv/bin/jupyterhub -f hub/jupyterhub_config.py (as root).

Every setting read from the environment has the default `make hub` uses; tests set them to private
ports and folders.
"""

import grp
import os
import pwd
from pathlib import Path

HUB = Path(__file__).resolve().parent
VENV_BIN = Path(os.environ.get("CAIRE_HUB_VENV", "/opt/caire/venv")) / "bin"
FILES = Path(os.environ.get("CAIRE_HUB_FILES", "/srv/caire"))
CONFIG = FILES / "config"
STATE = Path(os.environ.get("CAIRE_HUB_STATE", "/var/lib/caire-hub"))
IP = os.environ.get("CAIRE_HUB_IP", "127.0.0.1")
PORT = int(os.environ.get("CAIRE_HUB_PORT", "8000"))
HUB_API_PORT = int(os.environ.get("CAIRE_HUB_API_PORT", "8081"))
PROXY_API_PORT = int(os.environ.get("CAIRE_HUB_PROXY_API_PORT", "8001"))
EXCHANGE = os.environ.get("CAIRE_EXCHANGE_DIR", "/srv/nbgrader/exchange")
STUDENTS = os.environ.get("CAIRE_STUDENTS_GROUP", "caire-students")
INSTRUCTORS = os.environ.get("CAIRE_INSTRUCTORS_GROUP", "caire-instructors")
INSTRUCTOR_COURSE = os.environ.get("CAIRE_INSTRUCTOR_COURSE", "course")
CULL_TIMEOUT = int(os.environ.get("CAIRE_HUB_CULL_TIMEOUT", "3600"))
LANGUAGE = os.environ.get("CAIRE_HUB_LANGUAGE", "fr")
if LANGUAGE not in ("fr", "en"):
    raise ValueError(f"CAIRE_HUB_LANGUAGE must be fr or en, not {LANGUAGE!r}")
CHP = HUB / "node_modules" / ".bin" / "configurable-http-proxy"

c = get_config()  # noqa: F821

STATE.mkdir(mode=0o700, parents=True, exist_ok=True)
os.chmod(STATE, 0o700)

# --- network: this machine only ----------------------------------------------------------------------
c.JupyterHub.bind_url = f"http://{IP}:{PORT}/"
c.JupyterHub.hub_bind_url = f"http://127.0.0.1:{HUB_API_PORT}"
c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{PROXY_API_PORT}"
c.ConfigurableHTTPProxy.command = [str(CHP)]
c.ConfigurableHTTPProxy.pid_file = str(STATE / "proxy.pid")
c.JupyterHub.pid_file = str(STATE / "jupyterhub.pid")
c.JupyterHub.db_url = f"sqlite:///{STATE / 'jupyterhub.sqlite'}"
c.JupyterHub.cookie_secret_file = str(STATE / "jupyterhub_cookie_secret")

# --- who gets in: the class's Unix accounts, with their passwords ---------------------------------
c.JupyterHub.authenticator_class = "pam"
c.PAMAuthenticator.allowed_groups = {STUDENTS, INSTRUCTORS}
c.PAMAuthenticator.check_account = True
c.PAMAuthenticator.open_sessions = False  # JupyterHub's default: PAM sessions do not match server lifetimes
c.Authenticator.admin_users = set()  # nobody administers the hub from the browser; root uses the REST API

# --- each user's server: their own Unix account, this checkout's Python ------------------------------
c.JupyterHub.spawner_class = "localprocess"
c.Spawner.cmd = [str(VENV_BIN / "jupyterhub-singleuser")]
c.Spawner.notebook_dir = "~"
c.Spawner.default_url = "/lab"
c.Spawner.disable_user_config = True
c.Spawner.start_timeout = 120
c.Spawner.http_timeout = 60
# LocalProcessSpawner enforces no memory limit (Kubernetes does: hub/z2jh/values.yaml); the figures of
# hub/z2jh/capacity.md say what a class of N needs on one machine.
c.Spawner.environment = {
    "PATH": f"{VENV_BIN}:/usr/local/bin:/usr/bin:/bin",
    "CAIRE_EXCHANGE_DIR": EXCHANGE,
    # jupyter-data/ of the checkout (the course's Voila template), copied by hub/install-course.sh.
    "JUPYTER_PATH": str(FILES / "data" / "jupyter-data"),
}


def unix_groups(name: str) -> set[str]:
    account = pwd.getpwnam(name)
    return {grp.getgrgid(gid).gr_name for gid in os.getgrouplist(name, account.pw_gid)}


def role_of(name: str) -> str:
    groups = unix_groups(name)
    if INSTRUCTORS in groups:
        return "instructor"
    if STUDENTS in groups:
        return "student"
    raise ValueError(f"{name} is in neither {STUDENTS} nor {INSTRUCTORS}")


def per_role_environment(spawner) -> None:
    """Students and instructors differ only by their Jupyter config path (and the instructor's course)."""
    name = spawner.user.name
    role = role_of(name)
    environment = dict(spawner.environment)  # a copy: never change the dict other spawners share
    common = CONFIG / "jupyter-config"
    environment["JUPYTER_CONFIG_PATH"] = os.pathsep.join(
        [str(CONFIG / role), str(common / f"lab-{LANGUAGE}"), str(common)]
    )
    if role == "instructor":
        environment["CAIRE_COURSE_DIR"] = str(Path(pwd.getpwnam(name).pw_dir) / INSTRUCTOR_COURSE)
    spawner.environment = environment
    spawner.log.info("CAIRE: starting %s's server as %s", name, role)


c.Spawner.pre_spawn_hook = per_role_environment

# --- idle servers are stopped (their kernels with them) ----------------------------------------------
c.JupyterHub.services = [
    {
        "name": "idle-culler",
        "command": [
            str(VENV_BIN / "python"),
            "-m",
            "jupyterhub_idle_culler",
            f"--timeout={CULL_TIMEOUT}",
            f"--cull-every={max(60, CULL_TIMEOUT // 6)}",
        ],
    },
]
c.JupyterHub.load_roles = [
    {
        "name": "idle-culler",
        "scopes": ["list:users", "read:users:activity", "read:servers", "delete:servers"],
        "services": ["idle-culler"],
    },
]
