"""requirements.txt, environment.yml and binder/ describe one environment: same packages, same versions.

requirements.txt is the reference (pip, the venv, CI). environment.yml is the same environment from
conda-forge only, and binder/environment.yml is a copy of it, since repo2docker ignores top-level
files once binder/ exists. A failure names the package that disagrees and the file it is in.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml  # PyYAML: a dependency of jupyter-events, jupytext and nbgrader, all in requirements.txt

REPO = Path(__file__).resolve().parent.parent
REQUIREMENTS = REPO / "requirements.txt"
REQUIREMENT_FILES = (REQUIREMENTS, REPO / "requirements-dev.txt")
ENVIRONMENT_FILES = (REPO / "environment.yml", REPO / "binder" / "environment.yml")
POST_BUILD = REPO / "binder" / "postBuild"
START = REPO / "binder" / "start"

#: PyPI name (normalised, PEP 503) -> conda-forge name, wherever the two differ. The conda-forge
#: package is the one that matches the PyPI wheel: pytorch-cpu is the metapackage that pins the CPU
#: build of `pytorch` (plain `pytorch` may resolve to a CUDA build); matplotlib-base and
#: nbconvert-core are matplotlib and nbconvert without the Qt toolkit and the pandoc binary that
#: conda-forge's `matplotlib` and `nbconvert` add. jupyter_server keeps its underscore on conda-forge.
PYPI_TO_CONDA = {
    "torch": "pytorch-cpu",
    "matplotlib": "matplotlib-base",
    "nbconvert": "nbconvert-core",
    "jupyter-server": "jupyter_server",
}
#: Conda packages with no line in requirements.txt: the interpreter and the installer.
CONDA_ONLY = {"python", "pip"}
PYTHON_VERSION = "3.11"
CHANNELS = ["conda-forge", "nodefaults"]

REQUIREMENT_LINE = re.compile(r"^(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*(?P<spec>.*)$")
# A conda MatchSpec as written in environment.yml: "name", "name=1.2", "name==1.2.3", "name=1.2=build",
# "name >=1.2", "name 1.2.3 build".
CONDA_LINE = re.compile(
    r"^(?P<name>[A-Za-z0-9_][A-Za-z0-9._-]*)\s*(?P<op>==|>=|<=|!=|=|<|>|~=)?\s*(?P<version>[^\s=]+)?"
    r"(?:\s*=\s*|\s+)?(?P<build>\S+)?$"
)


def normalise(name: str) -> str:
    """PEP 503: pip treats jupyter_server, Jupyter-Server and jupyter.server as one name."""
    return re.sub(r"[-_.]+", "-", name).lower()


def requirement_lines(path: Path) -> list[tuple[int, str]]:
    """(line number, requirement) for each requirement in a pip requirements file, comments dropped."""
    found = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = line.split(" #", 1)[0].strip()
        if line and not line.startswith("#") and not line.startswith("-"):
            found.append((number, line))
    return found


def pinned_requirements(path: Path = REQUIREMENTS) -> dict[str, str]:
    """{normalised name: version} of a requirements file whose lines are all `name==version`."""
    pins = {}
    for number, line in requirement_lines(path):
        match = REQUIREMENT_LINE.match(line)
        spec = match["spec"].replace(" ", "") if match else ""
        assert match and spec.startswith("==") and "," not in spec and ";" not in spec, (
            f"{path.name}:{number}: {line!r} must be pinned exactly as name==version"
        )
        pins[normalise(match["name"])] = spec[2:]
    return pins


def load_environment(path: Path) -> dict:
    assert path.is_file(), f"{path.relative_to(REPO)} is missing"
    with path.open(encoding="utf-8") as stream:
        environment = yaml.safe_load(stream)
    assert isinstance(environment, dict), f"{path.relative_to(REPO)} is not a YAML mapping"
    return environment


def conda_dependencies(path: Path) -> dict[str, tuple[str | None, str | None, str | None]]:
    """{name: (operator, version, build)} of the conda packages in an environment file."""
    found: dict[str, tuple[str | None, str | None, str | None]] = {}
    for entry in load_environment(path).get("dependencies") or []:
        if isinstance(entry, dict):  # a `pip:` section: caire comes from binder/postBuild instead
            assert not entry.get("pip"), (
                f"{path.relative_to(REPO)}: no pip section; every package comes from conda-forge "
                f"(caire is installed by binder/postBuild); found {entry['pip']}"
            )
            continue
        match = CONDA_LINE.match(str(entry).strip())
        assert match, f"{path.relative_to(REPO)}: cannot read the dependency {entry!r}"
        name = match["name"].lower()
        assert name not in found, f"{path.relative_to(REPO)}: {name} is listed twice"
        found[name] = (match["op"], match["version"], match["build"])
    return found


# --- requirements.txt -------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", REQUIREMENT_FILES, ids=lambda path: path.name)
def test_every_requirement_is_pinned_with_double_equals(path):
    """Each package line is name==version: no range, no bare name, so every install is the measured one."""
    assert requirement_lines(path), f"{path.name} lists no package"
    pinned_requirements(path)  # asserts line by line, naming the line


def test_torch_is_the_measured_cpu_version():
    """torch==2.13.0, the CPU build measured for the course (the version is the pin; the wheel is CPU)."""
    lines = [
        line
        for _, line in requirement_lines(REQUIREMENTS)
        if normalise(REQUIREMENT_LINE.match(line)["name"]) == "torch"
    ]
    assert lines == ["torch==2.13.0"], f"requirements.txt must pin torch as 'torch==2.13.0'; found {lines}"


# --- environment.yml and binder/environment.yml -----------------------------------------------------------


@pytest.mark.parametrize("path", ENVIRONMENT_FILES, ids=lambda path: str(path.relative_to(REPO)))
def test_environment_uses_conda_forge_only(path):
    environment, where = load_environment(path), path.relative_to(REPO)
    assert environment.get("name") == "caire", f"{where}: name must be 'caire', not {environment.get('name')!r}"
    assert environment.get("channels") == CHANNELS, (
        f"{where}: channels must be exactly {CHANNELS} (conda-forge only), not {environment.get('channels')}"
    )


@pytest.mark.parametrize("path", ENVIRONMENT_FILES, ids=lambda path: str(path.relative_to(REPO)))
def test_environment_has_python_3_11_and_pip(path):
    dependencies = conda_dependencies(path)
    python = dependencies.get("python", (None, None, None))
    assert python[:2] in {("=", PYTHON_VERSION), ("==", PYTHON_VERSION)}, (
        f"{path.relative_to(REPO)}: python must be pinned as python={PYTHON_VERSION}; found {python}"
    )
    assert "pip" in dependencies, f"{path.relative_to(REPO)}: pip is missing (binder/postBuild installs caire with it)"


@pytest.mark.parametrize("path", ENVIRONMENT_FILES, ids=lambda path: str(path.relative_to(REPO)))
def test_environment_matches_requirements(path):
    """Every requirement is in the environment under its conda-forge name at the same version, and nothing else is."""
    requirements = pinned_requirements()
    dependencies = conda_dependencies(path)
    problems = []
    for pypi_name, version in sorted(requirements.items()):
        conda_name = PYPI_TO_CONDA.get(pypi_name, pypi_name)
        if conda_name not in dependencies:
            problems.append(f"{pypi_name}=={version} (requirements.txt) is missing: expected {conda_name}=={version}")
            continue
        operator, conda_version, build = dependencies[conda_name]
        if (operator, conda_version) != ("==", version):
            written = f"{conda_name}{operator or ''}{conda_version or ''}{'=' + build if build else ''}"
            problems.append(
                f"{pypi_name}: requirements.txt pins {version}, {path.name} has {written!r} "
                f"(write {conda_name}=={version})"
            )
    expected = {PYPI_TO_CONDA.get(name, name) for name in requirements} | CONDA_ONLY
    for extra in sorted(set(dependencies) - expected):
        problems.append(
            f"{extra} is in {path.name} but not in requirements.txt "
            f"(add it there, or map its PyPI name in PYPI_TO_CONDA)"
        )
    assert not problems, f"{path.relative_to(REPO)} disagrees with requirements.txt:\n  " + "\n  ".join(problems)


def test_no_plain_pytorch_that_could_be_a_cuda_build():
    """Only the pytorch-cpu metapackage, or pytorch with a cpu build string, keeps the multi-GB CUDA build out."""
    for path in ENVIRONMENT_FILES:
        dependencies = conda_dependencies(path)
        if "pytorch" in dependencies:
            build = dependencies["pytorch"][2] or ""
            assert build.startswith("cpu"), (
                f"{path.relative_to(REPO)}: pytorch without a cpu_* build string may resolve to CUDA; "
                f"use pytorch-cpu=={pinned_requirements()['torch']}"
            )


def test_binder_environment_is_the_same_as_the_top_level_one():
    top, binder = (load_environment(path) for path in ENVIRONMENT_FILES)
    differing = {key for key in set(top) | set(binder) if key != "dependencies" and top.get(key) != binder.get(key)}
    assert not differing, f"binder/environment.yml and environment.yml differ in: {sorted(differing)}"
    top_deps, binder_deps = (conda_dependencies(path) for path in ENVIRONMENT_FILES)
    problems = [
        f"{name}: environment.yml has {top_deps.get(name)}, binder/environment.yml has {binder_deps.get(name)}"
        for name in sorted(set(top_deps) | set(binder_deps))
        if top_deps.get(name) != binder_deps.get(name)
    ]
    assert not problems, "binder/environment.yml must list what environment.yml lists:\n  " + "\n  ".join(problems)


# --- binder/postBuild and binder/start --------------------------------------------------------------------


def _code_lines(path: Path) -> list[str]:
    """The lines of a shell script that do something: no blank lines, no comments, no shebang."""
    return [
        line.strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.strip().startswith("#")
    ]


def test_post_build_is_a_bash_script_that_stops_at_the_first_error():
    """repo2docker runs postBuild as a program: it needs a shebang; without `set -e` a failed step ships a broken image."""
    assert POST_BUILD.is_file(), "binder/postBuild is missing"
    first = POST_BUILD.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("#!") and "bash" in first, f"binder/postBuild must start with a bash shebang, not {first!r}"
    lines = _code_lines(POST_BUILD)
    assert lines and re.match(r"set -[a-z]*e", lines[0]), (
        f"binder/postBuild's first command must be `set -euo pipefail` (or at least set -e), not {lines[:1]}"
    )


def test_post_build_installs_caire_from_the_repository_without_dependencies():
    """The dependencies come from conda-forge; pip only adds the course's own package."""
    lines = _code_lines(POST_BUILD)
    assert any(re.fullmatch(r"(python -m )?pip install --no-deps -e \.", line) for line in lines), (
        "binder/postBuild must install caire with `pip install --no-deps -e .`"
    )


