"""The shared signature vectors of the Python and Node webhook verifiers.

Every digest is computed by the openssl command, never by the code under test; the expected
outcome of each vector follows from the verification rules (see bankcodes.signatures): "ok",
"signature:<reason>" or "configuration:<reason>".

    python -m tests.support.signature_vectors   # rewrites tests/support/signature_vectors.json
"""

from __future__ import annotations

import base64
import json
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.support.signature_vectors_shared import SHARED_SECRET, shared_secret_vectors
from tests.support.signature_vectors_standard import STANDARD, standard_vectors

PATH = Path(__file__).parent / "signature_vectors.json"

BODIES = {
    "lean": b'{"type":"results.ready","payload":{"id":"5d4c3b2a-1e0f-4a9b-8c7d-6e5f4a3b2c1d"},'
    b'"message":"Results are ready"}',
    "flinks": b'{"ResponseType":"KYC","HttpStatusCode":200,"RequestId":"077785a3"}',
    "argyle": b'{"event":"verifications.updated","name":"n",'
    b'"data":{"user":"u","verification":"v"}}',
    "mastercard": b'{"customerId":"7043507659","eventType":"accountsDeleted",'
    b'"eventId":"1744671850866-f9b8ef21c571b7d0e80c2c3d","payload":{"accounts":["7077265539"]}}',
}
SCHEMES = {
    # provider: (algorithm, header names, encodings, prefix)
    "lean": ("sha512", ("lean-signature",), ("hex", "base64"), "sha512="),
    "flinks": ("sha256", ("flinks-authenticity-key", "X-Flinks-Signature"), ("base64",), ""),
    "argyle": ("sha512", ("X-Argyle-Signature",), ("hex",), ""),
    "mastercard": (
        "sha256",
        ("X-Signature", "X-Finicity-Signature", "Event-Signature"),
        ("hex",),
        "",
    ),
}
#: Bodies a provider's pages sign under a header of their own: docs.finicity.com/connect-webhooks/
#: (Mastercard's US Connect webhooks) signs a ping, hex, in X-Finicity-Signature.
PAGE_SIGNED = {
    "mastercard US ping": (
        "mastercard",
        b'{"eventType":"ping","payload":{}}',
        "X-Finicity-Signature",
    )
}
#: Providers whose header carries a signed timestamp: (algorithm, header, timestamp label,
#: signature label, separator, default tolerance), from their libraries (stripe-python
#: stripe/_webhook.py and stripe-node src/Webhooks.ts: Stripe-Signature t=…,v1=…, HMAC-SHA256
#: hex of "t.body", 300 seconds).
STAMPED = {
    "stripe": ("sha256", "Stripe-Signature", "t", "v1", ".", 300),
    # fintoc-python, fintoc/webhook.py: Fintoc-Signature, t=…,v1=…, HMAC-SHA256 of "{t}.{body}"
    # in hex, a tolerance of 300 seconds.
    "fintoc": ("sha256", "Fintoc-Signature", "t", "v1", ".", 300),
}
STAMPED_BODIES = {
    "stripe": b'{"id":"evt_1","object":"event","type":"financial_connections.account.created",'
    b'"data":{"object":{"id":"fca_1","object":"financial_connections.account"}}}',
    "fintoc": b'{"id":"evt_1","type":"payment_intent.succeeded","mode":"test",'
    b'"created_at":"2025-04-05T21:57:31.834Z","data":{"id":"pi_1","object":"payment_intent",'
    b'"status":"succeeded"}}',
}
#: When the stamped vectors are signed (Unix seconds); each vector says when it is verified.
SIGNED_AT = 1_735_689_600
SECRET = "whsec_shared_vectors"
OPENSSL_HMAC = ["openssl", "dgst", "-binary", "-mac", "HMAC"]


def openssl_hmac(algorithm: str, key: bytes, body: bytes) -> bytes:
    """HMAC by the openssl command line."""
    result = subprocess.run(
        [*OPENSSL_HMAC, f"-{algorithm}", "-macopt", f"hexkey:{key.hex()}"],
        input=body,
        capture_output=True,
        check=True,
    )
    return result.stdout


