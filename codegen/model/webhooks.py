"""How a provider authenticates its webhooks (a signing scheme of one of six kinds) and
delivers them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Literal

from codegen.model.codes import CodeSet, Source
from codegen.model.payloads import CodeType, PayloadKind, UnionDef


@dataclass(frozen=True, eq=False)
class SignedTimestamp:
    """A header of label=value pairs carrying a timestamp and signatures: the HMAC signs the
    timestamp's text, `separator` and the raw body."""

    timestamp_label: str
    signature_label: str
    separator: str
    #: The oldest timestamp accepted by default, in seconds (the provider's libraries' default).
    tolerance_seconds: int
    #: How far ahead of the clock a timestamp may be, in seconds (None: accepted).
    future_tolerance_seconds: int | None
    #: Which timestamp a header carrying several is read by.
    repeated_timestamp: Literal["first", "last"]


@dataclass(frozen=True, eq=False)
class HmacSigning:
    """An HMAC of the raw body with a shared secret, in the first of `headers` present (with
    `timestamp`, of a signed timestamp and the body)."""

    headers: tuple[str, ...]
    algorithm: Literal["sha256", "sha512"]
    encodings: tuple[Literal["hex", "base64"], ...]
    prefix: str | None
    sources: tuple[Source, ...]
    notes: str
    timestamp: SignedTimestamp | None = None
    scheme: ClassVar[str] = "hmac"

    @property
    def signed_timestamp(self) -> bool:
        """Whether the signature covers a timestamp, so that a replay can be refused by its age."""
        return self.timestamp is not None


@dataclass(frozen=True, eq=False)
class JwtSigning:
    """A signed JSON Web Token in `header`: its claims sign the body's SHA-256 (the claim
    `body_hash_claim`) and the time it was issued (iat)."""

    header: str
    algorithm: Literal["ES256"]
    max_age_seconds: int
    future_skew_seconds: int
    body_hash_claim: str
    sources: tuple[Source, ...]
    notes: str
    #: The member of the provider's key endpoint reply that holds the JWK, if it wraps it.
    key_reply_member: str | None = None
    #: The JWK member holding the Unix time at which the key expired (null while it is valid).
    key_expiry_member: str | None = None
    scheme: ClassVar[str] = "jwt"
    signed_timestamp: ClassVar[bool] = True

    @property
    def headers(self) -> tuple[str, ...]:
        return (self.header,)


@dataclass(frozen=True, eq=False)
class JwsSigning:
    """A detached JWS over the request (method, path, listed headers, raw body) in `header`,
    whose key set must be at one of `allowed_jku`."""

    header: str
    algorithm: Literal["ES512"]
    allowed_jku: tuple[str, ...]
    timestamp_header: str | None
    sources: tuple[Source, ...]
    notes: str
    scheme: ClassVar[str] = "jws"

    @property
    def headers(self) -> tuple[str, ...]:
        return (self.header,)

    @property
    def signed_timestamp(self) -> bool:
        """Whether the signature covers a timestamp (a header), so a tolerance can be checked."""
        return self.timestamp_header is not None


@dataclass(frozen=True, eq=False)
class StandardWebhooksSigning:
    """Standard Webhooks: an HMAC-SHA256 of the id, the timestamp and the body, each in its
    header."""

    id_header: str
    timestamp_header: str
    signature_header: str
    tolerance_seconds: int
    sources: tuple[Source, ...]
    notes: str
    scheme: ClassVar[str] = "standard_webhooks"
    algorithm: ClassVar[str] = "sha256"
    signed_timestamp: ClassVar[bool] = True

    @property
    def headers(self) -> tuple[str, ...]:
        return (self.signature_header,)


@dataclass(frozen=True, eq=False)
class SharedSecretSigning:
    """No signature: the webhook's secret itself in `header`, compared in constant time (None:
    a header the app names when it registers the webhook)."""

    header: str | None
    sources: tuple[Source, ...]
    notes: str
    scheme: ClassVar[str] = "shared_secret"
    signed_timestamp: ClassVar[bool] = False

    @property
    def headers(self) -> tuple[str, ...]:
        return () if self.header is None else (self.header,)


@dataclass(frozen=True, eq=False)
class NoSigning:
    """No signature: the provider authenticates deliveries at the transport only."""

    transport: tuple[str, ...]
    sources: tuple[Source, ...]
    notes: str
    scheme: ClassVar[str] = "none"
    signed_timestamp: ClassVar[bool] = False

    @property
    def headers(self) -> tuple[str, ...]:
        return ()


Signing = (
    HmacSigning
    | JwtSigning
    | JwsSigning
    | StandardWebhooksSigning
    | SharedSecretSigning
    | NoSigning
)

#: The difference between a provider's clock and a receiver's that a default tolerance allows
#: (bankcodes' choice).
CLOCK_SKEW_SECONDS = 300


@dataclass(frozen=True, eq=False)
class Delivery:
    """How a provider delivers its webhooks (every fact from `sources`)."""

    kind: PayloadKind
    success_status: int | None
    timeout_seconds: int | None
    retry_schedule_minutes: tuple[int, ...] | None
    retry_interval_minutes: int | None
    max_attempts: int | None
    #: Whether the provider's signature covers a timestamp (its signing scheme says).
    signed_timestamp: bool
    body_timestamp: tuple[str, ...] | None
    #: Deduplication keys in order of preference, each a tuple of field paths.
    dedup: tuple[tuple[tuple[str, ...], ...], ...]
    addresses: tuple[str, ...]
    sources: tuple[Source, ...]
    notes: str

    @property
    def retry_window_seconds(self) -> int | None:
        """How long after its first sending the provider may still send a delivery: the last
        offset of its retry schedule (minutes after the first sending), or its interval times
        its retries (max_attempts counts the first sending); None where it publishes neither."""
        if self.retry_schedule_minutes:
            return max(self.retry_schedule_minutes) * 60
        if self.retry_interval_minutes is not None and self.max_attempts is not None:
            return self.retry_interval_minutes * (self.max_attempts - 1) * 60
        return None

    @property
    def default_tolerance_seconds(self) -> int | None:
        """How old a signed body's timestamp receive accepts unless told otherwise: the retry
        window, the delivery's time limit and CLOCK_SKEW_SECONDS, so that the provider's last
        retry of the same signed body is accepted and an older one refused (deduplication on
        the delivery's key guards against a replay within it). None where the body carries no
        timestamp, or the provider publishes no retry window: then no age is checked."""
        window = self.retry_window_seconds
        if self.body_timestamp is None or window is None:
            return None
        return window + (self.timeout_seconds or 0) + CLOCK_SKEW_SECONDS

    @property
    def event_type(self) -> CodeSet:
        """The code set of the event-type field (the tag of the kind's root union)."""
        root = self.kind.root
        if not isinstance(root, UnionDef) or not isinstance(root.tag.type, CodeType):
            raise ValueError(f"{self.kind.id} has no event-type code field")
        return root.tag.type.code_sets[0]
