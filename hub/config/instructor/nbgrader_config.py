# nbgrader as the instructor of the CAIRE course on the local hub (formgrader, and nbgrader commands in
# the instructor's terminal from any folder). Installed as /srv/caire/config/instructor/ by
# hub/install-course.sh. The course's settings are the repository's (autograder/nbgrader_config.py,
# installed with the autograder package), with two differences:
# - the course folder is $CAIRE_COURSE_DIR, ~/course, set by the hub (formgrader wants it in the home);
# - the sources are its source/ folder, a copy of the repository's assignments/ that
#   hub/create-users.sh refreshes (other accounts cannot read the checkout).
import os

import autograder

c = get_config()  # noqa: F821
load_subconfig(os.path.join(os.path.dirname(autograder.__file__), "nbgrader_config.py"))  # noqa: F821
c.CourseDirectory.source_directory = "source"

# Several graders sharing one course folder (Kubernetes, hub/z2jh/values.yaml): a gradebook in PostgreSQL
# ($CAIRE_GRADEBOOK_URL, read by autograder/nbgrader_config.py), and course files that stay writable by the
# graders' group. Not for a course of hub/courses.py ($CAIRE_COURSE_ID): its one grading account owns the
# files, and a group-shared exchange would let its learners read each other's submissions.
if os.environ.get("CAIRE_GRADEBOOK_URL") and not os.environ.get("CAIRE_COURSE_ID"):
    c.CourseDirectory.groupshared = True
