"""Module 13: the claims model and its uncertainty band, automation bias, the AI Act tiers, the model card (and the
facts of module 09's hiring model it ships), the checklist, and the assignment's checks."""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import numpy as np
import pytest

from caire.core.i18n import LANGUAGES, catalog, set_language
from caire.core.numbers import decimal, percent
from caire.modules.oversight_and_regulation import data as od
from caire.modules.oversight_and_regulation import model as ov
from caire.modules.oversight_and_regulation import questions as ex
from caire.modules.oversight_and_regulation import widgets as ow

RIGHT = {
    "q1_uncertainty_band": 0.4,
    "q2_automation_bias": "a",
    "q3_high_risk_uses": {
        "shift_allocation",
        "exam_grading",
        "benefit_eligibility",
        "life_insurance_pricing",
        "emergency_triage",
    },
    "q4_prohibited_uses": {"union_inference", "face_scraping"},
    "q5_oversight_in_practice": "d",
    "q6_model_card_gap": 16,
}
PRACTICE_TIERS = {
    "cv_ranking": "high_risk",
    "emotion_call_centre": "prohibited",
    "website_chatbot": "transparency",
    "spam_filter": "minimal",
    "credit_score": "high_risk",
    "social_score": "prohibited",
    "deepfake_advert": "transparency",
    "translation_tool": "minimal",
}


@pytest.fixture(autouse=True)
def english():
    set_language("en")
    yield
    set_language("en")


# --- the claims and the model ----------------------------------------------------------------------------------


def test_claims_are_generated_the_same_every_time_with_a_quarter_to_refuse():
    claims = od.load_claims()
    assert claims.X_train.shape == (od.N_CLAIMS - od.N_TEST, len(od.COLUMNS))
    assert claims.X_test.shape == (od.N_TEST, len(od.COLUMNS))
    share = (claims.y_train.sum() + claims.y_test.sum()) / od.N_CLAIMS
    assert share == pytest.approx(od.REFUSE_SHARE)
    od.load_claims.cache_clear()
    again = od.load_claims()
    assert np.array_equal(claims.X_train, again.X_train) and np.array_equal(claims.y_test, again.y_test)
    with pytest.raises(ValueError):
        again.X_train[0, 0] = 1.0  # read-only: the checks rely on it


def test_model_trains_deterministically_and_reaches_its_stated_accuracy():
    first, second = ov.train_claims_model(), ov.train_claims_model()
    assert np.array_equal(first.scores, second.scores)
    assert 0.88 <= first.accuracy <= 0.92  # the lesson says "about 90%"
    assert ov.claims_model() is second


def test_a_wider_band_automates_less_and_errs_less():
    bands, automation, errors = ov.band_curve()
    assert automation[0] == 1 and automation[-1] == 0 and math.isnan(errors[-1])
    assert np.all(np.diff(automation) <= 0)
    assert errors[0] == pytest.approx(1 - ov.claims_model().accuracy)
    assert errors[40] < errors[20] < errors[0]
    found = ov.band_result(0.2)
    assert found.automated + found.to_person == found.claims == od.N_TEST
    assert found.automatic_errors + found.model_errors_sent == round(od.N_TEST * (1 - ov.claims_model().accuracy))


@pytest.mark.parametrize(
    "bad, error", [("0.2", TypeError), (True, TypeError), (-0.1, ValueError), (0.6, ValueError), (math.nan, ValueError)]
)
def test_band_is_validated(bad, error):
    with pytest.raises(error, match="band"):
        ov.band_result(bad)


def test_review_without_checking_is_as_bad_as_the_model_alone():
    careful, blind = ov.review_result(0.35, 0.0), ov.review_result(0.35, 1.0)
    assert careful.error_rate < 0.045
    assert blind.error_rate == pytest.approx(ov.band_result(0).error_rate)
    middle = ov.review_result(0.35, 0.5)
    assert careful.error_rate < middle.error_rate < blind.error_rate
    with pytest.raises(ValueError, match="follow_share"):
        ov.review_result(0.35, 90)
    with pytest.raises(ValueError, match="reviewer_accuracy"):
        ov.review_result(0.35, 0.5, reviewer_accuracy=1.5)