def _encode(digest: bytes, encoding: str) -> str:
    return digest.hex() if encoding == "hex" else base64.b64encode(digest).decode("ascii")


def _non_canonical(text: str) -> str:
    """The same digest with non-zero unused padding bits (a second spelling of one digest)."""
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    data = text.rstrip("=")
    last = alphabet.index(data[-1])
    return data[:-1] + alphabet[last + 1] + text[len(data) :]


def _flip(text: str, at: int) -> str:
    swap = {"0": "1", "1": "0", "a": "b", "A": "B"}
    char = text[at]
    return text[:at] + swap.get(char, "0" if char != "0" else "1") + text[at + 1 :]


def _vector(
    name: str,
    provider: str,
    headers: Any,
    expect: str,
    *,
    body: bytes | None = None,
    secret: Any = SECRET,
    now: int | None = None,
    secret_header: object = None,
) -> dict[str, Any]:
    """One vector: the body (the provider's own unless given) as base64, in the file's order;
    `secret_header`, the name of the header the app chose for its secret, where given."""
    signed = BODIES.get(provider, b"{}") if body is None else body
    return {
        "name": name,
        "provider": provider,
        "body_base64": base64.b64encode(signed).decode("ascii"),
        "secret": secret,
        "headers": headers,
        "expect": expect,
        **({"now": now} if now is not None else {}),
        **({"secret_header": secret_header} if secret_header is not None else {}),
    }


@dataclass(frozen=True)
class _Signed:
    """A provider's body signed with SECRET, its digest written in one encoding."""

    provider: str
    algorithm: str
    header: str
    prefix: str
    encoding: str
    digest: bytes

    @property
    def value(self) -> str:
        return self.prefix + _encode(self.digest, self.encoding)

    @property
    def flipped(self) -> str:
        return self.prefix + _flip(_encode(self.digest, self.encoding), 3)

    def vector(self, case: str, headers: Any, expect: str, **options: Any) -> dict[str, Any]:
        name = f"{self.provider} {self.encoding}, {case}"
        return _vector(name, self.provider, headers, expect, **options)


def _header_forms(signed: _Signed) -> list[dict[str, Any]]:
    """The right digest, its header written as clients and proxies write it."""
    header, value = signed.header, signed.value
    return [
        _vector(f"{signed.provider} {signed.encoding}", signed.provider, [[header, value]], "ok"),
        signed.vector("header name upper-case", [[header.upper(), value]], "ok"),
        signed.vector("spaces and tabs around", [[header, f" \t{value}\t "]], "ok"),
        signed.vector(
            "no-break space around", [[header, f"\u00a0{value}"]], "signature:bad_encoding"
        ),
    ]


def _forgeries(signed: _Signed) -> list[dict[str, Any]]:
    """A body, a digest or a secret that is not the one signed, and digests of another size."""
    header, value = signed.header, signed.value
    body = BODIES[signed.provider].replace(b"}", b" }", 1)
    other = "sha256" if signed.algorithm == "sha512" else "sha512"
    digest = openssl_hmac(other, SECRET.encode(), BODIES[signed.provider])
    other_digest = signed.prefix + _encode(digest, signed.encoding)
    truncated = signed.prefix + _encode(signed.digest[:-3], signed.encoding)
    return [
        signed.vector("tampered body", [[header, value]], "signature:mismatch", body=body),
        signed.vector("tampered signature", [[header, signed.flipped]], "signature:mismatch"),
        signed.vector(
            "wrong secret", [[header, value]], "signature:mismatch", secret="another secret"
        ),
        signed.vector("truncated", [[header, truncated]], "signature:wrong_algorithm"),
        signed.vector(f"{other} digest", [[header, other_digest]], "signature:wrong_algorithm"),
    ]


def _repeats_and_rotations(signed: _Signed) -> list[dict[str, Any]]:
    """The header given more than once, and the receiver's secrets given as a list."""
    header, value = signed.header, signed.value
    twice = [[header, value], [header, signed.flipped]]
    return [
        signed.vector("same value twice", [[header, value], [header.lower(), value]], "ok"),
        signed.vector("as a list value", {header: [value, value]}, "ok"),
        signed.vector("two different values", twice, "signature:ambiguous_header"),
        signed.vector(
            "rotated secrets", [[header, value]], "ok", secret=["the next secret", SECRET]
        ),
        signed.vector(
            "none of the secrets", [[header, value]], "signature:mismatch", secret=["one", "two"]
        ),
    ]


