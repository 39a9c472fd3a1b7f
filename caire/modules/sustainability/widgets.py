"""Module 12's tables, texts and explorers: the training runs, our training next to GPT-3's and BLOOM's, what one
prediction costs, and the explorers of CO2 per grid, of "good enough" and of the energy of use."""

from __future__ import annotations

import html
import re

from caire.core.explorer import View, explorer
from caire.core.i18n import get_language, t
from caire.core.numbers import decimal, integer, number, percent
from caire.core.validation import number_between, whole_number
from caire.modules.sustainability.data import GRIDS, PUBLISHED, check_grid, grid_label
from caire.modules.sustainability.figures import plot_pareto, significant
from caire.modules.sustainability.model import Run, co2_grams, inference_days, non_negative

_STYLE = {"description_width": "initial"}


def _html_table(css_class: str, heads: list[str], rows: list[list[str]]):
    from IPython.display import HTML

    head = "".join(f"<th>{html.escape(name)}</th>" for name in heads)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>" for row in rows)
    return HTML(f'<table class="{css_class}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>')


# --- tables and texts ---------------------------------------------------------------------------------------------


def runs_table(runs: list[Run]):
    """The runs as an HTML table: model, images, parameters, accuracy, CPU time, estimated energy."""
    names = ("hidden", "images", "parameters", "accuracy", "cpu", "energy", "range")
    rows = []
    for run in runs:
        low, high = run.energy_range_j
        rows.append(
            [
                str(run.hidden),
                integer(run.train_size),
                integer(run.parameters),
                percent(run.accuracy, 1),
                decimal(run.cpu_seconds, 3),
                decimal(run.energy_j, 2),
                f"{decimal(low, 2)} – {decimal(high, 2)}",
            ]
        )
    return _html_table("caire-runs", [t(f"m12.table.{name}") for name in names], rows)


def scale_table(run: Run):
    """Our training next to GPT-3's and BLOOM's (published figures): energy, CO2e, and how many of ours."""
    if not isinstance(run, Run):
        raise TypeError(f"run must be a training run from model_sweep; got {type(run).__name__}")
    names = ("model", "parameters", "energy", "co2", "times")
    ours_kwh = run.energy_j / 3.6e6
    rows = [
        [
            t("m12.scale.ours", hidden=run.hidden),
            integer(run.parameters),
            f"{significant(run.energy_wh)} Wh",
            f"{significant(co2_grams(ours_kwh, 'france'))} g ({grid_label('france')})",
            "1",
        ]
    ]
    for paper in PUBLISHED.values():
        rows.append(
            [
                paper.name,
                t("m12.scale.billion", count=paper.parameters_billion),
                f"{integer(paper.energy_mwh)} MWh",
                f"{significant(paper.tonnes_co2e, 3)} t",
                significant(paper.energy_mwh * 1000 / ours_kwh),
            ]
        )
    return _html_table("caire-scale", [t(f"m12.scale.{name}") for name in names], rows)


def describe_inference(run: Run) -> str:
    """What one prediction of ``run``'s model costs (estimate), and how many predictions equal its training."""
    if not isinstance(run, Run):
        raise TypeError(f"run must be a training run from model_sweep; got {type(run).__name__}")
    return t(
        "m12.inference.summary",
        hidden=run.hidden,
        micro=significant(run.inference_cpu_seconds * 1e6),
        microjoules=significant(run.prediction_j * 1e6),
        million=significant(run.prediction_j * 1e6),
        million_wh=significant(run.prediction_j * 1e6 / 3600),
        training=significant(run.energy_j),
        count=significant(run.energy_j / run.prediction_j),
    )


# --- explorers ----------------------------------------------------------------------------------------------------


#: The most kilowatt-hours the converter takes (a billion: far beyond the largest published training).
MOST_KWH = 1e9
_GROUPS = re.compile(r"\d{1,3}(,\d{3})+(\.\d+)?")


def read_energy(text: object, language: str | None = None) -> float:
    """The kilowatt-hours a learner typed, written their way: "2,5" or "2.5", "1 000" or "1,000" in English; a
    ValueError saying in plain words what to type otherwise. A comma is a decimal comma ("2,5" is two and a half)
    except between groups of three digits in English ("1,000"): a browser's number box read "2,5" as 25."""
    if not isinstance(text, str):
        raise TypeError(f"text must be the text of the box; got {type(text).__name__}")
    language = language or get_language()
    typed = re.sub(r"[ \u00a0\u202f]", "", text.strip())
    if language == "en" and _GROUPS.fullmatch(typed):
        typed = typed.replace(",", "")
    if "," in typed and "." in typed:  # the last one is the decimal mark, the other groups digits
        mark = "," if typed.rindex(",") > typed.rindex(".") else "."
        typed = typed.replace("." if mark == "," else ",", "")
    typed = typed.replace(",", ".")
    if not re.fullmatch(r"\d+(\.\d+)?|\.\d+", typed) or float(typed) > MOST_KWH:
        raise ValueError(t("m12.widget.energy_invalid", language, most=MOST_KWH, example=2.5))
    return float(typed)


