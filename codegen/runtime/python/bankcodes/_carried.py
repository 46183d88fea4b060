"""What an exception or a response carries: where the well-known clients keep a provider's
error body, its HTTP status, its request id and the response's headers, read by duck typing (no
client library is imported). The clients' shapes are named once, in CLIENT_SHAPES, in the order
they are tried; the first whose attributes the object has gives what it carries. A response's
body is read within bounds (bankcodes._error_bodies). bankcodes._exceptions reads the code that
decides it."""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping

from bankcodes._error_bodies import MAX_BYTES, Watch, attribute, body_of, file_body
from bankcodes._exception_classes import client_provider
from bankcodes._payload_kinds import KINDS
from bankcodes._record import Record, fields_of


class Carried(Record):
    """What an exception or response carries: its body (bytes, text or parsed JSON), the HTTP
    status and the request id its client reports, the response's headers (as the client holds
    them), and the provider whose client raised it (a client package named after a provider
    id: plaid, stripe, belvo), None when unknown."""

    body: object
    status: int | None = None
    request_id: str | None = None
    headers: object = None
    provider: str | None = None


def _get(value: object, name: str) -> object:
    """An attribute, None where there is none (a property that raises has none)."""
    try:
        return getattr(value, name, None)
    except Exception:
        return None


def http_status(value: object) -> int | None:
    """An HTTP status: an integer from 100 to 599 (an int, or an int subclass such as
    http.HTTPStatus, read as the int it is; an integral float, as JavaScript reads any JSON
    number); anything else is none, an object that only says it is an int included."""
    if type(value) is float and value.is_integer() and 100 <= value <= 599:
        return int(value)
    if type(value) is bool:
        return None
    try:
        number = int.__index__(value)  # type: ignore[arg-type]  # a real int, or it raises
    except Exception:
        return None
    return number if 100 <= number <= 599 else None


def request_id_text(value: object) -> str | None:
    """A request id: 1 to 200 characters, none a lone surrogate (what it holds is shown
    escaped where it is printed); a str subclass is read as the str it is, and an object that
    only says it is a str is none."""
    try:
        text = str.__str__(value)  # type: ignore[arg-type,unused-ignore]  # a real str, or it raises
    except Exception:
        return None
    if not 0 < len(text) <= 200:
        return None
    return None if any(0xD800 <= ord(c) <= 0xDFFF for c in text) else text


def _stripe(error: object, watch: Watch) -> Carried | None:
    """The `stripe` package's StripeError: json_body (the parsed body), else http_body (its
    text), else the code it was made with (an error built in a test: StripeError(message,
    code=..., http_status=...)); http_status, request_id."""
    if _get(error, "http_status") is None:
        return None
    body = _get(error, "json_body")
    if not isinstance(body, Mapping):
        text, code = _get(error, "http_body"), _get(error, "code")
        if isinstance(text, str | bytes) and text:
            body = text
        elif isinstance(code, str) and code:
            body = _at(KINDS["stripe/api-error"].codes[0].path, code)
        else:
            return None
    status = http_status(_get(error, "http_status"))
    return Carried(body=body, status=status, request_id=request_id_text(_get(error, "request_id")))


def _at(path: str, value: str) -> dict[str, object]:
    """A body holding `value` at the JSON path `path` ($.a.b)."""
    body: dict[str, object] = {}
    keys = path.split(".")[1:]
    place = body
    for key in keys[:-1]:
        place[key] = place = {}
    place[keys[-1]] = value
    return body


def _api_exception(error: object, watch: Watch) -> Carried | None:
    """plaid-python's ApiException (OpenAPI Generator's): body (the raw text), status."""
    body = _get(error, "body")
    if not isinstance(body, str | bytes | bytearray) or _get(error, "status") is None:
        return None
    return Carried(body=body, status=http_status(_get(error, "status")))


def _request_error(error: object, watch: Watch) -> Carried | None:
    """belvo-python's RequestError: detail (the parsed body), status_code."""
    detail = _get(error, "detail")
    if not isinstance(detail, Mapping | list) or _get(error, "status_code") is None:
        return None
    return Carried(body=detail, status=http_status(_get(error, "status_code")))


def _response(response: object, watch: Watch) -> Carried | None:
    """A requests or httpx Response: its body (read within bounds; none where it cannot be:
    too long, in an encoding not read, past the deadline), status_code, headers (kept whether
    or not the body is read: a Retry-After decides without it)."""
    status = attribute(response, "status_code")
    if status is None:
        return None
    body = body_of(response, watch)
    headers = _get(response, "headers")
    return Carried(body=b"" if body is None else body, status=http_status(status), headers=headers)


def _http_error(error: object, watch: Watch) -> Carried | None:
    """The standard library's urllib.error.HTTPError, a response itself: code, hdrs, and the
    body its fp holds, read within bounds (urllib inflates nothing: the body is read as sent;
    none where it cannot be read, the status and headers kept)."""
    module = sys.modules.get("urllib.error")
    if module is None or not isinstance(error, module.HTTPError):
        return None
    headers = attribute(error, "hdrs")
    encoding = response_header(headers, "content-encoding") or ""
    body = file_body(attribute(error, "fp"), encoding, watch)
    status = http_status(attribute(error, "code"))
    return Carried(body=b"" if body is None else body, status=status, headers=headers)


