"""caire.core.law: the AI Act as the course states it, from one dated file, filled into the prose by the build."""

from __future__ import annotations

import datetime

import pytest

from caire.core.law import LawError, as_of, fill, handwritten_dates, law, value, written_date


def test_every_date_and_text_names_a_source_that_exists():
    sources = law()["sources"]
    for kind in ("dates", "texts"):
        for key, entry in law()[kind].items():
            assert entry["source"] in sources, (kind, key)
    for key, source in sources.items():
        assert source["en"] and source["fr"] and source["url"].startswith("https://"), key
    assert isinstance(as_of(), datetime.date) and as_of() <= datetime.date.today()


def test_dates_are_written_the_way_each_language_writes_them():
    assert written_date(datetime.date(2027, 12, 2), "en") == "2 December 2027"
    assert written_date(datetime.date(2027, 12, 2), "fr") == "2 décembre 2027"
    assert written_date(datetime.date(2024, 8, 1), "fr") == "1er août 2024"


def test_fill_writes_out_each_placeholder_in_the_language():
    text = "From {{law.date.annex_iii}} (as of {{law.as_of}}), see {{law.source.omnibus}}."
    english, french = fill(text, "en"), fill(text, "fr")
    assert "2 December 2027" in english and "2 décembre 2027" in french
    assert written_date(as_of(), "fr") in french and "](https://eur-lex.europa.eu/" in french
    assert "{{" not in english + french
    assert fill("{{law.text.article_4}}", "fr") == law()["texts"]["article_4"]["fr"]


@pytest.mark.parametrize("placeholder", ["{{law.date.annex_ix}}", "{{law.text.article_99}}", "{{law.version}}"])
def test_an_unknown_placeholder_is_an_error_that_says_what_exists(placeholder):
    with pytest.raises(LawError):
        fill(placeholder, "en")
    with pytest.raises(LawError, match="annex_iii"):
        value("date", "annex_ix", "en")


def test_handwritten_dates_are_found_in_either_language_but_not_other_dates():
    text = "since 2 February 2025; le 2 août 2026; set for August 2026; 2027-12-02; le 1er août 2024"
    assert handwritten_dates(text) == ["1er août 2024", "2 February 2025", "2 août 2026", "2027-12-02", "August 2026"]
    assert handwritten_dates("Dun & Bradstreet Austria (27 February 2025); SCHUFA, 7 December 2023") == []
