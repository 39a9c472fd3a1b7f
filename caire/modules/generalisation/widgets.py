"""Module 02's explorers: move a slider, the model is trained live and its two scores are plotted.

The complexity explorer wires its controls itself rather than with :func:`caire.core.explorer.explorer`: choosing
another model family replaces the choices of the complexity slider, which must not redraw the chart on its own.
"""

from __future__ import annotations

from caire.core.explorer import View, explorer
from caire.core.i18n import t
from caire.core.outputs import show_figure
from caire.core.validation import one_of
from caire.modules.generalisation.data import LEAK_MAX_COLUMNS, POOL_SIZE, SIZES, TEST_SIZE, training_size_arg
from caire.modules.generalisation.figures import (
    complexity_label,
    family_label,
    plot_complexity_curve,
    plot_leak,
    plot_model_map,
)
from caire.modules.generalisation.model import (
    FAMILIES,
    complexities,
    complexity_arg,
    family_arg,
    selection_leak,
    train_model,
)

#: The numbers of useless columns the leakage slider offers.
LEAK_COLUMNS = (10, 50, 100, 200, 500, 1000, 2000, 5000)


def _nearest(options: tuple[int, ...], value: int) -> int:
    return min(options, key=lambda option: (abs(option - value), option))


def complexity_explorer(family: str = "tree", complexity: int | None = None, training_size: int = POOL_SIZE):
    """Choose a model family, its complexity and the number of training points; see the model and its curve.

    Each change trains the model live (or reuses it if it was trained before), then draws what it decides
    on the plane (left) and its training and test accuracy at every complexity (right), with the chosen
    complexity marked.
    """
    import ipywidgets as widgets
    import matplotlib.pyplot as plt

    family = family_arg(family)
    training_size = one_of("training_size", training_size_arg(training_size), SIZES)
    options = complexities(family, training_size)
    if complexity is None:
        complexity = options[0]
    complexity = complexity_arg(family, complexity, training_size)
    if complexity not in options:
        raise ValueError(f"complexity must be one of {', '.join(map(str, options))} for {family}; got {complexity}")

    style = {"description_width": "initial"}
    family_buttons = widgets.ToggleButtons(
        options=[(family_label(name), name) for name in FAMILIES],
        value=family,
        description=t("m02.widget.family"),
        style=style,
    )
    complexity_slider = widgets.SelectionSlider(
        options=[(str(c), c) for c in options],
        value=complexity,
        description=complexity_label(family),
        continuous_update=False,
        style=style,
        layout=widgets.Layout(width="60%"),
    )
    size_slider = widgets.SelectionSlider(
        options=[(str(size), size) for size in SIZES],
        value=training_size,
        description=t("m02.widget.training_size"),
        continuous_update=False,
        style=style,
        layout=widgets.Layout(width="60%"),
    )
    scores = widgets.HTML()
    chart = widgets.Output()
    quiet = {"now": False}  # while the complexity slider's options are being replaced

    def update() -> None:
        trained = train_model(family_buttons.value, complexity_slider.value, size_slider.value)
        scores.value = t(
            "m02.widget.scores",
            milliseconds=trained.train_seconds * 1000,
            points=trained.training_size,
            train=trained.train_accuracy,
            test=trained.test_accuracy,
            test_points=TEST_SIZE,
        )
        figure, (left, right) = plt.subplots(1, 2, figsize=(12, 4.3), layout="constrained")
        plot_model_map(trained, ax=left)
        plot_complexity_curve(trained.family, trained.training_size, mark=trained.complexity, ax=right)
        show_figure(chart, figure)

    def reset_complexity(keep: int | None) -> None:
        name = family_buttons.value
        allowed = complexities(name, size_slider.value)
        value = allowed[0] if keep is None else _nearest(allowed, keep)
        quiet["now"] = True
        try:
            complexity_slider.options = [(str(c), c) for c in allowed]
            complexity_slider.value = value
            complexity_slider.description = complexity_label(name)
        finally:
            quiet["now"] = False

    def on_family(_change) -> None:
        reset_complexity(None)
        update()

    def on_size(_change) -> None:
        if family_buttons.value == "knn":
            reset_complexity(complexity_slider.value)
        update()

    def on_complexity(_change) -> None:
        if not quiet["now"]:
            update()

    family_buttons.observe(on_family, names="value")
    size_slider.observe(on_size, names="value")
    complexity_slider.observe(on_complexity, names="value")
    update()
    return widgets.VBox([family_buttons, complexity_slider, size_slider, scores, chart])


def leak_explorer(columns: int = LEAK_MAX_COLUMNS):
    """A slider for the number of useless columns; the leaky and the honest score follow it."""
    import ipywidgets as widgets

    columns = one_of("columns", columns, LEAK_COLUMNS)
    slider = widgets.SelectionSlider(
        options=[(str(c), c) for c in LEAK_COLUMNS],
        value=columns,
        description=t("m02.widget.columns"),
        continuous_update=False,
        style={"description_width": "initial"},
        layout=widgets.Layout(width="60%"),
    )

    def update(chosen: int) -> View:
        scores = selection_leak(chosen)
        text = t("m02.widget.leak_scores", columns=scores.columns, leaky=scores.leaky, honest=scores.honest)
        return View(text, plot_leak(scores))

    return explorer([slider], update)
