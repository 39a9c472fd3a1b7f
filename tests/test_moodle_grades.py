"""Grades back to Moodle (autograder/moodle_grades.py) against an LTI 1.3 platform run by the test (tests/lti_platform.py).

A real nbgrader gradebook (3 learners, 2 assignments) made through nbgrader's API; launches signed by the platform,
checked with its public key set and recorded as the hub records them. Learner 3 never launched from Moodle; learner
2's second assignment waits for manual grading. The platform must receive exactly the gradebook's totals, once each,
though its first score request fails (503); a second push posts nothing; a regrade posts that score only; a token
asked with another key is refused; bad input stops everything with a clear message and writes nothing.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import stat
import subprocess
import sys
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

import jwt
import pytest
import requests
from conftest import REPO
from lti_platform import AGS_SCOPES, ASSERTION_TYPE, Platform
from test_research import Learner, build_course

from autograder import moodle_grades
from autograder.moodle_grades import MoodleGradesError, main, push_grades, read_launches, record_launch

CLIENT_ID = "caire-tool-client"
MOODLE_COURSE = "7"
M01 = {"q1": 1.0, "q2": 1.0, "q3": 2.0}
M06 = {"q1": 2.0, "q2": 3.0}
ASSIGNMENTS = {"m01-en": M01, "m06-en": M06}
LEARNERS = [Learner(1), Learner(2), Learner(3)]
MOODLE_IDS = {1: "101", 2: "102"}  # learner 3 never launched the tool from Moodle
# (learner, assignment): scores per question, and the submission's time (UTC). Learner 2's m06-en waits for a
# manual grade (built_course); learner 3 never launched the tool.
SCORES = {(1, "m01-en"): [1, 0, 2], (1, "m06-en"): [2, 1], (2, "m01-en"): [1, 1, 1], (2, "m06-en"): [0, 3]}
SCORES[3, "m01-en"] = [0, 1, 0]
WHEN = {
    (1, "m01-en"): "2026-11-10 09:15:05",
    (1, "m06-en"): "2026-11-24 14:02:51",
    (2, "m01-en"): "2026-11-11 17:40:00",
    (2, "m06-en"): "2026-11-25 08:00:30",
    (3, "m01-en"): "2026-11-12 10:00:00",
}


def stamp(key: tuple[int, str]) -> str:
    """The submission's time as the score's ISO 8601 timestamp (the gradebook's times are UTC)."""
    return datetime.fromisoformat(WHEN[key]).replace(tzinfo=UTC).isoformat()


# nbgrader's add_submission (in build_course) warns about its own session handling.
pytestmark = pytest.mark.filterwarnings("ignore::sqlalchemy.exc.SAWarning")


@pytest.fixture(scope="module", autouse=True)
def alembic_head():
    """nbgrader runs `alembic heads` in a subprocess for every new gradebook (2 s here): read in-process instead."""
    import nbgrader.api as api
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    with api._temp_alembic_ini("sqlite:////tmp/gradebook.db") as ini:
        head = ScriptDirectory.from_config(Config(ini)).get_current_head()
    patch = pytest.MonkeyPatch()
    patch.setattr(api, "get_alembic_version", lambda: head)
    yield head
    patch.undo()


@pytest.fixture(scope="module")
def built_course(tmp_path_factory) -> Path:
    course = build_course(
        tmp_path_factory.mktemp("built") / "course", LEARNERS, ASSIGNMENTS, SCORES, register=False, when=WHEN
    )
    set_grade(course, 2, "m06-en", "q2", needs_manual_grade=True)
    return course


@pytest.fixture
def course(built_course, tmp_path) -> Path:
    """A fresh copy of the graded course for each test."""
    return Path(shutil.copytree(built_course, tmp_path / "course"))


@pytest.fixture(scope="module")
def tool_key(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("keys") / "caire" / "lti-tool.pem"
    moodle_grades.init_tool_key(path)
    return path


@pytest.fixture
def platform(tool_key):
    platform = Platform()
    platform.register_tool(CLIENT_ID, moodle_grades.tool_jwks(tool_key.read_text()))
    platform.enrol(MOODLE_COURSE, *MOODLE_IDS.values())
    yield platform
    platform.close()


def set_grade(course: Path, number: int, assignment: str, question: str, **values) -> None:
    """Change a grade through nbgrader's API (a regrade, a manual grade)."""
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}", course_id="caire") as gradebook:
        grade = gradebook.find_grade(question, f"nb-{assignment}", assignment, Learner(number).id)
        for name, value in values.items():
            setattr(grade, name, value)
        gradebook.db.commit()


def verified_claims(platform: Platform, id_token: str) -> dict:
    """What the hub's LTI authenticator does with a launch: check the signature with the platform's key set."""
    key = jwt.PyJWKClient(platform.jwks_url).get_signing_key_from_jwt(id_token)
    return jwt.decode(id_token, key.key, algorithms=["RS256"], audience=CLIENT_ID, issuer=platform.issuer)


def launch_all(platform: Platform, store: Path) -> None:
    """Learners 1 and 2 open the course from Moodle (learner 3 never does)."""
    for number in (1, 2):
        learner = Learner(number)
        token = platform.launch(CLIENT_ID, MOODLE_IDS[number], learner.id, MOODLE_COURSE)
        assert record_launch(store, learner.id, verified_claims(platform, token)) is True


def received(platform: Platform) -> list[tuple[str, str, float, float, str]]:
    return sorted(
        (score["userId"], score["label"], score["scoreGiven"], score["scoreMaximum"], score["timestamp"])
        for score in platform.scores
    )


def expected(*keys: tuple[int, str]) -> list[tuple[str, str, float, float, str]]:
    return sorted(
        (MOODLE_IDS[number], assignment, float(sum(SCORES[number, assignment])), sum(ASSIGNMENTS[assignment].values()))
        + (stamp((number, assignment)),)
        for number, assignment in keys
    )


def ledger_rows(course: Path) -> list[tuple]:
    with sqlite3.connect(course / moodle_grades.LEDGER_FILE) as connection:
        return connection.execute(
            "SELECT username, assignment, score_given, score_maximum FROM acknowledged ORDER BY 1, 2"
        ).fetchall()


# --- launches ----------------------------------------------------------------------------------------------------


def test_signed_launches_are_recorded_the_latest_per_learner_and_moodle_course(platform, tmp_path):
    store = tmp_path / "hub" / "lti-launches.db"
    # Learner 1's first launch, before the tool had the grade service in Moodle; the next one (launch_all) counts.
    early = platform.launch(CLIENT_ID, "101", Learner(1).id, MOODLE_COURSE, grade_service=False, deployment_id="0")
    assert record_launch(store, Learner(1).id, verified_claims(platform, early)) is False
    launch_all(platform, store)
    # Learner 1 again from another Moodle course whose tool has no grade service: recorded, nowhere to post.
    token = platform.launch(CLIENT_ID, "101", Learner(1).id, "8", grade_service=False)
    assert record_launch(store, Learner(1).id, verified_claims(platform, token)) is False
    with pytest.raises(jwt.InvalidSignatureError):  # a launch signed by anybody else is not a launch
        verified_claims(platform, token[: token.rindex(".") + 1] + "A" * 342)
    launches = {(one.username, one.context_id): one for one in read_launches(store)}
    assert sorted(launches) == [(Learner(1).id, MOODLE_COURSE), (Learner(1).id, "8"), (Learner(2).id, MOODLE_COURSE)]
    latest = launches[Learner(1).id, MOODLE_COURSE]
    assert (latest.issuer, latest.client_id, latest.deployment_id, latest.moodle_user_id) == (
        platform.issuer,
        CLIENT_ID,
        "1",
        "101",
    )
    assert latest.ags_lineitems == platform.lineitems_url(MOODLE_COURSE) and set(latest.ags_scope) == set(AGS_SCOPES)
    assert latest.has_grade_service and not launches[Learner(1).id, "8"].has_grade_service
    assert stat.S_IMODE(store.stat().st_mode) == 0o600
    with pytest.raises(MoodleGradesError, match="no sub"):
        record_launch(store, "someone", {"iss": platform.issuer, "aud": CLIENT_ID})


def test_the_hub_can_record_launches_without_pylti1p3_or_the_repository(tmp_path):
    """The hub loads the file by path, in its own environment: recording must need the standard library only."""
    script = f"""
import importlib.util, sys
sys.modules["pylti1p3"] = sys.modules["requests"] = sys.modules["cryptography"] = None  # importing them fails
sys.path = [p for p in sys.path if p not in ("", {str(REPO)!r}, {str(REPO / "tests")!r})]
spec = importlib.util.spec_from_file_location("caire_moodle_launches", {str(REPO / "autograder/moodle_grades.py")!r})
module = importlib.util.module_from_spec(spec)
sys.modules[spec.name] = module
spec.loader.exec_module(module)
claims = {{"iss": "https://moodle.example.org", "aud": "c", "sub": "5", module.AGS_CLAIM: {{
    "scope": [module.SCOPE_SCORE], "lineitems": "https://moodle.example.org/mod/lti/services.php/2/lineitems"}}}}
print(module.record_launch({str(tmp_path / "launches.db")!r}, "ada", claims))
print(sorted(name for name, m in sys.modules.items() if m and name.split(".")[0] in ("autograder", "caire", "pandas")))
"""
    done = subprocess.run([sys.executable, "-I", "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:2] == ["True", "[]"], done.stdout


# --- the push ----------------------------------------------------------------------------------------------------


def test_push_posts_every_score_once_after_a_retry_then_only_what_changed(platform, course, tool_key, tmp_path):
    store = tmp_path / "lti-launches.db"
    launch_all(platform, store)
    platform.fail_next_scores(1)

    report = push_grades(course, store, tool_key=tool_key, backoff=0)

    assert report.failed == []
    assert platform.score_requests[0] == 503, "the first score request failed, and was retried"
    postable = [(1, "m01-en"), (1, "m06-en"), (2, "m01-en")]
    assert received(platform) == expected(*postable), "the gradebook's totals, once each"
    assert len(platform.score_requests) == 4 and platform.score_requests[1:] == [200] * 3
    assert all(
        score["activityProgress"] == "Completed" and score["gradingProgress"] == "FullyGraded"
        for score in platform.scores
    )
    assert report.needs_manual_grading == [(Learner(2).id, "m06-en")]
    assert report.not_launched == [Learner(3).id]
    assert sorted((one.learner, one.assignment) for one in report.posted) == [(Learner(n).id, a) for n, a in postable]
    items = platform.list_lineitems(MOODLE_COURSE)
    assert sorted((one["resourceId"], one["label"], one["scoreMaximum"]) for one in items) == [
        ("m01-en", "m01-en", 4.0),
        ("m06-en", "m06-en", 5.0),
    ]
    ledger = course / moodle_grades.LEDGER_FILE
    assert stat.S_IMODE(ledger.stat().st_mode) == 0o600 and len(ledger_rows(course)) == 3

    again = push_grades(course, store, tool_key=tool_key, backoff=0)
    assert again.posted == [] and again.failed == [] and len(again.unchanged) == 3
    assert len(platform.scores) == 3, "nothing unchanged is posted again"
    assert len(platform.lineitems[MOODLE_COURSE]) == 2, "the line items are found, not created again"

    set_grade(course, 1, "m01-en", "q2", manual_score=1.0)  # the trainer regrades: 3/4 -> 4/4
    regraded = push_grades(course, store, tool_key=tool_key, backoff=0)
    assert regraded.failed == [] and len(regraded.unchanged) == 2
    assert [(one.learner, one.assignment, one.score_given) for one in regraded.posted] == [
        (Learner(1).id, "m01-en", 4.0)
    ]
    last = platform.scores[-1]
    assert len(platform.scores) == 4 and (last["userId"], last["label"], last["scoreGiven"]) == ("101", "m01-en", 4.0)
    assert last["timestamp"] > stamp((1, "m01-en")), "Moodle keeps only a score later than the one it holds"
    assert (Learner(1).id, "m01-en", 4.0, 4.0) in ledger_rows(course)

    forced = push_grades(course, store, tool_key=tool_key, backoff=0, force=True)  # e.g. a grade column was reset
    assert forced.failed == [] and len(forced.posted) == 3 and len(platform.scores) == 7


def test_failures_are_reported_kept_out_of_the_ledger_and_posted_at_the_next_push(
    platform, course, tool_key, tmp_path, monkeypatch, capsys
):
    store = tmp_path / "lti-launches.db"
    launch_all(platform, store)
    platform.enrolled[MOODLE_COURSE] = {"101"}  # learner 2 left the Moodle course: 400, not retried
    platform.fail_next_scores(3)  # the first score, three times (all its tries): 503 in the end
    waits = []
    monkeypatch.setattr(moodle_grades, "time", SimpleNamespace(sleep=waits.append))

    assert main(["push", "--course", str(course), "--key-file", str(tool_key), "--launches", str(store)]) == 1
    assert platform.score_requests == [503, 503, 503, 200, 400], "a 503 is tried 3 times in all, a 400 once"
    assert waits == [1.0, 2.0], "backoff: 1 s, then 2 s"
    assert len(platform.scores) == 1 and len(ledger_rows(course)) == 1
    printed = capsys.readouterr().out
    assert (
        f"FAILED {Learner(1).id} m01-en: HTTP 503" in printed and f"FAILED {Learner(2).id} m01-en: HTTP 400" in printed
    )
    assert f"waiting for manual grading (not posted): {Learner(2).id} m06-en" in printed
    assert f"never opened the course from Moodle (nowhere to post): {Learner(3).id}" in printed

    platform.enrol(MOODLE_COURSE, "102")
    report = push_grades(course, store, tool_key=tool_key, backoff=0)
    assert report.failed == [] and len(report.posted) == 2 and len(report.unchanged) == 1
    assert received(platform) == expected((1, "m01-en"), (1, "m06-en"), (2, "m01-en"))


def test_the_report_says_which_learner_assignment_status_and_message_failed(platform, course, tool_key, tmp_path):
    store = tmp_path / "lti-launches.db"
    launch_all(platform, store)
    platform.enrolled[MOODLE_COURSE] = {"101"}
    report = push_grades(course, store, tool_key=tool_key, backoff=0)
    assert [(one.learner, one.assignment, one.status) for one in report.failed] == [(Learner(2).id, "m01-en", 400)]
    assert "not gradable" in report.failed[0].message and not report.ok
    assert any(line.startswith(f"FAILED {Learner(2).id} m01-en: HTTP 400") for line in report.lines())


def test_the_platform_refuses_a_token_asked_with_another_key(platform, course, tool_key, tmp_path):
    registered_kid = moodle_grades.tool_jwks(tool_key.read_text())["keys"][0]["kid"]
    other = tmp_path / "other" / "lti-tool.pem"
    moodle_grades.init_tool_key(other)

    def ask(private_pem: str, jti: str | None = None) -> requests.Response:
        now = int(time.time())
        claims = {"iss": CLIENT_ID, "sub": CLIENT_ID, "aud": platform.token_url, "iat": now, "exp": now + 60}
        claims["jti"] = jti or uuid.uuid4().hex
        assertion = jwt.encode(claims, private_pem, algorithm="RS256", headers={"kid": registered_kid})
        form = {"grant_type": "client_credentials", "client_assertion_type": ASSERTION_TYPE}
        form |= {"client_assertion": assertion, "scope": " ".join(AGS_SCOPES)}
        return requests.post(platform.token_url, data=form, timeout=10)

    forged = ask(other.read_text())  # the registered key's kid, another key's signature
    assert forged.status_code == 401 and "Signature verification failed" in forged.text
    genuine = ask(tool_key.read_text(), jti="once")
    assert genuine.status_code == 200 and genuine.json()["access_token"]
    assert ask(tool_key.read_text(), jti="once").status_code == 400, "a jti is used once"
    service = f"{platform.issuer}/mod/lti/services.php/{MOODLE_COURSE}/lineitems"
    assert requests.get(service, timeout=10).status_code == 401
    assert requests.get(service, headers={"Authorization": "Bearer forged"}, timeout=10).status_code == 401

    # The tool run with the other key: every score fails with the platform's 401, nothing is acknowledged.
    store = tmp_path / "lti-launches.db"
    launch_all(platform, store)
    report = push_grades(course, store, tool_key=other, backoff=0)
    assert {(one.status, one.message.startswith("access token refused")) for one in report.failed} == {(401, True)}
    assert len(report.failed) == 3 and platform.scores == [] and ledger_rows(course) == []


def test_a_registration_file_gives_another_token_url_and_audience(tool_key, course, tmp_path):
    platform = Platform(token_path="/oauth2/token", audience="https://moodle.example.org/token-audience")
    try:
        platform.register_tool(CLIENT_ID, moodle_grades.tool_jwks(tool_key.read_text()))
        platform.enrol(MOODLE_COURSE, *MOODLE_IDS.values())
        store = tmp_path / "lti-launches.db"
        launch_all(platform, store)
        moodle_default = push_grades(course, store, tool_key=tool_key, backoff=0)
        assert {one.status for one in moodle_default.failed} == {404}, "no token.php on this platform"
        registration = tmp_path / "platforms.toml"
        registration.write_text(
            f'[[platform]]\nissuer = "{platform.issuer}"\nclient_id = "{CLIENT_ID}"\n'
            f'token_url = "{platform.token_url}"\nauth_audience = "{platform.audience}"\n'
        )
        report = push_grades(course, store, tool_key=tool_key, registration=registration, backoff=0)
        assert report.failed == [] and len(report.posted) == 3
        json_registration = tmp_path / "platforms.json"
        json_registration.write_text(json.dumps({"platform": [{"issuer": platform.issuer, "token_url": "ftp://x"}]}))
        with pytest.raises(MoodleGradesError, match="not an http"):
            push_grades(course, store, tool_key=tool_key, registration=json_registration)
    finally:
        platform.close()


# --- keys, commands and bad input --------------------------------------------------------------------------------


def test_init_key_and_jwks_give_the_public_key_for_moodle(tmp_path, capsys):
    path = tmp_path / "keys" / "lti-tool.pem"
    assert main(["init-key", "--key-file", str(path)]) == 0
    printed = capsys.readouterr().out
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 and "PRIVATE" not in printed
    assert "-----BEGIN PUBLIC KEY-----" in printed
    assert main(["jwks", "--key-file", str(path)]) == 0
    keys = json.loads(capsys.readouterr().out)["keys"]
    assert len(keys) == 1 and keys[0]["kty"] == "RSA" and keys[0]["alg"] == "RS256" and keys[0]["kid"]
    assert "d" not in keys[0], "the public half only"
    assert main(["jwks", "--key-file", str(path), "--pem"]) == 0
    assert capsys.readouterr().out.startswith("-----BEGIN PUBLIC KEY-----")
    before = path.read_bytes()
    assert main(["init-key", "--key-file", str(path)]) == 2
    assert "exists already" in capsys.readouterr().err and path.read_bytes() == before
    inside = REPO / "course-data" / f"lti-{uuid.uuid4().hex}.pem"
    assert main(["init-key", "--key-file", str(inside)]) == 2
    assert "inside the repository" in capsys.readouterr().err and not inside.exists()


def test_bad_input_gives_a_clear_error_and_writes_nothing(platform, course, tool_key, tmp_path, capsys):
    store = tmp_path / "lti-launches.db"
    launch_all(platform, store)
    exposed = tmp_path / "exposed.pem"
    shutil.copy(tool_key, exposed)
    exposed.chmod(0o644)
    not_a_key = tmp_path / "not-a-key.pem"
    not_a_key.write_text("hello\n")
    not_a_key.chmod(0o600)
    base = ["push", "--course", str(course), "--launches", str(store), "--key-file", str(tool_key)]
    cases = {
        "no LTI tool key at": ["--key-file", str(tmp_path / "missing.pem")],
        "can be read by other users: run `chmod 600": ["--key-file", str(exposed)],
        "is not an RSA private key": ["--key-file", str(not_a_key)],
        "no course folder at": ["--course", str(tmp_path / "no-such-course")],
        "no LTI launch records at": ["--launches", str(tmp_path / "none.db")],
        "unknown assignment(s): m99": ["--assignment", "m99"],
        "--attempts must be at least 1": ["--attempts", "0"],
        "no registration file at": ["--registration", str(tmp_path / "none.toml")],
    }
    before = sorted(path.name for path in course.iterdir())
    for message, change in cases.items():
        assert main(base + change) == 2, message
        error = capsys.readouterr().err
        assert error.startswith("error: ") and message in error, error
    empty = tmp_path / "empty-course"
    empty.mkdir()
    assert main(base + ["--course", str(empty)]) == 2
    assert "no gradebook at" in capsys.readouterr().err
    assert (
        sorted(path.name for path in course.iterdir()) == before and not (course / moodle_grades.LEDGER_FILE).exists()
    )
    assert list(empty.iterdir()) == [] and platform.token_requests == [] and platform.scores == []
