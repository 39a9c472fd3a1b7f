"""Module 06's widgets and views: the corpus's characters, the counting model, temperature, training with a
progress bar, a sampler for the neural model, and the scale table. Numbers are written the learner's way."""

from __future__ import annotations

import html
from collections import Counter

from caire.core.explorer import View, explorer, slider
from caire.core.i18n import t
from caire.core.numbers import integer
from caire.core.validation import real_number, whole_number
from caire.modules.language_models.data import check_string, load_corpus, show_token, tokens
from caire.modules.language_models.figures import plot_next
from caire.modules.language_models.model import (
    STEPS,
    LanguageModel,
    counting_accuracy,
    counting_write,
    invented_words,
    longest_copy,
    next_counts,
    scale_rows,
    train_language_model,
)


def scale_table() -> str:
    """The same figures as ``figures.plot_scale``, as an HTML table."""
    head = "".join(
        f"<th>{html.escape(t(key))}</th>"
        for key in ("m06.table.model", "m06.plot.parameters", "m06.plot.tokens", "m06.table.source")
    )
    lines = [f"<tr>{head}</tr>"]
    for name, parameters, trained_on, source in scale_rows():
        tokens_text = t("m06.table.unknown") if trained_on is None else integer(trained_on)
        lines.append(
            f"<tr><td>{html.escape(name)}</td><td>{html.escape(integer(parameters))}</td>"
            f"<td>{html.escape(tokens_text)}</td><td>{html.escape(source)}</td></tr>"
        )
    return "<table>" + "".join(lines) + "</table>"


def show_scale() -> None:
    """Display the scale table as a widget."""
    import ipywidgets as widgets
    from IPython.display import display

    display(widgets.HTML(scale_table()))


def characters_explorer():
    """The corpus's characters with how often each appears, and a box to cut any text into tokens."""
    import ipywidgets as widgets

    corpus = load_corpus()
    cells = "".join(
        f"<span style='display:inline-block;min-width:4.5em;font-family:monospace'>"
        f"{html.escape(show_token(c))} {html.escape(integer(n))}</span>"
        for c, n in sorted(Counter(corpus).items())
    )
    listing = widgets.HTML(
        f"<p>{html.escape(t('m06.widget.corpus_size', characters=len(corpus)))}</p><div>{cells}</div>"
    )
    box = widgets.Text(
        value=t("m06.widget.example_text"),
        description=t("m06.widget.your_text"),
        style={"description_width": "initial"},
        layout=widgets.Layout(width="90%"),
    )

    def update(text: str) -> View:
        text = text or " "
        chars, words = tokens(text), tokens(text, "words")
        return View(
            f"<p>{html.escape(t('m06.widget.as_characters', count=len(chars)))} "
            f"<code>{html.escape(' | '.join(show_token(c) for c in chars))}</code></p>"
            f"<p>{html.escape(t('m06.widget.as_words', count=len(words)))} "
            f"<code>{html.escape(' | '.join(words))}</code></p>"
        )

    return explorer([box], update, above=[listing])


def counting_explorer(context_length: int = 1):
    """Slider for how many characters the counting model reads; shows its score and what it writes."""
    context_length = whole_number("context_length", context_length, 0, 10)
    length = slider(context_length, 0, 10, 1, t("m06.widget.context_length"), whole=True)

    def update(order: int) -> View:
        written = counting_write(load_corpus()[:order], order, length=160, seed=1)
        return View(
            f"<p>{html.escape(t('m06.widget.counting_score', accuracy=counting_accuracy(order)))}</p>"
            f"<pre style='white-space:pre-wrap'>{html.escape(written)}</pre>"
        )

    return explorer([length], update)


def temperature_explorer(context: str = "e", temperature: float = 1.0):
    """Slider for the temperature; redraws the probabilities of the next character after ``context``."""
    context = check_string("context", context)
    if not next_counts(context):
        raise ValueError(f"context {context!r} never appears in the corpus; try a shorter one")
    temperature = real_number("temperature", temperature)
    control = slider(temperature, 0.1, 3.0, 0.05, t("m06.widget.temperature"))
    return explorer([control], lambda value: View(figure=plot_next(context, value)))


def train_with_progress(language: str | None = None, steps: int = STEPS, seed: int = 0) -> LanguageModel:
    """Train the lesson's neural model live, with a progress bar; returns the trained model."""
    import ipywidgets as widgets
    from IPython.display import display

    steps = whole_number("steps", steps, 1, 10_000)
    bar = widgets.IntProgress(
        value=0, min=0, max=steps, description=t("m06.widget.training"), style={"description_width": "initial"}
    )
    display(bar)

    def on_step(step: int, _loss: float) -> None:
        if step % 20 == 0 or step == steps:
            bar.value = step

    model = train_language_model(language, steps, seed, on_step=on_step)
    bar.description = t("m06.widget.trained", seconds=model.train_seconds)
    return model


def sampler(model: LanguageModel, start: str | None = None, temperature: float = 1.0):
    """A temperature slider, a start text and a button: the model writes, invented words are listed."""
    import ipywidgets as widgets

    if not isinstance(model, LanguageModel):
        raise TypeError(f"model must be a LanguageModel; got {type(model).__name__}")
    temperature = real_number("temperature", temperature)
    start_box = widgets.Text(
        value=start if start is not None else t("m06.widget.start_text"),
        description=t("m06.widget.start"),
        style={"description_width": "initial"},
        layout=widgets.Layout(width="90%"),
    )
    control = widgets.FloatSlider(
        value=temperature,
        min=0.0,
        max=2.0,
        step=0.1,
        description=t("m06.widget.temperature"),
        readout_format=".1f",
        style={"description_width": "initial"},
        layout=widgets.Layout(width="60%"),
    )
    seed = widgets.IntText(value=0, description=t("m06.widget.seed"), layout=widgets.Layout(width="12em"))
    button = widgets.Button(description=t("m06.widget.write"), button_style="primary", icon="pencil")
    shown = widgets.HTML()

    def write(_click=None) -> None:
        written = model.write(start_box.value, 240, control.value, max(int(seed.value), 0))
        copied, invented = longest_copy(written), invented_words(written)
        shown.value = (
            f"<pre style='white-space:pre-wrap'>{html.escape(written)}</pre>"
            f"<p>{html.escape(t('m06.widget.copied', count=len(copied)))} <i>{html.escape(copied)}</i></p>"
            f"<p>{html.escape(t('m06.widget.invented', words=', '.join(invented[:12]) or '-'))}</p>"
        )

    button.on_click(write)
    write()
    return widgets.VBox([start_box, widgets.HBox([control, seed]), button, shown])
