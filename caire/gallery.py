"""The gallery of apps: one card per exercise app of the course, with a one-line description."""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from pathlib import Path

from caire.core.i18n import check_language, get_language, t

APPS = Path(__file__).resolve().parent.parent / "apps"
GALLERY = "00-gallery.ipynb"


@dataclass(frozen=True)
class AppEntry:
    filename: str
    title: str
    description: str


def describe(path: Path) -> AppEntry:
    """Title (the first heading) and a one-line description (what "In this app you" lists) of an app."""
    notebook = json.loads(path.read_text(encoding="utf-8"))
    markdown = next((cell for cell in notebook["cells"] if cell["cell_type"] == "markdown"), None)
    text = "".join(markdown["source"]) if markdown else ""
    heading = re.search(r"^#\s+(.+)$", text, re.M)
    items = re.findall(r"^\s*\d+\.\s+(.+?)[,.;]?\s*$", text, re.M)
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip() and not p.lstrip().startswith("#")]
    description = "; ".join(items) if items else (paragraphs[0] if paragraphs else "")
    return AppEntry(path.name, heading.group(1).strip() if heading else path.stem, " ".join(description.split()))


def entries(language: str | None = None) -> list[AppEntry]:
    """The app of every module of the registry in one language, in course order."""
    from caire.registry import MODULES

    folder = APPS / check_language(language or get_language())
    return [describe(folder / f"{module.name}.ipynb") for module in MODULES]


def gallery_html(language: str | None = None) -> str:
    """The gallery as HTML: a card per app, linking to it, and a link to the other language."""
    language = check_language(language or get_language())
    other = "fr" if language == "en" else "en"
    cards = "".join(
        f'<li class="caire-app"><a href="{html.escape(entry.filename)}"><b>{html.escape(entry.title)}</b></a>'
        f"<br>{html.escape(entry.description)}</li>"
        for entry in entries(language)
    )
    switch = f'<p><a href="../{other}/{GALLERY}">{html.escape(t("gallery.other_language", language))}</a></p>'
    return f'<ul class="caire-gallery" style="line-height:1.5">{cards}</ul>{switch}'


def show_gallery() -> None:
    """Display the gallery in the current language.

    As a widget: JupyterLab's HTML renderer would take over relative links (to open them as documents),
    which in Voila does nothing; a widget's links are plain links.
    """
    import ipywidgets as widgets
    from IPython.display import display

    display(widgets.HTML(gallery_html()))
