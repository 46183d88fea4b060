"""Signatures checked with a public key the provider serves: a fetched-key scheme (an RSA-SHA256
signature of the raw body, its key named by id in another header) and a certificate JWT scheme
(an RS256 JWT whose x5u names the certificate, its claim a digest of the body).

Each is read by one written rule set, the same in the TypeScript package (webhook-fetched.ts), so
that both give every request the same verdict and reason, in this order.

A fetched-key signature:

1. the key id header is a decimal integer (bad_encoding); the signature header is canonical
   base64 of at most 1,024 bytes (bad_encoding);
2. the key at the scheme's key address for that id (see bankcodes._key_address.key_text; none:
   unknown_key; a key id lower than the newest a KeyFetcher keeps: expired_key), an RSA public
   key (ConfigurationError bad_key otherwise);
3. the signature verifies over the raw body (mismatch).

A certificate JWT:

1. the header is the scheme's authentication type (in any case), a space and at most 8,192
   characters of a compact JWS of three parts (bad_encoding); its header exact unpadded base64url
   of a strict JSON object (bad_encoding), its alg the scheme's (wrong_algorithm), its typ, if
   present, "JWT", no crit (bad_encoding);
2. its x5u is a string on the scheme's domains (bankcodes._key_address.x5u_allowed:
   unknown_key), checked before anything is looked up;
3. the claims exact unpadded base64url of a JSON object, the signature of base64url
   (bad_encoding);
4. the certificate (or public key) for that x5u, RSA (as for a fetched key); the signature
   verifies over the header and claims as sent (mismatch);
5. the digest claim is a string (missing_claim) equal to the scheme's prefix and the base64
   SHA-256 of the raw body (mismatch).

A published key (the URL registered and the body, or the body alone where the scheme has no
separator, checked with the provider's published key):

1. the signature header is canonical base64 of at most 1,024 bytes (bad_encoding);
2. `path` is the callback URL registered with the provider, where it is signed (ConfigurationError
   missing_path, bad_path), the key a PEM or a list of PEMs, each an RSA public key, or an EC
   public key on P-256 for ECDSA-SHA256, DER-encoded (bad_key);
3. the signature verifies over the URL, the separator and the raw body with one of the keys
   (mismatch: where the body reads exactly as JSON.stringify writes its own parse, the message
   says it was likely parsed and serialised again, which is not the bytes the provider signed).

None signs a time: no age is checked, and a tolerance asked for is refused
(no_signed_timestamp); deduplicate (bankcodes.delivery.dedup_key).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import re
from collections.abc import Callable, Mapping
from typing import Any

from bankcodes import _jwt
from bankcodes._key_address import (
    KEY_ID,
    key_address,
    key_text,
    key_verified,
    public_key,
    rsa_library,
    x5u_allowed,
)
from bankcodes._key_fetch import proven
from bankcodes._schemes import CertificateJwtScheme, FetchedKeyScheme, PublishedKeyScheme
from bankcodes.errors import refused

#: Reads a header by name: its (name, value), or SignatureError missing_header.
Read = Callable[[str], tuple[str, str]]
#: The longest signature read, in bytes (an RSA-8192 signature).
MAX_SIGNATURE_BYTES = 1024


def no_age(name: str, max_age: float | None) -> None:
    """Refuse a tolerance: the scheme signs no time."""
    if max_age is not None:
        raise refused("no_signed_time", name=name)


def _base64(text: str) -> bytes | None:
    """The bytes of canonical, padded base64 text; None for anything else."""
    try:
        data = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None
    return data if base64.b64encode(data).decode("ascii") == text else None


def check_fetched(
    read: Read, raw: bytes, keys: object, scheme: FetchedKeyScheme, max_age: float | None
) -> str:
    """Verify a fetched-key signature; return the signature header's name. `read(name)` gives
    a header's (name, value) or raises missing_header."""
    no_age(scheme.signature_header, max_age)
    id_name, key_id = read(scheme.key_id_header)
    name, value = read(scheme.signature_header)
    if KEY_ID.fullmatch(key_id) is None:
        raise refused("not_key_id", name=id_name, value=key_id)
    signature = _signature(name, value)
    rsa_library(f"verifying {name}, an {scheme.algorithm} signature,")
    address = key_address(scheme.key_address, key_id)
    key = public_key(key_text(keys, address, id_name, scheme.key_reply_member), address)
    if not key_verified(key, signature, raw):
        raise refused("key_mismatch", name=name, key=key_id)
    proven(keys, address)
    return name


