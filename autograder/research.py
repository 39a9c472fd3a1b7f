"""Learning data for research: a consented, pseudonymised export of nbgrader's gradebook, and item analysis.

    python -m autograder research init-key [--key-file PATH]
    python -m autograder research export --out DIR [--key-file PATH] [--consent CSV] [--groups CSV]
                                         [--assignment ID ...] [--course DIR] [--min-group N]
    python -m autograder research items  --out DIR [--consent CSV] [--groups CSV]
                                         [--assignment ID ...] [--course DIR] [--min-group N]

``export`` writes one row per learner and question (``learning_data.csv`` and ``.parquet``), the item
analysis (``items``, ``assignments``, ``distributions``) and a data dictionary (``data_dictionary.md`` and
``.json``) into a new or empty folder. ``items`` writes the item analysis and its dictionary only.

- **Consent.** Only learners marked ``yes`` in the trainer's consent register (CSV ``student_id,consent``,
  optional ``group``; default ``<course>/research-consent.csv``) are exported. No register: nobody is.
- **Pseudonyms.** A learner appears only as the first 16 hexadecimal digits of HMAC-SHA256(key, student
  id). The key is a secret file outside the repository, the course directory and the export (default
  ``~/.config/caire/research.key``, created mode 0600 by ``init-key``): the same key gives the same
  pseudonyms in every export, another key gives unrelated ones, and without the key nobody can link a
  pseudonym back to a student id. Names and e-mails are never read.
- **Small groups.** Every aggregate over fewer than ``--min-group`` learners (5, the least allowed) is
  written as an empty cell with ``suppressed`` true, never its value; see :func:`item_analysis`.
- **Nothing half-written.** Every input is checked before anything is written; the files are written into
  a temporary folder that becomes ``--out`` only once complete. An error leaves ``--out`` absent or empty.

Exit code: 0 when written, 2 on an error (with a message that says what to do).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import hmac
import json
import math
import os
import secrets
import shutil
import sys
import tempfile
import urllib.parse
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pandas as pd

from autograder import course_directory, secret_files

REPOSITORY = Path(__file__).resolve().parent.parent
#: Aggregates over fewer learners than this are never published (the default and the least allowed).
MIN_GROUP = 5
#: Where ``init-key`` writes the key and ``export`` reads it, unless --key-file or $CAIRE_RESEARCH_KEY says.
DEFAULT_KEY_FILE = "~/.config/caire/research.key"
#: The consent register and the optional group list, in the course directory unless told otherwise.
CONSENT_FILE = "research-consent.csv"
GROUPS_FILE = "groups.csv"
#: Pseudonym length in hexadecimal digits (64 bits: no collision in any realistic cohort).
PSEUDONYM_DIGITS = 16
#: Score distributions count learners in bins of this width (a fraction of the maximum score).
BIN_WIDTH = 0.2
TOTAL = "(total)"
YES = {"yes", "y", "oui", "o", "true", "1"}
NO = {"no", "n", "non", "false", "0"}


class ResearchError(Exception):
    """A problem the trainer can fix (missing key, bad register, unknown assignment...): nothing was written."""


# --- the key and the pseudonyms ----------------------------------------------------------------------------


def default_key_file() -> Path:
    return Path(os.environ.get("CAIRE_RESEARCH_KEY", "").strip() or DEFAULT_KEY_FILE).expanduser()


def check_key_location(path: Path, out: Path | None = None, course: Path | None = None) -> None:
    """Refuse a key kept where it would travel with what it protects: the repository, the course, the export."""
    places = [("the course directory", course or course_directory())]
    if out is not None:
        places.append(("the output folder", out))
    secret_files.check_location(
        path,
        "the research key",
        places,
        f"{DEFAULT_KEY_FILE} (whoever holds the key can re-identify learners)",
        ResearchError,
    )


def init_key(path: Path | str | None = None, course: Path | None = None) -> Path:
    """Create a new secret key (32 random bytes, hexadecimal) readable by its owner only; never overwrite one."""
    path = Path(path).expanduser() if path else default_key_file()
    check_key_location(path, course=course)
    return secret_files.create(
        path,
        (secrets.token_hex(32) + "\n").encode("ascii"),
        "a research key",
        ResearchError,
        "keep it (a new key gives every learner new pseudonyms, so new exports no longer match old ones); "
        "delete it yourself only if that is what you want",
    )


def read_key(path: Path | str | None = None, out: Path | None = None, course: Path | None = None) -> bytes:
    """The secret key of a key file made by ``init-key``; a clear ResearchError if it is missing or exposed."""
    path = Path(path).expanduser() if path else default_key_file()
    check_key_location(path, out, course)
    content = secret_files.read(
        path,
        "research key",
        ResearchError,
        f"create one with `python -m autograder research init-key"
        f"{'' if path == default_key_file() else f' --key-file {path}'}` (outside the repository), "
        "and keep it: the same key gives the same pseudonyms in every export",
    )
    text = content.decode("ascii", errors="replace").strip()
    try:
        key = bytes.fromhex(text)
    except ValueError:
        key = b""
    if len(key) < 32:
        raise ResearchError(
            f"{path} is not a research key (64 hexadecimal digits expected): "
            "create one with `python -m autograder research init-key`"
        )
    return key


def pseudonym(key: bytes, student_id: str) -> str:
    """The learner's pseudonym: HMAC-SHA256 of the student id under the secret key, 16 hex digits."""
    return hmac.new(key, str(student_id).encode("utf-8"), hashlib.sha256).hexdigest()[:PSEUDONYM_DIGITS]


