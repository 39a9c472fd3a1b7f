"""Module 06, "How a language model works": a small corpus, next-character counts, a tiny neural language model.

The corpus (``caire/data/corpus_<lang>.txt``, written for the course, CC0) is read in the learner's language.
Counting models and temperature are plain Python and numpy; the neural model imports torch only when it is
trained (``import torch`` costs about 1 s and 285 MB).
"""

from __future__ import annotations

import math
import time
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import numpy as np

from caire.core.i18n import check_language, get_language, t
from caire.core.outputs import show_figure
from caire.core.timing import record_training
from caire.core.validation import real_number, whole_number

DATA = Path(__file__).parent / "data"
#: The neural model reads this many characters before the one it predicts...
CONTEXT = 8
#: ...turns each into this many numbers (its embedding), and has one hidden layer of this many neurons.
EMBEDDING = 12
HIDDEN = 96
STEPS = 800
BATCH = 256
LEARNING_RATE = 0.01
#: GPT-3's parameters (Brown et al., 2020).
GPT3_PARAMETERS = 175e9
#: Today's large models, with figures from their papers (parameters, training tokens).
LARGE_MODELS = (
    ("GPT-2", 1.5e9, None, "Radford et al., 2019"),
    ("GPT-3", GPT3_PARAMETERS, 300e9, "Brown et al., 2020"),
    ("Chinchilla", 70e9, 1.4e12, "Hoffmann et al., 2022"),
    ("Llama 2 70B", 70e9, 2e12, "Touvron et al., 2023"),
)


def _language(language: str | None) -> str:
    return get_language() if language is None else check_language(language)


def load_corpus(language: str | None = None) -> str:
    """The course's corpus in ``language`` (default: the learner's), without its header lines."""
    return _read_corpus(_language(language))


@cache
def _read_corpus(language: str) -> str:
    path = DATA / f"corpus_{language}.txt"
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return "\n".join(lines) + "\n"


def _text(text: str | None) -> str:
    if text is None:
        return load_corpus()
    if not isinstance(text, str):
        raise TypeError(f"text must be a string; got {type(text).__name__} {text!r}")
    if not text:
        raise ValueError("text must not be empty")
    return text


def tokens(text: str, kind: str = "characters") -> list[str]:
    """Cut ``text`` into tokens: each character, or each word and punctuation mark (``kind="words"``)."""
    text = _text(text)
    if kind == "characters":
        return list(text)
    if kind == "words":
        import re

        return re.findall(r"\w+|[^\w\s]", text)
    raise ValueError(f"kind must be 'characters' or 'words'; got {kind!r}")


def vocabulary(text: str | None = None) -> list[str]:
    """The different characters of ``text`` (default: the corpus), sorted: the tokens a character model knows."""
    return sorted(set(_text(text)))


def show_token(token: str) -> str:
    """A token made visible: a space as ␣, a line break as ↵."""
    return {" ": "␣", "\n": "↵"}.get(token, token)


