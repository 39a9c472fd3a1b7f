"""Interactive pieces of the lessons: move a slider, see the model or the rule change at once."""

from __future__ import annotations

from caire.modules.rules_vs_learning.data import load_wines
from caire.core.i18n import t
from caire.core.outputs import show_figure, show_text
from caire.modules.rules_vs_learning.rules import two_step_rule_accuracy


def rule_explorer(proline_min: float = 1000, flavanoids_min: float = 1.0):
    """Two sliders for the two thresholds of the hand rule; the score and the map follow them."""
    import ipywidgets as widgets

    from caire.modules.rules_vs_learning.figures import plot_rule_map

    proline = widgets.FloatSlider(value=proline_min, min=300, max=1700, step=5, description=t("widget.proline_min"),
                                  continuous_update=False, style={"description_width": "initial"})
    flavanoids = widgets.FloatSlider(value=flavanoids_min, min=0.3, max=5.0, step=0.05,
                                     description=t("widget.flavanoids_min"), continuous_update=False,
                                     style={"description_width": "initial"})
    score = widgets.HTML()
    chart = widgets.Output()

    def update(_change=None) -> None:
        score.value = t("widget.rule_score", train=two_step_rule_accuracy(proline.value, flavanoids.value, "train"),
                        test=two_step_rule_accuracy(proline.value, flavanoids.value, "test"))
        show_figure(chart, plot_rule_map(proline.value, flavanoids.value))

    proline.observe(update, names="value")
    flavanoids.observe(update, names="value")
    update()
    return widgets.VBox([proline, flavanoids, score, chart])


def tree_trainer(start_depth: int = 2):
    """A depth slider and a button that trains a tree live and shows its time, scores and rules."""
    import ipywidgets as widgets

    from caire.modules.rules_vs_learning.model import MAX_DEPTH_LIMIT, train_tree

    depth = widgets.IntSlider(value=start_depth, min=1, max=MAX_DEPTH_LIMIT, description=t("widget.depth"),
                              style={"description_width": "initial"})
    button = widgets.Button(description=t("widget.train"), button_style="primary", icon="play")
    result = widgets.HTML()
    rules = widgets.Output()

    def train(_click=None) -> None:
        trained = train_tree(depth.value)
        result.value = t("widget.trained", milliseconds=trained.train_seconds * 1000, wines=len(load_wines().train),
                         train=trained.train_accuracy, test=trained.test_accuracy)
        show_text(rules, trained.as_rules())

    button.on_click(train)
    train()
    return widgets.VBox([widgets.HBox([depth, button]), result, rules])
