"""caire.notebooks: bilingual sources in course/ built into one notebook per language, and checked."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from app_answers import exercise_module, graded

from caire import notebooks
from caire.core.i18n import LANGUAGES, t
from caire.notebooks import SourceError, build, main, render, stale, target_path, targets

LESSON = """\
# %% [markdown] lang="en"
# # Demo lesson
#
# Some English prose. Run each cell with Shift + Enter.

# %% [markdown] lang="fr"
# # Leçon de démonstration
#
# Un peu de prose en français. Exécutez chaque cellule avec Maj + Entrée.

# %% lang="en"
import caire

caire.set_language("en")

# %% lang="fr"
import caire

caire.set_language("fr")

# %%
total = 1 + 2
total

# %% [markdown] lang="en"
# The end.

# %% [markdown] lang="fr"
# La fin.

# %%
print(total * 2)
"""

EXERCISE = """\
# %% [markdown] lang="en"
# Answer below.

# %% [markdown] lang="fr"
# Répondez ci-dessous.

# %%
from caire.modules.rules_vs_learning import questions as ex

# %% [markdown] lang="en" only="assignment"
# Set `answer` to the number.

# %% [markdown] lang="fr" only="assignment"
# Donnez à `answer` le nombre.

# %% [markdown] lang="en" only="app"
# Move the slider.

# %% [markdown] lang="fr" only="app"
# Déplacez le curseur.

# %% only="assignment"
ex.show_options("q4_misread_cultivar")

