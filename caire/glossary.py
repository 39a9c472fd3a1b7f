"""The course's glossary, from ``caire/glossary.toml``: the learner's page, and the French variants to avoid.

The page (``apps/<lang>/00-glossary.ipynb``, built from ``course/00-glossary/app.py``) lists each term with its
translation and definition, in the learner's alphabetical order. :func:`avoided_in` is what the tests use to keep
French prose to one term for each idea.
"""

from __future__ import annotations

import html
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from caire.core.i18n import LANGUAGES, check_language, get_language, t

GLOSSARY = Path(__file__).with_name("glossary.toml")


@dataclass(frozen=True)
class Term:
    """One idea of the course: its term and definition in each language, and the French variants not to use."""

    term: dict[str, str]
    definition: dict[str, str]
    source_fr: str = ""
    avoid_fr: tuple[str, ...] = ()


@cache
def terms() -> tuple[Term, ...]:
    """Every term of the glossary, as written in the file."""
    with GLOSSARY.open("rb") as handle:
        entries = tomllib.load(handle)["term"]
    found = []
    for number, entry in enumerate(entries, start=1):
        if set(entry.get("definition", {})) != set(LANGUAGES) or not all(entry.get(lang) for lang in LANGUAGES):
            raise ValueError(f"{GLOSSARY.name}, term {number}: needs a term and a definition in {', '.join(LANGUAGES)}")
        found.append(
            Term(
                {lang: entry[lang] for lang in LANGUAGES},
                dict(entry["definition"]),
                entry.get("source_fr", ""),
                tuple(entry.get("avoid_fr", ())),
            )
        )
    return tuple(found)


def _sort_key(text: str) -> str:
    """Alphabetical order as a reader expects it: accents and case ignored (é with e)."""
    return "".join(c for c in unicodedata.normalize("NFD", text.casefold()) if not unicodedata.combining(c))


def glossary_html(language: str | None = None) -> str:
    """The glossary as an HTML definition list, sorted in ``language``, each term with its other-language twin."""
    language = check_language(language or get_language())
    other = next(lang for lang in LANGUAGES if lang != language)
    rows = []
    for entry in sorted(terms(), key=lambda entry: _sort_key(entry.term[language])):
        twin = html.escape(entry.term[other])
        rows.append(
            f"<dt><b>{html.escape(entry.term[language])}</b> "
            f'<span lang="{other}">({t("glossary.in_other_language", language, term=twin)})</span></dt>'
            f"<dd>{html.escape(entry.definition[language])}</dd>"
        )
    return f'<dl class="caire-glossary" lang="{language}">{"".join(rows)}</dl>'


def show_glossary() -> None:
    """Display the glossary in the current language (as a widget, like the gallery, so that Voila shows it)."""
    import ipywidgets as widgets
    from IPython.display import display

    display(widgets.HTML(glossary_html()))


@cache
def _avoided() -> list[tuple[re.Pattern, str]]:
    return [
        (re.compile(rf"(?<![\w-]){re.escape(variant)}(?![\w-])", re.I), entry.term["fr"])
        for entry in terms()
        for variant in entry.avoid_fr
    ]


#: A word in italics (``*machine learning*``): French typography's mark of a foreign word, quoted, not used.
_ITALICS = re.compile(r"(?<![*\w])\*(?!\*)[^*\n]+(?<!\*)\*(?![*\w])|(?<![_\w])_(?!_)[^_\n]+(?<!_)_(?![_\w])")


def avoided_in(french_text: str) -> list[tuple[str, str]]:
    """The variants the course does not use in French found in ``french_text``, each with the term to use
    instead. Code, URLs and tags are left out, and so is a word in italics: French marks a foreign word it quotes
    that way ("l'apprentissage automatique, *machine learning* en anglais")."""
    from caire.core.typography import PROTECTED

    plain = _ITALICS.sub(" ", PROTECTED.sub(" ", french_text))
    return [(found.group(0), instead) for pattern, instead in _avoided() for found in pattern.finditer(plain)]
