"""caire.glossary: one term for each idea, shown to learners, and the French variants the course does not use."""

from __future__ import annotations

import json

import pytest
from conftest import REPO

from caire.core.i18n import LANGUAGES
from caire.glossary import avoided_in, glossary_html, terms

FRENCH_NOTEBOOKS = sorted(
    [*REPO.glob("modules/fr/*.ipynb"), *REPO.glob("apps/fr/*.ipynb"), *REPO.glob("assignments/*-fr/*.ipynb")]
)


def test_every_term_has_both_languages_and_a_definition():
    assert len(terms()) >= 25
    for entry in terms():
        assert all(entry.term[lang] and entry.definition[lang] for lang in LANGUAGES), entry
    french = [entry.term["fr"].casefold() for entry in terms()]
    assert len(set(french)) == len(french), "one French term for each idea"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_page_lists_every_term_in_alphabetical_order(language):
    page = glossary_html(language)
    positions = [page.index(f"<b>{entry.term[language].replace(chr(39), '&#x27;')}</b>") for entry in terms()]
    assert len(positions) == len(terms()) and f'lang="{language}"' in page
    assert page.index("<b>accuracy") < page.index("<b>token") if language == "en" else True
    assert page.index("<b>apprentissage automatique") < page.index("<b>exactitude") if language == "fr" else True


def test_avoided_variants_are_found_with_what_to_write_instead():
    found = avoided_in(
        "Le chatbot de l'**AI Act** et les `tokens` ; *machine learning* en anglais ; https://a.b/deepfake"
    )
    assert found == [
        ("chatbot", "agent conversationnel"),
        ("AI Act", "règlement sur l'intelligence artificielle (règlement sur l'IA)"),
    ]


@pytest.mark.parametrize("path", FRENCH_NOTEBOOKS, ids=lambda path: str(path.relative_to(REPO)))
def test_french_prose_uses_the_terms_of_the_glossary(path):
    notebook = json.loads(path.read_text(encoding="utf-8"))
    prose = ["".join(cell["source"]) for cell in notebook["cells"] if cell["cell_type"] == "markdown"]
    assert [found for text in prose for found in avoided_in(text)] == []


def test_french_messages_use_the_terms_of_the_glossary():
    from caire.core.i18n import catalog

    assert {key: avoided_in(text) for key, text in catalog("fr").items() if avoided_in(text)} == {}
