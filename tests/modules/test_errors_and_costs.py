"""Module 03, "Errors and their cost": data, model, counts, costs, base rates, charts, widgets and the five questions.

Right answers are worked out here independently (scikit-learn's own confusion matrix, a model trained with
scikit-learn directly, costs summed case by case), not read from the modules under test.
"""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")  # no display: draw off-screen

import html
import math
import os
import re
import subprocess
import sys
from functools import cache

import ipywidgets as widgets
import matplotlib.pyplot as plt
import numpy as np
import pytest
from conftest import REPO
from matplotlib.figure import Figure
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import confusion_matrix, precision_score, recall_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import FunctionTransformer, StandardScaler

from caire.core import timing
from caire.core.app import question_card
from caire.core.checks import Choice, Feedback, Slider, answer_digest
from caire.core.data import stratified_split
from caire.core.i18n import LANGUAGES, catalog, set_language, t
from caire.core.logistic import LogisticRegression as CoreLogisticRegression
from caire.core.numbers import decimal, integer, number, percent
from caire.modules.errors_and_costs import data as errors_and_costs_data
from caire.modules.errors_and_costs import questions as ex
from caire.modules.errors_and_costs.data import SCENARIOS, TUMOUR_MEASUREMENTS, load_cases, scenario_name
from caire.modules.errors_and_costs.figures import (
    plot_base_rate,
    plot_confusion,
    plot_cost_curve,
    plot_scores,
    plot_threshold,
)
from caire.modules.errors_and_costs.model import (
    DEFAULT_COSTS,
    THRESHOLDS,
    always_no,
    cheapest_threshold,
    cost_curve,
    count_outcomes,
    expected_precision,
    outcomes,
    rule_of_thumb_threshold,
    screening,
    total_cost,
    train_model,
    trained,
)
from caire.modules.errors_and_costs.widgets import (
    cases_table,
    cost_explorer,
    describe,
    screening_explorer,
    threshold_explorer,
)

SOURCE = REPO / "course" / "03-errors-and-costs" / "exercise.py"
Q1, Q2, Q3, Q4, Q5 = (
    "q1_tumour_threshold",
    "q2_tumour_precision",
    "q3_fraud_cheapest_threshold",
    "q4_precision_elsewhere",
    "q5_who_bears_the_cost",
)
QUESTION_IDS = (Q1, Q2, Q3, Q4, Q5)


@pytest.fixture(autouse=True)
def english_and_no_open_figures():
    set_language("en")
    yield
    set_language("en")
    plt.close("all")


# --- the same model, trained here with scikit-learn directly ------------------------------------------------


@cache
def _reference(scenario: str) -> tuple[np.ndarray, np.ndarray]:
    """Scores on the unseen cases of a logistic regression trained here, and the true answers."""
    cases = load_cases(scenario)
    steps = [FunctionTransformer(np.log1p)] if scenario == "banking" else []
    model = make_pipeline(*steps, StandardScaler(), LogisticRegression(max_iter=10_000, tol=1e-12))
    model.fit(cases.X_train, cases.y_train)
    return model.predict_proba(cases.X_test)[:, 1], cases.y_test


def _counts(scenario: str, threshold: float) -> dict[str, int]:
    scores, actual = _reference(scenario)
    tn, fp, fn, tp = confusion_matrix(actual, scores >= threshold, labels=[0, 1]).ravel()
    return {"tp": int(tp), "fp": int(fp), "fn": int(fn), "tn": int(tn)}


def _cost(scenario: str, threshold: float, cost_missed: float, cost_false_alarm: float) -> float:
    counts = _counts(scenario, threshold)
    return counts["fn"] * cost_missed + counts["fp"] * cost_false_alarm


# --- data ----------------------------------------------------------------------------------------------------


def test_tumours_are_scikit_learns_wisconsin_data_with_malignant_as_positive():
    from sklearn.datasets import load_breast_cancer

    bunch = load_breast_cancer()
    assert tuple(bunch.feature_names) == TUMOUR_MEASUREMENTS
    cases = load_cases("health")
    assert cases.measurements == TUMOUR_MEASUREMENTS
    assert (len(cases.y_train), len(cases.y_test)) == (398, 171)
    assert (int(cases.y_train.sum()), int(cases.y_test.sum())) == (148, 64)
    train, test = stratified_split((bunch.target == 0).astype(int), 0.3, 0)
    np.testing.assert_array_equal(cases.X_train, bunch.data[train])
    np.testing.assert_array_equal(cases.X_test, bunch.data[test])
    # scikit-learn's target 0 is malignant: here it must be 1
    np.testing.assert_array_equal(cases.y_train, bunch.target[train] == 0)
    np.testing.assert_array_equal(cases.y_test, bunch.target[test] == 0)


def test_the_data_and_scores_the_checks_rely_on_cannot_be_changed_by_mistake():
    cases = load_cases("health")
    with pytest.raises(ValueError, match="read-only"):
        cases.y_test[0] = 1 - cases.y_test[0]
    with pytest.raises(ValueError, match="read-only"):
        trained("health").scores[:] = 0


def test_stratified_split_keeps_the_share_of_positives_and_loses_no_case():
    y = np.array([1] * 30 + [0] * 70)
    train, test = stratified_split(y, 0.3, seed=5)
    assert sorted([*train, *test]) == list(range(100))
    assert (len(test), int(y[test].sum())) == (30, 9)
    again = stratified_split(y, 0.3, seed=5)
    assert (again[0] == train).all() and (again[1] == test).all()
    assert not (stratified_split(y, 0.3, seed=6)[1] == test).all()


