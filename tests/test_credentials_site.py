"""The static page that checks a CAIRE attestation (autograder/credentials/site/: index.html, verify.js, verify.css),
in Debian's chromium.

A site folder is built here as the publisher lays it out (index.html and its files, issuer.json, status/revocation.jwt,
credentials/<uuid>.jwt), with openbadgeslib and a fresh RSA key, and served on 127.0.0.1 by the standard library.
The page must say valid, revoked, invalid, not found or cannot check for the right attestations, whether it gets them
from its address (index.html#<uuid>, the QR code's link) or pasted; trust issuer.json's key and never the token's own;
speak French or English; and pass axe-core's WCAG 2.1 A/AA rules and the keyboard check (tests/a11y.py).
"""

from __future__ import annotations

import base64
import contextlib
import functools
import http.server
import json
import re
import shutil
import threading
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import ClassVar

import pytest
from conftest import LANGUAGES, REPO, free_port

pytestmark = [pytest.mark.browser, pytest.mark.timeout(120)]

STATIC = REPO / "autograder" / "credentials" / "site"
ISSUER_NAME = "Université d’Exemple (CAIRE)"
ACHIEVEMENT = "CAIRE — AI literacy"
#: Credential 0's learner: a name that would be markup if the page wrote it as HTML.
LEARNER = "Zoé <b>Durand</b>"
COMPETENCES = ("Understand how an AI system learns from data", "Judge what an AI system produces")
ISSUED = datetime(2026, 3, 12, 10, 0, tzinfo=UTC)
ISSUED_SHOWN = {"en": "March 12, 2026", "fr": "12 mars 2026"}
OUTCOME_WORDS = {
    "en": {"valid": "Valid", "revoked": "Revoked", "invalid": "Invalid", "notfound": "not found"},
    "fr": {"valid": "valide", "revoked": "révoquée", "invalid": "non valide", "notfound": "introuvable"},
}


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _b64url_decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@dataclass
class Site:
    """A served site folder: its base URL, the uuids of the attestations in credentials/, tokens that are not."""

    folder: Path
    base: str
    uuids: dict[str, str] = field(default_factory=dict)
    tokens: dict[str, str] = field(default_factory=dict)
    other_key_list: str = ""

    def url(self, fragment: str = "", language: str | None = None) -> str:
        return (
            f"{self.base}index.html" + (f"?lang={language}" if language else "") + (f"#{fragment}" if fragment else "")
        )


