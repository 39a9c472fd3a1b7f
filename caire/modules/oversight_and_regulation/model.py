"""Module 13, "Human oversight and regulation": an uncertainty band that sends cases to a person, automation bias,
the risk tiers of the EU AI Act, a model card, a personal checklist.

The data are **generated** by this module (fixed seed): 4,000 insurance claims to a fictional insurer, a quarter of
them claims that should be refused (a claims handler, looking closely, would refuse them). Each claim has an amount,
how many days after the policy started it came, how many earlier claims the customer made, whether the supporting
documents are complete, and how many days the customer waited to report it. 2,000 claims are used to learn, 2,000
are kept aside (unseen) to measure.

A logistic regression (:class:`caire.modules.errors_and_costs.model.LogisticRegression`, numpy, a few milliseconds) gives each
claim a score: its estimate of the chance that the claim should be refused. The insurer decides automatically when
the model is sure enough, and sends the claim to a person when the score falls inside an **uncertainty band**
around 0.5: from ``0.5 - band`` to ``0.5 + band`` (both excluded). ``band = 0`` decides everything automatically;
``band = 0.5`` sends everything to a person.

The risk tiers follow Regulation (EU) 2024/1689 (the AI Act), https://eur-lex.europa.eu/eli/reg/2024/1689/oj:
prohibited practices (Article 5), high-risk uses (Article 6 and Annex III), transparency duties (Article 50) and
minimal risk (everything else). The tier of each use case is stored as a digest (:func:`caire.core.checks.answer_digest`),
never in plain text. The model card follows Mitchell et al. (2019), "Model Cards for Model Reporting",
https://arxiv.org/abs/1810.03993, and describes the hiring model of module 09 (:func:`caire.modules.fairness.model.model_facts`).
"""

from __future__ import annotations

import html
import math
import time
from dataclasses import dataclass
from functools import cache

import numpy as np

from caire.core.checks import answer_digest
from caire.modules.errors_and_costs.model import LogisticRegression
from caire.core.i18n import check_language, get_language, t
from caire.core.outputs import show_figure
from caire.core.timing import record_training
from caire.core.validation import real_number

#: Fixed so that every learner, test and check sees the same claims, split and model.
SEED = 13
#: How many claims are generated, the share that should be refused, and how many are kept aside (unseen).
N_CLAIMS = 4_000
REFUSE_SHARE = 0.25
N_TEST = 2_000
#: The measurements of each claim, in order.
COLUMNS = ("amount_eur", "days_since_policy_start", "earlier_claims", "documents_complete", "days_to_report")
#: The band widths the plots and checks try: 0.00, 0.01, ..., 0.50.
BANDS = tuple(round(step / 100, 2) for step in range(51))
#: How often a person who really checks a claim gets it right (an assumption of the simulation, stated in the lesson).
REVIEWER_ACCURACY = 0.95

#: The four tiers of the AI Act, from the strictest.
TIERS = ("prohibited", "high_risk", "transparency", "minimal")
#: The use cases sorted in the lesson (practice) and in the assignment (graded).
PRACTICE_CASES = ("cv_ranking", "emotion_call_centre", "website_chatbot", "spam_filter", "credit_score",
                  "social_score", "deepfake_advert", "translation_tool")
GRADED_CASES = ("shift_allocation", "exam_grading", "union_inference", "spell_checker", "benefit_eligibility",
                "phone_assistant", "life_insurance_pricing", "face_scraping", "bakery_forecast", "emergency_triage")
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


# --- the claims and the model --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Claims:
    """Claims to learn from (``train``) and unseen claims (``test``): one row a claim, and 1 = should be refused."""

    X_train: np.ndarray
    y_train: np.ndarray
    X_test: np.ndarray
    y_test: np.ndarray


def _read_only(array: np.ndarray) -> np.ndarray:
    array.setflags(write=False)
    return array


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
    return Claims(*(_read_only(part) for part in (X[:learn], refuse[:learn], X[learn:], refuse[learn:])))


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
    model = LogisticRegression(log_scale=True)  # amounts, days and counts: on a log scale
    start = time.perf_counter()
    model.fit(claims.X_train, claims.y_train)
    seconds = record_training(time.perf_counter() - start)
    trained = ClaimsModel(model, seconds, _read_only(model.predict_proba(claims.X_test)), claims.y_test)
    _LATEST[:] = [trained]
    return trained


def claims_model() -> ClaimsModel:
    """The claims model trained last in this kernel, trained now if there is none yet."""
    return _LATEST[0] if _LATEST else train_claims_model()


