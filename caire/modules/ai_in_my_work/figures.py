"""Module 17's figures: the course's labels by profession, and the toy's agreement with them by neighbours."""

from __future__ import annotations

from caire.core.figures import COLOURS, new_axes, percent_axis
from caire.core.i18n import t
from caire.core.validation import whole_number
from caire.modules.ai_in_my_work.data import LABELS, PROFESSIONS
from caire.modules.ai_in_my_work.model import MOST_NEIGHBOURS, ToyRater, agreement_by_neighbours, profession_shares

LABEL_COLOURS = {"automation": COLOURS["vermillion"], "augmentation": COLOURS["blue"], "low": COLOURS["grey"]}
LABEL_HATCHES = {"automation": "//", "augmentation": "", "low": ".."}


def plot_profession_shares(ax=None):
    """One bar per profession: the share of its tasks the course labelled automation, augmentation, low."""
    figure, ax = new_axes(ax, size=(7, 3.6))
    shares = profession_shares()
    names = list(PROFESSIONS)[::-1]
    labels = [t(f"m17.profession.{name}") for name in names]
    left = [0.0] * len(names)
    for label in LABELS:
        values = [shares[name][label] for name in names]
        ax.barh(
            labels,
            values,
            left=left,
            color=LABEL_COLOURS[label],
            hatch=LABEL_HATCHES[label],
            edgecolor="white",
            label=t(f"m17.label.{label}"),
        )
        left = [a + b for a, b in zip(left, values, strict=True)]
    ax.set_xlim(0, 1)
    percent_axis(ax.xaxis)
    ax.set_xlabel(t("m17.plot.shares.x"))
    ax.set_title(t("m17.plot.shares.title"))
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.18), ncol=3)
    return figure


def plot_agreement(rater: ToyRater, neighbours: int = 10, ax=None):
    """The toy's agreement with the course's labels on left-out tasks, for 1 to 15 neighbours, and chance."""
    if not isinstance(rater, ToyRater):
        raise TypeError(f"rater must be the toy that train_rater() returns; got {type(rater).__name__}")
    neighbours = whole_number("neighbours", neighbours, 1, MOST_NEIGHBOURS)
    found = agreement_by_neighbours(rater)
    chance = max((rater.labels == index).mean() for index in range(len(LABELS)))
    figure, ax = new_axes(ax, size=(6, 3.4))
    ax.plot(list(found), list(found.values()), marker="o", color=COLOURS["blue"], label=t("m17.plot.agreement.toy"))
    ax.axhline(chance, color=COLOURS["grey"], linestyle="--", label=t("m17.plot.agreement.chance"))
    ax.plot([neighbours], [found[neighbours]], marker="o", markersize=12, color=COLOURS["vermillion"], linestyle="")
    ax.set_ylim(0, 1)
    percent_axis(ax.yaxis)
    ax.set_xlabel(t("m17.plot.agreement.x"))
    ax.set_ylabel(t("m17.plot.agreement.y"))
    ax.set_title(t("m17.plot.agreement.title", agreement=found[neighbours], neighbours=neighbours))
    ax.legend(loc="lower right")
    return figure
