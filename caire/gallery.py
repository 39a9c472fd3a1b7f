"""The gallery: the course's front page for learners who do not program (``apps/<lang>/00-gallery.ipynb``).

Built from ``course/00-gallery/app.py`` and served by Voila, it shows, in the learner's language:

- where to start, and the two tracks: the core track and the full course, with their durations as the README
  gives them (:func:`caire.registry.tracks`, from :mod:`caire.durations`);
- the glossary, the pre/post AI-literacy test's two forms, and the gallery in the other language;
- a card per module of the registry, in course order: its number and title, one line on what the learner does
  (``summary`` in ``caire/registry.toml``, markdown rendered to HTML), its duration (lesson + exercise), a "core
  track" badge in words for the core modules, and links to its lesson page (``pages/<lang>/NN-slug.ipynb``) and
  its exercise app (``apps/<lang>/NN-slug.ipynb``);
- on a course's hub, a mark on the modules whose exercise the learner has already submitted
  (:func:`caire.submission.submitted_before`, which reads nbgrader's copy of the learner's own submissions;
  where nothing was ever submitted through an exchange, on Binder for one, there is none).

Plain semantic HTML (headings, lists, links named by what they open, text badges), styled for 4.5:1 contrast.
Links are relative to ``apps/<lang>/``, where the gallery is: the same in Voila, on the hub (under
``caire-course/``) and in JupyterLab.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from functools import cache

from caire.core.i18n import LANGUAGES, check_language, get_language, t

GALLERY = "00-gallery.ipynb"
GLOSSARY = "00-glossary.ipynb"
TEST_FORMS = ("a", "b")

#: Colours chosen for contrast on white, the cards' background in either theme: text 16:1, links and badges 8:1 or
#: more, the "submitted" mark 7:1; links are underlined, and nothing is told by colour alone.
CSS = """
.caire-gallery { color: #1a1a1a; line-height: 1.5; max-width: 72rem; font-size: var(--jp-content-font-size1, 14px); }
.caire-gallery h2 { font-size: 1.3rem; margin: 1.2rem 0 0.4rem; }
.caire-gallery h3 { font-size: 1.1rem; margin: 0 0 0.3rem; }
.caire-gallery a { color: #0b4a8f; text-decoration: underline; }
.caire-gallery a:focus-visible { outline: 3px solid #0b4a8f; outline-offset: 2px; }
.caire-gallery .caire-cards { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.8rem;
  grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr)); }
.caire-gallery .caire-card { background: #ffffff; border: 1px solid #6b6b6b; border-radius: 6px; padding: 0.8rem 1rem;
  display: flex; flex-direction: column; gap: 0.3rem; }
.caire-gallery .caire-card p { margin: 0; }
.caire-gallery .caire-number { display: block; font-size: 0.9rem; font-weight: normal; color: #424242; }
.caire-gallery .caire-badge, .caire-gallery .caire-done { display: inline-block; border-radius: 4px;
  padding: 0 0.4rem; font-size: 0.9rem; font-weight: bold; border: 1px solid currentColor; }
.caire-gallery .caire-badge { color: #0b3d91; background: #e8f0fe; }
.caire-gallery .caire-done { color: #1b5e20; background: #e8f5e9; }
.caire-gallery .caire-links { list-style: none; margin: auto 0 0; padding: 0.3rem 0 0; display: flex;
  flex-wrap: wrap; gap: 0.4rem 1.2rem; }
.caire-gallery .caire-time { color: #424242; }
"""


@dataclass(frozen=True)
class Card:
    """What the gallery says of one module, in one language."""

    number: str
    title: str
    summary_html: str
    lesson_minutes: int
    exercise_minutes: int
    core: bool
    lesson: str  # link, relative to apps/<lang>/
    exercise: str
    submitted: bool = False

    @property
    def minutes(self) -> int:
        return self.lesson_minutes + self.exercise_minutes


@cache
def _markdown():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False})  # raw HTML in a text is shown as text, never run


def _typeset(text: str, language: str) -> str:
    """French typography's no-break spaces in French text (caire.core.typography), as the build does for prose."""
    if language != "fr":
        return text
    from caire.core.typography import french

    return french(text)


def inline_html(text: str, language: str) -> str:
    """One line of markdown (``**bold**``, ``*italics*``, `` `code` ``, links) as HTML, with French typography's
    no-break spaces in French. Raw HTML in ``text`` is escaped."""
    return _markdown().renderInline(_typeset(text, language)).strip()


def _text(key: str, language: str, **values: object) -> str:
    """A catalogue text (markdown) as inline HTML: ``t`` has already applied French typography."""
    return _markdown().renderInline(t(key, language, **values)).strip()


def cards(language: str | None = None, submitted: set[str] | None = None) -> list[Card]:
    """A card per module of the registry, in course order. ``submitted``: the learner's submitted assignments
    (default: read from nbgrader's cache of their own submissions)."""
    from caire.registry import MODULES
    from caire.submission import submitted_before

    language = check_language(language or get_language())
    if submitted is None:
        submitted = submitted_before([module.assignment(lang) for module in MODULES for lang in LANGUAGES])
    found = []
    for module in MODULES:
        duration = module.duration()
        summary = (module.summary or {}).get(language, "")
        found.append(
            Card(
                number=f"{module.number:02d}",
                title=_typeset(module.titled(language), language),
                summary_html=inline_html(summary, language) if summary else "",
                lesson_minutes=duration.lesson,
                exercise_minutes=duration.exercise,
                core=module.core,
                lesson=f"../../pages/{language}/{module.name}.ipynb",
                exercise=f"{module.name}.ipynb",
                submitted=any(module.assignment(lang) in submitted for lang in LANGUAGES),
            )
        )
    return found


def _link(href: str, text: str, name: str | None = None, language: str | None = None) -> str:
    label = f' aria-label="{html.escape(name)}"' if name else ""
    lang = f' lang="{language}" hreflang="{language}"' if language else ""
    return f'<a href="{html.escape(href)}"{label}{lang}>{text}</a>'


def _card_html(card: Card, language: str) -> str:
    from caire.durations import hours_and_minutes

    heading_id = f"caire-module-{card.number}"
    marks = []
    if card.core:
        marks.append(f'<span class="caire-badge">{html.escape(t("gallery.core_track", language))}</span>')
    if card.submitted:
        marks.append(f'<span class="caire-done">✓ {html.escape(t("gallery.submitted", language))}</span>')
    time = t(
        "gallery.duration",
        language,
        total=hours_and_minutes(card.minutes),
        lesson=hours_and_minutes(card.lesson_minutes),
        exercise=hours_and_minutes(card.exercise_minutes),
    )
    links = []
    for href, action in (
        (card.lesson, t("gallery.lesson", language)),
        (card.exercise, t("gallery.exercise", language)),
    ):
        name = t("gallery.link_name", language, action=action, number=card.number, title=card.title)
        links.append(f"<li>{_link(href, html.escape(action), name)}</li>")
    return (
        f'<li class="caire-card caire-card-{card.number}">'
        f'<h3 id="{heading_id}"><span class="caire-number">{html.escape(t("gallery.module", language, number=card.number))}'
        f"</span>{html.escape(card.title)}</h3>"
        + (f'<p class="caire-marks">{" ".join(marks)}</p>' if marks else "")
        + (f'<p class="caire-summary">{card.summary_html}</p>' if card.summary_html else "")
        + f'<p class="caire-time">{html.escape(time)}</p>'
        f'<ul class="caire-links">{"".join(links)}</ul></li>'
    )


def gallery_html(language: str | None = None, submitted: set[str] | None = None) -> str:
    """The gallery as HTML, in ``language`` (the current one by default): where to start, the two tracks, the
    glossary and the test, the other language, and a card per module. ``submitted`` as for :func:`cards`."""
    from caire.durations import hours_and_minutes
    from caire.registry import MODULES, tracks

    language = check_language(language or get_language())
    other = next(lang for lang in LANGUAGES if lang != language)
    both = tracks(MODULES)
    core = ", ".join(f"{module.number:02d}" for module in both.core)
    track_items = [
        (
            t("gallery.core_track", language),
            t(
                "gallery.core_track_text",
                language,
                modules=core,
                lessons=hours_and_minutes(both.core_lessons),
                total=hours_and_minutes(both.core_total),
            ),
        ),
        (
            t("gallery.full_course", language),
            t("gallery.full_course_text", language, count=len(MODULES), total=hours_and_minutes(both.full)),
        ),
    ]
    colon = "\u00a0: " if language == "fr" else ": "  # French typography: a no-break space before a colon
    tracks_html = "".join(
        f"<li><strong>{html.escape(name)}</strong>{colon}{html.escape(text)}</li>" for name, text in track_items
    )
    forms = ", ".join(
        _link(
            f"literacy-test-{form}.ipynb",
            html.escape(t("gallery.test_form", language, form=form.upper())),
            t("gallery.test_form_name", language, form=form.upper()),
        )
        for form in TEST_FORMS
    )
    around = [
        f"{_link(GLOSSARY, html.escape(t('gallery.glossary', language)))}{colon}{html.escape(t('gallery.glossary_text', language))}",
        f"<strong>{html.escape(t('gallery.test', language))}</strong> ({html.escape(t('gallery.test_text', language))})"
        f"{colon}{forms}",
        _link(f"../{other}/{GALLERY}", html.escape(t("gallery.other_language", language)), language=other),
    ]
    cards_html = "".join(_card_html(card, language) for card in cards(language, submitted))
    return (
        f"<style>{CSS}</style>"
        f'<div class="caire-gallery" lang="{language}">'
        f'<h2 id="caire-start">{html.escape(t("gallery.start_heading", language))}</h2>'
        f"<p>{_text('gallery.start', language)}</p>"
        f'<h2 id="caire-tracks">{html.escape(t("gallery.tracks_heading", language))}</h2>'
        f"<ul>{tracks_html}</ul>"
        f"<p>{html.escape(t('gallery.durations_note', language))}</p>"
        f'<h2 id="caire-around">{html.escape(t("gallery.more_heading", language))}</h2>'
        f"<ul>{''.join(f'<li>{item}</li>' for item in around)}</ul>"
        f'<h2 id="caire-modules">{html.escape(t("gallery.modules_heading", language))}</h2>'
        f'<ol class="caire-cards">{cards_html}</ol>'
        "</div>"
    )


def show_gallery() -> None:
    """Display the gallery in the current language.

    As a widget: JupyterLab's HTML renderer would take over relative links (to open them as documents),
    which in Voila does nothing; a widget's links are plain links.
    """
    import ipywidgets as widgets
    from IPython.display import display

    display(widgets.HTML(gallery_html()))