def check_band(band: object, name: str = "band") -> float:
    """``band`` as a float between 0 and 0.5, or a TypeError/ValueError naming ``name``."""
    value = real_number(name, band)
    if not 0 <= value <= 0.5:
        raise ValueError(f"{name} must be between 0 and 0.5 (half the width of the uncertainty band); got {band!r}")
    return value


def check_share(value: object, name: str) -> float:
    """``value`` as a float between 0 and 1 (a share, not a percentage), or an error naming ``name``."""
    share = real_number(name, value)
    if not 0 <= share <= 1:
        raise ValueError(f"{name} must be a share between 0 and 1 (write 90% as 0.9); got {value!r}")
    return share


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
    return BandResult(round(band, 4), len(wrong), int(automatic.sum()), int((wrong & automatic).sum()),
                      int((~automatic).sum()), int((wrong & ~automatic).sum()))


def band_curve() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Automation rate and error rate of the automatic decisions at every band of :data:`BANDS`."""
    results = [band_result(band) for band in BANDS]
    return (np.array(BANDS), np.array([r.automation_rate for r in results]),
            np.array([r.error_rate for r in results]))


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
    follow_share = check_share(follow_share, "follow_share")
    reviewer_accuracy = check_share(reviewer_accuracy, "reviewer_accuracy")
    checked = (1 - follow_share) * found.to_person
    review_errors = follow_share * found.model_errors_sent + checked * (1 - reviewer_accuracy)
    return ReviewResult(found.band, follow_share, found.claims, float(found.automatic_errors), float(review_errors))


# --- plots and widgets -----------------------------------------------------------------------------------------


def percent(value: float, decimals: int = 1, language: str | None = None) -> str:
    """A share as a percentage written the learner's way (3.5% / 3,5 %); a dash when there is none (NaN)."""
    if isinstance(value, float) and math.isnan(value):
        return "—"
    text = f"{real_number('value', value):.{decimals}%}"
    if (language or get_language()) == "fr":
        text = text[:-1].replace(".", ",") + "\u202f%"
    return text


def decimal(value: float, digits: int = 2, language: str | None = None) -> str:
    """A number with ``digits`` decimals written the learner's way (0.25 / 0,25)."""
    text = f"{real_number('value', value):.{digits}f}"
    return text.replace(".", ",") if (language or get_language()) == "fr" else text


def count(value: int, language: str | None = None) -> str:
    """A whole number written the learner's way (2,000 / 2 000)."""
    text = f"{int(value):,}"
    return text.replace(",", "\u202f") if (language or get_language()) == "fr" else text


def describe_band(found: BandResult, language: str | None = None) -> str:
    """One band's result in plain words."""
    if not isinstance(found, BandResult):
        raise TypeError(f"found must be the BandResult of band_result(); got {type(found).__name__}")
    return t("m13.band.summary", language, low=decimal(0.5 - found.band, 2, language),
             high=decimal(0.5 + found.band, 2, language), claims=count(found.claims, language),
             automated=count(found.automated, language), rate=percent(found.automation_rate, language=language),
             errors=count(found.automatic_errors, language),
             error_rate=percent(found.error_rate, language=language), to_person=count(found.to_person, language))


def plot_band(band: float = 0.2, ax=None):
    """Left: the scores of the unseen claims with the band shaded. Right: automation rate and error rate vs band."""
    import matplotlib.pyplot as plt

    band = check_band(band)
    trained = claims_model()
    if ax is None:
        figure, ax = plt.subplots(1, 2, figsize=(12, 4))
    else:
        figure = ax[0].figure
    left, right = ax
    bins = np.linspace(0, 1, 41)
    for label, colour in ((0, "#1f77b4"), (1, "#d62728")):
        left.hist(trained.scores[trained.actual == label], bins=bins, alpha=0.6, color=colour,
                  label=t(f"m13.plot.label{label}"))
    left.axvspan(0.5 - band, 0.5 + band, color="#ffbf00", alpha=0.3, label=t("m13.plot.band"))
    left.axvline(0.5, color="black", linestyle="--", linewidth=1)
    left.set_xlabel(t("m13.plot.score"))
    left.set_ylabel(t("m13.plot.claims"))
    left.set_title(t("m13.plot.scores_title"))
    left.legend(fontsize="small")
    bands, automation, errors = band_curve()
    first = right.plot(bands, automation * 100, color="#2ca02c", label=t("m13.plot.automation"))
    twin = right.twinx()
    second = twin.plot(bands, errors * 100, color="#d62728", label=t("m13.plot.error"))
    right.axvline(band, color="black", linestyle="--", linewidth=1)
    right.set_xlabel(t("m13.plot.band_width"))
    right.set_ylabel("%", color="#2ca02c")
    twin.set_ylabel("%", color="#d62728")
    right.set_ylim(0, 102)
    twin.set_ylim(0, float(np.nanmax(errors)) * 100 * 1.3)
    right.set_title(t("m13.plot.curve_title"))
    right.legend(first + second, [line.get_label() for line in first + second], fontsize="small", loc="lower left")
    figure.tight_layout()
    return figure


