"""Measures of reading payloads and deliveries: validation against compiled validators, large
bodies, the cost of importing the models, signatures, JWTs and receive."""

from __future__ import annotations

import datetime
import json
import os
import sys
import time
from typing import Any

from bench.timing import (
    PACKAGE,
    ROOT,
    NotBuilt,
    Row,
    import_costs,
    interleaved,
    require,
)


def _payload_samples() -> list[tuple[str, bytes]]:
    spec = json.loads((ROOT / "spec" / "catalog.json").read_text(encoding="utf-8"))
    return [
        (kind, json.dumps(example["data"]).encode())
        for kind, entry in spec["payloads"].items()
        for example in entry["examples"]
    ]


def _schema_validators(kinds: set[str]) -> tuple[dict[str, Any], dict[str, Any]]:
    """jsonschema and jsonschema-rs validators of the lenient schema of each kind."""
    import jsonschema_rs
    from jsonschema import Draft202012Validator

    schemas = {
        kind: json.loads((ROOT / "generated" / "jsonschema" / f"{kind}.schema.json").read_text())
        for kind in kinds
    }
    return (
        {kind: Draft202012Validator(schema) for kind, schema in schemas.items()},
        {kind: jsonschema_rs.validator_for(schema) for kind, schema in schemas.items()},
    )


def payload_validation() -> Row:
    """payload validate+parse"""
    require(PACKAGE / "payloads.py", ROOT / "generated" / "jsonschema" / "index.json")
    from bankcodes import payloads

    samples = _payload_samples()
    python, rust = _schema_validators({kind for kind, _ in samples})
    for kind, body in samples:
        payloads.validate(kind, body)
        assert rust[kind].is_valid(json.loads(body)), kind

    def with_models() -> None:
        for kind, body in samples:
            payloads.validate(kind, body)

    def with_jsonschema() -> None:
        for kind, body in samples:
            python[kind].validate(json.loads(body))

    def with_jsonschema_rs() -> None:
        for kind, body in samples:
            rust[kind].is_valid(json.loads(body))

    models, baseline = interleaved(with_models, with_jsonschema, rounds=9, number=20)
    models_2, compiled = interleaved(with_models, with_jsonschema_rs, rounds=9, number=50)
    faster, slower = baseline / models, models_2 / compiled
    per_payload = models / len(samples) * 1e6
    return Row(
        measure="payload validate+parse",
        subject="bankcodes.payloads.validate (typed models, dispatched by tag)",
        baseline="json.loads + jsonschema Draft202012Validator / jsonschema-rs is_valid",
        value=f"{faster:.0f}x faster; {slower:.2f}x jsonschema-rs",
        goal=">= 40x; <= 2x rs",
        met=faster >= 40 and slower <= 2,
        detail=f"{len(samples)} published example payloads; {per_payload:.1f} us per payload",
    )


