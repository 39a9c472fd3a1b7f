"""caire.core.logistic, caire.core.data and caire.core.digits: what several modules train and read."""

from __future__ import annotations

import numpy as np
import pytest

from caire.core.data import read_only, stratified_split
from caire.core.digits import SIDE, load_digit_images
from caire.core.logistic import LogisticRegression, sigmoid


def blobs(n: int = 300, seed: int = 0):
    rng = np.random.default_rng(seed)
    y = (np.arange(n) % 2).astype(int)
    X = rng.normal(size=(n, 3)) + np.where(y[:, None] == 1, 1.0, -1.0) * np.array([1.0, 0.5, 0.0])
    return X, y


def test_it_matches_scikit_learns_logistic_regression():
    from sklearn.linear_model import LogisticRegression as Reference

    X, y = blobs()
    for C in (0.1, 1.0, 1e4):
        ours = LogisticRegression(C=C, standardise=False).fit(X, y)
        theirs = Reference(C=C, tol=1e-10, max_iter=10_000).fit(X, y)
        assert (
            np.allclose(ours.coef_, theirs.coef_[0], atol=1e-4) and abs(ours.intercept_ - theirs.intercept_[0]) < 1e-4
        )


def test_standardising_changes_the_weights_not_the_predictions_much():
    X, y = blobs()
    X = X * np.array([1000.0, 1.0, 0.01])
    plain = LogisticRegression(C=1e6, standardise=False).fit(X, y)
    standard = LogisticRegression(C=1e6).fit(X, y)
    assert np.mean(plain.predict(X) == standard.predict(X)) > 0.98
    assert 0.5 < standard.score(X, y) <= 1 and standard.predict_proba(X).shape == (len(X),)


def test_log_scale_and_its_bad_input():
    X, y = blobs()
    model = LogisticRegression(log_scale=True).fit(np.abs(X), y)
    assert np.isfinite(model.predict_proba(np.abs(X))).all()
    with pytest.raises(ValueError, match="above -1"):
        model.predict_proba(np.full((2, 3), -2.0))


@pytest.mark.parametrize(
    "X, y, message",
    [
        (np.zeros(5), np.zeros(5), "X must be a table"),
        (np.zeros((4, 2)), np.array([0, 1, 2, 0]), "y must hold one answer"),
        (np.zeros((4, 2)), np.array([0, 1]), "y must hold one answer"),
        (np.full((2, 2), np.nan), np.array([0, 1]), "finite"),
    ],
)
def test_bad_training_data_is_refused_naming_it(X, y, message):
    with pytest.raises(ValueError, match=message):
        LogisticRegression().fit(X, y)


def test_an_untrained_model_or_a_wrong_width_says_so():
    with pytest.raises(ValueError, match="not been trained"):
        LogisticRegression().predict(np.zeros((1, 2)))
    X, y = blobs()
    with pytest.raises(ValueError, match="3 columns"):
        LogisticRegression().fit(X, y).predict(np.zeros((1, 2)))
    with pytest.raises(ValueError, match="C must be"):
        LogisticRegression(C=0)


def test_sigmoid_does_not_overflow():
    assert sigmoid(np.array([-1000.0, 0.0, 1000.0])).tolist() == [0.0, 0.5, 1.0]


def test_a_stratified_split_keeps_the_share_of_each_label():
    labels = np.array([0] * 212 + [1] * 357)
    train, test = stratified_split(labels, 0.3, seed=0)
    assert len(test) == 171 and len(train) + len(test) == len(labels) and not set(train) & set(test)
    assert sorted(np.bincount(labels[test]).tolist()) == [64, 107]
    again = stratified_split(labels, 0.3, seed=0)
    assert np.array_equal(again[1], test) and not np.array_equal(stratified_split(labels, 0.3, seed=1)[1], test)


@pytest.mark.parametrize("labels, share", [(np.array([0.5, 1.0]), 0.3), (np.array([0, 1]), 1.5), ([-1, 0], 0.3)])
def test_a_split_refuses_bad_labels_or_shares(labels, share):
    with pytest.raises(ValueError):
        stratified_split(labels, share, seed=0)


def test_read_only_locks_an_array():
    array = read_only(np.zeros(3))
    with pytest.raises(ValueError):
        array[0] = 1


def test_the_digits_are_scikit_learns_split_70_30_and_locked():
    from sklearn.datasets import load_digits

    data = load_digit_images()
    assert len(data.train) + len(data.test) == 1797 and len(data.test) == 540
    assert data.train.images.shape[1:] == (SIDE, SIDE) and 0 <= data.train.images.min() < data.train.images.max() <= 1
    assert set(np.unique(data.test.labels)) == set(range(10))
    reference = load_digits()
    assert np.isclose(
        np.sort(np.concatenate([data.train.images, data.test.images]).sum(axis=(1, 2))),
        np.sort(reference.images.sum(axis=(1, 2)) / 16.0),
    ).all()
    with pytest.raises(ValueError):
        data.train.images[0, 0, 0] = 1.0
    assert data.split("test") is data.test and len(data.test.of_digit(3)) > 0
    with pytest.raises(ValueError, match="split"):
        data.split("validation")