def build_site(folder: Path, base: str) -> Site:
    """The publisher's layout, filled with openbadgeslib: attestations 0 (valid), 1 (revoked: bit 1 of the list),
    2 (its status list on another origin), a copy of 0 with one byte changed, 0 under another number; and tokens
    to paste: 0 signed by another key that its header carries, 0 signed by the issuer with another key in its
    header, 0 with alg "none"."""
    import jwt
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from jwt.algorithms import RSAAlgorithm
    from openbadgeslib.ob3 import (
        Achievement,
        Alignment,
        IdentityObject,
        Issuer,
        OB3Signer,
        OpenBadgeCredential,
        build_status_list_credential,
        sign_status_list_credential,
        status_entry,
    )

    def private_pem() -> tuple[bytes, dict]:
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        pem = key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        return pem, json.loads(RSAAlgorithm.to_jwk(key.public_key()))

    shutil.copytree(STATIC, folder)
    (folder / "credentials").mkdir()
    (folder / "status").mkdir()
    pem, public = private_pem()
    other_pem, other_public = private_pem()
    issuer = Issuer(id=f"{base}issuer.json", name=ISSUER_NAME, url=base)
    (folder / "issuer.json").write_text(
        json.dumps({"id": issuer.id, "name": issuer.name, "url": base, "publicKeyJwk": public}), encoding="utf-8"
    )
    achievement = Achievement(
        id=f"{base}achievements/caire",
        name=ACHIEVEMENT,
        description="Completed the CAIRE course.",
        criteria_narrative="Submitted the exercise of each core module with at least 50 % of its points.",
        achievement_type="Certificate",
        alignments=[
            Alignment(name, f"https://example.org/competences/{number}", "DigComp 2.2", f"5.{number}")
            for number, name in enumerate(COMPETENCES, start=1)
        ],
    )
    status_url = f"{base}status/revocation.jwt"

    def credential(learner: str, index: int, list_url: str = status_url) -> OpenBadgeCredential:
        return OpenBadgeCredential(
            issuer=issuer,
            recipient_id=None,
            achievement=achievement,
            issuance_date=ISSUED,
            identifiers=[IdentityObject(identity_hash=learner, identity_type="name", hashed=False)],
            credential_status=[status_entry(list_url, "revocation", index)],
        )

    site = Site(folder, base)
    signer = OB3Signer(pem)
    first = credential(LEARNER, 0)
    published = {
        "valid": first,
        "revoked": credential("Grace Hopper", 1),
        "elsewhere": credential("Ada Lovelace", 2, "https://elsewhere.example/status/revocation.jwt"),
    }
    for name, issued in published.items():
        site.uuids[name] = issued.id.removeprefix("urn:uuid:")
        site.tokens[name] = signer.sign(issued)
        (folder / "credentials" / f"{site.uuids[name]}.jwt").write_text(site.tokens[name], encoding="ascii")
    # One byte of credential 0's payload changed (a digit of its id, not of its jti: the file is named after the new id, the
    # payload is still JSON of the same shape), its signature kept: only the signature tells.
    header, payload, signature = site.tokens["valid"].split(".")
    digit = site.uuids["valid"][-1]
    site.uuids["altered"] = site.uuids["valid"][:-1] + ("0" if digit != "0" else "1")
    altered = _b64url_decode(payload).replace(site.uuids["valid"].encode(), site.uuids["altered"].encode(), 1)
    assert sum(a != b for a, b in zip(altered, _b64url_decode(payload), strict=True)) == 1
    site.tokens["altered"] = f"{header}.{_b64url(altered)}.{signature}"
    # Credential 0 as issued, under another attestation's number.
    site.uuids["renamed"] = str(uuid.uuid4())
    site.tokens["renamed"] = site.tokens["valid"]
    for name in ("altered", "renamed"):
        (folder / "credentials" / f"{site.uuids[name]}.jwt").write_text(site.tokens[name], encoding="ascii")
    site.tokens["other_key"] = OB3Signer(other_pem).sign(first)  # its header's jwk is the other key
    # Signed with the issuer's key, but its header names another key.
    site.tokens["other_header"] = jwt.encode(first.to_jwt_payload(), pem, "RS256", headers={"jwk": other_public})
    site.tokens["alg_none"] = f"{_b64url(json.dumps({'alg': 'none', 'typ': 'JWT'}).encode())}.{payload}."
    status = build_status_list_credential(issuer.id, status_url, "revocation", [1])
    (folder / "status" / "revocation.jwt").write_text(sign_status_list_credential(status, pem, "RS256"), "ascii")
    # The same list, revoking credential 0 too, signed by another key: what a forger would serve.
    forged = build_status_list_credential(issuer.id, status_url, "revocation", [0, 1])
    site.other_key_list = sign_status_list_credential(forged, other_pem, "RS256")
    return site


class _Quiet(http.server.SimpleHTTPRequestHandler):
    """A static file server, as the site's host is (the .jwt files as application/jwt), that logs nothing."""

    extensions_map: ClassVar[dict[str, str]] = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".jwt": "application/jwt",
    }

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Site:
    """The site folder, served on 127.0.0.1 for the module."""
    port = free_port()
    built = build_site(tmp_path_factory.mktemp("attestations") / "site", f"http://127.0.0.1:{port}/")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(_Quiet, directory=built.folder))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield built
    server.shutdown()
    server.server_close()


@contextlib.contextmanager
def opened(browser, site: Site, url: str, locale: str = "en-GB", routes: dict | None = None):
    """A fresh tab on ``url`` that may reach the site only (any other request is aborted and fails the test), and
    the page's script errors, which also fail it."""
    context = browser.new_context(locale=locale, timezone_id="Europe/Paris", viewport={"width": 1000, "height": 900})
    outside, errors = [], []

    def leave(route):
        outside.append(route.request.url)
        route.abort()

    context.route(re.compile(r"^(?!" + re.escape(site.base) + r")[a-z]+:"), leave)
    for pattern, handler in (routes or {}).items():
        context.route(pattern, handler)
    page = context.new_page()
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        page.goto(url)
        yield page
        assert outside == [], f"the page asked for files outside its site: {outside}"
        assert errors == [], errors
    finally:
        context.close()


