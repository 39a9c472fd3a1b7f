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

from autograder.judge import Judge, Verdict, answer_names, prelude_of
from autograder.sandbox import Limits

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
    """What happened to one submission."""

    student: str
    status: str = "graded"
    message: str = ""
    notes: list = field(default_factory=list)
    score: float | None = None
    max_score: float | None = None
    fingerprint: str = ""
    seconds: float = 0.0


# --- reading the course --------------------------------------------------------------------------------


def load_coursedir(course: str | None):
    """nbgrader's CourseDirectory, configured by the repository's nbgrader_config.py."""
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


def read_journal(path: Path) -> dict[str, dict]:
    """The last line recorded for each student (a line cut by a crash is ignored)."""
    done = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                entry = json.loads(line)
                done[entry["student"]] = entry
            except (ValueError, KeyError, TypeError):
                continue
    return done


def append_journal(path: Path, result: Result) -> None:
    with path.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(asdict(result)) + "\n")
        handle.flush()
        os.fsync(handle.fileno())


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


def inspect_submission(folder: Path, source: SourceNotebook):
    """(notebook, None) if gradable, else (None, Result-with-status). Notes extra files."""
    import nbformat

    notebooks = sorted(folder.glob("*.ipynb"))
    notes = [
        f"extra file: {p.name}"
        for p in sorted(folder.iterdir())
        if p.is_file() and p.suffix != ".ipynb" and p.name != "timestamp.txt"
    ]
    expected = folder / source.name
    if not expected.exists():
        status = "renamed_notebook" if notebooks else "missing_notebook"
        found = ", ".join(p.name for p in notebooks)
        return None, status, (STATUSES[status] + (f" (found {found}, expected {source.name})" if found else "")), notes
    if expected.stat().st_size > MAX_NOTEBOOK_MB * 2**20:
        return None, "too_large", STATUSES["too_large"], notes
    try:
        raw = json.loads(expected.read_text(encoding="utf-8", errors="replace"))
    except ValueError as problem:
        return None, "invalid_json", f"{STATUSES['invalid_json']} ({problem})", notes
    if not isinstance(raw, dict) or not isinstance(raw.get("nbformat"), int) or raw["nbformat"] < 4:
        return None, "old_nbformat", STATUSES["old_nbformat"], notes
    try:
        notebook = nbformat.reads(json.dumps(raw), as_version=4)
        nbformat.validate(notebook)
    except Exception as problem:
        return None, "invalid_json", f"{STATUSES['invalid_json']} (not a valid notebook: {str(problem)[:200]})", notes
    ids = [cell.get("metadata", {}).get("nbgrader", {}).get("grade_id") for cell in notebook.cells]
    if not set(ids) & set(source.tests):
        return None, "missing_metadata", STATUSES["missing_metadata"], notes
    return notebook, None, "", notes


def plan_steps(notebook, source: SourceNotebook) -> tuple[list, dict, list]:
    """Sandbox steps (code to run, snapshots at test cells), the step of each code cell, and notes."""
    counts: dict[str, int] = {}
    for cell in notebook.cells:
        grade_id = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")
        if grade_id in source.tests:
            counts[grade_id] = counts.get(grade_id, 0) + 1
    notes = [f"test cell {gid} was deleted: it earns nothing" for gid in source.tests if counts.get(gid, 0) == 0]
    notes += [f"test cell {gid} appears {n} times: it earns nothing" for gid, n in counts.items() if n > 1]
    steps, step_of_cell = [], {}
    for index, cell in enumerate(notebook.cells):
        if cell.cell_type != "code":
            continue
        grade_id = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")
        if grade_id in source.tests:
            if counts[grade_id] == 1:
                step_of_cell[index] = len(steps)
                steps.append({"snapshot": grade_id, "names": answer_names(source.tests[grade_id], source.prelude)})
            continue
        if cell.source.strip():
            step_of_cell[index] = len(steps)
            steps.append({"code": cell.source})
    return steps, step_of_cell, notes


