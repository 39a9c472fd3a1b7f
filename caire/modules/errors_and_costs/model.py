"""Module 03, "Errors and their cost": scores, thresholds, the four outcomes, what errors cost, base rates.

Three scenarios, one per profession, each a yes/no question asked of every case:

- ``"health"``: is this breast tumour malignant? The Wisconsin Diagnostic Breast Cancer data (WDBC) that ships with
  scikit-learn (what ``sklearn.datasets.load_breast_cancer`` returns): 569 tumours, 30 measurements of the cell
  nuclei seen in a digitised image of a fine-needle aspirate, and the diagnosis (212 malignant, 357 benign).
  W. N. Street, W. H. Wolberg, O. L. Mangasarian (1993); UCI Machine Learning Repository, data set 17,
  https://archive.ics.uci.edu/dataset/17/breast+cancer+wisconsin+diagnostic
- ``"banking"``: is this card payment a fraud? 20,000 payments **generated** by this module (fixed seed),
  exactly 1% of them frauds.
- ``"maintenance"``: will this pump break down within the week? 4,000 weekly sensor readings **generated** by this
  module (fixed seed), exactly 5% of them followed by a breakdown.

In every scenario "positive" (1) is the case the model is there to find: malignant, fraud, fault. A logistic
regression (trained live in a few milliseconds) gives each unseen case a *score* between 0 and 1; a *threshold*
turns the score into a decision: flag the case when its score is at least the threshold.

Why numpy alone, and not scikit-learn or pandas? Importing scikit-learn costs a kernel about 150 MB (it loads
scipy, pandas and pyarrow), which would take this module past its 256 MB budget. So the tumours are read straight
from the file scikit-learn ships (the one ``load_breast_cancer`` reads, found without importing scikit-learn), and
:class:`LogisticRegression` minimises the same objective as scikit-learn's default ``LogisticRegression()``
(L2 penalty, ``C=1``), by Newton's method. ``tests/test_caire_errors_and_costs.py`` checks both against
scikit-learn.
"""

from __future__ import annotations

import html
import importlib.util
import math
import time
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import numpy as np

from caire.core.i18n import get_language, t
from caire.core.timing import record_training
from caire.core.validation import one_of, real_number, whole_number

#: The three professions of the module, each with its own data and its own pair of errors.
SCENARIOS = ("health", "banking", "maintenance")
#: The thresholds the widgets and checks try: 0.00, 0.01, ..., 1.00.
THRESHOLDS = tuple(round(step / 100, 2) for step in range(101))
#: Fixed so that every learner, test and check sees the same data, the same split and the same model.
SEED = 0
#: Share of the tumours kept aside, never used in training (the "unseen" tumours).
TUMOUR_TEST_SHARE = 0.3
#: Generated data: how many cases, and what share of them are positive (fraud, fault). Half are kept unseen.
GENERATED = {"banking": (20_000, 0.01), "maintenance": (4_000, 0.05)}
#: What each error costs by default in the cost explorer: (a missed positive, a false alarm).
DEFAULT_COSTS = {"health": (30.0, 1.0), "banking": (150.0, 10.0), "maintenance": (20_000.0, 1_000.0)}
#: The 30 measurements of each tumour, in the order of the file (scikit-learn's names).
TUMOUR_MEASUREMENTS = tuple(
    f"{statistic}{name}" if statistic == "mean " or statistic == "worst " else f"{name}{statistic}"
    for statistic in ("mean ", " error", "worst ")
    for name in ("radius", "texture", "perimeter", "area", "smoothness", "compactness", "concavity",
                 "concave points", "symmetry", "fractal dimension")
)
#: What the answer column of each scenario is called in tables.
ANSWER_COLUMN = {"health": "malignant", "banking": "fraud", "maintenance": "fault"}


