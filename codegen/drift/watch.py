"""`python -m codegen.drift --fetch`: the catalog against what each source publishes today.

Every source that declares an extractor (or those named) is fetched (codegen.drift.fetch) and
read by the same extractors and comparison as a saved copy. A page fetched as HTML for a source
read as Markdown is turned into Markdown first (markdownify: its headings and tables as
Markdown's). A source that cannot be fetched is reported as unreachable, never as drift.

With `write`, what needs no judgment is written to the spec, keeping its formatting
(codegen.spectext): the provider's changed words and HTTP statuses, where the catalog holds its
words verbatim (the `text` and `http` differences that replace or add), the counts of what a source
lists and the catalog holds (`count`), and a new pin for every source that is then in sync: a
repository file's commit (its address with it) and the day it was checked, a page's SHA-256 and the
day it was retrieved and checked, and the counts of a source not counted yet. Everything else (a
new code, a code gone, a group, a transition) is reported with the spec edit that would resolve it,
and nothing is written for it. The spec is checked whole before it is written; the result of every
source goes to watch.json beside it, which the site's drift page shows.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from codegen import loader, spectext
from codegen.drift import check_counted, completeness, limits, passages, quotes
from codegen.drift.completeness import Tally
from codegen.drift.differences import Difference
from codegen.drift.errors import DriftInputError
from codegen.drift.fetch import Address, Fetcher, address
from codegen.drift.fetched import Fetched, RefusedSource, Unreachable
from codegen.errors import SpecError
from codegen.spec import Catalog, Source

State = Literal["in sync", "drift", "unreadable", "unreachable", "refused", "not fetched"]
#: The states of a source the run could not read: each is a finding (exit 3, or 4 with drift).
FAILED: tuple[State, ...] = ("unreachable", "refused")
#: The differences that need no judgment: the provider's words and statuses, as it publishes
#: them now, where the catalog holds them verbatim.
WRITABLE = ("text", "http", "count")


@dataclass
class Result:
    """What one source gave: its state, why (a reason, a count), its differences, and the
    edits written for it."""

    source: str
    state: State
    detail: str = ""
    differences: list[Difference] = field(default_factory=list)
    written: list[dict[str, Any]] = field(default_factory=list)
    commit: str | None = None
    #: The SHA-256 of the body as fetched (what a page's new pin records).
    digest: str | None = None
    not_modified: bool = False
    #: Why a repository file read at HEAD has no commit to pin (its commit could not be asked).
    unpinned: str | None = None
    #: What the copy lists of each code set its extractor reads, and how much the catalog holds.
    counts: dict[str, Tally] = field(default_factory=dict)


def watch(
    spec: Catalog,
    fetcher: Fetcher,
    ids: list[str],
    seen: Counter[tuple[str, str]],
) -> list[Result]:
    """Fetch and compare every source that declares an extractor or that a quoted text cites
    (or `ids`), in id order; then judge the quoted texts that cite several of them."""
    chosen = _chosen(spec, ids)
    results: dict[str, Result] = {}
    addresses: dict[str, Address] = {}
    for source_id, source in chosen.items():
        where = address(source)
        if isinstance(where, str):
            results[source_id] = Result(source_id, "not fetched", where)
        else:
            addresses[source_id] = where
    read: dict[str, str] = {}
    for source_id, outcome in fetcher.fetch_all(addresses).items():
        if isinstance(outcome, RefusedSource):
            results[source_id] = Result(source_id, "refused", str(outcome))
        elif isinstance(outcome, Unreachable):
            results[source_id] = Result(source_id, "unreachable", str(outcome))
        else:
            source, where = chosen[source_id], addresses[source_id]
            results[source_id] = _compared(spec, source, where, outcome, seen, read)
    first_cited = {quote.pointer: quote.sources[0] for quote in quotes.quotes(spec)}
    for difference in quotes.check(spec, read, only_shared=True):
        # A text citing several sources is reported with the first it cites.
        result = results[first_cited[difference.where]]
        result.differences.append(difference)
        result.state = "drift"
        result.detail = f"{len(result.differences)} difference(s)"
    return [results[source_id] for source_id in sorted(results)]


def _chosen(spec: Catalog, ids: list[str]) -> dict[str, Source]:
    quoting = quotes.cited_by_quotes(spec)
    if not ids:
        return {
            i: s
            for i, s in spec.sources.items()
            if s.extract is not None or (i in quoting and not isinstance(address(s), str))
        }
    chosen = {}
    for source_id in ids:
        source = spec.sources.get(source_id)
        if source is None:
            raise DriftInputError(f"the spec has no source {source_id[:100]!r}")
        if source.extract is None and source_id not in quoting:
            raise DriftInputError(
                f"source {source_id!r} declares no extractor and no quoted text cites it"
            )
        chosen[source_id] = source
    return chosen


def _compared(
    spec: Catalog,
    source: Source,
    where: Address,
    fetched: Fetched,
    seen: Counter[tuple[str, str]],
    read: dict[str, str],
) -> Result:
    state = Result(
        source.id,
        "in sync",
        commit=fetched.commit,
        digest=fetched.sha256,
        not_modified=fetched.not_modified,
        unpinned=fetched.unpinned,
    )
    with tempfile.TemporaryDirectory() as folder:
        path: Path | None = None
        try:
            path = _saved(Path(folder), source, where, fetched)
            differences, state.counts = check_counted(spec, source.id, path, seen)
            read[source.id] = passages.passages(path)
        except DriftInputError as error:
            detail = str(error)
            if path is not None:
                detail = detail.replace(str(path), f"the copy of {where.url}")
            state.state, state.detail = "unreadable", _said(detail, fetched)
            return state
    state.differences = differences
    if differences:
        state.state, state.detail = "drift", f"{len(differences)} difference(s)"
    state.detail = _said(state.detail, fetched)
    return state


def _said(detail: str, fetched: Fetched) -> str:
    """A result's detail, with why the file has no commit to pin when its look-up failed."""
    unpinned = f"{fetched.unpinned}, not pinned" if fetched.unpinned is not None else ""
    return "; ".join(filter(None, [detail, unpinned]))


