"""The sandboxed grader (``python -m autograder grade``) against honest, hostile and broken submissions.

One course, one batch, one run of the grader, as a trainer would run it (``--jobs 2``, short limits);
every student attacks one thing, and answers at least one question right, so that "the grader went
on" shows in its score. Each test then reads the run's JSON summary, nbgrader's gradebook, or the
autograded notebook (what the sandbox printed). A second and a third course check that a run killed
with ``kill -9`` and run again ends with the grades of an uninterrupted run.

Needs Linux and root (the sandbox builds namespaces and switches uid): skipped otherwise.
"""

from __future__ import annotations

import contextlib
import copy
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from string import Template

import nbformat
import pytest
from conftest import REPO, tool_env

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not sys.platform.startswith("linux") or not hasattr(os, "geteuid") or os.geteuid() != 0,
        reason="the grader's sandbox needs Linux and root (namespaces, another uid)",
    ),
]

ASSIGNMENT = "01-rules-vs-learning-en"
NOTEBOOK = "01-rules-vs-learning.ipynb"
SOURCE = REPO / "assignments" / ASSIGNMENT / NOTEBOOK
SOLUTION = re.compile(r"### BEGIN SOLUTION\n(.*?)### END SOLUTION", re.S)
HIDDEN = re.compile(r"### BEGIN HIDDEN TESTS\n(.*?)### END HIDDEN TESTS", re.S)
TESTS = {
    "q1_answer": "q1_hand_rule",
    "q2_answer": "q2_which_tree",
    "q3_answer": "q3_measurements_used",
    "q4_answer": "q4_what_learning_means",
    "q5_answer": "q5_rules_or_learning",
}

#: A right and a wrong answer per question (the wrong ones pass the visible test, fail the hidden one); question 5
#: keeps its stub in every submission but the solutions.
RIGHT = {
    "q1_answer": "proline_threshold = 760",
    "q2_answer": 'reply = "c"',
    "q3_answer": 'measurements_used = {"proline", "flavanoids"}',
    "q4_answer": 'statement = "b"',
}
WRONG = {
    "q1_answer": "proline_threshold = 1025",
    "q2_answer": 'reply = "a"',
    "q3_answer": 'measurements_used = {"proline"}',
    "q4_answer": 'statement = "a"',
}
#: In the honest student's answers, and in a file of the course directory: no sandbox may read either.
SECRET = "correct-student-secret-5b1d"
CANARY = "canary-in-the-course-dir-93e0"

GRADER = [
    sys.executable,
    "-m",
    "autograder",
    "grade",
    ASSIGNMENT,
    "--jobs",
    "2",
    "--cell-timeout",
    "3",
    "--notebook-timeout",
    "30",
    "--memory-mb",
    "512",
    "--json",
]

# --- the attacks, as a student would type them into answer cells ($NAMES are filled in per course) --------

GRADEBOOK_WRITE = Template("""
import glob, os, sqlite3
for path in ["$COURSE/gradebook.db", "../../gradebook.db", "../../../gradebook.db", "../gradebook.db",
             "$REPO/gradebook.db", "$REPO/course-data/gradebook.db", *glob.glob("$COURSE/**/*.db", recursive=True)]:
    try:
        db = sqlite3.connect(f"file:{path}?mode=rw", uri=True)
        db.execute("UPDATE grade SET auto_score = max_score, manual_score = max_score, extra_credit = 100")
        db.execute("UPDATE grade SET auto_score = 0, manual_score = 0 WHERE id IN (SELECT id FROM grade)")
        db.commit()
        print("GRADEBOOK-WRITTEN", path)
    except Exception as problem:
        print("GRADEBOOK-BLOCKED", path, type(problem).__name__)
for path in ["$COURSE/canary.txt", "../../canary.txt"]:
    try:
        os.remove(path)
        print("CANARY-REMOVED", path)
    except Exception as problem:
        print("CANARY-BLOCKED", path, type(problem).__name__)
proline_threshold = 760
""")

READ_HIDDEN = Template("""
import glob
read = []
paths = ["$SOURCE", "$REPO/course/01-rules-vs-learning/exercise.py", "$COURSE/canary.txt",
         "$COURSE/release/$ASSIGNMENT/$NOTEBOOK", "$COURSE/submitted/correct/$ASSIGNMENT/$NOTEBOOK",
         "$COURSE/gradebook.db", "../correct/$ASSIGNMENT/$NOTEBOOK", "/proc/1/root$SOURCE",
         "/proc/self/root$SOURCE"]
paths += glob.glob("$REPO/assignments/**/*.ipynb", recursive=True) + glob.glob("$REPO/course/*/*.py")
paths += glob.glob("$COURSE/**", recursive=True)
for path in paths:
    try:
        with open(path, errors="replace") as handle:
            text = handle.read()
        read.append(text)
        print("READ-OK", path, text[:300])
    except Exception as problem:
        print("READ-FAILED", path, type(problem).__name__)
statement = "".join(read)[:50]
""")

NETWORK = Template("""
import socket
for host, port in [("127.0.0.1", $PORT), ("$HOST_IP", $PORT), ("1.1.1.1", 80), ("8.8.8.8", 53)]:
    try:
        socket.create_connection((host, port), timeout=1).close()
        print("NET-CONNECTED", host, port)
    except Exception as problem:
        print("NET-BLOCKED", host, port, type(problem).__name__)
try:
    socket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto(b"hello", ("127.0.0.1", $PORT))
    print("NET-UDP-SENT")
except Exception as problem:
    print("NET-BLOCKED udp", type(problem).__name__)
try:
    print("NET-DNS", socket.getaddrinfo("example.org", 80))
except Exception as problem:
    print("NET-BLOCKED dns", type(problem).__name__)
proline_threshold = 760
""")

MEMORY = """
import numpy as np
chunks = [bytearray(2**30) for _ in range(4)]  # 4 GiB
big = np.ones(4 * 2**30 // 8)
proline_threshold = 760
"""

FORK = """
import os, time
children = 0
for _ in range(200):
    try:
        pid = os.fork()
    except OSError:
        break
    if pid == 0:
        time.sleep(30)
        os._exit(0)
    children += 1
print("FORKED", children)
proline_threshold = 760
"""