def _aiohttp(error: object, watch: Watch) -> Carried | None:
    """aiohttp's ClientResponseError (raise_for_status's): status, headers; it holds no body
    (aiohttp releases the response before raising it), so its status and headers decide."""
    module = sys.modules.get("aiohttp")
    kind = getattr(module, "ClientResponseError", None) if module is not None else None
    if not isinstance(kind, type) or not isinstance(error, kind):
        return None
    headers = attribute(error, "headers")
    return Carried(body=b"", status=http_status(attribute(error, "status")), headers=headers)


def _with_response(error: object, watch: Watch) -> Carried | None:
    """requests' HTTPError, httpx's HTTPStatusError: the response they hold."""
    response = _get(error, "response")
    return None if response is None else _response(response, watch)


def _plain(value: object, watch: Watch) -> Carried | None:
    """An error body itself: raw bytes or text, or parsed JSON (a mapping or a list)."""
    if isinstance(value, bytes | bytearray | str | Mapping | list):
        return Carried(body=value)
    return None


#: The shapes of the well-known clients' errors and of a body given as it is, in the order
#: they are tried.
CLIENT_SHAPES: tuple[tuple[str, Callable[[object, Watch], Carried | None]], ...] = (
    ("stripe: StripeError (json_body, http_status, request_id)", _stripe),
    ("plaid-python: ApiException (body, status)", _api_exception),
    ("belvo-python: RequestError (detail, status_code)", _request_error),
    ("urllib HTTPError (code, hdrs, fp)", _http_error),
    ("aiohttp ClientResponseError (status, headers; no body)", _aiohttp),
    ("requests HTTPError, httpx HTTPStatusError (response)", _with_response),
    ("requests or httpx Response (content, status_code)", _response),
    ("a body: bytes, text or parsed JSON", _plain),
)


def carried(error: object, watch: Watch | None = None) -> Carried | None:
    """What `error` carries, by the first client shape it has, with the provider whose own
    client package (named after its id) raised it (read with no deadline: from_exception runs
    it within one). An exception that carries nothing itself is read through the one it was
    raised from (its __cause__), and an exception of a provider's own client through the one it
    was raised while handling (its __context__, kept even by `raise … from None`): such a client
    raises its own exception, holding no body, in place of the HTTP client's error."""
    owner = client_provider(error)
    for held in raised_from(error, owner is not None):
        for _, shape in CLIENT_SHAPES:
            found = shape(held, watch or Watch())
            if found is not None:
                return Carried(**{**fields_of(found), "provider": owner})
    return None


def raised_from(error: object, own_client: bool) -> list[object]:
    """`error`, then (at most three deep) the exception each was raised from, or, for a
    provider's own client, raised while handling."""
    chain = [error]
    while len(chain) < 4 and isinstance(chain[-1], BaseException):
        last = chain[-1]
        held = last.__cause__ or (last.__context__ if own_client else None)
        if held is None or held in chain:
            break
        chain.append(held)
    return chain


def carried_data(body: object) -> object:
    """The JSON of a body, within MAX_BYTES: an object or a list; None for what is no JSON, is
    too long, or is JSON of another kind (a JSON string is no body, never read again as one)."""
    if isinstance(body, Mapping | list):
        return body
    if isinstance(body, str):
        if len(body) > MAX_BYTES:
            return None
        body = body.encode("utf-8", "surrogatepass")
    if not isinstance(body, bytes | bytearray) or len(body) > MAX_BYTES:
        return None
    from bankcodes._payloads import PayloadError, parse

    try:
        data = parse(bytes(body), max_bytes=MAX_BYTES)
    except PayloadError:
        return None
    return data if isinstance(data, Mapping | list) else None


def carried_json(body: object) -> tuple[object, bool]:
    """The JSON of a body (carried_data), and False; else, for a text body that is a signed JWT
    (application/jwt), its payload read without verifying its signature
    (bankcodes._jwt_body), and True; (None, False) for neither."""
    data = carried_data(body)
    if data is not None or not isinstance(body, str | bytes | bytearray):
        return data, False
    from bankcodes._jwt_body import jwt_payload

    payload = jwt_payload(body)
    return (None, False) if payload is None else (payload, True)


def response_header(headers: object, name: str) -> str | None:
    """A header of a response as its client holds them (requests' and httpx's mappings, and the
    standard library's message, which read a name in any case; a plain mapping, by its name in
    lower case), read as a request id is (1 to 200 characters)."""
    getter = getattr(headers, "get", None) if is_headers(headers) else None
    if not callable(getter):
        return None
    for key in (name, name.lower()):
        value = getter(key)
        if value is not None:
            return request_id_text(value)
    return None


def is_headers(headers: object) -> bool:
    """A response's headers as a client holds them: a mapping, or the standard library's
    email.message.Message (http.client's HTTPMessage, which urllib's HTTPError holds)."""
    message = sys.modules.get("email.message")
    return isinstance(headers, Mapping) or (
        message is not None and isinstance(headers, message.Message)
    )
