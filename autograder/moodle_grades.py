"""Grades back to Moodle: nbgrader's scores posted with LTI 1.3 Assignment and Grade Services (AGS).

    python -m autograder moodle init-key [--key-file PATH]
    python -m autograder moodle jwks     [--key-file PATH] [--pem]
    python -m autograder moodle push     [--course DIR] [--key-file PATH] [--launches DB] [--registration FILE]
                                         [--ledger DB] [--assignment ID ...] [--lti-context ID ...]
                                         [--attempts N] [--force]

How a trainer uses it:

1. **Once:** ``init-key`` creates the tool's private key (RSA, PEM, mode 0600, default
   ``~/.config/caire/lti-tool.pem`` or ``$CAIRE_LTI_TOOL_KEY``; never inside the repository or a course folder)
   and prints its public half. In Moodle, the tool's settings: *Public key type* "RSA key" and the printed PEM,
   or "Keyset URL" and an address that serves what ``jwks`` prints; *Services ▸ IMS LTI Assignment and Grade
   Services*: "Use this service for grade sync and column management".
2. **Every launch** from Moodle is recorded by the hub (hub/lti/jupyterhub_config_lti.py calls
   :func:`record_launch`) in ``$CAIRE_HUB_FILES/lti-launches.db``: who the learner is in Moodle, the Moodle course
   and where its grades go. A learner who never opened the course from Moodle has nowhere to send grades.
3. **After grading** (``python -m autograder grade``, the formgrader, the apps' submissions: all in nbgrader's
   gradebook), ``push`` posts each learner's total per assignment to a Moodle grade column named after the
   assignment (created at the first push), as root like hub/grade.sh (the launch records are root's).
   Submissions still waiting for manual grading are left out and listed. What Moodle acknowledged is kept in
   ``<course>/moodle-grades.db``: pushing again posts only new or regraded scores. A request that fails (network,
   Moodle busy) is retried; what still fails is listed and tried again at the next push.

Moodle's endpoints follow from its address (the launch's issuer): the token URL is ``<issuer>/mod/lti/token.php``.
Another platform, or a Moodle behind another address, is described in a registration file (``--registration``,
TOML or JSON)::

    [[platform]]
    issuer = "https://moodle.example.org"
    client_id = "fBaXb2kxm8yYn1T"                       # optional: any client id of that issuer
    token_url = "https://moodle.example.org/mod/lti/token.php"
    auth_audience = "https://moodle.example.org/mod/lti/token.php"   # optional: default the token URL

Exit code: 0 when every score was posted (or nothing had changed), 1 when some could not be (each is listed with
its learner, assignment, HTTP status and message), 2 on an error that stopped everything before anything was
written (the message says what to do).

Only the standard library is imported here at load time: the hub loads this file by path to record launches, and
its environment has neither pylti1p3 nor this repository's packages. pylti1p3, requests, cryptography and pandas
are imported by the functions that need them.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sqlite3
import sys
import time
import tomllib
import urllib.parse
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

#: The tool's private key, unless --key-file or $CAIRE_LTI_TOOL_KEY says otherwise.
DEFAULT_KEY_FILE = "~/.config/caire/lti-tool.pem"
#: The hub's launch records, in $CAIRE_HUB_FILES (default /srv/caire).
LAUNCHES_FILE = "lti-launches.db"
#: What Moodle acknowledged, in the course folder.
LEDGER_FILE = "moodle-grades.db"
#: Seconds before a request to the platform is given up (then retried like a connection error).
REQUEST_TIMEOUT = 30.0
#: The longest wait a platform's Retry-After may impose between two tries.
MAX_RETRY_AFTER = 60.0

CONTEXT_CLAIM = "https://purl.imsglobal.org/spec/lti/claim/context"
DEPLOYMENT_CLAIM = "https://purl.imsglobal.org/spec/lti/claim/deployment_id"
AGS_CLAIM = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint"
SCOPE_LINEITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem"
SCOPE_LINEITEM_READONLY = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly"
SCOPE_SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score"
SCOPE_RESULT_READONLY = "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly"

T = TypeVar("T")


class MoodleGradesError(Exception):
    """A problem the trainer can fix (missing key, unknown course folder, no launch records...): nothing was written."""


# --- launch records (the hub's part: standard library only) ------------------------------------------------------


def default_store() -> Path:
    """``$CAIRE_HUB_FILES/lti-launches.db`` (CAIRE_HUB_FILES defaults to /srv/caire, as for the hub)."""
    return Path(os.environ.get("CAIRE_HUB_FILES", "/srv/caire")) / LAUNCHES_FILE


LAUNCHES_SCHEMA = """
CREATE TABLE IF NOT EXISTS launches (
    username TEXT NOT NULL,
    context_id TEXT NOT NULL,
    issuer TEXT NOT NULL,
    client_id TEXT NOT NULL,
    deployment_id TEXT NOT NULL,
    moodle_user_id TEXT NOT NULL,
    ags_scope TEXT,
    ags_lineitems TEXT,
    ags_lineitem TEXT,
    launched_at TEXT NOT NULL,
    PRIMARY KEY (username, context_id)
)
"""


@dataclass(frozen=True)
class Launch:
    """The latest LTI launch of a hub user from one Moodle course (context), as the hub recorded it."""

    username: str
    context_id: str
    issuer: str
    client_id: str
    deployment_id: str
    moodle_user_id: str
    ags_scope: tuple[str, ...] = ()
    ags_lineitems: str | None = None
    ags_lineitem: str | None = None
    launched_at: str = ""

    @property
    def has_grade_service(self) -> bool:
        """Whether Moodle said where this course's grades go (the AGS claim, with the line items container)."""
        return bool(self.ags_lineitems) and SCOPE_SCORE in self.ags_scope


