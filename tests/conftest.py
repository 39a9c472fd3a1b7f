"""Shared test helpers: where the repository is, and an environment to run its tools in."""

from __future__ import annotations

import contextlib
import json
import os
import random
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
LANGUAGES = ("en", "fr")


def tool_env(**extra: str) -> dict[str, str]:
    """The environment for running the venv's command-line tools (nbgrader, jupyter, voila)."""
    env = os.environ.copy()
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env["JUPYTER_CONFIG_PATH"] = str(REPO / "jupyter-config")
    env["JUPYTER_PATH"] = str(REPO / "jupyter-data")
    env.update(extra)
    return env


#: Test files that run alone, after the others (``make test`` runs the rest on two workers, pytest-xdist): their
#: limits are seconds of CPU that a second worker would take (the grader's 3-second cells, the capacity
#: measurement, JupyterLab's start-up and rendering), or they hold things of the whole machine (the hub's Unix
#: accounts and /srv).
SERIAL_FILES = {
    "test_app_capacity.py",
    "test_autograder.py",
    "test_hub.py",
    "test_hub_courses.py",
    "test_hub_load.py",
    "test_gradebook_postgres.py",
    "test_lab_settings.py",
    "test_make_start.py",
}
#: Test files whose tests the workers take one by one: their fixtures are per worker and cheap beside the tests
#: (a Voila server, a browser) or per parameter (an assignment's course). Any other file goes to one worker whole,
#: so that its module-wide fixture (a graded course, a hub) is built once.
SPREAD_FILES = {"test_app_browser.py", "test_notebooks_execute.py", "test_nbgrader_workflow.py"}


def pytest_itemcollected(item):
    """Marks each test serial or with its xdist group as it is collected: before the -m deselection and before
    pytest-xdist reads the groups (both in pytest_collection_modifyitems)."""
    name = item.path.name
    if name in SERIAL_FILES:
        item.add_marker(pytest.mark.serial)
    if name == "test_nbgrader_workflow.py" and hasattr(item, "callspec") and "assignment" in item.callspec.params:
        item.add_marker(pytest.mark.xdist_group(f"{name}::{item.callspec.params['assignment']}"))
    elif name not in SPREAD_FILES:
        item.add_marker(pytest.mark.xdist_group(str(item.path.relative_to(REPO))))


def run_tool(*command: str, env: dict[str, str], timeout: float = 300, exit_codes=(0,)) -> subprocess.CompletedProcess:
    """Run a command of the course (nbgrader, the grader) from the repository; fail with its output unless it
    ends with one of ``exit_codes``."""
    done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=timeout)
    assert done.returncode in exit_codes, (
        f"{' '.join(command)} failed ({done.returncode}):\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    )
    return done


def free_port() -> int:
    """A TCP port of the loopback interface that nothing listens on now, below the kernel's ephemeral range.

    A port that the system hands out for ``bind(0)`` may be taken again by anybody who binds port 0 in the
    second before our server binds it: Jupyter kernels do that for their five ZMQ channels. With the other
    worker's kernels running, a Voila server once found its port taken by a kernel, moved to the next port by
    itself, and the test talked to the kernel instead (``BadStatusLine: ... kernel.<id>.status``). Ports below
    the ephemeral range are never handed out for ``bind(0)``; the servers are also told not to move
    (``port_retries=0``), so that a collision is a clear error, not a wrong server.
    """
    try:
        low = int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        low = 32768
    candidates = random.Random().sample(range(10000, max(10001, low)), k=min(200, max(1, low - 10000)))
    for port in candidates:
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    with socket.socket() as probe:  # all taken: fall back to one the system picks
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def make_start(*make_arguments: str, env: dict[str, str], wait: float = 180):
    """``make start`` as a newcomer runs it, on a free port: yields (base URL, token) once the server answers,
    read from the address it prints; stops the server and everything it started afterwards."""
    port = free_port()
    process = subprocess.Popen(
        ["make", "--no-print-directory", "start", f"PORT={port}", *make_arguments],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    lines, found = [], None
    deadline = time.monotonic() + wait
    try:
        while time.monotonic() < deadline and found is None:
            line = process.stdout.readline()
            if not line:
                break
            lines.append(line)
            found = re.search(rf"(http://127\.0\.0\.1:{port})/lab\?token=(\w+)", line)
        assert found, "make start printed no address with a token:\n" + "".join(lines)
        base, token = found.groups()
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=5)
                break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.5)
        yield base, token
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


#: Debian's chromium as the browser tests start it (Playwright's own browser download is not used).
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def browser():
    """Debian's chromium, driven by Playwright (never `playwright install`): one per test module."""
    import shutil

    path = shutil.which("chromium")
    if path is None:
        pytest.skip("Debian's chromium is not installed: `apt-get install chromium`")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=path, args=CHROMIUM_ARGS, timeout=30_000)
        yield launched
        launched.close()


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


@pytest.fixture
def output_write_backs(monkeypatch) -> list[str]:
    """The Output widgets whose captured content nbclient wrote back to the kernel while a notebook ran here.

    Capturing output into an Output widget (``with output: display(...)``) while a cell runs makes nbclient,
    Voila's renderer too, write it back on the shell channel while it awaits the cell's reply there; that write
    can lose the reply's wake-up and hang an app's page (caire/outputs.py). The course sets Output widgets'
    state instead, so a notebook of the course leaves this list empty."""
    from nbclient.output_widget import OutputWidget

    written: list[str] = []
    monkeypatch.setattr(OutputWidget, "send", lambda widget, *args, **kwargs: written.append(widget.comm_id))
    return written


class Formgrader:
    """A trainer's Jupyter server with nbgrader's formgrader on ``course``: formgrader wants the course under the
    server's root, so the root is the course's parent, with an nbgrader_config.py that loads the course's settings
    (as the repository's own does)."""

    def __init__(self, course: Path, log: Path, **environment: str):
        root = course.parent
        (root / "nbgrader_config.py").write_text(
            f"load_subconfig({str(REPO / 'autograder' / 'nbgrader_config.py')!r})  # noqa: F821\n", encoding="utf-8"
        )
        self.token = os.urandom(16).hex()
        self.base = f"http://127.0.0.1:{free_port()}"
        self.log = log
        command = [
            sys.executable,
            "-m",
            "jupyter",
            "server",
            "--no-browser",
            f"--port={self.base.rsplit(':', 1)[1]}",
            "--ServerApp.ip=127.0.0.1",
            f"--IdentityProvider.token={self.token}",
            f"--ServerApp.root_dir={root}",
            "--ServerApp.port_retries=0",
            *(["--allow-root"] if os.geteuid() == 0 else []),
        ]
        with log.open("w") as output:
            self.process = subprocess.Popen(
                command,
                cwd=root,
                env=tool_env(CAIRE_COURSE_DIR=str(course), **environment),
                stdout=output,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            assert self.process.poll() is None, log.read_text()
            try:
                if self.call("GET", "/formgrader/api/status")[0] == 200:
                    return
            except (urllib.error.URLError, ConnectionError):
                pass
            time.sleep(0.5)
        raise AssertionError(f"formgrader did not answer in 90 s:\n{log.read_text()[-3000:]}")

    def call(self, method: str, path: str, body: dict | None = None) -> tuple[int, str]:
        request = urllib.request.Request(
            self.base + path,
            method=method,
            data=None if body is None else json.dumps(body).encode(),
            headers={"Authorization": f"token {self.token}", "Content-Type": "application/json"},
        )
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                return response.status, response.read().decode("utf-8")
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode("utf-8", "replace")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
