"""Signed JSON Web Token schemes (ES256): a provider signs each delivery with a JWT whose claims
carry the SHA-256 of the raw body and the time it was issued (iat).

The token is read by one written rule set, the same in the TypeScript package (webhook-jwt.ts),
so that both give every token the same verdict and reason, in this order:

1. at most MAX_TOKEN_LENGTH characters, three parts separated by dots (else bad_encoding);
2. the header: exact unpadded base64url of a UTF-8 JSON object, strict JSON (no NaN or
   Infinity, no byte order mark) (bad_encoding); its alg is ALGORITHM (wrong_algorithm); it has
   no member but alg, kid and typ (so no crit, b64, jku, x5u, jwk or x5c) and typ, if present,
   is "JWT" (bad_encoding); its kid is present (unknown_key) and a non-empty string
   (bad_encoding);
3. the claims and the signature: exact unpadded base64url, a JSON object and 64 bytes (r, s)
   (bad_encoding);
4. the key for the kid (see `key_for`; an expired key is expired_key), an EC P-256 JWK
   (ConfigurationError bad_key otherwise); the signature verifies (mismatch);
5. iat is present (missing_timestamp), a finite number of seconds from 1970 to 9999
   (bad_encoding), at most the age limit old (stale_timestamp) and at most the scheme's skew
   ahead (future_timestamp); no other registered claim (sub, jti, exp, …) is read;
6. the body hash claim is a string (missing_claim) equal to the body's SHA-256 in hex, its
   letters in either case (the provider writes them in lower case) (mismatch).

The caller passes the public keys (bankcodes makes no request for them: fetching and caching
them is the caller's): a JWK, the provider's key endpoint reply as it is, a list of either, a
mapping from kid to JWK, or a function from a kid to any of these or None. The ECDSA is the
`cryptography` library's, through PyJWT (the `jwt` extra).
"""

from __future__ import annotations

import base64
import binascii
import datetime
import hashlib
import hmac
import json
import math
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from bankcodes._extras import install
from bankcodes._params import quoted
from bankcodes._schemes import JwtScheme
from bankcodes.errors import refused

#: The only algorithm a JWT scheme accepts (none and HMAC algorithms are refused).
ALGORITHM = "ES256"
#: The longest token read; a real token is a few hundred characters.
MAX_TOKEN_LENGTH = 8192
#: The header members a token may have.
HEADER_MEMBERS = frozenset({"alg", "kid", "typ"})
#: The latest time accepted anywhere (iat, now, a key's expiry): 9999-12-31T23:59:59Z.
LATEST = 253_402_300_799
#: The deepest nesting of arrays and objects in a token's header or claims.
MAX_DEPTH = 32
#: The longest age limit accepted, in seconds (366 days).
MAX_AGE = 31_622_400

Jwk = Mapping[str, Any]
Keys = Jwk | Sequence[Jwk] | Callable[[str], Jwk | None]

_BASE64URL = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")


def _library() -> Any:
    try:
        import jwt
        import jwt.algorithms
    except ImportError:  # pragma: no cover - the extra is installed in the test suite
        raise refused("no_pyjwt", install=install("jwt")) from None
    return jwt


def epoch(now: object) -> float:
    """Seconds since the epoch of `now` (an aware datetime or a number); None: the clock."""
    if now is None:
        return time.time()
    if isinstance(now, datetime.datetime):
        if now.tzinfo is None:
            raise refused("clock_naive", now=now)
        seconds: float = now.timestamp()
    elif isinstance(now, int | float) and not isinstance(now, bool):
        seconds = now  # compared as given: a huge int never meets float()
    else:
        raise refused("clock_type", kind=type(now).__name__)
    if not 0 <= seconds <= LATEST:  # also refuses NaN
        raise refused("clock_range", now=quoted(now))
    return float(seconds)


def b64url(data: bytes) -> str:
    """Unpadded base64url of `data`."""
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def unbase64url(text: str) -> bytes | None:
    """The bytes of exact, unpadded, canonical base64url text; None for anything else."""
    if not set(text) <= _BASE64URL or len(text) % 4 == 1:
        return None
    try:
        data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        return None
    return data if b64url(data) == text else None


def _no_constant(name: str) -> object:
    raise ValueError(f"{name} is not JSON")