# %% nbgrader={"grade": false, "grade_id": "q1_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
answer = 42
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q1", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
ex.require("q1", answer, "visible")
### BEGIN HIDDEN TESTS
ex.require("q1", answer, "hidden")
### END HIDDEN TESTS
"""


def _course(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / "course" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def _cells(path: Path, kind: str | None = None) -> list[dict]:
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return [cell for cell in cells if kind is None or cell["cell_type"] == kind]


def _source(cell: dict) -> str:
    return "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]


@pytest.fixture
def course(tmp_path):
    return _course(tmp_path, {"demo/lesson.py": LESSON, "demo/exercise.py": EXERCISE})


# --- building -------------------------------------------------------------------------------------------


def test_build_writes_one_notebook_per_language_and_kind(course):
    written = build(course)
    expected = (
        {course / "modules" / lang / "demo.ipynb" for lang in LANGUAGES}
        | {course / "assignments" / f"demo-{lang}" / "demo.ipynb" for lang in LANGUAGES}
        | {course / "apps" / lang / "demo.ipynb" for lang in LANGUAGES}
        | {course / "pages" / lang / "demo.ipynb" for lang in LANGUAGES}
    )
    assert set(written) == expected
    assert all(path.is_file() for path in expected)
    for lang in LANGUAGES:
        metadata = json.loads((course / "modules" / lang / "demo.ipynb").read_text(encoding="utf-8"))["metadata"]
        assert metadata["caire"] == {"language": lang, "source": "course/demo/lesson.py"}
        assert metadata["kernelspec"]["name"] == "python3"
        app = json.loads((course / "apps" / lang / "demo.ipynb").read_text(encoding="utf-8"))["metadata"]
        assert app["caire"] == {"language": lang, "source": "course/demo/exercise.py", "kind": "app"}
        page = json.loads((course / "pages" / lang / "demo.ipynb").read_text(encoding="utf-8"))["metadata"]
        assert page["caire"] == {"language": lang, "source": "course/demo/lesson.py", "kind": "page"}
        assert (
            metadata["title"]
            == page["title"]
            == {"en": "Demo lesson", "fr": "Leçon de démonstration"}[lang] + " – CAIRE"
        )


# --- the app, generated from the exercise -------------------------------------------------------------------


def test_assignment_keeps_its_cells_and_leaves_out_the_app_only_ones(course):
    build(course)
    cells = _cells(course / "assignments" / "demo-en" / "demo.ipynb")
    text = "\n".join(_source(c) for c in cells)
    assert "Set `answer`" in text and "show_options" in text and "### BEGIN SOLUTION" in text
    assert "Move the slider" not in text and "show_submit" not in text and "Déplacez" not in text
    assert not any("only" in c["metadata"] for c in cells)


def test_app_replaces_each_test_by_its_card_and_drops_the_solution(course):
    build(course)
    for lang, prompt in (("en", "Move the slider."), ("fr", "Déplacez le curseur.")):
        cells = _cells(course / "apps" / lang / "demo.ipynb")
        assert [_source(c) for c in cells if c["cell_type"] == "code"] == [
            "from caire.modules.rules_vs_learning import questions as ex",
            'show_question(ex, "q1")',
            'from caire.core.app import show_submit\n\nshow_submit("demo")',
        ]
        assert prompt in [_source(c) for c in cells]
        # every app ends the same way: what Submit does, then the Submit panel
        assert _source(cells[-2]) == t("app.hand_in", language=lang)
        text = json.dumps(cells)
        for secret in ("42", "BEGIN", "hidden", "nbgrader", "Set `answer`", "show_options"):
            assert secret not in text, secret


def test_app_only_prose_needs_its_translation_for_the_same_audience(tmp_path):
    broken = EXERCISE.replace('# %% [markdown] lang="fr" only="app"', '# %% [markdown] lang="fr"')
    with pytest.raises(SourceError, match=r"cell 6: no fr translation next to it with the same only='app'"):
        build(_course(tmp_path, {"demo/exercise.py": broken}))


def test_the_submit_panel_is_the_builds_to_add(tmp_path):
    with pytest.raises(SourceError, match="leave show_submit out"):
        build(_course(tmp_path, {"demo/exercise.py": EXERCISE + '\n# %% only="app"\nshow_submit("demo")\n'}))


def test_a_lesson_builds_a_notebook_and_a_page_each_with_its_own_cells(tmp_path):
    source = LESSON.replace(
        "# %%\ntotal", '# %% only="notebook"\nedit_me = 3\n\n# %% only="page"\nslider_here = 3\n\n# %%\ntotal'
    )
    root = _course(tmp_path, {"demo/lesson.py": source})
    build(root)
    for lang in LANGUAGES:
        notebook = (root / "modules" / lang / "demo.ipynb").read_text(encoding="utf-8")
        page = (root / "pages" / lang / "demo.ipynb").read_text(encoding="utf-8")
        assert "edit_me" in notebook and "slider_here" not in notebook
        assert "slider_here" in page and "edit_me" not in page


def _hidden(cell: dict) -> bool:
    return bool(cell["metadata"].get("jupyter", {}).get("source_hidden"))


def test_a_lessons_code_is_folded_and_its_how_to_says_so_in_both_languages(course):
    """In JupyterLab a lesson shows "…" for each code cell (a click shows the code, Shift + Enter runs it), and the
    how-to that says how to run a cell says so; the assignment (learners type there), the app and the page do not
    fold anything."""
    build(course)
    for lang in LANGUAGES:
        lesson = course / "modules" / lang / "demo.ipynb"
        assert all(_hidden(cell) for cell in _cells(lesson, "code"))
        prose = [_source(cell) for cell in _cells(lesson, "markdown")]
        assert len(prose) == 2 and prose[0].endswith(t("lesson.code_hidden", language=lang)), prose[0]
        assert ("Shift + Enter" if lang == "en" else "Maj + Entrée") in prose[0]
        others = [course / folder / lang / "demo.ipynb" for folder in ("pages", "apps")]
        for path in [*others, course / "assignments" / f"demo-{lang}" / "demo.ipynb"]:
            assert not any(_hidden(cell) or "jupyter" in cell["metadata"] for cell in _cells(path)), path
            assert not any(t("lesson.code_hidden", language=lang) in _source(cell) for cell in _cells(path))


def test_a_lesson_without_a_how_to_gets_the_note_before_its_first_code_cell(tmp_path):
    root = _course(tmp_path, {"demo/lesson.py": LESSON.replace(" Run each cell with Shift + Enter.", "")})
    build(root)
    cells = _cells(root / "modules" / "en" / "demo.ipynb")
    assert [cell["cell_type"] for cell in cells] == ["markdown", "markdown", "code", "code", "markdown", "code"]
    assert _source(cells[1]) == t("lesson.code_hidden", language="en")
    assert t("lesson.code_hidden", language="fr") in _source(_cells(root / "modules" / "fr" / "demo.ipynb")[0])


def test_only_is_refused_outside_an_exercise_or_with_an_unknown_audience(tmp_path):
    with pytest.raises(SourceError, match=r"only= is for exercise\.py cells \(assignment, app\) and lesson\.py"):
        build(_course(tmp_path / "a", {"demo/lesson.py": LESSON.replace("# %%\ntotal", '# %% only="app"\ntotal')}))
    with pytest.raises(SourceError, match="got 'students'"):
        build(
            _course(
                tmp_path / "b", {"demo/exercise.py": EXERCISE.replace('# %% only="assignment"', '# %% only="students"')}
            )
        )


def test_a_test_cell_that_does_not_check_through_ex_cannot_become_a_card(tmp_path):
    plain = EXERCISE.replace('ex.require("q1", answer, "visible")', "assert answer == 42")
    plain = plain.replace('ex.require("q1", answer, "hidden")', "assert answer > 0")
    with pytest.raises(SourceError, match="imported as ex"):
        build(_course(tmp_path, {"demo/exercise.py": plain}))


def test_nbgrader_markers_outside_graded_cells_are_refused_for_the_app(tmp_path):
    leaky = EXERCISE + "\n# %%\n### BEGIN SOLUTION\nx = 1\n### END SOLUTION\n"
    with pytest.raises(SourceError, match="would reach the app"):
        build(_course(tmp_path, {"demo/exercise.py": leaky}))


def test_built_notebooks_are_valid_nbformat_4(course):
    import nbformat

    build(course)
    for target in targets(course):
        notebook = nbformat.read(target.path, as_version=4)
        nbformat.validate(notebook)
        assert notebook.nbformat == 4


def test_code_is_shared_and_prose_is_translated(course):
    build(course)
    en, fr = (course / "modules" / lang / "demo.ipynb" for lang in ("en", "fr"))
    en_code, fr_code = [_source(c) for c in _cells(en, "code")], [_source(c) for c in _cells(fr, "code")]
    assert len(en_code) == len(fr_code) == 3
    # the shared cells are identical; only the language-marked code cell differs
    assert en_code[1:] == fr_code[1:] == ["total = 1 + 2\ntotal", "print(total * 2)"]
    assert 'set_language("en")' in en_code[0] and 'set_language("fr")' in fr_code[0]
    en_prose, fr_prose = [_source(c) for c in _cells(en, "markdown")], [_source(c) for c in _cells(fr, "markdown")]
    assert len(en_prose) == len(fr_prose) == 2
    assert all(e != f for e, f in zip(en_prose, fr_prose))
    assert "English prose" in en_prose[0] and "français" in fr_prose[0]
    assert not any("français" in text or "La fin" in text for text in en_prose)
    # cells keep their source order, and the lang marker does not leak into the notebook
    assert [c["cell_type"] for c in _cells(en)] == ["markdown", "code", "code", "markdown", "code"]
    assert not any("lang" in c["metadata"] for c in _cells(en) + _cells(fr))


def test_code_cells_have_no_outputs(course):
    build(course)
    for target in targets(course):
        for cell in _cells(target.path, "code"):
            assert cell["outputs"] == [] and cell["execution_count"] is None


def test_nbgrader_metadata_survives_in_both_languages(course):
    build(course)
    for lang in LANGUAGES:
        graded = [
            c for c in _cells(course / "assignments" / f"demo-{lang}" / "demo.ipynb") if "nbgrader" in c["metadata"]
        ]
        assert [(c["metadata"]["nbgrader"]["grade_id"], c["metadata"]["nbgrader"].get("points")) for c in graded] == [
            ("q1_answer", None),
            ("q1", 2),
        ]


def test_output_is_deterministic(course, tmp_path_factory):
    build(course)
    first = {t.path.relative_to(course): t.path.read_bytes() for t in targets(course)}
    other = _course(tmp_path_factory.mktemp("other"), {"demo/lesson.py": LESSON, "demo/exercise.py": EXERCISE})
    build(other)
    second = {t.path.relative_to(other): t.path.read_bytes() for t in targets(other)}
    assert first == second
    source = course / "course" / "demo" / "lesson.py"
    assert render(source, "fr") == render(source, "fr")
    ids = [c["id"] for c in _cells(course / "modules" / "fr" / "demo.ipynb")]
    assert len(ids) == len(set(ids)), "cell ids are unique"


def test_second_build_writes_nothing(course):
    assert build(course)
    assert build(course) == []
    assert stale(course) == []


# --- checking -------------------------------------------------------------------------------------------


def test_stale_lists_missing_notebooks(course):
    assert set(stale(course)) == {t.path for t in targets(course)}


def test_stale_and_check_detect_an_edited_notebook(course, capsys):
    build(course)
    edited = course / "modules" / "fr" / "demo.ipynb"
    edited.write_text(edited.read_text(encoding="utf-8").replace("La fin.", "La fin !"), encoding="utf-8")
    assert stale(course) == [edited]
    assert main(["check", "--root", str(course)]) == 1
    assert "modules/fr/demo.ipynb" in capsys.readouterr().err
    assert build(course) == [edited]
    assert main(["check", "--root", str(course)]) == 0
    assert "La fin." in edited.read_text(encoding="utf-8")


def test_stale_detects_an_edited_source(course):
    build(course)
    source = course / "course" / "demo" / "lesson.py"
    source.write_text(
        source.read_text(encoding="utf-8").replace("print(total * 2)", "print(total * 3)"), encoding="utf-8"
    )
    assert set(stale(course)) == {
        course / folder / lang / "demo.ipynb" for lang in LANGUAGES for folder in ("modules", "pages")
    }


def test_check_notices_saved_outputs(course):
    build(course)
    path = course / "modules" / "en" / "demo.ipynb"
    notebook = json.loads(path.read_text(encoding="utf-8"))
    code = next(c for c in notebook["cells"] if c["cell_type"] == "code")
    code["outputs"] = [{"output_type": "stream", "name": "stdout", "text": ["3\n"]}]
    path.write_text(json.dumps(notebook, indent=1, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    assert stale(course) == [path]


def test_main_build_prints_what_it_wrote(course, capsys):
    assert main(["build", "--root", str(course)]) == 0
    out = capsys.readouterr().out
    assert "wrote modules/en/demo.ipynb" in out and "wrote assignments/demo-fr/demo.ipynb" in out


def test_build_of_one_module_leaves_the_others_alone(tmp_path):
    root = _course(
        tmp_path, {"demo/lesson.py": LESSON, "other/lesson.py": LESSON.replace("# %%\ntotal", "# %%\noops(")}
    )
    written = build(root, module="demo")
    assert sorted(path.relative_to(root).as_posix() for path in written) == [
        "modules/en/demo.ipynb",
        "modules/fr/demo.ipynb",
        "pages/en/demo.ipynb",
        "pages/fr/demo.ipynb",
    ]
    assert main(["build", "--root", str(root), "--module", "missing"]) == 2


# --- source errors ------------------------------------------------------------------------------------------


def test_prose_without_translation_names_file_and_cell(tmp_path):
    lonely = LESSON.replace('# %% [markdown] lang="fr"\n# La fin.\n\n', "")
    root = _course(tmp_path, {"demo/lesson.py": lonely})
    with pytest.raises(SourceError) as raised:
        build(root)
    message = str(raised.value)
    assert "lesson.py" in message and "demo" in message
    assert "cell 6" in message, message  # the English "The end." cell is the 6th cell of the source
    assert "fr" in message
    assert not (root / "modules").exists(), "nothing is written from a broken source"
    assert isinstance(raised.value, ValueError)


def test_translation_must_sit_next_to_its_original(tmp_path):
    swapped = """\
