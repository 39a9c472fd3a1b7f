"""Module 13's views and explorers: the band's and the review's results in words, the explorers of the band and of
automation bias, the tier sorter, the model card of module 09's hiring model (Mitchell et al. 2019, "Model Cards
for Model Reporting", https://arxiv.org/abs/1810.03993) and its editor, and a personal checklist."""

from __future__ import annotations

import html
import math

import numpy as np

from caire.core.explorer import View, explorer, slider
from caire.core.figures import COLOURS, TEXT_COLOURS
from caire.core.i18n import check_language, get_language, t
from caire.core.numbers import decimal, percent
from caire.core.validation import real_number, share
from caire.modules.oversight_and_regulation.data import (
    GRADED_CASES,
    PRACTICE_CASES,
    TIERS,
    case_label,
    check_case,
    hiring_facts,
    is_tier,
    tier_label,
)
from caire.modules.oversight_and_regulation.figures import plot_automation_bias, plot_band
from caire.modules.oversight_and_regulation.model import (
    BandResult,
    ReviewResult,
    band_result,
    check_band,
    review_result,
)

# --- the uncertainty band and automation bias ------------------------------------------------------------------


def describe_band(found: BandResult, language: str | None = None) -> str:
    """One band's result in plain words."""
    if not isinstance(found, BandResult):
        raise TypeError(f"found must be the BandResult of band_result(); got {type(found).__name__}")
    return t(
        "m13.band.summary",
        language,
        low=0.5 - found.band,
        high=0.5 + found.band,
        claims=found.claims,
        automated=found.automated,
        rate=found.automation_rate,
        errors=found.automatic_errors,
        error_rate=found.error_rate,
        to_person=found.to_person,
    )


def band_table(step: float = 0.1, language: str | None = None) -> str:
    """Automation rate and error rate of the automatic decisions for bands 0, ``step``, 2 x ``step``... (text)."""
    step = real_number("step", step)
    if not 0.01 <= step <= 0.5 or not math.isclose(round(step * 100), step * 100, abs_tol=1e-9):
        raise ValueError(f"step must be a whole number of hundredths between 0.01 and 0.5, such as 0.1; got {step!r}")
    lines = [t("m13.table.header", language)]
    for band in np.arange(0, 0.5 + 1e-9, step):
        found = band_result(round(float(band), 2))
        lines.append(
            f"{decimal(found.band, 2, language):>5}   {percent(found.automation_rate, 1, language):>8}   "
            f"{percent(found.error_rate, 1, language):>8}"
        )
    return "\n".join(lines)


def band_explorer(start: float = 0.2):
    """A slider for the band; the plots and the counts follow it."""
    control = slider(check_band(start, "start"), 0, 0.5, 0.01, t("m13.widget.band"), width="70%")

    def update(band: float) -> View:
        return View(f"<p>{html.escape(describe_band(band_result(band)))}</p>", plot_band(band))

    box = explorer([control], update)
    box.slider, box.text = control, box.summary
    return box


def describe_review(found: ReviewResult, language: str | None = None) -> str:
    """The expected errors of the whole process in plain words."""
    if not isinstance(found, ReviewResult):
        raise TypeError(f"found must be the ReviewResult of review_result(); got {type(found).__name__}")
    return t(
        "m13.review.summary",
        language,
        follow=found.follow_share,
        automatic=round(found.automatic_errors),
        review=round(found.review_errors),
        rate=found.error_rate,
        claims=found.claims,
    )


def bias_explorer(band: float = 0.2, start: float = 0.0):
    """A slider for how often the reviewer follows the model unchecked; the plot and the counts follow it."""
    import ipywidgets as widgets

    band = check_band(band)
    control = widgets.FloatSlider(
        value=share("start", start),
        min=0,
        max=1,
        step=0.05,
        readout_format=".0%",
        description=t("m13.widget.follow"),
        continuous_update=False,
        style={"description_width": "initial"},
        layout=widgets.Layout(width="70%"),
    )

    def update(follow: float) -> View:
        figure = plot_automation_bias(band)
        figure.axes[0].axvline(follow * 100, color=COLOURS["black"], linestyle=":")
        return View(f"<p>{html.escape(describe_review(review_result(band, follow)))}</p>", figure)

    box = explorer([control], update)
    box.slider, box.text = control, box.summary
    return box


