"""What every module's figures share: axes with tick labels written the learner's way, one palette, and a text
alternative for every figure.

- The palette: Okabe and Ito's colours for colour-blind readers ("Color Universal Design", 2008,
  https://jfly.uni-koeln.de/color/), those too light darkened so that each keeps a contrast of at least 3:1
  against the white page, as WCAG 2.1 (1.4.11) asks of graphical objects; yellow, which cannot, is left out.
  Darkening the orange brought it to the lightness of the vermillion, and the two then look alike to a
  deuteranope (2.7 CIELAB units apart): the vermillion is darker and redder too (#C84000 for #D55E00), which
  keeps every pair of the series colours at least 9 units apart in normal vision and in the three dichromacies
  (tests/core/test_palette.py simulates them).
  Name colours from :data:`COLOURS` rather than writing hex codes in a module, and never let a colour carry a
  meaning alone (a marker, a label or a pattern says it too). Words coloured in a widget's HTML take
  :data:`TEXT_COLOURS` (4.5:1, as text needs), fills behind text :data:`BACKGROUNDS`; tests/core/test_palette.py
  fails on any other colour written in a module.
- The text alternative: a figure is shown as HTML, an image with an ``alt`` text computed from what it plots
  (:func:`describe`: its title, axes, bars, lines, points and images, with their numbers), and the plotted data
  as a table where it is small enough (:func:`data_table`). A module may give a better text with
  :func:`set_description`. Both the notebooks (an IPython formatter) and the apps' Output widgets
  (:mod:`caire.core.outputs`) show figures this way.
"""

from __future__ import annotations

import html

from caire.core.i18n import t
from caire.core.numbers import axis_formatter, number

#: The course's colours, by name: each at least 3:1 against white.
COLOURS = {
    "blue": "#0072B2",
    "vermillion": "#C84000",
    "green": "#009E73",
    "orange": "#BC8200",
    "sky": "#4897C3",
    "purple": "#C776A3",
    "black": "#000000",
    "dark_grey": "#333333",
    "grey": "#8A8A8A",
}
#: Colours for words and marks in HTML (a widget's verdict, a hint that nothing is written yet): text needs 4.5:1
#: against white (WCAG 2.1, 1.4.3), more than most of :data:`COLOURS` keeps, so these are darker. The word or the
#: mark (✓, ✗) always says the same thing: green and red look alike to many colour-blind readers.
TEXT_COLOURS = {
    "right": "#1B7F3B",
    "wrong": "#B3261E",
    "muted": "#666666",
}
#: Fills behind black text or marks, never a meaning of their own: the page, and a pale grey for the track of an
#: HTML bar or the diagonal of a table drawn as an image (the numbers written on it carry what it says).
BACKGROUNDS = {
    "white": "#FFFFFF",
    "pale_grey": "#E8E8E8",
}
#: The order in which a chart's series take the colours.
CYCLE = ("blue", "vermillion", "green", "orange", "purple", "sky", "dark_grey")
#: A table alternative is given for charts of at most this many values.
TABLE_ROWS = 40


def contrast(colour: str, background: str = "#FFFFFF") -> float:
    """The WCAG 2.1 contrast ratio of two colours given as ``#RRGGBB``."""

    def luminance(code: str) -> float:
        red, green, blue = (int(code.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4))
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in (red, green, blue)]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(colour), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def localise(ax) -> None:
    """Write the tick labels of both axes of ``ax`` the learner's way ("0,5" in French); a log scale set later
    brings its own labels."""
    for axis in (ax.xaxis, ax.yaxis):
        axis.set_major_formatter(axis_formatter("number"))
        # Still a default for matplotlib: a categorical plot (bars named by text) or a log scale set later
        # brings its own labels instead of these numbers.
        axis.isDefault_majfmt = True


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
    _use_the_palette()
    figure, axes = plt.subplots(rows, columns, figsize=size, layout="constrained", **grid)
    _register_formatter()  # after the first figure: the inline backend clears figure formatters when it starts
    for one in np.atleast_1d(axes).ravel():
        localise(one)
    return figure, axes


def _use_the_palette() -> None:
    import matplotlib

    matplotlib.rcParams["axes.prop_cycle"] = matplotlib.cycler(color=[COLOURS[name] for name in CYCLE])


# --- the text alternative ------------------------------------------------------------------------------------


def set_description(figure, text: str) -> None:
    """Give ``figure`` the text alternative a module writes itself (its key numbers, in the learner's language),
    instead of the one :func:`describe` computes."""
    figure.caire_description = text


def _label(text: str) -> str:
    return " ".join(str(text).split())


def _bars(ax) -> list[tuple[str, float]]:
    """(label, value) of each bar of ``ax``: the tick label under (or beside) it, or its position."""
    from matplotlib.container import BarContainer

    found = []
    for container in ax.containers:
        if not isinstance(container, BarContainer):
            continue
        horizontal = getattr(container, "orientation", "vertical") == "horizontal"
        axis = ax.yaxis if horizontal else ax.xaxis
        positions = axis.get_majorticklocs()
        ticks = dict(zip((round(tick, 6) for tick in positions), axis.get_major_formatter().format_ticks(positions)))
        series = _label(container.get_label()) if not str(container.get_label()).startswith("_") else ""
        for bar in container.patches:
            where = bar.get_y() + bar.get_height() / 2 if horizontal else bar.get_x() + bar.get_width() / 2
            value = bar.get_width() if horizontal else bar.get_height()
            name = ticks.get(round(where, 6)) or number(where)
            found.append((f"{series}: {name}" if series else name, float(value)))
    return found


