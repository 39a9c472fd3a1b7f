"""Module 01's charts: one measurement's histogram, and the map of what a rule or a tree decides.

Each returns the matplotlib Figure it drew on.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from caire.core.figures import COLOURS, new_axes
from caire.core.i18n import t
from caire.core.validation import one_of, real_number
from caire.modules.rules_vs_learning.data import cultivar_label, load_wines, measurement_label
from caire.modules.rules_vs_learning.model import two_step_rule

#: One colour per cultivar, readable by people with the common colour-vision deficiencies (Okabe-Ito).
CULTIVAR_COLOURS = (COLOURS["orange"], COLOURS["sky"], COLOURS["green"])


def plot_measurement(measurement: str = "proline", threshold: float | None = None, split: str = "train", ax=None):
    """Histogram of one measurement, one colour per cultivar, with an optional threshold line."""
    data = load_wines()
    measurement = one_of("measurement", measurement, data.measurements)
    part = data.split(split)
    threshold = None if threshold is None else real_number("threshold", threshold)
    figure, ax = new_axes(ax, size=(7, 3.5))
    values = part.X[measurement]
    bins = np.linspace(values.min(), values.max(), 30)
    for cultivar in (0, 1, 2):
        ax.hist(
            values[part.y == cultivar],
            bins=bins,
            alpha=0.7,
            color=CULTIVAR_COLOURS[cultivar],
            label=cultivar_label(cultivar),
        )
    if threshold is not None:
        ax.axvline(threshold, color=COLOURS["black"], linestyle="--", label=t("m01.plot.threshold"))
    ax.set_xlabel(measurement_label(measurement))
    ax.set_ylabel(t("m01.plot.wines"))
    ax.legend()
    return figure


def _region_map(predict: Callable, title: str, split: str, ax):
    """Scatter of proline vs flavanoids, shaded by the cultivar ``predict`` gives each point of the plane."""
    import pandas as pd
    from matplotlib.colors import ListedColormap

    part = load_wines().split(split)
    figure, ax = new_axes(ax, size=(7, 4.5))
    proline = np.linspace(250, 1750, 200)
    flavanoids = np.linspace(0.2, 5.2, 200)
    grid_p, grid_f = np.meshgrid(proline, flavanoids)
    plane = pd.DataFrame({"proline": grid_p.ravel(), "flavanoids": grid_f.ravel()})
    regions = np.asarray(predict(plane)).reshape(grid_p.shape)
    ax.contourf(grid_p, grid_f, regions, levels=[-0.5, 0.5, 1.5, 2.5], cmap=ListedColormap(CULTIVAR_COLOURS), alpha=0.2)
    for cultivar in (0, 1, 2):
        wines = part.X[part.y == cultivar]
        ax.scatter(
            wines["proline"],
            wines["flavanoids"],
            s=18,
            color=CULTIVAR_COLOURS[cultivar],
            edgecolor=COLOURS["black"],
            linewidth=0.4,
            label=cultivar_label(cultivar),
        )
    ax.set_xlabel(measurement_label("proline"))
    ax.set_ylabel(measurement_label("flavanoids"))
    ax.set_title(title, fontsize=9)
    ax.legend(loc="upper left", fontsize=8)
    return figure


def plot_rule_map(proline_min: float, flavanoids_min: float, split: str = "train", ax=None):
    """The wines on a proline/flavanoids map, shaded by what the two-step hand rule decides."""
    proline_min = real_number("proline_min", proline_min)
    flavanoids_min = real_number("flavanoids_min", flavanoids_min)
    title = t("m01.plot.rule_title", proline_min=proline_min, flavanoids_min=flavanoids_min)
    return _region_map(lambda plane: two_step_rule(plane, proline_min, flavanoids_min), title, split, ax)


def plot_tree_map(trained, split: str = "train", ax=None):
    """The same map, shaded by a tree trained on proline and flavanoids only (see ``train_tree``)."""
    if set(getattr(trained, "measurements", ())) != {"proline", "flavanoids"}:
        raise ValueError("trained must be a tree trained on ['proline', 'flavanoids'] only, to be drawn on this map")
    columns = list(trained.measurements)
    title = t("m01.plot.tree_title", depth=trained.max_depth)
    return _region_map(lambda plane: trained.model.predict(plane[columns]), title, split, ax)
