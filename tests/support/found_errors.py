"""An error response both runtimes read, and what each finds in it: Python's from_exception of
httpx's HTTPStatusError for the response, TypeScript's fromError of the fetch Response of a server
on loopback answering it (tests/js/found_errors.mjs). The verdict of the corpora of the
standards' error bodies (tests/catalog/)."""

from __future__ import annotations

import json
import re
from typing import Any

import httpx

import bankcodes

#: A step of a JSON path as the readers write one: .name, [0] or ["a key"].
STEP = re.compile(r'\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]')
NOTHING = object()


def response(status: int, body: str, **headers: str) -> dict[str, Any]:
    """A case: the status, the body's text and the headers (the content type JSON's unless
    given) of an error response."""
    return {
        "status": status,
        "body": body,
        "headers": {"content-type": "application/json"}
        | {name.replace("_", "-"): value for name, value in headers.items()},
    }


def _at(data: object, path: str) -> object:
    """The value at a JSON path ($.Errors[0].ErrorCode), or NOTHING where there is none."""
    rest = path.removeprefix("$")
    while rest:
        step = STEP.match(rest)
        if step is None:
            return NOTHING
        name, index, key = step.groups()
        try:
            data = data[int(index)] if index else data[name or json.loads(key)]  # type: ignore[index]
        except (KeyError, IndexError, TypeError):
            return NOTHING
        rest = rest[step.end() :]
    return data


def _sent(body: str, holder: str | None, path: str, found: Any) -> object:
    """The code as it travels (a standard's code in another spelling as sent): the value at its
    path in the body, or in the body a text field of it holds; else the code read."""
    try:
        data = json.loads(body)
        if holder is not None:
            data = json.loads(_at(data, holder))  # type: ignore[arg-type]
    except (ValueError, TypeError):
        return found.code.value
    value = _at(data, path)
    return found.code.value if value is NOTHING else value


def _layer(found: Any, body: str, holder: str | None) -> dict[str, Any] | None:
    if found is None:
        return None
    return {"kind": found.kind, "path": found.path, "code": _sent(body, holder, found.path, found)}


def found(case: dict[str, Any]) -> dict[str, Any] | None:
    """What from_exception finds in the response: where, which code (as it travels) and what it
    means, the status and request id, the body's text field that held it, whether a signed body
    was read unverified, whether the code is one of the sender's own, and the code beside it."""
    request = httpx.Request("GET", "https://api.example/")
    answer = httpx.Response(
        case["status"], headers=case["headers"], content=case["body"].encode(), request=request
    )
    read = bankcodes.from_exception(httpx.HTTPStatusError("", request=request, response=answer))
    if read is None:
        return None
    body, holder = case["body"], read.holder
    return {
        "kind": read.kind,
        "path": read.path,
        "codeSet": read.code_set,
        "code": _sent(body, holder, read.path, read),
        "known": read.code.known,
        "category": read.code.category.value,
        "status": read.status,
        "requestId": read.request_id,
        "holder": holder,
        "unverified": read.unverified is not None,
        "own": bool(getattr(read.code, "own", False)),
        "outer": _layer(read.outer, body, None),
        "inner": _layer(read.inner, body, holder),
    }