def _client_id(claims: Mapping[str, Any]) -> str:
    """The tool's client id in a launch: ``azp`` when present, else the (single) audience."""
    if claims.get("azp"):
        return str(claims["azp"])
    audience = claims.get("aud")
    if isinstance(audience, list | tuple):
        return str(audience[0]) if len(audience) == 1 else ""
    return str(audience or "")


def _create_private_file(path: Path) -> None:
    """An empty file readable by its owner only, unless it exists."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def record_launch(store: Path | str | None, username: str, claims: Mapping[str, Any]) -> bool:
    """Record a verified LTI launch (the id_token's claims) of hub user ``username``; True if it carries grade services.

    One row per (username, Moodle course): a later launch replaces the earlier one. Called by the hub at each LTI
    login; raises MoodleGradesError when a claim this needs is missing (the hub logs it and lets the login go on).
    """
    store = Path(store) if store else default_store()
    issuer, subject, client_id = str(claims.get("iss") or ""), str(claims.get("sub") or ""), _client_id(claims)
    missing = [name for name, value in (("iss", issuer), ("sub", subject), ("aud/azp", client_id)) if not value]
    if not username or missing:
        raise MoodleGradesError(f"LTI launch of {username!r} not recorded: no {', '.join(missing) or 'username'}")
    context = claims.get(CONTEXT_CLAIM)
    context = context if isinstance(context, Mapping) else {}
    ags = claims.get(AGS_CLAIM)
    ags = ags if isinstance(ags, Mapping) else {}  # no AGS claim: recorded, with nowhere to post grades
    scope = [str(one) for one in ags.get("scope") or []]
    row = {
        "username": str(username),
        "context_id": str(context.get("id") or ""),
        "issuer": issuer.rstrip("/"),
        "client_id": client_id,
        "deployment_id": str(claims.get(DEPLOYMENT_CLAIM) or ""),
        "moodle_user_id": subject,
        "ags_scope": json.dumps(scope) if ags else None,
        "ags_lineitems": str(ags["lineitems"]) if ags.get("lineitems") else None,
        "ags_lineitem": str(ags["lineitem"]) if ags.get("lineitem") else None,
        "launched_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    _create_private_file(store)
    connection = sqlite3.connect(store, timeout=10)
    try:
        with connection:
            connection.execute(LAUNCHES_SCHEMA)
            connection.execute(
                f"INSERT OR REPLACE INTO launches ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                list(row.values()),
            )
    finally:
        connection.close()
    return bool(row["ags_lineitems"]) and SCOPE_SCORE in scope


def read_launches(store: Path | str | None = None) -> list[Launch]:
    """Every recorded launch (the latest per username and Moodle course), read-only."""
    store = Path(store) if store else default_store()
    if not store.is_file():
        raise MoodleGradesError(
            f"no LTI launch records at {store}: learners must open the course from Moodle at least once "
            "(hub/lti/jupyterhub_config_lti.py records each launch), or point --launches at the hub's file"
        )
    url = f"file:{urllib.parse.quote(str(store.resolve()))}?mode=ro"
    try:
        connection = sqlite3.connect(url, uri=True, timeout=10)
        try:
            rows = connection.execute(
                "SELECT username, context_id, issuer, client_id, deployment_id, moodle_user_id, ags_scope, "
                "ags_lineitems, ags_lineitem, launched_at FROM launches ORDER BY username, context_id"
            ).fetchall()
        finally:
            connection.close()
    except sqlite3.Error as problem:
        raise MoodleGradesError(f"{store} cannot be read as the hub's LTI launch records ({problem})") from None
    return [Launch(*row[:6], tuple(json.loads(row[6])) if row[6] else (), row[7], row[8], row[9] or "") for row in rows]


# --- the tool's key ----------------------------------------------------------------------------------------------


def default_key_file() -> Path:
    return Path(os.environ.get("CAIRE_LTI_TOOL_KEY", "").strip() or DEFAULT_KEY_FILE).expanduser()


def check_key_location(path: Path, course: Path | None = None) -> None:
    """Refuse a key kept where it would travel with the repository or a course folder."""
    from autograder import secret_files  # here: the hub imports this module without the repository's packages

    secret_files.check_location(
        path,
        "the LTI tool key",
        [("the course folder", course)] if course else [],
        f"{DEFAULT_KEY_FILE} (whoever holds it can post grades to Moodle)",
        MoodleGradesError,
    )


def init_tool_key(path: Path | str | None = None, course: Path | None = None) -> dict:
    """Create the tool's RSA private key (PEM, mode 0600; never overwrites one) and return its public JWKS."""
    from autograder import secret_files  # here: the hub imports this module without the repository's packages

    path = Path(path).expanduser() if path else default_key_file()
    check_key_location(path, course)
    secret_files.create(
        path,
        secret_files.new_rsa_key(2048),
        "an LTI tool key",
        MoodleGradesError,
        "keep it (Moodle knows its public half); delete it yourself only to replace it, "
        "then paste the new public key in Moodle",
    )
    return tool_jwks(read_tool_key(path, course))


def read_tool_key(path: Path | str | None = None, course: Path | None = None) -> str:
    """The tool's private key (PEM text); a clear MoodleGradesError if it is missing, exposed or not a key."""
    from autograder import secret_files  # here: the hub imports this module without the repository's packages

    path = Path(path).expanduser() if path else default_key_file()
    check_key_location(path, course)
    hint = (
        f"create one with `python -m autograder moodle init-key"
        f"{'' if path == default_key_file() else f' --key-file {path}'}` and give its public key to Moodle"
    )
    pem = secret_files.read(path, "LTI tool key", MoodleGradesError, hint)
    return secret_files.check_rsa_key(pem, path, MoodleGradesError, hint).decode("ascii")


def tool_public_pem(private_pem: str) -> str:
    """The public half of the tool's key, in PEM (Moodle's "Public key type: RSA key")."""
    from cryptography.hazmat.primitives import serialization

    key = serialization.load_pem_private_key(private_pem.encode("ascii"), password=None)
    return (
        key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode("ascii")
    )


def tool_jwks(private_pem: str) -> dict:
    """The tool's public JSON Web Key Set (Moodle's "Public key type: Keyset URL" serves this), with the kid that
    pylti1p3 puts in the header of the tool's signed requests."""
    from pylti1p3.registration import Registration

    return {"keys": [dict(Registration.get_jwk(tool_public_pem(private_pem)))]}


# --- the platform's endpoints ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlatformSettings:
    """Where the tool gets its access token (OAuth 2 client credentials with a signed JWT assertion)."""

    token_url: str
    auth_audience: str | None = None  # None: the token URL, as Moodle expects


def moodle_settings(issuer: str) -> PlatformSettings:
    """Moodle's token endpoint, derived from its address (the launches' issuer)."""
    return PlatformSettings(token_url=f"{issuer.rstrip('/')}/mod/lti/token.php")


def load_registration(path: Path | str | None) -> dict[tuple[str, str | None], PlatformSettings]:
    """The platforms of a registration file (TOML or JSON, ``platform`` = a list of tables), by (issuer, client id);
    client id None stands for any client id of that issuer. No file: an empty mapping (Moodle's defaults)."""
    if not path:
        return {}
    path = Path(path).expanduser()
    if not path.is_file():
        raise MoodleGradesError(f"no registration file at {path}")
    try:
        text = path.read_text(encoding="utf-8")
        spec = json.loads(text) if path.suffix.lower() == ".json" else tomllib.loads(text)
    except (ValueError, UnicodeDecodeError) as problem:
        raise MoodleGradesError(
            f"{path} is not valid {'JSON' if path.suffix == '.json' else 'TOML'}: {problem}"
        ) from None
    entries = spec.get("platform", spec.get("platforms")) if isinstance(spec, dict) else spec
    if not isinstance(entries, list) or not entries:
        raise MoodleGradesError(f"{path}: expected a list of [[platform]] tables (issuer, token_url)")
    platforms: dict[tuple[str, str | None], PlatformSettings] = {}
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict) or not entry.get("issuer") or not entry.get("token_url"):
            raise MoodleGradesError(f"{path}: platform {number} needs an issuer and a token_url")
        unknown = set(entry) - {"issuer", "client_id", "token_url", "auth_audience"}
        if unknown:
            raise MoodleGradesError(f"{path}: platform {number} has unknown keys: {', '.join(sorted(unknown))}")
        for name in ("token_url", "auth_audience"):
            if entry.get(name) and urllib.parse.urlsplit(str(entry[name])).scheme not in ("http", "https"):
                raise MoodleGradesError(f"{path}: platform {number}'s {name} is not an http(s) address")
        key = (str(entry["issuer"]).rstrip("/"), str(entry["client_id"]) if entry.get("client_id") else None)
        platforms[key] = PlatformSettings(str(entry["token_url"]), entry.get("auth_audience") or None)
    return platforms


