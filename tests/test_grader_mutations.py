"""Submissions mutated at random (hypothesis): the grader's file checks end every one in a status and a message.

What a student hands in is any file: cell metadata of any type, cells of unknown types, duplicated or missing ids,
sources that are not text, outputs, nesting, sizes. ``inspect_submission`` and ``plan_steps`` (what the grader
does with a file before any sandbox) must either plan it or refuse it with one of its statuses and a message;
any other exception would stop the whole run (tests/test_autograder.py runs the sandboxes on such files).
"""

from __future__ import annotations

import copy
import json

import pytest
from conftest import REPO

from autograder.grade import STATUSES, NotGradable, inspect_submission, plan_steps, read_source

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

SOURCE_PATH = REPO / "assignments" / "01-rules-vs-learning-en" / "01-rules-vs-learning.ipynb"
BASE = json.loads(SOURCE_PATH.read_text(encoding="utf-8"))

#: Any JSON value, small.
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=10,
)
GRADE_IDS = st.sampled_from(
    [cell["metadata"].get("nbgrader", {}).get("grade_id", "x") for cell in BASE["cells"]] + ["", "nope"]
)


def _nbgrader_metadata():
    return st.one_of(
        JSON,
        st.fixed_dictionaries(
            {"grade_id": st.one_of(GRADE_IDS, JSON)},
            optional={
                "grade": st.one_of(st.booleans(), JSON),
                "solution": st.one_of(st.booleans(), JSON),
                "locked": st.one_of(st.booleans(), JSON),
                "points": st.one_of(st.integers(-5, 10**9), JSON),
                "task": st.one_of(st.booleans(), JSON),
            },
        ),
    )


#: One change to a cell, or to the notebook as a whole: (what, where, value).
MUTATIONS = st.one_of(
    st.tuples(st.just("nbgrader"), st.integers(0, 200), _nbgrader_metadata()),
    st.tuples(st.just("metadata"), st.integers(0, 200), JSON),
    st.tuples(st.just("cell_type"), st.integers(0, 200), st.sampled_from(["code", "markdown", "raw", "bogus", 3])),
    st.tuples(st.just("id"), st.integers(0, 200), st.one_of(st.just("same-id"), JSON)),
    st.tuples(st.just("source"), st.integers(0, 200), st.one_of(st.text(max_size=200), st.lists(st.text()), JSON)),
    st.tuples(st.just("outputs"), st.integers(0, 200), JSON),
    st.tuples(st.just("delete"), st.integers(0, 200), st.none()),
    st.tuples(st.just("duplicate"), st.integers(0, 200), st.none()),
    st.tuples(st.just("notebook"), st.sampled_from(["nbformat", "nbformat_minor", "metadata", "cells"]), JSON),
    st.tuples(st.just("wrap"), st.just(0), st.none()),
    st.tuples(st.just("big"), st.integers(0, 200), st.integers(1, 3)),
)


def mutate(notebook, mutations):
    """The notebook (a JSON value) with each mutation applied in turn."""
    for what, where, value in mutations:
        if not isinstance(notebook, dict):
            break
        cells = notebook.get("cells")
        if what == "wrap":
            notebook = [notebook]
            continue
        if what == "notebook":
            notebook[where] = value
            continue
        if not isinstance(cells, list) or not cells:
            continue
        index = where % len(cells)
        cell = cells[index]
        if what == "delete":
            del cells[index]
        elif what == "duplicate":
            cells.insert(index, copy.deepcopy(cell))
        elif not isinstance(cell, dict):
            continue
        elif what == "nbgrader":
            cell.setdefault("metadata", {})
            if isinstance(cell["metadata"], dict):
                cell["metadata"]["nbgrader"] = value
        elif what == "big":
            cell["source"] = "x = 1\n" * (50_000 * value)
        else:
            cell[what] = value
    return notebook


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(mutations=st.lists(MUTATIONS, min_size=1, max_size=6))
def test_every_mutated_submission_is_planned_or_refused_with_a_status_and_a_message(tmp_path, mutations):
    source = read_source(SOURCE_PATH)
    folder = tmp_path / "submission"
    folder.mkdir(exist_ok=True)
    (folder / source.name).write_text(json.dumps(mutate(copy.deepcopy(BASE), mutations)), encoding="utf-8")
    try:
        notebook = inspect_submission(folder, source)
    except NotGradable as refused:
        assert refused.status in STATUSES and refused.message, refused
        return
    plan = plan_steps(notebook, source)
    assert all(("code" in step) != ("snapshot" in step) for step in plan.steps)
    assert {step["snapshot"] for step in plan.steps if "snapshot" in step} <= set(source.tests)


def test_the_mutations_reach_the_checks_they_are_meant_for(tmp_path):
    """The property above is not vacuous: some mutations are planned, others refused with different statuses."""
    source = read_source(SOURCE_PATH)
    outcomes = {}
    for name, mutations in {
        "untouched": [],
        "wrapped": [("wrap", 0, None)],
        "old": [("notebook", "nbformat", 3)],
        "text metadata": [("nbgrader", index, "a text") for index in range(len(BASE["cells"]))],
        "no grade ids": [("nbgrader", index, {}) for index in range(len(BASE["cells"]))],
        "cells not a list": [("notebook", "cells", {"a": 1})],
    }.items():
        folder = tmp_path / name
        folder.mkdir()
        (folder / source.name).write_text(json.dumps(mutate(copy.deepcopy(BASE), mutations)), encoding="utf-8")
        try:
            inspect_submission(folder, source)
            outcomes[name] = "planned"
        except NotGradable as refused:
            outcomes[name] = refused.status
    assert outcomes == {
        "untouched": "planned",
        "wrapped": "old_nbformat",
        "old": "old_nbformat",
        "text metadata": "missing_metadata",
        "no grade ids": "missing_metadata",
        "cells not a list": "invalid_json",
    }
