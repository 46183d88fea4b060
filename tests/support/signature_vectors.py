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
from pathlib import Path
from typing import Any

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
STAMPED = {"stripe": ("sha256", "Stripe-Signature", "t", "v1", ".", 300)}
STAMPED_BODIES = {
    "stripe": b'{"id":"evt_1","object":"event","type":"financial_connections.account.created",'
    b'"data":{"object":{"id":"fca_1","object":"financial_connections.account"}}}',
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


def build() -> dict[str, Any]:
    vectors: list[dict[str, Any]] = []

    def add(
        name: str,
        provider: str,
        headers: Any,
        expect: str,
        *,
        body: bytes | None = None,
        **extra: Any,
    ) -> None:
        vector = {
            "name": name,
            "provider": provider,
            "body_base64": base64.b64encode(
                BODIES.get(provider, b"{}") if body is None else body
            ).decode("ascii"),
            "secret": extra.pop("secret", SECRET),
            "headers": headers,
            "expect": expect,
            **({"now": extra.pop("now")} if "now" in extra else {}),
        }
        vectors.append(vector)

    for provider, (algorithm, names, encodings, prefix) in SCHEMES.items():
        body = BODIES[provider]
        digest = openssl_hmac(algorithm, SECRET.encode(), body)
        header = names[0]
        for encoding in encodings:
            value = prefix + _encode(digest, encoding)
            add(f"{provider} {encoding}", provider, [[header, value]], "ok")
            add(
                f"{provider} {encoding}, header name upper-case",
                provider,
                [[header.upper(), value]],
                "ok",
            )
            add(
                f"{provider} {encoding}, spaces and tabs around",
                provider,
                [[header, f" \t{value}\t "]],
                "ok",
            )
            add(
                f"{provider} {encoding}, no-break space around",
                provider,
                [[header, f"\u00a0{value}"]],
                "signature:bad_encoding",
            )
            add(
                f"{provider} {encoding}, tampered body",
                provider,
                [[header, value]],
                "signature:mismatch",
                body=body.replace(b"}", b" }", 1),
            )
            add(
                f"{provider} {encoding}, tampered signature",
                provider,
                [[header, prefix + _flip(_encode(digest, encoding), 3)]],
                "signature:mismatch",
            )
            add(
                f"{provider} {encoding}, wrong secret",
                provider,
                [[header, value]],
                "signature:mismatch",
                secret="another secret",
            )
            short = _encode(digest[:-3], encoding)
            add(
                f"{provider} {encoding}, truncated",
                provider,
                [[header, prefix + short]],
                "signature:wrong_algorithm",
            )
            other = "sha256" if algorithm == "sha512" else "sha512"
            add(
                f"{provider} {encoding}, {other} digest",
                provider,
                [[header, prefix + _encode(openssl_hmac(other, SECRET.encode(), body), encoding)]],
                "signature:wrong_algorithm",
            )
            add(
                f"{provider} {encoding}, same value twice",
                provider,
                [[header, value], [header.lower(), value]],
                "ok",
            )
            add(f"{provider} {encoding}, as a list value", provider, {header: [value, value]}, "ok")
            add(
                f"{provider} {encoding}, two different values",
                provider,
                [[header, value], [header, prefix + _flip(_encode(digest, encoding), 3)]],
                "signature:ambiguous_header",
            )
            add(
                f"{provider} {encoding}, rotated secrets",
                provider,
                [[header, value]],
                "ok",
                secret=["the next secret", SECRET],
            )
            add(
                f"{provider} {encoding}, none of the secrets",
                provider,
                [[header, value]],
                "signature:mismatch",
                secret=["one", "two"],
            )
            if encoding == "hex":
                add(
                    f"{provider} hex upper-case",
                    provider,
                    [[header, prefix + digest.hex().upper()]],
                    "ok",
                )
            else:
                add(
                    f"{provider} base64 non-canonical padding bits",
                    provider,
                    [[header, prefix + _non_canonical(_encode(digest, encoding))]],
                    "signature:bad_encoding",
                )
                add(
                    f"{provider} base64 without padding",
                    provider,
                    [[header, prefix + _encode(digest, encoding).rstrip("=")]],
                    "signature:bad_encoding",
                )
        for other_name in names[1:]:
            value = prefix + _encode(digest, encodings[0])
            add(f"{provider} header {other_name}", provider, [[other_name, value]], "ok")
        if prefix:
            bare = _encode(digest, encodings[0])
            add(f"{provider} prefix upper-case", provider, [[header, prefix.upper() + bare]], "ok")
            add(f"{provider} no prefix", provider, [[header, bare]], "signature:bad_encoding")
            add(
                f"{provider} sha256= prefix",
                provider,
                [[header, "sha256=" + bare]],
                "signature:wrong_algorithm",
            )
        add(
            f"{provider} missing header",
            provider,
            [["content-type", "application/json"]],
            "signature:missing_header",
        )
        add(f"{provider} empty digest", provider, [[header, prefix]], "signature:bad_encoding")
        add(
            f"{provider} not hex nor base64",
            provider,
            [[header, prefix + "zz!"]],
            "signature:bad_encoding",
        )
        for secret_name, secret, reason in (
            ("empty secret", "", "empty_secret"),
            ("blank secret", " \t ", "empty_secret"),
            ("no secrets", [], "empty_secret"),
            ("lone surrogate in the secret", "abc\ud800", "bad_secret"),
            ("a number as the secret", 42, "bad_secret"),
        ):
            add(
                f"{provider} {secret_name}",
                provider,
                [[header, "x"]],
                f"configuration:{reason}",
                secret=secret,
            )
        add(
            f"{provider} headers as a string", provider, f"{header}: x", "configuration:bad_headers"
        )
    for name, (provider, body, header) in PAGE_SIGNED.items():
        algorithm = SCHEMES[provider][0]
        signature = openssl_hmac(algorithm, SECRET.encode(), body).hex()
        add(f"{name}, {header}", provider, [[header, signature]], "ok", body=body)
        add(
            f"{name}, {header} forged",
            provider,
            [[header, openssl_hmac(algorithm, b"a guessed secret", body).hex()]],
            "signature:mismatch",
            body=body,
        )
    for provider, (algorithm, header, t, v1, separator, tolerance) in STAMPED.items():
        body = STAMPED_BODIES[provider]
        stamp = str(SIGNED_AT)
        digest = openssl_hmac(algorithm, SECRET.encode(), f"{stamp}{separator}".encode() + body)
        good = f"{t}={stamp},{v1}={digest.hex()}"
        later = SIGNED_AT + 10
        for name, value, now, expect, extra in (
            ("signed", good, later, "ok", {}),
            ("header name lower-case", good, later, "ok", {"name": header.lower()}),
            (
                "two signatures, the second right",
                f"{t}={stamp},{v1}={_flip(digest.hex(), 3)},{v1}={digest.hex()}",
                later,
                "ok",
                {},
            ),
            (
                "another scheme's signature first",
                f"{t}={stamp},v0=00,{v1}={digest.hex()}",
                later,
                "ok",
                {},
            ),
            ("rotated secrets", good, later, "ok", {"secret": ["the next secret", SECRET]}),
            ("verified at the tolerance", good, SIGNED_AT + tolerance, "ok", {}),
            (
                "verified a second after the tolerance",
                good,
                SIGNED_AT + tolerance + 1,
                "signature:stale_timestamp",
                {},
            ),
            ("a timestamp ahead of the clock", good, SIGNED_AT - 3600, "ok", {}),
            (
                "tampered body",
                good,
                later,
                "signature:mismatch",
                {"body": body.replace(b"}", b" }", 1)},
            ),
            (
                "tampered signature",
                f"{t}={stamp},{v1}={_flip(digest.hex(), 3)}",
                later,
                "signature:mismatch",
                {},
            ),
            (
                "another timestamp",
                f"{t}={SIGNED_AT + 1},{v1}={digest.hex()}",
                later,
                "signature:mismatch",
                {},
            ),
            ("wrong secret", good, later, "signature:mismatch", {"secret": "another secret"}),
            (
                "upper-case hex",
                f"{t}={stamp},{v1}={digest.hex().upper()}",
                later,
                "signature:mismatch",
                {},
            ),
            ("no timestamp", f"{v1}={digest.hex()}", later, "signature:missing_timestamp", {}),
            (
                "a timestamp that is no number",
                f"{t}={stamp}a,{v1}={digest.hex()}",
                later,
                "signature:bad_encoding",
                {},
            ),
            (
                "only another scheme's signature",
                f"{t}={stamp},v0={digest.hex()}",
                later,
                "signature:wrong_algorithm",
                {},
            ),
            ("no signature", f"{t}={stamp}", later, "signature:bad_encoding", {}),
            (
                "a space after the comma",
                f"{t}={stamp}, {v1}={digest.hex()}",
                later,
                "signature:wrong_algorithm",
                {},
            ),
        ):
            vector_body = extra.pop("body", body)
            assert isinstance(vector_body, bytes)
            add(
                f"{provider} {name}",
                provider,
                [[extra.pop("name", header), value]],
                expect,
                body=vector_body,
                now=now,
                **extra,
            )
        add(
            f"{provider} missing header",
            provider,
            [["content-type", "x"]],
            "signature:missing_header",
            body=body,
            now=later,
        )
    add("unknown provider", "acme", [["x-signature", "00"]], "configuration:unknown_provider")
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
