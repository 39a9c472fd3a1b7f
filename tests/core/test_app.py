"""caire.core.app: a learner answers each question with widgets and presses the check button (no browser needed)."""

from __future__ import annotations

import json

import ipywidgets as widgets
import numpy as np
import pytest
from sklearn.tree import DecisionTreeClassifier

from caire.core.app import OPTIONS_CSS, answer_input, feedback_html, question_card, read_answer, show_question
from caire.core.checks import Feedback, Question, Slider, answer_digest
from caire.core.i18n import set_language, t
from caire.modules.rules_vs_learning import questions as ex
from caire.modules.rules_vs_learning.data import WINE_MEASUREMENTS, load_wines, measurement_label

Q1, Q2, Q3, Q4 = "q1_hand_rule", "q2_which_tree", "q3_measurements_used", "q4_what_learning_means"
QUESTION_IDS = (Q1, Q2, Q3, Q4)


@pytest.fixture(autouse=True)
def english():
    set_language("en")
    yield
    set_language("en")


# --- right and wrong answers, worked out from the data ----------------------------------------------------


def _q1_right_threshold() -> float:
    """A threshold on the slider's grid that is right on >= 90% of training and >= 85% of unseen wines."""
    data = load_wines()
    spec = ex.question(Q1).answer_with

    def share(threshold, part):
        return np.mean((part.X["proline"].to_numpy() >= threshold) == (part.y.to_numpy() == 0))

    grid = np.arange(spec.low, spec.high + spec.step / 2, spec.step)
    good = [float(th) for th in grid if share(th, data.train) >= 0.90 and share(th, data.test) >= 0.85]
    return good[len(good) // 2]


def _tree(depth):
    data = load_wines()
    return DecisionTreeClassifier(max_depth=depth, random_state=0).fit(data.train.X, data.train.y)


def _q2_right_key() -> str:
    return next(key for key in ex.Q2_OPTIONS if answer_digest(Q2, key) == ex.Q2_RIGHT_DIGEST)


def _q3_right_set() -> set[str]:
    return {WINE_MEASUREMENTS[i] for i in _tree(2).tree_.feature if i >= 0}


def _q4_right_key() -> str:
    return next(key for key in ex.Q4_OPTIONS if answer_digest(Q4, key) == ex.Q4_RIGHT_DIGEST)


RIGHT = {Q1: _q1_right_threshold, Q2: _q2_right_key, Q3: _q3_right_set, Q4: _q4_right_key}


def _wrong(question_id):
    right = RIGHT[question_id]()
    if question_id == Q1:
        return 300.0  # every wine called cultivar 0
    if question_id == Q3:
        return right | {next(name for name in WINE_MEASUREMENTS if name not in right)}
    return next(key for key in {Q2: ex.Q2_OPTIONS, Q4: ex.Q4_OPTIONS}[question_id] if key != right)


# --- helpers that act like a learner ------------------------------------------------------------------------


def _set_answer(card, question_id, answer) -> None:
    entry = card.children[0]
    if question_id == Q3:
        for box, key in zip(entry.children, WINE_MEASUREMENTS):
            box.value = key in answer
    else:
        entry.value = answer


def _button(card) -> widgets.Button:
    buttons = [child for child in card.children if isinstance(child, widgets.Button)]
    assert len(buttons) == 1
    return buttons[0]


def _feedback(card) -> widgets.HTML:
    return next(child for child in card.children if "caire-live" in child._dom_classes)


def _widget_tree(root):
    """Every widget reachable from root: children, layouts, styles."""
    seen, todo = {}, [root]
    while todo:
        widget = todo.pop()
        if id(widget) in seen:
            continue
        seen[id(widget)] = widget
        for name in widget.trait_names():
            value = getattr(widget, name, None)
            values = value if isinstance(value, (list, tuple)) else [value]
            todo.extend(item for item in values if isinstance(item, widgets.Widget))
    return list(seen.values())


# --- cards --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("question_id", QUESTION_IDS)
def test_question_card_builds_input_button_and_empty_feedback(question_id):
    card = question_card(ex.question(question_id))
    assert isinstance(card, widgets.VBox)
    entry, button, feedback, *style = card.children
    assert isinstance(button, widgets.Button) and button.description == t("app.check")
    # a choice's options may be sentences: its card lets their labels wrap instead of overlapping
    assert [s.value for s in style] == ([f"<style>{OPTIONS_CSS}</style>"] if question_id in (Q2, Q4) else [])
    assert ("caire-options" in entry._dom_classes) is (question_id in (Q2, Q4))
    assert isinstance(feedback, widgets.HTML) and feedback.value == ""
    assert card.passed is False
    assert f"caire-question-{question_id}" in card._dom_classes
    assert isinstance(
        entry,
        {Q1: widgets.FloatSlider, Q2: widgets.RadioButtons, Q3: widgets.Box, Q4: widgets.RadioButtons}[question_id],
    )


def test_sliders_follow_the_question_spec():
    spec = ex.question(Q1).answer_with
    slider = question_card(ex.question(Q1)).children[0]
    assert (slider.min, slider.max, slider.step, slider.value) == (spec.low, spec.high, spec.step, spec.start)
    assert slider.description == t(f"{Q1}.label")


def test_q1_slider_can_reach_a_right_threshold():
    slider = question_card(ex.question(Q1)).children[0]
    assert slider.min <= RIGHT[Q1]() <= slider.max


@pytest.mark.parametrize("language", ["en", "fr"])
def test_choice_and_tick_boxes_are_labelled_in_the_language(language):
    set_language(language)
    radio = question_card(ex.question(Q4)).children[0]
    assert list(radio.options) == [(t(f"{Q4}.option.{key}", language), key) for key in ex.Q4_OPTIONS]
    assert radio.value is None and radio.index is None, "no option is chosen before the learner chooses"
    boxes = question_card(ex.question(Q3)).children[0].children
    assert [box.description for box in boxes] == [measurement_label(name, language) for name in WINE_MEASUREMENTS]
    assert not any(box.value for box in boxes), "nothing is ticked before the learner ticks"


# --- a learner answering ------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("question_id", QUESTION_IDS)
def test_learner_gets_right_then_not_yet(question_id, language):
    set_language(language)
    card = question_card(ex.question(question_id))
    right_word, not_yet_word = t("app.right"), t("app.not_yet")

    _set_answer(card, question_id, RIGHT[question_id]())
    _button(card).click()
    assert card.passed is True
    assert f"<b>{right_word}.</b>" in _feedback(card).value
    assert not_yet_word not in _feedback(card).value

    _set_answer(card, question_id, _wrong(question_id))
    _button(card).click()
    assert card.passed is False
    assert f"<b>{not_yet_word}.</b>" in _feedback(card).value
    assert f"<b>{right_word}.</b>" not in _feedback(card).value


def test_the_feedback_text_is_the_checks_message():
    card = question_card(ex.question(Q1))
    _set_answer(card, Q1, 300.0)
    _button(card).click()
    import html

    assert html.escape(ex.check(Q1, 300.0).message) in _feedback(card).value


def test_nothing_chosen_is_not_yet_not_an_error():
    for question_id in (Q3, Q4):
        card = question_card(ex.question(question_id))
        _button(card).click()
        assert card.passed is False
        assert t("app.not_yet") in _feedback(card).value


def test_read_answer_gives_what_the_checks_expect():
    card = question_card(ex.question(Q3))
    _set_answer(card, Q3, {"hue", "proline"})
    assert read_answer(ex.question(Q3), card.children[0]) == {"hue", "proline"}
    card = question_card(ex.question(Q4))
    card.children[0].value = "c"
    assert read_answer(ex.question(Q4), card.children[0]) == "c"


def test_feedback_html_escapes_the_message():
    panel = feedback_html(Feedback(False, "<script>alert(1)</script> & more"))
    assert "<script>" not in panel and "&lt;script&gt;" in panel and "&amp; more" in panel
    assert t("app.not_yet") in panel
    assert t("app.right") in feedback_html(Feedback(True, "ok"))


def test_answer_input_rejects_an_unknown_kind_of_answer():
    question = Question(Q1, {}, answer_with="free text")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="answer_with"):
        answer_input(question)