def check_certificate_jwt(
    name: str, value: str, raw: bytes, keys: object, scheme: CertificateJwtScheme
) -> None:
    """Verify a certificate JWT, the value of the header `name`."""
    token = value
    if scheme.auth_type is not None:
        kind, space, token = value.partition(" ")
        if not space or kind.lower() != scheme.auth_type.lower():
            raise refused("not_auth_token", name=name, auth_type=scheme.auth_type, value=value)
    parts = token.split(".")
    if len(token) > _jwt.MAX_TOKEN_LENGTH:
        raise refused("too_long", name=name, length=len(token), most=_jwt.MAX_TOKEN_LENGTH)
    if len(parts) != 3:
        raise refused("not_compact_jwt", name=name)
    head = _jwt.json_part(parts[0])
    if head is None:
        raise refused("no_jwt_header", name=name)
    if head.get("alg") != scheme.algorithm:
        raise refused("signed_with", name=name, alg=head.get("alg"), algorithm=scheme.algorithm)
    if ("typ" in head and head["typ"] != "JWT") or "crit" in head:
        raise refused("jwt_typ_or_crit", name=name)
    why = x5u_allowed(head.get("x5u"), scheme.x5u_domains)
    if why is not None:
        raise refused("nothing_fetched", why=why)
    claims, signature = _jwt.json_part(parts[1]), _jwt.unbase64url(parts[2])
    if claims is None or not signature or len(signature) > MAX_SIGNATURE_BYTES:
        raise refused("token_unreadable", name=name)
    x5u = str(head["x5u"])
    rsa_library(f"verifying the {name} token, an {scheme.algorithm} JWT,")
    key = public_key(key_text(keys, x5u, name, None), x5u, scheme.algorithm)
    if not key_verified(key, signature, f"{parts[0]}.{parts[1]}".encode("ascii")):
        raise refused("token_mismatch", name=name)
    proven(keys, x5u)
    signed = claims.get(scheme.digest_claim)
    if not isinstance(signed, str):
        raise refused("no_digest_claim", name=name, claim=scheme.digest_claim)
    digest = scheme.digest_prefix + base64.b64encode(hashlib.sha256(raw).digest()).decode()
    if not hmac.compare_digest(signed.encode("utf-8"), digest.encode("ascii")):
        raise refused("digest_mismatch", name=name, claim=scheme.digest_claim)


def _private_key(secret: object, what: str, algorithm: str) -> tuple[Any, str]:
    """A private key for `algorithm` (an EC key on P-256 for ECDSA-SHA256, else an RSA key)
    and what names its public half, from {"private_pem", what}."""
    rsa_library(f"signing with {algorithm}")
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec, rsa

    kind = ec.EllipticCurvePrivateKey if algorithm == "ECDSA-SHA256" else rsa.RSAPrivateKey
    named = secret.get(what) if isinstance(secret, Mapping) else None
    pem = secret.get("private_pem") if isinstance(secret, Mapping) else None
    try:
        key = serialization.load_pem_private_key(str(pem).encode(), password=None)
        if not isinstance(key, kind) or not isinstance(named, str):
            raise ValueError(f"a private key for {algorithm} and a {what}")
    except (ValueError, TypeError) as error:
        raise refused("signing_keys", what=what, error=error) from None
    return key, named


