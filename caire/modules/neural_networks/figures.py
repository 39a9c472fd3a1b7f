"""Module 04's charts: the point sets, what one neuron says, gradient descent, a network's map and loss curve.

Each ``plot_*`` returns the matplotlib Figure it drew on; :class:`LiveChart` redraws a network's map and loss
curve into PNG bytes while it trains (the playground of ``widgets.py``).
"""

from __future__ import annotations

import io
from collections.abc import Sequence

import numpy as np

from caire.core.figures import COLOURS, describe, localise, new_axes
from caire.core.i18n import t
from caire.core.validation import whole_number
from caire.modules.neural_networks.data import (
    PLANE,
    SHAPES,
    Points,
    check_split,
    descent_examples,
    make_points,
    shape_label,
)
from caire.modules.neural_networks.model import (
    DESCENT_START,
    NetworkRun,
    best_weight,
    check_neuron,
    check_run,
    descend,
    descent_loss,
    neuron_accuracy,
    neuron_output,
)

#: Orange for group 0, blue for group 1.
GROUP_COLOURS = (COLOURS["orange"], COLOURS["blue"])
GROUP_MARKERS = ("o", "s")


def _two_axes(size: tuple[float, float], ratios: Sequence[float]):
    """A figure with two axes side by side, ``ratios`` their widths, tick labels localised."""
    figure, (left, right) = new_axes(size=size, columns=2, width_ratios=ratios)
    return figure, left, right


def _group_colours():
    from matplotlib.colors import LinearSegmentedColormap

    return LinearSegmentedColormap.from_list("caire_groups", [GROUP_COLOURS[0], "#FFFFFF", GROUP_COLOURS[1]])


