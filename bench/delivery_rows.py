"""Measures of receiving deliveries: signatures and JWTs verified, receive, which verifies,
validates and reads a delivery in one call, and how long a key fetch can be held."""

from __future__ import annotations

import contextlib
import datetime
import json
import time

from bench.payload_rows import payload_samples
from bench.timing import (
    PACKAGE,
    ROOT,
    NotBuilt,
    Row,
    interleaved,
    output,
    require,
)


def signature_verification() -> Row:
    """signature verification"""
    require(PACKAGE / "signatures.py")
    import hashlib
    import hmac

    from bankcodes import signatures

    bodies = [body for _, body in payload_samples()]
    signed = [(body, signatures.sign("lean", body, "secret")) for body in bodies]
    digests = [hmac.new(b"secret", body, hashlib.sha512).digest() for body in bodies]

    def verify() -> None:
        for body, headers in signed:
            signatures.verify("lean", body, headers, "secret")

    def compare() -> None:
        for digest in digests:
            hmac.compare_digest(digest, digest)

    subject, baseline = interleaved(verify, compare, rounds=9, number=50)
    per_payload = subject / len(bodies) * 1e6
    return Row(
        subject="bankcodes.signatures.verify (Lean, HMAC-SHA512)",
        baseline="hmac.compare_digest of a precomputed digest",
        value=f"{per_payload:.1f} us per payload",
        detail=f"{subject / baseline:.0f}x the bare comparison, which skips hashing the body",
    )


def jwt_verification() -> Row:
    """JWT signature verification"""
    require(PACKAGE / "_jwt.py")
    import hashlib
    import hmac

    import jwt
    from cryptography.hazmat.primitives.asymmetric import ec
    from jwt.algorithms import ECAlgorithm

    from bankcodes import signatures

    spec = json.loads((ROOT / "spec" / "catalog.json").read_text(encoding="utf-8"))
    providers = [
        p
        for p, entry in spec["providers"].items()
        if entry.get("signing", {}).get("scheme") == "jwt"
    ]
    if not providers:
        raise NotBuilt("no provider signs with a JWT")
    provider = providers[0]
    rules = spec["providers"][provider]["signing"]
    header, claim = rules["header"], rules["body_hash_claim"]
    bodies = [body for kind, body in payload_samples() if kind == f"{provider}/webhook"]
    private = ec.generate_private_key(ec.SECP256R1())
    jwk = json.loads(ECAlgorithm.to_jwk(private.public_key()))
    jwk.update(kid="bench", alg="ES256")
    now = int(time.time())

    def token(body: bytes) -> str:
        claims = {"iat": now, claim: hashlib.sha256(body).hexdigest()}
        return jwt.encode(claims, private, algorithm="ES256", headers={"kid": "bench"})

    signed = [(body, {header: token(body)}) for body in bodies]
    public = private.public_key()

    def verify() -> None:
        for body, headers in signed:
            signatures.verify(provider, body, headers, [jwk])

    def decode() -> None:
        for body, headers in signed:
            claims = jwt.decode(headers[header], public, algorithms=["ES256"])
            hmac.compare_digest(claims[claim], hashlib.sha256(body).hexdigest())

    subject, baseline = interleaved(verify, decode, rounds=7, number=5)
    per_payload = subject / len(bodies) * 1e6
    return Row(
        subject=f"bankcodes.signatures.verify ({provider}, ES256 JWT, iat and body hash checked)",
        baseline="PyJWT jwt.decode with a ready key + the body hash compared",
        value=f"{per_payload:.0f} us per payload",
        detail=f"{subject / baseline:.2f}x the bare decode, which takes a parsed key and skips "
        f"choosing it by kid from the JWK(s); {len(bodies)} published webhook examples",
    )


