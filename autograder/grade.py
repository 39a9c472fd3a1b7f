"""Grade every submission of an assignment: sandboxed, parallel, resumable, into nbgrader's gradebook.

    python -m autograder grade ASSIGNMENT [--course DIR] [--jobs N] [--memory-mb 1024] ...

1. Each submission in nbgrader's ``submitted/`` folder is checked as a file (JSON, nbformat, nbgrader
   metadata, notebook name, size); a bad one gets its own status and message, and the rest go on.
2. Its grade cells are compared with the source notebook's: a deleted or duplicated test cell earns
   nothing and is reported; the test code always comes from the source, never from the student.
3. Its code runs in a sandbox forked from a warm zygote (``autograder.sandbox``), ``--jobs`` at a time,
   which hands back plain data; the tests judge that data in this clean process (``autograder.judge``).
4. nbgrader's own Autograde converter then writes the autograded notebook and the gradebook (locked
   cells restored, checksums, late penalties), with our verdicts in place of its kernel execution, so
   formgrader, ``nbgrader export`` and ``generate_feedback`` work as usual.
5. A journal (``<course>/autograder-runs/<assignment>/journal.jsonl``, one line per finished
   submission, flushed to disk) makes a killed run resumable: a rerun grades only what is left.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from autograder.judge import Judge, Verdict
from autograder.sandbox import Limits
from caire.answer_cells import answer_names, prelude_of

if TYPE_CHECKING:
    from nbgrader.coursedir import CourseDirectory
    from traitlets.config import Config

#: A submitted notebook larger than this is refused (outputs are cleared before grading anyway).
MAX_NOTEBOOK_MB = 20
#: Modules the zygote imports once for every assignment (what most notebooks of the course use).
COMMON_PRELOAD = ["numpy", "pandas", "matplotlib", "matplotlib.pyplot", "sklearn", "ipywidgets", "caire"]

# Statuses a submission can end with, and what each means for the trainer.
STATUSES = {
    "graded": "graded",
    "invalid_json": "the notebook file is not valid JSON (damaged or not a notebook): not graded",
    "old_nbformat": "the notebook was saved in an old format (nbformat < 4): open and save it in JupyterLab, then regrade",
    "missing_metadata": "the notebook has none of the assignment's nbgrader cells (e.g. answers pasted into a new notebook): not graded",
    "missing_notebook": "the submission has no notebook: not graded",
    "renamed_notebook": "the notebook was renamed: not graded (rename it back to grade it)",
    "too_large": f"the notebook is larger than {MAX_NOTEBOOK_MB} MB: not graded",
    "sandbox_error": "the sandbox could not run this submission: not graded",
    "grading_error": "nbgrader could not record this submission: not graded",
}


#: Statuses that depend only on the submitted file: a rerun keeps them until the file changes.
FILE_STATUSES = {
    "invalid_json",
    "old_nbformat",
    "missing_metadata",
    "missing_notebook",
    "renamed_notebook",
    "too_large",
}


@dataclass
class Result:
    """What happened to one submission: one line of the journal, one entry of the summary."""

    student: str
    status: str = "graded"
    message: str = ""
    notes: list = field(default_factory=list)
    score: float | None = None
    max_score: float | None = None
    fingerprint: str = ""
    seconds: float = 0.0


# --- the journal ---------------------------------------------------------------------------------------


@dataclass
class Journal:
    """``journal.jsonl``: one line per finished submission, flushed to disk, so that a killed run resumes.

    ``earlier`` holds the last line recorded for each student when this run began.
    """

    path: Path
    earlier: dict[str, dict] = field(default_factory=dict)

    @classmethod
    def read(cls, path: Path) -> Journal:
        """The journal at ``path`` (none yet: an empty one); a line cut by a crash is ignored."""
        earlier = {}
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                try:
                    entry = json.loads(line)
                    earlier[entry["student"]] = entry
                except (ValueError, KeyError, TypeError):
                    continue
        return cls(path, earlier)

    def append(self, result: Result) -> None:
        """Add ``result`` as one line, on a line of its own even after a line a kill cut short."""
        with self.path.open("a+b") as handle:
            cut_short = False
            if handle.seek(0, os.SEEK_END) > 0:
                handle.seek(-1, os.SEEK_END)
                cut_short = handle.read(1) != b"\n"
            handle.write((b"\n" if cut_short else b"") + json.dumps(asdict(result)).encode("utf-8") + b"\n")
            handle.flush()
            os.fsync(handle.fileno())

    def kept(self, submission: Submission, autograded: Path) -> Result | None:
        """The earlier result of this submission's student if it still holds, else None (to grade).

        It holds while the submitted files are the same, and it was either graded (its ``autograded``
        folder still there) or refused for what the file is (FILE_STATUSES); a sandbox or nbgrader error
        is tried again.
        """
        previous = self.earlier.get(submission.student)
        if not previous or previous.get("fingerprint") != submission.fingerprint:
            return None
        status = previous.get("status")
        if not ((status == "graded" and autograded.exists()) or status in FILE_STATUSES):
            return None
        return Result(**{**previous, "notes": previous.get("notes", []) + ["kept from an earlier run"]})


# --- reading the course --------------------------------------------------------------------------------


def load_coursedir(course: str | None):
    """nbgrader's CourseDirectory, configured by the repository's nbgrader_config.py, and that config."""
    from nbgrader.coursedir import CourseDirectory
    from traitlets.config.loader import PyFileConfigLoader

    if course:
        os.environ["CAIRE_COURSE_DIR"] = str(Path(course).resolve())
    repository = Path(__file__).resolve().parent.parent
    config = PyFileConfigLoader("nbgrader_config.py", path=str(repository)).load_config()
    return CourseDirectory(config=config), config


def fingerprint(folder: Path) -> str:
    """A digest of every file of a submission: a resubmission changes it, a rerun does not."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(folder)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