def _number(text: str) -> float | int:
    """A JSON integer as JavaScript reads it: exact while short, else a float (inf when huge)."""
    return int(text) if len(text) <= 15 else float(text)


def _depth(value: object) -> int:
    """How deeply arrays and objects nest in a parsed JSON value."""
    deepest, level, todo = 0, 0, [(value, 1)]
    while todo:
        item, level = todo.pop()
        if isinstance(item, dict | list):
            deepest = max(deepest, level)
            todo += [
                (each, level + 1) for each in (item.values() if isinstance(item, dict) else item)
            ]
    return deepest


def json_part(part: str) -> dict[str, Any] | None:
    """The JSON object that a token part encodes (strict JSON, UTF-8); None otherwise."""
    data = unbase64url(part)
    if data is None:
        return None
    try:
        text = data.decode("utf-8")
        value = json.loads(text, parse_constant=_no_constant, parse_int=_number)
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    if not isinstance(value, dict) or _depth(value) > MAX_DEPTH:
        return None
    return value


def _jwks(found: object, scheme: JwtScheme, where: str) -> list[Jwk]:
    """The JWKs of one value: a JWK, or the key endpoint's reply holding one."""
    if isinstance(found, Mapping):
        if "kty" in found:
            return [found]
        member = scheme.key_reply_member
        inner = None if member is None else found.get(member)
        if isinstance(inner, Mapping) and "kty" in inner:
            return [inner]
    raise refused("not_jwk", where=where, found=_described(found))


def _described(value: object) -> str:
    if isinstance(value, Mapping):
        names = ", ".join(quoted(name, 30) for name in list(value)[:6])
        return f"a mapping with members {names or '(none)'} and no kty"
    return f"a {type(value).__name__}"


def key_for(keys: object, kid: str, scheme: JwtScheme) -> tuple[Jwk, int]:
    """The JWK for `kid` among `keys`, and its index among them.

    SignatureError unknown_key when none has that kid (a key the caller does not hold yet);
    ConfigurationError (bad_key, empty_secret) when `keys` is none of the accepted shapes.
    """
    if callable(keys):
        try:
            found = keys(kid)
        except Exception as error:  # the caller's key store failed: not the sender's fault
            raise refused(
                "kid_function_failed", kid=kid, kind=type(error).__name__, error=str(error)
            ) from error
        if found is None:
            raise refused("no_key_for_kid", kid=kid)
        return _jwks(found, scheme, f"what the key function gave for kid {quoted(kid)}")[0], 0
    if isinstance(keys, Mapping):
        if not keys:  # a cache the caller has not filled yet
            raise refused("no_keys_yet", kid=kid)
        if "kty" in keys or scheme.key_reply_member in keys:  # a JWK, or the reply holding one
            candidates = _jwks(keys, scheme, "keys")
        elif all(isinstance(value, Mapping) and "kty" in value for value in keys.values()):
            if kid not in keys:
                raise refused("no_kid", kid=kid)
            return keys[kid], list(keys).index(kid)
        else:
            raise refused("keys_not_jwks", keys=_described(keys))
    elif isinstance(keys, list | tuple):
        if not keys:
            raise refused("no_jwks")
        candidates = [jwk for i, k in enumerate(keys) for jwk in _jwks(k, scheme, f"key {i}")]
    elif keys is None:
        raise refused("no_keys", keys=None)
    else:
        raise refused("jwt_keys_type", kind=type(keys).__name__)
    for index, jwk in enumerate(candidates):
        if jwk.get("kid") == kid:
            return jwk, index
    raise refused("no_kid", kid=kid)


def _check_expiry(jwk: Jwk, kid: str, scheme: JwtScheme, clock: float) -> None:
    member = scheme.key_expiry_member
    expired = None if member is None else jwk.get(member)
    if expired is None:
        return
    if not isinstance(expired, int | float) or isinstance(expired, bool) or math.isnan(expired):
        raise refused("expiry_not_time", kid=kid, member=member, expired=expired)
    if expired <= clock:
        raise refused("key_expired", kid=kid, member=member, expired=expired)


