"""Module 05, perception: the digit images, the network, harder images, the attack, the checks and the widgets.

Right answers are worked out here independently where possible (scipy, sklearn, torch called directly),
not read from the code under test.
"""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")  # no display: draw off-screen

import html
import re
import time

import ipywidgets as widgets
import matplotlib.pyplot as plt
import numpy as np
import pytest
from conftest import REPO
from matplotlib.figure import Figure

from caire.core.checks import Choice, Drawing, Feedback, Several, answer_digest
from caire.core.i18n import LANGUAGES, catalog, set_language, t
from caire.core.numbers import percent
from caire.core.timing import TRAINING_SECONDS
from caire.modules.perception import data as pdata
from caire.modules.perception import figures as pf
from caire.modules.perception import model
from caire.modules.perception import questions as ex
from caire.modules.perception import widgets as pw
from caire.modules.perception.data import (
    UNCROSSED_SEVEN,
    as_drawing,
    as_images,
    drawing_text,
    load_digit_images,
)
from caire.modules.perception.model import digit_network, train_digit_network

SEVEN = ["..#####.", "......#.", ".....#..", "...####.", "....#...", "...#....", "...#....", "...#...."]
Q1, Q2, Q3, Q4, Q5 = ex.QUESTIONS


@pytest.fixture(autouse=True)
def english_and_no_open_figures():
    set_language("en")
    yield
    set_language("en")
    plt.close("all")


# --- the images -----------------------------------------------------------------------------------------


def _old_test_rows(labels: np.ndarray, share: float, seed: int) -> np.ndarray:
    """The split module 05 made itself before the digits moved to caire.core.digits (largest remainders first)."""
    rng = np.random.default_rng(seed)
    counts = np.bincount(labels)
    wanted = counts * share
    taken = np.floor(wanted).astype(int)
    missing = int(np.ceil(len(labels) * share)) - taken.sum()
    taken[np.argsort(-(wanted - taken), kind="stable")[:missing]] += 1
    rows = [rng.permutation(np.flatnonzero(labels == digit))[:count] for digit, count in enumerate(taken)]
    return np.sort(np.concatenate(rows))


def test_the_core_digits_are_the_images_and_split_this_module_had():
    from caire.core.digits import read_digits

    grey_levels, labels = read_digits()
    test = np.zeros(len(labels), dtype=bool)
    test[_old_test_rows(labels, 0.3, 0)] = True
    digits = load_digit_images()
    np.testing.assert_array_equal(digits.test.labels, labels[test])
    np.testing.assert_array_equal(digits.train.images, (grey_levels[~test] / 16.0).astype(np.float32))
    np.testing.assert_array_equal(digits.test.images, (grey_levels[test] / 16.0).astype(np.float32))
    assert (len(digits.train), len(digits.test)) == (1257, 540), "the lesson's and the app's numbers"


def test_test_image_gives_an_image_and_its_digit():
    image, label = pdata.test_image(0)
    assert image.shape == (8, 8) and label == int(load_digit_images().test.labels[0])
    for bad in (-1, 540):
        with pytest.raises(ValueError, match="index"):
            pdata.test_image(bad)
    with pytest.raises(TypeError, match="index"):
        pdata.test_image(1.5)


# --- images and drawings given by a learner ----------------------------------------------------------------


def test_as_images_accepts_one_image_or_a_stack():
    assert as_images(np.zeros((8, 8))).shape == (1, 8, 8)
    assert as_images(np.ones((3, 8, 8))).shape == (3, 8, 8)
    assert as_images([[0.5] * 8] * 8).dtype == np.float32


@pytest.mark.parametrize(
    "bad, error",
    [
        (np.zeros((7, 8)), ValueError),
        (np.zeros((8, 9)), ValueError),
        (np.zeros((2, 2, 8, 8)), ValueError),
        (np.zeros((0, 8, 8)), ValueError),
        (np.full((8, 8), 2.0), ValueError),
        (np.full((8, 8), -0.1), ValueError),
        (np.full((8, 8), np.nan), ValueError),
        ("12345678", TypeError),
        (None, TypeError),
        ([[0.0] * 8] * 7 + [[0.0] * 7], TypeError),
    ],
)
def test_as_images_refuses_bad_input_naming_the_argument(bad, error):
    with pytest.raises(error, match="pictures"):
        as_images(bad, "pictures")


def test_a_drawing_can_be_text_lines_numbers_or_true_false():
    from_text = as_drawing(SEVEN)
    assert from_text.shape == (8, 8) and from_text.dtype == np.float32
    assert from_text.sum() == sum(line.count("#") for line in SEVEN)
    assert np.array_equal(as_drawing("\n".join(SEVEN)), from_text)
    assert np.array_equal(as_drawing(tuple(SEVEN)), from_text)
    assert np.array_equal(as_drawing(from_text.tolist()), from_text)
    assert np.array_equal(as_drawing(from_text.astype(bool)), from_text)
    assert np.array_equal(as_drawing([line.replace("#", "X").replace(".", " ") for line in SEVEN]), from_text)
    assert drawing_text(from_text) == SEVEN
    assert drawing_text(as_drawing(UNCROSSED_SEVEN)) == list(UNCROSSED_SEVEN)


