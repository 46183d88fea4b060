"""Signing schemes whose public key the receiver fetches from the provider: a signature of the
raw body checked with the key at an address built from the key id a header names, and a signed
JSON Web Token checked with the X.509 certificate at the address (x5u) its header names. A key is
fetched only from the provider's own hosts, which the scheme declares."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field as PydField

from codegen.spec.base import UNIQUE, Header, Integer, SourceRefs, SpecModel, Text, whole
from codegen.spec.carried import RECORDS, Carried

#: A host name: letters, digits, dots and hyphens.
Host = Annotated[str, PydField(pattern=whole("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9-]+)+"))]
#: One host or more, each once.
Hosts = Annotated[tuple[Host, ...], PydField(min_length=1), UNIQUE]


class FetchedKeySigning(SpecModel):
    """A signature of the raw body with the provider's private key, in one header; another
    header names the key by its id, and the public key (PEM) is served by the provider at an
    address built from that id, on its own host: the receiver fetches it there (and nowhere
    else), keeps it for a while, and refuses a key older than the newest it has seen."""

    scheme: Literal["fetched_key"]
    signature_header: Annotated[Header, Carried("Signature header", shown=RECORDS)] = PydField(
        description="The header holding the signature."
    )
    key_id_header: Annotated[Header, Carried("Key id header", shown=RECORDS)] = PydField(
        description="The header holding the id of the key that signed the delivery: a decimal "
        "integer, the provider's keys numbered in the order they are made."
    )
    algorithm: Annotated[Literal["RSA-SHA256"], Carried("Algorithm", shown=RECORDS)] = PydField(
        description="The signature's algorithm: RSASSA-PKCS1-v1_5 with SHA-256 over the raw body."
    )
    encoding: Annotated[Literal["base64"], Carried("Encoding", shown=RECORDS)] = PydField(
        description="How the signature is written in its header."
    )
    key_address: Annotated[str, Carried("Key address", shown=RECORDS)] = PydField(
        max_length=300,
        pattern=whole(r"https://[a-z0-9.-]+(/[A-Za-z0-9._~-]+)*/\{key_id\}"),
        description="The https address of a public key, {key_id} standing for the key id: "
        "the only host keys are fetched from is this address's.",
    )
    key_auth: Annotated[Literal["basic"] | None, Carried("Key request auth", shown=RECORDS)] = (
        PydField(
            None,
            description="How the key request is authenticated: basic, HTTP basic auth with the "
            "app's own credentials (its id and secret); null: none.",
        )
    )
    key_reply_member: Annotated[str | None, Carried("Key reply member", shown=RECORDS)] = PydField(
        None,
        pattern=whole("[a-z_]+"),
        description="The member of the key address's JSON reply that holds the PEM; null: "
        "the reply is the PEM itself.",
    )
    key_max_age_seconds: Annotated[int, Integer(1), Carried("Key kept", shown=RECORDS)] = PydField(
        description="How long a fetched key is kept before it is fetched again, in seconds: "
        "the provider's own library's default."
    )
    lower_key_id_refused: Annotated[bool, Carried("Lower key id refused", shown=RECORDS)] = (
        PydField(
            description="Whether a delivery naming a key id lower than the newest key kept is "
            "refused (expired_key): the provider's rotation makes the older key invalid."
        )
    )
    sources: SourceRefs
    notes: Text


class CertificateJwtSigning(SpecModel):
    """A signed JSON Web Token in one header (after its authentication type), checked with the
    X.509 certificate at the https address its header's x5u names, which must be on one of the
    provider's domains (or their subdomains): it is checked before anything is fetched, so a
    forged x5u is never fetched. A claim holds a digest of the raw body."""

    scheme: Literal["certificate_jwt"]
    header: Annotated[Header, Carried("Header", shown=RECORDS)] = PydField(
        description="The header holding the token."
    )
    auth_type: Annotated[str | None, Carried("Authentication type", shown=RECORDS)] = PydField(
        None,
        pattern=whole("[A-Za-z]+"),
        description="The authentication type before the token and a space (Bearer); null: the "
        "header holds the token alone.",
    )
    algorithm: Annotated[Literal["RS256"], Carried("Algorithm", shown=RECORDS)] = PydField(
        description="The only JWS algorithm accepted (any other alg is refused)."
    )
    x5u_domains: Annotated[Hosts, Carried("Certificate domains", shown=RECORDS)] = PydField(
        description="The domains a certificate may be fetched from: the x5u is https on one of "
        "them or a subdomain, or the token is refused (unknown_key) with nothing fetched."
    )
    digest_claim: Annotated[str, Carried("Body digest claim", shown=RECORDS)] = PydField(
        pattern=whole("[a-z0-9_]+"),
        description="The claim holding the digest of the raw body.",
    )
    digest_prefix: Annotated[Literal["sha256-"], Carried("Body digest prefix", shown=RECORDS)] = (
        PydField(
            description="What precedes the base64 SHA-256 of the raw body in the digest claim "
            "(the digest algorithm's identifier)."
        )
    )
    sources: SourceRefs
    notes: Text


class PublishedKeySigning(SpecModel):
    """A signature, in one header, checked with the public key the provider publishes, which
    the receiver gives: of the callback URL the app registered with the provider, a separator
    and the raw body (the receiver gives the URL too: the one registered, not the one a proxy
    forwards to), or of the raw body alone; nothing is fetched and no time is signed."""

    scheme: Literal["published_key"]
    signature_header: Annotated[Header, Carried("Signature header", shown=RECORDS)] = PydField(
        description="The header holding the signature."
    )
    algorithm: Annotated[
        Literal["RSA-SHA256", "ECDSA-SHA256"], Carried("Algorithm", shown=RECORDS)
    ] = PydField(
        description="The signature's algorithm: RSASSA-PKCS1-v1_5 with SHA-256 (an RSA key), "
        "or ECDSA with SHA-256 on P-256, the signature DER-encoded (an EC key)."
    )
    encoding: Annotated[Literal["base64"], Carried("Encoding", shown=RECORDS)] = PydField(
        description="How the signature is written in its header."
    )
    separator: Annotated[Literal["|"] | None, Carried("Separator", shown=RECORDS)] = PydField(
        description="What joins the callback URL and the raw body in the signed text; null: "
        "the raw body alone is signed, and no URL is given."
    )
    compact_body: Annotated[bool, Carried("Compact body", shown=RECORDS)] = PydField(
        False, description="Whether the provider signs compact JSON, as JSON.stringify writes it."
    )
    sources: SourceRefs
    notes: Text
