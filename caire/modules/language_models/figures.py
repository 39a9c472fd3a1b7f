"""Module 06's charts: the next character's probabilities, the neural model's loss, our model against large ones.

Each ``plot_*`` returns the matplotlib Figure it drew on (on ``ax`` when one is given).
"""

from __future__ import annotations

import numpy as np

from caire.core.figures import BACKGROUNDS, COLOURS, new_axes
from caire.core.i18n import t
from caire.core.validation import whole_number
from caire.modules.language_models.data import show_token
from caire.modules.language_models.model import LanguageModel, next_counts, scale_rows, with_temperature

#: The colours of these charts, from the course's palette (3:1 against the page, safe for colour-blind readers).
PROBABILITY_COLOUR = COLOURS["blue"]
TOKENS_COLOUR = COLOURS["orange"]
LOSS_COLOUR = COLOURS["vermillion"]


def plot_next(context: str, temperature: float = 1.0, top: int = 10, ax=None):
    """Bar chart of the characters that follow ``context`` in the corpus, as probabilities at ``temperature``."""
    counts = next_counts(context)
    if not counts:
        raise ValueError(f"context {context!r} never appears in the corpus; try a shorter one")
    probabilities = with_temperature(counts, temperature)
    top = whole_number("top", top, 1, 100)
    shown = sorted(probabilities.items(), key=lambda item: -item[1])[:top]
    figure, ax = new_axes(ax, size=(7, 3.2))
    ax.bar([show_token(key) for key, _ in shown], [p for _, p in shown], color=PROBABILITY_COLOUR)
    ax.set_ylim(0, 1)
    ax.set_ylabel(t("m06.plot.probability"))
    ax.set_title(
        t(
            "m06.plot.next_title",
            context=show_token(context) if len(context) == 1 else context,
            count=sum(counts.values()),
            temperature=temperature,
        )
    )
    return figure


def plot_losses(model: LanguageModel, ax=None):
    """The neural model's loss after each training step."""
    if not isinstance(model, LanguageModel):
        raise TypeError(f"model must be a LanguageModel; got {type(model).__name__}")
    figure, ax = new_axes(ax, size=(7, 3))
    ax.plot(range(1, len(model.losses) + 1), model.losses, color=LOSS_COLOUR)
    ax.set_xlabel(t("m06.plot.step"))
    ax.set_ylabel(t("m06.plot.loss"))
    ax.set_title(t("m06.plot.loss_title", parameters=model.parameters, seconds=model.train_seconds))
    return figure


def plot_scale(ax=None):
    """Parameters and training tokens of our model and of a few large models, on a log scale."""
    rows = scale_rows()
    figure, ax = new_axes(ax, size=(8, 4.2))
    positions = np.arange(len(rows))
    ax.barh(
        positions + 0.2, [row[1] for row in rows], height=0.4, color=PROBABILITY_COLOUR, label=t("m06.plot.parameters")
    )
    ax.barh(  # hatched, so that the two series differ by more than their colour
        positions - 0.2,
        [row[2] or 0 for row in rows],
        height=0.4,
        color=TOKENS_COLOUR,
        hatch="//",
        edgecolor=BACKGROUNDS["white"],
        label=t("m06.plot.tokens"),
    )
    ax.set_yticks(positions, [row[0] for row in rows])
    ax.set_xscale("log")
    ax.set_xlim(1e3, 1e14)
    ax.invert_yaxis()
    ax.set_xlabel(t("m06.plot.scale_axis"))
    ax.legend(loc="upper right")
    ax.set_title(t("m06.plot.scale_title"))
    return figure
