"""The organisation record: for each employer, who of its staff completed what and when, and the competences
covered, as evidence of the AI-literacy measures the AI Act's Art. 4 asks employers to take (the Commission's
Q&A: internal records are enough, no certificate is required).

Only learners who agreed to share their record with their employer are listed. The trainer keeps their answers in
a register, ``<course>/employers.csv`` by default::

    student_id,organisation,share
    dupont,Société Exemple,yes
    martin,Société Exemple,no

``share`` is yes or no (oui/non too) for every line: a register without that column is refused, and nothing is
written. Learners with no line, or ``no``, are left out; an organisation with nobody left gets no file.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from autograder import research
from autograder.credentials.rules import Completion, CredentialsError, Rules

REGISTER_FILE = "employers.csv"
COLUMNS = ["learner", "student_id", "completed_on", "modules_completed", "hours", "competences"]


@dataclass(frozen=True)
class Employee:
    student_id: str
    organisation: str


def read_register(path: Path) -> list[Employee]:
    """The learners who agreed to share their record, with their organisation; a clear error on a bad register."""
    path = Path(path).expanduser()
    if not path.is_file():
        raise CredentialsError(
            f"no employer register at {path}: keep one as a CSV file with the columns student_id,organisation,share "
            "(share: yes when the learner agreed that their employer sees their record); see docs/credentials.md"
        )
    try:
        rows = research.read_table(path, ("student_id", "organisation", "share"), "employer register")
    except research.ResearchError as problem:
        raise CredentialsError(f"{problem} (share records the learner's consent: yes or no)") from None
    sharing, seen = [], set()
    for number, row in rows:
        answer = row["share"].lower()
        if not row["student_id"] or not row["organisation"]:
            raise CredentialsError(f"employer register {path}, line {number}: student_id and organisation are needed")
        if answer not in research.YES | research.NO:
            raise CredentialsError(
                f"employer register {path}, line {number}: share must be yes or no (the learner's consent), "
                f"not {row['share']!r}"
            )
        if row["student_id"] in seen:
            raise CredentialsError(f"employer register {path}, line {number}: {row['student_id']} is listed twice")
        seen.add(row["student_id"])
        if answer in research.YES:
            sharing.append(Employee(row["student_id"], row["organisation"]))
    return sharing


def file_stem(organisation: str) -> str:
    """A file name for an organisation: ``Société Exemple`` → ``societe-exemple``."""
    ascii_name = unicodedata.normalize("NFKD", organisation).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "organisation"


def record_rows(
    employees: list[Employee],
    completions: dict[str, Completion],
    rules: Rules,
    names: dict[str, str],
    competence_names: list[str],
    language: str,
) -> dict[str, list[dict]]:
    """Each organisation's rows: one per consenting learner, with what they completed and when."""
    titles = {module.number: module.titled(language) for module in rules.modules}
    minutes = {module.number: module.duration().module for module in rules.modules}
    by_organisation: dict[str, list[dict]] = {}
    for employee in employees:
        completion = completions.get(employee.student_id) or Completion(employee.student_id, False)
        done = [titles[number] for number in completion.modules_met]
        by_organisation.setdefault(employee.organisation, []).append(
            {
                "name": names.get(employee.student_id) or employee.student_id,
                "student_id": employee.student_id,
                "completed_on": completion.completed_at.date() if completion.completed_at else None,
                "modules": done,
                "hours": round(sum(minutes[number] for number in completion.modules_met) / 60, 2),
                "competences": competence_names if completion.completed else [],
            }
        )
    return by_organisation


def csv_text(rows: list[dict]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow(
            [
                row["name"],
                row["student_id"],
                row["completed_on"].isoformat() if row["completed_on"] else "",
                " | ".join(row["modules"]),
                f"{row['hours']:.2f}",
                " | ".join(row["competences"]),
            ]
        )
    return buffer.getvalue()


def write_records(
    out: Path, by_organisation: dict[str, list[dict]], issuer_name: str, competence_names: list[str], language: str
) -> list[Path]:
    """``<out>/<organisation>.csv`` and ``.pdf`` for each organisation; everything is rendered before writing."""
    from autograder.credentials.pdf import render_organisation_record

    out = Path(out)
    stems = {}
    for organisation in by_organisation:
        stem = file_stem(organisation)
        if stem in stems.values():
            raise CredentialsError(f"two organisations give the same file name {stem}: rename one in the register")
        stems[organisation] = stem
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for organisation, rows in sorted(by_organisation.items()):
        stem = stems[organisation]
        (out / f"{stem}.csv").write_text(csv_text(rows), encoding="utf-8")
        render_organisation_record(
            out / f"{stem}.pdf",
            language=language,
            organisation=organisation,
            issuer_name=issuer_name,
            rows=[{key: row[key] for key in ("name", "completed_on", "modules", "hours")} for row in rows],
            competences=competence_names,
            generated_on=date.today(),
        )
        written += [out / f"{stem}.csv", out / f"{stem}.pdf"]
    return written
