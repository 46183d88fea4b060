"""Standard Webhooks: an HMAC-SHA256 of the message id, the timestamp and the raw body, joined by
dots, with the endpoint's secret (whsec_ and its key in base64, as the standardwebhooks
libraries read it); the signatures (v1,<base64>, separated by spaces) in one header, the id and
the timestamp in two others. A timestamp further from now than the tolerance, either way, is
refused, as those libraries refuse it.

Read as strictly as both libraries (standardwebhooks for Python and for Node) together: an empty
id is missing, as both say; a timestamp is decimal digits without a leading zero, the spelling
both sign (they sign the number, not the header's text, so another spelling never matches
there); a signature is canonical, padded base64, as the Node library compares it. bankcodes is
stricter in three places, each refused with its reason rather than as a mismatch: a timestamp of
more than 12 digits, an id or timestamp that is not printable ASCII, and a signature list of
more than 32 entries (the rest are not read)."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
from collections.abc import Callable

from bankcodes._schemes import StandardWebhooksScheme
from bankcodes.errors import SignatureError, refused

#: The prefix of a secret as the provider shows it.
PREFIX = "whsec_"
#: A header value's longest signature list read: a few signatures during a rotation, no more.
_MOST_SIGNATURES = 32


def key_of(secret: object) -> bytes:
    """The HMAC key of one secret: a str is base64 (after whsec_, which may be left out), as
    the standardwebhooks libraries read it, and so are bytes that begin with whsec_ (the secret
    as text, read from a file or the environment); other bytes are the key itself."""
    if isinstance(secret, bytes | bytearray | memoryview) and bytes(secret[:6]) == b"whsec_":
        secret = bytes(secret).decode("ascii", "replace")
    if isinstance(secret, bytes | bytearray | memoryview):
        key = bytes(secret)
    elif isinstance(secret, str):
        text = secret.removeprefix(PREFIX)
        try:
            key = base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
        except (binascii.Error, ValueError):
            raise refused("whsec_not_base64") from None
    else:
        raise refused("secret_type", kind=type(secret).__name__)
    if not key:
        raise refused("secret_empty")
    return key


def keys_of(secret: object) -> tuple[bytes, ...]:
    """One secret or several (a list or tuple, during a rotation), as keys."""
    if isinstance(secret, list | tuple):
        if not secret:
            raise refused("no_secrets")
        return tuple(key_of(each) for each in secret)
    return (key_of(secret),)


def message_id(body: bytes) -> str:
    """The id a signed test delivery carries: stable for a body."""
    return "msg_" + hashlib.sha256(body).hexdigest()[:24]


def signature(key: bytes, msg_id: str, stamp: str, body: bytes) -> str:
    content = f"{msg_id}.{stamp}.".encode() + body
    return "v1," + base64.b64encode(hmac.new(key, content, hashlib.sha256).digest()).decode()


def sign(scheme: StandardWebhooksScheme, body: bytes, secret: object, now: float) -> dict[str, str]:
    stamp, msg_id = str(int(now)), message_id(body)
    return {
        scheme.id_header: msg_id,
        scheme.timestamp_header: stamp,
        scheme.signature_header: signature(key_of(secret), msg_id, stamp, body),
    }


def check(
    scheme: StandardWebhooksScheme,
    header: Callable[[str], str],
    body: bytes,
    secret: object,
    now: float,
    max_age: float | None,
) -> int:
    """The index of the secret that signed the delivery. `header(name)` gives a header's value,
    raising SignatureError missing_header when it is absent."""
    keys = keys_of(secret)
    given = _signatures(scheme.signature_header, header(scheme.signature_header))
    msg_id = header(scheme.id_header)
    if not msg_id:
        raise refused("id_empty", header=scheme.id_header)
    stamp = _stamp(scheme, header)
    content = f"{msg_id}.{stamp}.".encode() + body
    matched = None
    for index, key in enumerate(keys):
        expected = hmac.new(key, content, hashlib.sha256).digest()
        if any(hmac.compare_digest(expected, each) for each in given) and matched is None:
            matched = index
    if matched is None:
        raise refused(
            "standard_mismatch",
            name=scheme.signature_header,
            id=scheme.id_header,
            stamp=scheme.timestamp_header,
        )
    limit = scheme.tolerance_seconds if max_age is None else max_age
    off = now - int(stamp)
    if off > limit:
        raise refused("stamp_too_old", name=scheme.timestamp_header, age=int(off), limit=limit)
    if -off > scheme.tolerance_seconds:
        raise refused(
            "stamp_ahead",
            name=scheme.timestamp_header,
            ahead=int(-off),
            limit=scheme.tolerance_seconds,
        )
    return matched


def _stamp(scheme: StandardWebhooksScheme, header: Callable[[str], str]) -> str:
    try:
        stamp = header(scheme.timestamp_header)
    except SignatureError:
        raise refused("no_stamp_header", name=scheme.timestamp_header) from None
    canonical = stamp.isascii() and stamp.isdigit() and len(stamp) <= 12
    if not canonical or stamp != str(int(stamp)):
        raise refused("not_unix_seconds", name=scheme.timestamp_header, stamp=stamp)
    return stamp


def _signatures(name: str, value: str) -> list[bytes]:
    """The v1 signatures of a header value, each decoded; signatures of other versions are
    skipped, as the libraries skip them."""
    found, versions, ours = [], 0, 0
    for part in value.split(" ")[:_MOST_SIGNATURES]:
        version, comma, text = part.partition(",")
        if not comma:
            continue
        versions += 1
        if version != "v1":
            continue
        ours += 1
        if len(text) > 44:  # a digest of SHA-256 is 44 characters of base64; a longer text is none
            continue
        try:
            digest = base64.b64decode(text, validate=True)
        except (binascii.Error, ValueError):
            continue
        # Canonical only (padded, unused bits zero): one digest, one spelling.
        if base64.b64encode(digest).decode("ascii") == text:
            found.append(digest)
    if found:
        return found
    raise refused("no_v1_version" if versions and not ours else "no_v1", name=name, value=value)
