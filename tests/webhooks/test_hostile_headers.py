"""Any character in any header a receiver reads ends in a typed verdict, the same in Python and
Node: a lone surrogate (aiohttp decodes header bytes with surrogateescape, so one raw 0xff byte
arrives as U+DCFF), a byte above 0x7f as latin-1 (Starlette, Node's http), control bytes, other
scripts' digits, and values of 100 000 characters, put in place of, before, inside or after each
header of a signed delivery of every provider that signs (raw bytes sent to real servers are in
test_hostile_headers_served.py). Both give the verdicts of tests/verdicts/hostile_headers.json
(and, the headers given as a one-shot iterator, of tests/verdicts/headers_given_once.json)."""

from __future__ import annotations

import base64
import datetime
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import bankcodes
from bankcodes import _test_deliveries as test_material
from bankcodes import signatures
from bankcodes.errors import WebhookError
from tests.support.delivery_corpus import keys_for
from tests.support.sent import sent_now
from tests.support.spec_index import providers, spec_index
from tests.support.verdicts import Corpus

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
    elif isinstance(scheme, signatures.PublishedKeyScheme):
        signing, verifying = keys_for(provider)
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


def _wire(case: dict[str, Any]) -> dict[str, Any]:
    """A case as both languages read it: its body in base64, its moment, its headers a mapping
    or a list of pairs."""
    return {**case, "body": base64.b64encode(case["body"]).decode(), "now": NOW.isoformat()}


def _verdict(wire: dict[str, Any]) -> dict[str, Any]:
    headers = wire["headers"]
    pairs = [tuple(pair) for pair in headers] if isinstance(headers, list) else headers
    return python_verdict({**wire, "body": base64.b64decode(wire["body"]), "headers": pairs})


def _twice() -> list[dict[str, Any]]:
    """TrueLayer's delivery with a header its signature covers (its timestamp) given twice, with
    two values, in either spelling."""
    delivery = DELIVERIES["truelayer"]
    listed = next(name for name in delivery["headers"] if "timestamp" in name.lower())
    pairs = list(delivery["headers"].items())
    return [
        {**delivery, "name": f"truelayer: {listed} twice", "headers": [*pairs, (listed, LATER)]},
        {
            **delivery,
            "name": f"truelayer: {listed.upper()} twice, first",
            "headers": [(listed.upper(), LATER), *pairs],
        },
    ]


LATER = "2026-01-02T03:04:06Z"
#: Every hostile header, every delivery as signed, and a signed header given twice.
HOSTILE_HEADERS = Corpus(
    "hostile_headers",
    lambda: (
        (case["name"], _wire(case))
        for case in [
            *CASES,
            *({**delivery, "name": f"{name}: as signed"} for name, delivery in DELIVERIES.items()),
            *_twice(),
        ]
    ),
    _verdict,
)


def test_python_gives_the_committed_verdicts() -> None:
    HOSTILE_HEADERS.check()


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


#: Every signing provider's delivery, its headers given as a one-shot iterator of pairs in Node:
#: read once, and accepted, as in Python (test_headers_given_once_are_read_once_and_whatever_…).
HEADERS_GIVEN_ONCE = Corpus(
    "headers_given_once",
    lambda: ((name, _wire({**delivery, "name": name})) for name, delivery in DELIVERIES.items()),
    _verdict,
)


def test_each_delivery_given_once_is_accepted() -> None:
    assert list(HEADERS_GIVEN_ONCE.python().values()) == [{"accepted": True}] * len(DELIVERIES)
    HEADERS_GIVEN_ONCE.check()


def test_a_signed_header_given_twice_with_two_values_is_ambiguous() -> None:
    """TrueLayer's signature covers the headers it lists (its timestamp among them): one given
    twice with different values is ambiguous_header, in either spelling, as the signature
    header itself is; Python and Node alike (HOSTILE_HEADERS holds both cases)."""
    expected = {"accepted": False, "error": "SignatureError", "reason": "ambiguous_header"}
    cases = [_wire(case) for case in _twice()]
    assert [_verdict(case) for case in cases] == [expected] * 2
    assert {case["name"] for case in cases} <= set(HOSTILE_HEADERS.given())


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
