"""Command line of the CAIRE grader.

    python -m autograder grade ASSIGNMENT [--course DIR] [--jobs N] [--memory-mb MB]
                                          [--cell-timeout S] [--notebook-timeout S] [--regrade] [--json]
    python -m autograder research {init-key,export,items} ...   (learning data for research: docs/research.md)
    python -m autograder credentials {init-key,status,issue,attestation,revoke,publish,verify,employers} ...
    python -m autograder moodle {init-key,jwks,push} ...
    python -m autograder student-versions [ASSIGNMENT ...]      (nbgrader's release/ for every assignment)

Run it from the repository (where nbgrader_config.py is), as root (the sandbox needs it), after
`nbgrader generate_assignment ASSIGNMENT` and `nbgrader collect ASSIGNMENT`. Exit code: 0 when every
submission was graded, 1 when some could not be (each has its status and message), 2 on a usage error.
"""

from __future__ import annotations

import argparse
import json
import os
import sys

from autograder.sandbox import Limits


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ["research"]:  # its own commands and options: autograder/research.py
        from autograder.research import main as research

        return research(argv[1:])
    if argv[:1] == ["credentials"]:  # Open Badges, PDF attestations, employers' records: autograder/credentials/
        from autograder.credentials.cli import main as credentials

        return credentials(argv[1:])
    if argv[:1] == ["moodle"]:  # grades back to Moodle (LTI 1.3 Assignment and Grade Services)
        from autograder.moodle_grades import main as moodle

        return moodle(argv[1:])
    parser = argparse.ArgumentParser(prog="python -m autograder", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("research", help="consented, pseudonymised export and item analysis (see docs/research.md)")
    commands.add_parser("credentials", help="Open Badges credentials and attestations (see docs/credentials.md)")
    commands.add_parser("moodle", help="post grades to Moodle's gradebook (LTI 1.3 AGS; see docs/credentials.md)")
    run = commands.add_parser("grade", help="grade every submission of an assignment into nbgrader's gradebook")
    run.add_argument("assignment")
    run.add_argument("--course", help="course directory (default: $CAIRE_COURSE_DIR or course-data/)")
    run.add_argument(
        "--jobs", type=int, default=os.cpu_count() or 1, help="submissions graded at once (default: cores)"
    )
    run.add_argument("--memory-mb", type=int, default=1024, help="memory limit per submission (default 1024)")
    run.add_argument("--cell-timeout", type=float, default=30, help="seconds per cell before an interrupt (default 30)")
    run.add_argument("--notebook-timeout", type=float, default=120, help="seconds per notebook (default 120)")
    run.add_argument("--regrade", action="store_true", help="grade again submissions an earlier run finished")
    run.add_argument("--json", action="store_true", help="print the whole summary as JSON")
    versions = commands.add_parser(
        "student-versions",
        help="write the student version of assignments (default: all) "
        "into the course folder's release/, for apps with no exchange",
    )
    versions.add_argument("assignments", nargs="*")
    args = parser.parse_args(argv)
    if args.command == "student-versions":
        from autograder.release import generate_student_versions

        try:
            written = generate_student_versions(args.assignments)
        except (ValueError, RuntimeError) as problem:
            print(f"error: {problem}", file=sys.stderr)
            return 2
        for path in written:
            print(path)
        return 0
    if args.jobs < 1 or args.memory_mb < 64 or args.cell_timeout <= 0 or args.notebook_timeout <= 0:
        parser.error("--jobs must be ≥ 1, --memory-mb ≥ 64, and the timeouts positive")

    from autograder.grade import grade

    limits = Limits(memory_mb=args.memory_mb, cell_seconds=args.cell_timeout, notebook_seconds=args.notebook_timeout)
    try:
        summary = grade(args.assignment, args.course, args.jobs, limits, progress=True, regrade=args.regrade)
    except (PermissionError, FileNotFoundError, RuntimeError) as problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    failed = [r for r in summary["results"] if r["status"] != "graded"]
    if args.json:
        print(json.dumps(summary, indent=1))
    else:
        for result in summary["results"]:
            notes = "; ".join(result["notes"])
            print(
                f"{result['student']:<20} {result['status']:<17} {result['message']}"
                + (f"  [{notes}]" if notes else "")
            )
        print(
            json.dumps(
                {
                    key: summary[key]
                    for key in ("assignment", "submissions", "graded_now", "statuses", "seconds", "jobs")
                }
            )
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
