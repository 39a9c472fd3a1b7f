"""Several courses on the local hub: one per campus or cohort, each with its trainers, learners and gradebook.

    sudo .venv/bin/python hub/courses.py create cesi-lyon-2027a --title "CESI Lyon, 2027 A"
    sudo .venv/bin/python hub/courses.py roster cesi-lyon-2027a roster.csv
    sudo .venv/bin/python hub/courses.py list
    sudo .venv/bin/python hub/courses.py archive cesi-lyon-2027a

This follows nbgrader's own model for several classes on one JupyterHub (its demo "multiple classes"):
- each course has a grading account, grader-<course>, that nobody logs in as. Its home holds the nbgrader
  course folder (~/course: sources, submissions, feedback) and it runs the course's formgrader, a hub
  service named after the course (/services/<course>/formgrader);
- the hub groups formgrade-<course> (the trainers: they reach that service, and only that one) and
  nbgrader-<course> (learners and trainers: the course shows in their Assignments tab). They are Unix
  groups of the same names here, which the hub reads at each login (hub/jupyterhub_config.py), so a
  roster change takes effect at the member's next login;
- the course's folder in nbgrader's exchange belongs to grader-<course> and to the group nbgrader-<course>,
  mode 750: someone outside the course can neither list, read, fetch nor submit there;
- the gradebook is a PostgreSQL database of the hub's server (hub/postgres.sh) when it runs, else SQLite in
  the course folder. The database belongs to the PostgreSQL role grader-<course>, which only the Unix
  account of that name reaches (peer authentication).

Creating or archiving a course takes effect when the hub restarts (its formgrader is a hub service).
Archiving keeps everything (grades are kept for the period the institution's records policy sets) but
closes the course's exchange folder and stops its formgrader.

The list of courses is $CAIRE_HUB_FILES/courses.json (no personal data: members are in the Unix groups).
Roster: one line per person, `username,role[,password]`, role `trainer` or `learner`; accounts are created
by hub/create-users.sh (as class accounts, with the same password rules).
Moodle: `create COURSE --lti-context <Moodle course id>` links the two; a class account that launches the tool
from that Moodle course joins the course at login (a trainer when Moodle says Instructor or Teaching Assistant),
with the hub's LTI configuration (hub/lti/jupyterhub_config_lti.py).
"""

from __future__ import annotations

import argparse
import csv
import datetime
import grp
import json
import os
import pwd
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HUB = Path(__file__).resolve().parent
REPO = HUB.parent
COURSE_ID = re.compile(r"^[a-z][a-z0-9-]{1,18}[a-z0-9]$")
FIRST_PORT = 9100  # formgrader services listen on 127.0.0.1 from here on, one port per course
ROLES = ("trainer", "learner")


class CourseError(Exception):
    """A clear reason why nothing was done."""


def settings() -> dict:
    files = Path(os.environ.get("CAIRE_HUB_FILES", "/srv/caire"))
    return {
        "registry": files / "courses.json",
        "exchange": Path(os.environ.get("CAIRE_EXCHANGE_DIR", "/srv/nbgrader/exchange")),
        "venv": Path(os.environ.get("CAIRE_HUB_VENV", "/opt/caire/venv")),
        "pg_socket": os.environ.get("CAIRE_PG_SOCKET", "/run/caire-postgres"),
        "pg_port": os.environ.get("CAIRE_PG_PORT", "5433"),
    }


# --- names ---------------------------------------------------------------------------------------------


def check_course_id(course_id: str) -> str:
    if not COURSE_ID.match(course_id or ""):
        raise CourseError(
            f"{course_id!r} is not a course id: 3 to 20 characters, lower-case letters, digits and '-', starting with a "
            "letter (e.g. cesi-lyon-2027a)"
        )
    return course_id


def grader_account(course_id: str) -> str:
    return f"grader-{course_id}"


def learners_group(course_id: str) -> str:
    """nbgrader's group for the course's materials (learners and trainers)."""
    return f"nbgrader-{course_id}"


