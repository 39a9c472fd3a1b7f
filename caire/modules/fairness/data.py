"""Module 09's data: 4,000 past job applications **generated** here (fixed seed), half of them from women.

Each application has a skills-test score, years of experience, a career gap (1 if the applicant's CV shows a break of
6 months or more, e.g. parental leave, else 0), and the company's past decision: hired (1) or not (0).

By construction, women and men have the *same* skills and experience. The past decisions were biased: at equal
skills and experience, a woman was less likely to be hired. Women also have career gaps far more often (in the
generated data, as in many real ones), and the recruiters of the past did not look at gaps at all. 3,000
applications are used to learn, 1,000 are kept aside (unseen) to measure.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np

from caire.core.data import read_only
from caire.core.i18n import t
from caire.core.validation import one_of

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
    return Applications(
        read_only(X), read_only(hired), read_only(np.sort(order[N_TEST:])), read_only(np.sort(order[:N_TEST]))
    )


def check_features(features: object) -> str:
    """``features`` if it names one of :data:`FEATURE_SETS`, else a ValueError naming ``features``."""
    return one_of("features", features, tuple(FEATURE_SETS))


def group_name(group: str, language: str | None = None) -> str:
    """The group's name in the learner's language ("women", "femmes", ...)."""
    return t(f"m09.group.{one_of('group', group, GROUPS)}", language)


def past_selection_rate() -> dict[str, float]:
    """Share of the applicants of each group hired in the past (all 4,000 applications)."""
    data = applications()
    return {"women": float(data.hired[data.woman].mean()), "men": float(data.hired[~data.woman].mean())}
