"""The pre/post test's analysis (autograder.prepost) on a simulated cohort whose truth is known."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from autograder.prepost import AnalysisError, analyse, kr20, mantel_haenszel, report_html, responses_from_grades
from autograder.simulate import simulate


@pytest.fixture(scope="module")
def cohort():
    return simulate(learners=2000, true_gain=0.6, dif=("k_a_03",), dif_size=1.2, seed=7)


@pytest.fixture(scope="module")
def analysis(cohort):
    return analyse(cohort.responses, min_group=5, resamples=1000)


@pytest.mark.slow
def test_the_true_gain_is_inside_the_confidence_interval(cohort, analysis):
    assert analysis.ability_gain.holds(cohort.true_gain), (cohort.true_gain, analysis.ability_gain)
    assert analysis.ability_gain.high - analysis.ability_gain.low < 0.2
    assert analysis.effect_size.low > 0 and analysis.summary["class_average_normalised_gain"] > 0


@pytest.mark.slow
def test_item_difficulties_are_recovered(cohort, analysis):
    estimated = analysis.items.set_index("item")["difficulty"]
    true = np.array([cohort.difficulties[item] for item in estimated.index])
    assert np.corrcoef(estimated.to_numpy(), true)[0, 1] >= 0.9
    assert analysis.items["infit"].between(0.7, 1.3).mean() > 0.9


@pytest.mark.slow
def test_the_planted_dif_is_flagged_and_a_clean_item_is_not(analysis):
    flagged = set(analysis.items.loc[analysis.items["dif_flagged"], "item"])
    assert "k_a_03" in flagged and "k_a_04" not in flagged and "k_anchor_00" not in flagged
    assert analysis.items.set_index("item").loc["k_a_03", "mh_d_dif"] < -1.5  # harder in French


@pytest.mark.slow
def test_groups_under_the_threshold_are_suppressed(cohort, analysis):
    small = analysis.groups.set_index("group").loc[cohort.small_group]
    assert small["suppressed"] and all(pd.isna(small[c]) for c in ("learners", "mean_pre_right", "mean_ability_gain"))
    assert not analysis.groups.set_index("group").drop(cohort.small_group)["suppressed"].any()


@pytest.mark.slow
def test_attrition_is_reported(analysis):
    rows = analysis.attrition.set_index("learners")
    assert rows.loc["took the pre-test only", "count"] > 100 and rows.loc["took both tests", "count"] > 1500


@pytest.mark.slow
def test_reliability_and_the_report(analysis):
    assert analysis.summary["marginal_reliability"] > 0.7 and analysis.summary["kr20_form_a"] > 0.7
    page = report_html(analysis)
    assert page.count('<img src="data:image/png;base64,') == 2 and 'lang="en"' in page
    assert "learner00" not in page and all(len(alt) > 40 for alt in page.split('alt="')[1:])


def grades_of(cohort_responses: pd.DataFrame, extra_students: list[str]) -> pd.DataFrame:
    """The responses as research.read_grades gives them (student ids, assignments, timestamps)."""
    rows = []
    start = pd.Timestamp("2027-01-10", tz="UTC")
    for (learner, sitting), part in cohort_responses.groupby(["learner", "sitting"]):
        when = start + pd.Timedelta(days=0 if sitting == "pre" else 30)
        for row in part.itertuples():
            rows.append(
                (
                    learner,
                    f"literacy-test-{row.form}-{row.language}",
                    "test",
                    row.item,
                    float(row.score),
                    1.0,
                    when,
                    False,
                )
            )
    for student in extra_students:
        rows.append((student, "literacy-test-a-en", "test", "k_a_00", 1.0, 1.0, start, False))
    return pd.DataFrame(
        rows,
        columns=[
            "student_id",
            "assignment",
            "notebook",
            "question",
            "score",
            "max_score",
            "submitted_at",
            "needs_manual_grade",
        ],
    )


def test_from_the_gradebook_the_first_form_is_the_pre_test_and_only_consenting_learners_appear():
    from autograder.research import Register, _consenting_grades, pseudonym

    small = simulate(learners=40, seed=3)
    grades = grades_of(small.responses, ["refused01"])
    register = Register(consent={**dict.fromkeys(small.responses["learner"], True), "refused01": False})
    key = b"k" * 32
    responses = responses_from_grades(_consenting_grades(grades, register), key, {})
    assert pseudonym(key, "refused01") not in set(responses["learner"])
    assert "refused01" not in set(responses["learner"]) and responses["learner"].str.len().eq(16).all()
    first = small.responses.groupby("learner").apply(lambda part: part.loc[part.sitting == "pre", "form"].iloc[0])
    again = responses.groupby("learner").apply(lambda part: part.loc[part.sitting == "pre", "form"].iloc[0])
    assert sorted(first.to_numpy()) == sorted(again.to_numpy())


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda r: r.drop(columns=["form"]), "lack the column"),
        (lambda r: r.assign(score=r["score"] * 2), "0 or 1"),
        (lambda r: r.assign(sitting="middle"), "pre"),
        (lambda r: r.assign(form="a"), "same form twice|mixes items"),
        (lambda r: r.iloc[:0], "no responses"),
    ],
)
def test_bad_responses_are_refused_with_a_reason(change, message):
    small = simulate(learners=30, seed=5)
    with pytest.raises(AnalysisError, match=message):
        analyse(change(small.responses.copy()), resamples=50)


def test_mantel_haenszel_and_kr20_on_small_known_cases():
    rng = np.random.default_rng(0)
    ability = rng.normal(size=4000)
    focal = rng.random(4000) < 0.5
    planted = np.zeros(20)
    planted[0] = 1.5  # item 0 is harder for the focal group
    hardness = np.linspace(-1.5, 1.5, 20) + np.where(focal[:, None], planted, 0)
    scores = (rng.random((4000, 20)) < 1 / (1 + np.exp(hardness - ability[:, None]))).astype(float)
    deltas, chis = mantel_haenszel(scores, focal)
    assert deltas[0] < -1.5 and chis[0] > 3.84 and np.abs(deltas[1:]).max() < 1.0
    assert kr20(np.ones((10, 4))) != kr20(np.ones((10, 4))) and 0 < kr20(scores) < 1  # no variance: undefined
