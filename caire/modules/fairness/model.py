"""Module 09's hiring model and what it measures: a logistic regression trained live on the past decisions, one
threshold per group, and the fairness gaps of its decisions on the unseen applicants.

The model is the course's numpy logistic regression (:class:`caire.core.logistic.LogisticRegression`, standardised
columns), trained in a few milliseconds. A model trained to reproduce the past decisions learns their bias; remove
the "woman" column and it finds the bias again through the career gap, a *proxy* for the group.

"Positive" (1) means hired in the past (the labels) or selected by the model (the decisions). The fairness measures:

- selection rate of a group: share of its applicants the model selects;
- demographic parity gap: absolute difference of the two selection rates;
- equal-opportunity gap: absolute difference of the two true-positive rates (of the applicants who were hired in the
  past, the share the model selects), Hardt, Price and Srebro (2016), https://arxiv.org/abs/1610.02413
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np

from caire.core.data import read_only
from caire.core.i18n import check_language, get_language, t
from caire.core.logistic import LogisticRegression
from caire.core.timing import record_training
from caire.core.validation import number_between
from caire.modules.fairness.data import (
    COLUMNS,
    FEATURE_SETS,
    GROUPS,
    N_APPLICATIONS,
    N_TEST,
    PROXY,
    applications,
    check_features,
)

#: The model of the lesson (and of the model card of module 13): the company removed the group column, no more.
MAIN_FEATURES = "without_group"
#: The threshold a model uses if nobody changes it: select an applicant whose score is at least 0.5.
DEFAULT_THRESHOLD = 0.5


@dataclass(frozen=True)
class HiringModel:
    """A logistic regression trained on past decisions with one feature set, and its scores on the unseen applicants."""

    features: str
    columns: tuple[str, ...]
    model: LogisticRegression
    train_seconds: float
    scores: np.ndarray  # score of each unseen applicant (0 to 1)
    hired: np.ndarray  # past decision on each unseen applicant (1/0)
    woman: np.ndarray  # True for the unseen women

    def weights(self) -> dict[str, float]:
        """The weight of each column (on standardised values): negative lowers an applicant's score."""
        return {name: float(weight) for name, weight in zip(self.columns, self.model.coef_)}


_LATEST: dict[str, HiringModel] = {}


def train_model(features: str = MAIN_FEATURES) -> HiringModel:
    """Train a logistic regression live on the 3,000 training applications, with the columns of ``features``."""
    features = check_features(features)
    data = applications()
    columns = FEATURE_SETS[features]
    index = [COLUMNS.index(name) for name in columns]
    model = LogisticRegression(standardise=True)
    start = time.perf_counter()
    model.fit(data.X[data.train][:, index], data.hired[data.train])
    seconds = record_training(time.perf_counter() - start)
    test = data.X[data.test]
    trained = HiringModel(
        features,
        columns,
        model,
        seconds,
        read_only(model.predict_proba(test[:, index])),
        data.hired[data.test],
        read_only(test[:, COLUMNS.index("woman")] == 1),
    )
    _LATEST[features] = trained
    return trained


def trained(features: str = MAIN_FEATURES) -> HiringModel:
    """The model with ``features`` trained last in this kernel, trained now if there is none yet."""
    features = check_features(features)
    return _LATEST[features] if features in _LATEST else train_model(features)


def check_threshold(threshold: object, name: str = "threshold") -> float:
    """``threshold`` (a score threshold) as a float between 0 and 1, or a TypeError/ValueError naming ``name``."""
    return number_between(name, threshold, 0, 1)


@dataclass(frozen=True)
class Fairness:
    """What the model's decisions on the unseen applicants look like, group by group."""

    selection_rate: dict[str, float]
    true_positive_rate: dict[str, float]
    accuracy: float

    @property
    def parity_gap(self) -> float:
        """Absolute difference of the selection rates of the two groups (0 = demographic parity)."""
        return abs(self.selection_rate["women"] - self.selection_rate["men"])

    @property
    def equal_opportunity_gap(self) -> float:
        """Absolute difference of the true-positive rates of the two groups (0 = equal opportunity)."""
        return abs(self.true_positive_rate["women"] - self.true_positive_rate["men"])


def measure(
    threshold_women: float = DEFAULT_THRESHOLD, threshold_men: float = DEFAULT_THRESHOLD, features: str = MAIN_FEATURES
) -> Fairness:
    """Selection rates, true-positive rates and accuracy on the unseen applicants, with one threshold per group."""
    threshold_women = check_threshold(threshold_women, "threshold_women")
    threshold_men = check_threshold(threshold_men, "threshold_men")
    model = trained(features)
    selected = model.scores >= np.where(model.woman, threshold_women, threshold_men)
    hired = model.hired == 1
    rates, tprs = {}, {}
    for group, members in zip(GROUPS, (model.woman, ~model.woman)):
        rates[group] = float(selected[members].mean())
        tprs[group] = float(selected[members & hired].mean())
    return Fairness(rates, tprs, float((selected == hired).mean()))


def model_facts(language: str | None = None) -> dict:
    """The facts of the lesson's model (without the group column, threshold 0.5), as plain data for a model card.

    Keys: task, data (one sentence each, in ``language``), n_train, n_test, features, accuracy, selection_rate
    (group -> share), parity_gap, equal_opportunity_gap, proxy. Deterministic: same data, same model every time.
    """
    model = trained(MAIN_FEATURES)
    found = measure(DEFAULT_THRESHOLD, DEFAULT_THRESHOLD, MAIN_FEATURES)
    language = check_language(language or get_language())
    return {
        "task": t("m09.facts.task", language),
        "data": t("m09.facts.data", language, n=N_APPLICATIONS),
        "n_train": int(N_APPLICATIONS - N_TEST),
        "n_test": int(N_TEST),
        "features": list(model.columns),
        "accuracy": found.accuracy,
        "selection_rate": dict(found.selection_rate),
        "parity_gap": found.parity_gap,
        "equal_opportunity_gap": found.equal_opportunity_gap,
        "proxy": PROXY,
    }
