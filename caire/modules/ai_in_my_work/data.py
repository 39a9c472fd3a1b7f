"""Module 17's data: the 48 work tasks the course wrote and labelled (``data/tasks.json``, CC0, en and fr), the
words of a task, and the rows of an AI-use register (checked, written as CSV)."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import asdict, dataclass, fields
from functools import cache
from pathlib import Path

from caire.core.i18n import check_language, get_language
from caire.core.validation import one_of

_FOLDER = Path(__file__).parent / "data"
#: The three exposure ratings, from most to least exposed.
LABELS = ("automation", "augmentation", "low")
#: The professions of the tasks (in the order of the chart).
PROFESSIONS = ("office", "health", "engineering", "teaching", "public", "logistics")
#: The roles an organisation can have for an AI system (AI Act Art. 3(3) and 3(4)).
ROLES = ("deployer", "provider")
#: The AI Act's risk tiers of a use, as module 13 teaches them ("unsure" until someone has checked).
TIERS = ("minimal", "transparency", "high", "prohibited", "unsure")
#: Word endings cut off before comparing words, so that "write", "writes" and "writing" meet (a crude stemmer).
STEM = 5
_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "for",
        "and",
        "or",
        "with",
        "from",
        "by",
        "at",
        "into",
        "its",
        "their",
        "his",
        "her",
        "our",
        "your",
        "this",
        "that",
        "as",
        "be",
        "is",
        "are",
        "un",
        "une",
        "le",
        "la",
        "les",
        "l",
        "d",
        "de",
        "des",
        "du",
        "à",
        "au",
        "aux",
        "en",
        "et",
        "ou",
        "avec",
        "par",
        "pour",
        "sur",
        "dans",
        "sa",
        "son",
        "ses",
        "leur",
        "leurs",
        "ce",
        "cette",
        "qu",
        "que",
        "se",
        "s",
        "y",
        "est",
        "sont",
    ]
)


@dataclass(frozen=True)
class Task:
    """A work task: its text in the learner's language, the profession it comes from, and the course's label."""

    text: str
    profession: str
    label: str


@cache
def _file() -> dict:
    return json.loads((_FOLDER / "tasks.json").read_text(encoding="utf-8"))


def load_tasks(language: str | None = None) -> tuple[Task, ...]:
    """The 48 tasks in ``language`` (the learner's by default), in the file's order."""
    language = check_language(language or get_language())
    return tuple(Task(item[language], item["profession"], item["label"]) for item in _file()["tasks"])


def words(text: str) -> list[str]:
    """The words of ``text`` that carry meaning, lower case, cut to their first ``STEM`` letters."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a text; got {type(text).__name__}")
    found = re.findall(r"[^\W\d_]+", text.lower().replace("'", " ").replace("\u2019", " "))
    return [word[:STEM] for word in found if word not in _STOP and len(word) > 1]


def check_label(name: str, value: object) -> str:
    """``value`` if it is one of ``LABELS``, else a TypeError/ValueError naming ``name``."""
    return one_of(name, value, LABELS)


@dataclass(frozen=True)
class RegisterEntry:
    """One AI system in an organisation's AI-use register."""

    system: str
    purpose: str
    role: str
    tier: str
    data: str
    oversight: str
    incident_contact: str


#: The columns of the register, in order (the CSV's header).
REGISTER_COLUMNS = tuple(field.name for field in fields(RegisterEntry))
#: The longest text a register cell accepts.
MAX_CELL = 300


def register_entry(
    system: str, purpose: str, role: str, tier: str, data: str, oversight: str, incident_contact: str
) -> RegisterEntry:
    """A checked register row: every text filled in (at most ``MAX_CELL`` characters), role and tier known."""
    values = {"system": system, "purpose": purpose, "data": data, "oversight": oversight}
    values["incident_contact"] = incident_contact
    for name, value in values.items():
        if not isinstance(value, str):
            raise TypeError(f"{name} must be a text; got {type(value).__name__}")
        if not value.strip():
            raise ValueError(f"{name} must not be empty")
        if len(value) > MAX_CELL:
            raise ValueError(f"{name} must be at most {MAX_CELL} characters; got {len(value)}")
    return RegisterEntry(
        system.strip(),
        purpose.strip(),
        one_of("role", role, ROLES),
        one_of("tier", tier, TIERS),
        data.strip(),
        oversight.strip(),
        incident_contact.strip(),
    )


def register_entries(entries: object) -> list[RegisterEntry]:
    if not isinstance(entries, (list, tuple)):
        raise TypeError(f"entries must be a list of register rows; got {type(entries).__name__}")
    checked = []
    for entry in entries:
        if isinstance(entry, RegisterEntry):
            checked.append(entry)
        elif isinstance(entry, dict):
            unknown = sorted(set(entry) - set(REGISTER_COLUMNS))
            missing = [name for name in REGISTER_COLUMNS if name not in entry]
            if unknown or missing:
                raise ValueError(
                    f"entries: each row needs exactly the keys {', '.join(REGISTER_COLUMNS)}; "
                    f"{'unknown ' + unknown[0] if unknown else 'missing ' + missing[0]}"
                )
            checked.append(register_entry(**entry))
        else:
            raise TypeError(f"entries must hold register rows (dicts); got {type(entry).__name__}")
    return checked


def register_csv(entries: list) -> str:
    """The register as CSV text, one row a system under a header of ``REGISTER_COLUMNS``."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=REGISTER_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for entry in register_entries(entries):
        writer.writerow(asdict(entry))
    return buffer.getvalue()


#: Where save_register writes by default: next to the notebook (the kernel's working folder).
REGISTER_FILE = "my-ai-register.csv"


def save_register(entries: list, path: str | Path = REGISTER_FILE) -> Path:
    """Write the register as CSV (UTF-8) to ``path``; return the path written."""
    if not isinstance(path, (str, Path)) or not str(path).strip():
        raise TypeError(f"path must be a file name; got {path!r}")
    path = Path(path)
    if path.suffix.lower() != ".csv":
        raise ValueError(f"path must end in .csv; got {path.name!r}")
    text = register_csv(entries)
    path.write_text(text, encoding="utf-8")
    return path


def example_register(language: str | None = None) -> list[RegisterEntry]:
    """A fictional town hall's register (data/register_example.json), in ``language`` (the learner's by default)."""
    language = check_language(language or get_language())
    rows = json.loads((_FOLDER / "register_example.json").read_text(encoding="utf-8"))["rows"]
    return [register_entry(role=row["role"], tier=row["tier"], **row[language]) for row in rows]
