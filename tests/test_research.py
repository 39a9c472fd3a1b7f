"""Learning data for research (autograder/research.py) and the trainer dashboard (autograder/dashboard.py).

Every test builds its own synthetic course through nbgrader's API: a gradebook whose learners have
distinctive ids, names and e-mails, a consent register, a grader journal and an autograded notebook. The
checks: no raw id, name or e-mail in any output; stable pseudonyms under one key, different ones under
another; no learner without consent; item statistics equal to hand-computed values; groups under 5 hidden;
bad input refused with a clear message and nothing written; the dashboard notebook runs headless.
"""

from __future__ import annotations

import json
import math
import os
import statistics
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import nbformat
import numpy as np
import pandas as pd
import pytest
from conftest import REPO, tool_env

from autograder import research
from autograder.research import ResearchError, item_analysis, item_statistics, main, pseudonym

# Distinctive parts of every student id, name and e-mail: none may appear in any output.
ID_MARK, FIRST_MARK, LAST_MARK, MAIL_MARK = "zqstud", "Ottoline", "Quarrington", "mailbox-zx.example"
SECRETS = (ID_MARK, FIRST_MARK, LAST_MARK, MAIL_MARK)

# The hand-computed case: 5 learners x 3 questions (max 1, 1, 2) of assignment "hand".
HAND = [[1, 1, 2], [1, 0, 1], [0, 1, 1], [1, 0, 0], [0, 0, 0]]
HAND_MAX = [1, 1, 2]
# difficulty = mean / max: q1 3/5/1, q2 2/5/1, q3 4/5/2.
HAND_DIFFICULTY = [0.6, 0.4, 0.4]
# Cronbach's alpha: item variances (n-1) 0.3, 0.3, 0.7 (sum 1.3); totals 4,2,2,1,0 have variance 2.2;
# alpha = 3/2 * (1 - 1.3/2.2) = 27/44.
HAND_ALPHA = 27 / 44
# Item-rest correlation of q1: q1 = 1,1,0,1,0 and rest = 3,1,2,0,0: cross-products 0.4, sums of squares
# 1.2 and 6.8, r = 0.4 / sqrt(1.2 * 6.8).
HAND_Q1_DISCRIMINATION = 0.4 / math.sqrt(1.2 * 6.8)


@dataclass
class Learner:
    number: int
    group: str = ""
    consent: str | None = "yes"  # None: not in the register

    @property
    def id(self) -> str:
        return f"{ID_MARK}-{self.number:03d}-w"


def learners_of_course() -> list[Learner]:
    """16 learners: 0-6 and 14-15 Lyon, 7-11 Nantes, 12-13 Brest; 13 absent from the register, 14-15 said no.

    Consenting: 0-12, so Lyon 7, Nantes 5, Brest 1 in the export.
    """
    group = ["Lyon"] * 7 + ["Nantes"] * 5 + ["Brest"] * 2 + ["Lyon"] * 2
    consent = ["yes"] * 13 + [None, "no", "no"]
    return [Learner(i, group[i], consent[i]) for i in range(16)]


M01 = {"q1_rule": 1.0, "q2_depth": 1.0, "q3_measures": 2.0}


