"""Module 11, "Privacy and security": a model that memorises, and four ways it can be attacked or protected.

- **Membership inference** (after Shokri et al., 2017, https://arxiv.org/abs/1610.05820): a small hospital model
  predicts whether a patient is readmitted within 30 days. It was trained on only 150 patients and learned them by
  heart, so it is much more confident on *its* patients than on others. An attacker who only sees its answers
  guesses "this patient was in the training data" when the model's confidence in the true outcome is at least a
  threshold (:func:`attack`).
- **Differential privacy** (Dwork & Roth, 2014, https://www.cis.upenn.edu/~aaroth/Papers/privacybook.pdf): random
  noise, larger when the privacy parameter epsilon is smaller, is added to the trained model's weights
  (:func:`private_model`). This is a *teaching simplification* of "output perturbation": the noise scale here is
  chosen for the demonstration, not derived from a proof, so it carries no formal guarantee.
- **Data poisoning**: a share of the training labels is flipped before training, at random or only on the
  readmitted patients (a targeted attack), and the model is trained again (:func:`poisoned`).
- **Adversarial examples** (Goodfellow et al., 2015, https://arxiv.org/abs/1412.6572): a linear model reads the
  bundled handwritten digits (:func:`caire.core.digits.load_digit_images`); the "fast gradient sign" change moves
  every pixel a little in the direction that hurts the model most (:func:`adversarial`).

Everything is numpy: no scikit-learn, no torch, so the kernel stays small. Every training takes well under a second
and is recorded with ``caire.core.timing.record_training``.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from functools import cache

import numpy as np

from caire.core.data import read_only
from caire.core.digits import load_digit_images
from caire.core.logistic import sigmoid
from caire.core.timing import record_training
from caire.core.validation import number_between, one_of, whole_number
from caire.modules.privacy_and_security.data import MEASUREMENTS, OTHERS, TRAINED, load_patients

#: Fixed seeds: the same model and the same noise for every learner, test and check.
FEATURE_SEED = 1
NOISE_SEED = 5
FLIP_SEED = 7
#: The memorising model: logistic regression on RANDOM_FEATURES random cosine features of the six measurements
#: (a flexible curve), with almost no penalty on its weights, trained by STEPS steps of gradient descent.
RANDOM_FEATURES = 300
WIDTH = 0.3
PENALTY = 1e-4
STEPS = 500
LEARNING_RATE = 10.0
#: Differential privacy (simplified): Laplace noise of scale NOISE_SCALE / epsilon on every weight.
NOISE_SCALE = 1.0
#: The values of epsilon the widgets offer (smaller = more noise = more privacy).
EPSILONS = (0.1, 0.2, 0.3, 0.5, 0.7, 1.0, 1.5, 2.0, 3.0, 5.0, 7.0, 10.0, 20.0, 50.0)
EPSILON_RANGE = (0.05, 100.0)
#: Attack thresholds tried when looking for the attacker's best one: 0.00, 0.01, ..., 1.00.
THRESHOLDS = tuple(round(step / 100, 2) for step in range(101))
#: Shares of flipped training labels the poisoning widgets offer: 0%, 5%, ..., 50%.
FLIP_SHARES = tuple(round(step / 20, 2) for step in range(11))
MAX_FLIP_SHARE = 0.5
POISONINGS = ("random", "targeted")
#: Adversarial examples: the digit model, and the largest pixel change offered (as a share of full ink).
DIGIT_PENALTY = 1e-3
DIGIT_STEPS = 100
DIGIT_LEARNING_RATE = 1.5
MAX_STEP = 0.5
STEP_GRID = tuple(round(step / 100, 2) for step in range(int(MAX_STEP * 100) + 1))
#: The unseen digit image the lesson attacks (a 2 the model reads right with 85% confidence).
LESSON_DIGIT = 4


def check_epsilon(epsilon: object) -> float | None:
    """``None`` (no noise at all) or a privacy parameter epsilon in EPSILON_RANGE."""
    return None if epsilon is None else number_between("epsilon", epsilon, *EPSILON_RANGE)


# --- the random features the model reads -------------------------------------------------------------------------


@cache
def _features_map() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    patients = load_patients()
    mean, scale = patients.X.mean(axis=0), patients.X.std(axis=0)
    rng = np.random.default_rng(FEATURE_SEED)
    directions = rng.normal(0, np.sqrt(2 * WIDTH), (len(MEASUREMENTS), RANDOM_FEATURES))
    shifts = rng.uniform(0, 2 * np.pi, RANDOM_FEATURES)
    return mean, scale, directions, shifts


def features(X) -> np.ndarray:
    """The random cosine features the model reads, for patients ``X`` (one row a patient, six columns)."""
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or X.shape[1] != len(MEASUREMENTS):
        raise ValueError(
            f"X must be a table with one row a patient and {len(MEASUREMENTS)} columns; got shape {X.shape}"
        )
    mean, scale, directions, shifts = _features_map()
    return np.sqrt(2 / RANDOM_FEATURES) * np.cos(((X - mean) / scale) @ directions + shifts)


@cache
def _patient_features() -> np.ndarray:
    return read_only(features(load_patients().X))


# --- the model -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReadmissionModel:
    """A trained model: weights over the random features and an intercept. ``epsilon`` is the privacy parameter
    of the noise added to it (``None``: no noise), ``flip_share`` the share of training labels flipped."""

    weights: np.ndarray
    intercept: float
    epsilon: float | None = None
    flip_share: float = 0.0
    poisoning: str = "random"
    seconds: float = 0.0

    def scores(self) -> np.ndarray:
        """The model's estimate, for every generated patient, of the chance of readmission."""
        return sigmoid(_patient_features() @ self.weights + self.intercept)

    def confidences(self) -> np.ndarray:
        """For every patient, the probability the model gives to what really happened to this patient."""
        scores, y = self.scores(), load_patients().y
        return np.where(y == 1, scores, 1 - scores)

    @property
    def train_accuracy(self) -> float:
        patients = load_patients()
        return float(np.mean((self.scores()[patients.members] >= 0.5) == patients.y[patients.members]))

    @property
    def test_accuracy(self) -> float:
        """Share of the 1,850 patients it never saw whose outcome it predicts right."""
        patients = load_patients()
        return float(np.mean((self.scores()[patients.test] >= 0.5) == patients.y[patients.test]))

    @property
    def test_recall(self) -> float:
        """Share of the readmitted patients it never saw that it flags as likely to be readmitted."""
        patients = load_patients()
        sick = patients.test[patients.y[patients.test] == 1]
        return float(np.mean(self.scores()[sick] >= 0.5))


