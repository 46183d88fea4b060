"""Where each reference page lives (relative to site/docs/reference/), and the words the pages
use for the spec's fixed values."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from codegen.model import Category, Code, CodeSet, PayloadKind, Provider, Source

ROOT = "site/docs/reference"
#: The id of the heading above the detail blocks of a code-set page. It starts with an
#: underscore, which no code anchor does.
CODES_HEADING = "_codes"


#: The most codes a page shows in full. A code set with more is split: its page keeps the table
#: of every code (whose rows keep the codes' addresses, "set/#CODE", and lead on to them), and a
#: page of its own holds the codes of each of its groups (ungrouped codes together), in pages of
#: at most this many codes, so that no page outgrows what a phone loads at once.
PAGE_CODES = 30


@dataclass(frozen=True)
class Part:
    """One page of a split code set's codes."""

    slug: str
    title: str
    codes: tuple[Code, ...]


def code_set_page(code_set: CodeSet) -> str:
    """The page of a code set, relative to the reference folder: the index of its folder when
    it is split into parts."""
    return f"{code_set.page}/index.md" if parts(code_set) else f"{code_set.page}.md"


def part_page(code_set: CodeSet, part: Part) -> str:
    return f"{code_set.page}/{part.slug}.md"


def code_page(code: Code) -> str:
    """The page that shows a code in full (its code set's, or the part holding it)."""
    part = _part_of(code.code_set).get(code.value)
    return code_set_page(code.code_set) if part is None else part_page(code.code_set, part)


@functools.lru_cache(maxsize=1024)  # bounded: one catalog's code sets, and a few more
def parts(code_set: CodeSet) -> tuple[Part, ...]:
    """The pages a code set's codes are shown on in full, in the code set's order of groups;
    none when one page holds them all. Each page holds its codes in A-Z order, as a reader
    looks for one; a group of more codes than a page holds is split by where they fall from A
    to Z, each page titled by the range it covers (Codes A-I, Codes J-W, with an en dash)."""
    if len(code_set.codes) <= PAGE_CODES:
        return ()
    grouped: dict[str, list[Code]] = {group.id: [] for group in code_set.groups}
    grouped[""] = []
    for code in code_set.codes:
        grouped[code.group.id if code.group else ""].append(code)
    titles = {group.id: group.title for group in code_set.groups}
    titles[""] = "Other codes" if code_set.groups else "Codes"
    found: list[Part] = []
    for key, codes in grouped.items():
        slug = key or ("other" if code_set.groups else "codes")
        ordered = sorted(codes, key=lambda code: _a_to_z(code.value))
        if not ordered:
            continue
        size = -(-len(ordered) // -(-len(ordered) // PAGE_CODES))  # as even as pages allow
        chunks = [ordered[at : at + size] for at in range(0, len(ordered), size)]
        if len(chunks) == 1:
            found.append(Part(slug, titles[key], tuple(ordered)))
            continue
        values = [[code.value for code in chunk] for chunk in chunks]
        for number, chunk in enumerate(chunks, 1):
            before = values[number - 2][-1] if number > 1 else ""
            after = values[number][0] if number < len(chunks) else ""
            start, end = _guide(chunk[0].value, before), _guide(chunk[-1].value, after)
            if start.casefold().startswith(end.casefold()):
                end = chunk[-1].value[: len(start)]
            title = f"{titles[key]} {start}" + ("" if end == start else f"\u2013{end}")
            found.append(Part(f"{slug}-{number}", title, tuple(chunk)))
    return tuple(found)


def _a_to_z(value: str) -> tuple[tuple[int, str], ...]:
    """A code's place from A to Z: case ignored, a run of digits read as its number."""
    runs = re.split(r"(\d+)", value.casefold())
    return tuple((int(run), "") if run.isdigit() else (-1, run) for run in runs)


def _guide(value: str, neighbour: str) -> str:
    """The start of `value` that tells it from the code across the page's edge (none: its first
    letter), as a dictionary's guide words; a code that starts with a digit, whole."""
    if value[:1].isdigit():
        return value
    pairs = zip(value.casefold(), neighbour.casefold(), strict=False)
    shared = next((at for at, (one, other) in enumerate(pairs) if one != other), len(neighbour))
    return value[: shared + 1]


@functools.lru_cache(maxsize=1024)  # bounded: one catalog's code sets, and a few more
def _part_of(code_set: CodeSet) -> dict[str, Part]:
    return {code.value: part for part in parts(code_set) for code in part.codes}


def provider_page(provider: Provider) -> str:
    return f"{provider.id}/index.md"


def category_page(category: Category) -> str:
    return f"categories/{category.id}.md"


def payload_page(kind: PayloadKind) -> str:
    return f"payloads/{kind.id}.md"


#: The page of the documents no one provider's sources take in (several cite them, or none).
SHARED_SOURCES = "shared"


def source_page(source: Source) -> str:
    """The page that lists a source: its provider's (Source.owner), or the shared one."""
    return source_page_of(source.owner)


def source_page_of(owner: str | None) -> str:
    """The sources page of a provider (by id), or of the shared documents (None)."""
    return f"sources/{owner or SHARED_SOURCES}.md"


ACTORS = {
    "end_user": "the end user",
    "integrator": "the integrator",
    "institution": "the institution",
    "nobody": "nobody",
}

#: How the sources page names each kind of source.
SOURCE_KINDS = {
    "seed": "provider documentation",
    "doc": "provider documentation",
    "repo": "provider repository",
    "third-party": "third party (corroboration)",
}

LANGUAGE_NAMES = {
    "en": "English",
    "fr": "French",
    "ar": "Arabic",
    "es": "Spanish",
    "pt": "Portuguese",
}


def language_name(tag: str) -> str:
    """A language tag for people: "French", or with its region "French (CA)"."""
    base, _, region = tag.partition("-")
    return LANGUAGE_NAMES[base] + (f" ({region})" if region else "")


#: How a provider that signs nothing lets deliveries be authenticated at the transport.
TRANSPORT = {
    "basic_auth": "HTTP basic authentication",
    "bearer_token": "a bearer token of its own choosing (Authorization: Bearer …)",
    "mutual_tls": "mutual TLS",
    "oauth2": "an OAuth 2 token",
    "ip_allowlist": "its published source addresses",
}

SCOPE_LABELS = {
    "regions": "regions",
    "sdks": "SDKs",
    "doc_versions": "document versions",
    "data_sources": "data sources",
    "endpoints": "endpoints",
}
