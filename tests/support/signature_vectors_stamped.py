"""The shared signature vectors of the providers whose header carries a signed timestamp
(t=…,v1=…): accepted, timing, forgeries and malformed headers, each verdict typed from the
providers' own libraries; tests/support/signature_vectors.py adds them to the file both
verifiers run."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from tests.support.signature_vectors_base import SECRET, SIGNED_AT, flip, openssl_hmac

#: Providers whose header carries a signed timestamp: (algorithm, header, timestamp label,
#: signature label, separator, default tolerance), from their libraries (stripe-python
#: stripe/_webhook.py and stripe-node src/Webhooks.ts: Stripe-Signature t=…,v1=…, HMAC-SHA256
#: hex of "t.body", 300 seconds).
STAMPED = {
    "stripe": ("sha256", "Stripe-Signature", "t", "v1", ".", 300),
    # fintoc-python, fintoc/webhook.py: Fintoc-Signature, t=…,v1=…, HMAC-SHA256 of "{t}.{body}"
    # in hex, a tolerance of 300 seconds.
    "fintoc": ("sha256", "Fintoc-Signature", "t", "v1", ".", 300),
    # Tink's Webhook signature validation page: X-Tink-Signature, t=…,v1=…, HMAC-SHA256 of
    # "{t}.{body}" in hex, a threshold of "no less than 5 minutes".
    "tink": ("sha256", "X-Tink-Signature", "t", "v1", ".", 300),
}
#: Provider -> (how far ahead of the clock a timestamp may be, None: any; which of two t= is
#: read). Stripe: stripe-python reads the first t= and accepts any time ahead. Fintoc:
#: fintoc-node refuses a timestamp more than 300 s from now either way (Math.abs in
#: verifyTimestamp), and fintoc-python (a dict of the items) and fintoc-node (a loop that keeps
#: the last) read the last t=.
STAMP_RULES: dict[str, tuple[int | None, str]] = {
    "stripe": (None, "first"),
    "fintoc": (300, "last"),
    # Tink's page states no limit ahead of the clock; its example reads the first t=.
    "tink": (None, "first"),
}
STAMPED_BODIES = {
    "stripe": b'{"id":"evt_1","object":"event","type":"financial_connections.account.created",'
    b'"data":{"object":{"id":"fca_1","object":"financial_connections.account"}}}',
    "fintoc": b'{"id":"evt_1","type":"payment_intent.succeeded","mode":"test",'
    b'"created_at":"2025-04-05T21:57:31.834Z","data":{"id":"pi_1","object":"payment_intent",'
    b'"status":"succeeded"}}',
    "tink": b'{"context":{"userId":"3db31bdcc75555c4f0b8952984a9bd4f"},"content":{"id":"a1"},'
    b'"event":"account:updated"}',
}


@dataclass(frozen=True)
class _Stamp:
    """A stamped provider's body signed with SECRET at SIGNED_AT, and its header's labels."""

    t: str
    v1: str
    digest: str
    tolerance: int
    body: bytes

    @property
    def good(self) -> str:
        return f"{self.t}={SIGNED_AT},{self.v1}={self.digest}"


#: A stamped case: (name, header value, verified at, expect, options of the vector).
_StampedCase = tuple[str, str, int, str, dict[str, Any]]
LATER = SIGNED_AT + 10


def _stamped_accepted(stamp: _Stamp, header: str) -> list[_StampedCase]:
    t, v1, digest, good = stamp.t, stamp.v1, stamp.digest, stamp.good
    return [
        ("signed", good, LATER, "ok", {}),
        ("header name lower-case", good, LATER, "ok", {"name": header.lower()}),
        (
            "two signatures, the second right",
            f"{t}={SIGNED_AT},{v1}={flip(digest, 3)},{v1}={digest}",
            LATER,
            "ok",
            {},
        ),
        (
            "another scheme's signature first",
            f"{t}={SIGNED_AT},v0=00,{v1}={digest}",
            LATER,
            "ok",
            {},
        ),
        ("rotated secrets", good, LATER, "ok", {"secret": ["the next secret", SECRET]}),
    ]


def _stamped_timing(stamp: _Stamp, provider: str) -> list[_StampedCase]:
    good, tolerance = stamp.good, stamp.tolerance
    ahead, repeated = STAMP_RULES[provider]
    t, v1, digest = stamp.t, stamp.v1, stamp.digest
    # Two t= items, the one signed last or first: the one read is the one the provider's
    # libraries read.
    last = f"{t}={SIGNED_AT + 7},{t}={SIGNED_AT},{v1}={digest}"
    first = f"{t}={SIGNED_AT},{t}={SIGNED_AT + 7},{v1}={digest}"
    return [
        ("verified at the tolerance", good, SIGNED_AT + tolerance, "ok", {}),
        (
            "verified a second after the tolerance",
            good,
            SIGNED_AT + tolerance + 1,
            "signature:stale_timestamp",
            {},
        ),
        (
            "a timestamp an hour ahead of the clock",
            good,
            SIGNED_AT - 3600,
            "ok" if ahead is None else "signature:future_timestamp",
            {},
        ),
        ("a timestamp a minute ahead of the clock", good, SIGNED_AT - 60, "ok", {}),
        (
            "two timestamps, the last signed",
            last,
            LATER,
            "ok" if repeated == "last" else "signature:mismatch",
            {},
        ),
        (
            "two timestamps, the first signed",
            first,
            LATER,
            "ok" if repeated == "first" else "signature:mismatch",
            {},
        ),
    ]


def _stamped_forgeries(stamp: _Stamp) -> list[_StampedCase]:
    t, v1, digest, good = stamp.t, stamp.v1, stamp.digest, stamp.good
    mismatch = "signature:mismatch"
    return [
        ("tampered body", good, LATER, mismatch, {"body": stamp.body.replace(b"}", b" }", 1)}),
        ("tampered signature", f"{t}={SIGNED_AT},{v1}={flip(digest, 3)}", LATER, mismatch, {}),
        ("another timestamp", f"{t}={SIGNED_AT + 1},{v1}={digest}", LATER, mismatch, {}),
        ("wrong secret", good, LATER, mismatch, {"secret": "another secret"}),
        ("upper-case hex", f"{t}={SIGNED_AT},{v1}={digest.upper()}", LATER, mismatch, {}),
    ]


def _stamped_malformed(stamp: _Stamp) -> list[_StampedCase]:
    t, v1, digest = stamp.t, stamp.v1, stamp.digest
    return [
        ("no timestamp", f"{v1}={digest}", LATER, "signature:missing_timestamp", {}),
        (
            "a timestamp that is no number",
            f"{t}={SIGNED_AT}a,{v1}={digest}",
            LATER,
            "signature:bad_encoding",
            {},
        ),
        (
            "only another scheme's signature",
            f"{t}={SIGNED_AT},v0={digest}",
            LATER,
            "signature:wrong_algorithm",
            {},
        ),
        ("no signature", f"{t}={SIGNED_AT}", LATER, "signature:bad_encoding", {}),
        # The libraries sign the number: a leading zero is another spelling, which they refuse
        # signed as written (their HMAC is of the number) and accept signed over the number;
        # bankcodes refuses both, as no delivery of theirs carries it.
        (
            "a timestamp with a leading zero",
            f"{t}=0{SIGNED_AT},{v1}={digest}",
            LATER,
            "signature:bad_encoding",
            {},
        ),
        (
            "a space after the comma",
            f"{t}={SIGNED_AT}, {v1}={digest}",
            LATER,
            "signature:wrong_algorithm",
            {},
        ),
    ]


def stamped_vectors(provider: str, vector: Callable[..., dict[str, Any]]) -> list[dict[str, Any]]:
    """Every vector of a provider whose header carries a signed timestamp (STAMPED)."""
    algorithm, header, t, v1, separator, tolerance = STAMPED[provider]
    body = STAMPED_BODIES[provider]
    signed = f"{SIGNED_AT}{separator}".encode() + body
    stamp = _Stamp(t, v1, openssl_hmac(algorithm, SECRET.encode(), signed).hex(), tolerance, body)
    cases = [
        *_stamped_accepted(stamp, header),
        *_stamped_timing(stamp, provider),
        *_stamped_forgeries(stamp),
        *_stamped_malformed(stamp),
    ]
    vectors = []
    for name, value, now, expect, options in cases:
        headers = [[options.pop("name", header), value]]
        options.setdefault("body", body)
        vectors.append(vector(f"{provider} {name}", provider, headers, expect, now=now, **options))
    missing = [["content-type", "x"]]
    expect = "signature:missing_header"
    name = f"{provider} missing header"
    return [*vectors, vector(name, provider, missing, expect, body=body, now=LATER)]