def test_slider_kind_follows_the_spec():
    whole = Question(Q2, {}, Slider(low=1, high=3, step=1, start=2, whole=True))
    assert isinstance(answer_input(whole), widgets.IntSlider)
    decimal = Question(Q1, {}, Slider(low=0.5, high=3, step=0.5, start=1))
    slider = answer_input(decimal)
    assert isinstance(slider, widgets.FloatSlider) and slider.value == 1.0


def test_show_question_displays_a_card_and_refuses_unknown_ids(capsys):
    show_question(ex, Q4)
    assert "VBox" in capsys.readouterr().out
    with pytest.raises(KeyError, match="question_id"):
        show_question(ex, "q9")


# --- nothing in the page gives the answer away ----------------------------------------------------------------


def _states(card) -> list[dict]:
    return [widget.get_state() for widget in _widget_tree(card)]


@pytest.mark.parametrize("question_id", QUESTION_IDS)
def test_every_widget_state_can_be_sent_to_the_page(question_id):
    """Voila and JupyterLab ask the kernel for every widget's full state; none may fail."""
    card = question_card(ex.question(question_id))
    states = _states(card)
    assert len(states) >= 4
    json.dumps(states, default=str)


@pytest.mark.parametrize("question_id", QUESTION_IDS)
def test_widget_state_holds_no_answer_key(question_id):
    card = question_card(ex.question(question_id))
    text = json.dumps(_states(card), default=str, ensure_ascii=False)
    assert ex.Q4_RIGHT_DIGEST not in text
    for language in ("en", "fr"):
        assert t(f"{Q4}.ok", language) not in text