PATCH_CHECKS = """
import caire.core.checks, caire.modules.rules_vs_learning.questions as module
caire.core.checks.Question.require = lambda *args, **kwargs: None
caire.core.checks.Question.check = lambda *args, **kwargs: caire.core.checks.Feedback(True, "passed")
module.require = ex.require = lambda *args, **kwargs: None
proline_threshold = 0
"""

ALWAYS_EQUAL = """
class Always:
    def __eq__(self, other): return True
    __ne__ = lambda self, other: False
    __ge__ = __le__ = __gt__ = __lt__ = __eq__
    __hash__ = lambda self: 0
class AlwaysFloat(Always, float): pass
class AlwaysInt(Always, int): pass
class AlwaysText(Always, str):
    def strip(self): return self
    def lower(self): return self
proline_threshold = AlwaysFloat(760)
"""

TRANSFORMER = """
proline_threshold = 760
ip = get_ipython()
ip.input_transformers_cleanup.append(lambda lines: [] if any("require" in line for line in lines) else lines)
ip.input_transformers_post.append(lambda lines: [line.replace("require", "print") for line in lines])
"""

PRINT_PASS = """
print("All tests passed!\\nq2_which_tree: 1 / 1\\nq3_measurements_used: 1 / 1\\nTotal: 5 / 5")
from IPython.display import display, HTML
display(HTML("<b>5 / 5 points</b>"))
reply = "a"
"""

BUILTINS = """
import builtins
class AssertionError(Exception):
    pass
builtins.AssertionError = AssertionError
proline_threshold = 1025
"""

DEL_ATEXIT = """
import atexit, weakref
def forge():
    get_ipython().user_ns["proline_threshold"] = 760  # after its test cell: too late
    print("ALL TESTS PASSED")
atexit.register(forge)
class Sneaky:
    def __del__(self):
        forge()
sneaky = Sneaky()
weakref.finalize(Sneaky, forge)
proline_threshold = 1025
"""

# Writes the grader's own message lines to every open file descriptor, and reads its stdin for a while.
CHANNEL = """
import json, os, select, time
forged = [
    {"sandbox_error": "forged: do not grade me"},
    {"done": True},
    {"step": 0, "started": True},
    {"step": 2, "outputs": [{"output_type": "stream", "name": "stdout", "text": "FORGED OUTPUT"}]},
    {"step": 99, "snapshot": "q4_what_learning_means", "answers": {"statement": "b"}},
    {"step": 12, "snapshot": "q4_what_learning_means", "answers": {"statement": "b"}},
    {"done": "s0_0_deadbeef"},
]
lines = b"this is not json\\n" + b"".join(json.dumps(message).encode() + b"\\n" for message in forged)
for fd in range(0, 64):
    try:
        os.write(fd, lines)
    except OSError:
        pass
stolen = b""
try:
    os.set_blocking(0, False)
    deadline = time.monotonic() + 2
    while time.monotonic() < deadline:
        if select.select([0], [], [], 0.1)[0]:
            chunk = os.read(0, 65536)
            if not chunk:
                break
            stolen += chunk
except OSError:
    pass
print("STOLEN", len(stolen), stolen[:200])
proline_threshold = 760
"""

# Reads every inherited file descriptor that is a file, and writes into it.
FD_SNOOP = """
import os, stat
for fd in range(0, 256):
    try:
        info = os.fstat(fd)
    except OSError:
        continue
    kind = "file" if stat.S_ISREG(info.st_mode) else "dir" if stat.S_ISDIR(info.st_mode) else "other"
    print("FD", fd, kind, info.st_uid, info.st_size)
    if kind == "file":
        try:
            print("FD-READ", fd, os.pread(fd, 64, 0))
        except OSError as problem:
            print("FD-READ-FAILED", fd, type(problem).__name__)
        try:
            os.pwrite(fd, b"PWNED-BY-A-STUDENT", 0)
            print("FD-WRITTEN", fd)
        except OSError as problem:
            print("FD-WRITE-FAILED", fd, type(problem).__name__)
proline_threshold = 760
"""


# Looks for other students' code in what the sandbox inherited: the zygote's stdin buffer, its live
# objects, and every readable anonymous page of its memory.
STDIN_AND_MEMORY = """
import gc, re, sys, time
found = set()
try:
    found.update(re.findall(r"mark-[a-z_0-9]+", sys.stdin.read()))
except Exception as problem:
    print("STDIN-FAILED", type(problem).__name__)
for obj in gc.get_objects():
    items = obj.values() if isinstance(obj, dict) else obj if isinstance(obj, list) else ()
    for item in items:
        if type(item) is str and "mark-" in item:
            found.update(re.findall(r"mark-[a-z_0-9]+", item))
deadline = time.monotonic() + 2
try:
    import ctypes
    with open("/proc/self/maps") as maps:
        regions = maps.read().splitlines()
    for line in regions:
        fields = line.split()
        if fields[1] != "rw-p" or (len(fields) > 5 and fields[5].startswith("/")) or time.monotonic() > deadline:
            continue
        start, end = (int(x, 16) for x in fields[0].split("-"))
        data = ctypes.string_at(start, min(end - start, 2**28))
        found.update(m.decode() for m in re.findall(rb"mark-[a-z_0-9]+", data))
except Exception as problem:
    print("MEMSCAN-FAILED", type(problem).__name__, problem)
print("FOUND", sorted(found))
proline_threshold = 760
"""


# Renames itself (so that the test can find it), closes its channel to the grader and sleeps: the
# grader must still end it, and every process it started.
ORPHAN = """
import ctypes, os, signal, time
libc = ctypes.CDLL(None)
libc.prctl(15, b"caire-orphan", 0, 0, 0)  # PR_SET_NAME
libc.prctl(1, 0, 0, 0, 0)  # PR_SET_PDEATHSIG: do not die with the parent
signal.signal(signal.SIGINT, signal.SIG_IGN)
for fd in range(3, 256):
    try:
        os.close(fd)
    except OSError:
        pass
for _ in range(3):
    if os.fork() == 0:
        os.setsid()
        time.sleep(120)
        os._exit(0)
time.sleep(120)
"""

