"""Module 12's charts: accuracy against the estimated energy of training (with the Pareto front), and the carbon
intensity of electricity in a few countries. Each returns the matplotlib Figure it drew on."""

from __future__ import annotations

import math

import numpy as np

from caire.core.figures import COLOURS, new_axes
from caire.core.i18n import t
from caire.core.numbers import decimal, integer
from caire.core.validation import real_number
from caire.modules.sustainability.data import GRID_YEAR, GRIDS, grid_label
from caire.modules.sustainability.model import WATTS_PER_CORE, Run, pareto_front

#: The colours of these charts, from the course's palette: a run (a dot), the Pareto front (a line), the chosen
#: model (a ring); grids from low to high carbon (each bar also says its number, so the colour never says it alone).
RUN_COLOUR = COLOURS["blue"]
FRONT_COLOUR = COLOURS["green"]
CHOSEN_COLOUR = COLOURS["vermillion"]
GRID_COLOURS = (COLOURS["green"], COLOURS["orange"], COLOURS["vermillion"])


def significant(value: float, figures: int = 2) -> str:
    """``value`` rounded to ``figures`` significant figures, written the learner's way (0.00028, 67 000 000 000):
    the energies of this module span fifteen powers of ten, so a fixed number of decimals would not do."""
    value = real_number("value", value)
    if value == 0:
        return "0"
    kept = figures - 1 - math.floor(math.log10(abs(value)))
    return decimal(round(value, kept), max(0, kept))


def plot_pareto(runs: list[Run], target: object = None, ax=None):
    """Estimated training energy (joules, log scale) against accuracy; the Pareto front joined by a line; with a
    ``target``, the line of "good enough" and the smallest model that reaches it."""
    if not runs:
        raise ValueError("runs must hold at least one training run (from model_sweep or data_sweep)")
    figure, ax = new_axes(ax, size=(7.5, 4))
    energy = np.array([run.energy_j for run in runs])
    accuracy = np.array([run.accuracy for run in runs]) * 100
    ax.scatter(
        energy, accuracy, s=60, color=RUN_COLOUR, edgecolor=COLOURS["black"], zorder=3, label=t("m12.plot.model")
    )
    for run in runs:
        label = str(run.hidden) if len({r.hidden for r in runs}) > 1 else integer(run.train_size)
        ax.annotate(
            label, (run.energy_j, run.accuracy * 100), textcoords="offset points", xytext=(6, -10), fontsize="small"
        )
    front = pareto_front(runs)
    ax.plot(
        [run.energy_j for run in front],
        [run.accuracy * 100 for run in front],
        color=FRONT_COLOUR,
        zorder=2,
        label=t("m12.plot.front"),
    )
    if target is not None:
        target = real_number("target", target)
        ax.axhline(target * 100, color=COLOURS["black"], linestyle="--", label=t("m12.plot.target", target=target))
        chosen = [
            run
            for run in sorted(runs, key=lambda run: (run.parameters, run.train_size))
            if run.accuracy >= target - 1e-12
        ]
        if chosen:
            ax.scatter(
                [chosen[0].energy_j],
                [chosen[0].accuracy * 100],
                s=220,
                facecolor="none",
                edgecolor=CHOSEN_COLOUR,
                linewidth=2,
                zorder=4,
                label=t("m12.plot.chosen"),
            )
    ax.set_xscale("log")
    from matplotlib.ticker import FuncFormatter

    ax.xaxis.set_major_formatter(FuncFormatter(lambda value, _position: significant(value)))
    ax.xaxis.set_minor_formatter(FuncFormatter(lambda value, _position: significant(value, 1)))
    ax.set_xlabel(t("m12.plot.energy", watts=WATTS_PER_CORE))
    ax.set_ylabel(t("m12.plot.accuracy"))
    ax.set_title(t("m12.plot.title"))
    ax.grid(alpha=0.3)
    ax.legend(loc="lower right", fontsize="small")
    return figure


def plot_grids(ax=None):
    """Grams of CO2e per kWh of electricity of each grid, as bars."""
    figure, ax = new_axes(ax, size=(7.5, 3.2))
    names = list(GRIDS)
    low, middle, high = GRID_COLOURS
    colours = [low if GRIDS[name] < 100 else middle if GRIDS[name] < 500 else high for name in names]
    rows = range(len(names))
    ax.barh(rows, [GRIDS[name] for name in names], color=colours)
    ax.set_yticks(rows, [grid_label(name) for name in names])  # names, not the numbers new_axes would write
    for row, name in enumerate(names):
        ax.text(GRIDS[name] + 8, row, t("m12.plot.about", value=GRIDS[name]), va="center", fontsize="small")
    ax.set_xlim(0, 850)
    ax.set_xlabel(t("m12.plot.intensity"))
    ax.set_title(t("m12.plot.grids_title", year=str(GRID_YEAR)))  # a year: no digit grouping
    return figure
