"""Module 16, Rights, confidentiality and professional secrecy: what only this module does (the shared tests cover
the rest)."""

from __future__ import annotations

import html

import matplotlib

matplotlib.use("Agg")

import pytest

from caire.core.i18n import LANGUAGES, set_language, t
from caire.core.timing import TRAINING_SECONDS
from caire.modules.rights_and_secrecy import questions
from caire.modules.rights_and_secrecy.data import (
    NOTES,
    SITUATIONS,
    TOOLS,
    notes,
    secret,
    secret_prompt,
    training_text,
    training_words,
    words,
)
from caire.modules.rights_and_secrecy.figures import plot_reproduction
from caire.modules.rights_and_secrecy.model import (
    CONTEXTS,
    SAMPLES,
    WINDOW,
    NGramModel,
    first_context_giving_back_the_secret,
    reproduction_rate,
    secret_recall,
    train_models,
    trained,
)
from caire.modules.rights_and_secrecy.widgets import (
    context_explorer,
    decision_explorer,
    decision_html,
    marked_html,
    secret_explorer,
    secret_html,
    training_summary,
    training_table,
    written_html,
)


@pytest.fixture(params=LANGUAGES)
def language(request):
    set_language(request.param)
    yield request.param
    set_language("en")


def test_the_training_text_is_generated_the_same_way_and_holds_the_secret_once(language):
    assert len(notes(language)) == NOTES
    assert notes(language) == notes(language)
    assert training_text(language).count(secret(language)) == 1
    assert training_text(language).startswith(notes(language)[0])
    assert secret(language).startswith(secret_prompt(language))


def test_the_constants_the_lesson_states():
    """The lesson says: 300 notes, six models of context 1 to 6, 60 texts each, runs of 8 words."""
    assert (NOTES, CONTEXTS, SAMPLES, WINDOW) == (300, (1, 2, 3, 4, 5, 6), 60, 8)


def test_words_names_a_bad_text():
    assert words("a b  c") == ("a", "b", "c")
    with pytest.raises(TypeError, match="text"):
        words(3)


def test_training_is_recorded_fast_and_the_models_grow_with_their_context(language):
    before = len(TRAINING_SECONDS)
    models = train_models(language)
    assert len(TRAINING_SECONDS) == before + 1 and TRAINING_SECONDS[-1] == models.seconds
    assert models.seconds < 2
    sizes = [models.measurements[c].entries for c in CONTEXTS]
    assert sizes == sorted(sizes) and len(set(sizes)) == len(sizes)
    assert models.words == len(training_words(language))


def test_the_figures_the_lesson_states(language):
    """The lesson's prose: under a tenth copied with one word of context, over nine in ten with six; with two
    words the name, birth date, file number and diagnosis come back but not the whole record; a slightly longer
    context gives it all back; the rate grows with the context."""
    m = trained(language).measurements
    assert m[1].reproduced < 0.1
    assert m[max(CONTEXTS)].reproduced > 0.9
    rates = [m[c].reproduced for c in CONTEXTS]
    assert rates == sorted(rates)
    share, written = secret_recall(trained(language).models[2], language)
    assert not m[2].secret_whole and share >= 0.75
    assert any(word.startswith("RX-4471-2290") for word in written)
    assert "Moreau," in written
    assert first_context_giving_back_the_secret(language) in (3, 4)
    assert all(m[c].secret_whole for c in CONTEXTS if c >= first_context_giving_back_the_secret(language))


def test_the_beginnings_the_lesson_suggests_do_what_it_says(language):
    """ "Weekly meeting" leads nowhere; "Her file" (one rare word of the record) brings the file number back."""
    models = trained(language)
    nowhere, rare = {"en": ("Weekly meeting", "Her file"), "fr": ("Réunion hebdomadaire", "Son dossier")}[language]
    for context in CONTEXTS:
        assert "RX-4471-2290" not in secret_html(models, nowhere, context)
        assert "RX-4471-2290" in secret_html(models, rare, context)


def test_the_answer_of_question_1_is_the_same_in_both_languages():
    assert first_context_giving_back_the_secret("en") == first_context_giving_back_the_secret("fr")


@pytest.mark.parametrize(
    "bad, error, name",
    [(0, ValueError, "context"), (7, ValueError, "context"), ("2", TypeError, "context"), (2.5, TypeError, "context")],
)
def test_a_model_names_a_bad_context(bad, error, name):
    with pytest.raises(error, match=name):
        NGramModel(bad)


