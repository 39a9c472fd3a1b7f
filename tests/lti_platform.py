"""An LTI 1.3 platform for the tests: Moodle's endpoints, served on 127.0.0.1 from a thread.

- ``/mod/lti/certs.php``: the platform's public key set (its own RSA key, with a kid).
- :meth:`Platform.launch`: a signed launch (the id_token a learner's browser posts to the tool), RS256 with the
  platform's key, with the LTI 1.3 claims Moodle sends, the Assignment and Grade Services (AGS) claim included.
- ``/mod/lti/token.php``: OAuth 2 client credentials with a JWT client assertion. The assertion must be signed
  by a key of the tool's registered key set (kid), with iss = sub = the client id, aud = the token URL (or the
  configured audience), a future exp and a jti never seen before; the token has the requested AGS scopes.
- ``/mod/lti/services.php/<course>/lineitems``: the line items of a Moodle course (GET, POST), and
  ``.../lineitems/<n>/lineitem/scores`` (POST): they need a valid bearer token (401) with the right scope (403).
  Every accepted score is kept in :attr:`Platform.scores`. Like Moodle, a score is refused (409) when its
  timestamp is not later than the score held for that learner and line item, and (400) when the learner is not
  enrolled in the course.
- :meth:`Platform.fail_next_scores` makes the next score requests answer 503 (to test retries).
"""

from __future__ import annotations

import functools
import json
import secrets
import threading
import time
import urllib.parse
import uuid
from datetime import datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import jwt
from cryptography.hazmat.primitives.asymmetric import rsa

LTI = "https://purl.imsglobal.org/spec/lti/claim/"
AGS_CLAIM = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint"
SCOPE_LINEITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem"
SCOPE_LINEITEM_READONLY = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly"
SCOPE_RESULT_READONLY = "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly"
SCOPE_SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score"
AGS_SCOPES = (SCOPE_LINEITEM, SCOPE_LINEITEM_READONLY, SCOPE_RESULT_READONLY, SCOPE_SCORE)
LEARNER_ROLE = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"
ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
TYPE_ID = "1"  # Moodle's tool type id, in the query string of its service URLs


@functools.cache
def _platform_key() -> rsa.RSAPrivateKey:
    """The platforms' RSA key: made once per test process (0.1-0.3 s each)."""
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


