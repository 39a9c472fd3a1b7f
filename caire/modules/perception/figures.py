"""Module 05's charts: the digit images, what the network reads, its training, harder images, the attack, mistakes.

Each chart returns the matplotlib Figure it drew on. Right and wrong are also written, never shown by colour alone.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from caire.core.figures import BACKGROUNDS, COLOURS, TEXT_COLOURS, localise, new_axes, percent_axis
from caire.core.i18n import t
from caire.core.numbers import integer
from caire.core.validation import one_of, whole_number
from caire.modules.perception.data import (
    DIGITS,
    TRANSFORMS,
    amounts_of,
    as_drawing,
    check_amount,
    load_digit_images,
    transform,
)
from caire.modules.perception.model import (
    Attack,
    DigitNetwork,
    Reading,
    accuracy_when,
    check_network,
    confusion_matrix,
    mistakes,
)

RIGHT_COLOUR = COLOURS["blue"]
WRONG_COLOUR = COLOURS["vermillion"]
#: A title that says a reading is wrong (with a ✗), in the widgets' colour for a wrong answer (text needs 4.5:1).
WRONG_TEXT_COLOUR = TEXT_COLOURS["wrong"]
BAR_COLOUR = COLOURS["sky"]
INK_MAP = "gray_r"  # 0 = white paper, 1 = black ink


def _axes_grid(rows: int, columns: int, size: tuple[float, float]):
    """A figure and its ``rows`` x ``columns`` axes, always as a 2-D array."""
    figure, axes = new_axes(size=size, rows=rows, columns=columns)
    return figure, np.asarray(axes, dtype=object).reshape(rows, columns)


def _show_image(ax, image, title: str = "", colour: str = "black") -> None:
    ax.imshow(image, cmap=INK_MAP, vmin=0, vmax=1, interpolation="nearest")
    ax.set_xticks([])
    ax.set_yticks([])
    if title:
        ax.set_title(title, fontsize=9, color=colour)


def kind_label(kind: str) -> str:
    """The name of a kind of change (noise, tilt, shift) in the learner's language."""
    return t(f"m05.kind.{one_of('kind', kind, TRANSFORMS)}")


def plot_gallery(per_digit: int = 2):
    """Training images, ``per_digit`` of each digit, as the network sees them (8 x 8 grey squares)."""
    per_digit = whole_number("per_digit", per_digit, 1, 6)
    train = load_digit_images().train
    figure, axes = _axes_grid(per_digit, 10, (10, 1.1 * per_digit + 0.4))
    for digit in DIGITS:
        examples = train.of_digit(digit)
        for row in range(per_digit):
            _show_image(axes[row][digit], examples[row], str(digit) if row == 0 else "")
    figure.suptitle(t("m05.plot.gallery", count=len(train)), fontsize=10)
    return figure


def plot_reading(image, network: DigitNetwork | None = None, title: str | None = None):
    """One image (or drawing) and the probability the network gives each digit."""
    grid = as_drawing(image, "image")
    reading: Reading = check_network(network).read(grid)
    figure, (left, right) = new_axes(size=(7, 2.6), columns=2, width_ratios=[1, 2.2])
    _show_image(left, grid, title or "")
    colours = [RIGHT_COLOUR if digit == reading.digit else BAR_COLOUR for digit in DIGITS]
    right.barh(DIGITS, reading.probabilities, color=colours)
    right.set_yticks(DIGITS)
    right.invert_yaxis()
    right.set_xlim(0, 1)
    percent_axis(right.xaxis)
    right.set_xlabel(t("m05.plot.probability"))
    right.set_ylabel(t("m05.plot.digit"))
    right.set_title(t("m05.reads", digit=reading.digit, confidence=reading.confidence), fontsize=10)
    return figure


def plot_losses(network: DigitNetwork | None = None):
    """The training error after each epoch."""
    network = check_network(network)
    figure, ax = new_axes(size=(6, 2.8))
    epochs = np.arange(1, len(network.losses) + 1)
    ax.plot(epochs, network.losses, marker="o", markersize=3, color=RIGHT_COLOUR)
    ax.set_xlabel(t("m05.plot.epoch"))
    ax.set_ylabel(t("m05.plot.loss"))
    ax.set_ylim(bottom=0)
    return figure


def plot_transformed(kind: str, amount: float, count: int = 10, network: DigitNetwork | None = None, axes=None):
    """The first ``count`` unseen images made harder by ``amount``, each titled with what the network reads."""
    count = whole_number("count", count, 1, 20)
    amount = check_amount(kind, amount)
    test = load_digit_images().test
    changed = transform(test.images[:count], kind, amount)
    read = check_network(network).predict(changed)
    if axes is None:
        figure, axes = _axes_grid(1, count, (10, 1.5))
        axes = axes[0]
    figure = axes[0].figure
    for ax, image, label, said in zip(axes, changed, test.labels[:count], read):
        right = said == label
        _show_image(
            ax,
            image,
            t("m05.plot.read_as", digit=int(said)) + ("" if right else " ✗"),
            RIGHT_COLOUR if right else WRONG_TEXT_COLOUR,
        )
    return figure