def _fit(labels: np.ndarray) -> tuple[np.ndarray, float, float]:
    F = _patient_features()[load_patients().members]
    weights, intercept = np.zeros(RANDOM_FEATURES), 0.0
    started = time.perf_counter()
    for _ in range(STEPS):  # einsum, not @: small products, and no thread pool to fight over on a busy server
        error = sigmoid(np.einsum("nf,f->n", F, weights) + intercept) - labels
        weights -= LEARNING_RATE * (np.einsum("nf,n->f", F, error) / len(labels) + PENALTY * weights)
        intercept -= LEARNING_RATE / 10 * float(error.mean())
    return weights, intercept, record_training(time.perf_counter() - started)


def _flipped_labels(flip_share: float, poisoning: str) -> np.ndarray:
    patients = load_patients()
    labels = patients.y[patients.members].copy()
    rng = np.random.default_rng(FLIP_SEED)
    if poisoning == "random":
        candidates = rng.permutation(len(labels))
        count = round(flip_share * len(labels))
    else:  # targeted: only readmitted patients are relabelled "not readmitted"
        candidates = rng.permutation(np.flatnonzero(labels == 1))
        count = min(round(flip_share * len(labels)), len(candidates))
    chosen = candidates[:count]
    labels[chosen] = 1 - labels[chosen]
    return labels


@cache
def _poisoned(flip_share: float, poisoning: str) -> ReadmissionModel:
    weights, intercept, seconds = _fit(_flipped_labels(flip_share, poisoning))
    return ReadmissionModel(read_only(weights), intercept, None, flip_share, poisoning, seconds)


def trained_model() -> ReadmissionModel:
    """The memorising model, trained live (once per kernel) on the 150 training patients."""
    return _poisoned(0.0, "random")


def poisoned(flip_share: float, poisoning: str = "random") -> ReadmissionModel:
    """The model trained again after ``flip_share`` of the 150 training labels were flipped. ``poisoning`` is
    ``"random"`` (any patient) or ``"targeted"`` (only readmitted patients are relabelled "not readmitted")."""
    share = number_between("flip_share", flip_share, 0, MAX_FLIP_SHARE)
    poisoning = one_of("poisoning", poisoning, POISONINGS)
    return _poisoned(round(share * TRAINED) / TRAINED, poisoning)


@cache
def _standard_noise() -> np.ndarray:
    rng = np.random.default_rng(NOISE_SEED)
    return read_only(rng.laplace(0.0, 1.0, RANDOM_FEATURES + 1))


def private_model(epsilon: float | None) -> ReadmissionModel:
    """The trained model with Laplace noise of scale NOISE_SCALE / epsilon added to each weight (``None``: none).
    The same random draw is scaled for every epsilon, so a smaller epsilon only ever means more of the same noise."""
    epsilon = check_epsilon(epsilon)
    model = trained_model()
    if epsilon is None:
        return model
    noise = _standard_noise() * NOISE_SCALE / epsilon
    return ReadmissionModel(model.weights + noise[:-1], model.intercept + float(noise[-1]), epsilon)


# --- membership inference -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Attack:
    """How the attack "member if confidence ≥ threshold" does on the 150 members and 150 patients never seen."""

    threshold: float
    members_caught: int
    others_cleared: int

    @property
    def success(self) -> float:
        """Share of the 300 guesses that are right (50% is a coin toss)."""
        return (self.members_caught + self.others_cleared) / (TRAINED + OTHERS)