# --- the risk tiers of the AI Act ------------------------------------------------------------------------------


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
    # The use case is the menu's own label, so that a screen reader names each menu by its case.
    menus = {
        case: widgets.Dropdown(
            options=options,
            value="",
            description=case_label(case),
            style={"description_width": "initial"},
            layout=widgets.Layout(width="auto"),
        )
        for case in cases
    }
    marks = {case: widgets.HTML() for case in cases}
    rows = [widgets.HBox([menus[case], marks[case]]) for case in cases]
    button = widgets.Button(description=t("m13.widget.check_tiers"), button_style="primary", icon="check")
    summary = widgets.HTML()

    def on_check(_click=None) -> None:
        right = 0
        for case in cases:
            picked = menus[case].value
            if not picked:
                marks[case].value = "<b>?</b>"
            elif is_tier(case, picked):
                marks[case].value = f'<b style="color:{TEXT_COLOURS["right"]}">✓</b>'
                right += 1
            else:
                marks[case].value = f'<b style="color:{TEXT_COLOURS["wrong"]}">✗</b>'
        summary.value = html.escape(t("m13.widget.tiers_right", right=right, total=len(cases)))

    button.on_click(on_check)
    box = widgets.VBox([*rows, button, summary])
    box.menus, box.summary, box.check = menus, summary, on_check
    return box


# --- the model card of module 09's hiring model ----------------------------------------------------------------

#: The sections of a model card, as Mitchell et al. (2019) list them.
CARD_SECTIONS = (
    "details",
    "intended_use",
    "factors",
    "metrics",
    "evaluation_data",
    "training_data",
    "quantitative_analyses",
    "ethical_considerations",
    "caveats",
)


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
    return "\n".join(
        t("m13.card.selection_line", language, group=_group(group, language), rate=rate)
        for group, rate in facts["selection_rate"].items()
    )


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
    rates = "; ".join(
        f"{_group(group, language)} {percent(rate, 1, language)}" for group, rate in facts["selection_rate"].items()
    )
    gaps = (
        t(
            "m13.card.gaps",
            language,
            parity=facts["parity_gap"] * 100,
            opportunity=facts["equal_opportunity_gap"] * 100,
        )
        if show_gaps
        else t("m13.card.gaps_hidden", language)
    )
    groups = ", ".join(_group(group, language) for group in facts["selection_rate"])
    filled = {
        "details": t("m13.card.details", language, task=facts["task"]),
        "intended_use": "",
        "factors": t("m13.card.factors", language, groups=groups),
        "metrics": t("m13.card.metrics", language),
        "evaluation_data": t("m13.card.evaluation", language, n_test=facts["n_test"]),
        "training_data": t(
            "m13.card.training",
            language,
            data=facts["data"],
            n_train=facts["n_train"],
            features=", ".join(facts["features"]),
        ),
        "quantitative_analyses": t(
            "m13.card.quantitative", language, accuracy=facts["accuracy"], rates=rates, gaps=gaps
        ),
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
            text = f'<span style="color:{TEXT_COLOURS["muted"]}">{html.escape(t("m13.card.to_write", language))}</span>'
        rows.append(
            f'<tr><th style="text-align:left;vertical-align:top;padding-right:1em">'
            f"{html.escape(t(f'm13.section.{section}', language))}</th>"
            f'<td style="text-align:left">{text}</td></tr>'
        )
    return f'<table class="caire-model-card">{"".join(rows)}</table>'


def show_model_card(notes: dict | None = None, show_gaps: bool = True) -> None:
    """Display the model card of module 09's hiring model."""
    from IPython.display import HTML, display

    display(HTML(model_card(notes, show_gaps)))


def model_card_editor():
    """Text boxes for the sections only the people who deploy the model can write, and the card they make."""
    import ipywidgets as widgets

    boxes = {
        section: widgets.Textarea(
            placeholder=t(f"m13.card.hint.{section}"),
            description=t(f"m13.section.{section}"),
            style={"description_width": "initial"},
            layout=widgets.Layout(width="95%", height="60px"),
        )
        for section in ("intended_use", "caveats")
    }
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

    boxes = {
        item: widgets.Checkbox(
            description=t(f"m13.checklist.{item}"), value=False, indent=False, layout=widgets.Layout(width="95%")
        )
        for item in CHECKLIST
    }
    extra = widgets.Text(
        placeholder=t("m13.checklist.own_hint"),
        description=t("m13.checklist.own"),
        style={"description_width": "initial"},
        layout=widgets.Layout(width="95%"),
    )
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
