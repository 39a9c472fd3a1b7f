"""The gallery (caire.gallery, apps/<lang>/00-gallery.ipynb): the course's front page for learners who do not program.

Its HTML in both languages (a card per module in course order with title, rendered one-line summary, duration,
core-track badge in words, lesson page and exercise app; where to start, the two tracks, the glossary, the test, the
other language), the "submitted" mark from nbgrader's cache, and in chromium: axe-core's WCAG 2.1 A/AA checks, every
link answering, a lesson page opening from it, and nothing wider than a phone's screen.
"""

from __future__ import annotations

import re
import urllib.parse
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import REPO

from caire.core.i18n import LANGUAGES, t
from caire.core.typography import breakable_spaces, french
from caire.durations import hours_and_minutes
from caire.gallery import cards, gallery_html, inline_html
from caire.registry import MODULES, RegistryError, load, tracks

MARKDOWN = re.compile(r"\*\*|__|(?<!\w)\*\w|`|\]\(")


def _page(language: str, submitted: set[str] | None = frozenset()) -> BeautifulSoup:
    return BeautifulSoup(gallery_html(language, set(submitted) if submitted is not None else None), "html.parser")


def _text(node) -> str:
    return re.sub(r"[ \t\n]+", " ", node.get_text(" ")).strip()  # no-break spaces kept


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_card_per_module_in_course_order_with_what_a_learner_needs(language):
    page = _page(language)
    found = page.select("ol.caire-cards > li.caire-card")
    assert len(found) == len(MODULES)
    for card, module in zip(found, MODULES, strict=True):
        heading = card.find("h3")
        title = french(module.titled(language)) if language == "fr" else module.titled(language)
        assert heading and title in _text(heading), _text(heading)
        assert f"{module.number:02d}" in _text(heading)
        summary = card.select_one(".caire-summary")
        assert summary and len(_text(summary)) > 40, f"{module.name}: one line on what the learner does"
        duration = module.duration()
        time = _text(card.select_one(".caire-time")).replace("\u00a0", " ")
        for minutes in (duration.lesson, duration.exercise, duration.module):
            assert hours_and_minutes(minutes).replace("\u00a0", " ") in time, (module.name, time)
        badge = card.select(".caire-badge")
        assert [_text(b) for b in badge] == ([t("gallery.core_track", language)] if module.core else [])
        links = {a.get_text(): a["href"] for a in card.select(".caire-links a")}
        assert links == {
            t("gallery.lesson", language): f"../../pages/{language}/{module.name}.ipynb",
            t("gallery.exercise", language): f"{module.name}.ipynb",
        }
        for link in card.select(".caire-links a"):  # a name that says which module, for a list of links
            assert title in link["aria-label"] and link["aria-label"].startswith(link.get_text())


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_link_of_the_gallery_opens_a_notebook_of_the_course(language):
    page = _page(language)
    here = REPO / "apps" / language
    hrefs = [a["href"] for a in page.find_all("a")]
    assert len(hrefs) == 2 * len(MODULES) + 4  # glossary, test forms A and B, other language
    for href in hrefs:
        assert (here / href).resolve().is_file(), f"the gallery links {href}, which is not in the course"
    assert f"../{'fr' if language == 'en' else 'en'}/00-gallery.ipynb" in hrefs
    assert {"00-glossary.ipynb", "literacy-test-a.ipynb", "literacy-test-b.ipynb"} <= set(hrefs)
    other = page.find("a", href=re.compile(r"^\.\./(en|fr)/00-gallery"))
    assert other["lang"] == other["hreflang"] != language, "the other language's link says its language"


@pytest.mark.parametrize("language", LANGUAGES)
def test_text_is_rendered_never_raw_markdown(language):
    page = _page(language)
    assert page.find("div", class_="caire-gallery")["lang"] == language
    text = _text(page.find("div", class_="caire-gallery"))
    assert not MARKDOWN.search(text), MARKDOWN.search(text)
    summary = page.select_one(".caire-card-02 .caire-summary")
    assert summary.find("strong").get_text() == ("sweet spot" if language == "en" else "juste milieu")


def test_markdown_is_rendered_and_html_in_a_text_is_shown_as_text():
    assert (
        inline_html("le **juste milieu** et `x` ?", "fr") == "le <strong>juste milieu</strong> et <code>x</code>\u202f?"
    )
    assert inline_html("<script>alert(1)</script> *ok*", "en") == "&lt;script&gt;alert(1)&lt;/script&gt; <em>ok</em>"


def test_french_text_keeps_french_typography():
    text = _page("fr").find("div", class_="caire-gallery").get_text("")
    assert breakable_spaces(text) == [], breakable_spaces(text)[:5]
    assert "\u00a0: " in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_where_to_start_and_the_two_tracks_with_their_durations(language):
    page = _page(language)
    headings = [_text(h) for h in page.find_all("h2")]
    assert headings == [
        t(key, language) for key in ("gallery.start_heading", "gallery.tracks_heading", "gallery.more_heading")
    ] + [t("gallery.modules_heading", language)]
    assert "01" in _text(page.find("h2").find_next("p")), "where to start names the first module"
    both = tracks()
    track_text = _text(page.find(id="caire-tracks").find_next("ul")).replace("\u00a0", " ")
    for minutes in (both.core_lessons, both.core_total, both.full):
        assert hours_and_minutes(minutes).replace("\u00a0", " ") in track_text
    assert ", ".join(f"{module.number:02d}" for module in MODULES if module.core) in track_text
    assert t("gallery.core_track", language) in track_text and t("gallery.full_course", language) in track_text