def test_descriptions_in_both_languages():
    found = ov.band_result(0.35)
    english = ow.describe_band(found)
    french = ow.describe_band(found, "fr")
    assert "0.15" in english and "0,15" in french and "2,000" in english and "2\u202f000" in french
    assert percent(found.automation_rate, 1, "fr") in french and "\u00a0%" in french
    assert "%" in ow.describe_review(ov.review_result(0.35, 0.9), "fr")
    assert ow.band_table().splitlines()[1].split()[0] == "0.00"
    assert ow.band_table(language="fr").splitlines()[1].split()[0] == "0,00"
    assert ow.band_table().splitlines()[-1].split()[-1] == "–"  # band 0.5: nothing automatic, no error rate
    with pytest.raises(TypeError, match="found"):
        ow.describe_band(0.3)
    with pytest.raises(ValueError, match="step"):
        ow.band_table(0.123)


# --- the tiers -------------------------------------------------------------------------------------------------


def test_every_case_is_in_exactly_one_tier_and_the_practice_tiers_are_right():
    for case in (*od.PRACTICE_CASES, *od.GRADED_CASES):
        assert sum(od.is_tier(case, tier) for tier in od.TIERS) == 1, case
    for case, tier in PRACTICE_TIERS.items():
        assert od.is_tier(case, tier)
    assert od.cases_in("high_risk") == RIGHT["q3_high_risk_uses"]
    assert od.cases_in("prohibited") == RIGHT["q4_prohibited_uses"]
    assert all(od.cases_in(tier) for tier in od.TIERS)  # each tier appears among the graded cases


def test_tier_and_case_names_are_validated():
    with pytest.raises(ValueError, match="tier"):
        od.is_tier("spam_filter", "low")
    with pytest.raises(TypeError, match="case"):
        od.is_tier(3, "minimal")
    with pytest.raises(ValueError, match="cases"):
        ow.show_cases("all")


def test_no_answer_key_in_plain_text():
    source = "".join(Path(part.__file__).read_text(encoding="utf-8") for part in (od, ov, ow, ex))
    for case, tier in PRACTICE_TIERS.items():
        assert not re.search(rf'"{case}"\s*:\s*"{tier}"', source)
    assert '"union_inference", "face_scraping"' not in source and "0.36, 0.4" not in source


def test_tier_sorter_marks_right_and_wrong_picks():
    sorter = ow.tier_sorter()
    for case, tier in PRACTICE_TIERS.items():
        sorter.menus[case].value = tier
    sorter.menus["spam_filter"].value = "high_risk"
    sorter.check()
    assert "7 of the 8" in sorter.summary.value


# --- the model card and the checklist --------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_shipped_hiring_facts_are_still_what_module_09_computes(language):
    """data/hiring_model_<language>.json is module 09's model_facts(language), written once: a module does not
    import another. If module 09 changes its model or its texts, write the file again (see the message)."""
    from caire.modules.fairness.model import model_facts

    live = model_facts(language)
    assert od.hiring_facts(language) == live, (
        f"module 09's hiring model changed: write {od.DATA / f'hiring_model_{language}.json'} again with "
        f"json.dumps(caire.modules.fairness.model.model_facts({language!r}), ensure_ascii=False, indent=1)"
    )
    shipped = (od.DATA / f"hiring_model_{language}.json").read_text(encoding="utf-8")
    assert shipped == json.dumps(live, ensure_ascii=False, indent=1) + "\n"


def test_hiring_facts_are_a_fresh_copy_in_the_current_language():
    set_language("fr")
    facts = od.hiring_facts()
    assert facts == od.hiring_facts("fr") and facts["task"] != od.hiring_facts("en")["task"]
    facts["accuracy"] = 0
    assert od.hiring_facts()["accuracy"] > 0.7
    with pytest.raises(ValueError, match="language"):
        od.hiring_facts("de")


def test_model_card_has_the_nine_sections_and_module_09_numbers():
    facts = od.hiring_facts()
    card = ow.model_card({"intended_use": "Help order applications"})
    assert card.count("<tr>") == len(ow.CARD_SECTIONS) == 9
    assert "Help order applications" in card and decimal(facts["parity_gap"] * 100, 1) in card
    assert percent(facts["selection_rate"]["women"], 1) in card
    hidden = ow.model_card(show_gaps=False, language="fr")
    assert decimal(facts["parity_gap"] * 100, 1, "fr") not in hidden and "Analyses quantitatives" in hidden
    assert percent(facts["accuracy"], 1, "fr") in hidden and "4\u202f000" in hidden
    with pytest.raises(ValueError, match="notes"):
        ow.model_card({"price": "x"})
    with pytest.raises(TypeError, match="notes"):
        ow.model_card(["intended_use"])


