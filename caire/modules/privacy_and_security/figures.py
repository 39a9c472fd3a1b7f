"""Module 11's charts: the membership attack, the privacy noise, label flips, adversarial digits.

Each chart returns the matplotlib Figure it drew on, and checks what it is given (a TypeError/ValueError naming the
bad argument).
"""

from __future__ import annotations

import numpy as np

from caire.core.figures import COLOURS, TEXT_COLOURS, new_axes
from caire.core.i18n import t
from caire.core.numbers import number
from caire.core.validation import number_between
from caire.modules.privacy_and_security.model import (
    FLIP_SHARES,
    LESSON_DIGIT,
    MAX_FLIP_SHARE,
    MAX_STEP,
    POISONINGS,
    adversarial,
    check_epsilon,
    member_confidences,
    poisoned,
    privacy_tradeoff,
)

#: The colours of the patients the model trained on and of the others (Okabe-Ito, see caire.core.figures).
MEMBER_COLOUR = COLOURS["vermillion"]
OTHER_COLOUR = COLOURS["blue"]
ACCURACY_COLOUR = COLOURS["green"]
ATTACK_COLOUR = COLOURS["purple"]
#: The size of the one-panel charts, in inches.
SIZE = (6.5, 3.6)


def plot_confidences(threshold: float | None = 0.8, epsilon: float | None = None):
    """How confident the model is in the true outcome: its 150 training patients against 150 it never saw."""
    threshold = None if threshold is None else number_between("threshold", threshold, 0, 1)
    members, others = member_confidences(check_epsilon(epsilon))
    figure, axes = new_axes(size=SIZE)
    bins = np.linspace(0, 1, 21)
    axes.hist(others, bins=bins, alpha=0.6, color=OTHER_COLOUR, label=t("m11.plot.others", count=len(others)))
    axes.hist(members, bins=bins, alpha=0.6, color=MEMBER_COLOUR, label=t("m11.plot.members", count=len(members)))
    if threshold is not None:
        axes.axvline(threshold, color="black", linestyle="--", label=t("m11.plot.threshold", threshold=threshold))
    axes.set_xlabel(t("m11.plot.confidence"))
    axes.set_ylabel(t("m11.plot.patients"))
    axes.set_xlim(0, 1)
    axes.legend(loc="upper left", fontsize="small")
    return figure


def plot_privacy_tradeoff(epsilon: float | None = None):
    """Accuracy on unseen patients and the attack's best success, for each epsilon (log scale)."""
    epsilon = check_epsilon(epsilon)
    rows = privacy_tradeoff()
    xs = [row[0] for row in rows]
    figure, axes = new_axes(size=SIZE)
    axes.plot(xs, [row[1] for row in rows], "o-", color=ACCURACY_COLOUR, label=t("m11.plot.accuracy"))
    axes.plot(xs, [row[2] for row in rows], "s-", color=ATTACK_COLOUR, label=t("m11.plot.attack"))
    axes.axhline(0.5, color=COLOURS["grey"], linestyle=":", label=t("m11.plot.chance"))
    if epsilon is not None:
        axes.axvline(epsilon, color="black", linestyle="--", label=t("m11.plot.epsilon", epsilon=epsilon))
    axes.set_xscale("log")
    ticks = [0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50]
    axes.set_xticks(ticks, [number(tick) for tick in ticks])
    axes.minorticks_off()
    axes.set_xlabel(t("m11.plot.epsilon_axis"))
    axes.set_ylabel(t("m11.plot.share"))
    axes.set_ylim(0.45, 0.8)
    axes.legend(loc="lower right", fontsize="small")
    return figure


def plot_poisoning(flip_share: float | None = None):
    """Accuracy on unseen patients, and the share of readmitted patients found, as more labels are flipped."""
    flip_share = None if flip_share is None else number_between("flip_share", flip_share, 0, MAX_FLIP_SHARE)
    figure, axes = new_axes(size=SIZE)
    shares = [100 * share for share in FLIP_SHARES]
    styles = {"random": ("o", ACCURACY_COLOUR, MEMBER_COLOUR), "targeted": ("s", OTHER_COLOUR, ATTACK_COLOUR)}
    for poisoning in POISONINGS:
        marker, accuracy_colour, recall_colour = styles[poisoning]
        models = [poisoned(share, poisoning) for share in FLIP_SHARES]
        axes.plot(
            shares,
            [m.test_accuracy for m in models],
            marker + "-",
            color=accuracy_colour,
            label=t(f"m11.plot.accuracy_{poisoning}"),
        )
        axes.plot(
            shares,
            [m.test_recall for m in models],
            marker + "--",
            color=recall_colour,
            label=t(f"m11.plot.recall_{poisoning}"),
        )
    if flip_share is not None:
        axes.axvline(100 * flip_share, color="black", linestyle=":")
    axes.set_xlabel(t("m11.plot.flipped"))
    axes.set_ylabel(t("m11.plot.share"))
    axes.set_ylim(0, 1)
    axes.legend(loc="lower left", fontsize="x-small")
    return figure


def plot_adversarial(index: int = LESSON_DIGIT, step: float = 0.1):
    """The unseen image, the change (purple: more ink, orange: less, as in module 05) and the changed image, with
    what the model reads."""
    found = adversarial(index, step)
    figure, panels = new_axes(size=(7.5, 2.9), columns=3)
    panels[0].imshow(found.original, cmap="gray_r", vmin=0, vmax=1)
    panels[0].set_title(t("m11.plot.original", digit=found.read_original), fontsize="small")
    panels[1].imshow(found.altered - found.original, cmap="PuOr", vmin=-MAX_STEP, vmax=MAX_STEP)
    panels[1].set_title(t("m11.plot.change", step=found.step), fontsize="small")
    panels[2].imshow(found.altered, cmap="gray_r", vmin=0, vmax=1)
    key = "m11.plot.altered_fooled" if found.fooled else "m11.plot.altered"
    panels[2].set_title(
        t(key, digit=found.read_altered),
        fontsize="small",
        color=TEXT_COLOURS["wrong"] if found.fooled else COLOURS["black"],
    )
    for panel in panels:
        panel.set_xticks([])
        panel.set_yticks([])
    return figure
