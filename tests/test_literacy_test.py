"""The pre/post AI-literacy test (caire/assessment): its item bank, its two forms and survey, its sources, its app,
and its way through nbgrader into the research export.

The item-writing rules hold over the bank (metadata, every module covered, forms, anchors, balanced keys, no
test-wise shortcut); the sources are what the bank gives; a pre-test's app shows no answer and a post-test's does;
a small real course (nbgrader generate and autograde of both forms) reaches ``research prepost`` with its survey,
without the learner who did not consent. Solution = full marks and blank = 0 in both languages, and no key in the
released version: tests/test_nbgrader_workflow.py; the apps in chromium: tests/test_app_browser.py.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import nbformat
import pytest
from conftest import REPO, tool_env

from caire.assessment import form_a, form_b, items, sources
from caire.assessment.items import FORMS, BankError, bank, form_items, load, results_after_submit
from caire.core.checks import LEVELS, Choice, Several, Slider, answer_digest, competences
from caire.core.i18n import LANGUAGES, catalog, set_language
from caire.registry import MODULES

FRAMEWORKS = ("art4.", "digcomp.", "unesco.")
#: How far above chance a test-wise strategy may do over the bank.
TOLERANCE = 0.05
KNOWLEDGE = [entry for entry in bank() if entry.graded]
SURVEY = [entry for entry in bank() if not entry.graded]
FORM_MODULES = {"a": form_a, "b": form_b}


@pytest.fixture(autouse=True)
def english():
    set_language("en")
    yield
    set_language("en")


def right_key(entry) -> str:
    keys = [key for key in entry.options if answer_digest(entry.id, key) == entry.right]
    assert len(keys) == 1, f"{entry.id}: {len(keys)} options match the right digest"
    return keys[0]


# --- the bank: what each item measures ------------------------------------------------------------------------


def test_the_bank_has_about_forty_knowledge_items_and_a_survey():
    assert 36 <= len(KNOWLEDGE) <= 48
    scales = [entry for entry in SURVEY if entry.kind == "scale"]
    practices = [entry for entry in SURVEY if entry.id.startswith("p")]
    assert len(scales) >= 5 and all(entry.id.startswith("s") for entry in scales)
    assert len(practices) >= 4 and all(entry.kind in ("choice", "several") for entry in practices)


@pytest.mark.parametrize("entry", KNOWLEDGE, ids=lambda entry: entry.id)
def test_every_knowledge_item_says_what_it_measures(entry):
    codes = competences()
    assert re.fullmatch(r"k\d\d_[a-z0-9_]+", entry.id) and int(entry.id[1:3]) == entry.module
    assert entry.module in {module.number for module in MODULES}
    # The objective is one of the module's OBJECTIVES, or the module as a whole (its package name) where the item
    # spans them or the module lists none yet.
    module = next(module for module in MODULES if module.number == entry.module)
    objectives = getattr(module.questions(), "OBJECTIVES", ())
    assert entry.objective in (*objectives, module.package.rsplit(".", 1)[1]), (entry.objective, objectives)
    assert entry.level in LEVELS
    assert set(entry.competences) <= set(codes), set(entry.competences) - set(codes)
    for framework in FRAMEWORKS:
        assert any(code.startswith(framework) for code in entry.competences), framework
    assert isinstance(entry.transfer, bool) and entry.forms in ("a", "b", "ab")


def test_every_covered_module_has_two_items_and_is_on_each_form():
    assert set(items.COVERED_MODULES) <= {module.number for module in MODULES}
    per_module = Counter(entry.module for entry in KNOWLEDGE)
    assert {number: per_module[number] for number in items.COVERED_MODULES if per_module[number] < 2} == {}
    for form in FORMS:
        on_form = {entry.module for entry in form_items(form) if entry.graded}
        assert on_form == set(items.COVERED_MODULES), form


def test_most_items_ask_for_understanding_and_a_third_are_work_scenarios():
    levels = Counter(entry.level for entry in KNOWLEDGE)
    assert sum(levels[level] for level in ("understand", "apply", "analyse")) >= 0.7 * len(KNOWLEDGE)
    assert levels["remember"] <= 0.1 * len(KNOWLEDGE)
    assert sum(entry.transfer for entry in KNOWLEDGE) >= len(KNOWLEDGE) / 3


def test_two_parallel_forms_share_the_anchors():
    anchors = [entry for entry in KNOWLEDGE if entry.anchor]
    assert len(anchors) >= 8
    sizes = {form: sum(entry.graded for entry in form_items(form)) for form in FORMS}
    assert all(22 <= size <= 26 for size in sizes.values()), sizes
    assert abs(sizes["a"] - sizes["b"]) <= 1
    for form in FORMS:
        assert {entry.id for entry in anchors} <= {entry.id for entry in form_items(form)}
    # The survey is the same on both forms, and comes first.
    assert [entry.id for entry in form_items("a") if not entry.graded] == [entry.id for entry in SURVEY]
    assert [entry.id for entry in form_items("b") if not entry.graded] == [entry.id for entry in SURVEY]
    for form in FORMS:
        graded = [entry.graded for entry in form_items(form)]
        assert graded == sorted(graded), "survey first, then the knowledge items"


def test_parallel_forms_ask_at_the_same_levels():
    for level in LEVELS:
        counts = [sum(entry.level == level for entry in form_items(form) if entry.graded) for form in FORMS]
        assert abs(counts[0] - counts[1]) <= 2, (level, counts)


# --- the bank: keys and options ------------------------------------------------------------------------------


def test_keys_are_digests_never_plain():
    text = (REPO / "caire" / "assessment" / "bank.toml").read_text(encoding="utf-8")
    assert not re.search(r"^\s*(key|answer|solution|correct)\s*=", text, re.M)
    for entry in KNOWLEDGE:
        assert re.fullmatch(r"[0-9a-f]{64}", entry.right) and entry.right in text
        right_key(entry)
    python = "\n".join(path.read_text(encoding="utf-8") for path in (REPO / "caire" / "assessment").glob("*.py"))
    assert not re.search(r"\b\w*RIGHT\w*\s*=\s*[\"'{(]", python)


def test_keys_are_spread_evenly_over_the_positions_on_the_bank_and_on_each_form():
    positions = Counter(KNOWLEDGE[0].options.index(right_key(entry)) for entry in KNOWLEDGE)
    assert all(entry.options == ("a", "b", "c", "d") for entry in KNOWLEDGE)
    assert max(positions.values()) - min(positions.values()) <= 1, positions
    for form in FORMS:
        on_form = Counter(entry.options.index(right_key(entry)) for entry in form_items(form) if entry.graded)
        assert max(on_form.values()) - min(on_form.values()) <= 1, (form, on_form)


def _labels(entry, language: str) -> list[str]:
    return [catalog(language)[f"{entry.id}.option.{key}"] for key in entry.options]


def strategy_scores(language: str) -> dict[str, float]:
    """Over the bank's knowledge items: the share a test-wise strategy gets right, and what chance gives."""
    hits = Counter()
    for entry in KNOWLEDGE:
        labels = _labels(entry, language)
        right = right_key(entry)
        hits["longest"] += entry.options[max(range(len(labels)), key=lambda index: len(labels[index]))] == right
        hits["shortest"] += entry.options[min(range(len(labels)), key=lambda index: len(labels[index]))] == right
        for position, key in enumerate(entry.options):
            hits[f"position {position + 1}"] += key == right
    chance = sum(1 / len(entry.options) for entry in KNOWLEDGE) / len(KNOWLEDGE)
    return {name: count / len(KNOWLEDGE) for name, count in hits.items()} | {"chance": chance}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_test_wise_guess_does_no_better_than_chance(language):
    scores = strategy_scores(language)
    over = {name: rate for name, rate in scores.items() if name != "chance" and rate > scores["chance"] + TOLERANCE}
    assert over == {}, f"chance is {scores['chance']:.0%}: {over}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_options_are_of_similar_length_and_none_is_all_or_none_of_the_above(language):
    catch_all = re.compile(
        r"all of the above|none of the above|both of the above|toutes les réponses|aucune des réponses|"
        r"les deux réponses|all of these|aucune de ces",
        re.I,
    )
    for entry in KNOWLEDGE:
        lengths = [len(label) for label in _labels(entry, language)]
        assert max(lengths) <= 1.45 * min(lengths), (entry.id, lengths)
        assert not any(catch_all.search(label) for label in _labels(entry, language)), entry.id


