"""Module 08: the bundled chatbot answers and references, the personal-data filter, and the assignment's checks."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from caire.core.checks import answer_digest
from caire.core.i18n import LANGUAGES, set_language
from caire.modules.critical_use import data, figures, model, widgets
from caire.modules.critical_use import questions as ex

DATA = Path(data.__file__).parent / "data"


@pytest.fixture(autouse=True)
def english():
    set_language("en")
    yield
    set_language("en")


# --- the bundled data ---------------------------------------------------------------------------------------


def test_both_languages_hold_the_same_answers_claims_and_digests():
    english, french = data.load_answers("en"), data.load_answers("fr")
    assert english["license"] == french["license"] == "CC0-1.0"
    assert set(english["references"]) == set(french["references"]) == {"leave", "expenses", "data_protection"}
    for one, other in zip(english["answers"], french["answers"], strict=True):
        assert (one["id"], one["reference"], one["practice"]) == (other["id"], other["reference"], other["practice"])
        assert [(c["id"], c["support_digest"]) for c in one["claims"]] == [
            (c["id"], c["support_digest"]) for c in other["claims"]
        ]
        assert one["question"] != other["question"]
        for paragraph, paragraphe in zip(
            english["references"][one["reference"]]["paragraphs"],
            french["references"][one["reference"]]["paragraphs"],
            strict=True,
        ):
            assert paragraph["id"] == paragraphe["id"] and paragraph["text"] != paragraphe["text"]


def test_every_claim_is_marked_with_one_of_the_two_digests():
    for item in data.load_answers("en")["answers"]:
        for claim in item["claims"]:
            assert claim["support_digest"] in {
                answer_digest(f"m08-claim/{claim['id']}", verdict) for verdict in ("yes", "no")
            }, claim["id"]


def test_the_data_files_show_no_answer_key_in_plain_text():
    for path in DATA.glob("chatbot_answers_*.json"):
        text = path.read_text(encoding="utf-8")
        for word in ('"supported"', '"unsupported"', "true_claims", '"verdict"', '"correct"'):
            assert word not in text, (path.name, word)
    source = Path(ex.__file__).read_text(encoding="utf-8")
    assert not re.search(r"\{\s*\"x1\"", source) and '"l3", "l4"' not in source


def test_answers_mix_right_and_wrong_and_some_are_all_right():
    unsupported = {answer_id: data._unsupported_claims(answer_id) for answer_id in data.answer_ids()}
    assert unsupported["part_time"] == set()
    assert unsupported["customer_emails"] == {"d2", "d3"}
    assert all(
        0 < len(unsupported[a]) < len(data.claim_ids(a)) for a in ("customer_emails", "conference_trip", "unused_days")
    )


def test_practice_verdicts_only_for_practice_answers():
    assert data.practice_verdicts("customer_emails") == {"d1": True, "d2": False, "d3": False, "d4": True}
    assert set(data.answer_ids(practice=True)) == {"part_time", "customer_emails"}
    for answer_id in data.answer_ids(practice=False):
        with pytest.raises(ValueError, match="answer_id"):
            data.practice_verdicts(answer_id)


def test_answer_html_shows_claims_and_reference_in_the_current_language():
    english = widgets.answer_html("conference_trip")
    assert "x5" in english and "E4" in english and "Travel expenses policy" in english
    set_language("fr")
    assert "Politique de notes de frais" in widgets.answer_html("conference_trip")
    assert data.claim_text("x2") != data.claim_text("x2", "en")


@pytest.mark.parametrize("bad, error", [(None, TypeError), (3, TypeError), ("nope", ValueError)])
def test_get_answer_rejects_bad_ids_naming_the_argument(bad, error):
    with pytest.raises(error, match="answer_id"):
        data.get_answer(bad)


def test_bad_reference_claim_and_practice_arguments_are_named():
    with pytest.raises(ValueError, match="reference_id"):
        data.get_reference("holidays")
    with pytest.raises(TypeError, match="reference_id"):
        data.get_reference(1)
    with pytest.raises(ValueError, match="claim_id"):
        data.claim_text("zz")
    with pytest.raises(TypeError, match="practice"):
        data.answer_ids(practice="yes")
    with pytest.raises(ValueError, match="language"):
        data.load_answers("de")


# --- the personal-data filter ------------------------------------------------------------------------------


def test_features_turn_numbers_emails_and_names_into_clues():
    clues = model.features("Call Anna on 06 12 34 or anna@example.com")
    assert "<number>" in clues and "<email>" in clues and "<capital>" in clues and "anna" in clues
    assert "<capital>" not in model.features("Call me")
    with pytest.raises(TypeError, match="text"):
        model.features(42)


@pytest.mark.parametrize("language", LANGUAGES)
def test_filter_learns_its_sentences_and_is_imperfect_on_unseen_ones(language):
    trained = model.train_filter(language)
    texts, labels = data.load_sentences("train", language)
    assert len(texts) == 40 and labels.sum() == 20
    right = sum(trained.flags(text) == bool(label) for text, label in zip(texts, labels))
    assert right >= 36, "the filter should learn its training sentences"
    found = model.filter_results(0.5, language)
    assert found.personal == 8 and found.false_alarms + found.cleared == 8
    assert 0 < found.missed < 8 and found.false_alarms > 0, "the lesson relies on a filter that misses things"
    assert len(found.missed_sentences) == found.missed
    assert 0 <= trained.score("Bonjour") <= 1


def test_lower_threshold_misses_fewer_and_alarms_more():
    low, high = model.filter_results(0.1), model.filter_results(0.9)
    assert low.missed <= high.missed and low.false_alarms >= high.false_alarms


def test_filter_results_in_words_and_table():
    found = model.filter_results()
    text = widgets.describe_filter(found)
    assert str(found.missed) in text and str(found.caught) in text
    table = widgets.sentence_table()
    assert len(table.splitlines()) == 16 and "let through" in table
    with pytest.raises(TypeError, match="results"):
        widgets.describe_filter({"missed": 3})


@pytest.mark.parametrize(
    "bad, error",
    [(1.5, ValueError), (-0.1, ValueError), ("0.5", TypeError), (float("nan"), ValueError), (True, TypeError)],
)
def test_bad_thresholds_are_named(bad, error):
    with pytest.raises(error, match="threshold"):
        model.filter_results(bad)


def test_bad_split_and_count_are_named():
    with pytest.raises(ValueError, match="split"):
        data.load_sentences("validation")
    with pytest.raises(ValueError, match="count"):
        model.train_filter().strongest_clues(0)
    clues = model.train_filter().strongest_clues(3)
    assert len(clues) == 3 and clues[0][1] >= clues[-1][1]


def test_plot_and_widgets():
    import matplotlib

    matplotlib.use("Agg")
    figure = figures.plot_filter_scores(0.5)
    assert len(figure.axes[0].collections) >= 2
    tester = widgets.filter_tester("Call Anna on 06 12 34 56 78")
    assert "Stopped" in tester.result.value
    tester.text.value = ""
    assert "Type a sentence" in tester.result.value
    checker = widgets.claim_checker("customer_emails")
    checker.boxes["d2"].value = True
    checker.check()
    assert "❌" in checker.children[-1].value and "✅" in checker.children[-1].value
    with pytest.raises(ValueError, match="answer_id"):
        widgets.claim_checker("conference_trip")


# --- the assignment's checks -----------------------------------------------------------------------------


def test_answers_are_forgiving_about_form():
    assert ex.check("q1_expense_claims", ["X1 ", "x4", "x5"]).passed
    assert ex.check("q4_filter_threshold", " B ").passed
    assert ex.check("q5_ranking_applicants", "C").passed


@pytest.mark.parametrize(
    "question_id, wrong, criterion",
    [
        ("q1_expense_claims", {"x1", "x2"}, "none_wrong"),
        ("q1_expense_claims", {"x1"}, "all_found"),
        ("q2_leave_claims", {"l3"}, "all_found"),
        ("q2_leave_claims", {"l1", "l3", "l4"}, "none_wrong"),
        ("q3_keep_out_of_chatbot", {"customer_list", "press_release"}, "none_wrong"),
        ("q3_keep_out_of_chatbot", {"customer_list"}, "all_found"),
        ("q4_filter_threshold", "a", "right"),  # the filter as permission to paste
        ("q4_filter_threshold", "c", "right"),  # 0.5 as a neutral threshold
        ("q4_filter_threshold", "d", "right"),  # more test sentences as a better filter
        ("q5_ranking_applicants", "a", "right"),  # the data leak as the only risk
        ("q5_ranking_applicants", "b", "right"),  # a precise prompt as a fair ranking
        ("q5_ranking_applicants", "d", "right"),  # the chatbot's own explanation as a check
    ],
)
def test_wrong_answers_fail_the_criterion_that_catches_them(question_id, wrong, criterion):
    assert not ex.check(question_id, wrong, criterion).passed
    assert not ex.check(question_id, wrong).passed


def test_visible_criteria_let_a_partial_answer_through_hidden_ones_do_not():
    ex.require("q1_expense_claims", {"x1"}, "valid")
    ex.require("q1_expense_claims", {"x1"}, "none_wrong")
    with pytest.raises(AssertionError, match="still to find"):
        ex.require("q1_expense_claims", {"x1"}, "all_found")


def test_the_questions_say_what_they_measure():
    assert tuple(ex.QUESTIONS) == (
        "q1_expense_claims",
        "q2_leave_claims",
        "q3_keep_out_of_chatbot",
        "q4_filter_threshold",
        "q5_ranking_applicants",
    )
    assert {question.objective for question in ex.QUESTIONS.values()} == set(ex.OBJECTIVES)
    assert [question.id for question in ex.QUESTIONS.values() if question.transfer] == [
        "q4_filter_threshold",
        "q5_ranking_applicants",
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_q4s_right_option_holds_for_the_filter_trained_live(language):
    """Option b says: at the threshold that misses no test sentence with personal data, the filter also stops most
    harmless ones. Its feedback gives the numbers, computed."""
    set_language(language)
    threshold = model.threshold_missing_none()
    found = model.filter_results(threshold)
    assert found.missed == 0 and model.filter_results(min(threshold + 0.01, 1)).missed > 0
    assert found.false_alarms > (found.false_alarms + found.cleared) / 2
    message = ex.check("q4_filter_threshold", "b").message
    assert widgets.describe_filter(found).split()[2].rstrip(",") in message  # the threshold, written the language's way


def test_the_threshold_explorer_follows_its_slider():
    import matplotlib

    matplotlib.use("Agg")
    box = widgets.threshold_explorer()
    control, summary = box.children[:2]
    assert "At threshold 0.50" in summary.value
    control.value = model.threshold_missing_none()
    assert f"lets {0} through" in summary.value
    with pytest.raises(ValueError, match="threshold"):
        widgets.threshold_explorer(2)


@pytest.mark.parametrize(
    "question_id, bad, name",
    [
        ("q1_expense_claims", 3, "unsupported_expense_claims"),
        ("q1_expense_claims", {"x9"}, "unsupported_expense_claims"),
        ("q2_leave_claims", {1}, "unsupported_leave_claims"),
        ("q3_keep_out_of_chatbot", {"passwords"}, "keep_out"),
    ],
)
def test_unusable_answers_say_which_variable_is_wrong(question_id, bad, name):
    feedback = ex.check(question_id, bad)
    assert not feedback.passed and name in feedback.message


def test_empty_and_unknown_answers_fail_without_crashing():
    assert not ex.check("q1_expense_claims", set()).passed
    assert not ex.check("q5_ranking_applicants", "e").passed
    assert not ex.check("q4_filter_threshold", None).passed
    assert "a, b, c, d" in ex.check("q4_filter_threshold", 2).message


def test_numbers_are_written_the_learners_way():
    set_language("fr")
    assert "Au seuil 0,50" in widgets.describe_filter(model.filter_results())
    tester = widgets.filter_tester("Appelez Anna au 06 12 34 56 78")
    assert "score de 1,00 (seuil 0,5)" in tester.result.value