def _spellings(signed: _Signed) -> list[dict[str, Any]]:
    """Other spellings of the same digest: hex in upper case is one; base64 with non-zero
    padding bits or without its padding is not."""
    provider, header, prefix = signed.provider, signed.header, signed.prefix
    encoded = _encode(signed.digest, signed.encoding)
    if signed.encoding == "hex":
        return [
            _vector(
                f"{provider} hex upper-case", provider, [[header, prefix + encoded.upper()]], "ok"
            )
        ]
    return [
        _vector(
            f"{provider} base64 non-canonical padding bits",
            provider,
            [[header, prefix + _non_canonical(encoded)]],
            "signature:bad_encoding",
        ),
        _vector(
            f"{provider} base64 without padding",
            provider,
            [[header, prefix + encoded.rstrip("=")]],
            "signature:bad_encoding",
        ),
    ]


def _scheme_vectors(provider: str) -> list[dict[str, Any]]:
    """Every vector of a provider that signs its body alone (SCHEMES)."""
    algorithm, names, encodings, prefix = SCHEMES[provider]
    digest = openssl_hmac(algorithm, SECRET.encode(), BODIES[provider])
    header = names[0]
    vectors = []
    for encoding in encodings:
        signed = _Signed(provider, algorithm, header, prefix, encoding, digest)
        for group in (_header_forms, _forgeries, _repeats_and_rotations, _spellings):
            vectors += group(signed)
    first = _encode(digest, encodings[0])
    for other_name in names[1:]:
        vectors.append(
            _vector(
                f"{provider} header {other_name}", provider, [[other_name, prefix + first]], "ok"
            )
        )
    if prefix:
        vectors += _prefix_vectors(provider, header, prefix, first)
    return vectors + _malformed(provider, header, prefix)


def _prefix_vectors(provider: str, header: str, prefix: str, bare: str) -> list[dict[str, Any]]:
    """The algorithm's prefix before the digest: in upper case, missing, or another's."""
    return [
        _vector(f"{provider} prefix upper-case", provider, [[header, prefix.upper() + bare]], "ok"),
        _vector(f"{provider} no prefix", provider, [[header, bare]], "signature:bad_encoding"),
        _vector(
            f"{provider} sha256= prefix",
            provider,
            [[header, "sha256=" + bare]],
            "signature:wrong_algorithm",
        ),
    ]


#: Secrets no receiver can verify with: (case, secret, reason).
BAD_SECRETS: tuple[tuple[str, Any, str], ...] = (
    ("empty secret", "", "empty_secret"),
    ("blank secret", " \t ", "empty_secret"),
    ("no secrets", [], "empty_secret"),
    ("lone surrogate in the secret", "abc\ud800", "bad_secret"),
    ("a number as the secret", 42, "bad_secret"),
)


def _malformed(provider: str, header: str, prefix: str) -> list[dict[str, Any]]:
    """A request with no signature to read, and a receiver configured wrongly."""
    vectors = [
        _vector(
            f"{provider} missing header",
            provider,
            [["content-type", "application/json"]],
            "signature:missing_header",
        ),
        _vector(f"{provider} empty digest", provider, [[header, prefix]], "signature:bad_encoding"),
        _vector(
            f"{provider} not hex nor base64",
            provider,
            [[header, prefix + "zz!"]],
            "signature:bad_encoding",
        ),
    ]
    for case, secret, reason in BAD_SECRETS:
        expect = f"configuration:{reason}"
        vectors.append(
            _vector(f"{provider} {case}", provider, [[header, "x"]], expect, secret=secret)
        )
    vectors.append(
        _vector(
            f"{provider} headers as a string", provider, f"{header}: x", "configuration:bad_headers"
        )
    )
    return vectors