def co2_explorer(energy_kwh: float = 100.0, grid: str = "france"):
    """Pick a grid and type an energy: see the grams (or kilograms) of CO2e, next to France and Poland. The box
    takes a number written the learner's way (:func:`read_energy`) and says what to type when it cannot read it."""
    import ipywidgets as widgets

    energy_kwh = non_negative("energy_kwh", energy_kwh)
    grid = check_grid(grid)
    picker = widgets.Dropdown(
        options=[(grid_label(name), name) for name in GRIDS], value=grid, description=t("m12.widget.grid"), style=_STYLE
    )
    energy = widgets.Text(
        value=number(energy_kwh),
        description=t("m12.widget.energy"),
        continuous_update=False,
        style=_STYLE,
        layout=widgets.Layout(width="22em"),
    )

    def update(chosen: str, typed: str) -> View:
        try:
            kwh = read_energy(typed)
        except ValueError as problem:
            return View(f'<span class="caire-warning">{html.escape(str(problem))}</span>')
        grams = co2_grams(kwh, chosen)
        lines = [
            t(
                "m12.widget.co2",
                energy=kwh,
                grid=grid_label(chosen),
                intensity=GRIDS[chosen],
                grams=grams,
                kg=grams / 1000,
            )
        ]
        for other in ("france", "poland"):
            if other != chosen:
                lines.append(t("m12.widget.co2_other", grid=grid_label(other), kg=co2_grams(kwh, other) / 1000))
        return View("<br>".join(html.escape(line) for line in lines))

    box = explorer([picker, energy], update)
    box.summary.add_class("caire-live")  # announced to a screen reader when it changes (frontend/src/access.js)
    return box


def good_enough_explorer(runs: list[Run], start: float = 0.9):
    """A slider for the accuracy you need; the plot circles the smallest model that reaches it."""
    import ipywidgets as widgets

    start = number_between("start", start, 0.5, 1)
    if not runs:
        raise ValueError("runs must hold at least one training run (from model_sweep)")
    control = widgets.FloatSlider(
        value=start,
        min=0.5,
        max=0.99,
        step=0.01,
        readout_format=".0%",
        description=t("m12.widget.target"),
        style=_STYLE,
        continuous_update=False,
        layout=widgets.Layout(width="70%"),
    )

    def update(target: float) -> View:
        chosen = [run for run in sorted(runs, key=lambda run: run.parameters) if run.accuracy >= target - 1e-12]
        if chosen:
            run, largest = chosen[0], max(runs, key=lambda run: run.parameters)
            said = t(
                "m12.widget.chosen",
                hidden=run.hidden,
                accuracy=run.accuracy,
                share=run.energy_j / largest.energy_j,
                largest=largest.hidden,
            )
        else:
            said = t("m12.widget.none")
        return View(html.escape(said), plot_pareto(runs, target))

    return explorer([control], update)


def inference_explorer(training_kwh: float = 1000.0, wh_per_prediction: float = 0.5, predictions_per_day: int = 10_000):
    """Sliders for a training's energy, the energy of one prediction and the predictions a day: after how many days
    have the predictions used as much energy as the training?"""
    import ipywidgets as widgets

    layout = widgets.Layout(width="75%")
    training = widgets.FloatLogSlider(
        value=non_negative("training_kwh", training_kwh),
        base=10,
        min=0,
        max=6,
        step=0.1,
        description=t("m12.widget.training_kwh"),
        style=_STYLE,
        layout=layout,
    )
    each = widgets.FloatLogSlider(
        value=non_negative("wh_per_prediction", wh_per_prediction),
        base=10,
        min=-3,
        max=1,
        step=0.1,
        description=t("m12.widget.wh_each"),
        style=_STYLE,
        layout=layout,
    )
    daily = widgets.IntSlider(
        value=whole_number("predictions_per_day", predictions_per_day, 1, 1_000_000),
        min=100,
        max=1_000_000,
        step=100,
        description=t("m12.widget.per_day"),
        style=_STYLE,
        layout=layout,
    )

    def update(kwh: float, wh: float, per_day: int) -> View:
        days = inference_days(kwh, wh, per_day)
        text = t("m12.widget.days", per_day=wh * per_day / 1000, days=days, years=days / 365)
        return View(html.escape(text))

    return explorer([training, each, daily], update)