def platform_settings(
    issuer: str, client_id: str, platforms: Mapping[tuple[str, str | None], PlatformSettings]
) -> PlatformSettings:
    """The registration file's entry for this issuer and client id, else for the issuer, else Moodle's defaults."""
    issuer = issuer.rstrip("/")
    return platforms.get((issuer, client_id)) or platforms.get((issuer, None)) or moodle_settings(issuer)


# --- the ledger: what Moodle acknowledged ------------------------------------------------------------------------

LEDGER_SCHEMA = """
CREATE TABLE IF NOT EXISTS acknowledged (
    issuer TEXT NOT NULL,
    context_id TEXT NOT NULL,
    username TEXT NOT NULL,
    assignment TEXT NOT NULL,
    score_given REAL NOT NULL,
    score_maximum REAL NOT NULL,
    submitted_at TEXT NOT NULL,
    posted_timestamp TEXT NOT NULL,
    lineitem TEXT NOT NULL,
    acknowledged_at TEXT NOT NULL,
    PRIMARY KEY (issuer, context_id, username, assignment)
)
"""


class Ledger:
    """``<course>/moodle-grades.db``: the last score Moodle acknowledged per learner, Moodle course and assignment."""

    def __init__(self, path: Path):
        self.path = path
        _create_private_file(path)
        try:
            self.connection = sqlite3.connect(path, timeout=10)
            with self.connection:
                self.connection.execute(LEDGER_SCHEMA)
        except sqlite3.Error as problem:
            raise MoodleGradesError(f"{path} cannot be used as the Moodle grades ledger ({problem})") from None

    def last(self, issuer: str, context_id: str, username: str, assignment: str) -> tuple | None:
        """(score_given, score_maximum, submitted_at, posted_timestamp) last acknowledged, or None."""
        return self.connection.execute(
            "SELECT score_given, score_maximum, submitted_at, posted_timestamp FROM acknowledged "
            "WHERE issuer = ? AND context_id = ? AND username = ? AND assignment = ?",
            (issuer, context_id, username, assignment),
        ).fetchone()

    def acknowledge(self, issuer: str, context_id: str, username: str, assignment: str, **values: Any) -> None:
        row = {"issuer": issuer, "context_id": context_id, "username": username, "assignment": assignment, **values}
        row["acknowledged_at"] = datetime.now(UTC).isoformat(timespec="seconds")
        with self.connection:
            self.connection.execute(
                f"INSERT OR REPLACE INTO acknowledged ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                list(row.values()),
            )

    def close(self) -> None:
        self.connection.close()