def test_post_build_writes_the_student_versions_before_removing_the_sources():
    """On Binder the apps' Submit offers the student version filled with the answers: it must exist there, and the
    sources (solutions, hidden tests) must not."""
    lines = _code_lines(POST_BUILD)
    generate = [i for i, line in enumerate(lines) if re.fullmatch(r"python -m autograder student-versions", line)]
    remove = [
        i
        for i, line in enumerate(lines)
        if line.startswith("rm -rf ") and "assignments" in line.split() and "course/*/exercise.py" in line.split()
    ]
    assert generate and remove and generate[0] < remove[0], (
        "binder/postBuild must run `python -m autograder student-versions` and then `rm -rf assignments "
        "course/*/exercise.py`"
    )


@pytest.mark.skipif(not START.exists(), reason="binder/start is optional")
def test_start_ends_by_exec_ing_the_server():
    """repo2docker passes the server's command line to start; without `exec "$@"` last, no server starts."""
    first = START.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("#!"), f"binder/start must start with a shebang, not {first!r}"
    lines = _code_lines(START)
    assert lines and lines[-1] == 'exec "$@"', f'binder/start must end with exec "$@", not {lines[-1:]}'


@pytest.mark.parametrize("path", [POST_BUILD, START], ids=lambda path: str(path.relative_to(REPO)))
def test_binder_scripts_parse_as_bash(path):
    if not path.exists():
        pytest.skip(f"{path.relative_to(REPO)} is optional")
    import shutil
    import subprocess

    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("no bash here")
    result = subprocess.run([bash, "-n", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, f"{path.relative_to(REPO)} is not valid bash:\n{result.stderr}"


def test_readme_links_every_app_on_binder_and_every_module_in_its_table():
    """Visitors reach each app from the README (Binder, urlpath=voila/render/...); trainers find each module."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    binder = re.compile(
        r"https://mybinder\.org/v2/gh/[\w.-]+/[\w.-]+/main\?urlpath=voila/render/(apps/\w+/[\w.-]+\.ipynb)"
    )
    linked = set(binder.findall(readme))
    apps = {path.relative_to(REPO).as_posix() for path in REPO.glob("apps/*/*.ipynb")}
    assert apps <= linked, f"no Binder link in README.md for {sorted(apps - linked)}"
    assert linked <= apps, f"README.md links apps that do not exist: {sorted(linked - apps)}"
    for lesson in REPO.glob("modules/*/*.ipynb"):
        assert f"]({lesson.relative_to(REPO).as_posix()})" in readme, f"README.md's table misses {lesson.name}"


def test_repo2docker_builds_the_binder_image_from_binder():
    """Binder's builder itself says what it would do with this repository (--no-build: the Dockerfile it would
    use, without Docker or conda-forge): the conda environment of binder/, then postBuild, then start as the
    entrypoint of every server."""
    import shutil
    import subprocess
    import sys

    program = shutil.which("repo2docker", path=str(Path(sys.executable).parent))
    if program is None:
        pytest.skip("repo2docker is not installed: `pip install -r requirements-dev.txt`")
    made = subprocess.run(
        [program, "--no-build", "--no-run", "--debug", "--user-id", "1000", "--user-name", "jovyan", str(REPO)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert made.returncode == 0, made.stderr[-2000:]
    dockerfile = made.stdout + made.stderr
    assert '--file "binder/environment.yml"' in dockerfile, "repo2docker does not use binder/environment.yml"
    assert "RUN ./binder/postBuild" in dockerfile, "repo2docker does not run binder/postBuild"
    assert 'R2D_ENTRYPOINT="${REPO_DIR}/binder/start"' in dockerfile, (
        "repo2docker does not start servers with binder/start"
    )