STUBBORN = """
import ctypes, signal
libc = ctypes.CDLL(None)
libc.prctl(15, b"caire-stubborn", 0, 0, 0)  # PR_SET_NAME
libc.prctl(1, 0, 0, 0, 0)  # PR_SET_PDEATHSIG: do not die with the parent
signal.signal(signal.SIGINT, signal.SIG_IGN)
while True:
    pass
"""


def with_answers(**answers: str) -> dict[str, str]:
    """Right answers for the questions named ``q1=...`` etc., the stubs of the others untouched."""
    return {f"{key}_answer": value for key, value in answers.items()}


#: student -> (answer cells, score expected). Questions not named keep the released stub (no point).
SUBMISSIONS = {
    # Honest students.
    "correct": (None, 5),  # the source notebook's solutions, see solution_answers()
    "wrong": (
        with_answers(q1=WRONG["q1_answer"], q2=RIGHT["q2_answer"], q3=WRONG["q3_answer"], q4=WRONG["q4_answer"]),
        1,
    ),
    "erroring": (
        with_answers(
            q1="proline_threshold = 1 / 0",
            q2="reply = undefined_name",
            q3=RIGHT["q3_answer"],
            q4="statement = (",
        ),
        1,
    ),
    "blank": ({}, 0),
    # Attacks on the course's files and the machine.
    "gradebook_writer": (with_answers(q1=GRADEBOOK_WRITE.template, q3=RIGHT["q3_answer"], q4=WRONG["q4_answer"]), 2),
    "reader": (with_answers(q1=RIGHT["q1_answer"], q3=RIGHT["q3_answer"], q4=READ_HIDDEN.template), 2),
    "network": (with_answers(q1=NETWORK.template, q2=RIGHT["q2_answer"]), 2),
    "memory": (with_answers(q1=MEMORY, q2=RIGHT["q2_answer"], q3=RIGHT["q3_answer"], q4=RIGHT["q4_answer"]), 3),
    "forker": (with_answers(q1=FORK, q2=WRONG["q2_answer"], q3=RIGHT["q3_answer"]), 2),
    "looper": (
        with_answers(q1=RIGHT["q1_answer"], q2="while True:\n    pass", q3=RIGHT["q3_answer"], q4=RIGHT["q4_answer"]),
        3,
    ),
    "stubborn_looper": (with_answers(q1=RIGHT["q1_answer"], q2=STUBBORN, q3=RIGHT["q3_answer"]), 1),
    "orphan": (with_answers(q1=RIGHT["q1_answer"], q2=ORPHAN, q3=RIGHT["q3_answer"]), 1),
    "os_exit": (with_answers(q1=RIGHT["q1_answer"], q2="import os\nos._exit(0)", q3=RIGHT["q3_answer"]), 1),
    "exit_call": (with_answers(q1=RIGHT["q1_answer"], q2="exit()", q3=RIGHT["q3_answer"]), 1),
    # `raise SystemExit` does not stop a Jupyter kernel (nor stock nbgrader): an error, then the next cell.
    "system_exit": (with_answers(q1=RIGHT["q1_answer"], q2="raise SystemExit", q3=RIGHT["q3_answer"]), 2),
    "fd_snoop": (with_answers(q1=FD_SNOOP, q2=WRONG["q2_answer"]), 1),
    # First and last in the batch: the first is forked while the next job may wait in the zygote's
    # stdin buffer; the last after the zygote has handled every other job.
    "a_first_snoop": (with_answers(q1=STDIN_AND_MEMORY, q3=RIGHT["q3_answer"]), 2),
    "zz_last_snoop": (with_answers(q1=STDIN_AND_MEMORY, q3=RIGHT["q3_answer"]), 2),
    # Forgeries: each forged question must earn nothing.
    "forge_require": (
        with_answers(q1=PATCH_CHECKS, q2='reply = "z"', q3=RIGHT["q3_answer"], q4='statement = "z"'),
        1,
    ),
    "forge_eq": (
        with_answers(
            q1=ALWAYS_EQUAL, q2='reply = AlwaysText("a")', q3=RIGHT["q3_answer"], q4='statement = AlwaysText("a")'
        ),
        1,
    ),
    "forge_transformer": (
        with_answers(q1=TRANSFORMER, q2=WRONG["q2_answer"], q3=RIGHT["q3_answer"], q4=WRONG["q4_answer"]),
        2,
    ),
    "forge_print": (
        with_answers(q1=RIGHT["q1_answer"], q2=PRINT_PASS, q3=WRONG["q3_answer"], q4=WRONG["q4_answer"]),
        1,
    ),
    "forge_builtins": (with_answers(q1=BUILTINS, q3=RIGHT["q3_answer"], q4=WRONG["q4_answer"]), 1),
    "forge_del_atexit": (with_answers(q1=DEL_ATEXIT, q2='del sneaky\nreply = "a"', q3=RIGHT["q3_answer"]), 1),
    "forge_channel": (with_answers(q1=CHANNEL, q2=WRONG["q2_answer"], q3=RIGHT["q3_answer"], q4=WRONG["q4_answer"]), 2),
    # Grade cells changed by the student.
    "deleted_test": (dict(RIGHT), 3),
    "duplicated_test": (dict(RIGHT), 3),
    "altered_test": ({**RIGHT, "q1_answer": WRONG["q1_answer"]}, 3),
    "points_100": (dict(RIGHT), 4),
    "extra_file": (dict(RIGHT), 4),
    # Files that cannot be graded (status expected instead of a score).
    "invalid_json": (dict(RIGHT), "invalid_json"),
    "old_nbformat": (dict(RIGHT), "old_nbformat"),
    "stripped": (dict(RIGHT), "missing_metadata"),
    "renamed": (dict(RIGHT), "renamed_notebook"),
    "huge_output": (dict(RIGHT), "too_large"),
}
GRADED = {student: score for student, (_, score) in SUBMISSIONS.items() if isinstance(score, int)}
NOT_GRADED = {student: status for student, (_, status) in SUBMISSIONS.items() if isinstance(status, str)}


# --- building a course -------------------------------------------------------------------------------


