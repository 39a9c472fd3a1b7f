"""Module 03's views and explorers: a table of cases, the four outcomes in words, and three explorers (a threshold,
what the errors cost, a screening test).

Each explorer validates what it is given and, when a learner types something it cannot use (a negative cost,
say), says so in plain words instead of drawing. The cost explorer wires its controls itself rather than with
:func:`caire.core.explorer.explorer`: choosing another profession rewrites both costs, which must not redraw the
chart on their own.
"""

from __future__ import annotations

import html
import math

from caire.core.explorer import View, explorer, slider
from caire.core.figures import TEXT_COLOURS
from caire.core.i18n import t
from caire.core.numbers import number
from caire.core.outputs import clear, show_figure
from caire.core.validation import share, whole_number
from caire.modules.errors_and_costs.data import ANSWER_COLUMN, SCENARIOS, Cases, check_scenario, scenario_name
from caire.modules.errors_and_costs.figures import plot_base_rate, plot_cost_curve, plot_threshold, words
from caire.modules.errors_and_costs.model import (
    DEFAULT_COSTS,
    Outcomes,
    cheapest_threshold,
    check_threshold,
    outcomes,
    rule_of_thumb_threshold,
    screening,
)

#: How many people the screening explorer follows (whole numbers are easier to think with than shares).
SCREENED = 10_000


def cases_table(cases: Cases, rows: int = 5, columns: int = 4):
    """The first ``rows`` cases to learn from, their first ``columns`` measurements and their answer (HTML)."""
    from IPython.display import HTML

    if not isinstance(cases, Cases):
        raise TypeError(f"cases must come from load_cases(); got {type(cases).__name__}")
    rows = whole_number("rows", rows, 1, len(cases.y_train))
    columns = whole_number("columns", columns, 1, len(cases.measurements))
    names = [*cases.measurements[:columns], ANSWER_COLUMN[cases.scenario]]
    head = "".join(f"<th>{html.escape(name)}</th>" for name in names)
    body = "".join(
        "<tr>"
        + "".join(f"<td>{number(float(value), 6)}</td>" for value in cases.X_train[row, :columns])
        + f"<td>{int(cases.y_train[row])}</td></tr>"
        for row in range(rows)
    )
    return HTML(f'<table class="caire-cases"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>')


def describe(found: Outcomes, scenario: str = "health", language: str | None = None, shares: bool = True) -> str:
    """The four counts in plain words, one a line, then (unless ``shares=False``) accuracy, precision and recall."""
    scenario = check_scenario(scenario)
    if not isinstance(found, Outcomes):
        raise TypeError(f"found must be the Outcomes of outcomes() or always_no(); got {type(found).__name__}")
    if not isinstance(shares, bool):
        raise TypeError(f"shares must be True or False; got {shares!r}")

    def said(key: str) -> str:
        return t(f"m03.{scenario}.{key}", language)

    text = t(
        "m03.describe.counts",
        language,
        total=found.total,
        cases=said("unseen_cases"),
        tp=found.true_positives,
        tp_words=said("tp"),
        fn=found.false_negatives,
        fn_words=said("fn"),
        fp=found.false_positives,
        fp_words=said("fp"),
        tn=found.true_negatives,
        tn_words=said("tn"),
    )
    if shares:
        text += "\n" + t(
            "m03.describe.shares",
            language,
            accuracy=found.accuracy,
            precision_words=said("precision_words"),
            precision=found.precision,
            recall_words=said("recall_words"),
            recall=found.recall,
        )
    return text


def _threshold_slider(value: float, description: str | None = None):
    return slider(value, 0, 1, 0.01, description or t("m03.widget.threshold"))


def threshold_explorer(scenario: str = "health", threshold: float = 0.5, shares: bool = True):
    """A threshold slider; the scores, the confusion matrix and (unless ``shares=False``) precision and recall
    follow it."""
    scenario = check_scenario(scenario)
    if not isinstance(shares, bool):
        raise TypeError(f"shares must be True or False; got {shares!r}")

    def update(chosen: float) -> View:
        found = outcomes(scenario, chosen)
        summary = "<br>".join(describe(found, scenario, shares=shares).splitlines())
        return View(summary, plot_threshold(scenario, chosen))

    return explorer([_threshold_slider(check_threshold(threshold))], update)


