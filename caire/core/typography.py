"""French typography, applied when the course is built and when a French message is shown.

Authors write ordinary spaces; French text gets the no-break spaces French typography asks for (Lexique des
règles typographiques en usage à l'Imprimerie nationale), so that a line never starts with ":" or "%":

- a narrow no-break space (U+202F) instead of the space before ``;``, ``?`` and ``!``, and between groups of
  digits ("4 000");
- a no-break space (U+00A0) instead of the space before ``:``, after ``«`` and before ``»``, and before a "%"
  (glued or not: "90%" -> "90 %").

A ``;``, ``?`` or ``!`` glued to a word stays glued (a quotation in English, a name). Code (inline and fenced),
URLs, markdown link targets, HTML tags and maths (``$...$``) are left as they are.
"""

from __future__ import annotations

import re

NBSP = "\u00a0"
NNBSP = "\u202f"
_SPACES = "[ \u00a0\u202f]"

#: What typography must not touch.
PROTECTED = re.compile(
    r"```.*?```"  # fenced code
    r"|`[^`\n]*`"  # inline code
    r"|\]\([^)\s]*\)"  # a markdown link's target
    r"|<[^<>\n]+>"  # an HTML tag
    r"|https?://[^\s)>\]]+"  # a bare URL
    r"|\$[^$\n]+\$",  # maths
    re.S,
)

_RULES = (
    (re.compile(rf"{_SPACES}+([;?!])"), NNBSP + r"\1"),
    (re.compile(rf"(?<!\s){_SPACES}+:(?=\s|$)", re.M), NBSP + ":"),
    (re.compile(rf"(?<=\d){_SPACES}*%"), NBSP + "%"),
    (re.compile(rf"«{_SPACES}*"), "«" + NBSP),
    (re.compile(rf"(?<!\s){_SPACES}*»"), NBSP + "»"),
    (re.compile(r"(?<=\d)[ \u00a0](?=\d{3}(?!\d))"), NNBSP),
)

#: A breakable space where French typography wants a no-break one (what :func:`breakable_spaces` finds).
_BREAKABLE = re.compile(r" [;?!»%]| :(?=\s|$)|« |(?<=\d) (?=\d{3}(?!\d))|\d%", re.M)


def _typeset(text: str) -> str:
    for pattern, replacement in _RULES:
        text = pattern.sub(replacement, text)
    return text


def french(text: str) -> str:
    """``text`` (markdown or a plain message) with French no-break spaces where typography wants them."""
    pieces, last = [], 0
    for found in PROTECTED.finditer(text):
        pieces += [_typeset(text[last : found.start()]), found.group(0)]
        last = found.end()
    pieces.append(_typeset(text[last:]))
    return "".join(pieces)


def breakable_spaces(text: str) -> list[str]:
    """Each place in French ``text`` (code, URLs, tags and maths left out) where a breakable space stands where
    typography wants a no-break one, or a "%" is glued to its number, with a few characters around it."""
    plain = PROTECTED.sub("\u2060", text)
    return [plain[max(found.start() - 12, 0) : found.end() + 12] for found in _BREAKABLE.finditer(plain)]
