"""Module 08's chart: the score the personal-data filter gives each unseen test sentence, and its threshold."""

from __future__ import annotations

import numpy as np

from caire.core.figures import COLOURS, new_axes
from caire.core.i18n import t
from caire.modules.critical_use.data import load_sentences
from caire.modules.critical_use.model import DEFAULT_THRESHOLD, check_threshold, train_filter

#: The palette's blue and vermillion, the blue and red the lesson names ("red dots on the left are misses"); each
#: row is also named on the y axis, so the colour never says it alone.
NOT_PERSONAL_COLOUR, PERSONAL_COLOUR = COLOURS["blue"], COLOURS["vermillion"]


def plot_filter_scores(threshold: float = DEFAULT_THRESHOLD, language: str | None = None, ax=None):
    """Each test sentence as a dot at the score the filter gives it, one row per true label; the threshold line."""
    threshold = check_threshold(threshold)
    model = train_filter(language)
    texts, labels = load_sentences("test", model.language)
    scores = np.array([model.score(text) for text in texts])
    figure, ax = new_axes(ax, size=(8, 3))
    for row, label, colour in ((0, 0, NOT_PERSONAL_COLOUR), (1, 1, PERSONAL_COLOUR)):
        chosen = scores[labels == label]
        ax.scatter(
            chosen,
            np.full(len(chosen), row) + np.linspace(-0.15, 0.15, len(chosen)),
            s=60,
            color=colour,
            edgecolor=COLOURS["black"],
            zorder=3,
        )
    ax.axvline(threshold, color=COLOURS["black"], linestyle="--", label=t("m08.plot.threshold", threshold=threshold))
    ax.axvspan(threshold, 1.02, color=PERSONAL_COLOUR, alpha=0.07)
    ax.set_yticks([0, 1], [t("m08.plot.not_personal"), t("m08.plot.personal")])
    ax.set_xlim(-0.02, 1.02)
    ax.set_ylim(-0.6, 1.6)
    ax.set_xlabel(t("m08.plot.score"))
    ax.set_title(t("m08.plot.title"))
    ax.legend(loc="upper left", fontsize="small")
    return figure
