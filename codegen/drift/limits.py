"""What `python -m codegen.drift` reads at most, checked before a parser sees the input, so that a
hostile or broken file costs time and memory in proportion to its size and ends in one
DriftInputError (exit 2), never in a crash:

- a file of at most MAX_BYTES (8 MiB; `drift --max-bytes N` raises it for one run);
- JSON and YAML nested at most MAX_DEPTH (200) levels, YAML with at most MAX_ALIASES aliases;
  HTML with elements nested at most MAX_HTML_DEPTH (1,000) levels (deeper documents cost the
  HTML parser time that grows with the square of their depth);
- a CSV cell of at most 131,072 characters (the csv module's own limit, left as it is);
- at most MAX_CODES (10,000) codes read from one source, far more than any provider publishes.
"""

from __future__ import annotations

import contextlib
import contextvars
import re
from collections.abc import Iterator

from codegen.drift.errors import DriftInputError

#: The largest file read, by default.
MAX_BYTES = 8 * 1024 * 1024
MAX_DEPTH = 200
MAX_ALIASES = 10_000
MAX_HTML_DEPTH = 1_000
MAX_CODES = 10_000

_MAX_BYTES: contextvars.ContextVar[int] = contextvars.ContextVar("max_bytes", default=MAX_BYTES)


@contextlib.contextmanager
def reading_at_most(max_bytes: int) -> Iterator[None]:
    """Read files of at most `max_bytes` within the block (`drift --max-bytes`)."""
    token = _MAX_BYTES.set(max_bytes)
    try:
        yield
    finally:
        _MAX_BYTES.reset(token)


def max_bytes() -> int:
    return _MAX_BYTES.get()


def json_depth(text: str, where: str) -> None:
    """Refuse JSON nested more than MAX_DEPTH levels, in one pass over its brackets and
    strings (a string's brackets do not count)."""
    depth, at = 0, 0
    while (found := _JSON_TOKEN.search(text, at)) is not None:
        token, at = found.group(), found.end()
        if token == '"':
            at = _string_end(text, at)
            if at < 0:
                return  # an unterminated string: the parser reports it
        elif token in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                raise DriftInputError(f"{where}: JSON nested more than {MAX_DEPTH} levels deep")
        else:
            depth -= 1


_JSON_TOKEN = re.compile(r'["\[\]{}]')


def _string_end(text: str, start: int) -> int:
    """Where the JSON string opened just before `start` ends (after its closing quote); -1 when
    it does not."""
    at = start
    while (quote := text.find('"', at)) >= 0:
        escapes = quote
        while escapes > start and text[escapes - 1] == "\\":
            escapes -= 1
        if (quote - escapes) % 2 == 0:
            return quote + 1
        at = quote + 1
    return -1


def yaml_depth(text: str, where: str) -> None:
    """Refuse YAML nested more than MAX_DEPTH levels or with more than MAX_ALIASES aliases,
    reading its events (libyaml's parser keeps its own stack: no recursion) before anything
    builds the document."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)
    depth = aliases = 0
    try:
        while (event := loader.get_event()) is not None:
            if isinstance(event, yaml.SequenceStartEvent | yaml.MappingStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    raise DriftInputError(f"{where}: YAML nested more than {MAX_DEPTH} levels deep")
            elif isinstance(event, yaml.SequenceEndEvent | yaml.MappingEndEvent):
                depth -= 1
            elif isinstance(event, yaml.AliasEvent):
                aliases += 1
                if aliases > MAX_ALIASES:
                    raise DriftInputError(f"{where}: YAML with more than {MAX_ALIASES} aliases")
    finally:
        loader.dispose()


#: Elements with no end tag, and those an HTML parser ends by itself when a sibling starts (a
#: page may leave them open without nesting anything).
_OPEN_ENDED = frozenset(
    # Element names, not codes: one string, so that none reads as a code literal.
    "area base br col embed hr img input link meta param source track wbr "  # noqa: SIM905
    "p li dt dd tr td th thead tbody tfoot colgroup option optgroup rb rt rp".split()
)
#: HTML elements a "/>" does not end: `<div/>` opens a div (an SVG `<path/>` is ended).
_NEVER_EMPTY = frozenset(
    "a b body div em form html i label li main nav ol p section span strong table tbody td "  # noqa: SIM905
    "th thead tr u ul".split()
)


def html_depth(text: str, where: str) -> None:
    """Refuse HTML whose elements nest more than MAX_HTML_DEPTH levels, read as a browser
    nests them (its tags as its tokenizer reads them, codegen.drift.html_tags; an end tag
    closes the element it names, a stray one nothing; `<div/>` opens a div; elements that end
    by themselves left out), in one pass."""
    from codegen.drift.html_tags import tags

    opened: list[str] = []
    for closing, name, empty in tags(text):
        if name in _OPEN_ENDED or (empty and name not in _NEVER_EMPTY):
            continue
        if closing:
            # An end tag closes the element it names and those opened inside it; a stray one
            # (no such element open) closes nothing, as a browser reads it.
            if name in opened:
                del opened[len(opened) - 1 - opened[::-1].index(name) :]
            continue
        opened.append(name)
        if len(opened) > MAX_HTML_DEPTH:
            raise DriftInputError(
                f"{where}: HTML elements nested more than {MAX_HTML_DEPTH} levels deep"
            )


def codes(count: int, where: str) -> None:
    """Refuse a source that gives more codes than any provider publishes."""
    if count > MAX_CODES:
        raise DriftInputError(
            f"{where} gives {count} codes, more than the {MAX_CODES} a source is read for"
        )
