"""Module 15's tables, views and explorers: the toy's training, what the assistant sees and does with one e-mail
(defences on or off), and the share of hidden instructions followed as the confirmation defence weakens."""

from __future__ import annotations

import html

from caire.core.explorer import View, explorer, slider
from caire.core.i18n import t
from caire.core.numbers import decimal, integer, percent
from caire.core.validation import share, whole_number
from caire.modules.assistants_and_security.data import EMAILS, email, texts, words
from caire.modules.assistants_and_security.figures import plot_rates
from caire.modules.assistants_and_security.model import (
    APPROVE_SHARE,
    DEFENCES,
    THRESHOLD,
    Continuer,
    Rates,
    ToyAssistant,
    all_rates,
    check_defences,
    continue_text,
    injection_rates,
    run_assistant,
    system_prompt,
    trained,
    user_request,
)

_STYLE = {"description_width": "initial"}


def _table(css_class: str, heads: list[str], rows: list[list[str]]):
    from IPython.display import HTML

    return HTML(_table_html(css_class, heads, rows))


def _table_html(css_class: str, heads: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{html.escape(name)}</th>" for name in heads)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>" for row in rows)
    return f'<table class="{css_class}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _check_toy(toy: object) -> ToyAssistant:
    if not isinstance(toy, ToyAssistant):
        raise TypeError(f"toy must be the trained toy assistant (train_assistant); got {type(toy).__name__}")
    return toy


def continuation_html(base: Continuer, prompt: str) -> str:
    """The prompt, then what the toy base model writes after it."""
    written = continue_text(base, prompt)
    return (
        f"<p><b>{html.escape(t('m15.continue.prompt'))}</b> {html.escape(prompt)}</p>"
        f"<p><b>{html.escape(t('m15.continue.written'))}</b> {html.escape(written)}</p>"
    )


def continuation_demo(base: Continuer, number: int = 1):
    """The toy base model asked to summarise e-mail ``number``: it continues the text instead."""
    from IPython.display import HTML

    mail = email(whole_number("number", number, 1, EMAILS))
    return HTML(continuation_html(base, f"{user_request(mail)} {' '.join(mail.visible)}"))


def continuation_explorer(base: Continuer, prompt: str = ""):
    """A box to type the start of a text; the toy base model continues it."""
    import ipywidgets as widgets

    if not isinstance(prompt, str):
        raise TypeError(f"prompt must be a text; got {type(prompt).__name__}")
    box = widgets.Text(
        value=prompt or t("m15.continue.start"),
        description=t("m15.continue.prompt"),
        style=_STYLE,
        continuous_update=False,
        layout=widgets.Layout(width="80%"),
    )

    def update(value: str) -> View:
        if not value.strip():
            return View(html.escape(t("m15.continue.empty")))
        return View(continuation_html(base, value))

    return explorer([box], update)


def training_table(toy: ToyAssistant):
    """How the toy was trained: sentences, words it knows, accuracy on unseen sentences, training time."""
    toy = _check_toy(toy)
    heads = [t(f"m15.training.{name}") for name in ("sentences", "vocabulary", "accuracy", "time")]
    row = [
        integer(toy.sentences),
        integer(len(toy.vocabulary)),
        percent(toy.accuracy),
        f"{decimal(toy.seconds * 1000, 0)} ms",
    ]
    return _table("caire-training", heads, [row])


def top_words_table(toy: ToyAssistant, count: int = 8):
    """The words that push a sentence most towards "instruction", with their weight."""
    toy = _check_toy(toy)
    count = whole_number("count", count, 1, 30)
    rows = [[word, decimal(weight, 2)] for word, weight in toy.top_words(count)]
    return _table("caire-words", [t("m15.words.word"), t("m15.words.weight")], rows)


def rates_table(rates: dict[str, Rates]):
    """For each setting of defences: the share of hidden instructions followed, leaks and changed answers."""
    if not isinstance(rates, dict) or not all(isinstance(r, Rates) for r in rates.values()):
        raise TypeError("rates must be the dict that all_rates() returns")
    heads = [t(f"m15.rates.{name}") for name in ("setting", "followed", "leaked", "changed")]
    rows = [
        [t(f"m15.setting.{name}"), percent(r.followed), integer(r.leaked), integer(r.changed)]
        for name, r in rates.items()
    ]
    return _table("caire-rates", heads, rows)


def describe_rates(rates: Rates) -> str:
    """One sentence: with these defences, how many hidden instructions the toy followed."""
    if not isinstance(rates, Rates):
        raise TypeError(f"rates must be what injection_rates() returns; got {type(rates).__name__}")
    names = " + ".join(t(f"m15.setting.{d}") for d in rates.defences) or t("m15.setting.none")
    return t(
        "m15.rates.sentence",
        defences=names,
        followed=rates.followed,
        leaked=rates.leaked,
        changed=rates.changed,
        emails=rates.emails,
    )


