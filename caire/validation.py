"""Argument checks that fail with a message naming the bad argument, in plain words."""

from __future__ import annotations

import math
from numbers import Integral, Real


def real_number(name: str, value: object) -> float:
    """``value`` as a float, or a TypeError/ValueError naming ``name``."""
    if isinstance(value, bool) or not isinstance(value, Real):
        raise TypeError(f"{name} must be a number; got {type(value).__name__} {value!r}")
    number = float(value)
    if not math.isfinite(number):
        raise ValueError(f"{name} must be a finite number; got {value!r}")
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
