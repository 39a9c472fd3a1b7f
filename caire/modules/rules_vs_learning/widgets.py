"""Module 01's widgets: move a slider, see the hand rule change at once; press a button, a tree is trained live.

The lesson page (pages/<lang>/01-rules-vs-learning.ipynb) has no code to edit: each step where the notebook asks
to change a number or a list has its widget here (threshold_explorer, rule_and_tree, custom_tree_trainer)."""

from __future__ import annotations

import html

from caire.core.explorer import View, explorer, slider
from caire.core.figures import new_axes
from caire.core.i18n import t
from caire.core.outputs import clear, show_text
from caire.core.validation import number_between, whole_number
from caire.modules.rules_vs_learning.data import load_wines, measurement_label
from caire.modules.rules_vs_learning.figures import plot_measurement, plot_rule_map, plot_tree_map
from caire.modules.rules_vs_learning.model import (
    MAX_DEPTH_LIMIT,
    one_threshold_rule_accuracy,
    train_tree,
    two_step_rule_accuracy,
)

#: Where the one-question rule's threshold may go: the proline of the wines runs from about 280 to 1680.
THRESHOLD_RANGE = (300, 1700)


def rule_explorer(proline_min: float = 1000, flavanoids_min: float = 1.0):
    """Two sliders for the two thresholds of the hand rule; the score and the map follow them."""
    controls = [
        slider(proline_min, 300, 1700, 5, t("m01.widget.proline_min")),
        slider(flavanoids_min, 0.3, 5.0, 0.05, t("m01.widget.flavanoids_min")),
    ]

    def update(proline: float, flavanoids: float) -> View:
        score = t(
            "m01.widget.rule_score",
            train=two_step_rule_accuracy(proline, flavanoids, "train"),
            test=two_step_rule_accuracy(proline, flavanoids, "test"),
        )
        return View(score, plot_rule_map(proline, flavanoids))

    return explorer(controls, update)


def tree_trainer(start_depth: int = 2):
    """A depth slider and a button that trains a tree live and shows its time, scores and rules."""
    import ipywidgets as widgets

    depth = widgets.IntSlider(
        value=start_depth,
        min=1,
        max=MAX_DEPTH_LIMIT,
        description=t("m01.widget.depth"),
        style={"description_width": "initial"},
    )
    button = widgets.Button(description=t("m01.widget.train"), button_style="primary", icon="play")
    result = widgets.HTML()
    rules = widgets.Output()

    def train(_click=None) -> None:
        trained = train_tree(depth.value)
        result.value = t(
            "m01.widget.trained",
            milliseconds=trained.train_seconds * 1000,
            wines=len(load_wines().train),
            train=trained.train_accuracy,
            test=trained.test_accuracy,
        )
        show_text(rules, trained.as_rules())

    button.on_click(train)
    train()
    return widgets.VBox([widgets.HBox([depth, button]), result, rules])


# --- the lesson page's twins of its "edit the code" steps -----------------------------------------------------


def threshold_explorer(threshold: float = 1000):
    """One slider for the threshold of the one-question rule ("proline ≥ threshold: cultivar 0"); the chart and
    the two scores follow it. The page's twin of the lesson's cell that sets ``threshold = 1000``."""
    threshold = number_between("threshold", threshold, THRESHOLD_RANGE[0], THRESHOLD_RANGE[1])
    controls = [slider(threshold, *THRESHOLD_RANGE, 5, t("m01.widget.threshold"))]

    def update(value: float) -> View:
        score = t(
            "m01.widget.rule_score",
            train=one_threshold_rule_accuracy(value, split="train"),
            test=one_threshold_rule_accuracy(value, split="test"),
        )
        return View(score, plot_measurement("proline", threshold=value))

    return explorer(controls, update)


