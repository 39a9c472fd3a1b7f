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
- Several courses (hub/courses.py, nbgrader's model for several classes): each active course of
  $CAIRE_HUB_FILES/courses.json has its formgrader as a hub service, /services/<course>/formgrader, run by
  its grading account grader-<course>; the Unix groups formgrade-<course> (trainers) and nbgrader-<course>
  (learners and trainers) become hub groups of the same names at each login; the first reach that service
  only, the second see the course in their Assignments tab. Restart the hub after creating or archiving
  a course.
- Limits per learner: each learner's server and kernels share a memory limit (CAIRE_LEARNER_MEMORY_MB, 2048)
  and a process limit (CAIRE_LEARNER_PIDS, 512), cgroup v1 memory and pids controllers under
  /sys/fs/cgroup/<controller>/caire-hub/<name>. A kernel past the limit is killed by the OOM killer; the next
  cell the learner runs says so (caire/memory_notice.py). 0 turns the limits off.
- The hub's own database: SQLite in CAIRE_HUB_STATE, or CAIRE_HUB_DB_URL (PostgreSQL, hub/postgres.sh).
- Voila on every server: /user/<name>/voila/render/caire-course/apps/en/01-rules-vs-learning.ipynb
- Idle servers are stopped by jupyterhub-idle-culler, a hub service (CAIRE_HUB_CULL_TIMEOUT, 1 h).
- Hub state (database, cookie secret, pid files) in CAIRE_HUB_STATE, /var/lib/caire-hub.
- Run it with the class environment: /opt/caire/venv/bin/jupyterhub -f hub/jupyterhub_config.py (as root).

Every setting read from the environment has the default `make hub` uses; tests set them to private
ports and folders.
"""

import contextlib
import importlib.util
import os
import pwd
import signal
from pathlib import Path

try:
    from jupyterhub.auth import PAMAuthenticator
    from jupyterhub.spawner import LocalProcessSpawner
except ImportError:  # read outside the hub's environment: tests/test_lab_settings.py checks the settings it makes
    PAMAuthenticator = LocalProcessSpawner = object

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
MEMORY_MB = int(os.environ.get("CAIRE_LEARNER_MEMORY_MB", "2048"))
PIDS = int(os.environ.get("CAIRE_LEARNER_PIDS", "512"))
CGROUPS = Path(os.environ.get("CAIRE_CGROUPS", "/sys/fs/cgroup"))

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
c.JupyterHub.db_url = os.environ.get("CAIRE_HUB_DB_URL") or f"sqlite:///{STATE / 'jupyterhub.sqlite'}"
c.JupyterHub.cookie_secret_file = str(STATE / "jupyterhub_cookie_secret")

# --- who gets in: the class's Unix accounts, with their passwords ---------------------------------


def _load_courses():
    """hub/courses.py, for its names and its list of courses (the hub runs from this checkout, as root)."""
    spec = importlib.util.spec_from_file_location("caire_hub_courses", HUB / "courses.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


courses = _load_courses()
COURSES = courses.active_courses(FILES / "courses.json")


class CourseAuthenticator(PAMAuthenticator):
    """PAM login; the person's course groups (Unix groups nbgrader-<course>, formgrade-<course> of the
    active courses) become their hub groups at each login, so a roster change needs no hub restart."""

    async def authenticate(self, handler, data):
        name = await super().authenticate(handler, data)
        if not name:
            return None
        name = name if isinstance(name, str) else name["name"]
        return {"name": name, "groups": courses.hub_groups(name, COURSES)}


c.JupyterHub.authenticator_class = CourseAuthenticator
c.Authenticator.manage_groups = True
c.PAMAuthenticator.allowed_groups = {STUDENTS, INSTRUCTORS}
c.PAMAuthenticator.check_account = True
c.PAMAuthenticator.open_sessions = False  # JupyterHub's default: PAM sessions do not match server lifetimes
c.Authenticator.admin_users = set()  # nobody administers the hub from the browser; root uses the REST API

# --- each user's server: their own Unix account, this checkout's Python ------------------------------


class LimitedSpawner(LocalProcessSpawner):
    """LocalProcessSpawner, with the server and everything it starts (kernels, terminals) in the learner's own
    cgroups: memory (MEMORY_MB, swap included) and number of processes (PIDS)."""

    def cgroups(self) -> list[Path]:
        return [CGROUPS / controller / "caire-hub" / self.user.name for controller in ("memory", "pids")]

    def prepare_cgroups(self) -> list[Path]:
        if MEMORY_MB <= 0:
            return []
        made = []
        try:
            for folder in self.cgroups():
                folder.mkdir(parents=True, exist_ok=True)
                if folder.parent.parent.name == "memory":
                    limit = str(MEMORY_MB * 2**20)
                    (folder / "memory.limit_in_bytes").write_text(limit)
                    if (folder / "memory.memsw.limit_in_bytes").exists():  # swap counts too, where it is accounted
                        (folder / "memory.memsw.limit_in_bytes").write_text(limit)
                else:
                    (folder / "pids.max").write_text(str(PIDS))
                made.append(folder)
        except OSError as problem:
            self.log.warning(
                "CAIRE: no memory or process limit for %s (%s): cgroup v1 is needed", self.user.name, problem
            )
            return []
        return made

    def make_preexec_fn(self, name):
        become_user = super().make_preexec_fn(name)
        folders = self.prepare_cgroups()

        def preexec():  # in the new process, as root, before it becomes the learner
            for folder in folders:
                (folder / "cgroup.procs").write_text(str(os.getpid()))
            become_user()

        return preexec

    async def stop(self, now=False):
        await super().stop(now=now)
        for folder in self.cgroups():  # whatever is left of the server (a kernel it lost), then the cgroup
            with contextlib.suppress(OSError):  # ProcessLookupError included: it ended meanwhile
                for pid in (folder / "cgroup.procs").read_text().split():
                    with contextlib.suppress(ProcessLookupError):
                        os.kill(int(pid), signal.SIGKILL)
                folder.rmdir()


c.JupyterHub.spawner_class = LimitedSpawner
c.Spawner.cmd = [str(VENV_BIN / "jupyterhub-singleuser")]
c.Spawner.notebook_dir = "~"
c.Spawner.default_url = "/lab"
c.Spawner.disable_user_config = True
c.Spawner.start_timeout = 120
c.Spawner.http_timeout = 60
# Memory and processes: LimitedSpawner above (Kubernetes has its own limits: hub/z2jh/values.yaml); the
# figures of hub/z2jh/capacity.md say what a class of N needs on one machine.
c.Spawner.environment = {
    "PATH": f"{VENV_BIN}:/usr/local/bin:/usr/bin:/bin",
    "CAIRE_EXCHANGE_DIR": EXCHANGE,
    # The hub's Python kernel (config/kernels/python3: the memory notice), then jupyter-data/ of the checkout
    # (the course's Voila template), both copied by hub/install-course.sh.
    "JUPYTER_PATH": os.pathsep.join([str(CONFIG), str(FILES / "data" / "jupyter-data")]),
}


def role_of(name: str) -> str:
    groups = courses.unix_groups(name)
    if INSTRUCTORS in groups:
        return "instructor"
    if STUDENTS in groups or any(group.startswith("nbgrader-") for group in groups):
        return "student"
    raise ValueError(f"{name} is in neither {STUDENTS} nor {INSTRUCTORS}")


def per_role_environment(spawner) -> None:
    """Students and instructors differ only by their Jupyter config path (and the instructor's course)."""
    name = spawner.user.name
    role = role_of(name)
    environment = dict(spawner.environment)  # a copy: never change the dict other spawners share
    common = CONFIG / "jupyter-config"
    environment["CAIRE_HUB_LANGUAGE"] = LANGUAGE  # the memory notice's language (caire/memory_notice.py)
    environment["JUPYTER_CONFIG_PATH"] = os.pathsep.join(
        [str(CONFIG / role), str(common / f"lab-{LANGUAGE}"), str(common)]
    )
    if COURSES:
        environment["CAIRE_SEVERAL_COURSES"] = "1"  # read by hub/config/student/nbgrader_config.py
    if role == "instructor":
        environment["CAIRE_COURSE_DIR"] = str(Path(pwd.getpwnam(name).pw_dir) / INSTRUCTOR_COURSE)
    spawner.environment = environment
    spawner.log.info("CAIRE: starting %s's server as %s", name, role)


c.Spawner.pre_spawn_hook = per_role_environment
# The server's own token may read which groups its user is in: nbgrader's JupyterHubAuthPlugin lists the
# courses of a learner from them (hub/config/student/nbgrader_config.py), and nothing more.
c.Spawner.server_token_scopes = ["access:servers!server", "users:activity!user", "read:users:groups!user"]

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

# --- several courses: each course's formgrader, a service run by its grading account ---------------------
for course_id, course in COURSES.items():
    account = pwd.getpwnam(courses.grader_account(course_id))
    service_environment = {
        "PATH": c.Spawner.environment["PATH"],
        "JUPYTER_PATH": c.Spawner.environment["JUPYTER_PATH"],
        "JUPYTER_CONFIG_PATH": os.pathsep.join(
            [
                str(CONFIG / "instructor"),
                str(CONFIG / "jupyter-config" / f"lab-{LANGUAGE}"),
                str(CONFIG / "jupyter-config"),
            ]
        ),
        "CAIRE_EXCHANGE_DIR": EXCHANGE,
        "CAIRE_COURSE_DIR": str(Path(account.pw_dir) / "course"),
        "CAIRE_COURSE_ID": course_id,
        "JUPYTERHUB_DEFAULT_URL": "/formgrader",
    }
    if course.get("gradebook"):
        service_environment["CAIRE_GRADEBOOK_URL"] = course["gradebook"]
    c.JupyterHub.services.append(
        {
            "name": course_id,
            "display": True,
            "url": f"http://127.0.0.1:{course['port']}",
            "command": [str(VENV_BIN / "jupyterhub-singleuser")],
            "user": account.pw_name,
            "cwd": account.pw_dir,
            "environment": service_environment,
            "oauth_no_confirm": True,
        }
    )
    c.JupyterHub.load_roles.append(
        {
            "name": f"formgrade-{course_id}",
            "groups": [courses.trainers_group(course_id)],
            "scopes": [f"access:services!service={course_id}"],
        }
    )
    c.JupyterHub.load_roles.append(
        {
            "name": f"nbgrader-{course_id}",
            "groups": [courses.learners_group(course_id)],
            "scopes": ["list:services", f"read:services!service={course_id}"],
        }
    )
