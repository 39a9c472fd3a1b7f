"""The shape of the code: one package per module, a shared core, and nothing that crosses between modules.

docs/module-pattern.md says what each file of a module package holds; these tests keep the tree to it.
"""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import pytest
from conftest import REPO

from caire.registry import MODULES, README, RegistryError, load, readme_text

PACKAGE = REPO / "caire"
#: The files a module package may have (each optional but questions.py), the same in every module.
MODULE_FILES = {"__init__.py", "data.py", "model.py", "figures.py", "widgets.py", "questions.py"}
#: The folders a module package may have: its texts, and the small files it ships.
MODULE_FOLDERS = {"locales", "data", "__pycache__"}


def imported_names(path: Path) -> list[tuple[int, str]]:
    """Every module ``path`` imports (``from a.b import c`` gives ``a.b.c`` and ``a.b``), with its line."""
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append((node.lineno, node.module))
            names += [(node.lineno, f"{node.module}.{alias.name}") for alias in node.names]
    return names


def crossings(package_folder: Path, own: str) -> list[str]:
    """The imports of ``caire`` code outside the core and ``own`` (a package name) made in ``package_folder``."""
    found = []
    for path in sorted(package_folder.rglob("*.py")):
        for line, name in imported_names(path):
            parts = name.split(".")
            if parts[0] != "caire" or len(parts) == 1:
                continue
            if parts[1] == "core" or name == own or name.startswith(own + "."):
                continue
            if parts[1] in {"set_language", "get_language", "t", "LANGUAGES"}:  # caire's own re-exports of core
                continue
            shown = path.relative_to(REPO) if path.is_relative_to(REPO) else path
            found.append(f"{shown}:{line} imports {name}")
    return found


@pytest.mark.parametrize("module", MODULES, ids=lambda module: module.name)
def test_a_module_package_imports_the_core_and_itself_only(module):
    assert crossings(module.folder, module.package) == []


def test_the_import_check_catches_a_module_importing_another(tmp_path):
    folder = tmp_path / "fairness"
    folder.mkdir()
    (folder / "model.py").write_text(
        "from caire.core.logistic import LogisticRegression\n"
        "from caire.modules.fairness.data import applications\n"
        "from caire.modules.errors_and_costs.model import outcomes\n"
        "def late():\n    import caire.modules.perception.model\n"
    )
    found = [line.split(" imports ")[1] for line in crossings(folder, "caire.modules.fairness")]
    assert "caire.modules.errors_and_costs.model" in found and "caire.modules.perception.model" in found
    assert not any(name.startswith(("caire.core", "caire.modules.fairness")) for name in found)


def test_the_core_imports_no_module():
    found = [line for line in crossings(PACKAGE / "core", "caire.core") if "caire.modules" in line]
    assert found == []


@pytest.mark.parametrize("module", MODULES, ids=lambda module: module.name)
def test_a_module_package_holds_the_files_of_the_pattern(module):
    entries = {path.name for path in module.folder.iterdir()}
    assert {"__init__.py", "questions.py", "locales"} <= entries
    assert entries - MODULE_FILES - MODULE_FOLDERS == set(), "see docs/module-pattern.md for what goes where"
    assert {path.name for path in (module.folder / "locales").iterdir()} == {"en.json", "fr.json"}
    assert (module.source_folder / "lesson.py").exists() and (module.source_folder / "exercise.py").exists()


def test_every_package_under_caire_modules_is_registered():
    packages = {path.parent.name for path in (PACKAGE / "modules").glob("*/__init__.py")}
    assert packages == {module.package.rsplit(".", 1)[1] for module in MODULES}


def test_every_course_folder_is_a_registered_module_or_a_page_of_the_course():
    folders = {path.name for path in (REPO / "course").iterdir() if path.is_dir()}
    pages = {"00-gallery", "00-glossary", "literacy-test-a", "literacy-test-b"}  # the pre/post test: caire/assessment
    assert folders - pages == {module.name for module in MODULES}


def test_unit_tests_of_a_module_are_where_the_pattern_says():
    expected = {f"test_{module.package.rsplit('.', 1)[1]}.py" for module in MODULES}
    assert {path.name for path in (REPO / "tests" / "modules").glob("test_*.py")} == expected


def test_registry_entries_are_checked(tmp_path):
    good = tomllib.loads((PACKAGE / "registry.toml").read_text(encoding="utf-8"))["module"][0]

    def write(*entries) -> Path:
        lines = []
        for entry in entries:
            lines.append("[[module]]")
            for key, value in entry.items():
                if isinstance(value, dict):
                    lines += [f'{key}.{lang} = "{text}"' for lang, text in value.items()]
                else:
                    lines.append(
                        f"{key} = {value!r}".replace("True", "true").replace("False", "false").replace("'", '"')
                    )
        path = tmp_path / "registry.toml"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return path

    assert load(write(good))[0].name == MODULES[0].name
    with pytest.raises(RegistryError, match="missing trains"):
        load(write({key: value for key, value in good.items() if key != "trains"}))
    with pytest.raises(RegistryError, match="title needs a text for each of en, fr"):
        load(write({**good, "title": {"en": "Only English"}}))
    with pytest.raises(RegistryError, match="slug must be lower-case words"):
        load(write({**good, "slug": "Rules_vs_learning"}))
    with pytest.raises(RegistryError, match="number used by more than one module"):
        load(write(good, {**good, "slug": "another"}))
    with pytest.raises(RegistryError, match="course order"):
        load(write({**good, "number": 2}, {**good, "number": 1, "slug": "another"}))


def test_the_readme_tables_are_written_from_the_registry():
    text = README.read_text(encoding="utf-8")
    assert readme_text(text) == text, "run python -m caire.registry readme"
    shorter = readme_text(text, MODULES[:-1])
    assert MODULES[-1].name not in shorter.split("<!-- registry:lessons -->")[1].split("<!-- /registry:lessons -->")[0]
    with pytest.raises(RegistryError, match="no <!-- registry:binder -->"):
        readme_text(text.replace("<!-- registry:binder -->", ""))


def test_the_build_refuses_a_course_folder_the_registry_does_not_list(tmp_path, monkeypatch):
    from caire import notebooks

    monkeypatch.setattr(notebooks, "ROOT", tmp_path.resolve())  # the course being built is "the repository"
    for name in (MODULES[0].name, "99-not-registered"):
        (tmp_path / "course" / name).mkdir(parents=True)
        (tmp_path / "course" / name / "lesson.py").write_text("# %%\nprint(1)\n", encoding="utf-8")
    with pytest.raises(notebooks.SourceError, match=r"99-not-registered is not a module of caire/registry\.toml"):
        notebooks.targets(tmp_path)
    (tmp_path / "course" / "99-not-registered" / "lesson.py").unlink()
    built = notebooks.targets(tmp_path)
    assert {target.source.parent.name for target in built} == {MODULES[0].name}
    # The lesson, in each language, as a notebook (modules/) and as a page without code (pages/).
    assert sorted(target.path.relative_to(tmp_path).parts[0] for target in built) == ["modules"] * 2 + ["pages"] * 2