# --- the texts -------------------------------------------------------------------------------------------------


def catalogue(language: str) -> dict[str, str]:
    return json.loads((REPO / "caire" / "assessment" / "locales" / f"{language}.json").read_text(encoding="utf-8"))


def test_every_item_has_its_texts_in_both_languages_and_nothing_else():
    english, french = catalogue("en"), catalogue("fr")
    assert set(english) == set(french)
    needed = set()
    for entry in bank():
        needed.add(f"{entry.id}.stem")
        needed |= {f"{entry.id}.option.{key}" for key in entry.options}
        if entry.graded:
            needed |= {f"{entry.id}.ok", f"{entry.id}.wrong"}
        if entry.kind == "scale":
            needed.add(f"{entry.id}.label")
    assert needed - set(english) == set()
    extra = {key for key in set(english) - needed if not key.startswith("literacy.")}
    assert extra == set(), "texts named after no item of the bank"
    assert all(english[key] != french[key] for key in needed if len(english[key].split()) >= 3)


def test_the_feedback_explains_the_idea_without_naming_a_letter():
    for language in LANGUAGES:
        texts = catalogue(language)
        for entry in KNOWLEDGE:
            for outcome in ("ok", "wrong"):
                text = texts[f"{entry.id}.{outcome}"]
                assert len(text.split()) >= 12, (entry.id, outcome)
                assert not re.search(r"\b(option|réponse) [a-d]\b|\([a-d]\)", text), (entry.id, text)


