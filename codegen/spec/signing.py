"""How a provider authenticates its webhook deliveries: one model per signing scheme, and the
tagged union of them a provider's `signing` holds (the schemes that fetch a key or a
certificate are codegen.spec.fetched_keys')."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import ConfigDict
from pydantic import Field as PydField
from typing_extensions import TypeAliasType

from codegen.spec.base import (
    UNIQUE,
    Header,
    Integer,
    SourceRefs,
    SpecModel,
    Text,
    Url,
    whole,
)
from codegen.spec.carried import RECORDS, Carried
from codegen.spec.fetched_keys import (
    CertificateJwtSigning,
    FetchedKeySigning,
    PublishedKeySigning,
)

Member = Annotated[str, PydField(pattern=whole("[A-Za-z0-9_]+"))]


class SignedTimestamp(SpecModel):
    """A header that carries a timestamp beside its signatures, as comma-separated label=value
    pairs (t=…,v1=…): the HMAC signs the timestamp's text, the separator and the raw body, so a
    replay can be refused by its age."""

    timestamp_label: Annotated[Member, Carried("Timestamp label", shown=RECORDS)] = PydField(
        description="The label of the timestamp (Unix seconds)."
    )
    signature_label: Annotated[Member, Carried("Signature label", shown=RECORDS)] = PydField(
        description="The label of a signature; a header may carry several (during a rotation), "
        "and one matching is enough. Signatures under other labels are not read."
    )
    separator: Annotated[str, Carried("Separator", shown=RECORDS)] = PydField(
        min_length=1,
        max_length=8,
        description="What joins the timestamp and the raw body in the signed content.",
    )
    tolerance_seconds: Annotated[int, Integer(1), Carried("Tolerance", shown=RECORDS)] = PydField(
        description="The oldest timestamp accepted by default, in seconds before now: the "
        "provider's own libraries' default; the provider signs each delivery attempt anew."
    )
    future_tolerance_seconds: Annotated[
        Annotated[int, Integer(1)] | None, Carried("Future tolerance", shown=RECORDS)
    ] = PydField(
        None,
        description="How far ahead of the clock a timestamp may be, in seconds; null: a "
        "timestamp ahead of the clock is accepted, as the provider's own libraries accept it.",
    )
    repeated_timestamp: Annotated[
        Literal["first", "last"], Carried("Repeated timestamp", shown=RECORDS)
    ] = PydField(
        "first",
        description="Which timestamp is read when a header carries several: the first or the "
        "last, as the provider's own libraries read it.",
    )


class HmacSigning(SpecModel):
    """An HMAC of the raw body with a shared secret, in one or more headers (the first present
    wins); with `timestamp`, an HMAC of a timestamp and the body, both in the header."""

    model_config = ConfigDict(
        json_schema_extra={
            "allOf": [
                {"not": {"required": ["timestamp", "prefix"]}},
                {"not": {"required": ["timestamp", "list_separator"]}},
            ]
        }
    )

    scheme: Literal["hmac"]
    headers: Annotated[
        tuple[Header, ...], PydField(min_length=1), UNIQUE, Carried("Headers", shown=RECORDS)
    ] = PydField(description="The headers that may hold the signature: the first present is read.")
    algorithm: Annotated[Literal["sha256", "sha512"], Carried("Algorithm", shown=RECORDS)] = (
        PydField(description="The HMAC's hash function.")
    )
    encodings: Annotated[
        tuple[Literal["hex", "base64"], ...],
        PydField(min_length=1),
        UNIQUE,
        Carried("Encodings", shown=RECORDS),
    ] = PydField(
        description="How the digest is written in the header; several when the provider's "
        "documents do not settle it."
    )
    prefix: Annotated[str | None, Carried("Prefix", shown=RECORDS)] = PydField(
        None,
        min_length=1,
        pattern=whole(r"\S+"),
        description="A label before the digest in the header value (sha512=…).",
    )
    list_separator: Annotated[
        Literal[",", " ", ";"] | None, Carried("List separator", shown=RECORDS)
    ] = PydField(
        None,
        description="The header may hold several signatures separated by this character, each "
        "written whole (with the prefix): every one must be well formed, and one matching is "
        "enough (a provider that signs with each secret valid during a rotation). Null: the "
        "header holds one signature.",
    )
    hex_case: Annotated[Literal["lower", "upper"] | None, Carried("Hex case", shown=RECORDS)] = (
        PydField(
            None,
            description="The case of a hex digest's letters where the provider's own verifier "
            "compares the text and so reads that case alone: signed so and read so only. Null: "
            "either case is read, and lower case is written.",
        )
    )
    timestamp: SignedTimestamp | None = PydField(
        None,
        description="The header carries a signed timestamp beside the signatures (t=…,v1=…); "
        "then it has no prefix and no list separator of its own.",
    )
    sources: SourceRefs
    notes: Text


class JwtSigning(SpecModel):
    """A signed JSON Web Token in one header: its claims sign the body's SHA-256 and the time it
    was issued (iat), so a replay can be refused by age."""

    scheme: Literal["jwt"]
    header: Annotated[Header, Carried("Header", shown=RECORDS)] = PydField(
        description="The header holding the compact JWS."
    )
    algorithm: Annotated[Literal["ES256"], Carried("Algorithm", shown=RECORDS)] = PydField(
        description="The only JWS algorithm accepted (any other alg is refused)."
    )
    max_age_seconds: Annotated[int, Integer(1), Carried("Maximum age", shown=RECORDS)] = PydField(
        description="The oldest iat accepted, in seconds before now."
    )
    future_skew_seconds: Annotated[int, Integer(0), Carried("Future skew", shown=RECORDS)] = (
        PydField(description="How far in the future an iat may be (clock skew).")
    )
    body_hash_claim: Annotated[str, Carried("Body hash claim", shown=RECORDS)] = PydField(
        pattern=whole("[a-z0-9_]+"),
        description="The claim holding the hex SHA-256 of the raw body.",
    )
    key_reply_member: Annotated[Member | None, Carried("Key reply member", shown=RECORDS)] = (
        PydField(
            None,
            description="The member of the provider's key endpoint reply that holds the JWK, "
            "when the reply wraps it: a receiver may pass the reply as it is.",
        )
    )
    key_expiry_member: Annotated[Member | None, Carried("Key expiry member", shown=RECORDS)] = (
        PydField(
            None,
            description="The JWK member holding the Unix time at which the provider expired the "
            "key (null while it is valid): a token whose key has expired is refused (expired_key).",
        )
    )
    sources: SourceRefs
    notes: Text


class JwsSigning(SpecModel):
    """A detached JSON Web Signature over the request itself (its method, its path, the headers
    the signature lists and the raw body), in the format of the provider's signing library
    (Tl-Signature, version 2), which verifies it. Its key is in the JWKS at the jku the
    signature's header names, which must be one the provider publishes: it is checked before any
    key is looked up, so a forged jku is never fetched."""

    scheme: Literal["jws"]
    header: Annotated[Header, Carried("Header", shown=RECORDS)] = PydField(
        description="The header holding the JWS (header..signature)."
    )
    algorithm: Annotated[Literal["ES512"], Carried("Algorithm", shown=RECORDS)] = PydField(
        description="The only JWS algorithm accepted (any other alg is refused)."
    )
    allowed_jku: Annotated[
        tuple[Url, ...], PydField(min_length=1), UNIQUE, Carried("Key sets", shown=RECORDS)
    ] = PydField(
        description="The key set addresses the provider publishes: a signature naming any other "
        "jku is refused (unknown_key) before a key is looked up."
    )
    timestamp_header: Annotated[Header | None, Carried("Timestamp header", shown=RECORDS)] = (
        PydField(
            None,
            description="A header the signature must cover that holds the time of sending "
            "(RFC 3339): a tolerance, when one is asked for, is checked against it.",
        )
    )
    sources: SourceRefs
    notes: Text


class StandardWebhooksSigning(SpecModel):
    """Standard Webhooks (the specification its own libraries, standardwebhooks, verify): an
    HMAC-SHA256 of the message id, the timestamp and the raw body joined by dots, with the
    endpoint's secret (whsec_ and the key in base64); the signatures (v1,<base64>, separated by
    spaces) in one header, the id and the timestamp (Unix seconds) in two others. A timestamp
    further from now than the tolerance, before or after, is refused."""

    scheme: Literal["standard_webhooks"]
    id_header: Annotated[Header, Carried("Id header", shown=RECORDS)] = PydField(
        description="The header holding the message id."
    )
    timestamp_header: Annotated[Header, Carried("Timestamp header", shown=RECORDS)] = PydField(
        description="The header holding the Unix timestamp."
    )
    signature_header: Annotated[Header, Carried("Signature header", shown=RECORDS)] = PydField(
        description="The header holding the signatures."
    )
    tolerance_seconds: Annotated[int, Integer(1), Carried("Tolerance", shown=RECORDS)] = PydField(
        description="How far from now a timestamp may be, before or after: the libraries' default."
    )
    sources: SourceRefs
    notes: Text


class SharedSecretSigning(SpecModel):
    """No signature: each delivery carries the webhook's secret itself in one header, which the
    receiver compares with its own, in constant time. It shows the sender knows the secret, but
    protects neither the body (whoever sees one delivery can send any body) nor against a replay.
    The header is the provider's, or one the app names itself when it registers the webhook."""

    scheme: Literal["shared_secret"]
    header: Annotated[Header | None, Carried("Header", shown=RECORDS)] = PydField(
        None,
        description="The header holding the secret; left out where the app names the header "
        "itself when it registers the webhook (receive is then told its name).",
    )
    sources: SourceRefs
    notes: Text