@pytest.mark.parametrize(
    "bad, error, words",
    [
        (SEVEN[:7], ValueError, "8 lines"),
        (SEVEN + ["........"], ValueError, "8 lines"),
        (SEVEN[:7] + ["..#"], ValueError, "line 8 must have 8 squares"),
        (SEVEN[:7] + ["...#...?"], ValueError, "line 8, square 8"),
        (np.zeros((7, 8)), ValueError, "8 x 8"),
        (np.zeros((8, 9)), ValueError, "8 x 8"),
        (np.zeros((2, 8, 8)), ValueError, "one drawing"),
        (np.full((8, 8), 3), ValueError, "0"),
        (SEVEN[:4] + [[0] * 8] * 4, TypeError, "not a mix"),
        (7, TypeError, "8 lines of text"),
        ({"a": 1}, TypeError, "8 lines of text"),
        (None, TypeError, "8 lines of text"),
        ([], ValueError, "8 lines"),
    ],
)
def test_a_bad_drawing_raises_naming_the_argument(bad, error, words):
    with pytest.raises(error, match="my_drawing") as raised:
        as_drawing(bad, "my_drawing")
    assert words in str(raised.value)


# --- the network ----------------------------------------------------------------------------------------


def test_the_network_reads_about_95_percent_of_unseen_digits():
    before = len(TRAINING_SECONDS)
    start = time.perf_counter()
    network = train_digit_network()
    elapsed = time.perf_counter() - start
    assert network.test_accuracy >= 0.95, network.test_accuracy
    assert network.train_accuracy >= network.test_accuracy
    assert 0 < network.train_seconds <= elapsed
    assert len(TRAINING_SECONDS) == before + 1 and TRAINING_SECONDS[-1] == network.train_seconds
    assert len(network.losses) == network.epochs == model.DEFAULT_EPOCHS
    assert network.losses[-1] < network.losses[0] / 5, "training lowers the error"


def test_training_is_deterministic_and_the_course_network_is_trained_once():
    first, second = train_digit_network(), train_digit_network()
    data = load_digit_images()
    np.testing.assert_array_equal(first.probabilities(data.test.images), second.probabilities(data.test.images))
    assert digit_network() is digit_network()
    np.testing.assert_array_equal(digit_network().predict(data.test.images), first.predict(data.test.images))


def test_on_epoch_reports_every_epoch():
    seen = []
    network = train_digit_network(hidden=(8,), epochs=3, on_epoch=lambda epoch, loss: seen.append((epoch, loss)))
    assert [epoch for epoch, _ in seen] == [1, 2, 3]
    assert [loss for _, loss in seen] == network.losses
    assert network.hidden == (8,)
    assert digit_network().hidden == model.DEFAULT_HIDDEN, "other settings never replace the course's network"


@pytest.mark.parametrize(
    "arguments, name",
    [
        ({"epochs": 0}, "epochs"),
        ({"epochs": 2.5}, "epochs"),
        ({"seed": -1}, "seed"),
        ({"on_epoch": "print"}, "on_epoch"),
        ({"hidden": "32"}, "hidden"),
        ({"hidden": [0]}, "hidden"),
    ],
)
def test_train_digit_network_refuses_bad_settings_naming_them(arguments, name):
    with pytest.raises((TypeError, ValueError), match=name):
        train_digit_network(**arguments)


def test_probabilities_readings_and_accuracy_agree():
    network = digit_network()
    test = load_digit_images().test
    probabilities = network.probabilities(test.images[:20])
    assert probabilities.shape == (20, 10)
    np.testing.assert_allclose(probabilities.sum(axis=1), 1, rtol=1e-5)
    np.testing.assert_array_equal(network.predict(test.images[:20]), probabilities.argmax(axis=1))
    reading = network.read(test.images[0])
    assert reading.digit == int(probabilities[0].argmax())
    assert reading.confidence == pytest.approx(float(probabilities[0].max()))
    assert len(reading.probabilities) == 10
    assert network.accuracy(test.images, test.labels) == pytest.approx(network.test_accuracy)
    with pytest.raises(ValueError, match="labels"):
        network.accuracy(test.images, test.labels[:3])
    with pytest.raises(ValueError, match="image"):
        network.read(test.images[:2])
    with pytest.raises(TypeError, match="network"):
        model.read_image(SEVEN, network="mine")


def test_the_uncrossed_seven_is_misread_and_a_crossed_one_is_read():
    uncrossed, crossed = model.read_image(UNCROSSED_SEVEN), model.read_image(SEVEN)
    assert uncrossed.digit != 7 and uncrossed.confidence > 0.5, "confidently wrong: the lesson's point"
    assert ex.check(Q1, list(UNCROSSED_SEVEN), "valid").passed
    assert crossed.digit == 7 and crossed.confidence >= 0.9


# --- harder images ------------------------------------------------------------------------------------------


