"""The course's modules, read from ``caire/registry.toml``: the one list that everything iterating modules reads.

The notebook build, the gallery, the README's table check, the benchmarks and the tests that cover every module
go through :data:`MODULES`, so adding a module is one entry there (``python -m caire.scaffold`` writes it) plus
its folders. Each module ``NN-slug`` has:

- its sources in ``course/NN-slug/`` (``lesson.py``, ``exercise.py``);
- its package ``caire/modules/<slug with underscores>/`` (see ``docs/module-pattern.md``);
- its built notebooks ``modules/<lang>/NN-slug.ipynb``, ``assignments/NN-slug-<lang>/``, ``apps/<lang>/NN-slug.ipynb``.
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from caire.core.i18n import LANGUAGES, check_language, get_language

REGISTRY = Path(__file__).with_name("registry.toml")
REPOSITORY = Path(__file__).resolve().parent.parent


class RegistryError(ValueError):
    """An entry of ``caire/registry.toml`` is incomplete or contradicts another; the message names it."""


@dataclass(frozen=True)
class Module:
    """One module of the course, as the registry describes it."""

    number: int
    slug: str
    title: dict[str, str]
    torch: bool
    trains: str
    core: bool = False
    #: What the learner does in the module, one line per language (markdown), for the gallery's card.
    summary: dict[str, str] | None = None

    @property
    def name(self) -> str:
        """``NN-slug``, e.g. ``09-fairness``: the course folder, the notebooks' stem, the assignment's prefix."""
        return f"{self.number:02d}-{self.slug}"

    @property
    def package(self) -> str:
        """The import name of the module's package, e.g. ``caire.modules.fairness``."""
        return f"caire.modules.{self.slug.replace('-', '_')}"

    @property
    def folder(self) -> Path:
        """The module's package folder."""
        return REPOSITORY / Path(*self.package.split("."))

    @property
    def source_folder(self) -> Path:
        """``course/NN-slug/``: the module's lesson and exercise sources."""
        return REPOSITORY / "course" / self.name

    def assignment(self, language: str) -> str:
        """The nbgrader assignment of this module's exercise in ``language``, e.g. ``09-fairness-fr``."""
        return f"{self.name}-{check_language(language)}"

    def titled(self, language: str | None = None) -> str:
        """The module's title in ``language`` (the current language by default)."""
        return self.title[check_language(language or get_language())]

    def duration(self):
        """How long the module takes (caire.durations: estimated from its sources)."""
        from caire.durations import estimate

        return estimate(self.source_folder)

    def questions(self) -> ModuleType:
        """The module's questions and checks (``<package>.questions``), imported on first use."""
        return importlib.import_module(f"{self.package}.questions")


def _entry(raw: dict, index: int) -> Module:
    where = f"{REGISTRY.name}, module {index + 1}"
    missing = {"number", "slug", "title", "torch", "trains"} - set(raw)
    if missing:
        raise RegistryError(f"{where}: missing {', '.join(sorted(missing))}")
    number, slug, title = raw["number"], raw["slug"], raw["title"]
    if not isinstance(number, int) or not 1 <= number <= 99:
        raise RegistryError(f"{where}: number must be a whole number from 1 to 99; got {number!r}")
    if not isinstance(slug, str) or not slug.replace("-", "").isalpha() or slug != slug.lower():
        raise RegistryError(f"{where}: slug must be lower-case words joined by hyphens; got {slug!r}")
    if not isinstance(title, dict) or set(title) != set(LANGUAGES) or not all(title.values()):
        raise RegistryError(f"{where}: title needs a text for each of {', '.join(LANGUAGES)}; got {title!r}")
    core = raw.get("core", False)
    if not isinstance(core, bool):
        raise RegistryError(f"{where}: core must be true or false; got {core!r}")
    summary = raw.get("summary")
    if summary is not None and (
        not isinstance(summary, dict)
        or set(summary) != set(LANGUAGES)
        or not all(isinstance(text, str) and text.strip() and "\n" not in text.strip() for text in summary.values())
    ):
        raise RegistryError(f"{where}: summary needs one line for each of {', '.join(LANGUAGES)}; got {summary!r}")
    return Module(
        number, slug, dict(title), bool(raw["torch"]), str(raw["trains"]), core, dict(summary) if summary else None
    )


def load(path: Path = REGISTRY) -> tuple[Module, ...]:
    """The modules of ``path`` in course order, or a RegistryError naming the bad entry."""
    with path.open("rb") as handle:
        entries = tomllib.load(handle).get("module", [])
    modules = tuple(_entry(raw, index) for index, raw in enumerate(entries))
    for field in ("number", "slug"):
        values = [getattr(module, field) for module in modules]
        repeated = sorted({value for value in values if values.count(value) > 1})
        if repeated:
            raise RegistryError(f"{path.name}: {field} used by more than one module: {repeated}")
    if [module.number for module in modules] != sorted(module.number for module in modules):
        raise RegistryError(f"{path.name}: modules must be listed in course order (by number)")
    return modules


#: Every module of the course, in course order.
MODULES: tuple[Module, ...] = load()