def band_explorer(start: float = 0.2):
    """A slider for the band; the plots and the counts follow it."""
    import ipywidgets as widgets

    start = check_band(start, "start")
    slider = widgets.FloatSlider(value=start, min=0, max=0.5, step=0.01, readout_format=".2f",
                                 description=t("m13.widget.band"), continuous_update=False,
                                 style={"description_width": "initial"}, layout=widgets.Layout(width="70%"))
    text = widgets.HTML()
    plot = widgets.Output()

    def update(_change=None) -> None:
        text.value = f"<p>{html.escape(describe_band(band_result(slider.value)))}</p>"
        show_figure(plot, plot_band(slider.value))

    slider.observe(update, names="value")
    update()
    box = widgets.VBox([slider, text, plot])
    box.slider, box.text = slider, text
    return box


def plot_automation_bias(band: float = 0.2, reviewer_accuracy: float = REVIEWER_ACCURACY, ax=None):
    """Share of all claims decided wrongly, as the reviewer follows the model unchecked more and more often."""
    import matplotlib.pyplot as plt

    band = check_band(band)
    if ax is None:
        figure, ax = plt.subplots(figsize=(7.5, 3.6))
    else:
        figure = ax.figure
    shares = np.linspace(0, 1, 21)
    rates = [review_result(band, share, reviewer_accuracy).error_rate * 100 for share in shares]
    ax.plot(shares * 100, rates, color="#9467bd", marker="o", label=t("m13.plot.process_error"))
    alone = band_result(0).error_rate * 100
    ax.axhline(alone, color="#d62728", linestyle="--", label=t("m13.plot.model_alone"))
    ax.set_xlabel(t("m13.plot.follow_share"))
    ax.set_ylabel(t("m13.plot.process_error_axis"))
    ax.set_ylim(0, max(alone, max(rates)) * 1.25)
    ax.set_title(t("m13.plot.bias_title", band=decimal(band)))
    ax.legend(fontsize="small", loc="lower right")
    figure.tight_layout()
    return figure


def describe_review(found: ReviewResult, language: str | None = None) -> str:
    """The expected errors of the whole process in plain words."""
    if not isinstance(found, ReviewResult):
        raise TypeError(f"found must be the ReviewResult of review_result(); got {type(found).__name__}")
    return t("m13.review.summary", language, follow=percent(found.follow_share, 0, language),
             automatic=count(round(found.automatic_errors), language),
             review=count(round(found.review_errors), language), rate=percent(found.error_rate, language=language),
             claims=count(found.claims, language))


def bias_explorer(band: float = 0.2, start: float = 0.0):
    """A slider for how often the reviewer follows the model unchecked; the plot and the counts follow it."""
    import ipywidgets as widgets

    band = check_band(band)
    start = check_share(start, "start")
    slider = widgets.FloatSlider(value=start, min=0, max=1, step=0.05, readout_format=".0%",
                                 description=t("m13.widget.follow"), continuous_update=False,
                                 style={"description_width": "initial"}, layout=widgets.Layout(width="70%"))
    text = widgets.HTML()
    plot = widgets.Output()

    def update(_change=None) -> None:
        text.value = f"<p>{html.escape(describe_review(review_result(band, slider.value)))}</p>"
        figure = plot_automation_bias(band)
        figure.axes[0].axvline(slider.value * 100, color="black", linestyle=":")
        show_figure(plot, figure)

    slider.observe(update, names="value")
    update()
    box = widgets.VBox([slider, text, plot])
    box.slider, box.text = slider, text
    return box


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


def show_cases(cases: str = "graded") -> None:
    """Print the use cases of the lesson (``"practice"``) or of the assignment (``"graded"``), one a line."""
    if cases not in ("practice", "graded"):
        raise ValueError(f"cases must be 'practice' or 'graded'; got {cases!r}")
    for case in PRACTICE_CASES if cases == "practice" else GRADED_CASES:
        print(f"{case}: {case_label(case)}")


