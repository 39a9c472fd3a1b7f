"""Grade the same submissions with stock ``nbgrader autograde`` and with ``python -m autograder grade``.

    .venv/bin/python benchmarks/grading.py            # 200 submissions (stock takes ~9 minutes of it)
    .venv/bin/python benchmarks/grading.py --n 20     # a quick run

Run it as root from anywhere (the sandboxed grader needs root). It writes N submissions of assignment
``01-rules-vs-learning-en``, each made from the released notebook with its answer cells replaced:
right, wrong, erroring and blank answers mixed, and one in ten importing torch in an answer cell
(always the same set for the same ``--seed``). Each grader then grades them in its own fresh temporary
course (the same generated assignment, the same files), one after the other in this run:

- stock: ``nbgrader autograde ASSIGNMENT --create`` (serial, one kernel per notebook, the course's
  nbgrader_config.py: 60 s a cell);
- ours: ``python -m autograder grade ASSIGNMENT --jobs <cores>`` (default limits: 1024 MB, 30 s a cell);
- ours with PostgreSQL: the same, the gradebook in a PostgreSQL database as on a hub that serves several
  courses (hub/postgres.sh starts a private server for the run, in the temporary folder; skipped with
  ``--no-postgres`` or where PostgreSQL is not installed).

For each it prints the wall time per submission, and the peak memory of its process tree: the sum of
the resident memory (RSS) of the grader and every process under it (nbgrader and its kernels; our
coordinator, zygote, monitors and sandboxes), sampled with psutil every 50 ms. A sum of RSS counts
memory shared between processes once per process: the sandboxes share most of the zygote's pages
(fork), so that sum overstates what ours uses; the proportional share (PSS, sampled every 0.5 s) is
printed as well. Then it compares both gradebooks student by student and prints every difference.

The last line printed is one JSON object::

    {"stock_s_per_sub": ..., "ours_s_per_sub": ..., "ratio": ..., "peak_rss_mb": ..., "n": ...,
     "same_scores": true, "stock_peak_rss_mb": ..., "peak_pss_mb": ..., "stock_peak_pss_mb": ..., "jobs": ...,
     "postgres_s_per_sub": ..., "postgres_vs_sqlite": ...}

``ratio`` is stock seconds over ours; ``peak_rss_mb`` is ours (MiB); ``postgres_vs_sqlite`` is ours with
PostgreSQL over ours with SQLite (seconds; above 1 means PostgreSQL is slower). Exit code 1 when the scores differ
or a grader failed.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import nbformat
import psutil

ROOT = Path(__file__).resolve().parent.parent
ASSIGNMENT = "01-rules-vs-learning-en"
NOTEBOOK = "01-rules-vs-learning.ipynb"

RIGHT = {
    "q1_answer": "proline_threshold = 760",
    "q2_answer": "smallest_depth = 3",
    "q3_answer": 'measurements_used = {"proline", "flavanoids"}',
    "q4_answer": 'statement = "b"',
}
WRONG = {
    "q1_answer": "proline_threshold = 1025",
    "q2_answer": "smallest_depth = 4",
    "q3_answer": 'measurements_used = {"proline"}',
    "q4_answer": 'statement = "a"',
}
ERRORS = {
    "q1_answer": "proline_threshold = 1 / 0",
    "q2_answer": "smallest_depth = undefined_name",
    "q3_answer": "measurements_used = {",
    "q4_answer": "statement = int('b')",
}
#: The right answer the source notebook computes (q2 trains trees, as a learner's answer would).
COMPUTED = {
    "q2_answer": "smallest_depth = next(depth for depth in range(1, 11) if train_tree(depth).test_accuracy >= 0.90)"
}


def tool_env(course: Path, gradebook: str = "") -> dict[str, str]:
    env = os.environ.copy()
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env["CAIRE_COURSE_DIR"] = str(course)
    env.pop("CAIRE_GRADEBOOK_URL", None)
    if gradebook:
        env["CAIRE_GRADEBOOK_URL"] = gradebook
    return env


def submissions(n: int, seed: int) -> dict[str, dict[str, str]]:
    """Student id -> answer cells: 35% right, 30% wrong, 15% erroring, 10% blank, 10% importing torch."""
    rng = random.Random(seed)
    kinds = ["right"] * 35 + ["wrong"] * 30 + ["erroring"] * 15 + ["blank"] * 10 + ["torch"] * 10
    made = {}
    for number in range(n):
        kind = kinds[(number * 37) % len(kinds)]  # every 100 in the proportions above, interleaved
        if kind == "blank":
            answers = {}
        elif kind == "right":
            answers = {**RIGHT, **(COMPUTED if rng.random() < 0.5 else {})}
        elif kind == "wrong":  # each question wrong or right at random, at least one wrong
            answers = {key: (WRONG if rng.random() < 0.6 else RIGHT)[key] for key in RIGHT}
            answers["q4_answer"] = WRONG["q4_answer"]
        elif kind == "erroring":
            answers = {key: (ERRORS if rng.random() < 0.5 else RIGHT)[key] for key in RIGHT}
            answers["q1_answer"] = ERRORS["q1_answer"]
        else:  # torch: imported in an answer cell, answers right or wrong
            answers = {key: (RIGHT if rng.random() < 0.7 else WRONG)[key] for key in RIGHT}
            answers["q1_answer"] = "import torch\n" + answers["q1_answer"]
        made[f"student{number:03d}-{kind}"] = answers
    return made


def write_course(course: Path, released: nbformat.NotebookNode, answers_of: dict[str, dict[str, str]]) -> None:
    for student, answers in answers_of.items():
        notebook = copy.deepcopy(released)
        for cell in notebook.cells:
            grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
            if grade_id in answers:
                cell.source = answers[grade_id]
        folder = course / "submitted" / student / ASSIGNMENT
        folder.mkdir(parents=True)
        nbformat.write(notebook, folder / NOTEBOOK)
        (folder / "timestamp.txt").write_text("2026-11-20 10:00:00.000000 UTC")


class TreeMemory:
    """Peak of the summed RSS (every 50 ms) and PSS (every 0.5 s) of a process and all its descendants."""

    def __init__(self, pid: int):
        self.root = psutil.Process(pid)
        self.peak_rss = self.peak_pss = 0
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._sample, daemon=True)
        self.thread.start()

    def _tree(self) -> list[psutil.Process]:
        try:
            return [self.root, *self.root.children(recursive=True)]
        except psutil.Error:
            return []

    def _sample(self) -> None:
        last_pss = 0.0
        while not self.stopped.is_set():
            processes = self._tree()
            rss = 0
            for process in processes:
                with contextlib.suppress(psutil.Error):
                    rss += process.memory_info().rss
            self.peak_rss = max(self.peak_rss, rss)
            if time.monotonic() - last_pss >= 0.5:
                last_pss, pss = time.monotonic(), 0
                for process in processes:
                    with contextlib.suppress(psutil.Error, AttributeError):
                        pss += process.memory_full_info().pss
                self.peak_pss = max(self.peak_pss, pss)
            self.stopped.wait(0.05)

    def stop(self) -> tuple[float, float]:
        self.stopped.set()
        self.thread.join()
        return self.peak_rss / 2**20, self.peak_pss / 2**20


def run_grader(command: list[str], course: Path, log: Path, gradebook: str = "") -> dict:
    """Run one grader to the end; its wall time, peak memory and exit code."""
    with log.open("w") as output:
        started = time.monotonic()
        process = subprocess.Popen(
            command, cwd=ROOT, env=tool_env(course, gradebook), stdout=output, stderr=subprocess.STDOUT
        )
        memory = TreeMemory(process.pid)
        code = process.wait()
        seconds = time.monotonic() - started
    peak_rss, peak_pss = memory.stop()
    return {"seconds": seconds, "peak_rss_mb": peak_rss, "peak_pss_mb": peak_pss, "code": code}


def scores(course: Path, students, gradebook_url: str = "") -> dict[str, float | None]:
    from nbgrader.api import Gradebook, MissingEntry

    found = {}
    with Gradebook(gradebook_url or f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        for student in students:
            try:
                found[student] = gradebook.find_submission(ASSIGNMENT, student).score
            except MissingEntry:
                found[student] = None
    return found


@contextlib.contextmanager
def postgres_gradebook(work: Path):
    """A private PostgreSQL server (hub/postgres.sh) for the run, with an empty database: its URL, or "" when
    PostgreSQL is not installed here."""
    if not list(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl")):
        yield ""
        return
    folder = work / "postgres"
    folder.mkdir(mode=0o755)
    os.chmod(work, 0o755)  # the server runs as the postgres account
    env = {
        **os.environ,
        "CAIRE_PG_DATA": str(folder / "data"),
        "CAIRE_PG_SOCKET": str(folder / "socket"),
        "CAIRE_PG_PORT": "5499",
    }
    script = str(ROOT / "hub" / "postgres.sh")
    subprocess.run([script, "start"], env=env, check=True, capture_output=True)
    try:
        subprocess.run(
            [
                "psql",
                "-X",
                "-q",
                "-h",
                env["CAIRE_PG_SOCKET"],
                "-p",
                "5499",
                "-d",
                "postgres",
                "-c",
                "CREATE DATABASE bench",
            ],
            check=True,
            capture_output=True,
        )
        yield f"postgresql:///bench?host={env['CAIRE_PG_SOCKET']}&port=5499"
    finally:
        subprocess.run([script, "stop"], env=env, capture_output=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=200, help="submissions (default 200)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="our grader's --jobs (default: cores)")
    parser.add_argument("--seed", type=int, default=1, help="which mix of answers (default 1)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary courses and print where they are")
    parser.add_argument("--no-postgres", action="store_true", help="skip the run with a PostgreSQL gradebook")
    args = parser.parse_args(argv)
    if os.geteuid() != 0:
        parser.error("run it as root: the sandboxed grader needs root")

    work = Path(tempfile.mkdtemp(prefix="caire-grading-bench-"))
    with contextlib.ExitStack() as stack:
        pg_url = "" if args.no_postgres else stack.enter_context(postgres_gradebook(work))
        return _compare(args, work, pg_url)


def _compare(args, work: Path, pg_url: str) -> int:
    try:
        stock, ours = work / "stock", work / "ours"
        stock.mkdir()
        generated = subprocess.run(
            ["nbgrader", "generate_assignment", ASSIGNMENT, "--force"],
            cwd=ROOT,
            env=tool_env(stock),
            capture_output=True,
            text=True,
        )
        if generated.returncode != 0:
            print(generated.stdout, generated.stderr, file=sys.stderr)
            return 1
        shutil.copytree(stock, ours)  # the same generated assignment and (empty) gradebook
        postgres = work / "postgres-course"
        if pg_url:  # the same files; the generated assignment recorded in the PostgreSQL gradebook
            shutil.copytree(stock, postgres)
            (postgres / "gradebook.db").unlink()
            recorded = subprocess.run(
                ["nbgrader", "generate_assignment", ASSIGNMENT, "--force"], cwd=ROOT, env=tool_env(postgres, pg_url),
                capture_output=True, text=True,
            )  # fmt: skip
            if recorded.returncode != 0:
                print(recorded.stdout, recorded.stderr, file=sys.stderr)
                return 1
        released = nbformat.read(stock / "release" / ASSIGNMENT / NOTEBOOK, as_version=4)
        answers_of = submissions(args.n, args.seed)
        for course in (stock, ours, postgres) if pg_url else (stock, ours):
            write_course(course, released, answers_of)
        kinds = {}
        for student in answers_of:
            kinds[student.split("-", 1)[1]] = kinds.get(student.split("-", 1)[1], 0) + 1
        print(f"{args.n} submissions of {ASSIGNMENT}: {kinds}; {os.cpu_count()} cores", flush=True)

        print("stock: nbgrader autograde ...", flush=True)
        stock_run = run_grader(["nbgrader", "autograde", ASSIGNMENT, "--create"], stock, work / "stock.log")
        print(f"ours: python -m autograder grade --jobs {args.jobs} ...", flush=True)
        ours_run = run_grader(
            [sys.executable, "-m", "autograder", "grade", ASSIGNMENT, "--jobs", str(args.jobs)], ours, work / "ours.log"
        )

        runs = {"stock": stock_run, "ours": ours_run}
        stock_scores, our_scores = scores(stock, answers_of), scores(ours, answers_of)
        differences = {
            student: (stock_scores[student], our_scores[student])
            for student in answers_of
            if stock_scores[student] != our_scores[student]
        }
        if pg_url:
            print(f"ours, PostgreSQL gradebook: python -m autograder grade --jobs {args.jobs} ...", flush=True)
            runs["postgres"] = run_grader(
                [sys.executable, "-m", "autograder", "grade", ASSIGNMENT, "--jobs", str(args.jobs)],
                postgres,
                work / "postgres.log",
                pg_url,
            )
            pg_scores = scores(postgres, answers_of, pg_url)
            differences.update(
                {
                    student: (stock_scores[student], pg_scores[student])
                    for student in answers_of
                    if stock_scores[student] != pg_scores[student]
                }
            )
        for name, run in runs.items():
            print(
                f"{name:>8}: {run['seconds']:7.1f} s, {run['seconds'] / args.n:6.3f} s/submission, "
                f"peak RSS (sum over the process tree) {run['peak_rss_mb']:7.0f} MiB, "
                f"peak PSS {run['peak_pss_mb']:7.0f} MiB, exit code {run['code']}"
            )
        ratio = stock_run["seconds"] / ours_run["seconds"]
        print(f"ratio stock / ours: {ratio:.1f}")
        if differences:
            print(f"{len(differences)} students scored differently (stock, ours):")
            for student, (was, now) in sorted(differences.items()):
                print(f"  {student}: {was} vs {now}")
        else:
            print(f"same score for all {args.n} students")
        for name, run in runs.items():
            if run["code"] != 0:
                print(f"{name} exited {run['code']}; last lines of its log:", file=sys.stderr)
                print("\n".join((work / f"{name}.log").read_text(errors="replace").splitlines()[-15:]), file=sys.stderr)
        if args.keep:
            print(f"courses kept in {work}")
        print(
            json.dumps(
                {
                    "stock_s_per_sub": round(stock_run["seconds"] / args.n, 3),
                    "ours_s_per_sub": round(ours_run["seconds"] / args.n, 3),
                    "ratio": round(ratio, 2),
                    "peak_rss_mb": round(ours_run["peak_rss_mb"]),
                    "n": args.n,
                    "same_scores": not differences,
                    "stock_peak_rss_mb": round(stock_run["peak_rss_mb"]),
                    "peak_pss_mb": round(ours_run["peak_pss_mb"]),
                    "stock_peak_pss_mb": round(stock_run["peak_pss_mb"]),
                    "jobs": args.jobs,
                    "postgres_s_per_sub": round(runs["postgres"]["seconds"] / args.n, 3) if pg_url else None,
                    "postgres_vs_sqlite": round(runs["postgres"]["seconds"] / ours_run["seconds"], 2)
                    if pg_url
                    else None,
                }
            )
        )
        return 0 if not differences and all(run["code"] == 0 for run in runs.values()) else 1
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
