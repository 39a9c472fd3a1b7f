"""Module 16's tables, views and explorers: the toy models' training and what they give back, a text written by
a model with its copied runs of words marked, the secret prompted with its beginning, and the decision exercise
("may I paste this? with which tool?")."""

from __future__ import annotations

import html

import numpy as np

from caire.core.explorer import View, explorer, slider
from caire.core.i18n import t
from caire.core.numbers import decimal, integer, percent
from caire.core.validation import one_of, whole_number
from caire.modules.rights_and_secrecy.data import (
    SITUATIONS,
    TOOLS,
    notes,
    secret,
    secret_prompt,
    training_words,
    words,
)
from caire.modules.rights_and_secrecy.model import CONTEXTS, LENGTH, SAMPLES, SEED, WINDOW, Trained

_STYLE = {"description_width": "initial"}


def _check_trained(trained: object) -> Trained:
    if not isinstance(trained, Trained):
        raise TypeError(f"trained must be what train_models() returns; got {type(trained).__name__}")
    return trained


def _context(context: object) -> int:
    return whole_number("context", context, min(CONTEXTS), max(CONTEXTS))


def _table(css_class: str, heads: list[str], rows: list[list[str]]):
    from IPython.display import HTML

    head = "".join(f"<th>{html.escape(name)}</th>" for name in heads)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>" for row in rows)
    return HTML(f'<table class="{css_class}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>')


def training_table(trained: Trained):
    """One row per model: context length, size, verbatim reproduction, share of the secret given back."""
    trained = _check_trained(trained)
    heads = [t(f"m16.table.{name}", window=WINDOW) for name in ("context", "entries", "reproduced", "secret")]
    rows = [
        [
            integer(m.context),
            integer(m.entries),
            percent(m.reproduced),
            t("m16.table.whole") if m.secret_whole else percent(m.secret_share),
        ]
        for m in trained.measurements.values()
    ]
    return _table("caire-memorisation", heads, rows)


def training_summary(trained: Trained) -> str:
    """One sentence: how many words the models learnt from, and how long the training took."""
    trained = _check_trained(trained)
    return t(
        "m16.training.summary",
        models=len(trained.models),
        words=trained.words,
        milliseconds=decimal(trained.seconds * 1000, 0),
    )


def marked_html(text_words: tuple[str, ...], language: str | None = None) -> str:
    """``text_words`` as HTML, each word that belongs to a run of ``WINDOW`` words found word for word in the
    training text in bold and marked."""
    if not isinstance(text_words, tuple | list) or not all(isinstance(word, str) for word in text_words):
        raise TypeError("text_words must be a list of words (texts)")
    source = training_words(language)
    known = {tuple(source[i : i + WINDOW]) for i in range(len(source) - WINDOW + 1)}
    copied = [False] * len(text_words)
    for i in range(len(text_words) - WINDOW + 1):
        if tuple(text_words[i : i + WINDOW]) in known:
            copied[i : i + WINDOW] = [True] * WINDOW
    shown = [
        f"<mark><b>{html.escape(word)}</b></mark>" if was_copied else html.escape(word)
        for word, was_copied in zip(text_words, copied, strict=True)
    ]
    return " ".join(shown)


def written_html(trained: Trained, context: int = 1, note: int = 1) -> str:
    """A text that the model with ``context`` words of context writes after the first two words of office note
    ``note``, its copied runs marked, and the model's reproduction rate."""
    trained = _check_trained(trained)
    context = _context(context)
    note = whole_number("note", note, 1, len(notes(trained.language)))
    prompt = " ".join(words(notes(trained.language)[note - 1])[:2])
    rng = np.random.default_rng(SEED + note)
    text = words(prompt) + trained.models[context].generate(prompt, LENGTH, rng)
    m = trained.measurements[context]
    return (
        f"<p>{t('m16.written.lead', context=context)}</p>"
        f'<blockquote style="border-left:4px solid #8A8A8A;padding-left:0.6em">{marked_html(text, trained.language)}</blockquote>'
        f"<p>{t('m16.written.rate', context=context, reproduced=m.reproduced, window=WINDOW, samples=SAMPLES)}</p>"
    )


def written_text(trained: Trained, context: int = 1, note: int = 1):
    """:func:`written_html` for a notebook cell."""
    from IPython.display import HTML

    return HTML(written_html(trained, context, note))


