"""The course's JupyterHub on one machine (make hub, docs/hub.md), end to end, with real Unix accounts.

One real hub (PAM login, LocalProcessSpawner, configurable-http-proxy, the idle culler) runs on private
ports with test accounts (caire-test-*, in groups of their own, so a class on the same machine never
sees them) and a private exchange. One instructor and three students go through a whole assignment:
the instructor generates and releases it (nbgrader, as the instructor's Unix account); each student
logs in through the login form with a PAM password and does everything else through their own server
started by the hub (nbgrader's Assignments API, the contents API, a kernel): fetch, answer, submit.
Ada answers right, Ben wrong, Cleo half right and tries to reach Ada's submission, the exchange and
the gradebook. root grades with our sandboxed grader; the instructor releases feedback; each student
fetches their own. Then: formgrader refused to students, Voila renders an app on a student's server,
the culler stops idle servers. The cycle's times and the memory of hub, proxy and servers are printed.

Also: the hub starts with the LTI 1.3 (Moodle) configuration and its login endpoints answer, and
hub/z2jh/values.yaml uses keys of the Zero to JupyterHub chart only, with memory figures that cover
the measured needs (no cluster needed for those two).
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import signal
import subprocess
import time
import uuid
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import nbformat
import pytest
from conftest import REPO, free_port

requests = pytest.importorskip("requests")
psutil = pytest.importorskip("psutil")
yaml = pytest.importorskip("yaml")

pytestmark = pytest.mark.slow

HUB = REPO / "hub"
ASSIGNMENT = "01-rules-vs-learning-en"
NOTEBOOK = "01-rules-vs-learning.ipynb"
APP = "caire-course/apps/en/01-rules-vs-learning.ipynb"
SOLUTION = re.compile(r"### BEGIN SOLUTION\n(.*?)### END SOLUTION", re.S)

# Where the test's hub keeps everything; removed before and after. Outside /tmp/pytest-of-root, which
# the test accounts cannot enter.
AREA = Path("/srv/caire-hub-test")
VENV = Path(os.environ.get("CAIRE_HUB_VENV", "/opt/caire/venv"))
FILES = AREA / "files"  # lessons and config of the test's hub (a class's are in /srv/caire)
TEACHER, ADA, BEN, CLEO = "caire-test-teacher", "caire-test-ada", "caire-test-ben", "caire-test-cleo"
STUDENTS = (ADA, BEN, CLEO)
# Everything of the test's hub but the class environment (/opt/caire/venv, shared with `make hub`: the
# test reinstalls this checkout's course packages in it) is its own.
SETTINGS = {
    "CAIRE_STUDENTS_GROUP": "caire-test-students",
    "CAIRE_INSTRUCTORS_GROUP": "caire-test-instructors",
    "CAIRE_HUB_FILES": str(FILES),
    "CAIRE_EXCHANGE_DIR": str(AREA / "exchange"),
    "CAIRE_PASSWORDS_FILE": str(AREA / "passwords.csv"),
}

WRONG_ANSWERS = {
    "q1_answer": "proline_threshold = 0",
    "q2_answer": 'reply = "a"',
    "q3_answer": 'measurements_used = {"alcohol"}',
    "q4_answer": 'statement = "a"',
    "q5_answer": 'learned_tasks = {"b", "c"}',
}
# Visible tests pass, hidden ones fail, but for question 3 (as in test_nbgrader_workflow.py): 1 point.
PARTIAL_ANSWERS = {
    "q1_answer": "proline_threshold = 1025",
    "q2_answer": 'reply = "a"',
    "q3_answer": 'measurements_used = {"proline", "flavanoids"}',
    "q4_answer": 'statement = "a"',
    "q5_answer": 'learned_tasks = {"a", "b"}',
}

READY_SECONDS = 120  # a hub or a user server that is not up by then has failed
FIGURES: dict = {}  # timings and memory, printed at the end of the module


# --- skipping where a real hub cannot run ----------------------------------------------------------------


def _why_not() -> str | None:
    if os.name != "posix" or os.geteuid() != 0:
        return "the hub test creates Unix accounts and runs servers as them: run it as root"
    for tool in ("useradd", "runuser", "chpasswd", "gpasswd"):
        if shutil.which(tool) is None:
            return f"{tool} is missing (Debian package passwd / util-linux): no Unix accounts for the hub test"
    if shutil.which("npm") is None and not (HUB / "node_modules/.bin/configurable-http-proxy").exists():
        return "npm is missing: configurable-http-proxy cannot be installed"
    return None


def _run(command: list[str], timeout: float = 900, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout, **kwargs)


@pytest.fixture(scope="module")
def installed():
    """make hub-setup (configurable-http-proxy) and hub/install-course.sh (the class's venv, lessons, config)."""
    reason = _why_not()
    if reason:
        pytest.skip(reason)
    setup = _run(["make", "-C", str(REPO), "hub-setup"])
    if setup.returncode != 0:
        pytest.skip(
            "configurable-http-proxy could not be installed (make hub-setup):\n"
            f"{setup.stdout[-2000:]}{setup.stderr[-2000:]}"
        )
    shutil.rmtree(AREA, ignore_errors=True)
    AREA.mkdir(mode=0o755, parents=True)
    environment = {**os.environ, **SETTINGS}
    started = time.monotonic()
    install = _run([str(HUB / "install-course.sh")], env=environment)
    if install.returncode != 0 and "no Python 3.11" in install.stderr:
        pytest.skip(install.stderr.strip())
    assert install.returncode == 0, f"install-course.sh failed:\n{install.stdout}\n{install.stderr}"
    FIGURES["install-course.sh (s)"] = round(time.monotonic() - started, 1)
    yield
    shutil.rmtree(AREA, ignore_errors=True)


# --- the hub -------------------------------------------------------------------------------------------


class Hub:
    """A running test hub: its URLs, the admin token of the test's service, helpers for the REST API."""

    def __init__(self, config: Path, environment: dict, name: str, area: Path = AREA, accounts: tuple = ()):
        self.area, self.accounts = area, accounts or (TEACHER, *STUDENTS)
        self.port, self.api_port, self.proxy_port = free_port(), free_port(), free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.api = f"http://127.0.0.1:{self.api_port}/hub/api"
        self.state = area / f"state-{name}"
        self.log_path = area / f"{name}.log"
        self.admin_token = secrets.token_hex(32)
        self.culler_token = secrets.token_hex(32)
        self.environment = {
            **environment,
            "CAIRE_HUB_STATE": str(self.state),
            "CAIRE_HUB_PORT": str(self.port),
            "CAIRE_HUB_API_PORT": str(self.api_port),
            "CAIRE_HUB_PROXY_API_PORT": str(self.proxy_port),
        }
        self.state.mkdir(mode=0o700, parents=True)
        # The test's own service: an admin token (start servers, make per-user tokens) and a second
        # idle culler's token, in the role the hub gives its own culler.
        wrapper = self.state / "test_config.py"
        wrapper.write_text(
            f"c = get_config()\n"
            f"load_subconfig({str(config)!r})\n"
            f"c.JupyterHub.services = list(c.JupyterHub.services) + [\n"
            f"    {{'name': 'caire-test', 'api_token': {self.admin_token!r}}},\n"
            f"    {{'name': 'culler-check', 'api_token': {self.culler_token!r}}},\n"
            f"]\n"
            f"roles = list(c.JupyterHub.load_roles)\n"
            f"for role in roles:\n"
            f"    if role['name'] == 'idle-culler':\n"
            f"        role['services'] = list(role['services']) + ['culler-check']\n"
            f"roles.append({{'name': 'caire-test', 'services': ['caire-test'], 'scopes': [\n"
            f"    'admin:users', 'admin:servers', 'tokens', 'access:servers', 'read:hub', 'read:services']}})\n"
            f"c.JupyterHub.load_roles = roles\n"
        )
        wrapper.chmod(0o600)
        self.log = self.log_path.open("w")
        self.started = time.monotonic()
        self.process = subprocess.Popen(
            [str(VENV / "bin/jupyterhub"), "-f", str(wrapper)],
            cwd=self.state,
            env=self.environment,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.wait_until(lambda: self.get("/").status_code == 200, "the hub's API", READY_SECONDS)
        # The hub's API answers on its own port before the hub has given the proxy its routes: JupyterHub 6
        # starts configurable-http-proxy with no default target, starts its managed services (the culler, the
        # courses' formgraders), and only then adds the route /hub/. A login sent through the proxy in between
        # got the proxy's 404, the user was never created, and starting their server answered 404 too (the
        # flaky setup error of this test). Ready means: the login page answers through the proxy.
        self.wait_until(self.proxied, "the hub's pages through the proxy", READY_SECONDS)
        self.ready_seconds = time.monotonic() - self.started

    # REST API of the hub, as the test's admin service
    def request(self, method: str, path: str, **kwargs) -> requests.Response:
        headers = {"Authorization": f"token {self.admin_token}"}
        return requests.request(method, self.api + path, headers=headers, timeout=60, **kwargs)

    def proxied(self) -> bool:
        try:
            return requests.get(f"{self.url}/hub/login", timeout=10).status_code == 200
        except requests.ConnectionError:
            return False

    def get(self, path: str) -> requests.Response:
        try:
            return self.request("GET", path)
        except requests.ConnectionError:
            return _NOT_YET

    def log_text(self) -> str:
        self.log.flush()
        return self.log_path.read_text(errors="replace")

    def wait_until(self, condition, what: str, seconds: float, every: float = 0.5):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(
                    f"the hub exited ({self.process.returncode}) while waiting for {what}:\n" + self.log_text()[-5000:]
                )
            value = condition()
            if value:
                return value
            time.sleep(every)
        raise AssertionError(f"{what}: not ready after {seconds} s\n" + self.log_text()[-5000:])

    # user servers
    def start_server(self, name: str) -> float:
        started = time.monotonic()
        response = self.request("POST", f"/users/{name}/server")
        assert response.status_code in (201, 202, 400), response.text  # 400: already running
        self.wait_server(name)
        return time.monotonic() - started

    def wait_server(self, name: str) -> None:
        def ready():
            server = self.request("GET", f"/users/{name}").json().get("servers", {}).get("")
            return bool(server and server.get("ready"))

        self.wait_until(ready, f"{name}'s server", READY_SECONDS)

    def token_for(self, name: str) -> str:
        response = self.request("POST", f"/users/{name}/tokens", json={"note": "caire hub test", "expires_in": 3600})
        assert response.status_code == 201, response.text
        return response.json()["token"]

    def server_pids(self) -> dict[str, int]:
        """pid of each user's single-user server (the process the spawner started)."""
        pids = {}
        for user in self.request("GET", "/users").json():
            server = user.get("servers", {}).get("")
            if server and server.get("state", {}).get("pid"):
                pids[user["name"]] = server["state"]["pid"]
        return pids

    def stop(self) -> None:
        """Stop every user server, then the hub (which stops the proxy and its services)."""
        if self.process.poll() is None:
            try:
                for user in self.request("GET", "/users").json():
                    if user.get("servers"):
                        self.request("DELETE", f"/users/{user['name']}/server")
            except (requests.RequestException, ValueError):
                pass
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                try:
                    if not any(user.get("servers") for user in self.request("GET", "/users").json()):
                        break
                except (requests.RequestException, ValueError):
                    break
                time.sleep(0.5)
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=90)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
        self.log.close()
        # Whatever is left of this hub (proxy, culler, user servers), by the pids it recorded.
        for pid_file in (self.state / "proxy.pid",):
            if pid_file.exists():
                _kill(int(pid_file.read_text().strip() or 0))
        for process in psutil.process_iter(["username", "cmdline"]):
            if process.info["username"] in self.accounts:
                _kill(process.pid)


class _NotYet:
    status_code = 0


_NOT_YET = _NotYet()


def _kill(pid: int) -> None:
    if pid <= 0:
        return
    try:
        process = psutil.Process(pid)
        process.terminate()
        process.wait(timeout=10)
    except psutil.TimeoutExpired:
        process.kill()
    except psutil.Error:
        pass


def rss_mb(pid: int, children: bool = False) -> float:
    process = psutil.Process(pid)
    total = process.memory_info().rss
    if children:
        total += sum(child.memory_info().rss for child in process.children(recursive=True))
    return round(total / 2**20, 1)


# --- acting as a user, through their own server ----------------------------------------------------------


class Browser:
    """One user: their login session (PAM, through the form) and a token for their server's API."""

    def __init__(self, hub: Hub, name: str):
        self.hub, self.name = hub, name
        self.session = requests.Session()
        self.token = ""

    @property
    def base(self) -> str:
        return f"{self.hub.url}/user/{self.name}"

    def login(self, password: str) -> requests.Response:
        self.session.get(f"{self.hub.url}/hub/login", timeout=30)
        return self.session.post(
            f"{self.hub.url}/hub/login",
            timeout=60,
            allow_redirects=False,
            data={"username": self.name, "password": password, "_xsrf": self.session.cookies.get("_xsrf", "")},
        )

    def call(self, method: str, path: str, **kwargs) -> requests.Response:
        headers = {"Authorization": f"token {self.token}"}
        return requests.request(method, self.base + path, headers=headers, timeout=180, **kwargs)

    def page(self, path: str, seconds: float) -> tuple[int, str]:
        """A streamed page (Voila sends the page while the notebook runs, with heartbeats), read for at
        most ``seconds``."""
        deadline, chunks = time.monotonic() + seconds, []
        with requests.get(
            self.base + path, headers={"Authorization": f"token {self.token}"}, timeout=30, stream=True
        ) as response:
            for chunk in response.iter_content(chunk_size=None, decode_unicode=True):
                chunks.append(chunk)
                if "</html>" in "".join(chunks[-2:]) or time.monotonic() > deadline:
                    break
        text = "".join(chunks)
        assert "</html>" in text, f"{path}: the page did not end within {seconds} s:\n{text[-2000:]}"
        return response.status_code, text

    def nbgrader(self, action: str) -> requests.Response:
        """The Assignments tab's request: fetch, submit or fetch_feedback, in the user's own server."""
        response = self.call("POST", f"/assignments/{action}", data={"course_id": "caire", "assignment_id": ASSIGNMENT})
        assert response.status_code == 200, f"{self.name} {action}: {response.status_code} {response.text[:500]}"
        return response

    def read_notebook(self, path: str) -> nbformat.NotebookNode:
        response = self.call("GET", f"/api/contents/{path}", params={"content": 1})
        assert response.status_code == 200, f"{self.name} cannot open {path}: {response.text[:300]}"
        return nbformat.from_dict(response.json()["content"])

    def save_notebook(self, path: str, notebook: nbformat.NotebookNode) -> None:
        response = self.call(
            "PUT", f"/api/contents/{path}", json={"type": "notebook", "format": "json", "content": notebook}
        )
        assert response.status_code in (200, 201), f"{self.name} cannot save {path}: {response.text[:300]}"

    def run_code(self, code: str, seconds: float = 60) -> str:
        """Run code in a new kernel of the user's server (as the user); return what it printed."""
        import websocket  # websocket-client, a dependency of jupyter_server

        kernel = self.call("POST", "/api/kernels", json={"name": "python3"})
        assert kernel.status_code == 201, kernel.text
        kernel_id = kernel.json()["id"]
        url = self.base.replace("http://", "ws://") + f"/api/kernels/{kernel_id}/channels"
        connection = websocket.create_connection(url, header=[f"Authorization: token {self.token}"], timeout=seconds)
        try:
            msg_id, session = uuid.uuid4().hex, uuid.uuid4().hex
            connection.send(
                json.dumps(
                    {
                        "header": {
                            "msg_id": msg_id,
                            "username": self.name,
                            "session": session,
                            "date": "",
                            "msg_type": "execute_request",
                            "version": "5.3",
                        },
                        "parent_header": {},
                        "metadata": {},
                        "channel": "shell",
                        "buffers": [],
                        "content": {
                            "code": code,
                            "silent": False,
                            "store_history": False,
                            "user_expressions": {},
                            "allow_stdin": False,
                            "stop_on_error": True,
                        },
                    }
                )
            )
            printed, deadline = [], time.monotonic() + seconds
            while time.monotonic() < deadline:
                message = json.loads(connection.recv())
                if message.get("parent_header", {}).get("msg_id") != msg_id:
                    continue
                kind, content = message["msg_type"], message["content"]
                if kind == "stream":
                    printed.append(content["text"])
                elif kind == "error":
                    raise AssertionError(
                        f"code failed in {self.name}'s kernel: {content['ename']}: {content['evalue']}"
                    )
                elif kind == "status" and content["execution_state"] == "idle":
                    return "".join(printed)
            raise AssertionError(f"{self.name}'s kernel did not finish in {seconds} s")
        finally:
            connection.close()
            self.call("DELETE", f"/api/kernels/{kernel_id}")


def as_instructor(hub_environment: dict, *args: str) -> subprocess.CompletedProcess:
    """An nbgrader command run by the instructor's Unix account, with the instructor's server's settings."""
    home = Path(f"/home/{TEACHER}")
    environment = {
        "HOME": str(home),
        "USER": TEACHER,
        "LOGNAME": TEACHER,
        "LANG": "C.UTF-8",
        "PATH": f"{VENV / 'bin'}:/usr/bin:/bin",
        "JUPYTER_CONFIG_PATH": f"{FILES / 'config/instructor'}:{FILES / 'config/jupyter-config'}",
        "CAIRE_COURSE_DIR": str(home / "course"),
        "CAIRE_EXCHANGE_DIR": hub_environment["CAIRE_EXCHANGE_DIR"],
    }
    result = _run(
        ["runuser", "-u", TEACHER, "--", "env", *[f"{k}={v}" for k, v in environment.items()], "nbgrader", *args],
        cwd=home,
        env={"PATH": "/usr/sbin:/usr/bin:/sbin:/bin"},
        timeout=300,
    )
    assert result.returncode == 0, f"nbgrader {' '.join(args)} as {TEACHER} failed:\n{result.stdout}\n{result.stderr}"
    return result


def answered(notebook: nbformat.NotebookNode, answers: dict[str, str]) -> nbformat.NotebookNode:
    for cell in notebook.cells:
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
        if grade_id in answers:
            cell.source = answers[grade_id]
    return notebook


def right_answers() -> dict[str, str]:
    source = nbformat.read(REPO / "assignments" / ASSIGNMENT / NOTEBOOK, as_version=4)
    return {
        cell.metadata.nbgrader.grade_id: SOLUTION.search(cell.source).group(1)
        for cell in source.cells
        if cell.metadata.get("nbgrader", {}).get("solution")
    }


# What Cleo tries from her own kernel, as her own Unix account. Each attempt prints one JSON line.
ATTACK = r"""
import glob, json, os, sqlite3
exchange = os.environ["CAIRE_EXCHANGE_DIR"] + "/caire"
target = {target!r}
gradebook = {gradebook!r}
def attempt(name, action):
    try:
        result = action()
        print(json.dumps({{"attempt": name, "outcome": "done", "detail": repr(result)[:200]}}))
    except Exception as problem:
        print(json.dumps({{"attempt": name, "outcome": type(problem).__name__}}))
attempt("list inbound", lambda: os.listdir(exchange + "/inbound"))
attempt("find Ada's submission", lambda: glob.glob(exchange + "/inbound/caire-test-ada+*") or 1 / 0)
attempt("read Ada's notebook", lambda: open(target + "/01-rules-vs-learning.ipynb").read())
attempt("read Ada's secret", lambda: open(target + "/submission_secret.txt").read())
attempt("overwrite Ada's notebook", lambda: open(target + "/01-rules-vs-learning.ipynb", "w").write("{{}}"))
attempt("add a file to Ada's submission", lambda: open(target + "/extra.ipynb", "w").write("{{}}"))
attempt("delete Ada's notebook", lambda: os.remove(target + "/01-rules-vs-learning.ipynb"))
attempt("rename Ada's submission", lambda: os.rename(target, exchange + "/inbound/caire-test-cleo+stolen"))
attempt("list feedback", lambda: os.listdir(exchange + "/feedback"))
attempt("list the instructor's home", lambda: os.listdir(os.path.dirname(os.path.dirname(gradebook))))
attempt("read the gradebook", lambda: open(gradebook, "rb").read(16))
attempt("write the gradebook", lambda: open(gradebook, "ab").write(b"x"))
attempt("open the gradebook with sqlite",
        lambda: sqlite3.connect(f"file:{{gradebook}}?mode=rw", uri=True).execute("select 1").fetchall())
attempt("read the solutions in the checkout", lambda: open({solutions!r}).read(100))
attempt("read Ada's home", lambda: os.listdir("/home/caire-test-ada"))
"""


# --- the whole cycle, once for the module ---------------------------------------------------------------


@pytest.fixture(scope="module")
def cycle(installed):
    """Run the class's whole cycle on a real hub; every later test reads what happened here."""
    cycle_started = time.monotonic()
    passwords = {name: secrets.token_urlsafe(12) for name in (TEACHER, *STUDENTS)}
    environment = {**os.environ, **SETTINGS}
    # Fresh course and homes for the test accounts (they may exist from an earlier run).
    shutil.rmtree(f"/home/{TEACHER}/course", ignore_errors=True)
    for student in STUDENTS:
        shutil.rmtree(f"/home/{student}/{ASSIGNMENT}", ignore_errors=True)
        shutil.rmtree(f"/home/{student}/.local", ignore_errors=True)
    roster = AREA / "roster.csv"
    roster.write_text(
        "".join(
            f"{name},{'instructor' if name == TEACHER else 'student'},{passwords[name]}\n"
            for name in (TEACHER, *STUDENTS)
        )
    )
    users = _run([str(HUB / "create-users.sh"), str(roster)], env=environment)
    assert users.returncode == 0, f"create-users.sh failed:\n{users.stdout}\n{users.stderr}"
    again = _run([str(HUB / "create-users.sh"), str(roster)], env=environment)
    assert again.returncode == 0 and "created" not in again.stdout, "create-users.sh is not idempotent"

    hub = Hub(HUB / "jupyterhub_config.py", environment, "hub")
    record = {"hub": hub, "passwords": passwords, "environment": environment, "steps": {}}
    steps = record["steps"]

    def step(name, started):
        steps[name] = round(time.monotonic() - started, 2)

    try:
        FIGURES["hub ready (s)"] = round(hub.ready_seconds, 2)
        # Logins through the form (PAM), a wrong password, an account outside the class.
        browsers = {name: Browser(hub, name) for name in (TEACHER, *STUDENTS)}
        started = time.monotonic()
        record["logins"] = {name: browsers[name].login(passwords[name]) for name in browsers}
        step("4 PAM logins", started)
        record["wrong password"] = Browser(hub, ADA).login("not-" + passwords[ADA]).status_code
        record["outsider"] = Browser(hub, "nobody").login("x").status_code
        # Ada starts her server as a browser does (GET /hub/spawn with her session); the others
        # through the REST API. Then each gets a token for their own server's API.
        started = time.monotonic()
        spawn = browsers[ADA].session.get(f"{hub.url}/hub/spawn", timeout=60, allow_redirects=False)
        record["spawn from the form"] = spawn.status_code, spawn.headers.get("Location", "")
        hub.wait_server(ADA)
        record["server start (s)"] = {ADA: round(time.monotonic() - started, 2)}
        for name in (TEACHER, BEN, CLEO):
            record["server start (s)"][name] = round(hub.start_server(name), 2)
        for name, browser in browsers.items():
            browser.token = hub.token_for(name)
        time.sleep(3)  # let the servers settle before measuring them idle
        pids = hub.server_pids()
        record["idle server RSS (MB)"] = {name: rss_mb(pid) for name, pid in pids.items()}
        record["server users"] = {name: psutil.Process(pid).username() for name, pid in pids.items()}
        record["hub RSS (MB)"] = rss_mb(hub.process.pid)
        proxy_pid = int((hub.state / "proxy.pid").read_text())
        record["proxy RSS (MB)"] = rss_mb(proxy_pid)
        record["proxy command"] = " ".join(psutil.Process(proxy_pid).cmdline())

        # The instructor: formgrader on their server; generate and release with nbgrader as themselves.
        record["instructor formgrader"] = browsers[TEACHER].call("GET", "/formgrader").status_code
        started = time.monotonic()
        as_instructor(environment, "generate_assignment", ASSIGNMENT, "--force")
        as_instructor(environment, "release_assignment", ASSIGNMENT, "--force")
        step("generate + release", started)
        released = Path(f"/home/{TEACHER}/course/release/{ASSIGNMENT}/{NOTEBOOK}").read_text()
        record["released has solutions"] = "BEGIN SOLUTION" in released or "BEGIN HIDDEN TESTS" in released

        # Students, each through their own server: fetch, answer, submit.
        answers = {ADA: right_answers(), BEN: WRONG_ANSWERS, CLEO: PARTIAL_ANSWERS}
        started = time.monotonic()
        for name in STUDENTS:
            browser = browsers[name]
            browser.nbgrader("fetch")
            path = f"{ASSIGNMENT}/{NOTEBOOK}"
            notebook = browser.read_notebook(path)
            browser.save_notebook(path, answered(notebook, answers[name]))
            if name != CLEO:
                submitted = browser.nbgrader("submit").json()
                assert not (isinstance(submitted, dict) and submitted.get("success") is False), submitted
        step("Ada and Ben fetch, answer, submit", started)
        record["fetched owner"] = Path(f"/home/{ADA}/{ASSIGNMENT}/{NOTEBOOK}").owner()

        # Cleo, from a kernel of her own server, goes after Ada's submission and the gradebook. The
        # test hands her the exact name of Ada's submission, which she could not list herself.
        inbound = AREA / "exchange/caire/inbound"
        ada_submission = next(path for path in inbound.iterdir() if path.name.startswith(ADA + "+"))
        record["ada submission mode"] = oct(ada_submission.stat().st_mode & 0o7777)
        before = (ada_submission / NOTEBOOK).read_bytes()
        printed = browsers[CLEO].run_code(
            ATTACK.format(
                target=str(ada_submission),
                gradebook=f"/home/{TEACHER}/course/gradebook.db",
                solutions=str(REPO / "assignments" / ASSIGNMENT / NOTEBOOK),
            )
        )
        record["attack"] = {line["attempt"]: line["outcome"] for line in map(json.loads, printed.splitlines())}
        record["ada submission intact"] = (ada_submission / NOTEBOOK).read_bytes() == before and not (
            ada_submission / "extra.ipynb"
        ).exists()
        submitted = browsers[CLEO].nbgrader("submit").json()
        assert not (isinstance(submitted, dict) and submitted.get("success") is False), submitted

        # The instructor collects; root grades with the sandboxed grader; feedback goes out.
        started = time.monotonic()
        as_instructor(environment, "collect", ASSIGNMENT)
        step("collect", started)
        started = time.monotonic()
        grade = _run([str(HUB / "grade.sh"), ASSIGNMENT, "--jobs", "2"], env=environment, timeout=600)
        assert grade.returncode == 0, f"grade.sh failed:\n{grade.stdout}\n{grade.stderr}"
        step("grade (python -m autograder, as root)", started)
        started = time.monotonic()
        as_instructor(environment, "generate_feedback", ASSIGNMENT)
        as_instructor(environment, "release_feedback", ASSIGNMENT)
        step("generate + release feedback", started)

        from nbgrader.api import Gradebook

        with Gradebook(f"sqlite:////home/{TEACHER}/course/gradebook.db") as gradebook:
            record["scores"] = {
                name: (
                    gradebook.find_submission(ASSIGNMENT, name).score,
                    gradebook.find_submission(ASSIGNMENT, name).max_score,
                )
                for name in STUDENTS
            }

        # Each student fetches their feedback through their server and reads what they got.
        started = time.monotonic()
        record["feedback"] = {}
        for name in STUDENTS:
            browser = browsers[name]
            browser.nbgrader("fetch_feedback")
            listing = browser.call("GET", f"/api/contents/{ASSIGNMENT}/feedback").json()
            pages = []
            for folder in listing.get("content") or []:
                inside = browser.call("GET", f"/api/contents/{folder['path']}").json()
                for item in inside["content"]:
                    page = browser.call("GET", f"/api/contents/{item['path']}", params={"format": "text"})
                    pages.append(page.json()["content"])
            record["feedback"][name] = pages
        step("3 students fetch feedback", started)
        record["cycle (s)"] = round(time.monotonic() - cycle_started, 1)

        # Formgrader and Voila on a student's server.
        record["student formgrader"] = {
            name: browsers[name].call("GET", "/formgrader").status_code for name in STUDENTS
        }
        record["student formgrader api"] = browsers[ADA].call("GET", "/formgrader/api/assignments").status_code
        record["student assignment list"] = (
            browsers[ADA].call("GET", "/assignments", params={"course_id": "caire"}).status_code
        )
        started = time.monotonic()
        record["voila"] = browsers[BEN].page(f"/voila/render/{APP}", seconds=120)
        step("Voila renders the module 01 app", started)
        record["voila kernels"] = len(browsers[BEN].call("GET", "/api/kernels").json())
        pids = hub.server_pids()
        record["busy server RSS (MB)"] = {name: rss_mb(pid, children=True) for name, pid in pids.items()}

        # Idle culling: the hub's culler (timeout 1 h) runs as a service; a second culler with the
        # same role and a 1-second timeout must stop every server.
        services = hub.request("GET", "/services/idle-culler")
        record["culler service"] = services.status_code, services.text
        record["culler running"] = any(
            "jupyterhub_idle_culler" in " ".join(p.info["cmdline"] or []) for p in psutil.process_iter(["cmdline"])
        )
        started = time.monotonic()
        culler = subprocess.Popen(
            [
                str(VENV / "bin/python"),
                "-m",
                "jupyterhub_idle_culler",
                f"--url={hub.api}",
                "--timeout=1",
                "--cull-every=2",
            ],
            env={**environment, "JUPYTERHUB_API_TOKEN": hub.culler_token},
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        try:
            hub.wait_until(
                lambda: not any(u.get("servers") for u in hub.request("GET", "/users").json()),
                "the idle culler",
                90,
                every=1,
            )
            record["culled in (s)"] = round(time.monotonic() - started, 1)
        finally:
            culler.terminate()
            try:
                record["culler output"] = culler.communicate(timeout=20)[0]
            except subprocess.TimeoutExpired:
                culler.kill()
        time.sleep(2)
        record["left processes"] = [
            p.info["username"] for p in psutil.process_iter(["username"]) if p.info["username"] in (TEACHER, *STUDENTS)
        ]
        record["log"] = hub.log_text()
        yield record
    finally:
        hub.stop()
        FIGURES.update(
            {
                key: record[key]
                for key in (
                    "cycle (s)",
                    "server start (s)",
                    "idle server RSS (MB)",
                    "busy server RSS (MB)",
                    "hub RSS (MB)",
                    "proxy RSS (MB)",
                    "culled in (s)",
                )
                if key in record
            }
        )
        FIGURES["steps (s)"] = steps
        print("\nCAIRE hub figures:\n" + json.dumps(FIGURES, indent=1))


# --- what the cycle must show ---------------------------------------------------------------------------


def test_login_form_authenticates_class_accounts_with_pam(cycle):
    for name, response in cycle["logins"].items():
        assert response.status_code == 302 and response.headers["Location"].endswith("/hub/spawn"), (
            f"{name} could not log in: {response.status_code}"
        )
    assert cycle["wrong password"] == 403
    assert cycle["outsider"] == 403, "an account outside the class groups got in"


def test_each_server_runs_as_its_own_unix_account(cycle):
    assert cycle["spawn from the form"][0] == 302
    assert cycle["server users"] == {name: name for name in (TEACHER, *STUDENTS)}
    assert cycle["fetched owner"] == ADA
    assert "configurable-http-proxy" in cycle["proxy command"] and "--ip 127.0.0.1" in cycle["proxy command"]


def test_released_assignment_has_no_solution(cycle):
    assert not cycle["released has solutions"]


def test_scores_full_zero_and_partial(cycle):
    scores = cycle["scores"]
    score, maximum = scores[ADA]
    assert maximum >= 4 and score == maximum, f"the right answers got {score}/{maximum}"
    assert scores[BEN][0] == 0, f"the wrong answers got {scores[BEN][0]}"
    assert scores[CLEO][0] == 1, f"only question 3 of the partial answers is right: got {scores[CLEO][0]}"


def test_each_student_fetches_their_own_feedback_only(cycle):
    for name in STUDENTS:
        pages = cycle["feedback"][name]
        assert len(pages) == 1, f"{name} got {len(pages)} feedback pages"
        score, maximum = cycle["scores"][name]
        assert f"{score:g} / {maximum:g}" in re.sub(r"(\d+)\.0\b", r"\1", pages[0]), (
            f"{name}'s feedback does not show their score {score}/{maximum}"
        )
    assert len({page for pages in cycle["feedback"].values() for page in pages}) == 3


def test_a_student_cannot_reach_another_submission_or_the_gradebook(cycle):
    attack = cycle["attack"]
    refused = {
        "list inbound": "PermissionError",
        "find Ada's submission": "ZeroDivisionError",  # glob found nothing: inbound cannot be listed
        "read Ada's notebook": "PermissionError",
        "read Ada's secret": "PermissionError",
        "overwrite Ada's notebook": "PermissionError",
        "add a file to Ada's submission": "PermissionError",
        "delete Ada's notebook": "PermissionError",
        "rename Ada's submission": "PermissionError",
        "list feedback": "PermissionError",
        "list the instructor's home": "PermissionError",
        "read the gradebook": "PermissionError",
        "write the gradebook": "PermissionError",
        "read the solutions in the checkout": "PermissionError",
        "read Ada's home": "PermissionError",
    }
    for attempt, outcome in refused.items():
        assert attack.get(attempt) == outcome, f"{attempt}: {attack.get(attempt)} (expected {outcome})"
    assert attack["open the gradebook with sqlite"] in ("OperationalError", "PermissionError")
    assert cycle["ada submission intact"]
    assert cycle["ada submission mode"] == "0o770"


def test_formgrader_is_for_the_instructor_only(cycle):
    assert cycle["instructor formgrader"] == 200
    assert set(cycle["student formgrader"].values()) <= {403, 404}, cycle["student formgrader"]
    assert cycle["student formgrader api"] in (403, 404)
    assert cycle["student assignment list"] == 200, "students need the Assignments tab"


def test_voila_renders_an_app_on_a_student_server(cycle):
    status, html = cycle["voila"]
    assert status == 200
    assert "application/vnd.jupyter.widget-view+json" in html
    assert "import caire" not in html and "from caire" not in html, "Voila shows the app's source"
    assert cycle["voila kernels"] >= 1
    # jupyter-config/ reaches user servers: Voila's kernels are culled after 10 idle minutes.
    assert "Culling kernels with idle durations > 600 seconds" in cycle["log"]


def test_idle_servers_are_culled(cycle):
    status, service = cycle["culler service"]
    assert status == 200 and json.loads(service)["name"] == "idle-culler", service
    assert cycle["culler running"]
    assert "culled in (s)" in cycle
    assert cycle["left processes"] == [], f"processes left by the test accounts: {cycle['left processes']}"


# --- LTI 1.3 (Moodle) --------------------------------------------------------------------------------------


def test_hub_starts_with_the_lti13_config_and_its_login_answers(installed):
    environment = {
        **os.environ,
        **SETTINGS,
        "CAIRE_LTI_ISSUER": "https://moodle.example.org",
        "CAIRE_LTI_CLIENT_ID": "caire-test-client",
    }
    hub = Hub(HUB / "lti" / "jupyterhub_config_lti.py", environment, "lti")
    try:
        config = requests.get(f"{hub.url}/hub/lti13/config", timeout=30)
        assert config.status_code == 200, config.text
        assert config.json()["oidc_initiation_url"].endswith("/hub/lti13/oauth_login")
        # Moodle's login initiation: the hub must send the browser to Moodle's auth.php with a state
        # and a nonce (no Moodle here: the redirect is only read).
        login = requests.post(
            f"{hub.url}/hub/lti13/oauth_login",
            timeout=30,
            allow_redirects=False,
            data={
                "iss": "https://moodle.example.org",
                "login_hint": "2",
                "client_id": "caire-test-client",
                "target_link_uri": f"{hub.url}/hub/",
                "lti_message_hint": "7",
            },
        )
        assert login.status_code == 302, login.text
        target = urlparse(login.headers["Location"])
        query = parse_qs(target.query)
        assert f"{target.scheme}://{target.netloc}{target.path}" == "https://moodle.example.org/mod/lti/auth.php"
        assert query["client_id"] == ["caire-test-client"] and query["response_type"] == ["id_token"]
        assert query["state"] and query["nonce"] and query["login_hint"] == ["2"]
        assert query["redirect_uri"][0].endswith("/hub/lti13/oauth_callback")
        # The hub's ordinary login form must not log anybody in: ltiauthenticator would take the
        # username from posted fields (`sub`); our authenticator accepts signed launches only.
        for fields in (
            {"username": ADA, "password": "x"},
            {"username": ADA, "sub": ADA},
            {"username": ADA, "custom_username": ADA, "email": ADA},
        ):
            page = requests.get(f"{hub.url}/hub/login", timeout=30)
            xsrf = page.cookies.get("_xsrf", "")  # a Secure cookie: sent by hand over plain http
            forged = requests.post(
                f"{hub.url}/hub/login",
                timeout=30,
                allow_redirects=False,
                headers={"Cookie": f"_xsrf={xsrf}"},
                data={**fields, "_xsrf": xsrf},
            )
            assert forged.status_code == 403, f"{fields}: {forged.status_code} {forged.headers.get('Location')}"
        log = hub.log_text()
        assert log.count("login refused: it did not come through a signed LTI 1.3 launch") == 3, log[-3000:]
        assert "User logged in" not in log
    finally:
        hub.stop()


# --- Zero to JupyterHub values (no cluster: the file itself) ------------------------------------------------

# Keys of the Zero to JupyterHub chart 4.4 (values.schema.yaml) in the sections values.yaml uses.
# A key under a FREE prefix is the chart's free-form content (JupyterHub's own config, Kubernetes specs).
Z2JH_KEYS = {
    "hub": {
        "config",
        "extraConfig",
        "extraEnv",
        "db",
        "services",
        "loadRoles",
        "resources",
        "image",
        "cookieSecret",
        "concurrentSpawnLimit",
        "activeServerLimit",
        "consecutiveFailureLimit",
        "networkPolicy",
        "nodeSelector",
        "extraVolumes",
        "extraVolumeMounts",
        "extraFiles",
        "baseUrl",
        "shutdownOnLogout",
        "templatePaths",
        "templateVars",
        "allowNamedServers",
        "namedServerLimitPerUser",
        "redirectToServer",
        "existingSecret",
        "pdb",
        "service",
        "labels",
        "annotations",
        "args",
        "command",
        "initContainers",
        "extraContainers",
        "extraPodSpec",
        "livenessProbe",
        "readinessProbe",
        "fsGid",
        "podSecurityContext",
        "containerSecurityContext",
        "deploymentStrategy",
        "tolerations",
        "lifecycle",
        "serviceAccount",
        "authenticatePrometheus",
        "revisionHistoryLimit",
    },
    "hub.db": {"type", "pvc", "upgrade", "url", "password"},
    "hub.db.pvc": {"annotations", "selector", "storage", "accessModes", "storageClassName", "subPath"},
    "singleuser": {
        "image",
        "cpu",
        "memory",
        "storage",
        "extraEnv",
        "cmd",
        "defaultUrl",
        "startTimeout",
        "profileList",
        "lifecycleHooks",
        "initContainers",
        "extraFiles",
        "nodeSelector",
        "extraTolerations",
        "networkPolicy",
        "fsGid",
        "uid",
        "extraLabels",
        "extraAnnotations",
        "extraResource",
        "extraPodConfig",
        "extraContainers",
        "serviceAccountName",
        "events",
        "cloudMetadata",
        "allowPrivilegeEscalation",
        "podNameTemplate",
        "extraNodeAffinity",
        "extraPodAffinity",
        "extraPodAntiAffinity",
        "networkTools",
    },
    "singleuser.image": {"name", "tag", "pullPolicy", "pullSecrets"},
    "singleuser.cpu": {"limit", "guarantee"},
    "singleuser.memory": {"limit", "guarantee"},
    "singleuser.storage": {
        "type",
        "capacity",
        "dynamic",
        "static",
        "extraVolumes",
        "extraVolumeMounts",
        "homeMountPath",
        "extraLabels",
    },
    "singleuser.storage.dynamic": {
        "storageClass",
        "pvcNameTemplate",
        "volumeNameTemplate",
        "storageAccessModes",
        "subPath",
    },
    "singleuser.networkPolicy": {
        "enabled",
        "ingress",
        "egress",
        "egressAllowRules",
        "interNamespaceAccessLabels",
        "allowedIngressPorts",
    },
    "scheduling": {"userScheduler", "podPriority", "userPlaceholder", "corePods", "userPods"},
    "scheduling.userScheduler": {
        "enabled",
        "replicas",
        "logLevel",
        "pdb",
        "resources",
        "nodeSelector",
        "tolerations",
        "plugins",
        "pluginConfig",
    },
    "scheduling.podPriority": {
        "enabled",
        "globalDefault",
        "defaultPriority",
        "imagePullerPriority",
        "userPlaceholderPriority",
    },
    "scheduling.userPlaceholder": {"enabled", "replicas", "resources", "image", "labels", "annotations"},
    "scheduling.corePods": {"tolerations", "nodeAffinity"},
    "scheduling.corePods.nodeAffinity": {"matchNodePurpose"},
    "scheduling.userPods": {"tolerations", "nodeAffinity"},
    "scheduling.userPods.nodeAffinity": {"matchNodePurpose"},
    "prePuller": {
        "hook",
        "continuous",
        "extraImages",
        "pullProfileListImages",
        "resources",
        "extraTolerations",
        "pause",
        "labels",
        "annotations",
    },
    "prePuller.hook": {
        "enabled",
        "pullOnlyOnChanges",
        "podSchedulingWaitDuration",
        "nodeSelector",
        "tolerations",
        "resources",
        "image",
    },
    "prePuller.continuous": {"enabled"},
    "cull": {"enabled", "users", "adminUsers", "removeNamedServers", "timeout", "every", "concurrency", "maxAge"},
    "proxy": {
        "chp",
        "secretToken",
        "service",
        "https",
        "traefik",
        "labels",
        "annotations",
        "deploymentStrategy",
        "secretSync",
    },
    "proxy.https": {"enabled", "type", "letsencrypt", "manual", "secret", "hosts"},
    "proxy.https.letsencrypt": {"contactEmail", "acmeServer"},
    "proxy.service": {
        "type",
        "labels",
        "annotations",
        "nodePorts",
        "disableHttpPort",
        "extraPorts",
        "externalIPs",
        "loadBalancerIP",
        "loadBalancerSourceRanges",
    },
    "proxy.chp": {
        "resources",
        "networkPolicy",
        "extraCommandLineFlags",
        "extraEnv",
        "pdb",
        "nodeSelector",
        "tolerations",
        "image",
        "defaultTarget",
        "errorTarget",
    },
    "": {
        "hub",
        "singleuser",
        "scheduling",
        "prePuller",
        "cull",
        "proxy",
        "ingress",
        "httpRoute",
        "debug",
        "rbac",
        "imagePullSecret",
        "imagePullSecrets",
        "custom",
        "global",
        "enabled",
        "fullnameOverride",
        "nameOverride",
    },
}
FREE = {
    "hub.config",
    "hub.extraConfig",
    "hub.extraEnv",
    "hub.loadRoles",
    "hub.resources",
    "hub.extraFiles",
    "hub.services",
    "hub.nodeSelector",
    "singleuser.extraEnv",
    "singleuser.extraFiles",
    "singleuser.lifecycleHooks",
    "singleuser.extraResource",
    "singleuser.extraPodConfig",
    "singleuser.nodeSelector",
    "singleuser.networkPolicy.egressAllowRules",
    "scheduling.userPlaceholder.resources",
    "scheduling.userScheduler.resources",
    "prePuller.extraImages",
    "prePuller.resources",
    "proxy.chp.resources",
}
MB = {"K": 1e-3, "M": 1, "G": 1e3, "Ki": 1024 / 1e6, "Mi": 1.048576, "Gi": 1073.741824}


def _bytes_mb(value) -> float:
    match = re.fullmatch(r"([\d.]+)\s*([KMG]i?)?", str(value))
    assert match, f"not a memory quantity: {value}"
    return float(match.group(1)) * (MB[match.group(2)] if match.group(2) else 1e-6)


def _check_keys(node: dict, path: str = "") -> None:
    for key, value in node.items():
        full = f"{path}.{key}" if path else str(key)
        assert key in Z2JH_KEYS[path], f"{full} is not a key of the Zero to JupyterHub chart"
        if isinstance(value, dict) and full not in FREE:
            assert full in Z2JH_KEYS, f"{full}: values.yaml goes deeper than the chart keys this test knows"
            _check_keys(value, full)


def test_z2jh_values_use_chart_keys_and_cover_measured_memory():
    values = yaml.safe_load((HUB / "z2jh" / "values.yaml").read_text())
    _check_keys(values)

    single = values["singleuser"]
    guarantee, limit = _bytes_mb(single["memory"]["guarantee"]), _bytes_mb(single["memory"]["limit"])
    # Measured (hub/z2jh/capacity.md): idle server 148 MB; module 01 kernel peak 236 MB; torch modules
    # up to 512 MB; a Voila page of the module 01 app 282 MB.
    assert guarantee >= 148 + 512, "the guarantee must hold an idle server and the heaviest kernel"
    assert limit >= 148 + 512 + 236 + 282, "the limit must hold a server, two kernels and a Voila page"
    assert limit >= guarantee
    assert single["cpu"]["guarantee"] > 0 and single["cpu"]["limit"] >= 1
    assert values["cull"]["enabled"] and 0 < values["cull"]["timeout"] <= 3600
    assert values["scheduling"]["userPlaceholder"]["enabled"]
    assert values["prePuller"]["hook"]["enabled"] and values["prePuller"]["continuous"]["enabled"]
    assert "ReadWriteMany" in json.dumps(values["singleuser"]["storage"]["extraVolumes"]) or "exchange" in json.dumps(
        values["singleuser"]["storage"]
    )
    for name, code in values["hub"]["extraConfig"].items():
        compile(code, f"hub.extraConfig.{name}", "exec")  # the hub would fail to start on a syntax error
    extra = "\n".join(values["hub"]["extraConfig"].values())
    assert "CAIRE_GRADEBOOK_URL" in extra and "CAIRE_GRADEBOOK_URL" in values["hub"]["extraEnv"], (
        "several graders need a shared (Postgres) gradebook"
    )
    # autograder/nbgrader_config.py takes the gradebook from CAIRE_GRADEBOOK_URL: tests/test_courses.py.
    instructor_config = (HUB / "config" / "instructor" / "nbgrader_config.py").read_text()
    assert "CAIRE_GRADEBOOK_URL" in instructor_config and "groupshared" in instructor_config
    image = single["image"]
    assert image["name"] and str(image["tag"]) not in ("latest", ""), "pin the single-user image's tag"
    capacity = (HUB / "z2jh" / "capacity.md").read_text()
    assert "1,000" in capacity or "1000" in capacity
