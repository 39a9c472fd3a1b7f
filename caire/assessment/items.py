"""The item bank of the pre/post AI-literacy test (``bank.toml``), read into the questions of each form.

Two kinds of entry:

- **knowledge items** (ids ``kNN_...``, NN the module they evidence): one option right, checked by digest, one
  point each; tagged with what they measure (objective, level, competences, transfer), as every graded question
  of the course is. A form holds its own items and the anchors (``forms = "ab"``) that both forms share.
- **the survey** (ids ``sNN_...`` for self-report on a scale of 1 to 5, ``pNN_...`` for practices): the same on
  both forms, no right answer, worth 0 points; its only check says whether the answer is usable.

On a form the survey comes first (so that how the test went does not colour the self-report), then the
knowledge items in course order.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from caire.core.checks import (
    LEVELS,
    Choice,
    Criterion,
    Feedback,
    Question,
    Several,
    Slider,
    choice_criteria,
    one_of_options,
)
from caire.core.i18n import t

BANK = Path(__file__).with_name("bank.toml")
#: The two parallel forms, and the nbgrader assignments that deliver them: ``literacy-test-<form>-<language>``.
FORMS = ("a", "b")
TEST_PREFIX = "literacy-test-"
#: The modules the bank evidences (two items each, one on each form at least): the thirteen it was written for. A
#: module added since (14-17) joins when items are written for it and the forms are calibrated again, between two
#: cohorts: changing the instrument within a cohort would make its pre and post scores incomparable.
COVERED_MODULES = tuple(range(1, 14))
#: The self-report scale: whole numbers from LOW to HIGH (what each end means is in ``<id>.label``).
SCALE_LOW, SCALE_HIGH = 1, 5
KINDS = ("knowledge", "scale", "choice", "several")


class BankError(ValueError):
    """An entry of bank.toml is incomplete or contradicts another; the message names it."""


@dataclass(frozen=True)
class Item:
    """One entry of the bank."""

    id: str
    kind: str
    forms: str = "ab"
    options: tuple[str, ...] = ()
    right: str = ""  # knowledge items: the digest of the right option
    module: int = 0
    objective: str = ""
    level: str = ""
    competences: tuple[str, ...] = ()
    transfer: bool = False
    exclusive: str = ""  # "several": an option that cannot be ticked with another

    @property
    def graded(self) -> bool:
        """Whether the item earns a point (a knowledge item) or is part of the survey (0 points)."""
        return self.kind == "knowledge"

    @property
    def anchor(self) -> bool:
        """Whether the item is on both forms."""
        return self.graded and self.forms == "ab"


def _knowledge(raw: dict, where: str) -> Item:
    missing = {"id", "module", "objective", "level", "competences", "transfer", "forms", "options", "right"} - set(raw)
    if missing:
        raise BankError(f"{where}: missing {', '.join(sorted(missing))}")
    if raw["forms"] not in ("a", "b", "ab"):
        raise BankError(f'{where}: forms must be "a", "b" or "ab"; got {raw["forms"]!r}')
    if raw["level"] not in LEVELS:
        raise BankError(f"{where}: level must be one of {', '.join(LEVELS)}; got {raw['level']!r}")
    return Item(
        id=raw["id"],
        kind="knowledge",
        forms=raw["forms"],
        options=tuple(raw["options"]),
        right=raw["right"],
        module=int(raw["module"]),
        objective=raw["objective"],
        level=raw["level"],
        competences=tuple(raw["competences"]),
        transfer=bool(raw["transfer"]),
    )


def _survey(raw: dict, where: str) -> Item:
    kind = raw.get("kind")
    if kind not in KINDS[1:]:
        raise BankError(f"{where}: kind must be one of {', '.join(KINDS[1:])}; got {kind!r}")
    options = tuple(raw.get("options", ()))
    if (kind == "scale") == bool(options):
        raise BankError(f"{where}: a {kind} item {'has no' if kind == 'scale' else 'needs'} options")
    exclusive = raw.get("exclusive", "")
    if exclusive and (kind != "several" or exclusive not in options):
        raise BankError(f'{where}: exclusive must be one of the options of a "several" item')
    return Item(id=raw["id"], kind=kind, options=options, exclusive=exclusive)


def load(path: Path = BANK) -> tuple[Item, ...]:
    """Every entry of the bank: the survey first, then the knowledge items, each in the order written."""
    with Path(path).open("rb") as handle:
        raw = tomllib.load(handle)
    entries = []
    for section, prefixes, read in (("survey", ("s", "p"), _survey), ("item", ("k",), _knowledge)):
        for index, entry in enumerate(raw.get(section, [])):
            where = f"{Path(path).name}, {section} {index + 1} ({entry.get('id', 'no id')})"
            identifier = entry.get("id")
            if not isinstance(identifier, str) or not identifier.isidentifier() or identifier[0] not in prefixes:
                raise BankError(f"{where}: id must be a Python name starting with {' or '.join(prefixes)}")
            entries.append(read(entry, where))
    ids = [entry.id for entry in entries]
    repeated = sorted({identifier for identifier in ids if ids.count(identifier) > 1})
    if repeated:
        raise BankError(f"{Path(path).name}: ids used more than once: {', '.join(repeated)}")
    return tuple(entries)


@cache
def bank() -> tuple[Item, ...]:
    """The bank of this package (read once)."""
    return load()


def item(item_id: str) -> Item:
    """The entry ``item_id``, or a KeyError."""
    for entry in bank():
        if entry.id == item_id:
            return entry
    raise KeyError(f"item_id must be an id of {BANK.name}; got {item_id!r}")


def form_items(form: str) -> list[Item]:
    """What form ``form`` asks, in order: the survey, then its knowledge items (anchors included)."""
    if form not in FORMS:
        raise ValueError(f"form must be one of {', '.join(FORMS)}; got {form!r}")
    return [entry for entry in bank() if not entry.graded] + [
        entry for entry in bank() if entry.graded and form in entry.forms
    ]


# --- the checks of the survey (only: is the answer usable?) ------------------------------------------------


def _scale_valid(answer: object) -> Feedback:
    whole = isinstance(answer, int) or (isinstance(answer, float) and answer.is_integer())
    if isinstance(answer, bool) or not whole or not SCALE_LOW <= answer <= SCALE_HIGH:
        return Feedback(False, t("literacy.not_a_scale"))
    return Feedback(True, t("literacy.valid_scale"))


def _ticks_valid(entry: Item) -> Criterion:
    def valid(answer: object) -> Feedback:
        options = ", ".join(entry.options)
        if not isinstance(answer, (set, frozenset, list, tuple)) or not answer:
            return Feedback(False, t("literacy.not_ticks", options=options))
        ticked = {str(key).strip().lower() for key in answer if isinstance(key, str)}
        if len(ticked) != len(answer) or not ticked <= set(entry.options):
            return Feedback(False, t("literacy.not_ticks", options=options))
        if entry.exclusive in ticked and len(ticked) > 1:
            return Feedback(False, t("literacy.alone", option=t(f"{entry.id}.option.{entry.exclusive}")))
        return Feedback(True, t("literacy.valid_ticks"))

    return valid


def _choice_valid(entry: Item) -> Criterion:
    def valid(answer: object) -> Feedback:
        return one_of_options(entry.id, answer, entry.options)

    return valid


def question(entry: Item) -> Question:
    """The bank entry as a question of the course: its criteria, its widget and what it measures."""
    if entry.graded:
        return Question(
            entry.id,
            choice_criteria(entry.id, entry.options, entry.right),
            Choice(entry.options),
            objective=entry.objective,
            level=entry.level,
            competences=entry.competences,
            transfer=entry.transfer,
        )
    if entry.kind == "scale":
        spec = Slider(low=SCALE_LOW, high=SCALE_HIGH, step=1, start=(SCALE_LOW + SCALE_HIGH) // 2, whole=True)
        return Question(entry.id, {"valid": _scale_valid}, spec)
    if entry.kind == "choice":
        return Question(entry.id, {"valid": _choice_valid(entry)}, Choice(entry.options))
    return Question(entry.id, {"valid": _ticks_valid(entry)}, Several(entry.options))


def questions(form: str) -> tuple[Question, ...]:
    """The questions of form ``form``, in the order it asks them."""
    return tuple(question(entry) for entry in form_items(form))


# --- when a learner may see which answers were right -------------------------------------------------------


def assignment_name(form: str, language: str) -> str:
    """The nbgrader assignment of a form in a language, e.g. ``literacy-test-a-fr``."""
    from caire.core.i18n import check_language

    if form not in FORMS:
        raise ValueError(f"form must be one of {', '.join(FORMS)}; got {form!r}")
    return f"{TEST_PREFIX}{form}-{check_language(language)}"


def other_form(assignment: str) -> list[str]:
    """The assignments of the other form, in every language: ``literacy-test-a-en`` -> ``literacy-test-b-en``,
    ``literacy-test-b-fr``."""
    from caire.core.i18n import LANGUAGES

    form = assignment.removeprefix(TEST_PREFIX).split("-", 1)[0]
    if not assignment.startswith(TEST_PREFIX) or form not in FORMS:
        raise ValueError(f"assignment must be {TEST_PREFIX}<a|b>-<language>; got {assignment!r}")
    other = FORMS[1 - FORMS.index(form)]
    return [assignment_name(other, language) for language in LANGUAGES]


def results_after_submit(assignment: str, submitted: Iterable[str] | None = None) -> bool:
    """Whether the app may show the learner, once they have submitted ``assignment``, which answers were right.

    Only after a post-test: the learner submitted the *other* form before (in any language). nbgrader keeps a
    copy of each of the learner's submissions in their own cache (:func:`caire.submission.submitted_before`);
    ``submitted`` (the assignments they submitted) replaces that look-up in tests. A pre-test, or a form taken
    again before the other one, shows nothing: answers seen before the course would spoil the post-test.
    """
    from caire.submission import submitted_before

    others = other_form(assignment)
    done = set(submitted) if submitted is not None else submitted_before(others)
    return any(name in done for name in others)
