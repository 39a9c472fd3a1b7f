"""Credentials (autograder/credentials/): completion rules on a real nbgrader gradebook, Open Badges 3.0
credentials signed and verified with openbadgeslib, revocation through the published status list, the employers'
record, and bad input refused with a clear message and nothing written.

The course has four learners: 0 meets the rules (modules 01 and 06 with at least half the points, in either
language, and both forms of the literacy test); 1 has 40 % in module 06; 2 took the literacy test once; 3 has full
marks everywhere, but module 06's open answer still waits for the trainer's grade.
"""

from __future__ import annotations

import json
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import tool_env
from test_research import Learner, build_course

from autograder.credentials import badges, employers, rules
from autograder.credentials.cli import main

M01, M06 = "01-rules-vs-learning-fr", "06-language-models-en"
ASSIGNMENTS = {
    M01: {"q1": 2.0, "q2": 3.0},
    "01-rules-vs-learning-en": {"q1": 2.0, "q2": 3.0},
    M06: {"q1": 5.0},
    "literacy-test-a-fr": {"i1": 1.0},
    "literacy-test-b-fr": {"i1": 1.0},
}
SITE = "https://caire.example.org/attestations/"
SETTINGS = f"""
[issuer]
id = "https://caire.example.org"
name = "École Exemple"
site = "{SITE}"

[completion]
modules = [1, 6]
min_fraction = 0.5
post_test = true
"""


