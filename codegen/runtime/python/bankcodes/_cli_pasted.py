"""`bankcodes explain -`: a pasted error body, or a whole HTTP response (its status line,
headers, a blank line and the body) or request (a webhook as it arrived: its request line,
headers, a blank line and the body), read as the site's decoder reads it: the kind the body is,
the code that decides it, the HTTP status and the provider's request id."""

from __future__ import annotations

import functools
import json
import re
from typing import Any

from bankcodes._params import printable
from bankcodes._phrases import PASTED, PASTED_LIMITS
from bankcodes._request_ids import request_ids_of_nobody as request_ids_of_nobody

#: Where a head begins (what is skipped before it, then its start line: a response's status
#: line or a request's line); the heads with no headers that another follows (curl -si's 100
#: Continue), skipped at once.
_HEAD = PASTED["leading"] + PASTED["start_line"]
_INTERIM = re.compile(f"(?:{_HEAD}{PASTED['no_headers']}(?={_HEAD}))*".encode())
#: How a pasted text is read (its rules and limits are declared once, for the decoder too).
_RULES = {name: re.compile(rule.encode()) for name, rule in {**PASTED, "head": _HEAD}.items()}
HEADERS = PASTED_LIMITS["headers"]


def split_head(data: bytes) -> tuple[int | None, dict[str, str], bytes]:
    """The status, headers (by their names in lower case; the first of a repeated one) and body
    of a pasted HTTP response; a pasted request has headers but no status, and a body alone
    neither. A head followed by
    another (curl -si's 100 Continue, or a proxy's 200 Connection established) gives way to the
    last one."""
    status, pairs, body = split_pairs(data)
    headers: dict[str, str] = {}
    for name, value in pairs:
        headers.setdefault(name.lower(), value)
    return status, headers, body


@functools.lru_cache(maxsize=1)  # every answer about a paste (its kind, code, decision) reads it
def split_pairs(data: bytes) -> tuple[int | None, tuple[tuple[str, str], ...], bytes]:
    """split_head's answer with every header line as a (name, value) pair, a repeated one each
    time it is given (several Retry-After values are several, which decide refuses). Read in
    one pass: each head is found from where the one before ended, and the headers of the last
    alone are read."""
    interim = _INTERIM.match(data)
    start = end = 0 if interim is None else interim.end()  # where the body begins
    last: re.Match[bytes] | None = None  # the last head's status line
    while found := _RULES["head"].match(data, start):
        at = found.end()
        blank = _RULES["no_headers"].match(data, at) or _RULES["blank_line"].search(data, at)
        last, (end, start) = found, blank.span() if blank else (len(data), len(data))
    if last is None:
        return None, (), query_body(data)
    status = None if last.group(1) is None else int(last.group(1))  # a request's has none
    return status, _headers(data[last.end() : end]), data[start:]


def query_body(body: bytes) -> bytes:
    """A body alone that is a URL with a query (its pasted_url rule) as the JSON object of its
    parameters, each by its last value, in the order first met (as URLSearchParams reads them,
    the decoder's queryBody); any other body as it is."""
    from urllib.parse import parse_qsl

    found = _RULES["pasted_url"].fullmatch(body.strip(b" \t\n\r\x0b\x0c"))
    if found is None:
        return body
    query = found.group(1).decode("utf-8", "replace")
    params = dict(parse_qsl(query, keep_blank_values=True, errors="replace"))
    if not params:
        return body
    return json.dumps(params, ensure_ascii=False, separators=(",", ":")).encode()


