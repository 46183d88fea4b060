# copied from codegen/runtime/python/bankcodes/signatures.py — do not edit (run `make generate`)
"""Webhook signature verification for every provider that signs its webhooks.

    from bankcodes import signatures

    try:
        signatures.verify(provider, raw_body, request.headers, secret)
    except signatures.SignatureError as error:
        return 401, error.reason

Pass the raw body exactly as received (never re-serialised JSON). Header names are matched
case-insensitively, digests are compared in constant time, and every rejection is a
SignatureError with a machine-readable `reason`; nothing else is raised.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import hmac
from collections.abc import Iterable, Mapping
from typing import NamedTuple

from bankcodes._signing import SCHEMES as SCHEMES_DATA


class Scheme(NamedTuple):
    """How a provider signs: header names (first present wins), algorithm, encodings, prefix."""

    headers: tuple[str, ...]
    algorithm: str
    encodings: tuple[str, ...]
    prefix: str | None


SCHEMES: dict[str, Scheme] = {provider: Scheme(*entry) for provider, entry in SCHEMES_DATA.items()}

#: The reasons a signature is rejected.
REASONS = (
    "unknown_provider",
    "body_not_bytes",
    "empty_secret",
    "bad_headers",
    "missing_header",
    "ambiguous_header",
    "wrong_algorithm",
    "bad_encoding",
    "mismatch",
)


#: Labels recognised before "=" as another algorithm than the provider's.
ALGORITHM_LABELS = frozenset({"md5", "sha1", "sha224", "sha256", "sha384", "sha512"})
_HEX = frozenset("0123456789abcdefABCDEF")


class SignatureError(ValueError):
    """A signature was rejected; `reason` is one of REASONS."""

    def __init__(self, reason: str, message: str) -> None:
        self.reason = reason
        super().__init__(f"{reason}: {message}")


Headers = Mapping[str, str] | Iterable[tuple[str, str]]


def sign(
    provider: str, body: bytes, secret: str | bytes, *, encoding: str | None = None
) -> dict[str, str]:
    """The signature header a provider would send for `body` (for tests and fixtures)."""
    scheme = _scheme(provider)
    digest = hmac.new(_secret(secret), _body(body), scheme.algorithm).digest()
    chosen = encoding or scheme.encodings[0]
    if chosen not in scheme.encodings:
        raise ValueError(f"{provider} signatures are not {chosen}-encoded")
    text = digest.hex() if chosen == "hex" else base64.b64encode(digest).decode("ascii")
    return {scheme.headers[0]: (scheme.prefix or "") + text}


def verify(provider: str, body: bytes, headers: Headers, secret: str | bytes) -> str:
    """Check a webhook's signature; return the header that carried it.

    Raises SignatureError (and nothing else) when the provider is unknown, the body is not raw
    bytes, the secret is empty, the header is missing, repeated with different values, of
    another algorithm or badly encoded, or the signature does not match.
    """
    scheme = _scheme(provider)
    raw = _body(body)
    key = _secret(secret)
    name, value = _header(scheme, headers)
    given = _decode(scheme, name, value)
    expected = hmac.new(key, raw, scheme.algorithm).digest()
    if not hmac.compare_digest(expected, given):
        raise SignatureError("mismatch", f"the {name} signature does not match the body")
    return name


def _scheme(provider: object) -> Scheme:
    scheme = SCHEMES.get(provider) if isinstance(provider, str) else None
    if scheme is None:
        known = ", ".join(SCHEMES)
        raise SignatureError(
            "unknown_provider", f"no signing scheme for {provider!r} (known: {known})"
        )
    return scheme


def _body(body: object) -> bytes:
    if isinstance(body, bytes | bytearray | memoryview):
        return bytes(body)
    raise SignatureError(
        "body_not_bytes",
        f"the body must be the raw bytes received, not {type(body).__name__}; "
        "a parsed or re-serialised body does not match the signature",
    )


def _secret(secret: object) -> bytes:
    if isinstance(secret, str):
        secret = secret.encode("utf-8")
    if not isinstance(secret, bytes) or not secret.strip():
        raise SignatureError("empty_secret", "the webhook secret is empty or not str/bytes")
    return secret


def _header(scheme: Scheme, headers: object) -> tuple[str, str]:
    try:
        if isinstance(headers, Mapping):
            pairs = list(headers.items())
        elif isinstance(headers, Iterable) and not isinstance(headers, str | bytes):
            pairs = list(headers)
        else:
            raise TypeError(f"not {type(headers).__name__}")
        values: dict[str, set[str]] = {}
        for pair in pairs:
            name, value = pair
            if not isinstance(name, str) or not isinstance(value, str):
                raise TypeError("header names and values must be str")
            values.setdefault(name.lower(), set()).add(value.strip())
    except (TypeError, ValueError, AttributeError) as error:
        raise SignatureError(
            "bad_headers", f"headers must be a mapping or (name, value) pairs: {error}"
        ) from None
    for name in scheme.headers:
        found = values.get(name.lower())
        if not found:
            continue
        if len(found) > 1:
            raise SignatureError(
                "ambiguous_header", f"{name} is present several times with different values"
            )
        return name, found.pop()
    raise SignatureError("missing_header", f"no {' or '.join(scheme.headers)} header")


def _decode(scheme: Scheme, name: str, value: str) -> bytes:
    size = hashlib.new(scheme.algorithm).digest_size
    if scheme.prefix is not None:
        label, separator, _ = value.partition("=")
        if not separator or not value.lower().startswith(scheme.prefix.lower()):
            if separator and label.lower() in ALGORITHM_LABELS:
                raise SignatureError(
                    "wrong_algorithm", f"{name} is {label}=…, expected {scheme.prefix}…"
                )
            raise SignatureError("bad_encoding", f"{name} does not start with {scheme.prefix}")
        value = value[len(scheme.prefix) :]
    decoded: list[bytes] = []
    if "hex" in scheme.encodings and value and len(value) % 2 == 0 and set(value) <= _HEX:
        decoded.append(bytes.fromhex(value))
    if "base64" in scheme.encodings and value and len(value) % 4 == 0:
        with contextlib.suppress(binascii.Error, ValueError):
            decoded.append(base64.b64decode(value, validate=True))
    for digest in decoded:
        if len(digest) == size:
            return digest
    if decoded:
        raise SignatureError(
            "wrong_algorithm",
            f"{name} holds a {len(decoded[0])}-byte digest; {scheme.algorithm} gives {size} bytes",
        )
    encodings = " or ".join(scheme.encodings)
    raise SignatureError("bad_encoding", f"{name} is not {encodings}")
