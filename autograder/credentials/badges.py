"""Open Badges 3.0 credentials for the learners who complete the course, signed with the institution's key.

Each credential is an OpenBadgeCredential (Open Badges 3.0, a profile of W3C Verifiable Credentials 2.0), secured
as a VC-JWT (OB 3.0 §8.2) with RS256, the algorithm every OB 3.0 verifier must support. The library is
openbadgeslib (docs/credentials.md says why): it builds the credential, signs it, verifies it, and keeps the
revocation list (a W3C Bitstring Status List, one bit per credential at a random index).

Where things are:
- the issuer's private key: outside the repository and the course folder, readable by its owner only
  (default ``~/.config/caire/issuer-key.pem``, or $CAIRE_ISSUER_KEY), like the research key;
- the course's ``credentials.toml``: who issues (``[issuer]``) and the completion rules (``[completion]``,
  rules.py);
- ``<course>/credentials/``: what was issued (private, mode 0700): the status registry (who has which index,
  what is revoked) and every signed credential, ``<uuid>.jwt``;
- the verification site (``--site``, default ``<course>/credentials-site/``): static files to serve at the
  ``[issuer] site`` address: the page, ``issuer.json`` (the public key), ``status/revocation.jwt`` and
  ``credentials/<uuid>.jwt``. A credential's address holds 122 random bits: it is reachable only through its
  link, which the learner gives to whom they choose (the QR code of their attestation).
"""

from __future__ import annotations

import json
import os
import shutil
import urllib.parse
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from autograder import course_directory, secret_files
from autograder.credentials import learning_time, write_atomically
from autograder.credentials.rules import Completion, CredentialsError, Rules, read_settings
from caire.core.checks import competence_names
from caire.core.checks import competences as competence_texts
from caire.core.typography import french

#: Where ``init-key`` writes the issuer's key and the other commands read it, unless --key-file or $CAIRE_ISSUER_KEY.
DEFAULT_KEY_FILE = "~/.config/caire/issuer-key.pem"
#: RSA size: 3072 bits, for signatures that stay sound beyond 2030 (ANSSI's and NIST's horizon for 2048).
KEY_BITS = 3072
STORE = "credentials"
REGISTRY_FILE = "status-registry.json"
SITE = "credentials-site"
STATUS_PATH = "status/revocation.jwt"
#: The static verification page (committed files), copied into the site.
PAGE_FILES = Path(__file__).resolve().parent / "site"
#: Frameworks named in a credential's alignments (caire/core/competences.toml); UNESCO's stays in the course.
ALIGNED_FRAMEWORKS = ("art4", "digcomp")
LANGUAGES = ("fr", "en")
#: The achievement's result description of the learning hours (a fragment of the site's address).
HOURS = "achievement#hours"


# --- the issuer's key -------------------------------------------------------------------------------------------


def default_key_file() -> Path:
    return Path(os.environ.get("CAIRE_ISSUER_KEY", "").strip() or DEFAULT_KEY_FILE).expanduser()


def _check_key_location(path: Path, course: Path | None, site: Path | None = None) -> None:
    places = [("the course directory", course or course_directory())]
    if site is not None:
        places.append(("the verification site", site))
    secret_files.check_location(
        path,
        "the issuer key",
        places,
        f"{DEFAULT_KEY_FILE} (whoever holds it can issue credentials in the institution's name)",
        CredentialsError,
    )


def init_key(path: Path | str | None = None, course: Path | None = None) -> Path:
    """A new RSA key for RS256 signatures, PEM, readable by its owner only; never overwrites one."""
    path = Path(path).expanduser() if path else default_key_file()
    _check_key_location(path, course)
    return secret_files.create(
        path,
        secret_files.new_rsa_key(KEY_BITS),
        "an issuer key",
        CredentialsError,
        "keep it (credentials signed with it verify only against its public key); "
        "delete it yourself only if it was never used",
    )


def read_key(path: Path | str | None = None, course: Path | None = None, site: Path | None = None) -> bytes:
    """The issuer's private key (PEM); a clear error when it is missing, exposed or not an RSA key."""
    path = Path(path).expanduser() if path else default_key_file()
    _check_key_location(path, course, site)
    hint = (
        f"create one with `python -m autograder credentials init-key"
        f"{'' if path == default_key_file() else f' --key-file {path}'}` (outside the repository and the course)"
    )
    return secret_files.check_rsa_key(
        secret_files.read(path, "issuer key", CredentialsError, hint), path, CredentialsError, hint
    )