def member_confidences(epsilon: float | None = None) -> tuple[np.ndarray, np.ndarray]:
    """The model's confidence in the true outcome for its 150 training patients, and for 150 patients never seen."""
    confidences = private_model(epsilon).confidences()
    patients = load_patients()
    return confidences[patients.members], confidences[patients.others]


def attack(threshold: float, epsilon: float | None = None) -> Attack:
    """Guess "was in the training data" for every patient whose confidence is at least ``threshold``."""
    threshold = number_between("threshold", threshold, 0, 1)
    members, others = member_confidences(epsilon)
    return Attack(threshold, int(np.sum(members >= threshold)), int(np.sum(others < threshold)))


def best_attack(epsilon: float | None = None) -> Attack:
    """The threshold (0.00 to 1.00) that makes the attack most successful: the worst case for the patients."""
    members, others = member_confidences(epsilon)
    best = None
    for threshold in THRESHOLDS:
        found = Attack(threshold, int(np.sum(members >= threshold)), int(np.sum(others < threshold)))
        if best is None or found.success > best.success:
            best = found
    return best


def privacy_tradeoff(epsilons=EPSILONS) -> list[tuple[float, float, float]]:
    """(epsilon, accuracy on unseen patients, best attack's success) for each epsilon."""
    return [(float(e), private_model(e).test_accuracy, best_attack(e).success) for e in epsilons]


# --- adversarial examples on digits ------------------------------------------------------------------------------


@dataclass(frozen=True)
class DigitModel:
    """A linear model of the digits: one weight per pixel and per digit (10 x 64), plus one intercept per digit."""

    weights: np.ndarray
    intercepts: np.ndarray
    seconds: float

    def probabilities(self, images) -> np.ndarray:
        """For each image (n x 8 x 8 or 8 x 8), the model's probability of each digit."""
        flat = np.asarray(images, dtype=float).reshape(-1, 64)
        z = flat @ self.weights.T + self.intercepts
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)

    def read(self, image) -> int:
        """The digit the model reads in one 8 x 8 image."""
        return int(self.probabilities(image)[0].argmax())

    @property
    def test_accuracy(self) -> float:
        test = load_digit_images().test
        return float(np.mean(self.probabilities(test.images).argmax(axis=1) == test.labels))


@cache
def digit_model() -> DigitModel:
    """Multinomial logistic regression on the 1,257 training digits, trained live (a fraction of a second)."""
    train = load_digit_images().train
    X = train.images.reshape(len(train), -1).astype(float)
    Y = np.eye(10)[train.labels]
    weights, intercepts = np.zeros((10, 64)), np.zeros(10)
    started = time.perf_counter()
    for _ in range(DIGIT_STEPS):  # einsum, not @: see _fit
        z = np.einsum("nf,kf->nk", X, weights) + intercepts
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        error = p - Y
        weights -= DIGIT_LEARNING_RATE * (np.einsum("nk,nf->kf", error, X) / len(X) + DIGIT_PENALTY * weights)
        intercepts -= DIGIT_LEARNING_RATE * error.mean(axis=0)
    seconds = record_training(time.perf_counter() - started)
    return DigitModel(read_only(weights), read_only(intercepts), seconds)


@dataclass(frozen=True)
class Adversarial:
    """An unseen digit image, the same image changed by ``step`` per pixel, and what the model reads in each."""

    index: int
    step: float
    digit: int
    original: np.ndarray
    altered: np.ndarray
    read_original: int
    read_altered: int
    confidence_altered: float

    @property
    def fooled(self) -> bool:
        return self.read_altered != self.digit


def digit_test_count() -> int:
    """How many unseen digit images there are (540)."""
    return len(load_digit_images().test)


def adversarial(index: int, step: float) -> Adversarial:
    """Fast gradient sign: every pixel of unseen image ``index`` moves by ``step`` (a share of full ink), up or down,
    whichever raises the model's error on the true digit (the sign of its gradient), kept between paper and ink."""
    index = whole_number("index", index, 0, digit_test_count() - 1)
    step = number_between("step", step, 0, MAX_STEP)
    test = load_digit_images().test
    image, digit = test.images[index].astype(float), int(test.labels[index])
    model = digit_model()
    probabilities = model.probabilities(image)[0]
    # The gradient of the model's loss on this image, for a linear model: sum of p_k w_k, minus w_true.
    direction = np.sign(probabilities @ model.weights - model.weights[digit]).reshape(8, 8)
    altered = np.clip(image + step * direction, 0, 1)
    after = model.probabilities(altered)[0]
    return Adversarial(index, step, digit, image, altered, model.read(image), int(after.argmax()), float(after.max()))


def smallest_fooling_step(index: int) -> float | None:
    """The smallest step (0.00, 0.01, ..., MAX_STEP) at which the model misreads unseen image ``index``."""
    for step in STEP_GRID:
        if adversarial(index, step).fooled:
            return step
    return None