@dataclass
class SourceNotebook:
    name: str
    tests: dict  # grade_id -> test source (test cells: grade and not solution)
    prelude: str
    language: str | None
    imports_torch: bool


def read_source(path: Path) -> SourceNotebook:
    import nbformat

    notebook = nbformat.read(path, as_version=4)
    code = [cell.source for cell in notebook.cells if cell.cell_type == "code"]
    tests = {}
    for cell in notebook.cells:
        meta = cell.metadata.get("nbgrader", {})
        if cell.cell_type == "code" and meta.get("grade") and not meta.get("solution"):
            tests[meta["grade_id"]] = cell.source
    prelude = prelude_of(
        [
            cell.source
            for cell in notebook.cells
            if cell.cell_type == "code" and not cell.metadata.get("nbgrader", {}).get("solution")
        ]
    )
    language = notebook.metadata.get("caire", {}).get("language")
    return SourceNotebook(path.name, tests, prelude, language, any("torch" in source for source in code))


# --- checking one submission as a file ------------------------------------------------------------------


@dataclass
class Plan:
    """What the sandbox runs for one gradable notebook."""

    steps: list[dict]  # in order: {"code": source} or {"snapshot": grade_id, "names": [names the test reads]}
    step_of_cell: dict[int, int]  # index of a code cell in the notebook -> the step whose outputs it shows
    notes: list[str]  # deleted or duplicated test cells


@dataclass
class Submission:
    """One student's folder in nbgrader's ``submitted/``."""

    student: str
    folder: Path
    fingerprint: str
    notes: list[str] = field(default_factory=list)  # for the trainer: extra files
    plan: Plan | None = None  # once its notebook reads: what the sandbox runs


class NotGradable(Exception):
    """A submitted file that cannot be graded: its status (one of FILE_STATUSES) and message."""

    def __init__(self, status: str, message: str | None = None):
        self.status, self.message = status, message or STATUSES[status]
        super().__init__(self.message)


def extra_files(folder: Path) -> list[str]:
    """A note for each file of a submission that is not a notebook (nbgrader's timestamp aside)."""
    return [
        f"extra file: {p.name}"
        for p in sorted(folder.iterdir())
        if p.is_file() and p.suffix != ".ipynb" and p.name != "timestamp.txt"
    ]


def grade_id_of(cell) -> str | None:
    """A submitted cell's nbgrader grade id, or None: a cell's metadata is the student's, of any JSON type."""
    metadata = cell.get("metadata") if isinstance(cell, dict) else None
    nbgrader = metadata.get("nbgrader") if isinstance(metadata, dict) else None
    grade_id = nbgrader.get("grade_id") if isinstance(nbgrader, dict) else None
    return grade_id if isinstance(grade_id, str) else None


