"""A simulated cohort for the pre/post test, with everything the analysis should recover known in advance.

Used by tests/test_prepost.py and benchmarks/prepost.py. Abilities, the true gain and item difficulties are
drawn from fixed seeds; answers follow the Rasch model ``P(right) = 1 / (1 + exp(difficulty - ability))``. Half
the learners (alternately) take form A first, half form B; some take only the pre-test; some did not consent;
one small group has fewer learners than the suppression threshold; French learners find the items listed in
``dif`` harder by ``dif_size`` logits.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from autograder.prepost import RESPONSE_COLUMNS


@dataclass(frozen=True)
class Cohort:
    """The simulated answers (consenting learners only) and the truth behind them."""

    responses: pd.DataFrame
    difficulties: dict[str, float]
    true_gain: float
    dif_items: tuple[str, ...]
    non_consenting: tuple[str, ...] = field(default=())
    small_group: str = ""


def bank(anchors: int = 8, per_form: int = 16) -> dict[str, str]:
    """Item id -> forms it is on ("ab" for an anchor, "a" or "b"). Ids start with "k", as the test's knowledge
    items do (the analysis scores those only)."""
    items = {f"k_anchor_{i:02d}": "ab" for i in range(anchors)}
    items |= {f"k_a_{i:02d}": "a" for i in range(per_form)}
    items |= {f"k_b_{i:02d}": "b" for i in range(per_form)}
    return items


def simulate(
    learners: int = 2000,
    true_gain: float = 0.6,
    dif: tuple[str, ...] = ("k_a_03",),
    dif_size: float = 1.2,
    pre_only: float = 0.1,
    non_consenting: float = 0.05,
    seed: int = 7,
) -> Cohort:
    """A cohort of ``learners`` (before consent) with a mean true gain of ``true_gain`` logits."""
    rng = np.random.default_rng(seed)
    items = bank()
    names = list(items)
    difficulty = dict(zip(names, rng.normal(0.0, 1.0, len(names))))
    ids = [f"learner{i:05d}" for i in range(learners)]
    language = np.where(rng.random(learners) < 0.5, "fr", "en")
    groups = rng.choice(["lyon-2027a", "paris-2027a", "lille-2027a"], size=learners)
    groups[:3] = "tiny-2027a"  # a group too small to publish
    ability = rng.normal(0.0, 1.0, learners)
    gain = true_gain + rng.normal(0.0, 0.3, learners)
    takes_post = rng.random(learners) >= pre_only
    consents = rng.random(learners) >= non_consenting
    rows = []
    for number, learner in enumerate(ids):
        if not consents[number]:
            continue
        first, second = ("a", "b") if number % 2 == 0 else ("b", "a")
        for sitting, form, level in (("pre", first, ability[number]), ("post", second, ability[number] + gain[number])):
            if sitting == "post" and not takes_post[number]:
                continue
            on_form = [name for name in names if form in items[name]]
            hard = np.array(
                [difficulty[name] + (dif_size if language[number] == "fr" and name in dif else 0.0) for name in on_form]
            )
            right = (rng.random(len(on_form)) < 1 / (1 + np.exp(hard - level))).astype(int)
            rows += [
                (learner, groups[number], language[number], form, sitting, name, int(score))
                for name, score in zip(on_form, right)
            ]
    responses = pd.DataFrame(rows, columns=RESPONSE_COLUMNS)
    left_out = tuple(learner for learner, yes in zip(ids, consents) if not yes)
    true_mean = float(gain[consents & takes_post].mean())
    return Cohort(responses, difficulty, true_mean, tuple(dif), left_out, "tiny-2027a")