def test_cases_table_shows_measurements_and_answer():
    table = cases_table(load_cases("health"), rows=3, columns=2).data
    assert table.count("<tr>") == 4
    assert "<th>mean radius</th><th>mean texture</th><th>malignant</th>" in table
    assert "<th>fraud</th>" in cases_table(load_cases("banking")).data
    with pytest.raises(ValueError, match="rows"):
        cases_table(load_cases("health"), rows=0)
    with pytest.raises(TypeError, match="columns"):
        cases_table(load_cases("health"), columns="all")
    with pytest.raises(TypeError, match="cases"):
        cases_table("health")


def test_cases_table_writes_the_measurements_the_learners_way():
    cases = load_cases("health")
    first = cases.X_train[0, 0]
    set_language("fr")
    table = cases_table(cases, rows=1, columns=1).data
    assert f"<td>{number(float(first), 6, 'fr')}</td>" in table and "," in number(float(first), 6, "fr")


@pytest.mark.parametrize("scenario, unseen, positives", [("banking", 10_000, 100), ("maintenance", 2_000, 100)])
def test_generated_data_have_the_stated_base_rate(scenario, unseen, positives):
    cases = load_cases(scenario)
    assert len(cases.y_test) == len(cases.y_train) == unseen
    assert int(cases.y_test.sum()) == int(cases.y_train.sum()) == positives
    assert np.isfinite(cases.X_train).all() and np.isfinite(cases.X_test).all()


def test_generated_data_are_the_same_every_time():
    for make in (errors_and_costs_data._payments, errors_and_costs_data._readings):
        (names, X1, y1), (_, X2, y2) = make(), make()
        assert np.array_equal(X1, X2) and np.array_equal(y1, y2) and len(names) == X1.shape[1]


def test_generated_frauds_and_faults_look_different_from_the_rest():
    for scenario in ("banking", "maintenance"):
        cases = load_cases(scenario)
        positive = cases.X_train[cases.y_train == 1].mean(axis=0)
        negative = cases.X_train[cases.y_train == 0].mean(axis=0)
        assert (positive > negative).all(), scenario


@pytest.mark.parametrize("bad", ["law", "Health", None, 3, ""])
def test_unknown_scenario_raises_naming_it(bad):
    for call in (
        lambda: load_cases(bad),
        lambda: train_model(bad),
        lambda: outcomes(bad, 0.5),
        lambda: always_no(bad),
        lambda: scenario_name(bad),
    ):
        with pytest.raises(ValueError, match="scenario"):
            call()


# --- the model -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_the_model_is_a_logistic_regression_trained_live_fast_and_recorded(scenario):
    before = len(timing.TRAINING_SECONDS)
    model = train_model(scenario)
    assert len(timing.TRAINING_SECONDS) == before + 1
    assert timing.TRAINING_SECONDS[-1] == model.train_seconds
    assert model.train_seconds > 0  # how fast: benchmarks/modules.py, not a timed test
    scores, actual = _reference(scenario)
    np.testing.assert_allclose(model.scores, scores, atol=1e-6)
    assert (model.actual == actual).all()
    assert ((model.scores >= 0) & (model.scores <= 1)).all()
    assert trained(scenario) is model, "the widgets and checks use the model trained last"
    np.testing.assert_allclose(model.score(load_cases(scenario).X_test), model.scores)


@pytest.mark.parametrize("C", [0.01, 1.0, 10.0])
def test_the_logistic_regression_as_this_module_trains_it_is_scikit_learns(C):
    cases = load_cases("health")
    ours = CoreLogisticRegression(C=C, standardise=True).fit(cases.X_train, cases.y_train).predict_proba(cases.X_test)
    theirs = make_pipeline(StandardScaler(), LogisticRegression(C=C, max_iter=10_000, tol=1e-12))
    theirs.fit(cases.X_train, cases.y_train)
    np.testing.assert_allclose(ours, theirs.predict_proba(cases.X_test)[:, 1], atol=1e-6)


def test_the_logistic_regression_refuses_what_it_cannot_learn_from():
    with pytest.raises(ValueError, match="y must"):
        CoreLogisticRegression(standardise=True).fit([[1.0], [2.0]], [0, 2])
    with pytest.raises(ValueError, match="y must"):
        CoreLogisticRegression(standardise=True).fit([[1.0], [2.0]], [0])
    with pytest.raises(ValueError, match="X must"):
        CoreLogisticRegression(standardise=True).fit([1.0, 2.0], [0, 1])
    with pytest.raises(ValueError, match="not been trained"):
        CoreLogisticRegression(standardise=True).predict_proba([[1.0]])
    constant = CoreLogisticRegression(standardise=True).fit([[3.0, 1.0], [3.0, 2.0], [3.0, 4.0]], [0, 0, 1])
    assert np.isfinite(constant.predict_proba([[3.0, 5.0]])).all(), "a constant column must not divide by zero"


def test_the_models_are_good_but_not_perfect():
    """The lesson's story needs errors of both kinds to trade against each other."""
    for scenario in SCENARIOS:
        found = outcomes(scenario, 0.5)
        assert found.false_negatives > 0 and found.false_positives > 0, scenario
        assert found.accuracy > 0.9, scenario


# --- counting ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_outcomes_agree_with_scikit_learn_at_every_threshold(scenario):
    scores, actual = _reference(scenario)
    for threshold in THRESHOLDS[::5]:
        found = outcomes(scenario, threshold)
        counts = _counts(scenario, threshold)
        assert (found.true_positives, found.false_positives, found.false_negatives, found.true_negatives) == (
            counts["tp"],
            counts["fp"],
            counts["fn"],
            counts["tn"],
        ), threshold
        assert found.total == len(actual)
        assert found.positives == int(actual.sum())
        assert found.accuracy == pytest.approx(np.mean((scores >= threshold) == actual))
        if found.flagged:
            assert found.precision == pytest.approx(precision_score(actual, scores >= threshold))
        assert found.recall == pytest.approx(recall_score(actual, scores >= threshold))
        assert found.false_alarm_rate == pytest.approx(counts["fp"] / (counts["fp"] + counts["tn"]))


