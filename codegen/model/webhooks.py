"""How a provider authenticates its webhooks (a signing scheme of one of six kinds, its facts
declared by its model in the spec) and delivers them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from codegen.model.codes import CodeSet, Source
from codegen.model.facts import Carried, Fact
from codegen.model.payloads import CodeType, PayloadKind, UnionDef


@dataclass(frozen=True, eq=False)
class Declared:
    """An item whose fields are the facts its spec model declares (codegen.spec.carried): each
    is read as an attribute, None where the item lacks it."""

    #: The facts its model declares, and those it has with their values.
    declared: tuple[Fact, ...] = ()
    carried: Carried = ()

    def __getattr__(self, name: str) -> Any:
        if name not in ("declared", "carried"):
            for fact in self.declared:
                if fact.name == name:
                    return next((v for f, v in self.carried if f.name == name), None)
        raise AttributeError(f"{type(self).__name__} has no {name}")


#: A header of label=value pairs carrying a timestamp and signatures (t=…,v1=…): the HMAC signs
#: the timestamp's text, `separator` and the raw body.
SignedTimestamp = Declared
#: What a kind of scheme fixes rather than declares: Standard Webhooks signs with SHA-256 alone.
FIXED: dict[str, dict[str, str]] = {"standard_webhooks": {"algorithm": "sha256"}}


@dataclass(frozen=True, eq=False)
class Signing(Declared):
    """How a provider authenticates its webhooks: a scheme of one of six kinds (`scheme`: hmac,
    jwt, jws, standard_webhooks, shared_secret, none) with the facts its model in the spec
    declares (`signing.header`: codegen.spec.signing says what each means), an HMAC's signed
    timestamp, and the sources and notes of it all."""

    scheme: str = ""
    #: The runtime's record of the scheme, and the family of its facts (codegen.spec.records).
    record: str = ""
    sources: tuple[Source, ...] = ()
    notes: str = ""
    timestamp: Declared | None = None

    def __getattr__(self, name: str) -> Any:
        fixed = FIXED.get(self.scheme, {})
        return fixed[name] if name in fixed else super().__getattr__(name)

    @property
    def headers(self) -> tuple[str, ...]:
        """The headers that may hold the signature (or the secret), the first present read."""
        facts = {fact.name: value for fact, value in self.carried}
        if "headers" in facts:
            return cast("tuple[str, ...]", facts["headers"])
        one = facts.get("signature_header", facts.get("header"))
        return () if one is None else (str(one),)

    @property
    def signed_timestamp(self) -> bool:
        """Whether the signature covers the time of sending (a signed timestamp, a signed header
        holding it, a token's iat), so that a replay can be refused by its age."""
        facts = {fact.name for fact, _ in self.carried}
        return self.timestamp is not None or bool(facts & {"timestamp_header", "max_age_seconds"})


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
    #: The facts the spec's Delivery model declares as carried that it has.
    carried: Carried = ()

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
