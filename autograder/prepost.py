"""The pre/post AI-literacy test, analysed for the research team: gains, effect size, attrition, item calibration.

    python -m autograder research prepost --out DIR [--key-file PATH] [--consent CSV] [--groups CSV]
                                          [--course DIR] [--min-group N] [--bootstrap N]

The test has two parallel forms (``literacy-test-a`` and ``literacy-test-b``, each in English and French) that
share anchor items. A learner takes one before the course and the other after, the order balanced across
learners: for each learner the first form submitted is the pre-test, the second the post-test.

What it computes, for consenting learners only (the same pseudonyms, register and small-group suppression as
``research export``, see :mod:`autograder.research`):

- **Calibration.** A Rasch model (1PL) of every sitting of every item, fitted by marginal maximum likelihood
  with the ``mirt`` library (chosen over ``girth``, last released in 2021, and ``py-irt``, variational and
  built on Pyro: see docs/research.md); item difficulties with their infit and outfit, the marginal reliability
  and each form's KR-20.
- **Scores.** Per learner and sitting: the share of items right, and the ability on the Rasch scale (Warm's
  weighted likelihood estimate, nearly unbiased, on the items' logit scale), so that forms of different
  difficulty compare.
- **Gain.** Per learner: post minus pre ability; the normalised gain ``g = (post - pre) / (1 - pre)`` on shares
  right (Hake 1998), for learners whose pre-test was not perfect (a perfect pre-test leaves ``g`` undefined: such
  learners are counted, not averaged), negative gains kept as they are; the class-average normalised gain
  ``<g> = (mean post - mean pre) / (1 - mean pre)``; the paired effect size ``d_z`` (mean gain / its standard
  deviation) and the mean ability gain, each with a percentile bootstrap 95 % confidence interval (resampling
  learners, fixed seed).
- **Attrition.** Learners with a pre-test and no post-test: how many, and how their pre-test compares with the
  completers'.
- **Differential item functioning** between the French and English versions: Mantel-Haenszel, stratified on the
  form's total score, on ETS's delta scale (``D = -2.35 ln(alpha)``); an item is flagged when ``|D| >= 1.5`` and
  its Mantel-Haenszel chi-square is significant (ETS category C).
- Per group (campus, cohort): learners, mean pre and post, mean gain; an aggregate over fewer than
  ``--min-group`` learners is suppressed.

The survey of the test (self-report and practices, 0 points, ids starting with "s" or "p") is not scored: the
answers given are read from the autograded notebooks and exported per learner and sitting, with each item's
mean (or share per option) before and after.

It writes CSV and Parquet tables with a data dictionary, and ``report.html`` (paired scores, the item map).
Running the test: docs/research.md, section 6.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

#: The assignments of the test: one per form and language.
FORMS = ("a", "b")
TEST_PREFIX = "literacy-test-"
#: Knowledge items (calibrated and scored) have ids starting with "k"; the survey's (self-report "s", practices
#: "p") are worth 0 points and are exported as the answers given (caire/assessment/bank.toml).
KNOWLEDGE_PREFIX = "k"
SURVEY_PREFIXES = ("s", "p")
BOOTSTRAP = 2000
SEED = 2026
#: ETS category C: a large DIF (delta scale).
DIF_LARGE = 1.5
RESPONSE_COLUMNS = ["learner", "group", "language", "form", "sitting", "item", "score"]


class AnalysisError(ValueError):
    """The responses cannot be analysed as a pre/post test (the message says why); nothing was written."""


@dataclass(frozen=True)
class Interval:
    """An estimate with its bootstrap 95 % confidence interval."""

    estimate: float
    low: float
    high: float

    def holds(self, value: float) -> bool:
        return self.low <= value <= self.high


@dataclass
class Analysis:
    """The results: tables for the export, and the headline figures."""

    items: pd.DataFrame
    learners: pd.DataFrame
    groups: pd.DataFrame
    attrition: pd.DataFrame
    summary: dict
    ability_gain: Interval
    effect_size: Interval


# --- shaping the responses ---------------------------------------------------------------------------------


def sittings(responses: pd.DataFrame) -> pd.DataFrame:
    """One row per learner and sitting, with its form, language, group and share of items right."""
    missing = set(RESPONSE_COLUMNS) - set(responses.columns)
    if missing:
        raise AnalysisError(f"the responses lack the column(s) {', '.join(sorted(missing))}")
    if not responses["score"].isin([0, 1]).all():
        raise AnalysisError("every score must be 0 or 1 (one point per item)")
    if not responses["sitting"].isin(["pre", "post"]).all():
        raise AnalysisError('sitting must be "pre" or "post"')
    grouped = responses.groupby(["learner", "sitting"], sort=True)
    table = grouped.agg(
        form=("form", "first"), language=("language", "first"), group=("group", "first"), right=("score", "mean")
    )
    if (grouped["form"].nunique() > 1).any():
        raise AnalysisError("a learner's sitting mixes items of two forms")
    twice = table.reset_index().pivot(index="learner", columns="sitting", values="form").dropna()
    if (twice["pre"] == twice["post"]).any():
        raise AnalysisError("a learner took the same form twice: the post-test must be the other form")
    return table.reset_index()


def _matrix(responses: pd.DataFrame) -> tuple[np.ndarray, list[str], pd.MultiIndex]:
    """Sittings x items, 1/0 and NaN where an item was not on the sitting's form."""
    wide = responses.pivot_table(index=["learner", "sitting"], columns="item", values="score", aggfunc="first")
    return wide.to_numpy(dtype=float), [str(item) for item in wide.columns], wide.index