# --- nbgrader's converter, with our verdicts in place of its kernel -------------------------------------

#: student id -> {"outputs": {cell index: outputs}, "verdicts": {grade_id: Verdict}, "excluded": set}
PREPARED: dict[str, dict] = {}


def _judged_execute_class():
    from nbgrader.preprocessors import NbGraderPreprocessor

    class JudgedExecute(NbGraderPreprocessor):
        """Stands where nbgrader's Execute stands: outputs from the sandbox, test results from the judge."""

        def preprocess(self, nb, resources):
            prepared = PREPARED[resources["nbgrader"]["student"]]
            for index, cell in enumerate(nb.cells):
                if cell.cell_type != "code":
                    continue
                grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
                if cell.metadata.get("nbgrader", {}).get("grade") and not cell.metadata.nbgrader.get("solution"):
                    verdict = prepared["verdicts"].get(grade_id)
                    if verdict is None:
                        verdict = Verdict(False, "GradingError", "this test cell was deleted or duplicated: no point")
                    cell.outputs = [] if verdict.passed else [_error(verdict.ename, verdict.evalue)]
                else:
                    cell.outputs = [_output(raw) for raw in prepared["outputs"].get(index, [])]
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


def record_with_nbgrader(coursedir, config, assignment: str, student: str) -> tuple[float, float]:
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

    settings = Config(config)
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
        _judged_execute_class(),
        IgnorePattern,
        ClearMetadataPreprocessor,
        LimitOutput,
        SaveAutoGrades,
        AssignLatePenalties,
        CheckCellMetadata,
    ]
    coursedir.assignment_id, coursedir.student_id = assignment, student
    converter = Autograde(coursedir=coursedir, config=settings)
    converter.start()
    with Gradebook(coursedir.db_url, coursedir.course_id) as gradebook:
        submission = gradebook.find_submission(assignment, student)
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
    started = time.monotonic()
    coursedir, config = load_coursedir(course)
    root = Path(coursedir.root)
    sources = sorted(Path(coursedir.format_path(coursedir.source_directory, ".", assignment)).glob("*.ipynb"))
    if len(sources) != 1:
        raise FileNotFoundError(
            f"assignment {assignment!r} must have exactly one source notebook; found {len(sources)}"
            f" in {coursedir.format_path(coursedir.source_directory, '.', assignment)}"
        )
    source = read_source(sources[0])
    submitted = Path(coursedir.root) / coursedir.submitted_directory
    folders = (
        sorted(p / assignment for p in submitted.glob("*") if (p / assignment).is_dir()) if submitted.is_dir() else []
    )
    runs = root / "autograder-runs" / assignment
    runs.mkdir(parents=True, exist_ok=True)
    os.chmod(root / "autograder-runs", 0o700)
    journal_path = runs / "journal.jsonl"
    journal = read_journal(journal_path)
    jobs = max(1, jobs or os.cpu_count() or 1)

    # Generate the assignment in the gradebook if needed (nbgrader's own command does it from the source).
    from nbgrader.api import Gradebook

    with Gradebook(coursedir.db_url, coursedir.course_id) as gradebook:
        try:
            gradebook.find_assignment(assignment)
        except Exception:
            raise RuntimeError(
                f"assignment {assignment!r} is not in the gradebook: run "
                f"`nbgrader generate_assignment {assignment}` first"
            ) from None

    results: list[Result] = []
    todo = []
    for folder in folders:
        student = folder.parent.name
        print_ = fingerprint(folder)
        previous = journal.get(student)
        autograded = Path(coursedir.format_path(coursedir.autograded_directory, student, assignment))
        kept = (
            previous
            and previous.get("fingerprint") == print_
            and (
                (previous.get("status") == "graded" and autograded.exists()) or previous.get("status") in FILE_STATUSES
            )
        )
        if kept and not regrade:
            results.append(Result(**{**previous, "notes": previous.get("notes", []) + ["kept from an earlier run"]}))
            continue
        todo.append((student, folder, print_))

    bar = Progress(len(todo), progress and sys.stderr.isatty())
    runnable = []
    for student, folder, print_ in todo:
        notebook, status, message, notes = inspect_submission(folder, source)
        if notebook is None:
            result = Result(student, status, message, notes, fingerprint=print_)
            append_journal(journal_path, result)
            results.append(result)
            bar.step(result)
            continue
        steps, step_of_cell, cell_notes = plan_steps(notebook, source)
        runnable.append((student, print_, notes + cell_notes, steps, step_of_cell))

    if runnable:
        preload = COMMON_PRELOAD + prelude_modules(source.prelude) + (["torch"] if source.imports_torch else [])
        judge = Judge(source.prelude, source.language)
        with tempfile.TemporaryDirectory(prefix="caire-grading-") as workspace:
            os.chmod(workspace, 0o700)
            zygote = Zygote(preload, limits, Path(workspace))
            try:
                results += _run_all(
                    zygote, judge, runnable, source, jobs, coursedir, config, assignment, journal_path, bar, limits
                )
            finally:
                zygote.close()

    summary = {
        "assignment": assignment,
        "submissions": len(results),
        "graded_now": len(todo),
        "statuses": {
            status: sum(r.status == status for r in results) for status in sorted({r.status for r in results})
        },
        "seconds": round(time.monotonic() - started, 2),
        "jobs": jobs,
        "results": [asdict(r) for r in sorted(results, key=lambda r: r.student)],
    }
    (runs / "summary.json").write_text(json.dumps(summary, indent=1))
    return summary


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