def test_amount_zero_changes_nothing():
    images = load_digit_images().test.images[:10]
    for kind in pdata.TRANSFORMS:
        np.testing.assert_allclose(pdata.transform(images, kind, 0), images, atol=1e-6)
        assert model.accuracy_when(kind, 0) == pytest.approx(digit_network().test_accuracy)


def test_shift_and_rotate_move_the_ink_the_way_they_say():
    images = load_digit_images().test.images[:10]
    shifted = pdata.transform(images, "shift", 1)
    expected = np.zeros_like(images)
    expected[:, :, 1:] = images[:, :, :-1]
    np.testing.assert_allclose(shifted, expected, atol=1e-6)
    np.testing.assert_allclose(pdata.transform(images, "rotate", 90), np.rot90(images, 1, axes=(1, 2)), atol=1e-5)
    bar = np.zeros((8, 8), dtype=np.float32)
    bar[:, 3:5] = 1
    tilted = pdata.transform(bar, "rotate", 30)[0]
    top, bottom = tilted[:2].argmax(axis=1).mean(), tilted[-2:].argmax(axis=1).mean()
    assert top < bottom, "anticlockwise: the top of a vertical bar moves left"


def test_noise_is_fixed_and_stays_within_paper_and_ink():
    images = load_digit_images().test.images[:50]
    noisy = pdata.transform(images, "noise", 0.5)
    np.testing.assert_array_equal(noisy, pdata.transform(images, "noise", 0.5))
    assert noisy.min() >= 0 and noisy.max() <= 1 and not np.allclose(noisy, images)
    assert not np.array_equal(noisy, pdata.transform(images, "noise", 0.5, seed=1))


def test_accuracy_falls_as_images_get_harder():
    for kind, amounts in {"rotate": (0, 10, 30, 60), "shift": (0, 1, 2), "noise": (0, 0.3, 0.8)}.items():
        scores = [model.accuracy_when(kind, amount) for amount in amounts]
        assert scores == sorted(scores, reverse=True), (kind, scores)
        assert scores[-1] < 0.5


def test_rotation_matches_scipy_directly():
    from scipy import ndimage

    test = load_digit_images().test
    turned = np.clip(ndimage.rotate(test.images, 15, axes=(2, 1), reshape=False, order=1), 0, 1)
    expected = float((digit_network().predict(turned) == test.labels).mean())
    assert model.accuracy_when("rotate", 15) == pytest.approx(expected, abs=1 / 540)


@pytest.mark.parametrize(
    "kind, amount, error, name",
    [
        ("blur", 1, ValueError, "kind"),
        ("rotate", "10", TypeError, "amount"),
        ("rotate", 200, ValueError, "amount"),
        ("noise", 1.5, ValueError, "amount"),
        ("noise", -0.1, ValueError, "amount"),
        ("shift", 5, ValueError, "amount"),
        ("shift", float("nan"), ValueError, "amount"),
    ],
)
def test_transform_refuses_bad_kinds_and_amounts(kind, amount, error, name):
    with pytest.raises(error, match=name):
        pdata.transform(load_digit_images().test.images[:2], kind, amount)


def test_amounts_of_start_at_zero_and_follow_the_slider_steps():
    np.testing.assert_allclose(pdata.amounts_of("rotate"), np.arange(0, 95, 5))
    np.testing.assert_allclose(pdata.amounts_of("shift"), np.arange(0, 3.25, 0.5))
    assert len(pdata.amounts_of("noise")) == 21


# --- the attack -------------------------------------------------------------------------------------------


def _loss(image, label):
    import torch

    with torch.no_grad():
        scores = digit_network().model(torch.tensor(image.reshape(1, 64)))
    return float(torch.nn.functional.cross_entropy(scores, torch.tensor([label])))


def test_the_attack_changes_each_pixel_by_at_most_epsilon_and_raises_the_error():
    image, label = pdata.test_image(model.LESSON_ATTACK_INDEX)
    attacked = model.attack(image, label, 0.1)
    assert attacked.shape == (8, 8) and attacked.min() >= 0 and attacked.max() <= 1
    assert np.abs(attacked - image).max() <= 0.1 + 1e-6
    assert _loss(attacked, label) > 10 * _loss(image, label)
    randomised = model.random_change(image, 0.1)
    assert np.abs(randomised - image).max() <= 0.1 + 1e-6
    assert _loss(attacked, label) > _loss(randomised, label)
    np.testing.assert_array_equal(model.attack(image, label, 0), image)


def test_the_lesson_image_is_fooled_by_a_change_of_one_tenth_but_not_by_chance():
    result = model.attack_test_image(model.LESSON_ATTACK_INDEX, 0.10)
    assert result.before.digit == result.label and result.before.confidence > 0.99
    assert result.fooled and result.after.digit != result.label
    assert result.after_random.digit == result.label
    assert result.largest_change == pytest.approx(0.10, abs=1e-6)


def test_the_calculated_change_fools_far_more_often_than_a_random_one():
    attacked, randomised = model.accuracy_under_attack(0.10)
    assert attacked < 0.5 < 0.9 < randomised
    assert model.accuracy_under_attack(0) == pytest.approx((digit_network().test_accuracy,) * 2)