def run_nbgrader(*args: str, course: Path) -> subprocess.CompletedProcess:
    result = subprocess.run(
        ["nbgrader", *args],
        cwd=REPO,
        env=tool_env(CAIRE_COURSE_DIR=str(course)),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, f"nbgrader {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}"
    return result


def new_course(path: Path) -> nbformat.NotebookNode:
    """A course in ``path`` with the assignment generated; returns the released (student) notebook."""
    path.mkdir(parents=True, exist_ok=True)
    run_nbgrader("generate_assignment", ASSIGNMENT, "--force", course=path)
    return nbformat.read(path / "release" / ASSIGNMENT / NOTEBOOK, as_version=4)


def solution_answers() -> dict[str, str]:
    source = nbformat.read(SOURCE, as_version=4)
    answers = {}
    for cell in source.cells:
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
        if grade_id in TESTS:
            answers[grade_id] = "".join(SOLUTION.findall(cell.source))
    return answers


def answered(released: nbformat.NotebookNode, answers: dict[str, str]) -> nbformat.NotebookNode:
    """The released notebook with these answer cells' stubs replaced, as a student would edit it."""
    notebook = copy.deepcopy(released)
    for cell in notebook.cells:
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
        if grade_id in answers:
            cell.source = answers[grade_id]
    return notebook


def cell_index(notebook: nbformat.NotebookNode, grade_id: str) -> int:
    return next(
        index
        for index, cell in enumerate(notebook.cells)
        if cell.metadata.get("nbgrader", {}).get("grade_id") == grade_id
    )


def duplicate(cell: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """A copy of a cell, as JupyterLab's copy and paste makes it (a new cell id, the same metadata)."""
    twin = copy.deepcopy(cell)
    twin.id = f"{cell.id[:20]}-copy"
    return twin


def write_submission(course: Path, student: str, notebook=None, name: str = NOTEBOOK, text: str | None = None) -> Path:
    folder = course / "submitted" / student / ASSIGNMENT
    folder.mkdir(parents=True, exist_ok=True)
    if text is None:
        text = nbformat.writes(notebook)
    (folder / name).write_text(text, encoding="utf-8")
    (folder / "timestamp.txt").write_text("2026-11-20 10:00:00.000000 UTC")
    return folder


def submit_everyone(course: Path, released: nbformat.NotebookNode, names: dict[str, str]) -> None:
    """Every student of SUBMISSIONS hands in; ``names`` fills the attacks' $PLACEHOLDERS."""
    for student, (answers, _) in SUBMISSIONS.items():
        if answers is None:
            answers = {key: value.rstrip() + f"  # {SECRET}" for key, value in solution_answers().items()}
        answers = {key: Template(value).safe_substitute(names) for key, value in answers.items()}
        if answers:  # a mark the snoops look for; "blank" hands in the released notebook untouched
            answers["q1_answer"] = f"# mark-{student}\n" + answers.get("q1_answer", "raise NotImplementedError()")
        notebook = answered(released, answers)
        if student == "deleted_test":
            del notebook.cells[cell_index(notebook, "q4_what_learning_means")]
        elif student == "forge_channel":  # its forged answer for a duplicated test cell must not count
            index = cell_index(notebook, "q4_what_learning_means")
            notebook.cells.insert(index + 1, duplicate(notebook.cells[index]))
        elif student == "duplicated_test":
            index = cell_index(notebook, "q3_measurements_used")
            notebook.cells.insert(index + 1, duplicate(notebook.cells[index]))
        elif student == "altered_test":
            notebook.cells[cell_index(notebook, "q1_hand_rule")].source = "pass"
        elif student == "points_100":
            notebook.cells[cell_index(notebook, "q2_which_tree")].metadata.nbgrader.points = 100
        elif student == "stripped":
            for cell in notebook.cells:
                cell.metadata.pop("nbgrader", None)
        elif student == "huge_output":
            cell = notebook.cells[cell_index(notebook, "q1_answer")]
            cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text="x" * (30 * 2**20))]
        if student == "invalid_json":
            write_submission(course, student, text='{"cells": [ this is not json')
        elif student == "old_nbformat":
            cell = {
                "cell_type": "code",
                "collapsed": False,
                "input": RIGHT["q1_answer"],
                "language": "python",
                "metadata": {},
                "outputs": [],
            }
            old = {
                "metadata": {"name": ""},
                "nbformat": 3,
                "nbformat_minor": 0,
                "worksheets": [{"metadata": {}, "cells": [cell]}],
            }
            write_submission(course, student, text=json.dumps(old))
        elif student == "renamed":
            write_submission(course, student, notebook, name="01-rules-vs-learning-Copy1.ipynb")
        else:
            folder = write_submission(course, student, notebook)
            if student == "extra_file":
                (folder / "notes.txt").write_text("my notes")


class Listener:
    """A TCP server on every interface of this machine that counts the connections it accepts."""

    def __init__(self):
        self.server = socket.create_server(("0.0.0.0", 0))
        self.server.settimeout(0.2)
        self.port = self.server.getsockname()[1]
        self.connections = 0
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self):
        while not self.stopped.is_set():
            try:
                connection, _ = self.server.accept()
            except OSError:
                continue
            self.connections += 1
            connection.close()

    def stop(self):
        self.stopped.set()
        self.thread.join(timeout=5)
        self.server.close()


def host_address() -> str:
    try:
        return socket.gethostbyname(socket.gethostname())
    except OSError:
        return "127.0.0.2"


def run_grader(course: Path, timeout: float = 240, extra: dict | None = None) -> tuple[int, dict, str]:
    env = tool_env(CAIRE_COURSE_DIR=str(course), **(extra or {}))
    # As a shell's background job (CI, nohup) starts it: with SIGINT ignored, which the sandbox must undo, or
    # the interrupt that stops a looping cell is lost and the rest of the notebook with it.
    result = subprocess.run(
        GRADER,
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN),
    )
    try:
        summary = json.loads(result.stdout[result.stdout.index("{") :])
    except ValueError:
        pytest.fail(
            f"the grader printed no JSON summary (exit {result.returncode}):\n{result.stdout[-3000:]}\n"
            f"{result.stderr[-3000:]}"
        )
    return result.returncode, summary, result.stderr


