"""The Voila apps in a real browser: real ``voila``, Debian's chromium, Playwright.

Every app of the course (all modules, both languages) is answered question by question with its own
widgets and the keyboard alone, wrong then right, its feedback read after each answer and its Submit pressed
after each round; assignment 01's app is also checked for leaks in its page and in the messages it receives.
Every lesson page (pages/, the lessons without code) runs to its end in Voila. On both, axe-core finds no WCAG 2.1
A/AA violation and Tab reaches every control with a visible focus (tests/a11y.py).

One Voila server (with the course's ``jupyter-config/``) serves the repository for the whole module;
each test opens a fresh page. The browser never leaves 127.0.0.1: any other request would be aborted (it
would fail on an offline machine anyway), and the tests fail if a page makes one.

Run with ``pytest -m browser``. The browser tests skip where Debian's chromium is not installed;
the tests of the served HTML need only Voila.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import free_port, tool_env

from caire.core.i18n import catalog, t
from caire.modules.rules_vs_learning.questions import Q4_RIGHT_DIGEST

pytestmark = [pytest.mark.browser, pytest.mark.timeout(180)]

REPO = Path(__file__).resolve().parents[1]
APP = "01-rules-vs-learning.ipynb"
#: Bounds on every wait (seconds). Measured here: server 1.2 s, first widget ~3 s after navigation.
SERVER_START = 30
FIRST_WIDGET = 90  # generous: a loaded CI machine renders the torch apps slowly
CLICK_FEEDBACK = 15

#: Right and wrong answers the app must tell apart (checked against caire directly in test_answers_are_what_we_think).
Q1_RIGHT = 760
Q4_WRONG = "a"

#: Text that would show the notebook's code or an answer key if it reached the browser.
FORBIDDEN = (
    "show_question",
    "import caire",
    "from caire",
    "set_language",
    "rules_vs_learning as ex",
    "plot_measurement(",
    "tree_trainer(",
    "BEGIN SOLUTION",
    "END SOLUTION",
    "BEGIN HIDDEN TESTS",
    "Q4_RIGHT_DIGEST",
    Q4_RIGHT_DIGEST,
)


def _get(url: str, timeout: float = 30) -> str:
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return response.read().decode("utf-8")


def _stop(server: subprocess.Popen) -> None:
    """Stop Voila and every kernel it started (kernels run in their own session, so a group kill misses them)."""
    import psutil

    try:
        children = psutil.Process(server.pid).children(recursive=True)
    except psutil.NoSuchProcess:
        children = []
    server.terminate()  # Voila shuts its kernels down on SIGTERM
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait(timeout=10)
    _, alive = psutil.wait_procs(children, timeout=5)
    for child in alive:
        child.kill()


@dataclass(frozen=True)
class Server:
    url: str
    log: Path
    start_s: float  # from launch to the first answer
    pid: int = 0

    def log_tail(self, lines: int = 40) -> str:
        """The last lines of the server's log, after every line of it about a kernel's life (start, cull, death),
        which a long traceback would otherwise push out of view."""
        text = self.log.read_text(errors="replace").splitlines()
        life = [
            line
            for line in text
            if re.search(
                r"Kernel started|Culling|died|restart|Killed|Segmentation|"
                r"max_kernels|MemoryError|shutdown",
                line,
                re.I,
            )
        ]
        return "\n".join(["-- kernel events --", *life[-30:], "-- last lines --", *text[-lines:]])


@contextlib.contextmanager
def running_voila(
    workdir: Path, extra_env: dict[str, str] | None = None, extra_args: list[str] | None = None
) -> Iterator[Server]:
    """A Voila server that serves the repository with the course's jupyter-config/ (and ``extra_env``)."""
    program = Path(sys.executable).with_name("voila")
    if not program.exists():
        pytest.skip(f"voila is not installed next to {sys.executable}: `pip install -r requirements.txt`")
    port = free_port()
    env = {
        **os.environ,
        "JUPYTER_CONFIG_PATH": str(REPO / "jupyter-config"),
        "JUPYTER_PATH": str(REPO / "jupyter-data"),
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        **(extra_env or {}),
    }
    # Run from an empty folder: Voila also reads voila.json from its working directory.
    log_path = workdir / "voila.log"
    with log_path.open("w") as log:
        server = subprocess.Popen(
            [
                str(program),
                "--no-browser",
                f"--port={port}",
                "--Voila.port_retries=0",
                "--Voila.ip=127.0.0.1",
                *(extra_args or []),
                str(REPO),
            ],
            cwd=workdir,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    launched = time.monotonic()
    try:
        deadline = launched + SERVER_START
        while True:
            if server.poll() is not None:
                pytest.fail(f"voila exited with {server.returncode}:\n{log_path.read_text()}")
            try:
                _get(f"{url}/voila/tree", timeout=2)
                break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                if time.monotonic() > deadline:
                    pytest.fail(f"voila did not answer within {SERVER_START} s:\n{log_path.read_text()}")
                time.sleep(0.1)
        yield Server(url, log_path, time.monotonic() - launched, server.pid)
    finally:
        _stop(server)


@pytest.fixture(scope="module")
def voila(tmp_path_factory) -> Iterator[Server]:
    """A Voila server that serves the repository with the course's jupyter-config/, as on Binder: no exchange,
    so Submit offers the filled student version, which is in the course folder for every assignment."""
    work = tmp_path_factory.mktemp("voila")
    env = {"CAIRE_COURSE_DIR": str(work / "course"), "CAIRE_EXCHANGE_DIR": str(work / "no-exchange")}
    made = subprocess.run(
        [sys.executable, "-m", "autograder", "student-versions"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        env=tool_env(**env),
    )
    assert made.returncode == 0, made.stderr[-3000:]
    # Each page view here leaves its kernel until culled (Voila 0.5.13 cannot shut it down from the
    # page): room for all of them; the cap itself is tested in test_app_capacity.py.
    with running_voila(work, env, extra_args=["--CappedKernelManager.max_kernels=60"]) as server:
        yield server


class AppPage:
    """One browser tab on one app, with what the page reported (console errors, kernel messages)."""

    def __init__(
        self,
        browser,
        server: Server,
        language: str,
        app: str = APP,
        cards: tuple[str, ...] = ("q1_hand_rule", "q4_what_learning_means"),
    ):
        self.language = language
        self.server = server
        voila_url = server.url
        self.url = f"{voila_url}/voila/render/apps/{language}/{app}"
        self.context = browser.new_context(viewport={"width": 1280, "height": 900}, locale=language)
        self.context.set_default_timeout(CLICK_FEEDBACK * 1000)
        # Stay offline: only the Voila server is reachable (a page that asks elsewhere fails its test).
        self.external: list[str] = []  # requests that tried to leave the server (none should)

        def refuse(route) -> None:
            self.external.append(route.request.url)
            route.abort()

        self.context.route(re.compile(r"^(?!" + re.escape(voila_url) + r"/)https?://"), refuse)
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.frames: list[str] = []
        self.sent: list[str] = []  # what the page sent to its kernel (widget state changes, button clicks)
        self.requested: list[str] = []  # every URL the page asked for, in order
        self.page.on("request", lambda request: self.requested.append(request.url))
        self.page.on("pageerror", lambda error: self.errors.append(f"page error: {error}"))
        self.page.on("console", self._console)
        self.page.on("websocket", self._websocket)
        started = time.monotonic()
        try:
            self.page.goto(self.url, timeout=FIRST_WIDGET * 1000)
            remaining = max(1.0, FIRST_WIDGET - (time.monotonic() - started))
            self.page.locator(f".caire-question-{cards[0]}").wait_for(timeout=remaining * 1000)
            self.first_widget_s = time.monotonic() - started
            for card in cards[1:]:
                self.page.locator(f".caire-question-{card}").wait_for(timeout=CLICK_FEEDBACK * 1000)
        except Exception as problem:  # Playwright's TimeoutError: say what the page and the server said
            failed = Path(f"/tmp/app-{language}-failed.png")
            self.page.screenshot(path=str(failed), full_page=True)
            self.context.close()
            raise AssertionError(
                f"the {language} app's widgets did not appear within {FIRST_WIDGET} s ({problem.__class__.__name__}); "
                f"screenshot {failed}\npage errors:\n" + "\n".join(self.errors) + f"\nvoila log:\n{server.log_tail()}"
            ) from problem

    def _console(self, message) -> None:
        if message.type != "error":
            return
        where = message.location.get("url", "") if message.location else ""
        if message.text.startswith("Failed to load resource") and not where.startswith(self.url.split("/voila/")[0]):
            return  # a request to outside the server that we aborted on purpose
        self.errors.append(f"console error: {message.text[:500]}")

    def _websocket(self, socket_) -> None:
        def keep(payload) -> None:
            self.frames.append(payload if isinstance(payload, str) else payload.decode("utf-8", "replace"))

        socket_.on("framereceived", keep)
        socket_.on(
            "framesent",
            lambda payload: self.sent.append(
                payload if isinstance(payload, str) else payload.decode("utf-8", "replace")
            ),
        )

    def wait_until_sent(self, value: float, tolerance: float, since: int) -> None:
        """Wait until the page has sent ``value`` to the kernel as a widget's new value (in the frames from ``since``
        on). ipywidgets holds back a widget's later changes while the kernel has not answered its first one, but sends
        a click on another widget at once: a Check pressed right after a slider moved could reach the kernel before
        the slider's last value, which a machine under load showed once (0.02 graded instead of 0.08)."""
        deadline = time.monotonic() + CLICK_FEEDBACK
        while time.monotonic() < deadline:
            for frame in self.sent[since:]:
                for number in re.findall(r'"value":\s*(-?[0-9][0-9.eE+-]*)', frame):
                    with contextlib.suppress(ValueError):
                        if abs(float(number) - value) <= tolerance:
                            return
            self.page.wait_for_timeout(50)
        raise AssertionError(f"the page never sent the value {value} to the kernel")

    def card(self, question_id: str):
        return self.page.locator(f".caire-question-{question_id}")

    def set_slider(self, question_id: str, value: float, step: float) -> None:
        """Give the slider ``value`` with the keyboard, as a learner without a mouse does: a few steps with the
        arrow keys on its handle when the value is near, else typed into its readout the page language's way
        ("58,5" in French). The readout then shows the value in that language."""
        from playwright.sync_api import expect

        from caire.core.explorer import decimals_of
        from caire.core.numbers import decimal

        card = self.card(question_id)
        readout = card.locator(".widget-readout")
        handle = card.locator(".noUi-handle")
        written = decimal(value, decimals_of(step), self.language)
        shown = readout.text_content().replace("\u202f", "").replace("\u00a0", "").replace(",", ".")
        steps = round((value - float(shown.replace("\u2212", "-"))) / step)
        if steps == 0:
            expect(readout).to_have_text(written)
            return
        since = len(self.sent)
        if abs(steps) <= 20:
            handle.focus()
            for _ in range(abs(steps)):
                self.page.keyboard.press("ArrowRight" if steps > 0 else "ArrowLeft")
        else:
            readout.click()
            self.page.keyboard.press("Control+A")
            self.page.keyboard.type(written)
            self.page.keyboard.press("Enter")
        expect(readout).to_have_text(written)
        expect(handle).to_have_attribute("aria-label", re.compile(r"\S"))
        self.wait_until_sent(value, step / 2, since)

    def press(self, control, key: str = "Space") -> None:
        """Operate ``control`` with the keyboard: give it the focus, then press ``key`` (Space ticks a box or a radio
        button and toggles a button; Enter presses a button)."""
        control.focus()
        self.page.keyboard.press(key)

    def choose(self, question_id: str, option: str, label: str | None = None) -> None:
        from playwright.sync_api import expect

        label = label or t(f"{question_id}.option.{option}", language=self.language)
        radio = self.card(question_id).locator("label", has_text=label).locator("input[type=radio]")
        self.press(radio)
        expect(radio).to_be_checked()

    def check(self, question_id: str, button: str = "app.check") -> None:
        """Press the question's button: "Check my answer", or "Record my answer" in a test (``app.record``)."""
        self.press(self.card(question_id).get_by_role("button", name=t(button, language=self.language)), "Enter")

    def feedback(self, question_id: str):
        return self.card(question_id).locator(".caire-feedback")

    def screenshot(self, path: Path) -> None:
        """The whole app: grow the window to the height of the tallest scrolling element, the page included."""
        height = self.page.evaluate("Math.max(...Array.from(document.querySelectorAll('*'), e => e.scrollHeight))")
        self.page.set_viewport_size({"width": 1280, "height": min(int(height) + 40, 12_000)})
        self.page.wait_for_timeout(300)
        self.page.screenshot(path=str(path), full_page=True)

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def open_app(browser, voila):
    opened: list[AppPage] = []

    def open_(language: str, **which) -> AppPage:
        # No retry: the pages that used to stall (about 1 render in 10) waited for a reply that nbclient's
        # write-back of captured Output-widget content had hidden; caire.core.outputs removed the cause.
        app = AppPage(browser, voila, language, **which)
        opened.append(app)
        return app

    yield open_
    for app in opened:
        app.close()


def test_answers_are_what_we_think():
    """The answers the browser tests give are right and wrong for caire itself, so a failure below is the app's."""
    from caire.modules.rules_vs_learning import questions as ex

    assert ex.check("q1_hand_rule", float(Q1_RIGHT)).passed
    assert not ex.check("q1_hand_rule", 500.0).passed, "the slider must start on a wrong answer"
    assert not ex.check("q4_what_learning_means", Q4_WRONG).passed


def _assert_nothing_leaks(text: str, where: str) -> None:
    leaked = [needle for needle in FORBIDDEN if needle in text]
    assert not leaked, f"{where} shows {leaked}"


def test_rendered_page_shows_no_code_and_no_answer_key(open_app):
    """Neither the page nor the widget state sent to it tells which answer is right."""
    app = open_app("en")
    app.page.wait_for_timeout(500)  # let the last widget messages arrive
    html = app.page.content()
    _assert_nothing_leaks(html, "the rendered page")
    assert "There was an error when executing cell" not in html and "Traceback" not in html, "a cell of the app failed"
    kernel_messages = "\n".join(app.frames)
    _assert_nothing_leaks(kernel_messages, "the kernel messages sent to the page")

    # Feedback texts exist only on the kernel side until the learner presses a button.
    for key in ("q1_hand_rule.ok_train", "q4_what_learning_means.ok", "q4_what_learning_means.wrong"):
        message = max(re.split(r"\{[^}]*\}", catalog("en")[key]), key=len)
        assert message not in html, f"{key} is in the page before any check"
        assert message not in kernel_messages, f"{key} was sent to the page before any check"

    # Every option of question 4 is a label, and none is marked: each appears equally often,
    # nothing is pre-selected, and the radio model carries labels only (values stay in the kernel).
    labels = [t(f"q4_what_learning_means.option.{key}") for key in "abcd"]
    counts = {label[:30]: html.count(label) for label in labels}
    assert len(set(counts.values())) == 1, f"one option of question 4 appears more often than the others: {counts}"
    assert app.card("q4_what_learning_means").locator("input[type=radio]:checked").count() == 0
    radio_model = r'"state":\s*(\{[^{}]*"_model_name":\s*"RadioButtonsModel"[^{}]*\})'
    radio_states = [json.loads(match) for match in re.findall(radio_model, kernel_messages)]
    assert radio_states, "no RadioButtons model reached the page"
    for state in radio_states:
        assert state.get("index") is None, f"question 4 starts with an option selected: {state}"
        assert set(state) & {"value", "answer", "right", "correct"} == set(), state
    assert not app.errors, "\n".join(app.errors)


def _kernel_processes(voila: Server, kernel_id: str) -> list:
    """The live processes of the kernel ``kernel_id`` under the Voila server. A kernel that has just exited can
    be a zombie until Voila reaps it (psutil then refuses its command line: CI failed on it once): it is gone."""
    import psutil

    found = []
    for process in psutil.Process(voila.pid).children(recursive=True):
        try:
            if process.status() != psutil.STATUS_ZOMBIE and any(f"kernel-{kernel_id}" in p for p in process.cmdline()):
                found.append(process)
        except psutil.Error:  # ended (or became a zombie) while we looked
            continue
    return found


def test_a_page_whose_kernel_died_says_to_reload(open_app, voila):
    """Widgets whose kernel is gone do nothing when clicked: the page says so, in both languages."""
    from playwright.sync_api import expect

    app = open_app("en")
    notice = app.page.locator("#caire-connection-lost")
    assert notice.count() == 0, "the notice shows while the kernel is alive"
    kernel_id = json.loads(app.page.locator("#jupyter-config-data").text_content())["kernelId"]
    kernels = _kernel_processes(voila, kernel_id)
    assert len(kernels) == 1, f"no single kernel process for {kernel_id}"
    kernels[0].kill()
    expect(notice).to_be_visible(timeout=CLICK_FEEDBACK * 1000)
    expect(notice).to_contain_text("reload the page")
    expect(notice).to_contain_text("rechargez la page")


def test_leaving_a_page_shuts_its_kernel_down(open_app, voila):
    """A closed page gives its kernel (130-400 MB, one place under the kernel cap) back at once, not when
    the idle culler finds it a minute or more later."""
    app = open_app("en")
    kernel_id = json.loads(app.page.locator("#jupyter-config-data").text_content())["kernelId"]
    assert _kernel_processes(voila, kernel_id), "the page's kernel is not running"
    app.page.goto("about:blank")
    deadline = time.monotonic() + CLICK_FEEDBACK
    while _kernel_processes(voila, kernel_id) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not _kernel_processes(voila, kernel_id), f"the kernel of a page left {CLICK_FEEDBACK} s ago still runs"
    assert f"Kernel shutdown: {kernel_id}" in voila.log.read_text()


@pytest.mark.parametrize("language", ["en", "fr"])
def test_served_html_shows_no_code_and_uses_course_config(voila, language):
    url = f"{voila.url}/voila/render/apps/{language}/{APP}"
    raw = _get(url, timeout=FIRST_WIDGET)
    _assert_nothing_leaks(raw, f"the HTML served for {language}")
    # The "caire" template (jupyter-config/voila.json): CAIRE's page script, not Voila's JupyterLab front end.
    assert "/voila/templates/caire/static/caire-app.js?v=" in raw, "the page does not load CAIRE's page script"
    assert "voila.js" not in raw and "voila-style.js" not in raw, "the page loads Voila's JupyterLab front end"
    # No request leaves the server, even where no browser runs to see one: no script, style, font or image
    # from another host (a CDN), in the page or in its stylesheets.
    assert outside_requests(raw, voila.url) == [], "the page asks another server for something"
    # ...and a visitor cannot switch the template from the URL.
    if language == "en":
        other = _get(f"{url}?template=reveal", timeout=FIRST_WIDGET)
        assert "/templates/reveal/" not in other, "?template=reveal switched the template"


def outside_requests(html: str, server: str) -> list[str]:
    """The addresses a page would load from another host than ``server``: its src/href attributes, @import and
    url(...) in its styles, and those in the stylesheets it links on ``server`` (fetched, one level)."""
    from urllib.parse import urljoin, urlparse

    links = re.findall(r"""(?:src|href)\s*=\s*["']([^"']+)["']""", html)
    links += re.findall(r"""url\(\s*["']?([^"')]+)["']?\s*\)""", html)
    links += re.findall(r"""@import\s+["']([^"']+)["']""", html)
    own = urlparse(server).netloc
    outside = []
    for link in links:
        address = urljoin(server + "/", link)
        if urlparse(address).scheme in ("data", "javascript", "mailto", "blob"):
            continue
        if urlparse(address).netloc != own:
            outside.append(link)
        elif urlparse(address).path.endswith(".css"):
            outside += outside_requests_in_css(_get(address, timeout=FIRST_WIDGET), address, own)
    return outside


def outside_requests_in_css(css: str, base: str, own: str) -> list[str]:
    from urllib.parse import urljoin, urlparse

    found = re.findall(r"""url\(\s*["']?([^"')]+)["']?\s*\)""", css) + re.findall(
        r"""@import\s+["']([^"']+)["']""", css
    )
    return [link for link in found if not link.startswith("data:") and urlparse(urljoin(base, link)).netloc != own]


def test_outside_requests_finds_links_to_other_hosts():
    page = (
        '<script src="/static/a.js"></script><link rel="stylesheet" href="https://cdn.example.org/x.css">'
        '<img src="data:image/png;base64,AAAA"><style>@font-face{src:url(//fonts.example.com/f.woff2)}</style>'
    )
    assert outside_requests(page, "http://127.0.0.1:1") == [
        "https://cdn.example.org/x.css",
        "//fonts.example.com/f.woff2",
    ]


#: Every app but the gallery and the glossary.
ALL_APPS = sorted(path for path in REPO.glob("apps/*/*.ipynb") if not path.name.startswith("00-"))
#: Every answer digest stored by any assignment's checks (and the pre/post test's bank): none may reach a page.
ALL_DIGESTS = sorted(
    {
        digest
        for path in [*(REPO / "caire" / "modules").glob("*/questions.py"), REPO / "caire" / "assessment" / "bank.toml"]
        for digest in re.findall(r"\b[0-9a-f]{64}\b", path.read_text(encoding="utf-8"))
    }
)
GENERIC_FORBIDDEN = (
    "show_question",
    "import caire",
    "from caire",
    "set_language",
    "BEGIN SOLUTION",
    "BEGIN HIDDEN TESTS",
    *ALL_DIGESTS,
)


#: The visible buttons whose label does not fit (cut, or hidden behind "…"), by their text ("Vérifier ma répo…").
BUTTONS_CUT = """buttons => buttons
    .filter(button => button.offsetParent !== null)
    .filter(button => button.scrollWidth > button.clientWidth + 1 || button.scrollHeight > button.clientHeight + 1)
    .map(button => button.textContent.trim())"""


def _question_ids(app_path: Path) -> list[str]:
    return re.findall(r'show_question\(ex, \\"(\w+)\\"\)', app_path.read_text(encoding="utf-8"))


def _answer(app: AppPage, question, value) -> None:
    """Give ``value`` with the question's widget and the keyboard alone, as a learner without a mouse does (arrow keys
    or a typed value on a slider, Space on a radio button, a tick box or a square of the drawing pad)."""
    from playwright.sync_api import expect

    import caire
    from caire.core.checks import Choice, Several, Slider

    spec = question.answer_with
    if isinstance(spec, Slider):  # moved with the arrow keys, as a learner without a mouse does
        app.set_slider(question.id, value, spec.step)
    elif isinstance(spec, Choice):
        app.choose(question.id, value, question.label(value))
    elif isinstance(spec, Several):
        for key in spec.options:
            # ipywidgets draws a checkbox as a hidden description label and a visible label holding the box
            box = (
                app.card(question.id)
                .locator(".widget-checkbox label.widget-label-basic")
                .filter(has_text=re.compile(rf"^\s*{re.escape(question.label(key))}\s*$"))
                .locator("input[type=checkbox]")
            )
            if box.is_checked() != (key in value):
                app.press(box)
            expect(box).to_be_checked(checked=key in value)
    elif type(spec).__name__ == "Drawing":  # module 05's pad: toggle the squares whose ink must change
        pixels = app.card(question.id).locator(".caire-pixel")
        for index, ink in enumerate("".join(value)):
            pixel = pixels.nth(index)
            if ("mod-active" in (pixel.get_attribute("class") or "").split()) != (ink == "#"):
                app.press(pixel)
                expect(pixel).to_have_class(
                    re.compile(r"\bmod-active\b") if ink == "#" else re.compile(r"^(?!.*\bmod-active\b)")
                )
    elif type(spec).__name__ == "OpenText":  # typed into the text box, as a learner does
        box = app.card(question.id).locator("textarea")
        box.focus()
        app.page.keyboard.press("Control+A")
        app.page.keyboard.insert_text(value)
        expect(box).to_have_value(value)
        box.press("Tab")  # the text reaches the kernel when the box loses the focus (ipywidgets' continuous_update)
    else:
        raise AssertionError(f"{question.id}: unknown widget {spec!r} in {caire.get_language()}")


def _submitted(app: AppPage, expected_count: int):
    """Press Submit (no exchange here, as on Binder) and read back the notebook the page offers for download."""
    import base64

    import nbformat
    from playwright.sync_api import expect

    status = app.page.locator(".caire-submit .caire-submitted")
    link = status.locator("a[download]")
    before = link.get_attribute("href") if link.count() else None
    app.press(app.page.get_by_role("button", name=t("app.submit", language=app.language)), "Enter")
    expect(status).to_contain_text(
        t("app.download", language=app.language, answered=expected_count, total=expected_count),
        timeout=CLICK_FEEDBACK * 1000,
    )
    if before:
        expect(link).not_to_have_attribute("href", before, timeout=CLICK_FEEDBACK * 1000)  # this answer, not the last
    href = link.get_attribute("href")
    assert href and href.startswith("data:application/x-ipynb+json;base64,"), status.inner_html()[:300]
    return nbformat.reads(base64.b64decode(href.split(",", 1)[1]).decode("utf-8"), as_version=4)


def _answer_cells(notebook) -> list[str]:
    """The answer cells: code cells of nbgrader's solutions, and the text cells of open questions."""
    return [
        cell.source.strip()
        for cell in notebook.cells
        if (cell.cell_type == "code" and cell.metadata.get("nbgrader", {}).get("solution"))
        or (cell.cell_type == "markdown" and cell.metadata.get("caire", {}).get("answer_to"))
    ]


@pytest.mark.parametrize("app_path", ALL_APPS, ids=lambda path: f"{path.parent.name}/{path.stem}")
def test_every_app_takes_each_answer_gives_feedback_and_submits_it(open_app, voila, app_path):
    """Every app, in chromium, with the keyboard alone: give each question a wrong answer, then a right one, with its
    widget; after each, the question's check says "not yet" then "right", and Submit hands in the student version
    holding exactly those answers. (That such a notebook grades to zero and to full marks: tests/test_app_submit.py.)
    Then axe-core finds no WCAG 2.1 A/AA violation, and Tab reaches every control with a visible focus.

    The pre/post test's apps are tests: their button only records (the same "recorded" message for a right and a
    wrong answer, never right or wrong), and with no earlier submission of the other form (here none: Binder has
    no exchange) Submit shows no result."""
    import nbformat
    from app_answers import app_answers, exercise_module
    from playwright.sync_api import expect

    import caire
    from caire.core.checks import OpenText
    from caire.submission import fill_answers

    language, ids = app_path.parent.name, _question_ids(app_path)
    assert len(ids) >= 4, f"{app_path.name} shows {len(ids)} questions; an assignment has at least 4"
    slug = app_path.stem
    right, wrong = app_answers(f"{slug}-{language}")
    assert sorted(ids) == sorted(right), f"{app_path.name} shows {ids}; its assignment grades {sorted(right)}"
    ex = exercise_module(slug)
    released = nbformat.read(
        next((voila.log.parent / "course" / "release" / f"{slug}-{language}").glob("*.ipynb")), as_version=4
    )
    app = open_app(language, app=app_path.name, cards=tuple(ids))
    said = {True: t("app.right", language=language), False: t("app.not_yet", language=language)}
    rounds = ((wrong, False), (right, True))
    testing = ex.question.__self__.feedback == "none"  # the pre/post test: answers are recorded, not judged
    if testing:
        said = dict.fromkeys((True, False), t("app.recorded", language=language))
        rounds = ((right, True), (wrong, False))  # its survey questions have no wrong answer: answered once
    previous = caire.get_language()
    caire.set_language(language)  # option labels, as the app shows them
    try:
        for answers, passes in rounds:
            for question_id in ids:
                if testing and not passes and answers[question_id] == right[question_id]:
                    continue
                question = ex.question(question_id)
                _answer(app, question, answers[question_id])
                if isinstance(question.answer_with, OpenText):  # saved for the trainer: no "right", no "not yet"
                    app.check(question_id, "app.save")
                    saved = question.check(answers[question_id]).message
                    expect(app.feedback(question_id)).to_contain_text(saved, timeout=CLICK_FEEDBACK * 1000)
                    continue
                app.check(question_id, "app.record" if testing else "app.check")
                expect(app.feedback(question_id)).to_contain_text(said[passes], timeout=CLICK_FEEDBACK * 1000)
                if testing:
                    feedback = app.feedback(question_id).inner_text()
                    assert t("app.right", language=language) not in feedback, feedback
                    assert t("app.not_yet", language=language) not in feedback, feedback
            handed_in = _submitted(app, len(ids))
            assert _answer_cells(handed_in) == _answer_cells(fill_answers(released, answers)), (
                f"{app_path.name}: Submit did not hand in the answers given ({'right' if passes else 'wrong'} ones)"
            )
            assert "BEGIN SOLUTION" not in json.dumps(handed_in) and "BEGIN HIDDEN" not in json.dumps(handed_in)
            if testing:  # no earlier submission of the other form: no result, no feedback that teaches
                assert app.page.locator(".caire-results").count() == 0
                page = app.page.content()
                for question_id in ids:
                    ok = catalog(language).get(f"{question_id}.ok")
                    assert ok is None or ok[:40].replace("'", "&#x27;") not in page, question_id
    finally:
        caire.set_language(previous)
    for question_id in ids:  # every question's feedback stays on the page, in the app's language only
        if not isinstance(ex.question(question_id).answer_with, OpenText):
            expect(app.feedback(question_id)).to_contain_text(said[True])
    cut = app.page.locator("button").evaluate_all(BUTTONS_CUT)
    assert not cut, f"{app_path.name}: labels cut at {app.page.viewport_size['width']} px: {cut}"
    from a11y import axe_report, tab_through

    report = axe_report(app.page)  # with every answer's feedback shown
    assert not report, f"{app_path.name}:\n{report}"
    keyboard = tab_through(app.page)
    assert not keyboard["missed"], f"{app_path.name}: Tab never reaches {keyboard['missed']}"
    assert not keyboard["focus_not_shown"], f"{app_path.name}: focus not shown on {keyboard['focus_not_shown']}"
    other = "fr" if language == "en" else "en"
    assert f"{t('app.right', language=other)}." not in app.page.content()
    html = app.page.content()
    leaked = [needle for needle in GENERIC_FORBIDDEN if needle in html or needle in "\n".join(app.frames)]
    assert not leaked, f"{app_path} shows {leaked}"
    assert "There was an error when executing cell" not in html and "Traceback" not in html
    assert not app.errors, "\n".join(app.errors)
    assert not app.external, f"the page asked outside 127.0.0.1: {app.external}"
    assets = [url.split("?")[0].rsplit("/", 1)[-1] for url in app.requested if "/voila/templates/" in url]
    assert "caire-app.js" in assets and "caire-app.css" in assets, assets
    # Only the page, CAIRE's page script and styles, JupyterLab's theme and the icons' font: no lab extension,
    # nothing of Voila's own front end (about 130 requests, 6 MB of script, before its first widget).
    others = [
        url
        for url in app.requested
        if not re.search(
            r"/voila/render/|/voila/templates/caire/static/(caire-app\.(js|css)|index\.css|theme-(light|dark)\.css|fa-[a-z]+-\d+-\w+\.woff2)(\?|$)|/api/kernels/",
            url,
        )
    ]
    assert not others, f"{app_path.name} asked for more than its page, script, styles and kernel: {others}"


@pytest.mark.parametrize("language", ["en", "fr"])
def test_gallery_lists_every_app_and_opens_it(browser, voila, language):
    """The gallery (itself a Voila app) links every module's app of its language; a click opens one (the rest of
    the gallery: tests/test_gallery.py)."""
    from playwright.sync_api import expect

    context = browser.new_context()
    external: list[str] = []
    context.route(
        re.compile(r"^(?!" + re.escape(voila.url) + r"/)https?://"),
        lambda route: (external.append(route.request.url), route.abort()),
    )
    page = context.new_page()
    try:
        page.goto(f"{voila.url}/voila/render/apps/{language}/00-gallery.ipynb", timeout=FIRST_WIDGET * 1000)
        links = page.locator(".caire-card .caire-links a", has_text=t("gallery.exercise", language=language))
        expect(links.first).to_be_visible(timeout=FIRST_WIDGET * 1000)
        targets = sorted(links.evaluate_all("links => links.map(link => link.getAttribute('href'))"))
        modules = [path for path in ALL_APPS if not path.name.startswith("literacy-test-")]  # the test: not listed
        assert targets == sorted(path.name for path in modules if path.parent.name == language)
        links.first.click()
        page.wait_for_url(re.compile(re.escape(targets[0])), timeout=FIRST_WIDGET * 1000)
        expect(page.get_by_role("button", name=t("app.check", language=language)).first).to_be_visible(
            timeout=FIRST_WIDGET * 1000
        )
        assert not external, external
    finally:
        context.close()


# --- lesson pages ---------------------------------------------------------------------------------------------

#: Every lesson as a page without code (pages/<language>/NN-slug.ipynb, built from course/NN-slug/lesson.py).
LESSON_PAGES = sorted(REPO.glob("pages/*/*.ipynb"))
#: Every widget view of the page has been drawn by the page's widget manager.
_WIDGETS_DRAWN = """() => Array.from(document.querySelectorAll('script[type="application/vnd.jupyter.widget-view+json"]'))
  .every(script => script.parentElement.querySelector('.lm-Widget, .jupyter-widgets, .widget-box'))"""
#: What a page shows that is not readable without its image: every image, with its text alternative.
_IMAGES = (
    "images => images.filter(image => image.getClientRects().length).map(image => image.getAttribute('alt') || '')"
)


@pytest.mark.timeout(360)  # a lesson page trains its models as it opens: about 10-40 s here, more on a loaded machine
@pytest.mark.parametrize("page_path", LESSON_PAGES, ids=lambda path: f"{path.parent.name}/{path.stem}")
def test_every_lesson_page_runs_shows_no_code_and_is_accessible(browser, voila, page_path):
    """Every lesson page in chromium, as a learner without code opens it: it runs to the end without an error and
    shows no code; it has the page's language and a title naming the module; every figure has a text alternative;
    axe-core finds no WCAG 2.1 A/AA violation; Tab reaches every control with a visible focus; every slider moves
    with the arrow keys; nothing scrolls sideways at 200 % zoom (a 640 px window)."""
    from a11y import axe_report, tab_through
    from playwright.sync_api import expect

    language = page_path.parent.name
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale=language)
    context.set_default_timeout(CLICK_FEEDBACK * 1000)
    external: list[str] = []
    context.route(
        re.compile(r"^(?!" + re.escape(voila.url) + r"/)https?://"),
        lambda route: (external.append(route.request.url), route.abort()),
    )
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(f"page error: {error}"))
    try:
        page.goto(f"{voila.url}/voila/render/pages/{language}/{page_path.name}", timeout=FIRST_WIDGET * 2000)
        page.wait_for_function(_WIDGETS_DRAWN, timeout=FIRST_WIDGET * 1000)
        page.wait_for_timeout(300)  # the page script names the widgets as they appear
        html = page.content()
        assert "There was an error when executing cell" not in html and "Traceback" not in html, page_path
        leaked = [needle for needle in GENERIC_FORBIDDEN if needle in page.inner_text("body")]
        assert not leaked, f"{page_path} shows {leaked}"
        assert page.locator(".jp-InputArea-editor, .jp-CodeMirrorEditor").count() == 0, "code is shown"
        assert page.evaluate("document.documentElement.lang") == language
        number = page_path.stem[:2]
        assert number in page.title() and len(page.title()) > 10, page.title()
        images = page.locator("img").evaluate_all(_IMAGES)
        assert images and all(alt.strip() for alt in images), f"{page_path.name}: {len(images)} images, alt {images}"
        report = axe_report(page)
        assert not report, f"{page_path.name}:\n{report}"
        keyboard = tab_through(page)
        assert not keyboard["missed"], f"Tab never reaches {keyboard['missed']}"
        assert not keyboard["focus_not_shown"], f"focus not shown on {keyboard['focus_not_shown']}"
        for handle in page.locator(".noUi-handle").all():
            if not handle.is_visible():
                continue
            before = handle.get_attribute("aria-valuetext")
            handle.focus()
            page.keyboard.press(
                "ArrowRight"
                if handle.get_attribute("aria-valuenow") != handle.get_attribute("aria-valuemax")
                else "ArrowLeft"
            )
            expect(handle).not_to_have_attribute("aria-valuetext", before or "")
        page.set_viewport_size({"width": 640, "height": 900})
        wide = page.evaluate("document.documentElement.scrollWidth")
        assert wide <= 640, f"{page_path.name} scrolls sideways at 640 px: {wide} px wide"
        assert not errors, "\n".join(errors)
        assert not external, f"the page asked outside 127.0.0.1: {external}"
    finally:
        context.close()
