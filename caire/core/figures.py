"""What every module's figures share: new axes with tick labels written the learner's way, and the colours.

Colours come from Okabe and Ito's palette for colour-blind readers ("Color Universal Design", 2008,
https://jfly.uni-koeln.de/color/); name them here rather than writing hex codes in a module.
"""

from __future__ import annotations

from caire.core.numbers import axis_formatter

#: The course's colours, by name.
COLOURS = {
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "green": "#009E73",
    "orange": "#E69F00",
    "sky": "#56B4E9",
    "purple": "#CC79A7",
    "yellow": "#F0E442",
    "black": "#000000",
    "dark_grey": "#333333",
    "grey": "#999999",
}


def localise(ax) -> None:
    """Write the tick labels of both axes of ``ax`` the learner's way ("0,5" in French); a log scale set later
    brings its own labels."""
    for axis in (ax.xaxis, ax.yaxis):
        axis.set_major_formatter(axis_formatter("number"))


def percent_axis(axis, decimals: int = 0) -> None:
    """Label the ticks of ``axis`` (e.g. ``ax.yaxis``), which carries shares from 0 to 1, as percentages."""
    axis.set_major_formatter(axis_formatter("percent", decimals))


def new_axes(ax=None, size: tuple[float, float] = (6, 4), rows: int = 1, columns: int = 1, **grid):
    """``(figure, ax)``: ``ax`` itself and its figure when given (to draw into a chart someone else laid out),
    otherwise a new figure of ``size`` inches with ``rows`` x ``columns`` axes (an array of them when more than
    one), their tick labels localised. ``grid`` goes to matplotlib's ``subplots`` (``sharex=True``,
    ``width_ratios=[1, 2]``, ``squeeze=False``...)."""
    import matplotlib.pyplot as plt
    import numpy as np

    if ax is not None:
        return ax.figure, ax
    figure, axes = plt.subplots(rows, columns, figsize=size, layout="constrained", **grid)
    for one in np.atleast_1d(axes).ravel():
        localise(one)
    return figure, axes
