"""Shared test helpers: where the repository is, and an environment to run its tools in."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
LANGUAGES = ("en", "fr")


def tool_env(**extra: str) -> dict[str, str]:
    """The environment for running the venv's command-line tools (nbgrader, jupyter, voila)."""
    env = os.environ.copy()
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env["JUPYTER_CONFIG_PATH"] = str(REPO / "jupyter-config")
    env["JUPYTER_PATH"] = str(REPO / "jupyter-data")
    env.update(extra)
    return env


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO
