"""Attestations for learners and employers: completion rules, Open Badges 3.0 credentials, PDF attestations,
the organisation record (docs/credentials.md). What several of them share is here."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(path: str | os.PathLike[str], content: bytes, mode: int = 0o644) -> Path:
    """Replace ``path`` with ``content`` in one step (a crash leaves the old file or the new one, never half)."""
    path = Path(path)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(content)
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def learning_time(hours: float, language: str) -> str:
    """'4 h 30' in French, '4 h 30 min' in English (to the minute; '30 min' under an hour, '4 h' on the hour)."""
    whole, minutes = divmod(round(hours * 60), 60)
    if not whole:
        return f"{minutes}\u00a0min"
    if not minutes:
        return f"{whole}\u00a0h"
    return f"{whole}\u00a0h\u00a0{minutes:02d}" if language == "fr" else f"{whole}\u00a0h\u00a0{minutes}\u00a0min"