def test_q4_state_does_not_mark_the_right_option():
    right = _q4_right_key()
    card = question_card(ex.question(Q4))
    states = _states(card)

    def strings(value):
        if isinstance(value, str):
            yield value
        elif isinstance(value, dict):
            for item in value.values():
                yield from strings(item)
        elif isinstance(value, (list, tuple)):
            for item in value:
                yield from strings(item)

    every_string = [text for state in states for text in strings(state)]
    assert right not in every_string, "option keys are not synced to the page, the right one least of all"
    radio_state = card.children[0].get_state()
    assert radio_state["index"] is None
    # after a wrong try, the page still only says "not yet"
    _set_answer(card, Q4, _wrong(Q4))
    _button(card).click()
    text = json.dumps(_states(card), default=str, ensure_ascii=False)
    assert ex.Q4_RIGHT_DIGEST not in text and t(f"{Q4}.ok") not in text
    assert card.children[0].get_state()["index"] == ex.Q4_OPTIONS.index(_wrong(Q4))


def test_a_group_of_options_is_named_by_its_label_or_your_answer():
    """The radio group's description names it for a screen reader (axe-core); a pre/post test item has no label, and
    must still open (it failed with a KeyError once) with a name in the page's language."""
    from caire.assessment import form_a

    assert answer_input(ex.question(Q2)).description == t(f"{Q2}.label")
    item = next(q for q in form_a.QUESTIONS.values() if type(q.answer_with).__name__ == "Choice")
    set_language("fr")
    assert answer_input(item).description == t("app.your_answer", "fr") != t("app.your_answer", "en")


# --- an open question, graded by the trainer ---------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "fr"])
def test_an_open_question_saves_the_text_and_never_says_right_or_not_yet(language):
    from caire.core.app import current_answers
    from caire.modules.ai_in_my_work import questions as work

    set_language(language)
    question = work.question("q6_my_own_task")
    card = question_card(question)
    box, note = card.children[0], card.children[1]
    assert isinstance(box, widgets.Textarea) and box.description == t("q6_my_own_task.label")
    assert t("app.open_answer") in note.value.replace("&#x27;", "'")
    assert _button(card).description == t("app.save")

    box.value = "Too short to grade."
    _button(card).click()
    said = _feedback(card).value
    assert t("feedback.too_few_words", words=4, fewest=60).split(":")[0] in said.replace("&#x27;", "'")
    box.value = "  " + " ".join(["word"] * 80) + "\n"
    _button(card).click()
    said = _feedback(card).value
    for word in (t("app.right"), t("app.not_yet")):
        assert f"<b>{word}.</b>" not in said
    assert "80" in said
    assert current_answers()["q6_my_own_task"] == " ".join(["word"] * 80), "Submit hands in the text, trimmed"
    box.value = "   "
    assert "q6_my_own_task" not in current_answers(), "an empty box is no answer"