def _page_signed_vectors() -> list[dict[str, Any]]:
    """The bodies a provider's pages sign (PAGE_SIGNED), and the same signed with a guess."""
    vectors = []
    for name, (provider, body, header) in PAGE_SIGNED.items():
        algorithm = SCHEMES[provider][0]
        signature = openssl_hmac(algorithm, SECRET.encode(), body).hex()
        forged = openssl_hmac(algorithm, b"a guessed secret", body).hex()
        vectors += [
            _vector(f"{name}, {header}", provider, [[header, signature]], "ok", body=body),
            _vector(
                f"{name}, {header} forged",
                provider,
                [[header, forged]],
                "signature:mismatch",
                body=body,
            ),
        ]
    return vectors


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
            f"{t}={SIGNED_AT},{v1}={_flip(digest, 3)},{v1}={digest}",
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


def _stamped_timing(stamp: _Stamp) -> list[_StampedCase]:
    good, tolerance = stamp.good, stamp.tolerance
    return [
        ("verified at the tolerance", good, SIGNED_AT + tolerance, "ok", {}),
        (
            "verified a second after the tolerance",
            good,
            SIGNED_AT + tolerance + 1,
            "signature:stale_timestamp",
            {},
        ),
        ("a timestamp ahead of the clock", good, SIGNED_AT - 3600, "ok", {}),
    ]


def _stamped_forgeries(stamp: _Stamp) -> list[_StampedCase]:
    t, v1, digest, good = stamp.t, stamp.v1, stamp.digest, stamp.good
    mismatch = "signature:mismatch"
    return [
        ("tampered body", good, LATER, mismatch, {"body": stamp.body.replace(b"}", b" }", 1)}),
        ("tampered signature", f"{t}={SIGNED_AT},{v1}={_flip(digest, 3)}", LATER, mismatch, {}),
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
        (
            "a space after the comma",
            f"{t}={SIGNED_AT}, {v1}={digest}",
            LATER,
            "signature:wrong_algorithm",
            {},
        ),
    ]


def _stamped_vectors(provider: str) -> list[dict[str, Any]]:
    """Every vector of a provider whose header carries a signed timestamp (STAMPED)."""
    algorithm, header, t, v1, separator, tolerance = STAMPED[provider]
    body = STAMPED_BODIES[provider]
    signed = f"{SIGNED_AT}{separator}".encode() + body
    stamp = _Stamp(t, v1, openssl_hmac(algorithm, SECRET.encode(), signed).hex(), tolerance, body)
    cases = [
        *_stamped_accepted(stamp, header),
        *_stamped_timing(stamp),
        *_stamped_forgeries(stamp),
        *_stamped_malformed(stamp),
    ]
    vectors = []
    for name, value, now, expect, options in cases:
        headers = [[options.pop("name", header), value]]
        options.setdefault("body", body)
        vectors.append(_vector(f"{provider} {name}", provider, headers, expect, now=now, **options))
    missing = [["content-type", "x"]]
    expect = "signature:missing_header"
    name = f"{provider} missing header"
    return [*vectors, _vector(name, provider, missing, expect, body=body, now=LATER)]


def build() -> dict[str, Any]:
    vectors = [vector for provider in SCHEMES for vector in _scheme_vectors(provider)]
    vectors += _page_signed_vectors()
    vectors += [vector for provider in STAMPED for vector in _stamped_vectors(provider)]
    vectors += [v for p in SHARED_SECRET for v in shared_secret_vectors(p, SECRET, _vector)]
    vectors += [v for p in STANDARD for v in standard_vectors(p, SIGNED_AT, openssl_hmac, _vector)]
    vectors.append(
        _vector(
            "unknown provider", "acme", [["x-signature", "00"]], "configuration:unknown_provider"
        )
    )
    return {
        "$comment": "Shared signature vectors of the Python and Node verifiers, written by "
        "python -m tests.support.signature_vectors: every digest is computed by the openssl "
        "command over the base64-decoded body; expect is ok, signature:<reason> or "
        "configuration:<reason>.",
        "vectors": vectors,
    }


def render() -> str:
    return json.dumps(build(), indent=1, ensure_ascii=True) + "\n"


if __name__ == "__main__":
    PATH.write_text(render(), encoding="utf-8")
