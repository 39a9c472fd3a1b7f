"""caire.modules.embeddings.model (TF-IDF, LSA, search on the help-desk FAQ) and the checks of assignment 07."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest

from caire.core.checks import Several, answer_digest
from caire.core.i18n import LANGUAGES, set_language
from caire.modules.embeddings import model as emb
from caire.modules.embeddings import questions as ex


@pytest.fixture(autouse=True)
def english():
    set_language("en")
    yield
    set_language("en")


# --- the FAQ ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_faq_has_40_to_80_entries_numbered_in_order_with_test_queries(language):
    faq = emb.load_faq(language)
    assert 40 <= len(faq.entries) <= 80
    assert [entry.number for entry in faq.entries] == list(range(1, len(faq.entries) + 1))
    assert {entry.topic for entry in faq.entries} == set(emb.TOPICS)
    assert len(faq.test_queries) >= 10
    for test in faq.test_queries:
        assert 1 <= test.target <= len(faq.entries) and test.exact != test.paraphrase


def test_the_two_languages_hold_the_same_faq():
    en, fr = emb.load_faq("en"), emb.load_faq("fr")
    assert [(e.number, e.topic) for e in en.entries] == [(e.number, e.topic) for e in fr.entries]
    assert [t.target for t in en.test_queries] == [t.target for t in fr.test_queries]
    assert all(a.question != b.question for a, b in zip(en.entries, fr.entries))


def test_faq_files_are_cc0_and_loaded_from_the_package():
    for language in LANGUAGES:
        data = json.loads((emb.DATA / f"faq_{language}.json").read_text(encoding="utf-8"))
        assert data["license"] == "CC0-1.0"
    assert Path(emb.__file__).parent / "data" == emb.DATA


def test_load_faq_follows_the_course_language():
    set_language("fr")
    assert emb.load_faq().language == "fr"
    set_language("en")
    assert emb.load_faq().language == "en"


# --- words and TF-IDF ---------------------------------------------------------------------------------------


def test_words_drop_small_words_and_plural_s():
    assert emb.words("How do I back up my Files?", "en") == ["back", "files"[:-1]]
    assert emb.words("Comment récupérer mes fichiers ?", "fr") == ["récupérer", "fichier"]
    assert emb.words("", "en") == []


def test_tfidf_matches_scikit_learn():
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = [entry.text for entry in emb.load_faq("en").entries]
    mine = emb.tfidf(texts, "en")
    theirs = TfidfVectorizer(analyzer=lambda text: emb.words(text, "en"))
    matrix = theirs.fit_transform(texts).toarray()
    assert list(mine.vocabulary) == theirs.get_feature_names_out().tolist()
    np.testing.assert_allclose(mine.matrix, matrix, atol=1e-12)
    query = "How can I reset my password?"
    np.testing.assert_allclose(mine.vector(query, "en"), theirs.transform([query]).toarray()[0], atol=1e-12)


def test_lsa_matches_truncated_svd():
    from sklearn.decomposition import TruncatedSVD

    matrix = emb.tfidf_index("en").matrix
    mine = emb.lsa(matrix, 10)
    theirs = TruncatedSVD(n_components=10, algorithm="arpack", random_state=0).fit(matrix)
    np.testing.assert_allclose(mine.singular_values, theirs.singular_values_, rtol=1e-8)
    np.testing.assert_allclose(np.abs(mine.vectors), np.abs(theirs.transform(matrix)), atol=1e-8)
    np.testing.assert_allclose(np.abs(mine.components), np.abs(theirs.components_), atol=1e-8)


def test_lsa_is_recorded_as_a_training():
    from caire.core import timing

    emb._lsa_index.cache_clear()
    before = len(timing.TRAINING_SECONDS)
    index = emb.lsa_index("en")
    assert len(timing.TRAINING_SECONDS) == before + 1
    assert index.vectors.shape == (len(emb.load_faq("en").entries), emb.LSA_DIMENSIONS)
    assert index.seconds < 2


# --- search and hit rates -----------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_entrys_own_question_finds_it_first(language):
    for entry in emb.load_faq(language).entries:
        hit = emb.search(entry.question, 1, language=language)[0]
        assert hit.number == entry.number or hit.score >= emb.similarity(
            entry.question, entry.number, language=language
        )


def test_search_ranks_by_similarity_and_scores_are_cosines():
    hits = emb.search("How do I reset my password?", 5)
    scores = [hit.score for hit in hits]
    assert scores == sorted(scores, reverse=True) and 0 <= scores[-1] <= scores[0] <= 1 + 1e-12
    assert hits[0].number == 1
    assert emb.similarity("How do I reset my password?", 1) == pytest.approx(scores[0])
    assert emb.shared_words("How do I reset my password?", 1) == ["password", "reset"]


def test_words_absent_from_the_faq_give_zero_similarity():
    assert np.all(emb.similarities("zebra giraffe") == 0)
    assert "help desk" in emb.grounded_answer("zebra giraffe")


@pytest.mark.parametrize("language", LANGUAGES)
def test_exact_wording_finds_far_more_entries_than_paraphrases(language):
    for method in emb.METHODS:
        exact, paraphrase = emb.hit_rate("exact", method, language), emb.hit_rate("paraphrase", method, language)
        assert exact >= 0.85 and paraphrase <= 0.25, (method, exact, paraphrase)


def test_grounded_answer_quotes_its_source():
    said = emb.grounded_answer("How do I reset my password?")
    assert emb.load_faq().entries[0].answer in said and "entry 1" in said


def test_map_and_hit_rate_charts_draw():
    import matplotlib

    matplotlib.use("Agg")
    figure = emb.plot_map("How do I reset my password?")
    assert len(figure.axes[0].collections) == 3
    figure = emb.plot_hit_rates()
    assert len(figure.axes[0].patches) == 2 * len(emb.METHODS)


def test_search_box_updates_and_explains_empty_questions():
    box = emb.search_box("How do I reset my password?")
    text, _pick, _button, answer, results = box.children
    assert "entry 1" in results.value and "entry 1" in answer.value
    text.value = "   "
    assert "at least one word" in answer.value and results.value == ""
    text.value = "zebra"
    assert "None of the words" in answer.value


# --- bad input: errors name the argument ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "call, name",
    [
        (lambda: emb.search(""), "query"),
        (lambda: emb.search("   ?  "), "query"),
        (lambda: emb.search(42), "query"),
        (lambda: emb.search("password", k=0), "k"),
        (lambda: emb.search("password", method="bert"), "method"),
        (lambda: emb.similarity("password", 0), "number"),
        (lambda: emb.hit_rate("typo"), "kind"),
        (lambda: emb.load_faq("de"), "language"),
        (lambda: emb.words(None), "text"),
        (lambda: emb.lsa(np.zeros((3, 4)), 9), "dimensions"),
        (lambda: emb.lsa([[1.0]], 1), "matrix"),
        (lambda: emb.grounded_answer("password", min_score=2), "min_score"),
        (lambda: emb.show_query_results("exact", rate="yes"), "rate"),
        (lambda: emb.search_box(""), "query"),
    ],
)
def test_bad_arguments_raise_naming_them(call, name):
    with pytest.raises((TypeError, ValueError), match=name):
        call()


# --- the checks of assignment 07 --------------------------------------------------------------------------


def _right_answers() -> dict[str, object]:
    query = ex.query_for("q1_top_entry")
    found = {letter for letter, (text, entry) in ex.q3_queries().items() if emb.search(text, 1)[0].number == entry}
    return {
        "q1_top_entry": emb.search(query, 1)[0].number,
        "q2_paraphrase_hit_rate": emb.hit_rate("paraphrase"),
        "q3_queries_found": found,
        "q4_why_paraphrase_fails": "a",
        "q5_grounded_needs_checking": "c",
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_right_answers_pass_every_criterion_in_both_languages(language):
    set_language(language)
    for question_id, answer in _right_answers().items():
        feedback = ex.check(question_id, answer)
        assert feedback.passed, (question_id, feedback.message)


@pytest.mark.parametrize("language", LANGUAGES)
def test_wrong_answers_fail_the_hidden_criterion_only(language):
    set_language(language)
    right = _right_answers()
    wrong = {
        "q1_top_entry": next(n for n in range(1, 50) if n != right["q1_top_entry"]),
        "q2_paraphrase_hit_rate": 0.5,
        "q3_queries_found": set(ex.Q3_OPTIONS) - right["q3_queries_found"],
        "q4_why_paraphrase_fails": "b",
        "q5_grounded_needs_checking": "a",
    }
    for question_id, answer in wrong.items():
        assert ex.check(question_id, answer, "valid").passed, question_id
        assert not ex.check(question_id, answer, "right").passed, question_id


def test_paraphrase_queries_make_question_1_and_3_worth_asking():
    for language in LANGUAGES:
        set_language(language)
        target = emb.load_faq().test_queries[ex.Q1_TEST].target
        first = emb.search(ex.query_for("q1_top_entry"), 1)[0]
        assert first.number != target and first.score > 0
        found = _right_answers()["q3_queries_found"]
        assert 0 < len(found) < len(ex.Q3_OPTIONS)


def test_unusable_answers_get_plain_feedback():
    assert "whole number" in ex.check("q1_top_entry", 2.5).message
    assert not ex.check("q1_top_entry", 0).passed
    assert "percentage" in ex.check("q2_paraphrase_hit_rate", 6).message
    assert "count" not in ex.check("q2_paraphrase_hit_rate", "half").message
    assert "at least one" in ex.check("q3_queries_found", set()).message
    assert "not one of the options" in ex.check("q3_queries_found", {"z"}).message
    assert not ex.check("q3_queries_found", "a").passed
    assert not ex.check("q4_why_paraphrase_fails", "e").passed


def test_slider_covers_every_entry_and_q3_labels_show_queries():
    assert ex.question("q1_top_entry").answer_with.high == len(emb.load_faq().entries)
    assert isinstance(ex.question("q3_queries_found").answer_with, Several)
    label = ex.question("q3_queries_found").label("a")
    assert ex.q3_queries()["a"][0] in label


def test_no_answer_key_in_plain_text():
    source = Path(ex.__file__).read_text(encoding="utf-8")
    assert answer_digest("q4_why_paraphrase_fails", "a") in source
    assert answer_digest("q5_grounded_needs_checking", "c") in source
    assert not re.search(r"RIGHT\s*=\s*\"[a-d]\"", source)


def test_unknown_question_raises_naming_it():
    with pytest.raises(KeyError, match="question_id"):
        ex.question("q9")
    with pytest.raises(ValueError, match="question_id"):
        ex.query_for("q2_paraphrase_hit_rate")