def rule_and_tree(trained, proline_min: float = 750, flavanoids_min: float = 1.5):
    """Two sliders for the learner's best rule, drawn beside the tree ``trained`` on proline and flavanoids, with
    the two scores of each. The page's twin of the lesson's cells that set ``my_proline_min`` and
    ``my_flavanoids_min`` and draw the two maps."""
    if set(getattr(trained, "measurements", ())) != {"proline", "flavanoids"}:
        raise ValueError("trained must be a tree trained on ['proline', 'flavanoids'] only (see train_tree)")
    proline_min = number_between("proline_min", proline_min, 300, 1700)
    flavanoids_min = number_between("flavanoids_min", flavanoids_min, 0.3, 5.0)
    controls = [
        slider(proline_min, 300, 1700, 5, t("m01.widget.proline_min")),
        slider(flavanoids_min, 0.3, 5.0, 0.05, t("m01.widget.flavanoids_min")),
    ]

    def update(proline: float, flavanoids: float) -> View:
        summary = t(
            "m01.widget.rule_and_tree",
            rule_train=two_step_rule_accuracy(proline, flavanoids, "train"),
            rule_test=two_step_rule_accuracy(proline, flavanoids, "test"),
            tree_train=trained.train_accuracy,
            tree_test=trained.test_accuracy,
        )
        figure, (left, right) = new_axes(size=(13, 4.5), columns=2)
        plot_rule_map(proline, flavanoids, ax=left)
        plot_tree_map(trained, ax=right)
        return View(summary, figure)

    return explorer(controls, update)


def custom_tree_trainer(start_depth: int = 3, measurements=("alcohol", "color_intensity", "hue")):
    """A depth slider, one tick box per measurement (named in plain words) and a button that trains a tree live on
    the ticked measurements and shows its time, scores and rules. The page's twin of the lesson's cell
    ``train_tree(3, measurements=["alcohol", ...])``: no names to type, in quotes or otherwise."""
    import ipywidgets as widgets

    start_depth = whole_number("start_depth", start_depth, 1, MAX_DEPTH_LIMIT)
    data = load_wines()
    if isinstance(measurements, str):
        raise TypeError(f"measurements must be a list of measurement names, not one string; got {measurements!r}")
    unknown = sorted(set(measurements) - set(data.measurements))
    if unknown:
        raise ValueError(f"measurements must hold wine measurements only; unknown: {unknown}")
    depth = slider(start_depth, 1, MAX_DEPTH_LIMIT, 1, t("m01.widget.depth"), whole=True, width="50%")
    heading = widgets.HTML(f"<b>{html.escape(t('m01.widget.measurements'))}</b>")
    boxes = {
        name: widgets.Checkbox(
            value=name in measurements,
            description=measurement_label(name),
            indent=False,
            layout=widgets.Layout(width="30%", min_width="14em"),
        )
        for name in data.measurements
    }
    ticks = widgets.Box(list(boxes.values()), layout=widgets.Layout(flex_flow="row wrap", width="95%"))
    button = widgets.Button(description=t("m01.widget.train"), button_style="primary", icon="play")
    result = widgets.HTML()
    result.add_class("caire-live")
    rules = widgets.Output()

    def train(_click=None) -> None:
        chosen = [name for name, box in boxes.items() if box.value]
        if not chosen:
            result.value = f"<b>{html.escape(t('m01.widget.tick_one'))}</b>"
            clear(rules)
            return
        trained = train_tree(depth.value, measurements=chosen)
        result.value = t(
            "m01.widget.trained_on",
            milliseconds=trained.train_seconds * 1000,
            wines=len(data.train),
            measurements=len(chosen),
            used=len(trained.measurements_used),
            train=trained.train_accuracy,
            test=trained.test_accuracy,
        )
        show_text(rules, trained.as_rules())

    button.on_click(train)
    train()
    box = widgets.VBox([depth, heading, ticks, button, result, rules])
    box.depth, box.boxes, box.button, box.result, box.rules = depth, boxes, button, result, rules
    return box