def webhook_receive() -> Row:
    """receive a webhook"""
    require(PACKAGE / "_receive.py")
    import bankcodes
    from bankcodes import payloads, signatures

    samples = [(kind.split("/")[0], body) for kind, body in payload_samples()]
    samples = [(p, body) for p, body in samples if p in ("lean", "flinks", "argyle")]
    kinds = {"lean": "lean/webhook", "flinks": "flinks/webhook", "argyle": "argyle/webhook"}
    signed = [
        (provider, body, signatures.sign(provider, body, "secret"), _sent_at(body))
        for provider, body in samples
        if is_valid_kind(kinds[provider], body)
    ]

    def receive() -> None:
        # Each delivery received when it was sent: its age is checked against the provider's
        # window, as a receiver's would be.
        for provider, body, headers, sent in signed:
            bankcodes.receive(provider, body, headers, "secret", now=sent)

    def separately() -> None:
        for provider, body, headers, _ in signed:
            signatures.verify(provider, body, headers, "secret")
            payloads.validate(kinds[provider], body)

    receive()
    subject, baseline = interleaved(receive, separately, rounds=9, number=20)
    per_delivery = subject / len(signed) * 1e6
    ratio = subject / baseline
    return Row(
        subject="bankcodes.receive (verify, validate, event type, deduplication key)",
        baseline="signatures.verify + payloads.validate, called separately",
        value=f"{per_delivery:.1f} us per delivery",
        detail=f"{len(signed)} published webhook examples; {ratio:.2f}x the two calls alone",
    )


def _sent_at(body: bytes) -> datetime.datetime | None:
    """The time a published example says it was sent (its "timestamp"), if it says one."""
    stamp = json.loads(body).get("timestamp")
    if not isinstance(stamp, str):
        return None
    return datetime.datetime.fromisoformat(stamp.replace("Z", "+00:00"))


def is_valid_kind(kind: str, body: bytes) -> bool:
    """Whether a published example is a payload of `kind` (the webhook kinds only)."""
    from bankcodes import payloads

    try:
        payloads.validate(kind, body)
    except payloads.PayloadError:
        return False
    return True


def key_fetch_bound() -> Row:
    """key fetch, a host that drips its answer"""
    require(PACKAGE / "_key_get.py")
    import tempfile
    from pathlib import Path

    from bankcodes import signatures
    from bankcodes.errors import WebhookError
    from bench.build_rows import _package
    from tests.support.key_server import CREDENTIALS, DRIP_PAUSE, DRIPS, SLOW, key_server

    timeout = 1.0
    dist = _package() / "dist" / "esm"
    akahu = "https://api.akahu.io"
    addresses = [f"{akahu}/v1/keys/{key_id}" for key_id in [*sorted(DRIPS), "7"]]
    with key_server({}) as origin, tempfile.TemporaryDirectory() as folder:
        via = {akahu: origin}
        python = []
        for address in addresses:
            fetcher = signatures.KeyFetcher(
                "akahu", credentials=CREDENTIALS, timeout=timeout, _via=via
            )
            start = time.perf_counter()
            with contextlib.suppress(WebhookError):
                fetcher(address)
            python.append(time.perf_counter() - start)
        given = Path(folder) / "given.json"
        given.write_text(
            json.dumps(
                {
                    "via": via,
                    "credentials": list(CREDENTIALS),
                    "timeout": timeout,
                    "addresses": addresses,
                }
            ),
            encoding="utf-8",
        )
        script = ROOT / "bench" / "key_fetch_time.mjs"
        node = json.loads(
            output("node", str(script), str(dist / "webhooks.js"), str(given), python=False)
        )
    longest = max(python + node)
    return Row(
        subject=f"KeyFetcher and keyFetcher, timeout {timeout:g} s, against a loopback host that "
        f"sends a byte each {DRIP_PAUSE * 1000:g} ms of its status line, headers, body, interim "
        f"answers, or holds the answer open ({len(DRIPS)} hosts), and one that answers after "
        f"{SLOW:g} s",
        baseline=f"the timeout, {timeout:g} s",
        value=f"{longest:.2f} s (the longest)",
        goal=f"<= {timeout * 1.1:.1f} s",
        met=longest <= timeout * 1.1,
        detail="Python "
        + ", ".join(f"{s:.2f}" for s in python)
        + " s; Node "
        + ", ".join(f"{s:.2f}" for s in node)
        + " s",
    )
