"""The bodies a payload holds whole, as JSON text: a provider's error that passes the bank's own
error response through, a standard's error body in one of its text fields. Each text field the
kind names (its `embeds` in the spec) is read as one of that field's kinds, recognised among
those alone, so a bank's body is never read as another provider's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bankcodes._code_fields import FoundCode, _is_known, _json, decisive_code, ranked
from bankcodes._payloads import PayloadError, _kind, parse
from bankcodes._recognition import values
from bankcodes._record import Record

if TYPE_CHECKING:
    from bankcodes._payloads import Data


class InnerBody(Record):
    """A body another one holds: the JSON path of the text field holding it (`holder`,
    $.error.institutionError.errorMessage), the kind it was read as, its JSON, and whose code
    decides as the holding kind says: "inner" (this body's, where the catalog knows it) or
    "outer" (the holding body's own)."""

    holder: str
    kind: str
    data: object
    decides: str


def inner_bodies(kind: str, body: Data | object) -> tuple[InnerBody, ...]:
    """The bodies `body`, read as a payload of `kind`, holds whole in its text fields, in the
    order of the kind's fields: each field's text read as JSON (within the limits of
    bankcodes.payloads.parse) and recognised among that field's kinds alone. A text that is no
    JSON, or fits none of its kinds or several, gives no body. Raises ValueError for an unknown
    kind and PayloadError for a body that is not JSON."""
    entry = _kind(kind)
    data = _json(body)
    found: list[InnerBody] = []
    for embedded in entry.embeds:
        for path, text in values(embedded.field[1:], data, "$"):
            if not isinstance(text, str):
                continue
            try:
                inner = parse(text)
            except PayloadError:
                continue
            kinds = ranked(embedded.kinds, inner)
            if len(kinds) == 1:
                found.append(
                    InnerBody(holder=path, kind=kinds[0], data=inner, decides=embedded.decides)
                )
    return tuple(found)


def deciding_inner_body(kind: str, body: Data | object) -> tuple[InnerBody, FoundCode] | None:
    """Among the bodies `body` holds (`inner_bodies`), the one whose code speaks for them all,
    with its deciding code: the first whose code the catalog knows, else the first that carries
    a code (an error with several issues, each with the bank's answer, is read by the first
    answer the catalog knows, as its own codes are); None when none carries a code."""
    first: tuple[InnerBody, FoundCode] | None = None
    for inner in inner_bodies(kind, body):
        code = decisive_code(inner.kind, inner.data)
        if code is None:
            continue
        if _is_known(code.code):
            return inner, code
        first = first or (inner, code)
    return first