# --- the push ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Submission:
    """A learner's graded submission of an assignment: the sums over its questions."""

    learner: str
    assignment: str
    score: float
    maximum: float
    submitted_at: datetime | None  # None when nbgrader has no time for the submission
    needs_manual_grade: bool

    @property
    def ledger_key(self) -> tuple[float, float, str]:
        """What the ledger compares: a change in any of them (a regrade, a new submission) is posted again."""
        return self.score, self.maximum, self.submitted_at.isoformat() if self.submitted_at else ""


@dataclass(frozen=True)
class Posted:
    learner: str
    assignment: str
    context_id: str
    score_given: float
    score_maximum: float
    timestamp: str


@dataclass(frozen=True)
class Failure:
    learner: str
    assignment: str
    status: int | None  # the HTTP status, None when there was no answer (connection error, timeout)
    message: str


@dataclass
class Report:
    """What a push did: posted, unchanged, left out (and why), failed."""

    posted: list[Posted] = field(default_factory=list)
    unchanged: list[tuple[str, str]] = field(default_factory=list)  # (learner, assignment)
    needs_manual_grading: list[tuple[str, str]] = field(default_factory=list)  # (learner, assignment)
    not_launched: list[str] = field(default_factory=list)  # graded learners without a launch from Moodle
    without_grade_service: list[tuple[str, str]] = field(default_factory=list)  # (learner, Moodle course id)
    failed: list[Failure] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed

    def lines(self) -> list[str]:
        """The report in words, for the trainer."""
        lines = [
            f"posted {len(self.posted)} score(s) to Moodle; {len(self.unchanged)} unchanged since the last push; "
            f"{len(self.failed)} failed."
        ]
        if self.needs_manual_grading:
            lines.append(
                "waiting for manual grading (not posted): "
                + ", ".join(f"{learner} {assignment}" for learner, assignment in self.needs_manual_grading)
            )
        if self.not_launched:
            lines.append("never opened the course from Moodle (nowhere to post): " + ", ".join(self.not_launched))
        if self.without_grade_service:
            lines.append(
                "launched from a Moodle course whose tool has no grade service (enable 'IMS LTI Assignment and "
                "Grade Services' in the tool's settings, then launch again): "
                + ", ".join(f"{learner} (course {context})" for learner, context in self.without_grade_service)
            )
        for failure in self.failed:
            status = f"HTTP {failure.status}" if failure.status else "no answer"
            lines.append(f"FAILED {failure.learner} {failure.assignment}: {status}: {failure.message}")
        return lines


