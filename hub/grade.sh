#!/usr/bin/env bash
# Grade an assignment of the local hub's course with our sandboxed grader, as root (make hub's docs).
#
#   sudo hub/grade.sh ASSIGNMENT [python -m autograder grade options: --jobs N --memory-mb MB ...]
#   sudo hub/grade.sh --course-id COURSE ASSIGNMENT [options]     (a course of hub/courses.py)
#
# after the instructor's `nbgrader collect ASSIGNMENT` (or the Collect button of the course's formgrader).
# With --course-id, the course folder is the grading account's (grader-COURSE) and the grades go to the
# course's own gradebook (its PostgreSQL database, from $CAIRE_HUB_FILES/courses.json). The grader runs from this checkout's .venv on
# the instructor's course folder (~/course of the account in $CAIRE_INSTRUCTORS_GROUP), then hands
# the files it wrote back to the instructor, who goes on with `nbgrader generate_feedback` and
# `release_feedback` (or the formgrader).
set -euo pipefail
HUB=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(dirname "$HUB")
INSTRUCTORS=${CAIRE_INSTRUCTORS_GROUP:-caire-instructors}
[ "$(id -u)" = 0 ] || { echo "grade.sh: run me as root (the grader's sandbox needs it)" >&2; exit 2; }
if [ "${1:-}" = --course-id ]; then
    course_id=${2:?usage: grade.sh --course-id COURSE ASSIGNMENT [grader options]}
    shift 2
    # The course's gradebook, or a clear error for an unknown or archived course.
    gradebook=$(cd "$HUB" && "$REPO/.venv/bin/python" -c '
import os, sys, courses
from pathlib import Path
registry = Path(os.environ.get("CAIRE_HUB_FILES", "/srv/caire")) / "courses.json"
entry = courses.active_courses(registry).get(sys.argv[1])
sys.exit(f"grade.sh: {sys.argv[1]} is not an active course of {registry}") if entry is None else print(entry["gradebook"])
' "$course_id") || exit 2
    instructor=grader-$course_id
    course="$(getent passwd "$instructor" | cut -d: -f6)/course"
    export CAIRE_COURSE_ID=$course_id CAIRE_GRADEBOOK_URL=$gradebook
else
    instructor=$(getent group "$INSTRUCTORS" | cut -d: -f4 | cut -d, -f1)
    [ -n "$instructor" ] || { echo "grade.sh: no account in $INSTRUCTORS" >&2; exit 2; }
    course="$(getent passwd "$instructor" | cut -d: -f6)/${CAIRE_INSTRUCTOR_COURSE:-course}"
fi
assignment=${1:?usage: grade.sh [--course-id COURSE] ASSIGNMENT [grader options]}
shift
status=0
(cd "$REPO" && "$REPO/.venv/bin/python" -m autograder grade "$assignment" --course "$course" "$@") || status=$?
chown -R "$instructor:$instructor" "$course"
exit $status