def tier_sorter(cases: tuple[str, ...] = PRACTICE_CASES):
    """A menu per use case to pick its tier, and a button that says which ones are right."""
    import ipywidgets as widgets

    cases = tuple(check_case(case, "cases") for case in cases)
    if not cases:
        raise ValueError("cases must name at least one use case")
    options = [(t("m13.widget.pick"), "")] + [(tier_label(tier), tier) for tier in TIERS]
    menus = {case: widgets.Dropdown(options=options, value="", layout=widgets.Layout(width="260px"))
             for case in cases}
    marks = {case: widgets.HTML() for case in cases}
    rows = [widgets.HBox([menus[case], marks[case], widgets.HTML(html.escape(case_label(case)))]) for case in cases]
    button = widgets.Button(description=t("m13.widget.check_tiers"), button_style="primary", icon="check")
    summary = widgets.HTML()

    def on_check(_click=None) -> None:
        right = 0
        for case in cases:
            picked = menus[case].value
            if not picked:
                marks[case].value = "<b>?</b>"
            elif is_tier(case, picked):
                marks[case].value = '<b style="color:#1b7f3b">✓</b>'
                right += 1
            else:
                marks[case].value = '<b style="color:#b3261e">✗</b>'
        summary.value = html.escape(t("m13.widget.tiers_right", right=right, total=len(cases)))

    button.on_click(on_check)
    box = widgets.VBox([*rows, button, summary])
    box.menus, box.summary, box.check = menus, summary, on_check
    return box


# --- the model card of module 09's hiring model ----------------------------------------------------------------

#: The sections of a model card, as Mitchell et al. (2019) list them.
CARD_SECTIONS = ("details", "intended_use", "factors", "metrics", "evaluation_data", "training_data",
                 "quantitative_analyses", "ethical_considerations", "caveats")


def hiring_facts(language: str | None = None) -> dict:
    """The facts of module 09's hiring model (:func:`caire.modules.fairness.model.model_facts`), as plain data."""
    from caire.modules.fairness.model import model_facts  # imported here: module 09 trains its model only when asked

    language = check_language(language or get_language())
    return model_facts(language)


def _group(group: str, language: str) -> str:
    key = f"m13.group.{group}"
    try:
        return t(key, language)
    except KeyError:
        return group


def selection_rates_text(language: str | None = None) -> str:
    """The model's selection rate in each group, one a line (as percentages)."""
    language = check_language(language or get_language())
    facts = hiring_facts(language)
    return "\n".join(t("m13.card.selection_line", language, group=_group(group, language), rate=percent(rate, 1, language))
                     for group, rate in facts["selection_rate"].items())


def model_card(notes: dict | None = None, show_gaps: bool = True, language: str | None = None) -> str:
    """The model card of module 09's hiring model, as HTML: one row a section (Mitchell et al., 2019).

    ``notes`` maps a section of :data:`CARD_SECTIONS` to your own text (what only the people who use the model
    can write: intended use, caveats...); ``show_gaps=False`` leaves the fairness gaps for you to compute.
    """
    language = check_language(language or get_language())
    notes = {} if notes is None else notes
    if not isinstance(notes, dict):
        raise TypeError(f"notes must be a dict from section to text; got {type(notes).__name__}")
    for section, text in notes.items():
        if section not in CARD_SECTIONS:
            raise ValueError(f"notes must use the sections {', '.join(CARD_SECTIONS)}; got {section!r}")
        if not isinstance(text, str):
            raise TypeError(f"notes[{section!r}] must be text; got {type(text).__name__}")
    if not isinstance(show_gaps, bool):
        raise TypeError(f"show_gaps must be True or False; got {show_gaps!r}")
    facts = hiring_facts(language)
    rates = "; ".join(f"{_group(group, language)} {percent(rate, 1, language)}" for group, rate in facts["selection_rate"].items())
    gaps = (t("m13.card.gaps", language, parity=decimal(facts["parity_gap"] * 100, 1, language),
              opportunity=decimal(facts["equal_opportunity_gap"] * 100, 1, language)) if show_gaps
            else t("m13.card.gaps_hidden", language))
    filled = {
        "details": t("m13.card.details", language, task=facts["task"]),
        "intended_use": "",
        "factors": t("m13.card.factors", language, groups=", ".join(_group(g, language) for g in facts["selection_rate"])),
        "metrics": t("m13.card.metrics", language),
        "evaluation_data": t("m13.card.evaluation", language, n_test=count(facts["n_test"], language)),
        "training_data": t("m13.card.training", language, data=facts["data"], n_train=count(facts["n_train"], language),
                           features=", ".join(facts["features"])),
        "quantitative_analyses": t("m13.card.quantitative", language, accuracy=percent(facts["accuracy"], 1, language),
                                   rates=rates, gaps=gaps),
        "ethical_considerations": t("m13.card.ethics", language, proxy=facts["proxy"]),
        "caveats": "",
    }
    rows = []
    for section in CARD_SECTIONS:
        text = html.escape(filled[section])
        mine = notes.get(section, "").strip()
        if mine:
            text = (text + "<br>" if text else "") + f"<i>{html.escape(mine)}</i>"
        elif not text:
            text = f'<span style="color:#888">{html.escape(t("m13.card.to_write", language))}</span>'
        rows.append(f'<tr><th style="text-align:left;vertical-align:top;padding-right:1em">'
                    f'{html.escape(t(f"m13.section.{section}", language))}</th>'
                    f'<td style="text-align:left">{text}</td></tr>')
    return f'<table class="caire-model-card">{"".join(rows)}</table>'