def test_lowering_the_threshold_trades_false_alarms_for_misses():
    missed = [outcomes("health", th).false_negatives for th in THRESHOLDS]
    alarms = [outcomes("health", th).false_positives for th in THRESHOLDS]
    assert missed == sorted(missed) and alarms == sorted(alarms, reverse=True)
    assert outcomes("health", 0.0).false_negatives == 0
    assert outcomes("health", 0.0).flagged == 171


def test_shares_are_nan_when_undefined():
    nothing_flagged = count_outcomes([1, 0, 0], [False, False, False])
    assert math.isnan(nothing_flagged.precision)
    assert nothing_flagged.recall == 0 and nothing_flagged.accuracy == pytest.approx(2 / 3)
    no_positives = count_outcomes([0, 0], [1, 0])
    assert math.isnan(no_positives.recall) and no_positives.false_alarm_rate == 0.5
    assert math.isnan(count_outcomes([1], [1]).false_alarm_rate)


@pytest.mark.parametrize(
    "actual, flagged", [([1, 0], [1]), ([], []), ([2, 0], [1, 0]), ([1, 0], [0.5, 0]), ([[1, 0]], [[1, 0]])]
)
def test_count_outcomes_refuses_bad_lists_naming_them(actual, flagged):
    with pytest.raises(ValueError, match="actual and flagged"):
        count_outcomes(actual, flagged)


@pytest.mark.parametrize(
    "bad, error",
    [
        ("0.5", TypeError),
        (None, TypeError),
        (True, TypeError),
        ([0.5], TypeError),
        (math.nan, ValueError),
        (-0.01, ValueError),
        (1.5, ValueError),
        (math.inf, ValueError),
    ],
)
def test_bad_threshold_raises_naming_it(bad, error):
    for call in (
        lambda: outcomes("health", bad),
        lambda: total_cost("health", bad, 1, 1),
        lambda: plot_confusion("health", bad),
        lambda: plot_scores("health", bad),
        lambda: threshold_explorer("health", bad),
    ):
        with pytest.raises(error, match="threshold"):
            call()


def test_always_no_is_99_percent_accurate_and_finds_nothing():
    found = always_no("banking")
    actual = load_cases("banking").y_test
    assert found.accuracy == pytest.approx(np.mean(actual == 0)) == pytest.approx(0.99)
    assert found.recall == 0 and found.true_positives == found.false_positives == 0
    assert math.isnan(found.precision)
    assert outcomes("banking", 0.5).accuracy > found.accuracy


# --- costs -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_cost_curve_sums_each_error_times_its_cost(scenario):
    cost_missed, cost_false_alarm = DEFAULT_COSTS[scenario]
    thresholds, costs = cost_curve(scenario, cost_missed, cost_false_alarm)
    assert list(thresholds) == list(THRESHOLDS)
    for threshold, cost in zip(thresholds[::7], costs[::7]):
        assert cost == pytest.approx(_cost(scenario, threshold, cost_missed, cost_false_alarm))
        assert total_cost(scenario, threshold, cost_missed, cost_false_alarm) == pytest.approx(cost)


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_cheapest_threshold_is_the_lowest_total_cost(scenario):
    cost_missed, cost_false_alarm = DEFAULT_COSTS[scenario]
    costs = {th: _cost(scenario, th, cost_missed, cost_false_alarm) for th in THRESHOLDS}
    best = cheapest_threshold(scenario, cost_missed, cost_false_alarm)
    assert costs[best] == min(costs.values())
    assert best == min(th for th, cost in costs.items() if cost == min(costs.values()))
    assert 0 < best < 0.5, "in every scenario a miss costs more than a false alarm: the threshold goes down"


def test_the_dearer_a_miss_the_lower_the_cheapest_threshold():
    thresholds = [cheapest_threshold("maintenance", missed, 1000) for missed in (500, 1000, 2000, 5000, 20_000, 50_000)]
    assert thresholds == sorted(thresholds, reverse=True)
    assert thresholds[0] > 0.5 > thresholds[-1]


def test_rule_of_thumb_is_the_cost_ratio_and_near_the_cheapest_threshold():
    assert rule_of_thumb_threshold(1, 1) == 0.5, "equal costs: the usual threshold"
    assert rule_of_thumb_threshold(20_000, 1_000) == pytest.approx(1 / 21)
    assert rule_of_thumb_threshold(0, 5) == 1.0
    costs = DEFAULT_COSTS["maintenance"]  # the lesson compares the two on the pumps: "close, not equal"
    assert abs(rule_of_thumb_threshold(*costs) - cheapest_threshold("maintenance", *costs)) <= 0.02
    for scenario in SCENARIOS:
        costs = DEFAULT_COSTS[scenario]
        assert abs(rule_of_thumb_threshold(*costs) - cheapest_threshold(scenario, *costs)) <= 0.1, scenario