def public_jwk(private_pem: bytes) -> dict:
    """The public half of the issuer's key as a JWK (what issuer.json publishes)."""
    from cryptography.hazmat.primitives import serialization
    from jwt.algorithms import RSAAlgorithm

    public = serialization.load_pem_private_key(private_pem, password=None).public_key()
    jwk = json.loads(RSAAlgorithm.to_jwk(public))
    return {"kty": "RSA", "n": jwk["n"], "e": jwk["e"], "alg": "RS256", "use": "sig"}


def public_pem(jwk: dict) -> bytes:
    """A PEM public key from issuer.json's JWK (what the verifier trusts)."""
    from cryptography.hazmat.primitives import serialization
    from jwt.algorithms import RSAAlgorithm

    key = RSAAlgorithm.from_jwk({"kty": "RSA", "n": jwk["n"], "e": jwk["e"]})
    return key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


# --- who issues --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Issuer:
    """The ``[issuer]`` section of credentials.toml."""

    id: str  # the institution's identifier: its web address (or a did:web)
    name: str
    site: str  # where the verification site is served, ending with "/"
    language: str = "fr"  # the language of the credential's texts (the PDF exists in both)
    url: str | None = None
    course_title: str | None = None

    @property
    def status_list_url(self) -> str:
        return self.site + STATUS_PATH

    def verify_url(self, credential_id: str) -> str:
        return f"{self.site}#{credential_id.removeprefix('urn:uuid:')}"


def load_issuer(course: Path) -> Issuer:
    raw = read_settings(course).get("issuer")
    where = f"{Path(course) / 'credentials.toml'}, [issuer]"
    if not raw:
        raise CredentialsError(
            f"{where} is missing: say who issues the credentials (id, name, site): see docs/credentials.md"
        )
    missing = [name for name in ("id", "name", "site") if not str(raw.get(name, "")).strip()]
    if missing:
        raise CredentialsError(f"{where}: set {', '.join(missing)} (see docs/credentials.md)")
    unknown = set(raw) - {"id", "name", "site", "language", "url", "course_title"}
    if unknown:
        raise CredentialsError(f"{where}: unknown setting {', '.join(sorted(unknown))}")
    site = str(raw["site"]).strip()
    parsed = urllib.parse.urlparse(site)
    local = parsed.hostname in {"localhost", "127.0.0.1"}
    if (parsed.scheme != "https" and not (parsed.scheme == "http" and local)) or not site.endswith("/"):
        raise CredentialsError(
            f"{where}: site must be the https:// address where the verification site is served, ending with / "
            f"(e.g. https://caire.example.org/attestations/), not {site!r}"
        )
    language = raw.get("language", "fr")
    if language not in LANGUAGES:
        raise CredentialsError(f"{where}: language must be fr or en, not {language!r}")
    return Issuer(
        str(raw["id"]).strip(), str(raw["name"]).strip(), site, language, raw.get("url"), raw.get("course_title")
    )


# --- the credential ----------------------------------------------------------------------------------------------

_TEXTS = {
    "fr": {
        "course": "CAIRE — culture de l’IA",
        "name": "{course} : parcours réussi",
        "description": (
            "A suivi le parcours interactif de culture de l’intelligence artificielle CAIRE ({modules}) : "
            "comment fonctionne un système d’IA, ses limites, ses risques, son éthique, son coût "
            "environnemental et le droit qui l’encadre. Durée estimée : {hours}."
        ),
        "hours": "Durée estimée d’apprentissage (heures)",
    },
    "en": {
        "course": "CAIRE — AI literacy",
        "name": "{course}: course completed",
        "description": (
            "Completed CAIRE's interactive AI-literacy course ({modules}): how an AI system works, what it "
            "cannot do, its risks, its ethics, its environmental cost and the law around it. Estimated "
            "duration: {hours}."
        ),
        "hours": "Estimated learning time (hours)",
    },
}


def covered_competences(rules: Rules) -> list[str]:
    """The competence codes evidenced by the graded questions of the required modules, in the file's order."""
    codes: set[str] = set()
    for module in rules.modules:
        for question in module.questions().QUESTIONS.values():
            codes.update(question.competences)
    return [code for code in competence_texts() if code in codes]


def course_title(language: str) -> str:
    return _TEXTS[language]["course"]


def _alignments(codes: list[str], language: str):
    import tomllib

    from openbadgeslib.ob3 import Alignment

    from caire.core import checks

    with (Path(checks.__file__).with_name("competences.toml")).open("rb") as handle:
        frameworks = tomllib.load(handle)["frameworks"]
    texts = dict(zip(codes, competence_names(codes, language)))
    return [
        Alignment(
            target_name=texts[code],
            target_url=frameworks[code.split(".")[0]]["url"],
            target_framework=frameworks[code.split(".")[0]]["title"],
            target_code=code,
        )
        for code in codes
        if code.split(".")[0] in ALIGNED_FRAMEWORKS
    ]