# %% [markdown] lang="en"
# One.

# %%
x = 1

# %% [markdown] lang="fr"
# Un.
"""
    root = _course(tmp_path, {"demo/lesson.py": swapped})
    with pytest.raises(SourceError, match=r"lesson\.py, cell 1: no fr translation"):
        build(root)


def test_two_cells_of_one_language_in_a_row_are_refused(tmp_path):
    doubled = """\
# %% [markdown] lang="en"
# One.

# %% [markdown] lang="en"
# Two.

# %% [markdown] lang="fr"
# Deux.
"""
    root = _course(tmp_path, {"demo/lesson.py": doubled})
    with pytest.raises(SourceError, match="cell 1"):
        build(root)


def test_unknown_lang_in_a_cell_raises_naming_it(tmp_path):
    root = _course(tmp_path, {"demo/lesson.py": LESSON.replace('lang="fr"\n# La fin.', 'lang="de"\n# Das Ende.')})
    with pytest.raises(SourceError, match="lang") as raised:
        build(root)
    assert "'de'" in str(raised.value) and "lesson.py, cell 7" in str(raised.value)


def test_unknown_language_to_render_raises(course):
    with pytest.raises(ValueError, match="language"):
        render(course / "course" / "demo" / "lesson.py", "de")


def test_a_source_with_another_name_raises_naming_it(tmp_path, capsys):
    root = _course(tmp_path, {"demo/lesson.py": LESSON, "demo/notes.py": LESSON})
    with pytest.raises(SourceError, match=r"notes\.py"):
        targets(root)
    with pytest.raises(SourceError, match=r"lesson\.py, exercise\.py or app\.py"):
        build(root)
    assert main(["check", "--root", str(root)]) == 2
    assert "notes.py" in capsys.readouterr().err


def test_target_paths():
    root = Path("/r")
    assert target_path(root, "lesson", "s", "fr") == root / "modules" / "fr" / "s.ipynb"
    assert target_path(root, "exercise", "s", "en") == root / "assignments" / "s-en" / "s.ipynb"
    assert target_path(root, "app", "s", "en") == root / "apps" / "en" / "s.ipynb"
    with pytest.raises(ValueError, match="kind"):
        target_path(root, "quiz", "s", "en")


def test_app_sources_go_to_apps(tmp_path):
    root = _course(tmp_path, {"demo/app.py": LESSON})
    assert set(build(root)) == {root / "apps" / lang / "demo.ipynb" for lang in LANGUAGES}


def test_a_hand_written_app_beside_an_exercise_is_refused(tmp_path):
    root = _course(tmp_path, {"demo/exercise.py": EXERCISE, "demo/app.py": LESSON})
    with pytest.raises(SourceError, match=r"generated from exercise\.py"):
        targets(root)


# --- the real course ----------------------------------------------------------------------------------------


def test_built_notebooks_of_the_repository_are_up_to_date():
    assert stale() == [], "run `python -m caire.notebooks build` after editing course/"
    assert main(["check"]) == 0


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_course_folds_code_in_its_lessons_only(lang):
    """Every lesson of the course opens in JupyterLab with its code folded and its how-to saying so; no other
    notebook the build writes folds code (in an assignment, learners type theirs)."""
    note = t("lesson.code_hidden", language=lang)
    for target in targets():
        if target.language != lang:
            continue
        cells = _cells(target.path)
        if target.kind == "lesson":
            assert all(_hidden(cell) for cell in cells if cell["cell_type"] == "code"), target.path
            assert sum(note in _source(cell) for cell in cells) == 1, f"{target.path}: the how-to must say so once"
        else:
            assert not any(_hidden(cell) for cell in cells), f"{target.path} folds code"


def test_every_course_source_has_its_notebooks():
    found = targets()
    assert found, "the course has sources"
    assert all(t.path.is_file() for t in found)
    assert {t.language for t in found} == set(LANGUAGES)


SLUGS = sorted({path.name.rsplit("-", 1)[0] for path in (notebooks.ROOT / "assignments").iterdir() if path.is_dir()})


def _assignment(slug: str, lang: str) -> Path:
    return notebooks.ROOT / "assignments" / f"{slug}-{lang}" / f"{slug}.ipynb"


def _grading(path: Path) -> list[tuple]:
    return [
        (
            c["metadata"]["nbgrader"]["grade_id"],
            c["metadata"]["nbgrader"].get("points"),
            c["metadata"]["nbgrader"].get("grade"),
            c["metadata"]["nbgrader"].get("solution"),
            c["metadata"]["nbgrader"].get("locked"),
            c["metadata"]["nbgrader"].get("task"),
            # A task cell (an open question graded by the trainer) is prose and its rubric, translated: a cell of
            # its own in each language, found by its grade_id.
            *((c["id"], _source(c)) if c["cell_type"] == "code" else (c["cell_type"],)),
        )
        for c in _cells(path)
        if "nbgrader" in c["metadata"]
    ]


@pytest.mark.parametrize("slug", SLUGS)
def test_en_and_fr_assignments_grade_the_same_way(slug):
    """Same graded cells, ids, points and tests in both languages: what grades one grades the other."""
    en, fr = _grading(_assignment(slug, "en")), _grading(_assignment(slug, "fr"))
    assert en == fr
    questions = exercise_module(slug).QUESTIONS
    cells = [row for row in en if row[2]]
    tasks = [row for row in en if row[5]]  # open questions, graded by the trainer
    assert [row[0] for row in cells + tasks] == list(questions)
    # One point a question; the pre/post test's survey questions (no right answer) are worth none.
    assert sum(row[1] for row in cells) == sum(graded(question) for question in questions.values())
    assert len({row[0] for row in en}) == len(en), "grade ids are unique"


@pytest.mark.parametrize("slug", SLUGS)
def test_en_and_fr_assignments_have_the_same_code(slug):
    def code(lang):
        return [
            _source(c).replace(f'set_language("{lang}")', "set_language(LANG)")
            for c in _cells(_assignment(slug, lang), "code")
        ]

    en, fr = code("en"), code("fr")
    assert en == fr
    assert sum("set_language(LANG)" in cell for cell in en) == 1, "each notebook sets its own language once"
    en_prose = [_source(c) for c in _cells(_assignment(slug, "en"), "markdown")]
    fr_prose = [_source(c) for c in _cells(_assignment(slug, "fr"), "markdown")]
    assert len(en_prose) == len(fr_prose) and all(e != f for e, f in zip(en_prose, fr_prose))


@pytest.mark.parametrize("slug", SLUGS)
def test_assignment_grade_cells_check_every_criterion_of_their_question(slug):
    """Each graded cell calls ex.require on its own question, together the calls cover every criterion, and
    some are visible, some hidden."""
    ex_module = exercise_module(slug)
    for lang in LANGUAGES:
        for cell in _cells(_assignment(slug, lang), "code"):
            grading = cell["metadata"].get("nbgrader", {})
            if not grading.get("grade"):
                continue
            calls = re.findall(r'ex\.require\("(\w+)", \w+, "(\w+)"\)', _source(cell))
            assert {question for question, _ in calls} == {grading["grade_id"]}
            assert sorted(criterion for _, criterion in calls) == sorted(
                ex_module.question(grading["grade_id"]).criteria
            )
            visible, _, hidden = _source(cell).partition("### BEGIN HIDDEN TESTS")
            needs_hidden = graded(ex_module.question(grading["grade_id"]))  # a survey question has no hidden test
            assert visible.count("ex.require(") >= 1 and hidden.count("ex.require(") >= needs_hidden
