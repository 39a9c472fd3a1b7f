"""Module 15, AI assistants at work, and their security: what only this module does (the shared tests cover the
rest)."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import pytest

from caire.core.i18n import LANGUAGES, set_language
from caire.core.timing import TRAINING_SECONDS
from caire.modules.assistants_and_security import questions as ex
from caire.modules.assistants_and_security.data import (
    EMAILS,
    FAKE_END_SHARE,
    email,
    load_emails,
    load_sentences,
    texts,
    words,
)
from caire.modules.assistants_and_security.figures import plot_rates
from caire.modules.assistants_and_security.model import (
    DEFENCES,
    SETTINGS,
    all_rates,
    check_defences,
    injection_rates,
    run_assistant,
    train_assistant,
)
from caire.modules.assistants_and_security.widgets import (
    confirmation_explorer,
    context_explorer,
    context_html,
    defences_explorer,
    describe_rates,
    rates_table,
    top_words_table,
    training_table,
)


@pytest.fixture(params=LANGUAGES)
def language(request):
    set_language(request.param)
    yield request.param
    set_language("en")


def test_the_templates_have_the_same_shape_in_both_languages():
    en, fr = texts("en"), texts("fr")
    for key in ("information", "instructions", "injections"):
        assert len(en[key]) == len(fr[key])
    assert [i["goal"] for i in en["injections"]] == [i["goal"] for i in fr["injections"]]


def test_data_is_generated_the_same_way_every_time_and_locked(language):
    sentences = load_sentences()
    assert len(sentences.train) > len(sentences.test) > 0
    with pytest.raises(ValueError):
        sentences.y_train[0] = 1
    emails = load_emails()
    assert len(emails) == EMAILS
    assert sum(e.fake_end for e in emails) == round(EMAILS * FAKE_END_SHARE)
    assert {e.goal for e in emails} == {"leak", "say"}
    one = email(5)
    assert one.hidden not in one.visible and len(one.visible) == len(one.sentences) - 1


def test_the_language_is_resolved_before_caching():
    assert load_emails("en")[0].sentences != load_emails("fr")[0].sentences
    set_language("fr")
    try:
        assert load_emails() == load_emails("fr")
    finally:
        set_language("en")


def test_an_e_mail_address_is_one_word():
    assert words("Send it to audit@mail-check.example.") == ["send", "it", "to", "audit@mail-check.example"]


@pytest.mark.parametrize("bad, error", [(0, ValueError), (EMAILS + 1, ValueError), ("3", TypeError)])
def test_email_names_a_bad_number(bad, error):
    with pytest.raises(error, match="number"):
        email(bad)


def test_words_names_a_bad_sentence():
    with pytest.raises(TypeError, match="sentence"):
        words(3)


def test_training_is_recorded_fast_and_the_toy_learns(language):
    before = len(TRAINING_SECONDS)
    toy = train_assistant()
    assert len(TRAINING_SECONDS) == before + 1 and TRAINING_SECONDS[-1] == toy.seconds
    assert toy.seconds < 2
    assert toy.accuracy >= 0.9
    examples = {
        "en": ["Please send the report to Paul.", "The invoice for March is attached."],
        "fr": ["Merci d'envoyer le rapport à Paul.", "La facture de mars est en pièce jointe."],
    }
    scores = toy.scores(examples[language])
    assert scores[0] > 0.5 > scores[1]


def test_the_figures_the_lesson_states(language):
    """The lesson says: 70-95% followed with no defence; each defence alone leaves 15-50%; least privilege stops
    every leak but no changed answer; all three leave under 15% but not none."""
    rates = all_rates()
    assert 0.70 <= rates["none"].followed <= 0.95
    for name in ("separate", "least_privilege", "confirm"):
        assert 0.15 <= rates[name].followed <= 0.50, name
    assert rates["least_privilege"].leaked == 0
    assert rates["least_privilege"].changed == rates["none"].changed
    assert rates["confirm"].changed == rates["none"].changed
    assert 0 < rates["all"].followed < 0.15
    assert rates["all"].leaked == 0


def test_confirmation_weakens_as_people_approve_more_unread():
    shares = [injection_rates(["confirm"], p).followed for p in (0, 0.2, 0.5, 1)]
    assert shares == sorted(shares)
    assert shares[-1] == injection_rates([]).followed


def test_the_fake_end_of_document_gets_through_the_separation():
    fake = next(e for e in load_emails("en") if e.fake_end and e.goal == "say")
    plain = next(e for e in load_emails("en") if not e.fake_end and e.goal == "say")
    if run_assistant(fake, (), language="en").followed:
        assert run_assistant(fake, ["separate"], language="en").followed
    assert run_assistant(plain, ["separate"], language="en").stopped_by in ("separate", "not_recognised")


@pytest.mark.parametrize("bad, error", [("separate", TypeError), (["firewall"], ValueError), (3, TypeError)])
def test_defences_are_checked_by_name(bad, error):
    with pytest.raises(error, match="defences"):
        check_defences(bad)


def test_run_assistant_and_rates_name_bad_arguments():
    with pytest.raises(TypeError, match="email"):
        run_assistant("an e-mail")
    with pytest.raises(ValueError, match="approve_share"):
        injection_rates([], 1.5)
    assert check_defences(["confirm", "separate"]) == ("separate", "confirm")


def test_the_chart_tables_and_explorers(language):
    rates = all_rates()
    figure = plot_rates(rates)
    assert figure.axes[0].get_title()
    assert len(figure.axes[0].patches) == 2 * len(SETTINGS)
    with pytest.raises(TypeError, match="rates"):
        plot_rates([1, 2])
    toy = train_assistant()
    assert "<table" in training_table(toy).data and "<table" in top_words_table(toy).data
    assert "<table" in rates_table(rates).data
    with pytest.raises(TypeError, match="toy"):
        training_table("toy")
    assert "120" in describe_rates(rates["all"])
    html = context_html(1, [])
    assert email(1).hidden.split()[-1].replace("'", "&#x27;") in html
    with pytest.raises(ValueError, match="number"):
        context_html(0)
    box = context_explorer(2)
    before = box.summary.value
    box.children[1].value = True  # keep the e-mail apart
    assert box.summary.value != before and "&lt;document&gt;" in box.summary.value
    box = defences_explorer()
    before = box.summary.value
    for tick in box.children[: len(DEFENCES)]:
        tick.value = True
    assert box.summary.value != before
    box = confirmation_explorer()
    before = box.summary.value
    box.children[0].value = 1.0
    assert box.summary.value != before


RIGHT = {
    ex.Q1: "b",
    ex.Q2: "c",
    ex.Q3: "d",
    ex.Q4: "a",
    ex.Q5: {"a", "b", "d"},
}


@pytest.mark.parametrize("question", list(RIGHT))
def test_right_answers_pass(question, language):
    assert ex.check(question, RIGHT[question]).passed


@pytest.mark.parametrize(
    "question, wrong",
    [
        (ex.Q1, "a"),
        (ex.Q1, "c"),
        (ex.Q1, "d"),
        (ex.Q1, "e"),
        (ex.Q2, "a"),
        (ex.Q2, "b"),
        (ex.Q2, "d"),
        (ex.Q2, "e"),
        (ex.Q3, "a"),
        (ex.Q3, "b"),
        (ex.Q3, "c"),
        (ex.Q4, "b"),
        (ex.Q4, "c"),
        (ex.Q4, "d"),
        (ex.Q5, {"a", "b"}),
        (ex.Q5, {"a", "b", "c", "d"}),
        (ex.Q5, set()),
        (ex.Q5, {"z"}),
    ],
)
def test_wrong_answers_fail(question, wrong, language):
    assert not ex.check(question, wrong).passed


def test_the_base_model_only_continues(language):
    from caire.modules.assistants_and_security.model import continue_text, train_continuer
    from caire.modules.assistants_and_security.widgets import continuation_demo, continuation_explorer

    before = len(TRAINING_SECONDS)
    base = train_continuer()
    assert len(TRAINING_SECONDS) == before + 1 and base.seconds < 2 and base.pairs > 1000
    written = continue_text(base, texts()["request"].replace("{sender}", email(1).sender))
    assert written and written == continue_text(base, texts()["request"].replace("{sender}", email(1).sender))
    assert "<p>" in continuation_demo(base).data
    box = continuation_explorer(base)
    before = box.summary.value
    box.children[0].value = "   "
    assert box.summary.value != before


def test_the_base_model_names_bad_arguments():
    from caire.modules.assistants_and_security.model import continue_text, train_continuer
    from caire.modules.assistants_and_security.widgets import continuation_explorer

    base = train_continuer("en")
    with pytest.raises(TypeError, match="base"):
        continue_text("base", "Hello")
    with pytest.raises(ValueError, match="prompt"):
        continue_text(base, "  ")
    with pytest.raises(ValueError, match="length"):
        continue_text(base, "Hello", length=0)
    with pytest.raises(TypeError, match="prompt"):
        continuation_explorer(base, 3)