def submissions(course: Path, assignments: list[str] | None = None) -> list[Submission]:
    """Each learner's graded submissions, from nbgrader's gradebook (read-only): sums of score and max_score."""
    import pandas as pd

    from autograder.research import ResearchError, read_grades

    try:
        grades = read_grades(course, assignments)
    except ResearchError as problem:
        raise MoodleGradesError(str(problem)) from None
    totals = grades.groupby(["student_id", "assignment"], sort=True).agg(
        score=("score", "sum"),
        maximum=("max_score", "sum"),
        submitted_at=("submitted_at", "max"),
        needs_manual_grade=("needs_manual_grade", "any"),
    )
    return [
        Submission(
            learner=str(learner),
            assignment=str(assignment),
            score=round(float(row.score), 6),
            maximum=round(float(row.maximum), 6),
            submitted_at=None if pd.isna(row.submitted_at) else row.submitted_at.to_pydatetime().astimezone(UTC),
            needs_manual_grade=bool(row.needs_manual_grade),
        )
        for (learner, assignment), row in totals.iterrows()
    ]


def _status_and_message(problem: BaseException) -> tuple[int | None, str]:
    """The HTTP status of a failed request (None without an answer) and a short message saying what failed."""
    response = getattr(problem, "response", None)
    if response is not None and getattr(response, "status_code", None):
        text = " ".join((response.text or "").split())[:300] or response.reason or ""
        return int(response.status_code), f"{response.url}: {text}"
    return None, f"{type(problem).__name__}: {problem}"[:400]


