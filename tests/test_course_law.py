"""The law in the course: stated from caire/core/law.toml only, and always with the date it was checked."""

from __future__ import annotations

import json
import re

import pytest
from conftest import REPO

from caire.core.law import PLACEHOLDER, as_of, handwritten_dates, written_date

SOURCES = sorted(REPO.glob("course/*/*.py"))
CATALOGUES = sorted(REPO.glob("caire/modules/*/locales/*.json"))


@pytest.mark.parametrize("path", SOURCES + CATALOGUES, ids=lambda path: str(path.relative_to(REPO)))
def test_no_ai_act_date_is_written_by_hand(path):
    """An AI Act date (entry into force, application of each part) comes from law.toml: {{law.date.KEY}}."""
    assert handwritten_dates(path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_lesson_that_states_the_law_says_when_it_was_checked(language):
    stating = 0
    for source in sorted(REPO.glob("course/*/lesson.py")):
        text = source.read_text(encoding="utf-8")
        if re.search(r"\{\{law\.(date|text)\.", text):
            stating += 1
            built = json.loads((REPO / "modules" / language / f"{source.parent.name}.ipynb").read_text("utf-8"))
            prose = "".join("".join(cell["source"]) for cell in built["cells"] if cell["cell_type"] == "markdown")
            assert written_date(as_of(), language) in prose, f"{source.parent.name}: no 'as of' date"
            assert not PLACEHOLDER.search(prose)
    assert stating >= 3, "the law is stated in modules 08, 13 and others"
