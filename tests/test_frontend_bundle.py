"""The apps' page script (frontend/, committed built) against the Python packages installed with it.

The bundle carries its own copies of JupyterLab's output area and services and of ipywidgets' widget code, and
Voila's "lab" template renders the page around it: a new JupyterLab, ipywidgets or Voila can change the widget
protocol, the kernel messages or the template's blocks under a bundle built for the old ones. These tests need no
Node.js: they read frontend/package.json (``builtAgainst``: the Python packages the bundle was built and tested
against), frontend/package-lock.json (what is in the bundle) and the installed packages' own package.json files.
When one fails: update the versions, rebuild with ``make frontend``, run the browser tests, update builtAgainst.
"""

from __future__ import annotations

import json
import sys
from importlib.metadata import version
from pathlib import Path

import pytest
from conftest import REPO

FRONTEND = REPO / "frontend"
SHARE = Path(sys.prefix) / "share" / "jupyter"


def built_against() -> dict[str, str]:
    return json.loads((FRONTEND / "package.json").read_text(encoding="utf-8"))["builtAgainst"]


def locked() -> dict[str, str]:
    """The version of each npm package in the bundle's lock file, by name."""
    packages = json.loads((FRONTEND / "package-lock.json").read_text(encoding="utf-8"))["packages"]
    return {
        path.split("node_modules/")[-1]: about["version"]
        for path, about in packages.items()
        if path.count("node_modules/") == 1 and "version" in about
    }


def numbers(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split("-")[0].split("."))


def satisfies(installed: str, wanted: str) -> bool:
    """Whether ``installed`` satisfies npm's range ``wanted`` (an exact version, ``~x.y.z`` or ``^x.y.z``)."""
    if wanted[0] not in "~^":
        return installed == wanted
    have, least = numbers(installed), numbers(wanted[1:])
    same = 2 if wanted[0] == "~" else next((index + 1 for index, part in enumerate(least) if part), len(least))
    return have[:same] == least[:same] and have >= least


def test_satisfies_reads_npm_ranges():
    assert satisfies("5.0.13", "^5.0.13") and satisfies("5.1.0", "^5.0.13") and not satisfies("6.0.0", "^5.0.13")
    assert not satisfies("5.0.12", "^5.0.13") and satisfies("7.6.9", "~7.6.6") and not satisfies("7.7.0", "~7.6.6")
    assert satisfies("4.6.6", "4.6.6") and not satisfies("4.6.7", "4.6.6")


@pytest.mark.parametrize("package", ["jupyterlab", "ipywidgets", "voila"])
def test_the_installed_python_package_is_the_one_the_bundle_was_built_against(package):
    assert version(package) == built_against()[package], (
        f"{package} {version(package)} is installed; the apps' page script was built and tested against "
        f"{built_against()[package]} (frontend/package.json builtAgainst): rebuild it (make frontend), run the "
        "browser tests, then update builtAgainst"
    )


def test_the_bundles_jupyterlab_packages_are_the_installed_jupyterlabs():
    resolutions = json.loads((SHARE / "lab" / "static" / "package.json").read_text(encoding="utf-8"))["resolutions"]
    ours = {name: found for name, found in locked().items() if name.startswith("@jupyterlab/")}
    assert {"@jupyterlab/services", "@jupyterlab/outputarea", "@jupyterlab/rendermime"} <= set(ours)
    differ = {
        name: (found, resolutions[name])
        for name, found in ours.items()
        if name in resolutions and found != resolutions[name].lstrip("~^")
    }
    assert differ == {}, f"the bundle's JupyterLab packages differ from the installed JupyterLab's: {differ}"


def test_the_bundles_widget_packages_are_the_ones_the_installed_ipywidgets_asks_for():
    manager = SHARE / "labextensions" / "@jupyter-widgets" / "jupyterlab-manager" / "package.json"
    wanted = json.loads(manager.read_text(encoding="utf-8"))["dependencies"]
    ours = locked()
    checked = {
        name: (ours[name], wanted[name])
        for name in ("@jupyter-widgets/base", "@jupyter-widgets/controls", "@jupyter-widgets/output")
    }
    assert all(satisfies(found, asked) for found, asked in checked.values()), checked