def _retrying(action: Callable[[], T], attempts: int, backoff: float) -> T:
    """``action()``, tried again after a connection error, a timeout, a 5xx or a 429 (up to ``attempts`` tries in
    all, waiting backoff, 2 x backoff, 4 x backoff... seconds, or the platform's Retry-After); any other error at once."""
    import requests
    from pylti1p3.exception import LtiServiceException

    for attempt in range(1, attempts + 1):
        try:
            return action()
        except LtiServiceException as problem:
            status = problem.response.status_code
            if (status != 429 and status < 500) or attempt == attempts:
                raise
            delay = backoff * 2 ** (attempt - 1)
            retry_after = problem.response.headers.get("Retry-After", "")
            if retry_after.isdigit():
                delay = max(delay, min(float(retry_after), MAX_RETRY_AFTER))
        except (requests.ConnectionError, requests.Timeout):
            if attempt == attempts:
                raise
            delay = backoff * 2 ** (attempt - 1)
        time.sleep(delay)
    raise AssertionError("unreachable")  # attempts >= 1


def _session():
    """A requests session that gives up after REQUEST_TIMEOUT seconds (pylti1p3 sets no timeout)."""
    import requests

    class TimeoutSession(requests.Session):
        def request(self, *args, **kwargs):
            kwargs.setdefault("timeout", REQUEST_TIMEOUT)
            return super().request(*args, **kwargs)

    session = TimeoutSession()
    session.headers["User-Agent"] = "CAIRE-moodle-grades (PyLTI1p3)"
    return session


def _timestamp(submission: Submission, last: tuple | None, force: bool) -> str:
    """The score's timestamp: the submission's time, or, when Moodle already holds a score of that submission
    (a regrade), with --force or without a submission time, the time of this push. Moodle refuses a score not later
    than the one it holds (409)."""
    stamp = submission.submitted_at.replace(microsecond=0) if submission.submitted_at else None
    if force or stamp is None or (last is not None and datetime.fromisoformat(last[3]) >= stamp):
        stamp = datetime.now(UTC).replace(microsecond=0)
        if last is not None:
            stamp = max(stamp, datetime.fromisoformat(last[3]) + timedelta(seconds=1))
    return stamp.isoformat()


class _PlatformClient:
    """One platform registration (issuer, client id), through pylti1p3: its access token, line items and scores."""

    def __init__(self, issuer: str, client_id: str, private_pem: str, settings: PlatformSettings, retry: Callable):
        from pylti1p3.registration import Registration
        from pylti1p3.service_connector import ServiceConnector

        registration = (
            Registration()
            .set_issuer(issuer)
            .set_client_id(client_id)
            .set_auth_token_url(settings.token_url)
            .set_tool_private_key(private_pem)
            .set_tool_public_key(tool_public_pem(private_pem))  # its kid goes in the assertion's header
        )
        if settings.auth_audience:
            registration.set_auth_audience(settings.auth_audience)
        self.connector = ServiceConnector(registration, requests_session=_session())
        self.retry = retry
        self.lineitems: dict[tuple[str, str], Any] = {}  # (line items container, assignment) -> LineItem

    def authorise(self, scopes: tuple[str, ...]) -> None:
        """Get the access token for these scopes (pylti1p3 keeps it for the requests that follow)."""
        self.retry(lambda: self.connector.get_access_token(list(scopes)))

    def post(self, launch: Launch, submission: Submission, timestamp: str) -> str:
        """Find or create the assignment's line item in the launch's Moodle course, post the score to it; the line
        item's id. Raises what pylti1p3 or requests raise when the platform refuses or does not answer."""
        from pylti1p3.assignments_grades import AssignmentsGradesService
        from pylti1p3.grade import Grade
        from pylti1p3.lineitem import LineItem

        service = AssignmentsGradesService(
            self.connector, {"scope": list(launch.ags_scope), "lineitems": str(launch.ags_lineitems)}
        )
        where = (str(launch.ags_lineitems), submission.assignment)
        if where not in self.lineitems:
            wanted = (
                LineItem()
                .set_label(submission.assignment)
                .set_resource_id(submission.assignment)
                .set_score_maximum(submission.maximum)
            )
            self.lineitems[where] = self.retry(lambda: service.find_or_create_lineitem(wanted, find_by="resource_id"))
        grade = (
            Grade()
            .set_user_id(launch.moodle_user_id)
            .set_score_given(submission.score)
            .set_score_maximum(submission.maximum)
            .set_activity_progress("Completed")
            .set_grading_progress("FullyGraded")
            .set_timestamp(timestamp)
        )
        self.retry(lambda: service.put_grade(grade, self.lineitems[where]))
        return str(self.lineitems[where].get_id())


