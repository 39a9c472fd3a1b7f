"""The wiring of every "explorer" of the course: controls -> recompute -> redraw.

An explorer is a few controls (sliders, toggles) above a short summary and a chart. Each change of a control
calls the module's ``update`` with the controls' values; what it returns (:class:`View`) replaces the summary and
the chart. Charts go into the Output widget as state (:mod:`caire.core.outputs`), never captured.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from caire.core.outputs import clear, show_figure


@dataclass(frozen=True)
class View:
    """What an explorer shows for one setting of its controls: an HTML summary and/or a matplotlib figure."""

    html: str = ""
    figure: object | None = None


def decimals_of(step: float) -> int:
    """How many decimals a slider moving by ``step`` needs to show its value (0.05 -> 2)."""
    return 0 if float(step).is_integer() else len(f"{step:g}".split(".")[-1])


def slider(
    value: float, low: float, high: float, step: float, description: str, *, whole: bool = False, width: str = "60%"
):
    """A slider as the course draws them: labelled, updating when released, its readout as precise as its step."""
    import ipywidgets as widgets

    style = {"description_width": "initial"}
    layout = widgets.Layout(width=width)
    if whole:
        return widgets.IntSlider(
            value=value,
            min=low,
            max=high,
            step=step,
            description=description,
            continuous_update=False,
            style=style,
            layout=layout,
        )
    return widgets.FloatSlider(
        value=value,
        min=low,
        max=high,
        step=step,
        description=description,
        readout_format=f".{decimals_of(step)}f",
        continuous_update=False,
        style=style,
        layout=layout,
    )


def explorer(controls: Sequence, update: Callable[..., View], *, above: Sequence = (), below: Sequence = ()):
    """A box with ``controls``, then the summary and the chart that ``update(*values)`` fills, redrawn when a
    control's value changes. ``above``/``below`` are widgets placed before the controls / after the chart. The
    box's ``refresh()`` redraws by hand; its ``summary`` and ``chart`` are the two output widgets."""
    import ipywidgets as widgets

    summary = widgets.HTML()
    chart = widgets.Output()

    def refresh(_change=None) -> None:
        view = update(*(control.value for control in controls))
        if not isinstance(view, View):
            raise TypeError(f"update must return a View; got {type(view).__name__}")
        summary.value = view.html
        if view.figure is None:
            clear(chart)
        else:
            show_figure(chart, view.figure)

    for control in controls:
        control.observe(refresh, names="value")
    refresh()
    box = widgets.VBox([*above, *controls, summary, chart, *below])
    box.refresh, box.summary, box.chart = refresh, summary, chart
    return box
