#!/usr/bin/env bash
# Install the CAIRE course for the accounts of the local hub, outside this checkout (make hub).
#
#   sudo hub/install-course.sh
#
# User servers run as the students' and the instructor's own Unix accounts, so everything they run or
# read must be readable by them, and nothing else of the course should be:
# 1. $CAIRE_HUB_VENV (/opt/caire/venv): the class's Python environment, requirements.txt and
#    requirements-hub.txt plus the caire and autograder packages (a copy, not a link to this checkout),
#    built with a Python 3.11 that every account can run ($CAIRE_HUB_PYTHON, else /usr/bin/python3.11:
#    a venv made from a Python under /root, e.g. pyenv's, is unusable by other accounts).
#    Rebuilt when a requirements file changes; the course packages are reinstalled at every run.
# 2. $CAIRE_HUB_FILES/course (/srv/caire/course): a read-only copy of modules/, pages/ and apps/ (the lessons, their pages
#    and the Voila apps; never assignments/, which holds the solutions), linked from every home as
#    ~/caire-course. $CAIRE_HUB_FILES/config: the Jupyter config of each role (hub/config/student,
#    hub/config/instructor) and jupyter-config/ (Voila, culling of idle kernels), for everybody;
#    $CAIRE_HUB_FILES/data/jupyter-data: jupyter-data/ (the course's Voila template), their JUPYTER_PATH.
# 3. nbgrader's exchange $CAIRE_EXCHANGE_DIR (/srv/nbgrader/exchange), mode 1777 like /tmp: everybody
#    creates entries there, nobody removes another's (nbgrader asks for 777 and accepts the sticky bit).
# 4. This checkout holds the solutions and hidden tests (assignments/, course/, tests/, .git): when
#    other accounts can read it, it is closed to them (chmod o-rwx on its top folder; root, who runs
#    the hub and the grader, still reads it). `chmod o+rx <checkout>` undoes it.
set -euo pipefail

HUB=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(dirname "$HUB")
VENV=${CAIRE_HUB_VENV:-/opt/caire/venv}
FILES=${CAIRE_HUB_FILES:-/srv/caire}
EXCHANGE=${CAIRE_EXCHANGE_DIR:-/srv/nbgrader/exchange}

fail() { echo "install-course: $*" >&2; exit 1; }
say() { echo "install-course: $*"; }
[ "$(id -u)" = 0 ] || fail "run me as root (sudo)"
umask 022

# A Python 3.11 that an ordinary account can run.
usable() { [ -x "$1" ] && runuser -u nobody -- "$1" -c 'import sys, venv; assert sys.version_info[:2] == (3, 11)' 2>/dev/null; }
python=""
for candidate in ${CAIRE_HUB_PYTHON:-} /usr/bin/python3.11 /usr/local/bin/python3.11 "$(command -v python3.11 || true)"; do
    if [ -n "$candidate" ] && usable "$candidate"; then python=$candidate; break; fi
done
[ -n "$python" ] || fail "no Python 3.11 that every account can run (with its venv module): on Debian,
apt-get install python3.11 python3.11-venv, or set CAIRE_HUB_PYTHON"

# 1. The class's environment.
stamp="$VENV/.caire-requirements"
wanted=$({ cat "$REPO/requirements.txt" "$REPO/requirements-hub.txt"; echo "$python"; } | sha256sum | cut -d' ' -f1)
if [ ! -x "$VENV/bin/python" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
    say "building $VENV with $python (requirements.txt + requirements-hub.txt: a few minutes the first time)"
    [ -x "$VENV/bin/python" ] && [ "$(readlink -f "$VENV/bin/python")" != "$(readlink -f "$python")" ] && rm -rf "$VENV"
    mkdir -p "$(dirname "$VENV")"
    "$python" -m venv "$VENV"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
        -r "$REPO/requirements.txt" -r "$REPO/requirements-hub.txt" 2>&1 | { grep -v -e '^WARNING: Location' -e '^$' || true; }
    echo "$wanted" >"$stamp"
fi
# The course packages, from a copy of their sources (pip would write build/ into the checkout).
sources=$(mktemp -d)
trap 'rm -rf "$sources"' EXIT
cp -r "$REPO/pyproject.toml" "$REPO/caire" "$REPO/autograder" "$sources/"
find "$sources" -name __pycache__ -prune -exec rm -rf {} +
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation \
    --force-reinstall "$sources" 2>&1 | { grep -v -e '^WARNING: Location' -e '^$' || true; }
chmod -R go+rX,go-w "$VENV"

# 2. Lessons, apps and Jupyter config.
publish() {  # publish SOURCE... DEST: replace DEST by a root-owned, world-readable copy
    local dest=${*: -1} staging
    staging="$dest.new"
    rm -rf "$staging"
    mkdir -p "$staging"
    cp -r "${@:1:$#-1}" "$staging/"
    find "$staging" \( -name .ipynb_checkpoints -o -name __pycache__ \) -prune -exec rm -rf {} +
    chown -R root:root "$staging"
    chmod -R u=rwX,go=rX "$staging"
    rm -rf "$dest"
    mv "$staging" "$dest"
}
mkdir -p "$FILES"
chmod 755 "$FILES"
publish "$REPO/modules" "$REPO/pages" "$REPO/apps" "$FILES/course"
publish "$HUB/config/student" "$HUB/config/instructor" "$HUB/config/kernels" "$REPO/jupyter-config" "$FILES/config"
# Jupyter data the course adds (its Voila template), when the checkout has any: $JUPYTER_PATH of servers.
if [ -d "$REPO/jupyter-data" ]; then
    publish "$REPO/jupyter-data" "$FILES/data"
else
    rm -rf "$FILES/data"; mkdir -p "$FILES/data"
fi

# 3. The exchange.
mkdir -p "$EXCHANGE"
chmod 1777 "$EXCHANGE"

# 4. This checkout.
if runuser -u nobody -- test -r "$REPO/assignments"; then
    chmod o-rwx "$REPO"
    say "closed $REPO to other accounts (it holds the solutions; chmod o+rx $REPO undoes it)"
fi

if ! runuser -u nobody -- "$VENV/bin/python" -c "import caire, autograder, nbgrader, voila, jupyterhub" 2>/dev/null; then
    fail "an ordinary account cannot import the course with $VENV/bin/python"
fi
say "environment $VENV, lessons and apps in $FILES/course, Jupyter config in $FILES/config, exchange $EXCHANGE"
