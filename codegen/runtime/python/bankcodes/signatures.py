"""Webhook signature verification for every provider that signs its webhooks.

    from bankcodes import signatures

    try:
        signatures.verify(provider, raw_body, request.headers, [new_secret, old_secret])
    except signatures.SignatureError as error:
        return 401, error.reason          # not sent by the provider
    except signatures.ConfigurationError:
        raise                              # our own setup is wrong: alert, answer 500

Pass the raw body exactly as received: bytes, or a str, which is encoded as UTF-8 (a body
re-serialised from parsed JSON will not verify). Header names are matched case-insensitively,
values are trimmed of spaces and tabs only (HTTP's optional whitespace), a header may be given
several times (pairs, or a list value) as long as every value is the same, digests must be
canonically encoded and are compared in constant time. `secret` is one secret or several
(during a rotation); the first that matches wins. An HMAC signs no timestamp: a replayed
delivery verifies, so deduplicate (bankcodes.delivery.dedup_key). A Standard Webhooks scheme
takes the secret as the provider shows it (whsec_ and the key in base64). A shared-secret scheme
sends the secret itself in a header, compared whole and in constant time: it protects neither
the body nor against a replay.

A JWT scheme (algorithm ES256) takes public keys instead of a secret: a JWK, the provider's key
endpoint reply as it is, a list of either (matched by kid), a mapping from kid to JWK, or a
function from a kid to a JWK (or reply) or None, which the caller can cache (bankcodes makes
no request for them); anything else is a ConfigurationError bad_key, and a key the provider has
expired is refused (expired_key). The token's iat must be recent (the scheme's age limit, or
`max_age`) against `now` (the clock by default), and its body hash claim must match the body.
It needs the `jwt` extra (PyJWT with cryptography).

A fetched-key or certificate JWT scheme (RSA) takes the provider's public keys by their address
(the key address of the id a delivery names, or the token's x5u, each checked to be on the
provider's own hosts first): a PEM, a mapping from address to PEM, or a function from an address
to a PEM (or the key address's reply) or None: KeyFetcher fetches them within bounds and keeps
them (bankcodes._key_fetch), the one request bankcodes ever makes, and only on the provider's
own hosts. Neither signs a time: a tolerance is refused; deduplicate. Both need the `rsa` extra
(cryptography).

A published-key scheme (RSA-SHA256 of the callback URL, "|" and the raw body) takes the
provider's published public key (a PEM, or a list of PEMs) and, as `path`, the callback URL
exactly as registered with the provider; it signs no time. A body parsed and serialised again
does not verify, and the refusal says so where the body reads as such.
"""

from __future__ import annotations

import base64
import datetime
import hmac
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, NamedTuple

from bankcodes import _fetched_keys, _headers, _hmac, _jws, _jwt, _standard_webhooks
from bankcodes._headers import header as _header
from bankcodes._key_address import KeySource
from bankcodes._key_fetch import KeyFetcher
from bankcodes._refusals import CONFIGURATION_REASONS, SIGNATURE_REASONS
from bankcodes._schemes import (
    CertificateJwtScheme,
    FetchedKeyScheme,
    HmacScheme,
    JwsScheme,
    JwtScheme,
    NoSignature,
    PublishedKeyScheme,
    Scheme,
    SharedSecretScheme,
    StandardWebhooksScheme,
)
from bankcodes._secrets import (
    header_text,
    refuse_secret_as_name,
    secret_bytes,
    secret_header_of,
    secrets_of,
    shared_secret,
)
from bankcodes._signing import SCHEMES, UNDESCRIBED
from bankcodes.errors import ConfigurationError, SignatureError, WebhookError, refused

__all__ = [
    "CONFIGURATION_REASONS",
    "SCHEMES",
    "SIGNATURE_REASONS",
    "CertificateJwtScheme",
    "ConfigurationError",
    "FetchedKeyScheme",
    "HmacScheme",
    "JwsScheme",
    "JwtScheme",
    "KeyFetcher",
    "NoSignature",
    "PublishedKeyScheme",
    "Scheme",
    "SharedSecretScheme",
    "SignatureError",
    "StandardWebhooksScheme",
    "Verified",
    "WebhookError",
    "check",
    "sign",
    "verify",
]


Secret = str | bytes | bytearray | memoryview
Secrets = Secret | Sequence[Secret]
Headers = Mapping[str, str | Sequence[str]] | Iterable[tuple[str, str]]
Body = bytes | bytearray | memoryview | str
#: The keys of a JWT scheme: a JWK, a list of JWKs, or a function from a kid to a JWK or None;
#: of a JWS, its key sets; of a fetched key or certificate JWT, PEMs by address (KeyFetcher).
Keys = _jwt.Keys | _jws.KeySets | KeySource
#: A JWK (for a JWT scheme): a mapping with kty, crv, x, y and kid.
Jwk = _jwt.Jwk
Clock = datetime.datetime | float | None


