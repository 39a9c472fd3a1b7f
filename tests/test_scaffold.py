"""python -m caire.scaffold: a new module's skeleton builds and passes every test that covers all modules."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, tool_env

from caire import scaffold
from caire.registry import MODULES, load

NEXT = MODULES[-1].number + 1


def course_copy(tmp_path: Path) -> Path:
    """A copy of the repository's tracked files (and untracked ones not ignored), as a clean clone has them."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=REPO,
        capture_output=True,
        check=True,
    )
    root = tmp_path / "course"
    for name in filter(None, listed.stdout.decode().split("\0")):
        source = REPO / name
        if source.is_file():
            target = root / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    return root


def small_root(tmp_path: Path) -> Path:
    """Just what ``plan`` reads: the registry, and the folders it checks for files that exist."""
    (tmp_path / "caire").mkdir()
    shutil.copy(REPO / "caire" / "registry.toml", tmp_path / "caire" / "registry.toml")
    return tmp_path


def test_the_plan_lists_the_files_of_the_pattern(tmp_path):
    root = small_root(tmp_path)
    chosen = scaffold.plan(NEXT, "scaffold-check", "Scaffold check", "Vérification du gabarit", root=root)
    written = {path.relative_to(root).as_posix() for path in chosen.files}
    package = "caire/modules/scaffold_check"
    assert written == {
        f"{package}/{name}"
        for name in ("__init__.py", "data.py", "model.py", "figures.py", "widgets.py", "questions.py")
    } | {f"{package}/locales/en.json", f"{package}/locales/fr.json"} | {
        f"course/{NEXT}-scaffold-check/lesson.py",
        f"course/{NEXT}-scaffold-check/exercise.py",
        "tests/modules/test_scaffold_check.py",
    }
    assert not any("$" in text for text in chosen.files.values()), "a template placeholder was left unfilled"
    scaffold.write(chosen, root)
    added = load(root / "caire" / "registry.toml")[-1]
    assert (added.number, added.slug, added.title["fr"], added.torch) == (
        NEXT,
        "scaffold-check",
        "Vérification du gabarit",
        False,
    )


@pytest.mark.parametrize(
    "number, slug, message",
    [
        (MODULES[-1].number, "another", "number used by more than one module"),
        (NEXT, MODULES[0].slug, "slug used by more than one module"),
        (NEXT, "Not_A_Slug", "slug must be lower-case words"),
        (1, "first-again", "number used by more than one module"),
    ],
)
def test_a_taken_or_bad_number_or_slug_writes_nothing(tmp_path, number, slug, message):
    root = small_root(tmp_path)
    before = (root / "caire" / "registry.toml").read_text(encoding="utf-8")
    with pytest.raises(scaffold.ScaffoldError, match=message):
        scaffold.plan(number, slug, "Title", "Titre", root=root)
    assert (root / "caire" / "registry.toml").read_text(encoding="utf-8") == before
    assert sorted(path.name for path in root.rglob("*")) == ["caire", "registry.toml"]


def test_an_existing_file_writes_nothing(tmp_path):
    root = small_root(tmp_path)
    (root / "course" / f"{NEXT}-scaffold-check").mkdir(parents=True)
    (root / "course" / f"{NEXT}-scaffold-check" / "lesson.py").write_text("# mine\n", encoding="utf-8")
    with pytest.raises(scaffold.ScaffoldError, match="exists already"):
        scaffold.plan(NEXT, "scaffold-check", "Title", "Titre", root=root)
    assert (root / "course" / f"{NEXT}-scaffold-check" / "lesson.py").read_text(encoding="utf-8") == "# mine\n"


@pytest.mark.slow
@pytest.mark.timeout(1200)
def test_a_new_module_passes_every_shared_test_before_any_content(tmp_path):
    """In a copy of the course: scaffold module NN, then run the tests that cover every module, for it."""
    root = course_copy(tmp_path)
    env = tool_env(PYTHONPATH=str(root), JUPYTER_CONFIG_PATH=str(root / "jupyter-config"))
    made = subprocess.run(
        [
            sys.executable,
            "-m",
            "caire.scaffold",
            str(NEXT),
            "scaffold-check",
            "Scaffold check",
            "Vérification du gabarit",
        ],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert made.returncode == 0, made.stderr[-3000:]
    name = f"{NEXT}-scaffold-check"
    lint = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "caire", "course", "tests"], cwd=root, capture_output=True, text=True
    )
    assert lint.returncode == 0, lint.stdout[-3000:]
    formatted = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--check", "caire", "tests"], cwd=root, capture_output=True, text=True
    )
    assert formatted.returncode == 0, formatted.stdout[-3000:]
    tests = [
        "tests/test_module_layout.py",
        "tests/test_modules_shared.py",
        "tests/test_caire_notebooks.py",
        "tests/core/test_i18n.py",
        "tests/test_environment_files.py",
        "tests/modules/test_scaffold_check.py",
        f"tests/test_notebooks_execute.py::test_notebook_executes_without_error[modules/en/{name}.ipynb]",
        f"tests/test_notebooks_execute.py::test_notebook_executes_without_error[modules/fr/{name}.ipynb]",
        "tests/test_nbgrader_workflow.py",
    ]
    selection = ["-k", f"not test_nbgrader_workflow or {name}"]
    if shutil.which("chromium"):
        tests.append("tests/test_app_browser.py::test_every_app_takes_each_answer_gives_feedback_and_submits_it")
        tests.append("tests/test_app_browser.py::test_every_lesson_page_runs_shows_no_code_and_is_accessible")
        selection = ["-k", f"not test_nbgrader_workflow and not test_app_browser or {name}"]
    ran = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-m",
            "not no_such_marker",
            *tests,
            *selection,
        ],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=1100,
    )
    assert ran.returncode == 0, ran.stdout[-5000:]
    assert (
        f"{name}"
        in subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "--co", *tests, *selection],
            cwd=root,
            env=env,
            capture_output=True,
            text=True,
        ).stdout
    ), "the shared tests did not pick up the new module"
