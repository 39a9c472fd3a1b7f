"""Module 08's views and widgets: an answer's claims beside its reference, a claim checker for the practice answers,
the filter's results in words and as a table, a box to try the filter on a sentence, and a threshold slider."""

from __future__ import annotations

import html

from caire.core.explorer import View, explorer, slider
from caire.core.figures import COLOURS
from caire.core.i18n import t
from caire.modules.critical_use.data import claim_text, get_answer, get_reference, load_sentences, practice_verdicts
from caire.modules.critical_use.figures import plot_filter_scores
from caire.modules.critical_use.model import (
    DEFAULT_THRESHOLD,
    FilterResults,
    check_threshold,
    features,
    filter_results,
    train_filter,
)


def answer_html(answer_id: str) -> str:
    """The question, the chatbot's answer cut into numbered claims, and the reference beside it, as HTML."""
    item = get_answer(answer_id)
    reference = get_reference(item["reference"])
    claims = "".join(
        f"<li><code>{html.escape(claim['id'])}</code> {html.escape(claim['text'])}</li>" for claim in item["claims"]
    )
    paragraphs = "".join(
        f"<li><code>{html.escape(par['id'])}</code> {html.escape(par['text'])}</li>" for par in reference["paragraphs"]
    )
    return (
        f'<div class="caire-chatbot-answer" style="display:flex;flex-wrap:wrap;gap:16px">'
        f'<div style="flex:1;min-width:300px;border-left:4px solid {COLOURS["purple"]};padding:4px 8px">'
        f"<b>{html.escape(t('m08.asked'))}</b> {html.escape(item['question'])}<br>"
        f"<b>{html.escape(t('m08.chatbot_said'))}</b><ul style='list-style:none;padding-left:0'>{claims}</ul></div>"
        f'<div style="flex:1;min-width:300px;border-left:4px solid {COLOURS["green"]};padding:4px 8px">'
        f"<b>{html.escape(t('m08.reference'))}: {html.escape(reference['title'])}</b>"
        f"<ul style='list-style:none;padding-left:0'>{paragraphs}</ul></div></div>"
    )


def show_answer(answer_id: str) -> None:
    """Display an answer's claims next to its reference document."""
    from IPython.display import HTML, display

    display(HTML(answer_html(answer_id)))


def claim_checker(answer_id: str):
    """Tick the claims of a practice answer that the reference does not support, then see each claim's verdict."""
    import ipywidgets as widgets

    verdicts = practice_verdicts(answer_id)
    shown = widgets.HTML(answer_html(answer_id))
    boxes = {
        claim_id: widgets.Checkbox(
            description=f"{claim_id}: {claim_text(claim_id)}",
            value=False,
            indent=False,
            layout=widgets.Layout(width="95%"),
        )
        for claim_id in verdicts
    }
    button = widgets.Button(description=t("m08.widget.check_claims"), button_style="primary", icon="check")
    result = widgets.HTML()

    def on_check(_click=None) -> None:
        lines = []
        for claim_id, supported in verdicts.items():
            ticked = boxes[claim_id].value
            right = ticked != supported
            key = "supported" if supported else "unsupported"
            mark = "✅" if right else "❌"
            lines.append(f"<li>{mark} <code>{claim_id}</code> {html.escape(t(f'm08.widget.{key}'))}</li>")
        result.value = f"<ul style='list-style:none;padding-left:0'>{''.join(lines)}</ul>"

    button.on_click(on_check)
    box = widgets.VBox([shown, widgets.Label(t("m08.widget.tick_unsupported")), *boxes.values(), button, result])
    box.check = on_check
    box.boxes = boxes
    return box


def sentence_table(threshold: float = DEFAULT_THRESHOLD, language: str | None = None) -> str:
    """The test sentences, each with whether it holds personal data and what the filter decided, as text."""
    threshold = check_threshold(threshold)
    model = train_filter(language)
    texts, labels = load_sentences("test", model.language)
    lines = []
    for number, (text, label) in enumerate(zip(texts, labels), start=1):
        truth = t("m08.table.personal" if label else "m08.table.not_personal")
        decision = t("m08.table.flagged" if model.score(text) >= threshold else "m08.table.let_through")
        lines.append(f"{number:>2}. [{truth} | {decision}] {text}")
    return "\n".join(lines)


def describe_filter(results: FilterResults) -> str:
    """The filter's results in plain words."""
    if not isinstance(results, FilterResults):
        raise TypeError(f"results must come from filter_results(); got {type(results).__name__}")
    return t(
        "m08.filter.summary",
        threshold=results.threshold,
        caught=results.caught,
        personal=results.personal,
        missed=results.missed,
        false_alarms=results.false_alarms,
        others=results.false_alarms + results.cleared,
    )


def filter_tester(start: str | None = None):
    """Type a sentence, see whether the filter would stop it and which clues it saw."""
    import ipywidgets as widgets

    text = widgets.Text(
        value=t("m08.widget.example") if start is None else start,
        description=t("m08.widget.sentence"),
        continuous_update=False,
        layout=widgets.Layout(width="95%"),
        style={"description_width": "initial"},
    )
    result = widgets.HTML()

    def update(_change=None) -> None:
        model = train_filter()
        sentence = text.value.strip()
        if not sentence:
            result.value = html.escape(t("m08.widget.empty"))
            return
        score = model.score(sentence)
        known = [clue for clue in features(sentence) if clue in model.log_likelihood]
        key = "m08.widget.flagged" if score >= DEFAULT_THRESHOLD else "m08.widget.let_through"
        result.value = (
            f"<b>{html.escape(t(key, score=score))}</b><br>"
            f"{html.escape(t('m08.widget.clues', clues=', '.join(known) or '-'))}"
        )

    text.observe(update, names="value")
    update()
    box = widgets.VBox([text, result])
    box.text, box.result = text, result
    return box


def threshold_explorer(threshold: float = DEFAULT_THRESHOLD):
    """A threshold slider above the filter's results on the test sentences and the chart of their scores."""
    start = check_threshold(threshold)
    control = slider(start, 0, 1, 0.01, t("m08.widget.threshold"))

    def update(value: float) -> View:
        return View(html.escape(describe_filter(filter_results(value))), plot_filter_scores(value))

    return explorer([control], update)
