"""The HMAC schemes: how a signature header is read (a digest, or a signed timestamp and its
signatures), what the HMAC signs, and the error that says why no secret matched."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
from collections.abc import Sequence

from bankcodes._schemes import HmacScheme, SignedTimestamp
from bankcodes.errors import WebhookError, refused

#: Labels recognised before "=" as another algorithm than the provider's.
ALGORITHM_LABELS = frozenset({"md5", "sha1", "sha224", "sha256", "sha384", "sha512"})
_HEX = frozenset("0123456789abcdefABCDEF")
_LOWER_HEX = frozenset("0123456789abcdef")
_BASE64 = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=")


def signed_content(scheme: HmacScheme, stamp: str, raw: bytes) -> bytes:
    """What the HMAC signs: the raw body, or the timestamp, the separator and the raw body."""
    if scheme.timestamp is None:
        return raw
    return stamp.encode("ascii") + scheme.timestamp.separator.encode("utf-8") + raw


#: The longest timestamp read, in digits (Unix seconds reach 13 digits only after year 33658).
_MAX_STAMP_DIGITS = 12


def stamped(scheme: HmacScheme, name: str, value: str) -> tuple[str, list[bytes]]:
    """The timestamp and the signatures of a header of label=value pairs (t=…,v1=…): the first
    timestamp or the last (the scheme's `repeated_timestamp`), every signature under the
    scheme's label (one matching is enough), each read as canonical lowercase hex of the
    digest's size; another value under that label matches nothing."""
    rule = scheme.timestamp
    assert rule is not None, "a scheme with a signed timestamp"
    stamp: str | None = None
    texts: list[str] = []
    others: list[str] = []
    for item in value.split(","):
        label, separator, text = item.partition("=")
        if not separator:
            continue
        if label == rule.timestamp_label:
            stamp = text if stamp is None or rule.repeated_timestamp == "last" else stamp
        elif label == rule.signature_label:
            texts.append(text)
        else:
            others.append(label)
    if stamp is None:
        raise refused("no_stamp_label", name=name, label=rule.timestamp_label, value=value)
    # Decimal digits without a leading zero: the providers' libraries sign the number, never
    # another spelling of it.
    canonical = stamp.isascii() and stamp.isdigit() and len(stamp) <= _MAX_STAMP_DIGITS
    if not canonical or stamp != str(int(stamp)):
        raise refused("stamp_not_seconds", name=name, label=rule.timestamp_label, stamp=stamp)
    if not texts:
        labels = ", ".join(dict.fromkeys(f"{label}=" for label in others))
        if others:
            raise refused("other_labels", name=name, label=rule.signature_label, labels=labels)
        raise refused("no_signature_label", name=name, label=rule.signature_label, value=value)
    size = hashlib.new(scheme.algorithm).digest_size
    given = [
        bytes.fromhex(text) for text in texts if len(text) == 2 * size and set(text) <= _LOWER_HEX
    ]
    return stamp, given


def check_stamp(
    rule: SignedTimestamp, name: str, stamp: str, now: float, max_age: float | None
) -> None:
    """Refuse a signed timestamp older than `max_age` (the scheme's tolerance by default), and
    one further ahead of the clock than the scheme's future tolerance, where it has one (else it
    is accepted, as the provider's own libraries accept it)."""
    limit = rule.tolerance_seconds if max_age is None else max_age
    age = now - int(stamp)
    if age > limit:
        raise refused("signed_too_early", name=name, age=int(age), limit=limit)
    ahead = rule.future_tolerance_seconds
    if ahead is not None and -age > ahead:
        raise refused("signed_ahead", name=name, ahead=int(-age), limit=ahead)


#: The whitespace a secret copied from a file or a console may carry around it.
AROUND = " \t\r\n"


def mismatch(
    scheme: HmacScheme,
    name: str,
    given: Sequence[bytes],
    content: bytes,
    body: object,
    secret: object,
) -> WebhookError:
    """The error for an HMAC that no secret matches: a secret with whitespace around it that
    matches once stripped is the receiver's own mistake (ConfigurationError bad_secret);
    otherwise a SignatureError mismatch listing the likely causes this request shows. A secret
    is never shown."""
    every = secret if isinstance(secret, list | tuple) else [secret]
    padded: list[str] = []
    for index, each in enumerate(every):
        if not isinstance(each, str) or each.strip(AROUND) == each:
            continue
        stripped = each.strip(AROUND)
        expected = hmac.new(stripped.encode("utf-8"), content, scheme.algorithm).digest()
        if stripped and any(hmac.compare_digest(expected, each) for each in given):
            return refused("secret_padded_signature", index=index, name=name)
        padded.append(str(index))
    causes = [
        "the body was passed as text, not the bytes received (a framework may have parsed and "
        "re-serialised it)"
        if isinstance(body, str)
        else "the body is not the bytes received (a framework that parses and re-serialises "
        "JSON, or a proxy, changes them)",
        "the secret is another endpoint's or another environment's (sandbox and production differ)",
    ]
    if padded:
        causes.append(f"secret {', '.join(padded)} has whitespace or a line break around it")
    checked = f" (checked with {len(every)} secrets)" if len(every) > 1 else ""
    return refused("body_mismatch", name=name, checked=checked, causes="; ".join(causes))


#: The most signatures a header that lists several is read for (a provider signs with each
#: secret valid during a rotation: two, or a few); more is no provider's header.
MOST_LISTED = 16


def listed(scheme: HmacScheme, name: str, value: str) -> list[bytes]:
    """The digests of a header that lists several signatures (the scheme's `list_separator`),
    each decoded as `decode` reads a header of one: every item must be well formed (an item
    without the prefix, or not canonical, refuses the request, as the provider's own verifier
    does), and one matching is enough. More than MOST_LISTED items is bad_encoding, counted
    before any is read."""
    separator = scheme.list_separator
    assert separator is not None, "a scheme whose header lists its signatures"
    count = value.count(separator) + 1
    if count > MOST_LISTED:
        raise refused("too_many_signatures", name=name, count=count, most=MOST_LISTED)
    return [
        decode(scheme, f"{name} (signature {index + 1})" if count > 1 else name, item)
        for index, item in enumerate(value.split(separator))
    ]


def hex_text(scheme: HmacScheme, digest: bytes) -> str:
    """A digest as the provider writes it in hex: upper case where the scheme says so."""
    return digest.hex().upper() if scheme.hex_case == "upper" else digest.hex()


def _hex_read(scheme: HmacScheme, value: str) -> bool:
    """Whether `value` is hex in a case the scheme reads (either, unless it names one)."""
    if not value or len(value) % 2 or not set(value) <= _HEX:
        return False
    if scheme.hex_case == "upper":
        return value == value.upper()
    return scheme.hex_case != "lower" or value == value.lower()


def decode(scheme: HmacScheme, name: str, value: str) -> bytes:
    size = hashlib.new(scheme.algorithm).digest_size
    if scheme.prefix is not None:
        label, separator, _ = value.partition("=")
        if not separator or not value.lower().startswith(scheme.prefix.lower()):
            if separator and label.lower() in ALGORITHM_LABELS:
                raise refused("other_prefix", name=name, label=label, prefix=scheme.prefix)
            raise refused("no_prefix", name=name, prefix=scheme.prefix)
        value = value[len(scheme.prefix) :]
    decoded: list[bytes] = []
    if "hex" in scheme.encodings and _hex_read(scheme, value):
        decoded.append(bytes.fromhex(value))
    if "base64" in scheme.encodings and value and len(value) % 4 == 0 and set(value) <= _BASE64:
        try:
            digest = base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError):
            digest = None
        # Canonical only: unused padding bits must be zero (one digest, one spelling).
        if digest is not None and base64.b64encode(digest).decode("ascii") == value:
            decoded.append(digest)
    for digest in decoded:
        if len(digest) == size:
            return digest
    if decoded:
        raise refused(
            "digest_size", name=name, length=len(decoded[0]), algorithm=scheme.algorithm, size=size
        )
    encodings = " or ".join(
        f"{scheme.hex_case}-case hex" if each == "hex" and scheme.hex_case else each
        for each in scheme.encodings
    )
    raise refused("not_canonical", name=name, encodings=encodings)
