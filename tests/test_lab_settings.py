"""JupyterLab as a learner gets it from `make start`, Binder and the hub: French menus for a French learner, no news.

- The French language pack is installed (requirements.txt, environment.yml, binder/environment.yml pin it).
- ``jupyter-config/labconfig/default_setting_overrides.json``: JupyterLab's defaults where the course differs, read
  from every folder of ``JUPYTER_CONFIG_PATH`` (``make start``, ``binder/start`` and the hub put ``jupyter-config/``
  there): no "official Jupyter news?" prompt, no update check. (JupyterLab reads an ``overrides.json`` only in its
  application folder, ``<prefix>/share/jupyter/lab/settings``, never on ``JUPYTER_PATH``.)
- ``jupyter-config/lab-fr`` and ``lab-en`` set the menus' language: ``make start LAB_LANGUAGE=fr``, the hub's
  ``CAIRE_HUB_LANGUAGE`` (per course), and on Kubernetes the learner's Moodle language (per learner). Without them,
  JupyterLab follows the computer's language. A learner changes it with Settings > Language either way.
"""

from __future__ import annotations

import json
import os
import re
import runpy
import urllib.error
import urllib.request
from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import REPO, make_start, tool_env

CONFIG = REPO / "jupyter-config"
OVERRIDES = "labconfig/default_setting_overrides.json"
NEWS = "@jupyterlab/apputils-extension:notification"
LANGUAGE = "@jupyterlab/translation-extension:plugin"
PACK = "jupyterlab-language-pack-fr-fr"


def _pin(path: Path, name: str) -> str | None:
    for line in path.read_text(encoding="utf-8").splitlines():
        found = re.fullmatch(rf"\s*-?\s*{re.escape(name)}==(\S+)\s*", line, re.I)
        if found:
            return found.group(1)
    return None


def test_the_french_language_pack_is_pinned_and_installed():
    """One version everywhere, the one installed here, and it translates JupyterLab's menus."""
    from importlib.metadata import version

    from jupyterlab_server.translation_utils import get_language_pack

    pins = {path.name: _pin(path, PACK) for path in (REPO / "requirements.txt", REPO / "environment.yml")}
    pins["binder/environment.yml"] = _pin(REPO / "binder" / "environment.yml", PACK)
    assert set(pins.values()) == {version(PACK)}, pins
    translations, message = get_language_pack("fr_FR")
    assert not message, message
    assert translations["jupyterlab"]["Expand All Code"] == ["Développer tout le code"]  # the lessons' how-to says so