def _headers(head: bytes) -> tuple[tuple[str, str], ...]:
    """A head's header lines as pairs, each value trimmed of spaces and tabs (RFC 9110's optional
    whitespace, and nothing else); a line that begins with one continues the one before
    (RFC 9112's obsolete line folding): its parts are joined with single spaces, once, when the
    head is read (joined line by line, a long folded value was copied again at each line)."""
    folded: list[tuple[str, list[str]]] = []
    for line in head.splitlines()[:HEADERS]:
        if line[:1] in (b" ", b"\t") and folded:
            folded[-1][1].append(line.strip(b" \t").decode("utf-8", "replace"))
            continue
        found = _RULES["header_line"].fullmatch(line.strip(b" \t"))
        if found is not None:
            value = found.group(2).decode("utf-8", "replace").strip(" \t")
            folded.append((found.group(1).decode("ascii"), [value]))
    return tuple((name, " ".join(part for part in parts if part)) for name, parts in folded)


class _Response:
    """A pasted response as a client holds one: its status, headers and body, read already."""

    def __init__(self, status: int, content: bytes, headers: dict[str, str]) -> None:
        self.status_code = status
        self.content = content
        self.headers = headers


def received(data: bytes) -> bytes | _Response:
    """A pasted body (or a pasted request's) as it is, or a pasted response with its status and
    headers, as a client's
    response holds them: where the body has no code the catalog knows, a status whose meaning
    the provider documents decides; a request id the provider sends in a header is read there."""
    status, headers, body = split_head(data)
    return body if status is None else _Response(status, body, headers)


def fits(data: bytes, provider: str | None) -> tuple[str, ...]:
    """Every kind the pasted body fits (of `provider` where given): several when it is
    ambiguous, which `read_pasted` reads as none."""
    from bankcodes._code_fields import recognise
    from bankcodes._jwt_body import signed_kinds

    body, signed = body_data(split_pairs(data)[2])
    if body is None:
        return ()
    kinds = recognise(body, provider)
    return signed_kinds(kinds) if signed else kinds


def body_data(body: bytes) -> tuple[object, bool]:
    """The JSON a pasted body holds (of a list of errors, the first), or a signed JWT's payload
    and True, as bankcodes._carried.carried_json reads them; None for neither."""
    from bankcodes._carried import carried_json

    data, signed = carried_json(body)
    if isinstance(data, list) and data and isinstance(data[0], dict):
        data = data[0]
    return data, signed


#: A code pasted alone, with nothing around it: how the catalog's codes are spelt.
BARE_CODE = re.compile(PASTED["bare_code"])


def bare_code(body: bytes) -> str | None:
    """The code a pasted body is, where it is a code alone (ASCII's whitespace around it, or
    quoted as a JSON string), as the site's decoder reads one; None for anything else."""
    text = body.removeprefix(b"\xef\xbb\xbf").strip(b" \t\r\n").decode("utf-8", "replace")
    if len(text) > 2 and text[0] == text[-1] == '"':
        text = text[1:-1]
    return text if BARE_CODE.fullmatch(text) else None


def code_alone(data: bytes) -> str | None:
    """The code pasted input is, where it is a code alone (no status line before it)."""
    status, _, body = split_pairs(data)
    return bare_code(body) if status is None else None


def unparsed(data: bytes) -> str | None:
    """Why pasted input is not JSON where JSON is expected (a body alone that is neither JSON,
    nor a signed JWT, nor a code alone: it may be a page of HTML; a response's body that begins
    as JSON does): the reader's reason, where it stopped (line and column) and the text around
    that place, escaped; None for input that is JSON, or that is empty."""
    from bankcodes._carried import carried_json
    from bankcodes._json_plain import read

    status, _, body = split_pairs(data)
    expected = status is None or body.lstrip()[:1] in (b"{", b"[")
    if not expected or not body.strip() or carried_json(body)[0] is not None:
        return None
    if status is None and bare_code(body) is not None:
        return None
    try:
        read(body.removeprefix(b"\xef\xbb\xbf"))
    except json.JSONDecodeError as error:
        near = printable(error.doc[max(0, error.pos - 10) : error.pos + 10])
        return f"{error.msg} at line {error.lineno}, column {error.colno}, near '{near}'"
    except ValueError as error:
        return str(error)
    return None


