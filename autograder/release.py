"""Student versions of the assignments, generated in one process.

``nbgrader generate_assignment`` writes an assignment's student version (no solution, no hidden test)
into the course folder's ``release/``; the apps' Submit button fills that version with a learner's
answers. Where there is no exchange (Binder) the apps need these versions without a trainer, and the
tests need all of them: generating them here, in one process, spares the second or so that each
``nbgrader`` command spends starting up.

    python -m autograder student-versions [ASSIGNMENT ...]   # default: every assignment in assignments/
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from autograder import SOURCE_DIRECTORY
from caire.course import course_directory


def assignment_names() -> list[str]:
    """Every assignment of the course (a folder of ``assignments/``)."""
    return sorted(path.name for path in SOURCE_DIRECTORY.iterdir() if path.is_dir() and not path.name.startswith("."))


def generate_student_versions(assignments: list[str] | None = None) -> list[Path]:
    """Run nbgrader's generate_assignment for each assignment (all by default); return the student notebooks.

    The course folder is ``$CAIRE_COURSE_DIR`` (default ``course-data/``), read by the repository's
    ``nbgrader_config.py``. A ValueError names an assignment that does not exist; a RuntimeError carries
    nbgrader's own message when it refuses one (e.g. a malformed notebook).
    """
    from nbgrader.apps import NbGraderApp
    from nbgrader.apps.api import NbGraderAPI
    from nbgrader.coursedir import CourseDirectory

    known = assignment_names()
    chosen = list(assignments) if assignments else known
    unknown = sorted(set(chosen) - set(known))
    if unknown:
        raise ValueError(f"no assignment named {', '.join(unknown)} in {SOURCE_DIRECTORY}")
    # nbgrader creates a new gradebook by running the `alembic` command: the one next to this Python.
    tools = str(Path(sys.executable).parent)
    if tools not in os.environ.get("PATH", "").split(os.pathsep):
        os.environ["PATH"] = tools + os.pathsep + os.environ.get("PATH", "")
    app = NbGraderApp()
    app.config_file_paths.append(str(SOURCE_DIRECTORY.parent))
    app.load_config_file()
    api = NbGraderAPI(CourseDirectory(config=app.config), config=app.config)
    written = []
    for assignment in chosen:
        result = api.generate_assignment(assignment, force=True)
        if not result["success"]:
            said = (result.get("error") or result.get("log") or "").strip().splitlines()
            raise RuntimeError(f"nbgrader could not generate {assignment}: {said[-1] if said else 'no message'}")
        written += sorted((course_directory() / "release" / assignment).glob("*.ipynb"))
    return written
