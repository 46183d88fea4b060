"""The words of a saved copy of a source as a reader sees them, one passage (a block of the page)
per line, and the normalisation both sides of the quote check (codegen.drift.quotes) are compared
in: the text of an HTML page or of rendered Markdown (a code block's string escapes of quotes
dropped, as a JSON example's message is sent), the strings of a JSON or YAML document, the cells
of a CSV file, the lines of a plain text, the words of a PDF without the lines its pages repeat
(codegen.drift.pdf), the lines of a source file with a comment's lines joined and its markers
left out."""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from codegen.drift import limits, pdf
from codegen.drift.errors import DriftInputError
from codegen.drift.extract import read_text

#: Block boundaries: where one passage of a page ends and the next begins.
BREAK = "\n"
#: Where a block of an HTML page starts or ends, before its text is normalised.
_MARK = "\ue000"

_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u00a0": " ",
        "\u200b": "",
        "\u200c": "",
        "\u200d": "",
        "\u00ad": "",
        "\u2060": "",
        "\ufeff": "",
    }
)
#: A Markdown link, its text kept: bounded, and no bracket inside, so that a page of brackets
#: is read in linear time.
_LINK = re.compile(r"\[([^\[\]\n]{0,400})\]\([^()\s]{0,2000}\)")
_MARKS = re.compile(
    r"\*\*|__|`|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])|(?<![\w_])_(?=\S)|(?<=\S)_(?![\w_])"
)
_SPACE = re.compile(r"[^\S\n]+")
BREAKS = re.compile(r"\s*\n\s*")
#: The block-level HTML elements whose text is a passage of its own.
_BLOCKS = (
    "p",
    "li",
    "td",
    "th",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "pre",
    "blockquote",
    "dt",
    "dd",
    "caption",
    "figcaption",
    "summary",
)


def normal(text: str, *, blocks: bool = False) -> str:
    """`text` as the check compares it (see the module's docstring); with `blocks`, a line
    break stays a passage's end, else it is a space."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    text = _MARKS.sub("", _LINK.sub(r"\1", text))
    text = _SPACE.sub(" ", text)
    text = BREAKS.sub(BREAK, text) if blocks else " ".join(text.split())
    return text.strip()


def passages(path: Path) -> str:
    """The words of a saved copy, normalised, one passage (block) per line."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        text = pdf.words(path)
        _grows_within_bounds(text, path)
        return normal(text)
    text = read_text(path)
    _grows_within_bounds(text, path)
    if suffix in (".html", ".htm"):
        return _html(text, str(path))
    if suffix in (".md", ".markdown"):
        from markdown_it import MarkdownIt

        return _html(MarkdownIt("commonmark").enable("table").render(text), str(path))
    if suffix in (".json", ".yml", ".yaml"):
        return _strings(text, path)
    if suffix == ".csv":
        return _cells(text)
    if suffix == ".txt":
        return BREAK.join(normal(line) for line in text.splitlines() if line.strip())
    return _lines(text)


def _grows_within_bounds(text: str, path: Path) -> None:
    """Refuse a copy whose compatibility forms would make it more than three times as long
    (a page of one character that stands for eighteen)."""
    counts = Counter(text)
    grown = sum(
        n * (len(unicodedata.normalize("NFKC", c)) - 1)
        for c, n in counts.items()
        if not c.isascii()
    )
    if grown > 2 * len(text) + 100_000:
        raise DriftInputError(
            f"{path}: its characters' compatibility forms would make it {grown + len(text)} "
            "characters long, over three times its length"
        )


def _html(html: str, where: str) -> str:
    from selectolax.lexbor import LexborHTMLParser

    limits.html_depth(html, where)
    tree = LexborHTMLParser(html)
    for node in tree.css("script, style, template"):
        node.decompose()
    for node in tree.css("pre"):  # a code block's JSON or code: its strings' escapes dropped
        node.replace_with(_MARK + _ESCAPES.sub(r"\1", node.text(deep=True)) + _MARK)
    for node in tree.css(", ".join(_BLOCKS) + ", div, section, tr"):
        node.insert_before(_MARK)
        node.insert_after(_MARK)
    for node in tree.css("br"):  # a line break (in a table cell) is a text's line break
        node.insert_before(_MARK)
    root = tree.body or tree.root
    text = root.text(deep=True, separator="") if root is not None else ""
    # A line break of the HTML is a space; the blocks' marks are the passages' ends.
    return normal(" ".join(text.split()).replace(_MARK, BREAK), blocks=True)


def _strings(text: str, path: Path) -> str:
    """Each string of a JSON or YAML document a passage (a YAML file that does not parse is
    read line by line)."""
    import yaml

    try:
        if path.suffix.lower() == ".json":
            limits.json_depth(text, str(path))
            document = json.loads(text)
        else:
            limits.yaml_depth(text, str(path))
            document = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (ValueError, yaml.YAMLError):
        return _lines(text)
    return BREAK.join(normal(part) for part in _walk(document) if part.strip())


def _cells(text: str) -> str:
    """Each cell of a CSV file a passage (a file that is no CSV is read line by line)."""
    import csv
    import io

    try:
        rows = list(csv.reader(io.StringIO(text), strict=True))
    except csv.Error:
        return _lines(text)
    return BREAK.join(normal(cell) for row in rows for cell in row if cell.strip())


def _walk(node: Any) -> Iterator[str]:
    """Every string of a document, each object or list visited once (a YAML alias repeats
    one, which is not read again)."""
    stack, visited = [node], set()
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            yield item
        elif isinstance(item, dict | list):
            if id(item) in visited:
                continue
            visited.add(id(item))
            if isinstance(item, dict):
                stack.extend(reversed([*map(str, item.keys()), *item.values()]))
            else:
                stack.extend(reversed(item))


_COMMENT = re.compile(r"[ \t]*(?:/\*\*?|\*/|\*(?!\*)|//+|#+)[ \t]?")
_ESCAPES = re.compile(r"\\(['\"`\\])")


def _lines(text: str) -> str:
    """A source file: each line of code a passage, and each paragraph of a comment (its lines
    joined, the comment markers dropped); string escapes of quotes dropped."""
    found: list[str] = []
    comment: list[str] = []

    def flush() -> None:
        if comment:
            found.append(normal(" ".join(comment)))
            comment.clear()

    for line in _ESCAPES.sub(r"\1", text).splitlines():
        marker = _COMMENT.match(line)
        if marker is None:
            flush()
            if line.strip():
                found.append(normal(line))
            continue
        rest = line[marker.end() :].removesuffix("*/").strip()
        if rest:
            comment.append(rest)
        else:
            flush()
    flush()
    return BREAK.join(part for part in found if part)