def inspect_submission(folder: Path, source: SourceNotebook):
    """The submission's notebook, read and validated; raises NotGradable if it cannot be graded."""
    import nbformat

    notebooks = sorted(folder.glob("*.ipynb"))
    expected = folder / source.name
    if not expected.exists():
        status = "renamed_notebook" if notebooks else "missing_notebook"
        found = ", ".join(p.name for p in notebooks)
        raise NotGradable(status, STATUSES[status] + (f" (found {found}, expected {source.name})" if found else ""))
    if expected.stat().st_size > MAX_NOTEBOOK_MB * 2**20:
        raise NotGradable("too_large")
    try:
        raw = json.loads(expected.read_text(encoding="utf-8", errors="replace"))
    except ValueError as problem:
        raise NotGradable("invalid_json", f"{STATUSES['invalid_json']} ({problem})") from None
    if not isinstance(raw, dict) or not isinstance(raw.get("nbformat"), int) or raw["nbformat"] < 4:
        raise NotGradable("old_nbformat")
    try:
        notebook = nbformat.reads(json.dumps(raw), as_version=4)
        nbformat.validate(notebook)
    except Exception as problem:
        message = f"{STATUSES['invalid_json']} (not a valid notebook: {str(problem)[:200]})"
        raise NotGradable("invalid_json", message) from None
    ids = [grade_id_of(cell) for cell in notebook.cells]
    if not set(ids) & set(source.tests):
        raise NotGradable("missing_metadata")
    return notebook


def plan_steps(notebook, source: SourceNotebook) -> Plan:
    """Sandbox steps (code to run, snapshots at test cells), the step of each code cell, and notes."""
    counts: dict[str, int] = {}
    for cell in notebook.cells:
        grade_id = grade_id_of(cell)
        if grade_id in source.tests:
            counts[grade_id] = counts.get(grade_id, 0) + 1
    notes = [f"test cell {gid} was deleted: it earns nothing" for gid in source.tests if counts.get(gid, 0) == 0]
    notes += [f"test cell {gid} appears {n} times: it earns nothing" for gid, n in counts.items() if n > 1]
    steps, step_of_cell = [], {}
    for index, cell in enumerate(notebook.cells):
        if cell.cell_type != "code":
            continue
        grade_id = grade_id_of(cell)
        if grade_id in source.tests:
            if counts[grade_id] == 1:
                step_of_cell[index] = len(steps)
                steps.append({"snapshot": grade_id, "names": answer_names(source.tests[grade_id], source.prelude)})
            continue
        if cell.source.strip():
            step_of_cell[index] = len(steps)
            steps.append({"code": cell.source})
    return Plan(steps, step_of_cell, notes)


# --- nbgrader's converter, with our verdicts in place of its kernel -------------------------------------


def _judged_execute_class(outputs: dict[int, list], verdicts: dict[str, Verdict]):
    """nbgrader's Execute for one submission: ``outputs`` by code cell index, ``verdicts`` by grade_id."""
    from nbgrader.preprocessors import NbGraderPreprocessor

    class JudgedExecute(NbGraderPreprocessor):
        """Stands where nbgrader's Execute stands: outputs from the sandbox, test results from the judge."""

        def preprocess(self, nb, resources):
            for index, cell in enumerate(nb.cells):
                if cell.cell_type != "code":
                    continue
                grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
                if cell.metadata.get("nbgrader", {}).get("grade") and not cell.metadata.nbgrader.get("solution"):
                    verdict = verdicts.get(grade_id)
                    if verdict is None:
                        verdict = Verdict(False, "GradingError", "this test cell was deleted or duplicated: no point")
                    cell.outputs = [] if verdict.passed else [_error(verdict.ename, verdict.evalue)]
                else:
                    cell.outputs = [_output(raw) for raw in outputs.get(index, [])]
                cell.execution_count = None
            return nb, resources

    return JudgedExecute


def _drop_duplicate_ids_class():
    from nbgrader.preprocessors import DeduplicateIds

    class DropDuplicateIds(DeduplicateIds):
        """nbgrader's DeduplicateIds leaves ``nbgrader: {}`` on all but the last copy of a cell, which its own
        metadata check then refuses, failing the whole submission (nbgrader #981): here they become plain cells."""

        def preprocess_cell(self, cell, resources, index):
            cell, resources = super().preprocess_cell(cell, resources, index)
            if cell.metadata.get("nbgrader") == {}:
                del cell.metadata["nbgrader"]
            return cell, resources

    return DropDuplicateIds