def _context(name: str, value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a string; got {type(value).__name__} {value!r}")
    return value


def next_counts(context: str, text: str | None = None) -> dict[str, int]:
    """How many times each character follows ``context`` in ``text`` (default: the corpus), most frequent first."""
    context, text = _context("context", context), _text(text)
    counts: Counter[str] = Counter()
    start = text.find(context)
    while start != -1 and start + len(context) < len(text):
        counts[text[start + len(context)]] += 1
        start = text.find(context, start + 1)
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def with_temperature(counts: dict[str, int] | dict[str, float], temperature: float) -> dict[str, float]:
    """Probabilities from counts, sharpened (temperature below 1) or flattened (above 1): p ** (1 / T), rescaled."""
    temperature = real_number("temperature", temperature)
    if not 0 < temperature <= 10:
        raise ValueError(f"temperature must be above 0 and at most 10; got {temperature}")
    if not isinstance(counts, dict) or not counts:
        raise ValueError("counts must be a non-empty dict of token: count")
    keys = list(counts)
    logits = np.log(np.array([float(counts[key]) for key in keys])) / temperature
    weights = np.exp(logits - logits.max())
    weights /= weights.sum()
    return {key: float(weight) for key, weight in zip(keys, weights)}


# --- the counting model: what followed the same few characters in the corpus ---------------------------------


@cache
def _table(order: int, language: str) -> dict[str, Counter]:
    text = load_corpus(language)
    table: dict[str, Counter] = {}
    for end in range(order, len(text)):
        table.setdefault(text[end - order:end], Counter())[text[end]] += 1
    return table


def counting_accuracy(context_length: int, language: str | None = None) -> float:
    """Share of the corpus's characters the counting model guesses right (most frequent follower of the last
    ``context_length`` characters, counted on the corpus itself)."""
    order = whole_number("context_length", context_length, 0, 20)
    language = _language(language)
    text, table = load_corpus(language), _table(order, language)
    best = {context: counter.most_common(1)[0][0] for context, counter in table.items()}
    right = sum(best[text[end - order:end]] == text[end] for end in range(order, len(text)))
    return right / (len(text) - order)


def counting_write(start: str, context_length: int = 3, length: int = 200, temperature: float = 1.0,
                   seed: int = 0, language: str | None = None) -> str:
    """Continue ``start`` with the counting model, drawing each next character with ``temperature``."""
    order = whole_number("context_length", context_length, 0, 20)
    length = whole_number("length", length, 1, 5_000)
    start = _context("start", start)
    table = _table(order, _language(language))
    rng = np.random.default_rng(whole_number("seed", seed, 0, 2**32 - 1))
    text = start
    for _ in range(length):
        counter = table.get(text[len(text) - order:] if order else "")
        if counter is None:
            break
        probabilities = with_temperature(dict(counter), temperature)
        keys = list(probabilities)
        text += keys[rng.choice(len(keys), p=np.array(list(probabilities.values())))]
    return text


# --- the neural model ---------------------------------------------------------------------------------------


def count_parameters(vocabulary_size: int, context: int = CONTEXT, embedding: int = EMBEDDING,
                     hidden: int = HIDDEN) -> int:
    """Weights and biases of the neural model: embedding table, hidden layer, output layer."""
    vocabulary_size = whole_number("vocabulary_size", vocabulary_size, 1, 100_000)
    context = whole_number("context", context, 1, 64)
    embedding = whole_number("embedding", embedding, 1, 256)
    hidden = whole_number("hidden", hidden, 1, 4_096)
    return vocabulary_size * embedding + (context * embedding + 1) * hidden + (hidden + 1) * vocabulary_size


def model_parameters(language: str | None = None) -> int:
    """How many numbers the lesson's neural model learns, for the corpus in ``language``."""
    return count_parameters(len(vocabulary(load_corpus(_language(language)))))


@dataclass
class LanguageModel:
    """A trained character-level neural language model, its loss after each step, and its training time."""

    network: object
    characters: list[str]
    losses: list[float] = field(default_factory=list)
    train_seconds: float = 0.0

    @property
    def parameters(self) -> int:
        return sum(int(weights.numel()) for weights in self.network.parameters())

    def probabilities(self, context: str) -> dict[str, float]:
        """The model's probability for each next character after ``context`` (characters it never saw are dropped)."""
        import torch

        context = _context("context", context)
        index = {character: number for number, character in enumerate(self.characters)}
        numbers = [index[c] for c in context if c in index][-CONTEXT:]
        numbers = [index.get("\n", 0)] * (CONTEXT - len(numbers)) + numbers
        with torch.no_grad():
            scores = self.network(torch.tensor([numbers]))[0]
            probabilities = torch.softmax(scores, dim=0).numpy()
        return {character: float(p) for character, p in zip(self.characters, probabilities)}

    def write(self, start: str, length: int = 200, temperature: float = 1.0, seed: int = 0) -> str:
        """Continue ``start`` one character at a time; ``temperature`` 0 always takes the most likely one."""
        start = _context("start", start)
        length = whole_number("length", length, 1, 5_000)
        temperature = real_number("temperature", temperature)
        if not 0 <= temperature <= 10:
            raise ValueError(f"temperature must be between 0 and 10; got {temperature}")
        rng = np.random.default_rng(whole_number("seed", seed, 0, 2**32 - 1))
        text = start
        for _ in range(length):
            probabilities = self.probabilities(text)
            keys = list(probabilities)
            if temperature == 0:
                text += max(keys, key=probabilities.get)
            else:
                sharpened = with_temperature({k: max(p, 1e-12) for k, p in probabilities.items()}, temperature)
                text += keys[rng.choice(len(keys), p=np.array(list(sharpened.values())))]
        return text


def _examples(text: str, characters: list[str]):
    index = {character: number for number, character in enumerate(characters)}
    numbers = [index["\n"]] * CONTEXT + [index[c] for c in text]
    inputs = np.lib.stride_tricks.sliding_window_view(np.array(numbers[:-1]), CONTEXT)
    return inputs.astype(np.int64), np.array(numbers[CONTEXT:], dtype=np.int64)


def train_language_model(language: str | None = None, steps: int = STEPS, seed: int = 0,
                         progress: bool = False, on_step=None) -> LanguageModel:
    """Train the lesson's neural model on the corpus: read 8 characters, predict the 9th (Adam, small batches).

    ``progress`` shows a progress bar in a notebook; ``on_step(step, loss)`` is called after each step.
    """
    from caire.core.neural import _torch

    torch = _torch()
    text = load_corpus(_language(language))
    steps = whole_number("steps", steps, 1, 10_000)
    seed = whole_number("seed", seed, 0, 2**32 - 1)
    if on_step is not None and not callable(on_step):
        raise TypeError(f"on_step must be a function or None; got {type(on_step).__name__}")
    characters = vocabulary(text)
    inputs, targets = (torch.as_tensor(array) for array in _examples(text, characters))
    torch.manual_seed(seed)
    network = torch.nn.Sequential(
        torch.nn.Embedding(len(characters), EMBEDDING), torch.nn.Flatten(),
        torch.nn.Linear(CONTEXT * EMBEDDING, HIDDEN), torch.nn.Tanh(), torch.nn.Linear(HIDDEN, len(characters)),
    )
    optimiser = torch.optim.Adam(network.parameters(), lr=LEARNING_RATE)
    loss_function = torch.nn.CrossEntropyLoss()
    generator = torch.Generator().manual_seed(seed)
    bar = None
    if progress:
        import ipywidgets as widgets
        from IPython.display import display

        bar = widgets.IntProgress(value=0, min=0, max=steps, description=t("m06.widget.training"),
                                  style={"description_width": "initial"})
        display(bar)
    model = LanguageModel(network, characters)
    start = time.perf_counter()
    for step in range(steps):
        batch = torch.randint(0, len(targets), (BATCH,), generator=generator)
        optimiser.zero_grad()
        loss = loss_function(network(inputs[batch]), targets[batch])
        loss.backward()
        optimiser.step()
        model.losses.append(float(loss.detach()))
        if bar is not None and ((step + 1) % 20 == 0 or step + 1 == steps):
            bar.value = step + 1
        if on_step is not None:
            on_step(step + 1, model.losses[-1])
    model.train_seconds = record_training(time.perf_counter() - start)
    if bar is not None:
        bar.description = t("m06.widget.trained", seconds=model.train_seconds)
    return model


# --- memorisation and invention -----------------------------------------------------------------------------


def longest_copy(written: str, text: str | None = None) -> str:
    """The longest piece of ``written`` that appears word for word in ``text`` (default: the corpus)."""
    written, text = _context("written", written), _text(text)
    best = ""
    for begin in range(len(written)):
        end = begin + len(best) + 1
        while end <= len(written) and written[begin:end] in text:
            best = written[begin:end]
            end += 1
    return best


def invented_words(written: str, text: str | None = None) -> list[str]:
    """The words of ``written`` that never appear in ``text`` (default: the corpus), in order, without repeats."""
    known = {word.lower() for word in tokens(_text(text), "words")}
    found: list[str] = []
    for word in tokens(_context("written", written) or " ", "words"):
        if word.isalpha() and word.lower() not in known and word not in found:
            found.append(word)
    return found


# --- plots and widgets ---------------------------------------------------------------------------------------


def plot_next(context: str, temperature: float = 1.0, top: int = 10, ax=None):
    """Bar chart of the characters that follow ``context`` in the corpus, as probabilities at ``temperature``."""
    import matplotlib.pyplot as plt

    counts = next_counts(context)
    if not counts:
        raise ValueError(f"context {context!r} never appears in the corpus; try a shorter one")
    probabilities = with_temperature(counts, temperature)
    top = whole_number("top", top, 1, 100)
    shown = sorted(probabilities.items(), key=lambda item: -item[1])[:top]
    if ax is None:
        _, ax = plt.subplots(figsize=(7, 3.2))
    ax.bar([show_token(key) for key, _ in shown], [p for _, p in shown], color="#4c78a8")
    ax.set_ylim(0, 1)
    ax.set_ylabel(t("m06.plot.probability"))
    ax.set_title(t("m06.plot.next_title", context=show_token(context) if len(context) == 1 else context,
                   count=sum(counts.values()), temperature=temperature))
    return ax


def plot_losses(model: LanguageModel, ax=None):
    """The neural model's loss after each training step."""
    import matplotlib.pyplot as plt

    if not isinstance(model, LanguageModel):
        raise TypeError(f"model must be a LanguageModel; got {type(model).__name__}")
    if ax is None:
        _, ax = plt.subplots(figsize=(7, 3))
    ax.plot(range(1, len(model.losses) + 1), model.losses, color="#e45756")
    ax.set_xlabel(t("m06.plot.step"))
    ax.set_ylabel(t("m06.plot.loss"))
    ax.set_title(t("m06.plot.loss_title", parameters=model.parameters, seconds=model.train_seconds))
    return ax


def scale_rows(language: str | None = None) -> list[tuple[str, float, float | None, str]]:
    """Our model and today's large ones: (name, parameters, training tokens, source)."""
    language = _language(language)
    ours = (t("m06.plot.our_model", language), float(model_parameters(language)),
            float(len(load_corpus(language))), t("m06.plot.this_lesson", language))
    return [ours, *LARGE_MODELS]


def plot_scale(ax=None):
    """Parameters and training tokens of our model and of a few large models, on a log scale."""
    import matplotlib.pyplot as plt

    rows = scale_rows()
    if ax is None:
        _, ax = plt.subplots(figsize=(8, 3.6))
    positions = np.arange(len(rows))
    ax.barh(positions + 0.2, [row[1] for row in rows], height=0.4, color="#4c78a8", label=t("m06.plot.parameters"))
    ax.barh(positions - 0.2, [row[2] or 0 for row in rows], height=0.4, color="#f58518", label=t("m06.plot.tokens"))
    ax.set_yticks(positions, [row[0] for row in rows])
    ax.set_xscale("log")
    ax.set_xlim(1e3, 1e13)
    ax.invert_yaxis()
    ax.set_xlabel(t("m06.plot.scale_axis"))
    ax.legend(loc="lower right")
    ax.set_title(t("m06.plot.scale_title"))
    return ax


def scale_table() -> str:
    """The same figures as :func:`plot_scale`, as an HTML table."""
    import html

    lines = [f"<tr><th>{html.escape(t('m06.table.model'))}</th><th>{html.escape(t('m06.plot.parameters'))}</th>"
             f"<th>{html.escape(t('m06.plot.tokens'))}</th><th>{html.escape(t('m06.table.source'))}</th></tr>"]
    for name, parameters, trained_on, source in scale_rows():
        tokens_text = t("m06.table.unknown") if trained_on is None else f"{trained_on:,.0f}"
        lines.append(f"<tr><td>{html.escape(name)}</td><td>{parameters:,.0f}</td><td>{html.escape(tokens_text)}</td>"
                     f"<td>{html.escape(source)}</td></tr>")
    return "<table>" + "".join(lines) + "</table>"


def show_scale() -> None:
    """Display the scale table as a widget."""
    import ipywidgets as widgets
    from IPython.display import display

    display(widgets.HTML(scale_table()))


def characters_explorer():
    """The corpus's characters with how often each appears, and a box to cut any text into tokens."""
    import html

    import ipywidgets as widgets

    counts = Counter(load_corpus())
    cells = "".join(f"<span style='display:inline-block;min-width:4.5em;font-family:monospace'>"
                    f"{html.escape(show_token(c))} {n}</span>" for c, n in sorted(counts.items()))
    listing = widgets.HTML(f"<p>{html.escape(t('m06.widget.corpus_size', characters=len(load_corpus())))}</p>"
                           f"<div>{cells}</div>")
    box = widgets.Text(value=t("m06.widget.example_text"), description=t("m06.widget.your_text"),
                       style={"description_width": "initial"}, layout=widgets.Layout(width="90%"))
    shown = widgets.HTML()

    def update(_change=None) -> None:
        text = box.value or " "
        chars, words = tokens(text), tokens(text, "words")
        shown.value = (f"<p>{html.escape(t('m06.widget.as_characters', count=len(chars)))} "
                       f"<code>{html.escape(' | '.join(show_token(c) for c in chars))}</code></p>"
                       f"<p>{html.escape(t('m06.widget.as_words', count=len(words)))} "
                       f"<code>{html.escape(' | '.join(words))}</code></p>")

    box.observe(update, names="value")
    update()
    return widgets.VBox([listing, box, shown])


def counting_explorer(context_length: int = 1):
    """Slider for how many characters the counting model reads; shows its score and what it writes."""
    import html

    import ipywidgets as widgets

    context_length = whole_number("context_length", context_length, 0, 10)
    slider = widgets.IntSlider(value=context_length, min=0, max=10, description=t("m06.widget.context_length"),
                               style={"description_width": "initial"}, layout=widgets.Layout(width="60%"))
    shown = widgets.HTML()

    def update(_change=None) -> None:
        order = slider.value
        written = counting_write(load_corpus()[:order], order, length=160, seed=1)
        shown.value = (f"<p>{html.escape(t('m06.widget.counting_score', accuracy=counting_accuracy(order)))}</p>"
                       f"<pre style='white-space:pre-wrap'>{html.escape(written)}</pre>")

    slider.observe(update, names="value")
    update()
    return widgets.VBox([slider, shown])


def temperature_explorer(context: str = "e", temperature: float = 1.0):
    """Slider for the temperature; redraws the probabilities of the next character after ``context``."""
    import ipywidgets as widgets
    from IPython.display import display

    context = _context("context", context)
    if not next_counts(context):
        raise ValueError(f"context {context!r} never appears in the corpus; try a shorter one")
    temperature = real_number("temperature", temperature)
    slider = widgets.FloatSlider(value=temperature, min=0.1, max=3.0, step=0.05, description=t("m06.widget.temperature"),
                                 readout_format=".2f", style={"description_width": "initial"},
                                 layout=widgets.Layout(width="60%"))
    output = widgets.Output()

    def update(_change=None) -> None:
        show_figure(output, plot_next(context, slider.value).figure)

    slider.observe(update, names="value")
    update()
    box = widgets.VBox([slider, output])
    display(box)


def sampler(model: LanguageModel, start: str | None = None, temperature: float = 1.0):
    """A temperature slider, a start text and a button: the model writes, invented words are listed."""
    import html

    import ipywidgets as widgets

    if not isinstance(model, LanguageModel):
        raise TypeError(f"model must be a LanguageModel; got {type(model).__name__}")
    temperature = real_number("temperature", temperature)
    start_box = widgets.Text(value=start if start is not None else t("m06.widget.start_text"),
                             description=t("m06.widget.start"), style={"description_width": "initial"},
                             layout=widgets.Layout(width="90%"))
    slider = widgets.FloatSlider(value=temperature, min=0.0, max=2.0, step=0.1, description=t("m06.widget.temperature"),
                                 readout_format=".1f", style={"description_width": "initial"},
                                 layout=widgets.Layout(width="60%"))
    seed = widgets.IntText(value=0, description=t("m06.widget.seed"), layout=widgets.Layout(width="12em"))
    button = widgets.Button(description=t("m06.widget.write"), button_style="primary", icon="pencil")
    shown = widgets.HTML()

    def write(_click=None) -> None:
        written = model.write(start_box.value, 240, slider.value, max(int(seed.value), 0))
        copied, invented = longest_copy(written), invented_words(written)
        shown.value = (f"<pre style='white-space:pre-wrap'>{html.escape(written)}</pre>"
                       f"<p>{html.escape(t('m06.widget.copied', count=len(copied)))} <i>{html.escape(copied)}</i></p>"
                       f"<p>{html.escape(t('m06.widget.invented', words=', '.join(invented[:12]) or '-'))}</p>")

    button.on_click(write)
    write()
    return widgets.VBox([start_box, widgets.HBox([slider, seed]), button, shown])


def orders_of_magnitude(small: float, large: float) -> int:
    """How many powers of ten separate ``large`` from ``small``: round(log10(large / small))."""
    small, large = real_number("small", small), real_number("large", large)
    if small <= 0 or large <= 0:
        raise ValueError(f"small and large must be above 0; got {small} and {large}")
    return round(math.log10(large / small))
