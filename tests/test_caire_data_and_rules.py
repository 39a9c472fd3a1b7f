"""caire.modules.rules_vs_learning.data (the wine data and its split) and caire.modules.rules_vs_learning.rules (hand-written rules and their scores)."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from caire.core.i18n import LANGUAGES, set_language
from caire.modules.rules_vs_learning.data import (
    WINE_MEASUREMENTS,
    cultivar_label,
    load_wines,
    measurement_label,
)
from caire.modules.rules_vs_learning.rules import (
    accuracy,
    one_threshold_rule_accuracy,
    two_step_rule,
    two_step_rule_accuracy,
)

SPLITS = ("train", "test")


@pytest.fixture(autouse=True)
def english():
    set_language("en")
    yield
    set_language("en")


# --- datasets ---------------------------------------------------------------------------------------


def test_split_sizes_are_124_and_54():
    data = load_wines()
    assert (len(data.train), len(data.test)) == (124, 54)
    assert data.train.X.shape == (124, 13) and data.test.X.shape == (54, 13)
    assert len(data.train.y) == 124 and len(data.test.y) == 54


def test_split_is_a_partition_of_the_178_bundled_wines():
    from sklearn.datasets import load_wine

    data = load_wines()
    train_rows, test_rows = set(data.train.X.index), set(data.test.X.index)
    assert not train_rows & test_rows
    assert train_rows | test_rows == set(range(178))
    bundled = load_wine(as_frame=True)
    together = pd.concat([data.train.X, data.test.X]).sort_index()
    np.testing.assert_array_equal(together.to_numpy(), bundled.data.to_numpy())
    labels = pd.concat([data.train.y, data.test.y]).sort_index()
    np.testing.assert_array_equal(labels.to_numpy(), bundled.target.to_numpy())
    # X and y of each part describe the same wines, in the same order
    assert list(data.train.X.index) == list(data.train.y.index)
    assert list(data.test.X.index) == list(data.test.y.index)


def test_split_is_stratified():
    data = load_wines()
    everything = pd.concat([data.train.y, data.test.y])
    for cultivar in (0, 1, 2):
        in_train = int((data.train.y == cultivar).sum())
        in_test = int((data.test.y == cultivar).sum())
        assert in_train > 0 and in_test > 0, f"cultivar {cultivar} must be in both parts"
        total = int((everything == cultivar).sum())
        # 30% of each cultivar is set aside, to within one wine
        assert abs(in_test - 0.3 * total) <= 1, (cultivar, in_test, total)
    assert set(data.train.y.unique()) == set(data.test.y.unique()) == {0, 1, 2}


def test_split_is_deterministic_across_calls_and_reloads():
    first = load_wines()
    assert load_wines() is first  # cached: every notebook cell sees the same object
    load_wines.cache_clear()
    try:
        again = load_wines()
    finally:
        load_wines.cache_clear()
    assert again is not first
    for name in SPLITS:
        pd.testing.assert_frame_equal(first.split(name).X, again.split(name).X)
        pd.testing.assert_series_equal(first.split(name).y, again.split(name).y)


def test_wine_measurements_are_the_columns():
    data = load_wines()
    assert len(WINE_MEASUREMENTS) == 13 == len(set(WINE_MEASUREMENTS))
    assert list(WINE_MEASUREMENTS) == list(data.train.X.columns) == list(data.test.X.columns)
    assert data.measurements == list(WINE_MEASUREMENTS)
    assert all(np.issubdtype(dtype, np.number) for dtype in data.train.X.dtypes)
    assert data.train.y.name == "cultivar"


def test_split_by_name_and_bad_split():
    data = load_wines()
    assert data.split("train") is data.train
    assert data.split("test") is data.test
    for bad in ("validation", "Train", "", None):
        with pytest.raises(ValueError, match="split"):
            data.split(bad)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_measurement_has_a_label(language):
    labels = [measurement_label(name, language) for name in WINE_MEASUREMENTS]
    assert all(isinstance(label, str) and label.strip() for label in labels)
    assert len(set(labels)) == 13, "two measurements must not share a label"
    assert not any("_" in label for label in labels), "labels are words, not column names"


def test_measurement_label_follows_the_current_language():
    english = measurement_label("flavanoids")
    set_language("fr")
    assert measurement_label("flavanoids") == measurement_label("flavanoids", "fr") != english


def test_unknown_measurement_label_raises_naming_it():
    with pytest.raises(KeyError, match="acidity"):
        measurement_label("acidity")


@pytest.mark.parametrize("language", LANGUAGES)
def test_cultivar_labels(language):
    labels = [cultivar_label(number, language) for number in (0, 1, 2)]
    assert len(set(labels)) == 3
    for number, label in enumerate(labels):
        assert str(number) in label
    assert cultivar_label(np.int64(2), language) == labels[2]


@pytest.mark.parametrize("bad", [3, -1, "0", None, 0.5])
def test_bad_cultivar_raises_naming_cultivar(bad):
    with pytest.raises(ValueError, match="cultivar"):
        cultivar_label(bad)


# --- rules: scores against a brute-force count over the rows ----------------------------------------


def _brute_force_one_threshold(threshold, measurement, cultivar, split):
    part = load_wines().split(split)
    right = 0
    for (_, row), actual in zip(part.X.iterrows(), part.y):
        says_cultivar = row[measurement] >= threshold
        right += says_cultivar == (actual == cultivar)
    return right / len(part.y)


@pytest.mark.parametrize("split", SPLITS)
@pytest.mark.parametrize(
    "measurement, cultivar, thresholds",
    [
        ("proline", 0, (500, 760, 1000, 1450.5)),
        ("flavanoids", 1, (0.8, 1.5, 2.2)),
        ("color_intensity", 2, (3.0, 3.82, 7)),
        ("alcohol", 0, (13, 13.5)),
    ],
)
def test_one_threshold_rule_accuracy_matches_brute_force(split, measurement, cultivar, thresholds):
    for threshold in thresholds:
        expected = _brute_force_one_threshold(threshold, measurement, cultivar, split)
        got = one_threshold_rule_accuracy(threshold, measurement, cultivar, split)
        assert got == pytest.approx(expected), (measurement, threshold)


def test_one_threshold_rule_defaults_are_proline_cultivar_0_train():
    assert one_threshold_rule_accuracy(760) == pytest.approx(_brute_force_one_threshold(760, "proline", 0, "train"))


@pytest.mark.parametrize("split", SPLITS)
def test_threshold_extremes(split):
    part = load_wines().split(split)
    share_of_0 = float((part.y == 0).mean())
    below_min = part.X["proline"].min() - 1
    above_max = part.X["proline"].max() + 1
    # below every wine: every wine is called cultivar 0, right exactly on the cultivar 0 wines
    assert one_threshold_rule_accuracy(below_min, split=split) == pytest.approx(share_of_0)
    # above every wine: no wine is called cultivar 0, right on all the others
    assert one_threshold_rule_accuracy(above_max, split=split) == pytest.approx(1 - share_of_0)
    # a threshold equal to the smallest value still includes it (>=)
    assert one_threshold_rule_accuracy(part.X["proline"].min(), split=split) == pytest.approx(share_of_0)


def test_numpy_numbers_are_accepted_as_thresholds():
    expected = one_threshold_rule_accuracy(760)
    assert one_threshold_rule_accuracy(np.int64(760)) == expected
    assert one_threshold_rule_accuracy(np.float32(760.0)) == expected
    assert one_threshold_rule_accuracy(760.0) == expected


def _brute_force_two_step(X, proline_min, flavanoids_min):
    out = []
    for _, row in X.iterrows():
        if row["proline"] >= proline_min:
            out.append(0)
        elif row["flavanoids"] >= flavanoids_min:
            out.append(1)
        else:
            out.append(2)
    return out


@pytest.mark.parametrize("proline_min, flavanoids_min", [(1000, 1.0), (760, 1.4), (300, 5), (1700, 0.3), (900, 2.1)])
def test_two_step_rule_matches_brute_force(proline_min, flavanoids_min):
    for split in SPLITS:
        part = load_wines().split(split)
        expected = _brute_force_two_step(part.X, proline_min, flavanoids_min)
        assert list(two_step_rule(part.X, proline_min, flavanoids_min)) == expected
        right = sum(e == a for e, a in zip(expected, part.y))
        assert two_step_rule_accuracy(proline_min, flavanoids_min, split) == pytest.approx(right / len(part.y))


def test_two_step_rule_works_on_any_table_with_the_two_columns():
    table = pd.DataFrame({"flavanoids": [3.0, 2.0, 0.5], "proline": [1200, 500, 500], "hue": [1, 1, 1]})
    assert list(two_step_rule(table, 1000, 1.0)) == [0, 1, 2]


def test_accuracy_counts_matches():
    assert accuracy([0, 1, 2, 2], [0, 1, 1, 2]) == pytest.approx(0.75)
    assert accuracy(np.array([True, False]), np.array([False, True])) == 0.0
    assert accuracy(pd.Series([1, 1, 1]), [1, 1, 1]) == 1.0


# --- rules: bad inputs name the argument ----------------------------------------------------------


@pytest.mark.parametrize(
    "bad, error",
    [
        ("760", TypeError),
        (True, TypeError),
        (None, TypeError),
        ([760], TypeError),
        (math.nan, ValueError),
        (math.inf, ValueError),
        (-math.inf, ValueError),
    ],
)
def test_bad_threshold_raises_naming_threshold(bad, error):
    with pytest.raises(error, match="threshold"):
        one_threshold_rule_accuracy(bad)


def test_unknown_measurement_raises_naming_measurement():
    with pytest.raises(ValueError, match="measurement") as raised:
        one_threshold_rule_accuracy(760, "acidity")
    assert "acidity" in str(raised.value)
    with pytest.raises(ValueError, match="measurement"):
        one_threshold_rule_accuracy(760, "Proline")


def test_bad_split_raises_naming_split():
    with pytest.raises(ValueError, match="split"):
        one_threshold_rule_accuracy(760, split="validation")
    with pytest.raises(ValueError, match="split"):
        two_step_rule_accuracy(760, 1.0, split="all")


@pytest.mark.parametrize("bad, error", [(3, ValueError), (-1, ValueError), ("0", TypeError), (0.0, TypeError)])
def test_bad_cultivar_in_a_rule_raises_naming_cultivar(bad, error):
    with pytest.raises(error, match="cultivar"):
        one_threshold_rule_accuracy(760, cultivar=bad)


@pytest.mark.parametrize("name, position", [("proline_min", 0), ("flavanoids_min", 1)])
@pytest.mark.parametrize(
    "bad, error", [("1", TypeError), (False, TypeError), (math.nan, ValueError), (math.inf, ValueError)]
)
def test_bad_two_step_thresholds_raise_naming_them(name, position, bad, error):
    thresholds = [760, 1.4]
    thresholds[position] = bad
    with pytest.raises(error, match=name):
        two_step_rule(load_wines().train.X, *thresholds)
    with pytest.raises(error, match=name):
        two_step_rule_accuracy(*thresholds)


def test_two_step_rule_needs_a_table_with_both_columns():
    with pytest.raises(ValueError, match="X") as raised:
        two_step_rule(load_wines().train.X.drop(columns="flavanoids"), 760, 1.4)
    assert "flavanoids" in str(raised.value)
    with pytest.raises(ValueError, match="X"):
        two_step_rule([[760, 1.4]], 760, 1.4)


def test_accuracy_rejects_mismatched_lengths_and_empty_input():
    with pytest.raises(ValueError, match="predicted and actual"):
        accuracy([0, 1, 2], [0, 1])
    with pytest.raises(ValueError, match="empty"):
        accuracy([], [])
