"""bankcodes.receive: verify a webhook's signature, validate and parse its body, and key it for
deduplication, in one call. Imported by the first call (it needs pydantic)."""

from __future__ import annotations

import datetime
import importlib
import re
from dataclasses import dataclass
from typing import Any, Generic, Literal, TypeVar

from bankcodes import _jwt, payloads, signatures
from bankcodes._base import AnyCode, CodeEnum, UnknownCode
from bankcodes._code_fields import FoundCode, codes, decisive_code
from bankcodes._payload_kinds import KINDS
from bankcodes._payloads import check_size, validate_read
from bankcodes._schemes import Delivery
from bankcodes._secrets import secret_header_of
from bankcodes.delivery import DELIVERY, dedup_key
from bankcodes.errors import refused

_TIMESTAMP = re.compile(
    r"(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.(\d{1,9}))?(Z|[+-]\d{2}:?\d{2})?"
)


#: The payload's model and the provider's event-type enum (bankcodes.receive is typed per
#: provider).
P = TypeVar("P")
T = TypeVar("T", bound=CodeEnum)


@dataclass(frozen=True)
class WebhookEvent(Generic[P, T]):
    """A verified, validated webhook delivery."""

    provider: str
    #: The payload kind the body was validated as ("<provider>/webhook").
    kind: str
    #: The event type: a member of the provider's event-type code set, or an UnknownCode.
    type: T | UnknownCode
    #: Where a provider names its events by two fields, the second, as a member of the code
    #: set of the event's type (a type ITEM, then a code ERROR within it); else None.
    code: AnyCode | UnknownCode | None
    #: The typed payload (a model of bankcodes.webhooks).
    payload: P
    #: The body as parsed JSON.
    data: object
    #: Store it and skip a delivery whose key was seen before (see bankcodes.delivery).
    dedup_key: str
    #: Whether a signature was verified: False for a provider that signs nothing (its
    #: deliveries are authenticated at the transport, by the web server, if at all), and for
    #: one that sends its shared secret in a header (checked, but it signs nothing).
    signed: bool
    #: The header that carried the verified signature (or the shared secret), and the scheme's
    #: algorithm (None when nothing was signed).
    header: str | None
    algorithm: str | None
    #: Which of the secrets given matched (0 unless several were given, during a rotation;
    #: None when nothing was checked).
    secret_index: int | None

    def codes(self) -> tuple[FoundCode, ...]:
        """Every code of the payload, read from its code fields with their code sets, in the
        order in which they decide the outcome (bankcodes.payloads.codes)."""
        return codes(self.kind, self.data)

    def decisive_code(self) -> FoundCode | None:
        """The code that decides the outcome: a webhook's embedded error code before its webhook
        code, a status before the event type, the first the catalog knows (bankcodes.payloads
        .decisive_code); None when the payload carries no code."""
        return decisive_code(self.kind, self.data)


#: The longest tolerance accepted, in seconds (366 days).
MAX_TOLERANCE = 31_622_400


def _tolerance(value: object) -> datetime.timedelta | None:
    if value is None:
        return None
    if isinstance(value, str):
        raise refused("tolerance_value", value=value)
    if isinstance(value, datetime.timedelta):
        seconds: float = value.total_seconds()
    elif isinstance(value, int | float) and not isinstance(value, bool):
        seconds = value  # compared as given: a huge int never meets float()
    else:
        raise refused("tolerance_type", kind=type(value).__name__)
    if not 0 < seconds <= MAX_TOLERANCE:  # also refuses NaN
        raise refused("tolerance_range", most=MAX_TOLERANCE, value=value)
    # Below a microsecond, Python's finest time, a window is a microsecond: one only the very
    # instant meets, as Node's 1e-9 seconds is.
    return datetime.timedelta(seconds=max(float(seconds), 1e-6))


def _timestamp(text: object) -> datetime.datetime | None:
    match = _TIMESTAMP.fullmatch(text) if isinstance(text, str) else None
    if match is None:
        return None
    day, time, fraction, zone = match.groups()
    if zone not in (None, "Z"):  # fromisoformat reads +00:99 as +01:39; no clock writes it
        digits = zone[1:].replace(":", "")
        if int(digits[:2]) > 23 or int(digits[2:4]) > 59:
            return None
    micro = (fraction or "").ljust(3, "0")[:3] + "000"  # milliseconds, as JavaScript reads them
    iso = f"{day}T{time}.{micro}" + ("+00:00" if zone in (None, "Z") else zone)
    try:
        return datetime.datetime.fromisoformat(iso)
    except ValueError:
        return None


