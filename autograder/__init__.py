"""Grading tools around nbgrader for the CAIRE course: its configuration and extra preprocessors."""

import os
from pathlib import Path

#: The repository's nbgrader source folder (assignments in nbgrader source form).
SOURCE_DIRECTORY = Path(__file__).resolve().parent.parent / "assignments"


def course_directory() -> Path:
    """Where nbgrader keeps releases, submissions, grades and feedback: $CAIRE_COURSE_DIR or ~/caire-course.

    Learners' submissions and grades are personal data (GDPR): they live outside the repository, in a
    folder only its owner can read.
    """
    configured = os.environ.get("CAIRE_COURSE_DIR", "").strip()
    return Path(configured).expanduser().resolve() if configured else Path.home() / "caire-course"
