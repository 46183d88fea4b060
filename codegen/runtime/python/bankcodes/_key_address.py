"""Where a signing scheme's public keys may be fetched from, and what a key's text may be: the
address a key id names (the scheme's key address, its key_id field filled) and an x5u on one of the
provider's domains. Both are checked before any key is looked up, so a forged address is never
fetched; the same rules are in the TypeScript package (webhook-key-address.ts).

An x5u is accepted when it is at most MAX_ADDRESS characters of printable ASCII, https, without
user information, with no port or port 443, and its host is a host name (labels of 1 to 63
letters, digits and hyphens, none first or last, joined by single dots, no dot at the end; in any
case, read in lower case) that is one of the scheme's domains or ends with a dot and one of them.

A key's text (a PEM, or the key address's JSON reply holding one in the scheme's member, read as
UTF-8) may start with a UTF-8 byte order mark, which is skipped. Its key is its first PEM block
(RFC 7468: the text around it is not read), its body canonical base64: an RSA public key
(SubjectPublicKeyInfo or PKCS #1) or an X.509 certificate, the first of a chain (RFC 7515's x5u
serves the signing certificate first), of which only its SubjectPublicKeyInfo is read (nothing
else of a certificate is checked). A refusal shows the text's start, or the block's label,
escaped and cut short.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Callable, Mapping
from typing import Any

from bankcodes._extras import install
from bankcodes._params import quoted
from bankcodes.errors import ConfigurationError, SignatureError, refused

#: The longest key address or x5u accepted.
MAX_ADDRESS = 2048
#: The longest key text accepted (a PEM public key or certificate, or the reply holding one).
MAX_KEY_BYTES = 16_384
#: A key id: a decimal integer of at most 18 digits, without sign or leading zero.
KEY_ID = re.compile(r"0|[1-9][0-9]{0,17}")
#: A UTF-8 byte order mark, which a key's text may start with (RFC 8259, section 8.1: a JSON
#: reader may ignore one).
BOM = b"\xef\xbb\xbf"
#: A PEM block's start (RFC 7468), and the labels of a public key: SubjectPublicKeyInfo, PKCS #1,
#: an X.509 certificate.
_BEGIN = re.compile(rb"-----BEGIN ([A-Z0-9 ]{1,40})-----")
PEM_LABELS = ("PUBLIC KEY", "RSA PUBLIC KEY", "CERTIFICATE")
#: A host name's label, in lower case.
_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")
#: An https address: its host, and an optional port.
_HTTPS = re.compile(r"https://([A-Za-z0-9.-]+)(?::([0-9]{1,5}))?(?:[/?#][!-~]*)?")


def key_address(template: str, key_id: str) -> str:
    """The address of the key `key_id` (already checked to be a key id)."""
    return template.format(key_id=key_id)


def host_of(address: str) -> str:
    """The host of an https address the scheme declares."""
    found = _HTTPS.fullmatch(address)
    return "" if found is None else found[1].lower()


def x5u_allowed(x5u: object, domains: tuple[str, ...]) -> str | None:
    """Why `x5u` is not an address to fetch a certificate from (None: it is)."""
    if not isinstance(x5u, str):
        return f"the x5u is {quoted(x5u)}, not an address"
    if len(x5u) > MAX_ADDRESS or not x5u.isascii() or not x5u.isprintable():
        return f"the x5u {quoted(x5u)} is not an address of at most {MAX_ADDRESS} characters"
    found = _HTTPS.fullmatch(x5u)
    if found is None:
        return f"the x5u {quoted(x5u)} is not an https address (without user information)"
    host, port = found[1].lower(), found[2]
    if not all(_LABEL.fullmatch(label) for label in host.split(".")):
        return (
            f"the x5u {quoted(x5u)} is on {quoted(host)}, not a host name (a label empty, of "
            "over 63 characters, or with a hyphen first or last)"
        )
    if port is not None and port != "443":
        return f"the x5u {quoted(x5u)} names port {port}"
    if not any(host == domain or host.endswith("." + domain) for domain in domains):
        return f"the x5u {quoted(x5u)} is on {quoted(host)}, not on {', '.join(domains)}"
    return None


KeySource = str | bytes | Mapping[str, Any] | Callable[[str], Any]


def key_text(keys: object, address: str, name: str, member: str | None) -> bytes:
    """The PEM text of the key at `address` (already checked) from what the caller passed: a
    PEM (the one key), a mapping from address to PEM, or a function from the address to a PEM
    or None (bankcodes.signatures.KeyFetcher fetches and keeps them). A reply that is a JSON
    object holding the PEM in `member` is accepted as it is. SignatureError unknown_key when
    the caller has no key there."""
    found: object
    if isinstance(keys, str | bytes):
        found = keys
    elif isinstance(keys, Mapping):
        found = keys.get(address)
    elif callable(keys):
        try:
            found = keys(address)
        except (SignatureError, ConfigurationError):
            raise
        except Exception as error:  # the caller's key store failed: not the sender's fault
            raise refused(
                "address_function_failed",
                address=address,
                kind=type(error).__name__,
                error=str(error),
            ) from error
    elif keys is None:
        raise refused("no_keys", keys=None)
    else:
        raise refused("pem_keys_type", kind=type(keys).__name__)
    if found is None:
        raise refused("address_not_held", name=name, address=address)
    return _pem(found, address, member)


def _pem(found: object, address: str, member: str | None) -> bytes:
    if isinstance(found, str):
        found = found.encode("utf-8", "replace")
    if not isinstance(found, bytes | bytearray):
        raise refused("not_pem", address=address, kind=type(found).__name__)
    if len(found) > MAX_KEY_BYTES:
        raise refused("pem_too_long", address=address, most=MAX_KEY_BYTES)
    text = bytes(found).removeprefix(BOM)
    if member is not None and text.lstrip().startswith(b"{"):
        try:
            reply = json.loads(text.decode("utf-8"))
        except (ValueError, RecursionError):
            reply = None
        inner = reply.get(member) if isinstance(reply, dict) else None
        if not isinstance(inner, str):
            raise refused("reply_no_pem", address=address, member=member)
        text = inner.encode("utf-8", "replace")
    return text


def rsa_library(doing: str) -> None:
    """Refuse, as the receiver's own setup, work with an RSA key where `cryptography` is
    missing: the `rsa` extra brings it. `doing` says what was to be done ("verifying
    X-Akahu-Signature, an RSA-SHA256 signature,")."""
    try:
        import cryptography.hazmat.primitives.asymmetric.rsa  # noqa: F401
    except ImportError:
        raise refused("no_cryptography", doing=doing, install=install("rsa")) from None


def pem_block(text: bytes, address: str) -> tuple[str, bytes]:
    """The label and the DER of the first PEM block of a key's text, which must be a public key
    or a certificate (the first of a chain), its body canonical base64 and white space;
    ConfigurationError bad_key otherwise."""
    begin = _BEGIN.search(text)
    if begin is None:
        shown = text[:60].decode("utf-8", "replace")
        raise refused("pem_begins", address=address, text=shown)
    label = begin[1].decode("ascii")
    end = text.find(f"-----END {label}-----".encode(), begin.end())
    if label not in PEM_LABELS or end < 0:
        raise refused("pem_no_end" if end < 0 else "pem_not_public", address=address, label=label)
    body = re.sub(rb"[\t\n\v\f\r ]", b"", text[begin.end() : end])
    try:
        der = base64.b64decode(body, validate=True)
    except ValueError:
        der = b""
    if not der or base64.b64encode(der) != body:
        raise refused("pem_not_base64", address=address, label=label)
    return label, der


def certificate_key(der: bytes) -> bytes:
    """The SubjectPublicKeyInfo of an X.509 certificate (RFC 5280, section 4.1: the element of its
    tbsCertificate after its version, if any, and five others), nothing else of it read (as the
    TypeScript certificateKey reads it); ValueError where it is not there."""
    tag, start, end = _element(der, 0, len(der))
    tbs, at, tbs_end = _element(der, start, end)
    if tag != 0x30 or tbs != 0x30:
        raise ValueError("not a certificate: no SEQUENCE of a tbsCertificate")
    if at < tbs_end and der[at] == 0xA0:
        at = _element(der, at, tbs_end)[2]
    for _ in range(5):
        at = _element(der, at, tbs_end)[2]
    tag, _, spki_end = _element(der, at, tbs_end)
    if tag != 0x30:
        raise ValueError("the certificate has no SubjectPublicKeyInfo where one is")
    return der[at:spki_end]


def _element(der: bytes, at: int, end: int) -> tuple[int, int, int]:
    """The tag of the DER element at `at`, where its content starts and where it ends (within
    `end`); ValueError where it does not fit."""
    if at + 2 > end:
        raise ValueError(f"the certificate ends at byte {at}, within an element")
    tag, length, at = der[at], der[at + 1], at + 2
    if length & 0x80:
        count = length & 0x7F
        if not 1 <= count <= 4 or at + count > end:
            raise ValueError(f"the certificate has a length of {count} bytes at byte {at - 1}")
        length, at = int.from_bytes(der[at : at + count], "big"), at + count
    if at + length > end:
        raise ValueError(f"the certificate ends before the element at byte {at}")
    return tag, at, at + length


def public_key(pem: bytes, address: str, algorithm: str = "RSA-SHA256") -> Any:
    """The key for `algorithm` (ECDSA-SHA256: EC on P-256; else RSA) of the first PEM block of
    `pem` (see pem_block; of a certificate, its SubjectPublicKeyInfo alone); bad_key otherwise
    (the receiver's keys, or the provider's address, give no such key)."""
    from cryptography.exceptions import UnsupportedAlgorithm
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec, rsa

    label, der = pem_block(pem, address)
    try:
        key = serialization.load_der_public_key(
            certificate_key(der) if label == "CERTIFICATE" else der
        )
        wanted = ec.SECP256R1 if algorithm == "ECDSA-SHA256" else rsa.RSAPublicKey
        if not isinstance(getattr(key, "curve", key), wanted):  # an EC key's curve, or the key
            curve = getattr(getattr(key, "curve", None), "name", "")
            raise ValueError(f"{type(key).__name__} {curve}".strip())
    except (ValueError, UnsupportedAlgorithm) as error:
        raise refused(
            "pem_unreadable", address=address, label=label, algorithm=algorithm, error=str(error)
        ) from None
    return key


def key_verified(key: Any, signature: bytes, content: bytes) -> bool:
    """Whether `signature` is the RSASSA-PKCS1-v1_5 SHA-256 signature of `content` (of an EC
    key, its ECDSA SHA-256 signature, DER-encoded)."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, padding

    try:
        if isinstance(key, ec.EllipticCurvePublicKey):
            key.verify(signature, content, ec.ECDSA(hashes.SHA256()))
        else:
            key.verify(signature, content, padding.PKCS1v15(), hashes.SHA256())
    except InvalidSignature:
        return False
    return True