def receive(
    provider: str,
    body: signatures.Body,
    headers: signatures.Headers,
    secret: signatures.Secrets | signatures.Keys | None,
    *,
    strict: bool = False,
    tolerance: float | datetime.timedelta | Literal["contract"] | None = "contract",
    max_bytes: int = payloads.MAX_BYTES,
    now: datetime.datetime | float | None = None,
    path: str | None = None,
    secret_header: str | None = None,
) -> WebhookEvent[Any, Any]:
    contract = DELIVERY.get(provider) if isinstance(provider, str) else None
    if contract is None:
        signatures.scheme_of(provider)  # an unknown provider
        raise refused("no_delivery", provider=provider)
    clock = _jwt.epoch(now)
    # The default: the age the provider's own last retry of a signed body can reach, checked
    # where the body carries a timestamp (bankcodes.delivery.Delivery.default_tolerance_seconds).
    by_contract = tolerance.__class__ is str and tolerance == "contract"
    limit = _limit(provider, contract, tolerance, by_contract=by_contract)
    raw = signatures.body_bytes(body)
    check_size(raw, max_bytes)  # before the signature: verifying costs a multiple of the body
    max_age = limit.total_seconds() if limit is not None and contract.signed_timestamp else None
    verified, algorithm = _verify(
        provider,
        body,
        headers,
        secret,
        now=clock,
        max_age=max_age,
        path=path,
        secret_header=secret_header,
    )
    try:
        model, data = validate_read(contract.kind, raw, strict=strict, max_bytes=max_bytes)
    except ModuleNotFoundError as error:  # the payloads extra is not installed
        raise refused("missing_module", error=error) from error
    if data is None:  # a kind of one model: read the body as every reader does
        data = payloads.parse(raw, max_bytes=max_bytes)
    if limit is not None and contract.body_timestamp is not None:
        _check_age(data, contract.body_timestamp, limit, clock, required=not by_contract)
    event_code = KINDS[contract.kind].event_code
    named = [f.code for f in codes(contract.kind, data) if f.field == f"$.{event_code}"]
    return WebhookEvent(
        provider=provider,
        kind=contract.kind,
        type=_event_type(contract, model),
        code=named[0] if named else None,
        payload=model,
        data=data,
        dedup_key=dedup_key(provider, data, raw),
        signed=algorithm is not None,
        header=None if verified is None else verified.header,
        algorithm=algorithm,
        secret_index=None if verified is None else verified.secret_index,
    )


def _limit(
    provider: str, contract: Delivery, tolerance: object, *, by_contract: bool
) -> datetime.timedelta | None:
    """How far from now a signed timestamp may be: the contract's default or the tolerance
    given; refused when the provider signs no timestamp to check it against."""
    if by_contract:
        seconds = contract.default_tolerance_seconds
        limit = None if seconds is None else datetime.timedelta(seconds=seconds)
    else:
        limit = _tolerance(tolerance)
    if limit is not None and not contract.signed_timestamp and contract.body_timestamp is None:
        raise refused("no_tolerance", provider=provider)
    return limit


def _verify(
    provider: str,
    body: signatures.Body,
    headers: signatures.Headers,
    secret: signatures.Secrets | signatures.Keys | None,
    *,
    now: float,
    max_age: float | None,
    path: str | None,
    secret_header: str | None,
) -> tuple[signatures.Verified | None, str | None]:
    """The verified signature and the scheme's algorithm (None for a shared secret, which
    signs nothing); (None, None) for a provider that signs nothing, which takes no secret."""
    scheme = signatures.scheme_of(provider)
    if not isinstance(scheme, signatures.NoSignature):
        verified = signatures.check(
            provider,
            body,
            headers,
            secret,
            now=now,
            max_age=max_age,
            path=path,
            secret_header=secret_header,
        )
        if isinstance(scheme, signatures.SharedSecretScheme):
            return verified, None
        return verified, scheme.algorithm
    secret_header_of(provider, scheme, secret_header)  # refused: it names no header
    if secret is not None:
        raise refused(
            "secret_for_unsigned", provider=provider, transport=", ".join(scheme.transport)
        )
    return None, None


def _event_type(contract: Delivery, model: object) -> CodeEnum | UnknownCode:
    """The event type the model's tag field names, as a member of the provider's code set of
    event types (kept as sent when the set does not know it)."""
    tag = KINDS[contract.kind].tag
    module = importlib.import_module(f"bankcodes.{contract.event_type.module}")
    event_types: type[CodeEnum] = getattr(module, contract.event_type.name)
    if tag is None:
        raise refused("no_event_type", kind=contract.kind)
    named_type = getattr(model, tag)
    event_type: CodeEnum | UnknownCode | None = event_types.parse(named_type)
    if event_type is None:  # "": the type is required, so it is kept as it was sent
        return UnknownCode(named_type, event_types)
    return event_type


def _check_age(
    data: object,
    path: tuple[str, ...],
    limit: datetime.timedelta,
    now: float,
    *,
    required: bool,
) -> None:
    """Refuse a body whose timestamp is further than `limit` from `now`; one with no readable
    timestamp too when a tolerance was asked for (`required`), not under the default."""
    value: object = data
    for key in path:
        value = value.get(key) if isinstance(value, dict) else None
    sent = _timestamp(value)
    where = ".".join(path)
    if sent is None and not required:
        return
    if sent is None:
        raise refused("no_body_stamp", where=where)
    if abs(now - sent.timestamp()) > limit.total_seconds():
        raise refused(
            "time_too_far", name=where, value=sent.isoformat(), limit=limit.total_seconds()
        )