# --- the questions of each form ------------------------------------------------------------------------------


@pytest.mark.parametrize("form", FORMS)
def test_each_form_is_a_test_whose_questions_carry_the_banks_metadata(form):
    ex = FORM_MODULES[form]
    checks = ex.question.__self__
    assert checks.feedback == "none" and checks.results_after_submit is results_after_submit
    assert list(ex.QUESTIONS) == [entry.id for entry in form_items(form)]
    for entry in form_items(form):
        question = ex.question(entry.id)
        if entry.graded:
            assert isinstance(question.answer_with, Choice) and set(question.criteria) == {"valid", "right"}
            assert (question.objective, question.level, question.competences, question.transfer) == (
                entry.objective,
                entry.level,
                entry.competences,
                entry.transfer,
            )
            assert ex.check(entry.id, right_key(entry)).passed
            assert not any(ex.check(entry.id, key).passed for key in entry.options if key != right_key(entry))
        else:
            assert set(question.criteria) == {"valid"}, "a survey item has no right answer"


def test_survey_checks_accept_a_usable_answer_and_say_what_is_wrong_otherwise():
    ex = form_a
    for value in (1, 3, 5, 4.0):
        assert ex.check("s01_confident_using", value).passed
    for value in (0, 6, 2.5, "3", True, None):
        feedback = ex.check("s01_confident_using", value)
        assert not feedback.passed and "1" in feedback.message and "5" in feedback.message
    assert isinstance(ex.question("s01_confident_using").answer_with, Slider)
    assert ex.question("s01_confident_using").answer_with.whole
    several = next(entry for entry in SURVEY if entry.kind == "several" and entry.exclusive)
    others = [key for key in several.options if key != several.exclusive]
    assert isinstance(ex.question(several.id).answer_with, Several)
    assert ex.check(several.id, set(others[:2])).passed and ex.check(several.id, {several.exclusive}).passed
    for bad in (set(), {several.exclusive, others[0]}, {"nonsense"}, others[0]):
        assert not ex.check(several.id, bad).passed, bad
    choice = next(entry for entry in SURVEY if entry.kind == "choice")
    assert ex.check(choice.id, choice.options[-1]).passed and not ex.check(choice.id, "z").passed
    set_language("fr")
    assert "1 à 5" in ex.check("s01_confident_using", 9).message


def test_a_bank_that_breaks_the_format_is_refused_with_its_reason(tmp_path):
    good = (REPO / "caire" / "assessment" / "bank.toml").read_text(encoding="utf-8")
    cases = {
        'forms = "ab"': ('forms = "ab"', 'forms = "c"', "forms must be"),
        "level": ('level = "understand"', 'level = "know"', "level must be one of"),
        "id": ('id = "k01_rules_or_learning"', 'id = "q01_rules"', "id must be a Python name starting with k"),
        "twice": ('id = "k01_sorting_letters"', 'id = "k01_rules_or_learning"', "used more than once"),
        "kind": ('kind = "several"', 'kind = "many"', "kind must be one of"),
    }
    for name, (old, new, message) in cases.items():
        path = tmp_path / f"{name}.toml"
        path.write_text(good.replace(old, new, 1), encoding="utf-8")
        with pytest.raises(BankError, match=message):
            load(path)
    assert load(REPO / "caire" / "assessment" / "bank.toml") == bank()