def trainers_group(course_id: str) -> str:
    """nbgrader's group for the course's formgrader."""
    return f"formgrade-{course_id}"


def unix_groups(name: str) -> set[str]:
    """The Unix groups of an account (none for an unknown one)."""
    try:
        account = pwd.getpwnam(name)
    except KeyError:
        return set()
    return {grp.getgrgid(gid).gr_name for gid in os.getgrouplist(name, account.pw_gid)}


def hub_groups(name: str, course_ids) -> list[str]:
    """The hub groups of a person at login: their Unix groups of these courses (nbgrader-, formgrade-<course>)."""
    wanted = {group for course_id in course_ids for group in (learners_group(course_id), trainers_group(course_id))}
    return sorted(unix_groups(name) & wanted)


def gradebook_url(course_id: str, config: dict) -> str:
    """The course's PostgreSQL database, reached through the hub server's socket as the caller's own role."""
    return f"postgresql:///{course_id}?host={config['pg_socket']}&port={config['pg_port']}"


# --- the list of courses -------------------------------------------------------------------------------


def read_registry(path: Path) -> dict:
    if not path.exists():
        return {"courses": {}}
    try:
        registry = json.loads(path.read_text())
    except (OSError, ValueError) as problem:
        raise CourseError(f"{path} cannot be read ({problem}): fix or restore it; nothing was changed") from None
    if not isinstance(registry, dict) or not isinstance(registry.get("courses"), dict):
        raise CourseError(f"{path} is not a list of courses: fix or restore it; nothing was changed")
    return registry


def write_registry(path: Path, registry: dict) -> None:
    """Replace the file in one step: a crash leaves the old list or the new one, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".courses-")
    with os.fdopen(handle, "w") as out:
        json.dump(registry, out, indent=1, sort_keys=True)
        out.write("\n")
    os.chmod(temporary, 0o644)
    os.replace(temporary, path)


def active_courses(path: Path) -> dict:
    """The courses the hub serves: {course id: entry}. Read by hub/jupyterhub_config.py."""
    return {key: value for key, value in read_registry(path)["courses"].items() if value.get("state") == "active"}


def next_port(registry: dict) -> int:
    used = {course["port"] for course in registry["courses"].values()}
    return next(port for port in range(FIRST_PORT, FIRST_PORT + 10_000) if port not in used)


# --- Moodle (LTI 1.3): the course a launch comes from ------------------------------------------------------

LTI_CONTEXT = "https://purl.imsglobal.org/spec/lti/claim/context"
LTI_ROLES = "https://purl.imsglobal.org/spec/lti/claim/roles"
TRAINER_ROLES = ("#Instructor", "#TeachingAssistant", "#Administrator")


def course_of_launch(claims: dict, courses: dict) -> tuple[str, str] | None:
    """(course id, trainer or learner) for a verified LTI 1.3 launch, from the Moodle course it comes from
    (the context claim's id, listed in the course's lti_contexts); None when no active course has it."""
    context = (claims.get(LTI_CONTEXT) or {}).get("id")
    if not context:
        return None
    for course_id, entry in courses.items():
        if str(context) in entry.get("lti_contexts", []):
            roles = claims.get(LTI_ROLES) or []
            trainer = any(str(role).endswith(TRAINER_ROLES) for role in roles)
            return course_id, "trainer" if trainer else "learner"
    return None


def join(name: str, course_id: str, role: str) -> None:
    """Put an existing class account in the course's groups (root): what a roster line does."""
    run("usermod", "--append", "--groups", learners_group(course_id), name)
    if role == "trainer":
        run("usermod", "--append", "--groups", trainers_group(course_id), name)


# --- the roster ----------------------------------------------------------------------------------------


