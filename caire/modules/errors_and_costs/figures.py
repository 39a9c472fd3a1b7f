"""Module 03's charts and widgets: the confusion matrix, the scores, the cost of each threshold, base rates.

Each chart returns the matplotlib Figure it drew on. Each widget validates what it is given and, when a learner
types something it cannot use (a negative cost, say), says so in plain words instead of drawing.
"""

from __future__ import annotations

import math
import textwrap

import numpy as np

from caire.modules.errors_and_costs.model import (
    DEFAULT_COSTS, SCENARIOS, Outcomes, check_cost, check_scenario, check_share, check_threshold, cheapest_threshold,
    cost_curve, describe, expected_precision, format_number, format_share, outcomes, rule_of_thumb_threshold,
    scenario_name, screening, trained,
)
from caire.core.i18n import t
from caire.core.outputs import clear, show_figure

#: Okabe-Ito colours, readable with the common colour-vision deficiencies.
POSITIVE_COLOUR = "#D55E00"  # malignant, fraud, fault
NEGATIVE_COLOUR = "#0072B2"  # benign, honest, no fault
RIGHT_COLOUR = "#009E73"
ERROR_COLOUR = "#E69F00"
#: How many people the screening explorer follows (whole numbers are easier to think with than shares).
SCREENED = 10_000


def _words(scenario: str, key: str) -> str:
    return t(f"m03.{scenario}.{key}")


def _new_axes(ax, size=(5.5, 4)):
    import matplotlib.pyplot as plt

    if ax is not None:
        return ax.figure, ax
    return plt.subplots(figsize=size, layout="constrained")


def plot_confusion(scenario: str = "health", threshold: float = 0.5, *, found: Outcomes | None = None,
                   title: str | None = None, ax=None):
    """The confusion matrix in plain words: what is really the case (rows) against what the model says (columns).

    By default the counts are the model's on the unseen cases at ``threshold``; pass ``found`` (from
    :func:`~caire.modules.errors_and_costs.model.outcomes` or :func:`~caire.modules.errors_and_costs.model.always_no`) to draw other counts.
    """
    scenario = check_scenario(scenario)
    if found is None:
        threshold = check_threshold(threshold)
        found = outcomes(scenario, threshold)
        title = t("m03.plot.confusion_title", threshold=threshold) if title is None else title
    elif not isinstance(found, Outcomes):
        raise TypeError(f"found must be the Outcomes of outcomes() or always_no(); got {type(found).__name__}")
    if title is not None and not isinstance(title, str):
        raise TypeError(f"title must be text; got {type(title).__name__}")
    figure, ax = _new_axes(ax)
    cells = [
        (0, 0, found.true_positives, "tp", RIGHT_COLOUR), (0, 1, found.false_negatives, "fn", ERROR_COLOUR),
        (1, 0, found.false_positives, "fp", ERROR_COLOUR), (1, 1, found.true_negatives, "tn", RIGHT_COLOUR),
    ]
    for row, column, count, kind, colour in cells:
        ax.add_patch(_rectangle(column, row, colour))
        words = textwrap.fill(_words(scenario, kind), 22)
        ax.text(column + 0.5, row + 0.5, f"{format_number(count)}\n{words}\n({t(f'm03.term.{kind}')})",
                ha="center", va="center", fontsize=9)
    ax.set_xlim(0, 2)
    ax.set_ylim(2, 0)
    ax.set_xticks([0.5, 1.5], [textwrap.fill(_words(scenario, key), 30) for key in ("flag", "pass")], fontsize=8)
    ax.set_yticks([0.5, 1.5], [textwrap.fill(_words(scenario, key), 24) for key in ("really_pos", "really_neg")],
                  fontsize=8, rotation=90, va="center", ha="center")
    ax.xaxis.tick_top()
    ax.tick_params(length=0)
    for side in ax.spines.values():
        side.set_visible(False)
    if title:
        ax.set_title(title, fontsize=9)
    return figure


def _rectangle(x: float, y: float, colour: str):
    from matplotlib.patches import Rectangle

    return Rectangle((x + 0.02, y + 0.02), 0.96, 0.96, facecolor=colour, alpha=0.3, edgecolor="none")


