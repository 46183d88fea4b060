"""The codes and transitions a page's Mermaid flowchart draws (a lifecycle: `NEW --> DONE`).

A flowchart rule (Markdown) reads the page's first flowchart: a `mermaid` block, or a paragraph
that opens with `flowchart` or `graph` (a copy of the page that kept the diagram's text but lost
its block). Every node is a code of the rule's code set, named by its id (`A[label]` is code A),
and every edge is a transition from one to the next: `{"flowchart": {}}`. A statement may chain
edges (`A --> B --> C`), label them (`A -->|retry| B`) and shape its nodes; an undirected link
(`A --- B`) is no transition. No Python library parses Mermaid, so the statements are read here
by their own small grammar, one line (or `;`-separated statement) at a time.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from codegen.drift.errors import DriftInputError
from codegen.drift.extract import Published, short

#: A node: its id, then any shape around its label (`[..]`, `(..)`, `{..}`, nested once).
_NODE = re.compile(r"\s*([A-Za-z0-9_]+)((?:\[[^\]]*\]|\([^)]*\)|\{[^}]*\})*)\s*")
#: A link between two nodes, with its optional label: directed (`-->`, `==>`, `-.->`) or not.
_LINK = re.compile(r"(-->|==>|-\.->|---|===|-\.-)\s*(?:\|[^|]*\|)?")
_DIRECTED = ("-->", "==>", "-.->")
#: Lines of a flowchart that declare no node or edge.
_KEYWORDS = ("flowchart", "graph", "subgraph", "end", "classDef", "class", "style", "click", "%%")


def extract_flowchart(tokens: list[Any], rule: dict[str, Any], path: Path) -> list[Published]:
    found = _first_flowchart(tokens)
    if found is None:
        raise DriftInputError(
            f"{path} has no Mermaid flowchart (a mermaid block, or a paragraph that opens "
            "with flowchart or graph)"
        )
    first_line, text = found
    nodes: dict[str, int] = {}  # each node's first line
    edges: dict[str, list[str]] = {}
    for offset, line in enumerate(text.splitlines()):
        for statement in line.split(";"):
            _statement(statement, first_line + offset, nodes, edges, path)
    if not edges:
        raise DriftInputError(f"{path}: its flowchart (line {first_line}) draws no transition")
    return [
        Published(
            code_set=rule["code_set"],
            value=node,
            where=f"line {line}",
            next=tuple(edges.get(node, ())),
            reads=("next",),
        )
        for node, line in nodes.items()
    ]


def _first_flowchart(tokens: list[Any]) -> tuple[int, str] | None:
    """The line of the first flowchart statement and the flowchart's text."""
    for position, token in enumerate(tokens):
        line = token.map[0] + 1 if token.map else 0
        if token.type == "fence" and token.info.strip().lower() == "mermaid":
            return line + 1, token.content
        if token.type == "paragraph_open":
            content = tokens[position + 1].content
            if content.split(maxsplit=1)[:1] in (["flowchart"], ["graph"]):
                return line, content
    return None


def _statement(
    text: str, line: int, nodes: dict[str, int], edges: dict[str, list[str]], path: Path
) -> None:
    stripped = text.strip()
    if not stripped or stripped.split(maxsplit=1)[0] in _KEYWORDS or stripped.startswith("%%"):
        return
    at, previous, link = 0, None, None
    while True:
        node = _NODE.match(stripped, at)
        if node is None:
            raise DriftInputError(
                f"{path}:{line}: not a flowchart statement this reader knows: {short(stripped)}"
            )
        name = node.group(1)
        nodes.setdefault(name, line)
        if previous is not None and link in _DIRECTED:
            targets = edges.setdefault(previous, [])
            if name not in targets:
                targets.append(name)
        at = node.end()
        if at == len(stripped):
            return
        arrow = _LINK.match(stripped, at)
        if arrow is None:
            raise DriftInputError(
                f"{path}:{line}: not a flowchart statement this reader knows: {short(stripped)}"
            )
        previous, link, at = name, arrow.group(1), arrow.end()