@pytest.mark.parametrize(
    "epsilon, error", [(-0.01, ValueError), (0.6, ValueError), ("0.1", TypeError), (float("inf"), ValueError)]
)
def test_the_attack_refuses_a_bad_epsilon_naming_it(epsilon, error):
    image, label = pdata.test_image(0)
    with pytest.raises(error, match="epsilon"):
        model.attack(image, label, epsilon)
    with pytest.raises(error, match="epsilon"):
        model.attack_test_image(0, epsilon)


def test_the_attack_refuses_a_bad_label_or_image():
    image, _ = pdata.test_image(0)
    with pytest.raises(ValueError, match="label"):
        model.attack(image, 10, 0.1)
    with pytest.raises(ValueError, match="image"):
        model.attack(np.zeros((2, 8, 8)), 1, 0.1)
    assert model.attack(image, np.int64(3), 0.05).shape == (8, 8)


# --- mistakes --------------------------------------------------------------------------------------------


def test_confusion_matrix_matches_sklearn():
    from sklearn.metrics import confusion_matrix

    test = load_digit_images().test
    expected = confusion_matrix(test.labels, digit_network().predict(test.images), labels=list(range(10)))
    matrix = model.confusion_matrix()
    np.testing.assert_array_equal(matrix, expected)
    assert matrix.sum() == 540 and np.trace(matrix) == round(digit_network().test_accuracy * 540)
    wrong = model.mistakes()
    assert len(wrong) == 540 - np.trace(matrix)
    assert all(matrix[label, said] > 0 and label != said for _, label, said in wrong)


# --- the questions ----------------------------------------------------------------------------------------


def _accuracy_tilted(angle: int) -> float:
    from scipy import ndimage

    test = load_digit_images().test
    turned = np.clip(ndimage.rotate(test.images, angle, axes=(2, 1), reshape=False, order=1), 0, 1)
    return float((digit_network().predict(turned) == test.labels).mean())


def _calculated_reading(epsilon: float):
    """What the network reads in unseen image Q3_INDEX after the fast gradient sign change, computed here."""
    import torch

    image, label = pdata.test_image(ex.Q3_INDEX)
    pixels = torch.tensor(image.reshape(1, 64), requires_grad=True)
    torch.nn.functional.cross_entropy(digit_network().model(pixels), torch.tensor([label])).backward()
    attacked = np.clip(image + epsilon * pixels.grad.sign().numpy().reshape(8, 8), 0, 1)
    return digit_network().read(attacked)


def _most_confused() -> set[int]:
    matrix = model.confusion_matrix()
    pairs = {(a, b): matrix[a, b] + matrix[b, a] for a in range(10) for b in range(a + 1, 10)}
    best = max(pairs.values())
    return {frozenset(pair) for pair, count in pairs.items() if count == best}


#: The single-answer questions: their options and the digest of the right one.
CHOICES = {Q2: ("Q2_OPTIONS", "Q2_RIGHT_DIGEST"), Q3: ("Q3_OPTIONS", "Q3_RIGHT_DIGEST")}


def _right_option(question_id: str) -> str:
    options, digest = (getattr(ex, name) for name in CHOICES[question_id])
    matching = [key for key in options if answer_digest(question_id, key) == digest]
    assert len(matching) == 1, f"exactly one option of {question_id} is right"
    return matching[0]


def _uses_with_a_gain() -> set[str]:
    """Question 5's uses where the person in the picture gains from fooling it, from the digests of "gain"."""
    return {use for use in ex.Q5_USES if ex.Q5_DIGESTS[use] == answer_digest(f"{Q5}/{use}", "gain")}


def _right(question_id):
    return {
        Q1: lambda: SEVEN,
        Q2: lambda: _right_option(Q2),
        Q3: lambda: _right_option(Q3),
        Q4: lambda: set(next(iter(_most_confused()))),
        Q5: _uses_with_a_gain,
    }[question_id]()


def test_the_assignment_has_five_questions_with_two_criteria_each():
    assert list(ex.QUESTIONS) == [
        "q1_draw_a_seven",
        "q2_phone_photos",
        "q3_predict_the_attack",
        "q4_confused_digits",
        "q5_who_gains",
    ]
    for question_id, question in ex.QUESTIONS.items():
        assert question.id == question_id and len(question.criteria) == 2


def test_every_question_says_what_it_measures():
    assert set(ex.OBJECTIVES) == {question.objective for question in ex.QUESTIONS.values()}
    assert [question.id for question in ex.QUESTIONS.values() if question.transfer] == [Q2, Q5]
    for language in LANGUAGES:
        assert all(t(f"m05.objective.{key}", language).strip() for key in ex.OBJECTIVES)


@pytest.mark.parametrize("question_id", [Q1, Q2, Q3, Q4, Q5])
def test_a_right_answer_passes_every_criterion(question_id):
    right = _right(question_id)
    for criterion in ex.question(question_id).criteria:
        feedback = ex.check(question_id, right, criterion)
        assert isinstance(feedback, Feedback) and feedback.passed is True, (criterion, feedback.message)
        ex.require(question_id, right, criterion)
    assert ex.check(question_id, right).passed is True