def outcome(page, expected: str) -> str:
    """Wait for the result ``expected`` (valid, revoked, invalid, notfound, unchecked); the result's text."""
    from playwright.sync_api import expect

    result = page.locator("#result")
    expect(result).to_have_attribute("data-outcome", expected, timeout=10_000)
    return result.inner_text()


def _accessible(page) -> None:
    from a11y import axe_report

    report = axe_report(page)
    assert report == "", report


# --- an attestation from its address (the QR code) ---------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_valid_attestation_shows_who_what_by_whom_and_when(browser, site, language):
    from a11y import tab_through

    with opened(browser, site, site.url(site.uuids["valid"], language)) as page:
        text = outcome(page, "valid")
        assert page.evaluate("document.documentElement.lang") == language
        assert OUTCOME_WORDS[language]["valid"] in text and "✓" in text
        for shown in (LEARNER, ACHIEVEMENT, ISSUER_NAME, ISSUED_SHOWN[language], *COMPETENCES):
            assert shown in text, f"{shown!r} not in {text!r}"
        assert page.locator("#result b").count() == 0, "the learner's name was written as HTML"
        assert page.locator("#result .alignments li").all_inner_texts() == [
            f"5.{number} — {name} (DigComp 2.2)" for number, name in enumerate(COMPETENCES, start=1)
        ]
        region = page.locator("#result")
        assert region.get_attribute("role") == "status" and region.get_attribute("aria-live") == "polite"
        assert page.locator("h1").count() == 1
        _accessible(page)
        keyboard = tab_through(page)
        assert len(keyboard["controls"]) >= 4, keyboard["controls"]  # the language link, text, file, button
        assert keyboard["missed"] == [] and keyboard["focus_not_shown"] == [], keyboard


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_revoked_attestation_says_revoked(browser, site, language):
    with opened(browser, site, site.url(site.uuids["revoked"], language)) as page:
        text = outcome(page, "revoked")
        assert OUTCOME_WORDS[language]["revoked"] in text and "✗" in text
        assert OUTCOME_WORDS[language]["valid"] not in text
        assert "Grace Hopper" in text
        _accessible(page)


def test_an_altered_attestation_is_invalid(browser, site):
    with opened(browser, site, site.url(site.uuids["altered"], "en")) as page:
        text = outcome(page, "invalid")
        assert "Invalid" in text and "altered" in text and ISSUER_NAME in text
        assert site.uuids["altered"] not in page.locator("#result").inner_html(), "nothing of it is shown"


def test_an_attestation_under_another_number_is_invalid(browser, site):
    with opened(browser, site, site.url(site.uuids["renamed"], "en")) as page:
        assert "not the attestation this address names" in outcome(page, "invalid")


@pytest.mark.parametrize("fragment", ["0d4f7f2e-5b1c-4c8a-9e3d-7a6b2c1f0e94", "not-a-uuid", "../issuer"])
def test_an_unknown_attestation_is_not_found(browser, site, fragment):
    with opened(browser, site, site.url(fragment, "en")) as page:
        assert "not found" in outcome(page, "notfound")


def test_a_status_list_on_another_origin_cannot_be_checked(browser, site):
    with opened(browser, site, site.url(site.uuids["elsewhere"], "en")) as page:
        assert "Cannot check" in outcome(page, "unchecked")


@pytest.mark.parametrize("served", ["missing", "other_key"])
def test_an_unreadable_or_forged_status_list_cannot_be_checked(browser, site, served):
    """A list that does not answer, or one signed by another key (here one that revokes credential 0), says nothing:
    the attestation is neither valid nor revoked."""

    def answer(route):
        if served == "missing":
            route.fulfill(status=503, body="down")
        else:
            route.fulfill(status=200, body=site.other_key_list, content_type="application/jwt")

    routes = {f"{site.base}status/revocation.jwt": answer}
    with opened(browser, site, site.url(site.uuids["valid"], "en"), routes=routes) as page:
        assert "Cannot check" in outcome(page, "unchecked")


def test_without_the_issuers_key_nothing_can_be_checked(browser, site):
    routes = {f"{site.base}issuer.json": lambda route: route.fulfill(status=500, body="")}
    with opened(browser, site, site.url(site.uuids["valid"], "en"), routes=routes) as page:
        assert "Cannot check" in outcome(page, "unchecked")


# --- an attestation pasted or loaded from a file -----------------------------------------------------------------


