"""What an app's Submit hands in: the student version with each answer written where the learner would write it."""

from __future__ import annotations

import nbformat
import pytest
from conftest import REPO

from caire.submission import fill_answers, text_slots

NOTEBOOK = REPO / "assignments" / "17-ai-in-my-work-en" / "17-ai-in-my-work.ipynb"


def test_an_open_answer_goes_into_its_text_cell_and_a_choice_into_its_code_cell():
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    slots = text_slots(notebook)
    assert list(slots) == ["q6_my_own_task"]
    filled = fill_answers(notebook, {"q6_my_own_task": "  My task: the weekly report.\n\n", "q1_exposure_meaning": "c"})
    assert filled.cells[slots["q6_my_own_task"]].source == "My task: the weekly report.\n"
    assert filled.cells[slots["q6_my_own_task"]].cell_type == "markdown"
    assert any(cell.source == "exposed_answer = 'c'\n" for cell in filled.cells)
    assert filled.metadata["caire"]["mode"] == "app"
    assert notebook.cells[slots["q6_my_own_task"]].source == "YOUR ANSWER HERE", "the notebook given is not changed"


def test_an_open_answer_must_be_text_and_a_question_must_exist():
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    with pytest.raises(TypeError, match="q6_my_own_task must be a text"):
        fill_answers(notebook, {"q6_my_own_task": {"a"}})
    with pytest.raises(ValueError, match="q9_nope"):
        fill_answers(notebook, {"q9_nope": "text"})