def cost_explorer(scenario: str = "health", show_cheapest: bool = True, threshold: float = 0.5):
    """Pick a profession, say what each error costs, move the threshold: the total cost and its curve follow.

    With ``show_cheapest=False`` the cheapest threshold is neither marked nor named (the app asks for it).
    """
    import ipywidgets as widgets

    scenario = check_scenario(scenario)
    if not isinstance(show_cheapest, bool):
        raise TypeError(f"show_cheapest must be True or False; got {show_cheapest!r}")
    style = {"description_width": "initial"}
    pick = widgets.Dropdown(
        options=[(scenario_name(name), name) for name in SCENARIOS],
        value=scenario,
        description=t("m03.widget.scenario"),
        style=style,
        layout=widgets.Layout(width="60%"),
    )
    missed = widgets.FloatText(style=style, layout=widgets.Layout(width="60%"))
    false_alarm = widgets.FloatText(style=style, layout=widgets.Layout(width="60%"))
    threshold_slider = _threshold_slider(check_threshold(threshold))
    summary = widgets.HTML()
    chart = widgets.Output()
    quiet = []  # set while the scenario change rewrites the costs, so the chart is drawn once

    def set_scenario(name: str) -> None:
        quiet.append(True)
        unit = words(name, "unit")
        missed.description = f"{words(name, 'cost_missed')} ({unit})"
        false_alarm.description = f"{words(name, 'cost_false_alarm')} ({unit})"
        missed.value, false_alarm.value = DEFAULT_COSTS[name]
        quiet.clear()

    def update(_change=None) -> None:
        if quiet:
            return
        name = pick.value
        problem = _cost_problem(missed.value, false_alarm.value, name)
        if problem:
            summary.value = f'<span style="color:{TEXT_COLOURS["wrong"]}">{problem}</span>'
            clear(chart)
            return
        unit = words(name, "unit")
        found = outcomes(name, threshold_slider.value)
        total = found.cost(missed.value, false_alarm.value)
        text = t(
            "m03.widget.cost_summary",
            threshold=threshold_slider.value,
            missed=found.false_negatives,
            missed_words=words(name, "fn"),
            cost_missed=number(missed.value, 2),
            false_alarms=found.false_positives,
            false_alarm_words=words(name, "fp"),
            cost_false_alarm=number(false_alarm.value, 2),
            total=number(total, 2),
            unit=unit,
        )
        if show_cheapest:
            best = cheapest_threshold(name, missed.value, false_alarm.value)
            text += "<br>" + t(
                "m03.widget.cheapest",
                threshold=best,
                unit=unit,
                total=number(outcomes(name, best).cost(missed.value, false_alarm.value), 2),
                rule=rule_of_thumb_threshold(missed.value, false_alarm.value),
            )
        summary.value = text
        show_figure(
            chart, plot_cost_curve(name, missed.value, false_alarm.value, threshold_slider.value, show_cheapest)
        )

    def change_scenario(change) -> None:
        set_scenario(change["new"])
        update()

    set_scenario(scenario)
    pick.observe(change_scenario, names="value")
    for control in (missed, false_alarm, threshold_slider):
        control.observe(update, names="value")
    update()
    return widgets.VBox([pick, missed, false_alarm, threshold_slider, summary, chart])


def _cost_problem(cost_missed: object, cost_false_alarm: object, scenario: str) -> str | None:
    """What is wrong with two typed costs, in plain words, or None."""
    for value, key in ((cost_missed, "cost_missed"), (cost_false_alarm, "cost_false_alarm")):
        if value is None or not isinstance(value, (int, float)) or not math.isfinite(value):
            return t("m03.widget.cost_not_a_number", what=words(scenario, key))
        if value < 0:
            return t("m03.widget.cost_negative", what=words(scenario, key))
    if cost_missed == 0 and cost_false_alarm == 0:
        return t("m03.widget.cost_both_zero")
    return None


def screening_explorer(base_rate: float = 0.01, recall: float = 0.9, false_alarm_rate: float = 0.09):
    """Three sliders (how common the disease is, how much the test finds, how often it raises a false alarm):
    what happens to 10,000 people, and the share of the people flagged who are really ill."""
    import ipywidgets as widgets

    style = {"description_width": "initial"}
    layout = widgets.Layout(width="60%")
    controls = [
        widgets.FloatLogSlider(
            value=share("base_rate", base_rate),
            base=10,
            min=-3,
            max=-0.3,
            step=0.05,
            readout_format=".1%",
            description=t("m03.widget.base_rate"),
            continuous_update=False,
            style=style,
            layout=layout,
        ),
        widgets.FloatSlider(
            value=share("recall", recall),
            min=0,
            max=1,
            step=0.01,
            readout_format=".0%",
            description=t("m03.widget.recall"),
            continuous_update=False,
            style=style,
            layout=layout,
        ),
        widgets.FloatSlider(
            value=share("false_alarm_rate", false_alarm_rate),
            min=0,
            max=0.5,
            step=0.005,
            readout_format=".1%",
            description=t("m03.widget.false_alarm_rate"),
            continuous_update=False,
            style=style,
            layout=layout,
        ),
    ]

    def update(rate: float, found: float, alarms: float) -> View:
        people = screening(rate, found, alarms, people=SCREENED)
        summary = t(
            "m03.widget.screening",
            people=people.people,
            sick=people.sick,
            found=people.found,
            healthy=people.people - people.sick,
            false_alarms=people.false_alarms,
            flagged=people.flagged,
            precision=people.precision,
        )
        return View(summary, plot_base_rate(found, alarms, rate))

    return explorer(controls, update)
