"""Module 15's figure: the share of hidden instructions the toy assistant followed, with and without defences."""

from __future__ import annotations

from caire.core.figures import COLOURS, new_axes, percent_axis
from caire.core.i18n import t
from caire.modules.assistants_and_security.model import SETTINGS, Rates

GOAL_COLOURS = {"leak": COLOURS["vermillion"], "say": COLOURS["blue"]}
GOAL_HATCHES = {"leak": "//", "say": ""}


def plot_rates(rates: dict[str, Rates], ax=None):
    """One bar per setting of defences: the share of the hidden instructions followed, split into client files
    leaked and answers changed."""
    if not isinstance(rates, dict) or not rates or not all(isinstance(r, Rates) for r in rates.values()):
        raise TypeError("rates must be the dict that all_rates() returns")
    unknown = [name for name in rates if name not in SETTINGS]
    if unknown:
        raise ValueError(f"rates must be keyed by settings among {', '.join(SETTINGS)}; got {unknown[0]!r}")
    figure, ax = new_axes(ax, size=(7, 3.6))
    names = list(rates)[::-1]
    labels = [t(f"m15.setting.{name}") for name in names]
    left = [0.0] * len(names)
    for goal in ("leak", "say"):
        values = [rates[name].by_goal[goal] for name in names]
        ax.barh(
            labels,
            values,
            left=left,
            color=GOAL_COLOURS[goal],
            hatch=GOAL_HATCHES[goal],
            edgecolor="white",
            label=t(f"m15.goal.{goal}"),
        )
        left = [a + b for a, b in zip(left, values, strict=True)]
    ax.set_xlim(0, 1)
    percent_axis(ax.xaxis)
    ax.set_xlabel(t("m15.plot.x"))
    ax.set_title(t("m15.plot.title", emails=next(iter(rates.values())).emails))
    ax.legend(loc="lower right")
    return figure
