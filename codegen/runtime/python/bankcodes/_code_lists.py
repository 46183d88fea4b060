"""Lists of codes, filtered: what `bankcodes list` prints and the MCP server's list_codes tool
answers. Each row names a code and what an integrator decides by: its category, whether trying
again can succeed (retryable), whether the end user can (end_user_can_retry), who acts, and
what to do (decide's next step, with the wait and the attempts the code's source states)."""

from __future__ import annotations

import json

import bankcodes
from bankcodes import Category
from bankcodes._cli_args import suggest
from bankcodes._cli_codes import members
from bankcodes._cli_input import EXIT_OK
from bankcodes._taxonomy import Actor

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, TextIO

    from bankcodes._base import AnyCode

#: The columns of a row, in the order the command line prints them.
COLUMNS = (
    "provider",
    "code_set",
    "value",
    "category",
    "retryable",
    "end_user_can_retry",
    "actor",
    "next_step",
    "wait_seconds",
    "max_attempts",
)


def row(provider: str, member: AnyCode) -> dict[str, Any]:
    """A code as a list shows it: with what to do (decide's next step, the wait and the
    attempts its source states), each code set's own where several hold its value."""
    decided = bankcodes.decide(member)
    return {
        "provider": provider,
        "code_set": type(member).code_set().id,
        "value": member.value,
        "category": member.category.value,
        "retryable": member.retryable,
        "end_user_can_retry": member.end_user_can_retry,
        # Who acts on the code: its category's, or the one its own next step asks (decide's).
        "actor": decided.actor,
        "next_step": decided.next_step,
        "wait_seconds": decided.wait_seconds,
        "max_attempts": decided.max_attempts,
        # The code's section on the reference site, where the package carries its address.
        **({"doc_url": member.doc_url} if member.doc_url is not None else {}),
    }


def rows(
    provider: str | None = None,
    category: str | None = None,
    retryable: bool | None = None,
    end_user_can_retry: bool | None = None,
    actor: str | None = None,
) -> list[dict[str, Any]]:
    """Every code of the catalog (of `provider` where given) that has each fact given, in
    catalog order; Unusable, with the closest names, for a provider, category or actor the
    catalog does not have."""
    import bankcodes

    if provider is not None and provider not in bankcodes.PROVIDERS:
        raise suggest("provider", provider, bankcodes.PROVIDERS)
    if category is not None and category not in {c.value for c in Category}:
        raise suggest("category", category, [c.value for c in Category])
    if actor is not None and actor not in {a.value for a in Actor}:
        raise suggest("actor", actor, [a.value for a in Actor])
    wanted = {
        "category": category,
        "retryable": retryable,
        "end_user_can_retry": end_user_can_retry,
        "actor": actor,
    }
    found = []
    for provider_id, member in members(provider):
        shown = row(provider_id, member)
        if all(value is None or shown[key] == value for key, value in wanted.items()):
            found.append(shown)
    return found


def list_codes(filters: dict[str, Any], as_json: bool, out: TextIO) -> int:
    """`bankcodes list`: the rows of the codes that have each fact of `filters` (rows' keyword
    arguments), as JSON (a list of records by their keys) or tab-separated in the order of
    COLUMNS, after a header row that names them as the records do."""
    found = rows(**filters)
    if as_json:
        print(json.dumps(found, indent=2, ensure_ascii=False), file=out)
        return EXIT_OK
    print("\t".join(COLUMNS), file=out)
    for shown in found:
        cells = (shown[key] for key in COLUMNS)
        print("\t".join(_cell(cell) for cell in cells), file=out)
    return EXIT_OK


def _cell(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return "" if value is None else str(value)
