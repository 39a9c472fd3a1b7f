"""caire.core.outputs: what an Output widget shows is set as its state (a figure, a text, nothing)."""

from __future__ import annotations

import base64
import io

import matplotlib

matplotlib.use("Agg")

import ipywidgets as widgets
import matplotlib.pyplot as plt
import pytest

from caire.core.outputs import clear, figure_output, show_figure, show_html, show_text


def png_of(output: dict) -> bytes:
    """The PNG inside the output's HTML (<img src="data:image/png;base64,...">)."""
    encoded = output["data"]["text/html"].split('src="data:image/png;base64,', 1)[1].split('"', 1)[0]
    return base64.b64decode(encoded)


def png_size(output: dict) -> tuple[int, int]:
    from PIL import Image

    return Image.open(io.BytesIO(png_of(output))).size


def small_figure(width: float = 3, height: float = 2):
    figure, ax = plt.subplots(figsize=(width, height))
    ax.plot([0, 1], [1, 0])
    return figure


def test_figure_output_is_the_figure_with_its_text_alternative():
    figure = small_figure()
    output = figure_output(figure)
    assert output["output_type"] == "display_data" and png_of(output).startswith(b"\x89PNG")
    assert output["data"]["text/plain"] and f'alt="{output["data"]["text/plain"]}' in output["data"]["text/html"]
    width, height = png_size(output)
    # bbox_inches="tight", as the inline backend draws: close to the figure's size, never larger than it
    assert 0.6 * 3 * figure.dpi < width <= 3 * figure.dpi + 2 and 0.6 * 2 * figure.dpi < height <= 2 * figure.dpi + 2
    plt.close(figure)


def test_show_figure_replaces_what_the_widget_showed_and_closes_the_figure():
    output = widgets.Output()
    first, second = small_figure(3, 2), small_figure(5, 2)
    show_figure(output, first)
    assert len(output.outputs) == 1 and not plt.fignum_exists(first.number)
    show_figure(output, second)
    assert len(output.outputs) == 1 and png_size(output.outputs[0])[0] > png_size(figure_output(small_figure(3, 2)))[0]
    assert not plt.fignum_exists(second.number)
    plt.close("all")


def test_show_figure_closes_the_figure_even_when_it_cannot_be_drawn():
    output = widgets.Output()
    figure = small_figure()
    figure.axes[0].text(0.5, 0.5, "$\\undefinedcommand$")  # mathtext fails when drawn
    with pytest.raises(ValueError):
        show_figure(output, figure)
    assert not plt.fignum_exists(figure.number)
    assert output.outputs == ()


def test_show_text_writes_as_print_would_and_clear_empties():
    output = widgets.Output()
    show_text(output, "depth 1: proline >= 755")
    assert output.outputs == ({"output_type": "stream", "name": "stdout", "text": "depth 1: proline >= 755\n"},)
    clear(output)
    assert output.outputs == ()


def test_show_html_replaces_what_the_widget_showed():
    output = widgets.Output()
    show_text(output, "before")
    show_html(output, "<p>after</p>")
    assert len(output.outputs) == 1
    assert (
        output.outputs[0]["output_type"] == "display_data" and output.outputs[0]["data"]["text/html"] == "<p>after</p>"
    )