# --- calibration -------------------------------------------------------------------------------------------


def calibrate(matrix: np.ndarray, item_names: list[str]):
    """A Rasch model fitted to every sitting (mirt's 1PL, marginal maximum likelihood)."""
    import mirt

    answered = ~np.isnan(matrix)
    if answered.sum(axis=0).min() < 2:
        raise AnalysisError("every item needs answers from at least two sittings to be calibrated")
    return mirt.fit_mirt(matrix, model="1PL", item_names=item_names, compute_standard_errors=False, max_iter=500)


def abilities(fit, matrix: np.ndarray) -> np.ndarray:
    """Each sitting's ability (Warm's weighted likelihood estimate) on the items' logit scale."""
    import mirt

    return np.asarray(mirt.fscores(fit, matrix, method="WLE").theta, dtype=float).reshape(-1)


def kr20(matrix: np.ndarray) -> float:
    """Kuder-Richardson 20 reliability of complete 1/0 answers (rows: people)."""
    k = matrix.shape[1]
    if k < 2 or len(matrix) < 2:
        return math.nan
    total = matrix.sum(axis=1)
    p = matrix.mean(axis=0)
    variance = total.var(ddof=1)
    return float(k / (k - 1) * (1 - (p * (1 - p)).sum() / variance)) if variance > 0 else math.nan


# --- differential item functioning --------------------------------------------------------------------------


