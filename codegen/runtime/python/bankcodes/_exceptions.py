"""From the exception an API call raised to the code that decides it: where the well-known
clients keep a provider's error body, read by duck typing (no client library is imported), then
recognised and read in its place by the catalog's rules (bankcodes.payloads).

The clients' shapes are named once, in CLIENT_SHAPES, in the order they are tried; the first
whose attributes the object has gives the body, the HTTP status and the request id it carries.
A response's body is read within bounds (bankcodes._error_bodies): at most MAX_BYTES after
decompression, within a deadline, never through a property that reads an unread stream whole.

What is read follows one definition, shared with the TypeScript `fromError` (a corpus both run):
a body is UTF-8 JSON of at most MAX_BYTES, one leading byte order mark ignored, and JSON the
payloads' reader accepts (a lone surrogate makes it no JSON); an HTTP status is an integer from
100 to 599 (anything else is no status); a request id is a text of 1 to 200 characters with no
lone surrogate (anything else is no request id).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from bankcodes._code_fields import FoundCode, _reached, decisive_code, recognise
from bankcodes._error_bodies import (
    DEADLINE,
    MAX_BYTES,
    Watch,
    attribute,
    body_of,
    deadline_of,
    within,
)
from bankcodes._exception_classes import BY_CLASS, by_class, client_provider
from bankcodes._log_fields import log_fields
from bankcodes._payload_kinds import KINDS
from bankcodes._providers import provider_id
from bankcodes._record import Record

__all__ = ["CLIENT_SHAPES", "DEADLINE", "MAX_BYTES", "Carried", "FoundError", "from_exception"]


class FoundError(Record):
    """The code that decides an API error: where it was read (the JSON path of the value and
    the code field), its code set and the code (a member, or an UnknownCode that keeps the
    value), as `payloads.decisive_code` gives it, with the payload kind the body was read as,
    the HTTP status and the provider's request id where the error carries them.

    Where the body holds another whole (the bank's error a provider passes through, read by
    `payloads.inner_bodies`), both codes are given: the one that decides here, and the other
    beside it, `outer` (the provider's code around it) or `inner` (the bank's code inside
    it). A code read inside another body names the text field that held it (`holder`)."""

    __slots__ = (
        "path", "field", "code_set", "code", "kind", "status", "request_id", "holder", "outer",
        "inner",
    )  # fmt: skip
    path: str
    field: str
    code_set: str
    code: Any
    kind: str
    status: int | None
    request_id: str | None
    #: For a code read inside another body: the JSON path of that body's text field holding it.
    holder: str | None
    #: Where the code of the body inside decides: the provider's own code around it.
    outer: FoundError | None
    #: Where the provider's own code decides: the code of the body it holds.
    inner: FoundError | None

    def __init__(
        self,
        *,
        path: str,
        field: str,
        code_set: str,
        code: Any,
        kind: str,
        status: int | None = None,
        request_id: str | None = None,
        holder: str | None = None,
        outer: FoundError | None = None,
        inner: FoundError | None = None,
    ) -> None:
        super().__init__(
            path=path,
            field=field,
            code_set=code_set,
            code=code,
            kind=kind,
            status=status,
            request_id=request_id,
            holder=holder,
            outer=outer,
            inner=inner,
        )

    def as_log_fields(self) -> dict[str, str | int | bool]:
        """The fields of a structured log line or span (see bankcodes.log_fields)."""
        return log_fields(
            self.code, code_set=self.code_set, status=self.status, request_id=self.request_id
        )


class Carried(Record):
    """What an exception or response carries: its body (bytes, text or parsed JSON), the HTTP
    status and the request id its client reports, the response's headers (as the client holds
    them), and the provider whose client raised it (a client package named after a provider
    id: plaid, stripe, belvo), None when unknown."""

    __slots__ = ("body", "status", "request_id", "headers", "provider")
    body: object
    status: int | None
    request_id: str | None
    headers: object
    provider: str | None

    def __init__(
        self,
        *,
        body: object,
        status: int | None = None,
        request_id: str | None = None,
        headers: object = None,
        provider: str | None = None,
    ) -> None:
        super().__init__(
            body=body, status=status, request_id=request_id, headers=headers, provider=provider
        )


def _get(value: object, name: str) -> object:
    """An attribute, None where there is none (a property that raises has none)."""
    try:
        return getattr(value, name, None)
    except Exception:
        return None


def _status(value: object) -> int | None:
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


def _text(value: object) -> str | None:
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
    status = _status(_get(error, "http_status"))
    return Carried(body=body, status=status, request_id=_text(_get(error, "request_id")))


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
    return Carried(body=body, status=_status(_get(error, "status")))


def _request_error(error: object, watch: Watch) -> Carried | None:
    """belvo-python's RequestError: detail (the parsed body), status_code."""
    detail = _get(error, "detail")
    if not isinstance(detail, Mapping | list) or _get(error, "status_code") is None:
        return None
    return Carried(body=detail, status=_status(_get(error, "status_code")))


