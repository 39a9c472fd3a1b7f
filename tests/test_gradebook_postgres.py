"""A course's gradebook in PostgreSQL takes grading, formgrader edits and exports at the same time.

On a hub that serves several courses (hub/courses.py), each course's gradebook is a PostgreSQL database
(hub/postgres.sh): nbgrader's FAQ advises against SQLite as soon as several people grade at once. Here a
real PostgreSQL server holds one course's gradebook while, at the same time:
- the sandboxed grader grades five new submissions (a second run: five were graded before);
- a trainer overrides scores of the five earlier ones in a real formgrader, through its API, as its page does;
- `nbgrader export` writes the grades again and again.
Nothing may fail, wait forever or be lost: every export succeeds, the five new submissions are graded, and
every override is there at the end, in the gradebook and in the last export.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import nbformat
import pytest
from conftest import REPO, Formgrader, free_port, run_tool, tool_env

from caire.submission import fill_answers

pytestmark = pytest.mark.slow

ASSIGNMENT = "01-rules-vs-learning-en"
NOTEBOOK = "01-rules-vs-learning.ipynb"
EARLIER = [f"learner-{n}" for n in range(5)]
LATER = [f"learner-{n}" for n in range(5, 10)]


@pytest.fixture
def gradebook_server():
    """A private PostgreSQL server (hub/postgres.sh) with an empty database; its URL."""
    if os.geteuid() != 0:
        pytest.skip("the sandboxed grader and hub/postgres.sh run as root")
    if not list(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl")):
        pytest.skip("PostgreSQL is missing (Debian: apt-get install postgresql)")
    folder = Path(tempfile.mkdtemp(prefix="caire-pg-"))
    os.chmod(folder, 0o755)  # the server runs as the postgres account
    port = str(free_port())
    env = {
        **os.environ,
        "CAIRE_PG_DATA": str(folder / "data"),
        "CAIRE_PG_SOCKET": str(folder / "socket"),
        "CAIRE_PG_PORT": port,
    }
    script = str(REPO / "hub" / "postgres.sh")
    run_tool(script, "start", env=env)
    try:
        run_tool(
            "psql",
            "-X",
            "-q",
            "-h",
            env["CAIRE_PG_SOCKET"],
            "-p",
            port,
            "-d",
            "postgres",
            "-c",
            "CREATE DATABASE course",
            env=env,
        )
        yield f"postgresql:///course?host={env['CAIRE_PG_SOCKET']}&port={port}"
    finally:
        subprocess.run([script, "stop"], env=env, capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


def submit(course: Path, released: nbformat.NotebookNode, learners: list[str]) -> None:
    """Half of them answer questions 1 and 4, the others leave everything blank."""
    for number, learner in enumerate(learners):
        folder = course / "submitted" / learner / ASSIGNMENT
        folder.mkdir(parents=True)
        answers = {"q1_hand_rule": 760, "q4_what_learning_means": "b"} if number % 2 == 0 else {}
        nbformat.write(fill_answers(released, answers), folder / NOTEBOOK)
        (folder / "timestamp.txt").write_text("2026-12-01 10:00:00.000000 UTC")


def test_grading_formgrader_edits_and_exports_at_the_same_time(tmp_path, gradebook_server):
    from nbgrader.api import Gradebook

    course = tmp_path / "course"
    env = tool_env(CAIRE_COURSE_DIR=str(course), CAIRE_GRADEBOOK_URL=gradebook_server)
    run_tool(sys.executable, "-m", "autograder", "student-versions", ASSIGNMENT, env=env)
    assert not (course / "gradebook.db").exists(), "the gradebook went to SQLite, not to PostgreSQL"
    released = nbformat.read(course / "release" / ASSIGNMENT / NOTEBOOK, as_version=4)
    submit(course, released, EARLIER)
    first = json.loads(run_tool(sys.executable, "-m", "autograder", "grade", ASSIGNMENT, "--json", env=env).stdout)
    assert {result["status"] for result in first["results"]} == {"graded"}, first
    submit(course, released, LATER)

    server = Formgrader(course, tmp_path / "formgrader.log", CAIRE_GRADEBOOK_URL=gradebook_server)
    overrides, exports, problems = {}, [], []
    try:
        # The grade of each earlier learner's first test cell, which the trainer will override.
        targets = {}
        for learner in EARLIER:
            status, body = server.call("GET", f"/formgrader/api/submission/{ASSIGNMENT}/{learner}")
            assert status == 200, body
            notebook_id = json.loads(
                server.call("GET", f"/formgrader/api/submitted_notebooks/{ASSIGNMENT}/{NOTEBOOK[:-6]}")[1]
            )
            submitted = next(item for item in notebook_id if item["student"] == learner)
            grades = json.loads(server.call("GET", f"/formgrader/api/grades?submission_id={submitted['id']}")[1])
            targets[learner] = next(grade for grade in grades if grade["max_score"] > 0)

        grading = subprocess.Popen(
            [sys.executable, "-m", "autograder", "grade", ASSIGNMENT, "--json"],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

        trainer_done = threading.Event()

        def trainer():
            try:
                override_all()
            finally:
                trainer_done.set()

        def override_all():
            for round_ in range(3):
                for number, (learner, grade) in enumerate(targets.items()):
                    score = min(grade["max_score"], 0.5 * ((number + round_) % 3))
                    status, body = server.call("PUT", f"/formgrader/api/grade/{grade['id']}", {"manual_score": score})
                    if status != 200:
                        problems.append(f"override {learner}: {status} {body[:200]}")
                    overrides[learner] = score

        def export():
            target = tmp_path / f"grades-{len(exports)}.csv"
            done = subprocess.run(
                ["nbgrader", "export", f"--CsvExportPlugin.to={target}"],
                cwd=REPO,
                env=env,
                capture_output=True,
                text=True,
                timeout=120,
            )
            exports.append((done.returncode, target, done.stderr[-500:]))

        def exporter():
            while grading.poll() is None or not trainer_done.is_set():
                export()
            export()  # begun after the last grade and the last override

        threads = [threading.Thread(target=trainer), threading.Thread(target=exporter)]
        started = time.monotonic()
        for thread in threads:
            thread.start()
        stdout, stderr = grading.communicate(timeout=300)
        for thread in threads:
            thread.join(timeout=300)
        seconds = time.monotonic() - started
    finally:
        server.stop()

    second = json.loads(stdout)
    assert grading.returncode == 0, stderr[-2000:]
    assert sorted(result["student"] for result in second["results"] if result["status"] == "graded") == EARLIER + LATER
    assert not problems, problems
    failed = [(code, error) for code, _, error in exports if code != 0]
    assert not failed, failed
    with Gradebook(gradebook_server, "caire") as gradebook:
        for learner, grade in targets.items():
            assert gradebook.find_grade_by_id(grade["id"]).manual_score == overrides[learner], learner
        scores = {learner: gradebook.find_submission(ASSIGNMENT, learner).score for learner in EARLIER + LATER}
    with exports[-1][1].open(newline="") as handle:
        exported = {row["student_id"]: float(row["raw_score"]) for row in csv.DictReader(handle)}
    # The last export began after the last override and the last grade: it shows the gradebook's scores.
    assert exported == pytest.approx(scores)
    print(f"\n{len(exports)} exports, 15 overrides and 5 gradings at once in {seconds:.1f} s")
