"""A claim of absence ("publishes no list", "no signature", "does not describe it") rests on a
complete reading of its source: no text of the catalog says that a source publishes nothing
somewhere while it rests on a source marked read in part (`read_in_part`), unless the same
sentence says what was not read. And a note recording where a reading stopped ("the copy read
ends before …") names a source marked read in part: a page's copy that stops is not the page's
end."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from tests.support.helpers import spec_data

#: The words of a claim that a source publishes nothing somewhere.
ABSENCE = re.compile(
    r"\b(publish(?:es|ed)? (?:no|none|nothing)\b|not published|(?:does|do) not publish|"
    r"no list\b|no signature|signs? (?:no|nothing)\b|no retr(?:y|ies)\b|"
    r"(?:does|do) not describe|describes? (?:no|none|nothing)\b|not described|"
    r"gives no\b|states? no\b|says nothing|not documented|undocumented|no text\b)",
    re.IGNORECASE,
)
#: The words of a sentence that says itself what was not read (so its claim is of the part read).
SAID_UNREAD = re.compile(
    r"\b(not read|read in part|could not be read|cannot be read|the part read|"
    r"as far as (?:it|they) could be read)\b",
    re.IGNORECASE,
)
#: The words of a note that records where a reading of a copy stopped.
CUT = re.compile(
    r"\b(cop(?:y|ies)(?: read)? (?:ends?|stops?|(?:is|was|are) cut)|could not be read in full|"
    r"read only in part)",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"(?<=[.;])\s+")


def _texts(
    node: object, path: str, sources: tuple[str, ...]
) -> Iterator[tuple[str, str, tuple[str, ...]]]:
    """Every text of the catalog: its JSON pointer, the text, and the sources it rests on (its
    field's text_sources, else the nearest sources around it)."""
    if isinstance(node, dict):
        here = tuple(node.get("sources", ())) or sources
        by_field: dict[str, Any] = node.get("text_sources", {})
        for key, value in node.items():
            if key in ("sources", "text_sources", "extract"):
                continue
            field_sources = tuple(by_field.get(key, ())) or here
            yield from _texts(value, f"{path}/{key}", field_sources)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _texts(value, f"{path}/{index}", sources)
    elif isinstance(node, str):
        yield path, node, sources


def _catalog_texts() -> list[tuple[str, str, tuple[str, ...]]]:
    data = spec_data()
    found = list(_texts(data["providers"], "/providers", ()))
    found += _texts(data["payloads"], "/payloads", ())
    return found


def _partial() -> dict[str, str]:
    return {
        source_id: source["read_in_part"]
        for source_id, source in spec_data()["sources"].items()
        if source.get("read_in_part")
    }


def test_the_words_of_absence_are_found_where_they_are_written() -> None:
    said = [
        "Belvo publishes no text for it.",
        "The page does not describe the retry interval.",
        "Yapily's webhooks: not described.",
        "GoCardless sends no signature.",
    ]
    assert [bool(ABSENCE.search(text)) for text in said] == [True, True, True, True]
    assert not ABSENCE.search("The copy read ends before the list; the rest was not read.")
    assert SAID_UNREAD.search("The part read gives no text; the rest was not read.")


def test_no_absence_claim_rests_on_a_source_read_in_part() -> None:
    partial = _partial()
    resting = {}
    for path, text, sources in _catalog_texts():
        for sentence in _SENTENCE.split(text):
            if not ABSENCE.search(sentence) or SAID_UNREAD.search(sentence):
                continue
            cut = [source for source in sources if source in partial]
            if cut:
                resting[f"{path}: {sentence[:120]}"] = cut
    assert resting == {}, (
        "each of these says a source publishes nothing while it rests on a source read in "
        "part: say what was read and that the rest was not read, or cite a complete reading"
    )


def test_a_reading_that_stopped_names_a_source_marked_read_in_part() -> None:
    partial = _partial()
    unmarked = {}
    for path, text, sources in _catalog_texts():
        for sentence in _SENTENCE.split(text):
            if CUT.search(sentence) and sources and not any(s in partial for s in sources):
                unmarked[f"{path}: {sentence[:120]}"] = list(sources)
    assert unmarked == {}, (
        "each of these notes where a reading stopped, but none of its sources is marked "
        "read_in_part: mark the source that was read in part, saying what was and was not read"
    )


def _cited(node: object) -> Iterator[str]:
    """Every source a fact of the catalog cites: a text's, an HTTP status's, a scheme's."""
    if isinstance(node, dict):
        yield from node.get("sources", ())
        for field, value in node.items():
            if field == "text_sources":
                yield from (source for sources in value.values() for source in sources)
            elif field != "sources":
                yield from _cited(value)
    elif isinstance(node, list):
        for value in node:
            yield from _cited(value)


def test_a_source_read_in_part_is_cited() -> None:
    data = spec_data()
    cited = set(_cited(data["providers"])) | set(_cited(data["payloads"]))
    assert set(_partial()) - cited == set()
