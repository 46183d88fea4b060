"""Measures of reading payloads and deliveries: validation against compiled validators, large
bodies, the cost of importing the models, signatures, JWTs and receive."""

from __future__ import annotations

import json
import os
import sys
from typing import Any

from bench import doubled
from bench.timing import (
    PACKAGE,
    ROOT,
    Row,
    import_costs_of,
    interleaved,
    output,
    require,
)

#: The environment of a probe: the development install's package on the path.
_PROBE_ENV = {**os.environ, "PYTHONPATH": str(ROOT / "build" / "python")}


def payload_samples() -> list[tuple[str, bytes]]:
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

    samples = payload_samples()
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
    size, peak = (int(word) for word in output("-c", MEMORY_PROBE, env=_PROBE_ENV).split())
    return Row(
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

    def peak(what: str) -> tuple[int, int]:
        probed = output("-c", MANY_PROBLEMS_PROBE, what, env=_PROBE_ENV)
        size, grown = (int(word) for word in probed.split())
        return size, grown

    size, loads_peak = peak("json.loads")
    _, validate_peak = peak("validate")
    extra = max(0, validate_peak - loads_peak)
    ratio = seconds / plain
    return Row(
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
    kind, body = payload_samples()[0]
    statement = f"from bankcodes import payloads; payloads.validate({kind!r}, {body.decode()!r})"
    packages = (PACKAGE, doubled.doubled_package())
    (subject, subject_2), baseline, _ = import_costs_of(statement, PLAIN_PYDANTIC, 15, packages)
    extra, extra_2 = (subject - baseline) * 1e3, (subject_2 - baseline) * 1e3
    return Row(
        subject="from bankcodes import payloads; payloads.validate(one kind), of the catalog and "
        f"of {doubled.DOUBLED}",
        baseline="import pydantic + a first plain model (class and validate)",
        value=f"+{extra:.1f} ms; +{extra_2:.1f} ms at {doubled.size()}",
        goal="<= +25 ms both",
        met=max(extra, extra_2) <= 25,
        detail=f"{subject * 1e3:.1f} ms vs {baseline * 1e3:.1f} ms; at {doubled.size()}: "
        f"{subject_2 * 1e3:.1f} ms (fresh interpreters, medians, each round measuring the three "
        "in turn)",
    )
