"""Charts of module 02 (generalisation and overfitting). Each returns the matplotlib Figure it drew on."""

from __future__ import annotations

import numpy as np

from caire.core.figures import COLOURS, new_axes, percent_axis
from caire.core.i18n import t
from caire.core.numbers import percent
from caire.modules.generalisation.data import (
    CHOICE_SIZE,
    POOL_SIZE,
    TEST_SIZE,
    test_points,
    training_points,
    training_size_arg,
)
from caire.modules.generalisation.model import (
    ChoiceTrap,
    Curve,
    LeakScores,
    TrainedModel,
    complexity_arg,
    complexity_curve,
    family_arg,
    size_curve,
)

#: One colour and one marker per group, readable by people with the common colour-vision deficiencies (Okabe-Ito).
GROUP_COLOURS = (COLOURS["orange"], COLOURS["blue"])
GROUP_MARKERS = ("o", "^")
TRAIN_COLOUR = COLOURS["dark_grey"]
TEST_COLOUR = COLOURS["vermillion"]
#: The line that marks the learner's choice on a curve.
MARK_COLOUR = COLOURS["grey"]
#: The part of the plane the maps show (all training and test points fall inside).
MAP_X = (-2.0, 3.0)
MAP_Y = (-1.6, 2.1)
MAP_STEPS = 160


def group_label(group: int, language: str | None = None) -> str:
    """The learner-facing name of group 0 or 1."""
    if group not in (0, 1):
        raise ValueError(f"group must be 0 or 1; got {group!r}")
    return t(f"m02.group.{int(group)}", language)


def family_label(family: str, language: str | None = None) -> str:
    """The learner-facing name of a model family ("decision tree", ...)."""
    return t(f"m02.family.{family_arg(family)}", language)


def complexity_label(family: str, language: str | None = None) -> str:
    """What the complexity of ``family`` is called ("depth", "k (neighbours)", "degree")."""
    return t(f"m02.complexity.{family_arg(family)}", language)


def setting_label(family: str, value: int, language: str | None = None) -> str:
    """A model's setting in a few words: "depth 5", "k = 15", "degree 8"."""
    return t(f"m02.setting.{family_arg(family)}", language, value=value)


def _scatter(ax, X, y, size=16, alpha=0.9) -> None:
    for group in (0, 1):
        ax.scatter(
            X[y == group, 0],
            X[y == group, 1],
            s=size,
            color=GROUP_COLOURS[group],
            alpha=alpha,
            marker=GROUP_MARKERS[group],
            edgecolor="black",
            linewidth=0.3,
            label=group_label(group),
        )


def _frame(ax) -> None:
    ax.set_xlim(*MAP_X)
    ax.set_ylim(*MAP_Y)
    ax.set_xlabel(t("m02.plot.measurement", number=1))
    ax.set_ylabel(t("m02.plot.measurement", number=2))


def plot_points(training_size: int = POOL_SIZE, show_test: bool = False, ax=None):
    """The training points (and, if ``show_test``, the test points, small and pale) on the plane."""
    points = training_points(training_size)
    if not isinstance(show_test, bool):
        raise TypeError(f"show_test must be True or False; got {show_test!r}")
    figure, ax = new_axes(ax, size=(6, 4))
    if show_test:
        test = test_points()
        ax.scatter(test.X[:, 0], test.X[:, 1], s=3, color=COLOURS["grey"], alpha=0.5, label=t("m02.plot.test_points"))
    _scatter(ax, points.X, points.y)
    _frame(ax)
    ax.set_title(t("m02.plot.points_title", points=len(points)), fontsize=10)
    ax.legend(loc="upper right", fontsize=8)
    return figure


def plot_model_map(trained: TrainedModel, ax=None):
    """The plane shaded by the group the model gives each place, with the points it was trained on."""
    from matplotlib.colors import ListedColormap

    if not isinstance(trained, TrainedModel):
        raise TypeError(f"trained must be a model from train_model(...); got {type(trained).__name__}")
    figure, ax = new_axes(ax, size=(6, 4))
    xs, ys = np.linspace(*MAP_X, MAP_STEPS), np.linspace(*MAP_Y, MAP_STEPS)
    grid_x, grid_y = np.meshgrid(xs, ys)
    regions = trained.predict(np.column_stack([grid_x.ravel(), grid_y.ravel()])).reshape(grid_x.shape)
    ax.contourf(grid_x, grid_y, regions, levels=[-0.5, 0.5, 1.5], cmap=ListedColormap(GROUP_COLOURS), alpha=0.22)
    points = training_points(trained.training_size)
    _scatter(ax, points.X, points.y)
    _frame(ax)
    ax.set_title(
        t(
            "m02.plot.map_title",
            family=family_label(trained.family),
            setting=setting_label(trained.family, trained.complexity),
            points=trained.training_size,
        ),
        fontsize=10,
    )
    ax.legend(loc="upper right", fontsize=8)
    return figure


