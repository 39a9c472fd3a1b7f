"""caire.core.checks: answer digests, criteria and their feedback, shown on module 01's questions.

Module 01's own questions (their right answers, worked out from the data) are tested in
tests/modules/test_rules_vs_learning.py; what every module's questions must do in tests/test_modules_shared.py.
"""

from __future__ import annotations

import inspect
import re

import pytest

from caire.core import checks
from caire.core.checks import answer_digest, matches_digest, normalise, one_of_options
from caire.core.i18n import set_language, t
from caire.modules.rules_vs_learning import questions as ex

Q1, Q3, Q4 = "q1_hand_rule", "q3_measurements_used", "q4_what_learning_means"


@pytest.fixture(autouse=True)
def english():
    set_language("en")
    yield
    set_language("en")


# --- the right option of module 01's question 4 --------------------------------------------------------------


def _q4_right_option() -> str:
    """The one option the stored digest accepts."""
    matching = [key for key in ex.Q4_OPTIONS if answer_digest(Q4, key) == ex.Q4_RIGHT_DIGEST]
    assert len(matching) == 1, "exactly one option of Q4 must be right"
    return matching[0]


# --- criteria ---------------------------------------------------------------------------------------------------


def test_q4_answer_is_forgiving_about_case_and_spaces():
    right = _q4_right_option()
    for answer in (right.upper(), f" {right} ", f"{right}\n"):
        assert ex.check(Q4, answer).passed is True, repr(answer)


def test_wrong_kind_on_a_hidden_criterion_alone_is_feedback_too():
    feedback = ex.check(Q4, 2, "right")
    assert feedback.passed is False
    assert feedback.message.startswith(t("feedback.unusable", detail="")), feedback.message


# --- feedback in the current language ---------------------------------------------------------------------


def test_unusable_answer_feedback_is_in_the_current_language():
    set_language("fr")
    feedback = ex.check(Q1, "beaucoup")
    assert feedback.message.startswith(t("feedback.unusable", "fr", detail=""))
    assert ex.check(Q4, "z").message == t("feedback.not_an_option", "fr", options="a, b, c, d")


# --- digests and what the source does not hold --------------------------------------------------------------


def test_answer_digest_ignores_case_spaces_and_order():
    assert answer_digest(Q4, " B ") == answer_digest(Q4, "b") == answer_digest(Q4, "b\t")
    assert (
        answer_digest(Q3, {"hue", "alcohol"})
        == answer_digest(Q3, ["Alcohol ", "hue"])
        == answer_digest(Q3, ("HUE", "alcohol"))
    )
    assert re.fullmatch(r"[0-9a-f]{64}", answer_digest(Q4, "a"))


def test_answer_digest_tells_answers_and_questions_apart():
    digests = {answer_digest(Q4, key) for key in "abcd"}
    assert len(digests) == 4
    assert answer_digest(Q4, "a") != answer_digest(Q3, "a")  # salted with the question id
    assert answer_digest(Q3, {"hue"}) != answer_digest(Q3, {"hue", "alcohol"})
    assert matches_digest(Q4, "A", answer_digest(Q4, "a"))
    assert not matches_digest(Q4, "b", answer_digest(Q4, "a"))


def test_answer_digest_refuses_non_text():
    for bad in (1, None, 2.5, {"a": 1}, ["a", 1]):
        with pytest.raises(TypeError, match="answer"):
            answer_digest(Q4, bad)


def test_normalise():
    assert normalise("  Yes ") == "yes"
    assert normalise({"b", "A"}) == normalise(["a", "b"]) != normalise(["a"])


def test_one_of_options():
    assert one_of_options(Q4, " C", ("a", "b", "c")).passed is True
    refused = one_of_options(Q4, "x", ("a", "b", "c"))
    assert refused.passed is False and "a, b, c" in refused.message
    assert one_of_options(Q4, 1, ("a",)).passed is False


def test_checks_module_stores_no_answers():
    source = inspect.getsource(checks)
    assert "Q4_RIGHT_DIGEST" not in source
    assert not re.search(r"\b[0-9a-f]{64}\b", source)


def test_ticked_names_accepts_one_name_or_a_set_and_names_the_bad_argument():
    from caire.core.validation import ticked_names

    allowed = ("spam_filter", "cv_ranking")
    assert ticked_names("picked", " CV_Ranking ", allowed) == {"cv_ranking"}
    assert ticked_names("picked", ["spam_filter", "cv_ranking"], allowed) == set(allowed)
    with pytest.raises(TypeError, match=r"picked must be a set of use-case names, such as \{'spam_filter'\}"):
        ticked_names("picked", 3, allowed, "use-case names")
    with pytest.raises(TypeError, match="picked must hold texts"):
        ticked_names("picked", {1}, allowed)
    with pytest.raises(ValueError, match="picked must hold only these: spam_filter, cv_ranking; got 'x'"):
        ticked_names("picked", {"x"}, allowed)


def test_an_exercise_refuses_two_questions_with_one_id():
    from caire.core.checks import Exercise, Question, Slider

    one = Question("q1_same", {}, Slider(0, 1, 0.1, 0))
    with pytest.raises(ValueError, match="different ids"):
        Exercise(one, one)
    questions, question, *_ = Exercise(one).interface()
    assert questions == {"q1_same": one} and question("q1_same") is one


# --- open questions ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, words",
    [("", 0), ("l'IA aide", 3), ("AI-use register, 2,5 % of 48 tasks.", 7), ("  \n ", 0), ("Élève à l'école", 4)],
)
def test_word_count_counts_runs_of_letters_and_numbers(text, words):
    from caire.core.checks import word_count

    assert word_count(text) == words


def test_an_open_answer_is_usable_between_its_fewest_and_most_words():
    from caire.core.checks import OpenText, open_text_criteria

    set_language("en")
    valid = open_text_criteria("q6_my_own_task", OpenText(fewest_words=3, most_words=5))["valid"]
    assert not valid("two words").passed and "2 words" in valid("two words").message
    assert not valid(None).passed, "an empty box is not usable"
    assert valid("three whole words").passed
    assert not valid("one two three four five six").passed and "6 words" in valid("one two three four five six").message
    with pytest.raises(TypeError, match="text"):
        valid(42)


def test_several_criteria_want_some_ticks_and_compare_the_set_by_its_digest():
    from caire.core.checks import several_criteria
    from caire.modules.ai_in_my_work import questions as work

    set_language("en")
    criteria = several_criteria(work.Q3, "right_statements", work.OPTIONS, answer_digest(work.Q3, {"a", "c"}))
    assert not criteria["valid"](set()).passed and criteria["valid"]({"b"}).passed
    assert criteria["right"]({"c", "a"}).passed and criteria["right"](["a", "c"]).passed
    assert not criteria["right"]({"a"}).passed and not criteria["right"]({"a", "b", "c"}).passed
    assert criteria["right"].digest == answer_digest(work.Q3, {"a", "c"})
    with pytest.raises(ValueError, match="right_statements"):
        criteria["valid"]({"z"})