@pytest.fixture(scope="module")
def course(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("credentials") / "course"
    learners = [Learner(number) for number in range(4)]
    scores = {
        # 0: module 01 in English at 3/5 after a French try at 1/5; module 06 at 5/5; both test forms.
        (0, M01): [1.0, 0.0],
        (0, "01-rules-vs-learning-en"): [2.0, 1.0],
        (0, M06): [5.0],
        (0, "literacy-test-a-fr"): [1.0],
        (0, "literacy-test-b-fr"): [0.0],
        # 1: module 06 at 2/5.
        (1, M01): [2.0, 3.0],
        (1, M06): [2.0],
        (1, "literacy-test-a-fr"): [1.0],
        (1, "literacy-test-b-fr"): [1.0],
        # 2: one form of the test only.
        (2, M01): [2.0, 3.0],
        (2, M06): [5.0],
        (2, "literacy-test-a-fr"): [1.0],
        # 3: like 0, but module 06 waits for a manual grade (set below).
        (3, M01): [2.0, 3.0],
        (3, M06): [5.0],
        (3, "literacy-test-a-fr"): [1.0],
        (3, "literacy-test-b-fr"): [1.0],
    }
    build_course(folder, learners, ASSIGNMENTS, scores, register=False)
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{folder / 'gradebook.db'}", course_id="caire") as gradebook:
        grade = gradebook.find_grade("q1", f"nb-{M06}", M06, learners[3].id)
        grade.needs_manual_grade = True
        gradebook.db.commit()
    (folder / rules.SETTINGS_FILE).write_text(SETTINGS, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def key_file(tmp_path_factory) -> Path:
    return badges.init_key(tmp_path_factory.mktemp("keys") / "issuer.pem", course=Path("/nonexistent"))


@pytest.fixture(scope="module")
def issued(course, key_file, tmp_path_factory):
    site = tmp_path_factory.mktemp("site")
    assert main(["issue", "--course", str(course), "--key-file", str(key_file), "--site", str(site)]) == 0
    return site


def ids(number: int) -> str:
    return Learner(number).id


def tokens(site: Path) -> dict[str, str]:
    """The published credentials, by the learner named in them."""
    found = {}
    for path in (site / "credentials").glob("*.jwt"):
        token = path.read_text().strip()
        found[badges.verify(token, site).learner] = token
    return found


def test_the_rules_count_the_best_submission_in_either_language_and_only_final_grades(course):
    chosen = rules.load_rules(course)
    assert [module.number for module in chosen.modules] == [1, 6]
    from autograder.credentials.cli import course_completions

    found = {one.student_id: one for one in course_completions(course, chosen)}
    assert found[ids(0)].completed and found[ids(0)].fractions == {1: 0.6, 6: 1.0}
    assert found[ids(0)].completed_at is not None
    assert not found[ids(1)].completed and found[ids(1)].missing == ("module 06: 40 % of the points",)
    assert not found[ids(2)].completed and found[ids(2)].missing == ("literacy test: taken once",)
    assert not found[ids(3)].completed and found[ids(3)].missing == ("module 06: not submitted",)


def test_a_learner_who_meets_the_rules_gets_a_credential_that_verifies_and_no_one_else_does(course, key_file, issued):
    published = tokens(issued)
    assert list(published) == ["Ottoline0 Quarrington0"]
    verdict = badges.verify(published["Ottoline0 Quarrington0"], issued)
    assert verdict.status == "valid" and verdict.issuer == "École Exemple"
    # The credential says what was achieved, its criteria, the competences (Art. 4 and DigComp), the hours.
    import jwt

    payload = jwt.decode(published["Ottoline0 Quarrington0"], options={"verify_signature": False})
    assert payload["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    achievement = payload["credentialSubject"]["achievement"]
    assert "01" in achievement["criteria"]["narrative"] and "06" in achievement["criteria"]["narrative"]
    codes = {alignment["targetCode"] for alignment in achievement["alignment"]}
    assert any(code.startswith("art4.") for code in codes) and any(code.startswith("digcomp.") for code in codes)
    assert not any(code.startswith("unesco.") for code in codes)
    minutes = sum(module.duration().module for module in rules.load_rules(course).modules)
    assert float(payload["credentialSubject"]["result"][0]["value"]) == pytest.approx(minutes / 60, abs=0.01)
    assert payload["credentialStatus"]["statusListCredential"] == SITE + badges.STATUS_PATH
    # A second run issues nothing new.
    assert main(["issue", "--course", str(course), "--key-file", str(key_file), "--site", str(issued)]) == 0
    assert list(tokens(issued)) == ["Ottoline0 Quarrington0"]


def test_the_command_line_verifies_and_one_altered_byte_fails(issued, tmp_path, capsys):
    token = next(iter(tokens(issued).values()))
    good = tmp_path / "good.jwt"
    good.write_text(token)
    assert main(["verify", str(good), "--site", str(issued)]) == 0
    assert "valid" in capsys.readouterr().out
    header, payload, signature = token.split(".")
    for part, altered in (("payload", 1), ("signature", 2)):
        pieces = [header, payload, signature]
        piece = pieces[altered]
        index = len(piece) // 3
        pieces[altered] = piece[:index] + ("B" if piece[index] != "B" else "C") + piece[index + 1 :]
        bad = tmp_path / f"bad-{part}.jwt"
        bad.write_text(".".join(pieces))
        assert main(["verify", str(bad), "--site", str(issued)]) == 1, part
        assert "invalid" in capsys.readouterr().out


def test_a_credential_signed_by_another_key_does_not_verify(course, issued, tmp_path):
    other_key = badges.init_key(tmp_path / "keys" / "other.pem", course=course)
    other_site = tmp_path / "other-site"
    (tmp_path / "other-course").mkdir()
    badges.issue(
        tmp_path / "other-course",
        badges.read_key(other_key, course),
        badges.load_issuer(course),
        rules.load_rules(course),
        [rules.Completion(ids(0), True, completed_at=datetime.now(UTC))],
        {ids(0): "Impostor Name"},
        other_site,
    )
    forged = next((other_site / "credentials").glob("*.jwt")).read_text()
    assert badges.verify(forged, other_site).status == "valid"
    assert badges.verify(forged, issued).status == "invalid"


def test_a_revoked_credential_fails_with_revoked_and_the_learner_can_be_issued_again(course, key_file, tmp_path):
    site = tmp_path / "site"
    store = tmp_path / "course"
    store.mkdir()
    for name in ("gradebook.db", rules.SETTINGS_FILE):
        (store / name).write_bytes((course / name).read_bytes())
    arguments = ["--course", str(store), "--key-file", str(key_file), "--site", str(site)]
    assert main(["issue", *arguments]) == 0
    token = next(iter(tokens(site).values()))
    assert main(["revoke", ids(0), "--reason", "issued by mistake", *arguments]) == 0
    verdict = badges.verify(token, site)
    assert verdict.status == "revoked" and "revoked" in verdict.message
    # The registry keeps the reason; the published list only the bit.
    registry = json.loads((store / badges.STORE / badges.REGISTRY_FILE).read_text())
    assert [entry["revoked"]["reason"] for entry in registry["entries"].values()] == ["issued by mistake"]
    assert "mistake" not in (site / badges.STATUS_PATH).read_text()
    assert main(["revoke", ids(0), *arguments]) == 2  # nothing valid left to revoke
    assert main(["issue", *arguments]) == 0
    assert len(list((site / "credentials").glob("*.jwt"))) == 2


def test_the_store_is_private_and_the_site_public(course, issued):
    store = course / badges.STORE
    assert stat.S_IMODE(store.stat().st_mode) == 0o700
    assert all(stat.S_IMODE(path.stat().st_mode) == 0o600 for path in store.glob("*.jwt"))
    about = json.loads((issued / "issuer.json").read_text())
    assert set(about["publicKeyJwk"]) == {"kty", "n", "e", "alg", "use"}  # the public half only
    assert (issued / "index.html").is_file() and (issued / "verify.js").is_file()


@pytest.mark.parametrize(
    "problem, expected",
    [
        ("missing", "no issuer key"),
        ("readable", "can be read by other users"),
        ("inside the course", "is inside the course directory"),
        ("no gradebook", "no gradebook"),
        ("bad rules", "min_fraction must be a number from 0 to 1"),
        ("no issuer", "[issuer] is missing"),
    ],
)
def test_bad_input_gets_a_clear_error_and_writes_nothing(course, key_file, tmp_path, capsys, problem, expected):
    copy = tmp_path / "course"
    copy.mkdir()
    if problem != "no gradebook":
        (copy / "gradebook.db").write_bytes((course / "gradebook.db").read_bytes())
    settings = SETTINGS
    if problem == "bad rules":
        settings = settings.replace("min_fraction = 0.5", "min_fraction = 50")
    if problem == "no issuer":
        settings = settings.split("[completion]")[1]
    (copy / rules.SETTINGS_FILE).write_text(settings)
    key = key_file
    if problem == "missing":
        key = tmp_path / "nowhere.pem"
    if problem in {"readable", "inside the course"}:
        key = (copy if problem == "inside the course" else tmp_path) / "issuer.pem"
        key.write_bytes(key_file.read_bytes())
        key.chmod(0o644 if problem == "readable" else 0o600)
    before = sorted(path.name for path in copy.iterdir())
    site = tmp_path / "site"
    assert main(["issue", "--course", str(copy), "--key-file", str(key), "--site", str(site)]) == 2
    assert expected in capsys.readouterr().err
    assert sorted(path.name for path in copy.iterdir()) == before and not site.exists()


def test_init_key_makes_a_private_key_and_never_overwrites_one(tmp_path, capsys):
    path = tmp_path / "keys" / "issuer.pem"
    assert main(["init-key", "--key-file", str(path), "--course", str(tmp_path / "course")]) == 0
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 and b"PRIVATE KEY" in path.read_bytes()
    before = path.read_bytes()
    assert main(["init-key", "--key-file", str(path), "--course", str(tmp_path / "course")]) == 2
    assert "exists already" in capsys.readouterr().err and path.read_bytes() == before


def test_the_employers_record_lists_only_the_learners_who_agreed(course, issued, tmp_path):
    register = tmp_path / "employers.csv"
    register.write_text(
        "student_id;organisation;share\n"
        f"{ids(0)};Société Exemple;oui\n{ids(1)};Société Exemple;yes\n{ids(2)};Société Exemple;non\n"
        f"{ids(3)};Autre SARL;no\n",
        encoding="utf-8",
    )
    out = tmp_path / "records"
    assert main(["employers", "--course", str(course), "--register", str(register), "--out", str(out)]) == 0
    assert sorted(path.name for path in out.iterdir()) == ["societe-exemple.csv", "societe-exemple.pdf"]
    import csv

    rows = list(csv.DictReader((out / "societe-exemple.csv").open(encoding="utf-8")))
    assert [row["student_id"] for row in rows] == [ids(0), ids(1)]
    assert rows[0]["completed_on"] and rows[0]["competences"] and rows[0]["modules_completed"].count("|") == 1
    assert rows[1]["completed_on"] == "" and rows[1]["competences"] == ""
    assert (out / "societe-exemple.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    "register, expected",
    [
        ("student_id,organisation\na,Société Exemple\n", "missing: share"),
        ("student_id,organisation,share\na,Société Exemple,maybe\n", "share must be yes or no"),
        (None, "no employer register"),
    ],
)
def test_a_register_without_consent_is_refused_and_nothing_is_written(course, tmp_path, capsys, register, expected):
    path = tmp_path / "employers.csv"
    if register is not None:
        path.write_text(register, encoding="utf-8")
    out = tmp_path / "records"
    assert main(["employers", "--course", str(course), "--register", str(path), "--out", str(out)]) == 2
    assert expected in capsys.readouterr().err
    assert not out.exists()


def test_file_stems_are_plain_ascii():
    assert employers.file_stem("Société Générale & Cie") == "societe-generale-cie"


def test_the_documented_command_line_runs(course, key_file, issued, tmp_path):
    import subprocess
    import sys

    token = next((issued / "credentials").glob("*.jwt"))
    done = subprocess.run(
        [sys.executable, "-m", "autograder", "credentials", "verify", str(token), "--site", str(issued)],
        capture_output=True,
        text=True,
        env=tool_env(),
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("valid") and "Ottoline0 Quarrington0" in done.stdout


def test_the_attestation_s_qr_code_leads_to_the_learner_s_credential_on_the_site(course, key_file, issued, tmp_path):
    import pypdfium2 as pdfium
    import zxingcpp

    out = tmp_path / "attestations"
    assert main(["attestation", ids(0), "--course", str(course), "--out", str(out)]) == 0
    assert sorted(path.name for path in out.iterdir()) == [f"{ids(0)}-en.pdf", f"{ids(0)}-fr.pdf"]
    for language in ("fr", "en"):
        page = pdfium.PdfDocument(out / f"{ids(0)}-{language}.pdf")[0]
        [code] = zxingcpp.read_barcodes(page.render(scale=2).to_pil())
        assert code.text.startswith(SITE + "#")
        # The link's fragment names the credential the site publishes, and that credential is this learner's.
        token = (issued / "credentials" / f"{code.text.split('#')[1]}.jwt").read_text()
        assert badges.verify(token, issued).learner == "Ottoline0 Quarrington0"
        assert "Ottoline0 Quarrington0" in page.get_textpage().get_text_range()
    assert main(["attestation", ids(1), "--course", str(course), "--out", str(out)]) == 2
