"""The quote check: every text the catalog presents as a provider's words occurs in one of the
sources it cites, word for word.

A quoted text is a code's description (unless `editorial`), message, advice, user_message, their
translations and steps_to_reproduce (unless named in `own_words`); its sources are those of
`text_sources` for the field, else the code's. A copy of a source is read as the words a reader
sees (codegen.drift.passages), then both sides are normalised alike: Unicode compatibility
forms, typographic quotes and apostrophes as ASCII ones, Markdown's emphasis and code marks and
link targets dropped, runs of whitespace as one space; the first letter of a text may differ in
case (a fragment quoted as a sentence), and its paragraphs may run on as one in the copy (a PDF
marks none). A block of the page (a paragraph, a table cell, a list item, a heading) ends a
passage: a text spliced from two cells is not found.

Two differences are reported: `not verbatim` (the text is in none of its cited sources read in
the run; the nearest passage of the source is shown, found with rapidfuzz) and `truncated` (the
text is found, but stops mid-sentence where its source goes on in lower case). A text is judged
only when every source it cites was read: with one saved copy, the texts citing that source
alone; with a folder or a fetch, every text whose sources were all read.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path

from codegen.drift.differences import Difference
from codegen.drift.errors import DriftInputError
from codegen.drift.extract import short
from codegen.drift.passages import BREAK, normal, passages
from codegen.spec import Catalog, Code

#: The fields of a code that hold the provider's words unless the code says they are its own.
QUOTED = ("description", "message", "advice", "user_message", "steps_to_reproduce")

#: How a sentence ends, so that a text ending otherwise may have been cut short.
_ENDS = tuple(".!?:;…)]\"'")


@dataclass(frozen=True)
class Quote:
    """One text of the catalog shown as a provider's words: where it is and what it cites."""

    code_set: str
    value: str
    field: str
    text: str
    sources: tuple[str, ...]
    pointer: str


def quotes(spec: Catalog) -> Iterator[Quote]:
    """Every text of the catalog presented as its provider's words."""
    for provider in spec.providers.values():
        for name, code_set in provider.code_sets.items():
            ref = f"{provider.id}.{name}"
            for index, code in enumerate(code_set.codes):
                at = f"/providers/{provider.id}/code_sets/{name}/codes/{index}"
                yield from _quoted(ref, code, at)


def _quoted(ref: str, code: Code, at: str) -> Iterator[Quote]:
    def cited(field: str) -> tuple[str, ...]:
        return tuple(code.text_sources.get(field) or code.sources)

    for field in QUOTED:
        text = getattr(code, field)
        if text is None or field in code.own_words or (field == "description" and code.editorial):
            continue
        yield Quote(ref, code.value, field, text, cited(field), f"{at}/{field}")
    for words in ("message", "advice", "user_message"):
        if words in code.own_words:
            continue
        translations = f"{words}_translations"
        for language, text in getattr(code, translations).items():
            field, at_field = f"{translations}.{language}", f"{at}/{translations}/{language}"
            yield Quote(ref, code.value, field, text, cited(translations), at_field)


def cited_by_quotes(spec: Catalog) -> set[str]:
    """The sources some quoted text cites."""
    return {source for quote in quotes(spec) for source in quote.sources}


#: The most texts of one run whose nearest passage is searched (each search reads up to
#: NEAREST_POOL passages of a copy); the rest are reported without it.
NEAREST_SEARCHED = 20
NEAREST_POOL = 20_000
_SEARCHES: ContextVar[list[int] | None] = ContextVar("searches", default=None)


@contextmanager
def one_run() -> Iterator[None]:
    """One budget of nearest-passage searches for every check made inside (a command's run
    over many copies), rather than one per copy."""
    token = _SEARCHES.set([NEAREST_SEARCHED])
    try:
        yield
    finally:
        _SEARCHES.reset(token)


def check(spec: Catalog, read: Mapping[str, str], *, only_shared: bool = False) -> list[Difference]:
    """The quoted texts every cited source of which is in `read` (source id: its passages)
    that are not verbatim or are cut short; with `only_shared`, only texts citing more than one
    source (a run over many copies, whose texts citing one were judged with their copy)."""
    found: list[Difference] = []
    left = _SEARCHES.get() or [NEAREST_SEARCHED]
    for quote in quotes(spec):
        if not quote.sources or not all(source in read for source in quote.sources):
            continue
        if only_shared and len(set(quote.sources)) < 2:
            continue
        difference = _judged(quote, read, nearest=left[0] > 0)
        if difference is not None:
            left[0] -= difference.kind == "not verbatim"
            found.append(difference)
    return found