def _plan(
    graded: list[Submission], launches: list[Launch], contexts: set[str] | None, report: Report
) -> dict[tuple[str, str, tuple[str, ...]], list[tuple[Submission, Launch]]]:
    """The scores to post, (submission, launch) pairs grouped by platform registration and token scopes; what
    cannot be posted goes into the report (waiting for manual grading, never launched, no grade service)."""
    launches_of: dict[str, list[Launch]] = {}
    for launch in launches:
        if contexts is None or launch.context_id in contexts:
            launches_of.setdefault(launch.username, []).append(launch)
    for learner in sorted({one.learner for one in graded}):
        if learner not in launches_of:
            report.not_launched.append(learner)
        report.without_grade_service += [
            (learner, launch.context_id) for launch in launches_of.get(learner, []) if not launch.has_grade_service
        ]
    jobs: dict[tuple[str, str, tuple[str, ...]], list[tuple[Submission, Launch]]] = {}
    for submission in graded:
        if submission.needs_manual_grade:
            report.needs_manual_grading.append((submission.learner, submission.assignment))
            continue
        for launch in launches_of.get(submission.learner, []):
            if launch.has_grade_service:
                jobs.setdefault((launch.issuer, launch.client_id, launch.ags_scope), []).append((submission, launch))
    return jobs


def push_grades(
    course: Path | str,
    store: Path | str | None = None,
    *,
    tool_key: Path | str | None = None,
    ledger: Path | str | None = None,
    assignments: list[str] | None = None,
    contexts: Iterable[str] | None = None,
    registration: Path | str | None = None,
    attempts: int = 3,
    backoff: float = 1.0,
    force: bool = False,
) -> Report:
    """Post every learner's new or changed assignment totals to Moodle (LTI AGS); see the module's docstring.

    ``store``: the hub's launch records (default ``$CAIRE_HUB_FILES/lti-launches.db``); ``tool_key``: the tool's
    private key (default ``~/.config/caire/lti-tool.pem``); ``ledger``: default ``<course>/moodle-grades.db``;
    ``contexts``: only launches from these Moodle course ids (default: all); ``registration``: the platforms'
    token URLs (default: Moodle's, from the issuer); ``attempts``: tries per request in all; ``backoff``: seconds
    before the first retry, doubled each time; ``force``: post unchanged scores again, stamped with this time.
    Raises MoodleGradesError, having written nothing, when an input is wrong; one learner's failure is in the report.
    """
    course = Path(course).expanduser().resolve()
    if not course.is_dir():
        raise MoodleGradesError(
            f"no course folder at {course}: point --course or $CAIRE_COURSE_DIR at the nbgrader course folder"
        )
    if attempts < 1:
        raise MoodleGradesError("--attempts must be at least 1")
    private_pem = read_tool_key(tool_key, course)
    launches = read_launches(store)
    platforms = load_registration(registration)
    graded = submissions(course, assignments)

    report = Report()
    jobs = _plan(graded, launches, {str(one) for one in contexts} if contexts else None, report)
    book = Ledger(Path(ledger).expanduser() if ledger else course / LEDGER_FILE)
    clients: dict[tuple[str, str], _PlatformClient] = {}
    try:
        for (issuer, client_id, scopes), pairs in jobs.items():
            todo = []
            for submission, launch in pairs:
                last = book.last(issuer, launch.context_id, submission.learner, submission.assignment)
                if not force and last is not None and last[:3] == submission.ledger_key:
                    report.unchanged.append((submission.learner, submission.assignment))
                else:
                    todo.append((submission, launch, last))
            if not todo:
                continue
            if (issuer, client_id) not in clients:
                settings = platform_settings(issuer, client_id, platforms)
                clients[issuer, client_id] = _PlatformClient(
                    issuer, client_id, private_pem, settings, lambda action: _retrying(action, attempts, backoff)
                )
            client = clients[issuer, client_id]
            # One token for the group: when the platform refuses it (key unknown to Moodle, wrong client id), every
            # score of the group fails with that reason, without asking again for each.
            try:
                client.authorise(scopes)
            except Exception as problem:
                status, message = _status_and_message(problem)
                report.failed += [
                    Failure(submission.learner, submission.assignment, status, "access token refused: " + message)
                    for submission, _, _ in todo
                ]
                continue
            for submission, launch, last in todo:
                timestamp = _timestamp(submission, last, force)
                try:
                    lineitem = client.post(launch, submission, timestamp)
                except Exception as problem:  # one learner's failure never stops the others
                    status, message = _status_and_message(problem)
                    report.failed.append(Failure(submission.learner, submission.assignment, status, message))
                    continue
                score, maximum, submitted_at = submission.ledger_key
                book.acknowledge(
                    issuer,
                    launch.context_id,
                    submission.learner,
                    submission.assignment,
                    score_given=score,
                    score_maximum=maximum,
                    submitted_at=submitted_at,
                    posted_timestamp=timestamp,
                    lineitem=lineitem,
                )
                report.posted.append(
                    Posted(submission.learner, submission.assignment, launch.context_id, score, maximum, timestamp)
                )
    finally:
        book.close()
    return report


