"""Module 03's charts: the confusion matrix, the scores, the cost of each threshold, base rates.

Each returns the matplotlib Figure it drew on.
"""

from __future__ import annotations

import math
import textwrap

import numpy as np

from caire.core.figures import COLOURS, localise, new_axes, percent_axis, set_description
from caire.core.i18n import t
from caire.core.numbers import axis_formatter, integer, number
from caire.core.validation import share
from caire.modules.errors_and_costs.data import check_scenario
from caire.modules.errors_and_costs.model import (
    Outcomes,
    check_cost,
    check_threshold,
    cost_curve,
    expected_precision,
    outcomes,
    trained,
)

#: Okabe-Ito colours, readable with the common colour-vision deficiencies.
POSITIVE_COLOUR = COLOURS["vermillion"]  # malignant, fraud, fault
NEGATIVE_COLOUR = COLOURS["blue"]  # benign, honest, no fault
RIGHT_COLOUR = COLOURS["green"]
ERROR_COLOUR = COLOURS["orange"]


def words(scenario: str, key: str) -> str:
    """A scenario's word for ``key`` in the learner's language ("tumours missed", "frauds stopped"...)."""
    return t(f"m03.{scenario}.{key}")


def plot_confusion(
    scenario: str = "health",
    threshold: float = 0.5,
    *,
    found: Outcomes | None = None,
    title: str | None = None,
    ax=None,
):
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
    own_figure = ax is None
    figure, ax = new_axes(ax, size=(5.5, 4))
    cells = [
        (0, 0, found.true_positives, "tp", RIGHT_COLOUR),
        (0, 1, found.false_negatives, "fn", ERROR_COLOUR),
        (1, 0, found.false_positives, "fp", ERROR_COLOUR),
        (1, 1, found.true_negatives, "tn", RIGHT_COLOUR),
    ]
    for row, column, count, kind, colour in cells:
        ax.add_patch(_rectangle(column, row, colour))
        said = textwrap.fill(words(scenario, kind), 22)
        ax.text(
            column + 0.5,
            row + 0.5,
            f"{integer(count)}\n{said}\n({t(f'm03.term.{kind}')})",
            ha="center",
            va="center",
            fontsize=9,
        )
    ax.set_xlim(0, 2)
    ax.set_ylim(2, 0)
    ax.set_xticks([0.5, 1.5], [textwrap.fill(words(scenario, key), 30) for key in ("flag", "pass")], fontsize=8)
    ax.set_yticks(
        [0.5, 1.5],
        [textwrap.fill(words(scenario, key), 24) for key in ("really_pos", "really_neg")],
        fontsize=8,
        rotation=90,
        va="center",
        ha="center",
    )
    ax.xaxis.tick_top()
    ax.tick_params(length=0)
    for side in ax.spines.values():
        side.set_visible(False)
    if title:
        ax.set_title(title, fontsize=9)
    if own_figure:  # its counts are written in the boxes, which the computed text alternative cannot read
        boxes = [
            t("m03.plot.confusion_box", what=words(scenario, kind), term=t(f"m03.term.{kind}"), count=integer(count))
            for _, _, count, kind, _ in cells
        ]
        said = t("m03.plot.confusion_alt", boxes=t("m03.plot.confusion_and").join(boxes))
        set_description(figure, f"{title.rstrip('.')}. {said}" if title else said)
    return figure


def _rectangle(x: float, y: float, colour: str):
    from matplotlib.patches import Rectangle

    return Rectangle((x + 0.02, y + 0.02), 0.96, 0.96, facecolor=colour, alpha=0.3, edgecolor="none")


def _draw_scores(axes, scenario: str, threshold: float) -> None:
    model = trained(scenario)
    bins = np.linspace(0, 1, 21)
    for ax, value, colour, key in (
        (axes[0], 1, POSITIVE_COLOUR, "really_pos"),
        (axes[1], 0, NEGATIVE_COLOUR, "really_neg"),
    ):
        scores = model.scores[model.actual == value]
        ax.hist(scores, bins=bins, color=colour, alpha=0.8, label=f"{words(scenario, key)} ({integer(len(scores))})")
        ax.axvspan(
            threshold,
            1,
            color=COLOURS["grey"],
            alpha=0.15,
            label=t("m03.plot.flagged_zone", count=int((scores >= threshold).sum())),
        )
        ax.axvline(threshold, color=COLOURS["black"], linestyle="--")
        ax.set_ylabel(t("m03.plot.count", cases=words(scenario, "cases")), fontsize=8)
        ax.set_xlim(0, 1)
        ax.legend(fontsize=8, loc="upper center")
    axes[1].set_xlabel(t("m03.plot.score"), fontsize=8)
    axes[0].set_title(t("m03.plot.scores_title", threshold=threshold), fontsize=9)


