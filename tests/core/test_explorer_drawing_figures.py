"""caire.core.explorer, caire.core.drawing, caire.core.figures, and the Drawing answer kind in the apps."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import ipywidgets as widgets
import pytest

from caire.core.app import answer_input, read_answer
from caire.core.checks import Drawing, Feedback, Question, share_is_valid
from caire.core.drawing import check_lines, drawing_grid
from caire.core.explorer import View, decimals_of, explorer, slider
from caire.core.figures import new_axes, percent_axis
from caire.core.i18n import set_language
from caire.core.validation import number_between, share

START = ("....", ".##.", ".##.", "....")


def test_an_explorer_redraws_when_a_control_moves():
    seen = []
    first = slider(0.5, 0, 1, 0.05, "first")
    second = widgets.ToggleButtons(options=["a", "b"], value="a")

    def update(value, letter):
        seen.append((value, letter))
        return View(html=f"<b>{value} {letter}</b>")

    box = explorer([first, second], update)
    assert seen == [(0.5, "a")] and box.summary.value == "<b>0.5 a</b>" and box.chart.outputs == ()
    first.value, second.value = 0.25, "b"
    assert seen[-1] == (0.25, "b") and box.summary.value == "<b>0.25 b</b>"


def test_an_explorer_shows_the_figure_update_returns():
    import matplotlib.pyplot as plt

    def update(n):
        figure, ax = plt.subplots()
        ax.plot(range(n + 2))
        return View(figure=figure)

    box = explorer([slider(1, 0, 3, 1, "n", whole=True)], update)
    assert 'src="data:image/png;base64,' in box.chart.outputs[0]["data"]["text/html"]


def test_an_update_that_returns_no_view_is_an_error():
    with pytest.raises(TypeError, match="must return a View"):
        explorer([slider(0.5, 0, 1, 0.1, "x")], lambda value: "<b>no</b>")


def test_sliders_show_as_many_decimals_as_their_step():
    assert decimals_of(0.05) == 2 and decimals_of(1) == 0 and decimals_of(0.5) == 1
    assert slider(0.5, 0, 1, 0.05, "x").readout_format == ".2f"
    assert isinstance(slider(3, 0, 9, 1, "n", whole=True), widgets.IntSlider)


def test_a_drawing_grid_reads_and_sets_lines():
    changes = []
    grid = drawing_grid(START, on_change=changes.append)
    assert grid.lines() == list(START) and len(grid.pixels) == 16
    grid.pixels[0].value = True
    assert changes[-1][0] == "#..." and grid.lines()[0] == "#..."
    grid.set_lines(["####"] * 4)
    assert grid.lines() == ["####"] * 4 and changes[-1] == ["####"] * 4
    assert all(pixel.tooltip for pixel in grid.pixels), "each square is named (row, column)"


@pytest.mark.parametrize(
    "lines, error",
    [("....", TypeError), (["...."] * 3, ValueError), (["...x"] * 4, ValueError), (["..."] * 4, ValueError)],
)
def test_bad_drawings_are_refused_naming_them(lines, error):
    with pytest.raises(error, match="drawing"):
        check_lines(lines, 4)


def test_the_app_answers_a_drawing_question_with_the_grid_and_its_reading():
    question = Question(
        "q_demo_drawing",
        {"ink": lambda answer: Feedback("#" in "".join(answer), "ink")},
        Drawing(START, reading=lambda lines: f"{''.join(lines).count('#')} squares"),
    )
    widget = answer_input(question)
    assert read_answer(question, widget) == list(START)
    widget.grid.pixels[0].value = True
    assert widget.children[1].children[0].value == "5 squares"
    assert read_answer(question, widget)[0] == "#..."


def test_share_checks_say_what_is_wrong():
    set_language("en")
    valid = share_is_valid("share")
    assert valid(0.25).passed and not valid(25).passed and "0.25" in valid(25).message
    with pytest.raises(ValueError, match="share between 0 and 1"):
        valid(250)
    assert share("share", 1) == 1.0 and number_between("x", 2, 1, 3) == 2.0
    with pytest.raises(ValueError, match="x must be between 1 and 3"):
        number_between("x", 4, 1, 3)


def test_new_axes_writes_ticks_in_the_learners_language():
    set_language("fr")
    try:
        figure, ax = new_axes()
        ax.plot([0, 0.5, 1.5], [0, 0.25, 0.5])
        percent_axis(ax.yaxis)
        figure.canvas.draw()
        assert any("," in label.get_text() for label in ax.get_xticklabels())
        assert any("\u00a0%" in label.get_text() for label in ax.get_yticklabels())
        _, axes = new_axes(rows=1, columns=2)
        assert len(axes) == 2
    finally:
        set_language("en")


# --- the palette and the text alternative ---------------------------------------------------------------------


def test_every_colour_of_the_palette_keeps_3_to_1_against_the_page():
    from caire.core.figures import COLOURS, contrast

    assert {name: round(contrast(code), 2) for name, code in COLOURS.items() if contrast(code) < 3} == {}
    assert round(contrast("#000000"), 1) == 21.0 and round(contrast("#FFFFFF"), 1) == 1.0


def test_a_chart_is_described_from_what_it_plots_in_the_learners_language():
    from caire.core.figures import data_table, describe, new_axes

    set_language("fr")
    try:
        figure, ax = new_axes()
        ax.bar(["femmes", "hommes"], [0.25, 0.415])
        ax.set_title("Taux de sélection")
        ax.set_ylabel("part retenue")
        text = describe(figure)
        assert "Taux de sélection" in text and "2 barres" in text and "femmes 0,25" in text and "hommes 0,415" in text
        assert "<td>femmes</td><td>0,25</td>" in data_table(figure)
    finally:
        set_language("en")


def test_lines_points_and_images_are_described_and_a_module_can_say_better():
    import numpy as np

    from caire.core.figures import describe, figure_html, new_axes, set_description

    figure, (left, right) = new_axes(columns=2)
    left.plot([1, 2, 3], [0.2, 0.9, 0.5], label="test accuracy")
    left.axhline(0.5)  # a reference line: not data
    left.scatter([0, 1, 2, 3], [1, 0, 1, 0], label="training points")
    right.imshow(np.zeros((8, 8)))
    text = describe(figure)
    assert "Line test accuracy, 3 points, from 0.2 to 0.5, highest 0.9 at 2" in text
    assert "4 points (training points)" in text and "8 by 8" in text and text.count("Line") == 1
    set_description(figure, "The model's accuracy peaks at depth 2.")
    assert describe(figure) == "The model's accuracy peaks at depth 2."
    assert 'alt="The model&#x27;s accuracy peaks at depth 2."' in figure_html(figure)