def _large_flinks_body(size: int) -> tuple[bytes, dict[str, Any]]:
    """A valid Flinks GetAccountsDetail webhook of just under `size` bytes."""
    spec = json.loads((ROOT / "spec" / "catalog.json").read_text(encoding="utf-8"))
    data = json.loads(json.dumps(spec["payloads"]["flinks/webhook"]["examples"][0]["data"]))
    transaction = {
        "Id": "3f0f0a2e-8c1b-4f7e-9d8a-0b1c2d3e4f5a",
        "Date": "2019/05/09",
        "Description": "PAYMENT - THANK YOU",
        "Debit": None,
        "Credit": 1250.75,
        "Balance": 100.5,
    }
    per_item = len(json.dumps(transaction)) + 2
    data["Accounts"][0]["Transactions"] = [transaction] * ((size - 2048) // per_item)
    body = json.dumps(data).encode()
    assert len(body) <= size, len(body)
    return body, data


def large_valid_body() -> Row:
    """a 1 MiB valid body"""
    require(PACKAGE / "payloads.py")
    from bankcodes import payloads

    body, data = _large_flinks_body(payloads.MAX_BYTES)
    module = sys.modules[payloads.model_class("flinks/webhook").__module__]
    event_model = module.AccountsDetailWebhook
    assert type(payloads.validate("flinks/webhook", body)) is event_model

    def subject() -> None:
        payloads.validate("flinks/webhook", body)

    def baseline() -> None:
        event_model.model_validate(json.loads(body))

    seconds, plain = interleaved(subject, baseline, rounds=7, number=3)
    ratio = seconds / plain
    return Row(
        measure="a 1 MiB valid body",
        subject="payloads.validate('flinks/webhook', …) of a GetAccountsDetail webhook",
        baseline="json.loads + model_validate of its event model",
        value=f"{ratio:.2f}x",
        goal="<= 3x",
        met=ratio <= 3,
        detail=f"{len(body)} bytes, {len(data['Accounts'][0]['Transactions'])} transactions; "
        f"{seconds * 1e3:.1f} ms vs {plain * 1e3:.1f} ms",
    )


#: Peak resident memory of rejecting a 9 MB invalid body, in a fresh interpreter.
MEMORY_PROBE = """
import json, resource, sys
from bankcodes import payloads
body = b'{"type": 1, "payload": [' + b'1, ' * (3 * 1024 * 1024) + b'1]}'
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
try:
    payloads.validate("lean/webhook", body)
except payloads.PayloadError:
    pass
else:
    sys.exit("accepted")
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(len(body), (after - before) * 1024)
"""


def large_invalid_body() -> Row:
    """a 9 MB invalid body"""
    require(PACKAGE / "payloads.py")
    import subprocess

    from jsonschema import Draft202012Validator

    from bankcodes import payloads

    body = b'{"type": 1, "payload": [' + b"1, " * (3 * 1024 * 1024) + b"1]}"
    schema = json.loads(
        (ROOT / "generated" / "jsonschema" / "lean" / "webhook.schema.json").read_text()
    )
    validator = Draft202012Validator(schema)

    def subject() -> None:
        try:
            payloads.validate("lean/webhook", body)
        except payloads.PayloadError:
            return
        raise AssertionError("accepted")

    def baseline() -> None:
        assert not validator.is_valid(json.loads(body))

    seconds, schema_seconds = interleaved(subject, baseline, rounds=3, number=1)
    share = seconds / schema_seconds
    env = {**os.environ, "PYTHONPATH": str(ROOT / "build" / "python")}
    probe = subprocess.run(
        [sys.executable, "-c", MEMORY_PROBE], capture_output=True, text=True, check=True, env=env
    )
    size, peak = (int(word) for word in probe.stdout.split())
    return Row(
        measure="a 9 MB invalid body",
        subject="payloads.validate('lean/webhook', …), default limit",
        baseline="json.loads + jsonschema Draft202012Validator.is_valid",
        value=f"{share:.4%} of the time; {peak / size:.2f}x memory",
        goal="< 1 %; < 2x body",
        met=share < 0.01 and peak < 2 * size,
        detail=f"{size} bytes; {seconds * 1e6:.0f} us vs {schema_seconds * 1e3:.0f} ms; "
        f"peak memory grew by {peak / 1e6:.1f} MB",
    )


#: A Lean entity.created webhook whose permissions are a mebibyte of numbers: every one a problem.
MANY_PROBLEMS = """
def many_problems_body(size):
    head = b'{"type": "entity.created", "payload": {"id": "e", "permissions": ['
    tail = b'1]}, "message": "m"}'
    return head + b"1," * ((size - len(head) - len(tail)) // 2) + tail
"""

#: Peak resident memory that one call adds, in a fresh interpreter, the models already loaded.
MANY_PROBLEMS_PROBE = (
    MANY_PROBLEMS
    + """
import json, resource, sys
from bankcodes import payloads
try:
    payloads.validate("lean/webhook", many_problems_body(4000))
except payloads.PayloadError:
    pass
body = many_problems_body(payloads.MAX_BYTES)
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
if sys.argv[1] == "json.loads":
    json.loads(body)
else:
    try:
        payloads.validate("lean/webhook", body)
    except payloads.PayloadError as error:
        assert error.stopped, error
    else:
        sys.exit("accepted")
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(len(body), (after - before) * 1024)
"""
)


def many_problems() -> Row:
    """a 1 MiB body of problems"""
    require(PACKAGE / "payloads.py", PACKAGE / "_bounded.py")
    import subprocess

    from bankcodes import payloads

    namespace: dict[str, Any] = {}
    exec(MANY_PROBLEMS, namespace)
    body = namespace["many_problems_body"](payloads.MAX_BYTES)
    wrong = len(json.loads(body)["payload"]["permissions"])

    def subject() -> None:
        try:
            payloads.validate("lean/webhook", body)
        except payloads.PayloadError as error:
            assert error.stopped
            return
        raise AssertionError("accepted")

    def baseline() -> None:
        json.loads(body)

    seconds, plain = interleaved(subject, baseline, rounds=5, number=3)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "build" / "python")}

    def peak(what: str) -> tuple[int, int]:
        probe = subprocess.run(
            [sys.executable, "-c", MANY_PROBLEMS_PROBE, what],
            capture_output=True,
            text=True,
            check=True,
            env=env,
        )
        size, grown = (int(word) for word in probe.stdout.split())
        return size, grown

    size, loads_peak = peak("json.loads")
    _, validate_peak = peak("validate")
    extra = max(0, validate_peak - loads_peak)
    ratio = seconds / plain
    return Row(
        measure="a 1 MiB body of problems",
        subject=f"payloads.validate('lean/webhook', …): {wrong} wrong values, refused",
        baseline="json.loads of the same body",
        value=f"{ratio:.2f}x the time; {extra / size:.2f}x the body in extra memory",
        goal="<= 10x; < 2x body",
        met=ratio <= 10 and extra < 2 * size,
        detail=f"{size} bytes; {seconds * 1e3:.1f} ms vs {plain * 1e3:.1f} ms; peak memory grew "
        f"by {validate_peak / 1e6:.1f} MB vs {loads_peak / 1e6:.1f} MB for json.loads",
    )


