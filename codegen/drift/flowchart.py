"""The codes and transitions a page's Mermaid flowchart draws (a lifecycle: `NEW --> DONE`).

A flowchart rule (Markdown) reads the page's first flowchart: a `mermaid` block whose diagram is
a `flowchart` or `graph` (other diagrams are passed over), or a paragraph that opens with
`flowchart` or `graph` (a copy of the page that kept the diagram's text but lost its block).
Every node is a code of the rule's code set, named by its id (`A[label]` is code A), and every
directed link is a transition from one to the next, on the line it is drawn: `{"flowchart":
{}}`. Statements may chain links (`A --> B --> C`), join nodes (`A & B --> C`), label links (`A
-->|retry| B`, `A -- retry --> B`), shape and class their nodes (`A((x))`, `A:::done`) and end
with `;`; a link without a head (`A --- B`, `A ~~~ B`) is no transition, one with two (`A <-->
B`) is two. A subgraph groups statuses: an arrow to or from a subgraph, which names no status,
is input this reader cannot use, as is any statement it does not know.

No Python library parses Mermaid, so the statements are read here by a small grammar of their
own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from codegen.drift.errors import DriftInputError
from codegen.drift.extract import Published, Reading, short
from codegen.spec import FlowchartRule

#: A node's id: letters, digits and underscores, with single dashes inside (`sign-in`).
_ID = re.compile(r"[A-Za-z0-9_]+(?:-[A-Za-z0-9_]+)*")
#: A link: an optional tail head, its line (dashes, equals signs, or a dotted line), an optional
#: head; or the same with text inside (`-- text -->`, `== text ==>`, `-. text .->`).
_LINK = re.compile(
    r"(?P<tail><)?(?:(?P<open>--|==|-\.)\s+(?P<text>[^|;]*?)\s*(?P<close>-{2,}|={2,}|\.+-)"
    r"(?P<head2>>|o\b|x\b)?|(?P<line>-{2,}|={2,}|-\.+-|~{3,})(?P<head>>|o\b|x\b)?)"
)
#: Lines that declare no node or link.
_KEYWORDS = ("flowchart", "graph", "classDef", "class", "style", "linkStyle", "click", "direction")
_BRACKETS = {"[": "]", "(": ")", "{": "}", ">": "]"}


@dataclass
class _Chart:
    nodes: dict[str, int] = field(default_factory=dict)  # each node's first line
    arrows: dict[str, dict[str, int]] = field(default_factory=dict)  # from: {to: line}
    subgraphs: set[str] = field(default_factory=set)


def extract_flowchart(tokens: list[Any], rule: FlowchartRule, reading: Reading) -> list[Published]:
    """Every node of the page's first flowchart, with the arrows drawn from it."""
    path = reading.path
    found = _first_flowchart(tokens)
    if found is None:
        raise DriftInputError(
            f"{path} has no Mermaid flowchart (a mermaid block of a flowchart or graph, or a "
            "paragraph that opens with flowchart or graph)"
        )
    first_line, lines = found
    chart = _Chart()
    for offset, line in enumerate(lines):
        _line(line, first_line + offset, chart, path)
    if not chart.arrows:
        raise DriftInputError(f"{path}: its flowchart (line {first_line}) draws no transition")
    for start, targets in chart.arrows.items():
        for end in (start, *targets):
            if end in chart.subgraphs:
                drawn = targets[end] if end in targets else next(iter(targets.values()))
                raise DriftInputError(
                    f"{path}:{drawn}: an arrow to or from the subgraph {short(end)}, which "
                    "names no status"
                )
    return [
        Published(
            code_set=rule.code_set,
            value=node,
            where=f"line {line}",
            arrows=tuple((to, f"line {at}") for to, at in chart.arrows.get(node, {}).items()),
            reads=("arrows",),
        )
        for node, line in chart.nodes.items()
        if node not in chart.subgraphs
    ]


def _first_flowchart(tokens: list[Any]) -> tuple[int, list[str]] | None:
    """The line of the first flowchart's first statement, and its lines from there."""
    for position, token in enumerate(tokens):
        line = token.map[0] + 1 if token.map else 0
        if token.type == "fence" and token.info.strip().lower() == "mermaid":
            lines = token.content.splitlines()
            start = _header(lines)
            if start is not None:
                return line + 1 + start, lines[start:]
        elif token.type == "paragraph_open":
            lines = tokens[position + 1].content.splitlines()
            if lines and _opens_flowchart(lines[0]):
                return line, lines
    return None