def _error(ename: str, evalue: str):
    from nbformat.v4 import new_output

    return new_output("error", ename=ename or "Error", evalue=evalue, traceback=[f"{ename}: {evalue}"])


def _output(raw: dict):
    from nbformat.v4 import new_output

    kind = raw.get("output_type")
    if kind == "stream":
        return new_output("stream", name=raw.get("name", "stdout"), text=str(raw.get("text", "")))
    if kind == "error":
        return new_output(
            "error",
            ename=str(raw.get("ename", "Error")),
            evalue=str(raw.get("evalue", "")),
            traceback=[str(t) for t in raw.get("traceback", [])],
        )
    data = raw.get("data") if isinstance(raw.get("data"), dict) else {}
    return new_output("display_data", data={"text/plain": str(data.get("text/plain", ""))})


def record_with_nbgrader(
    run: Run, student: str, outputs: dict[int, list], verdicts: dict[str, Verdict]
) -> tuple[float, float]:
    """Run nbgrader's Autograde converter for one student; return (score, max_score) from the gradebook."""
    from nbconvert.preprocessors import ClearMetadataPreprocessor
    from nbgrader.api import Gradebook
    from nbgrader.converters import Autograde
    from nbgrader.preprocessors import (
        AssignLatePenalties,
        CheckCellMetadata,
        ClearOutput,
        IgnorePattern,
        LimitOutput,
        OverwriteCells,
        OverwriteKernelspec,
        SaveAutoGrades,
    )
    from traitlets.config import Config

    settings = Config(run.config)
    settings.Autograde.create_student = True
    # Our journal decides what needs grading; nbgrader's own "skip what already has an autograded folder"
    # would keep a half-written folder from a killed run, or an old result on --regrade.
    settings.Autograde.force = True
    settings.Autograde.sanitize_preprocessors = [
        ClearOutput,
        _drop_duplicate_ids_class(),
        OverwriteKernelspec,
        OverwriteCells,
        CheckCellMetadata,
    ]
    settings.Autograde.autograde_preprocessors = [
        _judged_execute_class(outputs, verdicts),
        IgnorePattern,
        ClearMetadataPreprocessor,
        LimitOutput,
        SaveAutoGrades,
        AssignLatePenalties,
        CheckCellMetadata,
    ]
    coursedir = run.coursedir
    coursedir.assignment_id, coursedir.student_id = run.assignment, student
    converter = Autograde(coursedir=coursedir, config=settings)
    converter.start()
    with Gradebook(coursedir.db_url, coursedir.course_id) as gradebook:
        submission = gradebook.find_submission(run.assignment, student)
        return float(submission.score), float(submission.max_score)


# --- the zygote, from the coordinator's side -----------------------------------------------------------


