"""Signed JSON Web Token schemes (ES256): a provider signs each delivery with a JWT whose claims
carry the SHA-256 of the raw body and the time it was issued (iat).

The caller passes the public keys as JWKs (a mapping, a list of mappings, or a function from a
key id to a mapping or None); bankcodes does no network I/O, so fetching and caching the keys is
the caller's. PyJWT (the `jwt` extra) does the ECDSA; this module chooses the key, refuses every
other algorithm and checks the claims against an injectable clock.
"""

from __future__ import annotations

import datetime
import hashlib
import hmac
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from bankcodes._schemes import JwtScheme
from bankcodes.errors import ConfigurationError, SignatureError

#: The only algorithm a JWT scheme accepts (none and HMAC algorithms are refused).
ALGORITHM = "ES256"
#: The longest token read; a real token is a few hundred characters.
MAX_TOKEN_LENGTH = 8192

Keys = Mapping[str, Any] | Sequence[Mapping[str, Any]] | Callable[[str], Mapping[str, Any] | None]


def _library() -> Any:
    try:
        import jwt
    except ImportError:  # pragma: no cover - the extra is installed in the test suite
        raise ConfigurationError(
            "missing_dependency",
            "JWT webhook verification needs PyJWT with cryptography: pip install 'bankcodes[jwt]'",
        ) from None
    return jwt


def epoch(now: datetime.datetime | float | None) -> float:
    """Seconds since the epoch of `now` (an aware datetime or a number); None: the clock."""
    if now is None:
        return time.time()
    if isinstance(now, datetime.datetime):
        if now.tzinfo is None:
            raise ConfigurationError("bad_clock", "now must be a timezone-aware datetime")
        return now.timestamp()
    if isinstance(now, int | float) and not isinstance(now, bool):
        return float(now)
    raise ConfigurationError(
        "bad_clock", f"now is a datetime or a number, not {type(now).__name__}"
    )


def _key_for(keys: object, kid: str) -> tuple[Mapping[str, Any], int]:
    if callable(keys):
        try:
            found = keys(kid)
        except Exception as error:  # the caller's key store failed: not the sender's fault
            raise ConfigurationError(
                "bad_key", f"the key function failed for kid {kid[:80]!r}: {error}"
            ) from error
        if found is None:
            raise SignatureError("unknown_key", f"no key for kid {kid[:80]!r}")
        candidates: Sequence[object] = [found]
    elif isinstance(keys, Mapping):
        candidates = [keys]
    elif isinstance(keys, list | tuple):
        if not keys:
            raise ConfigurationError("empty_secret", "the list of JWKs is empty")
        candidates = keys
    else:
        raise ConfigurationError(
            "bad_key",
            f"keys are a JWK mapping, a list of them or a function, not {type(keys).__name__}",
        )
    for index, key in enumerate(candidates):
        if not isinstance(key, Mapping):
            raise ConfigurationError("bad_key", f"key {index} is not a JWK mapping")
        if callable(keys) or key.get("kid") == kid:
            return key, index
    raise SignatureError("unknown_key", f"no key has kid {kid[:80]!r}")


def check(
    header: str,
    token: str,
    body: bytes,
    keys: object,
    scheme: JwtScheme,
    *,
    now: datetime.datetime | float | None = None,
    max_age: float | None = None,
) -> int:
    """Verify `token` (the value of `header`) for `body`; return the index of the key used.

    `max_age` overrides the scheme's oldest iat. Raises SignatureError or ConfigurationError.
    """
    jwt = _library()
    skew, claim = scheme.future_skew_seconds, scheme.body_hash_claim
    oldest = float(scheme.max_age_seconds) if max_age is None else max_age
    clock = epoch(now)
    if len(token) > MAX_TOKEN_LENGTH or token.count(".") != 2:
        raise SignatureError("bad_encoding", f"{header} is not a compact JWT")
    try:
        head = jwt.get_unverified_header(token)
    except jwt.PyJWTError:
        raise SignatureError("bad_encoding", f"{header} has no readable JWT header") from None
    alg = head.get("alg")
    if alg != ALGORITHM:
        shown = repr(alg)[:40]
        raise SignatureError("wrong_algorithm", f"{header} is signed with {shown}, not {ALGORITHM}")
    kid = head.get("kid")
    if not isinstance(kid, str) or not kid:
        raise SignatureError("unknown_key", f"{header} names no key (kid)")
    jwk, index = _key_for(keys, kid)
    try:
        key = jwt.PyJWK(dict(jwk), algorithm=ALGORITHM).key
    except (jwt.PyJWTError, ValueError, TypeError, KeyError) as error:
        raise ConfigurationError(
            "bad_key", f"the JWK for kid {kid[:80]!r} is unusable: {error}"
        ) from None
    try:
        claims = jwt.decode(
            token,
            key=key,
            algorithms=[ALGORITHM],
            options={
                "verify_exp": False,
                "verify_nbf": False,
                "verify_iat": False,
                "verify_aud": False,
            },
        )
    except jwt.InvalidSignatureError:
        raise SignatureError(
            "mismatch", f"the {header} token's signature does not verify"
        ) from None
    except jwt.PyJWTError as error:
        raise SignatureError("bad_encoding", f"{header} is not a valid JWT: {error}") from None
    issued = claims.get("iat")
    if issued is None:
        raise SignatureError("missing_timestamp", f"the {header} token has no iat claim")
    if not isinstance(issued, int | float) or isinstance(issued, bool):
        raise SignatureError("bad_encoding", f"the {header} token's iat is not a number")
    if clock - issued > oldest:
        raise SignatureError(
            "stale_timestamp",
            f"the {header} token was issued {clock - issued:.0f} s ago (limit {oldest:.0f} s)",
        )
    if issued - clock > skew:
        raise SignatureError(
            "future_timestamp", f"the {header} token is issued {issued - clock:.0f} s in the future"
        )
    signed = claims.get(claim)
    if not isinstance(signed, str):
        raise SignatureError("missing_claim", f"the {header} token has no {claim} claim")
    digest = hashlib.sha256(body).hexdigest()
    if not hmac.compare_digest(signed.lower().encode("ascii", "replace"), digest.encode("ascii")):
        raise SignatureError("mismatch", f"the {header} token's {claim} does not match the body")
    return index


def sign(
    body: bytes,
    private_jwk: Mapping[str, Any],
    scheme: JwtScheme,
    *,
    now: datetime.datetime | float | None = None,
) -> str:
    """The token a real delivery of `body` would carry, signed with a private JWK (for tests)."""
    jwt = _library()
    kid = private_jwk.get("kid")
    if not isinstance(kid, str) or not kid:
        raise ConfigurationError("bad_key", "the private JWK needs a kid")
    try:
        key = jwt.PyJWK(dict(private_jwk), algorithm=ALGORITHM).key
    except (jwt.PyJWTError, ValueError, TypeError, KeyError) as error:
        raise ConfigurationError("bad_key", f"the private JWK is unusable: {error}") from None
    claims = {"iat": int(epoch(now)), scheme.body_hash_claim: hashlib.sha256(body).hexdigest()}
    token: str = jwt.encode(claims, key, algorithm=ALGORITHM, headers={"kid": kid})
    return token
