"""Where the course's nbgrader data lives, for the trainer's tools and for the apps' Submit button.

- The course directory (releases, submissions, grades): ``$CAIRE_COURSE_DIR``, default ``course-data/``
  in the repository checkout (git ignores it; JupyterLab's formgrader needs it inside the served folder).
- nbgrader's exchange (release, fetch, submit, collect): ``$CAIRE_EXCHANGE_DIR``, default
  ``/srv/nbgrader/exchange``; the course id is ``caire``.
"""

from __future__ import annotations

import os
from pathlib import Path

COURSE_ID = "caire"
REPOSITORY = Path(__file__).resolve().parent.parent
DEFAULT_COURSE_DIRECTORY = REPOSITORY / "course-data"
DEFAULT_EXCHANGE_DIRECTORY = Path("/srv/nbgrader/exchange")


def course_directory() -> Path:
    """$CAIRE_COURSE_DIR, or course-data/ in this checkout."""
    configured = os.environ.get("CAIRE_COURSE_DIR", "").strip()
    return Path(configured).expanduser().resolve() if configured else DEFAULT_COURSE_DIRECTORY


def exchange_directory() -> Path:
    """$CAIRE_EXCHANGE_DIR, or nbgrader's default /srv/nbgrader/exchange."""
    configured = os.environ.get("CAIRE_EXCHANGE_DIR", "").strip()
    return Path(configured).expanduser() if configured else DEFAULT_EXCHANGE_DIRECTORY


#: What a learner finds in place of a solution in a released assignment, in the assignment's language
#: (``metadata.caire.language``): nbgrader's ``ClearSolutions`` stubs, picked per notebook by
#: ``autograder.preprocessors.ClearSolutionsInLanguage``. The build says the same in the French exercises' prose.
CODE_STUBS = {
    "en": "# YOUR CODE HERE\nraise NotImplementedError()",
    "fr": "# VOTRE CODE ICI\nraise NotImplementedError()",
}
TEXT_STUBS = {"en": "YOUR ANSWER HERE", "fr": "VOTRE RÉPONSE ICI"}
