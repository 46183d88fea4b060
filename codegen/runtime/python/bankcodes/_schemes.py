"""The records of how a provider authenticates and delivers its webhooks, one per kind of
signing scheme (a tagged union: HmacScheme, JwtScheme, JwsScheme, StandardWebhooksScheme,
SharedSecretScheme, NoSignature) and its delivery contract.
The generated module bankcodes._signing builds them, by keyword, from the spec."""

from __future__ import annotations

from bankcodes._record import Record
from bankcodes._records import Source


class SignedTimestamp(Record):
    """A signature header of label=value pairs (t=…,v1=…): the HMAC signs the timestamp's text,
    `separator` and the raw body."""

    __slots__ = (
        "timestamp_label",
        "signature_label",
        "separator",
        "tolerance_seconds",
        "future_tolerance_seconds",
        "repeated_timestamp",
    )
    timestamp_label: str
    #: The label of a signature; several may be present, one matching is enough.
    signature_label: str
    separator: str
    #: The oldest timestamp accepted by default, in seconds (the provider's libraries' default).
    tolerance_seconds: int
    #: How far ahead of the clock a timestamp may be, in seconds (None: accepted).
    future_tolerance_seconds: int | None
    #: Which timestamp a header carrying several is read by: "first" or "last".
    repeated_timestamp: str

    def __init__(
        self,
        *,
        timestamp_label: str,
        signature_label: str,
        separator: str,
        tolerance_seconds: int,
        future_tolerance_seconds: int | None = None,
        repeated_timestamp: str = "first",
    ) -> None:
        super().__init__(
            timestamp_label=timestamp_label,
            signature_label=signature_label,
            separator=separator,
            tolerance_seconds=tolerance_seconds,
            future_tolerance_seconds=future_tolerance_seconds,
            repeated_timestamp=repeated_timestamp,
        )


class HmacScheme(Record):
    """An HMAC of the raw body with a shared secret, in the first of `headers` present; with
    `timestamp`, of a timestamp the header also carries and the body."""

    scheme = "hmac"
    __slots__ = ("headers", "algorithm", "encodings", "prefix", "timestamp")
    headers: tuple[str, ...]
    #: The hash function: sha256 or sha512.
    algorithm: str
    #: How the digest may be written: hex, base64 or both.
    encodings: tuple[str, ...]
    #: A label before the digest (sha512=…), or None.
    prefix: str | None
    #: How a header carrying a signed timestamp is read, or None (the HMAC signs the body alone).
    timestamp: SignedTimestamp | None

    def __init__(
        self,
        *,
        headers: tuple[str, ...],
        algorithm: str,
        encodings: tuple[str, ...],
        prefix: str | None = None,
        timestamp: SignedTimestamp | None = None,
    ) -> None:
        super().__init__(
            headers=headers,
            algorithm=algorithm,
            encodings=encodings,
            prefix=prefix,
            timestamp=timestamp,
        )


class JwtScheme(Record):
    """A signed JSON Web Token in one header: its claims sign the body's SHA-256 and the time it
    was issued (iat)."""

    scheme = "jwt"
    __slots__ = (
        "header",
        "algorithm",
        "max_age_seconds",
        "future_skew_seconds",
        "body_hash_claim",
        "key_reply_member",
        "key_expiry_member",
    )
    header: str
    #: The only JWS algorithm accepted (ES256).
    algorithm: str
    #: The oldest iat accepted, in seconds before now, and how far ahead one may be.
    max_age_seconds: int
    future_skew_seconds: int
    #: The claim holding the hex SHA-256 of the raw body.
    body_hash_claim: str
    #: The member of the provider's key endpoint reply that holds the JWK (None: no wrapper).
    key_reply_member: str | None
    #: The JWK member holding the Unix time at which the key expired (None: keys never expire).
    key_expiry_member: str | None

    def __init__(
        self,
        *,
        header: str,
        algorithm: str,
        max_age_seconds: int,
        future_skew_seconds: int,
        body_hash_claim: str,
        key_reply_member: str | None = None,
        key_expiry_member: str | None = None,
    ) -> None:
        super().__init__(
            header=header,
            algorithm=algorithm,
            max_age_seconds=max_age_seconds,
            future_skew_seconds=future_skew_seconds,
            body_hash_claim=body_hash_claim,
            key_reply_member=key_reply_member,
            key_expiry_member=key_expiry_member,
        )

    @property
    def headers(self) -> tuple[str, ...]:
        return (self.header,)


class JwsScheme(Record):
    """A detached JWS over the request (its method, path, listed headers and raw body) in one
    header, in the Tl-Signature v2 format that the provider's signing library verifies; its key
    set must be at one of `allowed_jku`."""

    scheme = "jws"
    __slots__ = ("header", "algorithm", "allowed_jku", "timestamp_header")
    header: str
    #: The only JWS algorithm accepted (ES512).
    algorithm: str
    #: The key set addresses the provider publishes; any other jku is refused unfetched.
    allowed_jku: tuple[str, ...]
    #: A signed header holding the time of sending (RFC 3339), or None.
    timestamp_header: str | None

    def __init__(
        self,
        *,
        header: str,
        algorithm: str,
        allowed_jku: tuple[str, ...],
        timestamp_header: str | None = None,
    ) -> None:
        super().__init__(
            header=header,
            algorithm=algorithm,
            allowed_jku=allowed_jku,
            timestamp_header=timestamp_header,
        )

    @property
    def headers(self) -> tuple[str, ...]:
        return (self.header,)


