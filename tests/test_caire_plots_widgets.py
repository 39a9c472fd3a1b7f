"""caire.modules.rules_vs_learning.figures and caire.modules.rules_vs_learning.widgets: charts in the learner's language, and widgets that follow their sliders."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")  # no display: draw off-screen (set here, not in a conftest)

import math

import ipywidgets as widgets
import matplotlib.pyplot as plt
import numpy as np
import pytest
from matplotlib.collections import PathCollection
from matplotlib.figure import Figure

from caire.core.i18n import LANGUAGES, set_language, t
from caire.core.numbers import percent
from caire.modules.rules_vs_learning.data import cultivar_label, load_wines, measurement_label
from caire.modules.rules_vs_learning.figures import plot_measurement, plot_rule_map, plot_tree_map
from caire.modules.rules_vs_learning.model import train_tree
from caire.modules.rules_vs_learning.widgets import rule_explorer, tree_trainer


@pytest.fixture(autouse=True)
def english_and_no_open_figures():
    set_language("en")
    yield
    set_language("en")
    plt.close("all")


def _legend_texts(ax) -> list[str]:
    return [text.get_text() for text in ax.get_legend().get_texts()]


def _two_step_shares(proline_min, flavanoids_min):
    """Share of wines the two-step rule gets right, counted wine by wine."""
    shares = []
    for split in ("train", "test"):
        part = load_wines().split(split)
        right = 0
        for (_, wine), actual in zip(part.X.iterrows(), part.y):
            said = 0 if wine["proline"] >= proline_min else 1 if wine["flavanoids"] >= flavanoids_min else 2
            right += said == actual
        shares.append(right / len(part.y))
    return shares


# --- plots -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_plot_measurement_labels_and_counts(language):
    set_language(language)
    figure = plot_measurement("flavanoids", threshold=2.0)
    assert isinstance(figure, Figure)
    (ax,) = figure.axes
    assert ax.get_xlabel() == measurement_label("flavanoids", language)
    assert ax.get_ylabel() == t("plot.wines", language)
    legend = _legend_texts(ax)
    assert sorted(legend) == sorted([cultivar_label(c, language) for c in (0, 1, 2)] + [t("plot.threshold", language)])
    # every training wine is counted once across the three histograms
    assert sum(patch.get_height() for patch in ax.patches) == len(load_wines().train)
    assert any(list(line.get_xdata()) == [2.0, 2.0] for line in ax.get_lines())


def test_plot_measurement_in_french_differs_from_english():
    english = plot_measurement("flavanoids").axes[0]
    set_language("fr")
    french = plot_measurement("flavanoids").axes[0]
    assert english.get_xlabel() != french.get_xlabel()
    assert english.get_ylabel() != french.get_ylabel()
    assert _legend_texts(english) != _legend_texts(french)


def test_plot_measurement_without_threshold_and_on_the_test_wines():
    ax = plot_measurement("proline", split="test").axes[0]
    assert t("plot.threshold") not in _legend_texts(ax)
    assert sum(patch.get_height() for patch in ax.patches) == len(load_wines().test)


def test_plot_measurement_draws_on_a_given_axes():
    figure, ax = plt.subplots()
    assert plot_measurement("hue", ax=ax) is figure
    assert ax.get_xlabel() == measurement_label("hue")


@pytest.mark.parametrize(
    "call, error, named",
    [
        (lambda: plot_measurement("acidity"), ValueError, "measurement"),
        (lambda: plot_measurement("proline", threshold="800"), TypeError, "threshold"),
        (lambda: plot_measurement("proline", threshold=math.nan), ValueError, "threshold"),
        (lambda: plot_measurement("proline", split="validation"), ValueError, "split"),
        (lambda: plot_rule_map("760", 1.4), TypeError, "proline_min"),
        (lambda: plot_rule_map(760, math.inf), ValueError, "flavanoids_min"),
        (lambda: plot_rule_map(760, True), TypeError, "flavanoids_min"),
        (lambda: plot_rule_map(760, 1.4, split="all"), ValueError, "split"),
        (lambda: plot_tree_map(train_tree(2)), ValueError, "trained"),
        (lambda: plot_tree_map(None), ValueError, "trained"),
    ],
)
def test_plots_reject_bad_input_without_leaving_a_figure_open(call, error, named):
    open_before = plt.get_fignums()
    with pytest.raises(error, match=named):
        call()
    assert plt.get_fignums() == open_before, "a refused chart must not leave a half-drawn figure behind"


@pytest.mark.parametrize("language", LANGUAGES)
def test_plot_rule_map(language):
    set_language(language)
    figure = plot_rule_map(760, 1.4)
    assert isinstance(figure, Figure)
    ax = figure.axes[0]
    assert ax.get_xlabel() == measurement_label("proline", language)
    assert ax.get_ylabel() == measurement_label("flavanoids", language)
    assert "760" in ax.get_title() and {"en": "1.4", "fr": "1,4"}[language] in ax.get_title()
    assert ax.get_title() == t("plot.rule_title", language, proline_min=760, flavanoids_min=1.4)
    points = [c for c in ax.collections if isinstance(c, PathCollection)]
    assert sum(len(c.get_offsets()) for c in points) == len(load_wines().train)
    assert set(_legend_texts(ax)) == {cultivar_label(c, language) for c in (0, 1, 2)}


def test_plot_tree_map():
    trained = train_tree(3, ["flavanoids", "proline"])
    set_language("fr")
    figure = plot_tree_map(trained, split="test")
    ax = figure.axes[0]
    assert ax.get_title() == t("plot.tree_title", "fr", depth=3)
    assert ax.get_ylabel() == measurement_label("flavanoids", "fr")
    points = [c for c in ax.collections if isinstance(c, PathCollection)]
    assert sum(len(c.get_offsets()) for c in points) == len(load_wines().test)


# --- widgets -----------------------------------------------------------------------------------------------


def test_rule_explorer_score_follows_the_sliders(capsys):
    explorer = rule_explorer(proline_min=1000, flavanoids_min=1.0)
    proline, flavanoids, score, chart = explorer.children
    assert isinstance(proline, widgets.FloatSlider) and isinstance(flavanoids, widgets.FloatSlider)
    assert isinstance(score, widgets.HTML) and isinstance(chart, widgets.Output)
    train, test = _two_step_shares(1000, 1.0)
    assert percent(train, 0) in score.value and percent(test, 0) in score.value
    before = score.value

    proline.value = 760
    train, test = _two_step_shares(760, 1.0)
    assert score.value != before
    assert f"<b>{percent(train)}</b>" in score.value and f"<b>{percent(test)}</b>" in score.value

    moved = score.value
    flavanoids.value = 4.5
    train, test = _two_step_shares(760, 4.5)
    assert score.value != moved
    assert f"<b>{percent(train)}</b>" in score.value
    assert plt.get_fignums() == [], "each redrawn chart is closed once shown"


def test_rule_explorer_speaks_french():
    set_language("fr")
    proline, flavanoids, score, _ = rule_explorer().children
    assert flavanoids.description == t("widget.flavanoids_min", "fr")
    english_start = t("widget.rule_score", "en", train=0, test=0).split("<b>")[0]
    french_start = t("widget.rule_score", "fr", train=0, test=0).split("<b>")[0]
    assert score.value.startswith(french_start) and not score.value.startswith(english_start)


def test_tree_trainer_trains_on_click():
    trainer = tree_trainer(start_depth=1)
    controls, result, rules = trainer.children
    depth, button = controls.children
    assert depth.value == 1
    first = result.value
    assert percent(train_tree(1).test_accuracy, 0) in first
    assert str(len(load_wines().train)) in first
    assert rules.outputs[0]["text"] == train_tree(1).as_rules() + "\n"

    depth.value = 3
    button.click()
    trained = train_tree(3)
    assert result.value != first
    assert rules.outputs[0]["text"] == trained.as_rules() + "\n"
    assert f"<b>{percent(trained.train_accuracy)}</b>" in result.value
    assert f"<b>{percent(trained.test_accuracy)}</b>" in result.value


def test_tree_trainer_speaks_french():
    set_language("fr")
    controls, result, _ = tree_trainer().children
    depth, button = controls.children
    assert button.description == t("widget.train", "fr") != t("widget.train", "en")
    assert depth.description == t("widget.depth", "fr")
    seconds = result.value.split("<b>")[1].split(" ms")[0]
    assert "," in seconds and np.isfinite(float(seconds.replace(",", ".")))  # a decimal comma in French