def test_the_answers_and_figures_are_where_the_notebooks_say():
    """What the prose relies on, on this machine: tilts, shift, the attacked images, the misread 7."""
    assert 0.95 <= digit_network().test_accuracy < 0.975, "the lesson says about 96%"
    assert _accuracy_tilted(10) < 0.80, "question 2: a tilt a person hardly notices lowers the score"
    assert model.accuracy_when("rotate", 10) < 0.80 and model.accuracy_when("shift", 1) < 0.50
    lesson = model.attack_test_image(model.LESSON_ATTACK_INDEX, 0.10)
    assert lesson.label == 3 and lesson.fooled and lesson.after.confidence > 0.9, "lesson: a 3, read wrong, very sure"
    assert lesson.after_random.digit == 3
    assert pdata.test_image(ex.Q3_INDEX)[1] == 5, "the assignment and the app call image Q3_INDEX a 5"
    misread = model.read_image(UNCROSSED_SEVEN)
    assert misread.digit != 7 and misread.confidence >= 0.8, "the lesson: not a 7, and quite sure of itself"


def test_q3_prediction_holds_with_a_margin():
    """The right prediction: at Q3_EPSILON the calculated change makes the network read another digit, fairly sure
    (not unsure, option d); the random change of the same size leaves it on the 5 (not both, option c); and the
    network was fully sure before (so "neither", option a, is a real misconception). Not on a knife edge: a change
    a little smaller already fools it."""
    before = model.read_image(pdata.test_image(ex.Q3_INDEX)[0])
    assert before.digit == 5 and before.confidence >= 0.99
    after = _calculated_reading(ex.Q3_EPSILON)
    assert after.digit != 5 and after.confidence >= 0.7, after
    assert _calculated_reading(ex.Q3_EPSILON - 0.03).digit != 5
    attacked = model.attack_test_image(ex.Q3_INDEX, ex.Q3_EPSILON)
    assert attacked.after.digit == after.digit and attacked.after_random.digit == 5
    assert attacked.after_random.confidence >= 0.9


def _wrong_answers(question_id) -> list:
    right = _right(question_id)
    if question_id == Q1:
        return [list(UNCROSSED_SEVEN), ["........"] * 8, ["########"] * 8]
    if question_id in CHOICES:  # every distractor, each a misconception of its own
        return [key for key in ex.question(question_id).answer_with.options if key != right]
    if question_id == Q4:
        best = _most_confused()
        return [{a, b} for a in range(10) for b in range(a + 1, 10) if frozenset((a, b)) not in best][:10] + [{1}]
    # question 5: a use missed, a use without gain ticked, both, all, only the ones without gain
    without = set(ex.Q5_USES) - right
    one_right, one_without = sorted(right)[0], sorted(without)[0]
    return [right - {one_right}, right | {one_without}, (right - {one_right}) | {one_without}, set(ex.Q5_USES), without]


@pytest.mark.parametrize("question_id", [Q1, Q2, Q3, Q4, Q5])
def test_wrong_answers_fail_with_a_message(question_id):
    for wrong in _wrong_answers(question_id):
        feedback = ex.check(question_id, wrong)
        assert feedback.passed is False and feedback.message, (wrong, feedback)
        with pytest.raises(AssertionError):
            ex.require(question_id, wrong)


def test_q5_says_how_many_ticks_are_wrong_and_how_many_are_missing():
    right = _right(Q5)
    assert len(right) == 3 and len(ex.Q5_USES) == 5
    extra = sorted(set(ex.Q5_USES) - right)[0]
    answer = (right - {sorted(right)[0]}) | {extra}
    assert ex.check(Q5, answer).message == t("q5_who_gains.wrong", wrong=1, missed=1)
    assert ex.check(Q5, set(), "valid").message == t("q5_who_gains.empty")


def test_visible_criteria_pass_some_answers_the_hidden_ones_refuse():
    """A partial grade is possible: the visible check alone does not give the point."""
    assert ex.check(Q1, list(UNCROSSED_SEVEN), "valid").passed and not ex.check(Q1, list(UNCROSSED_SEVEN)).passed
    for question_id in CHOICES:
        wrong = _wrong_answers(question_id)[0]
        assert ex.check(question_id, wrong, "valid").passed and not ex.check(question_id, wrong, "right").passed
    pair = next(pair for pair in _wrong_answers(Q4) if len(pair) == 2)
    assert ex.check(Q4, pair, "valid").passed and not ex.check(Q4, pair, "most").passed
    assert ex.check(Q5, set(ex.Q5_USES), "valid").passed and not ex.check(Q5, set(ex.Q5_USES), "right").passed


