"""Which variables hold a notebook's answers, read from its (trusted) test cells.

Shared by the sandboxed grader (what to hand back at each test cell, and with which imports to judge it)
and by the apps' Submit button (which answer cell to fill with a widget's value).
"""

from __future__ import annotations

import ast
import builtins

#: Names a test cell may read that are not answers.
_BUILTINS = set(dir(builtins))


def _defined_names(tree: ast.AST) -> set[str]:
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
            names.add(node.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names.update((alias.asname or alias.name).split(".")[0] for alias in node.names)
        elif isinstance(node, ast.arg):
            names.add(node.arg)
    return names


def prelude_of(code_cells: list[str]) -> str:
    """The import statements of a (trusted) source notebook, in order: what a test cell may rely on."""
    statements = []
    for source in code_cells:
        try:
            tree = ast.parse(source)
        except SyntaxError:
            continue
        statements += [ast.unparse(node) for node in tree.body if isinstance(node, (ast.Import, ast.ImportFrom))]
    return "\n".join(dict.fromkeys(statements))


def answer_names(test_source: str, prelude: str) -> list[str]:
    """The variables a test cell reads from the student's notebook (not builtins, imports or its own names)."""
    tree = ast.parse(test_source)
    provided = _defined_names(ast.parse(prelude)) | _defined_names(tree) | _BUILTINS
    read = [node.id for node in ast.walk(tree) if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load)]
    return sorted({name for name in read if name not in provided})
