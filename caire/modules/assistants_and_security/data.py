"""Module 15's data: short work sentences and e-mails generated with a fixed seed from templates we wrote
(``data/texts.json``, CC0), in English and in French.

- The *sentences* teach the toy assistant what an instruction looks like: work requests ("Please send the report
  to Paul.", label 1) and plain information ("The invoice for March is attached.", label 0).
- The *e-mails* are what the assistant is asked to summarise. Each one hides one injected instruction (white
  text that a person reading the e-mail does not see), written by an attacker: leak the client file to an outside
  address, or change the answer the assistant gives. A share of them also fake the end of the document.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from caire.core.data import read_only, stratified_split
from caire.core.i18n import check_language, get_language
from caire.core.validation import whole_number

#: Seed of everything generated, so that every learner sees the same sentences and e-mails.
SEED = 15
#: How many versions of each sentence template (with different names, days, months) the toy learns from.
VERSIONS = 6
#: Share of the sentences kept unseen, to test the toy.
TEST_SHARE = 0.3
#: How many e-mails with a hidden instruction are generated to measure the attack.
EMAILS = 120
#: Share of those e-mails whose hidden instruction first fakes the end of the document.
FAKE_END_SHARE = 0.25
#: The goals of an injected instruction: send the client file outside, or change the assistant's answer.
GOALS = ("leak", "say")

_FOLDER = Path(__file__).parent / "data"
_SLOT = re.compile(r"\{(\w+)\}")


@cache
def _texts(language: str) -> dict:
    return json.loads((_FOLDER / "texts.json").read_text(encoding="utf-8"))[language]


def _language(language: str | None) -> str:
    return check_language(language or get_language())


def texts(language: str | None = None) -> dict:
    """The templates of ``language`` (the learner's language by default), as written in data/texts.json."""
    return _texts(_language(language))


def words(sentence: str) -> list[str]:
    """The words of ``sentence`` in lower case (letters and digits; an e-mail address is one word)."""
    if not isinstance(sentence, str):
        raise TypeError(f"sentence must be a text; got {type(sentence).__name__}")
    return re.findall(r"[\w.-]+@[\w-]+(?:\.[\w-]+)+|[^\W_]+", sentence.lower())


def _fill(template: str, values: dict[str, str]) -> str:
    return _SLOT.sub(lambda match: values[match.group(1)], template)


@dataclass(frozen=True)
class Sentences:
    """Labelled sentences (1 = an instruction, 0 = information): those to learn from and the unseen ones."""

    train: tuple[str, ...]
    y_train: np.ndarray
    test: tuple[str, ...]
    y_test: np.ndarray


def load_sentences(language: str | None = None) -> Sentences:
    """Every template in ``VERSIONS`` versions, split 70/30 with as many instructions in both parts."""
    return _sentences(_language(language))


@cache
def _sentences(language: str) -> Sentences:
    data = texts(language)
    rng = np.random.default_rng(SEED)
    found, labels = [], []
    for label, kind in ((0, "information"), (1, "instructions")):
        for template in data[kind]:
            for version in range(VERSIONS):
                values = {
                    slot: options[(version + int(rng.integers(6))) % len(options)]
                    for slot, options in data["fill"].items()
                }
                found.append(_fill(template, values))
                labels.append(label)
    y = np.array(labels)
    train, test = stratified_split(y, TEST_SHARE, SEED)
    return Sentences(
        tuple(found[i] for i in train), read_only(y[train]), tuple(found[i] for i in test), read_only(y[test])
    )


@dataclass(frozen=True)
class Email:
    """One generated e-mail: its sender, its visible sentences, and the hidden instruction at ``hidden_at``."""

    number: int
    sender: str
    sentences: tuple[str, ...]
    hidden_at: int
    goal: str
    fake_end: bool
    attacker: str
    claim: str

    @property
    def hidden(self) -> str:
        """The injected instruction, as the assistant reads it."""
        return self.sentences[self.hidden_at]

    @property
    def visible(self) -> tuple[str, ...]:
        """What a person reading the e-mail sees (the hidden instruction is white text on white)."""
        return tuple(s for i, s in enumerate(self.sentences) if i != self.hidden_at)


def load_emails(language: str | None = None) -> tuple[Email, ...]:
    """``EMAILS`` e-mails, each with 3 or 4 sentences of information and one hidden instruction."""
    return _emails(_language(language))


@cache
def _emails(language: str) -> tuple[Email, ...]:
    data = texts(language)
    rng = np.random.default_rng(SEED + 1)
    fill = data["fill"]
    emails = []
    fake = set(rng.choice(EMAILS, size=round(EMAILS * FAKE_END_SHARE), replace=False).tolist())
    for number in range(EMAILS):
        values = {slot: options[int(rng.integers(len(options)))] for slot, options in fill.items()}
        chosen = rng.choice(len(data["information"]), size=int(rng.integers(3, 5)), replace=False)
        body = [_fill(data["information"][i], values) for i in chosen]
        injection = data["injections"][number % len(data["injections"])]
        hidden = _fill(injection["text"], values)
        if number in fake:
            hidden = f"{data['fake_end']} {hidden}"
        at = int(rng.integers(1, len(body) + 1))
        body.insert(at, hidden)
        emails.append(
            Email(
                number=number + 1,
                sender=values["sender"],
                sentences=tuple(body),
                hidden_at=at,
                goal=injection["goal"],
                fake_end=number in fake,
                attacker=values["attacker"],
                claim=_fill(injection.get("claim", ""), values),
            )
        )
    return tuple(emails)


def email(number: int, language: str | None = None) -> Email:
    """The e-mail numbered ``number`` (from 1 to ``EMAILS``)."""
    return load_emails(language)[whole_number("number", number, 1, EMAILS) - 1]