@pytest.mark.parametrize(
    "question_id, bad, name",
    [
        (Q1, SEVEN[:7], "my_drawing"),
        (Q1, np.zeros((8, 9)), "my_drawing"),
        (Q1, 7, "my_drawing"),
        (Q4, "18", "confused_pair"),
        (Q4, {1, 11}, "confused_pair"),
        (Q4, {1.5, 8}, "confused_pair"),
        (Q4, 18, "confused_pair"),
        (Q5, 3, "could_gain"),
        (Q5, {"cheques", 2}, "could_gain"),
        (Q5, {"casino"}, "could_gain"),
    ],
)
def test_unusable_answers_get_a_plain_message_naming_the_variable(question_id, bad, name):
    feedback = ex.check(question_id, bad)
    assert feedback.passed is False
    assert feedback.message.startswith(t("feedback.unusable", detail="").strip()) and name in feedback.message
    with pytest.raises(AssertionError, match=name):
        ex.require(question_id, bad)


@pytest.mark.parametrize("question_id", [Q2, Q3])
@pytest.mark.parametrize("bad", [2, "e", None, {"a"}])
def test_a_choice_that_is_no_option_names_the_options(question_id, bad):
    feedback = ex.check(question_id, bad)
    assert feedback.passed is False and "a, b, c, d" in feedback.message


def test_answers_in_other_plain_forms_are_accepted():
    assert ex.check(Q4, {str(digit) for digit in _right(Q4)}).passed, "the app's tick boxes give texts"
    assert ex.check(Q4, sorted(_right(Q4))).passed
    for question_id in CHOICES:
        assert ex.check(question_id, f" {_right_option(question_id).upper()} ").passed
    assert ex.check(Q5, [f" {use.upper()} " for use in _right(Q5)]).passed
    assert ex.check(Q1, as_drawing(SEVEN)).passed, "the drawing pad gives numbers"


def test_q4_counts_both_directions():
    matrix = model.confusion_matrix()
    a, b = sorted(_right(Q4))
    assert str(matrix[a, b] + matrix[b, a]) in ex.check(Q4, {a, b}).message


def test_no_answer_key_in_plain_text():
    source = (REPO / "caire" / "modules" / "perception" / "questions.py").read_text(encoding="utf-8")
    for question_id in CHOICES:
        assert answer_digest(question_id, _right_option(question_id)) in source
    assert not re.search(r'RIGHT\w* = "[a-d]"', source)
    assert "{1, 8}" not in source and '"gain"}' not in source and "'gain'" not in source


@pytest.mark.parametrize("question_id", list(CHOICES))
@pytest.mark.parametrize("language", LANGUAGES)
def test_choice_options_give_no_clue_by_their_length(question_id, language):
    """A test-wise guess ("the longest option") does not find the right one, and no option stands out."""
    options = ex.question(question_id).answer_with.options
    lengths = {key: len(t(f"{question_id}.option.{key}", language)) for key in options}
    assert max(lengths, key=lengths.get) != _right_option(question_id), lengths
    assert max(lengths.values()) <= 1.2 * min(lengths.values()), lengths


def test_answer_specs_fit_the_app():
    drawing = ex.question(Q1).answer_with
    assert isinstance(drawing, Drawing) and list(drawing.start) == list(UNCROSSED_SEVEN)
    assert drawing.reading is model.reading_html, "the app shows what the network reads beside the grid"
    assert isinstance(ex.question(Q2).answer_with, Choice) and isinstance(ex.question(Q3).answer_with, Choice)
    assert isinstance(ex.question(Q4).answer_with, Several) and ex.question(Q4).label("3") == "3"
    uses = ex.question(Q5).answer_with
    assert isinstance(uses, Several) and uses.options == ex.Q5_USES
    assert ex.question(Q5).label("plates") == t("q5_who_gains.option.plates")


# --- texts ------------------------------------------------------------------------------------------------


def test_every_kind_of_change_has_its_texts():
    keys = {f"m05.kind.{kind}" for kind in pdata.TRANSFORMS} | {f"m05.amount.{kind}" for kind in pdata.TRANSFORMS}
    for language in LANGUAGES:
        assert sorted(keys - set(catalog(language))) == [], language


def test_the_notebooks_use_the_indices_the_code_uses():
    exercise = (REPO / "course/05-perception/exercise.py").read_text(encoding="utf-8")
    assert f"attack_test_image({ex.Q3_INDEX}, {ex.Q3_EPSILON})" in exercise and f"image {ex.Q3_INDEX}" in exercise
    lesson = (REPO / "course/05-perception/lesson.py").read_text(encoding="utf-8")
    assert f"attack_test_image({model.LESSON_ATTACK_INDEX}, 0.10)" in lesson
    assert ex.Q3_INDEX != model.LESSON_ATTACK_INDEX, "the lesson does not show the assignment's image"
    app = (REPO / "apps/en/05-perception.ipynb").read_text(encoding="utf-8")
    assert re.findall(r'show_question\(ex, \\"(\w+)\\"\)', app) == list(ex.QUESTIONS)


