"""Every number a learner sees, written the way their language writes numbers (Babel, CLDR data).

French: "90 %", "0,50", "1 000", "175 000 000 000" (a no-break space before "%", a narrow no-break
space between groups of digits, a decimal comma). English: "90%", "0.50", "1,000".

Three ways in, one formatting underneath:

- :func:`percent`, :func:`decimal`, :func:`integer` for code (widgets, tables, a lesson's ``print``);
- :func:`format_value` for a Python format spec such as ``.0%`` or ``,.2f``: what the message catalogues
  use (``{accuracy:.0%}`` in a text rendered by :func:`caire.core.i18n.t`);
- :func:`axis_formatter` for the tick labels of a matplotlib axis.
"""

from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP, localcontext
from functools import cache
from numbers import Integral, Real

from caire.core.i18n import check_language, get_language

#: The CLDR locale behind each language of the course.
LOCALES = {"en": "en_GB", "fr": "fr_FR"}

#: A format spec this module writes the way the language does: an optional "+" (a sign on positive numbers too),
#: an optional "," (grouping, always on here), an optional precision, and a type: % (a share as a percentage),
#: f (fixed decimals), d (whole number), g or none (as few decimals as the value needs).
_SPEC = re.compile(r"^(?P<sign>\+?),?(?:\.(?P<precision>\d+))?(?P<kind>[%fdg]?)$")


def _language(language: str | None) -> str:
    return check_language(language or get_language())


@cache
def _pattern(language: str, kind: str, decimals: int) -> str:
    """The CLDR pattern of ``language`` for a number (or a percentage) with exactly ``decimals`` decimals."""
    from babel import Locale

    locale = Locale.parse(LOCALES[language])
    pattern = (locale.percent_formats if kind == "percent" else locale.decimal_formats)[None].pattern
    fraction = "." + "0" * decimals if decimals else ""
    return re.sub(r"#,##0(?:\.[0#]+)?", "#,##0" + fraction, pattern, count=1)


def _is_number(value: object) -> bool:
    return isinstance(value, Real) and not isinstance(value, bool)


def _check(value: object, name: str = "value") -> float:
    if not _is_number(value):
        raise TypeError(f"{name} must be a number; got {type(value).__name__} {value!r}")
    return float(value)


def _babel(value: float, kind: str, decimals: int, language: str) -> str:
    from babel.numbers import format_decimal, format_percent

    if math.isnan(value):
        return "–"
    scale = 100 if kind == "percent" else 1
    if round(value * scale, decimals) == 0:
        value = 0.0  # a value that rounds to zero from below is written "0", not "-0"
    write = format_percent if kind == "percent" else format_decimal
    with localcontext(rounding=ROUND_HALF_UP):  # 84.85 % -> 84.9 %, as learners round (Babel's default is half-even)
        return write(value, format=_pattern(language, kind, decimals), locale=LOCALES[language])


def percent(share: object, decimals: int = 0, language: str | None = None) -> str:
    """A share (0.9) as a percentage: "90%" in English, "90 %" in French."""
    return _babel(_check(share, "share"), "percent", decimals, _language(language))


def decimal(value: object, decimals: int = 2, language: str | None = None) -> str:
    """A number with exactly ``decimals`` decimals: "0.50" in English, "0,50" in French (digits grouped)."""
    return _babel(_check(value), "decimal", decimals, _language(language))


def integer(value: object, language: str | None = None) -> str:
    """A number rounded to a whole one, digits grouped: "1,000" in English, "1 000" in French."""
    return _babel(_check(value), "decimal", 0, _language(language))


def number(value: object, most_decimals: int = 3, language: str | None = None) -> str:
    """A number with as few decimals as it needs (at most ``most_decimals``): "2.5", "2,5", "1 000"."""
    value = _check(value)
    if math.isnan(value):
        return "–"
    rounded = round(value, most_decimals)
    text = f"{rounded:.{most_decimals}f}".rstrip("0").rstrip(".")
    decimals = len(text.split(".")[1]) if "." in text else 0
    return _babel(rounded, "decimal", decimals, _language(language))


def format_value(value: object, spec: str, language: str | None = None) -> str:
    """``format(value, spec)`` in the language's conventions, for a number and a spec :data:`_SPEC` knows;
    anything else (a text, a spec with a width or a sign) is formatted by Python unchanged."""
    found = _SPEC.match(spec)
    if not _is_number(value) or found is None:
        return format(value, spec)
    precision, kind = found["precision"], found["kind"]
    if kind == "%":
        text = percent(value, int(precision or 0), language)
    elif kind == "f":
        text = decimal(value, int(precision if precision is not None else 6), language)
    elif kind == "d" or (not kind and isinstance(value, Integral)):
        text = integer(value, language)
    else:
        text = number(value, int(precision) if precision is not None else 6, language)
    return "+" + text if found["sign"] and text[0].isdigit() else text  # "+0,0" as Python writes "+0.0"


def axis_formatter(kind: str = "number", decimals: int = 0, language: str | None = None):
    """A matplotlib tick formatter that writes tick values as :func:`percent` (``kind="percent"``, a share per
    tick), :func:`decimal` or :func:`number` do, in ``language`` (the current one when drawn)."""
    from matplotlib.ticker import FuncFormatter

    write = {
        "percent": lambda x: percent(x, decimals, language),
        "decimal": lambda x: decimal(x, decimals, language),
        "number": lambda x: number(x, max(decimals, 3), language),
    }
    if kind not in write:
        raise ValueError(f"kind must be one of {', '.join(map(repr, write))}; got {kind!r}")
    return FuncFormatter(lambda x, _position: write[kind](x))
