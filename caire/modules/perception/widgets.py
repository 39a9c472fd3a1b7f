"""Module 05's widgets: training with a progress bar, the drawing pad, the harder-images and attack explorers.

Widgets validate what they are given and show what the network reads at once. The drawing pad is the course's
drawing grid (``caire.core.drawing``) with a few buttons and the network's reading beside it.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

import numpy as np

from caire.core.drawing import drawing_grid
from caire.core.explorer import View, explorer, slider
from caire.core.i18n import t
from caire.core.outputs import show_figure
from caire.core.validation import one_of, whole_number
from caire.modules.perception.data import (
    BLANK_PAGE,
    TRANSFORM_RANGES,
    TRANSFORMS,
    amounts_of,
    as_drawing,
    drawing_text,
    load_digit_images,
    test_image,
)
from caire.modules.perception.figures import draw_curve, kind_label, plot_attack, plot_transformed
from caire.modules.perception.model import (
    DEFAULT_EPOCHS,
    DEFAULT_HIDDEN,
    DEFAULT_SEED,
    LESSON_ATTACK_INDEX,
    DigitNetwork,
    accuracy_when,
    attack_test_image,
    check_network,
    reading_html,
    train_digit_network,
)


def train_with_progress(
    hidden: Sequence[int] = DEFAULT_HIDDEN, epochs: int = DEFAULT_EPOCHS, seed: int = DEFAULT_SEED
) -> DigitNetwork:
    """Train the network live, with a progress bar that moves epoch by epoch; returns the trained network."""
    import ipywidgets as widgets
    from IPython.display import display

    epochs = whole_number("epochs", epochs, 1, 200)
    bar = widgets.IntProgress(
        value=0,
        min=0,
        max=epochs,
        description=t("m05.training"),
        style={"description_width": "initial"},
        layout=widgets.Layout(width="60%"),
    )
    status = widgets.HTML()
    display(widgets.VBox([bar, status]))

    def on_epoch(epoch: int, loss: float) -> None:
        bar.value = epoch
        status.value = t("m05.epoch", epoch=epoch, epochs=epochs, loss=loss)

    network = train_digit_network(hidden, epochs, seed, on_epoch=on_epoch)
    bar.bar_style = "success"
    status.value = t(
        "m05.trained",
        seconds=network.train_seconds,
        images=len(load_digit_images().train),
        train=network.train_accuracy,
        test=network.test_accuracy,
    )
    return network


def drawing_pad(start=None, network: DigitNetwork | None = None, show_text: bool = True):
    """The course's drawing grid (8 x 8 squares to click, ink / paper), with what the network reads in it and its
    probability for each digit beside it, following every click; buttons to clear it or copy an unseen image.

    ``start`` is a drawing to begin with (see ``caire.modules.perception.data.as_drawing``). The returned box has
    ``pad.drawing()`` (the current 8 x 8 grid), ``pad.set_drawing(drawing)``, ``pad.reading()`` and ``pad.grid``
    (the grid itself: ``pad.grid.lines()`` is the drawing as 8 lines of text).
    """
    import ipywidgets as widgets

    network = check_network(network)
    lines = BLANK_PAGE if start is None else drawing_text(as_drawing(start, "start"))
    reading = widgets.HTML()
    text = widgets.HTML()

    def update(lines: list[str]) -> None:
        reading.value = reading_html(lines, network)
        written = ",\n    ".join(f'"{line}"' for line in lines)
        text.value = (
            f"<div>{html.escape(t('m05.pad.as_text'))}</div>"
            f"<pre style='line-height:1.2;margin:2px 0'>[\n    {written},\n]</pre>"
        )

    grid = drawing_grid(lines, on_change=update)
    examples = [0]

    def set_drawing(drawing) -> None:
        grid.set_lines(drawing_text(as_drawing(drawing, "drawing"), "drawing"))

    def on_example(_click=None) -> None:
        image, _ = test_image(examples[0] % len(load_digit_images().test))
        examples[0] += 1
        set_drawing((image >= 0.4).astype(np.float32))

    clear = widgets.Button(description=t("m05.pad.clear"), icon="eraser", layout=widgets.Layout(width="auto"))
    example = widgets.Button(description=t("m05.pad.example"), icon="image", layout=widgets.Layout(width="auto"))
    clear.on_click(lambda _click: grid.set_lines(BLANK_PAGE))
    example.on_click(on_example)
    update(grid.lines())
    left = widgets.VBox([grid, widgets.HBox([clear, example])])
    right = widgets.VBox([reading] + ([text] if show_text else []), layout=widgets.Layout(margin="0 0 0 24px"))
    pad = widgets.HBox([left, right])
    pad.add_class("caire-pad")
    pad.grid, pad.pixels = grid, grid.pixels  # plain attributes: not synced to the page
    pad.drawing = lambda: as_drawing(grid.lines())
    pad.set_drawing = set_drawing
    pad.reading = lambda: network.read(pad.drawing())
    return pad


_READOUT = {"noise": ".2f", "rotate": ".0f", "shift": ".1f"}


def robustness_explorer(kind: str = "rotate", network: DigitNetwork | None = None):
    """Choose a kind of change and its amount; the accuracy on the 540 unseen images is plotted as you go.

    Its own wiring rather than ``caire.core.explorer``: choosing another kind changes the slider's range first,
    and the sweep button moves the slider through every amount.
    """
    import ipywidgets as widgets

    network = check_network(network)
    kind = one_of("kind", kind, TRANSFORMS)
    chooser = widgets.Dropdown(
        options=[(kind_label(name), name) for name in TRANSFORMS],
        value=kind,
        description=t("m05.explorer.kind"),
        style={"description_width": "initial"},
    )
    low, high, step = TRANSFORM_RANGES[kind]
    amount = widgets.FloatSlider(
        value=0.0,
        min=low,
        max=high,
        step=step,
        description=t(f"m05.amount.{kind}"),
        readout_format=_READOUT[kind],
        continuous_update=False,
        style={"description_width": "initial"},
        layout=widgets.Layout(width="60%"),
    )
    sweep = widgets.Button(description=t("m05.explorer.sweep"), icon="chart-line", layout=widgets.Layout(width="auto"))
    score = widgets.HTML()
    chart = widgets.Output()
    tried: dict[str, dict[float, float]] = {name: {} for name in TRANSFORMS}

    def measure(name: str, value: float) -> float:
        value = round(float(value), 6)
        if value not in tried[name]:
            tried[name][value] = accuracy_when(name, value, network)
        return tried[name][value]

    def redraw() -> None:
        import matplotlib.pyplot as plt

        name, value = chooser.value, amount.value
        accuracy = measure(name, value)
        score.value = t("m05.explorer.score", accuracy=accuracy, images=len(load_digit_images().test))
        points = sorted(tried[name].items())
        figure = plt.figure(figsize=(10, 4.2), layout="constrained")
        top, bottom = figure.subfigures(2, 1, height_ratios=[2.6, 1])
        ax = top.subplots()
        draw_curve(ax, name, [p for p, _ in points], [s for _, s in points], current=value)
        lo, hi, _ = TRANSFORM_RANGES[name]
        ax.set_xlim(lo, hi)
        plot_transformed(name, value, 10, network, axes=bottom.subplots(1, 10))
        show_figure(chart, figure)

    def on_kind(change) -> None:
        name = change["new"]
        lo, hi, st = TRANSFORM_RANGES[name]
        amount.unobserve(on_amount, names="value")
        amount.value = 0.0  # every range holds 0, so the new bounds are always accepted
        amount.min, amount.max, amount.step = lo, hi, st
        amount.readout_format = _READOUT[name]
        amount.description = t(f"m05.amount.{name}")
        amount.observe(on_amount, names="value")
        redraw()

    def on_amount(_change=None) -> None:
        redraw()

    def on_sweep(_click=None) -> None:
        name = chooser.value
        for value in amounts_of(name):
            measure(name, value)
            amount.unobserve(on_amount, names="value")
            amount.value = float(value)
            amount.observe(on_amount, names="value")
            redraw()

    chooser.observe(on_kind, names="value")
    amount.observe(on_amount, names="value")
    sweep.on_click(on_sweep)
    measure(kind, 0.0)
    redraw()
    box = widgets.VBox([chooser, widgets.HBox([amount, sweep]), score, chart])
    box.chooser, box.amount, box.sweep, box.tried = chooser, amount, sweep, tried
    return box


def adversarial_explorer(index: int = LESSON_ATTACK_INDEX, network: DigitNetwork | None = None):
    """A slider for the size of the calculated change; before / change / after / random change of the same size."""
    network = check_network(network)
    index = whole_number("index", index, 0, len(load_digit_images().test) - 1)
    epsilon = slider(0.0, 0.0, 0.3, 0.01, t("m05.attack.epsilon"))

    def update(size: float) -> View:
        attacked = attack_test_image(index, size, network)
        key = "m05.attack.fooled" if attacked.fooled else "m05.attack.not_fooled"
        summary = t(
            key,
            change=attacked.largest_change,
            digit=attacked.after.digit,
            confidence=attacked.after.confidence,
            label=attacked.label,
        )
        return View(html.escape(summary), plot_attack(attacked))

    box = explorer([epsilon], update)
    box.epsilon = epsilon
    return box
