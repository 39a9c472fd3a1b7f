"""Questions that measure understanding: metadata on every graded question, and item-writing rules that keep a
test-wise guess ("always the longest option", "always b") no better than chance."""

from __future__ import annotations

import pytest

from caire.core.checks import LEVELS, Choice, answer_digest, competences
from caire.core.i18n import LANGUAGES, t
from caire.registry import MODULES

FRAMEWORKS = ("art4.", "digcomp.", "unesco.")
#: How far above chance a test-wise strategy may do over the whole course (a few points).
TOLERANCE = 0.05


def all_questions():
    for module in MODULES:
        for question in module.questions().QUESTIONS.values():
            yield module, question


def single_answer_questions():
    """Every single-answer choice question whose right option is known (checked by digest), with that option."""
    for module, question in all_questions():
        right = question.criteria.get("right")
        if not isinstance(question.answer_with, Choice) or not hasattr(right, "digest"):
            continue
        keys = [key for key in question.answer_with.options if answer_digest(question.id, key) == right.digest]
        assert len(keys) == 1, question.id
        yield module, question, keys[0]


@pytest.mark.parametrize("module", MODULES, ids=lambda module: module.name)
def test_every_question_says_what_it_measures(module):
    ex = module.questions()
    objectives = getattr(ex, "OBJECTIVES", ())
    assert objectives, f"{module.name}: questions.py lists the module's OBJECTIVES"
    codes = competences()
    for question in ex.QUESTIONS.values():
        assert question.objective in objectives, (question.id, question.objective)
        assert question.level in LEVELS, (question.id, question.level)
        assert set(question.competences) <= set(codes), (question.id, set(question.competences) - set(codes))
        for framework in FRAMEWORKS:
            assert any(code.startswith(framework) for code in question.competences), (question.id, framework)
    for language in LANGUAGES:
        for objective in objectives:
            assert t(f"m{module.number:02d}.objective.{objective}", language)


@pytest.mark.parametrize("module", MODULES, ids=lambda module: module.name)
def test_every_module_asks_a_transfer_question_and_more_than_recall(module):
    questions = list(module.questions().QUESTIONS.values())
    assert any(question.transfer for question in questions), f"{module.name}: no transfer question"
    assert sum(question.level in ("apply", "analyse", "evaluate") for question in questions) >= 2


def strategy_scores(language: str) -> dict[str, float]:
    """Over the course's single-answer questions: the share a strategy gets right, and what chance gives."""
    picked = {"longest": 0}
    chance = 0.0
    count = 0
    for _module, question, right in single_answer_questions():
        options = question.answer_with.options
        labels = [
            question.label(key) if question.option_label else t(f"{question.id}.option.{key}", language)
            for key in options
        ]
        longest = options[max(range(len(options)), key=lambda index: len(labels[index]))]
        picked["longest"] += longest == right
        for position, key in enumerate(options):
            picked[f"position {position + 1}"] = picked.get(f"position {position + 1}", 0) + (key == right)
        chance += 1 / len(options)
        count += 1
    return {name: hits / count for name, hits in picked.items()} | {"chance": chance / count, "questions": count}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_test_wise_guess_does_no_better_than_chance(language):
    scores = strategy_scores(language)
    assert scores["questions"] >= 20
    over = {
        name: rate
        for name, rate in scores.items()
        if name not in ("chance", "questions") and rate > scores["chance"] + TOLERANCE
    }
    assert over == {}, f"chance is {scores['chance']:.0%}: {over}"