def mantel_haenszel(scores: np.ndarray, focal: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """MH D-DIF (ETS delta scale) and the MH chi-square (continuity corrected) of each item of a complete 1/0
    matrix, ``focal`` marking the focal group (French), stratified on the total score."""
    total = scores.sum(axis=1)
    deltas, chis = [], []
    for j in range(scores.shape[1]):
        numerator = denominator = a_sum = expected = variance = 0.0
        for level in np.unique(total):
            stratum = total == level
            ref, foc = stratum & ~focal, stratum & focal
            n_ref, n_foc = ref.sum(), foc.sum()
            n = n_ref + n_foc
            if n_ref == 0 or n_foc == 0 or n < 2:
                continue
            a = scores[ref, j].sum()  # reference right
            b = n_ref - a
            c = scores[foc, j].sum()  # focal right
            d = n_foc - c
            numerator += a * d / n
            denominator += b * c / n
            right = a + c
            a_sum += a
            expected += n_ref * right / n
            variance += n_ref * n_foc * right * (n - right) / (n * n * (n - 1))
        alpha = numerator / denominator if denominator > 0 and numerator > 0 else math.nan
        deltas.append(-2.35 * math.log(alpha) if alpha == alpha else math.nan)
        chis.append((abs(a_sum - expected) - 0.5) ** 2 / variance if variance > 0 else math.nan)
    return np.array(deltas), np.array(chis)


def dif_by_language(responses: pd.DataFrame) -> pd.DataFrame:
    """Mantel-Haenszel DIF of each item between French (focal) and English (reference), form by form."""
    rows = []
    for form, part in responses.groupby("form"):
        wide = part.pivot_table(index=["learner", "sitting"], columns="item", values="score", aggfunc="first")
        complete = wide.dropna()
        language = part.groupby(["learner", "sitting"])["language"].first().reindex(complete.index)
        focal = (language == "fr").to_numpy()
        if focal.sum() < 2 or (~focal).sum() < 2:
            continue
        deltas, chis = mantel_haenszel(complete.to_numpy(dtype=float), focal)
        for item, delta, chi in zip(complete.columns, deltas, chis):
            flagged = bool(abs(delta) >= DIF_LARGE and chi >= 3.84) if delta == delta else False
            rows.append({"item": str(item), "form": form, "mh_d_dif": delta, "mh_chi2": chi, "dif_flagged": flagged})
    table = pd.DataFrame(rows, columns=["item", "form", "mh_d_dif", "mh_chi2", "dif_flagged"])
    # An anchor item is on both forms: keep its larger DIF.
    return table.sort_values("mh_chi2", ascending=False).drop_duplicates("item").sort_values("item", ignore_index=True)


# --- gains ---------------------------------------------------------------------------------------------------


def _bootstrap(values: np.ndarray, statistic, resamples: int, seed: int) -> Interval:
    rng = np.random.default_rng(seed)
    estimate = float(statistic(values))
    draws = rng.integers(0, len(values), size=(resamples, len(values)))
    spread = np.array([statistic(values[rows]) for rows in draws])
    low, high = np.nanpercentile(spread, [2.5, 97.5])
    return Interval(estimate, float(low), float(high))


def _effect_size(differences: np.ndarray) -> float:
    spread = differences.std(ddof=1)
    return float(differences.mean() / spread) if spread > 0 else math.nan


def analyse(responses: pd.DataFrame, min_group: int = 5, resamples: int = BOOTSTRAP, seed: int = SEED) -> Analysis:
    """The whole analysis of ``responses`` (columns :data:`RESPONSE_COLUMNS`, one row per learner, sitting and
    item, consenting learners only, already pseudonymised)."""
    if responses.empty:
        raise AnalysisError("no responses to analyse: no consenting learner took the test")
    table = sittings(responses)
    matrix, names, index = _matrix(responses)
    fit = calibrate(matrix, names)
    theta = pd.Series(abilities(fit, matrix), index=index, name="ability")
    table = table.join(theta, on=["learner", "sitting"])

    import mirt

    coefficients = fit.coef()
    fits = mirt.itemfit(fit, matrix, statistics=["infit", "outfit"], na_rm=True)
    items = pd.DataFrame(
        {
            "item": names,
            "difficulty": coefficients["difficulty"].to_numpy(dtype=float),
            "infit": fits["infit"].to_numpy(dtype=float),
            "outfit": fits["outfit"].to_numpy(dtype=float),
            "answers": (~np.isnan(matrix)).sum(axis=0),
            "share_right": np.nanmean(matrix, axis=0),
        }
    )
    items = items.merge(dif_by_language(responses), on="item", how="left")
    items["dif_flagged"] = items["dif_flagged"].fillna(False).astype(bool)
    forms_of = responses.groupby("item")["form"].unique()
    items["forms"] = items["item"].map(lambda item: "+".join(sorted(forms_of[item])))

    wide = table.pivot(index="learner", columns="sitting", values=["right", "ability", "form", "group", "language"])
    both = wide.dropna(subset=[("ability", "pre"), ("ability", "post")]) if "post" in wide["ability"] else wide.iloc[:0]
    learners = pd.DataFrame(
        {
            "learner": both.index,
            "group": both[("group", "pre")].to_numpy(),
            "language": both[("language", "pre")].to_numpy(),
            "pre_form": both[("form", "pre")].to_numpy(),
            "pre_right": both[("right", "pre")].to_numpy(dtype=float),
            "post_right": both[("right", "post")].to_numpy(dtype=float),
            "pre_ability": both[("ability", "pre")].to_numpy(dtype=float),
            "post_ability": both[("ability", "post")].to_numpy(dtype=float),
        }
    )
    learners["ability_gain"] = learners["post_ability"] - learners["pre_ability"]
    perfect = learners["pre_right"] >= 1
    learners["normalised_gain"] = np.where(
        perfect,
        np.nan,
        (learners["post_right"] - learners["pre_right"]) / (1 - learners["pre_right"].clip(upper=0.999999)),
    )
    if len(learners) < max(min_group, 2):
        raise AnalysisError(f"fewer than {max(min_group, 2)} consenting learners took both tests: nothing to publish")

    gains = learners["ability_gain"].to_numpy()
    ability_gain = _bootstrap(gains, np.mean, resamples, seed)
    effect = _bootstrap(gains, _effect_size, resamples, seed + 1)
    pre_mean, post_mean = learners["pre_right"].mean(), learners["post_right"].mean()

    pre_only = wide[wide[("ability", "post")].isna()] if "post" in wide["ability"] else wide
    attrition = _attrition(pre_only, learners, min_group)
    reliability = {}
    for form in sorted(responses["form"].unique()):
        rows = table["form"].to_numpy() == form
        on_form = items["forms"].str.contains(form).to_numpy()
        reliability[f"kr20_form_{form}"] = kr20(np.nan_to_num(matrix[np.ix_(rows, on_form)], nan=0.0))
    summary = {
        "learners_both_tests": len(learners),
        "learners_pre_only": len(pre_only),
        "mean_pre_right": float(pre_mean),
        "mean_post_right": float(post_mean),
        "class_average_normalised_gain": float((post_mean - pre_mean) / (1 - pre_mean)) if pre_mean < 1 else math.nan,
        "average_individual_normalised_gain": float(learners["normalised_gain"].mean()),
        "learners_perfect_pre_test": int(perfect.sum()),
        "learners_negative_gain": int((learners["normalised_gain"] < 0).sum()),
        "mean_ability_gain": ability_gain.estimate,
        "mean_ability_gain_ci": [ability_gain.low, ability_gain.high],
        "effect_size_dz": effect.estimate,
        "effect_size_dz_ci": [effect.low, effect.high],
        "marginal_reliability": float(mirt.marginal_rxx(fit)),
        **reliability,
        "items_flagged_for_dif": sorted(items.loc[items["dif_flagged"], "item"]),
        "bootstrap_resamples": resamples,
        "min_group": min_group,
    }
    return Analysis(items, learners, _groups(learners, min_group), attrition, summary, ability_gain, effect)


def _attrition(pre_only: pd.DataFrame, learners: pd.DataFrame, min_group: int) -> pd.DataFrame:
    rows = []
    for who, count, mean in (
        ("took both tests", len(learners), learners["pre_right"].mean() if len(learners) else math.nan),
        (
            "took the pre-test only",
            len(pre_only),
            float(pre_only[("right", "pre")].astype(float).mean()) if len(pre_only) else math.nan,
        ),
    ):
        suppressed = 0 < count < min_group
        rows.append(
            {
                "learners": who,
                "count": math.nan if suppressed else count,
                "mean_pre_right": math.nan if suppressed else mean,
                "suppressed": suppressed,
            }
        )
    return pd.DataFrame(rows)


def _groups(learners: pd.DataFrame, min_group: int) -> pd.DataFrame:
    rows = []
    for group, part in learners.groupby("group", sort=True):
        suppressed = len(part) < min_group
        rows.append(
            {
                "group": group,
                "learners": math.nan if suppressed else len(part),
                "mean_pre_right": math.nan if suppressed else part["pre_right"].mean(),
                "mean_post_right": math.nan if suppressed else part["post_right"].mean(),
                "mean_ability_gain": math.nan if suppressed else part["ability_gain"].mean(),
                "suppressed": suppressed,
            }
        )
    return pd.DataFrame(
        rows, columns=["group", "learners", "mean_pre_right", "mean_post_right", "mean_ability_gain", "suppressed"]
    )


# --- from the gradebook to the export ------------------------------------------------------------------------

TABLE_SPECS = {
    "prepost_items": (
        "The test's items, calibrated: one row per item of the bank.",
        [
            ("item", "string", "the item's grade id (the same in both languages and on both forms for an anchor)"),
            ("difficulty", "number (logits)", "Rasch difficulty (mirt 1PL, marginal maximum likelihood); high = hard"),
            ("infit", "number", "information-weighted mean square residual; about 1 when the item fits"),
            ("outfit", "number", "unweighted mean square residual; about 1 when the item fits"),
            ("answers", "integer", "sittings that answered the item"),
            ("share_right", "number (0-1)", "share of those sittings that got it right"),
            ("form", "string", "the form whose Mantel-Haenszel DIF is reported (the larger, for an anchor)"),
            ("mh_d_dif", "number (delta)", "Mantel-Haenszel D-DIF French vs English; negative: harder in French"),
            ("mh_chi2", "number", "Mantel-Haenszel chi-square (continuity corrected, 1 df)"),
            ("dif_flagged", "boolean", "ETS category C: |D-DIF| >= 1.5 and chi-square >= 3.84"),
            ("forms", "string", '"a", "b" or "a+b" (an anchor item)'),
        ],
    ),
    "prepost_learners": (
        "One row per consenting learner who took both tests.",
        [
            ("learner", "string", "pseudonym (keyed HMAC-SHA256 of the student id, as in research export)"),
            ("group", "string", "the learner's group as the trainer recorded it; empty if none"),
            ("language", "string", '"en" or "fr": the language of the pre-test'),
            ("pre_form", "string", '"a" or "b": the form taken first (the other one is the post-test)'),
            ("pre_right", "number (0-1)", "share of the pre-test's items right"),
            ("post_right", "number (0-1)", "share of the post-test's items right"),
            ("pre_ability", "number (logits)", "Rasch ability at the pre-test (Warm's weighted likelihood estimate)"),
            ("post_ability", "number (logits)", "Rasch ability at the post-test"),
            ("ability_gain", "number (logits)", "post_ability - pre_ability"),
            ("normalised_gain", "number", "(post_right - pre_right) / (1 - pre_right); empty for a perfect pre-test"),
        ],
    ),
    "prepost_groups": (
        "One row per group of learners who took both tests.",
        [
            ("group", "string", "the group"),
            ("learners", "integer", "learners in the group; empty when suppressed"),
            ("mean_pre_right", "number (0-1)", "mean share right at the pre-test"),
            ("mean_post_right", "number (0-1)", "mean share right at the post-test"),
            ("mean_ability_gain", "number (logits)", "mean ability gain"),
            ("suppressed", "boolean", "true when the row's values are left empty (fewer learners than min_group)"),
        ],
    ),
    "prepost_attrition": (
        "Who took the pre-test only, and how their pre-test compares with the completers'.",
        [
            ("learners", "string", '"took both tests" or "took the pre-test only"'),
            ("count", "integer", "how many; empty when suppressed"),
            ("mean_pre_right", "number (0-1)", "their mean share right at the pre-test"),
            ("suppressed", "boolean", "true when fewer than min_group (and more than 0)"),
        ],
    ),
    "prepost_survey": (
        "The survey of the test (self-report and practices, the same before and after, no right answer, 0 points): "
        "one row per consenting learner, sitting and survey item, with the answer given.",
        [
            ("learner", "string", "pseudonym, as in prepost_learners"),
            ("group", "string", "the learner's group as the trainer recorded it; empty if none"),
            ("language", "string", '"en" or "fr": the language of this sitting'),
            ("form", "string", '"a" or "b": the form of this sitting'),
            ("sitting", "string", '"pre" (the first form submitted) or "post" (the other)'),
            ("item", "string", "the survey item's id (caire/assessment/bank.toml): sNN_ self-report, pNN_ practices"),
            (
                "value",
                "string",
                'the answer as given: a scale item\'s number ("4", 1 to 5), a choice item\'s option key ("weekly"), '
                'the ticked option keys of a several item, sorted and joined by "|" ("chatbot|writing"); empty when '
                "the answer cell held no literal value",
            ),
            ("number", "number", "a scale item's value as a number; empty for the other items"),
        ],
    ),
    "prepost_survey_items": (
        "Per survey item, before and after the course, over the learners who answered it at both sittings.",
        [
            ("item", "string", "the survey item's id"),
            ("option", "string", "for a choice or several item, the option; empty for a scale item"),
            ("statistic", "string", '"mean" (a scale item, 1 to 5) or "share" (share who chose or ticked the option)'),
            ("learners", "integer", "learners who answered the item at both sittings; empty when suppressed"),
            ("pre", "number", "the statistic at the pre-test"),
            ("post", "number", "the statistic at the post-test"),
            ("suppressed", "boolean", "true when the row's values are left empty (fewer learners than min_group)"),
        ],
    ),
}


def test_sittings(grades: pd.DataFrame, who: str = "student_id") -> pd.DataFrame:
    """The test's rows of ``grades`` (every item, survey included), each with its form, language and sitting: a
    learner's (column ``who``) first submitted form is the pre-test, the other the post-test."""
    test = grades[grades["assignment"].str.startswith(TEST_PREFIX)].copy()
    if test.empty:
        raise AnalysisError(f"no graded submission of the test ({TEST_PREFIX}a-en, -fr, {TEST_PREFIX}b-en, -fr)")
    parts = test["assignment"].str.removeprefix(TEST_PREFIX).str.split("-", n=1, expand=True)
    test["form"], test["language"] = parts[0], parts[1]
    if not test["form"].isin(FORMS).all() or not test["language"].isin(["en", "fr"]).all():
        raise AnalysisError(f"test assignments must be named {TEST_PREFIX}<a|b>-<en|fr>")
    first = test.groupby([who, "form"])["submitted_at"].min().reset_index()
    first["sitting"] = first.groupby(who)["submitted_at"].rank(method="first").map({1.0: "pre", 2.0: "post"})
    return test.merge(first[[who, "form", "sitting"]], on=[who, "form"])


def responses_from_grades(grades: pd.DataFrame, key: bytes, groups: dict[str, str]) -> pd.DataFrame:
    """The test's knowledge items in the gradebook (``research.read_grades``, consenting learners only) as
    responses: each learner's first submitted form is the pre-test, the other the post-test. Survey items (0
    points, no right answer) are left out: :func:`survey_answers` reads them."""
    from autograder.research import pseudonym

    test = test_sittings(grades)
    test = test[test["question"].str.startswith(KNOWLEDGE_PREFIX)].copy()
    if test.empty:
        raise AnalysisError(f"the test's submissions hold no knowledge item (ids starting with {KNOWLEDGE_PREFIX!r})")
    test["score"] = (test["score"] >= test["max_score"]).astype(int)
    test["learner"] = test["student_id"].map(lambda student: pseudonym(key, student))
    test["group"] = test["student_id"].map(lambda student: groups.get(student, ""))
    test["item"] = test["question"]
    return test[RESPONSE_COLUMNS].reset_index(drop=True)


# --- the survey: the answers given, before and after ----------------------------------------------------------

SURVEY_COLUMNS = ["learner", "group", "language", "form", "sitting", "item", "value", "number"]
SURVEY_ITEM_COLUMNS = ["item", "option", "statistic", "learners", "pre", "post", "suppressed"]


def notebook_answers(path) -> dict[str, object]:
    """For each test cell of the notebook at ``path`` (by grade id): the value its answer cell gives the answer
    variable, when that is a literal (a number, a text, a set of texts...); None when it is not, or is missing."""
    import ast
    from pathlib import Path

    import nbformat

    from caire.submission import answer_slots

    try:
        notebook = nbformat.read(Path(path), as_version=4)
    except (OSError, ValueError):
        return {}
    answers = {}
    for question, (index, variable) in answer_slots(notebook).items():
        value = None
        try:
            tree = ast.parse(notebook.cells[index].source)
        except SyntaxError:
            tree = ast.Module(body=[], type_ignores=[])
        for node in tree.body:  # the last assignment of the variable at the top of the cell
            if isinstance(node, ast.Assign) and any(getattr(target, "id", None) == variable for target in node.targets):
                try:
                    value = ast.literal_eval(node.value)
                except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
                    value = None
        answers[question] = value
    return answers


def answer_text(value: object) -> str:
    """An answer as the export writes it: a number as written ("4"), an option key ("weekly"), ticked keys
    sorted and joined by "|" ("chatbot|writing"); empty when there is none."""
    if value is None or isinstance(value, bool):
        return ""
    if isinstance(value, (int, float)):
        return f"{value:g}"
    if isinstance(value, str):
        return value.strip().lower()
    if isinstance(value, (set, frozenset, list, tuple)):
        return "|".join(sorted(answer_text(item) for item in value))
    return ""


def survey_answers(grades: pd.DataFrame, course, key: bytes, groups: dict[str, str]) -> pd.DataFrame:
    """Per learner of ``grades`` (consenting only, as given), sitting and survey item: the answer, read from the
    autograded notebook's answer cell (``<course>/autograded/<student>/<assignment>/<notebook>.ipynb``)."""
    from pathlib import Path

    from autograder.research import pseudonym

    test = test_sittings(grades)
    survey = test[test["question"].str.startswith(SURVEY_PREFIXES)]
    rows = []
    for (student, assignment, notebook), part in survey.groupby(["student_id", "assignment", "notebook"], sort=True):
        answers = notebook_answers(Path(course) / "autograded" / student / assignment / f"{notebook}.ipynb")
        learner, group = pseudonym(key, student), groups.get(student, "")
        for row in part.itertuples(index=False):
            value = answers.get(row.question)
            number = float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else math.nan
            rows.append((learner, group, row.language, row.form, row.sitting, row.question, answer_text(value), number))
    frame = pd.DataFrame(rows, columns=SURVEY_COLUMNS)
    return frame.sort_values(["learner", "sitting", "item"], ascending=[True, False, True], ignore_index=True)


def survey_means(survey: pd.DataFrame, min_group: int = 5) -> pd.DataFrame:
    """Per survey item, before and after, over the learners who answered it at both sittings: the mean of a scale
    item, the share who chose each option of a choice item. Fewer than ``min_group`` such learners: suppressed."""
    rows = []
    answered = survey[survey["value"] != ""]
    for item, part in answered.groupby("item", sort=True):
        wide = part.pivot_table(index="learner", columns="sitting", values="value", aggfunc="first")
        paired = wide.dropna(subset=["pre", "post"]) if {"pre", "post"} <= set(wide.columns) else wide.iloc[:0]
        count = len(paired)
        suppressed = count < min_group
        numbers = pd.to_numeric(part["value"], errors="coerce")
        if numbers.notna().all():
            pre, post = (paired[s].astype(float).mean() if count else math.nan for s in ("pre", "post"))
            measures = [("", "mean", pre, post)]
        else:
            options = sorted({key for text in part["value"] for key in text.split("|")})
            measures = [
                (
                    option,
                    "share",
                    *(
                        paired[s].map(lambda text, option=option: option in text.split("|")).mean()
                        if count
                        else math.nan
                        for s in ("pre", "post")
                    ),
                )
                for option in options
            ]
        for option, statistic, pre, post in measures:
            rows.append(
                {
                    "item": item,
                    "option": option,
                    "statistic": statistic,
                    "learners": math.nan if suppressed else count,
                    "pre": math.nan if suppressed else float(pre),
                    "post": math.nan if suppressed else float(post),
                    "suppressed": suppressed,
                }
            )
    table = pd.DataFrame(rows, columns=SURVEY_ITEM_COLUMNS)
    return table.astype({"learners": "Int64", "pre": "float64", "post": "float64", "suppressed": bool})


# --- for the trainer dashboard ------------------------------------------------------------------------------


def cohort_prepost(data: pd.DataFrame) -> dict | None:
    """The cohort's pre and post scores from graded rows (columns learner, assignment, question, score, max_score,
    submitted_at; anyone in the gradebook: the dashboard's use): learners who took both forms, their mean share of
    knowledge items right before and after, and the mean gain (after - before, in shares). None when nobody has
    taken the test."""
    if not data["assignment"].str.startswith(TEST_PREFIX).any():
        return None
    test = test_sittings(data, who="learner")
    test = test[test["question"].str.startswith(KNOWLEDGE_PREFIX)]
    shares = test.groupby(["learner", "sitting"]).apply(
        lambda part: float((part["score"] >= part["max_score"]).mean()), include_groups=False
    )
    wide = shares.unstack("sitting") if len(shares) else pd.DataFrame()
    both = wide.dropna(subset=["pre", "post"]) if {"pre", "post"} <= set(wide.columns) else wide.iloc[:0]
    return {
        "learners_pre": int(wide["pre"].notna().sum()) if "pre" in wide.columns else 0,
        "learners": len(both),
        "mean_pre": float(both["pre"].mean()) if len(both) else math.nan,
        "mean_post": float(both["post"].mean()) if len(both) else math.nan,
        "mean_gain": float((both["post"] - both["pre"]).mean()) if len(both) else math.nan,
    }


def report_html(analysis: Analysis) -> str:
    """A standalone page: the headline figures, paired scores and the item map, each figure with a text
    alternative computed from its data."""
    import base64
    import html
    import io

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    def png(figure) -> str:
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", dpi=110, bbox_inches="tight")
        plt.close(figure)
        return base64.b64encode(buffer.getvalue()).decode("ascii")

    learners, items, summary = analysis.learners, analysis.items, analysis.summary
    figure, ax = plt.subplots(figsize=(5, 5))
    ax.scatter(learners["pre_ability"], learners["post_ability"], s=6, alpha=0.4, color="#0072B2")
    low = float(min(learners["pre_ability"].min(), learners["post_ability"].min()))
    high = float(max(learners["pre_ability"].max(), learners["post_ability"].max()))
    ax.plot([low, high], [low, high], color="#333333", linestyle="--", label="no change")
    ax.set_xlabel("ability at the pre-test (logits)")
    ax.set_ylabel("ability at the post-test (logits)")
    ax.legend()
    paired = png(figure)
    above = int((learners["ability_gain"] > 0).sum())
    figure, ax = plt.subplots(figsize=(7, 4))
    ordered = items.sort_values("difficulty")
    ax.hist(learners["pre_ability"], bins=30, alpha=0.5, color="#0072B2", label="learners, pre-test")
    ax.hist(learners["post_ability"], bins=30, alpha=0.5, color="#C84000", label="learners, post-test")
    for value in ordered["difficulty"]:
        ax.axvline(value, color="#333333", linewidth=0.6)
    ax.set_xlabel("logits (vertical lines: the items' difficulties)")
    ax.legend()
    item_map = png(figure)
    rows = "".join(
        f'<tr><th scope="row">{html.escape(key.replace("_", " "))}</th><td>{html.escape(str(value))}</td></tr>'
        for key, value in summary.items()
    )
    paired_alt = (
        f"Each learner's ability after the course against before it: {above} of {len(learners)} learners above "
        f"the no-change line; mean gain {analysis.ability_gain.estimate:.2f} logits (95% CI "
        f"{analysis.ability_gain.low:.2f} to {analysis.ability_gain.high:.2f})."
    )
    map_alt = (
        f"Learners' abilities before and after the course, with the difficulties of the {len(items)} items, from "
        f"{ordered['difficulty'].min():.2f} to {ordered['difficulty'].max():.2f} logits; the learners' mean ability "
        f"rose from {learners['pre_ability'].mean():.2f} to {learners['post_ability'].mean():.2f}."
    )
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>CAIRE pre/post test: analysis</title>'
        "</head><body><main><h1>CAIRE pre/post AI-literacy test</h1>"
        f"<table><caption>Headline figures</caption><tbody>{rows}</tbody></table>"
        f'<h2>Paired scores</h2><img src="data:image/png;base64,{paired}" alt="{html.escape(paired_alt)}">'
        f'<h2>Item map</h2><img src="data:image/png;base64,{item_map}" alt="{html.escape(map_alt)}">'
        "</main></body></html>"
    )