def key_id(key: bytes) -> str:
    """A name for the key that reveals nothing about it: two exports with the same key_id share pseudonyms."""
    return hmac.new(key, b"caire research key id", hashlib.sha256).hexdigest()[:8]


# --- the consent register and the groups ---------------------------------------------------------------------


@dataclass
class Register:
    """Who consented (student id -> True/False) and the optional group of each student."""

    consent: dict[str, bool] = field(default_factory=dict)
    groups: dict[str, str] = field(default_factory=dict)

    @property
    def consenting(self) -> set[str]:
        return {student for student, given in self.consent.items() if given}


def read_table(path: Path, required: tuple[str, ...], what: str) -> list[tuple[int, dict]]:
    """(line number, row) of a small CSV kept by the trainer (comma or semicolon, UTF-8 with or without BOM)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise ResearchError(f"{what} {path} is not UTF-8 text: save it as CSV UTF-8") from None
    lines = text.splitlines()
    if not lines or not lines[0].strip():
        raise ResearchError(f"{what} {path} is empty: its first line must be the header {','.join(required)}")
    delimiter = ";" if lines[0].count(";") > lines[0].count(",") else ","
    reader = csv.reader(lines, delimiter=delimiter)
    header = [name.strip().lower() for name in next(reader)]
    missing = [name for name in required if name not in header]
    if missing:
        raise ResearchError(
            f"{what} {path}: the first line must name the columns {','.join(required)} "
            f"(missing: {', '.join(missing)}; found: {','.join(header) or 'nothing'})"
        )
    if len(set(header)) != len(header):
        raise ResearchError(f"{what} {path}: a column is named twice in the header")
    rows = []
    for number, cells in enumerate(reader, start=2):
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) != len(header):
            raise ResearchError(f"{what} {path}, line {number}: {len(cells)} values for {len(header)} columns")
        rows.append((number, {name: cell.strip() for name, cell in zip(header, cells)}))
    return rows


def read_consent(path: Path) -> Register:
    """The consent register: ``student_id,consent[,group]`` with consent yes/no (oui/non accepted)."""
    path = Path(path).expanduser()
    if not path.is_file():
        raise ResearchError(
            f"no consent register at {path}: nobody is exported. Keep one as a CSV file with the columns "
            "student_id,consent (yes or no for each learner, optional group column) and pass it with --consent; "
            "see docs/research.md"
        )
    register = Register()
    for number, row in read_table(path, ("student_id", "consent"), "consent register"):
        student, answer = row["student_id"], row["consent"].lower()
        if not student:
            raise ResearchError(f"consent register {path}, line {number}: the student_id is empty")
        if answer not in YES | NO:
            raise ResearchError(
                f"consent register {path}, line {number}: consent must be yes or no, not {row['consent']!r}"
            )
        given = answer in YES
        if register.consent.get(student, given) != given:
            raise ResearchError(
                f"consent register {path}, line {number}: this student is listed twice, "
                "once with yes and once with no; keep one line per student"
            )
        register.consent[student] = given
        if row.get("group"):
            register.groups[student] = row["group"]
    return register


def read_groups(path: Path) -> dict[str, str]:
    """``groups.csv``: ``student_id,group``, one line per student (optional)."""
    groups = {}
    for number, row in read_table(Path(path), ("student_id", "group"), "group list"):
        if not row["student_id"]:
            raise ResearchError(f"group list {path}, line {number}: the student_id is empty")
        if row["group"]:
            groups[row["student_id"]] = row["group"]
    return groups


def load_groups(course: Path, register: Register | None = None, groups_file: Path | None = None) -> dict[str, str]:
    """Each student's group: from the consent register's group column, else from groups.csv (if any)."""
    path = Path(groups_file).expanduser() if groups_file else Path(course) / GROUPS_FILE
    if groups_file and not path.is_file():
        raise ResearchError(f"no group list at {path}")
    groups = read_groups(path) if path.is_file() else {}
    if register is not None:
        groups.update(register.groups)
    return groups


# --- the gradebook -------------------------------------------------------------------------------------------

GRADE_COLUMNS = [
    "student_id",
    "assignment",
    "notebook",
    "question",
    "score",
    "max_score",
    "submitted_at",
    "needs_manual_grade",
]


def gradebook_path(course: Path) -> Path:
    return Path(course) / "gradebook.db"


@contextmanager
def open_gradebook(course: Path):
    """nbgrader's Gradebook on ``<course>/gradebook.db``, opened read-only (nothing is ever written to it)."""
    from nbgrader.api import Gradebook
    from sqlalchemy import create_engine, inspect

    path = gradebook_path(course)
    if not path.is_file():
        raise ResearchError(
            f"no gradebook at {path}: grade the assignments first (python -m autograder grade or nbgrader "
            "autograde), or point --course or $CAIRE_COURSE_DIR at the course directory"
        )
    url = f"sqlite:///file:{urllib.parse.quote(str(path.resolve()))}?mode=ro&uri=true"
    engine = create_engine(url)
    try:
        tables = set(inspect(engine).get_table_names())
    except Exception as problem:
        raise ResearchError(f"{path} cannot be read as a gradebook ({problem})") from None
    finally:
        engine.dispose()
    if not {"grade", "submitted_assignment", "grade_cells", "student"} <= tables:
        raise ResearchError(f"{path} is not an nbgrader gradebook (it has no grade tables)")
    # course_id="" keeps nbgrader from adding a course row, which a read-only database would refuse.
    with Gradebook(url, course_id="") as gradebook:
        yield gradebook


