"""Module 10's charts and widgets: permutation importance, partial dependence, "what would change the decision",
and reliability diagrams. Each chart returns the matplotlib Figure it drew on; each widget validates what it is
given and says in plain words what it cannot use.
"""

from __future__ import annotations

import html

import numpy as np

from caire.modules.explainability.model import (
    APPROVAL_THRESHOLD, EXAMPLE_APPLICANT, FEATURES, KINDS, RANGES, applicant, check_applicant, check_feature,
    check_kind, counterfactuals, feature_label, load_applicants, partial_dependence, permutation_importance,
    probability, reliability, share_repaid_when_sure, trained,
)
from caire.core.i18n import t
from caire.core.outputs import show_figure
from caire.core.validation import whole_number

#: Okabe-Ito colours, readable with the common colour-vision deficiencies.
MAIN_COLOUR = "#0072B2"
SECOND_COLOUR = "#D55E00"
GREY = "#999999"


def _new_axes(ax, size=(6.5, 3.8)):
    import matplotlib.pyplot as plt

    if ax is not None:
        return ax.figure, ax
    return plt.subplots(figsize=size, layout="constrained")


def kind_name(kind: str) -> str:
    """The learner-facing name of one of the two models."""
    return t(f"m10.kind.{check_kind(kind)}")


def plot_importance(kind: str = "careful", ax=None):
    """Bar chart: how many points of accuracy are lost when each fact is shuffled."""
    drops = permutation_importance(kind)
    order = sorted(FEATURES, key=lambda name: drops[name])
    figure, ax = _new_axes(ax)
    points = [100 * drops[name] for name in order]
    bars = ax.barh([feature_label(name) for name in order], points, color=MAIN_COLOUR)
    for bar, value in zip(bars, points):
        ax.text(max(value, 0) + 0.2, bar.get_y() + bar.get_height() / 2, f"{value:.1f}", va="center", fontsize=9)
    ax.axvline(0, color="black", linewidth=0.8)
    ax.set_xlim(min(0, min(points)) - 0.5, max(points) * 1.2 + 1)
    ax.set_xlabel(t("m10.plot.importance_axis"))
    ax.set_title(t("m10.plot.importance_title", accuracy=trained(kind).test_accuracy), fontsize=10)
    return figure


def plot_partial_dependence(feature: str = "income", kind: str = "careful", ax=None):
    """The average probability of repaying as one fact changes (thick), over the curves of 30 single applicants."""
    found = partial_dependence(check_feature(feature), kind)
    figure, ax = _new_axes(ax)
    for curve in found.individuals:
        ax.plot(found.values, curve, color=GREY, linewidth=0.6, alpha=0.5)
    ax.plot([], [], color=GREY, linewidth=0.8, label=t("m10.plot.one_applicant"))
    ax.plot(found.values, found.average, color=MAIN_COLOUR, linewidth=3, label=t("m10.plot.average"))
    ax.axhline(APPROVAL_THRESHOLD, color=SECOND_COLOUR, linestyle="--", linewidth=1, label=t("m10.plot.threshold"))
    ax.set_ylim(0, 1)
    ax.set_xlabel(feature_label(feature))
    ax.set_ylabel(t("m10.plot.probability"))
    ax.set_title(t("m10.plot.dependence_title", feature=feature_label(feature)), fontsize=10)
    ax.legend(fontsize=8, loc="best")
    return figure


def plot_reliability(kinds: tuple[str, ...] = KINDS, bins: int = 10, ax=None):
    """Reliability diagram: in each bin of predicted probability, the share that really repaid. On the diagonal, a
    model whose "80%" means 80%."""
    if isinstance(kinds, str):
        kinds = (kinds,)
    kinds = tuple(check_kind(kind) for kind in kinds)
    bins = whole_number("bins", bins, 2, 20)
    figure, ax = _new_axes(ax, size=(5.5, 4.5))
    ax.plot([0, 1], [0, 1], color="black", linestyle=":", linewidth=1, label=t("m10.plot.perfect"))
    for kind, colour, marker in zip(kinds, (MAIN_COLOUR, SECOND_COLOUR), ("o", "s")):
        table = reliability(kind, bins)
        ax.plot([b.said for b in table], [b.observed for b in table], marker=marker, color=colour,
                label=kind_name(kind))
        for b in table:
            ax.annotate(str(b.count), (b.said, b.observed), textcoords="offset points", xytext=(4, -10),
                        fontsize=7, color=colour)
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.set_xlabel(t("m10.plot.said"))
    ax.set_ylabel(t("m10.plot.observed"))
    ax.set_title(t("m10.plot.reliability_title"), fontsize=10)
    ax.legend(fontsize=8, loc="upper left")
    return figure


# --- widgets ---------------------------------------------------------------------------------------------------