# --- plots ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_plots_are_labelled_in_the_language(language):
    set_language(language)
    figure = pf.plot_reading(SEVEN)
    image_ax, bars_ax = figure.axes
    assert bars_ax.get_xlabel() == t("m05.plot.probability", language)
    assert bars_ax.get_title() == t("m05.reads", language, digit=7, confidence=model.read_image(SEVEN).confidence)
    assert [round(bar.get_width(), 6) for bar in bars_ax.patches] == [
        round(p, 6) for p in model.read_image(SEVEN).probabilities
    ]
    confusion = pf.plot_confusion()
    assert confusion.axes[0].get_xlabel() == t("m05.plot.read_digit", language)
    robustness = pf.plot_robustness()
    assert [ax.get_title() for ax in robustness.axes] == [t(f"m05.kind.{kind}", language) for kind in pdata.TRANSFORMS]


def test_every_chart_returns_its_figure():
    attacked = model.attack_test_image(model.LESSON_ATTACK_INDEX, 0.1)
    for figure in (
        pf.plot_gallery(),
        pf.plot_gallery(1),
        pf.plot_losses(),
        pf.plot_transformed("shift", 1),
        pf.plot_robustness("rotate"),
        pf.plot_attack(attacked),
        pf.plot_mistakes(limit=3),
        pf.show_drawing(UNCROSSED_SEVEN),
    ):
        assert isinstance(figure, Figure) and figure.axes


def test_robustness_curve_shows_the_measured_accuracies():
    figure = pf.plot_robustness("rotate")
    line = figure.axes[0].lines[0]
    np.testing.assert_allclose(line.get_xdata(), pdata.amounts_of("rotate"))
    assert line.get_ydata()[3] == pytest.approx(model.accuracy_when("rotate", 15))


def test_transformed_titles_say_what_is_read_and_mark_mistakes():
    figure = pf.plot_transformed("rotate", 40, count=10)
    test = load_digit_images().test
    read = digit_network().predict(pdata.transform(test.images[:10], "rotate", 40))
    for ax, said, label in zip(figure.axes, read, test.labels[:10]):
        assert ax.get_title().startswith(t("m05.plot.read_as", digit=int(said)))
        assert ax.get_title().endswith("✗") == (said != label)


@pytest.mark.parametrize(
    "call, name",
    [
        (lambda: pf.plot_gallery(0), "per_digit"),
        (lambda: pf.plot_transformed("blur", 1), "kind"),
        (lambda: pf.plot_transformed("rotate", 10, count=0), "count"),
        (lambda: pf.plot_robustness([]), "kinds"),
        (lambda: pf.plot_robustness(["blur"]), "kinds"),
        (lambda: pf.plot_attack("x"), "attacked"),
        (lambda: pf.plot_confusion(np.zeros((9, 9), dtype=int)), "matrix"),
        (lambda: pf.plot_mistakes(limit=0), "limit"),
        (lambda: pf.plot_reading(SEVEN[:3]), "image"),
        (lambda: pf.show_drawing("##"), "drawing"),
    ],
)
def test_charts_refuse_bad_arguments_naming_them(call, name):
    with pytest.raises((TypeError, ValueError), match=name):
        call()


# --- widgets ----------------------------------------------------------------------------------------------


def _reading(pad) -> str:
    return pad.children[1].children[0].value


def test_drawing_pad_is_the_core_grid_and_follows_every_click():
    pad = pw.drawing_pad()
    assert "caire-pad" in pad._dom_classes and "caire-drawing" in pad.grid._dom_classes
    assert len(pad.pixels) == 64 and all(isinstance(pixel, widgets.ToggleButton) for pixel in pad.pixels)
    assert pad.drawing().sum() == 0
    blank = t("m05.pad.blank", digit=pad.reading().digit, confidence=pad.reading().confidence)
    assert html.escape(blank) in _reading(pad)
    for row, line in enumerate(SEVEN):
        for column, character in enumerate(line):
            if character == "#":
                pad.pixels[row * 8 + column].value = True
    np.testing.assert_array_equal(pad.drawing(), as_drawing(SEVEN))
    assert pad.grid.lines() == SEVEN
    assert pad.reading().digit == 7
    assert _reading(pad) == model.reading_html(SEVEN)
    assert html.escape(t("m05.pad.reads", digit=7, confidence=pad.reading().confidence)) in _reading(pad)
    text = pad.children[1].children[1].value
    assert all(f'"{line}"' in text for line in SEVEN), "the pad writes the drawing as text to copy"


def test_drawing_pad_buttons_clear_and_copy_an_unseen_image():
    pad = pw.drawing_pad(UNCROSSED_SEVEN)
    np.testing.assert_array_equal(pad.drawing(), as_drawing(UNCROSSED_SEVEN))
    clear, example = pad.children[0].children[1].children
    clear.click()
    assert pad.drawing().sum() == 0
    example.click()
    image, _ = pdata.test_image(0)
    np.testing.assert_array_equal(pad.drawing(), (image >= 0.4).astype(np.float32))
    example.click()
    np.testing.assert_array_equal(pad.drawing(), (pdata.test_image(1)[0] >= 0.4).astype(np.float32))
    pad.set_drawing(SEVEN)
    np.testing.assert_array_equal(pad.drawing(), as_drawing(SEVEN))
    with pytest.raises(ValueError, match="drawing"):
        pad.set_drawing(SEVEN[:2])
    with pytest.raises(ValueError, match="start"):
        pw.drawing_pad(["#"])


