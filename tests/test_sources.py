"""Every lesson ends with its Sources, written the course's one way: authors (year), title, venue: <link>.

The convention, one list item a source:

    - Authors or organisation (2024), *Title* or "Title of a part", venue or publisher: <https://...>

(several links in angle brackets may follow, separated by commas; "n.d." stands for an undated web page). A line
that is not a list item is a note (the data are fictional, generated for the course...).
"""

from __future__ import annotations

import re

import jupytext
import pytest

from caire.core.law import fill
from caire.registry import MODULES

HEADINGS = {"en": "## Sources", "fr": "## Sources"}
ITEM = re.compile(
    r"^- (?P<who>[^()]+?) \((?P<year>\d{4}[a-z]?|n\.d\.)\), (?P<what>.+): (?P<links><https?://[^\s<>]+>(?:, <https?://[^\s<>]+>)*)\.?$"
)
LINK = re.compile(r"<(https?://[^\s<>]+)>")


def sources_of(module, language: str) -> str:
    """The text of the lesson's Sources section in ``language`` (the law's placeholders filled in)."""
    cells = [
        cell
        for cell in jupytext.read(module.source_folder / "lesson.py", fmt="py:percent").cells
        if cell.cell_type == "markdown" and cell.metadata.get("lang") == language
    ]
    found = [cell.source for cell in cells if HEADINGS[language] in cell.source]
    assert found, f"{module.name}: no {HEADINGS[language]!r} section in the {language} lesson"
    assert cells[-1].source == found[-1], f"{module.name}: the Sources are the lesson's last {language} prose cell"
    return fill(found[-1].split(HEADINGS[language], 1)[1], language)


def items(text: str) -> list[str]:
    """The list items of a Sources section, each on one line."""
    joined, current = [], None
    for line in text.splitlines():
        if line.startswith("- "):
            current = line
            joined.append(current)
        elif line.startswith("  ") and joined and current is not None:
            joined[-1] += " " + line.strip()
        else:
            current = None
    return joined


@pytest.mark.parametrize("module", MODULES, ids=lambda module: module.name)
@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_lesson_ends_with_sources_written_the_courses_way(module, language):
    listed = items(sources_of(module, language))
    assert len(listed) >= 3, f"{module.name}: fewer than 3 sources"
    wrong = [item for item in listed if not ITEM.match(item)]
    assert wrong == [], "each source: - Authors (year), title, venue: <https://...>"


@pytest.mark.parametrize("module", MODULES, ids=lambda module: module.name)
def test_both_languages_cite_the_same_links(module):
    english, french = (set(LINK.findall(sources_of(module, language))) for language in ("en", "fr"))
    assert english == french


def test_the_convention_is_checked():
    assert ITEM.match(
        '- A. L. Samuel (1959), "Some studies in machine learning", *IBM J.* 3(3): <https://doi.org/10.1147/rd.33.0210>'
    )
    assert ITEM.match(
        "- scikit-learn developers (n.d.), *load_wine*, documentation: <https://scikit-learn.org/a>, <https://b.org/c>"
    )
    assert not ITEM.match("- scikit-learn, decision trees: <https://scikit-learn.org/stable/modules/tree.html>")
    assert not ITEM.match("- Someone (2020), a title: https://no-angle-brackets.org")