def dependence_explorer(feature: str = "income", kind: str = "careful"):
    """Pick a fact in a list: its partial-dependence curve is drawn."""
    import ipywidgets as widgets

    pick = widgets.Dropdown(options=[(feature_label(name), name) for name in FEATURES], value=check_feature(feature),
                            description=t("m10.widget.feature"), style={"description_width": "initial"},
                            layout=widgets.Layout(width="60%"))
    kind = check_kind(kind)
    chart = widgets.Output()

    def update(_change=None) -> None:
        show_figure(chart, plot_partial_dependence(pick.value, kind))

    pick.observe(update, names="value")
    update()
    return widgets.VBox([pick, chart])


def _decision_html(values: dict, kind: str) -> str:
    chance = probability(values, kind)
    granted = chance >= APPROVAL_THRESHOLD
    colour = "#1b7f3b" if granted else "#b3261e"
    word = t("m10.granted") if granted else t("m10.refused")
    return (f'<div class="caire-decision" style="border-left:6px solid {colour};padding:4px 8px;font-size:1.1em">'
            f"<b>{html.escape(word)}</b> — {html.escape(t('m10.widget.chance', chance=chance))}</div>")


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
            text = t("m10.widget.flip", change=f"{change:+g}", value=f"{values[name] + change:g}")
        lines.append(f"<li><b>{html.escape(feature_label(name))}</b>: {html.escape(text)}</li>")
    title = t("m10.widget.to_refuse" if granted else "m10.widget.to_grant")
    return f'<div class="caire-counterfactuals"><b>{html.escape(title)}</b><ul>{"".join(lines)}</ul></div>'


def what_if(number: int = EXAMPLE_APPLICANT, kind: str = "careful", show_changes: bool = True):
    """Sliders for one applicant's facts: the decision and its probability follow, and (unless
    ``show_changes=False``) the smallest change of each fact that would flip the decision is listed."""
    import ipywidgets as widgets

    kind = check_kind(kind)
    if not isinstance(show_changes, bool):
        raise TypeError(f"show_changes must be True or False; got {show_changes!r}")
    start = applicant(number)
    style = {"description_width": "14em"}
    pick = widgets.BoundedIntText(value=number, min=0, max=len(load_applicants().y_test) - 1,
                                  description=t("m10.widget.applicant"), style=style,
                                  layout=widgets.Layout(width="50%"))
    sliders = {}
    for name in FEATURES:
        low, high, step = RANGES[name]
        sliders[name] = widgets.FloatSlider(value=start[name], min=low, max=high, step=step,
                                            readout_format=".1f" if step < 1 else ".0f",
                                            description=feature_label(name), continuous_update=False, style=style,
                                            layout=widgets.Layout(width="80%"))
    decision = widgets.HTML()
    changes = widgets.HTML()
    quiet = []

    def update(_change=None) -> None:
        if quiet:
            return
        values = {name: slider.value for name, slider in sliders.items()}
        decision.value = _decision_html(values, kind)
        if show_changes:
            changes.value = counterfactual_html(values, kind)

    def load(_change=None) -> None:
        quiet.append(True)
        for name, value in applicant(pick.value).items():
            sliders[name].value = value
        quiet.clear()
        update()

    for slider in sliders.values():
        slider.observe(update, names="value")
    pick.observe(load, names="value")
    update()
    return widgets.VBox([pick, *sliders.values(), decision, changes])


def reliability_table(kind: str = "careful", bins: int = 10):
    """The reliability table of one model as HTML: each bin, how many applicants, what the model said on average,
    and the share that really repaid."""
    from IPython.display import HTML

    rows = "".join(f"<tr><td>{b.low:.0%} – {b.high:.0%}</td><td>{b.count}</td><td>{b.said:.1%}</td>"
                   f"<td>{b.observed:.1%}</td></tr>" for b in reliability(kind, bins))
    head = "".join(f"<th>{html.escape(t(key))}</th>" for key in
                   ("m10.table.bin", "m10.table.count", "m10.table.said", "m10.table.observed"))
    return HTML(f'<p><b>{html.escape(kind_name(kind))}</b></p><table class="caire-reliability"><thead><tr>{head}'
                f"</tr></thead><tbody>{rows}</tbody></table>")


def calibration_explorer(bins: int = 10):
    """Choose how many bins the reliability diagram uses, and read what the "90% or more" cases really did."""
    import ipywidgets as widgets

    bins = whole_number("bins", bins, 2, 20)
    slider = widgets.IntSlider(value=bins, min=2, max=20, step=1, description=t("m10.widget.bins"),
                               continuous_update=False, style={"description_width": "initial"},
                               layout=widgets.Layout(width="60%"))
    chart = widgets.Output()
    summary = widgets.HTML()

    def update(_change=None) -> None:
        show_figure(chart, plot_reliability(KINDS, slider.value))

    lines = []
    for kind in KINDS:
        count, share = share_repaid_when_sure(kind, 0.9)
        lines.append(t("m10.widget.sure", kind=kind_name(kind), count=count,
                       share="–" if np.isnan(share) else f"{share:.0%}"))
    summary.value = "<br>".join(html.escape(line) for line in lines)
    slider.observe(update, names="value")
    update()
    return widgets.VBox([slider, chart, summary])
