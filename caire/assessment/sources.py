"""Write the course sources of the two test forms from the bank: ``course/literacy-test-{a,b}/exercise.py``.

Each is a bilingual exercise in the course's format (see ``caire.notebooks``), built like every exercise into
``assignments/literacy-test-<form>-<lang>/`` and ``apps/<lang>/literacy-test-<form>.ipynb``:

- the assignment's and the app's prose (the app's with its numbered "In this app you:" list);
- for each question: its text (``<id>.stem``, ``<id>.label`` for a scale), the options printed in the assignment,
  a solution cell (the right option of a knowledge item, found from its digest; a usable answer for the survey)
  and a test cell whose grade id is the item's id. A knowledge item's test cell checks "valid" in plain sight and
  "right" among the hidden tests, for 1 point; a survey item's checks only "valid", for 0 points.

    python -m caire.assessment.sources          # write both sources, then: make notebooks
    python -m caire.assessment.sources --check  # exit 1 if a source differs from what the bank gives
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from caire.assessment.items import FORMS, SCALE_HIGH, SCALE_LOW, TEST_PREFIX, Item, form_items
from caire.core.checks import answer_digest
from caire.core.i18n import LANGUAGES, catalog

ROOT = Path(__file__).resolve().parent.parent.parent


def text(key: str, language: str) -> str:
    """A text of the catalogue as written (the build adds French typography to the prose)."""
    return catalog(language)[key]


HEADER = {
    ("assignment", "en"): """\
# AI-literacy test, form {FORM}

This test measures what you know about AI and how you use it at work, before or after the course. Your trainer
uses the results of the whole group to see what the course teaches; a learner's score is not a grade. It has two
parts:

- **Part 1, about you** ({survey} questions): how confident you feel with AI and how you use it at work. There is
  no right answer, and these questions earn no points.
- **Part 2, what you know** ({knowledge} questions, 1 point each): one option is right in each.

How to answer:

- Run the cells in order (menu *Run ▸ Run All Cells* once, then one by one).
- Answer in the cells that say `# YOUR CODE HERE`: replace `raise NotImplementedError()` with your answer, as
  each question says.
- The cells starting with `\"\"\"Question ...` only check that your answer can be recorded (one of the options, a
  number from 1 to 5). They never say whether it is right.
- Answer on your own, without looking anything up: the test is about what you know today.
- Before you submit, use *Kernel ▸ Restart Kernel and Run All Cells*: what is graded is what runs from the top.""",
    ("assignment", "fr"): """\
# Test de maîtrise de l'IA, forme {FORM}

Ce test mesure ce que vous savez de l'IA et comment vous l'utilisez au travail, avant ou après le cours. Votre
formateur utilise les résultats de l'ensemble du groupe pour voir ce que le cours apprend ; le score d'une personne
n'est pas une note. Il a deux parties :

- **Partie 1, vous et l'IA** ({survey} questions) : à quel point vous vous sentez à l'aise avec l'IA et comment vous
  l'utilisez au travail. Il n'y a pas de bonne réponse, et ces questions ne rapportent pas de points.
- **Partie 2, ce que vous savez** ({knowledge} questions, 1 point chacune) : une option est juste dans chacune.

Comment répondre :

- Exécutez les cellules dans l'ordre (menu *Exécution ▸ Exécuter toutes les cellules*, ou *Run ▸ Run All Cells* si
  les menus sont en anglais, une fois, puis une par une).
- Répondez dans les cellules marquées `# YOUR CODE HERE` : remplacez `raise NotImplementedError()` par votre
  réponse, comme l'indique chaque question.
- Les cellules qui commencent par `\"\"\"Question ...` vérifient seulement que votre réponse peut être enregistrée
  (une des options, un nombre de 1 à 5). Elles ne disent jamais si elle est juste.
- Répondez seul, sans rien chercher : le test porte sur ce que vous savez aujourd'hui.
- Avant de rendre, utilisez *Noyau ▸ Redémarrer le noyau et exécuter toutes les cellules…* (*Kernel ▸ Restart
  Kernel and Run All Cells* si les menus sont en anglais) : c'est ce qui s'exécute depuis le début qui est noté.""",
    ("app", "en"): """\
# AI-literacy test, form {FORM}

Before or after the course, this test measures what you know about AI and how you use it at work. Your trainer uses
the results of the whole group to see what the course teaches; your score is not a grade. In this app you:
1. say how confident you feel with AI and how you use it at work ({survey} questions, no right answer),
2. answer {knowledge} questions about AI, with one right option in each,
3. submit your answers to your trainer.

