"""Module 06, language models: corpus, tokens, counting model, temperature, the tiny neural model, its widgets and
the assignment's checks."""

from __future__ import annotations

import html
import math

import matplotlib

matplotlib.use("Agg")  # no display: draw off-screen

import ipywidgets as ipw
import matplotlib.pyplot as plt
import pytest
from matplotlib.figure import Figure

import caire
from caire.core.i18n import LANGUAGES, set_language, t
from caire.core.numbers import integer, percent
from caire.core.timing import TRAINING_SECONDS
from caire.modules.language_models import data, figures, model, widgets
from caire.modules.language_models import questions as ex


@pytest.fixture(autouse=True)
def english_and_no_open_figures():
    caire.set_language("en")
    yield
    caire.set_language("en")
    plt.close("all")


@pytest.mark.parametrize("language", LANGUAGES)
def test_corpus_is_small_ours_and_in_each_language(language):
    raw = (data.DATA / f"corpus_{language}.txt").read_text(encoding="utf-8")
    assert "CC0" in raw.splitlines()[0]
    text = data.load_corpus(language)
    assert 2_000 < len(text) < 40_000
    assert "#" not in text.splitlines()[0]


def test_corpus_follows_the_learners_language():
    caire.set_language("fr")
    assert data.load_corpus() == data.load_corpus("fr") != data.load_corpus("en")


def test_tokens_by_character_and_by_word():
    assert data.tokens("Hi, you.") == list("Hi, you.")
    assert data.tokens("Hi, you.", "words") == ["Hi", ",", "you", "."]
    assert data.vocabulary("abba") == ["a", "b"]


def test_next_counts_and_temperature():
    assert model.next_counts("a", "abacad") == {"b": 1, "c": 1, "d": 1}
    counts = {"x": 3, "y": 1}
    assert model.with_temperature(counts, 1.0) == pytest.approx({"x": 0.75, "y": 0.25})
    assert model.with_temperature(counts, 0.5)["x"] > 0.75 > model.with_temperature(counts, 2.0)["x"]


def test_counting_model_gets_better_with_more_context():
    scores = [model.counting_accuracy(length) for length in range(6)]
    assert scores == sorted(scores) and scores[0] < 0.3 < scores[-1]
    written = model.counting_write("The", 3, length=50, seed=0)
    assert written.startswith("The") and len(written) <= 53


def test_longest_copy_and_invented_words():
    assert model.longest_copy("zzthe catzz", "the cat sat") == "the cat"
    assert model.invented_words("the dog sat", "the cat sat") == ["dog"]


def test_parameter_count_and_scale():
    assert model.count_parameters(10, context=2, embedding=3, hidden=4) == 10 * 3 + (6 + 1) * 4 + (4 + 1) * 10
    rows = model.scale_rows()
    assert rows[0][1] == model.model_parameters() and ("GPT-3", 175e9, 300e9, "Brown et al., 2020") in rows


def test_neural_model_trains_writes_and_memorises():
    before = len(TRAINING_SECONDS)
    trained = model.train_language_model(steps=300)
    assert trained.parameters == model.model_parameters()
    assert len(TRAINING_SECONDS) == before + 1 and TRAINING_SECONDS[-1] == trained.train_seconds
    assert len(trained.losses) == 300 and trained.losses[-1] < trained.losses[0]
    probabilities = trained.probabilities("The cou")
    assert math.isclose(sum(probabilities.values()), 1, rel_tol=1e-4)
    written = trained.write("The ", length=40, temperature=0)
    assert written == trained.write("The ", length=40, temperature=0)
    assert len(model.longest_copy(written)) >= 10


def test_training_reports_every_step_and_is_the_same_each_time():
    seen = []
    first = model.train_language_model(steps=30, on_step=lambda step, loss: seen.append((step, loss)))
    assert [step for step, _ in seen] == list(range(1, 31)) and [loss for _, loss in seen] == first.losses
    assert model.train_language_model(steps=30).losses == first.losses