class Platform:
    """A running platform; ``close()`` stops it. Its state is read by the tests (under ``lock``)."""

    def __init__(self, token_path: str = "/mod/lti/token.php", audience: str | None = None):
        self.private_key = _platform_key()
        self.kid = f"platform-{secrets.token_hex(4)}"
        self.lock = threading.Lock()
        self.tools: dict[str, dict] = {}  # client id -> the tool's public key set
        self.enrolled: dict[str, set[str]] = {}  # Moodle course id -> user ids
        self.tokens: dict[str, tuple[str, set[str], float]] = {}  # access token -> client id, scopes, expiry
        self.used_jti: set[str] = set()
        self.lineitems: dict[str, list[dict]] = {}  # Moodle course id -> line items
        self.held: dict[tuple[str, str], datetime] = {}  # (line item id, user id) -> timestamp of the score held
        self.scores: list[dict] = []  # every accepted score, in order
        self.token_requests: list[tuple[int, str]] = []  # (status, error or client id)
        self.score_requests: list[int] = []  # the status of every score request
        self.failures_left, self.failure_status = 0, HTTPStatus.SERVICE_UNAVAILABLE
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.issuer = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.token_url = self.issuer + token_path
        self.audience = audience or self.token_url
        self.jwks_url = f"{self.issuer}/mod/lti/certs.php"
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    # --- what Moodle's administrator and teachers do ---------------------------------------------------------

    def register_tool(self, client_id: str, jwks: dict) -> None:
        """The tool's registration: its client id and public key set ("Public key type: Keyset")."""
        self.tools[client_id] = jwks

    def enrol(self, context_id: str, *user_ids: str) -> None:
        self.enrolled.setdefault(str(context_id), set()).update(user_ids)

    def lineitems_url(self, context_id: str) -> str:
        return f"{self.issuer}/mod/lti/services.php/{context_id}/lineitems?type_id={TYPE_ID}"

    def jwks(self) -> dict:
        public = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(self.private_key.public_key()))
        return {"keys": [{**public, "kid": self.kid, "alg": "RS256", "use": "sig"}]}

    def launch(
        self,
        client_id: str,
        user_id: str,
        username: str,
        context_id: str,
        *,
        grade_service: bool = True,
        deployment_id: str = "1",
        nonce: str | None = None,
    ) -> str:
        """The signed id_token of a learner's launch of the tool from a Moodle course."""
        now = int(time.time())
        claims: dict[str, Any] = {
            "iss": self.issuer,
            "aud": client_id,
            "sub": user_id,
            "iat": now,
            "exp": now + 60,
            "nonce": nonce or uuid.uuid4().hex,
            LTI + "message_type": "LtiResourceLinkRequest",
            LTI + "version": "1.3.0",
            LTI + "deployment_id": deployment_id,
            LTI + "target_link_uri": "https://hub.example.org/hub/",
            LTI + "resource_link": {"id": "41", "title": "CAIRE"},
            LTI + "roles": [LEARNER_ROLE],
            LTI + "context": {
                "id": str(context_id),
                "label": "AI-101",
                "title": "AI literacy",
                "type": ["CourseOffering"],
            },
            LTI + "custom": {"username": username},
        }
        if grade_service:
            claims[AGS_CLAIM] = {"scope": list(AGS_SCOPES), "lineitems": self.lineitems_url(context_id)}
        return jwt.encode(claims, self.private_key, algorithm="RS256", headers={"kid": self.kid})

    def fail_next_scores(self, count: int, status: int = HTTPStatus.SERVICE_UNAVAILABLE) -> None:
        """The next ``count`` score requests (with a valid token) answer ``status``, and are not kept."""
        with self.lock:
            self.failures_left, self.failure_status = count, status

    # --- the token endpoint ----------------------------------------------------------------------------------

    def grant_token(self, form: dict[str, str]) -> tuple[int, dict]:
        def refuse(status: int, error: str, why: str) -> tuple[int, dict]:
            self.token_requests.append((status, why))
            return status, {"error": error, "error_description": why}

        if form.get("grant_type") != "client_credentials" or form.get("client_assertion_type") != ASSERTION_TYPE:
            return refuse(400, "unsupported_grant_type", "client credentials with a JWT assertion expected")
        assertion = form.get("client_assertion", "")
        try:
            header = jwt.get_unverified_header(assertion)
            client_id = str(jwt.decode(assertion, options={"verify_signature": False}).get("iss", ""))
        except jwt.PyJWTError as problem:
            return refuse(400, "invalid_request", f"unreadable assertion: {problem}")
        keys = self.tools.get(client_id, {}).get("keys", [])
        key = next((one for one in keys if one.get("kid") == header.get("kid")), None)
        if key is None:
            return refuse(401, "invalid_client", f"no key {header.get('kid')} registered for client {client_id!r}")
        try:
            claims = jwt.decode(
                assertion,
                jwt.PyJWK(key).key,
                algorithms=["RS256"],
                audience=self.audience,
                issuer=client_id,
                options={"require": ["iss", "sub", "aud", "exp", "iat", "jti"]},
            )
        except jwt.PyJWTError as problem:
            return refuse(401, "invalid_client", f"assertion refused: {problem}")
        if claims["sub"] != client_id:
            return refuse(401, "invalid_client", "sub is not the client id")
        with self.lock:
            if claims["jti"] in self.used_jti:
                return refuse(400, "invalid_grant", "jti already used")
            self.used_jti.add(claims["jti"])
        scopes = set(form.get("scope", "").split()) & set(AGS_SCOPES)
        if not scopes:
            return refuse(400, "invalid_scope", "no AGS scope requested")
        token = secrets.token_urlsafe(24)
        self.tokens[token] = (client_id, scopes, time.time() + 3600)
        self.token_requests.append((200, client_id))
        return 200, {"access_token": token, "token_type": "Bearer", "expires_in": 3600, "scope": " ".join(scopes)}

    def check_bearer(self, authorization: str, any_of: tuple[str, ...]) -> tuple[int, str]:
        """(0, client id) when the bearer token is valid and has one of the scopes; else (401 or 403, why)."""
        kind, _, token = authorization.partition(" ")
        entry = self.tokens.get(token) if kind.lower() == "bearer" else None
        if entry is None or entry[2] < time.time():
            return 401, "a valid bearer token is needed"
        if not entry[1] & set(any_of):
            return 403, f"the token lacks the scope {any_of[0]}"
        return 0, entry[0]

    # --- the grade services ----------------------------------------------------------------------------------

    def list_lineitems(self, context_id: str) -> list[dict]:
        return list(self.lineitems.get(context_id, []))

    def create_lineitem(self, context_id: str, body: dict) -> tuple[int, dict]:
        if not body.get("label") or not isinstance(body.get("scoreMaximum"), int | float) or body["scoreMaximum"] <= 0:
            return 400, {"error": "a line item needs a label and a positive scoreMaximum"}
        with self.lock:
            items = self.lineitems.setdefault(context_id, [])
            number = sum(len(one) for one in self.lineitems.values()) + 1
            item = {
                **{key: body[key] for key in ("label", "scoreMaximum", "resourceId", "tag") if key in body},
                "id": f"{self.issuer}/mod/lti/services.php/{context_id}/lineitems/{number}/lineitem?type_id={TYPE_ID}",
            }
            items.append(item)
        return 201, item

    def receive_score(self, context_id: str, number: str, body: dict) -> tuple[int, dict | str]:
        with self.lock:
            if self.failures_left:
                self.failures_left -= 1
                self.score_requests.append(int(self.failure_status))
                return int(self.failure_status), "busy, try again"
            item = next(
                (one for one in self.lineitems.get(context_id, []) if f"/lineitems/{number}/" in one["id"]), None
            )
            status, answer = self._check_score(context_id, item, body)
            self.score_requests.append(status)
            if status == 200:
                self.held[item["id"], body["userId"]] = datetime.fromisoformat(body["timestamp"])
                self.scores.append({"context": context_id, "lineitem": item["id"], "label": item["label"], **body})
            return status, answer

    def _check_score(self, context_id: str, item: dict | None, body: dict) -> tuple[int, dict | str]:
        if item is None:
            return 404, "no such line item"
        user = str(body.get("userId", ""))
        if user not in self.enrolled.get(context_id, set()):
            return 400, f"user {user!r} is not gradable in course {context_id}"
        given, maximum = body.get("scoreGiven"), body.get("scoreMaximum")
        if not isinstance(given, int | float) or not isinstance(maximum, int | float) or given < 0 or maximum <= 0:
            return 400, "scoreGiven and scoreMaximum must be numbers (scoreMaximum > 0)"
        if body.get("activityProgress") not in ("Initialized", "Started", "InProgress", "Submitted", "Completed"):
            return 400, "bad activityProgress"
        if body.get("gradingProgress") not in ("FullyGraded", "Pending", "PendingManual", "Failed", "NotReady"):
            return 400, "bad gradingProgress"
        try:
            stamp = datetime.fromisoformat(str(body.get("timestamp")))
        except ValueError:
            stamp = None
        if stamp is None or stamp.tzinfo is None:
            return 400, "timestamp must be ISO 8601 with a time zone"
        held = self.held.get((item["id"], user))
        if held is not None and int(held.timestamp()) >= int(stamp.timestamp()):
            return 409, f"Refusing score with an earlier timestamp for item {item['id']} and user {user}"
        return 200, {}