class Verified(NamedTuple):
    """A verified signature: the header that carried it and the index of the secret that
    matched (0 unless several secrets were given)."""

    header: str
    secret_index: int


def sign(
    provider: str,
    body: Body,
    secret: Secret | Mapping[str, Any],
    *,
    encoding: str | None = None,
    now: Clock = None,
    path: str | None = None,
    jku: str | None = None,
    secret_header: str | None = None,
) -> dict[str, str]:
    """The signature header a real delivery of `body` would carry (for tests and fixtures).

    `secret` is what signs, by the provider's scheme (SCHEMES[provider]):

    - hmac, shared_secret: the secret, str or bytes, as the provider shows it;
    - standard_webhooks: the secret as the provider shows it, whsec_ and the key in base64;
    - jwt (ES256) and jws (ES512): a private JWK (a mapping with its d) with its kid, on the
      curve of the algorithm (P-256, P-521);
    - fetched_key (RSA-SHA256): {"private_pem": an RSA private key in PKCS#8 or PKCS#1 PEM,
      unencrypted, "key_id": the decimal key id the delivery names};
    - certificate_jwt (RS256): {"private_pem": the same, "x5u": the https address of its
      certificate, on one of the scheme's x5u_domains};
    - published_key (RSA-SHA256): {"private_pem": the same}, and `path`, the callback URL;
    - none: nothing signs; no header is given.

    For a JWT or JWS, `now` is the time of issue (a JWS also signs `path`, the path the delivery
    is posted to, required for it, names the key set `jku`, one of the provider's, its first by
    default, and adds its timestamp header). A secret of another form is a ConfigurationError
    (bad_secret or bad_key) that names the form expected. `secret_header` names the header of a
    provider whose header the app names (see verify). The RSA schemes need the `rsa` extra."""
    scheme = scheme_of(provider)
    header = secret_header_of(provider, scheme, secret_header)
    if isinstance(scheme, NoSignature):
        return {}  # a delivery of this provider carries no signature
    if isinstance(scheme, SharedSecretScheme):
        if isinstance(secret, Mapping):
            raise refused("sends_secret", provider=provider)
        return {str(header): header_text(secret_bytes(secret))}
    if isinstance(scheme, FetchedKeyScheme | CertificateJwtScheme):
        return _fetched_keys.sign(scheme, body_bytes(body), secret)
    if isinstance(scheme, PublishedKeyScheme):
        return _fetched_keys.sign_published(body_bytes(body), secret, scheme, path)
    if isinstance(scheme, StandardWebhooksScheme):
        return _standard_webhooks.sign(scheme, body_bytes(body), secret, _jwt.epoch(now))
    if isinstance(scheme, JwsScheme):
        if not isinstance(secret, Mapping):
            raise refused("signs_with_jwk", provider=provider)
        if path is None:
            raise refused("no_signed_path", name=scheme.header)
        return _jws.sign(body_bytes(body), secret, scheme, path=path, now=_jwt.epoch(now), jku=jku)
    if isinstance(scheme, JwtScheme):
        if not isinstance(secret, Mapping):
            raise refused("signs_with_jwk", provider=provider)
        return {scheme.header: _jwt.sign(body_bytes(body), secret, scheme, now=now)}
    if isinstance(secret, Mapping):
        raise refused("signs_with_secret", provider=provider)
    stamped = scheme.timestamp
    stamp = str(int(_jwt.epoch(now))) if stamped is not None else ""
    content = _hmac.signed_content(scheme, stamp, body_bytes(body))
    digest = hmac.new(secret_bytes(secret), content, scheme.algorithm).digest()
    chosen = encoding or scheme.encodings[0]
    if chosen not in scheme.encodings:
        raise ValueError(f"{provider} signatures are not {chosen}-encoded")
    text = _hmac.hex_text(scheme, digest) if chosen == "hex" else base64.b64encode(digest).decode()
    if stamped is not None:
        value = f"{stamped.timestamp_label}={stamp},{stamped.signature_label}={text}"
        return {scheme.headers[0]: value}
    return {scheme.headers[0]: (scheme.prefix or "") + text}


def verify(
    provider: str,
    body: Body,
    headers: Headers,
    secret: Secrets | Keys | None,
    *,
    now: Clock = None,
    max_age: float | None = None,
    path: str | None = None,
    secret_header: str | None = None,
) -> str:
    """Check a webhook's signature; return the header that carried it.

    Raises SignatureError when the request is not what the provider sent, ConfigurationError
    when the provider, body type, headers object or secret(s) cannot be used. `path` is the
    request's path, for a scheme that signs it (a JWS), or the callback URL registered with the
    provider, for one that signs that (a published key); `secret_header` the name of the header
    holding the secret, for a provider whose header the app names when it registers the webhook,
    and for no other (its scheme's header is None).
    """
    return check(
        provider,
        body,
        headers,
        secret,
        now=now,
        max_age=max_age,
        path=path,
        secret_header=secret_header,
    ).header