@dataclass(frozen=True)
class Cases:
    """Cases to learn from (``train``) and unseen cases (``test``): measurements, one row a case, and answers (1/0)."""

    scenario: str
    measurements: tuple[str, ...]
    X_train: np.ndarray
    y_train: np.ndarray
    X_test: np.ndarray
    y_test: np.ndarray

    def table(self, rows: int = 5, columns: int = 4):
        """The first ``rows`` cases to learn from, their first ``columns`` measurements and their answer (HTML)."""
        from IPython.display import HTML

        rows = whole_number("rows", rows, 1, len(self.y_train))
        columns = whole_number("columns", columns, 1, len(self.measurements))
        names = [*self.measurements[:columns], ANSWER_COLUMN[self.scenario]]
        head = "".join(f"<th>{html.escape(name)}</th>" for name in names)
        body = "".join(
            "<tr>" + "".join(f"<td>{value:g}</td>" for value in self.X_train[row, :columns])
            + f"<td>{int(self.y_train[row])}</td></tr>"
            for row in range(rows)
        )
        return HTML(f'<table class="caire-cases"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>')


def check_scenario(scenario: object) -> str:
    """``scenario`` if it is one of :data:`SCENARIOS`, else a ValueError naming ``scenario``."""
    return one_of("scenario", scenario, SCENARIOS)


def stratified_split(y: np.ndarray, test_share: float, seed: int = SEED) -> tuple[np.ndarray, np.ndarray]:
    """Row numbers of the cases to learn from and of the unseen ones, with the same share of positives in both."""
    rng = np.random.default_rng(seed)
    test = []
    for label in (0, 1):
        rows = np.flatnonzero(y == label)
        test.extend(rng.permutation(rows)[: round(len(rows) * test_share)])
    is_test = np.zeros(len(y), dtype=bool)
    is_test[test] = True
    return np.flatnonzero(~is_test), np.flatnonzero(is_test)


def _read_only(array: np.ndarray) -> np.ndarray:
    """The array, locked: the data and scores every check relies on cannot be changed by mistake in a notebook."""
    array.setflags(write=False)
    return array


def _split(scenario: str, measurements: tuple[str, ...], X: np.ndarray, y: np.ndarray, test_share: float) -> Cases:
    train, test = stratified_split(y, test_share)
    return Cases(scenario, measurements, *(_read_only(part) for part in (X[train], y[train], X[test], y[test])))


def _positives(n: int, share: float, rng: np.random.Generator) -> np.ndarray:
    """``n`` labels, exactly ``round(n * share)`` of them 1, in random order."""
    labels = np.zeros(n, dtype=int)
    labels[: round(n * share)] = 1
    rng.shuffle(labels)
    return labels


def _payments() -> tuple[tuple[str, ...], np.ndarray, np.ndarray]:
    """Generated card payments: frauds tend to be larger, further from home, at night, at a new merchant."""
    n, share = GENERATED["banking"]
    rng = np.random.default_rng(3)
    fraud = _positives(n, share, rng)
    is_fraud = fraud == 1
    amount = np.where(is_fraud, rng.lognormal(4.7, 1.0, n), rng.lognormal(3.5, 1.0, n))
    distance = np.where(is_fraud, rng.lognormal(4.0, 1.5, n), rng.lognormal(2.0, 1.2, n))
    night = np.where(is_fraud, rng.random(n) < 0.35, rng.random(n) < 0.05)
    new_merchant = np.where(is_fraud, rng.random(n) < 0.6, rng.random(n) < 0.2)
    X = np.column_stack([amount.round(2), distance.round(1), night, new_merchant]).astype(float)
    return ("amount_eur", "km_from_home", "at_night", "new_merchant"), X, fraud


def _readings() -> tuple[tuple[str, ...], np.ndarray, np.ndarray]:
    """Generated weekly pump readings: a breakdown tends to follow more vibration, more heat, a late service."""
    n, share = GENERATED["maintenance"]
    rng = np.random.default_rng(4)
    fault = _positives(n, share, rng)
    is_fault = fault == 1
    vibration = np.where(is_fault, rng.normal(6.0, 1.8, n), rng.normal(3.5, 1.2, n)).clip(0.2)
    temperature = np.where(is_fault, rng.normal(78, 7, n), rng.normal(70, 6, n))
    hours = np.where(is_fault, rng.normal(1500, 500, n), rng.normal(1000, 500, n)).clip(0)
    X = np.column_stack([vibration.round(2), temperature.round(1), hours.round()])
    return ("vibration_mm_s", "temperature_c", "hours_since_service"), X, fault


def tumour_file() -> Path:
    """The breast-cancer file scikit-learn ships, found without importing scikit-learn."""
    spec = importlib.util.find_spec("sklearn")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("scikit-learn is not installed: the tumour data come with it")
    return Path(spec.submodule_search_locations[0]) / "datasets" / "data" / "breast_cancer.csv"