def module(name: str) -> Module:
    """The module named ``NN-slug`` (or just ``slug``), or a KeyError listing the known ones."""
    for candidate in MODULES:
        if name in (candidate.name, candidate.slug):
            return candidate
    raise KeyError(f"no module {name!r} in {REGISTRY.name}; known: {', '.join(m.name for m in MODULES)}")


@dataclass(frozen=True)
class Tracks:
    """The two ways through the course, in minutes: the core track (its lessons, then its exercises) and the full
    course (every lesson and exercise), as the README and the gallery give them (caire.durations)."""

    core: tuple[Module, ...]
    core_lessons: int
    core_exercises: int
    full: int

    @property
    def core_total(self) -> int:
        """The core track's lessons and exercises together."""
        return self.core_lessons + self.core_exercises


def tracks(modules: tuple[Module, ...] = MODULES) -> Tracks:
    """The core track (the modules marked core, in course order) and the full course of ``modules``."""
    core = tuple(one for one in modules if one.core)
    return Tracks(
        core,
        sum(one.duration().lesson for one in core),
        sum(one.duration().exercise for one in core),
        sum(one.duration().module for one in modules),
    )


# --- the README's tables, written from the registry -------------------------------------------------------------

README = REPOSITORY / "README.md"
BINDER = "https://mybinder.org/v2/gh/caire-course/caire/main?urlpath=voila/render"


def _lessons_table(modules: tuple[Module, ...]) -> str:
    from caire.durations import hours_and_minutes

    rows = [
        "| # | Module | Lesson | Exercise (nbgrader) | App (no code) | Time: lesson + exercise | Trains live |",
        "|---|--------|--------|---------------------|---------------|-------------------------|-------------|",
    ]
    for one in modules:
        lesson = " · ".join(f"[{lang}](modules/{lang}/{one.name}.ipynb)" for lang in LANGUAGES)
        app = " · ".join(f"[{lang}](apps/{lang}/{one.name}.ipynb)" for lang in LANGUAGES)
        time = one.duration()
        name = f"{one.title['en']} / {one.title['fr']}" + (" **(core)**" if one.core else "")
        rows.append(
            f"| {one.number:02d} | {name} | {lesson} | `{one.assignment('en')}` · `-fr` "
            f"| {app} | {time.lesson} + {time.exercise} min | {one.trains} |"
        )
    both = tracks(modules)
    rows += [
        "",
        f"**Core track** (the modules marked core, in course order): {hours_and_minutes(both.core_lessons)} of "
        f"lessons, and {hours_and_minutes(both.core_exercises)} more with their exercises. **Full course**: "
        f"{hours_and_minutes(both.full)}, "
        "lessons and exercises. Times are estimates from each module's text and activities (caire/durations.py).",
    ]
    return "\n".join(rows)


def _binder_table(modules: tuple[Module, ...]) -> str:
    rows = ["  | # | English | Français |", "  |---|---------|----------|"]
    rows += [
        f"  | all | [gallery]({BINDER}/apps/en/00-gallery.ipynb) | [galerie]({BINDER}/apps/fr/00-gallery.ipynb) |",
        f"  | all | [glossary]({BINDER}/apps/en/00-glossary.ipynb) | [glossaire]({BINDER}/apps/fr/00-glossary.ipynb) |",
    ]
    for one in modules:
        links = " | ".join(f"[{one.slug}]({BINDER}/apps/{lang}/{one.name}.ipynb)" for lang in LANGUAGES)
        rows.append(f"  | {one.number:02d} | {links} |")
    # The pre/post AI-literacy test (caire/assessment): one form before the course, the other after.
    form = {"en": "form", "fr": "forme"}
    tests = " | ".join(
        " · ".join(f"[{form[lang]} {x.upper()}]({BINDER}/apps/{lang}/literacy-test-{x}.ipynb)" for x in "ab")
        for lang in LANGUAGES
    )
    rows.append(f"  | test | {tests} |")
    return "\n".join(rows)


#: The README's blocks written from the registry, between ``<!-- registry:NAME -->`` and ``<!-- /registry:NAME -->``.
README_BLOCKS = {"lessons": _lessons_table, "binder": _binder_table}


def readme_text(text: str, modules: tuple[Module, ...] = MODULES) -> str:
    """``text`` (the README) with each registry block rewritten from ``modules``; a missing block is an error."""
    for name, write in README_BLOCKS.items():
        pattern = re.compile(rf"(<!-- registry:{name} -->\n).*?(\n[ ]*<!-- /registry:{name} -->)", re.S)
        if not pattern.search(text):
            raise RegistryError(f"README.md has no <!-- registry:{name} --> ... <!-- /registry:{name} --> block")
        text = pattern.sub(lambda found, write=write: found.group(1) + write(modules) + found.group(2), text)
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m caire.registry", description="Write (or check) the README's tables from the registry."
    )
    parser.add_argument("action", choices=("readme", "check-readme"))
    args = parser.parse_args(argv)
    text = README.read_text(encoding="utf-8")
    updated = readme_text(text)
    if args.action == "check-readme":
        if updated != text:
            print(
                "README.md's module tables differ from caire/registry.toml: run python -m caire.registry readme",
                file=sys.stderr,
            )
            return 1
        return 0
    if updated != text:
        README.write_text(updated, encoding="utf-8")
        print("wrote README.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
