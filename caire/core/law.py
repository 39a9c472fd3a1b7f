"""The state of the EU AI Act as the course teaches it, from the one dated source ``caire/core/law.toml``.

The course's prose writes ``{{law.date.annex_iii}}``, ``{{law.text.article_4}}``, ``{{law.source.omnibus}}`` or
``{{law.as_of}}`` where it states the law; the build (:func:`fill`) writes them out in the cell's language
("2 December 2027", "2 décembre 2027"), so that the next change of the law is one edit of law.toml and a rebuild.
"""

from __future__ import annotations

import datetime
import re
import tomllib
from functools import cache
from pathlib import Path

from caire.core.i18n import check_language

LAW = Path(__file__).with_name("law.toml")
PLACEHOLDER = re.compile(r"\{\{law\.([a-z_]+)(?:\.([a-z0-9_]+))?\}\}")


class LawError(KeyError):
    """A ``{{law.…}}`` placeholder names nothing in law.toml; the message says what exists."""


@cache
def law() -> dict:
    """The contents of law.toml."""
    with LAW.open("rb") as handle:
        return tomllib.load(handle)


def as_of() -> datetime.date:
    """The day law.toml was last checked against its sources."""
    return law()["as_of"]


def written_date(day: datetime.date, language: str) -> str:
    """``day`` as a learner reads it: "2 December 2027", "2 décembre 2027" ("1er août 2024" for a first)."""
    from babel.dates import format_date

    from caire.core.numbers import LOCALES

    language = check_language(language)
    text = format_date(day, format="long", locale=LOCALES[language])
    return re.sub(r"^1 ", "1er ", text) if language == "fr" else text


def _entry(kind: str, key: str | None) -> dict:
    entries = law().get({"date": "dates", "text": "texts", "source": "sources"}.get(kind, ""), {})
    if key not in entries:
        raise LawError(f"law.toml has no {kind} {key!r}; it has: {', '.join(sorted(entries))}")
    return entries[key]


def value(kind: str, key: str | None, language: str) -> str:
    """What ``{{law.KIND.KEY}}`` is written as in ``language``."""
    language = check_language(language)
    if kind == "as_of" and key is None:
        return written_date(as_of(), language)
    if kind == "date":
        return written_date(_entry(kind, key)["date"], language)
    if kind == "text":
        return _entry(kind, key)[language]
    if kind == "source":
        entry = _entry(kind, key)
        return f"[{entry[language]}]({entry['url']})"
    raise LawError(
        f"{{{{law.{kind}}}}} is not a law placeholder: use law.as_of, law.date.KEY, law.text.KEY or law.source.KEY"
    )


def fill(text: str, language: str) -> str:
    """``text`` with each ``{{law.…}}`` written out in ``language`` (a LawError names an unknown one)."""
    return PLACEHOLDER.sub(lambda found: value(found.group(1), found.group(2), language), text)


def _date_patterns() -> list[re.Pattern]:
    from babel.dates import format_date

    from caire.core.numbers import LOCALES

    patterns = []
    for entry in law()["dates"].values():
        day = entry["date"]
        forms = {day.isoformat(), day.strftime("%B %-d, %Y")}
        for language, locale in LOCALES.items():
            forms |= {written_date(day, language), format_date(day, format="d MMMM yyyy", locale=locale)}
            # the month alone, where no day stands before it ("from August 2026")
            month = format_date(day, format="LLLL yyyy", locale=locale)
            patterns.append(re.compile(rf"(?<!\d)(?<!\d )(?<!1er )\b{re.escape(month)}\b", re.I))
        patterns += [re.compile(rf"(?<!\d)\b{re.escape(form)}\b", re.I) for form in forms]
    return patterns


def handwritten_dates(text: str) -> list[str]:
    """The AI Act dates of law.toml that ``text`` writes by hand (in either language, with or without the day,
    or ISO) instead of a ``{{law.date.…}}`` placeholder."""
    return sorted({found.group(0) for pattern in _date_patterns() for found in pattern.finditer(text)})
