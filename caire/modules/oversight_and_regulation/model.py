"""Module 13's model: a logistic regression that scores insurance claims, an uncertainty band that sends the
claims it is unsure of to a person, and what automation bias does to the whole process.

A logistic regression (:class:`caire.core.logistic.LogisticRegression`, numpy, a few milliseconds) gives each
claim a score: its estimate of the chance that the claim should be refused. The insurer decides automatically when
the model is sure enough, and sends the claim to a person when the score falls inside an **uncertainty band**
around 0.5: from ``0.5 - band`` to ``0.5 + band`` (both excluded). ``band = 0`` decides everything automatically;
``band = 0.5`` sends everything to a person.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

import numpy as np

from caire.core.data import read_only
from caire.core.logistic import LogisticRegression
from caire.core.timing import record_training
from caire.core.validation import number_between, share
from caire.modules.oversight_and_regulation.data import load_claims

#: The band widths the plots and checks try: 0.00, 0.01, ..., 0.50.
BANDS = tuple(round(step / 100, 2) for step in range(51))
#: How often a person who really checks a claim gets it right (an assumption of the simulation, stated in the lesson).
REVIEWER_ACCURACY = 0.95


@dataclass(frozen=True)
class ClaimsModel:
    """The logistic regression trained on the claims, and the score it gives each unseen claim."""

    model: LogisticRegression
    seconds: float
    scores: np.ndarray
    actual: np.ndarray

    @property
    def accuracy(self) -> float:
        """Share of unseen claims the model decides right when it decides them all (threshold 0.5)."""
        return float(((self.scores >= 0.5) == (self.actual == 1)).mean())


_LATEST: list[ClaimsModel] = []


def train_claims_model() -> ClaimsModel:
    """Train the claims model live (a few milliseconds, recorded with :func:`caire.core.timing.record_training`)."""
    claims = load_claims()
    model = LogisticRegression(standardise=True, log_scale=True)  # amounts, days and counts: on a log scale
    start = time.perf_counter()
    model.fit(claims.X_train, claims.y_train)
    seconds = record_training(time.perf_counter() - start)
    trained = ClaimsModel(model, seconds, read_only(model.predict_proba(claims.X_test)), claims.y_test)
    _LATEST[:] = [trained]
    return trained


def claims_model() -> ClaimsModel:
    """The claims model trained last in this kernel, trained now if there is none yet."""
    return _LATEST[0] if _LATEST else train_claims_model()


def check_band(band: object, name: str = "band") -> float:
    """``band`` (half the width of the uncertainty band) as a float between 0 and 0.5, or a TypeError/ValueError
    naming ``name``."""
    return number_between(name, band, 0, 0.5)


@dataclass(frozen=True)
class BandResult:
    """What an uncertainty band does to the unseen claims."""

    band: float
    claims: int
    automated: int
    automatic_errors: int
    to_person: int
    model_errors_sent: int  # of the claims sent to a person, how many the model would have got wrong

    @property
    def automation_rate(self) -> float:
        """Share of claims decided automatically."""
        return self.automated / self.claims

    @property
    def error_rate(self) -> float:
        """Of the claims decided automatically, the share decided wrongly (NaN when none is automatic)."""
        return self.automatic_errors / self.automated if self.automated else math.nan


def band_result(band: float) -> BandResult:
    """Decide automatically the unseen claims whose score is at least ``band`` away from 0.5; send the rest."""
    band = check_band(band)
    trained = claims_model()
    automatic = np.abs(trained.scores - 0.5) >= band - 1e-12
    wrong = (trained.scores >= 0.5) != (trained.actual == 1)
    return BandResult(
        round(band, 4),
        len(wrong),
        int(automatic.sum()),
        int((wrong & automatic).sum()),
        int((~automatic).sum()),
        int((wrong & ~automatic).sum()),
    )


def band_curve() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Automation rate and error rate of the automatic decisions at every band of :data:`BANDS`."""
    results = [band_result(band) for band in BANDS]
    return (
        np.array(BANDS),
        np.array([r.automation_rate for r in results]),
        np.array([r.error_rate for r in results]),
    )


# --- automation bias -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReviewResult:
    """Expected errors of the whole process when a person reviews the claims inside the band."""

    band: float
    follow_share: float
    claims: int
    automatic_errors: float
    review_errors: float

    @property
    def error_rate(self) -> float:
        """Share of all claims decided wrongly, by the model or by the person."""
        return (self.automatic_errors + self.review_errors) / self.claims


def review_result(band: float, follow_share: float, reviewer_accuracy: float = REVIEWER_ACCURACY) -> ReviewResult:
    """Expected errors when the reviewer takes the model's suggestion unchecked for ``follow_share`` of the claims
    sent to them, and really checks the others (right ``reviewer_accuracy`` of the time)."""
    found = band_result(band)
    follow_share = share("follow_share", follow_share)
    reviewer_accuracy = share("reviewer_accuracy", reviewer_accuracy)
    checked = (1 - follow_share) * found.to_person
    review_errors = follow_share * found.model_errors_sent + checked * (1 - reviewer_accuracy)
    return ReviewResult(found.band, follow_share, found.claims, float(found.automatic_errors), float(review_errors))
