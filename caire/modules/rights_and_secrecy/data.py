"""Module 16's data: the training text of the toy language model, generated with a fixed seed from templates we
wrote (``data/corpus.json``, CC0), in English and in French, with one planted secret.

The text is a pile of short office notes ("Nadia from the legal team will send the contract to the school before
Friday."). Somewhere in the middle, once, someone pasted a fictional patient record: the *secret*. The person,
the file number and the diagnosis are invented for the course.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import numpy as np

from caire.core.i18n import check_language, get_language

#: Seed of the generated notes, so that every learner sees the same training text.
SEED = 16
#: How many office notes the training text holds (the secret is pasted once among them).
NOTES = 300
#: The secret is pasted after this many notes.
SECRET_AFTER = 150

_FOLDER = Path(__file__).parent / "data"
_SLOT = re.compile(r"\{(\w+)\}")


@cache
def _corpus(language: str) -> dict:
    return json.loads((_FOLDER / "corpus.json").read_text(encoding="utf-8"))[language]


def _language(language: str | None) -> str:
    return check_language(language or get_language())


def words(text: str) -> tuple[str, ...]:
    """The words of ``text``, split at spaces (punctuation stays on its word: "Friday." is one word)."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a text; got {type(text).__name__}")
    return tuple(text.split())


@cache
def notes(language: str | None = None) -> tuple[str, ...]:
    """The office notes of the training text in ``language`` (the learner's by default), without the secret."""
    corpus = _corpus(_language(language))
    rng = np.random.default_rng(SEED)
    templates, slots = corpus["templates"], corpus["slots"]
    written = []
    for _ in range(NOTES):
        template = templates[rng.integers(len(templates))]
        note = _SLOT.sub(lambda m: slots[m.group(1)][rng.integers(len(slots[m.group(1)]))], template)
        written.append(note[0].upper() + note[1:])
    return tuple(written)


def secret(language: str | None = None) -> str:
    """The fictional patient record pasted once into the training text."""
    return _corpus(_language(language))["secret"]


def secret_prompt(language: str | None = None) -> str:
    """The beginning of the secret that an attacker (or a curious colleague) types to make the model go on."""
    language = _language(language)
    return " ".join(words(secret(language))[: _corpus(language)["secret_prompt_words"]])


@cache
def training_text(language: str | None = None) -> str:
    """The whole training text: the notes, with the secret pasted once after ``SECRET_AFTER`` of them."""
    language = _language(language)
    written = list(notes(language))
    written.insert(SECRET_AFTER, secret(language))
    return " ".join(written)


def training_words(language: str | None = None) -> tuple[str, ...]:
    """The words of the training text."""
    return words(training_text(_language(language)))


#: The work situations of the decision exercise ("may I paste this? with which tool?"), each with the choice
#: the lesson recommends; their texts are "m16.situation.<name>" and "m16.why.<name>".
SITUATIONS = {
    "discharge_letter": "approved",
    "client_correspondence": "approved",
    "launch_slogan": "public",
    "rank_cvs": "none",
    "error_message": "anonymised",
    "opening_hours": "public",
}
#: The tools one may choose between (texts "m16.tool.<name>").
TOOLS = ("public", "anonymised", "approved", "none")
