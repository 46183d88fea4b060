"""`bankcodes explain -`: a pasted error body, or a whole HTTP response (its status line,
headers, a blank line and the body), read as the site's decoder reads it: the kind the body is,
the code that decides it, the HTTP status and the provider's request id."""

from __future__ import annotations

import re
from typing import Any

#: An HTTP response's status line: HTTP/1.1 400 Bad Request (or HTTP/2 400), ending its line or
#: the input.
STATUS_LINE = re.compile(rb"HTTP/[0-9.]+ ([1-5][0-9]{2})\b[^\r\n]*(?:\r?\n|\Z)")
#: The blank line that ends the headers: right after the status line, or the first empty line.
BLANK_LINE = re.compile(rb"\A\r?\n|\r?\n\r?\n")


def split_response(data: bytes) -> tuple[int | None, bytes]:
    """The status and body of a pasted HTTP response (the site's decoder splits it alike); a
    body alone has no status. A head followed by another (curl -si's 100 Continue, or a proxy's
    200 Connection established) gives way to the last one."""
    status: int | None = None
    body = data
    while True:
        rest = body.removeprefix(b"\xef\xbb\xbf").lstrip()  # a byte order mark, then spaces
        found = STATUS_LINE.match(rest)
        if found is None:
            return status, body
        rest = rest[found.end() :]
        blank = BLANK_LINE.search(rest)
        status, body = int(found.group(1)), b"" if blank is None else rest[blank.end() :]


class _Response:
    """A pasted response as a client holds one: its status and body, read already."""

    def __init__(self, status: int, content: bytes) -> None:
        self.status_code = status
        self.content = content


def fits(data: bytes, provider: str | None) -> tuple[str, ...]:
    """Every kind the pasted body fits (of `provider` where given): several when it is
    ambiguous, which `read_pasted` reads as none."""
    from bankcodes._code_fields import recognise
    from bankcodes._exceptions import carried_data

    body = carried_data(split_response(data)[1])
    if isinstance(body, list) and body and isinstance(body[0], dict):
        body = body[0]
    return recognise(body, provider) if body is not None else ()


def read_pasted(data: bytes, provider: str | None) -> dict[str, Any] | None:
    """What the input says: the kind, the path and code set of the deciding code, the code, the
    HTTP status and the request id; None when it is no payload the catalog recognises."""
    import bankcodes

    status, body = split_response(data)
    # With its status, as a client's response holds it: where the body has no code the catalog
    # knows, a status whose meaning the provider documents decides.
    found = bankcodes.from_exception(body if status is None else _Response(status, body), provider)
    if found is None:
        return None
    read: dict[str, Any] = {
        "kind": found.kind,
        "path": found.path,
        "code_set": found.code_set,
        "code": found.code,
        "status": found.status,  # the status line's, else the body's own
        "request_id": found.request_id,
    }
    # A body held inside another (the bank's error a provider passes through): both codes.
    for side in ("holder", "outer", "inner"):
        other = getattr(found, side)
        if isinstance(other, str):
            read[side] = other
        elif other is not None:
            read[side] = {
                "kind": other.kind,
                "path": other.path,
                "code_set": other.code_set,
                "code": other.code,
                **({"holder": other.holder} if other.holder else {}),
            }
    return read