def _lines(ax) -> list[tuple[str, list[float], list[float]]]:
    """(label, xs, ys) of each plotted line of ``ax`` (reference lines across the axes left out)."""
    found = []
    for line in ax.get_lines():
        xs, ys = (list(map(float, values)) for values in line.get_data())
        if not xs or (len(xs) < 3 and (len(set(xs)) == 1 or len(set(ys)) == 1)):
            continue  # no data yet (a line a live chart fills later), or axhline / axvline: a reference
        label = line.get_label()
        found.append((_label(label) if not str(label).startswith("_") else "", xs, ys))
    return found


def _axes_text(ax) -> list[str]:
    from matplotlib.collections import PathCollection
    from matplotlib.image import AxesImage

    said = []
    if ax.get_title():
        said.append(_label(ax.get_title()))
    for which, label in (("x", ax.get_xlabel()), ("y", ax.get_ylabel())):
        if label:
            said.append(t(f"figure.axis_{which}", label=_label(label)))
    bars = _bars(ax)
    if bars:
        listed = "; ".join(f"{name} {number(value)}" for name, value in bars[:TABLE_ROWS])
        said.append(t("figure.bars", count=len(bars), values=listed))
    for label, xs, ys in _lines(ax):
        top = max(range(len(ys)), key=ys.__getitem__)
        said.append(
            t(
                "figure.line",
                label=label or "–",
                count=len(xs),
                first=number(ys[0]),
                last=number(ys[-1]),
                top=number(ys[top]),
                at=number(xs[top]),
            )
        )
    for collection in ax.collections:
        if isinstance(collection, PathCollection) and len(collection.get_offsets()):
            label = collection.get_label()
            said.append(
                t(
                    "figure.points",
                    count=len(collection.get_offsets()),
                    label=_label(label) if not str(label).startswith("_") else "–",
                )
            )
    for image in ax.images:
        if isinstance(image, AxesImage):
            rows, columns = image.get_array().shape[:2]
            said.append(t("figure.image", rows=rows, columns=columns))
    return said


def describe(figure) -> str:
    """The figure's text alternative: the module's own (:func:`set_description`), else one computed from what it
    plots, axes by axes, in the learner's language."""
    own = getattr(figure, "caire_description", None)
    if own:
        return own
    parts = []
    title = figure._suptitle.get_text() if getattr(figure, "_suptitle", None) else ""
    if title:
        parts.append(_label(title))
    for ax in figure.axes:
        said = _axes_text(ax)
        if said:
            parts.append(" ".join(sentence.rstrip(".") + "." for sentence in said))
    return " ".join(parts) or t("figure.empty")


def data_table(figure) -> str:
    """The values a figure plots as an HTML table (bars, and lines of at most :data:`TABLE_ROWS` points), or ""."""
    rows = []
    for ax in figure.axes:
        caption = _label(ax.get_title()) or _label(ax.get_ylabel())
        for name, value in _bars(ax):
            rows.append((caption, name, number(value)))
        for label, xs, ys in _lines(ax):
            if len(xs) <= TABLE_ROWS:
                rows += [(label or caption, number(x), number(y)) for x, y in zip(xs, ys)]
    if not rows or len(rows) > 3 * TABLE_ROWS:
        return ""
    head = "".join(
        f'<th scope="col">{html.escape(t(key))}</th>' for key in ("figure.series", "figure.at", "figure.value")
    )
    body = "".join("<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>" for row in rows)
    return (
        f'<details class="caire-data"><summary>{html.escape(t("figure.data"))}</summary>'
        f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></details>"
    )


def figure_html(figure, png_base64: str | None = None) -> str:
    """The figure as HTML: its image with the text alternative, and the data table where there is one."""
    if png_base64 is None:
        from IPython.core.pylabtools import print_figure

        png_base64 = print_figure(figure, "png", bbox_inches="tight", base64=True)
    alt = html.escape(describe(figure), quote=True)
    return (
        f'<figure class="caire-figure" style="margin:0"><img src="data:image/png;base64,{png_base64}" alt="{alt}">'
        f"{data_table(figure)}</figure>"
    )


def _register_formatter() -> None:
    """Make IPython show a matplotlib figure as :func:`figure_html` (JupyterLab and Voila prefer HTML to PNG)."""
    try:
        from IPython import get_ipython
        from matplotlib.figure import Figure
    except ImportError:
        return
    shell = get_ipython()
    if shell is None or "text/html" not in shell.display_formatter.formatters:
        return
    import matplotlib.pyplot as plt

    # Start the backend now: when the inline backend starts it clears every formatter of figures.
    getattr(plt, "_get_backend_mod", lambda: None)()
    shell.display_formatter.formatters["text/html"].for_type(Figure, figure_html)


_register_formatter()