@pytest.mark.parametrize(
    "cost_missed, cost_false_alarm, error, named",
    [
        (-1, 1, ValueError, "cost_missed"),
        (1, -0.5, ValueError, "cost_false_alarm"),
        ("10", 1, TypeError, "cost_missed"),
        (1, None, TypeError, "cost_false_alarm"),
        (math.nan, 1, ValueError, "cost_missed"),
        (1, math.inf, ValueError, "cost_false_alarm"),
        (True, 1, TypeError, "cost_missed"),
    ],
)
def test_bad_costs_raise_naming_them(cost_missed, cost_false_alarm, error, named):
    for call in (
        lambda: total_cost("banking", 0.5, cost_missed, cost_false_alarm),
        lambda: cost_curve("banking", cost_missed, cost_false_alarm),
        lambda: cheapest_threshold("banking", cost_missed, cost_false_alarm),
        lambda: rule_of_thumb_threshold(cost_missed, cost_false_alarm),
        lambda: outcomes("banking", 0.5).cost(cost_missed, cost_false_alarm),
        lambda: plot_cost_curve("banking", cost_missed, cost_false_alarm),
    ):
        with pytest.raises(error, match=named):
            call()


def test_rule_of_thumb_refuses_two_zero_costs():
    with pytest.raises(ValueError, match="cost_missed and cost_false_alarm"):
        rule_of_thumb_threshold(0, 0)


# --- base rates ----------------------------------------------------------------------------------------------------


def test_the_screening_puzzle_gives_about_one_in_ten():
    assert expected_precision(0.01, 0.9, 0.09) == pytest.approx(0.009 / (0.009 + 0.99 * 0.09))
    people = screening(0.01, 0.9, 0.09, people=1000)
    assert (people.sick, people.found, people.false_alarms, people.flagged) == (10, 9, 89, 98)
    assert people.precision == pytest.approx(9 / 98)


def test_precision_rises_with_the_base_rate_recall_does_not_change():
    precisions = [expected_precision(rate, 0.9, 0.05) for rate in (0.001, 0.01, 0.1, 0.5)]
    assert precisions == sorted(precisions)
    assert math.isnan(expected_precision(0.1, 0, 0))
    assert math.isnan(screening(0.1, 0, 0).precision)


def test_tumour_model_precision_falls_where_malignant_tumours_are_rare():
    """What the lesson says: about 97% on our data, about 34% if 1% of the tumours tested were malignant."""
    found = outcomes("health", 0.5)
    assert found.precision == pytest.approx(0.97, abs=0.005)
    assert expected_precision(0.01, found.recall, found.false_alarm_rate) == pytest.approx(0.34, abs=0.005)


@pytest.mark.parametrize(
    "call, error, named",
    [
        (lambda: expected_precision(5, 0.9, 0.1), ValueError, "base_rate"),
        (lambda: expected_precision(0.01, "0.9", 0.1), TypeError, "recall"),
        (lambda: expected_precision(0.01, 0.9, -0.1), ValueError, "false_alarm_rate"),
        (lambda: screening(0.01, 0.9, 0.1, people=0), ValueError, "people"),
        (lambda: screening(0.01, 0.9, 0.1, people=10.5), TypeError, "people"),
        (lambda: screening(1.5, 0.9, 0.1), ValueError, "base_rate"),
    ],
)
def test_base_rate_helpers_refuse_bad_input_naming_it(call, error, named):
    with pytest.raises(error, match=named):
        call()


# --- words ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_describe_says_the_four_counts_and_three_shares(language):
    found = outcomes("health", 0.3)
    text = describe(found, "health", language)
    for count in (found.true_positives, found.false_positives, found.false_negatives, found.true_negatives):
        assert f": {count} (" in text
    assert percent(found.precision, 1, language) in text and percent(found.recall, 1, language) in text
    assert t("m03.health.fp", language) in text
    counts_only = describe(found, "health", language, shares=False)
    assert percent(found.precision, 1, language) not in counts_only
    assert text.startswith(counts_only)


def test_describe_refuses_what_it_cannot_describe():
    with pytest.raises(TypeError, match="found"):
        describe((1, 2, 3, 4))
    with pytest.raises(TypeError, match="shares"):
        describe(outcomes("health", 0.5), shares="no")
    with pytest.raises(ValueError, match="scenario"):
        describe(outcomes("health", 0.5), "law")


def test_every_scenario_has_every_word_in_both_languages():
    words = (
        "name",
        "cases",
        "unseen_cases",
        "really_pos",
        "really_neg",
        "flag",
        "pass",
        "tp",
        "fn",
        "fp",
        "tn",
        "cost_missed",
        "cost_false_alarm",
        "unit",
        "precision_words",
        "recall_words",
    )
    for language in LANGUAGES:
        texts = catalog(language)
        assert [f"m03.{s}.{w}" for s in SCENARIOS for w in words if f"m03.{s}.{w}" not in texts] == []
    assert scenario_name("banking", "fr") != scenario_name("banking", "en")


# --- charts ---------------------------------------------------------------------------------------------------------


def _texts(ax) -> list[str]:
    return [text.get_text() for text in ax.texts]


@pytest.mark.parametrize("language", LANGUAGES)
def test_confusion_matrix_shows_the_counts_in_plain_words(language):
    set_language(language)
    figure = plot_confusion("health", 0.3)
    assert isinstance(figure, Figure)
    (ax,) = figure.axes
    counts = _counts("health", 0.3)
    texts = _texts(ax)
    assert len(texts) == 4
    for kind, text in zip(("tp", "fn", "fp", "tn"), texts):
        assert text.startswith(f"{counts[kind]}\n"), (kind, text)
        assert t(f"m03.term.{kind}") in text
    columns = [label.get_text().replace("\n", " ") for label in ax.get_xticklabels()]
    rows = [label.get_text().replace("\n", " ") for label in ax.get_yticklabels()]
    assert columns == [t("m03.health.flag"), t("m03.health.pass")]
    assert rows == [t("m03.health.really_pos"), t("m03.health.really_neg")]
    assert ax.get_title() == t("m03.plot.confusion_title", threshold=0.3)


