"""Module 05, perception: charts and widgets (training progress, drawing pad, harder images, attack).

Charts return the matplotlib Figure they drew on. Widgets validate what they are given and show
what the network reads at once. Colours are Okabe-Ito, readable with the common colour-vision
deficiencies, and right/wrong is also written, never shown by colour alone.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

import numpy as np

from caire.modules.perception import model as perception
from caire.core.i18n import t
from caire.core.outputs import show_figure
from caire.modules.perception.model import DIGITS, SIDE, TRANSFORMS, DigitNetwork, as_drawing, load_digit_images
from caire.core.validation import one_of, real_number, whole_number

RIGHT_COLOUR = "#0072B2"  # blue
WRONG_COLOUR = "#D55E00"  # vermillion
BAR_COLOUR = "#56B4E9"  # sky blue
INK_MAP = "gray_r"  # 0 = white paper, 1 = black ink

# Dark squares for inked pixels (ToggleButton adds mod-active when pressed); the blue of "primary"
# remains if a page drops the style.
_PAD_CSS = """<style>
.caire-pad .caire-pixel { width: 30px; height: 30px; min-width: 30px; padding: 0; margin: 0;
  border: 1px solid #bbb; background-color: #fff; box-shadow: none; }
.caire-pad .caire-pixel.mod-active { background-color: #111 !important; color: #fff; }
</style>"""


def _network(network: DigitNetwork | None) -> DigitNetwork:
    return perception._network(network)


def _new_figure(size, **kwargs):
    import matplotlib.pyplot as plt

    return plt.subplots(figsize=size, layout="constrained", **kwargs)


def _show_image(ax, image, title: str = "", colour: str = "black") -> None:
    ax.imshow(image, cmap=INK_MAP, vmin=0, vmax=1, interpolation="nearest")
    ax.set_xticks([])
    ax.set_yticks([])
    if title:
        ax.set_title(title, fontsize=9, color=colour)


def _kind_label(kind: str) -> str:
    return t(f"m05.kind.{kind}")


# --- charts -------------------------------------------------------------------------------------------


def plot_gallery(per_digit: int = 2):
    """Training images, ``per_digit`` of each digit, as the network sees them (8 x 8 grey squares)."""
    per_digit = whole_number("per_digit", per_digit, 1, 6)
    train = load_digit_images().train
    figure, axes = _new_figure((10, 1.1 * per_digit + 0.4), nrows=per_digit, ncols=10, squeeze=False)
    for digit in DIGITS:
        examples = train.of_digit(digit)
        for row in range(per_digit):
            _show_image(axes[row][digit], examples[row], str(digit) if row == 0 else "")
    figure.suptitle(t("m05.plot.gallery", count=len(train)), fontsize=10)
    return figure


def plot_reading(image, network: DigitNetwork | None = None, title: str | None = None):
    """One image (or drawing) and the probability the network gives each digit."""
    grid = as_drawing(image, "image")
    reading = _network(network).read(grid)
    figure, (left, right) = _new_figure((7, 2.6), ncols=2, width_ratios=[1, 2.2])
    _show_image(left, grid, title or "")
    colours = [RIGHT_COLOUR if digit == reading.digit else BAR_COLOUR for digit in DIGITS]
    right.barh(DIGITS, reading.probabilities, color=colours)
    right.set_yticks(DIGITS)
    right.invert_yaxis()
    right.set_xlim(0, 1)
    right.xaxis.set_major_formatter("{x:.0%}")
    right.set_xlabel(t("m05.plot.probability"))
    right.set_ylabel(t("m05.plot.digit"))
    right.set_title(t("m05.reads", digit=reading.digit, confidence=reading.confidence), fontsize=10)
    return figure


def plot_losses(network: DigitNetwork | None = None):
    """The training error after each epoch."""
    network = _network(network)
    figure, ax = _new_figure((6, 2.8))
    epochs = np.arange(1, len(network.losses) + 1)
    ax.plot(epochs, network.losses, marker="o", markersize=3, color=RIGHT_COLOUR)
    ax.set_xlabel(t("m05.plot.epoch"))
    ax.set_ylabel(t("m05.plot.loss"))
    ax.set_ylim(bottom=0)
    return figure


def plot_transformed(kind: str, amount: float, count: int = 10, network: DigitNetwork | None = None, axes=None):
    """The first ``count`` unseen images made harder by ``amount``, each titled with what the network reads."""
    count = whole_number("count", count, 1, 20)
    amount = perception.check_amount(kind, amount)
    test = load_digit_images().test
    changed = perception.transform(test.images[:count], kind, amount)
    read = _network(network).predict(changed)
    if axes is None:
        figure, axes = _new_figure((10, 1.5), ncols=count, squeeze=False)
        axes = axes[0]
    figure = axes[0].figure
    for ax, image, label, said in zip(axes, changed, test.labels[:count], read):
        right = said == label
        _show_image(ax, image, t("m05.plot.read_as", digit=int(said)) + ("" if right else " ✗"),
                    RIGHT_COLOUR if right else WRONG_COLOUR)
    return figure


def plot_robustness(kinds: Sequence[str] = TRANSFORMS, network: DigitNetwork | None = None):
    """Accuracy on the unseen images as they get harder, one chart per kind of change."""
    if isinstance(kinds, str):
        kinds = [kinds]
    kinds = [one_of("kinds", kind, TRANSFORMS) for kind in kinds]
    if not kinds:
        raise ValueError("kinds must name at least one of " + ", ".join(TRANSFORMS))
    network = _network(network)
    figure, axes = _new_figure((4 * len(kinds), 3), ncols=len(kinds), squeeze=False, sharey=True)
    for number, (ax, kind) in enumerate(zip(axes[0], kinds)):
        amounts = perception.amounts_of(kind)
        scores = [perception.accuracy_when(kind, amount, network) for amount in amounts]
        _draw_curve(ax, kind, amounts, scores)
        if number:
            ax.set_ylabel("")
    return figure


def _draw_curve(ax, kind: str, amounts, scores, current: float | None = None) -> None:
    ax.plot(amounts, scores, marker="o", markersize=3, color=RIGHT_COLOUR)
    ax.axhline(0.1, color="grey", linestyle=":", linewidth=1)
    ax.text(0.99, 0.12, t("m05.plot.chance"), fontsize=7, color="grey", ha="right", transform=ax.get_yaxis_transform())
    if current is not None:
        ax.axvline(current, color=WRONG_COLOUR, linestyle="--", linewidth=1)
    ax.set_ylim(0, 1.02)
    ax.yaxis.set_major_formatter("{x:.0%}")
    ax.set_xlabel(t(f"m05.amount.{kind}"))
    ax.set_ylabel(t("m05.plot.accuracy"))
    ax.set_title(_kind_label(kind), fontsize=10)
    ax.grid(alpha=0.3)


def plot_attack(attacked: perception.Attack):
    """Before, the change, after; and a random change of the same size, for comparison."""
    if not isinstance(attacked, perception.Attack):
        raise TypeError(f"attacked must come from attack_test_image(); got {type(attacked).__name__}")
    figure, axes = _new_figure((10, 2.9), ncols=4)
    before, after, randomly = attacked.before, attacked.after, attacked.after_random

    def title(key: str, reading: perception.Reading) -> tuple[str, str]:
        right = reading.digit == attacked.label
        text = t(key) + "\n" + t("m05.reads", digit=reading.digit, confidence=reading.confidence)
        return text + ("" if right else " ✗"), RIGHT_COLOUR if right else WRONG_COLOUR

    _show_image(axes[0], attacked.original, *title("m05.plot.original", before))
    change = attacked.attacked - attacked.original
    limit = max(attacked.epsilon, 0.01)
    shown = axes[1].imshow(change, cmap="PuOr", vmin=-limit, vmax=limit, interpolation="nearest")
    bar = figure.colorbar(shown, ax=axes[1], ticks=[-limit, 0, limit], fraction=0.046, pad=0.04)
    bar.ax.set_yticklabels([t("m05.plot.less_ink"), "0", t("m05.plot.more_ink")], fontsize=8)
    axes[1].set_xticks([])
    axes[1].set_yticks([])
    axes[1].set_title(t("m05.plot.change", epsilon=attacked.epsilon), fontsize=9)
    _show_image(axes[2], attacked.attacked, *title("m05.plot.attacked", after))
    _show_image(axes[3], attacked.randomised, *title("m05.plot.random", randomly))
    return figure


def plot_confusion(matrix=None):
    """Which digit the network read (columns) for each digit shown (rows); mistakes are off the diagonal."""
    from matplotlib.colors import ListedColormap

    matrix = perception.confusion_matrix() if matrix is None else np.asarray(matrix)
    if matrix.shape != (10, 10) or not np.issubdtype(matrix.dtype, np.integer) or (matrix < 0).any():
        raise ValueError(f"matrix must be 10 x 10 counts; got shape {matrix.shape}")
    figure, ax = _new_figure((5.6, 5))
    errors = np.where(np.eye(10, dtype=bool), np.nan, matrix).astype(float)
    ax.imshow(np.eye(10), cmap=ListedColormap(["white", "#e8e8e8"]), interpolation="nearest")
    ax.imshow(np.where(errors > 0, errors, np.nan), cmap="Oranges", vmin=0, vmax=max(np.nanmax(errors), 1) * 1.3,
              interpolation="nearest")
    for row in DIGITS:
        for column in DIGITS:
            if matrix[row, column]:
                ax.text(column, row, str(matrix[row, column]), ha="center", va="center", fontsize=8,
                        fontweight="bold" if row != column else "normal")
    ax.set_xticks(DIGITS)
    ax.set_yticks(DIGITS)
    ax.set_xlabel(t("m05.plot.read_digit"))
    ax.set_ylabel(t("m05.plot.true_digit"))
    ax.set_title(t("m05.plot.confusion", wrong=int(matrix.sum() - np.trace(matrix)), total=int(matrix.sum())),
                 fontsize=10)
    return figure


def plot_mistakes(network: DigitNetwork | None = None, limit: int = 16):
    """The unseen images the network gets wrong, titled "shown → read"."""
    limit = whole_number("limit", limit, 1, 40)
    wrong = perception.mistakes(network)[:limit]
    test = load_digit_images().test
    columns = 8
    rows = max(1, -(-len(wrong) // columns))
    figure, axes = _new_figure((10, 1.45 * rows), nrows=rows, ncols=columns, squeeze=False)
    for ax in axes.flat:
        ax.axis("off")
    for ax, (index, label, said) in zip(axes.flat, wrong):
        ax.axis("on")
        _show_image(ax, test.images[index], f"{label} → {said}", WRONG_COLOUR)
    return figure


# --- widgets ------------------------------------------------------------------------------------------


def train_with_progress(hidden: Sequence[int] = perception.DEFAULT_HIDDEN, epochs: int = perception.DEFAULT_EPOCHS,
                        seed: int = perception.DEFAULT_SEED) -> DigitNetwork:
    """Train the network live, with a progress bar that moves epoch by epoch; returns the trained network."""
    import ipywidgets as widgets
    from IPython.display import display

    epochs = whole_number("epochs", epochs, 1, 200)
    bar = widgets.IntProgress(value=0, min=0, max=epochs, description=t("m05.training"),
                              style={"description_width": "initial"}, layout=widgets.Layout(width="60%"))
    status = widgets.HTML()
    display(widgets.VBox([bar, status]))

    def on_epoch(epoch: int, loss: float) -> None:
        bar.value = epoch
        status.value = t("m05.epoch", epoch=epoch, epochs=epochs, loss=loss)

    network = perception.train_digit_network(hidden, epochs, seed, on_epoch=on_epoch)
    bar.bar_style = "success"
    status.value = t("m05.trained", seconds=network.train_seconds, images=len(load_digit_images().train),
                     train=network.train_accuracy, test=network.test_accuracy)
    return network


def _bars_html(reading: perception.Reading) -> str:
    rows = []
    for digit, probability in zip(DIGITS, reading.probabilities):
        colour = RIGHT_COLOUR if digit == reading.digit else BAR_COLOUR
        weight = "bold" if digit == reading.digit else "normal"
        rows.append(
            f'<div style="display:flex;align-items:center;height:18px;font-weight:{weight}">'
            f'<span style="width:1.4em">{digit}</span>'
            f'<span style="display:inline-block;width:{max(probability, 0.002) * 180:.1f}px;height:12px;'
            f'background:{colour}"></span><span style="margin-left:6px">{probability:.0%}</span></div>'
        )
    return "".join(rows)


def drawing_pad(start=None, network: DigitNetwork | None = None, show_text: bool = True):
    """An 8 x 8 grid of squares to click (ink / paper); the network's reading and its probabilities follow.

    ``start`` is a drawing to begin with (see ``caire.modules.perception.model.as_drawing``). The returned box has
    ``pad.drawing()`` (the current 8 x 8 grid), ``pad.set_drawing(drawing)`` and ``pad.reading()``.
    """
    import ipywidgets as widgets

    network = _network(network)
    grid = np.zeros((SIDE, SIDE), dtype=np.float32) if start is None else as_drawing(start, "start")
    pixels = [widgets.ToggleButton(value=bool(grid[row, column] >= 0.5), description="",
                                   tooltip=t("m05.pad.square", row=row + 1, column=column + 1),
                                   button_style="primary" if grid[row, column] >= 0.5 else "",
                                   layout=widgets.Layout(width="30px", height="30px", padding="0px"))
              for row in range(SIDE) for column in range(SIDE)]
    for pixel in pixels:
        pixel.add_class("caire-pixel")
    board = widgets.GridBox(pixels, layout=widgets.Layout(grid_template_columns=f"repeat({SIDE}, 30px)",
                                                          grid_gap="1px", width="max-content"))
    clear = widgets.Button(description=t("m05.pad.clear"), icon="eraser", layout=widgets.Layout(width="auto"))
    example = widgets.Button(description=t("m05.pad.example"), icon="image", layout=widgets.Layout(width="auto"))
    headline = widgets.HTML()
    bars = widgets.HTML()
    text = widgets.HTML()
    state = {"busy": False, "example": 0}

    def current() -> np.ndarray:
        return np.array([pixel.value for pixel in pixels], dtype=np.float32).reshape(SIDE, SIDE)

    def update(_change=None) -> None:
        if state["busy"]:
            return
        for pixel in pixels:
            pixel.button_style = "primary" if pixel.value else ""
        drawing = current()
        reading = network.read(drawing)
        key = "m05.pad.blank" if drawing.sum() == 0 else "m05.pad.reads"
        headline.value = "<b>" + html.escape(t(key, digit=reading.digit, confidence=reading.confidence)) + "</b>"
        bars.value = _bars_html(reading)
        lines = ",\n    ".join(f'"{line}"' for line in perception.drawing_text(drawing))
        text.value = (f"<div>{html.escape(t('m05.pad.as_text'))}</div>"
                      f"<pre style='line-height:1.2;margin:2px 0'>[\n    {lines},\n]</pre>")

    def set_drawing(drawing) -> None:
        values = as_drawing(drawing, "drawing")
        state["busy"] = True
        try:
            for pixel, value in zip(pixels, values.ravel()):
                pixel.value = bool(value >= 0.5)
        finally:
            state["busy"] = False
        update()

    def on_clear(_click=None) -> None:
        set_drawing(np.zeros((SIDE, SIDE), dtype=np.float32))

    def on_example(_click=None) -> None:
        image, _ = perception.test_image(state["example"] % len(load_digit_images().test))
        state["example"] += 1
        set_drawing((image >= 0.4).astype(np.float32))

    for pixel in pixels:
        pixel.observe(update, names="value")
    clear.on_click(on_clear)
    example.on_click(on_example)
    update()
    left = widgets.VBox([board, widgets.HBox([clear, example])])
    right = widgets.VBox([headline, bars] + ([text] if show_text else []), layout=widgets.Layout(margin="0 0 0 24px"))
    pad = widgets.VBox([widgets.HTML(_PAD_CSS), widgets.HBox([left, right])])
    pad.add_class("caire-pad")
    pad.pixels = pixels  # plain attributes: not synced to the page
    pad.drawing = current
    pad.set_drawing = set_drawing
    pad.reading = lambda: network.read(current())
    return pad


_READOUT = {"noise": ".2f", "rotate": ".0f", "shift": ".1f"}


def robustness_explorer(kind: str = "rotate", network: DigitNetwork | None = None):
    """Choose a kind of change and its amount; the accuracy on the 540 unseen images is plotted as you go."""
    import ipywidgets as widgets

    network = _network(network)
    kind = one_of("kind", kind, TRANSFORMS)
    chooser = widgets.Dropdown(options=[(_kind_label(name), name) for name in TRANSFORMS], value=kind,
                               description=t("m05.explorer.kind"), style={"description_width": "initial"})
    low, high, step = perception.TRANSFORM_RANGES[kind]
    amount = widgets.FloatSlider(value=0.0, min=low, max=high, step=step, description=t(f"m05.amount.{kind}"),
                                 readout_format=_READOUT[kind], continuous_update=False,
                                 style={"description_width": "initial"}, layout=widgets.Layout(width="60%"))
    sweep = widgets.Button(description=t("m05.explorer.sweep"), icon="chart-line", layout=widgets.Layout(width="auto"))
    score = widgets.HTML()
    chart = widgets.Output()
    tried: dict[str, dict[float, float]] = {name: {} for name in TRANSFORMS}

    def measure(name: str, value: float) -> float:
        value = round(float(value), 6)
        if value not in tried[name]:
            tried[name][value] = perception.accuracy_when(name, value, network)
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
        _draw_curve(ax, name, [p for p, _ in points], [s for _, s in points], current=value)
        lo, hi, _ = perception.TRANSFORM_RANGES[name]
        ax.set_xlim(lo, hi)
        plot_transformed(name, value, 10, network, axes=bottom.subplots(1, 10))
        show_figure(chart, figure)

    def on_kind(change) -> None:
        name = change["new"]
        lo, hi, st = perception.TRANSFORM_RANGES[name]
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
        for value in perception.amounts_of(name):
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


def adversarial_explorer(index: int = perception.LESSON_ATTACK_INDEX, network: DigitNetwork | None = None):
    """A slider for the size of the calculated change; before / change / after / random change of the same size."""
    import ipywidgets as widgets

    network = _network(network)
    test = load_digit_images().test
    index = whole_number("index", index, 0, len(test) - 1)
    epsilon = widgets.FloatSlider(value=0.0, min=0.0, max=0.3, step=0.01, readout_format=".2f",
                                  description=t("m05.attack.epsilon"), continuous_update=False,
                                  style={"description_width": "initial"}, layout=widgets.Layout(width="60%"))
    summary = widgets.HTML()
    chart = widgets.Output()

    def update(_change=None) -> None:
        attacked = perception.attack_test_image(index, epsilon.value, network)
        key = "m05.attack.fooled" if attacked.fooled else "m05.attack.not_fooled"
        summary.value = html.escape(t(key, change=attacked.largest_change, digit=attacked.after.digit,
                                      confidence=attacked.after.confidence, label=attacked.label))
        show_figure(chart, plot_attack(attacked))

    epsilon.observe(update, names="value")
    update()
    box = widgets.VBox([epsilon, summary, chart])
    box.epsilon = epsilon
    return box


# --- the drawing question of the app --------------------------------------------------------------------


def drawing_question_card(question):
    """Like ``caire.core.app.question_card``, for a question answered by drawing: pad, check button, feedback."""
    import ipywidgets as widgets

    from caire.core.app import feedback_html
    from caire.modules.perception.questions import Drawing

    if not isinstance(question.answer_with, Drawing):
        raise TypeError(f"question must be answered with a Drawing; {question.id} is answered with "
                        f"{type(question.answer_with).__name__}")
    pad = drawing_pad(question.answer_with.start, show_text=False)
    button = widgets.Button(description=t("app.check"), button_style="primary", icon="check")
    feedback = widgets.HTML()
    card = widgets.VBox([pad, button, feedback])
    card.add_class(f"caire-question-{question.id}")

    def on_check(_click) -> None:
        result = question.check(pad.drawing())
        feedback.value = feedback_html(result)
        card.passed = result.passed

    button.on_click(on_check)
    card.passed = False
    card.pad = pad
    from caire.core.app import register_card

    # What the app's Submit hands in: the drawing as its 8 lines of text, as the notebook's answer is written
    # (an array of pixels is no answer the grader can read back).
    register_card(question, lambda: perception.drawing_text(pad.drawing()))
    return card


def show_question(exercise, question_id: str) -> None:
    """``caire.core.app.show_question``, except that a question answered by drawing gets the drawing pad's card."""
    from IPython.display import display

    from caire.core import app
    from caire.modules.perception.questions import Drawing

    asked = exercise.question(question_id)
    if isinstance(asked.answer_with, Drawing):
        display(drawing_question_card(asked))
    else:
        app.show_question(exercise, question_id)


def show_drawing(drawing, network: DigitNetwork | None = None):
    """For the assignment: draw a drawing written as text, with what the network reads in it."""
    return plot_reading(as_drawing(drawing, "drawing"), network)