#: What any pydantic user pays first: `import pydantic` loads lazily, and the first model class
#: loads the model machinery and pydantic's plugin entry points.
PLAIN_PYDANTIC = (
    "import pydantic\n"
    "class Plain(pydantic.BaseModel):\n"
    "    type: str\n"
    'Plain.model_validate_json(\'{"type": "x"}\')'
)


def import_payloads() -> Row:
    """import payloads + first validate"""
    require(PACKAGE / "payloads.py")
    body = json.dumps(_payload_samples()[0][1].decode())
    statement = (
        f"from bankcodes import payloads; payloads.validate({_payload_samples()[0][0]!r}, {body})"
    )
    subject, baseline, _ = import_costs(statement, PLAIN_PYDANTIC)
    extra = (subject - baseline) * 1e3
    return Row(
        measure="import payloads + first validate",
        subject="from bankcodes import payloads; payloads.validate(one kind)",
        baseline="import pydantic + a first plain model (class and validate)",
        value=f"+{extra:.1f} ms",
        goal="<= +25 ms",
        met=extra <= 25,
        detail=f"{subject * 1e3:.1f} ms vs {baseline * 1e3:.1f} ms (fresh interpreters, medians)",
    )


def signature_verification() -> Row:
    """signature verification"""
    require(PACKAGE / "signatures.py")
    import hashlib
    import hmac

    from bankcodes import signatures

    bodies = [body for _, body in _payload_samples()]
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
        measure="signature verification",
        subject="bankcodes.signatures.verify (Lean, HMAC-SHA512)",
        baseline="hmac.compare_digest of a precomputed digest",
        value=f"{per_payload:.1f} us per payload",
        goal="reported",
        met=None,
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
    bodies = [body for kind, body in _payload_samples() if kind == f"{provider}/webhook"]
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
        measure="JWT signature verification",
        subject=f"bankcodes.signatures.verify ({provider}, ES256 JWT, iat and body hash checked)",
        baseline="PyJWT jwt.decode with a ready key + the body hash compared",
        value=f"{per_payload:.0f} us per payload",
        goal="reported",
        met=None,
        detail=f"{subject / baseline:.2f}x the bare decode, which takes a parsed key and skips "
        f"choosing it by kid from the JWK(s); {len(bodies)} published webhook examples",
    )


def webhook_receive() -> Row:
    """receive a webhook"""
    require(PACKAGE / "_receive.py")
    import bankcodes
    from bankcodes import payloads, signatures

    samples = [(kind.split("/")[0], body) for kind, body in _payload_samples()]
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
        measure="receive a webhook",
        subject="bankcodes.receive (verify, validate, event type, deduplication key)",
        baseline="signatures.verify + payloads.validate, called separately",
        value=f"{per_delivery:.1f} us per delivery",
        goal="reported",
        met=None,
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
