"""French as the course writes it: typography in every built French notebook (the build applies it)."""

from __future__ import annotations

import json

import pytest
from conftest import REPO

from caire.core.typography import breakable_spaces

FRENCH_NOTEBOOKS = sorted(
    [*REPO.glob("modules/fr/*.ipynb"), *REPO.glob("apps/fr/*.ipynb"), *REPO.glob("assignments/*-fr/*.ipynb")]
)


def test_the_french_course_is_all_there():
    assert len(FRENCH_NOTEBOOKS) >= 3 * 13


@pytest.mark.parametrize("path", FRENCH_NOTEBOOKS, ids=lambda path: str(path.relative_to(REPO)))
def test_french_prose_has_no_breakable_space_where_typography_forbids_one(path):
    notebook = json.loads(path.read_text(encoding="utf-8"))
    prose = ["".join(cell["source"]) for cell in notebook["cells"] if cell["cell_type"] == "markdown"]
    assert [place for text in prose for place in breakable_spaces(text)] == []
