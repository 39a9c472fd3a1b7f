"""Module 14, Synthetic media and deepfakes: what only this module does (the shared tests cover the rest)."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import numpy as np
import pytest

from caire.core.i18n import LANGUAGES, set_language
from caire.core.timing import TRAINING_SECONDS
from caire.modules.synthetic_media import questions as ex
from caire.modules.synthetic_media.data import INK, PAPER, digit_rows, mosaic
from caire.modules.synthetic_media.figures import plot_detector, plot_digits, plot_watermark
from caire.modules.synthetic_media.model import (
    GAME_IMAGES,
    GENERATORS,
    THRESHOLD,
    cut_and_paste,
    detector_features,
    edit,
    embed,
    evaluate_detector,
    generate,
    hit_rate,
    is_watermarked,
    make_game,
    train_detector,
    train_generator,
    watermark_score,
    weakest_noise_that_removes,
)
from caire.modules.synthetic_media.widgets import describe_edit, detector_table, game_verdict, play, watermark_explorer


@pytest.fixture(scope="module")
def generator():
    return train_generator()


@pytest.fixture(scope="module")
def results(generator):
    detector = train_detector(generator)
    return [evaluate_detector(detector, generator, name) for name in GENERATORS]


# --- data ------------------------------------------------------------------------------------------------------


def test_the_digits_and_the_mosaic_are_locked_and_in_range():
    rows = digit_rows("train")
    assert rows.shape == (1257, 64) and rows.min() >= 0 and rows.max() <= 1
    image = mosaic()
    assert image.shape == (64, 64) and image.min() >= PAPER - 1e-9 and image.max() <= INK + 1e-9
    with pytest.raises(ValueError):
        image[0, 0] = 0.5


# --- the generator, the detector (the figures the lesson's prose states) ------------------------------------------


def test_the_generator_trains_live_in_under_two_seconds_and_is_recorded(generator):
    assert generator.seconds in TRAINING_SECONDS
    assert generator.seconds < 2.0
    assert generator.losses[-1] < generator.losses[0]
    drawn = generate(generator, 5)
    assert drawn.shape == (5, 64) and drawn.min() >= 0 and drawn.max() <= 1


def test_the_detector_catches_the_seen_generator_and_fails_on_the_unseen_one(results):
    seen, unseen = results
    # The lesson says "above 95%" for the autoencoder and "about 50%, no better than a coin" for the cut-and-paste fakes.
    assert seen.accuracy > 0.95
    assert 0.4 <= unseen.accuracy <= 0.6
    assert unseen.fakes_caught < 0.1 and unseen.real_kept > 0.95


def test_cut_and_paste_fakes_are_made_of_real_halves():
    fakes = cut_and_paste(4, seed=5)
    pool = digit_rows("test")
    for fake in fakes:
        assert any(np.array_equal(fake[:32], real[:32]) for real in pool)
        assert any(np.array_equal(fake[32:], real[32:]) for real in pool)


@pytest.mark.parametrize(
    "call, error, name",
    [
        (lambda g: generate("model", 3), TypeError, "generator"),
        (lambda g: generate(g, 0), ValueError, "count"),
        (lambda g: cut_and_paste("3"), TypeError, "count"),
        (lambda g: train_generator(epochs=0), ValueError, "epochs"),
        (lambda g: evaluate_detector(None, g, "autoencoder"), TypeError, "detector"),
        (lambda g: detector_features(np.zeros((3, 10))), ValueError, "rows"),
        (lambda g: make_game(g, count=1), ValueError, "count"),
    ],
)
def test_bad_arguments_are_named(generator, call, error, name):
    with pytest.raises(error, match=name):
        call(generator)


def test_an_unknown_generator_is_named(generator):
    detector = train_detector(generator)
    with pytest.raises(ValueError, match="name"):
        evaluate_detector(detector, generator, "gan")


# --- the game ------------------------------------------------------------------------------------------------------


def test_the_game_has_half_real_half_generated_and_scores_answers(generator):
    game = make_game(generator)
    assert len(game.generated) == GAME_IMAGES and sum(game.generated) == GAME_IMAGES // 2
    truth = ["generated" if flag else "real" for flag in game.generated]
    assert hit_rate(game, truth) == 1.0
    assert hit_rate(game, ["real" if answer == "generated" else "generated" for answer in truth]) == 0.0
    assert hit_rate(game, ["real"] * GAME_IMAGES) == 0.5


@pytest.mark.parametrize(
    "answers, error",
    [("real", TypeError), (["real"] * 3, ValueError), (["real"] * (GAME_IMAGES - 1) + ["fake"], ValueError)],
)
def test_bad_game_answers_are_named(generator, answers, error):
    with pytest.raises(error, match="answers"):
        hit_rate(make_game(generator), answers)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_game_widget_asks_for_every_answer_then_gives_the_hit_rate(generator, language):
    set_language(language)
    try:
        game = make_game(generator)
        box = play(game)
        box.check()
        assert "12" in box.result.value  # the images still to choose are listed
        for choice, flag in zip(box.choices, game.generated, strict=True):
            choice.value = "generated" if flag else "real"
        box.check()
        assert box.result.value == game_verdict(game, [choice.value for choice in box.choices])
        assert "100" in box.result.value
    finally:
        set_language("en")


# --- the watermark -------------------------------------------------------------------------------------------------


def test_the_watermark_is_invisible_and_found_and_absent_from_the_plain_image():
    marked = embed()
    assert np.abs(marked - mosaic()).max() <= 0.03 + 1e-9
    assert is_watermarked(marked)
    assert abs(watermark_score(mosaic())) < 3


def test_the_edits_do_what_the_lesson_says():
    marked = embed()
    # A one-column crop removes it.
    assert not is_watermarked(edit(marked, crop=1))
    # Noise: still found at 0.2, gone at about 0.4 (the lesson: "only noise of about 0.4").
    assert is_watermarked(edit(marked, noise=0.2))
    assert 0.3 <= weakest_noise_that_removes() <= 0.45
    # Grey levels: kept down to 8 levels, removed at 4 and 2.
    assert all(is_watermarked(edit(marked, levels=levels)) for levels in (256, 64, 16, 8))
    assert not any(is_watermarked(edit(marked, levels=levels)) for levels in (4, 2))


@pytest.mark.parametrize(
    "kwargs, error, name",
    [
        ({"crop": -1}, ValueError, "crop"),
        ({"crop": 1.5}, TypeError, "crop"),
        ({"noise": 0.9}, ValueError, "noise"),
        ({"noise": "a lot"}, TypeError, "noise"),
        ({"levels": 1}, ValueError, "levels"),
    ],
)
def test_bad_edits_are_named(kwargs, error, name):
    with pytest.raises(error, match=name):
        edit(embed(), **kwargs)


def test_a_bad_image_is_refused():
    with pytest.raises(ValueError, match="image"):
        watermark_score(np.zeros(64))
    with pytest.raises(ValueError, match="strength"):
        embed(strength=0.5)


# --- figures and widgets -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_figures_carry_their_text_alternative(generator, results, language):
    set_language(language)
    try:
        assert "12" in plot_digits(generate(generator, 12), "autoencoder").caire_description
        assert plot_detector(results).axes[0].get_title()
        figure = plot_watermark(edit(embed(), crop=1))
        assert "64 × 63" in figure.caire_description
        with pytest.raises(ValueError, match="kind"):
            plot_digits(generate(generator, 2), "photos")
        with pytest.raises(ValueError, match="rows"):
            plot_digits(np.zeros((2, 10)))
        with pytest.raises(TypeError, match="results"):
            plot_detector([])
    finally:
        set_language("en")


def test_the_watermark_explorer_follows_its_sliders():
    box = watermark_explorer()
    assert box.summary.value == describe_edit()
    assert str(THRESHOLD).split(".")[0] in box.summary.value
    before = box.summary.value
    box.children[0].value = 1
    assert box.summary.value != before and box.summary.value == describe_edit(crop=1)


def test_the_detector_table_lists_both_generators(results):
    html = detector_table(results).data
    assert html.count("<tr>") == 3
    with pytest.raises(TypeError, match="results"):
        detector_table(["not a result"])


# --- questions -----------------------------------------------------------------------------------------------------


def test_question_1_passes_a_noise_that_removes_the_watermark_and_fails_one_that_does_not():
    assert ex.check(ex.Q1, 0.45, "removed").passed
    assert ex.check(ex.Q1, weakest_noise_that_removes(), "removed").passed
    assert not ex.check(ex.Q1, 0.1, "removed").passed
    assert not ex.check(ex.Q1, 0.0, "removed").passed
    for unusable in (0.8, -0.1, "0.4", None):
        feedback = ex.check(ex.Q1, unusable)
        assert not feedback.passed and "noise" in feedback.message


@pytest.mark.parametrize("question, right", [(ex.Q2, "c"), (ex.Q3, "d"), (ex.Q5, "a")])
def test_single_answer_questions_pass_the_right_option_only(question, right):
    assert ex.check(question, right, "right").passed
    for option in set(ex.OPTIONS) - {right}:
        assert not ex.check(question, option, "right").passed
    assert not ex.check(question, "e", "valid").passed


def test_question_4_needs_exactly_the_true_statements():
    assert ex.check(ex.Q4, {"a", "c"}, "right").passed
    for wrong in ({"a"}, {"c"}, {"a", "b", "c"}, {"a", "c", "d"}, {"b", "d"}):
        assert not ex.check(ex.Q4, wrong, "right").passed
    assert not ex.check(ex.Q4, set(), "valid").passed