def _public_key(jwk: Jwk, kid: str) -> Any:
    kty, crv = jwk.get("kty"), jwk.get("crv")
    if kty != "EC" or crv != "P-256":
        raise refused("jwk_not_p256", kid=kid, kty=kty, crv=crv, algorithm=ALGORITHM)
    _public_key_members(jwk, kid)
    jwt = _library()
    public = {name: value for name, value in jwk.items() if name != "d"}
    try:
        return jwt.algorithms.ECAlgorithm.from_jwk(json.dumps(public))
    except (jwt.PyJWTError, ValueError, TypeError, KeyError) as error:
        raise refused("jwk_unusable", kid=kid, error=str(error)) from None


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
    clock = epoch(now)
    oldest = float(scheme.max_age_seconds) if max_age is None else _age_limit(max_age)
    parts = token.split(".")
    if len(token) > MAX_TOKEN_LENGTH:
        raise refused("too_long", name=header, length=len(token), most=MAX_TOKEN_LENGTH)
    if len(parts) != 3:
        raise refused("not_compact_jwt", name=header)
    head = json_part(parts[0])
    if head is None:
        raise refused("no_jwt_header", name=header)
    if head.get("alg") != ALGORITHM:
        raise refused("signed_with", name=header, alg=head.get("alg"), algorithm=ALGORITHM)
    extra = sorted(set(head) - HEADER_MEMBERS)
    if extra:
        raise refused("jwt_member", name=header, member=extra[0])
    if "typ" in head and (not isinstance(head["typ"], str) or head["typ"].upper() != "JWT"):
        raise refused("jwt_typ", name=header, typ=head["typ"])
    if "kid" not in head:
        raise refused("names_no_kid", name=header)
    kid = head["kid"]
    if not isinstance(kid, str) or not kid:
        raise refused("jwt_kid", name=header, kid=kid)
    claims, signature = json_part(parts[1]), unbase64url(parts[2])
    if claims is None or signature is None or len(signature) != 64:
        raise refused("jwt_unreadable", name=header)
    jwk, index = key_for(keys, kid, scheme)
    _check_expiry(jwk, kid, scheme, clock)
    key = _public_key(jwk, kid)
    ecdsa = _library().algorithms.ECAlgorithm
    algorithm = ecdsa(ecdsa.SHA256)
    if not algorithm.verify(f"{parts[0]}.{parts[1]}".encode("ascii"), key, signature):
        raise refused("token_mismatch", name=header)
    _check_iat(header, claims, clock, oldest, scheme.future_skew_seconds)
    signed = claims.get(scheme.body_hash_claim)
    if not isinstance(signed, str):
        raise refused("no_hash_claim", name=header, claim=scheme.body_hash_claim)
    digest = hashlib.sha256(body).hexdigest()
    if not hmac.compare_digest(signed.lower().encode("ascii", "replace"), digest.encode("ascii")):
        raise refused("digest_mismatch", name=header, claim=scheme.body_hash_claim)
    return index


def _age_limit(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value <= MAX_AGE:
        raise refused("max_age_range", most=MAX_AGE, value=value)
    return float(value)


def _public_key_members(jwk: Jwk, kid: str) -> None:
    """x and y are exact base64url of 32 bytes each (as the token's parts are)."""
    for member in ("x", "y"):
        given = jwk.get(member)
        decoded = unbase64url(given) if isinstance(given, str) else None
        if decoded is None or len(decoded) != 32:
            raise refused("jwk_coordinate", kid=kid, member=member, value=given)


def _check_iat(header: str, claims: dict[str, Any], clock: float, oldest: float, skew: int) -> None:
    if "iat" not in claims or claims["iat"] is None:
        raise refused("no_iat", name=header)
    issued = claims["iat"]
    if not isinstance(issued, int | float) or isinstance(issued, bool) or not 0 <= issued <= LATEST:
        raise refused("iat_not_time", name=header, iat=issued)
    if clock - issued > oldest:
        raise refused("issued_too_early", name=header, age=clock - issued, limit=oldest)
    if issued - clock > skew:
        raise refused("issued_ahead", name=header, ahead=issued - clock)


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
        raise refused("private_jwk_no_kid")
    try:
        key = jwt.PyJWK(dict(private_jwk), algorithm=ALGORITHM).key
    except (jwt.PyJWTError, ValueError, TypeError, KeyError) as error:
        raise refused("private_jwk_unusable", error=quoted(str(error), 200)) from None
    claims = {"iat": int(epoch(now)), scheme.body_hash_claim: hashlib.sha256(body).hexdigest()}
    token: str = jwt.encode(claims, key, algorithm=ALGORITHM, headers={"kid": kid})
    return token
