"""Module 13's data: generated insurance claims, the use cases sorted into the risk tiers of the EU AI Act (as
digests), and the facts of module 09's hiring model that its model card shows (shipped in ``data/``).

The claims are **generated** here (fixed seed): 4,000 claims to a fictional insurer, a quarter of them claims that
should be refused (a claims handler, looking closely, would refuse them). Each claim has an amount, how many days
after the policy started it came, how many earlier claims the customer made, whether the supporting documents are
complete, and how many days the customer waited to report it. 2,000 claims are used to learn, 2,000 are kept aside
(unseen) to measure.

The risk tiers follow Regulation (EU) 2024/1689 (the AI Act), https://eur-lex.europa.eu/eli/reg/2024/1689/oj:
prohibited practices (Article 5), high-risk uses (Article 6 and Annex III), transparency duties (Article 50) and
minimal risk (everything else). The tier of each use case is stored as a digest
(:func:`caire.core.checks.answer_digest`), never in plain text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from caire.core.checks import answer_digest
from caire.core.data import read_only
from caire.core.i18n import check_language, get_language, t

#: The small files this module ships.
DATA = Path(__file__).with_name("data")

#: Fixed so that every learner, test and check sees the same claims and split.
SEED = 13
#: How many claims are generated, the share that should be refused, and how many are kept aside (unseen).
N_CLAIMS = 4_000
REFUSE_SHARE = 0.25
N_TEST = 2_000
#: The measurements of each claim, in order.
COLUMNS = ("amount_eur", "days_since_policy_start", "earlier_claims", "documents_complete", "days_to_report")

#: The four tiers of the AI Act, from the strictest.
TIERS = ("prohibited", "high_risk", "transparency", "minimal")
#: The use cases sorted in the lesson (practice) and in the assignment (graded).
PRACTICE_CASES = (
    "cv_ranking",
    "emotion_call_centre",
    "website_chatbot",
    "spam_filter",
    "credit_score",
    "social_score",
    "deepfake_advert",
    "translation_tool",
)
GRADED_CASES = (
    "shift_allocation",
    "exam_grading",
    "union_inference",
    "spell_checker",
    "benefit_eligibility",
    "phone_assistant",
    "life_insurance_pricing",
    "face_scraping",
    "bakery_forecast",
    "emergency_triage",
)
#: answer_digest("m13-tier/<case>", <tier>): the tiers themselves are not stored.
TIER_DIGESTS = {
    "cv_ranking": "0ac75c76e6f761ee140bfb771cd02575a19b4f693249fe1ebf4e058d98d11c57",
    "emotion_call_centre": "d2d04c568cf04fe74725cc2972a376aedb3899341f8480329adf18f3e459da89",
    "website_chatbot": "426a7a86c0138ecf442cfa83d46aad64e6df44e9f6f4399d9f85912240a2cf23",
    "spam_filter": "86cdfa2eaf0ae3d9f913cdf8b08ea0b23093c5854605f3dad9d10ff93648be3f",
    "credit_score": "ce62100faa20742744df8815f0accd178406a2c2cea30bb758dc1ab900b02358",
    "social_score": "df16fe9513bcd079d31591e31278cfb6d14185872bebd22c3e55f21b82d06860",
    "deepfake_advert": "1e3f20d47c12de6671e60b5a42dc9692095a81ff87d9f30f989cb1d73b5c051e",
    "translation_tool": "36e456fd7861125dd0e375b53b2bfbb62d1035df61e4e4f9152ddb94c6c279e6",
    "shift_allocation": "2b00f07e6ef36e5029c9b91a3cb5ae84623036255c1aa819c21848377b145631",
    "exam_grading": "2e61e78437b580a5d9f7f00108fa9815b2f0ccd94080b4d1002892ba388ff9d5",
    "union_inference": "84e2d4d1485a3df345204c01443e449c80eb4dfabc62fd85e410a3610e66056d",
    "spell_checker": "f3cef0fbaac9f9bb3e7ebca8a9630bba5252d6cb6884376ae2e929d37175ec97",
    "benefit_eligibility": "b0dda04e98fcd276f7d3bc95934848651df2149db964844741868cfc95e524fb",
    "phone_assistant": "f4af68d6387f328ee18cf933f5e1c5f4b9d953b80f525622b2de37c291252b2e",
    "life_insurance_pricing": "8b32290084d4f194fa85e60a9797e39696934bf99c0674401031c98be42005c1",
    "face_scraping": "b7d3db07e584b370565e85afc15618c188cef1aa541f3fca60d65e50c0b6be70",
    "bakery_forecast": "388a97bfa7492d1d90c9c4254633e6cfc074c0d542efa25081639b4f5a74bb14",
    "emergency_triage": "7f8339c82831c73820d28a66b77c354e7fd6bdeeebf6063260ec30332f45d3b2",
}


# --- the claims ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Claims:
    """Claims to learn from (``train``) and unseen claims (``test``): one row a claim, and 1 = should be refused."""

    X_train: np.ndarray
    y_train: np.ndarray
    X_test: np.ndarray
    y_test: np.ndarray


@cache
def load_claims() -> Claims:
    """The generated claims, split into claims to learn from and unseen claims (the same every time)."""
    rng = np.random.default_rng(SEED)
    refuse = np.zeros(N_CLAIMS, dtype=int)
    refuse[: round(N_CLAIMS * REFUSE_SHARE)] = 1
    rng.shuffle(refuse)
    bad = refuse == 1
    n = N_CLAIMS
    amount = np.where(bad, rng.lognormal(7.9, 0.8, n), rng.lognormal(7.0, 0.8, n))
    days = np.where(bad, rng.exponential(150, n), rng.exponential(500, n))
    earlier = np.where(bad, rng.poisson(1.5, n), rng.poisson(0.6, n))
    complete = np.where(bad, rng.random(n) < 0.55, rng.random(n) < 0.85)
    delay = np.where(bad, rng.exponential(30, n), rng.exponential(6, n))
    X = np.column_stack([amount.round(0), days.round(), earlier, complete, delay.round()]).astype(float)
    learn = N_CLAIMS - N_TEST
    return Claims(*(read_only(part) for part in (X[:learn], refuse[:learn], X[learn:], refuse[learn:])))


# --- the risk tiers of the AI Act ------------------------------------------------------------------------------


def check_tier(tier: object, name: str = "tier") -> str:
    """``tier`` (one of :data:`TIERS`) in lower case, or a TypeError/ValueError naming ``name``."""
    if not isinstance(tier, str):
        raise TypeError(f"{name} must be text, one of {', '.join(TIERS)}; got {type(tier).__name__} {tier!r}")
    key = tier.strip().lower()
    if key not in TIERS:
        raise ValueError(f"{name} must be one of {', '.join(TIERS)}; got {tier!r}")
    return key


def check_case(case: object, name: str = "case") -> str:
    """``case`` if it is one of the use cases of the module, else a TypeError/ValueError naming ``name``."""
    if not isinstance(case, str):
        raise TypeError(f"{name} must be the name of a use case, such as 'spam_filter'; got {type(case).__name__}")
    key = case.strip().lower()
    if key not in TIER_DIGESTS:
        raise ValueError(f"{name} must be one of {', '.join(TIER_DIGESTS)}; got {case!r}")
    return key


def case_label(case: str, language: str | None = None) -> str:
    """The use case described in the learner's language."""
    return t(f"m13.case.{check_case(case)}", language)


