"""How whole each code set is, for people: a line on its page and a table on its provider's page
saying which source lists its codes, how many of that source's values the catalog holds (as
`python -m codegen.drift` counted them in the pinned copy: each source's `counted`), whether the
source was read whole, and what was read only in part."""

from __future__ import annotations

from codegen.model import CodeSet, Provider, Source
from codegen.targets.site import cells, pages
from codegen.targets.site import markup as mk


def _reading(source: Source) -> str:
    return "read whole" if source.read_in_part is None else "read in part"


def _held(code_set: CodeSet, source: Source, up: str) -> str:
    """What one source lists of the code set and how much the catalog holds, in a phrase."""
    link = mk.page_link(mk.text(source.title), up, pages.source_page(source), source.id)
    tally = source.counted.get(code_set.ref)
    if tally is None:
        return f"listed by {link} ({_reading(source)}), not counted yet"
    listed, held = tally
    if listed == 1:
        one = "the one code" if held else "none of the one code"
        return f"{one} of {link} ({_reading(source)})"
    return f"{held} of the {listed} codes of {link} ({_reading(source)})"


def line(code_set: CodeSet, up: str) -> str:
    """A code set's completeness in a sentence or two, ready for its page."""
    if not code_set.checked_against:
        return (
            "Compared with no source's whole list: none of the sources it cites declares how "
            "the drift command reads its codes."
        )
    phrases = [_held(code_set, source, up) for source in code_set.checked_against]
    said = "; ".join(phrases)
    sentence = f"{said[0].upper()}{said[1:]}." if said.startswith("listed") else f"Holds {said}."
    partial = [s for s in code_set.checked_against if s.read_in_part is not None]
    if partial:
        sentence += " Read in part: " + " ".join(
            f"{mk.text(s.title)}: {mk.text(s.read_in_part or '')}" for s in partial
        )
    return sentence


def held_cell(code_set: CodeSet) -> str:
    """The counts of a code set's sources, for its row in the provider's table."""
    counts = [
        f"{held} of {listed}" if tally is not None else "not counted yet"
        for source in code_set.checked_against
        for tally in [source.counted.get(code_set.ref)]
        for listed, held in [tally or (0, 0)]
    ]
    return mk.cell("; ".join(counts) or None)


def table(provider: Provider, up: str) -> str:
    """A provider's code sets with the sources that list each, how much of them the catalog
    holds and how each was read, as an HTML table (between the marks of a raw region)."""
    rows = []
    for code_set in provider.code_sets:
        listing = code_set.checked_against
        rows.append(
            (
                cells.code_set_link(code_set, up),
                len(code_set.codes),
                cells.sources(listing, up) if listing else mk.cell("no source's whole list read"),
                held_cell(code_set),
                mk.cell("; ".join(_reading(s) for s in listing) or None),
            )
        )
    return mk.table(("Code set", "Codes", "Listed by", "Holds", "Read"), rows, excluded=True)
