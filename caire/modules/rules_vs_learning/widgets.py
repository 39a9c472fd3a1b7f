"""Module 01's widgets: move a slider, see the hand rule change at once; press a button, a tree is trained live."""

from __future__ import annotations

from caire.core.explorer import View, explorer, slider
from caire.core.i18n import t
from caire.core.outputs import show_text
from caire.modules.rules_vs_learning.data import load_wines
from caire.modules.rules_vs_learning.figures import plot_rule_map
from caire.modules.rules_vs_learning.model import MAX_DEPTH_LIMIT, train_tree, two_step_rule_accuracy


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
