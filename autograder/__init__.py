"""Grading tools around nbgrader for the CAIRE course: its configuration and extra preprocessors."""

from pathlib import Path

#: The repository's nbgrader source folder (assignments in nbgrader source form).
SOURCE_DIRECTORY = Path(__file__).resolve().parent.parent / "assignments"


#: Where course data and the exchange live (shared with the apps' Submit button).
from caire.course import DEFAULT_COURSE_DIRECTORY, course_directory, exchange_directory  # noqa: E402,F401