# --- results after a post-test only ---------------------------------------------------------------------------


def test_results_are_shown_after_the_other_form_only():
    assert items.other_form("literacy-test-a-en") == ["literacy-test-b-en", "literacy-test-b-fr"]
    assert items.other_form("literacy-test-b-fr") == ["literacy-test-a-en", "literacy-test-a-fr"]
    assert not results_after_submit("literacy-test-a-en", submitted=[])
    assert not results_after_submit("literacy-test-a-en", submitted=["literacy-test-a-en", "literacy-test-a-fr"])
    assert results_after_submit("literacy-test-a-en", submitted=["literacy-test-b-fr"])
    assert results_after_submit("literacy-test-b-fr", submitted=["literacy-test-a-en", "01-rules-vs-learning-en"])
    with pytest.raises(ValueError, match="assignment must be"):
        items.other_form("01-rules-vs-learning-en")


def test_submitted_before_reads_nbgraders_cache_of_the_learners_own_submissions(tmp_path, monkeypatch):
    from caire.submission import submission_cache, submitted_before

    monkeypatch.setenv("JUPYTER_DATA_DIR", str(tmp_path / "data"))
    cache = submission_cache()
    assert cache == tmp_path / "data" / "nbgrader_cache" / "caire"
    assert submitted_before(["literacy-test-b-en"]) == set(), "no cache: nothing submitted"
    (cache / "alice+literacy-test-a-en+2027-01-10 09:00:00.000000 UTC").mkdir(parents=True)
    (cache / "alice+01-rules-vs-learning-en+2027-01-12 09:00:00.000000 UTC").mkdir()
    (cache / "alice+literacy-test-b-en+2027-03-01 09:00:00.000000 UTC").write_text("a file, not a submission")
    assert submitted_before(["literacy-test-b-en", "literacy-test-b-fr"]) == set()
    assert not results_after_submit("literacy-test-a-en")  # the pre-test submitted again
    assert results_after_submit("literacy-test-b-fr"), "form A was submitted before: this is the post-test"
    assert submitted_before(["literacy-test-a-en"], cache=tmp_path / "elsewhere") == set()


def _answer_every_card(ex, values: dict) -> None:
    """The cards of a form's app in this kernel, answered as a learner would (pressing Record on each)."""
    from caire.core import app

    app._CARDS.clear()
    app._SHOWN["exercise"] = ex.question.__self__
    cards = {question_id: app.question_card(question, "none") for question_id, question in ex.QUESTIONS.items()}
    for question_id, value in values.items():
        question, card = ex.question(question_id), cards[question_id]
        entry, button, said = card.children[:3]
        if isinstance(question.answer_with, Several):
            for box, key in zip(entry.children, entry.option_keys):
                box.value = key in value
        else:
            entry.value = value
        assert button.description == "Record my answer"
        button.click()
        assert "Answer recorded" in said.value and "Right" not in said.value and "Not yet" not in said.value


@pytest.mark.parametrize("earlier", [False, True], ids=["pre-test", "post-test"])
def test_the_app_records_answers_and_shows_results_only_after_a_post_test(earlier, monkeypatch, capsys):
    from caire.core import app
    from caire.submission import Submitted

    sent = {}
    monkeypatch.setattr(
        "caire.submission.submit_answers",
        lambda assignment, answers: sent.update({assignment: dict(answers)}) or Submitted("sent", "submitted"),
    )
    monkeypatch.setattr("caire.submission.submitted_before", lambda names: {"literacy-test-b-en"} if earlier else set())
    values = {entry.id: right_key(entry) for entry in form_items("a") if entry.graded}
    values["s01_confident_using"] = 4
    values["p02_how_often"] = "weekly"
    _answer_every_card(form_a, values)
    panel = app.submit_panel("literacy-test-a")
    panel.children[0].click()
    status = panel.children[1].value
    assert sent["literacy-test-a-en"] == values, "Submit hands in exactly the recorded answers"
    assert "s02_confident_judging" not in sent["literacy-test-a-en"], "an untouched slider is no answer"
    ok_texts = [catalog("en")[f"{entry.id}.ok"] for entry in KNOWLEDGE]
    if earlier:
        assert "Your results" in status and "Questions answered right: 24 of 24" in status
        assert sum(text.replace("'", "&#x27;") in status for text in ok_texts) == 24
    else:
        assert "Submitted" in status and "Your results" not in status
        assert not any(text[:40].replace("'", "&#x27;") in status for text in ok_texts), "a pre-test shows no answer"
    app._CARDS.clear()