def read_student_ids(course: Path) -> list[str]:
    """Every student id the gradebook knows, with or without a submission (to size a cohort)."""
    with open_gradebook(course) as gradebook:
        return sorted(student.id for student in gradebook.students)


def read_grades(course: Path, assignments: list[str] | None = None) -> pd.DataFrame:
    """Every grade of every submission (one row per student and graded cell), read-only from nbgrader's gradebook.

    Raises ResearchError if there is no gradebook, it holds no submission, or an assignment is unknown.
    """
    from nbgrader.api import Assignment, Grade, GradeCell, Notebook, SubmittedAssignment, SubmittedNotebook, TaskCell

    rows = []
    with open_gradebook(course) as gradebook:
        known = [assignment.name for assignment in gradebook.assignments]
        if assignments:
            unknown = sorted(set(assignments) - set(known))
            if unknown:
                raise ResearchError(
                    f"unknown assignment(s): {', '.join(unknown)}; the gradebook has: {', '.join(known) or 'none'}"
                )
        for cell in (GradeCell, TaskCell):
            query = (
                gradebook.db.query(
                    SubmittedAssignment.student_id,
                    Assignment.name,
                    Notebook.name,
                    cell.name,
                    Grade.score,
                    cell.max_score,
                    SubmittedAssignment.timestamp,
                    Grade.needs_manual_grade,
                )
                .select_from(Grade)
                .join(cell, Grade.cell_id == cell.id)
                .join(SubmittedNotebook, Grade.notebook_id == SubmittedNotebook.id)
                .join(SubmittedAssignment, SubmittedNotebook.assignment_id == SubmittedAssignment.id)
                .join(Notebook, SubmittedNotebook.notebook_id == Notebook.id)
                .join(Assignment, SubmittedAssignment.assignment_id == Assignment.id)
            )
            if assignments:
                query = query.filter(Assignment.name.in_(list(assignments)))
            rows += query.all()
    grades = pd.DataFrame(rows, columns=GRADE_COLUMNS)
    if grades.empty:
        which = f" for {', '.join(assignments)}" if assignments else ""
        raise ResearchError(
            f"the gradebook at {gradebook_path(course)} holds no graded submission{which} yet: "
            "grade the submissions first"
        )
    grades["score"] = grades["score"].astype(float).fillna(0.0)
    grades["max_score"] = grades["max_score"].astype(float)
    grades["needs_manual_grade"] = grades["needs_manual_grade"].astype(bool)
    grades["submitted_at"] = pd.to_datetime(grades["submitted_at"], utc=True)
    return grades.sort_values(["assignment", "student_id", "notebook", "question"], ignore_index=True)


def attempts(course: Path, assignment: str) -> dict[str, int]:
    """Submissions of each student for an assignment, from our grader's journal (distinct submitted files).

    A student the journal does not know (graded by ``nbgrader autograde``) counts as 1.
    """
    journal = Path(course) / "autograder-runs" / assignment / "journal.jsonl"
    seen: dict[str, set] = {}
    if journal.is_file():
        for line in journal.read_text(encoding="utf-8", errors="replace").splitlines():
            try:
                entry = json.loads(line)
                seen.setdefault(str(entry["student"]), set()).add(entry.get("fingerprint") or "")
            except (ValueError, KeyError, TypeError):
                continue
    return {student: max(1, len(prints - {""})) for student, prints in seen.items()}


def submission_mode(course: Path, student: str, assignment: str, notebook: str) -> str:
    """ "app" when the autograded notebook says it came from a Voila app (metadata.caire.mode), else "notebook"."""
    path = Path(course) / "autograded" / student / assignment / f"{notebook}.ipynb"
    try:
        metadata = json.loads(path.read_text(encoding="utf-8")).get("metadata", {})
        return "app" if metadata.get("caire", {}).get("mode") == "app" else "notebook"
    except (OSError, ValueError, AttributeError):
        return "notebook"


# --- the pseudonymised learning data -------------------------------------------------------------------------

DATA_COLUMNS = [
    "learner",
    "group",
    "assignment",
    "notebook",
    "question",
    "score",
    "max_score",
    "submitted_at",
    "attempt",
    "mode",
    "needs_manual_grade",
]


