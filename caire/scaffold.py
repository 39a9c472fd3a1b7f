"""Start a new module of the course: its registry entry, sources, package, texts and tests, ready to build.

    python -m caire.scaffold 14 synthetic-media "Synthetic media and deepfakes" "Médias synthétiques et hypertrucages"

Writes, from the templates in ``caire/templates/module/``:

- an entry at the end of ``caire/registry.toml`` (``--torch`` if the module will train with PyTorch);
- ``course/NN-slug/lesson.py`` and ``exercise.py`` (bilingual sources: a placeholder lesson and a four-question
  exercise);
- ``caire/modules/<slug_with_underscores>/`` (data, model, figures, widgets, questions, locales): two groups of
  generated points and a logistic regression trained live, a threshold explorer, four questions of the four
  kinds (a slider, one option, several options, a number);
- ``tests/modules/test_<package>.py``;

then writes the README's tables from the registry and builds the module's notebooks. The result passes every
test that covers all modules (tests/test_modules_shared.py, tests/test_module_layout.py, the notebook runs, the
nbgrader workflow, the browser test) before any content is written: replace the placeholders, keeping them green.
Nothing is written if the number or the slug is taken, or if a file it would write exists.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path
from string import Template

from caire.core.checks import answer_digest
from caire.registry import MODULES, REGISTRY, REPOSITORY, Module, RegistryError, load

TEMPLATES = Path(__file__).with_name("templates") / "module"


class ScaffoldError(ValueError):
    """The new module cannot be written as asked; nothing was written."""


@dataclass(frozen=True)
class Plan:
    """What the scaffold writes: each path with its text, and the registry entry."""

    module: Module
    files: dict[Path, str]
    entry: str


def _toml_text(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _values(module: Module) -> dict[str, str]:
    package = module.package.rsplit(".", 1)[1]
    ids = {
        "q1": f"q1_{package}_threshold",
        "q2": f"q2_{package}_option",
        "q3": f"q3_{package}_statements",
        "q4": f"q4_{package}_unseen",
    }
    return {
        "NN": f"{module.number:02d}",
        "number": str(module.number),
        "slug": module.slug,
        "name": module.name,
        "package": package,
        "title_en": module.title["en"],
        "title_fr": module.title["fr"],
        **ids,
        "q1_variable": "threshold",
        "q2_variable": "chosen_option",
        "q3_variable": "right_statements",
        "q4_variable": "unseen_points",
        "q2_digest": answer_digest(ids["q2"], "b"),
        "q3_digest": answer_digest(ids["q3"], {"a", "c"}),
    }


def plan(number: int, slug: str, title_en: str, title_fr: str, torch: bool = False, root: Path = REPOSITORY) -> Plan:
    """What the scaffold would write for this module, or a ScaffoldError saying why it cannot."""
    entry = "\n".join(
        [
            "[[module]]",
            f"number = {number}",
            f"slug = {_toml_text(slug)}",
            f"title.en = {_toml_text(title_en)}",
            f"title.fr = {_toml_text(title_fr)}",
            f"torch = {'true' if torch else 'false'}",
            f"trains = {_toml_text('to describe (what it trains live, how long)')}",
            "core = false",
            f"summary.en = {_toml_text('to describe (what the learner does, one line, for the gallery)')}",
            f"summary.fr = {_toml_text('à décrire (ce que fait l’apprenant, une ligne, pour la galerie)')}",
        ]
    )
    registry = root / "caire" / "registry.toml"
    existing = load(registry) if registry.exists() else MODULES
    try:
        modules = _load_text(registry.read_text(encoding="utf-8") + "\n" + entry + "\n")
    except RegistryError as problem:
        raise ScaffoldError(str(problem)) from problem
    module = modules[-1]
    if module.number <= max((one.number for one in existing), default=0):
        raise ScaffoldError(f"number {number} must come after the last module ({existing[-1].name})")
    values = _values(module)
    package = root / "caire" / "modules" / values["package"]
    files = {}
    for template in sorted((TEMPLATES / "package").rglob("*.tmpl")):
        files[package / template.relative_to(TEMPLATES / "package").with_suffix("")] = template
    for template in sorted((TEMPLATES / "course").glob("*.tmpl")):
        files[root / "course" / module.name / template.with_suffix("").name] = template
    files[root / "tests" / "modules" / f"test_{values['package']}.py"] = TEMPLATES / "test_module.py.tmpl"
    taken = [path for path in files if path.exists()] + [path for path in (package,) if path.exists()]
    if taken:
        raise ScaffoldError(f"{taken[0].relative_to(root)} exists already: choose another slug")
    texts = {
        path: Template(template.read_text(encoding="utf-8")).substitute(values) for path, template in files.items()
    }
    return Plan(module, texts, entry)


def _load_text(text: str) -> tuple[Module, ...]:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / REGISTRY.name
        path.write_text(text, encoding="utf-8")
        return load(path)


def write(chosen: Plan, root: Path = REPOSITORY) -> list[Path]:
    """Write the plan's files and registry entry; return what was written."""
    for path, text in chosen.files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    registry = root / "caire" / "registry.toml"
    registry.write_text(registry.read_text(encoding="utf-8").rstrip("\n") + "\n\n" + chosen.entry + "\n", "utf-8")
    return [registry, *chosen.files]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m caire.scaffold", description=__doc__.split("\n\n")[0])
    parser.add_argument("number", type=int, help="the module's number, after the last one (e.g. 14)")
    parser.add_argument("slug", help="lower-case words joined by hyphens (e.g. synthetic-media)")
    parser.add_argument("title_en", help="the module's title in English")
    parser.add_argument("title_fr", help="the module's title in French")
    parser.add_argument("--torch", action="store_true", help="the module will train with PyTorch")
    args = parser.parse_args(argv)
    try:
        chosen = plan(args.number, args.slug, args.title_en, args.title_fr, args.torch)
    except ScaffoldError as problem:
        print(f"error: {problem}; nothing was written", file=sys.stderr)
        return 2
    for path in write(chosen):
        print(f"wrote {path.relative_to(REPOSITORY)}")
    import subprocess

    for command in (
        ["-m", "caire.registry", "readme"],
        ["-m", "caire.notebooks", "build", "--module", chosen.module.name],
    ):
        subprocess.run([sys.executable, *command], cwd=REPOSITORY, check=True)
    print(
        f"\nNext: replace the placeholders in course/{chosen.module.name}/ and {chosen.module.package}, "
        f"describe what it trains in caire/registry.toml, then make notebooks and make test-fast."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
