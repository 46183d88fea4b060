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
lone surrogate (anything else is no request id), given with every control character and every
mark that reorders text escaped (request_id), and as sent (raw_request_id).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bankcodes._carried import (
    CLIENT_SHAPES,
    Carried,
    carried,
    carried_json,
    http_status,
    raised_from,
    request_id_text,
    response_header,
)
from bankcodes._code_fields import FoundCode, codes, decisive_code, evidence_of, recognise
from bankcodes._error_bodies import (
    DEADLINE,
    MAX_BYTES,
    Watch,
    deadline_of,
    within,
)
from bankcodes._exception_classes import BY_CLASS, by_class, client_provider
from bankcodes._jwt_body import signed_kinds
from bankcodes._log_fields import log_fields
from bankcodes._params import printable
from bankcodes._payload_kinds import KINDS
from bankcodes._providers import provider_id
from bankcodes._recognition import Evidence, reached
from bankcodes._record import Record, fields_of
from bankcodes._status_codes import BY_KIND_STATUS, BY_STATUS, code_by_status

__all__ = ["CLIENT_SHAPES", "DEADLINE", "MAX_BYTES", "Carried", "FoundError", "from_exception"]


class FoundError(Record):
    """The code that decides an API error: where it was read (the JSON path of the value and
    the code field), its code set and the code (a member, or an UnknownCode that keeps the
    value), as `payloads.decisive_code` gives it, with the payload kind the body was read as,
    the HTTP status and the provider's request id where the error carries them.

    Where the body holds another whole (the bank's error a provider passes through, read by
    `payloads.inner_bodies`), both codes are given: the one that decides here, and the other
    beside it, `outer` (the provider's code around it) or `inner` (the bank's code inside
    it). So too where a body carries another provider's code beneath its own, in fields the
    spec types with that provider's code sets (a Connection's remote data holding the error of
    the provider beneath): `inner` is the code beneath, `outer` the kind's own provider's, and
    neither names a `holder`. A code read inside another body names the text field that held it
    (`holder`). A body
    that was a signed JWT (application/jwt), read by its payload, says that its signature was
    not verified, and why (`unverified`). What told whose the body is (`evidence`) is given
    with the answer: its provider's namespace, a code only its code sets hold, its fields, or
    that the reader was told the provider."""

    path: str
    field: str
    code_set: str
    code: Any
    kind: str
    held: str | int | None = None  # as FoundCode.held
    status: int | None = None
    #: The provider's request id as a log line or a terminal may show it: every control
    #: character and every mark that reorders text as its escape (\u001b), at most 200
    #: characters as sent (bankcodes._params.printable).
    request_id: str | None = None
    #: The request id exactly as the provider sent it (the same as request_id unless it holds a
    #: control character or a reordering mark): for a lookup, never for a terminal.
    raw_request_id: str | None = None
    #: For a code read inside another body: the JSON path of that body's text field holding it.
    holder: str | None = None
    #: Where the code of the body inside, or of the provider beneath, decides: the provider's own
    #: code around it.
    outer: FoundError | None = None
    #: Where the provider's own code decides: the code of the body it holds, or of the provider
    #: beneath it.
    inner: FoundError | None = None
    #: A code of the body that says more than the one that decides but that the catalog does
    #: not know yet (a new error.code beside its known error.type): the code decides in its
    #: place, and this one is kept, for the log and for a look at the provider's pages.
    unknown: FoundCode | None = None
    #: For a body that was a signed JWT (application/jwt): its payload was read without
    #: verifying the token's signature, and this says why (its kind's words); else None.
    unverified: str | None = None
    #: What in the body tells whose it is, read as the kind it was (the provider's body around
    #: a bank's body that decides): none for an exception read by its class.
    evidence: tuple[Evidence, ...] = ()
    #: The connection or account the code concerns, as FoundCode.concerns.
    concerns: dict[str, str] | None = None

    def as_log_fields(self) -> dict[str, str | int | bool]:
        """The fields of a structured log line or span (see bankcodes.log_fields)."""
        return log_fields(
            self.code,
            code_set=self.code_set,
            status=self.status,
            request_id=self.request_id,
            unknown=self.unknown,
            concerns=self.concerns,
        )


def _read(
    data: object, provider: str | None, signed: bool = False
) -> tuple[str, FoundCode | None, object] | None:
    """The one kind of `data` (of `provider` where given; a signed JWT's payload among the
    kinds whose bodies travel so alone) and its deciding code (None where it carries none); None
    for a body of no kind or of several (ambiguous: never handed to one). An error body that is
    a list (one object per error) is read by its first object."""
    if isinstance(data, list) and data and isinstance(data[0], Mapping):
        data = data[0]
    kinds = recognise(data, provider)
    if signed:
        kinds = signed_kinds(kinds)
    if len(kinds) != 1:
        return None
    return kinds[0], decisive_code(kinds[0], data), data


def _status_of(kind: str, data: object, given: int | None) -> int | None:
    """The status the error carries, else the one its body states in its kind's status field
    (an HTTP status, 100 to 599), else the one every response of its kind comes with."""
    stated = given if given is not None else _stated_status(kind, data)
    return KINDS[kind].response_status if stated is None else stated


def _stated_status(kind: str, data: object) -> int | None:
    """The HTTP status a body states in its kind's status field (100 to 599), else None."""
    field = KINDS[kind].status_field
    return http_status(data.get(field)) if field and isinstance(data, Mapping) else None


