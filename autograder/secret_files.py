"""Secret files kept by the trainer: the research key, the issuer's signing key. One set of rules for all of them:
kept outside the repository, the course folder and any output (they would travel with what they protect),
created readable by their owner only, never overwritten, and refused when other users can read them."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent


def inside(path: Path, folder: Path) -> bool:
    path, folder = Path(path).expanduser().resolve(), Path(folder).expanduser().resolve()
    return path == folder or path.is_relative_to(folder)


def check_location(path: Path, what: str, places: Iterable[tuple[str, Path]], example: str, error: type[Exception]):
    """Raise ``error`` when the secret ``path`` lies in one of the (name, folder) ``places`` or in the repository."""
    for name, folder in [("the repository", REPOSITORY), *places]:
        if inside(path, folder):
            raise error(
                f"{what} {path} is inside {name} ({folder}): keep it outside the repository, the course directory "
                f"and any export, e.g. {example}"
            )


def create(path: Path, content: bytes, what: str, error: type[Exception], keep_advice: str) -> Path:
    """Write a new secret file, mode 0600 in a folder made 0700, refusing to replace one."""
    if path.exists():
        raise error(f"{what} exists already at {path}: {keep_advice}")
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(content)
    os.chmod(path, 0o600)
    return path


def read(path: Path, what: str, error: type[Exception], create_hint: str) -> bytes:
    """The content of a secret file; ``error`` when it is missing or other users can read it."""
    if not path.is_file():
        raise error(f"no {what} at {path}: {create_hint}")
    if os.name == "posix" and path.stat().st_mode & 0o077:
        raise error(f"{what} {path} can be read by other users: run `chmod 600 {path}` first")
    return path.read_bytes()


def new_rsa_key(bits: int) -> bytes:
    """A new RSA private key, PEM (PKCS#8, unencrypted: the file's mode protects it)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=bits)
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def check_rsa_key(pem: bytes, path: Path, error: type[Exception], create_hint: str) -> bytes:
    """``pem`` when it is an RSA private key in PEM; else ``error`` saying how to create one."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    try:
        key = serialization.load_pem_private_key(pem, password=None)
    except (ValueError, TypeError):
        key = None
    if not isinstance(key, rsa.RSAPrivateKey):
        raise error(f"{path} is not an RSA private key in PEM: {create_hint}")
    return pem