def _tumours() -> tuple[tuple[str, ...], np.ndarray, np.ndarray]:
    """The 569 tumours: 30 measurements each, and 1 for malignant (the file, like scikit-learn, says 0)."""
    data = np.loadtxt(tumour_file(), delimiter=",", skiprows=1)
    return TUMOUR_MEASUREMENTS, data[:, :-1], (data[:, -1] == 0).astype(int)


@cache
def load_cases(scenario: str = "health") -> Cases:
    """The data of one scenario, split into cases to learn from and unseen cases (same split every time)."""
    scenario = check_scenario(scenario)
    if scenario == "health":
        return _split(scenario, *_tumours(), TUMOUR_TEST_SHARE)
    return _split(scenario, *(_payments() if scenario == "banking" else _readings()), 0.5)


@dataclass
class LogisticRegression:
    """Logistic regression on standardised measurements, as scikit-learn's ``LogisticRegression(C=1.0)``.

    It minimises ``0.5 * |w|² + C * (sum of the log-losses)`` (the intercept is not penalised) by Newton's method.
    With ``log_scale=True`` every measurement is replaced by ``log(1 + x)`` first (amounts, distances).
    """

    C: float = 1.0
    log_scale: bool = False
    iterations: int = 100
    mean: np.ndarray = field(default=None, repr=False)
    scale: np.ndarray = field(default=None, repr=False)
    weights: np.ndarray = field(default=None, repr=False)

    def _prepare(self, X) -> np.ndarray:
        X = np.asarray(X, dtype=float)
        if X.ndim != 2:
            raise ValueError(f"X must be a table: one row a case, one column a measurement; got shape {X.shape}")
        return np.log1p(X) if self.log_scale else X

    def fit(self, X, y) -> LogisticRegression:
        """Learn the weights from the cases ``X`` and their answers ``y`` (1/0)."""
        X, y = self._prepare(X), np.asarray(y, dtype=float)
        if len(X) != len(y) or not np.isin(y, (0, 1)).all():
            raise ValueError("y must hold one answer, 1 or 0, for each row of X")
        self.mean = X.mean(axis=0)
        self.scale = np.where(X.std(axis=0) > 0, X.std(axis=0), 1.0)
        design = np.column_stack([(X - self.mean) / self.scale, np.ones(len(X))])
        penalty = np.eye(design.shape[1])
        penalty[-1, -1] = 0  # no penalty on the intercept
        weights = np.zeros(design.shape[1])
        for _ in range(self.iterations):
            p = _sigmoid(design @ weights)
            gradient = self.C * design.T @ (p - y) + penalty @ weights
            hessian = self.C * (design.T * (p * (1 - p))) @ design + penalty
            step = np.linalg.solve(hessian, gradient)
            weights -= step
            if np.abs(step).max() < 1e-10:
                break
        self.weights = weights
        return self

    def predict_proba(self, X) -> np.ndarray:
        """The score of each row of ``X``: how likely the model finds it that the case is positive (0 to 1)."""
        if self.weights is None:
            raise ValueError("this model has not been trained yet: call fit first")
        X = (self._prepare(X) - self.mean) / self.scale
        return _sigmoid(X @ self.weights[:-1] + self.weights[-1])


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 0.5 * (1 + np.tanh(0.5 * z))  # 1 / (1 + exp(-z)), without overflow


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
    model = LogisticRegression(log_scale=scenario == "banking")  # amounts and distances: on a log scale
    start = time.perf_counter()
    model.fit(cases.X_train, cases.y_train)
    seconds = record_training(time.perf_counter() - start)
    trained = TrainedModel(scenario, model, seconds, _read_only(model.predict_proba(cases.X_test)), cases.y_test)
    _LATEST[scenario] = trained
    return trained


def trained(scenario: str = "health") -> TrainedModel:
    """The model of ``scenario`` trained last in this kernel, trained now if there is none yet."""
    scenario = check_scenario(scenario)
    return _LATEST[scenario] if scenario in _LATEST else train_model(scenario)


