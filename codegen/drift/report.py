"""The report of `drift --fetch`: one line per source (text), a Markdown page (the watch's pull
request), or JSON with every difference and the spec edits proposed and written."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from codegen.drift.differences import Difference
from codegen.drift.shown import code, escaped, fenced
from codegen.drift.watch import FAILED, Result

#: How a difference of each kind is named in the report, where its name alone would not say
#: what it means (a value apps met in production, published since or not).
_NAMED = {"seen": "seen, not documented"}


def _kind(difference_kind: str, detail: str) -> str:
    if difference_kind == "missing" and "seen in production" in detail:
        return "published since"
    return _NAMED.get(difference_kind, difference_kind)


def text(results: list[Result], *, verbose: bool = False) -> str:
    """The report for a terminal: what a page says is shown escaped (no control character of
    it reaches the terminal) and cut short. A source with nothing to fetch is counted in the
    summary, or has its line with `verbose`."""
    lines = []
    for result in results:
        if result.state == "not fetched" and not verbose:
            continue
        detail = f": {escaped(result.detail)}" if result.detail else ""
        fresh = " (not modified since the last fetch)" if result.not_modified else ""
        commit = f" at {result.commit[:12]}" if result.commit else ""
        lines.append(f"{result.source}: {result.state}{detail}{commit}{fresh}")
        for item in result.differences:
            where = f" [{escaped(item.where)}]" if item.where else ""
            kind = _kind(item.kind, item.detail)
            value, said = escaped(str(item.value), 100), escaped(item.detail)
            lines.append(f"  {kind:10} {item.code_set} {value}: {said}{where}")
        if result.written:
            lines.append(f"  written: {len(result.written)} edit(s) of the spec")
    hidden = not verbose and any(result.state == "not fetched" for result in results)
    lines.append(summary(results) + (" (--verbose lists those not fetched)" if hidden else ""))
    return "\n".join(lines)


def summary(results: list[Result]) -> str:
    counts: dict[str, int] = {}
    for result in results:
        counts[result.state] = counts.get(result.state, 0) + 1
    parts = ", ".join(f"{count} {state}" for state, count in sorted(counts.items()))
    return f"{len(results)} source(s): {parts or 'none'}"


def partial(results: list[Result], read_in_part: dict[str, str]) -> str:
    """The line that lists the sources of this run read only in part (their facts hold for
    what was read; a new copy may show more), or "" when none is."""
    found = [result.source for result in results if result.source in read_in_part]
    if not found:
        return ""
    return (
        f"{len(found)} source(s) read in part (what was not read is on the sources page; a "
        f"copy of today may show more): {', '.join(found)}"
    )


def not_started(why: str) -> str:
    """The report of a run that did not start: its input could not be used (exit 2)."""
    return "\n".join(
        [
            "# The catalog against its sources, as published today",
            "",
            f"**The run did not start**: {code(why, 400)}. No source was read.",
            "",
        ]
    )


def markdown(results: list[Result], unwritten: str | None = None, read_in_part: str = "") -> str:
    """The watch's pull request: what was written, and what needs a person, with the edit;
    `unwritten` says why nothing was written, where nothing was. Every text a page gave is set
    in a code span or a fenced block (codegen.drift.shown), so the page cannot write links,
    mentions or HTML into the pull request."""
    lines = ["# The catalog against its sources, as published today", "", summary(results), ""]
    failed = [result for result in results if result.state in FAILED]
    if failed:
        lines += [
            f"**{len(failed)} source(s) could not be read**: the run failed for them, and "
            "their drift is unknown (below, with each reason).",
            "",
        ]
    if unwritten:
        lines += [f"**{unwritten}.**", ""]
    if read_in_part:
        lines += [code(read_in_part, 2000), ""]
    lines += ["| Source | Result |", "|---|---|"]
    for result in results:
        detail = f": {code(result.detail)}" if result.detail else ""
        lines.append(f"| {code(result.source)} | {result.state}{detail} |")
    judged = [r for r in results if any(_open(d, r) for d in r.differences)]
    if any(result.written for result in results):
        lines += ["", "## Written", ""]
        for result in results:
            if result.written:
                lines.append(f"- {code(result.source)}: {len(result.written)} edit(s) (pin, words)")
    if judged:
        lines += ["", "## For a person to decide", ""]
        for result in judged:
            lines += [f"### {code(result.source)}", ""]
            for item in result.differences:
                if not _open(item, result):
                    continue
                kind = _kind(item.kind, item.detail)
                value = code(str(item.value), 100)
                lines.append(f"- {kind} {code(item.code_set)} {value}: {code(item.detail)}")
                if item.edits:
                    edits = json.dumps(list(item.edits), indent=2, ensure_ascii=False)
                    lines += ["", *[f"  {line}" for line in fenced(edits, "json")], ""]
    return "\n".join(lines) + "\n"


def _open(difference: Difference, result: Result) -> bool:
    """A difference nothing was written for (a quoted text not verbatim has no edit at all)."""
    return not difference.edits or any(edit not in result.written for edit in difference.edits)


def as_json(results: list[Result]) -> str:
    def entry(result: Result) -> dict[str, Any]:
        found = asdict(result)
        found["differences"] = [
            {**asdict(item), "kind": _kind(item.kind, item.detail)} for item in result.differences
        ]
        return found

    # Escaped to ASCII: what a page says reaches the terminal as JSON's escapes.
    return json.dumps([entry(result) for result in results], indent=2, ensure_ascii=True)