def test_confusion_matrix_of_given_counts():
    figure = plot_confusion("banking", found=always_no("banking"))
    texts = _texts(figure.axes[0])
    assert texts[1].startswith("100\n") and texts[3].startswith(integer(9900) + "\n")
    assert figure.axes[0].get_title() == ""
    with pytest.raises(TypeError, match="found"):
        plot_confusion("banking", found={"tp": 1})
    with pytest.raises(TypeError, match="title"):
        plot_confusion("banking", found=always_no("banking"), title=3)


@pytest.mark.parametrize("language", LANGUAGES)
def test_scores_chart_counts_every_unseen_case_on_its_side(language):
    set_language(language)
    figure = plot_scores("health", 0.4)
    top, bottom = figure.axes
    assert sum(patch.get_height() for patch in top.patches if patch.get_height() > 0 and patch.get_width() < 0.1) == 64
    assert sum(patch.get_height() for patch in bottom.patches if patch.get_width() < 0.1) == 107
    assert bottom.get_xlabel() == t("m03.plot.score")
    counts = _counts("health", 0.4)
    legend = [text.get_text() for text in top.get_legend().get_texts()]
    assert t("m03.plot.flagged_zone", count=counts["tp"]) in legend
    legend = [text.get_text() for text in bottom.get_legend().get_texts()]
    assert t("m03.plot.flagged_zone", count=counts["fp"]) in legend


def test_threshold_chart_puts_scores_and_matrix_side_by_side():
    figure = plot_threshold("maintenance", 0.2)
    assert len(figure.axes) == 3


@pytest.mark.parametrize("language", LANGUAGES)
def test_cost_curve_chart(language):
    set_language(language)
    figure = plot_cost_curve("banking", 100, 10, threshold=0.5)
    ax = figure.axes[0]
    x, y = ax.get_lines()[0].get_data()
    assert list(x) == list(THRESHOLDS)
    assert y[50] == pytest.approx(_cost("banking", 0.5, 100, 10))
    marker = ax.get_lines()[1]
    best = cheapest_threshold("banking", 100, 10)
    assert marker.get_xdata()[0] == best
    assert t("m03.plot.cheapest", threshold=best) in [text.get_text() for text in ax.get_legend().get_texts()]
    assert ax.get_ylabel() == t("m03.plot.total_cost", unit=t("m03.banking.unit"))
    hidden = plot_cost_curve("banking", 100, 10, threshold=0.5, show_cheapest=False).axes[0]
    assert t("m03.plot.cheapest", threshold=best) not in [text.get_text() for text in hidden.get_legend().get_texts()]
    with pytest.raises(TypeError, match="show_cheapest"):
        plot_cost_curve("banking", 100, 10, show_cheapest="no")


def test_cost_curve_with_two_zero_costs_is_flat_not_broken():
    ax = plot_cost_curve("health", 0, 0).axes[0]
    assert ax.get_ylim()[1] > 0


def test_base_rate_chart():
    figure = plot_base_rate(0.9, 0.09, 0.01)
    ax = figure.axes[0]
    assert ax.get_xscale() == "log"
    point = ax.get_lines()[1]
    assert point.get_ydata()[0] == pytest.approx(expected_precision(0.01, 0.9, 0.09))
    assert len(plot_base_rate().axes[0].get_lines()) == 1


@pytest.mark.parametrize(
    "call, error, named",
    [
        (lambda: plot_confusion("law"), ValueError, "scenario"),
        (lambda: plot_scores("health", "high"), TypeError, "threshold"),
        (lambda: plot_threshold("health", 2), ValueError, "threshold"),
        (lambda: plot_cost_curve("banking", -5, 1), ValueError, "cost_missed"),
        (lambda: plot_cost_curve("banking", 5, 1, threshold=-1), ValueError, "threshold"),
        (lambda: plot_base_rate(recall=1.2), ValueError, "recall"),
        (lambda: plot_base_rate(base_rate="1%"), TypeError, "base_rate"),
    ],
)
def test_charts_refuse_bad_input_without_leaving_a_figure_open(call, error, named):
    open_before = plt.get_fignums()
    with pytest.raises(error, match=named):
        call()
    assert plt.get_fignums() == open_before


# --- widgets --------------------------------------------------------------------------------------------------------