def _percent_axis(ax) -> None:
    ax.set_ylim(0.45, 1.02)
    percent_axis(ax.yaxis)
    ax.set_ylabel(t("m02.plot.accuracy"))
    ax.grid(alpha=0.3)


def _curve_lines(ax, curve: Curve, positions) -> None:
    ax.plot(positions, curve.train, color=TRAIN_COLOUR, linestyle="--", marker=".", label=t("m02.plot.train_line"))
    ax.plot(
        positions, curve.test, color=TEST_COLOUR, linestyle="-", marker="o", markersize=4, label=t("m02.plot.test_line")
    )


def plot_complexity_curve(family: str, training_size: int = POOL_SIZE, mark: int | None = None, ax=None):
    """Training and test accuracy of ``family`` at each complexity, simplest on the left; ``mark`` draws a line."""
    family = family_arg(family)
    training_size = training_size_arg(training_size)
    curve = complexity_curve(family, training_size)
    if mark is not None:
        mark = complexity_arg(family, mark, training_size)
        if mark not in curve.steps:
            raise ValueError(f"mark must be one of {', '.join(map(str, curve.steps))}; got {mark}")
    figure, ax = new_axes(ax, size=(6, 4))
    positions = np.arange(len(curve.steps))
    _curve_lines(ax, curve, positions)
    ax.set_xticks(positions, [str(step) for step in curve.steps])
    if mark is not None:
        ax.axvline(curve.steps.index(mark), color=MARK_COLOUR, linewidth=1, label=t("m02.plot.your_choice"))
    ax.set_xlabel(t("m02.plot.complexity_axis", complexity=complexity_label(family)))
    _percent_axis(ax)
    ax.set_title(t("m02.plot.curve_title", family=family_label(family), points=training_size), fontsize=10)
    ax.legend(loc="lower right", fontsize=8)
    return figure


def plot_size_curve(family: str, complexity: int, mark: int | None = None, ax=None):
    """Training and test accuracy of one model as the number of training points grows."""
    family = family_arg(family)
    curve = size_curve(family, complexity)
    if mark is not None:
        mark = training_size_arg(mark)
    figure, ax = new_axes(ax, size=(6, 4))
    _curve_lines(ax, curve, curve.steps)
    if mark is not None:
        ax.axvline(mark, color=MARK_COLOUR, linewidth=1, label=t("m02.plot.your_choice"))
    ax.set_xlabel(t("m02.plot.size_axis"))
    _percent_axis(ax)
    ax.set_title(
        t("m02.plot.size_title", family=family_label(family), setting=setting_label(family, complexity)), fontsize=10
    )
    ax.legend(loc="lower right", fontsize=8)
    return figure


def _score_bars(ax, labels: list[str], values: list[float], colours: list[str], title: str) -> None:
    positions = np.arange(len(values))[::-1]
    ax.barh(positions, values, color=colours, height=0.6)
    for position, value in zip(positions, values):
        ax.text(
            value - 0.01,
            position,
            percent(value),
            va="center",
            ha="right",
            color=COLOURS["black"],  # at least 5:1 on every bar colour; white text would be below 4.5:1 on most
            fontsize=10,
            fontweight="bold",
        )
    ax.set_yticks(positions, labels)
    ax.set_xlim(0, 1.0)
    percent_axis(ax.xaxis)
    ax.set_xlabel(t("m02.plot.accuracy"))
    ax.set_title(title, fontsize=10)


def plot_choice_trap(trap: ChoiceTrap, ax=None):
    """Two bars: the chosen model's score on the points used to choose it, and on new points."""
    if not isinstance(trap, ChoiceTrap):
        raise TypeError(f"trap must come from choice_on_test_points(); got {type(trap).__name__}")
    figure, ax = new_axes(ax, size=(7, 2.6))
    labels = [t("m02.plot.on_choice_points", points=CHOICE_SIZE), t("m02.plot.on_new_points", points=TEST_SIZE)]
    _score_bars(
        ax,
        labels,
        [trap.on_choice_points, trap.on_new_points],
        [COLOURS["purple"], TEST_COLOUR],
        t(
            "m02.plot.choice_title",
            family=family_label(trap.family),
            setting=setting_label(trap.family, trap.complexity),
            models=trap.models_tried,
        ),
    )
    return figure


def plot_leak(scores: LeakScores, ax=None):
    """Two bars, leaky and honest, with the 50% a coin flip gets."""
    if not isinstance(scores, LeakScores):
        raise TypeError(f"scores must come from selection_leak(); got {type(scores).__name__}")
    figure, ax = new_axes(ax, size=(7, 2.6))
    _score_bars(
        ax,
        [t("m02.plot.leaky"), t("m02.plot.honest")],
        [scores.leaky, scores.honest],
        [COLOURS["purple"], COLOURS["green"]],
        t("m02.plot.leak_title", columns=scores.columns),
    )
    ax.axvline(0.5, color=COLOURS["black"], linestyle=":", label=t("m02.plot.coin_flip"))
    ax.legend(loc="lower right", fontsize=8)
    return figure