def _grid(size: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    axis = np.linspace(-PLANE, PLANE, size)
    g1, g2 = np.meshgrid(axis, axis)
    return g1, g2, np.c_[g1.ravel(), g2.ravel()].astype(np.float32)


def _draw_points(ax, points: Points, legend: bool = True) -> None:
    for group in (0, 1):
        chosen = points.X[points.y == group]
        ax.scatter(
            chosen[:, 0],
            chosen[:, 1],
            s=16,
            color=GROUP_COLOURS[group],
            marker=GROUP_MARKERS[group],
            edgecolor="black",
            linewidth=0.4,
            label=t(f"m04.group.{group}"),
        )
    ax.set_xlim(-PLANE, PLANE)
    ax.set_ylim(-PLANE, PLANE)
    ax.set_aspect("equal")
    ax.set_xlabel(t("m04.plot.x1"))
    ax.set_ylabel(t("m04.plot.x2"))
    if legend:
        ax.legend(loc="upper left", fontsize=7, framealpha=0.8)


def _draw_map(ax, probability_of_blue: np.ndarray, g1: np.ndarray, g2: np.ndarray) -> None:
    """Shade the plane by the probability of blue, with the border (probability one half) drawn in black."""
    shades = probability_of_blue.reshape(g1.shape)
    ax.contourf(g1, g2, shades, levels=np.linspace(0, 1, 11), cmap=_group_colours(), alpha=0.55)
    if shades.min() < 0.5 < shades.max():
        ax.contour(g1, g2, shades, levels=[0.5], colors="black", linewidths=1.0)


def plot_points(shape: str = "circles", split: str = "train", ax=None):
    """The points of one set, orange and blue. Returns the Figure."""
    points = make_points(shape, split)
    figure, ax = new_axes(ax, size=(4.6, 4.2))
    _draw_points(ax, points)
    ax.set_title(t("m04.plot.points_title", shape=shape_label(shape), count=len(points)), fontsize=9)
    return figure


def plot_shapes(split: str = "train"):
    """The four point sets side by side. Returns the Figure."""
    check_split(split)
    figure, axes = new_axes(size=(11, 3.2), columns=len(SHAPES))
    for ax, shape in zip(axes, SHAPES):
        _draw_points(ax, make_points(shape, split), legend=False)
        ax.set_title(shape_label(shape), fontsize=10)
    return figure


def plot_neuron(w1: float, w2: float, bias: float, shape: str = "clouds", split: str = "train", ax=None):
    """The points, with the plane shaded by what one neuron with these weights says. Returns the Figure."""
    w1, w2, bias = check_neuron(w1, w2, bias)
    points = make_points(shape, split)
    figure, ax = new_axes(ax, size=(4.6, 4.2))
    g1, g2, plane = _grid(80)
    _draw_map(ax, neuron_output(plane, w1, w2, bias), g1, g2)
    _draw_points(ax, points)
    accuracy = neuron_accuracy(w1, w2, bias, shape, split)
    ax.set_title(t("m04.plot.neuron_title", w1=w1, w2=w2, bias=bias, accuracy=accuracy), fontsize=9)
    return figure


def plot_descent(learning_rate: float, steps: int = 10, start: float = DESCENT_START, ax=None):
    """Left: the examples and the line of the last weight. Right: the loss bowl and the descent's steps."""
    weights = descend(learning_rate, steps, start)
    x, y = descent_examples()
    if ax is None:
        figure, left, right = _two_axes((10, 3.6), [1, 1.4])
    else:
        figure, left, right = ax.figure, None, ax
    if left is not None:
        left.scatter(x, y, color=GROUP_COLOURS[1], edgecolor="black", linewidth=0.4, label=t("m04.plot.examples"))
        span = np.array([0, 1.6])
        last = weights[-1]
        left.plot(span, last * span, color="black", label=t("m04.plot.prediction", weight=last))
        left.set_xlim(0, 1.6)
        left.set_ylim(-1, 4)
        left.set_xlabel("x")
        left.set_ylabel("y")
        left.legend(loc="upper left", fontsize=8)
    low, high = -2.0, 6.0
    curve = np.linspace(low, high, 200)
    right.plot(curve, [descent_loss(w) for w in curve], color=COLOURS["grey"])
    shown = (weights >= low) & (weights <= high)
    losses = np.array([descent_loss(w) if abs(w) < 1e6 else np.inf for w in weights])
    right.plot(
        weights[shown],
        losses[shown],
        "o-",
        color=GROUP_COLOURS[0],
        markeredgecolor="black",
        markersize=5,
        linewidth=1,
    )
    right.plot(
        [weights[0]], [losses[0]], "o", color="white", markeredgecolor="black", markersize=7, label=t("m04.plot.start")
    )
    right.axvline(best_weight(), color="black", linestyle=":", label=t("m04.plot.best_weight"))
    right.set_xlim(low, high)
    right.set_ylim(0, descent_loss(high) * 1.05)
    right.set_xlabel(t("m04.plot.weight"))
    right.set_ylabel(t("m04.plot.loss"))
    escaped = int((~shown).sum())
    right.set_title(
        t("m04.plot.descent_title", rate=learning_rate, steps=steps, loss=losses[-1])
        + ("\n" + t("m04.plot.escaped", count=escaped) if escaped else ""),
        fontsize=9,
    )
    right.legend(loc="upper center", fontsize=8)
    return figure


def network_title(run: NetworkRun) -> str:
    """The settings and scores of a trained network, as a chart's title (two lines)."""
    layers = ", ".join(map(str, run.hidden)) if run.hidden else "0"
    return t(
        "m04.plot.network_title",
        shape=shape_label(run.shape),
        layers=layers,
        activation=run.activation,
        rate=run.learning_rate,
        epochs=run.epochs,
        train=run.train_accuracy,
        test=run.test_accuracy,
    )


def _draw_losses(ax, losses: Sequence[float], epochs: int) -> None:
    ax.plot(np.arange(1, len(losses) + 1), losses, color="black")
    ax.set_xlim(0, epochs)
    ax.set_ylim(0, max(0.8, max(losses, default=0.8) * 1.05))
    ax.set_xlabel(t("m04.plot.epoch"))
    ax.set_ylabel(t("m04.plot.loss"))
    ax.set_title(t("m04.plot.loss_title"), fontsize=9)


def plot_network(run: NetworkRun, split: str = "train"):
    """Left: the points and the plane shaded by what the network says. Right: its loss after each epoch."""
    run, split = check_run(run), check_split(split)
    figure, left, right = _two_axes((9, 4), [1, 1.1])
    g1, g2, plane = _grid(80)
    _draw_map(left, run.predict_proba(plane), g1, g2)
    _draw_points(left, make_points(run.shape, split))
    left.set_title(network_title(run), fontsize=8)
    _draw_losses(right, run.losses, run.epochs)
    return figure


def plot_neuron_descent(run: NetworkRun, moments: int = 6):
    """The border of a one-neuron network at a few moments of its training, and its loss after each epoch."""
    run = check_run(run)
    moments = whole_number("moments", moments, 2, 20)
    if run.hidden:
        raise ValueError("run must be a network with no hidden layer (hidden=[]), to be drawn as one neuron")
    figure, left, right = _two_axes((9, 4), [1, 1.1])
    _draw_points(left, make_points(run.shape, "train"), legend=False)
    span = np.linspace(-PLANE, PLANE, 2)
    chosen = np.unique(np.geomspace(1, len(run.neuron_path), moments).astype(int) - 1)
    for rank, epoch in enumerate(chosen):
        w1, w2, bias = run.neuron_path[epoch]
        shade = 0.55 * (1 - (rank + 1) / len(chosen))  # light grey to black; 0.55 (#8C8C8C) still keeps 3:1
        label = t("m04.plot.after_epochs", epochs=epoch)
        if abs(w2) > abs(w1):  # the border w1*x1 + w2*x2 + bias = 0, drawn as x2 = f(x1) or x1 = f(x2)
            left.plot(span, -(w1 * span + bias) / w2, color=str(shade), linewidth=1.5, label=label)
        else:
            left.plot(-(w2 * span + bias) / w1, span, color=str(shade), linewidth=1.5, label=label)
    left.set_xlim(-PLANE, PLANE)
    left.set_ylim(-PLANE, PLANE)
    left.legend(loc="lower right", fontsize=7, framealpha=0.8)
    w1, w2, bias = run.neuron_path[-1]
    left.set_title(t("m04.plot.neuron_found", w1=w1, w2=w2, bias=bias, accuracy=run.train_accuracy), fontsize=8)
    _draw_losses(right, run.losses, run.epochs)
    return figure


def _png(figure) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=72)
    return buffer.getvalue()


