"""Judge a submission's answers in a clean process: trusted test code, plain data from the sandbox.

The test cells come from the assignment's source notebook (never from the student's file). Before a
test cell runs here, its namespace gets the source notebook's own import statements (e.g.
``from caire.modules.rules_vs_learning import questions as ex``) and the answers the sandbox snapshotted at
that cell, decoded from JSON. No student code runs in this process, so nothing the student wrote can
patch the checks, fake a comparison or skip a test.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass


class Unanswerable:
    """Stands for a student's value that was not plain data (a forged object, a module, a model...)."""

    def __init__(self, kind: str):
        self.kind = kind

    def __repr__(self) -> str:
        return f"<an object of type {self.kind}, which cannot be graded>"

    def __eq__(self, other) -> bool:
        return False

    def __hash__(self) -> int:
        return id(self)

    def __bool__(self) -> bool:
        return False


def decode_answer(data):
    """The Python value of an answer encoded by ``autograder.sandbox.encode_answer``."""
    if isinstance(data, list):
        return [decode_answer(item) for item in data]
    if isinstance(data, dict):
        if "__set__" in data:
            items = [decode_answer(item) for item in data["__set__"]]
            try:
                return set(items)
            except TypeError:
                return Unanswerable("set of unhashable values")
        if "__tuple__" in data:
            return tuple(decode_answer(item) for item in data["__tuple__"])
        if "__dict__" in data:
            return {key: decode_answer(item) for key, item in data["__dict__"].items()}
        if "__float__" in data:
            return float(data["__float__"])
        return Unanswerable(str(data.get("__unanswerable__", "unknown")))
    return data


@dataclass(frozen=True)
class Verdict:
    passed: bool
    ename: str = ""
    evalue: str = ""


class Judge:
    """Runs trusted test cells against decoded answers; one per assignment notebook."""

    def __init__(self, prelude: str, language: str | None = None):
        self.prelude = compile(prelude or "pass", "<assignment imports>", "exec")
        self.language = language
        self._base: dict = {"__name__": "__judge__"}
        exec(self.prelude, self._base)

    def run(self, test_source: str, answers: dict) -> Verdict:
        if self.language:
            import caire

            caire.set_language(self.language)
        namespace = dict(self._base)
        namespace.update({name: decode_answer(value) for name, value in answers.items()})
        try:
            exec(compile(test_source, "<test cell>", "exec"), namespace)
        except Exception as problem:
            message = str(problem) or traceback.format_exception_only(type(problem), problem)[-1].strip()
            return Verdict(False, type(problem).__name__, message)
        return Verdict(True)
