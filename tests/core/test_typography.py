"""caire.core.typography: French no-break spaces where the typography wants them, code and links left alone."""

from __future__ import annotations

import pytest

from caire.core.typography import NBSP, NNBSP, breakable_spaces, french


@pytest.mark.parametrize(
    "written, typeset",
    [
        ("Question 1 : le seuil", f"Question 1{NBSP}: le seuil"),
        ("Vraiment ? Oui !", f"Vraiment{NNBSP}? Oui{NNBSP}!"),
        ("un point ; un autre", f"un point{NNBSP}; un autre"),
        ("« équitable »", f"«{NBSP}équitable{NBSP}»"),
        ("90% et 25 %", f"90{NBSP}% et 25{NBSP}%"),
        ("4 000 candidatures et 175 000 000", f"4{NNBSP}000 candidatures et 175{NNBSP}000{NNBSP}000"),
        ("Mode d'emploi :\nla suite", f"Mode d'emploi{NBSP}:\nla suite"),
        ("déjà bien\u00a0: rien", f"déjà bien{NBSP}: rien"),
    ],
)
def test_french_gets_its_no_break_spaces(written, typeset):
    assert french(written) == typeset
    assert breakable_spaces(typeset) == []
    assert french(typeset) == typeset, "typesetting twice changes nothing"


@pytest.mark.parametrize(
    "untouched",
    [
        '`proxy = "test_score" ; x ? y`',
        '```python\nprint(f"{a:.0%}") ; b = 1 ? 2\n```',
        "[le texte](https://eur-lex.europa.eu/eli/reg/2016/679/oj?locale=fr)",
        "https://example.org/a?b=1",
        '<span style="color: red">',
        "$P(A \\mid B) : x$",
        "Hello! Quoi?",
        "12:30 et 2024 2025",
    ],
)
def test_code_links_tags_maths_and_glued_marks_are_left_alone(untouched):
    assert french(untouched) == untouched


def test_breakable_spaces_are_found_with_their_context():
    found = breakable_spaces("Question 1 : le seuil est de 90% ; « oui » sur 4 000 cas")
    assert len(found) == 6 and any("Question 1 :" in place for place in found)
    assert breakable_spaces("`a ; b` et [x](https://a.b/?c=1)") == []


def test_a_colon_after_inline_code_gets_its_no_break_space():
    assert (
        french("cellules marquées `# YOUR CODE HERE` : remplacez")
        == f"cellules marquées `# YOUR CODE HERE`{NBSP}: remplacez"
    )