def test_a_model_checks_what_it_learns_from_and_writes():
    with pytest.raises(TypeError, match="text_words"):
        NGramModel(2).fit("not a list of words")
    with pytest.raises(ValueError, match="text_words"):
        NGramModel(3).fit(("too", "short"))
    with pytest.raises(ValueError, match="trained"):
        NGramModel(2).generate("hello")
    model = NGramModel(1).fit(("a", "b", "a", "b", "a", "c"))
    assert model.generate("a", 1) == ("b",)
    assert model.generate("never seen", 2)  # falls back to the word counts
    with pytest.raises(ValueError, match="length"):
        model.generate("a", 0)


def test_the_measurements_name_a_bad_model():
    with pytest.raises(TypeError, match="model"):
        reproduction_rate("model")
    with pytest.raises(TypeError, match="model"):
        secret_recall(None)
    with pytest.raises(ValueError, match="samples"):
        reproduction_rate(trained("en").models[1], samples=0, language="en")


def test_marked_html_marks_only_copied_runs(language):
    copied = training_words(language)[:10]
    assert marked_html(copied, language).count("<mark>") == 10
    assert "<mark>" not in marked_html(("zz",) * 10, language)
    with pytest.raises(TypeError, match="text_words"):
        marked_html("a text", language)


def test_the_views_and_explorers_follow_their_controls(language):
    models = trained(language)
    assert training_summary(models)
    assert "<table" in training_table(models).data
    assert "<mark>" in written_html(models, 6, 1)
    assert written_html(models, 1, 2) != written_html(models, 6, 2)
    box = context_explorer(models, 1)
    before = box.summary.value
    box.children[0].value = 6
    assert box.summary.value != before
    leaked = secret_html(models, None, 3)
    assert "RX-4471-2290" in leaked
    assert html.escape(t("m16.secret.empty", language)) in secret_html(models, "   ", 1)
    box = secret_explorer(models)
    box.children[0].value = "zzz"
    assert "RX-4471-2290" not in box.summary.value.split("</p>", 1)[1]
    assert plot_reproduction(models).axes[0].get_title()


@pytest.mark.parametrize(
    "call, name",
    [
        (lambda m: written_html(m, 9), "context"),
        (lambda m: written_html(m, 1, 0), "note"),
        (lambda m: written_html("models"), "trained"),
        (lambda m: secret_html(m, 3), "prompt"),
        (lambda m: training_table([]), "trained"),
        (lambda m: plot_reproduction({}), "trained"),
        (lambda m: secret_explorer(m, 5), "prompt"),
    ],
)
def test_the_views_name_a_bad_argument(call, name):
    with pytest.raises((TypeError, ValueError), match=name):
        call(trained("en"))


def test_the_decision_exercise_recommends_one_tool_per_situation(language):
    assert set(SITUATIONS.values()) <= set(TOOLS)
    for situation, best in SITUATIONS.items():
        best_text = html.escape(t("m16.decision.best", language))
        assert best_text in decision_html(situation, best)
        other = next(tool for tool in TOOLS if tool != best)
        assert best_text not in decision_html(situation, other)
    box = decision_explorer()
    before = box.summary.value
    box.children[0].value = "rank_cvs"
    assert box.summary.value != before
    with pytest.raises(ValueError, match="situation"):
        decision_html("nowhere", "none")
    with pytest.raises(ValueError, match="tool"):
        decision_html("rank_cvs", "a hammer")


def test_question_1_accepts_only_the_measured_context(language):
    right = first_context_giving_back_the_secret(language)
    assert questions.check(questions.Q1, right, "right").passed
    assert not questions.check(questions.Q1, right - 1, "right").passed
    assert not questions.check(questions.Q1, right + 1, "right").passed
    for bad in (0, 7, "3", 2.5):
        feedback = questions.check(questions.Q1, bad, "valid")
        assert not feedback.passed and "shortest_context" in feedback.message


@pytest.mark.parametrize(
    "qid, right",
    [(questions.Q2, "c"), (questions.Q3, "d"), (questions.Q4, "b")],
)
def test_the_choice_questions_accept_only_their_answer(qid, right):
    assert questions.check(qid, right, "right").passed
    for wrong in set(questions.OPTIONS) - {right}:
        assert questions.check(qid, wrong, "valid").passed
        assert not questions.check(qid, wrong, "right").passed
    assert not questions.check(qid, "e", "valid").passed


def test_question_5_needs_exactly_the_right_statements():
    assert questions.check(questions.Q5, {"a", "c"}, "right").passed
    for wrong in ({"a"}, {"c"}, {"a", "c", "d"}, {"b", "d"}, {"a", "b", "c", "d"}):
        assert not questions.check(questions.Q5, wrong, "right").passed
    assert not questions.check(questions.Q5, set(), "valid").passed