# --- the sources and the built notebooks ---------------------------------------------------------------------


def test_the_sources_are_what_the_bank_gives():
    assert sources.stale() == [], "run python -m caire.assessment.sources, then make notebooks"
    assert sources.main(["--check"]) == 0


def test_a_source_out_of_date_is_found_and_rewritten(tmp_path):
    (tmp_path / "course" / "literacy-test-a").mkdir(parents=True)
    (tmp_path / "course" / "literacy-test-a" / "exercise.py").write_text("# %%\nprint('old')\n", encoding="utf-8")
    assert sources.stale(tmp_path) == [sources.source_path(form, tmp_path) for form in FORMS]
    assert sources.write(tmp_path) == [sources.source_path(form, tmp_path) for form in FORMS]
    assert sources.stale(tmp_path) == []


@pytest.mark.parametrize("form", FORMS)
def test_the_source_grades_knowledge_items_in_hidden_tests_and_the_survey_for_no_points(form):
    import jupytext

    cells = jupytext.read(sources.source_path(form), fmt="py:percent").cells
    tests = {
        cell.metadata["nbgrader"]["grade_id"]: cell for cell in cells if cell.metadata.get("nbgrader", {}).get("grade")
    }
    assert list(tests) == [entry.id for entry in form_items(form)]
    for entry in form_items(form):
        cell = tests[entry.id]
        visible, _, hidden = cell.source.partition("### BEGIN HIDDEN TESTS")
        assert f'ex.require("{entry.id}",' in visible and visible.count("ex.require(") == 1
        assert cell.source.lstrip().startswith('"""Question ')
        if entry.graded:
            assert cell.metadata["nbgrader"]["points"] == 1 and '"right")' in hidden
        else:
            assert cell.metadata["nbgrader"]["points"] == 0 and not hidden
    app = [cell.source for cell in cells if cell.metadata.get("only") == "app" and cell.cell_type == "markdown"]
    assert any("In this app you:" in text and "\n1. " in text for text in app)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("form", FORMS)
def test_the_app_holds_no_key_and_no_solution(form, language):
    text = (REPO / "apps" / language / f"literacy-test-{form}.ipynb").read_text(encoding="utf-8")
    notebook = nbformat.reads(text, as_version=4)
    assert "BEGIN SOLUTION" not in text and "HIDDEN TESTS" not in text and "nbgrader" not in text
    assert not re.search(r"\b[0-9a-f]{64}\b", text)
    assert not re.search(r"answer_\d\d\s*=", text)
    shown = re.findall(r'show_question\(ex, "(\w+)"\)', "\n".join(cell.source for cell in notebook.cells))
    assert shown == [entry.id for entry in form_items(form)]
    assert f"form_{form} as ex" in text and notebook.metadata["caire"]["language"] == language
    for entry in KNOWLEDGE:  # the feedback texts live in the kernel only
        assert catalog(language)[f"{entry.id}.ok"][:40] not in text


def test_the_documentation_says_how_to_run_and_analyse_the_test():
    text = (REPO / "docs" / "research.md").read_text(encoding="utf-8")
    for said in ("python -m autograder research prepost --out", "form A to half", "feedback of the post-test only"):
        assert said in text
    assert "docs/research.md" in (REPO / "README.md").read_text(encoding="utf-8").split("pre/post AI-literacy test")[1]


def test_the_readme_links_both_test_apps_on_binder():
    text = (REPO / "README.md").read_text(encoding="utf-8")
    table = text.split("<!-- registry:binder -->")[1].split("<!-- /registry:binder -->")[0]
    for form in FORMS:
        for language in LANGUAGES:
            assert f"/apps/{language}/literacy-test-{form}.ipynb)" in table


# --- end to end: a small course, graded by nbgrader, analysed by research prepost ----------------------------