def _saved(folder: Path, source: Source, where: Address, fetched: Fetched) -> Path:
    """The fetched body as a file its extractor reads: a page fetched as HTML turned into
    Markdown where the source is read as Markdown."""
    form = source.extract.format if source.extract is not None else None
    body = fetched.body
    suffix = Path(where.path or where.url.split("?")[0]).suffix
    looks_html = body.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"<"
    if form is None:  # read for its words alone, as a saved copy of the same name would be
        suffix = suffix.lower() or _SUFFIXES.get(fetched.content_type.split(";")[0].strip(), "")
        if not suffix:
            suffix = ".html" if looks_html else ".txt"
    elif form == "markdown":
        if looks_html and suffix.lower() not in (".md", ".markdown"):  # a page as served: HTML
            body = _markdown(body)
        suffix = ".md"
    elif form == "html":
        suffix = ".html"
    elif form == "csv":
        suffix = ".csv"
    elif form == "openapi" and suffix not in (".json", ".yaml", ".yml"):
        suffix = ".yml"
    elif form == "typescript" and suffix not in (".ts", ".tsx", ".js", ".mjs"):
        suffix = ".ts"
    path = folder / f"{source.id}{suffix}"
    path.write_bytes(body)
    return path


#: The kind of copy a fetched body with no suffix in its address is read as, by its type.
_SUFFIXES = {
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "text/markdown": ".md",
    "application/json": ".json",
    "application/yaml": ".yml",
    "text/yaml": ".yml",
    "text/plain": ".txt",
}


def _markdown(html: bytes) -> bytes:
    from markdownify import markdownify

    text = html.decode("utf-8", "replace")
    limits.html_depth(text, "the fetched page")
    # Codes are written as they are: no backslash before an underscore or an asterisk.
    try:
        converted: str = markdownify(
            text,
            heading_style="ATX",
            strip=["script", "style"],
            escape_underscores=False,
            escape_asterisks=False,
            escape_misc=False,
        )
    except RecursionError:
        raise DriftInputError("the fetched page nests too deeply to read as Markdown") from None
    return converted.encode("utf-8")


# -- writing what needs no judgment --------------------------------------------------------------


