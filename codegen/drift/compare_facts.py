"""The facts of one code of the catalog against the rows a source publishes for it
(codegen.drift.compare): its texts (`text`), the name published for its value (`name`), its HTTP
statuses (`http`) and its type memberships (`group`), each difference with the spec edit that
would resolve it."""

from __future__ import annotations

from typing import Any, Literal

from codegen.drift.differences import Difference
from codegen.drift.extract import Published
from codegen.spec import Code, HttpEntry

#: The texts of a code a source may publish.
TEXTS: tuple[Literal["description", "message"], ...] = ("description", "message")


def norm(text: str | None) -> str | None:
    return " ".join(text.split()) if text else None


def published_groups(items: list[Published]) -> list[str]:
    return sorted({item.group for item in items if item.group})


def _cites(code: Code, key: Literal["description", "message"], source_id: str) -> bool:
    """Whether the code's `key` text was taken from `source_id`."""
    if code.editorial and key == "description":
        return False
    if key in code.own_words:
        return False
    refs = code.text_sources.get(key)
    return source_id in (code.sources if refs is None else refs)


def _as_written(entry: HttpEntry) -> dict[str, Any]:
    """An entry of the spec as its JSON writes it (for an edit that writes it back)."""
    return entry.model_dump(mode="json", by_alias=True, exclude_unset=True)


def facts(
    source_id: str, ref: str, code: Code, items: list[Published], titles: dict[str, str], at: str
) -> list[Difference]:
    """The differences in the facts of a code (at `at` in the spec) the source's rows read: its
    texts, name, HTTP statuses and groups."""
    reads = {key for item in items for key in item.reads}
    found = [
        difference
        for key in TEXTS
        if key in reads and _cites(code, key, source_id)
        for difference in _text(ref, code, key, items, at)
    ]
    if "name" in reads:
        found += _name(ref, code, items, at)
    if "http" in reads:
        found += _http(source_id, ref, code, items, at)
    if "group" in reads and titles:
        found += _group(ref, code, items, titles, at)
    return found


def _text(
    ref: str, entry: Code, key: Literal["description", "message"], items: list[Published], at: str
) -> list[Difference]:
    """The code's `key` text when none of the rows publishes it (whitespace normalised)."""
    texts = list(dict.fromkeys(norm(getattr(i, key)) for i in items if getattr(i, key)))
    ours = norm(getattr(entry, key))
    if ours in texts or (ours is None and not texts):
        return []
    published = texts[0] if texts else None
    rows = f" (and {len(texts) - 1} other row(s))" if len(texts) > 1 else ""
    edit: dict[str, Any] = {"op": "remove", "path": f"{at}/{key}"}
    if published is not None:
        edit = {"op": "replace" if ours else "add", "path": f"{at}/{key}", "value": published}
    detail = f"{key}: catalog {ours!r}, source {published!r}{rows}"
    return [Difference("text", ref, entry.value, detail, items[0].where, (edit,))]


def _name(ref: str, entry: Code, items: list[Published], at: str) -> list[Difference]:
    """The code's name when the rows publish names and none is the catalog's."""
    names = list(dict.fromkeys(item.name for item in items if item.name))
    if not names or entry.name in names:
        return []
    rows = f" (and {len(names) - 1} other row(s))" if len(names) > 1 else ""
    edit = {"op": "replace" if entry.name else "add", "path": f"{at}/name", "value": names[0]}
    detail = f"name: catalog {entry.name!r}, source {names[0]!r}{rows}"
    return [Difference("name", ref, entry.value, detail, items[0].where, (edit,))]


def _http(
    source_id: str, ref: str, entry: Code, items: list[Published], at: str
) -> list[Difference]:
    """The HTTP statuses the catalog cites the source for, when the rows publish others (the
    statuses other sources give are kept)."""
    published = sorted({status for item in items for status in item.http})
    ours = sorted({h.status for h in entry.http if source_id in h.sources})
    if not published or ours == published:
        return []
    others = [_as_written(h) for h in entry.http if source_id not in h.sources]
    mine = [{"status": s, "sources": [source_id]} for s in published]
    edit = {"op": "replace", "path": f"{at}/http", "value": others + mine}
    detail = f"HTTP status: catalog {ours}, source {published}"
    return [Difference("http", ref, entry.value, detail, items[0].where, (edit,))]


def _group(
    ref: str, entry: Code, items: list[Published], titles: dict[str, str], at: str
) -> list[Difference]:
    """The groups the rows publish the code under that the catalog does not place it in."""
    groups = ([entry.group] if entry.group is not None else []) + list(entry.also_in_groups)
    ours = sorted(titles.get(g, g) for g in groups)
    published = published_groups(items)
    if not published or set(published) <= set(ours):
        return []
    ids = {title: gid for gid, title in titles.items()}
    new = [ids.get(g, g) for g in published if g not in ours]
    edit = (
        {"op": "add", "path": f"{at}/also_in_groups", "value": [*entry.also_in_groups, *new]}
        if entry.group is not None
        else {"op": "add", "path": f"{at}/group", "value": new[0]}
    )
    detail = f"published under {published}, catalog has {ours}"
    return [Difference("group", ref, entry.value, detail, items[0].where, (edit,))]
