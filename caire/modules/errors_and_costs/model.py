"""What module 03 trains and measures: a score for each case, the four outcomes at a threshold, what the errors
cost, and what base rates do to precision.

A logistic regression (:class:`caire.core.logistic.LogisticRegression` on standardised measurements, scikit-learn's
objective with ``C=1``; amounts and distances of the payments on a log scale), trained live in a few milliseconds,
gives each unseen case a *score* between 0 and 1; a *threshold* turns the score into a decision: flag the case when
its score is at least the threshold.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

import numpy as np

from caire.core.data import read_only
from caire.core.logistic import LogisticRegression
from caire.core.timing import record_training
from caire.core.validation import number_between, real_number, share, whole_number
from caire.modules.errors_and_costs.data import check_scenario, load_cases

#: The thresholds the widgets and checks try: 0.00, 0.01, ..., 1.00.
THRESHOLDS = tuple(round(step / 100, 2) for step in range(101))
#: What each error costs by default in the cost explorer: (a missed positive, a false alarm).
DEFAULT_COSTS = {"health": (30.0, 1.0), "banking": (150.0, 10.0), "maintenance": (20_000.0, 1_000.0)}


@dataclass(frozen=True)
class TrainedModel:
    """A logistic regression trained on one scenario's cases, and the score it gives each unseen case."""

    scenario: str
    model: LogisticRegression
    train_seconds: float
    scores: np.ndarray
    actual: np.ndarray

    def score(self, X) -> np.ndarray:
        """The model's score (0 to 1: how sure it is that the case is positive) for each row of ``X``."""
        return self.model.predict_proba(X)


_LATEST: dict[str, TrainedModel] = {}


def train_model(scenario: str = "health") -> TrainedModel:
    """Train a logistic regression live on the scenario's training cases (a few milliseconds)."""
    cases = load_cases(check_scenario(scenario))
    model = LogisticRegression(C=1.0, standardise=True, log_scale=scenario == "banking")  # amounts, distances: log
    start = time.perf_counter()
    model.fit(cases.X_train, cases.y_train)
    seconds = record_training(time.perf_counter() - start)
    trained = TrainedModel(scenario, model, seconds, read_only(model.predict_proba(cases.X_test)), cases.y_test)
    _LATEST[scenario] = trained
    return trained


def trained(scenario: str = "health") -> TrainedModel:
    """The model of ``scenario`` trained last in this kernel, trained now if there is none yet."""
    scenario = check_scenario(scenario)
    return _LATEST[scenario] if scenario in _LATEST else train_model(scenario)


def check_threshold(threshold: object, name: str = "threshold") -> float:
    """``threshold`` as a float between 0 and 1 (a score threshold), or a TypeError/ValueError naming ``name``."""
    return number_between(name, threshold, 0, 1)


def check_cost(cost: object, name: str) -> float:
    """``cost`` as a float of at least 0, or a TypeError/ValueError naming ``name``."""
    value = real_number(name, cost)
    if value < 0:
        raise ValueError(f"{name} must be 0 or more (what one error costs); got {cost!r}")
    return value


@dataclass(frozen=True)
class Outcomes:
    """How many unseen cases fall in each of the four boxes of the confusion matrix."""

    true_positives: int  # positive, flagged: found
    false_positives: int  # negative, flagged: false alarm
    false_negatives: int  # positive, not flagged: missed
    true_negatives: int  # negative, not flagged: rightly left alone

    @property
    def total(self) -> int:
        """All the cases counted."""
        return self.true_positives + self.false_positives + self.false_negatives + self.true_negatives

    @property
    def positives(self) -> int:
        """The cases that really are positive (malignant, fraud, fault)."""
        return self.true_positives + self.false_negatives

    @property
    def negatives(self) -> int:
        """The cases that really are negative."""
        return self.false_positives + self.true_negatives

    @property
    def flagged(self) -> int:
        """The cases the model flags."""
        return self.true_positives + self.false_positives

    @property
    def accuracy(self) -> float:
        """Share of all cases the model gets right."""
        return (self.true_positives + self.true_negatives) / self.total

    @property
    def precision(self) -> float:
        """Of the cases flagged, the share that really are positive (NaN when nothing is flagged)."""
        return self.true_positives / self.flagged if self.flagged else math.nan

    @property
    def recall(self) -> float:
        """Of the cases that really are positive, the share the model flags (NaN when there are none)."""
        return self.true_positives / self.positives if self.positives else math.nan

    @property
    def false_alarm_rate(self) -> float:
        """Of the cases that really are negative, the share the model flags (NaN when there are none)."""
        return self.false_positives / self.negatives if self.negatives else math.nan

    def cost(self, cost_missed: float, cost_false_alarm: float) -> float:
        """Total cost of the errors: each miss costs ``cost_missed``, each false alarm ``cost_false_alarm``."""
        cost_missed = check_cost(cost_missed, "cost_missed")
        cost_false_alarm = check_cost(cost_false_alarm, "cost_false_alarm")
        return self.false_negatives * cost_missed + self.false_positives * cost_false_alarm