def test_reading_html_says_what_is_read_with_a_bar_per_digit():
    for language in LANGUAGES:
        set_language(language)
        reading = model.read_image(SEVEN)
        shown = model.reading_html(SEVEN)
        assert html.escape(t("m05.pad.reads", digit=7, confidence=reading.confidence)) in shown
        assert shown.count('<span style="width:1.4em">') == 10
        assert all(html.escape(percent(p)) in shown for p in reading.probabilities)
    blank = model.reading_html(["........"] * 8)
    assert html.escape(t("m05.pad.blank", digit=model.read_image(["........"] * 8).digit, confidence=0)[:20]) in blank
    with pytest.raises(ValueError, match="drawing"):
        model.reading_html(SEVEN[:3])
    with pytest.raises(TypeError, match="reading"):
        model.bars_html("7")


def _drawing_card(monkeypatch):
    from caire.core.app import show_question

    shown = []
    monkeypatch.setattr("IPython.display.display", lambda widget: shown.append(widget))
    show_question(ex, Q1)
    (card,) = shown
    return card


def test_the_apps_drawing_card_reads_the_drawing_and_tells_right_from_wrong(monkeypatch):
    """caire.core.app gives the drawing question the core grid, with what the network reads beside it."""
    for language in LANGUAGES:
        set_language(language)
        card = _drawing_card(monkeypatch)
        assert f"caire-question-{Q1}" in card._dom_classes
        answer, button, feedback = card.children
        grid, reading = answer.grid, answer.children[1].children[0]
        assert "caire-drawing" in grid._dom_classes and grid.lines() == list(UNCROSSED_SEVEN)
        assert reading.value == model.reading_html(UNCROSSED_SEVEN)
        button.click()
        assert card.passed is False and f"<b>{t('app.not_yet')}.</b>" in feedback.value
        grid.set_lines(SEVEN)
        assert reading.value == model.reading_html(SEVEN), "the reading follows the drawing"
        button.click()
        assert card.passed is True and f"<b>{t('app.right')}.</b>" in feedback.value


def test_the_apps_drawing_card_hands_in_the_drawing_as_its_lines_of_text(monkeypatch):
    """Submit writes the answer into the notebook: an array of pixels cannot be written there, 8 lines can."""
    from caire.core.app import current_answers
    from caire.submission import python_literal

    card = _drawing_card(monkeypatch)
    card.children[0].grid.set_lines(SEVEN)
    handed_in = current_answers()[Q1]
    assert handed_in == SEVEN == drawing_text(as_drawing(SEVEN))
    assert ex.check(Q1, eval(python_literal(handed_in))).passed  # what the grader reads back from the notebook


def test_robustness_explorer_adds_a_point_at_each_amount_and_sweeps():
    box = pw.robustness_explorer("rotate")
    assert box.tried["rotate"] == {0.0: pytest.approx(digit_network().test_accuracy)}
    box.amount.value = 30
    assert box.tried["rotate"][30.0] == pytest.approx(model.accuracy_when("rotate", 30))
    assert percent(model.accuracy_when("rotate", 30), 0) in box.children[2].value
    box.chooser.value = "shift"
    assert (box.amount.min, box.amount.max, box.amount.step, box.amount.value) == (-3, 3, 0.5, 0)
    assert box.amount.description == t("m05.amount.shift")
    box.sweep.click()
    assert sorted(box.tried["shift"]) == list(pdata.amounts_of("shift"))
    box.chooser.value = "noise"
    box.amount.value = 0.4
    assert box.tried["noise"][0.4] == pytest.approx(model.accuracy_when("noise", 0.4))
    with pytest.raises(ValueError, match="kind"):
        pw.robustness_explorer("blur")


def test_adversarial_explorer_says_when_the_network_is_fooled():
    box = pw.adversarial_explorer()
    label = pdata.test_image(model.LESSON_ATTACK_INDEX)[1]
    start = html.escape(t("m05.attack.not_fooled", change=0.0, label=label, confidence=1.0))[:30]
    assert start in box.children[1].value
    box.epsilon.value = 0.1
    attacked = model.attack_test_image(model.LESSON_ATTACK_INDEX, 0.1)
    assert box.children[1].value == html.escape(
        t(
            "m05.attack.fooled",
            change=attacked.largest_change,
            digit=attacked.after.digit,
            confidence=attacked.after.confidence,
            label=label,
        )
    )
    with pytest.raises(ValueError, match="index"):
        pw.adversarial_explorer(540)


def test_train_with_progress_fills_its_bar(monkeypatch):
    shown = []
    monkeypatch.setattr("IPython.display.display", lambda widget: shown.append(widget))
    network = pw.train_with_progress(epochs=4)
    (box,) = shown
    bar, status = box.children
    assert (bar.value, bar.max, bar.bar_style) == (4, 4, "success")
    assert percent(network.test_accuracy, 1) in status.value
    with pytest.raises(ValueError, match="epochs"):
        pw.train_with_progress(epochs=0)
