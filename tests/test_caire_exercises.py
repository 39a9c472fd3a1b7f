"""What every exercise module shares (caire.core.checks.Exercise), tested once for all of them."""

from __future__ import annotations

import pytest

from caire.core.checks import Choice, Several
from caire.core.i18n import catalog, set_language
from caire.registry import MODULES


@pytest.fixture(params=MODULES, ids=lambda module: module.name)
def ex(request):
    set_language("en")
    yield request.param.questions()
    set_language("en")


def test_each_question_is_filed_under_its_own_id(ex):
    assert len(ex.QUESTIONS) >= 4
    for question_id, question in ex.QUESTIONS.items():
        assert question.id == question_id and ex.question(question_id) is question


def test_unknown_question_id_raises_naming_question_id(ex):
    for call in (
        lambda: ex.question("q99"),
        lambda: ex.check("q99", 1),
        lambda: ex.require("q99", 1),
        lambda: ex.show_options("q99"),
    ):
        with pytest.raises(KeyError, match="question_id"):
            call()


def test_unknown_criterion_raises_naming_the_known_ones(ex):
    for question_id, question in ex.QUESTIONS.items():
        with pytest.raises(ValueError, match="criterion") as raised:
            ex.check(question_id, None, "no such criterion")
        assert all(repr(name) in str(raised.value) for name in question.criteria)


def test_show_options_prints_each_option_in_the_current_language(ex, capsys):
    set_language("fr")
    for question_id, question in ex.QUESTIONS.items():
        if isinstance(question.answer_with, (Choice, Several)):
            ex.show_options(question_id)
            printed = capsys.readouterr().out.splitlines()
            if question.option_label is None:  # labels from this module's French texts
                labels = [catalog("fr")[f"{question_id}.option.{key}"] for key in question.answer_with.options]
            else:  # labels from the data (e.g. measurement names), in French
                labels = [question.option_label(key) for key in question.answer_with.options]
            assert printed == [f"{key}) {label}" for key, label in zip(question.answer_with.options, labels)]
        else:
            with pytest.raises(ValueError, match="question_id"):
                ex.show_options(question_id)