def _judged(quote: Quote, read: Mapping[str, str], *, nearest: bool) -> Difference | None:
    text = normal(quote.text, blocks=True)
    if not text:
        return None
    # A fragment quoted as a sentence may capitalise its first letter, and a sentence quoted
    # inside another may lower it; its paragraphs may run on as one where the copy marks none
    # (a PDF's words).
    flat = normal(quote.text)
    either = tuple(dict.fromkeys((text, text[0].swapcase() + text[1:], flat)))
    cut: Difference | None = None
    for source in quote.sources:
        words = read[source]
        for form in either:
            for at in _occurrences(words, form):
                truncated = _cut(quote, source, form, words, at)
                if truncated is None:
                    return None
                cut = cut or truncated
    if cut is not None:
        return cut
    seen = ""
    if nearest:
        (_, passage), source = max(
            (_nearest(text, read[s], quote.value), s) for s in dict.fromkeys(quote.sources)
        )
        seen = f"; nearest in {source}: {short(passage, 160)}" if passage else ""
    detail = f"{quote.field} {short(quote.text, 120)} is in no cited source{seen}"
    return Difference("not verbatim", quote.code_set, quote.value, detail, quote.pointer)


#: The most places one text is looked for in one copy.
MAX_OCCURRENCES = 1000


def _occurrences(words: str, text: str) -> Iterator[int]:
    """Where `text` occurs in `words` as whole words (a text starting or ending with a letter
    or digit is not found inside a longer word: "Able" is not in "Unable")."""
    at, looked = words.find(text), 0
    while at >= 0 and looked < MAX_OCCURRENCES:
        end = at + len(text)
        before = words[at - 1] if at else " "
        after = words[end] if end < len(words) else " "
        # A capital next to the text may start the next cell of a page copied as plain text
        # ("INVALID_MFAUser entered…"); a small letter or a digit continues the same word.
        starts = not (text[0].isalnum() and before.isalnum()) or text[0].isupper()
        ends = not (text[-1].isalnum() and after.isalnum()) or after.isupper()
        if starts and ends:
            yield at
        at, looked = words.find(text, at + 1), looked + 1


def _cut(quote: Quote, source: str, text: str, words: str, at: int) -> Difference | None:
    """A text that stops mid-sentence while its passage goes on."""
    end = at + len(text)
    rest = words[end : end + 60].split(BREAK, 1)[0]
    # The sentence goes on: a comma, or a space and then a word in lower case or a number (a
    # capital may start the next sentence or be a heading).
    goes_on = rest[:1] == "," or (rest[:1] == " " and (rest[1:2].islower() or rest[1:2].isdigit()))
    if text.endswith(_ENDS) or not goes_on:
        return None
    detail = (
        f"{quote.field} ends mid-sentence ({short(text[-40:], 60)}) where {source} goes on: "
        f"{short(rest.strip(), 60)}"
    )
    return Difference("truncated", quote.code_set, quote.value, detail, quote.pointer)


def _nearest(text: str, words: str, value: str) -> tuple[float, str]:
    """The passage of `words` most like `text` (its score and the part of it aligned with
    `text`): among the passages near one naming the code, if any, else among all; a passage at
    least half as long as the text, scored by its best-matching part."""
    from rapidfuzz import fuzz, process

    lines = words.split(BREAK)[:NEAREST_POOL]
    naming = [i for i, line in enumerate(lines) if value in line]
    near = sorted({j for i in naming for j in range(max(i - 1, 0), min(i + 5, len(lines)))})
    best = None
    for pool in ([lines[j] for j in near], lines):
        long_enough = [line for line in pool if len(line) * 2 >= len(text)]
        best = process.extractOne(text, long_enough, scorer=fuzz.partial_ratio, score_cutoff=50)
        if best is not None:
            break
    if best is None:
        return 0.0, ""
    line = best[0]
    if len(line) > len(text) + 40:
        span = fuzz.partial_ratio_alignment(text, line)
        if span is not None:
            line = line[span.dest_start : span.dest_end]
    return float(best[1]), line


def read_copies(copies: Iterable[tuple[str, Path]]) -> dict[str, str]:
    """The passages of each source's saved copy; a copy that cannot be read is left out."""
    read: dict[str, str] = {}
    for source_id, path in copies:
        try:
            read[source_id] = passages(path)
        except DriftInputError:
            continue
    return read