def _header(lines: list[str]) -> int | None:
    """The index of a diagram's `flowchart`/`graph` line, past its front matter, directives and
    comments; None for another kind of diagram."""
    index = 0
    if lines and lines[0].strip() == "---":
        closing = [i for i, text in enumerate(lines[1:], 1) if text.strip() == "---"]
        index = closing[0] + 1 if closing else len(lines)
    for number in range(index, len(lines)):
        text = lines[number].strip()
        if not text or text.startswith("%%"):
            continue
        return number if _opens_flowchart(text) else None
    return None


def _opens_flowchart(text: str) -> bool:
    return text.split(maxsplit=1)[:1] in (["flowchart"], ["graph"])


def _line(text: str, line: int, chart: _Chart, path: Path) -> None:
    stripped = text.strip()
    first = stripped.split(maxsplit=1)[0] if stripped else ""
    if not stripped or stripped.startswith("%%") or first in _KEYWORDS or first == "end":
        return
    if first.startswith(("accTitle", "accDescr")):
        return
    if first == "subgraph":
        found = _ID.match(stripped[len("subgraph") :].lstrip())
        if found is None:
            raise DriftInputError(f"{path}:{line}: a subgraph without an id: {short(stripped)}")
        chart.subgraphs.add(found.group())
        return
    _statements(stripped, line, chart, path)


def _statements(text: str, line: int, chart: _Chart, path: Path) -> None:
    """One line's statements: node groups joined by links, each group nodes joined by `&`."""
    at, previous, link = 0, None, None
    while True:
        group, at = _group(text, at, line, path)
        for name in group:
            chart.nodes.setdefault(name, line)
        if previous is not None and link is not None:
            forward, backward = link
            for start in previous:
                for end in group:
                    if forward:
                        chart.arrows.setdefault(start, {}).setdefault(end, line)
                    if backward:
                        chart.arrows.setdefault(end, {}).setdefault(start, line)
        at = _space(text, at)
        if at == len(text):
            return
        if text[at] == ";":
            at, previous, link = _space(text, at + 1), None, None
            if at == len(text):
                return
            continue
        found = _LINK.match(text, at)
        if found is None:
            raise _unknown(text, line, path)
        head = found.group("head") or found.group("head2")
        at = _space(text, found.end())
        if text.startswith("|", at):
            closing = text.find("|", at + 1)
            if closing < 0:
                raise _unknown(text, line, path)
            at = closing + 1
        # A head of `>`, `o` or `x` ends a directed link; a tail `<` makes it point back too.
        previous, link = group, (head is not None, found.group("tail") is not None)


def _group(text: str, at: int, line: int, path: Path) -> tuple[list[str], int]:
    names = []
    while True:
        at = _space(text, at)
        found = _ID.match(text, at)
        if found is None:
            raise _unknown(text, line, path)
        names.append(found.group())
        at = _shape(text, found.end(), line, path)
        if text.startswith(":::", at):
            style = _ID.match(text, at + 3)
            if style is None:
                raise _unknown(text, line, path)
            at = style.end()
        after = _space(text, at)
        if not text.startswith("&", after):
            return names, at
        at = after + 1


def _shape(text: str, at: int, line: int, path: Path) -> int:
    """Past a node's shape and label (`[x]`, `((x))`, `{{x}}`, `[(x)]`, `>x]`, `["a ] b"]`)."""
    if at >= len(text) or text[at] not in _BRACKETS:
        return at
    closers: list[str] = []
    quoted = False
    index = at
    while index < len(text):
        char = text[index]
        if quoted:
            quoted = char != '"'
        elif char == '"':
            quoted = True
        elif char in _BRACKETS and (not closers or index == at or text[index - 1] in "[({"):
            closers.append(_BRACKETS[char])
        elif closers and char == closers[-1]:
            closers.pop()
            if not closers:
                return index + 1
        index += 1
    raise _unknown(text, line, path)


def _space(text: str, at: int) -> int:
    while at < len(text) and text[at] in " \t":
        at += 1
    return at


def _unknown(text: str, line: int, path: Path) -> DriftInputError:
    return DriftInputError(
        f"{path}:{line}: not a flowchart statement this reader knows: {short(text)}"
    )