def draw_curve(ax, kind: str, amounts, scores, current: float | None = None) -> None:
    """On ``ax``: the share of unseen images read right (``scores``) against the ``amounts`` of change of ``kind``."""
    localise(ax)
    ax.plot(amounts, scores, marker="o", markersize=3, color=RIGHT_COLOUR)
    ax.axhline(0.1, color=COLOURS["grey"], linestyle=":", linewidth=1)
    ax.text(
        0.99,
        0.12,
        t("m05.plot.chance"),
        fontsize=7,
        color=TEXT_COLOURS["muted"],
        ha="right",
        transform=ax.get_yaxis_transform(),
    )
    if current is not None:
        ax.axvline(current, color=WRONG_COLOUR, linestyle="--", linewidth=1)
    ax.set_ylim(0, 1.02)
    percent_axis(ax.yaxis)
    ax.set_xlabel(t(f"m05.amount.{kind}"))
    ax.set_ylabel(t("m05.plot.accuracy"))
    ax.set_title(kind_label(kind), fontsize=10)
    ax.grid(alpha=0.3)


def plot_robustness(kinds: Sequence[str] = TRANSFORMS, network: DigitNetwork | None = None):
    """Accuracy on the unseen images as they get harder, one chart per kind of change."""
    if isinstance(kinds, str):
        kinds = [kinds]
    kinds = [one_of("kinds", kind, TRANSFORMS) for kind in kinds]
    if not kinds:
        raise ValueError("kinds must name at least one of " + ", ".join(TRANSFORMS))
    network = check_network(network)
    figure, axes = _axes_grid(1, len(kinds), (4 * len(kinds), 3))
    for number, (ax, kind) in enumerate(zip(axes[0], kinds)):
        amounts = amounts_of(kind)
        scores = [accuracy_when(kind, amount, network) for amount in amounts]
        draw_curve(ax, kind, amounts, scores)
        if number:  # the charts share the first one's vertical axis
            ax.sharey(axes[0][0])
            ax.set_ylabel("")
            ax.tick_params(labelleft=False)
    return figure


def plot_attack(attacked: Attack):
    """Before, the change, after; and a random change of the same size, for comparison."""
    if not isinstance(attacked, Attack):
        raise TypeError(f"attacked must come from attack_test_image(); got {type(attacked).__name__}")
    figure, axes = new_axes(size=(10, 2.9), columns=4)
    before, after, randomly = attacked.before, attacked.after, attacked.after_random

    def title(key: str, reading: Reading) -> tuple[str, str]:
        right = reading.digit == attacked.label
        text = t(key) + "\n" + t("m05.reads", digit=reading.digit, confidence=reading.confidence)
        return text + ("" if right else " ✗"), RIGHT_COLOUR if right else WRONG_TEXT_COLOUR

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

    matrix = confusion_matrix() if matrix is None else np.asarray(matrix)
    if matrix.shape != (10, 10) or not np.issubdtype(matrix.dtype, np.integer) or (matrix < 0).any():
        raise ValueError(f"matrix must be 10 x 10 counts; got shape {matrix.shape}")
    figure, ax = new_axes(size=(5.6, 5))
    errors = np.where(np.eye(10, dtype=bool), np.nan, matrix).astype(float)
    ax.imshow(
        np.eye(10), cmap=ListedColormap([BACKGROUNDS["white"], BACKGROUNDS["pale_grey"]]), interpolation="nearest"
    )
    ax.imshow(
        np.where(errors > 0, errors, np.nan),
        cmap="Oranges",
        vmin=0,
        vmax=max(np.nanmax(errors), 1) * 1.3,
        interpolation="nearest",
    )
    for row in DIGITS:
        for column in DIGITS:
            if matrix[row, column]:
                ax.text(
                    column,
                    row,
                    integer(int(matrix[row, column])),
                    ha="center",
                    va="center",
                    fontsize=8,
                    fontweight="bold" if row != column else "normal",
                )
    ax.set_xticks(DIGITS)
    ax.set_yticks(DIGITS)
    ax.set_xlabel(t("m05.plot.read_digit"))
    ax.set_ylabel(t("m05.plot.true_digit"))
    wrong, total = int(matrix.sum() - np.trace(matrix)), int(matrix.sum())
    ax.set_title(t("m05.plot.confusion", wrong=wrong, total=total), fontsize=10)
    return figure


def plot_mistakes(network: DigitNetwork | None = None, limit: int = 16):
    """The unseen images the network gets wrong, titled "shown → read"."""
    limit = whole_number("limit", limit, 1, 40)
    wrong = mistakes(network)[:limit]
    test = load_digit_images().test
    columns = 8
    rows = max(1, -(-len(wrong) // columns))
    figure, axes = _axes_grid(rows, columns, (10, 1.45 * rows))
    for ax in axes.flat:
        ax.axis("off")
    for ax, (index, label, said) in zip(axes.flat, wrong):
        ax.axis("on")
        _show_image(ax, test.images[index], f"{label} → {said}", WRONG_TEXT_COLOUR)
    return figure


def show_drawing(drawing, network: DigitNetwork | None = None):
    """For the assignment: draw a drawing written as text, with what the network reads in it."""
    return plot_reading(as_drawing(drawing, "drawing"), network)
