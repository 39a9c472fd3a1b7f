"""nbgrader configuration of the CAIRE course (loaded by ../nbgrader_config.py).

- Sources come from the repository's assignments/ folder; everything nbgrader writes (release/,
  submitted/, autograded/, feedback/, gradebook.db) goes to the course directory,
  $CAIRE_COURSE_DIR or course-data/ in this checkout (ignored by git), created readable by its owner only.
- The exchange (release, fetch, submit, collect) is $CAIRE_EXCHANGE_DIR or /srv/nbgrader/exchange.
- Feedback never shows hidden tests: their code is removed (nbgrader's ClearHiddenTests) and so are
  the tracebacks of failing test cells, which would quote the failing hidden line; the learner keeps
  the check's own message.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from nbgrader.converters import GenerateAssignment
from nbgrader.preprocessors import ClearSolutions

from autograder import SOURCE_DIRECTORY, course_directory, exchange_directory
from autograder.preprocessors import ClearSolutionsInLanguage
from caire.course import CODE_STUBS, TEXT_STUBS

c = get_config()  # noqa: F821

course = course_directory()
course.mkdir(mode=0o700, parents=True, exist_ok=True)

# One course per checkout by default; a course of the hub's (hub/courses.py) names itself.
c.CourseDirectory.course_id = os.environ.get("CAIRE_COURSE_ID") or "caire"
c.CourseDirectory.root = str(course)
c.CourseDirectory.source_directory = str(SOURCE_DIRECTORY)
# SQLite in the course folder for one trainer; a PostgreSQL database ($CAIRE_GRADEBOOK_URL) on a hub that
# serves several courses (hub/postgres.sh, hub/courses.py).
c.CourseDirectory.db_url = os.environ.get("CAIRE_GRADEBOOK_URL") or f"sqlite:///{course / 'gradebook.db'}"

# nbgrader's exchange: where release_assignment puts assignments for students to fetch, and where
# their submissions wait for collect. On JupyterHub it is a folder every user can write to.
c.Exchange.root = str(exchange_directory())

# Autograded notebooks keep the notebook's "caire" metadata: its "mode" says whether it came from a
# Voila app's Submit button ("app") or a notebook, which the research export reports.
c.ClearMetadataPreprocessor.preserve_nb_metadata_mask = {("language_info", "name"), "caire"}

# What students see in place of a solution, in the assignment's language (caire.course.CODE_STUBS): nbgrader's
# ClearSolutions picks a stub by programming language only, so generate_assignment uses our subclass, which also
# reads the notebook's metadata.caire.language ("# VOTRE CODE ICI" in a French assignment).
c.ClearSolutions.code_stub = {"python": CODE_STUBS["en"]}
c.ClearSolutions.text_stub = TEXT_STUBS["en"]
c.ClearSolutionsInLanguage.code_stubs = {language: {"python": stub} for language, stub in CODE_STUBS.items()}
c.ClearSolutionsInLanguage.text_stubs = dict(TEXT_STUBS)
c.GenerateAssignment.preprocessors = [
    ClearSolutionsInLanguage if step is ClearSolutions else step
    for step in GenerateAssignment.class_traits()["preprocessors"].default()
]

# A cell that runs longer than this is stopped; the notebook goes on with the next cell.
c.Execute.timeout = 60
c.Execute.interrupt_on_timeout = True

c.GenerateFeedback.preprocessors = [
    "nbgrader.preprocessors.GetGrades",
    "nbgrader.preprocessors.ClearHiddenTests",
    # The trainers' rubric of an open question (a task cell's mark scheme) stays out of the learner's feedback.
    "nbgrader.preprocessors.ClearMarkScheme",
    "autograder.preprocessors.HideTestTracebacks",
    "nbconvert.preprocessors.CSSHTMLHeaderPreprocessor",
]
