"""Module 14's figures: digit images in a numbered grid, the detector against two generators, and the watermark
before and after the edits. Each figure carries a text alternative written from its data."""

from __future__ import annotations

import numpy as np

from caire.core.figures import COLOURS, new_axes, percent_axis, set_description
from caire.core.i18n import t
from caire.core.numbers import decimal, integer, percent
from caire.core.validation import one_of, whole_number
from caire.modules.synthetic_media.data import PIXELS
from caire.modules.synthetic_media.model import (
    THRESHOLD,
    DetectorResult,
    embed,
    watermark_score,
)

#: Ink is dark on light paper, as the digits were written.
INK_MAP = "Greys"


#: What a grid of digits can show, each with its title (texts "m14.plot.title.<kind>").
DIGIT_KINDS = ("real", "autoencoder", "cut_and_paste", "game")


def plot_digits(rows, kind: str = "game", columns: int = 6):
    """The images (rows of 64 grey levels) in a grid, each numbered from 1, under the title of ``kind``."""
    title = t(f"m14.plot.title.{one_of('kind', kind, DIGIT_KINDS)}")
    rows = np.asarray(rows, dtype=np.float64)
    if rows.ndim != 2 or rows.shape[1] != PIXELS or len(rows) == 0:
        raise ValueError(f"rows must be a non-empty table of images of {PIXELS} pixels; got shape {rows.shape}")
    columns = whole_number("columns", columns, 1, 20)
    lines = -(-len(rows) // columns)
    figure, axes = new_axes(size=(1.3 * columns, 1.45 * lines + 0.4), rows=lines, columns=columns, squeeze=False)
    for index, ax in enumerate(axes.flat):
        ax.set_xticks([])
        ax.set_yticks([])
        if index < len(rows):
            ax.imshow(rows[index].reshape(8, 8), cmap=INK_MAP, vmin=0, vmax=1)
            ax.set_title(integer(index + 1), fontsize=10)
        else:
            ax.set_axis_off()
    figure.suptitle(title)
    set_description(figure, t("m14.plot.digits_alt", title=title, count=len(rows)))
    return figure


def plot_detector(results: list[DetectorResult], ax=None):
    """The detector's accuracy against each generator (bars), with chance (50 %) as a dashed line."""
    if not results or not all(isinstance(result, DetectorResult) for result in results):
        raise TypeError("results must be a non-empty list of DetectorResult (evaluate_detector())")
    figure, ax = new_axes(ax, size=(6, 3.6))
    names = [t(f"m14.generator.{result.generator}") for result in results]
    values = [result.accuracy for result in results]
    colours = [COLOURS["green"], COLOURS["vermillion"]] + [COLOURS["grey"]] * max(0, len(results) - 2)
    bars = ax.bar(names, values, color=colours[: len(results)], hatch=None)
    for bar, value in zip(bars, values, strict=True):
        ax.annotate(percent(value), (bar.get_x() + bar.get_width() / 2, value), ha="center", va="bottom")
    ax.axhline(0.5, color=COLOURS["dark_grey"], linestyle="--", linewidth=1)
    ax.annotate(t("m14.plot.chance"), (ax.get_xlim()[0], 0.5), va="bottom", fontsize=9)
    ax.set_ylim(0, 1.08)
    percent_axis(ax.yaxis)
    ax.set_ylabel(t("m14.plot.detector_y"))
    ax.set_title(t("m14.plot.detector_title"))
    return figure


def plot_watermark(edited, ax=None):
    """Three panels: the image with its watermark, the hidden pattern made visible (x 10), and the edited image with
    the detector's score."""
    edited = np.asarray(edited, dtype=np.float64)
    marked = embed()
    score = watermark_score(edited)
    figure, axes = new_axes(size=(10, 3.8), columns=3)
    panels = (
        (marked, t("m14.plot.marked", score=decimal(watermark_score(marked), 1))),
        (0.5 + 10 * (marked - embed(strength=0)), t("m14.plot.pattern")),
        (edited, t("m14.plot.edited", score=decimal(score, 1))),
    )
    for ax_, (image, title) in zip(axes, panels, strict=True):
        ax_.imshow(np.clip(image, 0, 1), cmap=INK_MAP, vmin=0, vmax=1, interpolation="nearest")
        ax_.set_title(title, fontsize=10)
        ax_.set_xticks([])
        ax_.set_yticks([])
    found = score >= THRESHOLD
    figure.suptitle(t("m14.plot.found" if found else "m14.plot.not_found"))
    set_description(
        figure,
        t(
            "m14.plot.watermark_alt",
            score=decimal(score, 1),
            threshold=decimal(THRESHOLD, 0),
            verdict=t("m14.plot.found" if found else "m14.plot.not_found"),
            pixels=f"{edited.shape[0]} × {edited.shape[1]}",
        ),
    )
    return figure
