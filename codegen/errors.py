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


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with the spec: where (a JSON pointer, or line:column) and what."""

    where: str
    message: str

    def render(self, filename: str) -> str:
        """`file: pointer: message`; the root's pointer is the empty string, shown as ""."""
        location = self.where if self.where else '""'
        return f"{filename}: {location}: {self.message}"


class SpecError(Exception):
    """The spec cannot be used; carries every problem found."""

    def __init__(self, filename: str, problems: Iterable[Problem]) -> None:
        self.filename = filename
        self.problems = tuple(problems)
        super().__init__("\n".join(problem.render(filename) for problem in self.problems))


class OutputError(Exception):
    """A target produced something it may not, or a post-step failed; nothing was replaced."""