def _request_id(kind: str, data: object, carried: Carried) -> str | None:
    """The provider's request id the body holds at its kind's field (or path of fields through
    nested objects, error.tracingId), else the response's header its kind names (a Request-Id
    header), else the one the error carries."""
    info = KINDS[kind]
    found = reached(data, info.request_id) if info.request_id is not None else []
    if found and found[0] is not None:
        return request_id_text(found[0])
    header = info.request_id_header
    stated = None if header is None else response_header(carried.headers, header)
    return stated if stated is not None else carried.request_id


def from_exception(
    error: object, provider: str | None = None, *, deadline: float = DEADLINE
) -> FoundError | None:
    """The code that decides the provider error `error` carries: an exception of a well-known
    client (plaid-python's ApiException, the stripe package's StripeError, belvo-python's
    RequestError, requests' HTTPError and httpx's HTTPStatusError with their responses, the
    standard library's urllib.error.HTTPError), a
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


def read_error(
    error: object,
    provider: str | None = None,
    *,
    deadline: float = DEADLINE,
    status: int | None = None,
) -> Reading | None:
    """from_exception's answer with what it was read from: the response's headers and the
    body's JSON (for bankcodes.decide, which reads a wait from them); None past the deadline.
    `status` is the response's, for what carries none itself (a body given alone): its code
    is read with it, as the code of the error that would carry them both."""
    if provider is not None:
        provider_id(provider)
    return within(lambda watch: _reading(error, provider, watch, status), deadline_of(deadline))


#: from_exception's answer, the headers of the response it was read from, its body's JSON and
#: the HTTP status the error carries.
Reading = tuple[FoundError | None, object, object, int | None]


def _found(error: object, provider: str | None, watch: Watch) -> FoundError | None:
    """from_exception's answer, read in its thread."""
    return _reading(error, provider, watch)[0]


def _reading(
    error: object, provider: str | None, watch: Watch, status: int | None = None
) -> Reading:
    try:
        found = carried(error, watch)
        if found is None:
            return _by_class(error, provider), None, None, None
        if found.status is None and status is not None:
            found = Carried(**{**fields_of(found), "status": status})
        # A body is read as the provider's the caller names, else as the one whose client raised
        # it: never as another provider's.
        whose = provider if isinstance(provider, str) else found.provider
        data, signed = carried_json(found.body)
        read = _read(data, whose, signed)
        if read is None:
            return None, found.headers, data, found.status
        kind, body_code, data = read
        status = _status_of(kind, data, found.status)
        given = found.status is not None or _stated_status(kind, data) is not None
        code = code_by_status(kind, body_code, status, BY_STATUS if given else BY_KIND_STATUS)
        request_id = _request_id(kind, data, found)
        outer = None if code is None else _error(code, kind, status, request_id)
        if outer is not None:
            unverified = KINDS[kind].jwt_unverified if signed else None
            outer = _with(outer, unknown=passed_over(kind, data, code), unverified=unverified)
        nested = _nested(kind, data, outer, status, request_id)
        answer = _layered(kind, data, nested, status, request_id)
        if answer is not None:
            answer = _with(answer, evidence=evidence_of(data, kind, whose))
        return answer, found.headers, data, found.status
    except Exception:  # an object of any shape may raise anything when read: nothing to read
        return None, None, None, None


def passed_over(kind: str, data: object, deciding: FoundCode | None) -> FoundCode | None:
    """The first code of the body, in the order its codes decide, that the catalog does not know
    and that comes before the deciding one (which decides in its place); None when there is
    none, or when the deciding code is itself unknown."""
    if deciding is None or not deciding.code.known:
        return None
    for found in codes(kind, data):
        if found.path == deciding.path:
            return None
        if not found.code.known:
            return found
    return None


def _by_class(error: object, provider: str | None) -> FoundError | None:
    """An exception of the provider's own client that carries no body, read by its class: the
    exception itself, else the one it was raised from (three deep at most, as bodies are read)."""
    for held in raised_from(error, client_provider(error) is not None):
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
        **fields_of(code),
        kind=kind,
        status=status,
        request_id=None if request_id is None else printable(request_id),
        raw_request_id=request_id,
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


def _layered(
    kind: str, data: object, found: FoundError | None, status: int | None, request_id: str | None
) -> FoundError | None:
    """The answer for a body that carries another provider's code beneath its own (fields of
    the kind typed with that provider's code sets, bankcodes._layers): the deciding code with
    the other layer's beside it, `inner` (the code beneath the kind's own provider's, which
    decides) or `outer` (the kind's own provider's code, where the one beneath decides). A body
    that holds another whole (`embeds`) is answered so already."""
    from bankcodes._layers import layers

    if found is None or found.inner is not None or found.outer is not None:
        return found
    own = kind.partition("/")[0]
    each = layers(kind, data)
    # The deciding code's layer: the kind's own where no layer's code decides (its status).
    deciding = next((whose for whose, code in each if code.path == found.path), own)
    others = [code for whose, code in each if whose != deciding]
    if not others:
        return found
    other = _error(others[0], kind, status, request_id)
    return _with(found, inner=other) if deciding == own else _with(found, outer=other)


def _with(found: FoundError, **changes: object) -> FoundError:
    return FoundError(**{**fields_of(found), **changes})
