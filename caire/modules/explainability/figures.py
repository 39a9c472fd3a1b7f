"""Module 10's charts: permutation importance, partial dependence and reliability diagrams. Each returns the
matplotlib Figure it drew on, its tick labels written the learner's way."""

from __future__ import annotations

from caire.core.figures import COLOURS, new_axes
from caire.core.i18n import t
from caire.core.numbers import decimal, integer
from caire.core.validation import whole_number
from caire.modules.explainability.data import FEATURES, check_feature, feature_label
from caire.modules.explainability.model import (
    APPROVAL_THRESHOLD,
    KINDS,
    check_kind,
    kind_name,
    partial_dependence,
    permutation_importance,
    reliability,
    trained,
)

#: Okabe-Ito colours, readable with the common colour-vision deficiencies.
MAIN_COLOUR = COLOURS["blue"]
SECOND_COLOUR = COLOURS["vermillion"]
GREY = COLOURS["grey"]


def plot_importance(kind: str = "careful", ax=None):
    """Bar chart: how many points of accuracy are lost when each fact is shuffled."""
    drops = permutation_importance(kind)
    order = sorted(FEATURES, key=lambda name: drops[name])
    figure, ax = new_axes(ax, size=(6.5, 3.8))
    points = [100 * drops[name] for name in order]
    bars = ax.barh([feature_label(name) for name in order], points, color=MAIN_COLOUR)
    for bar, value in zip(bars, points):
        ax.text(max(value, 0) + 0.2, bar.get_y() + bar.get_height() / 2, decimal(value, 1), va="center", fontsize=9)
    ax.axvline(0, color="black", linewidth=0.8)
    ax.set_xlim(min(0, min(points)) - 0.5, max(points) * 1.2 + 1)
    ax.set_xlabel(t("m10.plot.importance_axis"))
    ax.set_title(t("m10.plot.importance_title", accuracy=trained(kind).test_accuracy), fontsize=10)
    return figure


def plot_partial_dependence(feature: str = "income", kind: str = "careful", ax=None):
    """The average probability of repaying as one fact changes (thick), over the curves of 30 single applicants.

    The single applicants' curves are one collection of lines, not 30 plotted lines: the figure's text alternative
    and data table (caire.core.figures) then describe the average, which the chart is about."""
    from matplotlib.collections import LineCollection

    found = partial_dependence(check_feature(feature), kind)
    figure, ax = new_axes(ax, size=(6.5, 3.8))
    singles = LineCollection(
        [list(zip(found.values, curve)) for curve in found.individuals],
        colors=GREY,
        linewidths=0.6,
        alpha=0.5,
        label=t("m10.plot.one_applicant"),
    )
    ax.add_collection(singles)
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
    figure, ax = new_axes(ax, size=(5.5, 4.5))
    ax.plot([0, 1], [0, 1], color="black", linestyle=":", linewidth=1, label=t("m10.plot.perfect"))
    for kind, colour, marker in zip(kinds, (MAIN_COLOUR, SECOND_COLOUR), ("o", "s")):
        table = reliability(kind, bins)
        ax.plot(
            [b.said for b in table], [b.observed for b in table], marker=marker, color=colour, label=kind_name(kind)
        )
        for b in table:
            ax.annotate(
                integer(b.count),
                (b.said, b.observed),
                textcoords="offset points",
                xytext=(4, -10),
                fontsize=7,
                color=colour,
            )
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.set_xlabel(t("m10.plot.said"))
    ax.set_ylabel(t("m10.plot.observed"))
    ax.set_title(t("m10.plot.reliability_title"), fontsize=10)
    ax.legend(fontsize=8, loc="upper left")
    return figure