def gradebook_scores(course: Path, students) -> dict[str, tuple[float, float] | None]:
    from nbgrader.api import Gradebook, MissingEntry

    scores = {}
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        for student in students:
            try:
                submission = gradebook.find_submission(ASSIGNMENT, student)
                scores[student] = (submission.score, submission.max_score)
            except MissingEntry:
                scores[student] = None
    return scores


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    """One course with every submission of SUBMISSIONS, graded by one run of the grader."""
    course = tmp_path_factory.mktemp("autograder-course")
    released = new_course(course)
    (course / "canary.txt").write_text(CANARY)
    listener = Listener()
    ipython_dir = tmp_path_factory.mktemp("ipython")  # the grader's own IPython files, not root's
    try:
        submit_everyone(
            course,
            released,
            {
                "COURSE": str(course),
                "REPO": str(REPO),
                "SOURCE": str(SOURCE),
                "ASSIGNMENT": ASSIGNMENT,
                "NOTEBOOK": NOTEBOOK,
                "PORT": listener.port,
                "HOST_IP": host_address(),
            },
        )
        started = time.monotonic()
        code, summary, stderr = run_grader(course, extra={"IPYTHONDIR": str(ipython_dir)})
        seconds = time.monotonic() - started
        time.sleep(0.5)
        survivors = sandboxes_named("caire-")
    finally:
        listener.stop()
    return {
        "course": course,
        "code": code,
        "summary": summary,
        "stderr": stderr,
        "seconds": seconds,
        "results": {result["student"]: result for result in summary["results"]},
        "scores": gradebook_scores(course, SUBMISSIONS),
        "connections": listener.connections,
        "ipython_dir": ipython_dir,
        "survivors": survivors,
    }


def sandboxes_named(prefix: str) -> dict[int, str]:
    """Processes of this machine whose name starts with ``prefix`` (the attacks above name themselves)."""
    found = {}
    for proc in Path("/proc").iterdir():
        try:
            name = (proc / "comm").read_text().strip()
        except OSError:
            continue
        if proc.name.isdigit() and name.startswith(prefix):
            found[int(proc.name)] = name
    return found


def printed(batch, student: str) -> str:
    """Everything the student's notebook printed in the sandbox, from its autograded notebook."""
    path = batch["course"] / "autograded" / student / ASSIGNMENT / NOTEBOOK
    notebook = nbformat.read(path, as_version=4)
    texts = []
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            texts.append(str(output.get("text", "")))
            texts.append(str(output.get("data", {}).get("text/plain", "")))
            texts.append(f"{output.get('ename', '')}: {output.get('evalue', '')}")
    return "\n".join(texts)


def assert_graded(batch, student: str) -> None:
    result = batch["results"][student]
    expected = GRADED[student]
    assert result["status"] == "graded", f"{student}: {result['status']} {result['message']} {result['notes']}"
    assert result["score"] == expected and result["max_score"] == 5, f"{student}: {result['message']} {result['notes']}"
    assert batch["scores"][student] == (expected, 5), f"{student}'s gradebook score"


# --- the run as a whole ----------------------------------------------------------------------------------


def test_every_submission_is_in_the_summary_and_the_run_exits_1(batch):
    assert set(batch["results"]) == set(SUBMISSIONS)
    assert batch["summary"]["graded_now"] == len(SUBMISSIONS)
    assert batch["code"] == 1, "some submissions could not be graded: exit code 1"
    assert batch["summary"]["statuses"]["graded"] == len(GRADED)


@pytest.mark.parametrize("student", sorted(GRADED))
def test_score_is_what_the_answers_earn(batch, student):
    """Each graded student gets exactly what its right answers earn, in the summary and in the gradebook."""
    assert_graded(batch, student)


# --- course files, gradebook, network ------------------------------------------------------------------


def test_the_gradebook_cannot_be_rewritten(batch):
    out = printed(batch, "gradebook_writer")
    assert "GRADEBOOK-BLOCKED" in out and "GRADEBOOK-WRITTEN" not in out
    assert "CANARY-BLOCKED" in out and "CANARY-REMOVED" not in out
    assert (batch["course"] / "canary.txt").read_text() == CANARY
    for student, expected in GRADED.items():  # no forged score, its own or another student's
        assert batch["scores"][student] == (expected, 5), student
    for student in NOT_GRADED:
        assert batch["scores"][student] is None, f"{student} has a grade although it could not be graded"


def test_hidden_tests_solutions_and_other_students_cannot_be_read(batch):
    out = printed(batch, "reader")
    assert out.count("READ-FAILED") >= 9, out[:2000]
    assert "READ-OK" not in out
    for secret in ("BEGIN SOLUTION", "BEGIN HIDDEN", SECRET, CANARY, "SQLite format"):
        assert secret not in out, f"the sandbox read {secret!r}"


def test_no_network(batch):
    out = printed(batch, "network")
    assert out.count("NET-BLOCKED") == 6, out[:2000]
    assert "NET-CONNECTED" not in out and "NET-UDP-SENT" not in out and "NET-DNS" not in out
    assert batch["connections"] == 0, "the sandbox reached the test's listener"


@pytest.mark.parametrize("student", ["a_first_snoop", "zz_last_snoop"])
def test_no_other_students_code_in_the_sandboxs_memory(batch, student):
    """The zygote that forks every sandbox never holds a submission: nothing of another is inherited."""
    out = printed(batch, student)
    found = re.search(r"FOUND \[(.*)\]", out)
    assert found, out[:2000]
    others = set(re.findall(r"mark-[a-z_0-9]+", found.group(1))) - {f"mark-{student}"}
    assert not others, f"{student} read other students' code: {sorted(others)}"


#: What a descriptor the notebook's own cells opened may hold: matplotlib keeps the fonts it drew a figure's text with
#: open (read-only TrueType or OpenType files), after the sandbox closed everything it inherited.
FONT_MAGIC = (b"\x00\x01\x00\x00", b"OTTO", b"true")