def write(
    spec_path: Path,
    spec: Catalog,
    results: list[Result],
    today: datetime.date,
    read_as: str | None = None,
) -> None:
    """Write the edits that need no judgment and the new pins (see the module's docstring);
    the spec is checked whole first, and nothing is written when it would not load, or when it
    is no longer the file whose SHA-256 was `read_as` (changed while the sources were fetched:
    its edits, made by position, could land on other entries)."""
    text = spec_path.read_text(encoding="utf-8")
    if read_as is not None and hashlib.sha256(text.encode("utf-8")).hexdigest() != read_as:
        raise DriftInputError(
            f"{spec_path} changed while the sources were fetched: nothing written (run again)"
        )
    operations: list[dict[str, Any]] = []
    for result in results:
        writable = [d for d in result.differences if _writable(d)]
        result.written = [edit for d in writable for edit in d.edits]
        operations += result.written
        pinned_by_file = spec.sources[result.source].seed is not None
        settled = len(writable) == len(result.differences)
        pinnable = result.unpinned is None and not pinned_by_file
        if result.state in ("in sync", "drift") and settled and pinnable:
            pin = _pin(spec.sources[result.source], result, today)
            result.written += pin
            operations += pin
    try:
        new = spectext.apply(text, operations)
    except spectext.EditError as error:
        raise DriftInputError(str(error)) from None
    try:
        with loader.staged(new, spec_path) as staged:
            staged.replace(spec_path)
    except SpecError as error:
        first = error.problems[0].render(error.filename)
        raise DriftInputError(
            f"the edits would break the spec ({first}): nothing written"
        ) from None
    day = today.isoformat()
    report = {
        "$comment": "written by `python -m codegen.drift --fetch --write`: the last watch",
        "day": day,
        "results": {r.source: {"state": r.state, "detail": r.detail} for r in results},
    }
    replace_text(
        spec_path.parent / "watch.json", json.dumps(report, indent=2, ensure_ascii=False) + "\n"
    )


def replace_text(path: Path, text: str) -> None:
    """Write `text` to `path` whole or not at all: into a file beside it, then renamed over it
    (a reader never sees half a file, and a failure leaves the old one)."""
    with tempfile.NamedTemporaryFile(
        "w", encoding="utf-8", newline="\n", dir=path.parent, prefix=f".{path.name}.", delete=False
    ) as staged:
        staged.write(text)
    try:
        Path(staged.name).chmod(_mode(path))
        Path(staged.name).replace(path)
    except OSError:
        Path(staged.name).unlink(missing_ok=True)
        raise


def _mode(path: Path) -> int:
    """The mode a file written over `path` keeps: its own, else what a new file is given (the
    temporary file it is written through is readable by its owner alone)."""
    import os

    try:
        return path.stat().st_mode & 0o777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def _writable(difference: Difference) -> bool:
    """An edit of the provider's words or statuses that the spec can hold as it is (a text
    the spec would refuse, such as one with control characters, is left to a person)."""
    return difference.kind in WRITABLE and all(
        edit.get("op") in ("add", "replace") and _holdable(edit.get("value"))
        for edit in difference.edits
    )


def _holdable(value: object) -> bool:
    from pydantic import ConfigDict, TypeAdapter, ValidationError

    from codegen.spec.base import Text

    if not isinstance(value, str):
        return True
    try:
        TypeAdapter(Text, config=ConfigDict(regex_engine="python-re")).validate_python(value)
    except ValidationError:
        return False
    return True


def _pin(source: Source, result: Result, today: datetime.date) -> list[dict[str, Any]]:
    """The edits that pin `source` to what was fetched now."""
    at, day = f"/sources/{_escaped(source.id)}", today.isoformat()
    edits: list[dict[str, Any]] = []
    if source.commit is not None and source.url is not None:
        if result.commit is None:  # a folder or a seed: nothing fetched, nothing pinned
            return []
        url = source.url.replace(f"/{source.commit}/", f"/{result.commit}/", 1)
        edits += [
            {"op": "replace", "path": f"{at}/commit", "value": result.commit},
            {"op": "replace", "path": f"{at}/url", "value": url},
        ]
    else:
        assert result.digest is not None, "a fetched source has a digest"
        edits += [
            {"op": "add", "path": f"{at}/retrieved", "value": day},
            {"op": "add", "path": f"{at}/sha256", "value": result.digest},
        ]
    if result.counts and not source.counted:  # counted once; a change is a `count` difference
        edits.append(
            {"op": "add", "path": f"{at}/counted", "value": completeness.recorded(result.counts)}
        )
    return [*edits, {"op": "add", "path": f"{at}/checked", "value": day}]


def _escaped(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")
