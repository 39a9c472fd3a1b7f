# nbgrader reads this file from the folder it runs in: the course's settings live in autograder/.
# Run nbgrader commands from this folder; course data (submissions, grades) goes to
# $CAIRE_COURSE_DIR (default: course-data/ here, which git ignores), never into git.
import os

load_subconfig(os.path.join(os.path.dirname(os.path.abspath(__file__)), "autograder", "nbgrader_config.py"))  # noqa: F821