def test_inherited_file_descriptors_lead_nowhere(batch):
    """No descriptor of the sandbox is a file outside it (the grader's IPython history, the gradebook...): none can be
    written, and the only files one can read are the fonts the notebook's figures opened in the sandbox itself."""
    import ast

    out = printed(batch, "fd_snoop")
    assert "FD-WRITTEN" not in out and "SQLite format" not in out, out[:2000]
    read = [ast.literal_eval(found) for found in re.findall(r"^FD-READ \d+ (b'.*'|b\".*\")$", out, flags=re.MULTILINE)]
    assert out.count("FD-READ ") == len(read), out[:2000]
    assert all(content.startswith(FONT_MAGIC) for content in read), read
    for path in batch["ipython_dir"].rglob("*"):
        if path.is_file():
            assert b"PWNED-BY-A-STUDENT" not in path.read_bytes(), f"the sandbox wrote into {path}"


# --- resources and exits -------------------------------------------------------------------------------


def test_memory_bomb_fails_its_cell_only(batch):
    assert "MemoryError" in printed(batch, "memory")


def test_fork_bomb_is_bounded(batch):
    forked = re.search(r"FORKED (\d+)", printed(batch, "forker"))
    assert forked and int(forked.group(1)) < 200, "the process limit did not stop the fork loop"


def test_infinite_loop_is_interrupted_and_the_notebook_goes_on(batch):
    notes = " ".join(batch["results"]["looper"]["notes"])
    assert "stopped after 3 s" in notes


def test_no_process_of_a_sandbox_outlives_the_run(batch):
    """A sandbox that ignored its interrupt, or closed its channel and slept, is killed with its children."""
    survivors = batch["survivors"]
    for pid in survivors:  # ours: started by this test's submissions
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    assert not survivors, f"processes of the sandboxes still running after the grader ended: {survivors}"
    assert "ended early" in " ".join(batch["results"]["orphan"]["notes"])


def test_a_loop_that_ignores_the_interrupt_is_killed(batch):
    notes = " ".join(batch["results"]["stubborn_looper"]["notes"])
    assert "ignored the interrupt" in notes
    assert batch["seconds"] < 120


@pytest.mark.parametrize("student", ["os_exit", "exit_call"])
def test_leaving_the_kernel_ends_the_run_there(batch, student):
    """Answers before the exit count (q1), after it do not (q3); the run is reported as ended early."""
    assert "ended early" in " ".join(batch["results"][student]["notes"])


def test_raise_system_exit_is_an_error_in_its_cell_as_in_jupyter(batch):
    assert "SystemExit" in printed(batch, "system_exit")


# --- forgeries -------------------------------------------------------------------------------------------


def test_channel_forgeries_and_stdin_theft_change_nothing(batch):
    """Lines in the grader's own format written to every descriptor: no other status, no stolen job."""
    out = printed(batch, "forge_channel")
    assert re.search(r"STOLEN 0 ", out), out[:2000]
    assert "FORGED OUTPUT" not in out
    assert batch["results"]["forge_channel"]["status"] == "graded"


def test_a_fake_pass_message_earns_nothing(batch):
    assert "All tests passed" in printed(batch, "forge_print")  # shown, but no point for q2


# --- grade cells -----------------------------------------------------------------------------------------


def test_deleted_test_cell_earns_nothing_and_is_noted(batch):
    notes = " ".join(batch["results"]["deleted_test"]["notes"])
    assert "q4_what_learning_means was deleted" in notes


def test_duplicated_test_cell_earns_nothing_and_is_noted(batch):
    notes = " ".join(batch["results"]["duplicated_test"]["notes"])
    assert "q3_measurements_used appears 2 times" in notes


def test_altered_test_cell_is_restored(batch):
    path = batch["course"] / "autograded" / "altered_test" / ASSIGNMENT / NOTEBOOK
    notebook = nbformat.read(path, as_version=4)
    assert "ex.require" in notebook.cells[cell_index(notebook, "q1_hand_rule")].source


def test_points_come_from_the_source(batch):
    assert batch["results"]["points_100"]["max_score"] == 5


# --- files that cannot be graded -------------------------------------------------------------------------


@pytest.mark.parametrize("student", sorted(NOT_GRADED))
def test_a_bad_notebook_gets_its_own_status(batch, student):
    result = batch["results"][student]
    assert result["status"] == NOT_GRADED[student], result
    assert result["message"]
    assert batch["scores"][student] is None


def test_an_extra_file_is_noted(batch):
    assert "extra file: notes.txt" in batch["results"]["extra_file"]["notes"]


# --- feedback --------------------------------------------------------------------------------------------


def test_feedback_shows_no_hidden_test(batch):
    course = batch["course"]
    run_nbgrader("generate_feedback", ASSIGNMENT, course=course)
    source = nbformat.read(SOURCE, as_version=4)
    hidden = [
        line.strip()
        for cell in source.cells
        for block in HIDDEN.findall(cell.source)
        for line in block.splitlines()
        if line.strip()
    ]
    assert hidden
    pages = {student: list((course / "feedback" / student / ASSIGNMENT).glob("*.html")) for student in GRADED}
    assert all(pages.values()), [student for student, found in pages.items() if not found]
    for student, found in pages.items():
        html = found[0].read_text(encoding="utf-8").replace("&quot;", '"').replace("&#34;", '"')
        assert "BEGIN HIDDEN" not in html and "HIDDEN TESTS" not in html, student
        for line in hidden:
            assert line not in html and line.split("(", 1)[1] not in html, f"{student}'s feedback shows {line}"


# --- a run killed with kill -9, then run again -----------------------------------------------------------


def ordinary_submissions(course: Path, released: nbformat.NotebookNode) -> None:
    slow = "import time\ntime.sleep(0.3)\n"
    for number in range(12):
        answers = {key: (RIGHT if (number + i) % 3 else WRONG)[key] for i, key in enumerate(RIGHT)}
        if number % 5 == 4:
            answers = {}
        answers["q1_answer"] = slow + answers.get("q1_answer", "")
        write_submission(course, f"student{number:02d}", answered(released, answers))


