"""Grading tools around nbgrader for the CAIRE course: its configuration and extra preprocessors."""

import os
from pathlib import Path

#: The repository's nbgrader source folder (assignments in nbgrader source form).
SOURCE_DIRECTORY = Path(__file__).resolve().parent.parent / "assignments"


#: Default course directory: inside the checkout so that JupyterLab's formgrader can reach it
#: (it refuses a course outside the server's root), and ignored by git.
DEFAULT_COURSE_DIRECTORY = SOURCE_DIRECTORY.parent / "course-data"


def course_directory() -> Path:
    """Where nbgrader keeps releases, submissions, grades and feedback: $CAIRE_COURSE_DIR or ./course-data.

    Learners' submissions and grades are personal data (GDPR): git ignores this folder, and it is
    created readable by its owner only.
    """
    configured = os.environ.get("CAIRE_COURSE_DIR", "").strip()
    return Path(configured).expanduser().resolve() if configured else DEFAULT_COURSE_DIRECTORY