def _handler(platform: Platform) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format, *args):  # quiet
            pass

        def answer(self, status: int, body: Any, content_type: str = "application/json") -> None:
            data = (json.dumps(body) if not isinstance(body, str) else body).encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", content_type if not isinstance(body, str) else "text/plain")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def read_body(self) -> bytes:
            return self.rfile.read(int(self.headers.get("Content-Length") or 0))

        def route(self) -> tuple[str, list[str]]:
            path = urllib.parse.urlsplit(self.path).path
            return path, path.removeprefix("/mod/lti/services.php/").split("/")

        def do_GET(self):
            path, parts = self.route()
            if path == "/mod/lti/certs.php":
                return self.answer(200, platform.jwks())
            if path.startswith("/mod/lti/services.php/") and parts[1:] == ["lineitems"]:
                status, why = platform.check_bearer(
                    self.headers.get("Authorization", ""), (SCOPE_LINEITEM, SCOPE_LINEITEM_READONLY)
                )
                if status:
                    return self.answer(status, why)
                return self.answer(
                    200, platform.list_lineitems(parts[0]), "application/vnd.ims.lis.v2.lineitemcontainer+json"
                )
            return self.answer(404, "not found")

        def do_POST(self):
            path, parts = self.route()
            body = self.read_body()
            if path == urllib.parse.urlsplit(platform.token_url).path:
                form = {key: values[0] for key, values in urllib.parse.parse_qs(body.decode("utf-8")).items()}
                return self.answer(*platform.grant_token(form))
            if not path.startswith("/mod/lti/services.php/"):
                return self.answer(404, "not found")
            content_type = self.headers.get("Content-Type", "")
            if parts[1:] == ["lineitems"]:
                status, why = platform.check_bearer(self.headers.get("Authorization", ""), (SCOPE_LINEITEM,))
                if status:
                    return self.answer(status, why)
                if content_type != "application/vnd.ims.lis.v2.lineitem+json":
                    return self.answer(415, "a line item is application/vnd.ims.lis.v2.lineitem+json")
                status, item = platform.create_lineitem(parts[0], json.loads(body))
                return self.answer(status, item, "application/vnd.ims.lis.v2.lineitem+json")
            if len(parts) == 5 and parts[1] == "lineitems" and parts[3:] == ["lineitem", "scores"]:
                status, why = platform.check_bearer(self.headers.get("Authorization", ""), (SCOPE_SCORE,))
                if status:
                    with platform.lock:
                        platform.score_requests.append(status)
                    return self.answer(status, why)
                if content_type != "application/vnd.ims.lis.v1.score+json":
                    return self.answer(415, "a score is application/vnd.ims.lis.v1.score+json")
                return self.answer(*platform.receive_score(parts[0], parts[2], json.loads(body)))
            return self.answer(404, "not found")

    return Handler
