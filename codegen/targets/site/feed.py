"""The Atom feed of the changelog (site/docs/reference/changelog.xml): one entry per code
added, deprecated, changed or removed in each dated release, with its provider, its code set
and the reason where the catalog gives one. Entries are identified by UUIDs derived from the
release and the code, so that a feed reader sees each change once; links are relative to the
feed unless the catalog names its reference site."""

from __future__ import annotations

import uuid
import xml.etree.ElementTree as ET
from collections.abc import Iterator

from codegen import changelog
from codegen.model import REFERENCE, Catalog, Code
from codegen.targets.site import pages
from codegen.targets.target import Files

ATOM = "http://www.w3.org/2005/Atom"
FILE = "changelog.xml"
#: The namespace of the feed's entry ids (a fixed UUID; no address).
IDS = uuid.uuid5(uuid.NAMESPACE_OID, "bankcodes changelog")


def dated(catalog: Catalog) -> list[changelog.Release]:
    """The releases the feed lists: those with a previous one and a release date."""
    return [
        release
        for release in changelog.history(catalog)
        if release.previous is not None and release.version in catalog.release_dates
    ]


def files(catalog: Catalog) -> Files:
    """The feed, when at least one release with changes is dated."""
    dated_releases = dated(catalog)
    if not dated_releases:
        return {}
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    if catalog.about.documentation:
        base = f"{catalog.about.documentation.rstrip('/')}/{REFERENCE}/"
        feed.set("{http://www.w3.org/XML/1998/namespace}base", base)
    _text(feed, "id", f"urn:uuid:{IDS}")
    _text(feed, "title", "bankcodes: changes to the catalog of codes")
    _text(feed, "subtitle", "Codes added, deprecated, changed and removed, release by release.")
    _text(feed, "updated", _stamp(catalog.release_dates[dated_releases[0].version]))
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=FILE)
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="alternate", href="changelog/")
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    _text(author, "name", "bankcodes")
    codes = {(c.provider.id, c.code_set.id, c.value): c for c in catalog.codes}
    names = {p.id: p.name for p in catalog.providers}
    for release in dated_releases:
        stamp = _stamp(catalog.release_dates[release.version])
        for kind, key, title, summary in _changes(release, codes):
            entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
            _text(
                entry, "id", f"urn:uuid:{uuid.uuid5(IDS, '/'.join((release.version, kind, *key)))}"
            )
            provider, code_set, value = key
            code = codes.get(key)
            where = f"{names.get(provider, provider)} {code.code_set.title if code else code_set}"
            _text(entry, "title", f"{release.version}: {title} {value} ({where})")
            _text(entry, "updated", stamp)
            if code is not None:
                ET.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", href=code.page)
            ET.SubElement(entry, f"{{{ATOM}}}category", term=provider)
            _text(entry, "summary", summary)
    ET.indent(feed)
    text = ET.tostring(feed, encoding="unicode", xml_declaration=False)
    head = f'<?xml version="1.0" encoding="utf-8"?>\n<!-- {catalog.header} -->\n'
    return {f"{pages.ROOT}/{FILE}": f"{head}{text}\n"}


def _changes(
    release: changelog.Release, codes: dict[tuple[str, str, str], Code]
) -> Iterator[tuple[str, tuple[str, str, str], str, str]]:
    """(kind, key, title, summary) of each change of a release."""
    diff = release.diff
    for key in diff.added:
        yield "added", key, "added", f"Added to the catalog since {release.previous}."
    for key, state, note in diff.deprecated:
        yield state, key, state, note
    for change in diff.changed:
        parts = []
        for name, old, new in change.fields:
            if name != "category":
                parts.append(f"{changelog.TRACKED.get(name, name)} changed")
                continue
            reason = changelog.category_reason(codes.get(change.key), old, release.version)
            parts.append(f"category {old} → {new}" + (f": {reason}" if reason else ""))
        yield "changed", change.key, "changed", "; ".join(parts) + "."
    for key in diff.removed:
        yield "removed", key, "removed", "Removed from the catalog."


def _text(parent: ET.Element, tag: str, text: str) -> None:
    ET.SubElement(parent, f"{{{ATOM}}}{tag}").text = text


def _stamp(day: str) -> str:
    return f"{day}T00:00:00Z"