def test_card_editor_and_checklist_widgets():
    editor = ow.model_card_editor()
    editor.boxes["caveats"].value = "Generated data only"
    editor.update()
    assert "Generated data only" in editor.card.value
    checklist = ow.personal_checklist()
    assert "Tick" in checklist.mine.value
    checklist.boxes["check"].value = True
    checklist.extra.value = "Ask a colleague"
    assert "<li>" in checklist.mine.value and "Ask a colleague" in checklist.mine.value


def test_explorers_follow_their_sliders():
    explorer = ow.band_explorer(0.1)
    explorer.slider.value = 0.4
    assert "66.8%" in explorer.text.value
    bias = ow.bias_explorer(0.35)
    bias.slider.value = 1.0
    assert "100%" in bias.text.value
    with pytest.raises(ValueError, match="start"):
        ow.bias_explorer(0.35, start=2)
    with pytest.raises(ValueError, match="start"):
        ow.band_explorer(0.7)


# --- the assignment's checks -----------------------------------------------------------------------------------


def test_every_band_meeting_both_targets_passes_and_the_others_fail():
    passing = [band for band in ov.BANDS if ex.check("q1_uncertainty_band", band).passed]
    assert passing == [0.36, 0.37, 0.38, 0.39, 0.4]
    assert not ex.check("q1_uncertainty_band", 0.35, "errors_low").passed
    assert ex.check("q1_uncertainty_band", 0.45, "errors_low").passed
    assert not ex.check("q1_uncertainty_band", 0.45, "automates_enough").passed
    assert not ex.check("q1_uncertainty_band", 0.5).passed
    assert not ex.check("q1_uncertainty_band", "0.35").passed


@pytest.mark.parametrize(
    "question_id, wrong",
    [
        ("q2_automation_bias", "b"),  # overfitting
        ("q2_automation_bias", "c"),  # a data leak
        ("q2_automation_bias", "d"),  # nothing to worry about
        ("q2_automation_bias", "e"),
        ("q3_high_risk_uses", {"shift_allocation", "exam_grading"}),
        ("q3_high_risk_uses", RIGHT["q3_high_risk_uses"] | {"union_inference"}),
        ("q3_high_risk_uses", set()),
        ("q3_high_risk_uses", {"no_such_case"}),
        ("q3_high_risk_uses", 3),
        ("q4_prohibited_uses", {"union_inference"}),
        ("q4_prohibited_uses", {"union_inference", "phone_assistant"}),
        ("q5_oversight_in_practice", "a"),  # a signature on 400 decisions
        ("q5_oversight_in_practice", "b"),  # an accuracy certificate instead of a person
        ("q5_oversight_in_practice", "c"),  # telling patients (transparency, not oversight)
        ("q5_oversight_in_practice", "article 14"),
        ("q6_model_card_gap", 28),
        ("q6_model_card_gap", 12),
        ("q6_model_card_gap", 78),
        ("q6_model_card_gap", 20),
        ("q6_model_card_gap", 0.16),
        ("q6_model_card_gap", "16"),
        ("q6_model_card_gap", 160),
    ],
)
def test_typical_wrong_answers_fail(question_id, wrong):
    assert not ex.check(question_id, wrong).passed


def test_wrong_choices_get_a_hint_not_the_answer():
    for wrong in "abc":
        feedback = ex.check("q5_oversight_in_practice", wrong)
        assert "automation bias" in feedback.message and "Article 14" not in feedback.message
    assert "what her review still adds" in ex.check("q2_automation_bias", "d").message


def test_questions_say_what_they_measure():
    assert ex.OBJECTIVES == ("oversight", "risk_tiers", "documentation")
    assert {question.objective for question in ex.QUESTIONS.values()} == set(ex.OBJECTIVES)
    assert [question.id for question in ex.QUESTIONS.values() if question.transfer] == ["q5_oversight_in_practice"]


def test_wrong_gap_feedback_says_what_the_number_was():
    assert "selection rate" in ex.check("q6_model_card_gap", 28).message
    assert "accuracy" in ex.check("q6_model_card_gap", round(od.hiring_facts()["accuracy"] * 100)).message
    assert "percentage points" in ex.check("q6_model_card_gap", 0.16).message
    assert "16" in ex.check("q6_model_card_gap", 16).message


def test_case_labels_and_texts_exist_in_both_languages():
    for language in LANGUAGES:
        texts = catalog(language)
        for case in (*od.PRACTICE_CASES, *od.GRADED_CASES):
            assert f"m13.case.{case}" in texts
        for section in ow.CARD_SECTIONS:
            assert f"m13.section.{section}" in texts
        for item in ow.CHECKLIST:
            assert f"m13.checklist.{item}" in texts
    assert od.case_label("spam_filter", "fr") != od.case_label("spam_filter", "en")