def _plain(value: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", value))


def test_threshold_explorer_follows_its_slider():
    explorer = threshold_explorer("health")
    slider, summary, chart = explorer.children
    assert isinstance(slider, widgets.FloatSlider) and (slider.min, slider.max, slider.step) == (0, 1, 0.01)
    assert isinstance(chart, widgets.Output)
    slider.value = 0.1
    assert _plain(summary.value) == describe(outcomes("health", 0.1)).replace("\n", "")
    assert not plt.get_fignums(), "the explorer closes the figures it draws"
    assert t("m03.health.precision_words") in summary.value
    no_shares = threshold_explorer("health", shares=False).children[1].value
    assert t("m03.health.precision_words") not in no_shares and t("m03.health.fp") in no_shares
    with pytest.raises(TypeError, match="shares"):
        threshold_explorer("health", shares=1)


def test_cost_explorer_follows_its_controls_and_profession():
    explorer = cost_explorer("health")
    pick, missed, false_alarm, slider, summary, _chart = explorer.children
    assert (missed.value, false_alarm.value) == DEFAULT_COSTS["health"]
    assert t("m03.health.cost_missed") in missed.description
    assert number(outcomes("health", 0.5).cost(*DEFAULT_COSTS["health"])) in summary.value
    assert decimal(cheapest_threshold("health", *DEFAULT_COSTS["health"]), 2) in summary.value
    pick.value = "banking"
    assert (missed.value, false_alarm.value) == DEFAULT_COSTS["banking"]
    assert t("m03.banking.cost_false_alarm") in false_alarm.description
    missed.value, false_alarm.value = 100, 10
    slider.value = 0.14
    assert number(_cost("banking", 0.14, 100, 10)) in summary.value


def test_cost_explorer_can_hide_the_cheapest_threshold():
    summary = cost_explorer("banking", show_cheapest=False).children[4].value
    assert "<br>" not in summary, "only the cost at the learner's threshold, no cheapest threshold"
    assert decimal(cheapest_threshold("banking", *DEFAULT_COSTS["banking"]), 2) not in summary
    with pytest.raises(TypeError, match="show_cheapest"):
        cost_explorer("banking", show_cheapest=None)


@pytest.mark.parametrize("language", LANGUAGES)
def test_cost_explorer_says_what_is_wrong_with_a_typed_cost(language):
    set_language(language)
    _pick, missed, false_alarm, _slider, summary, chart = cost_explorer("maintenance").children
    missed.value = -20
    assert _plain(summary.value) == t("m03.widget.cost_negative", what=t("m03.maintenance.cost_missed"))
    assert chart.outputs == ()
    missed.value = 0
    false_alarm.value = 0
    assert _plain(summary.value) == t("m03.widget.cost_both_zero")
    false_alarm.value = 1000
    assert "<b>" in summary.value and number(outcomes("maintenance", 0.5).cost(0, 1000)) in summary.value


def test_cost_problem_catches_what_a_widget_could_send():
    from caire.modules.errors_and_costs.widgets import _cost_problem

    what = t("m03.banking.cost_missed")
    assert _cost_problem(math.inf, 1, "banking") == t("m03.widget.cost_not_a_number", what=what)
    assert _cost_problem(None, 1, "banking") == t("m03.widget.cost_not_a_number", what=what)
    assert _cost_problem(3, 1, "banking") is None


def test_screening_explorer_counts_people():
    rate, found, alarms, summary, _chart = screening_explorer().children
    people = screening(rate.value, found.value, alarms.value, people=10_000)
    assert (people.sick, people.found, people.false_alarms) == (100, 90, 891)
    assert f"<b>{people.sick}</b>" in summary.value and f"{people.flagged}" in summary.value
    found.value = 0.5
    assert str(screening(rate.value, 0.5, alarms.value, people=10_000).found) in summary.value
    with pytest.raises(ValueError, match="base_rate"):
        screening_explorer(base_rate=2)


@pytest.mark.parametrize("make", [lambda: threshold_explorer("law"), lambda: cost_explorer("law")])
def test_widgets_refuse_an_unknown_profession(make):
    with pytest.raises(ValueError, match="scenario"):
        make()


# --- the five questions: right answers worked out here ---------------------------------------------------------------


@cache
def _q1_right_thresholds() -> list[float]:
    return [th for th in THRESHOLDS if _counts("health", th)["fn"] <= 1 and _counts("health", th)["fp"] <= 20]


def _q2_precision() -> float:
    counts = _counts("health", 0.2)
    return counts["tp"] / (counts["tp"] + counts["fp"])


@cache
def _q3_right_thresholds() -> list[float]:
    costs = {th: _cost("banking", th, 100, 10) for th in THRESHOLDS}
    return [th for th, cost in costs.items() if cost <= 1.05 * min(costs.values())]


def _right_option(question_id: str, options, digest: str) -> str:
    matching = [key for key in options if answer_digest(question_id, key) == digest]
    assert len(matching) == 1, question_id
    return matching[0]


def _right(question_id: str):
    if question_id == Q1:
        return _q1_right_thresholds()[len(_q1_right_thresholds()) // 2]
    if question_id == Q2:
        return _q2_precision()
    if question_id == Q3:
        return _q3_right_thresholds()[len(_q3_right_thresholds()) // 2]
    if question_id == Q4:
        return _right_option(Q4, ex.Q4_OPTIONS, ex.Q4_RIGHT_DIGEST)
    return _right_option(Q5, ex.Q5_OPTIONS, ex.Q5_RIGHT_DIGEST)


#: Wrong answers, and whether the visible and the hidden criterion, each alone, let it through.
WRONG = {
    Q1: [(0.0, True, False), (0.5, False, True), (0.9, False, True)],
    Q2: [(0.5, True, False), (1.0, True, False), (0.0, True, False)],
    Q3: [(0.5, False, False), (0.9, False, False), (0.3, True, False), (0.01, False, False)],
    Q4: [("a", True, False), ("b", True, False), ("c", True, False)],
    Q5: [("b", True, False), ("c", True, False), ("d", True, False)],
}


def test_the_assignment_has_five_questions_with_a_visible_and_a_hidden_criterion():
    assert list(ex.QUESTIONS) == list(QUESTION_IDS)
    for question_id, question in ex.QUESTIONS.items():
        assert question.id == question_id
        assert len(question.criteria) == 2, question_id
    assert isinstance(ex.question(Q4).answer_with, Choice) and isinstance(ex.question(Q5).answer_with, Choice)


@pytest.mark.parametrize("question_id", QUESTION_IDS)
def test_a_right_answer_passes_every_criterion(question_id):
    right = _right(question_id)
    for criterion in ex.question(question_id).criteria:
        feedback = ex.check(question_id, right, criterion)
        assert isinstance(feedback, Feedback) and feedback.passed is True, (criterion, feedback.message)
        ex.require(question_id, right, criterion)
    overall = ex.check(question_id, right)
    assert overall.passed is True and overall.message


@pytest.mark.parametrize("question_id", QUESTION_IDS)
def test_a_wrong_answer_fails_and_the_hidden_criterion_matters(question_id):
    visible, hidden = ex.question(question_id).criteria
    for wrong, passes_visible, passes_hidden in WRONG[question_id]:
        feedback = ex.check(question_id, wrong)
        assert feedback.passed is False and feedback.message, wrong
        with pytest.raises(AssertionError) as raised:
            ex.require(question_id, wrong)
        assert str(raised.value) == feedback.message
        assert ex.check(question_id, wrong, visible).passed is passes_visible, wrong
        assert ex.check(question_id, wrong, hidden).passed is passes_hidden, wrong
    assert any(visible and not hidden for _, visible, hidden in WRONG[question_id]), (
        "some wrong answer gets past the visible check: only the hidden one stops it"
    )


def test_q1_agrees_with_a_search_over_the_whole_slider():
    assert _q1_right_thresholds(), "the slider must offer at least one right threshold"
    for threshold in THRESHOLDS:
        counts = _counts("health", threshold)
        assert ex.check(Q1, threshold, "missed").passed == (counts["fn"] <= 1), threshold
        assert ex.check(Q1, threshold, "false_alarms").passed == (counts["fp"] <= 20), threshold
    low = ex.check(Q1, 0.0)
    assert low.message == ex.check(Q1, 0.0, "false_alarms").message and "107" in low.message


def test_q2_accepts_two_decimals_and_says_which_share_a_wrong_answer_is():
    precision = _q2_precision()
    assert ex.check(Q2, round(precision, 2)).passed is True
    assert ex.check(Q2, round(precision, 3)).passed is True
    assert ex.check(Q2, precision + 0.02).passed is False
    counts = _counts("health", 0.2)
    recall = counts["tp"] / (counts["tp"] + counts["fn"])
    accuracy = (counts["tp"] + counts["tn"]) / sum(counts.values())
    assert ex.check(Q2, recall).message == t("q2_tumour_precision.that_is_recall")
    assert ex.check(Q2, accuracy).message == t("q2_tumour_precision.that_is_accuracy")
    assert ex.check(Q2, 0.5).message == t("q2_tumour_precision.wrong", threshold=0.2)


@pytest.mark.parametrize("question_id, typed", [(Q2, 85.9)])
def test_a_percentage_is_refused_with_a_hint(question_id, typed):
    feedback = ex.check(question_id, typed, "valid")
    assert feedback.passed is False
    assert feedback.message == t("feedback.percent_not_share", value=typed, share=typed / 100)
    assert ex.check(question_id, typed).passed is False


def test_q3_agrees_with_the_costs_summed_here():
    default = _cost("banking", 0.5, 100, 10)
    for threshold in THRESHOLDS:
        cost = _cost("banking", threshold, 100, 10)
        assert ex.check(Q3, threshold, "beats_default").passed == (cost < default), threshold
        assert ex.check(Q3, threshold, "cheapest").passed == (threshold in _q3_right_thresholds()), threshold
    assert cheapest_threshold("banking", ex.Q3_COST_MISSED, ex.Q3_COST_FALSE_ALARM) in _q3_right_thresholds()


def test_q4_precision_falls_where_melanomas_are_rare_as_the_right_option_says():
    """The app's recall and false-alarm rate stay; its precision goes from about 9 in 10 to about 1 in 10."""
    clinic = expected_precision(ex.Q4_CLINIC_BASE_RATE, ex.Q4_RECALL, ex.Q4_FALSE_ALARM_RATE)
    pharmacy = expected_precision(ex.Q4_PHARMACY_BASE_RATE, ex.Q4_RECALL, ex.Q4_FALSE_ALARM_RATE)
    assert round(clinic, 1) == 0.9, "the stem says: a melanoma 9 times out of 10 in the clinic"
    assert 0.05 < pharmacy < 0.15, "the feedback says: about 1 flag in 10"
    assert ex.Q4_PHARMACY_BASE_RATE == 1 / 200
    right = _right(Q4)
    assert right == "d" and "false alarms" in t(f"{Q4}.option.{right}")
    # the pharmacy's false alarms outnumber its melanomas found
    flagged_harmless = (1 - ex.Q4_PHARMACY_BASE_RATE) * ex.Q4_FALSE_ALARM_RATE
    assert flagged_harmless > 5 * ex.Q4_PHARMACY_BASE_RATE * ex.Q4_RECALL
    source = SOURCE.read_text(encoding="utf-8")
    assert "screening_explorer(base_rate=0.3, recall=0.9, false_alarm_rate=0.045)" in source
    assert "expected_precision(0.3, 0.9, 0.045)" in source and "expected_precision(0.005, 0.9, 0.045)" in source


def test_q5_right_option_counts_what_the_family_pays():
    right = _right(Q5)
    assert right == "a"
    assert "honest family" in t(f"{Q5}.option.{right}") and "famille honnête" in t(f"{Q5}.option.{right}", "fr")
    for answer in (right.upper(), f" {right} "):
        assert ex.check(Q5, answer).passed is True


def test_every_choice_gives_its_own_feedback():
    for question_id, options in ((Q4, ex.Q4_OPTIONS), (Q5, ex.Q5_OPTIONS)):
        for key in options:
            feedback = ex.check(question_id, key)
            assert feedback.message == t(f"{question_id}.{'ok' if key == _right(question_id) else 'wrong'}")


@pytest.mark.parametrize(
    "question_id, answer, named",
    [
        (Q1, "0.1", "tumour_threshold"),
        (Q1, None, "tumour_threshold"),
        (Q1, True, "tumour_threshold"),
        (Q1, math.nan, "tumour_threshold"),
        (Q1, 1.5, "tumour_threshold"),
        (Q1, [0.1], "tumour_threshold"),
        (Q2, "0.86", "share_really_malignant"),
        (Q2, -0.2, "share_really_malignant"),
        (Q2, 150, "share_really_malignant"),
        (Q2, None, "share_really_malignant"),
        (Q3, "low", "fraud_threshold"),
        (Q3, -1, "fraud_threshold"),
        (Q3, None, "fraud_threshold"),
        (Q4, 0.99, "a, b, c, d"),
        (Q4, None, "a, b, c, d"),
        (Q4, "e", "a, b, c, d"),
        (Q5, 2, "a, b, c, d"),
        (Q5, None, "a, b, c, d"),
        (Q5, "e", "a, b, c, d"),
    ],
)
def test_answers_of_the_wrong_kind_fail_with_a_message_naming_the_answer(question_id, answer, named):
    for criterion in [None, *ex.question(question_id).criteria]:
        feedback = ex.check(question_id, answer, criterion)
        assert feedback.passed is False, (criterion, feedback)
    assert named in ex.check(question_id, answer).message
    with pytest.raises(AssertionError, match=re.escape(named)):
        ex.require(question_id, answer)


@pytest.mark.parametrize("question_id", QUESTION_IDS)
def test_feedback_is_in_the_current_language(question_id):
    wrong, right = WRONG[question_id][0][0], _right(question_id)
    messages = {}
    for language in LANGUAGES:
        set_language(language)
        messages[language] = (ex.check(question_id, wrong).message, ex.check(question_id, right).message)
    assert messages["en"][0] != messages["fr"][0]
    assert messages["en"][1] != messages["fr"][1]


def test_the_solutions_of_the_notebook_pass_every_criterion():
    source = SOURCE.read_text(encoding="utf-8")
    blocks = re.findall(r"### BEGIN SOLUTION\n(.*?)### END SOLUTION", source, re.S)
    assert len(blocks) == 5
    answers: dict[str, object] = {}
    for block in blocks:
        exec(block, {}, answers)
    variables = {
        Q1: "tumour_threshold",
        Q2: "share_really_malignant",
        Q3: "fraud_threshold",
        Q4: "pharmacy_expects",
        Q5: "advice",
    }
    for question_id, name in variables.items():
        assert ex.check(question_id, answers[name]).passed is True, (question_id, answers[name])
        assert f'ex.require("{question_id}", {name}, ' in source


# --- the app's cards ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("question_id", QUESTION_IDS)
def test_app_card_accepts_a_right_answer_on_its_grid(question_id):
    card = question_card(ex.question(question_id))
    entry = card.children[0]
    spec = ex.question(question_id).answer_with
    if isinstance(spec, Slider):
        assert isinstance(entry, widgets.FloatSlider)
        assert (entry.min, entry.max, entry.step, entry.value) == (spec.low, spec.high, spec.step, spec.start)
        answer = round(_right(question_id), 2)  # what a slider with step 0.01 can give
    else:
        assert isinstance(entry, widgets.RadioButtons) and entry.value is None
        answer = _right(question_id)
    entry.value = answer
    card.children[1].click()
    assert card.passed is True, (question_id, card.children[2].value)
    entry.value = WRONG[question_id][0][0]
    card.children[1].click()
    assert card.passed is False


def test_the_module_never_imports_torch_scikit_learn_or_pandas():
    """They would take a kernel past the 256 MB a module without torch may use."""
    code = (
        "import sys, caire.modules.errors_and_costs.figures as p, caire.modules.errors_and_costs.questions as ex; "
        "import caire.modules.errors_and_costs.widgets as w, caire.modules.errors_and_costs.model as m; "
        "[ex.check(q, 0.14) for q in ex.QUESTIONS]; w.cost_explorer(); w.threshold_explorer(); "
        "w.screening_explorer(); p.plot_confusion(); p.plot_scores(); p.plot_base_rate(); "
        "w.describe(m.outcomes()); w.cases_table(m.load_cases('health')); "
        "heavy = sorted({'torch', 'sklearn', 'pandas', 'scipy'} & set(sys.modules)); "
        "assert not heavy, heavy"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120, env={**os.environ, "MPLBACKEND": "Agg"})


# --- the lesson page: every figure says what it shows (#18) -----------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_confusion_matrix_says_its_four_counts_in_its_text_alternative(language):
    from caire.core.figures import describe as text_alternative
    from caire.modules.errors_and_costs.figures import plot_confusion as draw_confusion

    set_language(language)
    lazy = always_no("banking")
    said = text_alternative(draw_confusion("banking", found=lazy))
    assert said.startswith(t("m03.plot.confusion_alt", language, boxes="").split(":")[0])
    for count in (lazy.true_positives, lazy.false_negatives, lazy.false_positives, lazy.true_negatives):
        assert integer(count, language) in said
    found = outcomes("health", 0.5)
    said = text_alternative(draw_confusion("health", 0.5))
    assert said.startswith(t("m03.plot.confusion_title", language, threshold=0.5))
    assert re.search(rf"{re.escape(t('m03.term.fn', language))}\)\W*: {found.false_negatives}\W", said)


def test_a_confusion_matrix_drawn_into_a_larger_chart_leaves_its_text_alternative_alone():
    from caire.core.figures import describe as text_alternative
    from caire.modules.errors_and_costs.figures import plot_confusion as draw_confusion

    figure, (left, right) = plt.subplots(1, 2)
    left.set_title("scores")
    draw_confusion("health", 0.5, ax=right)
    assert "scores" in text_alternative(figure)
    assert t("m03.plot.confusion_alt", boxes="").split(":")[0] not in text_alternative(figure)