@pytest.mark.parametrize(
    ("call", "name"),
    [
        (lambda: data.tokens("abc", "letters"), "kind"),
        (lambda: data.tokens(3), "text"),
        (lambda: model.next_counts(3), "context"),
        (lambda: model.with_temperature({"a": 1}, 0), "temperature"),
        (lambda: model.with_temperature({"a": 1}, "hot"), "temperature"),
        (lambda: model.counting_accuracy(-1), "context_length"),
        (lambda: model.counting_write("a", length=0), "length"),
        (lambda: model.count_parameters(0), "vocabulary_size"),
        (lambda: model.train_language_model(steps=0), "steps"),
        (lambda: model.train_language_model(steps=2, on_step="print"), "on_step"),
        (lambda: model.train_language_model(language="de"), "language"),
        (lambda: figures.plot_next("zzzzqqq"), "context"),
        (lambda: figures.plot_losses("model"), "model"),
        (lambda: widgets.sampler(None), "model"),
        (lambda: widgets.temperature_explorer("zzzzqqq"), "context"),
        (lambda: widgets.temperature_explorer(3), "context"),
        (lambda: widgets.counting_explorer(11), "context_length"),
        (lambda: widgets.train_with_progress(steps=0), "steps"),
    ],
)
def test_bad_input_names_the_argument(call, name):
    with pytest.raises((TypeError, ValueError), match=name):
        call()


#: The single-answer questions, each with its options and the digest of its right one.
CHOICES = {
    "q1_long_context_recites": ("Q1_OPTIONS", "Q1_RIGHT_DIGEST"),
    "q2_support_emails": ("Q2_OPTIONS", "Q2_RIGHT_DIGEST"),
    "q4_handbook_assistant": ("Q4_OPTIONS", "Q4_RIGHT_DIGEST"),
    "q5_what_size_changes": ("Q5_OPTIONS", "Q5_RIGHT_DIGEST"),
}


def _right_option(question_id: str) -> str:
    from caire.core.checks import answer_digest

    options, digest = (getattr(ex, name) for name in CHOICES[question_id])
    matching = [key for key in options if answer_digest(question_id, key) == digest]
    assert len(matching) == 1, f"exactly one option of {question_id} is right"
    return matching[0]