#: Six consenting learners and one who refused: (id, pre-test form, language, knowledge items right before, after).
LEARNERS = [
    ("zqlearner-1", "a", "en", 6, 18),
    ("zqlearner-2", "b", "en", 8, 16),
    ("zqlearner-3", "a", "fr", 10, 22),
    ("zqlearner-4", "b", "fr", 4, 15),
    ("zqlearner-5", "a", "en", 12, 20),
    ("zqlearner-6", "b", "en", 9, 9),
    ("zqrefused-7", "a", "en", 24, 24),
]
CONSENT = {name: not name.startswith("zqrefused") for name, *_ in LEARNERS}


def _answers(form: str, right: int, learner: int, sitting: str) -> dict:
    """The first ``right`` knowledge items right, the others wrong; survey answers that differ by learner and
    sitting (confidence one step higher after the course)."""
    answers = {}
    for index, entry in enumerate(entry for entry in form_items(form) if entry.graded):
        key = right_key(entry)
        answers[entry.id] = key if index < right else next(option for option in entry.options if option != key)
    for entry in SURVEY:
        if entry.kind == "scale":
            answers[entry.id] = min(5, 1 + learner % 3 + (sitting == "post"))
        elif entry.kind == "choice":
            answers[entry.id] = entry.options[(learner + (sitting == "post")) % len(entry.options)]
        else:
            answers[entry.id] = {entry.options[learner % 2], entry.options[2]}
    return answers


def _run(*command: str, env: dict) -> subprocess.CompletedProcess:
    done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, f"{' '.join(command)} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done


@pytest.fixture(scope="module")
def analysed(tmp_path_factory):
    """Seven learners take a form before and the other after (through the student version, as the app's Submit
    fills it); nbgrader autogrades them; research prepost analyses the six who consented."""
    from caire.submission import fill_answers

    base = tmp_path_factory.mktemp("literacy")
    course = base / "course"
    env = tool_env(CAIRE_COURSE_DIR=str(course))
    assignments = sorted({f"literacy-test-{form}-{language}" for _, first, language, *_ in LEARNERS for form in FORMS})
    _run(sys.executable, "-m", "autograder", "student-versions", *assignments, env=env)
    planted = {}
    for number, (student, first, language, before, after) in enumerate(LEARNERS):
        second = "b" if first == "a" else "a"
        for sitting, form, right, day in (("pre", first, before, "10"), ("post", second, after, "24")):
            assignment = f"literacy-test-{form}-{language}"
            released_path = next((course / "release" / assignment).glob("*.ipynb"))
            answers = _answers(form, right, number, sitting)
            planted[student, sitting] = answers
            folder = course / "submitted" / student / assignment
            folder.mkdir(parents=True)
            nbformat.write(
                fill_answers(nbformat.read(released_path, as_version=4), answers), folder / released_path.name
            )
            (folder / "timestamp.txt").write_text(f"2027-01-{day} 10:00:00.000000 UTC")
    for assignment in assignments:
        _run("nbgrader", "autograde", assignment, "--create", env=env)
    (course / "research-consent.csv").write_text(
        "student_id,consent\n" + "".join(f"{name},{'yes' if ok else 'no'}\n" for name, ok in CONSENT.items())
    )
    from autograder import research

    key_file = research.init_key(base / "keys" / "caire" / "research.key")
    out = base / "export"
    done = _run(
        sys.executable,
        "-m",
        "autograder",
        "research",
        "prepost",
        "--out",
        str(out),
        "--key-file",
        str(key_file),
        "--course",
        str(course),
        env=env,
    )
    key = research.read_key(key_file)
    return {"out": out, "course": course, "key": key, "planted": planted, "said": done.stdout}


@pytest.mark.slow
def test_every_submission_grades_to_its_knowledge_items_right(analysed):
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{analysed['course'] / 'gradebook.db'}") as gradebook:
        for student, first, language, before, after in LEARNERS:
            second = "b" if first == "a" else "a"
            for form, right in ((first, before), (second, after)):
                submission = gradebook.find_submission(f"literacy-test-{form}-{language}", student)
                assert (submission.score, submission.max_score) == (right, 24), (student, form)


