"""caire.modules.rules_vs_learning.model: the decision tree trained live on the wines."""

from __future__ import annotations

import sys
import time

import numpy as np
import pytest
from sklearn.tree import DecisionTreeClassifier

from caire.core.i18n import set_language
from caire.core.numbers import decimal
from caire.core.timing import TRAINING_SECONDS
from caire.modules.rules_vs_learning.data import WINE_MEASUREMENTS, cultivar_label, load_wines, measurement_label
from caire.modules.rules_vs_learning.model import MAX_DEPTH_LIMIT, train_tree


@pytest.fixture(autouse=True)
def english():
    set_language("en")
    yield
    set_language("en")


def test_train_tree_is_deterministic():
    first, second = train_tree(4), train_tree(4)
    np.testing.assert_array_equal(first.model.tree_.feature, second.model.tree_.feature)
    np.testing.assert_array_equal(first.model.tree_.threshold, second.model.tree_.threshold)
    assert (first.train_accuracy, first.test_accuracy) == (second.train_accuracy, second.test_accuracy)
    assert first.as_rules() == second.as_rules()


@pytest.mark.parametrize("depth", [1, 2, 3, MAX_DEPTH_LIMIT])
def test_scores_match_a_tree_trained_independently(depth):
    data = load_wines()
    reference = DecisionTreeClassifier(max_depth=depth, random_state=0).fit(data.train.X, data.train.y)
    trained = train_tree(depth)
    assert trained.max_depth == depth
    assert trained.model.get_depth() <= depth
    assert trained.train_accuracy == pytest.approx(float(np.mean(reference.predict(data.train.X) == data.train.y)))
    assert trained.test_accuracy == pytest.approx(float(np.mean(reference.predict(data.test.X) == data.test.y)))
    assert 0 <= trained.test_accuracy <= 1 and 0 <= trained.train_accuracy <= 1


def test_deeper_trees_fit_the_training_wines_at_least_as_well():
    scores = [train_tree(depth).train_accuracy for depth in range(1, MAX_DEPTH_LIMIT + 1)]
    assert scores == sorted(scores)
    assert scores[0] < 1.0 == scores[-1]


def test_training_is_recorded():
    before = len(TRAINING_SECONDS)
    start = time.perf_counter()
    trained = train_tree(MAX_DEPTH_LIMIT)
    elapsed = time.perf_counter() - start
    # How fast: benchmarks/modules.py (the longest training of each notebook), not a timed test.
    assert 0 < trained.train_seconds <= elapsed
    assert len(TRAINING_SECONDS) == before + 1
    assert TRAINING_SECONDS[-1] == trained.train_seconds
    assert sys.modules["caire.core.timing"].TRAINING_SECONDS is TRAINING_SECONDS  # the list benchmarks read


@pytest.mark.parametrize("depth", [1, 2, 5])
def test_measurements_used_are_measurements_the_tree_asks_about(depth):
    trained = train_tree(depth)
    assert trained.measurements == WINE_MEASUREMENTS
    used = trained.measurements_used
    assert used and used <= set(trained.measurements)
    asked = {trained.measurements[i] for i in trained.model.tree_.feature if i >= 0}
    assert used == asked
    assert trained.first_question in used
    assert trained.first_question == trained.measurements[trained.model.tree_.feature[0]]
    if depth == 1:
        assert used == {trained.first_question}


def test_restricting_measurements():
    trained = train_tree(3, ["hue", "alcohol"])
    assert trained.measurements == ("hue", "alcohol")
    assert trained.model.n_features_in_ == 2
    assert trained.measurements_used <= {"hue", "alcohol"}
    data = load_wines()
    reference = DecisionTreeClassifier(max_depth=3, random_state=0).fit(data.train.X[["hue", "alcohol"]], data.train.y)
    assert trained.test_accuracy == pytest.approx(reference.score(data.test.X[["hue", "alcohol"]], data.test.y))
    # a tuple works as well as a list
    assert train_tree(3, ("hue", "alcohol")).test_accuracy == trained.test_accuracy


def test_one_measurement_tree_only_uses_it():
    trained = train_tree(4, ["color_intensity"])
    assert trained.measurements_used == {"color_intensity"} == {trained.first_question}


def test_as_rules_uses_the_labels_of_the_language():
    trained = train_tree(2)
    english, french = trained.as_rules("en"), trained.as_rules("fr")
    assert english != french
    for name in trained.measurements_used:
        assert measurement_label(name, "en") in english
        assert measurement_label(name, "fr") in french
    # flavanoids is used by the depth-2 tree and is spelled differently in French
    assert "flavanoids" in trained.measurements_used
    assert measurement_label("flavanoids", "en") not in french
    for cultivar in (0, 1, 2):
        assert cultivar_label(cultivar, "fr") in french
        assert cultivar_label(cultivar, "en") not in french
    set_language("fr")
    assert trained.as_rules() == french


def test_as_rules_thresholds_are_the_trees():
    trained = train_tree(1)
    threshold = trained.model.tree_.threshold[0]
    assert decimal(threshold, 2) in trained.as_rules()


@pytest.mark.parametrize(
    "bad, error",
    [
        (0, ValueError),
        (-1, ValueError),
        (MAX_DEPTH_LIMIT + 1, ValueError),
        (11, ValueError),
        (2.5, TypeError),
        (2.0, TypeError),
        (True, TypeError),
        ("3", TypeError),
        (None, TypeError),
    ],
)
def test_bad_max_depth_raises_naming_it(bad, error):
    before = len(TRAINING_SECONDS)
    with pytest.raises(error, match="max_depth"):
        train_tree(bad)
    assert len(TRAINING_SECONDS) == before, "nothing is trained for a refused depth"


def test_numpy_whole_numbers_are_depths():
    assert train_tree(np.int64(2)).max_depth == 2


@pytest.mark.parametrize("bad", [["acidity"], ["proline", "Flavanoids"]])
def test_unknown_measurement_raises_naming_it(bad):
    with pytest.raises(ValueError, match="measurements") as raised:
        train_tree(2, bad)
    assert bad[-1] in str(raised.value)


def test_empty_measurements_raise():
    with pytest.raises(ValueError, match="measurements"):
        train_tree(2, [])


def test_one_string_is_not_a_list_of_measurements():
    with pytest.raises(TypeError, match="measurements"):
        train_tree(2, "proline")


def test_repeated_measurement_raises_naming_measurements():
    with pytest.raises(ValueError, match="measurements"):
        train_tree(2, ["proline", "proline"])


@pytest.mark.parametrize("bad, error", [(-1, ValueError), (1.5, TypeError), ("0", TypeError)])
def test_bad_seed_raises_naming_it(bad, error):
    with pytest.raises(error, match="seed"):
        train_tree(2, seed=bad)
