"""The functions of a source file and their length in lines, read from the source: Python's
with `ast` (def and async def; a decorator is not counted), TypeScript's and JavaScript's with
tree-sitter-typescript (function declarations, methods, arrow functions and function
expressions). One parse per file."""

from __future__ import annotations

import ast
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: Where hand-written code lives (generated files, fixtures and data are not code).
HAND_WRITTEN = (
    "codegen",
    "tests",
    "bench",
    "site/build.py",
    "site/decoder_cache.py",
    "site/engine.py",
    "site/page_steps.py",
    "site/policy.py",
    "site/search_index.py",
    "site/raw_blocks.py",
    "site/serve.py",
    "site/decoder",
    "site/docs/assets",
)
#: The suffixes of hand-written code.
SUFFIXES = frozenset({".py", ".ts", ".mjs", ".js", ".j2"})


def hand_written(root: Path, *more: str) -> list[Path]:
    """The tracked hand-written code of `root` (the golden tree apart), with `more` folders."""
    tracked = subprocess.run(
        ["git", "ls-files", *HAND_WRITTEN, *more],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return [
        root / name
        for name in tracked
        if Path(name).suffix in SUFFIXES and not name.startswith("tests/generation/fourth/golden/")
    ]


PYTHON = frozenset({".py", ".pyi"})
SCRIPT = frozenset({".ts", ".mts", ".js", ".mjs"})

#: tree-sitter-typescript's node types that are a function with a body.
_SCRIPT_FUNCTIONS = frozenset(
    {
        "function_declaration",
        "generator_function_declaration",
        "function_expression",
        "generator_function",
        "arrow_function",
        "method_definition",
    }
)


@dataclass(frozen=True, order=True)
class Function:
    """One function: where it starts (1-based line), its name and its length in lines."""

    line: int
    name: str
    lines: int


class UnreadableSource(ValueError):
    """A source file the parser could not read whole (so a function could go unmeasured)."""


def functions(path: Path, source: str) -> list[Function]:
    """Every function in `source` (the text of `path`, whose suffix says its language), nested
    ones included, in the order they start."""
    if path.suffix in PYTHON:
        return _python(path, source)
    if path.suffix in SCRIPT:
        return _script(path, source)
    raise ValueError(f"{path}: no reader of functions for {path.suffix!r} files")


def _python(path: Path, source: str) -> list[Function]:
    tree = ast.parse(source, filename=str(path))
    return sorted(
        Function(node.lineno, node.name, (node.end_lineno or node.lineno) - node.lineno + 1)
        for node in _statements(tree.body)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
    )


def _statements(body: list[Any]) -> Iterator[ast.AST]:
    """Every statement in `body` and in the blocks nested in it (a `def` is a statement, so
    expressions need not be walked)."""
    for node in body:
        yield node
        for field in ("body", "orelse", "finalbody", "handlers", "cases"):
            inner = getattr(node, field, None)
            if isinstance(inner, list):
                yield from _statements(inner)


def _script(path: Path, source: str) -> list[Function]:
    import tree_sitter
    import tree_sitter_typescript

    language = tree_sitter.Language(tree_sitter_typescript.language_typescript())
    root = tree_sitter.Parser(language).parse(source.encode("utf-8")).root_node
    if root.has_error:
        raise UnreadableSource(f"{path} does not parse as TypeScript")
    found = []
    stack = [root]
    while stack:
        node = stack.pop()
        stack.extend(node.children)
        if node.type in _SCRIPT_FUNCTIONS:
            start, end = node.start_point.row, node.end_point.row
            found.append(Function(start + 1, _script_name(node), end - start + 1))
    return sorted(found)


def _script_name(node: Any) -> str:
    """A function's own name, else the name it is bound to (a variable, a property, an
    assignment's target), else `<anonymous>`."""
    named = node.child_by_field_name("name")
    if named is None and node.parent is not None:
        parent = node.parent
        field = {"variable_declarator": "name", "pair": "key", "assignment_expression": "left"}
        if parent.type in field:
            named = parent.child_by_field_name(field[parent.type])
        elif parent.type in {"public_field_definition", "property_signature"}:
            named = parent.child_by_field_name("name")
    if named is None:
        return "<anonymous>"
    return str(named.text.decode("utf-8"))