def show_model_card(notes: dict | None = None, show_gaps: bool = True) -> None:
    """Display the model card of module 09's hiring model."""
    from IPython.display import HTML, display

    display(HTML(model_card(notes, show_gaps)))


def model_card_editor():
    """Text boxes for the sections only the people who deploy the model can write, and the card they make."""
    import ipywidgets as widgets

    boxes = {section: widgets.Textarea(placeholder=t(f"m13.card.hint.{section}"),
                                       description=t(f"m13.section.{section}"),
                                       style={"description_width": "initial"},
                                       layout=widgets.Layout(width="95%", height="60px"))
             for section in ("intended_use", "caveats")}
    button = widgets.Button(description=t("m13.widget.update_card"), button_style="primary", icon="refresh")
    card = widgets.HTML()

    def on_update(_click=None) -> None:
        card.value = model_card({section: box.value for section, box in boxes.items()}, show_gaps=False)

    button.on_click(on_update)
    on_update()
    box = widgets.VBox([*boxes.values(), button, card])
    box.boxes, box.card, box.update = boxes, card, on_update
    return box


# --- a personal checklist --------------------------------------------------------------------------------------

#: The items of the personal checklist (texts in the locale as ``m13.checklist.<item>``).
CHECKLIST = ("allowed", "data", "check", "sources", "decide", "tell", "doubt", "report")


def personal_checklist():
    """Tick the habits you will keep when you use AI at work; the ticked ones are gathered below as your list."""
    import ipywidgets as widgets

    boxes = {item: widgets.Checkbox(description=t(f"m13.checklist.{item}"), value=False, indent=False,
                                    layout=widgets.Layout(width="95%")) for item in CHECKLIST}
    extra = widgets.Text(placeholder=t("m13.checklist.own_hint"), description=t("m13.checklist.own"),
                         style={"description_width": "initial"}, layout=widgets.Layout(width="95%"))
    mine = widgets.HTML()

    def update(_change=None) -> None:
        chosen = [t(f"m13.checklist.{item}") for item, box in boxes.items() if box.value]
        if extra.value.strip():
            chosen.append(extra.value.strip())
        if not chosen:
            mine.value = f"<p>{html.escape(t('m13.checklist.empty'))}</p>"
            return
        items = "".join(f"<li>{html.escape(text)}</li>" for text in chosen)
        mine.value = f"<p><b>{html.escape(t('m13.checklist.title'))}</b></p><ol>{items}</ol>"

    for box in boxes.values():
        box.observe(update, names="value")
    extra.observe(update, names="value")
    update()
    box = widgets.VBox([*boxes.values(), extra, mine])
    box.boxes, box.extra, box.mine = boxes, extra, mine
    return box


def band_table(step: float = 0.1, language: str | None = None) -> str:
    """Automation rate and error rate of the automatic decisions for bands 0, ``step``, 2 x ``step``... (text)."""
    step = real_number("step", step)
    if not 0.01 <= step <= 0.5 or not math.isclose(round(step * 100), step * 100, abs_tol=1e-9):
        raise ValueError(f"step must be a whole number of hundredths between 0.01 and 0.5, such as 0.1; got {step!r}")
    lines = [t("m13.table.header", language)]
    for band in np.arange(0, 0.5 + 1e-9, step):
        found = band_result(round(float(band), 2))
        lines.append(f"{decimal(found.band, 2, language):>5}   {percent(found.automation_rate, 1, language):>8}   "
                     f"{percent(found.error_rate, 1, language):>8}")
    return "\n".join(lines)
