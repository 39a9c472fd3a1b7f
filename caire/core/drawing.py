"""A drawing as the course takes it: a grid of squares, each ink or paper, written as lines of text.

``#`` is ink and ``.`` is paper: ``["..##..", ...]``. That is how a learner writes a drawing in an assignment,
what an app hands in, and what the grader reads back (plain data). :func:`drawing_grid` is the widget: one toggle
button a square, so that a drawing can be made with the mouse or the keyboard (Tab, then Space).
"""

from __future__ import annotations

from collections.abc import Sequence

from caire.core.i18n import t

INK, PAPER = "#", "."

_CSS = """<style>
.caire-drawing .caire-pixel { width: 30px; height: 30px; min-width: 30px; padding: 0; margin: 0;
  border: 1px solid #767676; background-color: #fff; box-shadow: none; }
.caire-drawing .caire-pixel.mod-active { background-color: #111 !important; color: #fff; }
</style>"""


def check_lines(lines: object, side: int, name: str = "drawing") -> tuple[str, ...]:
    """``lines`` as ``side`` lines of ``side`` characters ``#``/``.``, or a TypeError/ValueError naming ``name``."""
    if isinstance(lines, str) or not isinstance(lines, Sequence):
        raise TypeError(f'{name} must be {side} lines of text such as "{INK * 2}{PAPER * (side - 2)}"; got {lines!r}')
    if len(lines) != side or not all(isinstance(line, str) and len(line) == side for line in lines):
        raise ValueError(f"{name} must be {side} lines of {side} characters each")
    if any(char not in INK + PAPER for line in lines for char in line):
        raise ValueError(f'{name} must use "{INK}" for ink and "{PAPER}" for paper only')
    return tuple(lines)


def drawing_grid(start: Sequence[str], on_change=None):
    """A grid of toggle buttons showing ``start`` (lines of ``#``/``.``); ``on_change(lines)`` is called after each
    change. The box has ``lines()`` (the drawing now) and ``set_lines(lines)``."""
    import ipywidgets as widgets

    side = len(start)
    check_lines(start, side, "start")
    pixels = [
        widgets.ToggleButton(
            value=start[row][column] == INK,
            description="",
            tooltip=t("drawing.square", row=row + 1, column=column + 1),
            layout=widgets.Layout(width="30px", height="30px", padding="0px"),
        )
        for row in range(side)
        for column in range(side)
    ]
    for pixel in pixels:
        pixel.add_class("caire-pixel")
    board = widgets.GridBox(
        pixels,
        layout=widgets.Layout(grid_template_columns=f"repeat({side}, 30px)", grid_gap="1px", width="max-content"),
    )
    busy = [False]

    def lines() -> list[str]:
        values = [INK if pixel.value else PAPER for pixel in pixels]
        return ["".join(values[row * side : (row + 1) * side]) for row in range(side)]

    def changed(_change=None) -> None:
        if not busy[0] and on_change is not None:
            on_change(lines())

    def set_lines(new_lines) -> None:
        new_lines = check_lines(new_lines, side, "lines")
        busy[0] = True
        try:
            for pixel, char in zip(pixels, "".join(new_lines)):
                pixel.value = char == INK
        finally:
            busy[0] = False
        changed()

    for pixel in pixels:
        pixel.observe(changed, names="value")
    grid = widgets.VBox([widgets.HTML(_CSS), board])
    grid.add_class("caire-drawing")
    grid.pixels, grid.lines, grid.set_lines = pixels, lines, set_lines  # plain attributes: not synced to the page
    return grid
