"""Module 09, "Fairness": a hiring model trained on biased past decisions, a proxy, fairness gaps, a mitigation.

The data are **generated** by this module (fixed seed): 4,000 past job applications to a fictional company, half of
them from women. Each application has a skills-test score, years of experience, a career gap
(1 if the applicant's CV shows a break of 6 months or more, e.g. parental leave, else 0), and the company's past decision: hired (1) or not (0).

By construction, women and men have the *same* skills and experience. The past decisions were biased: at equal
skills and experience, a woman was less likely to be hired. Women also have career gaps far more often (in the
generated data, as in many real ones), and the recruiters of the past did not look at gaps at all. A model trained to
reproduce these decisions learns the bias; remove the "woman" column and it finds the bias again through the career
gap, a *proxy* for the group.

Everything is numpy and the numpy logistic regression of module 03 (:class:`caire.modules.errors_and_costs.model.LogisticRegression`),
trained live in a few milliseconds. 3,000 applications are used to learn, 1,000 are kept aside (unseen) to measure.

"Positive" (1) means hired in the past (the labels) or selected by the model (the decisions). The fairness measures:

- selection rate of a group: share of its applicants the model selects;
- demographic parity gap: absolute difference of the two selection rates;
- equal-opportunity gap: absolute difference of the two true-positive rates (of the applicants who were hired in the
  past, the share the model selects), Hardt, Price and Srebro (2016), https://arxiv.org/abs/1610.02413
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from functools import cache

import numpy as np

from caire.modules.errors_and_costs.model import LogisticRegression, format_number
from caire.core.i18n import check_language, get_language, t
from caire.core.timing import record_training
from caire.core.validation import one_of, real_number

#: Fixed so that every learner, test and check sees the same applications, split and model.
SEED = 9
#: How many past applications are generated, and how many of them are kept aside (unseen) to measure the model.
N_APPLICATIONS = 4_000
N_TEST = 1_000
#: The two groups, as the keys of every per-group result (``"women"``, ``"men"``).
GROUPS = ("women", "men")
#: The columns of the generated table, in order. ``woman`` is the protected attribute (1 woman, 0 man).
COLUMNS = ("test_score", "experience_years", "career_gap", "woman")
#: The column that stands in for the group once the group column is removed.
PROXY = "career_gap"
#: The feature sets the lesson compares: with the group column, without it, without it and without the proxy.
FEATURE_SETS = {
    "with_group": ("test_score", "experience_years", "career_gap", "woman"),
    "without_group": ("test_score", "experience_years", "career_gap"),
    "without_group_or_proxy": ("test_score", "experience_years"),
}
#: The model of the lesson (and of the model card of module 13): the company removed the group column, no more.
MAIN_FEATURES = "without_group"
#: The threshold a model uses if nobody changes it: select an applicant whose score is at least 0.5.
DEFAULT_THRESHOLD = 0.5


def _read_only(array: np.ndarray) -> np.ndarray:
    array.setflags(write=False)
    return array


@dataclass(frozen=True)
class Applications:
    """The generated applications: a table (one row an applicant, :data:`COLUMNS`), past decisions, a split."""

    X: np.ndarray
    hired: np.ndarray
    train: np.ndarray
    test: np.ndarray

    def column(self, name: str) -> np.ndarray:
        """One column of the table, by name."""
        return self.X[:, COLUMNS.index(one_of("name", name, COLUMNS))]

    @property
    def woman(self) -> np.ndarray:
        """True for the women, False for the men."""
        return self.column("woman") == 1


@cache
def applications() -> Applications:
    """The 4,000 past applications (same every time): women and men equally skilled, decisions biased."""
    rng = np.random.default_rng(SEED)
    n = N_APPLICATIONS
    woman = np.zeros(n, dtype=bool)
    woman[: n // 2] = True
    rng.shuffle(woman)
    score = rng.normal(60, 12, n).clip(0, 100).round()
    experience = rng.gamma(2.5, 2.5, n).clip(0, 40).round()
    gap = np.where(woman, rng.random(n) < 0.8, rng.random(n) < 0.05)
    # The past recruiters: skills and experience count, and being a woman cost as much as about 17 test points.
    merit = 0.09 * (score - 60) + 0.25 * (experience - 6) - 1.5 * woman - 0.6
    hired = (rng.random(n) < 1 / (1 + np.exp(-merit))).astype(int)
    X = np.column_stack([score, experience, gap, woman.astype(float)])
    order = rng.permutation(n)
    return Applications(_read_only(X), _read_only(hired), _read_only(np.sort(order[N_TEST:])),
                        _read_only(np.sort(order[:N_TEST])))


def check_features(features: object) -> str:
    """``features`` if it names one of :data:`FEATURE_SETS`, else a ValueError naming ``features``."""
    return one_of("features", features, tuple(FEATURE_SETS))


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
        return {name: float(weight) for name, weight in zip(self.columns, self.model.weights[:-1])}


_LATEST: dict[str, HiringModel] = {}


def train_model(features: str = MAIN_FEATURES) -> HiringModel:
    """Train a logistic regression live on the 3,000 training applications, with the columns of ``features``."""
    features = check_features(features)
    data = applications()
    columns = FEATURE_SETS[features]
    index = [COLUMNS.index(name) for name in columns]
    model = LogisticRegression()
    start = time.perf_counter()
    model.fit(data.X[data.train][:, index], data.hired[data.train])
    seconds = record_training(time.perf_counter() - start)
    test = data.X[data.test]
    trained = HiringModel(features, columns, model, seconds, _read_only(model.predict_proba(test[:, index])),
                          data.hired[data.test], _read_only(test[:, COLUMNS.index("woman")] == 1))
    _LATEST[features] = trained
    return trained


def trained(features: str = MAIN_FEATURES) -> HiringModel:
    """The model with ``features`` trained last in this kernel, trained now if there is none yet."""
    features = check_features(features)
    return _LATEST[features] if features in _LATEST else train_model(features)


def check_threshold(threshold: object, name: str = "threshold") -> float:
    """``threshold`` as a float between 0 and 1, or a TypeError/ValueError naming ``name``."""
    value = real_number(name, threshold)
    if not 0 <= value <= 1:
        raise ValueError(f"{name} must be between 0 and 1 (a score threshold); got {threshold!r}")
    return value


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


def measure(threshold_women: float = DEFAULT_THRESHOLD, threshold_men: float = DEFAULT_THRESHOLD,
            features: str = MAIN_FEATURES) -> Fairness:
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


def past_selection_rate() -> dict[str, float]:
    """Share of the applicants of each group hired in the past (all 4,000 applications)."""
    data = applications()
    return {"women": float(data.hired[data.woman].mean()), "men": float(data.hired[~data.woman].mean())}


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
        "data": t("m09.facts.data", language, n=format_number(N_APPLICATIONS, language)),
        "n_train": int(N_APPLICATIONS - N_TEST),
        "n_test": int(N_TEST),
        "features": list(model.columns),
        "accuracy": found.accuracy,
        "selection_rate": dict(found.selection_rate),
        "parity_gap": found.parity_gap,
        "equal_opportunity_gap": found.equal_opportunity_gap,
        "proxy": PROXY,
    }