Press **{record}** after each question: it tells you whether your answer can be recorded, never whether it is
right. Answer on your own, without looking anything up: the test is about what you know today. After the course,
once you have submitted, you see which of your answers were right.""",
    ("app", "fr"): """\
# Test de maîtrise de l'IA, forme {FORM}

Avant ou après le cours, ce test mesure ce que vous savez de l'IA et comment vous l'utilisez au travail. Votre
formateur utilise les résultats de l'ensemble du groupe pour voir ce que le cours apprend ; votre score n'est pas
une note. Dans cette application, vous allez :
1. dire à quel point vous vous sentez à l'aise avec l'IA et comment vous l'utilisez au travail ({survey} questions, sans bonne réponse),
2. répondre à {knowledge} questions sur l'IA, avec une option juste dans chacune,
3. rendre vos réponses à votre formateur.

Appuyez sur **{record}** après chaque question : le bouton vous dit si votre réponse peut être enregistrée, jamais
si elle est juste. Répondez seul, sans rien chercher : le test porte sur ce que vous savez aujourd'hui. Après le
cours, une fois vos réponses rendues, vous voyez lesquelles étaient justes.""",
}

PARTS = {
    "survey": {
        "en": "## Part 1: about you\n\nThere is no right or wrong answer here: answer for yourself, as things are today.",
        "fr": "## Partie 1 : vous et l'IA\n\nIl n'y a ni bonne ni mauvaise réponse : répondez pour vous-même, tel que "
        "c'est aujourd'hui.",
    },
    "knowledge": {
        "en": "## Part 2: what you know\n\nOne option is right in each question. If you are unsure, choose the one that "
        "seems best to you: a question left unanswered counts as wrong.",
        "fr": "## Partie 2 : ce que vous savez\n\nUne option est juste dans chaque question. Si vous hésitez, choisissez "
        "celle qui vous semble la meilleure : une question sans réponse compte comme fausse.",
    },
}

#: How the assignment asks for each kind of answer ({variable}; {choices} the letters; {example}; for a scale {low},
#: {high}, {label}). No example writes a whole answer line (`answer_12 = "a"`): it could be a solution's.
HOW = {
    "knowledge": {
        "en": "Set `{variable}` to the letter of your choice, in quotes: {choices}.",
        "fr": "Donnez à `{variable}` la lettre de votre choix, entre guillemets : {choices}.",
    },
    "choice": {
        "en": "Set `{variable}` to the word before the bracket of your choice, in quotes, for example `{example}`.",
        "fr": "Donnez à `{variable}` le mot placé avant la parenthèse de votre choix, entre guillemets, par exemple "
        "`{example}`.",
    },
    "several": {
        "en": "Set `{variable}` to the set of the words before the brackets of your choices, for example `{example}`.",
        "fr": "Donnez à `{variable}` l'ensemble des mots placés avant les parenthèses de vos choix, par exemple "
        "`{example}`.",
    },
    "scale": {
        "en": "Set `{variable}` to a whole number from {low} to {high} ({label}), for example `{example}`.",
        "fr": "Donnez à `{variable}` un nombre entier de {low} à {high} ({label}), par exemple `{example}`.",
    },
}
OR = {"en": "or", "fr": "ou"}
HEADING = {"en": "### Question {number}", "fr": "### Question {number}"}


def source_path(form: str, root: Path = ROOT) -> Path:
    """Where the source of ``form`` goes: ``course/literacy-test-<form>/exercise.py``."""
    return root / "course" / f"{TEST_PREFIX}{form}" / "exercise.py"


def right_option(entry: Item) -> str:
    """The right option of a knowledge item: the one whose digest the bank stores."""
    found = [key for key in entry.options if answer_digest(entry.id, key) == entry.right]
    if len(found) != 1:
        raise ValueError(f"{entry.id}: {len(found)} options match the right digest; exactly one must")
    return found[0]


def solution(entry: Item) -> str:
    """The solution cell's value, as source code: the right option, or a usable survey answer."""
    if entry.graded:
        return repr(right_option(entry)).replace("'", '"')
    if entry.kind == "scale":
        return str((SCALE_LOW + SCALE_HIGH) // 2)
    if entry.kind == "choice":
        return f'"{entry.options[1]}"'
    return "{" + ", ".join(f'"{key}"' for key in entry.options[:2]) + "}"


def _example(entry: Item) -> str:
    if entry.graded:
        return ""  # the letters are listed instead
    if entry.kind == "scale":
        return "4"
    if entry.kind == "choice":
        return f'"{entry.options[0]}"'
    return "{" + f'"{entry.options[0]}"' + "}"


def _markdown(text: str, language: str, only: str | None = None) -> list[str]:
    """A prose cell of the source (jupytext's percent format: each line a comment)."""
    marker = f'# %% [markdown] lang="{language}"' + (f' only="{only}"' if only else "")
    return [marker, *[f"# {line}".rstrip() for line in text.splitlines()], ""]


def _code(source: str, only: str | None = None, nbgrader: dict | None = None) -> list[str]:
    marker = "# %%" + (f' only="{only}"' if only else "")
    if nbgrader is not None:
        marker += " nbgrader=" + json.dumps(nbgrader, sort_keys=True)
    return [marker, *source.splitlines(), ""]


def _cells_of(number: int, entry: Item) -> list[str]:
    variable = f"answer_{number:02d}"
    lines = []
    for language in LANGUAGES:
        stem = text(f"{entry.id}.stem", language)
        quoted = [f'`"{key}"`' for key in entry.options]
        how = HOW[entry.kind][language].format(
            variable=variable,
            choices=", ".join(quoted[:-1]) + f" {OR[language]} {quoted[-1]}" if quoted else "",
            example=_example(entry),
            low=SCALE_LOW,
            high=SCALE_HIGH,
            label=text(f"{entry.id}.label", language) if entry.kind == "scale" else "",
        )
        heading = HEADING[language].format(number=number)
        lines += _markdown(f"{heading}\n\n{stem}\n\n{how}", language, "assignment")
    for language in LANGUAGES:
        lines += _markdown(
            f"{HEADING[language].format(number=number)}\n\n{text(f'{entry.id}.stem', language)}", language, "app"
        )
    if entry.options:
        lines += _code(f'ex.show_options("{entry.id}")', only="assignment")
    common = {"locked": False, "schema_version": 3, "task": False}
    lines += _code(
        f"### BEGIN SOLUTION\n{variable} = {solution(entry)}\n### END SOLUTION",
        nbgrader={**common, "grade": False, "grade_id": f"{variable}_cell", "solution": True},
    )
    if entry.graded:
        check = (
            f'"""Question {number}: an answer that can be recorded (the grader checks it when you submit)."""\n'
            f'ex.require("{entry.id}", {variable}, "valid")\n'
            f"### BEGIN HIDDEN TESTS\n"
            f'ex.require("{entry.id}", {variable}, "right")\n'
            f"### END HIDDEN TESTS"
        )
    else:
        check = (
            f'"""Question {number}: an answer that can be recorded (no right answer, no points)."""\n'
            f'ex.require("{entry.id}", {variable}, "valid")'
        )
    lines += _code(
        check,
        nbgrader={
            **common,
            "grade": True,
            "grade_id": entry.id,
            "locked": True,
            "points": 1 if entry.graded else 0,
            "solution": False,
        },
    )
    return lines


def render(form: str) -> str:
    """The text of ``course/literacy-test-<form>/exercise.py``, from the bank (deterministic)."""
    entries = form_items(form)
    survey = sum(not entry.graded for entry in entries)
    counts = {"survey": survey, "knowledge": len(entries) - survey, "FORM": form.upper()}
    lines = []
    for audience in ("assignment", "app"):
        for language in LANGUAGES:
            header = HEADER[audience, language].format(record=text("app.record", language), **counts)
            lines += _markdown(header, language, audience)
    for language in LANGUAGES:
        lines += [f'# %% lang="{language}"', "import caire", "", f'caire.set_language("{language}")', ""]
    lines += _code(f"from caire.assessment import form_{form} as ex")
    lines += _code("from caire.core.app import show_question", only="app")
    part = None
    for number, entry in enumerate(entries, start=1):
        kind = "knowledge" if entry.graded else "survey"
        if kind != part:
            for language in LANGUAGES:
                lines += _markdown(PARTS[kind][language], language)
            part = kind
        lines += _cells_of(number, entry)
    return "\n".join(lines).rstrip("\n") + "\n"


def stale(root: Path = ROOT) -> list[Path]:
    """The sources that are missing or differ from what the bank gives now."""
    return [
        source_path(form, root)
        for form in FORMS
        if not source_path(form, root).exists() or source_path(form, root).read_text(encoding="utf-8") != render(form)
    ]


def write(root: Path = ROOT) -> list[Path]:
    """Write the sources that are stale; return them."""
    written = []
    for path in stale(root):
        form = path.parent.name.removeprefix(TEST_PREFIX)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render(form), encoding="utf-8")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m caire.assessment.sources", description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if a source differs from the bank")
    args = parser.parse_args(argv)
    if args.check:
        outdated = stale()
        for path in outdated:
            print(f"out of date: {path.relative_to(ROOT)} (run python -m caire.assessment.sources)", file=sys.stderr)
        return 1 if outdated else 0
    for path in write():
        print(f"wrote {path.relative_to(ROOT)} (now run: make notebooks)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