# --- the command line --------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m autograder moodle",
        description="Grades back to Moodle with LTI 1.3 Assignment and Grade Services (see the module's docstring).",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    key_help = f"the tool's private key (default: $CAIRE_LTI_TOOL_KEY or {DEFAULT_KEY_FILE})"
    init = commands.add_parser("init-key", help="create the tool's key (once) and print its public half for Moodle")
    init.add_argument("--key-file", help=key_help)
    jwks = commands.add_parser("jwks", help="print the tool's public key set (JSON), or its public key in PEM")
    jwks.add_argument("--key-file", help=key_help)
    jwks.add_argument("--pem", action="store_true", help="the public key in PEM (Moodle's 'RSA key') instead")
    push = commands.add_parser("push", help="post new and regraded scores of the gradebook to Moodle")
    push.add_argument("--course", help="course folder (default: $CAIRE_COURSE_DIR or course-data/)")
    push.add_argument("--key-file", help=key_help)
    push.add_argument("--launches", help=f"the hub's launch records (default: $CAIRE_HUB_FILES/{LAUNCHES_FILE})")
    push.add_argument("--registration", help="TOML or JSON file of platforms' token URLs (default: Moodle's)")
    push.add_argument("--ledger", help=f"what Moodle acknowledged (default: <course>/{LEDGER_FILE})")
    push.add_argument(
        "--assignment", nargs="+", action="extend", metavar="ID", help="only these assignments (default: all)"
    )
    push.add_argument(
        "--lti-context", nargs="+", action="extend", metavar="ID", help="only these Moodle course ids (default: all)"
    )
    push.add_argument("--attempts", type=int, default=3, help="tries per request, in all (default 3)")
    push.add_argument("--force", action="store_true", help="post unchanged scores again, stamped with this time")
    args = parser.parse_args(argv)
    try:
        if args.command == "init-key":
            path = Path(args.key_file).expanduser() if args.key_file else default_key_file()
            keys = init_tool_key(path)
            print(f"created the LTI tool key {path} (readable by you only); keep it secret.")
            print("In Moodle's tool settings, Public key type 'RSA key', paste:\n")
            print(tool_public_pem(read_tool_key(path)))
            print("or, Public key type 'Keyset URL', an address that serves this key set (`moodle jwks`):\n")
            print(json.dumps(keys, indent=1))
            return 0
        if args.command == "jwks":
            private_pem = read_tool_key(args.key_file)
            print(tool_public_pem(private_pem) if args.pem else json.dumps(tool_jwks(private_pem), indent=1))
            return 0
        from autograder import course_directory

        course = Path(args.course).expanduser() if args.course else course_directory()
        report = push_grades(
            course,
            args.launches,
            tool_key=args.key_file,
            ledger=args.ledger,
            assignments=args.assignment,
            contexts=args.lti_context,
            registration=args.registration,
            attempts=args.attempts,
            force=args.force,
        )
        for line in report.lines():
            print(line)
        return 0 if report.ok else 1
    except MoodleGradesError as problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