def check_threshold(threshold: object, name: str = "threshold") -> float:
    """``threshold`` as a float between 0 and 1, or a TypeError/ValueError naming ``name``."""
    value = real_number(name, threshold)
    if not 0 <= value <= 1:
        raise ValueError(f"{name} must be between 0 and 1 (a score threshold); got {threshold!r}")
    return value


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
            f"actual and flagged must be two lists of the same length; got {actual.shape} and {flagged.shape}")
    if actual.size == 0:
        raise ValueError("actual and flagged must not be empty")
    if not np.isin(actual, (0, 1)).all() or not np.isin(flagged, (0, 1)).all():
        raise ValueError("actual and flagged must hold only 1/0 or True/False")
    actual, flagged = actual.astype(bool), flagged.astype(bool)
    return Outcomes(int((actual & flagged).sum()), int((~actual & flagged).sum()),
                    int((actual & ~flagged).sum()), int((~actual & ~flagged).sum()))


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


def check_share(value: object, name: str) -> float:
    """``value`` as a float between 0 and 1 (a share, not a percentage), or an error naming ``name``."""
    share = real_number(name, value)
    if not 0 <= share <= 1:
        raise ValueError(f"{name} must be a share between 0 and 1 (write 5% as 0.05); got {value!r}")
    return share


def expected_precision(base_rate: float, recall: float, false_alarm_rate: float) -> float:
    """Of the cases a test flags, the share that really are positive, given how common positives are.

    ``base_rate``: share of positives among the cases tested; ``recall``: share of positives the test flags;
    ``false_alarm_rate``: share of negatives it flags. NaN when the test flags nothing.
    """
    base_rate = check_share(base_rate, "base_rate")
    recall = check_share(recall, "recall")
    false_alarm_rate = check_share(false_alarm_rate, "false_alarm_rate")
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
    base_rate = check_share(base_rate, "base_rate")
    recall = check_share(recall, "recall")
    false_alarm_rate = check_share(false_alarm_rate, "false_alarm_rate")
    people = whole_number("people", people, 1, 10**9)
    sick = round(people * base_rate)
    return Screening(people, sick, round(sick * recall), round((people - sick) * false_alarm_rate))


def format_number(value: float, language: str | None = None) -> str:
    """An amount written the learner's way: 20,000 and 2.5 in English, 20 000 and 2,5 in French."""
    number = real_number("value", value)
    text = f"{number:,.0f}" if number == round(number) else f"{number:,.2f}".rstrip("0")
    if (language or get_language()) == "fr":
        text = text.replace(",", "\u202f").replace(".", ",")
    return text


def format_share(value: float, language: str | None = None, decimals: int = 1) -> str:
    """A share as a percentage written the learner's way (93.8% / 93,8 %); a dash when there is none (NaN)."""
    if isinstance(value, float) and math.isnan(value):
        return "—"
    number = real_number("value", value)
    text = f"{number:.{decimals}%}"
    if (language or get_language()) == "fr":
        text = text[:-1].replace(".", ",") + "\u202f%"
    return text


def scenario_name(scenario: str, language: str | None = None) -> str:
    """The scenario's name in the learner's language ("Health: breast tumours", ...)."""
    return t(f"m03.{check_scenario(scenario)}.name", language)


def describe(found: Outcomes, scenario: str = "health", language: str | None = None, shares: bool = True) -> str:
    """The four counts in plain words, one a line, then (unless ``shares=False``) accuracy, precision and recall."""
    scenario = check_scenario(scenario)
    if not isinstance(found, Outcomes):
        raise TypeError(f"found must be the Outcomes of outcomes() or always_no(); got {type(found).__name__}")
    if not isinstance(shares, bool):
        raise TypeError(f"shares must be True or False; got {shares!r}")

    def words(key: str) -> str:
        return t(f"m03.{scenario}.{key}", language)

    def number(value: int) -> str:
        return format_number(value, language)

    text = t("m03.describe.counts", language, total=number(found.total), cases=words("unseen_cases"),
             tp=number(found.true_positives), tp_words=words("tp"), fn=number(found.false_negatives),
             fn_words=words("fn"), fp=number(found.false_positives), fp_words=words("fp"),
             tn=number(found.true_negatives), tn_words=words("tn"))
    if shares:
        text += "\n" + t("m03.describe.shares", language, accuracy=format_share(found.accuracy, language),
                         precision_words=words("precision_words"), precision=format_share(found.precision, language),
                         recall_words=words("recall_words"), recall=format_share(found.recall, language))
    return text