def tier_label(tier: str, language: str | None = None) -> str:
    """The tier's name in the learner's language."""
    return t(f"m13.tier.{check_tier(tier)}", language)


def is_tier(case: str, tier: str) -> bool:
    """Whether ``case`` belongs to ``tier`` under the AI Act (compared as digests)."""
    return answer_digest(f"m13-tier/{check_case(case)}", check_tier(tier)) == TIER_DIGESTS[check_case(case)]


def cases_in(tier: str, cases: tuple[str, ...] = GRADED_CASES) -> set[str]:
    """The use cases among ``cases`` that belong to ``tier``."""
    tier = check_tier(tier)
    return {case for case in cases if is_tier(case, tier)}


# --- the hiring model of module 09 -----------------------------------------------------------------------------


def hiring_facts(language: str | None = None) -> dict:
    """The facts of module 09's hiring model that its model card shows, as plain data (a new copy each time).

    They ship in ``data/hiring_model_<language>.json``, written once from module 09's ``model_facts(language)``
    (``caire.modules.fairness.model``): a module does not import another. Keys: task, data (a sentence each, in
    ``language``), n_train, n_test, features, accuracy, selection_rate (group -> share), parity_gap,
    equal_opportunity_gap, proxy. ``tests/modules/test_oversight_and_regulation.py`` checks that they are still
    what module 09 computes.
    """
    language = check_language(language or get_language())
    return json.loads((DATA / f"hiring_model_{language}.json").read_text(encoding="utf-8"))
