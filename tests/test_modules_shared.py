"""What every module of the registry must do, tested once for all of them (a new module is covered by its entry).

Its questions (caire.core.checks.Exercise), its right answers, its texts in both languages, its answer keys.
Module-specific behaviour is tested in tests/modules/test_<package>.py.
"""

from __future__ import annotations

import ast
import json
import re

import pytest
from conftest import REPO

from caire.core.checks import Choice, Several, answer_digest
from caire.core.i18n import LANGUAGES, catalog, placeholders, set_language, t
from caire.registry import MODULES


def literal_solutions(module) -> dict[str, object]:
    """For each question of ``module``'s English assignment whose solution is a plain value (a number, a text, a
    set...): that value. Solutions computed by code are left out (tests/test_nbgrader_workflow.py runs them)."""
    import nbformat

    from caire.submission import answer_slots

    path = REPO / "assignments" / module.assignment("en") / f"{module.name}.ipynb"
    notebook = nbformat.read(path, as_version=4)
    found = {}
    for question_id, (cell, _variable) in answer_slots(notebook).items():
        body = notebook.cells[cell].source.split("### BEGIN SOLUTION")[1].split("### END SOLUTION")[0]
        tree = ast.parse(body)
        if len(tree.body) == 1 and isinstance(tree.body[0], ast.Assign):
            try:
                found[question_id] = ast.literal_eval(tree.body[0].value)
            except ValueError:
                continue
    return found


def module_catalogue(module, language: str) -> dict[str, str]:
    return json.loads((module.folder / "locales" / f"{language}.json").read_text(encoding="utf-8"))


@pytest.fixture(params=MODULES, ids=lambda module: module.name)
def ex(request):
    set_language("en")
    yield request.param.questions()
    set_language("en")


def test_each_question_is_filed_under_its_own_id(ex):
    assert len(ex.QUESTIONS) >= 4
    for question_id, question in ex.QUESTIONS.items():
        assert question.id == question_id and ex.question(question_id) is question


def test_unknown_question_id_raises_naming_question_id(ex):
    for call in (
        lambda: ex.question("q99"),
        lambda: ex.check("q99", 1),
        lambda: ex.require("q99", 1),
        lambda: ex.show_options("q99"),
    ):
        with pytest.raises(KeyError, match="question_id"):
            call()


def test_unknown_criterion_raises_naming_the_known_ones(ex):
    for question_id, question in ex.QUESTIONS.items():
        with pytest.raises(ValueError, match="criterion") as raised:
            ex.check(question_id, None, "no such criterion")
        assert all(repr(name) in str(raised.value) for name in question.criteria)


def test_show_options_prints_each_option_in_the_current_language(ex, capsys):
    set_language("fr")
    for question_id, question in ex.QUESTIONS.items():
        if isinstance(question.answer_with, (Choice, Several)):
            ex.show_options(question_id)
            printed = capsys.readouterr().out.splitlines()
            if question.option_label is None:  # labels from this module's French texts
                labels = [t(f"{question_id}.option.{key}", "fr") for key in question.answer_with.options]
            else:  # labels from the data (e.g. measurement names), in French
                labels = [question.option_label(key) for key in question.answer_with.options]
            assert printed == [f"{key}) {label}" for key, label in zip(question.answer_with.options, labels)]
        else:
            with pytest.raises(ValueError, match="question_id"):
                ex.show_options(question_id)


@pytest.mark.parametrize("module", MODULES, ids=lambda module: module.name)
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_plain_solutions_pass_every_criterion(module, language):
    ex = module.questions()
    set_language(language)
    try:
        for question_id, answer in literal_solutions(module).items():
            for criterion in ex.question(question_id).criteria:
                feedback = ex.check(question_id, answer, criterion)
                assert feedback.passed, (question_id, criterion, feedback.message)
    finally:
        set_language("en")


def test_plain_solutions_are_found_for_most_questions():
    found = sum(len(literal_solutions(module)) for module in MODULES)
    assert found >= 40, "the check above must cover most questions of the course"


