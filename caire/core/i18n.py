"""Languages of the course: prose and labels are translated, code and checks exist once.

Notebook prose is translated in the notebook sources (see ``caire.notebooks``); the short texts
that code shows (widget labels, feedback, axis titles) live in message catalogues, one per package that
shows texts, so that modules never edit each other's: ``caire/core/locales/<lang>.json`` (the apps' and
checks' common texts), ``caire/modules/<module>/locales/<lang>.json`` and ``autograder/locales/<lang>.json``
(the trainer dashboard). They are looked up with :func:`t`, which writes the numbers it fills in the
language's way (``{share:.0%}`` gives "90 %" in French, see :mod:`caire.core.numbers`).
"""

from __future__ import annotations

import json
import string
from functools import cache
from pathlib import Path

LANGUAGES = ("en", "fr")
_PACKAGE = Path(__file__).resolve().parent.parent
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


def catalog_folders() -> list[Path]:
    """Every ``locales/`` folder of the course: the core's, each module's (in course order), the pre/post test's,
    the dashboard's."""
    import importlib.util

    folders = [
        _PACKAGE / "core" / "locales",
        *sorted((_PACKAGE / "modules").glob("*/locales")),
        _PACKAGE / "assessment" / "locales",
    ]
    dashboard = importlib.util.find_spec("autograder")
    if dashboard is not None and dashboard.submodule_search_locations:
        folders.append(Path(dashboard.submodule_search_locations[0]) / "locales")
    return [folder for folder in folders if folder.is_dir()]


def catalog_files(language: str) -> list[Path]:
    """The message files of one language, in the order they are merged."""
    language = check_language(language)
    return [folder / f"{language}.json" for folder in catalog_folders() if (folder / f"{language}.json").exists()]


@cache
def catalog(language: str) -> dict[str, str]:
    """All translated texts of one language, keyed by message id (a key defined twice is an error)."""
    texts: dict[str, str] = {}
    origin: dict[str, str] = {}
    for path in catalog_files(language):
        with path.open(encoding="utf-8") as handle:
            for key, text in json.load(handle).items():
                if key in texts:
                    raise ValueError(f"text {key!r} is defined in both {origin[key]} and {_shown(path)}")
                texts[key], origin[key] = text, _shown(path)
    return texts


def _shown(path: Path) -> str:
    """A catalogue's path as an author finds it, from the package folder's parent (e.g. caire/core/locales/fr.json)."""
    return path.relative_to(_PACKAGE.parent).as_posix() if path.is_relative_to(_PACKAGE.parent) else str(path)


class _LocalFormatter(string.Formatter):
    """``str.format`` that writes numbers the way ``language`` does (a no-break space before "%" in French...)."""

    def __init__(self, language: str):
        self.language = language

    def format_field(self, value: object, format_spec: str) -> str:
        from caire.core.numbers import format_value

        return format_value(value, format_spec, self.language)


def render(text: str, language: str, **values: object) -> str:
    """``text`` with its ``{fields}`` filled from ``values``, numbers written the way ``language`` writes them."""
    return _LocalFormatter(check_language(language)).vformat(text, (), values)


def placeholders(text: str) -> set[str]:
    """The ``{name}`` fields a message expects, so translations can be checked to use the same ones."""
    return {field for _, field, _, _ in string.Formatter().parse(text) if field}


def t(key: str, language: str | None = None, **values: object) -> str:
    """The text ``key`` in the current language (or ``language``), with ``{fields}`` filled from ``values``."""
    language = check_language(language or _current)
    texts = catalog(language)
    if key not in texts:
        raise KeyError(f"no text {key!r} in the {language} message catalogues (locales/{language}.json)")
    text = render(texts[key], language, **values)
    if language == "fr":
        from caire.core.typography import french

        text = french(text)
    return text