def learning_data(
    grades: pd.DataFrame, key: bytes, course: Path, consenting: set[str], groups: dict[str, str]
) -> pd.DataFrame:
    """The export: consenting learners only, each under its pseudonym; no student id, name or e-mail."""
    kept = grades[grades["student_id"].isin(consenting)].copy()
    tries = {assignment: attempts(course, assignment) for assignment in kept["assignment"].unique()}
    kept["attempt"] = [tries[a].get(s, 1) for a, s in zip(kept["assignment"], kept["student_id"])]
    modes = {}
    for student, assignment, notebook in (
        kept[["student_id", "assignment", "notebook"]].drop_duplicates().itertuples(index=False)
    ):
        modes[student, assignment, notebook] = submission_mode(course, student, assignment, notebook)
    kept["mode"] = [modes[row] for row in zip(kept["student_id"], kept["assignment"], kept["notebook"])]
    kept["group"] = kept["student_id"].map(lambda student: groups.get(student, ""))
    kept["learner"] = kept["student_id"].map(lambda student: pseudonym(key, student))
    data = kept[DATA_COLUMNS].astype({"attempt": "int64", "group": "str", "learner": "str"})
    return data.sort_values(["assignment", "learner", "notebook", "question"], ignore_index=True)


# --- item analysis -------------------------------------------------------------------------------------------


def _pearson(x: np.ndarray, y: np.ndarray) -> float:
    if len(x) < 2:
        return math.nan
    x, y = x - x.mean(), y - y.mean()
    spread = math.sqrt(float((x * x).sum()) * float((y * y).sum()))
    return float((x * y).sum()) / spread if spread > 1e-12 else math.nan


def item_statistics(scores: np.ndarray, maxima: np.ndarray) -> dict:
    """Classical test theory on a learners x items score matrix.

    - difficulty of item j: mean score / maximum score (1 = everyone got full marks);
    - discrimination of item j: item-rest correlation, Pearson's r between the item's scores and each
      learner's total over the *other* items (undefined with one item or when either has no variance);
    - Cronbach's alpha: k/(k-1) * (1 - sum of item variances / variance of the totals), sample variances
      (undefined with fewer than 2 items or when totals do not vary).
    """
    scores = np.asarray(scores, dtype=float)
    maxima = np.asarray(maxima, dtype=float)
    learners, items = scores.shape
    total = scores.sum(axis=1)
    mean = scores.mean(axis=0) if learners else np.full(items, math.nan)
    with np.errstate(divide="ignore", invalid="ignore"):
        difficulty = np.where(maxima > 0, mean / maxima, math.nan)
    discrimination = np.array(
        [_pearson(scores[:, j], total - scores[:, j]) if items > 1 else math.nan for j in range(items)]
    )
    alpha = math.nan
    if items > 1 and learners > 1:
        total_variance = total.var(ddof=1)
        if total_variance > 1e-12:
            alpha = items / (items - 1) * (1 - scores.var(axis=0, ddof=1).sum() / total_variance)
    return {
        "mean": mean,
        "difficulty": difficulty,
        "discrimination": discrimination,
        "alpha": alpha,
        "total_mean": float(total.mean()) if learners else math.nan,
        "total_sd": float(total.std(ddof=1)) if learners > 1 else math.nan,
    }


def bin_labels() -> list[tuple[float, float, str]]:
    """(low, high, label) of each bin of the score distributions: 0-20%, 20-40%, ... 80-100%."""
    count = round(1 / BIN_WIDTH)
    return [
        (
            round(i * BIN_WIDTH, 6),
            round((i + 1) * BIN_WIDTH, 6),
            f"{round(100 * i * BIN_WIDTH)}-{round(100 * (i + 1) * BIN_WIDTH)}%",
        )
        for i in range(count)
    ]


def bin_counts(fractions: np.ndarray) -> np.ndarray:
    """Learners per bin of the fraction of the maximum score (the last bin includes 100%)."""
    count = round(1 / BIN_WIDTH)
    index = np.clip(np.floor(np.clip(fractions, 0, 1) / BIN_WIDTH + 1e-9), 0, count - 1).astype(int)
    return np.bincount(index, minlength=count)


def suppress_counts(counts: np.ndarray, min_group: int) -> np.ndarray:
    """Which counts of a distribution to hide: those from 1 to min_group-1, then, while the hidden counts
    together hold from 1 to min_group-1 learners (their sum follows from the published total), the smallest
    other non-zero count as well."""
    counts = np.asarray(counts)
    hidden = (counts > 0) & (counts < min_group)
    while 0 < counts[hidden].sum() < min_group:
        others = np.where(~hidden & (counts > 0))[0]
        if not len(others):
            break
        hidden[others[np.argmin(counts[others])]] = True
    return hidden


def suppressed_groups(sizes: dict[str, int], ungrouped: int, min_group: int) -> set[str]:
    """Groups whose aggregates are hidden: those of fewer than min_group learners, then, while the learners not
    shown (hidden groups and learners without a group, never shown) number from 1 to min_group-1 (their
    aggregate would follow from "all learners" minus the shown groups), the smallest shown group as well."""
    hidden = {group for group, size in sizes.items() if size < min_group}
    unseen = sum(sizes[group] for group in hidden) + ungrouped
    shown = sorted((size, group) for group, size in sizes.items() if group not in hidden)
    while 0 < unseen < min_group and shown:
        size, group = shown.pop(0)
        hidden.add(group)
        unseen += size
    return hidden


ITEM_COLUMNS = [
    "scope",
    "group",
    "assignment",
    "notebook",
    "question",
    "max_score",
    "n_learners",
    "mean_score",
    "difficulty",
    "discrimination",
    "suppressed",
    "note",
]
ASSIGNMENT_COLUMNS = [
    "scope",
    "group",
    "assignment",
    "n_items",
    "max_total",
    "n_learners",
    "mean_total",
    "sd_total",
    "cronbach_alpha",
    "suppressed",
    "note",
]
DISTRIBUTION_COLUMNS = [
    "scope",
    "group",
    "assignment",
    "notebook",
    "question",
    "bin",
    "bin_low",
    "bin_high",
    "count",
    "suppressed",
]


