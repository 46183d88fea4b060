"""The words of a PDF (a standard's published document, as a repository keeps it), as drift
compares quoted texts with them: each page's text as pypdf extracts it, without the running lines
its pages repeat at their top and bottom (the document's title, its licence line and page number,
a table's header row printed again on each page it continues on), the pages joined as one run of
words. A PDF marks no paragraph: a quoted text's paragraph breaks are found there as spaces."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from codegen.drift import limits
from codegen.drift.errors import DriftInputError

#: How many lines at the top and at the bottom of a page may be running lines.
EDGE = 4
#: On how many pages a line at a page's edge must be (its digits aside) to be a running line.
RUNNING = 3
#: How many times running lines are taken away: what was under them is at the edge next.
ROUNDS = 3
_DIGITS = re.compile(r"\d+")


def words(path: Path) -> str:
    """The PDF's text without its running lines, its pages joined by a space; DriftInputError
    for a file over the size limit or one that pypdf cannot read."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    size = path.stat().st_size
    if size > limits.max_bytes():
        raise DriftInputError(
            f"{path} is {size} bytes, over the {limits.max_bytes()}-byte limit (--max-bytes "
            "raises it)"
        )
    try:
        reader = PdfReader(path)
        pages = [_lines(page.extract_text() or "") for page in reader.pages]
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as error:
        raise DriftInputError(f"{path} is no PDF pypdf can read: {error}") from None
    for _ in range(ROUNDS):
        kept = _without_running(pages)
        if kept == pages:
            break
        pages = kept
    return " ".join(" ".join(page) for page in pages)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _key(line: str) -> str:
    """A line as its pages repeat it: its numbers (a page's) aside."""
    return _DIGITS.sub("#", line)


def _edges(page: list[str]) -> set[int]:
    return {*range(min(EDGE, len(page))), *range(max(0, len(page) - EDGE), len(page))}


def _without_running(pages: list[list[str]]) -> list[list[str]]:
    counts = Counter(key for page in pages for key in {_key(page[i]) for i in _edges(page)})
    running = {key for key, count in counts.items() if count >= RUNNING}
    return [
        [line for i, line in enumerate(page) if i not in _edges(page) or _key(line) not in running]
        for page in pages
    ]
