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

# Several graders (Kubernetes, hub/z2jh/values.yaml): a shared gradebook in PostgreSQL, and course
# files that stay writable by the graders' group.
if os.environ.get("CAIRE_GRADEBOOK_URL"):
    c.CourseDirectory.db_url = os.environ["CAIRE_GRADEBOOK_URL"]
    c.CourseDirectory.groupshared = True