def plot_scores(scenario: str = "health", threshold: float = 0.5):
    """The model's score for each unseen case: really positive above, really negative below, the threshold dashed."""
    scenario = check_scenario(scenario)
    threshold = check_threshold(threshold)
    figure, axes = new_axes(size=(6.5, 4.2), rows=2, sharex=True)
    _draw_scores(axes, scenario, threshold)
    return figure


def plot_threshold(scenario: str = "health", threshold: float = 0.5):
    """The scores and the confusion matrix side by side, for one threshold (what the threshold explorer shows)."""
    import matplotlib.pyplot as plt

    scenario = check_scenario(scenario)
    threshold = check_threshold(threshold)
    figure = plt.figure(figsize=(11, 4.2), layout="constrained")
    left, right = figure.subfigures(1, 2, width_ratios=[1.2, 1])
    scores = left.subplots(2, 1, sharex=True)
    for ax in scores:
        localise(ax)
    _draw_scores(scores, scenario, threshold)
    plot_confusion(scenario, threshold, ax=right.subplots())
    return figure


def plot_cost_curve(
    scenario: str,
    cost_missed: float,
    cost_false_alarm: float,
    threshold: float | None = None,
    show_cheapest: bool = True,
    ax=None,
):
    """Total cost of the errors on the unseen cases at every threshold; the cheapest one marked if asked."""
    scenario = check_scenario(scenario)
    cost_missed = check_cost(cost_missed, "cost_missed")
    cost_false_alarm = check_cost(cost_false_alarm, "cost_false_alarm")
    threshold = None if threshold is None else check_threshold(threshold)
    if not isinstance(show_cheapest, bool):
        raise TypeError(f"show_cheapest must be True or False; got {show_cheapest!r}")
    thresholds, costs = cost_curve(scenario, cost_missed, cost_false_alarm)
    figure, ax = new_axes(ax, size=(7, 3.5))
    ax.plot(thresholds, costs, color=COLOURS["black"], linewidth=1.5)
    if show_cheapest:
        best = int(np.argmin(costs))
        ax.plot(
            [thresholds[best]],
            [costs[best]],
            "o",
            color=RIGHT_COLOUR,
            markersize=9,
            label=t("m03.plot.cheapest", threshold=thresholds[best]),
        )
    if threshold is not None:
        ax.axvline(threshold, color=ERROR_COLOUR, linestyle="--", label=t("m03.plot.your_threshold"))
    unit = words(scenario, "unit")
    ax.set_xlabel(t("m03.plot.threshold"))
    ax.set_ylabel(t("m03.plot.total_cost", unit=unit))
    ax.set_xlim(0, 1)
    # Flagging (almost) everything costs so much that it would flatten the rest of the curve: cut it off.
    ax.set_ylim(0, max(1.3 * float(costs[thresholds >= 0.05].max()), 1.0))
    ax.yaxis.set_major_formatter(axis_formatter("number"))
    ax.set_title(
        t(
            "m03.plot.cost_title",
            missed=words(scenario, "cost_missed"),
            cost_missed=number(cost_missed, 2),
            false_alarm=words(scenario, "cost_false_alarm"),
            cost_false_alarm=number(cost_false_alarm, 2),
            unit=unit,
        ),
        fontsize=9,
    )
    if show_cheapest or threshold is not None:
        ax.legend(fontsize=8)
    return figure


def plot_base_rate(recall: float = 0.9, false_alarm_rate: float = 0.09, base_rate: float | None = None, ax=None):
    """Precision (share of flagged cases really positive) against how common positives are, for one test."""
    recall = share("recall", recall)
    false_alarm_rate = share("false_alarm_rate", false_alarm_rate)
    base_rate = None if base_rate is None else share("base_rate", base_rate)
    rates = np.geomspace(0.001, 0.5, 200)
    precisions = [expected_precision(rate, recall, false_alarm_rate) for rate in rates]
    figure, ax = new_axes(ax, size=(7, 3.5))
    ax.plot(rates, precisions, color=COLOURS["black"])
    if base_rate is not None and base_rate > 0:
        precision = expected_precision(base_rate, recall, false_alarm_rate)
        if not math.isnan(precision):
            ax.plot(
                [base_rate],
                [precision],
                "o",
                color=POSITIVE_COLOUR,
                markersize=9,
                label=t("m03.plot.base_rate_point", base_rate=base_rate, precision=precision),
            )
            ax.legend(fontsize=8, loc="lower right")
    ax.set_xscale("log")
    percent_axis(ax.xaxis, 1)
    percent_axis(ax.yaxis)
    ax.set_ylim(0, 1.02)
    ax.set_xlabel(t("m03.plot.base_rate"))
    ax.set_ylabel(t("m03.plot.precision"), fontsize=8)
    ax.set_title(t("m03.plot.base_rate_title", recall=recall, false_alarm_rate=false_alarm_rate), fontsize=9)
    return figure
