"""Languages of the course: prose and labels are translated, code and checks exist once.

Notebook prose is translated in the notebook sources (see ``caire.notebooks``); the short texts
that code shows (widget labels, feedback, axis titles) live in ``caire/locales/<lang>/*.json``
(``common.json`` plus one file per module, so modules never edit each other's texts) and are
looked up with :func:`t`.
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


def catalog_files(language: str) -> list[Path]:
    """The message files of one language, in the order they are merged."""
    return sorted((_LOCALES / check_language(language)).glob("*.json"))


@cache
def catalog(language: str) -> dict[str, str]:
    """All translated texts of one language, keyed by message id (a key defined twice is an error)."""
    texts: dict[str, str] = {}
    origin: dict[str, str] = {}
    for path in catalog_files(language):
        with path.open(encoding="utf-8") as handle:
            for key, text in json.load(handle).items():
                if key in texts:
                    raise ValueError(f"text {key!r} is defined in both {origin[key]} and {path.name} ({language})")
                texts[key], origin[key] = text, path.name
    return texts


def placeholders(text: str) -> set[str]:
    """The ``{name}`` fields a message expects, so translations can be checked to use the same ones."""
    return {field for _, field, _, _ in string.Formatter().parse(text) if field}


def t(key: str, language: str | None = None, **values: object) -> str:
    """The text ``key`` in the current language (or ``language``), with ``{fields}`` filled from ``values``."""
    texts = catalog(language or _current)
    if key not in texts:
        raise KeyError(f"no text {key!r} in caire/locales/{language or _current}/")
    return texts[key].format(**values)
