"""Detached JSON Web Signatures over the request (the Tl-Signature v2 format): the signature
covers the HTTP method, the path the provider posted to, the headers its JWS header lists (in
`tl_headers`) and the raw body.

The signature is read by one written rule set, the same in the TypeScript package
(webhook-jws.ts), so that both give every request the same verdict and reason, in this order:

1. at most 8,192 characters in the compact form of three parts, the middle one
   empty (header..signature); the header exact unpadded base64url of a strict JSON object that
   names no member twice, its alg ES512 (wrong_algorithm), its tl_version "2", its tl_headers a
   list of distinct header names, its crit (if any) a list of the members bankcodes understands
   (tl_version, tl_headers); the signature 132 bytes of base64url (bad_encoding; see
   bankcodes._jws_header, which reads them, and RFC 7515 §4, §4.1.11 and §7.1). Any other member
   (typ) is ignored;
2. its jku is one of the scheme's `allowed_jku` (unknown_key): a signature naming any other
   address is refused before a key is looked up, so a forged jku is never fetched;
3. the key set for that jku (see `key_set`), holding a key with the signature's kid
   (unknown_key);
   That key is a P-521 EC public key, a point of the curve (bad_key: the receiver's setup);
4. every header the signature lists is in the request (missing_header), the scheme's timestamp
   header among them (missing_timestamp);
5. the signature verifies (mismatch) over what RFC 7515 §5.2 signs: the header exactly as sent
   (its members in their order and spacing), a dot, and the base64url of the format's payload
   (POST, the path, each listed header as "Name: value" and the raw body), the path also tried
   with its trailing slash added or removed, as the provider's libraries do. Where the header is
   the one the provider's own library (`truelayer-signing`, the `jws` extra) writes, that
   library verifies it; it verifies only its own encoding of the header (its five members, in
   its order, with no spaces), so any other header is verified here with `cryptography`;
6. with a tolerance, the timestamp header is a time (bad_encoding) at most that old
   (stale_timestamp).

The caller passes the key sets (bankcodes makes no request for them): a JWKS ({"keys": [...]}), a
mapping from jku to JWKS, or a function from a jku (already checked against the allow-list) to a
JWKS or None, which fetches and caches it.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from bankcodes import _jwt
from bankcodes._extras import install
from bankcodes._headers import Read
from bankcodes._headers import flat as one_per_name
from bankcodes._headers import header as one_header
from bankcodes._jws_header import listed_headers, read_header
from bankcodes._params import quoted
from bankcodes._schemes import JwsScheme
from bankcodes._times import RFC3339, rfc3339
from bankcodes.errors import ConfigurationError, SignatureError, refused

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ec import EllipticCurvePublicKey

#: The longest path accepted.
MAX_PATH_LENGTH = 2048

KeySets = Mapping[str, Any] | Callable[[str], Mapping[str, Any] | None]


def _library() -> Any:
    try:
        import truelayer_signing  # type: ignore[import-untyped,unused-ignore]
    except ImportError:  # pragma: no cover - the extra is installed in the test suite
        raise refused(
            "no_jws_library", library="truelayer-signing", install=install("jws")
        ) from None
    return truelayer_signing


def key_set(keys: object, jku: str) -> Mapping[str, Any]:
    """The JWKS for `jku` from what the caller passed."""
    found: object
    if isinstance(keys, Mapping) and "keys" in keys:
        found = keys
    elif isinstance(keys, Mapping) and "kty" in keys:
        raise refused("jwks_not_jwk")
    elif isinstance(keys, Mapping):
        found = keys.get(jku)
    elif callable(keys):
        try:
            found = keys(jku)
        except (SignatureError, ConfigurationError):
            raise
        except Exception as error:
            raise refused("jku_function_failed", kind=type(error).__name__, jku=jku) from error
    else:
        raise refused("jws_keys_type", kind=type(keys).__name__)
    if found is None:
        raise refused("no_key_set", jku=jku)
    if not isinstance(found, Mapping) or not isinstance(found.get("keys"), list | tuple):
        raise refused("not_jwks", jku=jku)
    return found


def check(
    name: str,
    value: str,
    raw: bytes,
    keys: object,
    scheme: JwsScheme,
    *,
    request_headers: Read,
    path: object,
    now: float,
    max_age: float | None,
) -> int:
    """Verify the signature `value` of `name` for the request; return 0 (the key set's index).

    Raises SignatureError or ConfigurationError."""
    if path is None:
        raise refused("no_request_path", name=name)
    if not isinstance(path, str) or not path.startswith("/") or len(path) > MAX_PATH_LENGTH:
        raise refused("bad_path", path=path)
    head = read_header(name, value)
    jku = head.get("jku")
    if jku not in scheme.allowed_jku:
        allowed = ", ".join(scheme.allowed_jku)
        named = "names no key set (no jku)" if jku is None else f"names its keys at {quoted(jku)}"
        raise refused("jku_not_allowed", name=name, named=named, allowed=allowed)
    jwks = key_set(keys, jku)
    # A kid left out names no key, and a key without one is named by no kid, null included (in
    # JavaScript, undefined is no value that === finds).
    kid = head.get("kid", _ABSENT)
    jwk = next(
        (k for k in jwks["keys"] if isinstance(k, Mapping) and "kid" in k and _same(k["kid"], kid)),
        None,
    )
    if kid is _ABSENT:
        kid = None
    if jwk is None:
        raise refused("kid_not_in_set", jku=jku, kid=kid)
    public_key = _public_key(jwk, jku)
    listed = listed_headers(head.get("tl_headers", ""))
    missing = [header for header in listed if header.lower() not in request_headers]
    if missing:
        raise refused("signed_header_absent", name=name, header=missing[0])
    stamp = scheme.timestamp_header
    if stamp is not None and stamp.lower() not in {header.lower() for header in listed}:
        raise refused("stamp_not_signed", name=name, stamp=stamp)
    for header in listed:
        # One value, of header text (a line break would make the signed text ambiguous).
        one_header((header,), request_headers)
    flat = one_per_name(request_headers)
    _verify(name, value, raw, {"keys": [jwk]}, public_key, head, path, flat)
    if stamp is not None and max_age is not None:
        _check_age(stamp, flat, now, max_age)
    return 0


#: The length of a P-521 coordinate, in bytes.
_P521_BYTES = 66


def _public_key(jwk: Mapping[str, Any], jku: str) -> EllipticCurvePublicKey:
    """The key's EllipticCurvePublicKey; refuse a key of the key set that is not a P-521 EC
    public key on its curve: the receiver's key set is wrong (bad_key), whatever the signature."""
    from cryptography.hazmat.primitives.asymmetric import ec

    kid = jwk.get("kid")
    try:
        if jwk.get("kty") != "EC" or jwk.get("crv") != "P-521":
            raise ValueError(f"kty {quoted(jwk.get('kty'))}, crv {quoted(jwk.get('crv'))}")
        x, y = (_jwt.unbase64url(str(jwk.get(m, ""))) or b"" for m in ("x", "y"))
        # At most 66 bytes: a published key set may drop a leading zero byte of x.
        if not 0 < len(x) <= _P521_BYTES or not 0 < len(y) <= _P521_BYTES:
            raise ValueError(f"x and y are at most {_P521_BYTES} bytes each")
        point = ec.EllipticCurvePublicNumbers(
            int.from_bytes(x, "big"), int.from_bytes(y, "big"), ec.SECP521R1()
        )
        return point.public_key()  # raises ValueError for a point off the curve
    except ValueError as error:
        raise refused("not_p521", kid=kid, jku=jku, error=error) from None


def _verify(
    name: str,
    value: str,
    raw: bytes,
    jwks: Mapping[str, Any],
    public_key: EllipticCurvePublicKey,
    head: Mapping[str, Any],
    path: str,
    request_headers: Mapping[str, str],
) -> None:
    library = _library()
    try:
        body = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise refused("body_not_utf8", name=name) from None
    header_part = value.partition("..")[0]
    try:
        # The library also tries the root path without its slash (no path): bankcodes does not.
        if path == "/" or not _library_reads(library, head, header_part):
            signed = _signing_payloads(head, path, request_headers, body)
            if not _verified(public_key, value, [f"{header_part}.{each}" for each in signed]):
                raise ValueError("the signature does not verify over the header as sent")
            return
        header = library.JwsHeader.from_dict(dict(head))
        verifier = library.verify_with_jwks(jwks, header)
        verifier.set_method(library.HttpMethod.POST).set_path(path)
        verifier.add_headers(dict(request_headers)).set_body(body).verify(value)
    except Exception as error:  # the library raises its own exception, or a key or parse error
        raise refused("request_mismatch", name=name, path=path) from error


def _library_reads(library: Any, head: Mapping[str, Any], header_part: str) -> bool:
    """Whether the provider's library verifies over this header: it signs again its own
    encoding of the members it knows, so only a header that is that encoding."""
    try:
        members = library.JwsHeader.from_dict(dict(head)).to_dict()
    except Exception:  # TypeError for a member it does not know, its own exception
        return False
    return json.dumps(members, separators=(",", ":")).encode() == _jwt.unbase64url(header_part)


def _signing_payloads(
    head: Mapping[str, Any], path: str, request_headers: Mapping[str, str], body: str
) -> list[str]:
    """The base64url of the format's payload for the path, then for the path with its trailing
    slash added or removed: "POST path\\n", "Name: value\\n" for each listed header (its
    name as listed, the request's first value of that name in any case), then the body."""
    lines = ""
    for listed in listed_headers(head.get("tl_headers", "")):
        found = next(v for k, v in request_headers.items() if k.lower() == listed.lower())
        lines += f"{listed}: {found}\n"
    # The root path has no other form (without its slash it is no path).
    paths = [path] if path == "/" else [path, path[:-1] if path.endswith("/") else path + "/"]
    return [_jwt.b64url(f"POST {each}\n{lines}{body}".encode()) for each in paths]


#: A member left out of a JSON object (JavaScript's undefined), which equals nothing.
_ABSENT = object()


def _same(left: object, right: object) -> bool:
    """Two JSON values compared as JavaScript's === compares them: a number equals a number
    (1 and 1.0), never a boolean (True is not 1) nor a string."""
    numbers = (int, float)
    if isinstance(left, bool) or isinstance(right, bool):
        return type(left) is type(right) and left == right
    if isinstance(left, numbers) and isinstance(right, numbers):
        return left == right
    return type(left) is type(right) and left == right


def _verified(public_key: EllipticCurvePublicKey, value: str, signing_inputs: list[str]) -> bool:
    """Whether the ES512 signature of `value` (132 bytes: R then S) verifies over one of the
    signing inputs."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

    raw = _jwt.unbase64url(value.partition("..")[2]) or b""
    half = len(raw) // 2
    der = encode_dss_signature(int.from_bytes(raw[:half], "big"), int.from_bytes(raw[half:], "big"))
    for signing_input in signing_inputs:
        try:
            public_key.verify(der, signing_input.encode("ascii"), ec.ECDSA(hashes.SHA512()))
        except InvalidSignature:
            continue
        return True
    return False


def _check_age(header: str, request_headers: Mapping[str, str], now: float, limit: float) -> None:
    text = next(
        (value for name, value in request_headers.items() if name.lower() == header.lower()), ""
    )
    if RFC3339.fullmatch(text) is None:
        raise refused("not_rfc3339", name=header, value=text)
    sent = rfc3339(text)
    if sent is None:
        raise refused("not_a_time", name=header, value=text)
    if abs(now - sent.timestamp()) > limit:
        raise refused("time_too_far", name=header, value=text, limit=limit)


def sign(
    body: bytes,
    private_jwk: Mapping[str, Any],
    scheme: JwsScheme,
    *,
    path: str,
    now: float,
    jku: str | None = None,
) -> dict[str, str]:
    """The headers of a delivery of `body` to `path` signed with `private_jwk` (a P-521 JWK
    with d and kid) at `now`, naming the key set `jku` (one of the scheme's, its first by
    default: a sandbox's for a sandbox receiver): for tests."""
    if jku is None:
        jku = scheme.allowed_jku[0]
    elif jku not in scheme.allowed_jku:
        raise refused("not_provider_jku", allowed=", ".join(scheme.allowed_jku), jku=jku)
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise refused("not_utf8_signed") from None
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    library = _library()
    try:
        if private_jwk.get("kty") != "EC" or private_jwk.get("crv") != "P-521":
            raise ValueError(
                f"kty {quoted(private_jwk.get('kty'))}, crv {quoted(private_jwk.get('crv'))}"
            )
        scalar = int.from_bytes(_jwt.unbase64url(str(private_jwk["d"])) or b"", "big")
        key = ec.derive_private_key(scalar, ec.SECP521R1())
        kid = str(private_jwk["kid"])
    except (KeyError, ValueError, TypeError) as error:
        raise refused("tl_signing_key", error=error) from None
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode("ascii")
    signed: dict[str, str] = {}
    if scheme.timestamp_header is not None:
        at = datetime.datetime.fromtimestamp(int(now), datetime.UTC)
        signed[scheme.timestamp_header] = at.strftime("%Y-%m-%dT%H:%M:%SZ")
    signer = library.sign_with_pem(kid, pem).set_jku(jku)
    signer.set_method(library.HttpMethod.POST).set_path(path)
    signer.add_headers(signed).set_body(text)
    return {scheme.header: signer.sign(), **signed}
