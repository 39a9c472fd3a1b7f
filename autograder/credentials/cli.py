"""Command line of the credentials (docs/credentials.md).

    python -m autograder credentials init-key [--key-file PATH]
    python -m autograder credentials status [--course DIR]                   who completed, and what others miss
    python -m autograder credentials issue [--course DIR] [--key-file PATH] [--site DIR] [--pdf]
    python -m autograder credentials attestation STUDENT [--course DIR] [--language fr|en] [--out DIR]
    python -m autograder credentials revoke STUDENT_OR_ID [--reason TEXT] [--course DIR] [--key-file PATH] [--site DIR]
    python -m autograder credentials publish [--course DIR] [--key-file PATH] [--site DIR]
    python -m autograder credentials verify FILE [--site DIR_OR_URL]          exit 0 valid, 1 revoked or invalid
    python -m autograder credentials employers --out DIR [--register CSV] [--course DIR] [--language fr|en]

Exit code 2 on a problem the trainer can fix (missing key, bad register, unknown course...): nothing is written.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from autograder import course_directory, research, secret_files
from autograder.credentials import badges, employers, rules
from caire.core.checks import competence_names


def _course(args) -> Path:
    course = Path(args.course).expanduser() if args.course else course_directory()
    if not (course / "gradebook.db").is_file():
        raise rules.CredentialsError(
            f"no gradebook in {course}: point --course (or $CAIRE_COURSE_DIR) at the course folder, after grading"
        )
    return course


def learner_names(course: Path) -> dict[str, str]:
    """Each student's name as the gradebook has it (first and last name)."""
    with research.open_gradebook(course) as gradebook:
        return {
            student.id: " ".join(part for part in (student.first_name, student.last_name) if part)
            for student in gradebook.students
        }


def course_completions(course: Path, chosen: rules.Rules) -> list[rules.Completion]:
    students = research.read_student_ids(course)
    return rules.completions(research.read_grades(course), chosen, students)


def attestations(course: Path, issuer: badges.Issuer, students: list[str], languages, out: Path) -> list[Path]:
    """The PDF attestations of each learner's latest valid credential, in each of ``languages``: the registry, the
    rules and the names are read once for them all, and every learner is checked before any PDF is written."""
    from openbadgeslib.ob3 import StatusRegistry

    from autograder.credentials.pdf import render_attestation

    registry = StatusRegistry.load(str(badges.store_folder(course) / badges.REGISTRY_FILE))
    latest = {}
    for entry in registry.entries.values():
        if entry.revoked is None and entry.issued_on >= getattr(latest.get(entry.recipient), "issued_on", ""):
            latest[entry.recipient] = entry
    without = [student for student in students if student not in latest]
    if without:
        raise rules.CredentialsError(
            f"{', '.join(without)} hold no valid credential: issue credentials first (`issue`)"
        )
    chosen = rules.load_rules(course)
    codes = [code for code in badges.covered_competences(chosen) if code.startswith("art4.")]
    names = learner_names(course)
    Path(out).mkdir(mode=0o700, parents=True, exist_ok=True)
    written = []
    for language in languages:
        modules = [f"{module.number:02d} {module.titled(language)}" for module in chosen.modules]
        competences = competence_names(codes, language)
        for student in students:
            entry = latest[student]
            written.append(
                render_attestation(
                    Path(out) / f"{student}-{language}.pdf",
                    language=language,
                    learner_name=names[student],
                    issuer_name=issuer.name,
                    course_title=issuer.course_title or badges.course_title(language),
                    modules=modules,
                    hours=chosen.minutes / 60,
                    issued_on=date.fromisoformat(entry.issued_on[:10]),
                    verify_url=issuer.verify_url(entry.jti),
                    credential_id=entry.jti,
                    competences=competences,
                )
            )
    return written


