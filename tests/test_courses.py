"""hub/courses.py's checks, which run before it changes anything, and the gradebook setting it relies on.

The whole platform (accounts, PostgreSQL, the hub) is tested end to end by tests/test_hub_courses.py.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys

import pytest
from conftest import REPO


def _load():
    spec = importlib.util.spec_from_file_location("caire_hub_courses", REPO / "hub" / "courses.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


courses = _load()


@pytest.mark.parametrize("course_id", ["cesi-lyon-2027a", "ensae-b", "abc", "a1-2-3"])
def test_course_ids_that_fit_group_and_account_names(course_id):
    assert courses.check_course_id(course_id) == course_id
    for name in (
        courses.grader_account(course_id),
        courses.learners_group(course_id),
        courses.trainers_group(course_id),
    ):
        assert len(name) <= 32  # the longest Unix account or group name useradd and groupadd accept


@pytest.mark.parametrize(
    "course_id", ["", "ab", "Cesi", "1cesi", "cesi-", "cesi lyon", "cesi/lyon", "a" * 21, "cesi_lyon", "../etc"]
)
def test_other_course_ids_are_refused(course_id):
    with pytest.raises(courses.CourseError, match="not a course id"):
        courses.check_course_id(course_id)


def test_a_roster_is_read_with_roles_and_passwords(tmp_path):
    roster = tmp_path / "roster.csv"
    roster.write_text("# username,role,password\n\nmarie,trainer,s3cret\nlouis,learner\n  ana , learner , \n")
    assert courses.read_roster(roster) == [
        ("marie", "trainer", "s3cret"),
        ("louis", "learner", ""),
        ("ana", "learner", ""),
    ]


def test_every_problem_of_a_roster_is_reported_at_once(tmp_path):
    roster = tmp_path / "roster.csv"
    roster.write_text("marie,teacher\nLouis,learner\ngrader-x,trainer\nana,learner\n")
    with pytest.raises(courses.CourseError) as refused:
        courses.read_roster(roster)
    message = str(refused.value)
    assert "nothing was changed" in message
    assert "line 1: marie: role must be trainer or learner" in message
    assert "line 2: 'Louis' is not a valid Unix user name" in message
    assert "line 3: 'grader-x'" in message
    assert "line 4" not in message


def test_an_empty_or_missing_roster_is_refused(tmp_path):
    with pytest.raises(courses.CourseError, match="no roster"):
        courses.read_roster(tmp_path / "missing.csv")
    empty = tmp_path / "empty.csv"
    empty.write_text("# nobody yet\n")
    with pytest.raises(courses.CourseError, match="names nobody"):
        courses.read_roster(empty)


def test_the_registry_lists_active_courses_and_gives_each_its_own_port(tmp_path):
    path = tmp_path / "courses.json"
    assert courses.active_courses(path) == {}
    registry = {"courses": {"a-1": {"state": "active", "port": 9100}, "b-2": {"state": "archived", "port": 9101}}}
    courses.write_registry(path, registry)
    assert list(courses.active_courses(path)) == ["a-1"]
    assert courses.next_port(courses.read_registry(path)) == 9102
    assert oct(path.stat().st_mode & 0o777) == "0o644"
    assert not list(tmp_path.glob(".courses-*")), "the temporary file of the atomic write was left behind"


@pytest.mark.parametrize("content", ["{not json", "[]", '{"courses": []}'])
def test_a_damaged_registry_is_a_clear_error(tmp_path, content):
    path = tmp_path / "courses.json"
    path.write_text(content)
    with pytest.raises(courses.CourseError, match="nothing was changed"):
        courses.read_registry(path)
    assert path.read_text() == content


def test_roster_of_an_unknown_course_changes_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("CAIRE_HUB_FILES", str(tmp_path))
    roster = tmp_path / "roster.csv"
    roster.write_text("marie,trainer\n")
    with pytest.raises(courses.CourseError, match="no course ghost-1: create it first"):
        courses.roster("ghost-1", roster, courses.settings())
    assert not (tmp_path / "courses.json").exists()


def test_the_command_says_why_it_refuses(tmp_path):
    result = subprocess.run(
        [sys.executable, str(REPO / "hub" / "courses.py"), "create", "Bad Id"],
        capture_output=True,
        text=True,
        env={**os.environ, "CAIRE_HUB_FILES": str(tmp_path)},
    )
    assert result.returncode == 2
    assert "courses:" in result.stderr and ("not a course id" in result.stderr or "run me as root" in result.stderr)
    assert not (tmp_path / "courses.json").exists()


def _course_settings(environment: dict) -> dict:
    """db_url and course_id as nbgrader reads them from the repository's configuration."""
    code = (
        "import json; from autograder.grade import load_coursedir; "
        "coursedir, _ = load_coursedir(None); print(json.dumps([coursedir.db_url, coursedir.course_id]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, env=environment, check=True
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_a_hub_course_grades_into_its_own_gradebook(tmp_path):
    base = {key: value for key, value in os.environ.items() if key not in ("CAIRE_GRADEBOOK_URL", "CAIRE_COURSE_ID")}
    base["CAIRE_COURSE_DIR"] = str(tmp_path / "course")
    url, course_id = _course_settings(base)
    assert (url, course_id) == (f"sqlite:///{tmp_path / 'course' / 'gradebook.db'}", "caire")
    postgres = "postgresql:///cesi-1?host=/run/caire-postgres&port=5433"
    assert _course_settings({**base, "CAIRE_GRADEBOOK_URL": postgres, "CAIRE_COURSE_ID": "cesi-1"}) == [
        postgres,
        "cesi-1",
    ]


def _launch(context: str | None, *roles: str) -> dict:
    claims = {courses.LTI_ROLES: list(roles)}
    if context is not None:
        claims[courses.LTI_CONTEXT] = {"id": context, "label": "IA-101"}
    return claims


LIS = "http://purl.imsglobal.org/vocab/lis/v2/membership"


def test_a_moodle_launch_lands_in_the_course_linked_to_its_moodle_course():
    active = {"lyon-a": {"lti_contexts": ["42"]}, "paris-b": {"lti_contexts": ["77", "78"]}}
    assert courses.course_of_launch(_launch("78", f"{LIS}#Learner"), active) == ("paris-b", "learner")
    assert courses.course_of_launch(_launch("42", f"{LIS}#Instructor"), active) == ("lyon-a", "trainer")
    assert courses.course_of_launch(_launch("42", f"{LIS}/Instructor#TeachingAssistant"), active) == (
        "lyon-a",
        "trainer",
    )
    assert courses.course_of_launch(_launch("99", f"{LIS}#Learner"), active) is None  # a Moodle course not linked
    assert courses.course_of_launch(_launch(None, f"{LIS}#Instructor"), active) is None  # no context claim