class Zygote:
    """The warm process that forks sandboxes; ``run`` streams finished outcomes as they come."""

    def __init__(self, preload: list[str], limits: Limits, workspace: Path):
        self.results = workspace / "results"
        self.results.mkdir(parents=True)
        (workspace / "roots").mkdir()
        settings = {
            "preload": preload,
            "limits": asdict(limits),
            "roots": str(workspace / "roots"),
            "results": str(self.results),
        }
        self.process = subprocess.Popen(
            [sys.executable, "-m", "autograder.sandbox", json.dumps(settings)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=str(Path(__file__).resolve().parent.parent),
        )
        for line in self.process.stdout:
            message = json.loads(line)
            if message.get("ready"):
                break
        else:
            raise RuntimeError("the grading sandbox did not start (is this Linux, run as root?)")

    def submit(self, key: str, slot: int, steps: list) -> None:
        job = self.results / f"{key}.job"  # the code goes by file: see zygote_main
        job.write_text(json.dumps({"key": key, "slot": slot, "steps": steps}))
        self.process.stdin.write(json.dumps({"key": key}) + "\n")
        self.process.stdin.flush()

    def next_done(self) -> dict:
        for line in self.process.stdout:
            message = json.loads(line)
            if "done" in message:
                path = self.results / f"{message['done']}.json"
                outcome = json.loads(path.read_text())
                path.unlink()
                return outcome
        raise RuntimeError("the grading sandbox stopped unexpectedly")

    def close(self) -> None:
        try:
            self.process.stdin.close()
            self.process.wait(timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            self.process.kill()


# --- the whole run -------------------------------------------------------------------------------------


@dataclass
class Run:
    """One run of the grader over one assignment: all that the coordinator's steps share."""

    assignment: str
    coursedir: CourseDirectory  # nbgrader's, configured by the repository's nbgrader_config.py
    config: Config  # that configuration, for nbgrader's Autograde converter
    source: SourceNotebook
    limits: Limits
    jobs: int  # submissions in sandboxes at once
    folder: Path  # <course>/autograder-runs/<assignment>: the journal and summary.json
    journal: Journal
    started: float  # time.monotonic() when the run began
    bar: Progress | None = None  # once the number of submissions to grade is known
    results: list[Result] = field(default_factory=list)  # so far: kept from the journal, then finished

    @classmethod
    def open(cls, assignment: str, course: str | None, jobs: int | None, limits: Limits) -> Run:
        """The course, the assignment's source notebook and this run's folder and journal."""
        started = time.monotonic()
        coursedir, config = load_coursedir(course)
        root = Path(coursedir.root)
        folder = coursedir.format_path(coursedir.source_directory, ".", assignment)
        sources = sorted(Path(folder).glob("*.ipynb"))
        if len(sources) != 1:
            raise FileNotFoundError(
                f"assignment {assignment!r} must have exactly one source notebook; found {len(sources)} in {folder}"
            )
        source = read_source(sources[0])
        runs = root / "autograder-runs" / assignment
        runs.mkdir(parents=True, exist_ok=True)
        os.chmod(root / "autograder-runs", 0o700)
        journal = Journal.read(runs / "journal.jsonl")
        jobs = max(1, jobs or os.cpu_count() or 1)
        return cls(assignment, coursedir, config, source, limits, jobs, runs, journal, started)

    def submissions(self) -> list[Submission]:
        """Every student's folder for this assignment in ``submitted/``, by student."""
        submitted = Path(self.coursedir.root) / self.coursedir.submitted_directory
        if not submitted.is_dir():
            return []
        folders = sorted(p / self.assignment for p in submitted.glob("*") if (p / self.assignment).is_dir())
        return [Submission(folder.parent.name, folder, fingerprint(folder)) for folder in folders]

    def autograded(self, student: str) -> Path:
        """Where nbgrader's Autograde writes this student's graded notebook."""
        return Path(self.coursedir.format_path(self.coursedir.autograded_directory, student, self.assignment))

    def record(self, result: Result) -> None:
        """A submission is finished: journal it (on disk before the next), keep it, move the bar."""
        self.journal.append(result)
        self.results.append(result)
        if self.bar:
            self.bar.step(result)

    def summary(self, graded_now: int) -> dict:
        """The run's summary, also written to ``summary.json``."""
        results = self.results
        summary = {
            "assignment": self.assignment,
            "submissions": len(results),
            "graded_now": graded_now,
            "statuses": {
                status: sum(r.status == status for r in results) for status in sorted({r.status for r in results})
            },
            "seconds": round(time.monotonic() - self.started, 2),
            "jobs": self.jobs,
            "results": [asdict(r) for r in sorted(results, key=lambda r: r.student)],
        }
        (self.folder / "summary.json").write_text(json.dumps(summary, indent=1))
        return summary


class Progress:
    def __init__(self, total: int, enabled: bool):
        self.total, self.done, self.enabled, self.started = total, 0, enabled, time.monotonic()

    def step(self, result: Result) -> None:
        self.done += 1
        if not self.enabled:
            return
        width = 30
        filled = int(width * self.done / max(self.total, 1))
        rate = (time.monotonic() - self.started) / self.done
        sys.stderr.write(
            f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} "
            f"{rate:.2f} s/submission  {result.student}: {result.status}".ljust(100)[:120]
        )
        if self.done == self.total:
            sys.stderr.write("\n")
        sys.stderr.flush()


def grade(
    assignment: str,
    course: str | None = None,
    jobs: int | None = None,
    limits: Limits | None = None,
    progress: bool = True,
    regrade: bool = False,
) -> dict:
    """Grade every submission of ``assignment``; return the run's summary (also written to disk)."""
    import warnings

    limits = limits or Limits()
    warnings.filterwarnings("ignore", message=".*not in session.*")  # nbgrader's own SQLAlchemy noise
    if os.geteuid() != 0:
        raise PermissionError("the sandbox needs root (namespaces, another uid): run the grader as root")
    run = Run.open(assignment, course, jobs, limits)

    # Generate the assignment in the gradebook if needed (nbgrader's own command does it from the source).
    from nbgrader.api import Gradebook

    with Gradebook(run.coursedir.db_url, run.coursedir.course_id) as gradebook:
        try:
            gradebook.find_assignment(assignment)
        except Exception:
            raise RuntimeError(
                f"assignment {assignment!r} is not in the gradebook: run "
                f"`nbgrader generate_assignment {assignment}` first"
            ) from None

    todo = []
    for submission in run.submissions():
        kept = None if regrade else run.journal.kept(submission, run.autograded(submission.student))
        if kept:
            run.results.append(kept)
        else:
            todo.append(submission)

    run.bar = Progress(len(todo), progress and sys.stderr.isatty())
    runnable = []
    for submission in todo:
        submission.notes = extra_files(submission.folder)
        try:
            notebook = inspect_submission(submission.folder, run.source)
        except NotGradable as refused:
            run.record(
                Result(
                    submission.student,
                    refused.status,
                    refused.message,
                    submission.notes,
                    fingerprint=submission.fingerprint,
                )
            )
            continue
        submission.plan = plan_steps(notebook, run.source)
        runnable.append(submission)

    if runnable:
        _grade_in_sandboxes(run, runnable)
    return run.summary(graded_now=len(todo))


def prelude_modules(prelude: str) -> list[str]:
    """Modules named by the assignment's import statements, to import once in the zygote."""
    import ast

    modules = []
    for node in ast.parse(prelude or "pass").body:
        if isinstance(node, ast.Import):
            modules += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            modules.append(node.module)
            modules += [f"{node.module}.{alias.name}" for alias in node.names]
    return modules


def _grade_in_sandboxes(run: Run, submissions: list[Submission]) -> None:
    """Run each submission's plan in a sandbox, ``run.jobs`` at a time; judge and record each as it ends."""
    source = run.source
    preload = COMMON_PRELOAD + prelude_modules(source.prelude) + (["torch"] if source.imports_torch else [])
    judge = Judge(source.prelude, source.language)
    with tempfile.TemporaryDirectory(prefix="caire-grading-") as workspace:
        os.chmod(workspace, 0o700)
        zygote = Zygote(preload, run.limits, Path(workspace))
        try:
            free_slots, queue = list(range(run.jobs)), list(submissions)
            pending: dict[str, tuple[Submission, int]] = {}  # key -> the submission, its slot
            while queue or pending:
                while queue and free_slots:
                    submission, slot = queue.pop(0), free_slots.pop(0)
                    key = f"s{len(pending)}_{slot}_{hashlib.sha1(submission.student.encode()).hexdigest()[:8]}"
                    pending[key] = (submission, slot)
                    zygote.submit(key, slot, submission.plan.steps)
                outcome = zygote.next_done()
                submission, slot = pending.pop(outcome["key"])
                free_slots.append(slot)
                run.record(_finish(run, judge, submission, outcome))
        finally:
            zygote.close()


def _finish(run: Run, judge: Judge, submission: Submission, outcome: dict) -> Result:
    """The result of one submission from its sandbox's outcome: verdicts, then nbgrader's gradebook."""
    plan = submission.plan
    result = Result(
        submission.student,
        fingerprint=submission.fingerprint,
        notes=submission.notes + plan.notes,
        seconds=round(outcome.get("seconds", 0.0), 3),
    )
    if outcome["status"] == "sandbox_error":
        result.status, result.message = "sandbox_error", f"{STATUSES['sandbox_error']} ({outcome['message']})"
        return result
    if outcome["status"] != "ok":
        result.notes.append(f"the notebook's run ended early: {outcome['message']}")
    for step in outcome.get("timed_out_steps", []):
        result.notes.append(f"a cell was stopped after {run.limits.cell_seconds:g} s (step {step})")
    verdicts = {}
    for grade_id, answers in outcome.get("snapshots", {}).items():
        if grade_id in run.source.tests:
            verdicts[grade_id] = judge.run(run.source.tests[grade_id], answers)
    outputs = {cell: outcome["outputs"].get(str(step), []) for cell, step in plan.step_of_cell.items()}
    try:
        result.score, result.max_score = record_with_nbgrader(run, submission.student, outputs, verdicts)
        result.message = f"{result.score:g} / {result.max_score:g}"
    except Exception as problem:
        result.status, result.message = (
            "grading_error",
            f"{STATUSES['grading_error']} ({type(problem).__name__}: {problem})",
        )
    return result