@pytest.mark.slow
def test_research_prepost_scores_knowledge_items_only_and_exports_the_survey(analysed):
    import pandas as pd

    from autograder.research import pseudonym

    out, key, planted = analysed["out"], analysed["key"], analysed["planted"]
    assert "6 consenting learner(s) took both tests" in analysed["said"]
    learners = pd.read_csv(out / "prepost_learners.csv").set_index("learner")
    for student, _first, _language, before, after in LEARNERS[:6]:
        row = learners.loc[pseudonym(key, student)]
        assert (row["pre_right"], row["post_right"]) == (pytest.approx(before / 24), pytest.approx(after / 24))
    items_table = pd.read_csv(out / "prepost_items.csv")
    assert items_table["item"].str.startswith("k").all() and len(items_table) == len(KNOWLEDGE)

    survey = pd.read_csv(out / "prepost_survey.csv", keep_default_na=False, dtype={"value": str})
    assert len(survey) == 6 * 2 * len(SURVEY) and set(survey["item"]) == {entry.id for entry in SURVEY}
    for student, *_ in LEARNERS[:6]:
        mine = survey[survey["learner"] == pseudonym(key, student)]
        for row in mine.itertuples():
            given = planted[student, row.sitting][row.item]
            expected = "|".join(sorted(given)) if isinstance(given, set) else str(given)
            assert row.value == expected, (student, row.sitting, row.item)
    means = pd.read_csv(out / "prepost_survey_items.csv", keep_default_na=False)
    scale = means[(means["item"] == "s01_confident_using")].iloc[0]
    values = {
        sitting: [planted[student, sitting]["s01_confident_using"] for student, *_ in LEARNERS[:6]]
        for sitting in ("pre", "post")
    }
    assert scale["statistic"] == "mean" and int(scale["learners"]) == 6
    assert float(scale["pre"]) == pytest.approx(sum(values["pre"]) / 6)
    assert float(scale["post"]) == pytest.approx(sum(values["post"]) / 6)
    tools = means[means["item"] == "p01_tools_used"].set_index("option")
    assert set(tools["statistic"]) == {"share"} and float(tools.loc["built_in", "pre"]) == 1.0

    spec = json.loads((out / "data_dictionary.json").read_text(encoding="utf-8"))
    assert {"prepost_survey", "prepost_survey_items"} <= {table["name"] for table in spec["tables"]}


@pytest.mark.slow
def test_the_learner_who_did_not_consent_appears_nowhere(analysed):
    from autograder.research import pseudonym

    refused = [student for student, ok in CONSENT.items() if not ok]
    text = "\n".join(
        path.read_text(encoding="utf-8", errors="replace")
        for path in analysed["out"].iterdir()
        if path.suffix != ".parquet"
    )
    for student in refused:
        assert student not in text and pseudonym(analysed["key"], student) not in text
    assert "zqlearner" not in text, "no student id reaches the export"


def test_survey_means_suppress_small_groups():
    import pandas as pd

    from autograder.prepost import survey_means

    rows = [
        (f"l{n}", "", "en", "a", sitting, "s01_x", str(2 + (sitting == "post")), 2.0 + (sitting == "post"))
        for n in range(4)
        for sitting in ("pre", "post")
    ]
    small = pd.DataFrame(rows, columns=["learner", "group", "language", "form", "sitting", "item", "value", "number"])
    table = survey_means(small, min_group=5)
    assert table["suppressed"].all() and table[["learners", "pre", "post"]].isna().all().all()
    bigger = pd.concat([small, small.assign(learner=small["learner"] + "b")])
    row = survey_means(bigger, min_group=5).iloc[0]
    assert not row["suppressed"] and (row["learners"], row["pre"], row["post"]) == (8, 2.0, 3.0)


def test_answers_are_read_from_the_answer_cells_as_literals(tmp_path):
    from autograder.prepost import answer_text, notebook_answers

    assert notebook_answers(tmp_path / "missing.ipynb") == {}
    source = nbformat.read(REPO / "assignments" / "literacy-test-a-en" / "literacy-test-a.ipynb", as_version=4)
    found = notebook_answers_of(source, tmp_path)
    assert found["s01_confident_using"] == 3 and found["p01_tools_used"] == {"chatbot", "writing"}
    assert (
        answer_text({"writing", "chatbot"}) == "chatbot|writing" and answer_text(4) == "4" and answer_text(None) == ""
    )
    assert answer_text(" Weekly ") == "weekly"


def notebook_answers_of(notebook, folder: Path) -> dict:
    from autograder.prepost import notebook_answers

    path = folder / "nb.ipynb"
    nbformat.write(notebook, path)
    return notebook_answers(path)
