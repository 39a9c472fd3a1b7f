"""Module 11's data: 2,000 generated hospital patients (no real person is in them), split once into the 150 the
model trains on and the others. The adversarial examples read the digits of :mod:`caire.core.digits`."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np

from caire.core.data import read_only

#: What is measured of each generated patient, in the columns' order.
MEASUREMENTS = ("age", "systolic_bp", "bmi", "glucose", "previous_admissions", "days_in_hospital")
#: Generated patients in all; the first TRAINED (after a fixed shuffle) are the model's training patients.
PATIENTS = 2000
TRAINED = 150
#: Patients the attacker tries against the model: the TRAINED members and this many patients it never saw.
OTHERS = 150
#: Fixed seeds: the same patients and the same split for every learner, test and check.
DATA_SEED = 11
SPLIT_SEED = 0


@dataclass(frozen=True)
class Patients:
    """Generated patients: measurements (one row a patient), outcome (1 = readmitted within 30 days), and which
    rows the model trains on (``members``), which it never sees (``others``: the attacker's non-members; ``test``:
    every patient not trained on, to measure accuracy)."""

    X: np.ndarray
    y: np.ndarray
    members: np.ndarray
    others: np.ndarray
    test: np.ndarray


@cache
def load_patients() -> Patients:
    """The 2,000 generated patients (fixed seed): older, sicker patients with past admissions are readmitted more
    often, but chance plays a large part, as in real life, so no model can be right every time."""
    rng = np.random.default_rng(DATA_SEED)
    n = PATIENTS
    age = rng.uniform(30, 90, n).round()
    bp = rng.normal(135, 18, n).round()
    bmi = rng.normal(27, 5, n).round(1)
    glucose = rng.lognormal(np.log(6), 0.25, n).round(1)
    previous = rng.poisson(1.0, n).astype(float)
    stay = rng.gamma(2, 3, n).round()
    risk = (
        0.05 * (age - 60)
        + 0.03 * (bp - 135)
        + 0.08 * (bmi - 27)
        + 0.5 * (glucose - 6)
        + 0.6 * (previous - 1)
        + 0.1 * (stay - 6)
        - 0.3
    )
    y = (rng.random(n) < 1 / (1 + np.exp(-1.5 * risk))).astype(int)
    X = np.column_stack([age, bp, bmi, glucose, previous, stay])
    order = np.random.default_rng(SPLIT_SEED).permutation(n)
    members, rest = order[:TRAINED], order[TRAINED:]
    return Patients(*(read_only(part) for part in (X, y, members, rest[:OTHERS], rest)))