def build_achievement(issuer: Issuer, rules: Rules):
    """What every credential of the course attests (the same for all learners: built once per run)."""
    from openbadgeslib.ob3 import Achievement, ResultDescription

    texts = _TEXTS[issuer.language]
    course = issuer.course_title or texts["course"]
    modules = ", ".join(f"{module.number:02d} {module.titled(issuer.language)}" for module in rules.modules)

    def typeset(text: str) -> str:  # French typography: ’ and the no-break spaces before : ; ? ! and in « »
        return french(text.replace("'", "’")) if issuer.language == "fr" else text

    return Achievement(
        id=f"{issuer.site}achievement",
        name=typeset(texts["name"].format(course=course)),
        description=typeset(
            texts["description"].format(modules=modules, hours=learning_time(rules.minutes / 60, issuer.language))
        ),
        criteria_narrative=typeset(rules.describe(issuer.language)),
        achievement_type="CertificateOfCompletion",
        alignments=_alignments(covered_competences(rules), issuer.language),
        result_descriptions=[
            ResultDescription(id=f"{issuer.site}{HOURS}", name=texts["hours"], result_type="ext:LearningHours")
        ],
    )


def build_credential(issuer: Issuer, achievement, minutes: int, learner_name: str, issued: datetime):
    """The unsigned OpenBadgeCredential of one learner who met the rules (its status entry is added at issue)."""
    from openbadgeslib.ob3 import IdentityObject, OpenBadgeCredential, Result
    from openbadgeslib.ob3 import Issuer as Profile

    return OpenBadgeCredential(
        issuer=Profile(id=issuer.id, name=issuer.name, url=issuer.url),
        recipient_id=None,
        achievement=achievement,
        issuance_date=issued,
        identifiers=[IdentityObject(identity_hash=learner_name, identity_type="name", hashed=False)],
        results=[Result(value=f"{minutes / 60:.2f}", result_description=f"{issuer.site}{HOURS}")],
    )


# --- issuing, revoking, publishing --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Issued:
    student_id: str
    credential_id: str
    token: str
    verify_url: str


def store_folder(course: Path) -> Path:
    return Path(course) / STORE


def _write_private(path: Path, text: str) -> None:
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    write_atomically(path, text.encode("utf-8"), 0o600)


def _write_public(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, text.encode("utf-8"), 0o644)


def issue(
    course: Path,
    key_pem: bytes,
    issuer: Issuer,
    rules: Rules,
    completions: list[Completion],
    names: dict[str, str],
    site: Path,
    now: datetime | None = None,
) -> list[Issued]:
    """Sign a credential for every learner who completed and holds no valid one yet; publish them and the list.

    Learners who do not meet the rules get nothing. A learner whose credential was revoked gets a new one if they
    meet the rules again. The registry and the site are written once everything is signed.
    """
    from openbadgeslib.ob3 import OB3Signer, StatusRegistry, status_entry

    now = now or datetime.now(UTC)
    nameless = [one.student_id for one in completions if one.completed and not names.get(one.student_id, "").strip()]
    if nameless:
        raise CredentialsError(
            f"learners {', '.join(nameless)} completed but have no name in the gradebook: add their first and last "
            "names (nbgrader db student add ID --first-name ... --last-name ...) and issue again; nothing was issued"
        )
    store = store_folder(course)
    store.mkdir(mode=0o700, exist_ok=True)
    signer = OB3Signer(key_pem, algorithm="RS256")
    achievement, minutes = build_achievement(issuer, rules), rules.minutes
    issued = []
    with StatusRegistry.locked(str(store / REGISTRY_FILE)) as registry:
        holders = {entry.recipient for entry in registry.entries.values() if entry.revoked is None}
        for completion in completions:
            if not completion.completed or completion.student_id in holders:
                continue
            credential = build_credential(issuer, achievement, minutes, names[completion.student_id].strip(), now)
            index = registry.allocate(credential.id, completion.student_id, now)
            credential.credential_status = [status_entry(issuer.status_list_url, "revocation", index)]
            token = signer.sign(credential)
            issued.append(Issued(completion.student_id, credential.id, token, issuer.verify_url(credential.id)))
        for one in issued:
            _write_private(store / f"{one.credential_id.removeprefix('urn:uuid:')}.jwt", one.token + "\n")
        registry.save()
        publish(course, key_pem, issuer, site, registry)
    return issued


