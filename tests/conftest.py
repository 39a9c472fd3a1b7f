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


@pytest.fixture
def output_write_backs(monkeypatch) -> list[str]:
    """The Output widgets whose captured content nbclient wrote back to the kernel while a notebook ran here.

    Capturing output into an Output widget (``with output: display(...)``) while a cell runs makes nbclient,
    Voila's renderer too, write it back on the shell channel while it awaits the cell's reply there; that write
    can lose the reply's wake-up and hang an app's page (caire/outputs.py). The course sets Output widgets'
    state instead, so a notebook of the course leaves this list empty."""
    from nbclient.output_widget import OutputWidget

    written: list[str] = []
    monkeypatch.setattr(OutputWidget, "send", lambda widget, *args, **kwargs: written.append(widget.comm_id))
    return written