def grader_in_its_own_session(course: Path, workspace: Path) -> subprocess.Popen:
    """The grader started as a service is, in a process group of its own: what a kill -9 of the group stops."""
    return subprocess.Popen(
        GRADER,
        cwd=REPO,
        env=tool_env(CAIRE_COURSE_DIR=str(course), TMPDIR=str(workspace)),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def test_a_killed_run_resumes_to_the_grades_of_an_uninterrupted_run(tmp_path):
    interrupted, whole = tmp_path / "interrupted", tmp_path / "whole"
    released = new_course(interrupted)
    shutil.copytree(interrupted, whole)  # the same generated assignment and gradebook
    for course in (interrupted, whole):
        ordinary_submissions(course, released)
    students = sorted(p.name for p in (whole / "submitted").iterdir())

    journal = interrupted / "autograder-runs" / ASSIGNMENT / "journal.jsonl"
    leftovers = tmp_path / "tmp"  # where the killed run leaves its workspace
    leftovers.mkdir()
    grader = grader_in_its_own_session(interrupted, leftovers)
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline and grader.poll() is None:
            if journal.exists() and len(journal.read_text().splitlines()) >= 3:
                break
            time.sleep(0.02)
    finally:
        os.killpg(grader.pid, signal.SIGKILL)
        grader.wait(timeout=30)
    done_before = len(journal.read_text().splitlines())
    assert 3 <= done_before < len(students), "the kill came too late to interrupt the run"

    code, summary, _ = run_grader(interrupted)
    assert code == 0, summary
    assert summary["graded_now"] < len(students)
    assert summary["submissions"] == len(students)
    code, reference, _ = run_grader(whole)
    assert code == 0 and reference["graded_now"] == len(students)
    assert gradebook_scores(interrupted, students) == gradebook_scores(whole, students)
    assert {r["student"]: r["score"] for r in summary["results"]} == {
        r["student"]: r["score"] for r in reference["results"]
    }


#: A submission that leaves the grader's session, its main process included, and clears its parent-death signal.
ESCAPER = """
import ctypes, os, time
libc = ctypes.CDLL(None)
libc.prctl(15, b"caire-escaper", 0, 0, 0)  # PR_SET_NAME
libc.prctl(1, 0, 0, 0, 0)  # PR_SET_PDEATHSIG: do not die with the parent
os.setsid()
for _ in range(2):
    if os.fork() == 0:
        os.setsid()
        time.sleep(120)
        os._exit(0)
time.sleep(120)
"""


def test_a_grader_killed_with_kill_9_leaves_no_process_of_a_sandbox_and_a_rerun_grades_the_same(tmp_path):
    """The escaper's processes leave the grader's session (setsid, the main one too) and clear their parent-death
    signal; a kill -9 of the grader's whole process group, as a stopped service gets, must still end them: the
    sandbox's pid 1 is a trusted init that dies with the grader, and the kernel ends every process of its PID
    namespace with it."""
    killed, whole = tmp_path / "killed", tmp_path / "whole"
    released = new_course(killed)
    shutil.copytree(killed, whole)
    for course in (killed, whole):
        write_submission(course, "escaper", answered(released, with_answers(q1=RIGHT["q1_answer"], q2=ESCAPER)))
        write_submission(course, "plain", answered(released, with_answers(q1=RIGHT["q1_answer"])))
    grader = grader_in_its_own_session(killed, tmp_path)
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline and len(sandboxes_named("caire-escaper")) < 3:
            time.sleep(0.05)  # the escaper and the two children it sets apart
        assert len(sandboxes_named("caire-escaper")) == 3, "the escaper's processes never started"
    finally:
        os.killpg(grader.pid, signal.SIGKILL)
        grader.wait(timeout=30)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and sandboxes_named("caire-escaper"):
        time.sleep(0.1)
    survivors = sandboxes_named("caire-escaper")
    for pid in survivors:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    assert not survivors, f"processes of a sandbox outlived the grader's kill -9: {survivors}"

    code, summary, _ = run_grader(killed)
    code_whole, reference, _ = run_grader(whole)
    assert (code, code_whole) == (0, 0), (summary, reference)
    assert gradebook_scores(killed, ["escaper", "plain"]) == gradebook_scores(whole, ["escaper", "plain"])
    assert not sandboxes_named("caire-escaper")


# --- the coordinator's own objects (no sandbox) ----------------------------------------------------------


def journal_line(student: str, status: str = "graded", fingerprint: str = "f1", **fields) -> str:
    """A journal line as every version of the grader wrote it (``asdict`` of its Result)."""
    entry = {
        "student": student,
        "status": status,
        "message": "3 / 4" if status == "graded" else "not graded",
        "notes": [],
        "score": 3.0 if status == "graded" else None,
        "max_score": 4.0 if status == "graded" else None,
        "fingerprint": fingerprint,
        "seconds": 1.25,
        **fields,
    }
    return json.dumps(entry) + "\n"


def test_the_journal_keeps_each_students_last_line_and_skips_a_cut_one(tmp_path):
    from autograder.grade import Journal

    path = tmp_path / "journal.jsonl"
    path.write_text(
        journal_line("ann", "sandbox_error")
        + journal_line("bob")
        + journal_line("ann", fingerprint="f2")
        + "[1, 2]\n"
        + '{"no student": true}\n'
        + journal_line("cid")[:40]  # the line a kill -9 cut
    )
    journal = Journal.read(path)
    assert sorted(journal.earlier) == ["ann", "bob"]
    assert journal.earlier["ann"]["fingerprint"] == "f2" and journal.earlier["ann"]["status"] == "graded"
    assert Journal.read(tmp_path / "none.jsonl").earlier == {}


def test_a_line_cut_by_a_kill_does_not_swallow_the_next_one(tmp_path):
    """A kill in the middle of a journal line leaves a fragment: the next run's first line must not be glued to it,
    or that student's grade would be read as lost and graded again."""
    from autograder.grade import Journal, Result

    path = tmp_path / "journal.jsonl"
    path.write_text('{"student": "ann", "status": "graded", "score": 1.0}\n{"student": "bo', encoding="utf-8")
    Journal.read(path).append(Result("cy", score=2.0, max_score=4.0, fingerprint="f"))
    earlier = Journal.read(path).earlier
    assert set(earlier) == {"ann", "cy"} and earlier["cy"]["score"] == 2.0


def test_the_journal_appends_what_it_reads_back(tmp_path):
    from autograder.grade import Journal, Result

    journal = Journal.read(tmp_path / "journal.jsonl")
    journal.append(Result("cid", "invalid_json", "bad", ["extra file: a.txt"], fingerprint="f3"))
    journal.append(Result("dan", score=4.0, max_score=4.0, fingerprint="f4", seconds=2.5))
    lines = journal.path.read_text().splitlines()
    assert json.loads(lines[0]) == json.loads(journal_line("cid", "invalid_json", "f3")) | {
        "message": "bad",
        "notes": ["extra file: a.txt"],
        "seconds": 0.0,
    }
    assert Journal.read(journal.path).earlier["dan"]["score"] == 4.0
    assert journal.earlier == {}, "what this run writes does not change what it found"


def test_a_rerun_keeps_what_still_holds_and_grades_the_rest(tmp_path):
    from autograder.grade import Journal, Result, Submission

    path = tmp_path / "journal.jsonl"
    autograded = tmp_path / "autograded"
    path.write_text(
        journal_line("graded", notes=["extra file: x"])
        + journal_line("resubmitted")
        + journal_line("refused", "invalid_json")
        + journal_line("crashed", "sandbox_error")
        + journal_line("unrecorded", "grading_error")
    )
    journal = Journal.read(path)

    def kept(student: str, fingerprint: str = "f1", folder: Path = autograded):
        return journal.kept(Submission(student, tmp_path / student, fingerprint), folder)

    assert kept("graded", folder=tmp_path / "gone") is None, "its autograded notebook is gone: grade it again"
    autograded.mkdir()
    assert kept("graded") == Result(
        "graded", "graded", "3 / 4", ["extra file: x", "kept from an earlier run"], 3.0, 4.0, "f1", 1.25
    )
    assert kept("resubmitted", fingerprint="f2") is None
    assert kept("refused", folder=tmp_path / "gone").status == "invalid_json"  # the same file, the same status
    assert kept("crashed") is None and kept("unrecorded") is None  # errors of the grader: tried again
    assert kept("newcomer") is None


def test_the_plan_runs_code_cells_and_snapshots_each_test_cell_once():
    from autograder.grade import SourceNotebook, plan_steps

    v4 = nbformat.v4
    source = SourceNotebook(
        "a.ipynb", {"t1": "assert x == 1", "t2": "assert y == 2", "t3": "assert z"}, "", None, False
    )

    def test_cell(grade_id: str):
        return v4.new_code_cell("pass", metadata={"nbgrader": {"grade": True, "grade_id": grade_id}})

    notebook = v4.new_notebook(
        cells=[
            v4.new_markdown_cell("# title"),
            v4.new_code_cell("x = 1"),
            test_cell("t1"),
            v4.new_code_cell("   "),
            v4.new_code_cell("y = 2"),
            test_cell("t2"),
            test_cell("t2"),
        ]
    )
    plan = plan_steps(notebook, source)
    assert plan.steps == [{"code": "x = 1"}, {"snapshot": "t1", "names": ["x"]}, {"code": "y = 2"}]
    assert plan.step_of_cell == {1: 0, 2: 1, 4: 2}
    assert plan.notes == [
        "test cell t3 was deleted: it earns nothing",
        "test cell t2 appears 2 times: it earns nothing",
    ]


def test_a_file_that_cannot_be_graded_says_why(tmp_path):
    from autograder.grade import STATUSES, NotGradable, SourceNotebook, extra_files, inspect_submission

    source = SourceNotebook(NOTEBOOK, {"q1_hand_rule": "assert proline_threshold"}, "", None, False)
    folder = tmp_path / "student"
    folder.mkdir()
    (folder / "timestamp.txt").write_text("2026-11-20 10:00:00.000000 UTC")
    (folder / "notes.txt").write_text("mine")

    def refused() -> NotGradable:
        with pytest.raises(NotGradable) as caught:
            inspect_submission(folder, source)
        return caught.value

    assert extra_files(folder) == ["extra file: notes.txt"]
    assert (refused().status, refused().message) == ("missing_notebook", STATUSES["missing_notebook"])
    (folder / "copy.ipynb").write_text("{}")
    assert refused().status == "renamed_notebook"
    assert refused().message.endswith(f"(found copy.ipynb, expected {NOTEBOOK})")
    (folder / NOTEBOOK).write_text('{"cells": [')
    assert refused().status == "invalid_json"
    (folder / NOTEBOOK).write_text('{"nbformat": 3}')
    assert refused().status == "old_nbformat"
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("proline_threshold = 760")])
    (folder / NOTEBOOK).write_text(nbformat.writes(notebook))
    assert refused().status == "missing_metadata"
    notebook.cells[0].metadata["nbgrader"] = {"grade": True, "grade_id": "q1_hand_rule"}
    (folder / NOTEBOOK).write_text(nbformat.writes(notebook))
    assert inspect_submission(folder, source).cells[0].source == "proline_threshold = 760"


def test_the_run_journals_each_result_and_sums_them_up(tmp_path):
    from autograder.grade import Journal, Result, Run, SourceNotebook
    from autograder.sandbox import Limits

    journal = Journal.read(tmp_path / "journal.jsonl")
    source = SourceNotebook(NOTEBOOK, {}, "", None, False)
    run = Run("a1", None, None, source, Limits(), 3, tmp_path, journal, started=time.monotonic())
    run.results.append(Result("kept", score=1.0, max_score=4.0))  # from an earlier run: not journaled again
    run.record(Result("bob", "too_large"))
    run.record(Result("ann", score=4.0, max_score=4.0))
    assert [json.loads(line)["student"] for line in journal.path.read_text().splitlines()] == ["bob", "ann"]
    summary = run.summary(graded_now=2)
    assert summary == json.loads((tmp_path / "summary.json").read_text())
    assert list(summary) == ["assignment", "submissions", "graded_now", "statuses", "seconds", "jobs", "results"]
    assert summary["statuses"] == {"graded": 2, "too_large": 1}
    assert (summary["assignment"], summary["submissions"], summary["graded_now"], summary["jobs"]) == ("a1", 3, 2, 3)
    assert [r["student"] for r in summary["results"]] == ["ann", "bob", "kept"]