def m01_scores(number: int) -> list[float]:
    """Varied, deterministic scores for module 01."""
    return [float(number % 2), float((number // 2) % 2), float(number % 3)]


@pytest.fixture(scope="session", autouse=True)
def nbgrader_api():
    """nbgrader runs `alembic heads` for every new gradebook: once, with the venv's alembic, is enough."""
    patch = pytest.MonkeyPatch()
    patch.setenv("PATH", f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    import nbgrader.api as api

    version = api.get_alembic_version()
    patch.setattr(api, "get_alembic_version", lambda: version)
    yield api
    patch.undo()


def build_course(
    course: Path,
    learners: list[Learner],
    assignments: dict,
    scores: dict,
    register: bool = True,
    when: dict | None = None,
) -> Path:
    """A course directory with a gradebook made through nbgrader's API, and a consent register.

    assignments: {assignment: {question: max_score}} (one notebook each, named after the assignment);
    scores: {(learner number, assignment): [score per question]}; when: {(learner number, assignment): timestamp}
    where a submission's time matters (default: a day of November 2026 per learner).
    """
    from nbgrader.api import Gradebook

    course.mkdir(parents=True, exist_ok=True)
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}", course_id="caire") as gradebook:
        for learner in learners:
            gradebook.add_student(
                learner.id,
                first_name=f"{FIRST_MARK}{learner.number}",
                last_name=f"{LAST_MARK}{learner.number}",
                email=f"{learner.id}@{MAIL_MARK}",
            )
        for assignment, questions in assignments.items():
            gradebook.add_assignment(assignment)
            gradebook.add_notebook(f"nb-{assignment}", assignment)
            for question, maximum in questions.items():
                gradebook.add_grade_cell(question, f"nb-{assignment}", assignment, max_score=maximum, cell_type="code")
        by_number = {learner.number: learner for learner in learners}
        for (number, assignment), values in scores.items():
            student = by_number[number].id
            timestamp = (when or {}).get((number, assignment), f"2026-11-{10 + number % 10} 10:00:00")
            gradebook.add_submission(assignment, student, timestamp=timestamp)
            for question, value in zip(assignments[assignment], values):
                grade = gradebook.find_grade(question, f"nb-{assignment}", assignment, student)
                grade.auto_score = value
                grade.needs_manual_grade = False
            gradebook.db.commit()
    if register:
        lines = ["student_id,consent,group"]
        lines += [f"{one.id},{one.consent},{one.group}" for one in learners if one.consent is not None]
        (course / research.CONSENT_FILE).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return course


@pytest.fixture(scope="module")
def course(tmp_path_factory) -> Path:
    """The synthetic course: module 01 by 16 learners, "hand" by 0-4 (and 14, who said no), "unused" by none."""
    learners = learners_of_course()
    scores = {(one.number, "m01-en"): m01_scores(one.number) for one in learners}
    scores |= {(i, "hand"): HAND[i] for i in range(5)}
    scores[14, "hand"] = [0, 1, 2]  # not consenting: must change no statistic
    course = build_course(
        tmp_path_factory.mktemp("course") / "course",
        learners,
        {"m01-en": M01, "hand": dict(zip(["q1", "q2", "q3"], HAND_MAX)), "unused": {"q1": 1.0}},
        scores,
    )
    # Learner 0 answered module 01 in the Voila app; learner 1 submitted it twice (two files in the journal).
    autograded = course / "autograded" / learners[0].id / "m01-en"
    autograded.mkdir(parents=True)
    notebook = nbformat.v4.new_notebook(metadata={"caire": {"mode": "app", "language": "en"}})
    nbformat.write(notebook, autograded / "nb-m01-en.ipynb")
    journal = course / "autograder-runs" / "m01-en" / "journal.jsonl"
    journal.parent.mkdir(parents=True)
    entries = [(learners[1].id, "a1"), (learners[1].id, "b2"), (learners[1].id, "b2"), (learners[2].id, "c3")]
    journal.write_text(
        "".join(json.dumps({"student": s, "status": "graded", "fingerprint": f}) + "\n" for s, f in entries)
        + "not json\n",
        encoding="utf-8",
    )
    return course


@pytest.fixture(scope="module")
def key_file(tmp_path_factory) -> Path:
    return research.init_key(tmp_path_factory.mktemp("keys") / "caire" / "research.key")


@pytest.fixture(scope="module")
def exported(course, key_file, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("exports") / "export"
    assert main(["export", "--out", str(out), "--key-file", str(key_file), "--course", str(course)]) == 0
    return out


def read(out: Path, table: str) -> pd.DataFrame:
    return pd.read_csv(out / f"{table}.csv", keep_default_na=False, na_values=[""], dtype={"group": str, "note": str})


def assert_no_personal_data(text: str, where: str) -> None:
    for secret in SECRETS:
        assert secret.lower() not in text.lower(), f"{secret!r} appears in {where}"


# --- the export ----------------------------------------------------------------------------------------------


def test_export_writes_data_item_analysis_and_dictionary_in_csv_and_parquet(exported):
    names = {path.name for path in exported.iterdir()}
    for table in ("learning_data", "items", "assignments", "distributions"):
        assert {f"{table}.csv", f"{table}.parquet"} <= names
        csv_frame, parquet_frame = read(exported, table), pd.read_parquet(exported / f"{table}.parquet")
        assert list(csv_frame.columns) == list(parquet_frame.columns)
        assert len(csv_frame) == len(parquet_frame)
    assert {"data_dictionary.md", "data_dictionary.json"} <= names
    assert exported.stat().st_mode & 0o077 == 0, "the export is personal data: readable by its owner only"


def test_one_row_per_consenting_learner_and_question(exported, key_file):
    data = read(exported, "learning_data")
    assert list(data.columns) == research.DATA_COLUMNS
    m01 = data[data["assignment"] == "m01-en"]
    assert m01["learner"].nunique() == 13 and len(m01) == 13 * 3
    assert set(m01["question"]) == set(M01)
    key = research.read_key(key_file)
    expected = {pseudonym(key, Learner(i).id): m01_scores(i) for i in range(13)}
    for learner, rows in m01.groupby("learner"):
        by_question = dict(zip(rows["question"], rows["score"]))
        assert [by_question[q] for q in M01] == expected[learner]
        assert list(rows["max_score"]) == [M01[q] for q in rows["question"]]
    assert (data["submitted_at"].str.match(r"^2026-11-\d\dT10:00:00Z$")).all()
    assert not data["needs_manual_grade"].any()


def test_attempt_counts_distinct_submissions_in_the_journal_and_mode_reads_the_notebook_metadata(exported, key_file):
    data = read(exported, "learning_data")
    key = research.read_key(key_file)
    m01 = data[data["assignment"] == "m01-en"].set_index("learner")
    assert set(m01.loc[pseudonym(key, Learner(1).id), "attempt"]) == {2}
    assert set(m01.loc[pseudonym(key, Learner(2).id), "attempt"]) == {1}
    assert set(m01.loc[pseudonym(key, Learner(5).id), "attempt"]) == {1}, "unknown to the journal: 1"
    assert set(m01.loc[pseudonym(key, Learner(0).id), "mode"]) == {"app"}
    assert set(m01.drop(index=pseudonym(key, Learner(0).id))["mode"]) == {"notebook"}
    assert set(data["mode"]) <= {"notebook", "app"}


def test_no_raw_student_id_name_or_email_in_any_output_file(exported):
    for path in exported.iterdir():
        raw = path.read_bytes().decode("latin-1")
        assert_no_personal_data(raw, path.name)
        if path.suffix == ".parquet":  # compressed pages: scan the values too
            assert_no_personal_data(pd.read_parquet(path).to_csv(), path.name + " (values)")


def test_pseudonyms_are_keyed_hmacs_stable_under_one_key_and_different_under_another(
    course, exported, key_file, tmp_path
):
    first = set(read(exported, "learning_data")["learner"])
    assert all(len(p) == research.PSEUDONYM_DIGITS and int(p, 16) >= 0 for p in first)
    again = tmp_path / "again"
    assert main(["export", "--out", str(again), "--key-file", str(key_file), "--course", str(course)]) == 0
    assert set(read(again, "learning_data")["learner"]) == first
    other_key = research.init_key(tmp_path / "other" / "research.key")
    other = tmp_path / "other-export"
    assert main(["export", "--out", str(other), "--key-file", str(other_key), "--course", str(course)]) == 0
    second = set(read(other, "learning_data")["learner"])
    assert len(second) == len(first) and not first & second
    assert (
        json.loads((again / "data_dictionary.json").read_text())["key_id"]
        == research.key_id(research.read_key(key_file))
        != json.loads((other / "data_dictionary.json").read_text())["key_id"]
    )


def test_learners_without_consent_are_absent(exported, key_file):
    data = read(exported, "learning_data")
    key = research.read_key(key_file)
    learners = set(data["learner"])
    assert learners == {pseudonym(key, Learner(i).id) for i in range(13)}
    for refused in (13, 14, 15):  # not in the register, "no", "no"
        assert pseudonym(key, Learner(refused).id) not in learners
    hand = read(exported, "items")
    hand = hand[(hand["assignment"] == "hand") & (hand["scope"] == "all")]
    assert list(hand["n_learners"]) == [5, 5, 5], "learner 14 (no consent) submitted 'hand' but is not counted"


def test_groups_come_from_the_register(exported, key_file):
    data = read(exported, "learning_data").drop_duplicates("learner").set_index("learner")["group"]
    key = research.read_key(key_file)
    assert data[pseudonym(key, Learner(0).id)] == "Lyon" and data[pseudonym(key, Learner(12).id)] == "Brest"


def test_data_dictionary_describes_every_column_of_every_table(exported):
    spec = json.loads((exported / "data_dictionary.json").read_text(encoding="utf-8"))
    markdown = (exported / "data_dictionary.md").read_text(encoding="utf-8")
    assert {table["name"] for table in spec["tables"]} == {"learning_data", "items", "assignments", "distributions"}
    for table in spec["tables"]:
        columns = list(read(exported, table["name"]).columns)
        assert [c["name"] for c in table["columns"]] == columns, table["name"]
        assert all(c["description"] and c["type"] for c in table["columns"])
        assert table["rows"] == len(read(exported, table["name"]))
        for column in columns:
            assert f"`{column}`" in markdown
    assert spec["min_group"] == 5 and "HMAC-SHA256" in spec["pseudonymisation"]


def test_only_the_chosen_assignments_are_exported(course, key_file, tmp_path):
    out = tmp_path / "one"
    assert (
        main(
            ["export", "--out", str(out), "--key-file", str(key_file), "--course", str(course), "--assignment", "hand"]
        )
        == 0
    )
    assert set(read(out, "learning_data")["assignment"]) == {"hand"}
    assert set(read(out, "items")["assignment"]) == {"hand"}


def test_items_command_writes_the_analysis_without_a_key(course, exported, tmp_path):
    out = tmp_path / "items"
    assert main(["items", "--out", str(out), "--course", str(course)]) == 0
    assert {p.name for p in out.iterdir()} == {
        f"{t}.{e}" for t in ("items", "assignments", "distributions") for e in ("csv", "parquet")
    } | {"data_dictionary.md", "data_dictionary.json"}
    pd.testing.assert_frame_equal(read(out, "items"), read(exported, "items"))
    assert json.loads((out / "data_dictionary.json").read_text())["key_id"] is None


def test_the_documented_command_line_runs(course, key_file, tmp_path):
    out = tmp_path / "cli"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "autograder",
            "research",
            "export",
            "--out",
            str(out),
            "--key-file",
            str(key_file),
            "--course",
            str(course),
            "--assignment",
            "hand",
        ],
        cwd=REPO,
        env=tool_env(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "exported 5 consenting learner(s)" in result.stdout and "left out" in result.stdout
    assert_no_personal_data(result.stdout + result.stderr, "the command's output")
    assert (out / "learning_data.parquet").is_file()


# --- item analysis ---------------------------------------------------------------------------------------------


def test_item_statistics_equal_the_hand_computed_values():
    stats = item_statistics(np.array(HAND, float), np.array(HAND_MAX, float))
    assert stats["difficulty"] == pytest.approx(HAND_DIFFICULTY)
    assert stats["alpha"] == pytest.approx(HAND_ALPHA)
    assert stats["discrimination"][0] == pytest.approx(HAND_Q1_DISCRIMINATION)
    # The same formulas, written with the standard library.
    columns = list(zip(*HAND))
    totals = [sum(row) for row in HAND]
    for j, column in enumerate(columns):
        rest = [total - score for total, score in zip(totals, column)]
        assert stats["discrimination"][j] == pytest.approx(statistics.correlation(column, rest))
    k = len(columns)
    assert stats["alpha"] == pytest.approx(
        k / (k - 1) * (1 - sum(statistics.variance(c) for c in columns) / statistics.variance(totals))
    )


def test_exported_item_analysis_of_the_hand_case(exported):
    items = read(exported, "items")
    hand = items[(items["assignment"] == "hand") & (items["scope"] == "all")].set_index("question")
    assert list(hand["difficulty"]) == pytest.approx(HAND_DIFFICULTY)
    assert hand.loc["q1", "discrimination"] == pytest.approx(HAND_Q1_DISCRIMINATION)
    assert list(hand["mean_score"]) == pytest.approx([0.6, 0.4, 0.8])
    assignments = read(exported, "assignments")
    row = assignments[(assignments["assignment"] == "hand") & (assignments["scope"] == "all")].iloc[0]
    assert row["cronbach_alpha"] == pytest.approx(HAND_ALPHA)
    assert row["mean_total"] == pytest.approx(1.8) and row["sd_total"] == pytest.approx(math.sqrt(2.2))
    assert row["n_items"] == 3 and row["max_total"] == 4


def test_undefined_statistics_are_empty_with_a_note():
    data = pd.DataFrame(
        [
            {
                "learner": f"l{i}",
                "group": "",
                "assignment": "a",
                "notebook": "n",
                "question": q,
                "score": 1.0,
                "max_score": 1.0,
            }
            for i in range(6)
            for q in ("q1", "q2")
        ]
    )
    tables = item_analysis(data)
    assert tables["items"]["discrimination"].isna().all()
    assert tables["items"]["note"].str.contains("undefined").all()
    assert tables["assignments"]["cronbach_alpha"].isna().all()
    assert list(tables["items"]["difficulty"]) == [1.0, 1.0]


def test_score_distributions_count_learners_per_bin_and_hide_small_counts():
    fractions = [0.0] * 9 + [0.5] * 2 + [1.0] * 6  # bins 0-20%: 9, 40-60%: 2 (hidden), 80-100%: 6
    data = pd.DataFrame(
        [
            {
                "learner": f"l{i}",
                "group": "",
                "assignment": "a",
                "notebook": "n",
                "question": "q",
                "score": 2 * f,
                "max_score": 2.0,
            }
            for i, f in enumerate(fractions)
        ]
    )
    distribution = item_analysis(data)["distributions"]
    question = distribution[distribution["question"] == "q"].set_index("bin")
    assert list(question.index) == ["0-20%", "20-40%", "40-60%", "60-80%", "80-100%"]
    assert question.loc["0-20%", "count"] == 9 and question.loc["20-40%", "count"] == 0
    assert question.loc["40-60%", "suppressed"] and pd.isna(question.loc["40-60%", "count"])
    # The 2 would follow from the total (17) minus the shown bins: the smallest other non-zero bin goes too.
    assert question.loc["80-100%", "suppressed"] and pd.isna(question.loc["80-100%", "count"])
    assert question["suppressed"].sum() == 2
    total = distribution[distribution["question"] == research.TOTAL]
    assert total["count"].sum() == 9 and total["suppressed"].sum() == 2


@pytest.mark.parametrize(
    "counts, hidden",
    [
        ([9, 0, 2, 0, 6], [False, False, True, False, True]),
        ([9, 0, 5, 0, 6], [False] * 5),
        ([3, 3, 0, 0, 9], [True, True, False, False, False]),  # hidden together: 6
        ([1, 1, 0, 7, 8], [True, True, False, True, False]),
        ([0, 0, 0, 0, 0], [False] * 5),
    ],
)
def test_suppress_counts(counts, hidden):
    assert list(research.suppress_counts(np.array(counts), 5)) == hidden


def test_groups_under_five_are_suppressed_and_cannot_be_worked_out(exported):
    """Export: Lyon 7 shown, Brest 1 hidden, and Nantes 5 hidden too (else Brest = all - Lyon - Nantes)."""
    for table in ("items", "assignments", "distributions"):
        frame = read(exported, table)
        m01 = frame[frame["assignment"] == "m01-en"]
        groups = m01[m01["scope"] == "group"]
        assert set(groups["group"]) == {"Lyon", "Nantes", "Brest"}
        small = groups[groups["group"].isin(["Brest", "Nantes"])]
        assert small["suppressed"].all(), table
        value_columns = [
            c
            for c in (
                "n_learners",
                "mean_score",
                "difficulty",
                "discrimination",
                "mean_total",
                "sd_total",
                "cronbach_alpha",
                "count",
            )
            if c in frame.columns
        ]
        assert small[value_columns].isna().all().all(), f"a hidden value was written in {table}"
        assert not groups[groups["group"] == "Lyon"]["suppressed"].all()
    raw = (exported / "items.csv").read_text().splitlines()
    brest = [line for line in raw if ",Brest,m01-en," in line]
    assert brest and all(line.split(",")[6:10] == ["", "", "", ""] for line in brest)


def test_a_cohort_under_five_is_suppressed_everywhere():
    data = pd.DataFrame(
        [
            {
                "learner": f"l{i}",
                "group": "g",
                "assignment": "a",
                "notebook": "n",
                "question": q,
                "score": float(i % 2),
                "max_score": 1.0,
            }
            for i in range(4)
            for q in ("q1", "q2")
        ]
    )
    tables = item_analysis(data)
    for frame in tables.values():
        assert frame["suppressed"].all()
    assert tables["items"][["n_learners", "mean_score", "difficulty", "discrimination"]].isna().all().all()
    assert tables["distributions"]["count"].isna().all()


@pytest.mark.parametrize(
    "sizes, ungrouped, hidden",
    [
        ({"A": 7, "B": 5, "C": 1}, 0, {"B", "C"}),
        ({"A": 7, "B": 6}, 0, set()),
        ({"A": 7, "B": 6}, 2, {"B"}),  # learners without a group are never shown: B would give them away
        ({"A": 7, "B": 6}, 7, set()),  # 7 learners without a group: not a small group
        ({"A": 7, "B": 3, "C": 2}, 0, {"B", "C"}),  # hidden together: 5
        ({"A": 7, "B": 5, "C": 1}, 1, {"B", "C"}),  # C and the one without a group: 2, so B goes too
        ({"A": 7, "B": 3}, 1, {"A", "B"}),
        ({"A": 4}, 0, {"A"}),
    ],
)
def test_suppressed_groups(sizes, ungrouped, hidden):
    assert research.suppressed_groups(sizes, ungrouped, 5) == hidden


def test_min_group_cannot_be_lowered(course, tmp_path, capsys):
    with pytest.raises(ValueError, match="min_group"):
        item_analysis(pd.DataFrame(columns=research.DATA_COLUMNS), min_group=3)
    assert main(["items", "--out", str(tmp_path / "x"), "--course", str(course), "--min-group", "2"]) == 2
    assert not (tmp_path / "x").exists()


# --- the key ---------------------------------------------------------------------------------------------------


def test_init_key_creates_a_private_key_once(tmp_path, capsys):
    path = tmp_path / "conf" / "research.key"
    assert main(["init-key", "--key-file", str(path)]) == 0
    assert path.stat().st_mode & 0o777 == 0o600
    key = research.read_key(path)
    assert len(key) == 32
    assert main(["init-key", "--key-file", str(path)]) == 2
    assert "exists already" in capsys.readouterr().err
    assert research.read_key(path) == key, "an existing key is never overwritten"


def test_a_key_inside_the_repository_is_refused(tmp_path, capsys):
    inside = REPO / "tests" / "research-test.key"
    assert main(["init-key", "--key-file", str(inside)]) == 2
    assert "inside the repository" in capsys.readouterr().err
    assert not inside.exists()


def test_a_key_inside_the_output_folder_or_readable_by_others_is_refused(course, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["export", "--out", str(out), "--key-file", str(out / "research.key"), "--course", str(course)]) == 2
    assert "inside the output folder" in capsys.readouterr().err
    assert not out.exists()
    loose = research.init_key(tmp_path / "loose.key")
    loose.chmod(0o644)
    with pytest.raises(ResearchError, match="chmod 600"):
        research.read_key(loose, course=course)
    (tmp_path / "not-a-key").write_text("hello")
    (tmp_path / "not-a-key").chmod(0o600)
    with pytest.raises(ResearchError, match="not a research key"):
        research.read_key(tmp_path / "not-a-key", course=course)


# --- bad input: a clear message, nothing written ---------------------------------------------------------------


def bad_consent(course: Path, text: str) -> Path:
    path = course.parent / f"consent-{abs(hash(text))}.csv"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "case, message",
    [
        ("missing key", "no research key"),
        ("no gradebook", "no gradebook at"),
        ("empty gradebook", "holds no graded submission"),
        ("unknown assignment", "unknown assignment(s): nope"),
        ("assignment without submissions", "holds no graded submission for unused"),
        ("no register", "no consent register"),
        ("bad consent value", "consent must be yes or no"),
        ("missing consent column", "must name the columns student_id,consent"),
        ("contradictory consent", "listed twice"),
        ("empty consent file", "is empty"),
        ("ragged consent line", "values for 3 columns"),
        ("nobody consented", "nothing is exported"),
        ("out not empty", "not an empty folder"),
    ],
)
@pytest.mark.parametrize("out_exists", [False, True], ids=["out absent", "out empty"])
def test_bad_input_gives_a_clear_error_and_writes_nothing(
    case, message, out_exists, course, key_file, tmp_path, capsys, nbgrader_api
):
    out = tmp_path / "export"
    if out_exists or case == "out not empty":
        out.mkdir()
    if case == "out not empty":
        (out / "earlier.txt").write_text("kept")
    args = ["export", "--out", str(out), "--key-file", str(key_file), "--course", str(course)]
    learner = Learner(0).id
    if case == "missing key":
        args[4] = str(tmp_path / "nowhere" / "research.key")
    elif case in ("no gradebook", "empty gradebook"):
        empty = tmp_path / "empty-course"
        empty.mkdir()
        (empty / research.CONSENT_FILE).write_text(f"student_id,consent\n{learner},yes\n")
        if case == "empty gradebook":
            nbgrader_api.Gradebook(f"sqlite:///{empty / 'gradebook.db'}").close()
        args[6] = str(empty)
    elif case == "unknown assignment":
        args += ["--assignment", "hand", "nope"]
    elif case == "assignment without submissions":
        args += ["--assignment", "unused"]
    elif case == "no register":
        args += ["--consent", str(tmp_path / "absent.csv")]
    else:
        texts = {
            "bad consent value": f"student_id,consent\n{learner},maybe\n",
            "missing consent column": f"student_id,agreed\n{learner},yes\n",
            "contradictory consent": f"student_id,consent\n{learner},yes\n{learner},no\n",
            "empty consent file": "",
            "ragged consent line": f"student_id,consent,group\n{learner},yes\n",
            "nobody consented": f"student_id,consent\n{learner},no\n",
        }
        if case in texts:
            args += ["--consent", str(bad_consent(tmp_path, texts[case]))]
    assert main(args) == 2
    error = capsys.readouterr().err
    assert error.startswith("error: ") and message in error, error
    if case == "out not empty":
        assert [p.name for p in out.iterdir()] == ["earlier.txt"]
    else:
        assert not out.exists() or not any(out.iterdir()), f"{case}: something was written"
    assert not any(p.name.startswith(".export.") for p in tmp_path.iterdir()), "a staging folder was left behind"


def test_consent_register_accepts_semicolons_bom_french_answers_and_a_group_list(tmp_path):
    path = tmp_path / "consent.csv"
    path.write_text("\ufeffStudent_ID;Consent\na;Oui\nb;non\nc;YES\n\n", encoding="utf-8")
    register = research.read_consent(path)
    assert register.consenting == {"a", "c"} and register.consent["b"] is False
    (tmp_path / "groups.csv").write_text("student_id,group\na,G1\nb,G2\n")
    assert research.load_groups(tmp_path, register) == {"a": "G1", "b": "G2"}


def test_the_gradebook_is_opened_read_only(course, key_file, tmp_path):
    before = (course / "gradebook.db").read_bytes()
    research.read_grades(course)
    assert (course / "gradebook.db").read_bytes() == before


def test_an_export_inside_the_repository_is_refused(course, key_file, capsys):
    out = REPO / "research-export-test"
    assert main(["export", "--out", str(out), "--key-file", str(key_file), "--course", str(course)]) == 2
    assert "inside the repository" in capsys.readouterr().err
    assert not out.exists()


# --- the information notices and the documentation ------------------------------------------------------------


@pytest.mark.parametrize(
    "language, words",
    [
        (
            "en",
            [
                "consent",
                "Article 6(1)(a)",
                "public interest",
                "legitimate interest",
                "access",
                "rectification",
                "erasure",
                "object",
                "CNIL",
                "pseudonym",
                "kept",
                "Contact",
            ],
        ),
        (
            "fr",
            [
                "consentement",
                "article 6.1.a",
                "intérêt public",
                "intérêt légitime",
                "accès",
                "rectification",
                "effacement",
                "opposer",
                "CNIL",
                "pseudonym",
                "conservation",
                "Contact",
            ],
        ),
    ],
)
def test_gdpr_notice_templates_cover_what_learners_must_be_told(language, words):
    text = (REPO / "docs" / f"gdpr-notice.{language}.md").read_text(encoding="utf-8")
    for word in words:
        assert word.lower() in text.lower(), f"gdpr-notice.{language}.md says nothing about {word!r}"
    assert text.count("[") >= 10, "the institution's details are left as [placeholders]"


def test_research_documentation_gives_the_commands():
    text = (REPO / "docs" / "research.md").read_text(encoding="utf-8")
    for command in (
        "python -m autograder research init-key",
        "python -m autograder research export --out",
        "python -m autograder research items --out",
        "autograder/dashboard.ipynb",
        "gdpr-notice.fr.md",
        "gdpr-notice.en.md",
    ):
        assert command in text


# --- the dashboard ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def dashboard_course(course):
    from autograder import dashboard

    return dashboard.load(course)


def test_dashboard_data_holds_aggregates_only(dashboard_course):
    for name, frame in {**dashboard_course.analysis, "progress": dashboard_course.progress}.items():
        assert "student_id" not in frame.columns and "learner" not in frame.columns, name
        assert_no_personal_data(frame.to_csv(), name)


def test_dashboard_progress_counts_every_graded_learner_and_hides_small_groups(dashboard_course):
    progress = dashboard_course.progress.set_index(["scope", "group", "assignment"])
    everyone = progress.loc[("all", "", "m01-en")]
    assert everyone["n_submitted"] == 16 and everyone["n_cohort"] == 16 and everyone["completion"] == 1
    assert everyone["mean_percent"] == pytest.approx(
        100 * np.mean([sum(m01_scores(i)) / sum(M01.values()) for i in range(16)])
    )
    assert progress.loc[("all", "", "hand"), "n_submitted"] == 6  # the dashboard is not research: no consent filter
    # Groups (all learners): Lyon 9, Nantes 5, Brest 1 and one learner not in the register (no group):
    # Brest is hidden, and Nantes with it (else Brest and the ungrouped learner = all - Lyon - Nantes).
    assert progress.loc[("group", "Brest", "m01-en"), "suppressed"]
    assert progress.loc[("group", "Nantes", "m01-en"), "suppressed"]
    assert pd.isna(progress.loc[("group", "Brest", "m01-en"), "mean_percent"])
    assert progress.loc[("group", "Lyon", "m01-en"), "n_submitted"] == 9


def test_dashboard_hardest_questions_and_html_in_both_languages(dashboard_course):
    from autograder import dashboard

    hardest = dashboard.hardest_questions(dashboard_course)
    assert list(hardest["difficulty"]) == sorted(hardest["difficulty"]) and len(hardest) <= dashboard.HARDEST
    english = dashboard.progress_html(dashboard_course, None, "Brest", "en")
    french = dashboard.progress_html(dashboard_course, None, "Brest", "fr")
    assert "<td style='padding:2px 10px'>hidden</td>" in english and ">masqué<" in french
    assert "Learners who submitted" in english and "Apprenants ayant rendu" in french
    assert "Points earned" in dashboard.hardest_html(dashboard_course, "m01-en", None, "en")
    for figure in (
        dashboard.plot_distributions(dashboard_course, None, "Brest", "fr"),
        dashboard.plot_difficulty(dashboard_course, "m01-en", None, "en"),
    ):
        assert figure.axes
        import matplotlib.pyplot as plt

        plt.close(figure)


def test_dashboard_widget_switches_language_and_filters(course):
    from autograder.dashboard import Dashboard

    board = Dashboard(course)
    assert "trainer dashboard" in board.title.value
    board.language_choice.value = "fr"
    assert "tableau de bord" in board.title.value and board.group_choice.description == "Groupe"
    board.group_choice.value = "Lyon"
    board.assignment_choice.value = "hand"
    assert board.assignment_choice.value == "hand" and board.message.value == ""


def test_dashboard_says_when_there_is_no_gradebook(tmp_path):
    from autograder.dashboard import Dashboard

    board = Dashboard(tmp_path / "nothing-here", language="fr")
    assert "Aucune note" in board.message.value and "no gradebook" in board.message.value


def test_dashboard_texts_exist_in_both_languages_with_the_same_keys():
    english = json.loads((REPO / "autograder" / "locales" / "en.json").read_text(encoding="utf-8"))
    french = json.loads((REPO / "autograder" / "locales" / "fr.json").read_text(encoding="utf-8"))
    assert set(english) == set(french) and all(key.startswith("dashboard.") for key in english)
    import ast

    source = (REPO / "autograder" / "dashboard.py").read_text(encoding="utf-8")
    used = {
        node.args[0].value
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call)
        and getattr(node.func, "id", None) == "t"
        and node.args
        and isinstance(node.args[0], ast.Constant)
    }
    used |= {
        f"dashboard.col.{n}"
        for n in (
            "assignment",
            "submitted",
            "cohort",
            "completion",
            "mean",
            "median",
            "question",
            "difficulty",
            "points",
            "discrimination",
        )
    }
    used |= {f"dashboard.section.{n}" for n in ("progress", "hardest", "distribution", "difficulty")}
    assert used <= set(english)


def prepost_course(tmp_path: Path, takers: int) -> Path:
    """``takers`` learners take form A of the pre/post test before the course and form B after it (4 knowledge items
    and a survey item worth 0 each), one more takes the pre-test only; learner n gets n % 3 items right before
    and 3 after (the survey's 0 points never count)."""
    forms = {
        f"literacy-test-{form}-en": {**{f"k0{n}_{form}": 1.0 for n in range(1, 5)}, "s01_scale": 0.0} for form in "ab"
    }
    learners = [Learner(number) for number in range(takers + 1)]
    scores, when = {}, {}
    for one in learners:
        scores[one.number, "literacy-test-a-en"] = [1.0] * (one.number % 3) + [0.0] * (4 - one.number % 3) + [0.0]
        when[one.number, "literacy-test-a-en"] = "2027-01-10 10:00:00"
        if one.number < takers:
            scores[one.number, "literacy-test-b-en"] = [1.0, 1.0, 1.0, 0.0, 0.0]
            when[one.number, "literacy-test-b-en"] = "2027-02-10 10:00:00"
    return build_course(tmp_path / "course", learners, forms, scores, when=when)


def test_dashboard_shows_the_cohorts_pre_and_post_test(tmp_path):
    from autograder import dashboard

    course = dashboard.load(prepost_course(tmp_path, takers=6))
    before = [number % 3 / 4 for number in range(6)]
    assert course.prepost["learners"] == 6 and not course.prepost["suppressed"]
    assert course.prepost["mean_pre"] == pytest.approx(np.mean(before))
    assert course.prepost["mean_post"] == pytest.approx(0.75)
    assert course.prepost["mean_gain"] == pytest.approx(0.75 - np.mean(before))
    english, french = (dashboard.prepost_html(course, language) for language in ("en", "fr"))
    assert "Learners who took both tests" in english and ">6<" in english and ">75%<" in english
    assert "+50 points" in english and "Apprenants ayant passé les deux tests" in french and "75\u00a0%" in french
    board = dashboard.Dashboard(tmp_path / "course")
    assert "before and after the course" in board.sections["prepost"][0].value


def test_dashboard_hides_the_pre_and_post_test_of_fewer_than_five_and_shows_none_before_it(tmp_path, course):
    from autograder import dashboard

    small = dashboard.load(prepost_course(tmp_path, takers=3))
    assert small.prepost["learners"] is None and small.prepost["suppressed"]
    assert small.prepost["mean_pre"] is None and small.prepost["mean_gain"] is None
    assert dashboard.prepost_html(small, "en").count(">hidden<") == 4
    assert dashboard.load(course).prepost is None and dashboard.prepost_html(dashboard.load(course), "en") == ""
    board = dashboard.Dashboard(course)
    assert board.sections["prepost"][0].value == ""


def test_dashboard_notebook_is_thin_and_stored_without_outputs():
    notebook = nbformat.read(REPO / "autograder" / "dashboard.ipynb", as_version=4)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert code and all(cell.outputs == [] and cell.execution_count is None for cell in code)
    assert sum(len(cell.source.splitlines()) for cell in code) <= 10


@pytest.mark.slow
def test_dashboard_notebook_executes_headless_and_shows_no_personal_data(course, tmp_path, output_write_backs):
    from nbclient import NotebookClient

    path = REPO / "autograder" / "dashboard.ipynb"
    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(
        notebook, timeout=180, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    )
    client.execute(env=tool_env(CAIRE_COURSE_DIR=str(course)))
    assert not output_write_backs, (
        "the dashboard captured output into an Output widget while it ran: use caire.core.outputs"
    )
    errors = [o for cell in notebook.cells for o in cell.get("outputs", []) if o.get("output_type") == "error"]
    assert errors == []
    text = json.dumps(notebook)
    assert "widget-view+json" in text
    assert "trainer dashboard" in text and "image/png" in text, "the title and the plots are in the page"
    assert_no_personal_data(text, "the executed dashboard")


@pytest.mark.slow
@pytest.mark.browser
def test_the_dashboard_in_chromium_is_accessible_with_the_keyboard(course, tmp_path, browser):
    """The trainers' dashboard, served by Voila on a gradebook, in chromium: axe-core finds no WCAG 2.1 A/AA violation,
    every figure has a text alternative, and Tab reaches every control with a visible focus."""
    import re

    from a11y import axe_report, tab_through
    from playwright.sync_api import expect
    from test_app_browser import running_voila

    with running_voila(tmp_path, {"CAIRE_COURSE_DIR": str(course)}) as server:
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.context.route(re.compile(r"^(?!" + re.escape(server.url) + r"/)https?://"), lambda route: route.abort())
        try:
            page.goto(f"{server.url}/voila/render/autograder/dashboard.ipynb", timeout=180_000)
            expect(page.locator("img").first).to_be_visible(timeout=120_000)
            page.wait_for_timeout(500)
            images = page.locator("img").evaluate_all("images => images.map(image => image.getAttribute('alt') || '')")
            assert images and all(alt.strip() for alt in images), images
            report = axe_report(page)
            assert not report, report
            keyboard = tab_through(page)
            assert keyboard["controls"] and not keyboard["missed"], keyboard["missed"]
            assert not keyboard["focus_not_shown"], keyboard["focus_not_shown"]
            assert_no_personal_data(page.content(), "the dashboard in the browser")
        finally:
            page.close()