def read_roster(path: Path) -> list[tuple[str, str, str]]:
    """(username, role, password) of each line; every line is checked before anything is changed."""
    if not path.is_file():
        raise CourseError(f"no roster at {path}")
    people, problems = [], []
    with path.open(newline="", encoding="utf-8") as handle:
        for number, row in enumerate(csv.reader(handle), start=1):
            if not row or not row[0].strip() or row[0].strip().startswith("#"):
                continue
            name = row[0].strip()
            role = row[1].strip() if len(row) > 1 else ""
            password = row[2].strip() if len(row) > 2 else ""
            if not re.match(r"^[a-z_][a-z0-9_-]{0,31}$", name):
                problems.append(f"line {number}: {name!r} is not a valid Unix user name")
            elif name.startswith("grader-"):
                problems.append(f"line {number}: {name!r}: names starting with grader- are the courses' own accounts")
            elif role not in ROLES:
                problems.append(f"line {number}: {name}: role must be trainer or learner, not {role!r}")
            else:
                people.append((name, role, password))
    if problems:
        raise CourseError(f"{path}: nothing was changed:\n  " + "\n  ".join(problems))
    if not people:
        raise CourseError(f"{path} names nobody")
    return people


# --- system changes (root) -----------------------------------------------------------------------------


def run(*command: str, **kwargs) -> subprocess.CompletedProcess:
    result = subprocess.run(command, capture_output=True, text=True, **kwargs)
    if result.returncode != 0:
        raise CourseError(f"{' '.join(command)} failed: {(result.stderr or result.stdout).strip()[-800:]}")
    return result


def ensure_group(name: str) -> None:
    try:
        grp.getgrnam(name)
    except KeyError:
        run("groupadd", "--system", name)


def members(group: str) -> list[str]:
    try:
        return sorted(grp.getgrnam(group).gr_mem)
    except KeyError:
        return []


def ensure_grader(course_id: str) -> pwd.struct_passwd:
    name = grader_account(course_id)
    try:
        return pwd.getpwnam(name)
    except KeyError:
        run(
            "useradd", "--system", "--create-home", "--home-dir", f"/home/{name}", "--shell", "/usr/sbin/nologin",
            "--user-group", "--comment", f"CAIRE grading account of {course_id}", name,
        )  # fmt: skip
        run("passwd", "--lock", name)  # nobody logs in as the grading account
        return pwd.getpwnam(name)


def ensure_folder(path: Path, mode: int, owner: int, group: int) -> None:
    """Create or fix a folder as root in places others can write to: never follow a link planted there,
    never take over a folder someone else created."""
    if path.is_symlink():
        raise CourseError(f"{path} is a symbolic link: remove it first")
    if path.exists():
        status = path.stat()
        if status.st_uid not in (owner, 0):
            raise CourseError(f"{path} belongs to uid {status.st_uid}, not to the course: check it and remove it first")
    else:
        path.mkdir()
    os.chown(path, owner, group)
    os.chmod(path, mode)


def copy_sources(course: Path, account: pwd.struct_passwd) -> None:
    """nbgrader's sources: a copy of assignments/, refreshed at each run (the checkout is closed to others)."""
    staging = course / "source.new"
    shutil.rmtree(staging, ignore_errors=True)
    shutil.copytree(REPO / "assignments", staging)
    for folder, _, files in os.walk(staging):
        os.chown(folder, account.pw_uid, account.pw_gid)
        for name in files:
            os.chown(os.path.join(folder, name), account.pw_uid, account.pw_gid)
    shutil.rmtree(course / "source", ignore_errors=True)
    staging.rename(course / "source")


def postgres_running(config: dict) -> bool:
    socket = Path(config["pg_socket"]) / f".s.PGSQL.{config['pg_port']}"
    return socket.exists() and shutil.which("psql") is not None


def psql(config: dict, sql: str, database: str = "postgres") -> str:
    return run(
        "psql", "-X", "-q", "-tA", "-v", "ON_ERROR_STOP=1", "-h", config["pg_socket"], "-p", config["pg_port"],
        "-d", database, "-c", sql,
    ).stdout.strip()  # fmt: skip


