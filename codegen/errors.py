"""Problems found in the spec, each located by a JSON pointer."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


def pointer(*parts: str | int) -> str:
    """Build an RFC 6901 JSON pointer from keys and indices."""
    texts = [str(part) for part in parts]
    escaped = [
        t.replace("~", "~0").replace("/", "~1") if "~" in t or "/" in t else t for t in texts
    ]
    return "".join("/" + part for part in escaped)


def shown(value: object, limit: int = 100) -> str:
    """A value as a problem shows it: its repr, which escapes what is not printable (control
    characters, the marks that reorder text), cut to `limit` characters."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with the spec: where (a JSON pointer, or line:column) and what."""

    where: str
    message: str

    def render(self, filename: str) -> str:
        """`file: pointer: message`; the root's pointer is the empty string, shown as "". The
        pointer's keys are shown escaped where they are not printable, each cut to 100
        characters."""
        location = "/".join(_printable(key) for key in self.where.split("/")) or '""'
        return f"{filename}: {location}: {self.message}"


def _printable(text: str, limit: int = 100) -> str:
    if text.isprintable() and len(text) <= limit:
        return text  # the usual case
    escaped = "".join(c if c.isprintable() else c.encode("unicode_escape").decode() for c in text)
    return escaped if len(escaped) <= limit else escaped[: limit - 1] + "…"


class SpecError(Exception):
    """The spec cannot be used; carries every problem found."""

    def __init__(self, filename: str, problems: Iterable[Problem]) -> None:
        self.filename = filename
        self.problems = tuple(problems)
        super().__init__("\n".join(problem.render(filename) for problem in self.problems))


class OutputError(Exception):
    """A target produced something it may not, or a post-step failed; nothing was replaced."""
