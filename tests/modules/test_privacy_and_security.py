"""Module 11, "Privacy and security": data, memorising model, attack, noise, poisoning, adversarial digits, the
widgets and the six questions.

Right answers are worked out here independently (the attack counted guess by guess, the smallest share found by a
fresh scan), not read from the checks under test.
"""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")  # no display: draw off-screen

import re
import subprocess
import sys

import ipywidgets as widgets
import matplotlib.pyplot as plt
import numpy as np
import pytest
from conftest import REPO
from matplotlib.figure import Figure

from caire.core import timing
from caire.core.app import question_card
from caire.core.checks import Choice, Several
from caire.core.i18n import LANGUAGES, set_language
from caire.core.numbers import decimal, percent
from caire.modules.privacy_and_security import data as pd
from caire.modules.privacy_and_security import figures as pf
from caire.modules.privacy_and_security import model as ps
from caire.modules.privacy_and_security import questions as ex
from caire.modules.privacy_and_security import widgets as pw

Q1, Q2, Q3, Q4, Q5, Q6 = (
    "q1_membership_attack",
    "q2_privacy_epsilon",
    "q3_flipped_labels",
    "q4_adversarial_claim",
    "q5_which_personal_data",
    "q6_hidden_instruction",
)
QUESTION_IDS = (Q1, Q2, Q3, Q4, Q5, Q6)
PERSONAL = {"pseudonymised_record", "ip_address", "call_recording", "licence_plate", "membership_fact"}


@pytest.fixture(autouse=True)
def english_and_no_open_figures():
    set_language("en")
    yield
    set_language("en")
    plt.close("all")


# --- data and model ----------------------------------------------------------------------------------------------


def test_patients_are_generated_the_same_every_time_and_split_without_overlap():
    patients = pd.load_patients()
    assert patients.X.shape == (pd.PATIENTS, len(pd.MEASUREMENTS)) and set(np.unique(patients.y)) == {0, 1}
    assert len(patients.members) == pd.TRAINED and len(patients.others) == pd.OTHERS
    assert not set(patients.members) & set(patients.test)
    assert set(patients.others) <= set(patients.test)
    assert len(patients.members) + len(patients.test) == pd.PATIENTS
    pd.load_patients.cache_clear()
    again = pd.load_patients()
    assert np.array_equal(again.X, patients.X) and np.array_equal(again.members, patients.members)
    with pytest.raises(ValueError):
        again.X[0, 0] = 1  # locked: checks rely on these


def test_patients_table_shows_the_first_training_patients_in_the_learners_language():
    set_language("fr")
    table = pw.patients_table(3).data
    assert table.count("<tr>") == 4 and "réhospitalisé sous 30 jours" in table
    with pytest.raises(ValueError, match="rows"):
        pw.patients_table(0)


def test_model_memorises_its_patients_and_its_training_is_recorded():
    before = len(timing.TRAINING_SECONDS)
    weights, intercept, seconds = ps._fit(pd.load_patients().y[pd.load_patients().members])
    assert len(timing.TRAINING_SECONDS) == before + 1 and seconds > 0
    model = ps.trained_model()
    assert model.train_accuracy >= 0.95
    assert 0.70 <= model.test_accuracy <= 0.78
    assert np.allclose(weights, model.weights)  # deterministic


def test_features_refuse_a_table_of_the_wrong_shape():
    with pytest.raises(ValueError, match="X must be a table"):
        ps.features(np.zeros((3, 2)))


# --- membership inference ----------------------------------------------------------------------------------------


def test_attack_counts_guesses_one_by_one():
    members, others = ps.member_confidences()
    assert members.mean() > others.mean() + 0.1  # the gap the attack exploits
    for threshold in (0.0, 0.5, 0.8, 0.9, 1.0):
        found = ps.attack(threshold)
        right = sum(1 for c in members if c >= threshold) + sum(1 for c in others if c < threshold)
        assert found.success == pytest.approx(right / 300)
    assert ps.attack(0.0).success == pytest.approx(0.5)  # "member" for everybody: half right


def test_best_attack_beats_chance_clearly_and_no_threshold_does_better():
    best = ps.best_attack()
    assert best.success >= 0.62
    assert all(ps.attack(threshold).success <= best.success for threshold in ps.THRESHOLDS)


@pytest.mark.parametrize(
    "bad, error",
    [("0.9", TypeError), (1.5, ValueError), (-0.1, ValueError), (float("nan"), ValueError), (True, TypeError)],
)
def test_attack_threshold_is_validated(bad, error):
    with pytest.raises(error, match="threshold"):
        ps.attack(bad)


# --- privacy noise -------------------------------------------------------------------------------------------------