def _schema(plugin: str) -> dict:
    """The settings' schema of a core plugin, from the JupyterLab installed here (its application folder)."""
    from jupyterlab.commands import get_app_dir

    package, name = plugin.split(":")
    return json.loads((Path(get_app_dir()) / "schemas" / package / f"{name}.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("folder", ["", "lab-fr", "lab-en"])
def test_every_override_is_a_valid_setting_of_this_jupyterlab(folder):
    """A misspelt plugin or setting would be ignored without a word: each one is checked against its schema."""
    import jsonschema

    overrides = json.loads((CONFIG / folder / OVERRIDES).read_text(encoding="utf-8"))
    assert overrides, f"{folder or 'jupyter-config'}: no setting"
    for plugin, settings in overrides.items():
        schema = _schema(plugin)
        for key, value in settings.items():
            assert key in schema["properties"], f"{plugin} has no setting {key!r}"
            jsonschema.validate(value, schema["properties"][key])


def test_no_news_and_no_update_check_for_everybody():
    overrides = json.loads((CONFIG / OVERRIDES).read_text(encoding="utf-8"))
    assert overrides[NEWS] == {"fetchNews": "false", "checkForUpdates": False}
    assert LANGUAGE not in overrides, "the menus' language is chosen per learner or course, not for everybody"
    for language, locale in (("fr", "fr_FR"), ("en", "en")):
        assert json.loads((CONFIG / f"lab-{language}" / OVERRIDES).read_text(encoding="utf-8")) == {
            LANGUAGE: {"locale": locale}
        }


def test_binder_and_the_hub_put_the_course_config_on_the_path():
    start = (REPO / "binder" / "start").read_text(encoding="utf-8")
    assert 'JUPYTER_CONFIG_PATH="${REPO_DIR:-$HOME}/jupyter-config' in start
    install = (REPO / "hub" / "install-course.sh").read_text(encoding="utf-8")
    assert re.search(r'publish .*"\$REPO/jupyter-config" "\$FILES/config"', install), "the hub copies jupyter-config/"


# --- the hub: the menus' language per course (local hub) and per learner (Kubernetes, from Moodle) ----------------


def _local_hub(tmp_path, monkeypatch, **environment):
    monkeypatch.setenv("CAIRE_HUB_STATE", str(tmp_path / "state"))
    monkeypatch.setenv("CAIRE_HUB_FILES", str(tmp_path / "files"))
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    from traitlets.config import Config

    return runpy.run_path(str(REPO / "hub" / "jupyterhub_config.py"), init_globals={"get_config": Config})


def _spawned_by(hook, name: str = "caire-ada") -> dict:
    spawner = SimpleNamespace(
        user=SimpleNamespace(name=name), environment={"PATH": "/usr/bin"}, log=SimpleNamespace(info=print)
    )
    hook(spawner)
    return spawner.environment


@pytest.mark.parametrize(("setting", "language"), [(None, "fr"), ("fr", "fr"), ("en", "en")])
def test_the_local_hub_gives_every_server_the_courses_language(tmp_path, monkeypatch, setting, language):
    hub = _local_hub(tmp_path, monkeypatch, **({"CAIRE_HUB_LANGUAGE": setting} if setting else {}))
    hub["per_role_environment"].__globals__["role_of"] = lambda name: "student"
    path = _spawned_by(hub["per_role_environment"])["JUPYTER_CONFIG_PATH"].split(os.pathsep)
    config = tmp_path / "files" / "config"
    assert path == [
        str(config / "student"),
        str(config / "jupyter-config" / f"lab-{language}"),
        str(config / "jupyter-config"),
    ]
    assert (CONFIG / f"lab-{language}").is_dir(), "install-course.sh publishes jupyter-config/ with it"


def test_the_local_hub_refuses_a_language_the_course_does_not_have(tmp_path, monkeypatch):
    with pytest.raises(ValueError, match="CAIRE_HUB_LANGUAGE must be fr or en"):
        _local_hub(tmp_path, monkeypatch, CAIRE_HUB_LANGUAGE="de")


# --- make start: a real JupyterLab, in a browser ----------------------------------------------------------------


def _get_json(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=30) as response:
        return json.loads(response.read().decode("utf-8"))


@pytest.fixture(scope="module")
def french_lab(tmp_path_factory):
    """`make start LAB_LANGUAGE=fr`, with a home of its own (no earlier user settings)."""
    home = tmp_path_factory.mktemp("home")
    env = tool_env(HOME=str(home), JUPYTER_CONFIG_DIR=str(home / ".jupyter"), JUPYTER_DATA_DIR=str(home / "data"))
    with make_start("LAB_LANGUAGE=fr", env=env) as started:
        yield started


@pytest.mark.slow
def test_make_start_serves_settings_with_no_news_and_french_menus(french_lab):
    base, token = french_lab
    news = _get_json(f"{base}/lab/api/settings/{NEWS}?token={token}")["schema"]["properties"]
    assert news["fetchNews"]["default"] == "false" and news["checkForUpdates"]["default"] is False
    language = _get_json(f"{base}/lab/api/settings/{LANGUAGE}?token={token}")["schema"]["properties"]
    assert language["locale"]["default"] == "fr_FR"
    assert _get_json(f"{base}/lab/api/translations/fr_FR?token={token}")["data"]["jupyterlab"]["Run All Cells"] == [
        "Exécuter toutes les cellules"
    ]


@pytest.mark.slow
@pytest.mark.browser
def test_a_french_learner_sees_french_menus_folded_code_and_no_news_prompt(french_lab):
    """What the issue saw, in chromium: a lesson opened by `make start LAB_LANGUAGE=fr` has French menus, its code
    folded (a click shows it), and no "official Jupyter news?" prompt however long one waits for it."""
    import shutil

    if shutil.which("chromium") is None:
        pytest.skip("Debian's chromium is not installed: `apt-get install chromium`")
    from playwright.sync_api import expect, sync_playwright

    base, token = french_lab
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=shutil.which("chromium"), args=["--headless", "--no-sandbox", "--disable-gpu"]
        )
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            page.route(re.compile(r"^(?!" + re.escape(base) + r"/)https?://"), lambda route: route.abort())
            page.goto(f"{base}/lab/tree/modules/fr/02-generalisation.ipynb?token={token}", timeout=120_000)
            menu = page.locator("#jp-MainMenu")
            expect(menu).to_contain_text("Fichier", timeout=120_000)
            expect(menu).to_contain_text("Affichage")
            folded = page.locator(".jp-CodeCell .jp-InputPlaceholder")
            expect(folded.first).to_be_visible(timeout=60_000)
            # Every code cell of a lesson is folded (JupyterLab adds cells as it renders: wait for none unfolded).
            expect(page.locator(".jp-CodeCell:not(:has(.jp-InputPlaceholder))")).to_have_count(0, timeout=60_000)
            # The how-to follows the title (the lesson's page without code has its own): it says how to unfold the code.
            expect(page.locator(".jp-MarkdownCell").filter(has_text="Le code est replié").first).to_be_visible()
            folded.first.locator(".jp-Placeholder-content").click()
            expect(page.locator(".jp-CodeCell").first.locator(".jp-InputArea-editor")).to_be_visible()
            page.wait_for_timeout(5000)  # JupyterLab asks about news a few seconds after it starts
            toasts = " ".join(page.locator(".jp-toast-message, .Toastify__toast").all_inner_texts())
            assert "news" not in toasts.lower() and "nouvelles" not in toasts.lower(), toasts
        finally:
            browser.close()
