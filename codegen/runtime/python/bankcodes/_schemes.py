"""The records of how a provider authenticates and delivers its webhooks, one per kind of
signing scheme (a tagged union: HmacScheme, JwtScheme, JwsScheme, StandardWebhooksScheme,
SharedSecretScheme, FetchedKeyScheme, CertificateJwtScheme, PublishedKeyScheme, NoSignature) and
its delivery contract. A scheme's fields are the facts its model in the spec declares (their
bases, generated in bankcodes._code_facts); the records add what a reader does with them. The
generated module bankcodes._signing builds them, by keyword, from the spec."""

from __future__ import annotations

from bankcodes import _code_facts as facts
from bankcodes._record import Record
from bankcodes._records import Source


class SignedTimestamp(facts.SignedTimestampFacts):
    """A signature header of label=value pairs (t=…,v1=…): the HMAC signs the timestamp's text,
    `separator` and the raw body."""


class HmacScheme(facts.HmacSchemeFacts):
    """An HMAC of the raw body with a shared secret, in the first of `headers` present; with
    `timestamp`, of a timestamp the header also carries and the body."""

    #: How a header carrying a signed timestamp is read, or None (the HMAC signs the body alone).
    timestamp: SignedTimestamp | None = None


class JwtScheme(facts.JwtSchemeFacts):
    """A signed JSON Web Token in one header: its claims sign the body's SHA-256 and the time it
    was issued (iat)."""

    @property
    def headers(self) -> tuple[str, ...]:
        return (self.header,)


class JwsScheme(facts.JwsSchemeFacts):
    """A detached JWS over the request (its method, path, listed headers and raw body) in one
    header, in the Tl-Signature v2 format that the provider's signing library verifies; its key
    set must be at one of `allowed_jku`."""

    @property
    def headers(self) -> tuple[str, ...]:
        return (self.header,)


class StandardWebhooksScheme(facts.StandardWebhooksSchemeFacts):
    """Standard Webhooks: an HMAC-SHA256 of the id, the timestamp and the raw body, in three
    headers; a timestamp further from now than `tolerance_seconds`, either way, is refused."""

    algorithm = "sha256"

    @property
    def headers(self) -> tuple[str, ...]:
        return (self.signature_header,)


class SharedSecretScheme(facts.SharedSecretSchemeFacts):
    """No signature: each delivery carries the webhook's secret itself in `header`, compared
    with the receiver's in constant time. It protects neither the body nor against a replay.
    `header` is None where the app names the header when it registers the webhook: the receiver
    is then told its name (secret_header)."""

    @property
    def headers(self) -> tuple[str, ...]:
        return () if self.header is None else (self.header,)


class FetchedKeyScheme(facts.FetchedKeySchemeFacts):
    """A signature of the raw body (RSA-SHA256) in `signature_header`, its key named by id in
    `key_id_header` and served at `key_address` (its key_id field filled), on that host only."""

    @property
    def headers(self) -> tuple[str, ...]:
        return (self.signature_header,)


class CertificateJwtScheme(facts.CertificateJwtSchemeFacts):
    """A signed JWT in `header` (after `auth_type`), checked with the certificate at the https
    x5u its header names, on one of `x5u_domains`; a claim holds the body's digest."""

    @property
    def headers(self) -> tuple[str, ...]:
        return (self.header,)


class PublishedKeyScheme(facts.PublishedKeySchemeFacts):
    """An RSA-SHA256 signature (base64) in `signature_header` of the callback URL the app
    registered, `separator` and the raw body, checked with the public key the provider
    publishes; the receiver gives the key and the URL."""

    @property
    def headers(self) -> tuple[str, ...]:
        return (self.signature_header,)


class NoSignature(facts.NoSignatureFacts):
    """No signature: the provider authenticates deliveries at the transport only (HTTP basic
    auth, mutual TLS, an OAuth 2 token, its source addresses), which the receiving web server
    checks; bankcodes authenticates nothing for it."""

    @property
    def headers(self) -> tuple[str, ...]:
        return ()


#: The schemes of a shared secret, and those of a public key.
_Secreted = HmacScheme | StandardWebhooksScheme | SharedSecretScheme
_Keyed = JwtScheme | JwsScheme | FetchedKeyScheme | CertificateJwtScheme | PublishedKeyScheme
Scheme = _Secreted | _Keyed | NoSignature


class Delivery(facts.DeliveryFacts):
    """A provider's delivery contract, as its sources publish it (None: not published): the
    facts its model in the spec declares (their base, generated in bankcodes._code_facts), and
    what the generator derives of them."""

    provider: str
    #: The payload kind of the webhook bodies (bankcodes.payloads).
    kind: str
    #: The code set of the event type: the provider module and the enum class name.
    event_type: EventType
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
    sources: tuple[Source, ...]


class EventType(Record):
    """Where the enum of a webhook's event type lives: a provider module and a class name."""

    module: str
    name: str