def count_outcomes(actual, flagged) -> Outcomes:
    """The four counts, from the true answers (1/0) and the model's decisions (True/False), case by case."""
    actual = np.asarray(actual)
    flagged = np.asarray(flagged)
    if actual.shape != flagged.shape or actual.ndim != 1:
        raise ValueError(
            f"actual and flagged must be two lists of the same length; got {actual.shape} and {flagged.shape}"
        )
    if actual.size == 0:
        raise ValueError("actual and flagged must not be empty")
    if not np.isin(actual, (0, 1)).all() or not np.isin(flagged, (0, 1)).all():
        raise ValueError("actual and flagged must hold only 1/0 or True/False")
    actual, flagged = actual.astype(bool), flagged.astype(bool)
    return Outcomes(
        int((actual & flagged).sum()),
        int((~actual & flagged).sum()),
        int((actual & ~flagged).sum()),
        int((~actual & ~flagged).sum()),
    )


def outcomes(scenario: str = "health", threshold: float = 0.5) -> Outcomes:
    """The four counts on the scenario's unseen cases when every case scoring ``threshold`` or more is flagged."""
    threshold = check_threshold(threshold)
    model = trained(scenario)
    return count_outcomes(model.actual, model.scores >= threshold)


def always_no(scenario: str = "banking") -> Outcomes:
    """The four counts of a "model" that never flags anything ("no fraud", ever), on the unseen cases."""
    actual = load_cases(check_scenario(scenario)).y_test
    return count_outcomes(actual, np.zeros_like(actual, dtype=bool))


def total_cost(scenario: str, threshold: float, cost_missed: float, cost_false_alarm: float) -> float:
    """What the errors on the unseen cases cost at this threshold (missed positives + false alarms)."""
    cost_missed = check_cost(cost_missed, "cost_missed")
    cost_false_alarm = check_cost(cost_false_alarm, "cost_false_alarm")
    return outcomes(scenario, threshold).cost(cost_missed, cost_false_alarm)


def cost_curve(scenario: str, cost_missed: float, cost_false_alarm: float) -> tuple[np.ndarray, np.ndarray]:
    """Total cost at every threshold of :data:`THRESHOLDS`: (thresholds, costs)."""
    cost_missed = check_cost(cost_missed, "cost_missed")
    cost_false_alarm = check_cost(cost_false_alarm, "cost_false_alarm")
    model = trained(scenario)
    thresholds = np.array(THRESHOLDS)
    flagged = model.scores[None, :] >= thresholds[:, None]
    positive = model.actual.astype(bool)[None, :]
    missed = (positive & ~flagged).sum(axis=1)
    false_alarms = (~positive & flagged).sum(axis=1)
    return thresholds, missed * cost_missed + false_alarms * cost_false_alarm


def cheapest_threshold(scenario: str, cost_missed: float, cost_false_alarm: float) -> float:
    """The threshold of :data:`THRESHOLDS` whose total cost is lowest (the lowest such threshold on a tie)."""
    thresholds, costs = cost_curve(scenario, cost_missed, cost_false_alarm)
    return float(thresholds[int(np.argmin(costs))])


def rule_of_thumb_threshold(cost_missed: float, cost_false_alarm: float) -> float:
    """cost_false_alarm / (cost_false_alarm + cost_missed): the best threshold when scores are true probabilities.

    Elkan (2001), "The foundations of cost-sensitive learning": flag a case when the chance that it is positive,
    times the cost of missing it, is at least the chance that it is not, times the cost of a false alarm.
    """
    cost_missed = check_cost(cost_missed, "cost_missed")
    cost_false_alarm = check_cost(cost_false_alarm, "cost_false_alarm")
    if cost_missed + cost_false_alarm == 0:
        raise ValueError("cost_missed and cost_false_alarm must not both be 0: no threshold would beat another")
    return cost_false_alarm / (cost_false_alarm + cost_missed)


def expected_precision(base_rate: float, recall: float, false_alarm_rate: float) -> float:
    """Of the cases a test flags, the share that really are positive, given how common positives are.

    ``base_rate``: share of positives among the cases tested; ``recall``: share of positives the test flags;
    ``false_alarm_rate``: share of negatives it flags. NaN when the test flags nothing.
    """
    base_rate = share("base_rate", base_rate)
    recall = share("recall", recall)
    false_alarm_rate = share("false_alarm_rate", false_alarm_rate)
    found = base_rate * recall
    flagged = found + (1 - base_rate) * false_alarm_rate
    return found / flagged if flagged else math.nan


@dataclass(frozen=True)
class Screening:
    """What a test does to ``people`` people, in whole numbers (natural frequencies)."""

    people: int
    sick: int
    found: int
    false_alarms: int

    @property
    def flagged(self) -> int:
        return self.found + self.false_alarms

    @property
    def precision(self) -> float:
        return self.found / self.flagged if self.flagged else math.nan


def screening(base_rate: float, recall: float, false_alarm_rate: float, people: int = 1000) -> Screening:
    """Out of ``people`` people: how many are sick, how many of them the test finds, how many healthy it flags."""
    base_rate = share("base_rate", base_rate)
    recall = share("recall", recall)
    false_alarm_rate = share("false_alarm_rate", false_alarm_rate)
    people = whole_number("people", people, 1, 10**9)
    sick = round(people * base_rate)
    return Screening(people, sick, round(sick * recall), round((people - sick) * false_alarm_rate))
