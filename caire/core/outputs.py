"""Figures in Output widgets, set as the widget's state instead of captured from the kernel's messages.

``with output: display(figure)`` asks whoever listens to the kernel to capture the figure into the widget.
While Voila renders an app, that listener is the server's notebook client (nbclient): it writes each captured
output back to the kernel on the shell channel while it waits for the cell's reply on that same channel, and
that write can swallow the reply's wake-up (a zmq socket's descriptor is edge-triggered: pyzmq's asyncio poll
then never fires). The page stalls until the cell times out: measured here in 18 of 170 pre-rendered pages of
apps 01 and 03 (all of them app 03's), and in each stall checked the reply sat unread in the server's socket;
none in 60 since. Setting ``output.outputs`` sends nothing back: the figure is part of the widget's state,
which Voila, JupyterLab and a page opened later all show.
"""

from __future__ import annotations


def figure_output(figure) -> dict:
    """The figure as one notebook output: HTML holding its image (drawn as the inline backend draws it) with the
    figure's text alternative and data table (caire.core.figures.figure_html), and that text as plain text."""
    from caire.core.figures import describe, figure_html

    return {
        "output_type": "display_data",
        "metadata": {},
        "data": {"text/html": figure_html(figure), "text/plain": describe(figure)},
    }


def show_figure(output, figure) -> None:
    """Make the Output widget show this figure instead of what it showed, then close the figure."""
    import matplotlib.pyplot as plt

    try:
        output.outputs = (figure_output(figure),)
    finally:
        plt.close(figure)


def show_html(output, html: str) -> None:
    """Make the Output widget show this HTML instead of what it showed."""
    output.outputs = (
        {
            "output_type": "display_data",
            "metadata": {},
            "data": {"text/html": html, "text/plain": "<IPython.core.display.HTML object>"},
        },
    )


def show_text(output, text: str) -> None:
    """Make the Output widget show this text, as ``print`` would write it, instead of what it showed."""
    output.outputs = ({"output_type": "stream", "name": "stdout", "text": f"{text}\n"},)


def clear(output) -> None:
    """Make the Output widget show nothing."""
    output.outputs = ()
