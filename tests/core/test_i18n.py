"""caire.core.i18n and the two locale catalogs: languages, lookups, and en/fr kept in step."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

import caire
from caire.core import i18n
from caire.core.i18n import (
    LANGUAGES,
    catalog,
    catalog_files,
    catalog_folders,
    get_language,
    placeholders,
    set_language,
    t,
)
from caire.modules.rules_vs_learning.data import WINE_MEASUREMENTS
from caire.registry import MODULES

PACKAGE = Path(caire.__file__).resolve().parent


@pytest.fixture(autouse=True)
def english():
    set_language("en")
    yield
    set_language("en")


def _load_strict(path: Path) -> dict[str, str]:
    """The catalog, failing on a key written twice (json.load would silently keep the last one)."""

    def no_duplicates(pairs):
        keys = [key for key, _ in pairs]
        repeated = sorted({key for key in keys if keys.count(key) > 1})
        assert not repeated, f"{path.name} defines these keys twice: {repeated}"
        return dict(pairs)

    return json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=no_duplicates)


# --- language choice ---------------------------------------------------------------------------


def test_the_course_speaks_english_and_french():
    assert set(LANGUAGES) == {"en", "fr"}
    for folder in catalog_folders():
        assert {path.name for path in folder.iterdir()} == {f"{language}.json" for language in LANGUAGES}, folder
    for language in LANGUAGES:
        assert [path.parent for path in catalog_files(language)] == catalog_folders()


def test_the_core_every_module_and_the_dashboard_have_a_catalogue():
    folders = catalog_folders()
    assert folders[0] == PACKAGE / "core" / "locales"
    modules = sorted(module.folder / "locales" for module in MODULES)
    assert folders[1 : 1 + len(modules)] == modules
    assert [folder for folder in folders[1 + len(modules) : -1]] in ([], [PACKAGE / "assessment" / "locales"])
    assert folders[-1] == PACKAGE.parent / "autograder" / "locales"


def test_set_language_changes_get_language_and_the_texts():
    set_language("fr")
    assert get_language() == "fr"
    french = t("app.check")
    set_language("en")
    assert get_language() == "en"
    assert t("app.check") != french


def test_package_reexports_the_language_functions():
    caire.set_language("fr")
    assert i18n.get_language() == "fr" == caire.get_language()


@pytest.mark.parametrize("bad", ["de", "EN", "english", "", None, 1, ["en"]])
def test_unknown_language_raises_valueerror_naming_language(bad):
    set_language("fr")
    with pytest.raises(ValueError, match="language"):
        set_language(bad)
    assert get_language() == "fr", "a refused language must leave the current one unchanged"


def test_t_with_an_unknown_language_raises():
    with pytest.raises(ValueError, match="language"):
        t("app.check", "de")


def test_t_explicit_language_does_not_change_the_current_one():
    assert t("app.check", "fr") == catalog("fr")["app.check"]
    assert get_language() == "en"
    assert t("app.check") == catalog("en")["app.check"]


# --- lookups --------------------------------------------------------------------------------------


def test_t_fills_placeholders_with_their_format():
    text = t("m01.widget.rule_score", train=0.5, test=0.25)
    assert "50%" in text and "25%" in text
    assert "{" not in text and "}" not in text
    assert "7" in t("m01.plot.tree_title", depth=7)
    assert t("m01.cultivar", "fr", number=2).endswith("2")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_can_be_filled(language):
    for key, text in catalog(language).items():
        values = {name: 0.25 for name in placeholders(text)}
        filled = t(key, language, **values)
        assert "{" not in filled and "}" not in filled, (language, key, filled)


def test_missing_key_raises_keyerror_naming_the_key_and_file():
    with pytest.raises(KeyError, match="no_such_key") as raised:
        t("no_such_key")
    assert "locales/en.json" in str(raised.value)
    set_language("fr")
    with pytest.raises(KeyError, match=r"locales/fr\.json"):
        t("no_such_key")


def test_missing_placeholder_value_raises_keyerror_naming_it():
    with pytest.raises(KeyError, match="depth"):
        t("m01.plot.tree_title")


def test_placeholders_reads_field_names_only():
    assert placeholders("right on {accuracy:.0%} of {wines} wines") == {"accuracy", "wines"}
    assert placeholders("no fields, {{escaped}} braces") == set()
    assert placeholders("") == set()


# --- the catalogs ---------------------------------------------------------------------------------


def test_a_key_defined_in_two_files_is_an_error(tmp_path, monkeypatch):
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "en.json").write_text(f'{{"same": "{name}"}}')
    monkeypatch.setattr(i18n, "catalog_folders", lambda: [tmp_path / "a", tmp_path / "b"])
    i18n.catalog.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"'same' is defined in both .*a/en\.json and .*b/en\.json"):
            i18n.catalog("en")
    finally:
        i18n.catalog.cache_clear()


def test_catalogs_are_valid_json_without_duplicate_keys():
    for language in LANGUAGES:
        merged = {}
        for path in catalog_files(language):
            merged.update(_load_strict(path))
        assert merged == catalog(language)


def test_en_and_fr_have_exactly_the_same_keys():
    english, french = catalog("en"), catalog("fr")
    assert sorted(set(english) - set(french)) == [], "keys missing in fr.json"
    assert sorted(set(french) - set(english)) == [], "keys missing in en.json"


def test_en_and_fr_use_the_same_placeholders_per_key():
    english, french = catalog("en"), catalog("fr")
    differ = {
        key: (placeholders(english[key]), placeholders(french[key]))
        for key in english
        if placeholders(english[key]) != placeholders(french[key])
    }
    assert differ == {}


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_translation_is_empty(language):
    empty = [key for key, text in catalog(language).items() if not isinstance(text, str) or not text.strip()]
    assert empty == []


def test_french_prose_differs_from_english():
    english, french = catalog("en"), catalog("fr")
    prose = [key for key, text in english.items() if len(re.findall(r"[A-Za-z]{2,}", text)) >= 3]
    assert len(prose) > 20, "the prose filter should keep most messages"
    untranslated = [key for key in prose if french[key] == english[key]]
    assert untranslated == []


def test_every_text_the_code_asks_for_exists():
    """Literal keys given to t() in caire/, and the keys built from ids (labels, options, measurements)."""
    english = catalog("en")
    literal_keys = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", None) == "t"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                literal_keys.add(node.args[0].value)
    assert len(literal_keys) > 15
    assert sorted(literal_keys - set(english)) == []

    from caire.core.checks import Choice
    from caire.modules.rules_vs_learning import questions as ex

    built = {f"m01.measurement.{name}" for name in WINE_MEASUREMENTS}
    for question in ex.QUESTIONS.values():
        built.add(f"{question.id}.label")
        if isinstance(question.answer_with, Choice):
            built |= {f"{question.id}.option.{key}" for key in question.answer_with.options}
    built |= {f"q1_hand_rule.low_{split}" for split in ("train", "test")}
    assert sorted(built - set(english)) == []