def _draw_scores(axes, scenario: str, threshold: float) -> None:
    model = trained(scenario)
    bins = np.linspace(0, 1, 21)
    for ax, value, colour, key in ((axes[0], 1, POSITIVE_COLOUR, "really_pos"),
                                   (axes[1], 0, NEGATIVE_COLOUR, "really_neg")):
        scores = model.scores[model.actual == value]
        ax.hist(scores, bins=bins, color=colour, alpha=0.8,
                label=f"{_words(scenario, key)} ({format_number(len(scores))})")
        ax.axvspan(threshold, 1, color="grey", alpha=0.15,
                   label=t("m03.plot.flagged_zone", count=format_number(int((scores >= threshold).sum()))))
        ax.axvline(threshold, color="black", linestyle="--")
        ax.set_ylabel(t("m03.plot.count", cases=_words(scenario, "cases")), fontsize=8)
        ax.set_xlim(0, 1)
        ax.legend(fontsize=8, loc="upper center")
    axes[1].set_xlabel(t("m03.plot.score"), fontsize=8)
    axes[0].set_title(t("m03.plot.scores_title", threshold=threshold), fontsize=9)


def plot_scores(scenario: str = "health", threshold: float = 0.5):
    """The model's score for each unseen case: really positive above, really negative below, the threshold dashed."""
    import matplotlib.pyplot as plt

    scenario = check_scenario(scenario)
    threshold = check_threshold(threshold)
    figure, axes = plt.subplots(2, 1, figsize=(6.5, 4.2), sharex=True, layout="constrained")
    _draw_scores(axes, scenario, threshold)
    return figure


def plot_threshold(scenario: str = "health", threshold: float = 0.5):
    """The scores and the confusion matrix side by side, for one threshold (what the threshold explorer shows)."""
    import matplotlib.pyplot as plt

    scenario = check_scenario(scenario)
    threshold = check_threshold(threshold)
    figure = plt.figure(figsize=(11, 4.2), layout="constrained")
    left, right = figure.subfigures(1, 2, width_ratios=[1.2, 1])
    _draw_scores(left.subplots(2, 1, sharex=True), scenario, threshold)
    plot_confusion(scenario, threshold, ax=right.subplots())
    return figure


def plot_cost_curve(scenario: str, cost_missed: float, cost_false_alarm: float, threshold: float | None = None,
                    show_cheapest: bool = True, ax=None):
    """Total cost of the errors on the unseen cases at every threshold; the cheapest one marked if asked."""
    from matplotlib.ticker import FuncFormatter

    scenario = check_scenario(scenario)
    cost_missed = check_cost(cost_missed, "cost_missed")
    cost_false_alarm = check_cost(cost_false_alarm, "cost_false_alarm")
    threshold = None if threshold is None else check_threshold(threshold)
    if not isinstance(show_cheapest, bool):
        raise TypeError(f"show_cheapest must be True or False; got {show_cheapest!r}")
    thresholds, costs = cost_curve(scenario, cost_missed, cost_false_alarm)
    figure, ax = _new_axes(ax, size=(7, 3.5))
    ax.plot(thresholds, costs, color="black", linewidth=1.5)
    if show_cheapest:
        best = int(np.argmin(costs))
        ax.plot([thresholds[best]], [costs[best]], "o", color=RIGHT_COLOUR, markersize=9,
                label=t("m03.plot.cheapest", threshold=thresholds[best]))
    if threshold is not None:
        ax.axvline(threshold, color=ERROR_COLOUR, linestyle="--", label=t("m03.plot.your_threshold"))
    unit = _words(scenario, "unit")
    ax.set_xlabel(t("m03.plot.threshold"))
    ax.set_ylabel(t("m03.plot.total_cost", unit=unit))
    ax.set_xlim(0, 1)
    # Flagging (almost) everything costs so much that it would flatten the rest of the curve: cut it off.
    ax.set_ylim(0, max(1.3 * float(costs[thresholds >= 0.05].max()), 1.0))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda value, _position: format_number(value)))
    ax.set_title(t("m03.plot.cost_title", missed=_words(scenario, "cost_missed"),
                   cost_missed=format_number(cost_missed),
                   false_alarm=_words(scenario, "cost_false_alarm"),
                   cost_false_alarm=format_number(cost_false_alarm), unit=unit), fontsize=9)
    if show_cheapest or threshold is not None:
        ax.legend(fontsize=8)
    return figure


