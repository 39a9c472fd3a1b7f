"""Module 08, "Using generative AI critically at work": chatbot answers checked against a reference, and a
small personal-data filter trained live.

Two bundled data sets, written for the course (CC0), one file per language in ``caire/data/``:

- ``chatbot_answers_<lang>.json``: short "official" documents of a fictional company (a leave policy, an expense
  policy, a data-protection note) and pre-written chatbot answers to workplace questions, cut into claims.
  Whether the reference supports a claim is stored as a digest, ``answer_digest("m08-claim/<id>", "yes"|"no")``,
  not in plain text: a learner who opens the file reads no answer key. Only the *practice* answers (those the
  lesson works through) can have their verdicts shown (:func:`practice_verdicts`); the others are the exercise's.
- ``personal_data_sentences_<lang>.json``: sentences labelled 1 when they hold personal data, 0 when not, split
  into training and test sentences. :func:`train_filter` trains a naive Bayes filter on them in milliseconds.
"""

from __future__ import annotations

import json
import math
import re
import time
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from caire.core.checks import answer_digest
from caire.core.i18n import check_language, get_language, t
from caire.core.timing import record_training
from caire.core.validation import real_number

DATA = Path(__file__).parent / "data"
SPLITS = ("train", "test")
#: The filter flags a sentence when its score (the estimated probability of personal data) is at least this.
DEFAULT_THRESHOLD = 0.5


# --- the chatbot answers and the reference documents ------------------------------------------------------


def _language(language: str | None) -> str:
    return get_language() if language is None else check_language(language)


@lru_cache(maxsize=None)
def _answers(language: str) -> dict:
    return json.loads((DATA / f"chatbot_answers_{language}.json").read_text(encoding="utf-8"))


def load_answers(language: str | None = None) -> dict:
    """The bundled answers and reference documents in ``language`` (default: the current language)."""
    return _answers(_language(language))


def answer_ids(practice: bool | None = None) -> tuple[str, ...]:
    """The ids of the bundled answers: all of them, or only the practice ones (``True``) or the others (``False``)."""
    if practice not in (None, True, False):
        raise TypeError(f"practice must be True, False or None; got {practice!r}")
    return tuple(item["id"] for item in load_answers("en")["answers"]
                 if practice is None or item["practice"] is practice)


def get_answer(answer_id: str, language: str | None = None) -> dict:
    """One answer: its question, the reference it should agree with, and its claims."""
    if not isinstance(answer_id, str):
        raise TypeError(f"answer_id must be text; got {type(answer_id).__name__} {answer_id!r}")
    for item in load_answers(language)["answers"]:
        if item["id"] == answer_id:
            return item
    raise ValueError(f"answer_id must be one of {', '.join(map(repr, answer_ids()))}; got {answer_id!r}")


def get_reference(reference_id: str, language: str | None = None) -> dict:
    """One reference document: its title and numbered paragraphs."""
    references = load_answers(language)["references"]
    if not isinstance(reference_id, str):
        raise TypeError(f"reference_id must be text; got {type(reference_id).__name__} {reference_id!r}")
    if reference_id not in references:
        raise ValueError(f"reference_id must be one of {', '.join(map(repr, references))}; got {reference_id!r}")
    return references[reference_id]


def claim_ids(answer_id: str) -> tuple[str, ...]:
    """The ids of the claims one answer makes, in order."""
    return tuple(claim["id"] for claim in get_answer(answer_id)["claims"])


def claim_text(claim_id: str, language: str | None = None) -> str:
    """What one claim says, in ``language`` (default: the current language)."""
    for item in load_answers(language)["answers"]:
        for claim in item["claims"]:
            if claim["id"] == claim_id:
                return claim["text"]
    raise ValueError(f"claim_id must be the id of a claim of a bundled answer; got {claim_id!r}")


def _supported(claim_id: str) -> bool:
    """Whether the reference supports a claim, read from its digest (kept private: see practice_verdicts)."""
    for item in load_answers("en")["answers"]:
        for claim in item["claims"]:
            if claim["id"] == claim_id:
                return claim["support_digest"] == answer_digest(f"m08-claim/{claim_id}", "yes")
    raise ValueError(f"claim_id must be the id of a claim of a bundled answer; got {claim_id!r}")


def _unsupported_claims(answer_id: str) -> set[str]:
    """The claims of an answer that the reference does not support: what the exercise's checks compare with."""
    return {claim_id for claim_id in claim_ids(answer_id) if not _supported(claim_id)}


def practice_verdicts(answer_id: str) -> dict[str, bool]:
    """For a practice answer of the lesson: each claim id, and whether the reference supports it."""
    item = get_answer(answer_id)
    if not item["practice"]:
        raise ValueError(f"answer_id must be a practice answer ({', '.join(map(repr, answer_ids(True)))}); "
                         f"{answer_id!r} belongs to the exercise")
    return {claim_id: _supported(claim_id) for claim_id in claim_ids(answer_id)}