def test_more_noise_costs_accuracy_and_weakens_the_attack():
    rows = ps.privacy_tradeoff((0.1, 1.0, 50.0))
    (_, acc_low, attack_low), (_, acc_mid, attack_mid), (_, acc_high, attack_high) = rows
    assert acc_low < acc_mid <= acc_high + 0.01
    assert attack_low < attack_mid < attack_high
    assert attack_low < 0.57  # close to a coin toss
    assert ps.private_model(None) is ps.trained_model()
    assert np.array_equal(ps.private_model(0.7).weights, ps.private_model(0.7).weights)  # same noise every time


@pytest.mark.parametrize("bad, error", [(0, ValueError), (1000, ValueError), ("1", TypeError)])
def test_epsilon_is_validated(bad, error):
    with pytest.raises(error, match="epsilon"):
        ps.private_model(bad)


# --- poisoning -----------------------------------------------------------------------------------------------------


def test_flipping_labels_lowers_accuracy_and_targeted_flips_hide_missed_patients():
    clean = ps.poisoned(0.0)
    assert clean.test_accuracy == ps.trained_model().test_accuracy
    assert ps.poisoned(0.3).test_accuracy < clean.test_accuracy - 0.08
    targeted = ps.poisoned(0.2, "targeted")
    assert targeted.test_recall < clean.test_recall / 2  # misses most of the readmitted patients
    labels = ps._flipped_labels(0.2, "targeted")
    original = pd.load_patients().y[pd.load_patients().members]
    assert np.sum(labels != original) == 30 and np.all(original[labels != original] == 1)


@pytest.mark.parametrize(
    "share, poisoning, error, name",
    [
        (0.6, "random", ValueError, "flip_share"),
        ("0.1", "random", TypeError, "flip_share"),
        (0.1, "sneaky", ValueError, "poisoning"),
    ],
)
def test_poisoning_arguments_are_validated(share, poisoning, error, name):
    with pytest.raises(error, match=name):
        ps.poisoned(share, poisoning)


# --- adversarial digits --------------------------------------------------------------------------------------------


def test_digit_model_is_accurate_and_the_lesson_digit_is_fooled_by_a_small_change():
    model = ps.digit_model()
    assert model.test_accuracy >= 0.9
    untouched = ps.adversarial(ps.LESSON_DIGIT, 0.0)
    assert not untouched.fooled and untouched.read_original == untouched.digit
    step = ps.smallest_fooling_step(ps.LESSON_DIGIT)
    assert step is not None and step <= 0.12
    found = ps.adversarial(ps.LESSON_DIGIT, step)
    assert found.fooled and np.abs(found.altered - found.original).max() <= step + 1e-9
    assert found.altered.min() >= 0 and found.altered.max() <= 1


@pytest.mark.parametrize(
    "index, step, error, name",
    [(-1, 0.1, ValueError, "index"), (5, 0.9, ValueError, "step"), (1.5, 0.1, TypeError, "index")],
)
def test_adversarial_arguments_are_validated(index, step, error, name):
    with pytest.raises(error, match=name):
        ps.adversarial(index, step)


# --- charts and widgets --------------------------------------------------------------------------------------------


def test_charts_are_figures_in_both_languages():
    for language in LANGUAGES:
        set_language(language)
        for figure in (
            pf.plot_confidences(0.8),
            pf.plot_confidences(None, 1.0),
            pf.plot_privacy_tradeoff(1.0),
            pf.plot_poisoning(0.2),
            pf.plot_adversarial(ps.LESSON_DIGIT, 0.1),
        ):
            assert isinstance(figure, Figure)
            plt.close(figure)


def test_widgets_build_update_and_refuse_bad_values():
    for build in (
        lambda: pw.attack_explorer(0.8),
        lambda: pw.privacy_explorer(1.0),
        lambda: pw.poisoning_explorer(0.1, "targeted"),
        lambda: pw.adversarial_explorer(4, 0.05),
    ):
        box = build()
        assert isinstance(box, widgets.VBox)
    box = pw.attack_explorer(0.8)
    box.children[0].value = 0.9
    assert "63.3%" in box.children[1].value
    with pytest.raises(ValueError, match="epsilon"):
        pw.privacy_explorer(0.25)
    with pytest.raises(ValueError, match="flip_share"):
        pw.poisoning_explorer(0.12)
    with pytest.raises(TypeError, match="model"):
        pw.describe_model("a model")


def test_sentences_write_numbers_the_learners_way():
    set_language("fr")
    assert pw.describe_attack(0.9).startswith("Au seuil 0,90")
    assert percent(ps.attack(0.9).success, 1) in pw.describe_attack(0.9)
    assert "63,3\u00a0%" in pw.describe_attack(0.9)
    assert decimal(ps.trained_model().seconds) in pw.describe_model(ps.trained_model())


# --- the questions -------------------------------------------------------------------------------------------------