def plot_base_rate(recall: float = 0.9, false_alarm_rate: float = 0.09, base_rate: float | None = None, ax=None):
    """Precision (share of flagged cases really positive) against how common positives are, for one test."""
    from matplotlib.ticker import PercentFormatter

    recall = check_share(recall, "recall")
    false_alarm_rate = check_share(false_alarm_rate, "false_alarm_rate")
    base_rate = None if base_rate is None else check_share(base_rate, "base_rate")
    rates = np.geomspace(0.001, 0.5, 200)
    precisions = [expected_precision(rate, recall, false_alarm_rate) for rate in rates]
    figure, ax = _new_axes(ax, size=(7, 3.5))
    ax.plot(rates, precisions, color="black")
    if base_rate is not None and base_rate > 0:
        precision = expected_precision(base_rate, recall, false_alarm_rate)
        if not math.isnan(precision):
            ax.plot([base_rate], [precision], "o", color=POSITIVE_COLOUR, markersize=9,
                    label=t("m03.plot.base_rate_point", base_rate=format_share(base_rate),
                            precision=format_share(precision, decimals=0)))
            ax.legend(fontsize=8, loc="lower right")
    ax.set_xscale("log")
    ax.xaxis.set_major_formatter(PercentFormatter(xmax=1, decimals=1))
    ax.yaxis.set_major_formatter(PercentFormatter(xmax=1, decimals=0))
    ax.set_ylim(0, 1.02)
    ax.set_xlabel(t("m03.plot.base_rate"))
    ax.set_ylabel(t("m03.plot.precision"), fontsize=8)
    ax.set_title(t("m03.plot.base_rate_title", recall=format_share(recall, decimals=0),
                   false_alarm_rate=format_share(false_alarm_rate)), fontsize=9)
    return figure


# --- widgets -------------------------------------------------------------------------------------------------


def _threshold_slider(value: float, description: str | None = None):
    import ipywidgets as widgets

    return widgets.FloatSlider(value=value, min=0, max=1, step=0.01, readout_format=".2f",
                               description=description or t("m03.widget.threshold"), continuous_update=False,
                               style={"description_width": "initial"}, layout=widgets.Layout(width="60%"))


def threshold_explorer(scenario: str = "health", threshold: float = 0.5, shares: bool = True):
    """A threshold slider; the scores, the confusion matrix and (unless ``shares=False``) precision and recall
    follow it."""
    import ipywidgets as widgets

    scenario = check_scenario(scenario)
    if not isinstance(shares, bool):
        raise TypeError(f"shares must be True or False; got {shares!r}")
    slider = _threshold_slider(check_threshold(threshold))
    summary = widgets.HTML()
    chart = widgets.Output()

    def update(_change=None) -> None:
        found = outcomes(scenario, slider.value)
        summary.value = "<br>".join(describe(found, scenario, shares=shares).splitlines())
        show_figure(chart, plot_threshold(scenario, slider.value))

    slider.observe(update, names="value")
    update()
    return widgets.VBox([slider, summary, chart])


