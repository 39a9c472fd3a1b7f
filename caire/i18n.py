"""Languages of the course: prose and labels are translated, code and checks exist once.

Notebook prose is translated in the notebook sources (see ``caire.notebooks``); the short texts
that code shows (widget labels, feedback, axis titles) live in ``caire/locales/<lang>.json``
and are looked up with :func:`t`.
"""

from __future__ import annotations

import json
import string
from functools import cache
from pathlib import Path

LANGUAGES = ("en", "fr")
_LOCALES = Path(__file__).with_name("locales")
_current = "en"


def set_language(language: str) -> None:
    """Choose the language of every label and message shown from now on ("en" or "fr")."""
    global _current
    _current = check_language(language)


def get_language() -> str:
    """The language chosen with :func:`set_language` ("en" until one is chosen)."""
    return _current


def check_language(language: object) -> str:
    """Return ``language`` if the course speaks it, else raise a ValueError that says which ones it does."""
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}; got {language!r}")
    return language  # type: ignore[return-value]


@cache
def catalog(language: str) -> dict[str, str]:
    """All translated texts of one language, keyed by message id."""
    path = _LOCALES / f"{check_language(language)}.json"
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def placeholders(text: str) -> set[str]:
    """The ``{name}`` fields a message expects, so translations can be checked to use the same ones."""
    return {field for _, field, _, _ in string.Formatter().parse(text) if field}


def t(key: str, language: str | None = None, **values: object) -> str:
    """The text ``key`` in the current language (or ``language``), with ``{fields}`` filled from ``values``."""
    texts = catalog(language or _current)
    if key not in texts:
        raise KeyError(f"no text {key!r} in caire/locales/{language or _current}.json")
    return texts[key].format(**values)
