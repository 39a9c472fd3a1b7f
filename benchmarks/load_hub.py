"""Load test of the course's hub: N simulated learners at once on the real hub, while the trainer grades.

    sudo .venv/bin/python benchmarks/load_hub.py                  # 40 learners
    sudo .venv/bin/python benchmarks/load_hub.py --learners 10 20 40
    sudo .venv/bin/python benchmarks/load_hub.py --learners 3 --json   # what tests/test_hub_load.py runs

As root, on this machine only (loopback): it installs the course for the hub (hub/install-course.sh, into a
private folder), creates class accounts caire-load-001... and a trainer (hub/create-users.sh), starts the real
hub (hub/jupyterhub_config.py: PAM, LocalProcessSpawner, configurable-http-proxy), and the trainer releases
module 01's exercise. Then Locust (benchmarks/locust_learner.py) sends the N learners at once (all started
within --ramp seconds): each logs in, starts a server, runs module 01's lesson in a kernel, submits the module 01
app's answers (the app's own Submit code), and logs out. Meanwhile the trainer collects and root grades
(hub/grade.sh) every --grade-every seconds, and once more at the end.

It reports, per N: the share of learners whose visit succeeded and whose submission was graded; the median
and 95th percentile of "login to first executed cell" and of "app submission" (Locust's figures); the peak
memory (RSS, sampled every 0.5 s) of each learner's processes (server and kernels) and of everything of the hub
together; the share of samples where both cores were over 90 % busy. Bounded: at most 200 learners and
--timeout seconds per run. Where something breaks, the outcome lines say what.
The last line is one JSON object: {"runs": [{"learners": N, ...}, ...]}.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import secrets
import shutil
import signal
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import nbformat
import psutil
import requests

ROOT = Path(__file__).resolve().parent.parent
HUB = ROOT / "hub"
AREA = Path("/srv/caire-load-test")
VENV = Path(os.environ.get("CAIRE_HUB_VENV", "/opt/caire/venv"))
TRAINER = "caire-load-trainer"
ASSIGNMENT = "01-rules-vs-learning-en"
NOTEBOOK = "01-rules-vs-learning.ipynb"
# Right values of module 01's questions, by the variable each test reads (the app's widgets set the same).
RIGHT_VALUES = {"proline_threshold": 760, "smallest_depth": 3, "statement": "b", "reply": "b"}
SETTINGS = {
    "CAIRE_STUDENTS_GROUP": "caire-load-students",
    "CAIRE_INSTRUCTORS_GROUP": "caire-load-instructors",
    "CAIRE_HUB_FILES": str(AREA / "files"),
    "CAIRE_EXCHANGE_DIR": str(AREA / "exchange"),
    "CAIRE_PASSWORDS_FILE": str(AREA / "passwords.csv"),
}


def learner_names(count: int) -> list[str]:
    return [f"caire-load-{number:03d}" for number in range(1, count + 1)]


def run(command: list[str], env: dict | None = None, timeout: float = 900, **kwargs) -> subprocess.CompletedProcess:
    done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, env=env, **kwargs)
    if done.returncode != 0:
        raise RuntimeError(
            f"{' '.join(command)} failed ({done.returncode}):\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}"
        )
    return done


def free_port() -> int:
    """A free loopback port below the ephemeral range, which kernels' ZMQ channels (bind to port 0) never take
    (tests/conftest.py's free_port explains the collision this avoids)."""
    import random
    import socket

    for port in random.Random().sample(range(10000, 32000), k=200):
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free port between 10000 and 32000")


def as_trainer(environment: dict, *args: str) -> subprocess.CompletedProcess:
    """nbgrader as the trainer's Unix account, with the trainer's server's settings."""
    home = Path(f"/home/{TRAINER}")
    settings = {
        "HOME": str(home),
        "USER": TRAINER,
        "LANG": "C.UTF-8",
        "PATH": f"{VENV / 'bin'}:/usr/bin:/bin",
        "JUPYTER_CONFIG_PATH": f"{AREA / 'files/config/instructor'}:{AREA / 'files/config/jupyter-config'}",
        "CAIRE_COURSE_DIR": str(home / "course"),
        "CAIRE_EXCHANGE_DIR": environment["CAIRE_EXCHANGE_DIR"],
    }
    return run(
        ["runuser", "-u", TRAINER, "--", "env", *[f"{k}={v}" for k, v in settings.items()], "nbgrader", *args],
        env={"PATH": "/usr/sbin:/usr/bin:/sbin:/bin"},
        cwd=home,
        timeout=600,
    )


def answers() -> dict:
    """The module 01 app's answers: the right value of each question whose variable we know."""
    from caire.submission import answer_slots

    released = nbformat.read(Path(f"/home/{TRAINER}/course/release/{ASSIGNMENT}/{NOTEBOOK}"), as_version=4)
    return {
        grade_id: RIGHT_VALUES[variable]
        for grade_id, (_, variable) in answer_slots(released).items()
        if variable in RIGHT_VALUES
    }


class Hub:
    """The real hub on private ports, with its state in AREA."""

    def __init__(self, environment: dict):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.state = AREA / "state"
        self.state.mkdir(mode=0o700, exist_ok=True)
        self.environment = {
            **environment,
            "CAIRE_HUB_STATE": str(self.state),
            "CAIRE_HUB_PORT": str(self.port),
            "CAIRE_HUB_API_PORT": str(free_port()),
            "CAIRE_HUB_PROXY_API_PORT": str(free_port()),
        }
        self.log = (AREA / "hub.log").open("w")
        self.process = subprocess.Popen(
            [str(VENV / "bin/jupyterhub"), "-f", str(HUB / "jupyterhub_config.py")],
            cwd=self.state,
            env=self.environment,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:  # ready when the login page answers through the proxy
            if self.process.poll() is not None:
                raise RuntimeError("the hub exited:\n" + (AREA / "hub.log").read_text()[-3000:])
            try:
                if requests.get(f"{self.url}/hub/login", timeout=5).status_code == 200:
                    return
            except requests.ConnectionError:
                pass
            time.sleep(0.5)
        raise RuntimeError("the hub did not answer in 120 s")

    def stop(self, accounts: list[str]) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=90)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
        self.log.close()
        pid_file = self.state / "proxy.pid"
        for process in psutil.process_iter(["username", "pid"]):
            if process.info["username"] in accounts:
                process.kill()
        if pid_file.exists():
            with contextlib.suppress(psutil.Error, ValueError):
                psutil.Process(int(pid_file.read_text())).kill()


class Sampler:
    """Peak memory per learner (their processes' RSS) and of everything of the hub; CPU saturation."""

    def __init__(self, learners: list[str], hub_pid: int):
        self.learners, self.hub_pid = set(learners), hub_pid
        self.peak_per_learner = dict.fromkeys(learners, 0.0)
        self.peak_total = 0.0
        self.samples = self.saturated = 0
        self.stopping = threading.Event()
        psutil.cpu_percent(percpu=True)
        self.thread = threading.Thread(target=self._loop, daemon=True)
        self.thread.start()

    def _loop(self):
        while not self.stopping.wait(0.5):
            per_learner = dict.fromkeys(self.learners, 0.0)
            total = 0.0
            hub_tree = set()
            try:
                hub = psutil.Process(self.hub_pid)
                hub_tree = {hub.pid, *(child.pid for child in hub.children(recursive=True))}
            except psutil.Error:
                pass
            for process in psutil.process_iter(["username", "memory_info", "pid"]):
                info = process.info
                if not info["memory_info"]:
                    continue
                mb = info["memory_info"].rss / 2**20
                if info["username"] in self.learners:
                    per_learner[info["username"]] += mb
                    total += mb
                elif info["pid"] in hub_tree or info["username"] == TRAINER:
                    total += mb
            for name, mb in per_learner.items():
                self.peak_per_learner[name] = max(self.peak_per_learner[name], mb)
            self.peak_total = max(self.peak_total, total)
            cores = psutil.cpu_percent(percpu=True)
            self.samples += 1
            self.saturated += all(core > 90 for core in cores)

    def stop(self) -> dict:
        self.stopping.set()
        self.thread.join(timeout=5)
        peaks = sorted(self.peak_per_learner.values())
        return {
            "peak memory per learner, median (MB)": round(statistics.median(peaks)) if peaks else None,
            "peak memory per learner, max (MB)": round(peaks[-1]) if peaks else None,
            "peak memory, hub and learners together (MB)": round(self.peak_total),
            "CPU saturated (share of samples)": round(self.saturated / max(1, self.samples), 2),
        }


def graded_learners(learners: list[str]) -> set[str]:
    from nbgrader.api import Gradebook, MissingEntry

    graded = set()
    with Gradebook(f"sqlite:////home/{TRAINER}/course/gradebook.db") as gradebook:
        for name in learners:
            try:
                gradebook.find_submission(ASSIGNMENT, name)
            except MissingEntry:
                continue
            graded.add(name)
    return graded


def prepare(count: int, environment: dict) -> dict[str, str]:
    """Course installed, accounts with passwords (the trainer's course fresh), the exercise released."""
    names = learner_names(count)
    passwords = {name: secrets.token_urlsafe(12) for name in (TRAINER, *names)}
    shutil.rmtree(f"/home/{TRAINER}/course", ignore_errors=True)
    shutil.rmtree(AREA / "exchange" / "caire", ignore_errors=True)  # an earlier run's submissions would count
    for name in names:
        shutil.rmtree(f"/home/{name}/{ASSIGNMENT}", ignore_errors=True)
        shutil.rmtree(f"/home/{name}/.local/share/jupyter/nbgrader_cache", ignore_errors=True)
    roster = AREA / "roster.csv"
    roster.write_text("".join(f"{n},{'instructor' if n == TRAINER else 'student'},{passwords[n]}\n" for n in passwords))
    run([str(HUB / "create-users.sh"), str(roster)], env=environment)
    as_trainer(environment, "generate_assignment", ASSIGNMENT, "--force")
    as_trainer(environment, "release_assignment", ASSIGNMENT, "--force")
    return passwords


def grade(environment: dict) -> None:
    as_trainer(environment, "collect", ASSIGNMENT)
    run([str(HUB / "grade.sh"), ASSIGNMENT, "--jobs", "1"], env=environment, timeout=1800)


def one_run(count: int, ramp: float, timeout: float, grade_every: float, environment: dict) -> dict:
    passwords = prepare(count, environment)
    names = learner_names(count)
    accounts_file, outcomes_file = AREA / "accounts.json", AREA / f"outcomes-{count}.jsonl"
    accounts_file.write_text(json.dumps([[name, passwords[name]] for name in names]))
    accounts_file.chmod(0o600)
    outcomes_file.unlink(missing_ok=True)
    hub = Hub(environment)
    sampler = Sampler(names, hub.process.pid)
    started = time.monotonic()
    locust = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "locust",
            "-f",
            str(ROOT / "benchmarks/locust_learner.py"),
            "--headless",
            "--users",
            str(count),
            "--spawn-rate",
            str(max(1.0, count / max(ramp, 0.1))),
            "--run-time",
            f"{int(timeout)}s",
            "--host",
            hub.url,
            "--csv",
            str(AREA / f"locust-{count}"),
            "--only-summary",
            "--loglevel",
            "WARNING",
        ],
        env={
            **os.environ,
            "CAIRE_LOAD_ACCOUNTS": str(accounts_file),
            "CAIRE_LOAD_OUTCOMES": str(outcomes_file),
            "CAIRE_LOAD_ASSIGNMENT": ASSIGNMENT,
            "CAIRE_LOAD_ANSWERS": json.dumps(answers()),
        },
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    gradings = 0
    try:
        while locust.poll() is None:  # the trainer grades what has come in, while learners keep coming
            time.sleep(min(grade_every, 5))
            if time.monotonic() - started > grade_every * (gradings + 1):
                grade(environment)
                gradings += 1
        locust_output = locust.communicate()[0]
        visits_seconds = time.monotonic() - started
        grade(environment)
        gradings += 1
        figures = sampler.stop()
    finally:
        if locust.poll() is None:
            locust.kill()
        hub.stop([*names, TRAINER])
    outcomes = [json.loads(line) for line in outcomes_file.read_text().splitlines()] if outcomes_file.exists() else []
    graded = graded_learners(names)
    stats = {}
    stats_file = AREA / f"locust-{count}_stats.csv"
    if stats_file.exists():
        import csv

        with stats_file.open(newline="") as handle:
            for row in csv.DictReader(handle):
                if row["Type"] == "visit" and row["Name"] in ("login to first executed cell", "app submission"):
                    stats[row["Name"]] = {
                        "median (s)": round(float(row["50%"]) / 1000, 2),
                        "95th percentile (s)": round(float(row["95%"]) / 1000, 2),
                    }
    return {
        "learners": count,
        "visits succeeded": sum(outcome["ok"] for outcome in outcomes),
        "submissions graded": len(graded),
        "success rate": round(len([o for o in outcomes if o["ok"] and o["name"] in graded]) / count, 3),
        "failures": sorted({outcome["failed"] for outcome in outcomes if not outcome["ok"]})[:5],
        "login to first executed cell": stats.get("login to first executed cell"),
        "app submission": stats.get("app submission"),
        "all visits done in (s)": round(visits_seconds, 1),
        "grading runs meanwhile": gradings,
        **figures,
        "locust says": locust_output.strip().splitlines()[-3:],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--learners", type=int, nargs="+", default=[40], help="N for each run (default 40; at most 200)"
    )
    parser.add_argument("--ramp", type=float, default=10, help="seconds over which the N learners arrive (default 10)")
    parser.add_argument("--timeout", type=float, default=1200, help="seconds a run may take (default 1200)")
    parser.add_argument("--grade-every", type=float, default=60, help="the trainer grades every so many seconds")
    parser.add_argument("--json", action="store_true", help="print only the JSON line")
    args = parser.parse_args(argv)
    if os.geteuid() != 0:
        parser.error("run it as root: it creates class accounts and runs the hub")
    if max(args.learners) > 200 or min(args.learners) < 1:
        parser.error("between 1 and 200 learners a run")
    environment = {**os.environ, **SETTINGS}
    run(["make", "-C", str(ROOT), "hub-setup"])
    shutil.rmtree(AREA, ignore_errors=True)
    AREA.mkdir(mode=0o755, parents=True)
    run([str(HUB / "install-course.sh")], env=environment, timeout=1800)
    runs = []
    try:
        for count in args.learners:
            result = one_run(count, args.ramp, args.timeout, args.grade_every, environment)
            runs.append(result)
            if not args.json:
                print(json.dumps(result, indent=1), flush=True)
    finally:
        shutil.rmtree(AREA, ignore_errors=True)
    print(
        json.dumps({"runs": runs, "cores": os.cpu_count(), "memory (GB)": round(psutil.virtual_memory().total / 2**30)})
    )
    return 0 if all(result["success rate"] == 1.0 for result in runs) else 1


if __name__ == "__main__":
    sys.exit(main())