def cost_explorer(scenario: str = "health", show_cheapest: bool = True, threshold: float = 0.5):
    """Pick a profession, say what each error costs, move the threshold: the total cost and its curve follow.

    With ``show_cheapest=False`` the cheapest threshold is neither marked nor named (the app asks for it).
    """
    import ipywidgets as widgets

    scenario = check_scenario(scenario)
    if not isinstance(show_cheapest, bool):
        raise TypeError(f"show_cheapest must be True or False; got {show_cheapest!r}")
    style = {"description_width": "initial"}
    pick = widgets.Dropdown(options=[(scenario_name(name), name) for name in SCENARIOS], value=scenario,
                            description=t("m03.widget.scenario"), style=style, layout=widgets.Layout(width="60%"))
    missed = widgets.FloatText(style=style, layout=widgets.Layout(width="60%"))
    false_alarm = widgets.FloatText(style=style, layout=widgets.Layout(width="60%"))
    slider = _threshold_slider(check_threshold(threshold))
    summary = widgets.HTML()
    chart = widgets.Output()
    quiet = []  # set while the scenario change rewrites the costs, so the chart is drawn once

    def set_scenario(name: str) -> None:
        quiet.append(True)
        unit = _words(name, "unit")
        missed.description = f"{_words(name, 'cost_missed')} ({unit})"
        false_alarm.description = f"{_words(name, 'cost_false_alarm')} ({unit})"
        missed.value, false_alarm.value = DEFAULT_COSTS[name]
        quiet.clear()

    def update(_change=None) -> None:
        if quiet:
            return
        name = pick.value
        problem = _cost_problem(missed.value, false_alarm.value, name)
        if problem:
            summary.value = f'<span style="color:#b3261e">{problem}</span>'
            clear(chart)
            return
        unit = _words(name, "unit")
        found = outcomes(name, slider.value)
        total = found.cost(missed.value, false_alarm.value)
        text = t("m03.widget.cost_summary", threshold=slider.value, missed=found.false_negatives,
                 missed_words=_words(name, "fn"), cost_missed=format_number(missed.value),
                 false_alarms=found.false_positives, false_alarm_words=_words(name, "fp"),
                 cost_false_alarm=format_number(false_alarm.value), total=format_number(total), unit=unit)
        if show_cheapest:
            best = cheapest_threshold(name, missed.value, false_alarm.value)
            text += "<br>" + t("m03.widget.cheapest", threshold=best, unit=unit,
                               total=format_number(outcomes(name, best).cost(missed.value, false_alarm.value)),
                               rule=rule_of_thumb_threshold(missed.value, false_alarm.value))
        summary.value = text
        show_figure(chart, plot_cost_curve(name, missed.value, false_alarm.value, slider.value, show_cheapest))

    def change_scenario(change) -> None:
        set_scenario(change["new"])
        update()

    set_scenario(scenario)
    pick.observe(change_scenario, names="value")
    for control in (missed, false_alarm, slider):
        control.observe(update, names="value")
    update()
    return widgets.VBox([pick, missed, false_alarm, slider, summary, chart])


def _cost_problem(cost_missed: object, cost_false_alarm: object, scenario: str) -> str | None:
    """What is wrong with two typed costs, in plain words, or None."""
    for value, key in ((cost_missed, "cost_missed"), (cost_false_alarm, "cost_false_alarm")):
        if value is None or not isinstance(value, (int, float)) or not math.isfinite(value):
            return t("m03.widget.cost_not_a_number", what=_words(scenario, key))
        if value < 0:
            return t("m03.widget.cost_negative", what=_words(scenario, key))
    if cost_missed == 0 and cost_false_alarm == 0:
        return t("m03.widget.cost_both_zero")
    return None


def screening_explorer(base_rate: float = 0.01, recall: float = 0.9, false_alarm_rate: float = 0.09):
    """Three sliders (how common the disease is, how much the test finds, how often it raises a false alarm):
    what happens to 10,000 people, and the share of the people flagged who are really ill."""
    import ipywidgets as widgets

    style = {"description_width": "initial"}
    layout = widgets.Layout(width="60%")
    rate = widgets.FloatLogSlider(value=check_share(base_rate, "base_rate"), base=10, min=-3, max=-0.3, step=0.05,
                                  readout_format=".1%", description=t("m03.widget.base_rate"),
                                  continuous_update=False, style=style, layout=layout)
    found = widgets.FloatSlider(value=check_share(recall, "recall"), min=0, max=1, step=0.01, readout_format=".0%",
                                description=t("m03.widget.recall"), continuous_update=False, style=style,
                                layout=layout)
    alarms = widgets.FloatSlider(value=check_share(false_alarm_rate, "false_alarm_rate"), min=0, max=0.5,
                                 step=0.005, readout_format=".1%", description=t("m03.widget.false_alarm_rate"),
                                 continuous_update=False, style=style, layout=layout)
    summary = widgets.HTML()
    chart = widgets.Output()

    def update(_change=None) -> None:
        people = screening(rate.value, found.value, alarms.value, people=SCREENED)
        summary.value = t("m03.widget.screening", people=format_number(people.people), sick=people.sick,
                          found=people.found, healthy=format_number(people.people - people.sick),
                          false_alarms=people.false_alarms, flagged=people.flagged,
                          precision=format_share(people.precision, decimals=0))
        show_figure(chart, plot_base_rate(found.value, alarms.value, rate.value))

    for control in (rate, found, alarms):
        control.observe(update, names="value")
    update()
    return widgets.VBox([rate, found, alarms, summary, chart])

