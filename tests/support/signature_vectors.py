"""The shared signature vectors of the Python and Node webhook verifiers.

Every digest is computed by the openssl command, never by the code under test; the expected
outcome of each vector follows from the verification rules (see bankcodes.signatures): "ok",
"signature:<reason>" or "configuration:<reason>".

    python -m tests.support.signature_vectors   # rewrites tests/support/signature_vectors.json
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.support.signature_vectors_base import (
    SECRET,
    SIGNED_AT,
    encode,
    flip,
    non_canonical,
    openssl_hmac,
)
from tests.support.signature_vectors_listed import LISTED, listed_vectors
from tests.support.signature_vectors_shared import SHARED_SECRET, shared_secret_vectors
from tests.support.signature_vectors_stamped import STAMPED, stamped_vectors
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
        return self.prefix + encode(self.digest, self.encoding)

    @property
    def flipped(self) -> str:
        return self.prefix + flip(encode(self.digest, self.encoding), 3)

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
    other_digest = signed.prefix + encode(digest, signed.encoding)
    truncated = signed.prefix + encode(signed.digest[:-3], signed.encoding)
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
    encoded = encode(signed.digest, signed.encoding)
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
            [[header, prefix + non_canonical(encoded)]],
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
    first = encode(digest, encodings[0])
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


def build() -> dict[str, Any]:
    vectors = [vector for provider in SCHEMES for vector in _scheme_vectors(provider)]
    vectors += _page_signed_vectors()
    vectors += [v for provider in STAMPED for v in stamped_vectors(provider, _vector)]
    vectors += [v for p in SHARED_SECRET for v in shared_secret_vectors(p, SECRET, _vector)]
    vectors += [v for p in STANDARD for v in standard_vectors(p, SIGNED_AT, openssl_hmac, _vector)]
    vectors += [v for p in LISTED for v in listed_vectors(p, SECRET, openssl_hmac, _vector)]
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