class StandardWebhooksScheme(Record):
    """Standard Webhooks: an HMAC-SHA256 of the id, the timestamp and the raw body, in three
    headers; a timestamp further from now than `tolerance_seconds`, either way, is refused."""

    scheme = "standard_webhooks"
    algorithm = "sha256"
    __slots__ = ("id_header", "timestamp_header", "signature_header", "tolerance_seconds")
    id_header: str
    timestamp_header: str
    signature_header: str
    tolerance_seconds: int

    def __init__(
        self,
        *,
        id_header: str,
        timestamp_header: str,
        signature_header: str,
        tolerance_seconds: int,
    ) -> None:
        super().__init__(
            id_header=id_header,
            timestamp_header=timestamp_header,
            signature_header=signature_header,
            tolerance_seconds=tolerance_seconds,
        )

    @property
    def headers(self) -> tuple[str, ...]:
        return (self.signature_header,)


class SharedSecretScheme(Record):
    """No signature: each delivery carries the webhook's secret itself in `header`, compared
    with the receiver's in constant time. It protects neither the body nor against a replay.
    `header` is None where the app names the header when it registers the webhook: the receiver
    is then told its name (secret_header)."""

    scheme = "shared_secret"
    __slots__ = ("header",)
    header: str | None

    def __init__(self, *, header: str | None = None) -> None:
        super().__init__(header=header)

    @property
    def headers(self) -> tuple[str, ...]:
        return () if self.header is None else (self.header,)


class NoSignature(Record):
    """No signature: the provider authenticates deliveries at the transport only (HTTP basic
    auth, mutual TLS, an OAuth 2 token, its source addresses), which the receiving web server
    checks; bankcodes authenticates nothing for it."""

    scheme = "none"
    __slots__ = ("transport",)
    #: What the provider offers: basic_auth, bearer_token, mutual_tls, oauth2, ip_allowlist.
    transport: tuple[str, ...]

    def __init__(self, *, transport: tuple[str, ...]) -> None:
        super().__init__(transport=transport)

    @property
    def headers(self) -> tuple[str, ...]:
        return ()


Scheme = (
    HmacScheme | JwtScheme | JwsScheme | StandardWebhooksScheme | SharedSecretScheme | NoSignature
)


class Delivery(Record):
    """A provider's delivery contract, as its sources publish it (None: not published)."""

    __slots__ = (
        "provider",
        "kind",
        "event_type",
        "success_status",
        "timeout_seconds",
        "retry_schedule_minutes",
        "retry_interval_minutes",
        "max_attempts",
        "signed_timestamp",
        "body_timestamp",
        "default_tolerance_seconds",
        "dedup",
        "addresses",
        "sources",
    )
    provider: str
    #: The payload kind of the webhook bodies (bankcodes.payloads).
    kind: str
    #: The code set of the event type: the provider module and the enum class name.
    event_type: EventType
    success_status: int | None
    timeout_seconds: int | None
    retry_schedule_minutes: tuple[int, ...] | None
    retry_interval_minutes: int | None
    max_attempts: int | None
    #: Whether the signature covers a timestamp (then replays can be refused by age).
    signed_timestamp: bool
    #: The field path of a timestamp inside the signed body, when the provider sends one.
    body_timestamp: tuple[str, ...] | None
    #: How old a signed body's timestamp receive accepts by default, in seconds: the retry
    #: window, the delivery's time limit and 5 minutes of clock difference (None: no age check).
    default_tolerance_seconds: int | None
    #: Deduplication keys in order of preference, each a tuple of field paths.
    dedup: tuple[tuple[tuple[str, ...], ...], ...]
    #: Published source addresses of deliveries (empty when unpublished).
    addresses: tuple[str, ...]
    sources: tuple[Source, ...]

    def __init__(
        self,
        *,
        provider: str,
        kind: str,
        event_type: EventType,
        success_status: int | None,
        timeout_seconds: int | None,
        retry_schedule_minutes: tuple[int, ...] | None,
        retry_interval_minutes: int | None,
        max_attempts: int | None,
        signed_timestamp: bool,
        body_timestamp: tuple[str, ...] | None,
        default_tolerance_seconds: int | None,
        dedup: tuple[tuple[tuple[str, ...], ...], ...],
        addresses: tuple[str, ...],
        sources: tuple[Source, ...],
    ) -> None:
        super().__init__(
            provider=provider,
            kind=kind,
            event_type=event_type,
            success_status=success_status,
            timeout_seconds=timeout_seconds,
            retry_schedule_minutes=retry_schedule_minutes,
            retry_interval_minutes=retry_interval_minutes,
            max_attempts=max_attempts,
            signed_timestamp=signed_timestamp,
            body_timestamp=body_timestamp,
            default_tolerance_seconds=default_tolerance_seconds,
            dedup=dedup,
            addresses=addresses,
            sources=sources,
        )


class EventType(Record):
    """Where the enum of a webhook's event type lives: a provider module and a class name."""

    __slots__ = ("module", "name")
    module: str
    name: str

    def __init__(self, *, module: str, name: str) -> None:
        super().__init__(module=module, name=name)