def not_json(data: bytes, why: str) -> str:
    """The line that says pasted input is not JSON (unparsed's `why`): a body alone is neither
    JSON nor a code; a response's body is not valid JSON, and its status and headers decide."""
    if split_pairs(data)[0] is None:
        return f"the input is neither JSON nor a code: {why}"
    return f"the response's body is not valid JSON: {why}"


def read_pasted(data: bytes, provider: str | None) -> dict[str, Any] | None:
    """What the input says: the kind, the path and code set of the deciding code, the code, the
    HTTP status and the request id; None when it is no payload the catalog recognises."""
    import bankcodes

    found = bankcodes.from_exception(received(data), provider)
    if found is None:
        return None
    read: dict[str, Any] = {
        "kind": found.kind,
        "path": found.path,
        "code_set": found.code_set,
        "code": found.code,
        **({} if found.held is None else {"held": found.held}),
        "status": found.status,  # the status line's, else the body's own
        # As sent: a line shows it escaped (value), and JSON keeps it exact, its escapes JSON's.
        "request_id": found.raw_request_id,
        # What told whose the body is (as the decision's reasons of part code say it).
        "evidence": [
            {"what": told.what, "keys": list(told.keys), "value": told.value}
            | ({"sources": list(told.sources)} if told.sources else {})
            for told in found.evidence
        ],
    }
    if found.unverified is not None:  # a signed JWT's payload, read without verifying it
        read["unverified"] = found.unverified
    repeated = repeated_keys(split_pairs(data)[2])
    if repeated:
        read["repeated_keys"] = list(repeated)
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


def request_id_lines(found: list[dict[str, str]]) -> list[str]:
    """The lines that say the request ids of a body that is nobody's, as the decoder says them."""
    return [
        f"request id ({printable(read['header'])}): {printable(read['value'])}"
        if "header" in read
        else f"request id ({printable(read['field'])} of the body): {printable(read['value'])}"
        for read in found
    ]


#: The most repeated keys named.
MOST_REPEATED = PASTED_LIMITS["repeated_keys"]


def repeated_keys(body: bytes) -> tuple[str, ...]:
    """The keys a JSON body gives more than once in one object (at most MOST_REPEATED, in the
    order met), each read by its last value, as JSON parsers (Python's and JavaScript's alike)
    read it; none for a body that is no JSON."""
    found: list[str] = []

    def pairs(given: list[tuple[str, object]]) -> dict[str, object]:
        seen: set[str] = set()
        for key, _ in given:
            if key in seen and key not in found and len(found) < MOST_REPEATED:
                found.append(key)
            seen.add(key)
        return dict(given)

    try:
        json.loads(body.removeprefix(b"\xef\xbb\xbf"), object_pairs_hook=pairs)
    except (ValueError, RecursionError):
        return ()
    return tuple(found)


def repeated_note(keys: list[str] | tuple[str, ...]) -> str | None:
    """The line that says which keys a body gives more than once, where it gives some."""
    if not keys:
        return None
    named = ", ".join(f"'{printable(key, 100)}'" for key in keys)
    return (
        f"note: the body gives {named} more than once; the last value is read, as JSON "
        "parsers read it"
    )


def wide_encoding(body: bytes) -> str | None:
    """UTF-32 or UTF-16, where a body is text in one: its byte order mark, or ASCII's NUL bytes
    (three of each four bytes of its first code units, or every other one, the same place in
    each: a stray NUL is neither); None for another."""
    head = body.lstrip(b" \t\r\n")[:8]
    nul = b"\x00\x00\x00"
    little = head[1:4] == nul and head[5:8] == nul  # x 0 0 0 x 0 0 0
    big = head[0:3] == nul and head[4:7] == nul  # 0 0 0 x 0 0 0 x
    if head[:4] in (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff") or (
        len(head) == 8 and (little or big)
    ):
        return "UTF-32"
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "UTF-16"
    halves = len(head) >= 4 and (set(head[0::2]) == {0} or set(head[1::2]) == {0})
    return "UTF-16" if halves else None
