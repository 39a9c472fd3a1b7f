"""Module 06's data: a small corpus in the learner's language, cut into tokens, and the sizes of large models.

The corpus (``data/corpus_<lang>.txt``, about eighty short sentences written for the course, CC0) is read in the
learner's language; lines starting with ``#`` are its header, not part of it. The sizes of a few large language
models (parameters, training tokens), from GPT-2 (2019) to Qwen3 (2025), are the figures their authors published.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from caire.core.i18n import check_language, get_language

DATA = Path(__file__).parent / "data"
#: GPT-3's parameters (Brown et al., 2020).
GPT3_PARAMETERS = 175e9
#: Large models from 2019 to 2025, with the figures their authors published (parameters, training tokens): GPT-2
#: (no token count given), GPT-3, Chinchilla, Llama 2 70B; Llama 3.1 405B ("405B trainable parameters on 15.6T text
#: tokens", Llama Team 2024, section 1); Qwen3-235B-A22B (235 billion parameters, 22 billion of them active for each
#: token; "approximately 36 trillion tokens", Qwen Team 2025, abstract).
LARGE_MODELS = (
    ("GPT-2", 1.5e9, None, "Radford et al., 2019"),
    ("GPT-3", GPT3_PARAMETERS, 300e9, "Brown et al., 2020"),
    ("Chinchilla", 70e9, 1.4e12, "Hoffmann et al., 2022"),
    ("Llama 2 70B", 70e9, 2e12, "Touvron et al., 2023"),
    ("Llama 3.1 405B", 405e9, 15.6e12, "Llama Team, 2024"),
    ("Qwen3-235B-A22B", 235e9, 36e12, "Qwen Team, 2025"),
)


def language_or_current(language: str | None) -> str:
    """``language`` if the course speaks it, the learner's language when it is None."""
    return get_language() if language is None else check_language(language)


def load_corpus(language: str | None = None) -> str:
    """The course's corpus in ``language`` (default: the learner's), without its header lines."""
    return _read_corpus(language_or_current(language))


@cache
def _read_corpus(language: str) -> str:
    path = DATA / f"corpus_{language}.txt"
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return "\n".join(lines) + "\n"


def check_text(text: str | None) -> str:
    """``text``, or the corpus when it is None; a TypeError/ValueError naming ``text`` if it is no text."""
    if text is None:
        return load_corpus()
    if not isinstance(text, str):
        raise TypeError(f"text must be a string; got {type(text).__name__} {text!r}")
    if not text:
        raise ValueError("text must not be empty")
    return text


def check_string(name: str, value: object) -> str:
    """``value`` if it is a string (it may be empty), else a TypeError naming ``name``."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a string; got {type(value).__name__} {value!r}")
    return value


def tokens(text: str, kind: str = "characters") -> list[str]:
    """Cut ``text`` into tokens: each character, or each word and punctuation mark (``kind="words"``)."""
    text = check_text(text)
    if kind == "characters":
        return list(text)
    if kind == "words":
        return re.findall(r"\w+|[^\w\s]", text)
    raise ValueError(f"kind must be 'characters' or 'words'; got {kind!r}")


def vocabulary(text: str | None = None) -> list[str]:
    """The different characters of ``text`` (default: the corpus), sorted: the tokens a character model knows."""
    return sorted(set(check_text(text)))


def show_token(token: str) -> str:
    """A token made visible: a space as ␣, a line break as ↵."""
    return {" ": "␣", "\n": "↵"}.get(token, token)
