"""Bad specs of what a record says of itself: a source's pin, and which code decides a published
example (a mutation of the project's spec, where the rule points and what it says: test_spec
checks each is rejected so, with spec_cases)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Mutation = Callable[[dict[str, Any]], None]

RECORD_CASES: list[tuple[str, Mutation, str, str]] = [
    (
        "a page's copy without its hash",
        lambda d: d["sources"]["lean-data-errors"].pop("sha256"),
        "/sources/lean-data-errors",
        'every source is pinned: add "sha256" (the SHA-256 of the copy read); or, where the copy '
        'read was not kept, say why in "unpinned"',
    ),
    (
        "a repository file without its commit",
        lambda d: d["sources"]["mx-widget-connected"].pop("commit"),
        "/sources/mx-widget-connected",
        'add "commit" (the commit the file was read at), or "retrieved" (the day the copy read '
        'was retrieved) and "sha256"',
    ),
    (
        "a pinned source that says why it is not",
        lambda d: d["sources"]["mx-widget-connected"].update(unpinned="The copy was lost."),
        "/sources/mx-widget-connected/unpinned",
        "the source is pinned: leave this out",
    ),
    (
        "an example that does not say which code decides it",
        lambda d: d["payloads"]["pluggy/api-error"]["examples"][0].pop("decided_by"),
        "/payloads/pluggy~1api-error/examples/0",
        'add "decided_by": the JSON path of the code that its sources say decides the example '
        "(of its code fields, the example has $.codeDescription, $.code), or null",
    ),
]