def context_explorer(trained: Trained, context: int = 1):
    """A slider for the context length and one for the office note to start from: the text the model writes,
    its copied runs marked."""
    trained = _check_trained(trained)
    length = slider(_context(context), min(CONTEXTS), max(CONTEXTS), 1, t("m16.widget.context"), whole=True)
    start = slider(1, 1, 20, 1, t("m16.widget.note"), whole=True)

    def update(chosen: int, note: int) -> View:
        return View(written_html(trained, chosen, note))

    return explorer([length, start], update)


def secret_html(trained: Trained, prompt: str | None = None, context: int = 1) -> str:
    """What the model with ``context`` words of context writes (its most likely words) after ``prompt`` (the
    beginning of the secret by default), and whether the secret's file number comes out."""
    trained = _check_trained(trained)
    context = _context(context)
    prompt = secret_prompt(trained.language) if prompt is None else prompt
    if not isinstance(prompt, str):
        raise TypeError(f"prompt must be a text; got {type(prompt).__name__}")
    if not prompt.strip():
        return f"<p>{html.escape(t('m16.secret.empty'))}</p>"
    written = trained.models[context].generate(prompt, len(words(secret(trained.language))))
    number = next(word for word in words(secret(trained.language)) if word.startswith("RX-"))
    found = any(word.startswith(number) for word in written)
    verdict = t("m16.secret.leaked", number=number.rstrip(",")) if found else t("m16.secret.kept")
    return (
        f"<p><b>{html.escape(t('m16.secret.prompt'))}</b> {html.escape(prompt)}</p>"
        f"<p><b>{html.escape(t('m16.secret.written', context=context))}</b> {html.escape(' '.join(written))}</p>"
        f"<p>{html.escape(verdict)}</p>"
    )


def secret_text(trained: Trained, prompt: str | None = None, context: int = 1):
    """:func:`secret_html` for a notebook cell."""
    from IPython.display import HTML

    return HTML(secret_html(trained, prompt, context))


def secret_explorer(trained: Trained, prompt: str | None = None, context: int = 1):
    """A box to type the beginning of a text and a context-length slider: what the model writes after it."""
    import ipywidgets as widgets

    trained = _check_trained(trained)
    if prompt is not None and not isinstance(prompt, str):
        raise TypeError(f"prompt must be a text; got {type(prompt).__name__}")
    box = widgets.Text(
        value=secret_prompt(trained.language) if prompt is None else prompt,
        description=t("m16.secret.prompt"),
        style=_STYLE,
        continuous_update=False,
        layout=widgets.Layout(width="80%"),
    )
    length = slider(_context(context), min(CONTEXTS), max(CONTEXTS), 1, t("m16.widget.context"), whole=True)

    def update(value: str, chosen: int) -> View:
        return View(secret_html(trained, value, chosen))

    return explorer([box, length], update)


def decision_html(situation: str, tool: str) -> str:
    """The lesson's advice when ``tool`` is chosen for ``situation``."""
    situation = one_of("situation", situation, tuple(SITUATIONS))
    tool = one_of("tool", tool, TOOLS)
    best = SITUATIONS[situation]
    verdict = t("m16.decision.best") if tool == best else t("m16.decision.other", best=t(f"m16.tool.{best}"))
    return f"<p><b>{html.escape(verdict)}</b> {html.escape(t(f'm16.why.{situation}'))}</p>"


def decide(situation: str, tool: str):
    """:func:`decision_html` for a notebook cell."""
    from IPython.display import HTML

    return HTML(decision_html(situation, tool))


def situations_table():
    """The situations of the decision exercise (name to type, and what happens) and the tools to choose from."""
    rows = [[name, t(f"m16.situation.{name}")] for name in SITUATIONS]
    rows += [[name, t(f"m16.tool.{name}")] for name in TOOLS]
    return _table("caire-situations", [t("m16.table.name"), t("m16.table.what")], rows)


def decision_explorer():
    """Pick a work situation and a tool: the lesson says whether that is the choice it recommends, and why."""
    import ipywidgets as widgets

    situation = widgets.Dropdown(
        options=[(t(f"m16.situation.{name}"), name) for name in SITUATIONS],
        description=t("m16.widget.situation"),
        style=_STYLE,
        layout=widgets.Layout(width="95%"),
    )
    tool = widgets.RadioButtons(
        options=[(t(f"m16.tool.{name}"), name) for name in TOOLS],
        description=t("m16.widget.tool"),
        style=_STYLE,
        layout=widgets.Layout(width="95%"),
    )

    def update(chosen: str, picked: str) -> View:
        return View(decision_html(chosen, picked))

    return explorer([situation, tool], update)