def rates_summary(rates: Rates):
    """:func:`describe_rates` as HTML for a notebook cell."""
    from IPython.display import HTML

    return HTML(f"<p>{describe_rates(rates)}</p>")


def context_html(number: int, defences=(), approve_share: float = APPROVE_SHARE) -> str:
    """What the person sees of e-mail ``number``, what the assistant sees (its whole context), and what it did."""
    number = whole_number("number", number, 1, EMAILS)
    defences = check_defences(defences)
    approve_share = share("approve_share", approve_share)
    mail = email(number)
    outcome = run_assistant(mail, defences, approve_share)
    esc = html.escape
    seen = "".join(f"<p>{esc(s)}</p>" for s in mail.visible)
    person = (
        f"<h4>{esc(t('m15.context.person'))}</h4><p><b>{esc(texts()['subject'].replace('{sender}', mail.sender))}</b></p>"
        f"{seen}"
    )
    lines = []
    for i, (sentence, score) in enumerate(zip(mail.sentences, outcome.scores, strict=True)):
        tag = t("m15.context.instruction" if score >= THRESHOLD else "m15.context.information", score=score)
        hidden = f" <b>{esc(t('m15.context.hidden'))}</b>" if i == mail.hidden_at else ""
        lines.append(f"<li>{esc(sentence)}{hidden} <i>[{esc(tag)}]</i></li>")
    document = "".join(lines)
    if "separate" in defences:
        document = f"<li><code>&lt;document&gt;</code></li>{document}<li><code>&lt;/document&gt;</code></li>"
    tools = ", ".join(f"<code>{esc(tool)}</code>" for tool in outcome.tools)
    count = sum(len(words(text)) for text in (system_prompt(), user_request(mail), *mail.sentences))
    assistant = (
        f"<h4>{esc(t('m15.context.assistant'))}</h4>"
        f"<p><b>{esc(t('m15.context.system'))}</b> {esc(system_prompt())}</p>"
        f"<p><b>{esc(t('m15.context.tools'))}</b> {tools}</p>"
        f"<p><b>{esc(t('m15.context.request'))}</b> {esc(user_request(mail))}</p>"
        f"<p><b>{esc(t('m15.context.document'))}</b></p><ul>{document}</ul>"
        f"<p>{esc(t('m15.context.words', words=count))}</p>"
    )
    answer = "".join(f"<li>{esc(s)}</li>" for s in outcome.answer)
    if outcome.sent_to:
        action = t("m15.context.sent", to=outcome.sent_to, file=texts()["client_file"])
    elif outcome.followed:
        action = t("m15.context.changed")
    else:
        action = t(f"m15.stopped.{outcome.stopped_by}")
    verdict = t("m15.context.followed" if outcome.followed else "m15.context.not_followed")
    did = (
        f"<h4>{esc(t('m15.context.did'))}</h4><p>{esc(t('m15.context.answer'))}</p><ul>{answer}</ul>"
        f"<p><b>{esc(verdict)}</b> {esc(action)}</p>"
    )
    return (
        '<div class="caire-context" style="display:flex;gap:1.5em;flex-wrap:wrap">'
        f'<div style="flex:1 1 16em;border:1px solid #8A8A8A;padding:0.5em">{person}</div>'
        f'<div style="flex:2 1 24em;border:1px solid #8A8A8A;padding:0.5em">{assistant}{did}</div></div>'
    )


def context_explorer(number: int = 1):
    """Pick an e-mail and switch each defence on or off: what the person sees, what the assistant sees, what it
    does."""
    import ipywidgets as widgets

    trained()
    chooser = slider(whole_number("number", number, 1, EMAILS), 1, EMAILS, 1, t("m15.widget.email"), whole=True)
    boxes = [
        widgets.Checkbox(value=False, description=t(f"m15.defence.{name}"), style=_STYLE, indent=False)
        for name in DEFENCES
    ]

    def update(chosen: int, *ticked: bool) -> View:
        defences = [name for name, on in zip(DEFENCES, ticked, strict=True) if on]
        return View(context_html(chosen, defences))

    return explorer([chooser, *boxes], update)


def confirmation_explorer(approve_share: float = APPROVE_SHARE):
    """A slider for the share of requests a busy person approves without reading; the table of settings and the
    chart follow it."""
    control = slider(share("approve_share", approve_share), 0, 1, 0.05, t("m15.widget.approve"))

    def update(value: float) -> View:
        rates = all_rates(value)
        return View(t("m15.widget.confirm", share=value, followed=rates["confirm"].followed), plot_rates(rates))

    return explorer([control], update)


def defences_explorer():
    """Three boxes, one per defence: the share of hidden instructions the toy follows with those ticked."""
    import ipywidgets as widgets

    boxes = [
        widgets.Checkbox(value=False, description=t(f"m15.defence.{name}"), style=_STYLE, indent=False)
        for name in DEFENCES
    ]

    def update(*ticked: bool) -> View:
        return View(describe_rates(injection_rates([n for n, on in zip(DEFENCES, ticked, strict=True) if on])))

    return explorer(boxes, update)
