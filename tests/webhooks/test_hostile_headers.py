"""Any character in any header a receiver reads ends in a typed verdict, the same in Python and
Node: a lone surrogate (aiohttp decodes header bytes with surrogateescape, so one raw 0xff byte
arrives as U+DCFF), a byte above 0x7f as latin-1 (Starlette, Node's http), control bytes, other
scripts' digits, and values of 100 000 characters, put in place of, before, inside or after each
header of a signed delivery of every provider that signs (raw bytes sent to real servers are in
test_hostile_headers_served.py)."""

from __future__ import annotations

import base64
import datetime
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import bankcodes
from bankcodes import _test_deliveries as test_material
from bankcodes import signatures
from bankcodes.errors import WebhookError
from tests.support.helpers import run_node
from tests.support.sent import sent_now
from tests.support.spec_index import providers, spec_index

NOW = datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
#: The values put into a header, each what a web server may hand a handler.
HOSTILE = {
    "a lone surrogate (a raw 0xff through surrogateescape)": "\udcff",
    "a high surrogate alone": "\ud800",
    "a raw 0xff as latin-1": "\u00ff",
    "a NUL": "\x00",
    "an escape": "\x1b[31m",
    "a DEL": "\x7f",
    "a line break": "\r\n",
    "a line separator": "\u2028",
    "an emoji": "\U0001f600",
    "full-width digits": "\uff11\uff12\uff13",
    "Arabic-Indic digits": "\u0661\u0662\u0663",
    "a byte-order mark": "\ufeff",
    "100 000 characters": "9" * 100_000,
    "200 000 characters of base64": "A" * 200_000,
    "nothing": "",
}
PLACES: dict[str, Callable[[str, str], str]] = {
    "instead": lambda value, hostile: hostile,
    "before": lambda value, hostile: hostile + value,
    "inside": lambda value, hostile: value[: len(value) // 2] + hostile + value[len(value) // 2 :],
    "after": lambda value, hostile: value + hostile,
}
SIGNING = [
    provider
    for provider in providers(delivers=True)
    if spec_index()["providers"][provider]["signing"] not in (None, "none")
]


def _delivery(provider: str) -> dict[str, Any]:
    """A delivery of the provider signed with the published test material, as a case holds
    it: the body, the headers, what verifies them, and the options receive needs."""
    scheme = signatures.SCHEMES[provider]
    body = sent_now(provider, test_material.EXAMPLES[provider][0][2].encode(), NOW)
    options: dict[str, Any] = {"path": test_material.TEST_PATH, "secret_header": None}
    if isinstance(scheme, signatures.JwsScheme):
        signing: Any = test_material.TEST_JWS_PRIVATE_JWK
        verifying: Any = {"keys": [test_material.TEST_JWS_PUBLIC_JWK]}
        headers = signatures.sign(provider, body, signing, now=NOW, path=options["path"])
    elif isinstance(scheme, signatures.JwtScheme):
        signing, verifying = test_material.TEST_PRIVATE_JWK, test_material.TEST_PUBLIC_JWK
        headers = signatures.sign(provider, body, signing, now=NOW)
    elif isinstance(scheme, signatures.FetchedKeyScheme):
        key_id = test_material.TEST_RSA_KEY_ID
        signing = {"private_pem": test_material.TEST_RSA_PRIVATE_PEM, "key_id": key_id}
        address = scheme.key_address.replace("{key_id}", key_id)
        verifying = {address: test_material.TEST_RSA_PUBLIC_PEM}
        headers = signatures.sign(provider, body, signing, now=NOW)
    else:
        if isinstance(scheme, signatures.SharedSecretScheme) and scheme.header is None:
            options["secret_header"] = test_material.TEST_SECRET_HEADER
        verifying = test_material.TEST_SECRETS[provider]
        named = options["secret_header"]
        headers = signatures.sign(provider, body, verifying, now=NOW, secret_header=named)
    headers = {**headers, "content-type": "application/json"}
    return {"provider": provider, "body": body, "headers": headers, "secret": verifying, **options}


DELIVERIES = {provider: _delivery(provider) for provider in SIGNING}


def _cases() -> list[dict[str, Any]]:
    cases = []
    for provider, delivery in DELIVERIES.items():
        for header in delivery["headers"]:
            if header == "content-type":
                continue
            for hostile_name, hostile in HOSTILE.items():
                for place, put in PLACES.items():
                    headers = {
                        **delivery["headers"],
                        header: put(delivery["headers"][header], hostile),
                    }
                    name = f"{provider}: {hostile_name} {place} {header}"
                    cases.append({**delivery, "name": name, "headers": headers})
    return cases


CASES = _cases()


def _received(case: dict[str, Any]) -> None:
    bankcodes.receive(
        case["provider"],
        case["body"],
        case["headers"],
        case["secret"],
        now=NOW,
        path=case["path"],
        secret_header=case["secret_header"],
    )


def python_verdict(case: dict[str, Any]) -> dict[str, Any]:
    """receive's verdict: accepted, or the WebhookError's class and reason; anything else
    escaping is the failure this module looks for, and is said as such."""
    try:
        _received(case)
    except WebhookError as error:
        return {"accepted": False, "error": type(error).__name__, "reason": error.reason}
    except Exception as error:
        return {"accepted": False, "error": f"escaped {type(error).__name__}", "reason": None}
    return {"accepted": True}


def test_every_signing_provider_has_cases_and_each_delivery_is_received_untouched() -> None:
    assert len(SIGNING) >= 10
    for provider, delivery in DELIVERIES.items():
        assert python_verdict({**delivery, "name": provider}) == {"accepted": True}, provider


def test_python_answers_every_hostile_header_with_a_signature_error() -> None:
    """Never an escaped exception, never a ConfigurationError (the receiver's setup is right:
    the request is what is wrong), and a refusal wherever the hostile text changed what the
    header said (only optional whitespace around a value is trimmed)."""
    wrong = {}
    for case in CASES:
        verdict = python_verdict(case)
        if verdict["accepted"] or verdict["error"] != "SignatureError":
            wrong[case["name"]] = verdict
    trimmed = {name for name in wrong if " nothing " in name or "\t" in name}
    assert {k: v for k, v in wrong.items() if k not in trimmed} == {}


@pytest.fixture(scope="module")
def node_verdicts(
    tmp_path_factory: pytest.TempPathFactory, typescript_dist: Path
) -> list[dict[str, Any]]:
    folder = tmp_path_factory.mktemp("hostile-headers")
    cases = folder / "cases.json"
    wire = [
        {
            **case,
            "body": base64.b64encode(case["body"]).decode(),
            "now": NOW.isoformat(),
        }
        for case in CASES
    ]
    cases.write_text(json.dumps(wire), encoding="utf-8")
    output = run_node(
        "receive_header_verdicts.mjs", str(typescript_dist / "webhooks.js"), str(cases)
    )
    verdicts: list[dict[str, Any]] = json.loads(output)
    return verdicts


def test_node_gives_every_hostile_header_python_s_verdict(
    node_verdicts: list[dict[str, Any]],
) -> None:
    assert len(node_verdicts) == len(CASES)
    differing = {
        case["name"]: (python_verdict(case), node)
        for case, node in zip(CASES, node_verdicts, strict=True)
        if python_verdict(case) != node
    }
    assert differing == {}


HEADER_TEXT = st.text(st.characters(exclude_categories=()), max_size=80) | st.sampled_from(
    list(HOSTILE.values())
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(SIGNING), st.data())
def test_any_text_in_any_header_gives_a_typed_verdict(provider: str, data: st.DataObject) -> None:
    delivery = DELIVERIES[provider]
    header = data.draw(st.sampled_from(sorted(delivery["headers"])))
    value = data.draw(HEADER_TEXT)
    case = {**delivery, "headers": {**delivery["headers"], header: value}}
    verdict = python_verdict(case)
    assert verdict.get("error") in (None, "SignatureError", "PayloadError"), (header, value)


def test_headers_given_once_are_read_once_and_whatever_holds_them() -> None:
    """A one-shot iterator of (name, value) pairs (a generator), the standard library's
    email.message.Message (http.server's request headers) and a mapping: one verdict. A
    headers object that raises whatever it raises is the receiver's mistake (bad_headers)."""
    import email.message

    for provider in SIGNING:
        delivery = DELIVERIES[provider]
        pairs = list(delivery["headers"].items())
        message = email.message.Message()
        for name, value in pairs:
            message[name] = value
        for held in (iter(pairs), (pair for pair in pairs), message):
            case = {**delivery, "headers": held}
            assert python_verdict(case) == {"accepted": True}, (provider, type(held).__name__)

    class Raising(dict[str, str]):
        def items(self) -> Any:
            raise LookupError("a lookup that fails")

    delivery = DELIVERIES["lean"]
    verdict = python_verdict({**delivery, "headers": Raising(delivery["headers"])})
    assert verdict == {"accepted": False, "error": "ConfigurationError", "reason": "bad_headers"}


def test_node_reads_a_one_shot_iterator_of_pairs_once(
    tmp_path: Path, typescript_dist: Path
) -> None:
    """An iterator gives its pairs once: every signing provider's delivery given so is
    accepted in Node as in Python."""
    cases = tmp_path / "cases.json"
    wire = [
        {**delivery, "body": base64.b64encode(delivery["body"]).decode(), "now": NOW.isoformat()}
        for delivery in DELIVERIES.values()
    ]
    cases.write_text(json.dumps(wire), encoding="utf-8")
    output = run_node(
        "receive_header_verdicts.mjs", str(typescript_dist / "webhooks.js"), str(cases), "--once"
    )
    assert json.loads(output) == [{"accepted": True}] * len(DELIVERIES)


def test_a_signed_header_given_twice_with_two_values_is_ambiguous(
    tmp_path: Path, typescript_dist: Path
) -> None:
    """TrueLayer's signature covers the headers it lists (its timestamp among them): one given
    twice with different values is ambiguous_header, in either spelling, as the signature
    header itself is; Python and Node alike."""
    delivery = DELIVERIES["truelayer"]
    listed = next(name for name in delivery["headers"] if "timestamp" in name.lower())
    pairs = list(delivery["headers"].items())
    twice = [
        [*pairs, (listed, "2026-01-02T03:04:06Z")],
        [(listed.upper(), "2026-01-02T03:04:06Z"), *pairs],
    ]
    cases = [{**delivery, "headers": given} for given in twice]
    expected = {"accepted": False, "error": "SignatureError", "reason": "ambiguous_header"}
    assert [python_verdict(case) for case in cases] == [expected] * 2
    wire = [
        {**case, "body": base64.b64encode(case["body"]).decode(), "now": NOW.isoformat()}
        for case in cases
    ]
    path = tmp_path / "twice.json"
    path.write_text(json.dumps(wire), encoding="utf-8")
    output = run_node(
        "receive_header_verdicts.mjs", str(typescript_dist / "webhooks.js"), str(path)
    )
    assert json.loads(output) == [expected] * 2


@pytest.mark.parametrize("provider", ["plaid", "truelayer"])
def test_a_signature_over_its_bound_is_refused_for_its_length(provider: str) -> None:
    """A JWT (Plaid-Verification) or a detached JWS (Tl-Signature) of three parts, padded past
    the 8192 characters a signature is read to: refused for its length, not for its form."""
    delivery = DELIVERIES[provider]
    (name,) = [
        h for h in delivery["headers"] if h.lower() in ("plaid-verification", "tl-signature")
    ]
    head, _, rest = delivery["headers"][name].partition(".")
    padded = head + "A" * (9000 - len(head) - len(rest) - 1) + "." + rest
    case = {**delivery, "headers": {**delivery["headers"], name: padded}}
    with pytest.raises(signatures.SignatureError) as refused:
        _received(case)
    assert refused.value.reason == "bad_encoding"
    assert f"{name} is 9000 characters long, over the 8192 a signature is read to" in str(
        refused.value
    )