def _signed_with(key: Any, content: bytes) -> bytes:
    """The RSA-SHA256 signature of `content` (of an EC key, its DER ECDSA-SHA256 signature)."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, padding

    if isinstance(key, ec.EllipticCurvePrivateKey):
        return bytes(key.sign(content, ec.ECDSA(hashes.SHA256())))
    signature: bytes = key.sign(content, padding.PKCS1v15(), hashes.SHA256())
    return signature


def sign_fetched(body: bytes, secret: object, scheme: FetchedKeyScheme) -> dict[str, str]:
    """The headers of a delivery of `body` signed with {"private_pem", "key_id"} (for tests)."""
    key, key_id = _private_key(secret, "key_id", scheme.algorithm)
    if KEY_ID.fullmatch(key_id) is None:
        raise refused("key_id_not_decimal", value=key_id)
    signature = base64.b64encode(_signed_with(key, body)).decode("ascii")
    return {scheme.signature_header: signature, scheme.key_id_header: key_id}


def sign_certificate_jwt(
    body: bytes, secret: object, scheme: CertificateJwtScheme
) -> dict[str, str]:
    """The header of a delivery of `body` signed with {"private_pem", "x5u"} (for tests): its
    token's claims are the body's digest alone."""
    key, x5u = _private_key(secret, "x5u", scheme.algorithm)
    why = x5u_allowed(x5u, scheme.x5u_domains)
    if why is not None:
        raise refused("bad_x5u", why=why)

    def part(value: object) -> str:
        return _jwt.b64url(json.dumps(value, separators=(",", ":")).encode())

    digest = scheme.digest_prefix + base64.b64encode(hashlib.sha256(body).digest()).decode()
    head = part({"alg": scheme.algorithm, "typ": "JWT", "x5u": x5u})
    payload = part({scheme.digest_claim: digest})
    signature = _jwt.b64url(_signed_with(key, f"{head}.{payload}".encode("ascii")))
    token = f"{head}.{payload}.{signature}"
    prefix = "" if scheme.auth_type is None else scheme.auth_type + " "
    return {scheme.header: prefix + token}


#: What names the key given for a published-key scheme, in the messages about it.
PUBLISHED = "the provider's published key"
#: A callback URL as registered: http or https, printable ASCII.
_URL = re.compile(r"https?://[!-~]{1,2040}")


def _signature(name: str, value: str) -> bytes:
    signature = _base64(value) if len(value) <= 2 * MAX_SIGNATURE_BYTES else None
    if not signature or len(signature) > MAX_SIGNATURE_BYTES:
        raise refused("not_base64_signature", name=name)
    return signature


def _url_content(scheme: PublishedKeyScheme, name: str, url: str | None, raw: bytes) -> bytes:
    """What a published-key signature signs: the callback URL, the separator and the body, or
    the body alone where the scheme has no separator."""
    if scheme.separator is None:
        return raw
    if url is None:
        raise refused("no_signed_url", name=name)
    if not isinstance(url, str) or _URL.fullmatch(url) is None:
        raise refused("bad_url", path=url)
    return url.encode("ascii") + scheme.separator.encode("ascii") + raw


def reserialised(body: object) -> bool:
    """Whether `body` reads exactly as JSON.stringify writes the JSON it parses to: the form a
    framework's parse and a serialisation again give (never the original's where that one had
    spaces or line breaks)."""
    text = body.decode("utf-8", "replace") if isinstance(body, bytes | bytearray) else body
    if not isinstance(text, str) or not text.startswith(("{", "[")):
        return False
    try:
        again = json.dumps(json.loads(text), separators=(",", ":"), ensure_ascii=False)
    except (ValueError, RecursionError):
        return False
    return again == text


def check_published(
    read: Read, raw: bytes, body: object, keys: object, scheme: PublishedKeyScheme, url: str | None
) -> tuple[str, int]:
    """Verify a published-key signature; return the header's name and the index of the key
    that matched."""
    name, value = read(scheme.signature_header)
    signature = _signature(name, value)
    content = _url_content(scheme, name, url, raw)
    every = list(keys) if isinstance(keys, list | tuple) else [keys]
    if not every:
        raise refused("no_keys", keys="an empty list")
    rsa_library(f"verifying {name}, an {scheme.algorithm} signature,")
    texts = [key_text(key, PUBLISHED, name, None) for key in every]
    verified = [public_key(text, PUBLISHED, scheme.algorithm) for text in texts]
    for index, key in enumerate(verified):
        if key_verified(key, signature, content):
            return name, index
    causes = [
        "the body reads exactly as JSON.stringify writes it again: it was likely parsed and "
        "serialised again, which is not the bytes the provider signed (pass the raw body)"
        if not scheme.compact_body and reserialised(body if isinstance(body, str) else raw)
        else "the body is not the bytes received (a framework that parses and re-serialises "
        "JSON, or a proxy, changes them)",
        "the key is not the provider's current published key",
    ]
    checked = f" (checked with {len(every)} keys)" if len(every) > 1 else ""
    if scheme.separator is None:
        raise refused("body_key_mismatch", name=name, checked=checked, causes="; ".join(causes))
    causes.insert(
        1, "the URL is not the callback URL registered with the provider, character for character"
    )
    raise refused(
        "url_body_mismatch", name=name, url=url, checked=checked, causes="; ".join(causes)
    )


def sign_published(
    body: bytes, secret: object, scheme: PublishedKeyScheme, url: str | None
) -> dict[str, str]:
    """The header of a delivery of `body` to `url` signed with {"private_pem"} (for tests)."""
    content = _url_content(scheme, scheme.signature_header, url, body)
    given = {**secret, "url": url or ""} if isinstance(secret, Mapping) else secret
    key, _ = _private_key(given, "url", scheme.algorithm)
    return {scheme.signature_header: base64.b64encode(_signed_with(key, content)).decode("ascii")}


def check(
    scheme: FetchedKeyScheme | CertificateJwtScheme,
    read: Read,
    raw: bytes,
    keys: object,
    max_age: float | None,
) -> str:
    """Verify a delivery of either scheme; return the header that carried the signature.
    `read(name)` gives a header's (name, value) or raises missing_header."""
    if isinstance(scheme, FetchedKeyScheme):
        return check_fetched(read, raw, keys, scheme, max_age)
    no_age(scheme.header, max_age)
    name, value = read(scheme.header)
    check_certificate_jwt(name, value, raw, keys, scheme)
    return name


def sign(
    scheme: FetchedKeyScheme | CertificateJwtScheme, body: bytes, secret: object
) -> dict[str, str]:
    """The headers of a delivery of `body` signed with a private RSA key (for tests)."""
    if isinstance(scheme, FetchedKeyScheme):
        return sign_fetched(body, secret, scheme)
    return sign_certificate_jwt(body, secret, scheme)