def prepost(
    out,
    key_file=None,
    consent=None,
    course=None,
    groups_file=None,
    min_group: int = 5,
    resamples: int = BOOTSTRAP,
) -> dict:
    """``research prepost``: the analysis of consenting learners' pre/post tests, written into ``out``."""
    from autograder import research

    course, out, register, groups = research._prepare(course, out, consent, groups_file, min_group)
    key = research.read_key(key_file, out, course)
    grades = research._consenting_grades(research.read_grades(course), register)
    try:
        analysis = analyse(responses_from_grades(grades, key, groups), min_group, resamples)
    except AnalysisError as problem:
        raise research.ResearchError(str(problem)) from problem
    survey = survey_answers(grades, course, key, groups)
    tables = {
        "prepost_items": analysis.items,
        "prepost_learners": analysis.learners,
        "prepost_groups": analysis.groups,
        "prepost_attrition": analysis.attrition,
        "prepost_survey": survey,
        "prepost_survey_items": survey_means(survey, min_group),
    }
    spec = research.dictionary({}, key, min_group, "python -m autograder research prepost")
    spec["title"] = "CAIRE pre/post AI-literacy test"
    spec["summary"] = analysis.summary
    spec["tables"] = [
        {
            "name": name,
            "files": [f"{name}.csv", f"{name}.parquet"],
            "description": TABLE_SPECS[name][0],
            "rows": len(frame),
            "columns": [{"name": c, "type": kind, "description": text} for c, kind, text in TABLE_SPECS[name][1]],
        }
        for name, frame in tables.items()
    ]
    files = research.write_export(out, tables, spec)
    report = out / "report.html"
    report.write_text(report_html(analysis), encoding="utf-8")
    report.chmod(0o600)
    return {"out": str(out), "files": sorted([path.name for path in files] + [report.name]), **analysis.summary}
