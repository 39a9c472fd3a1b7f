"""Build the course's notebooks from their bilingual sources, or check that they are up to date.

Each notebook of the course is written once, as a jupytext "percent" script in
``course/<slug>/{lesson,exercise}.py``. Prose cells come in pairs, one per language, marked
``lang="en"`` / ``lang="fr"`` in the cell header; code cells are shared, so code and checks exist
once. Building writes one notebook per language, without outputs:

- ``lesson.py``   -> ``modules/<lang>/<slug>.ipynb``           (teaching notebook)
                  and ``pages/<lang>/<slug>.ipynb``              (the same lesson as a page without code, Voila)
- ``exercise.py`` -> ``assignments/<slug>-<lang>/<slug>.ipynb`` (nbgrader source notebook)
                  and ``apps/<lang>/<slug>.ipynb``               (the same exercise as a Voila app)

The app is generated from the exercise, so a question exists once: its solution cell is left out of
the app, and its test cell becomes the question's card, ``show_question(ex, "<grade_id>")``, checked
by the same criteria the test cell asks for; the app ends with the Submit panel, the same in every app. Cells meant for one audience only (instructions about
variables for programmers, widgets and the Submit panel for the app) carry ``only="assignment"`` or
``only="app"`` in their header. A lesson's cells for one audience carry ``only="notebook"`` (the how-to of
code cells, a "your turn" step that edits code) or ``only="page"`` (the page's how-to, the widget that does the
same step without code). A page of the course that is not a module may be a hand-written ``app.py`` (the
gallery, the glossary do).

    python -m caire.notebooks build    # write the notebooks
    python -m caire.notebooks check    # exit 1 if a notebook differs from its source (CI, tests)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from caire.core.i18n import LANGUAGES, check_language

ROOT = Path(__file__).resolve().parent.parent
KINDS = ("lesson", "exercise", "app", "page")
#: What a source may be named, what it builds, and the audiences its cells may be marked for (only=).
SOURCES = {"lesson": ("lesson", "page"), "exercise": ("exercise", "app"), "app": ("app",)}
AUDIENCES = {"lesson": ("notebook", "page"), "exercise": ("assignment", "app"), "app": ()}
#: The audience of each kind of notebook built.
AUDIENCE_OF = {"lesson": "notebook", "page": "page", "exercise": "assignment", "app": "app"}


class SourceError(ValueError):
    """A notebook source breaks a rule of the bilingual format; the message names the file and cell."""


@dataclass(frozen=True)
class Target:
    source: Path
    language: str
    path: Path
    kind: str


def target_path(root: Path, kind: str, slug: str, language: str) -> Path:
    """Where the notebook built from ``course/<slug>/<kind>.py`` goes for ``language``."""
    if kind == "lesson":
        return root / "modules" / language / f"{slug}.ipynb"
    if kind == "exercise":
        return root / "assignments" / f"{slug}-{language}" / f"{slug}.ipynb"
    if kind == "app":
        return root / "apps" / language / f"{slug}.ipynb"
    if kind == "page":
        return root / "pages" / language / f"{slug}.ipynb"
    raise ValueError(f"kind must be one of {', '.join(KINDS)}; got {kind!r}")


def unregistered(root: Path = ROOT) -> list[str]:
    """Module folders of ``root/course`` that ``caire/registry.toml`` does not list (only the repository's own
    course is checked: a course elsewhere, such as a test's, has no registry)."""
    if root.resolve() != ROOT:
        return []
    from caire.registry import MODULES

    known = {module.name for module in MODULES}
    folders = [path.name for path in sorted((root / "course").iterdir()) if (path / "lesson.py").exists()]
    return [name for name in folders if name not in known]


def targets(root: Path = ROOT) -> list[Target]:
    """Every notebook the sources in ``root/course`` produce."""
    missing = unregistered(root)
    if missing:
        raise SourceError(
            f"course/{missing[0]} is not a module of caire/registry.toml: add its entry (python -m "
            "caire.scaffold writes a new module's entry, sources and package together)"
        )
    found = []
    for source in sorted((root / "course").glob("*/*.py")):
        if source.stem not in SOURCES:
            raise SourceError(f"{source}: a course source must be named lesson.py, exercise.py or app.py")
        if source.stem == "app" and (source.parent / "exercise.py").exists():
            raise SourceError(
                f"{source}: the app of a module with an exercise is generated from exercise.py "
                '(mark its app-only cells only="app"); remove app.py'
            )
        for kind in SOURCES[source.stem]:
            for language in LANGUAGES:
                found.append(Target(source, language, target_path(root, kind, source.parent.name, language), kind))
    return found


def _check_pairs(source: Path, cells) -> None:
    """Every run of language-marked cells must hold each language exactly once, for one audience: a translation
    sits by its original and is meant for the same readers."""
    run: list[tuple[int, str]] = []
    run_audience = None
    for index, cell in enumerate([*cells, None]):
        language = None if cell is None else cell.metadata.get("lang")
        audience = None if cell is None else cell.metadata.get("only")
        if language is not None and language not in LANGUAGES:
            raise SourceError(
                f"{source}, cell {index + 1}: lang must be one of {', '.join(LANGUAGES)}; got {language!r}"
            )
        if language is not None and language not in {lang for _, lang in run} and (not run or audience == run_audience):
            run.append((index, language))
            run_audience = audience
            continue
        if run and sorted(lang for _, lang in run) != sorted(LANGUAGES):
            missing = sorted(set(LANGUAGES) - {lang for _, lang in run})
            raise SourceError(
                f"{source}, cell {run[0][0] + 1}: no {', '.join(missing)} translation next to it"
                + (f" with the same only={run_audience!r}" if run_audience or audience else "")
            )
        run = [(index, language)] if language is not None else []
        run_audience = audience


def _nbgrader(cell) -> dict:
    return cell.metadata.get("nbgrader") or {}


def _question_card(source: Path, index: int, cell):
    """The app's card for a graded test cell: ``show_question(ex, "<grade_id>")``."""
    import nbformat

    grade_id = _nbgrader(cell).get("grade_id")
    if not isinstance(grade_id, str) or not grade_id.isidentifier():
        raise SourceError(f"{source}, cell {index + 1}: a graded test cell needs a grade_id that is a Python name")
    if "ex.require(" not in cell.source:
        raise SourceError(
            f"{source}, cell {index + 1}: a test cell must check through the exercise module imported as "
            f'ex (ex.require("{grade_id}", ...)), so that the app can show its card'
        )
    return nbformat.v4.new_code_cell(f'show_question(ex, "{grade_id}")')


def _open_question_card(source: Path, index: int, cell):
    """The app's card for an open question's task cell (graded by the trainer): ``show_question(ex, "<grade_id>")``
    in place of the cell, whose rubric (its mark scheme) is for trainers only."""
    import nbformat

    grade_id = _nbgrader(cell).get("grade_id")
    if not isinstance(grade_id, str) or not grade_id.isidentifier():
        raise SourceError(f"{source}, cell {index + 1}: a task cell needs a grade_id that is a Python name")
    return nbformat.v4.new_code_cell(f'show_question(ex, "{grade_id}")')


def _for_app(source: Path, index: int, cell):
    """What a cell of the exercise becomes in the app: itself, its question card, or nothing (a solution)."""
    marks = _nbgrader(cell)
    if marks.get("grade"):
        return _question_card(source, index, cell)
    if marks.get("task"):
        return _open_question_card(source, index, cell)
    if marks.get("solution"):
        return None
    cell.metadata.pop("nbgrader", None)
    if "### BEGIN" in cell.source or "### END" in cell.source or "MARK SCHEME" in cell.source:
        raise SourceError(
            f"{source}, cell {index + 1}: nbgrader markers outside a solution or test cell would reach the app"
        )
    return cell


def _hand_in(source: Path, language: str) -> list:
    """The app's last cells, the same in every app: what Submit does, and the Submit panel of this assignment."""
    import nbformat

    from caire.core.i18n import t

    slug = source.parent.name
    return [
        nbformat.v4.new_markdown_cell(t("app.hand_in", language=language)),
        nbformat.v4.new_code_cell(f'from caire.core.app import show_submit\n\nshow_submit("{slug}")'),
    ]


def _prose(source: Path, index: int, text: str, language: str) -> str:
    """A prose cell as the learner reads it: the law's dates and wording filled in from caire/core/law.toml
    (``{{law.…}}``), the module's durations (``{{duration.…}}``, caire.durations), and in French the no-break
    spaces of French typography (caire.core.typography)."""
    from caire import durations
    from caire.core import law, typography

    text = durations.fill(text, source.parent)
    try:
        text = law.fill(text, language)
    except law.LawError as problem:
        raise SourceError(f"{source}, cell {index + 1}: {problem.args[0]}") from problem
    return typography.french(text) if language == "fr" else text


def _title(cells) -> str:
    """The page's title (what a browser tab and a screen reader announce): the notebook's first heading."""
    for cell in cells:
        if cell.cell_type == "markdown":
            found = re.search(r"^#\s+(.+)$", cell.source, re.M)
            if found:
                return re.sub(r"[*_`]", "", found.group(1)).strip() + " – CAIRE"
    return "CAIRE"


#: Where a lesson's how-to of code cells says how to run one: the note on folded code goes in that cell.
_RUN_A_CELL = {"en": "Shift + Enter", "fr": "Maj + Entrée"}


def _fold_code(cells: list, language: str) -> list:
    """A lesson notebook as JupyterLab opens it for a learner who does not program: every code cell folded
    (``metadata.jupyter.source_hidden``: JupyterLab shows a clickable "…" in its place, and Shift + Enter still
    runs it), and the lesson's how-to saying so (``lesson.code_hidden``), at the end of the first prose cell before
    the first code cell that tells how to run a cell, else in a cell of its own just before the first code cell.
    Only lessons: in an assignment the learner types code, and a page (Voila) shows no code at all."""
    import nbformat

    from caire.core.i18n import t

    code = [position for position, (_, cell) in enumerate(cells) if cell.cell_type == "code"]
    if not code:
        return cells
    for _, cell in cells:
        if cell.cell_type == "code":
            cell.metadata.setdefault("jupyter", {})["source_hidden"] = True
    note = t("lesson.code_hidden", language=language)
    howto = next(
        (
            cell
            for _, cell in cells[: code[0]]
            if cell.cell_type == "markdown" and _RUN_A_CELL[language] in re.sub("[\u00a0\u202f]", " ", cell.source)
        ),
        None,
    )
    if howto is not None:
        howto.source = howto.source.rstrip() + "\n\n" + note
        return cells
    return [*cells[: code[0]], ("code-hidden", nbformat.v4.new_markdown_cell(note)), *cells[code[0] :]]


def render(source: Path, language: str, kind: str | None = None) -> str:
    """The notebook JSON text for one language of one source (deterministic: same source, same bytes).

    ``kind`` is what to build from ``source``: by default the kind its name says; ``"app"`` from an
    ``exercise.py`` builds the exercise's app.
    """
    import jupytext
    import nbformat

    language = check_language(language)
    kind = kind or source.stem
    built = SOURCES.get(source.stem, ())
    if kind not in built:
        raise ValueError(f"kind must be {' or '.join(map(repr, built))} for {source.name}; got {kind!r}")
    audience = AUDIENCE_OF[kind]
    notebook = jupytext.read(source, fmt="py:percent")
    _check_pairs(source, notebook.cells)
    cells = []
    for index, cell in enumerate(notebook.cells):
        cell_language = cell.metadata.pop("lang", None)
        cell_audience = cell.metadata.pop("only", None)
        allowed = AUDIENCES.get(source.stem, ())
        if cell_audience is not None and cell_audience not in allowed:
            raise SourceError(
                f"{source}, cell {index + 1}: only= is for exercise.py cells (assignment, app) and lesson.py "
                f"cells (notebook, page); {source.name} allows {', '.join(allowed) or 'none'}; got {cell_audience!r}"
            )
        if cell_language not in (None, language) or cell_audience not in (None, audience):
            continue
        if kind == "app" and source.stem == "exercise":
            if "show_submit(" in cell.source:
                raise SourceError(
                    f"{source}, cell {index + 1}: the build ends every app with its Submit panel; "
                    "leave show_submit out of exercise.py"
                )
            cell = _for_app(source, index, cell)
            if cell is None:
                continue
        if cell.cell_type == "markdown":
            cell.source = _prose(source, index, cell.source, language)
        cells.append((index, cell))
    if kind == "app" and source.stem == "exercise":
        cells += [(f"hand-in/{index}", cell) for index, cell in enumerate(_hand_in(source, language))]
    if kind == "lesson":
        cells = _fold_code(cells, language)
    for index, cell in cells:
        cell.id = hashlib.sha1(f"{source.parent.name}/{kind}/{index}".encode()).hexdigest()[:12]
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
    notebook.cells = [cell for _, cell in cells]
    notebook.metadata = {
        "title": _title(notebook.cells),
        "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
        "language_info": {"name": "python"},
        "caire": {
            "language": language,
            "source": source.relative_to(source.parent.parent.parent).as_posix(),
            **({"kind": kind} if kind in ("app", "page") and source.stem != "app" else {}),
        },
    }
    notebook.nbformat, notebook.nbformat_minor = 4, 5
    nbformat.validate(notebook)
    return json.dumps(notebook, indent=1, ensure_ascii=False, sort_keys=True) + "\n"


def stale(root: Path = ROOT) -> list[Path]:
    """Built notebooks that are missing or differ from what their source gives now."""
    return [
        target.path
        for target in targets(root)
        if not target.path.exists()
        or target.path.read_text(encoding="utf-8") != render(target.source, target.language, target.kind)
    ]


def build(root: Path = ROOT, module: str | None = None) -> list[Path]:
    """Write every notebook that is stale (only those of ``course/<module>`` if given); return the ones written."""
    written = []
    chosen = [target for target in targets(root) if module is None or target.source.parent.name == module]
    if module is not None and not chosen:
        raise SourceError(f"no module named {module!r} in {root / 'course'}")
    for target in chosen:
        text = render(target.source, target.language, target.kind)
        if not target.path.exists() or target.path.read_text(encoding="utf-8") != text:
            target.path.parent.mkdir(parents=True, exist_ok=True)
            target.path.write_text(text, encoding="utf-8")
            written.append(target.path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m caire.notebooks", description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=("build", "check"))
    parser.add_argument("--root", type=Path, default=ROOT, help="course repository (default: this checkout)")
    parser.add_argument("--module", help="build only course/MODULE (e.g. 09-fairness); check always reads all")
    args = parser.parse_args(argv)
    try:
        if args.action == "build":
            for path in build(args.root, args.module):
                print(f"wrote {path.relative_to(args.root)}")
            return 0
        outdated = stale(args.root)
    except SourceError as problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    for path in outdated:
        print(
            f"out of date: {path.relative_to(args.root)} (edit its source in course/, then run make notebooks)",
            file=sys.stderr,
        )
    return 1 if outdated else 0


if __name__ == "__main__":
    sys.exit(main())