def test_question_ids_and_answer_widgets():
    assert tuple(ex.QUESTIONS) == QUESTION_IDS
    assert isinstance(ex.question(Q4).answer_with, Choice) and isinstance(ex.question(Q5).answer_with, Several)
    assert isinstance(ex.question(Q6).answer_with, Choice)
    for question_id in QUESTION_IDS:
        question_card(ex.question(question_id))


def test_q1_accepts_the_read_off_percentage_and_refuses_typical_mistakes():
    members, others = ps.member_confidences()
    right = (np.sum(members >= 0.9) + np.sum(others < 0.9)) / 300
    assert ex.check(Q1, round(100 * float(right), 1)).passed and ex.check(Q1, round(100 * float(right))).passed
    assert not ex.check(Q1, 50).passed and "coin" in ex.check(Q1, 50).message
    assert not ex.check(Q1, round(100 * float(np.mean(members >= 0.9)), 1)).passed
    assert not ex.check(Q1, round(100 * ps.attack(0.8).success, 1)).passed  # read at the wrong threshold
    assert "63.3" in ex.check(Q1, 0.633).message  # a share: told how to write it
    assert not ex.check(Q1, 101).passed


def test_q2_accepts_an_epsilon_only_when_both_targets_hold():
    passing = [
        e / 10
        for e in range(1, 51)
        if ps.private_model(e / 10).test_accuracy >= 0.70 and ps.best_attack(e / 10).success <= 0.62
    ]
    assert passing, "question 2 must have an answer on the slider"
    assert all(ex.check(Q2, e).passed for e in passing)
    assert not ex.check(Q2, 0.1).passed and "larger" in ex.check(Q2, 0.1).message
    assert not ex.check(Q2, 5).passed and "smaller" in ex.check(Q2, 5).message
    assert not ex.check(Q2, 0).passed


def test_q3_wants_the_smallest_share():
    shares = [step / 20 for step in range(11)]
    smallest = next(s for s in shares if ps.poisoned(s).test_accuracy < 0.65)
    assert ex.check(Q3, smallest).passed
    assert not ex.check(Q3, smallest - 0.05).passed
    assert not ex.check(Q3, smallest + 0.05).passed and "smaller" in ex.check(Q3, smallest + 0.05).message
    assert not ex.check(Q3, 0.12).passed


def test_q4_q5_and_q6_compare_digests():
    assert ex.check(Q4, "b").passed and ex.check(Q4, " B ").passed
    for wrong in "acd":  # accuracy as proof, secret data as proof, only visible changes
        feedback = ex.check(Q4, wrong)
        assert not feedback.passed and "same digit" in feedback.message
    assert ex.check(Q6, "d").passed
    for wrong in "abc":  # an instruction not to obey, a bigger model, reading as harmless
        feedback = ex.check(Q6, wrong)
        assert not feedback.passed and "inside a CV" in feedback.message
    assert "a, b, c, d" in ex.check(Q6, "e").message
    assert ex.check(Q5, PERSONAL).passed and ex.check(Q5, sorted(PERSONAL)).passed
    assert not ex.check(Q5, PERSONAL - {"ip_address"}).passed
    assert not ex.check(Q5, PERSONAL | {"average_age"}).passed
    assert not ex.check(Q5, set()).passed
    assert "personal_data" in ex.check(Q5, {"passport"}).message
    assert "personal_data" in ex.check(Q5, 3).message


def test_questions_say_what_they_measure():
    assert ex.OBJECTIVES == ("leakage", "attacks", "personal_data")
    assert {question.objective for question in ex.QUESTIONS.values()} == set(ex.OBJECTIVES)
    assert [question.id for question in ex.QUESTIONS.values() if question.transfer] == [Q4, Q6]


def test_feedback_writes_numbers_the_learners_way():
    set_language("fr")
    assert "epsilon = 0,7" in ex.check(Q2, 0.7).message
    assert percent(ps.attack(0.9).success, 1) in ex.check(Q1, round(100 * ps.attack(0.9).success, 1)).message


def test_no_answer_key_in_plain_text():
    source = (REPO / "caire" / "modules" / "privacy_and_security" / "questions.py").read_text(encoding="utf-8")
    assert not re.search(r"\b0\.2\b", source.split("QUESTIONS")[0].split("Q3_ACCURACY")[0])
    assert "reply" not in source.split("Q4_RIGHT_DIGEST")[1].split("QUESTIONS")[0]
    for item in PERSONAL:  # verdicts only as digests
        assert f'"{item}": "' in source and 'personal"' not in source.split("Q5_DIGESTS")[1].split("def ")[0]


def test_importing_the_module_loads_neither_torch_nor_scikit_learn():
    code = (
        "import sys, caire.modules.privacy_and_security.widgets, caire.modules.privacy_and_security.questions;"
        "caire.modules.privacy_and_security.model.digit_model();"
        "print('torch' in sys.modules, 'sklearn' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True)
    assert result.stdout.strip() == "False False"