def check(
    provider: str,
    body: Body,
    headers: Headers,
    secret: Secrets | Keys | None,
    *,
    now: Clock = None,
    max_age: float | None = None,
    path: str | None = None,
    secret_header: str | None = None,
) -> Verified:
    """As verify, and say which secret (or key) matched."""
    scheme = scheme_of(provider)
    header = secret_header_of(provider, scheme, secret_header)
    raw = body_bytes(body)
    if isinstance(scheme, NoSignature):
        raise unsigned(provider, scheme)
    headers = _headers.read(headers)  # once: an iterator of pairs gives its pairs once
    if isinstance(scheme, FetchedKeyScheme | CertificateJwtScheme):
        read = lambda name: _header((name,), headers)  # noqa: E731
        return Verified(
            header=_fetched_keys.check(scheme, read, raw, secret, max_age), secret_index=0
        )
    if isinstance(scheme, PublishedKeyScheme):
        _fetched_keys.no_age(scheme.signature_header, max_age)
        read = lambda name: _header((name,), headers)  # noqa: E731
        name, index = _fetched_keys.check_published(read, raw, body, secret, scheme, path)
        return Verified(header=name, secret_index=index)
    if isinstance(scheme, JwsScheme):
        name, value = _header(scheme.headers, headers)
        index = _jws.check(
            name,
            value,
            raw,
            secret,
            scheme,
            request_headers=headers,
            path=path,
            now=_jwt.epoch(now),
            max_age=max_age,
        )
        return Verified(header=name, secret_index=index)
    if isinstance(scheme, JwtScheme):
        name, value = _header(scheme.headers, headers)
        index = _jwt.check(name, value, raw, secret, scheme, now=now, max_age=max_age)
        return Verified(header=name, secret_index=index)
    if isinstance(scheme, StandardWebhooksScheme):
        index = _standard_webhooks.check(
            scheme, lambda name: _header((name,), headers)[1], raw, secret, _jwt.epoch(now), max_age
        )
        return Verified(header=_header(scheme.headers, headers)[0], secret_index=index)
    keys = secrets_of(secret)
    if isinstance(scheme, SharedSecretScheme):
        if scheme.header is None:
            refuse_secret_as_name(str(header), keys)
        name, value = _header((str(header),), headers)
        return Verified(header=name, secret_index=shared_secret(name, value, keys, secret))
    name, value = _header(scheme.headers, headers)
    stamp, given = (
        _hmac.stamped(scheme, name, value)
        if scheme.timestamp is not None
        else ("", _hmac.listed(scheme, name, value))
        if scheme.list_separator is not None
        else ("", [_hmac.decode(scheme, name, value)])
    )
    content = _hmac.signed_content(scheme, stamp, raw)
    matched = None
    for index, key in enumerate(keys):
        expected = hmac.new(key, content, scheme.algorithm).digest()
        if any(hmac.compare_digest(expected, each) for each in given) and matched is None:
            matched = index
    if matched is None:
        raise _hmac.mismatch(scheme, name, given, content, body, secret)
    if scheme.timestamp is not None:
        _hmac.check_stamp(scheme.timestamp, name, stamp, _jwt.epoch(now), max_age)
    return Verified(header=name, secret_index=matched)


def unsigned(provider: str, scheme: NoSignature) -> ConfigurationError:
    """The error for a signature check asked of a provider that signs nothing."""
    transport = ", ".join(scheme.transport)
    return refused("unsigned", provider=provider, transport=transport)


def scheme_of(provider: object) -> Scheme:
    scheme = SCHEMES.get(provider) if isinstance(provider, str) else None
    if scheme is None:
        from bankcodes._providers import PROVIDERS

        known = ", ".join(SCHEMES)
        if provider in UNDESCRIBED:
            raise refused("undescribed", provider=provider, how=UNDESCRIBED[provider])
        if provider in PROVIDERS:
            raise refused("no_webhooks", provider=provider, known=known)
        shown = repr(provider)[:60]
        raise refused("no_scheme", provider=shown, known=known)
    return scheme


def body_bytes(body: object) -> bytes:
    """The raw bytes of a body; a str is encoded as UTF-8."""
    if isinstance(body, bytes | bytearray | memoryview):
        return bytes(body)
    if isinstance(body, str):
        try:
            return body.encode("utf-8")
        except UnicodeEncodeError:
            raise refused("body_surrogate") from None
    raise refused("body_not_raw", kind=type(body).__name__)