def test_a_pasted_attestation_is_checked_and_only_the_issuers_key_is_trusted(browser, site, tmp_path):
    with opened(browser, site, site.url(language="en")) as page:
        assert page.locator("#result").get_attribute("data-outcome") == "none"
        textbox = page.get_by_label("Paste the attestation’s text")
        button = page.get_by_role("button", name="Check")
        textbox.fill(f"My attestation:\n{site.tokens['valid']}\n")
        button.click()
        assert LEARNER in outcome(page, "valid")
        # Signed by another key that its header carries, or not signed at all: the page trusts issuer.json only.
        for name in ("other_key", "other_header", "alg_none", "altered"):
            textbox.fill(site.tokens[name])
            textbox.press("Tab")
            page.keyboard.press("Tab")  # the file input, then the button, with the keyboard
            page.keyboard.press("Enter")
            assert "Invalid" in outcome(page, "invalid"), name
        textbox.fill("no attestation here")
        button.click()
        assert "No attestation was found" in outcome(page, "notfound")
        saved = tmp_path / "attestation.jwt"
        saved.write_text(site.tokens["revoked"], encoding="ascii")
        page.get_by_label("Or choose the attestation’s file").set_input_files(saved)
        assert "Grace Hopper" in outcome(page, "revoked")


# --- the two languages -------------------------------------------------------------------------------------------


def test_a_french_browser_gets_french_with_french_typography_and_a_link_to_english(browser, site):
    from caire.core.typography import breakable_spaces

    revoked = site.uuids["revoked"]
    with opened(browser, site, site.url(revoked), locale="fr-FR") as page:
        text = outcome(page, "revoked")
        assert "révoquée" in text and "Attestation révoquée" in text
        assert page.evaluate("document.documentElement.lang") == "fr"
        assert page.title() == "Vérifier une attestation CAIRE"
        body = page.locator("body").inner_text()
        assert breakable_spaces(body) == [], breakable_spaces(body)
        assert "'" not in body, "French apostrophes are ’"
        switch = page.get_by_role("link", name="English")
        assert switch.get_attribute("lang") == switch.get_attribute("hreflang") == "en"
        switch.click()
        page.wait_for_url(re.compile(r"\?lang=en#" + revoked + "$"))
        assert "Revoked" in outcome(page, "revoked")
        assert page.evaluate("document.documentElement.lang") == "en"
        assert page.get_by_role("link", name="Français").get_attribute("href") == f"?lang=fr#{revoked}"


def test_the_page_is_static_and_self_contained():
    """No framework, no CDN, nothing from elsewhere; the credential's data never goes through innerHTML."""
    page = (STATIC / "index.html").read_text(encoding="utf-8")
    script = (STATIC / "verify.js").read_text(encoding="utf-8")
    assert re.findall(r'(?:src|href)="([^"]+)"', page) == ["verify.css", "verify.js", "?lang=fr"]
    assert "innerHTML" not in script and "insertAdjacentHTML" not in script and "eval(" not in script
    assert not re.search(r"https?://", script)


def test_the_site_the_publisher_writes_verifies_and_revokes_in_the_browser(browser, tmp_path):
    """The same page on a site written by autograder/credentials (issue, revoke), at the QR code's address."""
    from autograder.credentials import badges, rules

    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    course, folder = tmp_path / "course", tmp_path / "site"
    course.mkdir()
    (course / rules.SETTINGS_FILE).write_text(
        f'[issuer]\nid = "{base}"\nname = "{ISSUER_NAME}"\nsite = "{base}"\nlanguage = "en"\n', encoding="utf-8"
    )
    key = badges.read_key(badges.init_key(tmp_path / "keys" / "issuer.pem", course), course)
    issuer, chosen = badges.load_issuer(course), rules.load_rules(course)
    learners = [rules.Completion(student, True, completed_at=ISSUED) for student in ("s1", "s2")]
    issued = badges.issue(course, key, issuer, chosen, learners, {"s1": "Ada Lovelace", "s2": LEARNER}, folder)
    badges.revoke(course, key, issuer, folder, "s2", "test")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(_Quiet, directory=folder))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    served = Site(folder, base)
    try:
        for one, expected in zip(issued, ("valid", "revoked")):
            with opened(browser, served, one.verify_url) as page:
                text = outcome(page, expected)
                assert (LEARNER if one.student_id == "s2" else "Ada Lovelace") in text
                if expected == "valid":
                    assert "AI literacy" in text and "Art" in page.locator("#result .alignments").inner_text()
    finally:
        server.shutdown()
        server.server_close()
