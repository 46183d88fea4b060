"""How whole each code set is: for every code set, the sources that list it (those whose
extractor reads it), how many of a source's values the catalog holds, and what of the source was
read only in part.

A source's list is known where its extractor read a copy in this run (the copy's count), else
where the spec records what drift counted at its pin (`counted`); a code set whose codes no
source's extractor reads is said to be compared with no source's whole list, with the sources
it cites. The counts of a copy are checked against those the spec records: a source that now
lists another number, or of which the catalog now holds another number, is a `count`
difference, with the edit that records the new counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal

from codegen.drift.differences import Difference
from codegen.drift.extract import Published
from codegen.spec import Catalog, CodeSet

#: A code set's count in one source: how many values it lists, and how many the catalog holds.
Tally = tuple[int, int]


def tallies(spec: Catalog, published: list[Published]) -> dict[str, Tally]:
    """How many distinct values each code set of `published` lists, and how many of them the
    catalog holds (a value listed beside its alias counts once), in the order first listed."""
    values: dict[str, dict[str, None]] = {}
    for item in published:
        values.setdefault(item.code_set, {})[item.value] = None
    found: dict[str, Tally] = {}
    for ref, listed in values.items():
        code_set = _code_set(spec, ref)
        integer = code_set.wire_type == "integer"
        owner = {
            key: index
            for index, code in enumerate(code_set.codes)
            for key in (code.value, *code.aliases)
        }
        held: set[int] = set()
        lacking: set[str] = set()
        for value in listed:
            text = _decimal(value) if integer else value
            if text in owner:
                held.add(owner[text])
            else:
                lacking.add(text)
        found[ref] = (len(held) + len(lacking), len(held))
    return found


def _decimal(value: str) -> str:
    """An integer's decimal text ("+07" is "7"); a value that is none is left as it is."""
    return str(int(value)) if re.fullmatch(r"[+-]?[0-9]{1,30}", value) else value


def _code_set(spec: Catalog, ref: str) -> CodeSet:
    provider, _, name = ref.partition(".")
    return spec.providers[provider].code_sets[name]


def differences(spec: Catalog, source_id: str, found: dict[str, Tally]) -> list[Difference]:
    """The code sets whose counts in a copy of `source_id` differ from those the spec records
    (none while the source is not counted yet), each with the edit that records the new one."""
    source = spec.sources[source_id]
    if not source.counted:
        return []
    at = f"/sources/{source_id.replace('~', '~0').replace('/', '~1')}/counted"
    recorded = {count.code_set: (index, count) for index, count in enumerate(source.counted)}
    out: list[Difference] = []
    for ref, (listed, held) in found.items():
        index, count = recorded.get(ref, (None, None))
        if count is not None and (count.listed, count.held) == (listed, held):
            continue
        said = "not counted" if count is None else f"{count.held} of {count.listed}"
        value = {"code_set": ref, "listed": listed, "held": held}
        edits: tuple[dict[str, Any], ...] = (
            ({"op": "add", "path": f"{at}/-", "value": value},)
            if index is None
            else (
                {"op": "replace", "path": f"{at}/{index}/listed", "value": listed},
                {"op": "replace", "path": f"{at}/{index}/held", "value": held},
            )
        )
        detail = f"the source lists {listed}, of which the catalog holds {held}; the spec records"
        out.append(Difference("count", ref, "", f"{detail} {said}", edits=edits))
    return out


def recorded(found: dict[str, Tally]) -> list[dict[str, Any]]:
    """Counts as the spec records them (`counted`)."""
    return [
        {"code_set": ref, "listed": listed, "held": held} for ref, (listed, held) in found.items()
    ]


# -- the report ----------------------------------------------------------------------------------

Origin = Literal["copy", "spec"]


@dataclass(frozen=True)
class Listing:
    """One source's list of a code set: its count and where the count comes from (a copy read
    now, the spec's record, or None: not counted yet), and what of it was read in part."""

    source: str
    title: str
    tally: Tally | None
    origin: Origin | None
    read_in_part: str | None