def _run_all(zygote, judge, runnable, source, jobs, coursedir, config, assignment, journal_path, bar, limits):
    results, free_slots, pending, queue = [], list(range(jobs)), {}, list(runnable)
    while queue or pending:
        while queue and free_slots:
            student, print_, notes, steps, step_of_cell = queue.pop(0)
            slot = free_slots.pop(0)
            key = f"s{len(pending)}_{slot}_{hashlib.sha1(student.encode()).hexdigest()[:8]}"
            pending[key] = (student, print_, notes, step_of_cell, slot)
            zygote.submit(key, slot, steps)
        outcome = zygote.next_done()
        student, print_, notes, step_of_cell, slot = pending.pop(outcome["key"])
        free_slots.append(slot)
        result = _finish(
            outcome, student, print_, notes, step_of_cell, judge, source, coursedir, config, assignment, limits
        )
        append_journal(journal_path, result)
        results.append(result)
        bar.step(result)
    return results


def _finish(
    outcome, student, print_, notes, step_of_cell, judge, source, coursedir, config, assignment, limits
) -> Result:
    result = Result(student, fingerprint=print_, notes=list(notes), seconds=round(outcome.get("seconds", 0.0), 3))
    if outcome["status"] == "sandbox_error":
        result.status, result.message = "sandbox_error", f"{STATUSES['sandbox_error']} ({outcome['message']})"
        return result
    if outcome["status"] != "ok":
        result.notes.append(f"the notebook's run ended early: {outcome['message']}")
    for step in outcome.get("timed_out_steps", []):
        result.notes.append(f"a cell was stopped after {limits.cell_seconds:g} s (step {step})")
    verdicts = {}
    for grade_id, answers in outcome.get("snapshots", {}).items():
        if grade_id in source.tests:
            verdicts[grade_id] = judge.run(source.tests[grade_id], answers)
    outputs = {cell: outcome["outputs"].get(str(step), []) for cell, step in step_of_cell.items()}
    PREPARED[student] = {"outputs": outputs, "verdicts": verdicts}
    try:
        result.score, result.max_score = record_with_nbgrader(coursedir, config, assignment, student)
        result.message = f"{result.score:g} / {result.max_score:g}"
    except Exception as problem:
        result.status, result.message = (
            "grading_error",
            f"{STATUSES['grading_error']} ({type(problem).__name__}: {problem})",
        )
    finally:
        PREPARED.pop(student, None)
    return result