def _response(response: object, watch: Watch) -> Carried | None:
    """A requests or httpx Response: its body (read within bounds), status_code, headers."""
    status = attribute(response, "status_code")
    if status is None:
        return None
    body = body_of(response, watch)
    if body is None:
        return None
    return Carried(body=body, status=_status(status), headers=_get(response, "headers"))


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
    for held in _raised_from(error, owner is not None):
        for _, shape in CLIENT_SHAPES:
            found = shape(held, watch or Watch())
            if found is not None:
                return Carried(
                    body=found.body,
                    status=found.status,
                    request_id=found.request_id,
                    headers=found.headers,
                    provider=owner,
                )
    return None


def _raised_from(error: object, own_client: bool) -> list[object]:
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
    """The JSON of a body, within MAX_BYTES; None for what is no JSON or too long."""
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
        return parse(bytes(body), max_bytes=MAX_BYTES)
    except PayloadError:
        return None


def _read(data: object, provider: str | None) -> tuple[str, FoundCode | None, object] | None:
    """The one kind of `data` (of `provider` where given) and its deciding code (None where it
    carries none); None for a body of no kind or of several (ambiguous: never handed to one). An
    error body that is a list (one object per error) is read by its first object."""
    if isinstance(data, list) and data and isinstance(data[0], Mapping):
        data = data[0]
    kinds = recognise(data, provider)
    if len(kinds) != 1:
        return None
    return kinds[0], decisive_code(kinds[0], data), data


#: Where a code is read from the response's HTTP status rather than from its body.
BY_STATUS = "(HTTP status)"


def _by_status(kind: str, code: FoundCode | None, status: int | None) -> FoundCode | None:
    """The code that decides: the body's where the catalog knows it, else the HTTP status where
    the kind's provider documents its meaning (the kind's status code set), else the body's
    unknown code, else none."""
    ref = KINDS[kind].status_code_set
    if (code is not None and code.code.known) or status is None or ref is None:
        return code
    from bankcodes._providers import code_set_of

    provider, _, set_id = ref.partition(".")
    member = code_set_of(provider, set_id).parse(status)
    if member is None or not member.known:
        return code
    return FoundCode(path=BY_STATUS, field=BY_STATUS, code_set=ref, code=member)


def _status_of(kind: str, data: object, given: int | None) -> int | None:
    """The status the error carries, else the one its body states in its kind's status field
    (an HTTP status, 100 to 599)."""
    field = KINDS[kind].status_field
    if given is not None or field is None or not isinstance(data, Mapping):
        return given
    return _status(data.get(field))


def _request_id(kind: str, data: object, carried: Carried) -> str | None:
    """The provider's request id the body holds at its kind's field (or path of fields through
    nested objects, error.tracingId), else the response's header its kind names (a Request-Id
    header), else the one the error carries."""
    info = KINDS[kind]
    found = _reached(data, info.request_id) if info.request_id is not None else []
    if found and found[0] is not None:
        return _text(found[0])
    header = info.request_id_header
    stated = None if header is None else _header(carried.headers, header)
    return stated if stated is not None else carried.request_id


def _header(headers: object, name: str) -> str | None:
    """A header of a response as its client holds them (requests' and httpx's mappings, which
    read a name in any case; a plain mapping, by its name in lower case), as a request id."""
    if not isinstance(headers, Mapping):
        return None
    for key in (name, name.lower()):
        value = headers.get(key)
        if value is not None:
            return _text(value)
    return None


