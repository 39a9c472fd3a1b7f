#!/usr/bin/env bash
# Grade an assignment of the local hub's course with our sandboxed grader, as root (make hub's docs).
#
#   sudo hub/grade.sh ASSIGNMENT [python -m autograder grade options: --jobs N --memory-mb MB ...]
#
# after the instructor's `nbgrader collect ASSIGNMENT`. The grader runs from this checkout's .venv on
# the instructor's course folder (~/course of the account in $CAIRE_INSTRUCTORS_GROUP), then hands
# the files it wrote back to the instructor, who goes on with `nbgrader generate_feedback` and
# `release_feedback` (or the formgrader).
set -euo pipefail
assignment=${1:?usage: grade.sh ASSIGNMENT [grader options]}
shift
HUB=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(dirname "$HUB")
INSTRUCTORS=${CAIRE_INSTRUCTORS_GROUP:-caire-instructors}
[ "$(id -u)" = 0 ] || { echo "grade.sh: run me as root (the grader's sandbox needs it)" >&2; exit 2; }
instructor=$(getent group "$INSTRUCTORS" | cut -d: -f4 | cut -d, -f1)
[ -n "$instructor" ] || { echo "grade.sh: no account in $INSTRUCTORS" >&2; exit 2; }
course="$(getent passwd "$instructor" | cut -d: -f6)/${CAIRE_INSTRUCTOR_COURSE:-course}"
status=0
(cd "$REPO" && "$REPO/.venv/bin/python" -m autograder grade "$assignment" --course "$course" "$@") || status=$?
chown -R "$instructor:$instructor" "$course"
exit $status