@pytest.mark.parametrize("module", MODULES, ids=lambda module: module.name)
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_question_has_its_texts(module, language):
    texts = catalog(language)
    for question_id, question in module.questions().QUESTIONS.items():
        needed = [f"{question_id}.label"]
        if question.option_label is None:
            needed += [f"{question_id}.option.{option}" for option in getattr(question.answer_with, "options", ())]
        if hasattr(question.criteria.get("right"), "digest"):  # checked by choice_criteria: its two feedbacks
            needed += [f"{question_id}.ok", f"{question_id}.wrong"]
        assert [key for key in needed if not texts.get(key, "").strip()] == []


@pytest.mark.parametrize("module", MODULES, ids=lambda module: module.name)
def test_a_module_catalogue_has_the_same_keys_and_placeholders_in_both_languages(module):
    english, french = (module_catalogue(module, language) for language in ("en", "fr"))
    assert sorted(set(english) ^ set(french)) == []
    assert {key: placeholders(text) for key, text in english.items()} == {
        key: placeholders(text) for key, text in french.items()
    }


@pytest.mark.parametrize("module", MODULES, ids=lambda module: module.name)
def test_a_module_names_its_texts_after_itself_or_its_questions(module):
    """Keys start with the module's prefix (m09.) or one of its question ids, so two modules never collide."""
    prefixes = (f"m{module.number:02d}.", *(f"{question_id}." for question_id in module.questions().QUESTIONS))
    assert [key for key in module_catalogue(module, "en") if not key.startswith(prefixes)] == []


@pytest.mark.parametrize("module", MODULES, ids=lambda module: module.name)
def test_right_options_are_stored_as_digests(module):
    """No answer key in plain text: a choice question checked by choice_criteria compares the answer's digest
    with the right one's (others compute what a right answer must do)."""
    ex = module.questions()
    source = "\n".join(path.read_text(encoding="utf-8") for path in sorted(module.folder.glob("*.py")))
    plain = re.search(r"\b(?!\w*(?:DIGEST|COLOUR))\w*RIGHT\w*\s*=\s*[\"'{(]", source)
    assert plain is None, f"a right answer written in plain text: {plain and plain.group(0)}"
    checked = 0
    for question_id, answer in literal_solutions(module).items():
        right = ex.question(question_id).criteria.get("right")
        if hasattr(right, "digest"):
            assert right.digest == answer_digest(question_id, answer) and right.digest in source, question_id
            checked += 1
    assert checked >= 1 or not any(isinstance(q.answer_with, Choice) for q in ex.QUESTIONS.values())


# --- numbers in the texts: the language's conventions ---------------------------------------------------------

#: A number for each kind of field, large enough to show grouping and decimals.
SAMPLE_NUMBERS = (0.25, 1234.5, 175_000_000_000, 7)


def rendered_texts(language: str):
    """Every message of the course's catalogues as t() shows it, each field filled by each sample number."""
    for key, text in catalog(language).items():
        fields = placeholders(text)
        for number in SAMPLE_NUMBERS:
            yield key, t(key, language, **dict.fromkeys(fields, number))


#: What French typography forbids in a number: "%" glued to it, a decimal point, an English thousands comma.
FRENCH_FAULTS = re.compile(r"\d%|\d\.\d|\d,\d{3}(?!\d)")
#: What English does not write: a space before "%", a decimal comma.
ENGLISH_FAULTS = re.compile(r"\d[ \u00a0\u202f]%|\d,\d{1,2}(?!\d)")


@pytest.mark.parametrize("language, faults", [("fr", FRENCH_FAULTS), ("en", ENGLISH_FAULTS)])
def test_numbers_in_every_message_follow_the_language(language, faults):
    wrong = {key: text for key, text in rendered_texts(language) if faults.search(re.sub(r"`[^`]*`", "", text))}
    assert wrong == {}


def test_the_number_check_catches_english_numbers_in_french():
    assert FRENCH_FAULTS.search("right on 90% of them") and FRENCH_FAULTS.search("seuil 0.5")
    assert FRENCH_FAULTS.search("1,000 vins") and not FRENCH_FAULTS.search("90\u00a0% et 0,5 et 1\u202f000")
    assert ENGLISH_FAULTS.search("90 %") and ENGLISH_FAULTS.search("0,5") and not ENGLISH_FAULTS.search("1,000 at 0.5")


def test_every_french_message_has_the_no_break_spaces_of_french_typography():
    from caire.core.typography import breakable_spaces

    assert [(key, place) for key, text in rendered_texts("fr") for place in breakable_spaces(text)] == []