class NoSigning(SpecModel):
    """No signature: the provider authenticates its deliveries at the transport only (the
    receiver configures it in its web server), so bankcodes authenticates nothing and says
    so."""

    scheme: Literal["none"]
    transport: Annotated[
        tuple[Literal["basic_auth", "bearer_token", "mutual_tls", "oauth2", "ip_allowlist"], ...],
        PydField(min_length=1),
        UNIQUE,
        Carried("Transport", shown=RECORDS),
    ] = PydField(
        description="What the provider offers to authenticate deliveries at the transport: HTTP "
        "basic auth, a static bearer token the receiver registered (Authorization: Bearer …), "
        "mutual TLS, an OAuth 2 token, its published source addresses."
    )
    sources: SourceRefs
    notes: Text


Signing = TypeAliasType(
    "Signing",
    Annotated[
        HmacSigning
        | JwtSigning
        | JwsSigning
        | StandardWebhooksSigning
        | SharedSecretSigning
        | FetchedKeySigning
        | CertificateJwtSigning
        | PublishedKeySigning
        | NoSigning,
        PydField(
            discriminator="scheme",
            description="How the provider authenticates its webhook deliveries: a tagged union on "
            "scheme (hmac, jwt, jws, standard_webhooks, shared_secret, fetched_key, "
            "certificate_jwt, published_key, none), each variant with only its own fields. A new "
            "kind of scheme is a new variant here and one runtime module.",
        ),
    ],
)
