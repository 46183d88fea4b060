"""`python -m codegen release VERSION` (`make release VERSION=…`): release the catalog.

Compares spec/catalog.json with the last catalog in spec/released/, refuses a version that
understates the change (codegen.versioning) and a catalog that removes or renames a released
code, then sets spec_version and its release date in the spec (the rest of its text as written),
copies the spec to spec/released/<version>.json and writes the release notes beside it,
spec/released/<version>.md, which the release workflow attaches to the GitHub release. `make
release` then regenerates, so that both packages carry the version.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from codegen import changelog, loader, paths, specfile, spectext, versioning
from codegen.errors import SpecError
from codegen.filters import md_code, md_text


class ReleaseError(Exception):
    """A release that may not be made: nothing was written."""


def release(version: str, spec_path: Path, day: datetime.date) -> list[Path]:
    """Release the catalog at `spec_path` as `version`, dated `day`; the files written.
    SpecError when the spec, or a released catalog, cannot be read or breaks the spec's schema
    (the rest of what the spec must be is checked of the stamped spec, ReleaseError)."""
    shown = json.dumps(version[:40])
    if versioning.parse(version) is None:
        raise ReleaseError(
            f"the version {shown} is not MAJOR.MINOR.PATCH (three numbers of at most 9 digits, "
            "none with a leading zero, for example 1.2.0)"
        )
    folder = spec_path.parent / "released"
    copy, notes = folder / f"{version}.json", folder / f"{version}.md"
    if copy.exists():
        raise ReleaseError(f"{version} is released already: {paths.display(copy)} exists")
    filename = paths.display(spec_path)
    text = specfile.read_text(spec_path, filename)
    current = loader.checked(text, filename)
    history = loader.releases(folder)
    previous = (history[-1].version, history[-1].document) if history else None
    found: list[versioning.Change] = []
    if previous is not None:
        broken = changelog.breaking_changes(previous[1], current)
        if broken:
            raise ReleaseError(
                f"{broken[0]}: a released code is never removed or renamed, at any version"
            )
        found = versioning.changes(previous[1], current)
        refused = versioning.refusal(previous[0], version, found)
        if refused:
            raise ReleaseError(refused)
    released = _stamped(text, current, version, day, spec_path)
    folder.mkdir(exist_ok=True)
    copy.write_text(released, encoding="utf-8")
    written = notes_text(version, previous[0] if previous else None, found, day)
    notes.write_text(written, encoding="utf-8")
    spec_path.write_text(released, encoding="utf-8")
    return [spec_path, copy, notes]


def _stamped(
    text: str, current: Mapping[str, Any], version: str, day: datetime.date, spec_path: Path
) -> str:
    """The spec's text with its version and that version's release date set (the date of an
    earlier, unreleased spec_version dropped), checked to load as a spec."""
    dates = current.get("release_dates")
    edits: list[dict[str, Any]] = [{"op": "replace", "path": "/spec_version", "value": version}]
    if dates is None:
        edits.append({"op": "add", "path": "/release_dates", "value": {version: day.isoformat()}})
    else:
        stale = current["spec_version"]
        released = (spec_path.parent / "released" / f"{stale}.json").exists()
        if stale != version and stale in dates and not released:
            edits.append({"op": "remove", "path": f"/release_dates/{stale}"})
        edits.append({"op": "add", "path": f"/release_dates/{version}", "value": day.isoformat()})
    try:
        stamped = spectext.apply(text, edits)
    except spectext.EditError as error:
        raise ReleaseError(
            f"cannot set the version in {paths.display(spec_path)}: {error}"
        ) from None
    try:
        with loader.staged(stamped, spec_path):
            pass
    except SpecError as error:
        raise ReleaseError(
            f"the spec does not load ({error.problems[0].render(error.filename)})"
        ) from None
    return stamped


def _place(where: versioning.Key) -> str:
    """A change's place in Markdown: a code by its wire value with its provider and code set."""
    if len(where) == 3:
        return f"{md_code(where[2])} ({md_text(where[0])} {md_text(where[1])})"
    return " ".join(md_code(part) for part in where)


#: What a heading of the notes tells a user, where its title alone does not.
INTRODUCTIONS = {
    "behaviour": "A program that decides by these codes' category, `retryable` or "
    "`end_user_can_retry` decides otherwise from this release on.",
}


def _lines(found: list[versioning.Change]) -> Iterator[str]:
    for kind, (heading, _, _) in versioning.KINDS.items():
        mine = [change for change in found if change.kind == kind]
        if not mine:
            continue
        yield f"\n## {heading}\n"
        if kind in INTRODUCTIONS:
            yield f"{INTRODUCTIONS[kind]}\n"
        for change in mine:
            note = f" ({md_text(change.note)})" if change.note else ""
            yield f"- {_place(change.where)}: {md_text(change.what)}{note}"


def notes_text(
    version: str, previous: str | None, found: list[versioning.Change], day: datetime.date
) -> str:
    """The release notes, in Markdown: what changed since the previous release, under the
    headings of the kinds of change (the site's Releases page)."""
    head = [
        "<!-- written by `python -m codegen release` from the diff between the catalog of the "
        "previous release and this one's -->",
        f"# bankcodes {version} ({day.isoformat()})",
        "",
    ]
    if previous is None:
        return "\n".join([*head, "The first release of the catalog.", ""])
    level = versioning.needed(found)
    summary = f"Since {previous}: {len(found)} changes, which ask for a {level} release at least."
    if not found:
        summary = f"No change to the catalog since {previous}."
    return "\n".join([*head, summary, *_lines(found), ""])
