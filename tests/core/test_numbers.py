"""caire.core.numbers: every number a learner sees, written the way their language writes it."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import pytest

from caire.core.i18n import render, set_language
from caire.core.numbers import axis_formatter, decimal, format_value, integer, number, percent

NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.fixture(autouse=True)
def english():
    set_language("en")
    yield
    set_language("en")


@pytest.mark.parametrize(
    "write, english, french",
    [
        (lambda lang: percent(0.9, language=lang), "90%", f"90{NBSP}%"),
        (lambda lang: percent(0.8485, 1, lang), "84.9%", f"84,9{NBSP}%"),
        (lambda lang: decimal(0.5, language=lang), "0.50", "0,50"),
        (lambda lang: integer(1000, lang), "1,000", f"1{NNBSP}000"),
        (lambda lang: integer(175e9, lang), "175,000,000,000", f"175{NNBSP}000{NNBSP}000{NNBSP}000"),
        (lambda lang: number(2.5, language=lang), "2.5", "2,5"),
        (lambda lang: number(3.0, language=lang), "3", "3"),
        (lambda lang: decimal(-0.001, language=lang), "0.00", "0,00"),
    ],
)
def test_each_language_writes_numbers_its_own_way(write, english, french):
    assert write("en") == english and write("fr") == french


def test_halves_round_up_as_learners_do():
    assert percent(0.8905, 1) == "89.1%" and decimal(2.675) == "2.68" and integer(2.5) == "3"


def test_the_current_language_is_used_by_default():
    set_language("fr")
    assert percent(0.25) == f"25{NBSP}%" and decimal(1234.5, 1) == f"1{NNBSP}234,5"


@pytest.mark.parametrize(
    "spec, value, english, french",
    [
        (".0%", 0.9, "90%", f"90{NBSP}%"),
        (".2f", 0.5, "0.50", "0,50"),
        (",", 1234, "1,234", f"1{NNBSP}234"),
        (",.0f", 1234.4, "1,234", f"1{NNBSP}234"),
        ("d", 7, "7", "7"),
        ("g", 0.25, "0.25", "0,25"),
        ("", 2.5, "2.5", "2,5"),
        ("+.1f", 7.0, "+7.0", "+7,0"),
        ("+.1f", -7.0, "-7.0", "-7,0"),
        ("+.1f", 0.0, "+0.0", "+0,0"),  # a term of an equation: "x1 -1,0 × x2 +0,0 > 0"
    ],
)
def test_format_specs_of_the_catalogues(spec, value, english, french):
    assert format_value(value, spec, "en") == english and format_value(value, spec, "fr") == french


def test_what_is_not_a_number_or_a_known_spec_is_left_to_python():
    assert format_value("text", "", "fr") == "text" and format_value(True, "", "fr") == "True"
    assert format_value(3.14159, ">8.2f", "fr") == "    3.14"


def test_messages_render_numbers_in_their_language():
    text = "right on {share:.0%} of {count} wines at {threshold:.2f}"
    assert render(text, "en", share=0.9, count=1000, threshold=0.5) == "right on 90% of 1,000 wines at 0.50"
    assert (
        render(text, "fr", share=0.9, count=1000, threshold=0.5) == f"right on 90{NBSP}% of 1{NNBSP}000 wines at 0,50"
    )


@pytest.mark.parametrize("bad", ["0.5", None, [1]])
def test_a_value_that_is_no_number_is_refused(bad):
    with pytest.raises(TypeError, match="must be a number"):
        percent(bad)


def test_axis_formatter_writes_ticks_in_the_language():
    assert axis_formatter("percent", language="fr")(0.5, 0) == f"50{NBSP}%"
    assert axis_formatter("number", language="fr")(0.25, 0) == "0,25"
    with pytest.raises(ValueError, match="kind"):
        axis_formatter("money")
