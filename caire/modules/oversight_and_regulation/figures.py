"""Module 13's charts: the uncertainty band on the claims' scores, and what automation bias does to the errors of
the whole process. Each returns the matplotlib Figure it drew on."""

from __future__ import annotations

import numpy as np

from caire.core.figures import BACKGROUNDS, COLOURS, localise, new_axes
from caire.core.i18n import t
from caire.modules.oversight_and_regulation.model import (
    REVIEWER_ACCURACY,
    band_curve,
    band_result,
    check_band,
    claims_model,
    review_result,
)

#: The colours of these charts, from the course's palette: claims to pay and to refuse, the band, automation and
#: errors, the whole process. The band is the palette's orange (a yellow light enough to look
#: yellow has no contrast on white); its edges are drawn as lines, and the series differ by pattern or line style too.
PAY_COLOUR = COLOURS["blue"]
REFUSE_COLOUR = COLOURS["vermillion"]
BAND_COLOUR = COLOURS["orange"]
AUTOMATION_COLOUR = COLOURS["green"]
ERROR_COLOUR = COLOURS["vermillion"]
PROCESS_COLOUR = COLOURS["purple"]


def plot_band(band: float = 0.2, ax=None):
    """Left: the scores of the unseen claims with the band shaded. Right: automation rate and error rate vs band.
    ``ax``, if given, is the pair of axes to draw into."""
    band = check_band(band)
    trained = claims_model()
    if ax is None:
        figure, ax = new_axes(size=(12, 4), columns=2)
    else:
        figure = ax[0].figure
    left, right = ax
    bins = np.linspace(0, 1, 41)
    for label, colour in ((0, PAY_COLOUR), (1, REFUSE_COLOUR)):
        left.hist(
            trained.scores[trained.actual == label],
            bins=bins,
            alpha=0.6,
            color=colour,
            hatch="//" if label else None,
            edgecolor=BACKGROUNDS["white"] if label else None,
            label=t(f"m13.plot.label{label}"),
        )
    left.axvspan(0.5 - band, 0.5 + band, color=BAND_COLOUR, alpha=0.3, label=t("m13.plot.band"))
    for edge in (0.5 - band, 0.5 + band):  # the pale fill alone would not reach 3:1 against the page
        left.axvline(edge, color=BAND_COLOUR, linewidth=1.5)
    left.axvline(0.5, color=COLOURS["black"], linestyle="--", linewidth=1)
    left.set_xlabel(t("m13.plot.score"))
    left.set_ylabel(t("m13.plot.claims"))
    left.set_title(t("m13.plot.scores_title"))
    left.legend(fontsize="small")
    bands, automation, errors = band_curve()
    first = right.plot(bands, automation * 100, color=AUTOMATION_COLOUR, label=t("m13.plot.automation"))
    twin = right.twinx()
    localise(twin)
    second = twin.plot(bands, errors * 100, color=ERROR_COLOUR, linestyle="-.", label=t("m13.plot.error"))
    right.axvline(band, color=COLOURS["black"], linestyle="--", linewidth=1)
    right.set_xlabel(t("m13.plot.band_width"))
    # Plain "%": the legend says which line reads on which axis (green text would be below 4.5:1).
    right.set_ylabel("%")
    twin.set_ylabel("%")
    right.set_ylim(0, 102)
    twin.set_ylim(0, float(np.nanmax(errors)) * 100 * 1.3)
    right.set_title(t("m13.plot.curve_title"))
    right.legend(first + second, [line.get_label() for line in first + second], fontsize="small", loc="lower left")
    return figure


def plot_automation_bias(band: float = 0.2, reviewer_accuracy: float = REVIEWER_ACCURACY, ax=None):
    """Share of all claims decided wrongly, as the reviewer follows the model unchecked more and more often."""
    band = check_band(band)
    figure, ax = new_axes(ax, size=(7.5, 3.6))
    shares = np.linspace(0, 1, 21)
    rates = [review_result(band, share, reviewer_accuracy).error_rate * 100 for share in shares]
    ax.plot(shares * 100, rates, color=PROCESS_COLOUR, marker="o", label=t("m13.plot.process_error"))
    alone = band_result(0).error_rate * 100
    ax.axhline(alone, color=REFUSE_COLOUR, linestyle="--", label=t("m13.plot.model_alone"))
    ax.set_xlabel(t("m13.plot.follow_share"))
    ax.set_ylabel(t("m13.plot.process_error_axis"))
    ax.set_ylim(0, max(alone, max(rates)) * 1.25)
    ax.set_title(t("m13.plot.bias_title", band=band))
    ax.legend(fontsize="small", loc="lower right")
    return figure
