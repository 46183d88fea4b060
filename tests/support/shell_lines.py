"""The shell lines the README, CONTRIBUTING and the site's hand-written pages print, and what
each names checked against what exists: a make target or variable of the Makefile, an extra of
pyproject.toml, a file of the checkout, a subcommand and options of `bankcodes` (its own parser)
or of a module run with `python -m` (the generator's and drift's parsers, else the module found
in the environment `make` set up).

A fenced block of `sh`, `bash`, `shell` or `console` holds shell lines (read with markdown-it-py,
as MkDocs' Markdown reads fences): when a line of it starts with a `$ ` prompt, only those lines
are commands (the others are their output); else every line is, but for blank lines and
comments. A line ending in a backslash goes on in the next."""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import re
import shlex
import tomllib
from collections.abc import Callable
from dataclasses import dataclass

from markdown_it import MarkdownIt

from tests.support.helpers import ROOT

#: Every document whose shell lines a reader copies: the site's pages under reference/ are
#: generated and print none.
DOCUMENTS = [
    ROOT / "README.md",
    ROOT / ".github" / "CONTRIBUTING.md",
    *sorted((ROOT / "site" / "docs").glob("*.md")),
]
SHELLS = frozenset({"sh", "bash", "shell", "console"})
#: Programs outside bankcodes that a page may print (a shell's builtins, git, curl, npm).
OUTSIDE = frozenset({"git", "curl", "printf", "npm", "sh", "cd", "echo", "cat", "export"})
#: What separates the commands of one line, and the redirections whose target is no argument.
SEPARATORS = frozenset({"|", "||", "&&", ";", "&"})
REDIRECTIONS = frozenset({">", ">>", "<"})
ASSIGNMENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*=")


@dataclass(frozen=True)
class Line:
    """A shell line as printed, and where: the document and the line in it."""

    where: str
    text: str


def shell_lines(text: str, where: str) -> list[Line]:
    """The shell lines of a Markdown text, each with `where:LINE`."""
    found = []
    for token in MarkdownIt("commonmark").parse(text):
        if token.type != "fence" or token.info.split()[:1] == [] or token.map is None:
            continue
        if token.info.split()[0] not in SHELLS:
            continue
        first = token.map[0] + 2  # the fence's own line, then the block's first
        lines = token.content.splitlines()
        prompted = any(line.startswith("$ ") for line in lines)
        pending = ""
        for number, line in enumerate(lines, first):
            if prompted and not pending:
                if not line.startswith("$ "):
                    continue
                line = line[2:]
            if line.endswith("\\"):
                pending += line[:-1]
                continue
            command, pending = (pending + line).strip(), ""
            if command and not command.startswith("#"):
                found.append(Line(f"{where}:{number}", command))
    return found


def documented() -> list[Line]:
    """The shell lines of every document."""
    return [
        line
        for document in DOCUMENTS
        for line in shell_lines(
            document.read_text(encoding="utf-8"), str(document.relative_to(ROOT))
        )
    ]


def commands(text: str) -> list[list[str]]:
    """The commands of a line, each as its words: the assignments before a program and the
    redirections left out."""
    lexer = shlex.shlex(text, posix=True, punctuation_chars=True)
    lexer.whitespace_split = True
    found: list[list[str]] = [[]]
    words = iter(lexer)
    for word in words:
        if word in SEPARATORS:
            found.append([])
        elif word in REDIRECTIONS:
            next(words, None)
        elif found[-1] or not ASSIGNMENT.match(word):
            found[-1].append(word)
    return [words for words in found if words]


def problems(line: Line) -> list[str]:
    """What the line names that does not exist, each said with where it is printed."""
    try:
        found = commands(line.text)
    except ValueError as error:  # an unclosed quote
        return [f"{line.where}: {line.text!r} is no shell line ({error})"]
    said = []
    for program, *args in found:
        check = CHECKS.get(program)
        if check is None and program not in OUTSIDE:
            said.append(f"{line.where}: {program!r} is no command the checkout has")
        elif check is not None:
            said += [f"{line.where}: {problem}" for problem in check(args)]
    return said


def _parsed(parser: argparse.ArgumentParser, args: list[str]) -> list[str]:
    """Nothing when `parser` takes `args`, else its error."""
    error = io.StringIO()
    try:
        with contextlib.redirect_stderr(error), contextlib.redirect_stdout(io.StringIO()):
            parser.parse_args(args)
    except SystemExit as exit:
        if exit.code not in (0, None):
            return [f"{parser.prog} {' '.join(args)}: {error.getvalue().strip().splitlines()[-1]}"]
    return []


def _bankcodes(args: list[str]) -> list[str]:
    from bankcodes._cli_parser import parser

    return _parsed(parser(), args)


def _python(args: list[str]) -> list[str]:
    if args[:1] != ["-m"] or len(args) < 2:
        return [f"python {' '.join(args)}: the pages run modules, `python -m MODULE`"]
    module, rest = args[1], args[2:]
    if module == "codegen" and rest[:1] == ["drift"]:  # a door to codegen.drift
        module, rest = "codegen.drift", rest[1:]
    if module == "codegen.drift":
        from codegen.drift.command import parser

        return _parsed(parser(), rest)
    if module == "codegen":
        from codegen import cli

        return _parsed(cli._parser(), rest)
    if importlib.util.find_spec(module) is None:
        return [f"python -m {module}: no such module in the environment make sets up"]
    return []


def _make(args: list[str]) -> list[str]:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    targets = {
        name for line in re.findall(r"^\.PHONY:(.*)$", makefile, re.M) for name in line.split()
    }
    said = []
    for arg in args:
        name, assigned, _ = arg.partition("=")
        if assigned and not re.search(
            rf"\$\({re.escape(name)}\)|^{re.escape(name)} \?=", makefile, re.M
        ):
            said.append(f"make {arg}: the Makefile reads no variable {name}")
        elif not assigned and arg not in targets:
            said.append(f"make {arg}: the Makefile has no target {arg!r}")
    return said


def _pip(args: list[str]) -> list[str]:
    if args[:1] != ["install"]:
        return [f"pip {' '.join(args)}: the pages install with `pip install`"]
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = set(project.get("optional-dependencies", {}))
    said = []
    for spec in args[1:]:
        # The checkout, or the package as released (its name, with extras of its own).
        found = re.fullmatch(r"(?:\.|bankcodes)(?:\[([a-z0-9,_-]+)\])?", spec)
        if found is None:
            said.append(
                f"pip install {spec}: the pages install the checkout (`.` or `.[EXTRA]`) or"
                " the package (`bankcodes` or `bankcodes[EXTRA]`)"
            )
            continue
        unknown = set((found.group(1) or "").split(",")) - extras - {""}
        if unknown:
            said.append(
                f"pip install {spec}: pyproject.toml has no extra {', '.join(sorted(unknown))}"
            )
    return said


def _source(args: list[str]) -> list[str]:
    return [] if args and (ROOT / args[0]).is_file() else [f"source {' '.join(args)}: no such file"]


CHECKS: dict[str, Callable[[list[str]], list[str]]] = {
    "bankcodes": _bankcodes,
    "python": _python,
    "python3": _python,
    "make": _make,
    "pip": _pip,
    "source": _source,
    ".": _source,
}
