"""Module 10's data: 3,000 fictional people who asked a small lender for a loan, **generated** here (fixed seed).

Six facts about each (income, debt ratio, years in the current job, missed payments, amount asked for, and the day
of the month they applied, which has no effect at all), and whether they repaid on time (1) or not (0). Half are
used to train, half are kept aside ("unseen applicants") for every measure of the module.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np

from caire.core.data import read_only
from caire.core.i18n import t
from caire.core.logistic import sigmoid
from caire.core.validation import number_between, one_of, whole_number

#: The six facts known about each applicant, in the order of the columns.
FEATURES = ("income", "debt_ratio", "years_in_job", "missed_payments", "loan_amount", "application_day")
#: The range and step of each fact (the sliders and the counterfactual search use them).
RANGES = {
    "income": (12.0, 150.0, 0.1),  # k€ a year
    "debt_ratio": (0.0, 70.0, 0.1),  # % of income already going to repay other debts
    "years_in_job": (0.0, 40.0, 1.0),
    "missed_payments": (0.0, 6.0, 1.0),  # in the last two years
    "loan_amount": (2.0, 80.0, 0.1),  # k€
    "application_day": (1.0, 28.0, 1.0),
}
#: Fixed so that every learner, test and check sees the same applicants and the same models.
SEED = 10
APPLICANTS = 3_000
#: The applicant of the "what would change the decision" panel: the number of an unseen applicant.
EXAMPLE_APPLICANT = 12


def check_feature(feature: object) -> str:
    """``feature`` if it is one of :data:`FEATURES`, else a ValueError naming ``feature``."""
    return one_of("feature", feature, FEATURES)


def feature_label(feature: str) -> str:
    """The learner-facing name of one fact, with its unit, in the current language."""
    return t(f"m10.feature.{check_feature(feature)}")


@dataclass(frozen=True)
class Applicants:
    """Applicants to learn from (``train``) and unseen applicants (``test``): facts, one row each, and 1 if repaid."""

    X_train: np.ndarray
    y_train: np.ndarray
    X_test: np.ndarray
    y_test: np.ndarray


@cache
def load_applicants() -> Applicants:
    """The 3,000 generated applicants, half to train on and half unseen (the same every time)."""
    rng = np.random.default_rng(SEED)
    n = APPLICANTS
    income = np.clip(rng.lognormal(np.log(35), 0.4, n), 12, 150).round(1)
    debt_ratio = np.clip(rng.normal(28, 12, n), 0, 70).round(1)
    years = np.clip(rng.exponential(6, n), 0, 40).round()
    missed = np.minimum(rng.poisson(0.5, n), 6)
    loan = np.clip(rng.lognormal(np.log(15), 0.6, n), 2, 80).round(1)
    day = rng.integers(1, 29, n)
    # How the (fictional) world works: the model never sees this formula, only the outcomes it produces.
    z = (
        2.0
        + 2.2 * np.log(income / 35)
        - 0.2 * np.maximum(debt_ratio - 35, 0)
        - 0.03 * debt_ratio
        + 0.4 * np.minimum(years, 4)
        - 2.2 * missed
        - 1.2 * loan / income
    )
    repaid = (rng.random(n) < sigmoid(z)).astype(int)
    X = np.column_stack([income, debt_ratio, years, missed, loan, day]).astype(float)
    half = n // 2
    return Applicants(*(read_only(part) for part in (X[:half], repaid[:half], X[half:], repaid[half:])))


def check_applicant(values: object) -> dict[str, float]:
    """``values`` (a dict fact → number, every fact present, each within its range) as floats, or a
    TypeError/ValueError naming what is wrong."""
    if not isinstance(values, dict):
        raise TypeError(
            f"applicant must be a dict of facts, such as {{'income': 30, ...}}; got {type(values).__name__}"
        )
    missing = [name for name in FEATURES if name not in values]
    unknown = [str(name) for name in values if name not in FEATURES]
    if missing or unknown:
        raise ValueError(
            f"applicant must give exactly these facts: {', '.join(FEATURES)}"
            + (f"; missing: {', '.join(missing)}" if missing else "")
            + (f"; unknown: {', '.join(unknown)}" if unknown else "")
        )
    checked = {}
    for name in FEATURES:
        low, high, _step = RANGES[name]
        checked[name] = number_between(name, values[name], low, high)
    return checked


def applicant(number: int = EXAMPLE_APPLICANT) -> dict[str, float]:
    """The facts of unseen applicant ``number`` (0 to 1,499), as a dict."""
    X = load_applicants().X_test
    number = whole_number("number", number, 0, len(X) - 1)
    return {name: float(value) for name, value in zip(FEATURES, X[number])}
