"""Module 10's tables and widgets: the applicants, "what would change the decision", the reliability table, and
the explorers of partial dependence and calibration. Each widget validates what it is given and says in plain words
what it cannot use; every number is written the learner's way (:mod:`caire.core.numbers`).
"""

from __future__ import annotations

import html

from caire.core.explorer import View, explorer, slider
from caire.core.figures import TEXT_COLOURS
from caire.core.i18n import t
from caire.core.numbers import integer, number, percent
from caire.core.validation import whole_number
from caire.modules.explainability.data import (
    EXAMPLE_APPLICANT,
    FEATURES,
    RANGES,
    applicant,
    check_applicant,
    check_feature,
    feature_label,
    load_applicants,
)
from caire.modules.explainability.figures import plot_partial_dependence, plot_reliability
from caire.modules.explainability.model import (
    APPROVAL_THRESHOLD,
    KINDS,
    check_kind,
    counterfactuals,
    kind_name,
    probability,
    reliability,
    share_repaid_when_sure,
)


def applicants_table(rows: int = 8):
    """The first ``rows`` training applicants and whether they repaid, as an HTML table."""
    from IPython.display import HTML

    data = load_applicants()
    rows = whole_number("rows", rows, 1, len(data.y_train))
    head = "".join(f"<th>{html.escape(feature_label(name))}</th>" for name in FEATURES)
    head += f"<th>{html.escape(t('m10.repaid'))}</th>"
    body = "".join(
        "<tr>"
        + "".join(f"<td>{number(value)}</td>" for value in data.X_train[row])
        + f"<td>{t('m10.yes') if data.y_train[row] else t('m10.no')}</td></tr>"
        for row in range(rows)
    )
    return HTML(f'<table class="caire-applicants"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>')


def dependence_explorer(feature: str = "income", kind: str = "careful"):
    """Pick a fact in a list: its partial-dependence curve is drawn."""
    import ipywidgets as widgets

    pick = widgets.Dropdown(
        options=[(feature_label(name), name) for name in FEATURES],
        value=check_feature(feature),
        description=t("m10.widget.feature"),
        style={"description_width": "initial"},
        layout=widgets.Layout(width="60%"),
    )
    kind = check_kind(kind)
    return explorer([pick], lambda chosen: View(figure=plot_partial_dependence(chosen, kind)))


def _decision_html(values: dict, kind: str) -> str:
    chance = probability(values, kind)
    granted = chance >= APPROVAL_THRESHOLD
    colour = TEXT_COLOURS["right"] if granted else TEXT_COLOURS["wrong"]  # the word says it too
    word = t("m10.granted") if granted else t("m10.refused")
    return (
        f'<div class="caire-decision" style="border-left:6px solid {colour};padding:4px 8px;font-size:1.1em">'
        f"<b>{html.escape(word)}</b> — {html.escape(t('m10.widget.chance', chance=chance))}</div>"
    )


def counterfactual_html(values: dict, kind: str = "careful") -> str:
    """For each fact, the smallest change of that fact alone that flips the decision, as an HTML list."""
    values = check_applicant(values)
    changes = counterfactuals(values, kind)
    granted = probability(values, kind) >= APPROVAL_THRESHOLD
    lines = []
    for name in FEATURES:
        change = changes[name]
        if change is None:
            text = t("m10.widget.no_flip")
        else:
            text = t("m10.widget.flip", change=change, value=values[name] + change)
        lines.append(f"<li><b>{html.escape(feature_label(name))}</b>: {html.escape(text)}</li>")
    title = t("m10.widget.to_refuse" if granted else "m10.widget.to_grant")
    return f'<div class="caire-counterfactuals"><b>{html.escape(title)}</b><ul>{"".join(lines)}</ul></div>'


def what_if(number: int = EXAMPLE_APPLICANT, kind: str = "careful", show_changes: bool = True):
    """Sliders for one applicant's facts: the decision and its probability follow, and (unless
    ``show_changes=False``) the smallest change of each fact that would flip the decision is listed. The number box
    above the sliders loads another unseen applicant's facts."""
    import ipywidgets as widgets

    kind = check_kind(kind)
    if not isinstance(show_changes, bool):
        raise TypeError(f"show_changes must be True or False; got {show_changes!r}")
    start = applicant(number)
    style = {"description_width": "21em"}  # the longest label, "échéances impayées (2 dernières années)", whole
    pick = widgets.BoundedIntText(
        value=number,
        min=0,
        max=len(load_applicants().y_test) - 1,
        description=t("m10.widget.applicant"),
        style=style,
        layout=widgets.Layout(width="50%"),
    )
    sliders = []
    for name in FEATURES:
        low, high, step = RANGES[name]
        one = slider(start[name], low, high, step, feature_label(name), width="80%")
        one.style.description_width = style["description_width"]
        sliders.append(one)
    loading, shown = [], [View()]

    def update(*facts: float) -> View:
        if not loading:  # while another applicant's facts are loaded, slider by slider, keep the last view
            values = dict(zip(FEATURES, facts))
            changes = counterfactual_html(values, kind) if show_changes else ""
            shown[0] = View(_decision_html(values, kind) + changes)
        return shown[0]

    box = explorer(sliders, update, above=[pick])

    def load(_change=None) -> None:
        loading.append(True)
        try:
            for one, value in zip(sliders, applicant(pick.value).values()):
                one.value = value
        finally:
            loading.clear()
        box.refresh()

    pick.observe(load, names="value")
    return box


def reliability_table(kind: str = "careful", bins: int = 10):
    """The reliability table of one model as HTML: each bin, how many applicants, what the model said on average,
    and the share that really repaid."""
    from IPython.display import HTML

    rows = "".join(
        f"<tr><td>{percent(b.low)} – {percent(b.high)}</td><td>{integer(b.count)}</td><td>{percent(b.said, 1)}</td>"
        f"<td>{percent(b.observed, 1)}</td></tr>"
        for b in reliability(kind, bins)
    )
    head = "".join(
        f"<th>{html.escape(t(key))}</th>"
        for key in ("m10.table.bin", "m10.table.count", "m10.table.said", "m10.table.observed")
    )
    return HTML(
        f'<p><b>{html.escape(kind_name(kind))}</b></p><table class="caire-reliability"><thead><tr>{head}'
        f"</tr></thead><tbody>{rows}</tbody></table>"
    )


def calibration_explorer(bins: int = 10):
    """Choose how many bins the reliability diagram uses, and read what the "90% or more" cases really did."""
    import ipywidgets as widgets

    bins = whole_number("bins", bins, 2, 20)
    lines = []
    for kind in KINDS:
        count, share = share_repaid_when_sure(kind, 0.9)
        lines.append(t("m10.widget.sure", kind=kind_name(kind), count=count, share=share))
    summary = widgets.HTML("<br>".join(html.escape(line) for line in lines))
    control = slider(bins, 2, 20, 1, t("m10.widget.bins"), whole=True)
    return explorer([control], lambda count: View(figure=plot_reliability(KINDS, count)), below=[summary])