def _note(value: float, suppressed: bool, why: str) -> str:
    if suppressed:
        return "suppressed"
    return why if isinstance(value, float) and math.isnan(value) else ""


def item_analysis(data: pd.DataFrame, min_group: int = MIN_GROUP) -> dict[str, pd.DataFrame]:
    """Per question, per assignment and per score bin, for all learners and for each group.

    ``data`` has one row per learner and question (columns learner, group, assignment, notebook, question,
    score, max_score), as :func:`learning_data` returns. Every aggregate over fewer than ``min_group``
    learners is left empty with ``suppressed`` True (see :func:`suppressed_groups` and :func:`suppress_counts`).
    """
    if min_group < MIN_GROUP:
        raise ValueError(f"min_group must be at least {MIN_GROUP}; got {min_group}")
    items, assignments, distributions = [], [], []
    bins = bin_labels()
    for assignment, part in data.groupby("assignment", sort=True):
        wide = part.pivot_table(
            index="learner", columns=["notebook", "question"], values="score", aggfunc="first"
        ).fillna(0.0)
        maxima = part.groupby(["notebook", "question"])["max_score"].first().reindex(wide.columns)
        group_of = part.groupby("learner")["group"].first().reindex(wide.index).fillna("")
        sizes = group_of[group_of != ""].value_counts().to_dict()
        hidden = suppressed_groups(sizes, int((group_of == "").sum()), min_group)
        scopes = [("all", "", wide.index, len(wide) < min_group)]
        scopes += [
            ("group", group, group_of.index[group_of == group], group in hidden or len(wide) < min_group)
            for group in sorted(sizes)
        ]
        for scope, group, learners, suppressed in scopes:
            scores = wide.loc[learners].to_numpy()
            stats = item_statistics(scores, maxima.to_numpy())
            n = len(learners)
            for j, (notebook, question) in enumerate(wide.columns):
                difficulty, discrimination = float(stats["difficulty"][j]), float(stats["discrimination"][j])
                items.append(
                    {
                        "scope": scope,
                        "group": group,
                        "assignment": assignment,
                        "notebook": notebook,
                        "question": question,
                        "max_score": float(maxima.iloc[j]),
                        "n_learners": None if suppressed else n,
                        "mean_score": None if suppressed else float(stats["mean"][j]),
                        "difficulty": None if suppressed else difficulty,
                        "discrimination": None if suppressed or math.isnan(discrimination) else discrimination,
                        "suppressed": suppressed,
                        "note": _note(discrimination, suppressed, "discrimination undefined (no variance or one item)"),
                    }
                )
                fractions = scores[:, j] / maxima.iloc[j] if maxima.iloc[j] > 0 else np.zeros(n)
                distributions += _distribution(
                    scope, group, assignment, notebook, question, fractions, suppressed, bins, min_group
                )
            alpha = float(stats["alpha"])
            assignments.append(
                {
                    "scope": scope,
                    "group": group,
                    "assignment": assignment,
                    "n_items": wide.shape[1],
                    "max_total": float(maxima.sum()),
                    "n_learners": None if suppressed else n,
                    "mean_total": None if suppressed else stats["total_mean"],
                    "sd_total": None if suppressed or math.isnan(stats["total_sd"]) else stats["total_sd"],
                    "cronbach_alpha": None if suppressed or math.isnan(alpha) else alpha,
                    "suppressed": suppressed,
                    "note": _note(alpha, suppressed, "alpha undefined (fewer than 2 items or totals do not vary)"),
                }
            )
            total_fraction = scores.sum(axis=1) / maxima.sum() if maxima.sum() > 0 else np.zeros(n)
            distributions += _distribution(
                scope, group, assignment, "", TOTAL, total_fraction, suppressed, bins, min_group
            )
    return {
        "items": _typed(pd.DataFrame(items, columns=ITEM_COLUMNS), {"n_learners": "Int64"}),
        "assignments": _typed(pd.DataFrame(assignments, columns=ASSIGNMENT_COLUMNS), {"n_learners": "Int64"}),
        "distributions": _typed(pd.DataFrame(distributions, columns=DISTRIBUTION_COLUMNS), {"count": "Int64"}),
    }


def _distribution(scope, group, assignment, notebook, question, fractions, suppressed, bins, min_group) -> list:
    counts = bin_counts(np.asarray(fractions, dtype=float))
    hidden = np.ones(len(counts), bool) if suppressed else suppress_counts(counts, min_group)
    return [
        {
            "scope": scope,
            "group": group,
            "assignment": assignment,
            "notebook": notebook,
            "question": question,
            "bin": label,
            "bin_low": low,
            "bin_high": high,
            "count": None if hidden[i] else int(counts[i]),
            "suppressed": bool(hidden[i]),
        }
        for i, (low, high, label) in enumerate(bins)
    ]


