#!/usr/bin/env bash
# Create the Unix accounts of a CAIRE class on this machine, for the local JupyterHub (make hub).
#
#   sudo hub/create-users.sh ROSTER.csv
#
# ROSTER.csv has one line per person: `username,role[,password]`, role `instructor` or `student`;
# blank lines and lines starting with # are ignored (see hub/roster.example.csv). Run it again after
# editing the roster: it is idempotent.
#
# For each person it makes a system account with a home folder (mode 700, so nobody else reads it) in
# the group $CAIRE_STUDENTS_GROUP or $CAIRE_INSTRUCTORS_GROUP (JupyterHub lets in these two groups
# only), and a link ~/caire-course to the lessons and apps ($CAIRE_HUB_FILES/course, read-only).
# Passwords (PAM, the hub's login form): a password in the roster is set at every run; without one,
# a new account gets a random password, written to $CAIRE_PASSWORDS_FILE (root only) for the trainer
# to hand out; an existing account keeps its password.
# The instructor also gets the nbgrader course folder ~/$CAIRE_INSTRUCTOR_COURSE (mode 700: the
# gradebook and the submissions are personal data) with the assignment sources in source/, and owns
# the course's folders in nbgrader's exchange.
# An account that already exists but is in neither group is never touched: pick another name.
set -euo pipefail

roster=${1:?usage: create-users.sh ROSTER.csv}
HUB=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(dirname "$HUB")
STUDENTS=${CAIRE_STUDENTS_GROUP:-caire-students}
INSTRUCTORS=${CAIRE_INSTRUCTORS_GROUP:-caire-instructors}
COURSE_FILES=${CAIRE_HUB_FILES:-/srv/caire}/course
EXCHANGE=${CAIRE_EXCHANGE_DIR:-/srv/nbgrader/exchange}
COURSE_NAME=${CAIRE_INSTRUCTOR_COURSE:-course}
COURSE_ID=caire
PASSWORDS=${CAIRE_PASSWORDS_FILE:-${CAIRE_HUB_FILES:-/srv/caire}/passwords.csv}

fail() { echo "create-users: $*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || fail "run me as root (sudo): I create Unix accounts"
command -v useradd >/dev/null || fail "useradd is missing (Debian: apt-get install passwd)"
[ -r "$roster" ] || fail "cannot read the roster $roster"
[ -d "$EXCHANGE" ] || fail "no exchange folder $EXCHANGE: run hub/install-course.sh first"

instructors=$(grep -Ec '^[[:space:]]*[^#,]+,[[:space:]]*instructor[[:space:]]*(,|$)' "$roster" || true)
[ "$instructors" -le 1 ] || fail "the local hub has one instructor (the exchange's course folders belong to one account)"

for group in "$STUDENTS" "$INSTRUCTORS"; do
    getent group "$group" >/dev/null || groupadd --system "$group"
done
mkdir -p "$(dirname "$PASSWORDS")"
umask 077
touch "$PASSWORDS"
chmod 600 "$PASSWORDS"

while IFS=, read -r name role password extra || [ -n "$name" ]; do
    name=$(echo "$name" | tr -d '[:space:]'); role=$(echo "${role:-}" | tr -d '[:space:]')
    password=$(echo "${password:-}" | tr -d '\r')
    case "$name" in ''|'#'*) continue ;; esac
    [[ "$name" =~ ^[a-z_][a-z0-9_-]{0,31}$ ]] || fail "'$name' is not a valid Unix user name (lower case, digits, - and _)"
    case "$role" in
        student) group=$STUDENTS ;;
        instructor) group=$INSTRUCTORS ;;
        *) fail "$name: role must be student or instructor, not '$role'" ;;
    esac

    created=no
    if id -u "$name" >/dev/null 2>&1; then
        member_of=" $(id -nG "$name") "
        if [[ "$member_of" != *" $STUDENTS "* && "$member_of" != *" $INSTRUCTORS "* ]]; then
            echo "create-users: $name already exists and is not in $STUDENTS or $INSTRUCTORS: left alone" >&2
            continue
        fi
    else
        useradd --system --create-home --home-dir "/home/$name" --shell /bin/bash --user-group \
                --comment "CAIRE $role" "$name"
        created=yes
    fi
    # One role per person: move them if the roster changed their role.
    for other in "$STUDENTS" "$INSTRUCTORS"; do
        [ "$other" = "$group" ] || gpasswd --delete "$name" "$other" >/dev/null 2>&1 || true
    done
    usermod --append --groups "$group" "$name"

    if [ -n "$password" ]; then
        echo "$name:$password" | chpasswd
    elif [ "$created" = yes ]; then
        password=$(tr -dc 'A-HJ-NP-Za-km-z2-9' </dev/urandom | head -c 12 || true)
        echo "$name:$password" | chpasswd
        echo "$name,$password" >>"$PASSWORDS"
    fi

    home=$(getent passwd "$name" | cut -d: -f6)
    chmod 700 "$home"
    if [ -e "$home/caire-course" ] && [ ! -L "$home/caire-course" ]; then
        echo "create-users: $home/caire-course exists and is not a link: left alone" >&2
    else
        ln -sfn "$COURSE_FILES" "$home/caire-course"
        chown -h "$name:$name" "$home/caire-course"
    fi

    if [ "$role" = instructor ]; then
        course="$home/$COURSE_NAME"
        # Run as root in folders others can write to: never follow a link someone put there, never
        # take over a folder someone else created first (the exchange is writable by everybody).
        [ ! -L "$course" ] || fail "$course is a symbolic link: remove it first"
        for folder in "$EXCHANGE/$COURSE_ID" "$EXCHANGE/$COURSE_ID"/{outbound,inbound,feedback}; do
            [ ! -L "$folder" ] || fail "$folder is a symbolic link: remove it first"
            if [ -e "$folder" ] && [ "$(stat -c %U "$folder")" != "$name" ]; then
                fail "$folder belongs to $(stat -c %U "$folder"), not $name: check it and remove it first"
            fi
        done
        install -d -m 700 -o "$name" -g "$name" "$course"
        # nbgrader's sources: a copy of the repository's assignments/, which other accounts cannot
        # read (they hold the solutions and the hidden tests). The repository stays the reference:
        # this copy is refreshed at every run.
        rm -rf "$course/source.new"
        cp -r "$REPO/assignments" "$course/source.new"
        rm -rf "$course/source"
        mv "$course/source.new" "$course/source"
        chown -R "$name:$name" "$course/source"
        # The course's folders in the exchange, with nbgrader's modes, owned by the instructor:
        # outbound (released assignments) 755; inbound (submissions) 733 plus setgid, and sticky so
        # that nobody deletes or renames another's submission; feedback 711 (no listing: each
        # student reaches only the file whose name derives from their own submission's secret).
        install -d -m 755 -o "$name" -g "$name" "$EXCHANGE/$COURSE_ID" "$EXCHANGE/$COURSE_ID/outbound"
        install -d -m 3733 -o "$name" -g "$name" "$EXCHANGE/$COURSE_ID/inbound"
        install -d -m 711 -o "$name" -g "$name" "$EXCHANGE/$COURSE_ID/feedback"
    fi
    echo "create-users: $name ($role)$([ "$created" = yes ] && echo ', created')"
done <"$roster"

new=$(wc -l <"$PASSWORDS")
[ "$new" -eq 0 ] || echo "create-users: initial passwords of created accounts are in $PASSWORDS (root only)"