def test_the_tracks_are_the_readmes():
    """The README's table says the same totals (both are written from caire.registry.tracks)."""
    from caire.registry import _lessons_table

    both, table = tracks(), _lessons_table(MODULES)
    for minutes in (both.core_lessons, both.core_exercises, both.full):
        assert hours_and_minutes(minutes) in table
    assert both.core_total == both.core_lessons + both.core_exercises


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_submitted_exercise_is_marked_in_words_on_its_card(language):
    page = _page(language, {"01-rules-vs-learning-fr", "09-fairness-en"})  # either language's assignment counts
    marked = [card["class"][1] for card in page.select(".caire-card") if card.select(".caire-done")]
    assert marked == ["caire-card-01", "caire-card-09"]
    assert _text(page.select_one(".caire-card-01 .caire-done")) == f"✓ {t('gallery.submitted', language)}"
    assert not _page(language, set()).select(".caire-done")


def test_the_mark_comes_from_nbgraders_cache_of_the_learners_own_submissions(tmp_path, monkeypatch):
    """On a hub, `nbgrader submit` (the apps' Submit too) keeps a copy in the learner's own cache; on Binder there is
    no exchange and no cache, and no card is marked."""
    monkeypatch.setenv("JUPYTER_DATA_DIR", str(tmp_path))
    assert not any(card.submitted for card in cards("en")), "no cache: nothing submitted (Binder)"
    (tmp_path / "nbgrader_cache" / "caire" / "ada+03-errors-and-costs-fr+2026-12-07 10:00:00.000000 UTC").mkdir(
        parents=True
    )
    assert [card.number for card in cards("fr") if card.submitted] == ["03"]


def test_every_module_has_a_summary_and_the_registry_checks_it(tmp_path):
    assert all(module.summary and set(module.summary) == set(LANGUAGES) for module in MODULES)
    from caire.glossary import avoided_in

    assert [avoided_in(module.summary["fr"]) for module in MODULES] == [[]] * len(MODULES)
    entry = (
        '[[module]]\nnumber = 1\nslug = "demo"\ntitle.en = "Demo"\ntitle.fr = "Démo"\ntorch = false\n'
        'trains = "nothing"\nsummary.en = "You try it."\n'
    )
    path = tmp_path / "registry.toml"
    path.write_text(entry, encoding="utf-8")
    with pytest.raises(RegistryError, match="summary needs one line for each of en, fr"):
        load(path)
    path.write_text(entry + 'summary.fr = "Vous essayez."\n', encoding="utf-8")
    assert load(path)[0].summary == {"en": "You try it.", "fr": "Vous essayez."}


# --- in chromium ----------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """Voila serving the repository with the course's settings, as the browser tests do (no exchange, no nbgrader
    cache: as on Binder)."""
    from test_app_browser import running_voila

    work = tmp_path_factory.mktemp("gallery")
    environment = {"CAIRE_EXCHANGE_DIR": str(work / "no-exchange"), "JUPYTER_DATA_DIR": str(work / "data")}
    with running_voila(work, environment) as server:
        yield server


@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_gallery_in_chromium_is_accessible_and_every_link_answers(served, browser, language):
    from axe_playwright_python.sync_playwright import Axe
    from playwright.sync_api import expect

    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale=language)
    context.route(re.compile(r"^(?!" + re.escape(served.url) + r"/)https?://"), lambda route: route.abort())
    page = context.new_page()
    try:
        url = f"{served.url}/voila/render/apps/{language}/00-gallery.ipynb"
        page.goto(url, timeout=120_000)
        expect(page.locator(".caire-card")).to_have_count(len(MODULES), timeout=120_000)
        assert page.evaluate("document.documentElement.lang") == language
        assert page.title().endswith("CAIRE") and len(page.title()) > len("CAIRE") + 5
        result = Axe().run(
            page, options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
        )
        assert result.violations_count == 0, result.generate_report()
        # Each link, as the browser resolves it, is a notebook Voila serves (rendering all of them would take minutes).
        for href in page.locator(".caire-gallery a").evaluate_all("links => links.map(link => link.href)"):
            served_path = urllib.parse.urlsplit(href).path.removeprefix("/voila/render/")
            assert (REPO / served_path).is_file(), href
        # At a phone's width (and so at 400 % zoom of a 1280 px window), nothing scrolls sideways.
        page.set_viewport_size({"width": 320, "height": 800})
        assert page.evaluate("document.documentElement.scrollWidth") <= 320
        page.set_viewport_size({"width": 1280, "height": 900})
        page.get_by_role("link", name=re.compile(re.escape(t("gallery.lesson", language)) + ".*01")).click()
        page.wait_for_url(re.compile(rf"/pages/{language}/01-rules-vs-learning\.ipynb"), timeout=60_000)
        expect(page.locator("h1").first).to_be_visible(timeout=120_000)
    finally:
        context.close()


def test_the_gallery_page_is_built_from_its_source():
    source = (REPO / "course" / "00-gallery" / "app.py").read_text(encoding="utf-8")
    assert "show_gallery()" in source
    for language in LANGUAGES:
        built = Path(REPO / "apps" / language / "00-gallery.ipynb").read_text(encoding="utf-8")
        assert "show_gallery()" in built and f'"language": "{language}"' in built