def revoke(course: Path, key_pem: bytes, issuer: Issuer, site: Path, who: str, reason: str) -> list[str]:
    """Revoke every valid credential of a learner (student id) or one credential (its urn:uuid); republish."""
    from openbadgeslib.ob3 import StatusRegistry

    path = store_folder(course) / REGISTRY_FILE
    if not path.is_file():
        raise CredentialsError(f"no credential was issued in {course}: nothing to revoke")
    with StatusRegistry.locked(str(path)) as registry:
        chosen = [
            entry
            for entry in registry.entries.values()
            if entry.revoked is None and who in {entry.recipient, entry.jti, entry.jti.removeprefix("urn:uuid:")}
        ]
        if not chosen:
            raise CredentialsError(f"no valid credential of {who!r}: check the student id or the credential's id")
        for entry in chosen:
            registry.revoke(entry.jti, datetime.now(UTC), reason=reason or None)
        registry.save()
        publish(course, key_pem, issuer, site, registry)
    return [entry.jti for entry in chosen]


def publish(course: Path, key_pem: bytes, issuer: Issuer, site: Path, registry=None) -> Path:
    """Write the static verification site: the page, issuer.json, the signed status list, every credential."""
    from openbadgeslib.ob3 import StatusRegistry, build_status_list_credential, sign_status_list_credential

    store = store_folder(course)
    if registry is None:
        registry = StatusRegistry.load(str(store / REGISTRY_FILE))
    site = Path(site)
    site.mkdir(parents=True, exist_ok=True)
    for page in PAGE_FILES.iterdir():
        if page.is_file():
            shutil.copyfile(page, site / page.name)
    jwk = public_jwk(key_pem)
    about = {"id": issuer.id, "name": issuer.name, "url": issuer.url, "publicKeyJwk": jwk}
    _write_public(site / "issuer.json", json.dumps(about, ensure_ascii=False, indent=1) + "\n")
    status_list = build_status_list_credential(
        issuer.id, issuer.status_list_url, "revocation", registry.revoked_indices(), size_bits=registry.size_bits
    )
    _write_public(site / STATUS_PATH, sign_status_list_credential(status_list, key_pem, "RS256") + "\n")
    for entry in registry.entries.values():
        name = entry.jti.removeprefix("urn:uuid:") + ".jwt"
        token = store / name
        if token.is_file():
            _write_public(site / "credentials" / name, token.read_text(encoding="utf-8"))
    return site


# --- verifying ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Verdict:
    """What a verification found: "valid", "revoked" or "invalid", and why (for a person to read)."""

    status: str
    message: str
    learner: str | None = None
    achievement: str | None = None
    issuer: str | None = None
    issued: datetime | None = None


def _site_reader(site: str | Path):
    """(read(relative path) -> bytes, download(url) -> bytes) for a site folder or an https:// site address."""
    from openbadgeslib.util import download_file

    if isinstance(site, str) and site.startswith(("https://", "http://")):
        base = site if site.endswith("/") else site + "/"
        return (lambda relative: download_file(base + relative)), download_file
    folder = Path(site)

    def read(relative: str) -> bytes:
        return (folder / relative).read_bytes()

    def download(url: str) -> bytes:
        # The status list is read from the same site folder when its address is under the site's.
        return read(STATUS_PATH) if url.endswith("/" + STATUS_PATH) else download_file(url)

    return read, download


def verify(token: str, site: str | Path) -> Verdict:
    """Verify a credential against the issuer's published key and revocation list (a site folder or address)."""
    from jwt import InvalidKeyError
    from openbadgeslib.ob3 import OB3VerificationError, OB3Verifier

    read, download = _site_reader(site)
    try:
        about = json.loads(read("issuer.json"))
        trusted = public_pem(about["publicKeyJwk"])
    except (OSError, ValueError, KeyError, InvalidKeyError) as problem:
        raise CredentialsError(f"cannot read the issuer's public key from {site}/issuer.json ({problem})") from None
    token = token.strip()
    verifier = OB3Verifier(pubkey_pem=trusted)
    try:
        credential = verifier.verify(token)
    except OB3VerificationError as problem:
        return Verdict("invalid", f"invalid: {problem} (altered, or not issued by {about.get('name')})")
    if credential.issuer.id != about.get("id"):
        return Verdict("invalid", f"invalid: issued by {credential.issuer.id}, not by {about.get('id')}")
    learner = next((one.identity_hash for one in credential.identifiers if one.identity_type == "name"), None)
    details = {
        "learner": learner,
        "achievement": credential.achievement.name,
        "issuer": credential.issuer.name,
        "issued": credential.issuance_date,
    }
    try:
        verifier.check_status(credential, verify_list=True, download=download)
    except OB3VerificationError as problem:
        # openbadgeslib says "Credential status 'revocation' is set at index N in <list>" for a revoked one.
        if "'revocation' is set" in str(problem):
            return Verdict("revoked", "revoked: the issuer has withdrawn this credential", **details)
        return Verdict("invalid", f"cannot check its status: {problem}", **details)
    return Verdict("valid", "valid", **details)