def _typed(frame: pd.DataFrame, integers: dict) -> pd.DataFrame:
    """Nullable integers for counts (an empty cell, not 12.0), floats for statistics, booleans for flags."""
    texts = {"scope", "group", "assignment", "notebook", "question", "bin", "note"}
    for column in frame.columns:
        if column in integers or column == "n_items":
            frame[column] = frame[column].astype("Int64")
        elif column == "suppressed":
            frame[column] = frame[column].astype(bool)
        elif column in texts:
            frame[column] = frame[column].astype("str")
        else:
            frame[column] = frame[column].astype("float64")
    return frame


# --- the data dictionary -------------------------------------------------------------------------------------

SCOPE_COLUMNS = [
    ("scope", "string", '"all" (every exported learner of the assignment) or "group" (one group, named in group)'),
    ("group", "string", 'the group, when scope is "group"; empty for "all"'),
    ("assignment", "string", "nbgrader assignment id (the -fr / -en suffix is the language)"),
]
SUPPRESSED = (
    "suppressed",
    "boolean",
    f"true when the value cells of this row are left empty because they would "
    f"describe fewer than {MIN_GROUP} learners (or let such a group be worked out); never the value",
)

TABLES = {
    "learning_data": {
        "description": "One row per consenting learner and question (nbgrader grade cell) of each submitted "
        "assignment.",
        "columns": [
            (
                "learner",
                "string",
                f"pseudonym: the first {PSEUDONYM_DIGITS} hexadecimal digits of HMAC-SHA256 of "
                "the student id under the course's secret key (see key_id); the same learner "
                "has the same pseudonym in every export made with the same key",
            ),
            (
                "group",
                "string",
                "the learner's group as the trainer recorded it (consent register or groups.csv); empty if none",
            ),
            ("assignment", "string", "nbgrader assignment id (the -fr / -en suffix is the language)"),
            ("notebook", "string", "notebook of the assignment holding the question"),
            ("question", "string", "the question's grade cell id (grade_id), the same in both languages"),
            (
                "score",
                "number",
                "points earned on the question (manual grade if any, else automatic; extra credit included)",
            ),
            ("max_score", "number", "points the question is worth"),
            (
                "submitted_at",
                "datetime (UTC, ISO 8601)",
                "when the learner submitted the assignment, as nbgrader recorded it; empty if unknown",
            ),
            (
                "attempt",
                "integer",
                "number of different submissions of this assignment by this learner that the "
                "CAIRE grader saw (its journal); 1 when unknown (graded by nbgrader autograde)",
            ),
            (
                "mode",
                "string",
                '"notebook" (answered in the Jupyter notebook) or "app" (answered in the Voila '
                'app: the submission\'s notebook metadata caire.mode is "app")',
            ),
            (
                "needs_manual_grade",
                "boolean",
                "true if a trainer still has to grade this question by hand (the score may change)",
            ),
        ],
    },
    "items": {
        "description": "Item analysis: one row per question, for all learners and for each group.",
        "columns": SCOPE_COLUMNS
        + [
            ("notebook", "string", "notebook of the assignment holding the question"),
            ("question", "string", "the question's grade cell id"),
            ("max_score", "number", "points the question is worth"),
            ("n_learners", "integer", "learners who submitted the assignment (in the scope)"),
            ("mean_score", "number", "mean points earned (unsubmitted questions count 0)"),
            ("difficulty", "number (0-1)", "mean score / max_score: the share of the points earned; low = hard"),
            (
                "discrimination",
                "number (-1 to 1)",
                "item-rest correlation: Pearson correlation between the "
                "question's score and the learner's total on the other "
                "questions of the assignment; empty if undefined (see note)",
            ),
            SUPPRESSED,
            ("note", "string", '"suppressed", or why a statistic is undefined, else empty'),
        ],
    },
    "assignments": {
        "description": "Reliability and totals: one row per assignment, for all learners and for each group.",
        "columns": SCOPE_COLUMNS
        + [
            ("n_items", "integer", "questions (grade cells) in the assignment"),
            ("max_total", "number", "points the assignment is worth"),
            ("n_learners", "integer", "learners who submitted the assignment (in the scope)"),
            ("mean_total", "number", "mean total score"),
            ("sd_total", "number", "standard deviation of the total score (sample, n-1)"),
            (
                "cronbach_alpha",
                "number",
                "Cronbach's alpha: k/(k-1) x (1 - sum of the item variances / variance "
                "of the totals), sample variances; empty if undefined (see note)",
            ),
            SUPPRESSED,
            ("note", "string", '"suppressed", or why alpha is undefined, else empty'),
        ],
    },
    "distributions": {
        "description": "Score distributions: learners per bin of the share of the maximum score, per question and "
        f'for the total (question "{TOTAL}"), for all learners and for each group.',
        "columns": SCOPE_COLUMNS
        + [
            ("notebook", "string", "notebook of the question; empty for the total"),
            ("question", "string", f"the question's grade cell id, or \"{TOTAL}\" for the assignment's total"),
            ("bin", "string", 'the bin, e.g. "40-60%" (the last bin includes 100%)'),
            ("bin_low", "number (0-1)", "lower bound of the bin (included)"),
            ("bin_high", "number (0-1)", "upper bound of the bin (excluded, except 1)"),
            (
                "count",
                "integer",
                f"learners in the bin; empty when from 1 to {MIN_GROUP - 1}, or when more bins "
                "must be hidden so that the hidden ones cannot be worked out of the total",
            ),
            SUPPRESSED,
        ],
    },
}