def ensure_gradebook(course_id: str, config: dict) -> str:
    """The course's database and role, and nbgrader's tables created by the grading account (their owner)."""
    role = grader_account(course_id)
    if psql(config, f"SELECT 1 FROM pg_roles WHERE rolname = '{role}'") != "1":
        psql(config, f'CREATE ROLE "{role}" LOGIN')
    if psql(config, f"SELECT 1 FROM pg_database WHERE datname = '{course_id}'") != "1":
        psql(config, f'CREATE DATABASE "{course_id}" OWNER "{role}"')
    psql(config, f'REVOKE ALL ON DATABASE "{course_id}" FROM PUBLIC')
    url = gradebook_url(course_id, config)
    python = config["venv"] / "bin" / "python"
    home = pwd.getpwnam(role).pw_dir
    run(
        "runuser", "-u", role, "--", "env", "-i", f"PATH={python.parent}:/usr/bin:/bin", f"HOME={home}", "LANG=C.UTF-8",
        str(python), "-c",
        "import sys; from nbgrader.api import Gradebook; Gradebook(sys.argv[1], sys.argv[2]).close()", url, course_id,
        cwd="/",
    )  # fmt: skip
    return url


# --- the commands --------------------------------------------------------------------------------------


def create(course_id: str, title: str, gradebook: str, config: dict, lti_contexts: tuple = ()) -> dict:
    check_course_id(course_id)
    registry = read_registry(config["registry"])
    entry = registry["courses"].get(course_id)
    if entry and entry["state"] != "active":
        raise CourseError(f"{course_id} is archived: its data is kept; choose another id for a new course")
    exchange = config["exchange"]
    if not exchange.is_dir():
        raise CourseError(f"no exchange folder {exchange}: run hub/install-course.sh first")
    if gradebook == "postgresql" and not postgres_running(config):
        raise CourseError(
            f"no PostgreSQL server on {config['pg_socket']} (port {config['pg_port']}): start it with "
            "hub/postgres.sh start, or choose --gradebook sqlite"
        )
    for group in (learners_group(course_id), trainers_group(course_id)):
        ensure_group(group)
    account = ensure_grader(course_id)
    material = grp.getgrnam(learners_group(course_id)).gr_gid
    home = Path(account.pw_dir)
    os.chmod(home, 0o700)
    course = home / "course"
    ensure_folder(course, 0o700, account.pw_uid, account.pw_gid)
    copy_sources(course, account)
    # The exchange: the course folder closed to outsiders; inside, nbgrader's modes (as create-users.sh).
    ensure_folder(exchange / course_id, 0o750, account.pw_uid, material)
    ensure_folder(exchange / course_id / "outbound", 0o755, account.pw_uid, account.pw_gid)
    ensure_folder(exchange / course_id / "inbound", 0o3733, account.pw_uid, account.pw_gid)
    ensure_folder(exchange / course_id / "feedback", 0o711, account.pw_uid, account.pw_gid)
    url = ensure_gradebook(course_id, config) if gradebook == "postgresql" else ""
    entry = entry or {
        "created": datetime.date.today().isoformat(),
        "port": next_port(registry),
        "state": "active",
    }
    # The gid of the course's group: on Kubernetes (hub/z2jh/values.yaml) the same courses.json gives each member's
    # server this supplementary group, and the course's exchange folder this owner.
    entry.update({"title": title or entry.get("title") or course_id, "gradebook": url, "gid": material})
    entry["lti_contexts"] = sorted(set(entry.get("lti_contexts", [])) | {str(context) for context in lti_contexts})
    registry["courses"][course_id] = entry
    write_registry(config["registry"], registry)
    return entry