def _status(course: Path) -> int:
    chosen = rules.load_rules(course)
    found = course_completions(course, chosen)
    for completion in found:
        state = "completed" if completion.completed else "not yet: " + "; ".join(completion.missing)
        print(f"{completion.student_id:<20} {state}")
    print(f"{sum(one.completed for one in found)} of {len(found)} learners meet the rules ({chosen.describe('en')})")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m autograder credentials", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)

    def command(name: str, help: str, key: bool = False, site: bool = False) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help)
        sub.add_argument("--course", help="course directory (default: $CAIRE_COURSE_DIR or course-data/)")
        if key:
            sub.add_argument(
                "--key-file", help=f"the issuer's key (default: $CAIRE_ISSUER_KEY or {badges.DEFAULT_KEY_FILE})"
            )
        if site:
            sub.add_argument("--site", help=f"the verification site's folder (default: <course>/{badges.SITE})")
        return sub

    command("init-key", "create the issuer's signing key (outside the repository and the course)", key=True)
    command("status", "who meets the completion rules, and what the others miss")
    issue = command("issue", "sign a credential for every learner who meets the rules", key=True, site=True)
    issue.add_argument("--pdf", action="store_true", help="also write their PDF attestations, in French and English")
    one = command("attestation", "write a learner's PDF attestation")
    one.add_argument("student")
    one.add_argument("--language", choices=badges.LANGUAGES, action="append", help="fr or en (default: both)")
    one.add_argument("--out", help="folder (default: <course>/credentials/attestations)")
    revoke = command("revoke", "revoke a learner's credentials, or one credential by its id", key=True, site=True)
    revoke.add_argument("who", help="a student id, or a credential's urn:uuid")
    revoke.add_argument("--reason", default="", help="why (kept in the registry, not published)")
    command("publish", "write the verification site again", key=True, site=True)
    verify = commands.add_parser("verify", help="verify a credential (a .jwt file, or - for standard input)")
    verify.add_argument("file")
    verify.add_argument("--site", required=True, help="the verification site: its folder or its https:// address")
    register = command("employers", "write each organisation's record (CSV and PDF) of the learners who agreed")
    register.add_argument("--out", required=True, help="folder for the records (outside the repository)")
    register.add_argument("--register", help=f"the employer register (default: <course>/{employers.REGISTER_FILE})")
    register.add_argument("--language", choices=badges.LANGUAGES, default="fr")
    args = parser.parse_args(argv)
    try:
        return _run(args)
    except rules.CredentialsError as problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2


def _run(args) -> int:
    if args.command == "init-key":
        course = Path(args.course).expanduser() if args.course else None
        path = badges.init_key(args.key_file, course)
        print(f"created {path}: keep it safe and back it up; it signs every credential of the institution")
        return 0
    if args.command == "verify":
        token = sys.stdin.read() if args.file == "-" else Path(args.file).read_text(encoding="utf-8")
        verdict = badges.verify(token, args.site if "://" in args.site else Path(args.site))
        print(verdict.message)
        if verdict.learner:
            print(f"{verdict.learner} — {verdict.achievement} — {verdict.issuer}, {verdict.issued:%Y-%m-%d}")
        return 0 if verdict.status == "valid" else 1
    course = _course(args)
    if args.command == "status":
        return _status(course)
    if args.command == "attestation":
        issuer = badges.load_issuer(course)
        out = Path(args.out) if args.out else badges.store_folder(course) / "attestations"
        for path in attestations(course, issuer, [args.student], args.language or badges.LANGUAGES, out):
            print(path)
        return 0
    if args.command == "employers":
        return _employers(course, args)
    site = Path(args.site) if args.site else course / badges.SITE
    key = badges.read_key(args.key_file, course, site)
    issuer = badges.load_issuer(course)
    if args.command == "publish":
        print(badges.publish(course, key, issuer, site))
        return 0
    if args.command == "revoke":
        for credential in badges.revoke(course, key, issuer, site, args.who, args.reason):
            print(f"revoked {credential}")
        return 0
    chosen = rules.load_rules(course)
    found = course_completions(course, chosen)
    issued = badges.issue(course, key, issuer, chosen, found, learner_names(course), site)
    for one in issued:
        print(f"{one.student_id:<20} {one.verify_url}")
    if args.pdf and issued:
        students = [one.student_id for one in issued]
        attestations(course, issuer, students, badges.LANGUAGES, badges.store_folder(course) / "attestations")
    completed = sum(one.completed for one in found)
    print(f"{len(issued)} credentials issued; {completed} of {len(found)} learners meet the rules; site: {site}")
    return 0


def _employers(course: Path, args) -> int:
    register = Path(args.register) if args.register else course / employers.REGISTER_FILE
    sharing = employers.read_register(register)
    out = Path(args.out).expanduser()
    if secret_files.inside(out, secret_files.REPOSITORY):
        raise rules.CredentialsError(f"{out} is inside the repository: write records outside it (personal data)")
    chosen = rules.load_rules(course)
    issuer = badges.load_issuer(course)
    completions = {one.student_id: one for one in course_completions(course, chosen)}
    codes = badges.covered_competences(chosen)
    names = competence_names(codes, args.language)
    rows = employers.record_rows(sharing, completions, chosen, learner_names(course), names, args.language)
    for path in employers.write_records(out, rows, issuer.name, names, args.language):
        print(path)
    return 0
