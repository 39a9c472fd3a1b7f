"""Module 17, AI in my work and my organisation: what only this module does (the shared tests cover the rest)."""

from __future__ import annotations

import base64
import csv
import io

import matplotlib

matplotlib.use("Agg")

import pytest

from caire.core.i18n import LANGUAGES, set_language
from caire.core.timing import TRAINING_SECONDS
from caire.modules.ai_in_my_work import questions as ex
from caire.modules.ai_in_my_work.data import (
    LABELS,
    PROFESSIONS,
    REGISTER_COLUMNS,
    example_register,
    load_tasks,
    register_csv,
    register_entry,
    save_register,
    words,
)
from caire.modules.ai_in_my_work.figures import plot_agreement, plot_profession_shares
from caire.modules.ai_in_my_work.model import (
    NEIGHBOURS,
    compare,
    left_out_agreement,
    left_out_mistakes,
    profession_shares,
    suggest,
    train_rater,
)
from caire.modules.ai_in_my_work.widgets import (
    agreement_explorer,
    download_link,
    example_register_view,
    mistakes_table,
    rating_builder,
    ratings_html,
    register_builder,
    register_html,
)

ROW = {
    "system": "Transcription tool",
    "purpose": "Consultation notes",
    "role": "deployer",
    "tier": "unsure",
    "data": "Health data",
    "oversight": "The doctor corrects every note",
    "incident_contact": "dpo@example.org",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_table_has_48_tasks_in_each_language_with_the_same_labels(language):
    tasks = load_tasks(language)
    assert len(tasks) == 48
    assert [task.label for task in tasks] == [task.label for task in load_tasks("en")]
    assert {task.label for task in tasks} == set(LABELS) and {task.profession for task in tasks} == set(PROFESSIONS)
    assert all(task.text for task in tasks) and len({task.text for task in tasks}) == len(tasks)


def test_words_are_cut_and_stop_words_dropped():
    assert words("Translate the letters") == words("translating a letter") == ["trans", "lette"]
    assert words("Rédiger le compte rendu") == ["rédig", "compt", "rendu"]
    with pytest.raises(TypeError, match="text"):
        words(3)


@pytest.mark.parametrize("language", LANGUAGES)
def test_building_is_recorded_fast_and_agreement_is_in_the_range_the_lesson_states(language):
    before = len(TRAINING_SECONDS)
    toy = train_rater(language)
    assert len(TRAINING_SECONDS) == before + 1 and TRAINING_SECONDS[-1] == toy.seconds < 2
    found = left_out_agreement(toy, NEIGHBOURS)
    chance = max((toy.labels == index).mean() for index in range(len(LABELS)))
    # The lesson: "about half ... (between 40% and 60%, depending on the language), against about a third".
    assert 0.40 <= found <= 0.60 and 0.30 <= chance <= 0.40 < found
    # Question 2: a target reached with some numbers of neighbours and not with one.
    assert left_out_agreement(toy, 1) < ex.Q2_TARGET <= left_out_agreement(toy, 10)


def test_suggestions_come_from_the_nearest_tasks_and_say_when_there_is_none():
    toy = train_rater("en")
    found = suggest(toy, "Write the minutes of the team meeting")
    assert found.label == "automation" and found.known_words
    assert found.neighbours[0][0] == "Write the minutes of a council meeting from the recording"
    assert suggest(toy, "Zzz qqq").label == "unknown" and not suggest(toy, "Zzz qqq").known_words


@pytest.mark.parametrize(
    "call, error, name",
    [
        (lambda toy: suggest(toy, 3), TypeError, "task"),
        (lambda toy: suggest(toy, "  "), ValueError, "task"),
        (lambda toy: suggest(toy, "Write", 0), ValueError, "neighbours"),
        (lambda toy: suggest("toy", "Write"), TypeError, "rater"),
        (lambda toy: left_out_agreement(toy, 16), ValueError, "neighbours"),
        (lambda toy: compare("Write", toy), TypeError, "ratings"),
        (lambda toy: compare([("Write", "maybe")], toy), ValueError, "ratings"),
        (lambda toy: compare([("Write",)], toy), ValueError, "ratings"),
        (lambda toy: plot_agreement(toy, 0), ValueError, "neighbours"),
        (lambda toy: agreement_explorer("toy"), TypeError, "rater"),
    ],
)
def test_bad_input_is_named(call, error, name):
    with pytest.raises(error, match=name):
        call(train_rater("en"))


def test_profession_shares_add_up():
    shares = profession_shares("en")
    assert set(shares) == set(PROFESSIONS)
    assert all(abs(sum(row.values()) - 1) < 1e-9 for row in shares.values())


def test_a_register_row_is_checked():
    assert register_entry(**ROW).role == "deployer"
    with pytest.raises(ValueError, match="role"):
        register_entry(**{**ROW, "role": "user"})
    with pytest.raises(ValueError, match="tier"):
        register_entry(**{**ROW, "tier": "high risk"})
    with pytest.raises(ValueError, match="oversight"):
        register_entry(**{**ROW, "oversight": " "})
    with pytest.raises(TypeError, match="data"):
        register_entry(**{**ROW, "data": None})
    with pytest.raises(ValueError, match="system"):
        register_entry(**{**ROW, "system": "x" * 301})
    with pytest.raises(ValueError, match="missing incident_contact"):
        register_csv([{key: value for key, value in ROW.items() if key != "incident_contact"}])
    with pytest.raises(ValueError, match="unknown colour"):
        register_csv([{**ROW, "colour": "red"}])
    with pytest.raises(TypeError, match="entries"):
        register_csv(ROW)


def test_the_register_is_saved_and_offered_as_csv(tmp_path):
    path = save_register([ROW, {**ROW, "system": "Chatbot, town hall", "tier": "transparency"}], tmp_path / "r.csv")
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    assert tuple(rows[0]) == REGISTER_COLUMNS and rows[1]["system"] == "Chatbot, town hall"
    link = download_link([ROW])
    encoded = link.split("base64,", 1)[1].split('"', 1)[0]
    assert base64.b64decode(encoded).decode("utf-8") == register_csv([ROW])
    with pytest.raises(ValueError, match="path"):
        save_register([ROW], tmp_path / "r.txt")
    with pytest.raises(TypeError, match="path"):
        save_register([ROW], 3)
    with pytest.raises(ValueError, match="file_name"):
        download_link([ROW], "r.txt")


@pytest.mark.parametrize("language", LANGUAGES)
def test_widgets_follow_the_learner(language, tmp_path, monkeypatch):
    set_language(language)
    monkeypatch.chdir(tmp_path)
    try:
        toy = train_rater()
        assert plot_profession_shares().axes[0].get_title()
        assert plot_agreement(toy, 3).axes[0].get_title()
        box = agreement_explorer(toy)
        before = box.summary.value
        box.children[0].value = 1
        assert box.summary.value != before
        builder = rating_builder(toy)
        builder.press()
        assert builder.ratings == []
        builder.task.value = load_tasks()[0].text
        builder.rating.value = "low"
        builder.press()
        assert builder.ratings == [(load_tasks()[0].text, "low")] and "<table" in builder.table.value
        assert "<table" in ratings_html([(load_tasks()[1].text, "automation")], toy)
        assert len(register_builder().children[7].children) == 1
        register = register_builder(save_button=True)
        register.press_save()
        assert not (tmp_path / "my-ai-register.csv").exists()
        register.press_add()
        assert register.rows == [] and register.message.value
        for name, box in register.fields.items():
            box.value = ROW[name]
        register.fields["data"].value = "x" * 301
        register.press_add()
        assert register.rows == [] and "300" in register.message.value
        register.fields["data"].value = ROW["data"]
        register.press_add()
        assert len(register.rows) == 1 and "download" in register.table.value
        register.press_save()
        assert (tmp_path / "my-ai-register.csv").read_text(encoding="utf-8") == register_csv([ROW])
        assert "<table" in register_html([ROW])
    finally:
        set_language("en")


@pytest.mark.parametrize("language", LANGUAGES)
def test_questions_right_answers_pass_and_wrong_ones_fail(language):
    set_language(language)
    try:
        ex.require(ex.Q1, "c", "right")
        ex.require(ex.Q2, 10, "right")
        ex.require(ex.Q3, {"a", "c"}, "right")
        ex.require(ex.Q4, "d", "right")
        ex.require(ex.Q5, "b", "right")
        for question, wrong in [(ex.Q1, "a"), (ex.Q2, 1), (ex.Q3, {"a"}), (ex.Q3, {"a", "b", "c"}), (ex.Q4, "b")]:
            with pytest.raises(AssertionError):
                ex.require(question, wrong, "right")
        with pytest.raises(AssertionError):
            ex.require(ex.Q5, "a", "right")
        with pytest.raises((AssertionError, ValueError, TypeError)):
            ex.require(ex.Q2, 0, "valid")
        with pytest.raises(AssertionError):
            ex.require(ex.Q3, set(), "valid")
    finally:
        set_language("en")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_mistakes_and_the_example_register_are_shown(language):
    toy = train_rater(language)
    missed = left_out_mistakes(toy)
    assert len(missed) == round((1 - left_out_agreement(toy)) * 48)
    assert all(course != found for _, course, found in missed)
    # The lesson: most of the misses are tasks labelled augmentation.
    assert sum(course == "augmentation" for _, course, _ in missed) > len(missed) / 2
    set_language(language)
    try:
        assert mistakes_table(toy).data.count("<tr>") == 9
        rows = example_register()
        assert [row.role for row in rows] == ["deployer", "deployer", "deployer", "provider"]
        assert "town-hall-ai-register.csv" in example_register_view().data
    finally:
        set_language("en")
    with pytest.raises(ValueError, match="rows"):
        mistakes_table(toy, rows=0)