def roster(course_id: str, path: Path, config: dict) -> list[tuple[str, str]]:
    check_course_id(course_id)
    entry = read_registry(config["registry"])["courses"].get(course_id)
    if entry is None:
        raise CourseError(f"no course {course_id}: create it first (hub/courses.py create {course_id})")
    if entry["state"] != "active":
        raise CourseError(f"{course_id} is archived: nobody joins it any more")
    people = read_roster(path)
    # Accounts through hub/create-users.sh, as class accounts (students of the hub: no formgrader of their
    # own); what a trainer can do comes from the group formgrade-<course>.
    with tempfile.NamedTemporaryFile("w", suffix=".csv") as accounts:
        accounts.write("".join(f"{name},student,{password}\n" for name, _, password in people))
        accounts.flush()
        run(str(HUB / "create-users.sh"), accounts.name)
    done = []
    for name, role, _ in people:
        run("usermod", "--append", "--groups", learners_group(course_id), name)
        if role == "trainer":
            run("usermod", "--append", "--groups", trainers_group(course_id), name)
        elif name in members(trainers_group(course_id)):
            run("gpasswd", "--delete", name, trainers_group(course_id))
        done.append((name, role))
    return done


def archive(course_id: str, config: dict) -> dict:
    check_course_id(course_id)
    registry = read_registry(config["registry"])
    entry = registry["courses"].get(course_id)
    if entry is None:
        raise CourseError(f"no course {course_id}")
    folder = config["exchange"] / course_id
    if folder.is_dir() and not folder.is_symlink():
        os.chmod(folder, 0o700)  # learners can no longer fetch or submit; nothing is deleted
    entry.update({"state": "archived", "archived": datetime.date.today().isoformat()})
    write_registry(config["registry"], registry)
    return entry


def listing(config: dict) -> list[dict]:
    rows = []
    for course_id, entry in sorted(read_registry(config["registry"])["courses"].items()):
        trainers = members(trainers_group(course_id))
        rows.append(
            {
                "course": course_id,
                "title": entry.get("title", ""),
                "state": entry.get("state", ""),
                "trainers": len(trainers),
                "learners": len(set(members(learners_group(course_id))) - set(trainers)),
                "gradebook": "postgresql" if entry.get("gradebook") else "sqlite",
                "formgrader": f"/services/{course_id}/formgrader",
            }
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="hub/courses.py", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    made = commands.add_parser("create", help="create a course (or refresh its sources): restart the hub after")
    made.add_argument("course_id")
    made.add_argument("--title", default="")
    made.add_argument("--gradebook", choices=("postgresql", "sqlite"), default="postgresql")
    made.add_argument(
        "--lti-context", action="append", default=[], metavar="ID",
        help="a Moodle course's id (the LTI context): its participants who launch the tool join this course",
    )  # fmt: skip
    joined = commands.add_parser("roster", help="add or update the course's trainers and learners from a CSV roster")
    joined.add_argument("course_id")
    joined.add_argument("roster", type=Path)
    commands.add_parser("list", help="the courses, their state and how many trainers and learners")
    closed = commands.add_parser("archive", help="close a course (its data is kept): restart the hub after")
    closed.add_argument("course_id")
    arguments = parser.parse_args(argv)
    config = settings()
    try:
        if arguments.command != "list" and os.geteuid() != 0:
            raise CourseError("run me as root (sudo): I create accounts, groups and folders")
        if arguments.command == "create":
            entry = create(arguments.course_id, arguments.title, arguments.gradebook, config, arguments.lti_context)
            print(f"courses: {arguments.course_id} ready ({entry['title']}; gradebook: "
                  f"{'PostgreSQL' if entry['gradebook'] else 'SQLite'}); restart the hub to serve its formgrader")  # fmt: skip
        elif arguments.command == "roster":
            for name, role in roster(arguments.course_id, arguments.roster, config):
                print(f"courses: {name} is a {role} of {arguments.course_id}")
        elif arguments.command == "archive":
            archive(arguments.course_id, config)
            print(f"courses: {arguments.course_id} archived (data kept); restart the hub")
        else:
            rows = listing(config)
            if not rows:
                print("courses: none yet (hub/courses.py create COURSE_ID)")
            for row in rows:
                print("\t".join(str(value) for value in row.values()))
    except CourseError as problem:
        print(f"courses: {problem}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
