"""Time to issue the credentials of a simulated cohort, from its gradebook to the published verification site.

    .venv/bin/python benchmarks/credentials.py                  # 1,000 learners
    .venv/bin/python benchmarks/credentials.py --learners 200 --pdf 50

Builds a gradebook through nbgrader's API (not timed): N learners, the core track's exercises and both literacy
test forms, 80 % of the learners meeting the rules. Then times the trainer's commands as they run them:
``credentials issue`` (read the gradebook, apply the rules, sign, write the registry, the status list and the
site), ``credentials verify`` of every credential against the site, and the PDF attestations of ``--pdf``
learners in both languages. The baseline, measured in the same run, is openbadgeslib signing N bare credentials
with the same key (the library's own cost). The last line is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
import warnings
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from autograder.credentials import badges, cli, rules
from caire import registry
from caire.core.i18n import LANGUAGES

SETTINGS = """
[issuer]
id = "https://caire.example.org"
name = "École Exemple"
site = "https://caire.example.org/attestations/"
"""


def build_gradebook(course: Path, learners: int, seed: int = 3) -> int:
    """A gradebook with ``learners`` students; returns how many meet the default rules (80 % of them)."""
    from nbgrader.api import Gradebook

    chance = random.Random(seed)
    assignments = [module.assignment(chance.choice(LANGUAGES)) for module in registry.tracks().core]
    tests = ["literacy-test-a-fr", "literacy-test-b-fr"]
    meeting = 0
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}", course_id="caire") as gradebook:
        for assignment in assignments + tests:
            gradebook.add_assignment(assignment)
            gradebook.add_notebook("exercise", assignment)
            gradebook.add_grade_cell("q1", "exercise", assignment, max_score=4, cell_type="code")
        for number in range(learners):
            student = f"learner{number:05d}"
            gradebook.add_student(student, first_name="Camille", last_name=f"Exemple {number}")
            meets = number % 5 != 0
            meeting += meets
            for assignment in assignments + tests:
                gradebook.add_submission(assignment, student, timestamp="2026-11-20 10:00:00")
                grade = gradebook.find_grade("q1", "exercise", assignment, student)
                grade.auto_score = 4 if meets else 1
                grade.needs_manual_grade = False
            gradebook.db.commit()
    return meeting


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--learners", type=int, default=1000, help="learners in the cohort (default: 1,000)")
    parser.add_argument("--pdf", type=int, default=100, help="learners whose attestations are timed (default: 100)")
    args = parser.parse_args(argv)
    warnings.filterwarnings("ignore", module="nbgrader")  # SQLAlchemy's notes on nbgrader's session use
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        course, site = root / "course", root / "site"
        course.mkdir()
        (course / rules.SETTINGS_FILE).write_text(SETTINGS, encoding="utf-8")
        key_file = badges.init_key(root / "keys" / "issuer.pem", course=course)
        key = badges.read_key(key_file, course)
        start = time.perf_counter()
        meeting = build_gradebook(course, args.learners)
        built = time.perf_counter() - start

        # Baseline: the library signing N bare credentials with the same key.
        from openbadgeslib.ob3 import OB3Signer

        issuer, chosen = badges.load_issuer(course), rules.load_rules(course)
        signer = OB3Signer(key, algorithm="RS256")
        achievement = badges.build_achievement(issuer, chosen)
        start = time.perf_counter()
        for _ in range(meeting):
            signer.sign(
                badges.build_credential(issuer, achievement, chosen.minutes, "Camille Exemple", datetime.now(UTC))
            )
        baseline = time.perf_counter() - start

        start = time.perf_counter()
        code = cli.main(["issue", "--course", str(course), "--key-file", str(key_file), "--site", str(site)])
        issued = time.perf_counter() - start
        tokens = sorted((site / "credentials").glob("*.jwt"))
        if code or len(tokens) != meeting:
            print(f"error: issue returned {code} with {len(tokens)} credentials for {meeting} learners")
            return 1

        start = time.perf_counter()
        verdicts = [badges.verify(token.read_text(), site).status for token in tokens]
        verified = time.perf_counter() - start

        students = [f"learner{number:05d}" for number in range(args.learners) if number % 5][: args.pdf]
        start = time.perf_counter()
        out = root / "attestations"
        out.mkdir()
        cli.attestations(course, issuer, students, badges.LANGUAGES, out)
        pdf_seconds = time.perf_counter() - start
        site_mb = sum(path.stat().st_size for path in site.rglob("*") if path.is_file()) / 1e6
    figures = {
        "learners": args.learners,
        "credentials": len(tokens),
        "gradebook_build_s": round(built, 1),
        "issue_s": round(issued, 2),
        "issue_ms_per_credential": round(1000 * issued / len(tokens), 1),
        "baseline_sign_s": round(baseline, 2),
        "ratio_to_baseline": round(issued / baseline, 2),
        "verify_s": round(verified, 2),
        "all_valid": all(status == "valid" for status in verdicts),
        "pdf_learners": len(students),
        "pdf_ms_per_attestation": round(1000 * pdf_seconds / max(1, 2 * len(students)), 1),
        "site_mb": round(site_mb, 1),
        "cores": os.cpu_count(),
    }
    print(f"gradebook of {args.learners:,} learners built in {built:.0f} s (not counted)")
    print(f"baseline: openbadgeslib signs {len(tokens):,} bare credentials in {baseline:.1f} s")
    print(
        f"credentials issue: {len(tokens):,} credentials in {issued:.1f} s "
        f"({figures['issue_ms_per_credential']} ms each; {issued / baseline:.2f}x the baseline); "
        f"site {site_mb:.1f} MB"
    )
    print(f"verify: {len(tokens):,} credentials in {verified:.1f} s, all valid: {figures['all_valid']}")
    print(f"attestations: {figures['pdf_ms_per_attestation']} ms per PDF ({2 * len(students)} PDFs)")
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
