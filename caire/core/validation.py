"""Argument checks that fail with a message naming the bad argument, in plain words."""

from __future__ import annotations

import math
from collections.abc import Iterable
from numbers import Integral, Real


def real_number(name: str, value: object) -> float:
    """``value`` as a float, or a TypeError/ValueError naming ``name``."""
    if isinstance(value, bool) or not isinstance(value, Real):
        raise TypeError(f"{name} must be a number; got {type(value).__name__} {value!r}")
    number = float(value)
    if not math.isfinite(number):
        raise ValueError(f"{name} must be a finite number; got {value!r}")
    return number


def number_between(name: str, value: object, low: float, high: float) -> float:
    """``value`` as a float in ``[low, high]``, or a TypeError/ValueError naming ``name``."""
    number = real_number(name, value)
    if not low <= number <= high:
        raise ValueError(f"{name} must be between {low:g} and {high:g}; got {value!r}")
    return number


def share(name: str, value: object) -> float:
    """``value`` as a share from 0 to 1 (0.25 for a quarter), or a TypeError/ValueError naming ``name``."""
    number = real_number(name, value)
    if not 0 <= number <= 1:
        raise ValueError(f"{name} must be a share between 0 and 1 (0.25 for 25%); got {value!r}")
    return number


def whole_number(name: str, value: object, low: int, high: int) -> int:
    """``value`` as an int in ``[low, high]``, or a TypeError/ValueError naming ``name``."""
    if isinstance(value, bool) or not isinstance(value, Integral):
        raise TypeError(f"{name} must be a whole number; got {type(value).__name__} {value!r}")
    if not low <= value <= high:
        raise ValueError(f"{name} must be between {low} and {high}; got {value}")
    return int(value)


def one_of(name: str, value: object, allowed: list[str] | tuple[str, ...]) -> str:
    """``value`` if it is one of ``allowed``, or a ValueError naming ``name`` and the allowed values."""
    if value not in allowed:
        raise ValueError(f"{name} must be one of {', '.join(map(repr, allowed))}; got {value!r}")
    return value  # type: ignore[return-value]


def ticked_names(name: str, answer: object, allowed: Iterable[str], what: str = "texts") -> set[str]:
    """The ticked names of a "tick the ones that ..." answer (one text, or a set/list of them) as a set of
    lower-case names from ``allowed``, or a TypeError/ValueError naming ``name``; ``what`` says what they are."""
    allowed = tuple(allowed)
    if isinstance(answer, str):
        answer = {answer}
    if not isinstance(answer, (set, frozenset, list, tuple)):
        raise TypeError(
            f"{name} must be a set of {what}, such as {{{allowed[0]!r}}}; got {type(answer).__name__} {answer!r}"
        )
    keys = set()
    for item in answer:
        if not isinstance(item, str):
            raise TypeError(f"{name} must hold {what}, such as {allowed[0]!r}; got {type(item).__name__} {item!r}")
        key = item.strip().lower()
        if key not in allowed:
            raise ValueError(f"{name} must hold only these: {', '.join(allowed)}; got {item!r}")
        keys.add(key)
    return keys
