# copied from codegen/runtime/python/bankcodes/_cli_pasted.py — do not edit (run `make generate`)
"""`bankcodes explain -`: a pasted error body, or a whole HTTP response (its status line,
headers, a blank line and the body), read as the site's decoder reads it: the kind the body is,
the code that decides it, the HTTP status and the provider's request id."""

from __future__ import annotations

import re
from typing import Any

#: An HTTP response's status line: HTTP/1.1 400 Bad Request (or HTTP/2 400).
STATUS_LINE = re.compile(rb"HTTP/[0-9.]+ ([1-5][0-9]{2})\b[^\r\n]*\r?\n")


def split_response(data: bytes) -> tuple[int | None, bytes]:
    """The status and body of a pasted HTTP response; a body alone has no status."""
    head = data.lstrip()
    found = STATUS_LINE.match(head)
    if found is None:
        return None, data
    rest = head[found.end() :]
    for blank in (b"\r\n", b"\n"):  # no header lines: the blank line follows the status line
        if rest.startswith(blank):
            return int(found.group(1)), rest[len(blank) :]
    for separator in (b"\r\n\r\n", b"\n\n"):
        _, mark, body = rest.partition(separator)
        if mark:
            return int(found.group(1)), body
    return int(found.group(1)), b""


def read_pasted(data: bytes, provider: str | None) -> dict[str, Any] | None:
    """What the input says: the kind, the path and code set of the deciding code, the code, the
    HTTP status and the request id; None when it is no payload the catalog recognises."""
    import bankcodes

    status, body = split_response(data)
    found = bankcodes.from_exception(body, provider)
    if found is None:
        return None
    return {
        "kind": found.kind,
        "path": found.path,
        "code_set": found.code_set,
        "code": found.code,
        "status": status if status is not None else found.status,  # else the body's own
        "request_id": found.request_id,
    }