def answer_html(answer_id: str) -> str:
    """The question, the chatbot's answer cut into numbered claims, and the reference beside it, as HTML."""
    import html

    item = get_answer(answer_id)
    reference = get_reference(item["reference"])
    claims = "".join(f"<li><code>{html.escape(claim['id'])}</code> {html.escape(claim['text'])}</li>"
                     for claim in item["claims"])
    paragraphs = "".join(f"<li><code>{html.escape(par['id'])}</code> {html.escape(par['text'])}</li>"
                         for par in reference["paragraphs"])
    return (f'<div class="caire-chatbot-answer" style="display:flex;flex-wrap:wrap;gap:16px">'
            f'<div style="flex:1;min-width:300px;border-left:4px solid #6750a4;padding:4px 8px">'
            f"<b>{html.escape(t('m08.asked'))}</b> {html.escape(item['question'])}<br>"
            f"<b>{html.escape(t('m08.chatbot_said'))}</b><ul style='list-style:none;padding-left:0'>{claims}</ul></div>"
            f'<div style="flex:1;min-width:300px;border-left:4px solid #1b7f3b;padding:4px 8px">'
            f"<b>{html.escape(t('m08.reference'))}: {html.escape(reference['title'])}</b>"
            f"<ul style='list-style:none;padding-left:0'>{paragraphs}</ul></div></div>")


def show_answer(answer_id: str) -> None:
    """Display an answer's claims next to its reference document."""
    from IPython.display import HTML, display

    display(HTML(answer_html(answer_id)))


def claim_checker(answer_id: str):
    """Tick the claims of a practice answer that the reference does not support, then see each claim's verdict."""
    import html

    import ipywidgets as widgets

    verdicts = practice_verdicts(answer_id)
    shown = widgets.HTML(answer_html(answer_id))
    boxes = {claim_id: widgets.Checkbox(description=f"{claim_id}: {claim_text(claim_id)}", value=False, indent=False,
                                        layout=widgets.Layout(width="95%")) for claim_id in verdicts}
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


# --- the personal-data filter ------------------------------------------------------------------------------


@lru_cache(maxsize=None)
def _sentences(language: str) -> dict:
    return json.loads((DATA / f"personal_data_sentences_{language}.json").read_text(encoding="utf-8"))


def load_sentences(split: str = "train", language: str | None = None) -> tuple[list[str], np.ndarray]:
    """The sentences of one split and their labels (1: holds personal data, 0: does not)."""
    if split not in SPLITS:
        raise ValueError(f"split must be one of {', '.join(map(repr, SPLITS))}; got {split!r}")
    rows = _sentences(_language(language))[split]
    return [row["text"] for row in rows], np.array([row["label"] for row in rows], dtype=int)


_WORD = re.compile(r"\w+(?:[@.'’-]\w+)*")


def features(text: str) -> list[str]:
    """The clues the filter sees in a sentence: its words, plus a clue for numbers, e-mail addresses and
    capitalised words inside the sentence (often names)."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a sentence (text); got {type(text).__name__} {text!r}")
    found = []
    for position, word in enumerate(_WORD.findall(text)):
        if "@" in word:
            found.append("<email>")
        elif any(character.isdigit() for character in word):
            found.append("<number>")
        else:
            if position > 0 and word[0].isupper():
                found.append("<capital>")
            found.append(word.lower().split("'")[-1].split("’")[-1])
    return found


@dataclass(frozen=True)
class PersonalDataFilter:
    """A naive Bayes filter: how often each clue appears in sentences with and without personal data."""

    language: str
    log_prior: tuple[float, float]
    log_likelihood: dict[str, tuple[float, float]]
    seconds: float

    def score(self, text: str) -> float:
        """The filter's estimate that ``text`` holds personal data, between 0 and 1."""
        totals = list(self.log_prior)
        for clue in features(text):
            pair = self.log_likelihood.get(clue)
            if pair is None:
                continue  # a word never seen in training tells the filter nothing
            totals[0] += pair[0]
            totals[1] += pair[1]
        difference = max(min(totals[1] - totals[0], 50.0), -50.0)
        return 1.0 / (1.0 + math.exp(-difference))

    def flags(self, text: str, threshold: float = DEFAULT_THRESHOLD) -> bool:
        """Whether the filter would stop ``text`` before it reaches a chatbot."""
        return self.score(text) >= _threshold(threshold)

    def strongest_clues(self, count: int = 8) -> list[tuple[str, float]]:
        """The clues that push a sentence most towards "personal data", with how much (log-odds)."""
        if isinstance(count, bool) or not isinstance(count, int) or count < 1:
            raise ValueError(f"count must be a whole number of at least 1; got {count!r}")
        weights = sorted(((clue, pair[1] - pair[0]) for clue, pair in self.log_likelihood.items()),
                         key=lambda item: (-item[1], item[0]))
        return weights[:count]


def _threshold(threshold: object) -> float:
    value = real_number("threshold", threshold)
    if not 0 <= value <= 1:
        raise ValueError(f"threshold must be between 0 and 1; got {threshold!r}")
    return value


