"""Module 06: corpus, tokens, counting model, temperature, the tiny neural model, and the assignment's checks."""

from __future__ import annotations

import math

import pytest

import caire
from caire.core.checks import answer_digest
from caire.core.i18n import LANGUAGES, catalog
from caire.modules.language_models import model as lm
from caire.modules.language_models import questions as ex


@pytest.fixture(autouse=True)
def english():
    caire.set_language("en")
    yield
    caire.set_language("en")


@pytest.mark.parametrize("language", LANGUAGES)
def test_corpus_is_small_ours_and_in_each_language(language):
    raw = (lm.DATA / f"corpus_{language}.txt").read_text(encoding="utf-8")
    assert "CC0" in raw.splitlines()[0]
    text = lm.load_corpus(language)
    assert 2_000 < len(text) < 40_000
    assert "#" not in text.splitlines()[0]


def test_corpus_follows_the_learners_language():
    caire.set_language("fr")
    assert lm.load_corpus() == lm.load_corpus("fr") != lm.load_corpus("en")


def test_tokens_by_character_and_by_word():
    assert lm.tokens("Hi, you.") == list("Hi, you.")
    assert lm.tokens("Hi, you.", "words") == ["Hi", ",", "you", "."]
    assert lm.vocabulary("abba") == ["a", "b"]


def test_next_counts_and_temperature():
    assert lm.next_counts("a", "abacad") == {"b": 1, "c": 1, "d": 1}
    counts = {"x": 3, "y": 1}
    assert lm.with_temperature(counts, 1.0) == pytest.approx({"x": 0.75, "y": 0.25})
    assert lm.with_temperature(counts, 0.5)["x"] > 0.75 > lm.with_temperature(counts, 2.0)["x"]


def test_counting_model_gets_better_with_more_context():
    scores = [lm.counting_accuracy(length) for length in range(6)]
    assert scores == sorted(scores) and scores[0] < 0.3 < scores[-1]
    written = lm.counting_write("The", 3, length=50, seed=0)
    assert written.startswith("The") and len(written) <= 53


def test_longest_copy_and_invented_words():
    assert lm.longest_copy("zzthe catzz", "the cat sat") == "the cat"
    assert lm.invented_words("the dog sat", "the cat sat") == ["dog"]


def test_parameter_count_and_scale():
    assert lm.count_parameters(10, context=2, embedding=3, hidden=4) == 10 * 3 + (6 + 1) * 4 + (4 + 1) * 10
    assert lm.orders_of_magnitude(1e4, 175e9) == 7
    rows = lm.scale_rows()
    assert rows[0][1] == lm.model_parameters() and ("GPT-3", 175e9, 300e9, "Brown et al., 2020") in rows


def test_neural_model_trains_fast_writes_and_memorises():
    model = lm.train_language_model(steps=300)
    assert model.parameters == lm.model_parameters()
    assert model.train_seconds < 5 and model.losses[-1] < model.losses[0]
    probabilities = model.probabilities("The cou")
    assert math.isclose(sum(probabilities.values()), 1, rel_tol=1e-4)
    written = model.write("The ", length=40, temperature=0)
    assert written == model.write("The ", length=40, temperature=0)
    assert len(lm.longest_copy(written)) >= 10


@pytest.mark.parametrize(
    ("call", "name"),
    [
        (lambda: lm.tokens("abc", "letters"), "kind"),
        (lambda: lm.tokens(3), "text"),
        (lambda: lm.next_counts(3), "context"),
        (lambda: lm.with_temperature({"a": 1}, 0), "temperature"),
        (lambda: lm.with_temperature({"a": 1}, "hot"), "temperature"),
        (lambda: lm.counting_accuracy(-1), "context_length"),
        (lambda: lm.counting_write("a", length=0), "length"),
        (lambda: lm.count_parameters(0), "vocabulary_size"),
        (lambda: lm.train_language_model(steps=0), "steps"),
        (lambda: lm.train_language_model(language="de"), "language"),
        (lambda: lm.plot_next("zzzzqqq"), "context"),
        (lambda: lm.plot_losses("model"), "model"),
        (lambda: lm.sampler(None), "model"),
        (lambda: lm.orders_of_magnitude(0, 1), "small"),
    ],
)
def test_bad_input_names_the_argument(call, name):
    with pytest.raises((TypeError, ValueError), match=name):
        call()


@pytest.mark.parametrize("language", LANGUAGES)
def test_right_answers_pass_every_check_in_each_language(language):
    caire.set_language(language)
    right = {
        "q1_vocabulary_size": len(set(lm.load_corpus())),
        "q2_context_length": next(n for n in range(11) if lm.counting_accuracy(n) >= ex.COUNTING_TARGET),
        "q3_temperature": 0.2,
        "q4_how_it_writes": "b",
        "q5_scale_gap": round(math.log10(175e9 / lm.model_parameters())),
    }
    for question_id, answer in right.items():
        feedback = ex.check(question_id, answer)
        assert feedback.passed, (question_id, feedback.message)


def test_wrong_answers_fail_the_hidden_criterion_but_near_ones_pass_the_visible_one():
    size = len(set(lm.load_corpus()))
    assert ex.check("q1_vocabulary_size", size + 2, "close").passed
    assert not ex.check("q1_vocabulary_size", size + 2, "exact").passed
    assert (
        ex.check("q2_context_length", 8, "reaches").passed and not ex.check("q2_context_length", 8, "smallest").passed
    )
    assert not ex.check("q2_context_length", 1).passed
    assert ex.check("q3_temperature", 0.8, "sharper").passed and not ex.check("q3_temperature", 0.8, "confident").passed
    assert not ex.check("q3_temperature", 1.5).passed
    assert not ex.check("q4_how_it_writes", "a").passed and ex.check("q4_how_it_writes", "a", "valid").passed
    gap = ex.powers_of_ten()
    assert ex.check("q5_scale_gap", gap + 1, "close").passed and not ex.check("q5_scale_gap", gap + 1, "exact").passed


@pytest.mark.parametrize(
    ("question_id", "answer", "name"),
    [
        ("q1_vocabulary_size", "47", "vocabulary_size"),
        ("q2_context_length", 2.5, "context_length"),
        ("q3_temperature", 0, "temperature"),
        ("q5_scale_gap", None, "powers_of_ten"),
    ],
)
def test_unusable_answers_get_a_message_naming_the_variable(question_id, answer, name):
    feedback = ex.check(question_id, answer)
    assert not feedback.passed and name in feedback.message


def test_the_right_choice_is_stored_only_as_a_digest():
    assert answer_digest("q4_how_it_writes", "b") == ex.Q4_RIGHT_DIGEST
    for language in LANGUAGES:
        for key in ex.Q4_OPTIONS:
            assert f"q4_how_it_writes.option.{key}" in catalog(language)


def test_checks_do_not_import_torch():
    import subprocess
    import sys

    code = (
        "import sys; from caire.modules.language_models import questions as ex; ex.check('q5_scale_gap', 7); "
        "ex.check('q2_context_length', 6); print('torch' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
