"""Turn an app's widget answers into a real nbgrader submission, graded like a notebook.

The app fills the *released* student notebook of its assignment (the one nbgrader hands out, with no
solution in it): each answer cell gets ``variable = value``. On a hub with nbgrader's exchange the
notebook is submitted with ``nbgrader submit`` as the logged-in user, so the same grader and the same
hidden tests grade it into the same gradebook. Elsewhere (Binder) the filled notebook is offered as a
download.
"""

from __future__ import annotations

import copy
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from caire.answer_cells import answer_names, prelude_of
from caire.course import COURSE_ID, course_directory, exchange_directory


def _nbgrader(cell) -> dict:
    return cell.get("metadata", {}).get("nbgrader", {})


def answer_slots(notebook) -> dict[str, tuple[int, str]]:
    """For each test cell (by grade id): the answer cell before it and the one variable the test reads."""
    code = [cell.source for cell in notebook.cells if cell.cell_type == "code" and not _nbgrader(cell).get("solution")]
    prelude = prelude_of(code)
    slots, answer_cell = {}, None
    for index, cell in enumerate(notebook.cells):
        meta = _nbgrader(cell)
        if cell.cell_type != "code":
            continue
        if meta.get("solution") and not meta.get("grade"):
            answer_cell = index
        elif meta.get("grade") and answer_cell is not None:
            names = answer_names(cell.source, prelude)
            if len(names) == 1:
                slots[meta["grade_id"]] = (answer_cell, names[0])
    return slots


def text_slots(notebook) -> dict[str, int]:
    """For each open question (by its id): the markdown cell where the learner writes the answer, the one whose
    ``metadata.caire.answer_to`` names the question (the cell after the question's manually graded task cell)."""
    slots = {}
    for index, cell in enumerate(notebook.cells):
        question_id = cell.get("metadata", {}).get("caire", {}).get("answer_to")
        if cell.cell_type == "markdown" and isinstance(question_id, str):
            slots[question_id] = index
    return slots


def python_literal(value: object) -> str:
    """Source code for a widget's value: a number, a text, a truth value, or a set of texts."""
    if isinstance(value, bool) or value is None or isinstance(value, (int, str)):
        return repr(value)
    if isinstance(value, float):
        return repr(round(value, 10))
    if isinstance(value, (set, frozenset)):
        return "{" + ", ".join(sorted(python_literal(item) for item in value)) + "}" if value else "set()"
    if isinstance(value, (list, tuple)):
        items = ", ".join(python_literal(item) for item in value)
        return f"[{items}]" if isinstance(value, list) else f"({items}{',' if len(value) == 1 else ''})"
    raise TypeError(f"value must be a number, a text, or a set or list of those; got {type(value).__name__}")


def fill_answers(notebook, answers: dict[str, object]):
    """A copy of the released notebook with each answered question's answer cell set to its value: ``variable =
    value`` in a code cell, or the text itself in an open question's markdown cell."""
    slots, texts = answer_slots(notebook), text_slots(notebook)
    unknown = sorted(set(answers) - set(slots) - set(texts))
    if unknown:
        raise ValueError(f"answers name questions this notebook does not have: {', '.join(unknown)}")
    filled = copy.deepcopy(notebook)
    for question_id, value in answers.items():
        if question_id in texts:
            if not isinstance(value, str):
                raise TypeError(f"the answer to {question_id} must be a text; got {type(value).__name__}")
            filled.cells[texts[question_id]].source = value.strip() + "\n"
            continue
        index, variable = slots[question_id]
        filled.cells[index].source = f"{variable} = {python_literal(value)}\n"
    filled.metadata.setdefault("caire", {})["mode"] = "app"
    return filled


def released_notebook(assignment: str) -> Path | None:
    """The student version of ``assignment``: from the exchange, else from the course's release folder."""
    for folder in (
        exchange_directory() / COURSE_ID / "outbound" / assignment,
        course_directory() / "release" / assignment,
    ):
        notebooks = sorted(folder.glob("*.ipynb")) if folder.is_dir() else []
        if len(notebooks) == 1:
            return notebooks[0]
    return None


def submission_cache() -> Path:
    """Where nbgrader keeps a copy of each of this user's submissions to the course: its exchange's cache,
    ``$JUPYTER_DATA_DIR/nbgrader_cache/<course id>`` (``~/.local/share/jupyter/...`` by default)."""
    from jupyter_core.paths import jupyter_data_dir

    return Path(jupyter_data_dir()) / "nbgrader_cache" / COURSE_ID


def submitted_before(assignments, cache: Path | None = None) -> set[str]:
    """Which of ``assignments`` this user has already submitted through nbgrader's exchange.

    ``nbgrader submit`` copies each submission into the user's own cache as a folder
    ``<user>+<assignment>+<timestamp>`` (nbgrader's ExchangeSubmit): what the Submit button of an app sends
    goes there too. Only the user's own files are read; a missing cache means nothing was submitted."""
    wanted = set(assignments)
    folder = submission_cache() if cache is None else Path(cache)
    if not folder.is_dir():
        return set()
    found = set()
    for entry in folder.iterdir():
        parts = entry.name.split("+")
        if entry.is_dir() and len(parts) >= 3 and parts[1] in wanted:
            found.add(parts[1])
    return found


@dataclass(frozen=True)
class Submitted:
    """What happened: ``sent`` through the exchange, or ``download`` (the notebook's bytes), or ``error``."""

    kind: str
    message: str
    filename: str = ""
    content: bytes = b""


def submit_answers(assignment: str, answers: dict[str, object]) -> Submitted:
    """Fill the released notebook with ``answers`` and submit it, or hand it back for download."""
    import nbformat

    released = released_notebook(assignment)
    if released is None:
        return Submitted("error", f"assignment {assignment} has not been released on this server")
    filled = fill_answers(nbformat.read(released, as_version=4), answers)
    text = nbformat.writes(filled)
    outbound = exchange_directory() / COURSE_ID / "outbound" / assignment
    if not outbound.is_dir():
        return Submitted("download", "no exchange here", released.name, text.encode("utf-8"))
    with tempfile.TemporaryDirectory(prefix="caire-submit-") as work:
        folder = Path(work) / assignment
        folder.mkdir()
        (folder / released.name).write_text(text, encoding="utf-8")
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "nbgrader",
                "submit",
                str(folder),
                f"--course={COURSE_ID}",
                f"--Exchange.root={exchange_directory()}",
            ],
            cwd=work,
            capture_output=True,
            text=True,
            timeout=120,
        )
    if done.returncode != 0:
        said = (done.stderr or done.stdout or "nbgrader submit failed").strip().splitlines()
        return Submitted("error", said[-1][:300])
    return Submitted("sent", "submitted", released.name)