class LiveChart:
    """The map and the loss curve of a network being trained, redrawn into PNG bytes a few times per training."""

    def __init__(self, shape: str, epochs: int) -> None:
        from matplotlib.figure import Figure

        self.figure = Figure(figsize=(9, 3.8), layout="constrained")
        self.map, self.curve = self.figure.subplots(1, 2, gridspec_kw={"width_ratios": [1, 1.1]})
        localise(self.map)
        localise(self.curve)
        self.g1, self.g2, self.plane = _grid(40)
        self.shape, self.epochs = shape, epochs
        _draw_points(self.map, make_points(shape, "train"))
        _draw_losses(self.curve, [], epochs)
        (self.line,) = self.curve.get_lines()
        self.shading: list = []
        # Lay the figure out once, with room for a two-line title, then keep that layout: redoing it at each
        # frame would cost more than drawing.
        self.map.set_title("\n", fontsize=8)
        self.figure.draw_without_rendering()
        self.figure.set_layout_engine("none")

    def frame(self, network, losses: Sequence[float], title: str) -> bytes:
        """The chart for ``network`` (anything with ``predict_proba``) after ``losses``, titled ``title``, as PNG."""
        for artist in self.shading:
            artist.remove()
        before = list(self.map.collections)
        probability = network.predict_proba(self.plane)[:, 1]
        _draw_map(self.map, probability, self.g1, self.g2)
        self.shading = [artist for artist in self.map.collections if artist not in before]
        for artist in self.shading:
            artist.set_zorder(0)
        self.map.set_title(title, fontsize=8)
        self.line.set_data(np.arange(1, len(losses) + 1), losses)
        self.curve.set_ylim(0, max(0.8, max(losses, default=0.8) * 1.05))
        return _png(self.figure)

    def html(self, png: bytes, final: bool) -> str:
        """The frame as an image with its text alternative: what the chart shows once trained (its title, the map,
        the loss curve: :func:`caire.core.figures.describe`), or while training just its title."""
        import base64
        import html as html_

        alt = describe(self.figure) if final else self.map.get_title()
        encoded = base64.b64encode(png).decode("ascii")
        return (
            f'<img src="data:image/png;base64,{encoded}" alt="{html_.escape(alt, quote=True)}" '
            'style="max-width:100%;height:auto">'
        )