@dataclass(frozen=True)
class Entry:
    """A code set's completeness: the sources that list it, or those it cites where none is
    read by an extractor."""

    code_set: str
    codes: int
    listings: tuple[Listing, ...]
    cited: tuple[str, ...]


def report(spec: Catalog, read: dict[str, dict[str, Tally]]) -> list[Entry]:
    """Every code set's completeness; `read` holds the counts of the copies read in this run,
    by source."""
    readers: dict[str, list[str]] = {}
    for source_id, source in spec.sources.items():
        for ref in spec.extracted(source):
            readers.setdefault(ref, []).append(source_id)
    entries = []
    for provider_id, provider in spec.providers.items():
        for name, code_set in provider.code_sets.items():
            ref = f"{provider_id}.{name}"
            listings = tuple(_listing(spec, i, ref, read) for i in readers.get(ref, ()))
            cited = dict.fromkeys(
                [*code_set.sources, *(s for code in code_set.codes for s in code.sources)]
            )
            entries.append(Entry(ref, len(code_set.codes), listings, tuple(cited)))
    return entries


def _listing(spec: Catalog, source_id: str, ref: str, read: dict[str, dict[str, Tally]]) -> Listing:
    source = spec.sources[source_id]
    spec_counts = {c.code_set: (c.listed, c.held) for c in source.counted}
    tally: Tally | None
    origin: Origin | None
    if ref in read.get(source_id, {}):
        tally, origin = read[source_id][ref], "copy"
    elif ref in spec_counts:
        tally, origin = spec_counts[ref], "spec"
    else:
        tally, origin = None, None
    return Listing(source_id, source.title, tally, origin, source.read_in_part)


def line(entry: Entry) -> str:
    """A code set's completeness in one line."""
    if not entry.listings:
        cites = ", ".join(entry.cited) or "none"
        return (
            f"{entry.code_set}: {entry.codes} code(s); no source's whole list is read "
            f"(it cites {cites})"
        )
    parts = []
    for listing in entry.listings:
        read = "read in part" if listing.read_in_part else "read whole"
        if listing.tally is None:
            parts.append(f"{listing.source} lists it, not counted yet ({read})")
            continue
        listed, held = listing.tally
        where = "in the copy read" if listing.origin == "copy" else "at its pin"
        parts.append(f"holds {held} of the {listed} of {listing.source} ({read}; counted {where})")
    return f"{entry.code_set}: " + "; ".join(parts)


def text(entries: list[Entry]) -> str:
    """The report as text: a line per code set, then what of the sources was read in part."""
    lines = ["Completeness of each code set (the catalog against each source's whole list):"]
    lines += [f"  {line(entry)}" for entry in entries]
    partial = {
        listing.source: listing.read_in_part
        for entry in entries
        for listing in entry.listings
        if listing.read_in_part
    }
    if partial:
        lines.append("Read in part:")
        lines += [f"  {source}: {what}" for source, what in sorted(partial.items())]
    whole = sum(
        1
        for e in entries
        if e.listings and all(x.tally and x.tally[0] == x.tally[1] for x in e.listings)
    )
    lines.append(
        f"{len(entries)} code set(s): {whole} hold every value their sources list, "
        f"{sum(1 for e in entries if not e.listings)} compared with no source's whole list"
    )
    return "\n".join(lines)


def as_json(entries: list[Entry]) -> list[dict[str, Any]]:
    """The report as JSON: each code set with its sources' counts."""
    return [
        {
            "code_set": entry.code_set,
            "codes": entry.codes,
            "sources": [
                {
                    "source": listing.source,
                    "listed": listing.tally[0] if listing.tally else None,
                    "held": listing.tally[1] if listing.tally else None,
                    "counted": listing.origin,
                    "read_in_part": listing.read_in_part,
                }
                for listing in entry.listings
            ],
            "cited": list(entry.cited),
        }
        for entry in entries
    ]