def from_exception(
    error: object, provider: str | None = None, *, deadline: float = DEADLINE
) -> FoundError | None:
    """The code that decides the provider error `error` carries: an exception of a well-known
    client (plaid-python's ApiException, the stripe package's StripeError, belvo-python's
    RequestError, requests' HTTPError and httpx's HTTPStatusError with their responses), a
    response, or an error body itself (bytes, text or parsed JSON), or an exception raised from
    one of these (its __cause__; for a provider's own client package, named after its id, also
    the error it was raised while handling); with `provider`, only that
    provider's kinds are read, by every rule of theirs (those too plain to tell the provider
    alone, such as OAuth's {"error": …}, included). None when it carries no error body the
    catalog recognises, or one that fits several kinds (ambiguous: never handed to one of them).
    Where the body carries no code the catalog knows and its kind's provider documents the
    meaning of the response's HTTP status (a 428 that a provider's table calls its MFA step), the
    status decides, said as such: its path and field are BY_STATUS, "(HTTP status)". An exception
    that a provider's own client raises in place of a body, keeping nothing of it, is read by its
    class where the catalog names its clients' exception classes (a LinkError), told the
    provider or raised by its client package: its path and field are BY_CLASS.

    It reads at most MAX_BYTES of a body (1 MiB, counted after decompression) and waits at most
    `deadline` seconds (DEADLINE, 5, by default) for a body still on the wire, such as that of a
    response opened as a stream: past it, the response is closed and None returned. It imports
    no client library and never raises on what it is given; a `provider` that is no provider id
    raises ValueError and a `deadline` that is no number of seconds TypeError or ValueError (the
    caller's mistakes). Like every entry point that promises not to raise, it lets
    KeyboardInterrupt and SystemExit (and other BaseExceptions that are no Exception) pass."""
    if provider is not None:
        provider_id(provider)
    limit = deadline_of(deadline)
    return within(lambda watch: _found(error, provider, watch), limit)


def _found(error: object, provider: str | None, watch: Watch) -> FoundError | None:
    """from_exception's answer, read in its thread."""
    try:
        found = carried(error, watch)
        if found is None:
            return _by_class(error, provider)
        # A body is read as the provider's the caller names, else as the one whose client raised
        # it: never as another provider's.
        whose = provider if isinstance(provider, str) else found.provider
        read = _read(carried_data(found.body), whose)
        if read is None:
            return None
        kind, body_code, data = read
        status = _status_of(kind, data, found.status)
        code = _by_status(kind, body_code, status)
        request_id = _request_id(kind, data, found)
        outer = None if code is None else _error(code, kind, status, request_id)
        return _nested(kind, data, outer, status, request_id)
    except Exception:  # an object of any shape may raise anything when read: nothing to read
        return None


def _by_class(error: object, provider: str | None) -> FoundError | None:
    """An exception of the provider's own client that carries no body, read by its class: the
    exception itself, else the one it was raised from (three deep at most, as bodies are read)."""
    for held in _raised_from(error, client_provider(error) is not None):
        found = by_class(held, provider if provider is not None else client_provider(held))
        if found is not None:
            kind, ref, member = found
            return FoundError(path=BY_CLASS, field=BY_CLASS, code_set=ref, code=member, kind=kind)
    return None


def _error(
    code: FoundCode,
    kind: str,
    status: int | None,
    request_id: str | None,
    holder: str | None = None,
) -> FoundError:
    return FoundError(
        path=code.path,
        field=code.field,
        code_set=code.code_set,
        code=code.code,
        kind=kind,
        status=status,
        request_id=request_id,
        holder=holder,
    )


def _nested(
    kind: str, data: object, outer: FoundError | None, status: int | None, request_id: str | None
) -> FoundError | None:
    """The answer for a body that may hold another (its kind's `embeds`): the inner body's code
    where it decides (the kind says so and the catalog knows it, or the outer body has no code),
    with the outer code beside it; else the outer code, with the inner beside it."""
    from bankcodes._inner_bodies import deciding_inner_body

    held = deciding_inner_body(kind, data)
    if held is None:
        return outer
    body, code = held
    inner = _error(code, body.kind, status, request_id, body.holder)
    if outer is None or (body.decides == "inner" and code.code.known):
        return _with(inner, outer=outer)
    return _with(outer, inner=inner)


def _with(found: FoundError, **changes: object) -> FoundError:
    fields: dict[str, Any] = {name: getattr(found, name) for name in found._names}
    return FoundError(**{**fields, **changes})
