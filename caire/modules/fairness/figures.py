"""Module 09's charts: the past decisions, the models with and without the group column and its proxy, the scores
of each group with its threshold, and both fairness gaps for every threshold.

Each chart returns the matplotlib Figure it drew on, with tick labels written the learner's way.
"""

from __future__ import annotations

import numpy as np

from caire.core.figures import COLOURS, new_axes, percent_axis
from caire.core.i18n import t
from caire.core.numbers import percent
from caire.modules.fairness.data import (
    FEATURE_SETS,
    GROUPS,
    applications,
    check_features,
    group_name,
    past_selection_rate,
)
from caire.modules.fairness.model import DEFAULT_THRESHOLD, check_threshold, measure, trained

#: Each group's colour (Okabe-Ito, readable with the common colour-vision deficiencies).
GROUP_COLOUR = {"women": COLOURS["vermillion"], "men": COLOURS["blue"]}


def _bars(ax, values: dict[str, float], title: str) -> None:
    names = [group_name(group) for group in GROUPS]
    shares = [values[group] for group in GROUPS]
    bars = ax.bar(names, shares, color=[GROUP_COLOUR[group] for group in GROUPS])
    for bar, share in zip(bars, shares):
        ax.annotate(percent(share), (bar.get_x() + bar.get_width() / 2, share), ha="center", va="bottom")
    ax.set_ylim(0, 1)
    ax.set_title(title, fontsize=10)
    percent_axis(ax.yaxis)


def plot_past_data():
    """Two bar charts: the share of each group hired in the past, and the share with a career gap."""
    data = applications()
    gap = data.column("career_gap") == 1
    figure, axes = new_axes(size=(8, 3.4), columns=2)
    _bars(axes[0], past_selection_rate(), t("m09.plot.past_hired"))
    with_gap = {"women": float(gap[data.woman].mean()), "men": float(gap[~data.woman].mean())}
    _bars(axes[1], with_gap, t("m09.plot.with_gap"))
    return figure


def plot_feature_sets():
    """The selection rate of each group for the three models (with, without the group column, without the proxy)."""
    figure, ax = new_axes(size=(8, 3.6))
    width = 0.38
    positions = np.arange(len(FEATURE_SETS))
    for shift, group in zip((-width / 2, width / 2), GROUPS):
        shares = [measure(features=features).selection_rate[group] for features in FEATURE_SETS]
        bars = ax.bar(positions + shift, shares, width, color=GROUP_COLOUR[group], label=group_name(group))
        for bar, share in zip(bars, shares):
            ax.annotate(
                percent(share), (bar.get_x() + bar.get_width() / 2, share), ha="center", va="bottom", fontsize=9
            )
    ax.set_xticks(positions, [t(f"m09.features.{features}") for features in FEATURE_SETS], fontsize=9)
    ax.set_ylim(0, 0.5)
    ax.set_ylabel(t("m09.plot.selection_rate"))
    percent_axis(ax.yaxis)
    ax.legend(frameon=False)
    return figure


def plot_scores(
    threshold_women: float = DEFAULT_THRESHOLD,
    threshold_men: float = DEFAULT_THRESHOLD,
    features: str = "without_group",
):
    """The scores the model gives the unseen women and men, each group with its threshold (dashed line)."""
    threshold_women = check_threshold(threshold_women, "threshold_women")
    threshold_men = check_threshold(threshold_men, "threshold_men")
    model = trained(check_features(features))
    figure, ax = new_axes(size=(7, 3.6))
    bins = np.linspace(0, 1, 26)
    for group, members, threshold in (("women", model.woman, threshold_women), ("men", ~model.woman, threshold_men)):
        ax.hist(
            model.scores[members],
            bins=bins,
            histtype="step",
            linewidth=2,
            color=GROUP_COLOUR[group],
            label=group_name(group),
        )
        ax.axvline(threshold, color=GROUP_COLOUR[group], linestyle="--")
    ax.set_xlabel(t("m09.plot.score"))
    ax.set_ylabel(t("m09.plot.applicants"))
    ax.legend(frameon=False)
    return figure


def plot_gaps(threshold_men: float = 0.6):
    """Parity gap, equal-opportunity gap and accuracy for every threshold for women, the men's one fixed."""
    threshold_men = check_threshold(threshold_men, "threshold_men")
    thresholds = np.round(np.arange(0.1, 0.71, 0.01), 2)
    found = [measure(float(threshold), threshold_men) for threshold in thresholds]
    parity = [item.parity_gap for item in found]
    opportunity = [item.equal_opportunity_gap for item in found]
    figure, ax = new_axes(size=(7.5, 3.8))
    ax.plot(thresholds, parity, color=COLOURS["purple"], linewidth=2, label=t("m09.plot.parity_gap"))
    ax.plot(
        thresholds,
        opportunity,
        color=COLOURS["green"],
        linewidth=2,
        linestyle="--",
        label=t("m09.plot.opportunity_gap"),
    )
    ax.plot(
        thresholds,
        [item.accuracy for item in found],
        color=COLOURS["dark_grey"],
        linewidth=1.5,
        linestyle=":",
        label=t("m09.plot.accuracy"),
    )
    for values, colour in ((parity, COLOURS["purple"]), (opportunity, COLOURS["green"])):
        best = int(np.argmin(values))
        ax.plot(thresholds[best], values[best], "o", color=colour)
    ax.set_xlabel(t("m09.plot.threshold_women", men=threshold_men))
    ax.set_ylim(0, 1)
    percent_axis(ax.yaxis)
    ax.legend(frameon=False, loc="center right")
    return figure
