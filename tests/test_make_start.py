"""`make start` really serves the course: JupyterLab with its token, Voila apps and nbgrader's formgrader."""

from __future__ import annotations

import html
import time
import urllib.error
import urllib.request

import pytest
from conftest import make_start, tool_env

pytestmark = pytest.mark.slow


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace")


@pytest.fixture(scope="module")
def started():
    env = tool_env()
    env.pop("CAIRE_COURSE_DIR", None)  # the default course folder, as a trainer gets it
    with make_start(env=env, wait=120) as running:
        yield running


def test_listens_on_loopback_only_and_needs_the_token(started):
    base, token = started
    assert base.startswith("http://127.0.0.1:")
    status, _ = get(f"{base}/api/contents")
    assert status == 403
    status, page = get(f"{base}/lab?token={token}")
    assert status == 200 and "JupyterLab" in page


def test_serves_the_course_files(started):
    base, token = started
    status, listing = get(f"{base}/api/contents/modules/fr?token={token}")
    assert status == 200 and "01-rules-vs-learning.ipynb" in listing


def test_voila_renders_an_app(started):
    base, token = started
    status, page = get(f"{base}/voila/render/apps/fr/01-rules-vs-learning.ipynb?token={token}")
    assert status == 200
    assert "Des règles ou de l'apprentissage" in html.unescape(page)
    assert "show_question" not in page


def test_nbgrader_formgrader_sees_the_course_assignments(started):
    base, token = started
    status, body = get(f"{base}/formgrader/api/assignments?token={token}")
    assert status == 200, body[:500]
    assert "01-rules-vs-learning-fr" in body and "01-rules-vs-learning-en" in body


@pytest.mark.browser
def test_an_app_answers_in_the_browser_inside_jupyterlab(started):
    """Voila inside JupyterLab (as on Binder): CAIRE's page script connects to the kernel through the server's
    token and XSRF rules, a check answers, and leaving the page shuts its kernel down."""
    import json
    import shutil

    from caire.core.i18n import t

    if shutil.which("chromium") is None:
        pytest.skip("Debian's chromium is not installed: `apt-get install chromium`")
    from playwright.sync_api import expect, sync_playwright

    base, token = started
    args = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=shutil.which("chromium"), args=args)
        try:
            page = browser.new_page()
            errors = []
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.goto(f"{base}/voila/render/apps/en/01-rules-vs-learning.ipynb?token={token}", timeout=120_000)
            card = page.locator(".caire-question-q4_what_learning_means")
            card.wait_for(timeout=120_000)
            card.locator("label", has_text=t("q4_what_learning_means.option.a", language="en")).locator(
                "input[type=radio]"
            ).check()
            card.get_by_role("button", name=t("app.check", language="en")).click()
            expect(card.locator(".caire-feedback")).to_contain_text(t("app.not_yet", language="en"), timeout=30_000)
            kernel_id = json.loads(page.locator("#jupyter-config-data").text_content())["kernelId"]
            page.goto("about:blank")
            deadline = time.monotonic() + 15
            while time.monotonic() < deadline:
                status, kernels = get(f"{base}/api/kernels?token={token}")
                if status == 200 and kernel_id not in kernels:
                    break
                time.sleep(0.3)
            assert kernel_id not in kernels, "the kernel of the page left 15 s ago still runs"
            assert not errors, errors
        finally:
            browser.close()