def test_the_assignment_has_five_questions_that_say_what_they_measure():
    assert list(ex.QUESTIONS) == [
        "q1_long_context_recites",
        "q2_support_emails",
        "q3_temperature",
        "q4_handbook_assistant",
        "q5_what_size_changes",
    ]
    assert all(len(question.criteria) == 2 for question in ex.QUESTIONS.values())
    assert set(ex.OBJECTIVES) == {question.objective for question in ex.QUESTIONS.values()}
    assert [q.id for q in ex.QUESTIONS.values() if q.transfer] == ["q2_support_emails", "q4_handbook_assistant"]
    for language in LANGUAGES:
        assert all(t(f"m06.objective.{key}", language).strip() for key in ex.OBJECTIVES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_right_answers_pass_every_check_in_each_language(language):
    caire.set_language(language)
    right = {question_id: _right_option(question_id) for question_id in CHOICES} | {"q3_temperature": 0.2}
    for question_id, answer in right.items():
        for criterion in ex.question(question_id).criteria:
            feedback = ex.check(question_id, answer, criterion)
            assert feedback.passed, (question_id, criterion, feedback.message)


@pytest.mark.parametrize("question_id", list(CHOICES))
def test_every_distractor_fails_the_hidden_criterion_only(question_id):
    """Each wrong option, a misconception of its own, is a usable answer that is not right."""
    for key in ex.question(question_id).answer_with.options:
        if key != _right_option(question_id):
            assert ex.check(question_id, key, "valid").passed
            feedback = ex.check(question_id, key)
            assert not feedback.passed and feedback.message == t(f"{question_id}.wrong")


@pytest.mark.parametrize("question_id", list(CHOICES))
@pytest.mark.parametrize("language", LANGUAGES)
def test_choice_options_give_no_clue_by_their_length(question_id, language):
    """A test-wise guess ("the longest option") does not find the right one, and no option stands out."""
    options = ex.question(question_id).answer_with.options
    lengths = {key: len(t(f"{question_id}.option.{key}", language)) for key in options}
    assert max(lengths, key=lengths.get) != _right_option(question_id), lengths
    assert max(lengths.values()) <= 1.2 * min(lengths.values()), lengths


def test_wrong_temperatures_fail_the_hidden_criterion_but_sharper_ones_pass_the_visible_one():
    assert ex.check("q3_temperature", 0.8, "sharper").passed and not ex.check("q3_temperature", 0.8, "confident").passed
    assert not ex.check("q3_temperature", 1.5).passed


@pytest.mark.parametrize("language", LANGUAGES)
def test_q1_rests_on_a_counting_model_that_recites_its_corpus_with_8_characters(language):
    """The right option of question 1: with 8 characters the score is high because the model continues the corpus
    word for word (what the explorer shows), which it does not with 1 or 2."""
    caire.set_language(language)
    assert model.counting_accuracy(8) >= 0.9 and model.counting_accuracy(1) < 0.4
    reciting = model.counting_write(data.load_corpus()[:8], 8, length=160, seed=1)
    assert len(model.longest_copy(reciting)) >= 60
    for short in (1, 2):
        assert len(model.longest_copy(model.counting_write(data.load_corpus()[:short], short, length=160, seed=1))) < 30


def test_q5_rests_on_the_tables_figures():
    """The stem: Llama 3.1 405B has 405 billion parameters, tens of millions of times ours, and 15.6 trillion tokens."""
    rows = {name: (parameters, tokens) for name, parameters, tokens, _ in model.scale_rows()}
    assert rows["Llama 3.1 405B"] == (405e9, 15.6e12)
    assert 1e7 <= 405e9 / model.model_parameters() < 1e8


@pytest.mark.parametrize(
    ("question_id", "answer", "name"),
    [
        ("q1_long_context_recites", 4, "a, b, c, d"),
        ("q2_support_emails", "e", "a, b, c, d"),
        ("q3_temperature", 0, "temperature"),
        ("q3_temperature", "cold", "temperature"),
        ("q4_handbook_assistant", None, "a, b, c, d"),
        ("q5_what_size_changes", {"c"}, "a, b, c, d"),
    ],
)
def test_unusable_answers_get_a_message_naming_the_variable(question_id, answer, name):
    feedback = ex.check(question_id, answer)
    assert not feedback.passed and name in feedback.message


def test_checks_do_not_import_torch():
    import subprocess
    import sys

    code = (
        "import sys; from caire.modules.language_models import questions as ex; ex.check('q5_what_size_changes', 'c'); "
        "ex.check('q3_temperature', 0.5); print('torch' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


# --- charts and widgets -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def small_model():
    return model.train_language_model(steps=20)


def test_charts_return_their_figure_and_draw_what_they_say(small_model):
    figure = figures.plot_next("e", temperature=0.5)
    assert isinstance(figure, Figure)
    heights = [bar.get_height() for bar in figure.axes[0].patches]
    expected = sorted(model.with_temperature(model.next_counts("e"), 0.5).values(), reverse=True)[:10]
    assert heights == pytest.approx(expected)
    losses = figures.plot_losses(small_model)
    assert list(losses.axes[0].lines[0].get_ydata()) == pytest.approx(small_model.losses)
    scale = figures.plot_scale()
    assert [label.get_text() for label in scale.axes[0].get_yticklabels()] == [row[0] for row in model.scale_rows()]
    _, ax = plt.subplots()
    assert figures.plot_next("th", ax=ax) is ax.figure


@pytest.mark.parametrize("language", LANGUAGES)
def test_scale_table_writes_numbers_the_languages_way(language):
    set_language(language)
    table = widgets.scale_table()
    assert html.escape(integer(175e9)) in table and html.escape(integer(model.model_parameters())) in table
    assert html.escape(t("m06.table.unknown")) in table
    if language == "fr":
        assert "175,000" not in table


def test_explorers_follow_their_controls(small_model):
    characters = widgets.characters_explorer()
    listing, box, summary, _chart = characters.children
    assert html.escape(integer(data.load_corpus().count("e"))) in listing.value
    box.value = "Hi, you."
    assert "H | i | , | ␣ | y | o | u | ." in summary.value
    counting = widgets.counting_explorer(context_length=1)
    length, shown, _chart = counting.children
    length.value = 4
    assert html.escape(percent(model.counting_accuracy(4), 1)) in shown.value
    temperature = widgets.temperature_explorer("e", temperature=1.0)
    control, _summary, chart = temperature.children
    control.value = 0.5
    assert isinstance(chart, ipw.Output) and len(chart.outputs) == 1 and plt.get_fignums() == []
    panel = widgets.sampler(small_model, start="The ", temperature=0)
    assert panel.children[-1].value.startswith("<pre")


def test_train_with_progress_fills_its_bar(monkeypatch):
    shown = []
    monkeypatch.setattr("IPython.display.display", lambda widget: shown.append(widget))
    trained = widgets.train_with_progress(steps=30)
    (bar,) = shown
    assert (bar.value, bar.max) == (30, 30) and len(trained.losses) == 30
    assert bar.description == t("m06.widget.trained", seconds=trained.train_seconds)