PSEUDONYMISATION = (
    "Learners are identified only by a keyed hash (HMAC-SHA256) of their student id. The key is kept by the "
    "trainer outside the repository, the course directory and this export: without it a pseudonym cannot be "
    "linked to a student id; with it, the trainer can (this is pseudonymised data under the GDPR, not anonymous "
    "data). No name, e-mail or student id is exported. Only learners who consented are included."
)
SUPPRESSION = (
    f"Every aggregate over fewer than {MIN_GROUP} learners is left empty with suppressed = true. Hidden values "
    "could be worked out by difference (all learners minus the shown groups, a total minus the shown bins): so "
    f"more groups or bins are hidden until the hidden ones together hold none or at least {MIN_GROUP} learners."
)


def dictionary(tables: dict[str, pd.DataFrame], key: bytes | None, min_group: int, command: str) -> dict:
    """The machine-readable data dictionary of an export."""
    return {
        "title": "CAIRE learning data",
        "created": datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z"),
        "command": command,
        "key_id": key_id(key) if key else None,
        "min_group": min_group,
        "pseudonymisation": PSEUDONYMISATION,
        "suppression": SUPPRESSION.replace(f"fewer than {MIN_GROUP}", f"fewer than {min_group}"),
        "tables": [
            {
                "name": name,
                "files": [f"{name}.csv", f"{name}.parquet"],
                "description": TABLES[name]["description"],
                "rows": len(frame),
                "columns": [
                    {"name": c, "type": kind, "description": text} for c, kind, text in TABLES[name]["columns"]
                ],
            }
            for name, frame in tables.items()
        ],
    }


def dictionary_markdown(spec: dict) -> str:
    lines = [f"# {spec['title']}: data dictionary", "", f"Written {spec['created']} by `{spec['command']}`."]
    if spec["key_id"]:
        lines.append(f"Key id `{spec['key_id']}`: exports with the same key id share pseudonyms.")
    lines += [
        "",
        "## Pseudonymisation",
        "",
        spec["pseudonymisation"],
        "",
        "## Small groups",
        "",
        spec["suppression"],
        "",
    ]
    for table in spec["tables"]:
        lines += [
            f"## {table['name']}",
            "",
            table["description"],
            "",
            f"Files: {', '.join(f'`{name}`' for name in table['files'])}; {table['rows']} rows.",
            "",
            "| column | type | meaning |",
            "|---|---|---|",
        ]
        lines += [f"| `{c['name']}` | {c['type']} | {c['description'].replace('|', '/')} |" for c in table["columns"]]
        lines.append("")
    return "\n".join(lines)


# --- writing -------------------------------------------------------------------------------------------------


def check_out(out: Path, course: Path) -> Path:
    """The output folder, absolute: new or empty, and not where git could pick it up."""
    out = Path(out).expanduser().resolve()
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise ResearchError(f"{out} exists and is not an empty folder: choose a new folder for the export")
    if secret_files.inside(out, REPOSITORY) and not secret_files.inside(out, course):
        raise ResearchError(
            f"{out} is inside the repository: write exports outside it (they hold personal data "
            "that must never reach git)"
        )
    return out


