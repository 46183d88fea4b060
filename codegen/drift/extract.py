"""What a saved copy of a source publishes, read by the extractor its spec record declares.

Every extractor turns a file into Published records: a code set, a value (for a code set whose
codes travel as integers, the number's decimal text), and whatever else the declaration says the
source gives for it (a description, a message, HTTP statuses, the group it is published under,
the name it gives a number, the codes a lifecycle diagram lets it move to). Each reads with a
parser for its format (PyYAML for OpenAPI, tree-sitter for TypeScript and JavaScript,
markdown-it-py for Markdown, selectolax for HTML), never with patterns over the text (only the
statements of a Mermaid flowchart, which no Python library parses, are read by a small grammar
of their own), and raises DriftInputError for a file it cannot use.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from codegen.drift import limits
from codegen.drift.errors import DriftInputError
from codegen.spec import Catalog


@dataclass(frozen=True)
class Published:
    """One code as a source publishes it. `reads` names the facts the source gives for it
    (of description, message, http, group, name, arrows): one it reads but leaves empty (a
    published null) says the code has none. `name` is the identifier a source gives a number
    (`1: 'SECOND'`), compared with the `name` of a code of an integer code set; `arrows` are the
    codes a lifecycle diagram draws an arrow to from this one, each with where the arrow is,
    compared with the code set's `transitions`."""

    code_set: str
    value: str
    #: Where in the source (a JSON pointer, a line, a heading), for the report.
    where: str
    description: str | None = None
    message: str | None = None
    http: tuple[int, ...] = ()
    group: str | None = None
    name: str | None = None
    arrows: tuple[tuple[str, str], ...] = ()
    reads: tuple[str, ...] = ()


@dataclass(frozen=True)
class Reading:
    """A saved copy being read: where it is, and the spec whose rules read it."""

    path: Path
    spec: Catalog


def read_text(path: Path) -> str:
    """The file's text (UTF-8), or DriftInputError naming what is wrong with it: no regular
    file, or one over the size limit (codegen.drift.limits)."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise DriftInputError(f"cannot read {path}: {error.strerror or error}") from None
    if not path.is_file():
        raise DriftInputError(f"{path} is not a file")
    most = limits.max_bytes()
    if size > most:
        raise DriftInputError(
            f"{path} is {size} bytes, over the {most}-byte limit (--max-bytes raises it)"
        )
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        raise DriftInputError(f"{path} is not UTF-8 text (byte {error.start})") from None
    except OSError as error:
        raise DriftInputError(f"cannot read {path}: {error.strerror or error}") from None


def load_structured(path: Path) -> Any:
    """An OpenAPI or JSON Schema document (YAML or JSON)."""
    import yaml

    text = read_text(path)
    try:
        if path.suffix == ".json":
            limits.json_depth(text, str(path))
            return json.loads(text)
        limits.yaml_depth(text, str(path))
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except ValueError as error:
        raise DriftInputError(f"{path}: not JSON: {str(error)[:200]}") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f":{mark.line + 1}:{mark.column + 1}" if mark is not None else ""
        problem = getattr(error, "problem", None) or type(error).__name__
        raise DriftInputError(f"{path}{where}: not YAML: {problem}") from None


def pointer(document: Any, at: str, path: Path) -> Any:
    """The value at a JSON pointer ("/components/schemas/X") of `document`."""
    node = document
    for part in at.lstrip("#").strip("/").split("/"):
        key = part.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and key in node:
            node = node[key]
        elif isinstance(node, list) and key.isdigit() and int(key) < len(node):
            node = node[int(key)]
        else:
            raise DriftInputError(f"{path} has nothing at {at} (no {key!r})")
    return node


def short(value: object, limit: int = 80) -> str:
    """A value for an error message: escaped and truncated."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def union(found: Iterable[Published]) -> list[Published]:
    """The codes of several enums of one code set: each value once, as it is first read."""
    first: dict[tuple[str, str], Published] = {}
    for item in found:
        first.setdefault((item.code_set, item.value), item)
    return list(first.values())