@lru_cache(maxsize=None)
def _trained(language: str) -> PersonalDataFilter:
    start = time.perf_counter()
    texts, labels = load_sentences("train", language)
    counts = (Counter(), Counter())
    for text, label in zip(texts, labels):
        counts[int(label)].update(features(text))
    vocabulary = sorted(set(counts[0]) | set(counts[1]))
    totals = [sum(counts[label].values()) + len(vocabulary) for label in (0, 1)]  # Laplace smoothing
    log_likelihood = {clue: tuple(math.log((counts[label][clue] + 1) / totals[label]) for label in (0, 1))
                      for clue in vocabulary}
    share = float(labels.mean())
    seconds = record_training(time.perf_counter() - start)
    return PersonalDataFilter(language, (math.log(1 - share), math.log(share)), log_likelihood, seconds)


def train_filter(language: str | None = None) -> PersonalDataFilter:
    """Train the personal-data filter on the training sentences of ``language`` (default: the current one)."""
    return _trained(_language(language))


@dataclass(frozen=True)
class FilterResults:
    """What the filter does on the test sentences at one threshold."""

    threshold: float
    caught: int        # personal data, flagged
    missed: int        # personal data, let through
    false_alarms: int  # no personal data, flagged
    cleared: int       # no personal data, let through
    missed_sentences: tuple[str, ...]
    false_alarm_sentences: tuple[str, ...]

    @property
    def personal(self) -> int:
        return self.caught + self.missed


def filter_results(threshold: float = DEFAULT_THRESHOLD, language: str | None = None) -> FilterResults:
    """Run the trained filter on the test sentences it never saw, at ``threshold``."""
    threshold = _threshold(threshold)
    model = train_filter(language)
    texts, labels = load_sentences("test", model.language)
    flagged = [model.score(text) >= threshold for text in texts]
    missed = tuple(text for text, label, flag in zip(texts, labels, flagged) if label == 1 and not flag)
    alarms = tuple(text for text, label, flag in zip(texts, labels, flagged) if label == 0 and flag)
    caught = sum(1 for label, flag in zip(labels, flagged) if label == 1 and flag)
    cleared = sum(1 for label, flag in zip(labels, flagged) if label == 0 and not flag)
    return FilterResults(threshold, caught, len(missed), len(alarms), cleared, missed, alarms)


def sentence_table(threshold: float = DEFAULT_THRESHOLD, language: str | None = None) -> str:
    """The test sentences, each with whether it holds personal data and what the filter decided, as text."""
    threshold = _threshold(threshold)
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
    return t("m08.filter.summary", threshold=results.threshold, caught=results.caught, personal=results.personal,
             missed=results.missed, false_alarms=results.false_alarms,
             others=results.false_alarms + results.cleared)


def plot_filter_scores(threshold: float = DEFAULT_THRESHOLD, language: str | None = None, ax=None):
    """Each test sentence as a dot at the score the filter gives it, one row per true label; the threshold line."""
    import matplotlib.pyplot as plt

    threshold = _threshold(threshold)
    model = train_filter(language)
    texts, labels = load_sentences("test", model.language)
    scores = np.array([model.score(text) for text in texts])
    if ax is None:
        figure, ax = plt.subplots(figsize=(8, 3))
    else:
        figure = ax.figure
    for row, label, colour in ((0, 0, "#1f77b4"), (1, 1, "#d62728")):
        chosen = scores[labels == label]
        ax.scatter(chosen, np.full(len(chosen), row) + np.linspace(-0.15, 0.15, len(chosen)), s=60, color=colour,
                   edgecolor="black", zorder=3)
    ax.axvline(threshold, color="black", linestyle="--", label=t("m08.plot.threshold", threshold=threshold))
    ax.axvspan(threshold, 1.02, color="#d62728", alpha=0.07)
    ax.set_yticks([0, 1], [t("m08.plot.not_personal"), t("m08.plot.personal")])
    ax.set_xlim(-0.02, 1.02)
    ax.set_ylim(-0.6, 1.6)
    ax.set_xlabel(t("m08.plot.score"))
    ax.set_title(t("m08.plot.title"))
    ax.legend(loc="upper left", fontsize="small")
    figure.tight_layout()
    return figure


def filter_tester(start: str | None = None):
    """Type a sentence, see whether the filter would stop it and which clues it saw."""
    import html

    import ipywidgets as widgets

    text = widgets.Text(value=t("m08.widget.example") if start is None else start,
                        description=t("m08.widget.sentence"), continuous_update=False,
                        layout=widgets.Layout(width="95%"), style={"description_width": "initial"})
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
        result.value = (f"<b>{html.escape(t(key, score=score))}</b><br>"
                        f"{html.escape(t('m08.widget.clues', clues=', '.join(known) or '-'))}")

    text.observe(update, names="value")
    update()
    box = widgets.VBox([text, result])
    box.text, box.result = text, result
    return box