def _csv_ready(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.copy()
    for column in frame.columns:
        if isinstance(frame[column].dtype, pd.DatetimeTZDtype):
            frame[column] = frame[column].dt.strftime("%Y-%m-%dT%H:%M:%S.%fZ").str.replace(".000000Z", "Z")
        elif frame[column].dtype == bool:
            frame[column] = frame[column].map({True: "true", False: "false"})
    return frame


def write_export(out: Path, tables: dict[str, pd.DataFrame], spec: dict) -> list[Path]:
    """Write every table (CSV and Parquet) and the dictionary into a temporary folder, then make it ``out``."""
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        for name, frame in tables.items():
            _csv_ready(frame).to_csv(staging / f"{name}.csv", index=False, na_rep="")
            frame.to_parquet(staging / f"{name}.parquet", index=False, engine="pyarrow")
        (staging / "data_dictionary.json").write_text(
            json.dumps(spec, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        (staging / "data_dictionary.md").write_text(dictionary_markdown(spec), encoding="utf-8")
        for path in staging.iterdir():
            path.chmod(0o600)
        staging.chmod(0o700)
        if out.exists():
            out.rmdir()  # checked empty
        staging.rename(out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return sorted(out.iterdir())


# --- the two commands ----------------------------------------------------------------------------------------


def _prepare(course, out, consent, groups_file, min_group):
    course = Path(course).expanduser().resolve() if course else course_directory()
    if min_group < MIN_GROUP:
        raise ResearchError(f"--min-group must be at least {MIN_GROUP}")
    out = check_out(out, course)
    register = read_consent(Path(consent).expanduser() if consent else course / CONSENT_FILE)
    groups = load_groups(course, register, groups_file)
    return course, out, register, groups


def _consenting_grades(grades: pd.DataFrame, register: Register) -> pd.DataFrame:
    kept = grades[grades["student_id"].isin(register.consenting)]
    if kept.empty:
        raise ResearchError(
            "no learner who submitted the selected assignments has consented (consent = yes in "
            "the register): nothing is exported"
        )
    return kept


def export(
    out, key_file=None, consent=None, assignments=None, course=None, groups_file=None, min_group: int = MIN_GROUP
) -> dict:
    """``research export``: learning data, item analysis and dictionary into ``out``. Returns a summary."""
    course, out, register, groups = _prepare(course, out, consent, groups_file, min_group)
    key = read_key(key_file, out, course)
    grades = read_grades(course, assignments)
    data = learning_data(_consenting_grades(grades, register), key, course, register.consenting, groups)
    tables = {"learning_data": data, **item_analysis(data, min_group)}
    spec = dictionary(tables, key, min_group, "python -m autograder research export")
    files = write_export(out, tables, spec)
    return {
        "out": str(out),
        "files": [p.name for p in files],
        "rows": len(data),
        "learners": int(data["learner"].nunique()),
        "assignments": sorted(data["assignment"].unique()),
        "left_out": int(grades.loc[~grades["student_id"].isin(register.consenting), "student_id"].nunique()),
        "key_id": key_id(key),
    }


def items(out, consent=None, assignments=None, course=None, groups_file=None, min_group: int = MIN_GROUP) -> dict:
    """``research items``: the item analysis of consenting learners and its dictionary (no key needed)."""
    course, out, register, groups = _prepare(course, out, consent, groups_file, min_group)
    grades = _consenting_grades(read_grades(course, assignments), register)
    # The analysis only needs to tell learners apart: a throw-away key, never written anywhere.
    data = learning_data(grades, secrets.token_bytes(32), course, register.consenting, groups)
    tables = item_analysis(data, min_group)
    files = write_export(out, tables, dictionary(tables, None, min_group, "python -m autograder research items"))
    return {
        "out": str(out),
        "files": [p.name for p in files],
        "learners": int(data["learner"].nunique()),
        "assignments": sorted(data["assignment"].unique()),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m autograder research",
        description="Learning data for research: consented, pseudonymised export "
        "and item analysis (see docs/research.md).",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    init = commands.add_parser("init-key", help="create the secret key that makes pseudonyms (once per course)")
    init.add_argument("--key-file", help=f"where to create it (default: $CAIRE_RESEARCH_KEY or {DEFAULT_KEY_FILE})")
    init.add_argument("--course", help="course directory (default: $CAIRE_COURSE_DIR or course-data/)")
    for name, text in (
        ("export", "consenting learners' grades, pseudonymised, with item analysis and dictionary"),
        ("items", "item analysis only (difficulty, discrimination, alpha, distributions)"),
        ("prepost", "the pre/post test: gains, effect size, attrition, Rasch calibration, DIF, report"),
    ):
        command = commands.add_parser(name, help=text)
        command.add_argument("--out", required=True, help="new or empty folder to write into (outside the repository)")
        if name in ("export", "prepost"):
            command.add_argument("--key-file", help=f"secret key (default: $CAIRE_RESEARCH_KEY or {DEFAULT_KEY_FILE})")
        command.add_argument("--consent", help=f"consent register CSV (default: <course>/{CONSENT_FILE})")
        command.add_argument("--groups", help=f"groups CSV student_id,group (default: <course>/{GROUPS_FILE} if any)")
        if name != "prepost":
            command.add_argument(
                "--assignment", nargs="+", action="extend", metavar="ID", help="only these assignments (default: all)"
            )
        command.add_argument("--course", help="course directory (default: $CAIRE_COURSE_DIR or course-data/)")
        command.add_argument(
            "--min-group",
            type=int,
            default=MIN_GROUP,
            help=f"smallest group an aggregate may describe (default and least: {MIN_GROUP})",
        )
    args = parser.parse_args(argv)
    try:
        if args.command == "init-key":
            course = Path(args.course).expanduser().resolve() if args.course else None
            path = init_key(args.key_file, course)
            print(
                f"created the research key {path} (readable by you only). Keep it, and keep it secret: the same "
                "key gives the same pseudonyms; whoever holds it can re-identify learners."
            )
            return 0
        common = dict(consent=args.consent, course=args.course, groups_file=args.groups, min_group=args.min_group)
        if args.command == "prepost":
            from autograder.prepost import prepost

            summary = prepost(args.out, args.key_file, **common)
            print(
                f"pre/post test: {summary['learners_both_tests']} consenting learner(s) took both tests, "
                f"{summary['learners_pre_only']} the pre-test only; mean ability gain "
                f"{summary['mean_ability_gain']:.2f} logits, d_z {summary['effect_size_dz']:.2f}; written to {summary['out']}."
            )
            print("files: " + ", ".join(summary["files"]))
            return 0
        common["assignments"] = args.assignment
        if args.command == "export":
            summary = export(args.out, args.key_file, **common)
            print(
                f"exported {summary['learners']} consenting learner(s), {summary['rows']} rows, "
                f"{len(summary['assignments'])} assignment(s), key id {summary['key_id']}, to {summary['out']}; "
                f"{summary['left_out']} learner(s) without consent left out."
            )
        else:
            summary = items(args.out, **common)
            print(
                f"item analysis of {summary['learners']} consenting learner(s), "
                f"{len(summary['assignments'])} assignment(s), written to {summary['out']}."
            )
        print("files: " + ", ".join(summary["files"]))
        return 0
    except ResearchError as problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
