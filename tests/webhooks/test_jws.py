"""A detached JWS over the request (TrueLayer's Tl-Signature, the spec's jws scheme), read by
one rule set in Python and Node (bankcodes._jws, webhook-jws.ts) with TrueLayer's own library
(truelayer-signing, PyPI and npm) checking the signature: every case below gets the same verdict
and reason in both, and a signature naming a key set at another address than the two TrueLayer
publishes is refused before anything is looked up.

The allowed addresses are typed from TrueLayer/truelayer-signing at 95fdf17
(python/examples/webhook-server/main.py and php/README.md); the signed headers and the format
from its request-signing-v2.md."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest
import truelayer_signing as tl

import bankcodes
from bankcodes import signatures
from bankcodes.errors import ConfigurationError, SignatureError
from bankcodes.payloads import PayloadError
from codegen.targets.webhook_fixtures import jws_test_key
from tests.support.helpers import run_node
from tests.support.keys import p521_pem

PRODUCTION = "https://webhooks.truelayer.com/.well-known/jwks"
SANDBOX = "https://webhooks.truelayer-sandbox.com/.well-known/jwks"
PATH = "/webhooks/truelayer"
BODY = b'{"type":"payment_executed","event_version":1,"event_id":"e-1","payment_id":"p-1"}'
NOW = 1_735_689_600
PRIVATE, PUBLIC = jws_test_key()
JWKS = {"keys": [PUBLIC]}


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _signed(body: bytes = BODY, path: str = PATH) -> dict[str, str]:
    return signatures.sign("truelayer", body, PRIVATE, now=NOW, path=path)


def _with_header(headers: dict[str, str], **changes: Any) -> dict[str, str]:
    """The same signature with its JWS header's members changed (None removes one)."""
    head, signature = headers["Tl-Signature"].split("..")
    members = json.loads(base64.urlsafe_b64decode(head + "=" * (-len(head) % 4)))
    for name, value in changes.items():
        if value is None:
            members.pop(name, None)
        else:
            members[name] = value
    encoded = _b64(json.dumps(members, separators=(",", ":")).encode())
    return {**headers, "Tl-Signature": f"{encoded}..{signature}"}


def _unstamped() -> dict[str, str]:
    """A signature that covers no header, so not the time of sending."""
    pem = p521_pem(PRIVATE)
    signer = tl.sign_with_pem(PRIVATE["kid"], pem).set_jku(PRODUCTION)
    value = signer.set_method(tl.HttpMethod.POST).set_path(PATH).set_body(BODY.decode()).sign()
    return {"Tl-Signature": value, "X-Tl-Webhook-Timestamp": "2025-01-01T00:00:00Z"}


def _stamped(text: str) -> dict[str, str]:
    """A signature whose timestamp header, signed as it is, says `text`."""
    pem = p521_pem(PRIVATE)
    signer = tl.sign_with_pem(PRIVATE["kid"], pem).set_jku(PRODUCTION)
    signer.set_method(tl.HttpMethod.POST).set_path(PATH).set_body(BODY.decode())
    value = signer.add_headers({"X-Tl-Webhook-Timestamp": text}).sign()
    return {"Tl-Signature": value, "X-Tl-Webhook-Timestamp": text}


def _header_text(headers: dict[str, str], text: bytes) -> dict[str, str]:
    """The same signature with its JWS header's bytes replaced by `text`."""
    signature = headers["Tl-Signature"].split("..")[1]
    return {**headers, "Tl-Signature": f"{_b64(text)}..{signature}"}


def _cases() -> list[dict[str, Any]]:
    good = _signed()
    stamp = good["X-Tl-Webhook-Timestamp"]
    other_key = {**PUBLIC, "kid": "another key"}
    head = good["Tl-Signature"].split("..")[0]
    members = json.loads(base64.urlsafe_b64decode(head + "=" * (-len(head) % 4)))
    reversed_header = json.dumps(dict(reversed(members.items())), separators=(",", ":"))
    repeated_jku = (
        '{"jku":"https://attacker.example/jwks",' + json.dumps(members, separators=(",", ":"))[1:]
    )
    found: list[tuple[str, dict[str, Any], str]] = [
        ("signed", {}, "ok"),
        ("keys from a function", {"keys": {"$function": JWKS}}, "ok"),
        ("keys by jku", {"keys": {PRODUCTION: JWKS}}, "ok"),
        (
            "the sandbox's address",
            {"headers": _with_header(good, jku=SANDBOX)},
            "signature:mismatch",
        ),
        ("a path with a trailing slash", {"path": PATH + "/"}, "ok"),
        ("a tolerance the timestamp meets", {"max_age": 60}, "ok"),
        (
            "a key set at another address",
            {
                "headers": _with_header(good, jku="https://attacker.example/jwks"),
                "keys": {"$function": JWKS},
            },
            "signature:unknown_key",
        ),
        ("no jku", {"headers": _with_header(good, jku=None)}, "signature:unknown_key"),
        ("another kid", {"keys": {"keys": [other_key]}}, "signature:unknown_key"),
        ("no key set for the jku", {"keys": {"$function": None}}, "signature:unknown_key"),
        ("ES256", {"headers": _with_header(good, alg="ES256")}, "signature:wrong_algorithm"),
        ("version 1", {"headers": _with_header(good, tl_version="1")}, "signature:bad_encoding"),
        ("not a JWS", {"headers": {**good, "Tl-Signature": "abc"}}, "signature:bad_encoding"),
        (
            "a header that is no JSON",
            {"headers": {**good, "Tl-Signature": _b64(b"[1,") + "..AAAA"}},
            "signature:bad_encoding",
        ),
        (
            "9,000 characters",
            {"headers": {**good, "Tl-Signature": "a" * 4500 + ".." + "b" * 4500}},
            "signature:bad_encoding",
        ),
        ("a tampered body", {"body": BODY.replace(b"p-1", b"p-2")}, "signature:mismatch"),
        ("a body that is not UTF-8", {"body": BODY + b"\xff"}, "signature:mismatch"),
        ("another path", {"path": "/webhooks/other"}, "signature:mismatch"),
        (
            "the signed timestamp header missing",
            {"headers": {"Tl-Signature": good["Tl-Signature"]}},
            "signature:missing_header",
        ),
        (
            "a timestamp the signature does not cover",
            {"headers": _unstamped()},
            "signature:missing_timestamp",
        ),
        (
            "a stale timestamp",
            {"max_age": 60, "now": NOW + 3600},
            "signature:stale_timestamp",
        ),
        ("no path", {"path": None}, "configuration:missing_path"),
        ("a path without its slash", {"path": "webhooks/truelayer"}, "configuration:bad_path"),
        ("keys of no shape", {"keys": 42}, "configuration:bad_key"),
        # A setup mistake, not an attack: the key set holds the signature's kid, but no usable key.
        ("one JWK, not a key set", {"keys": PUBLIC}, "configuration:bad_key"),
        (
            "a key on another curve",
            {"keys": {"keys": [{**PUBLIC, "crv": "P-256"}]}},
            "configuration:bad_key",
        ),
        (
            "a key without its coordinates",
            {"keys": {"keys": [{"kty": "EC", "crv": "P-521", "kid": PUBLIC["kid"]}]}},
            "configuration:bad_key",
        ),
        (
            "a key off its curve",
            {"keys": {"keys": [{**PUBLIC, "y": PUBLIC["x"]}]}},
            "configuration:bad_key",
        ),
        # The header the signature covers, byte for byte.
        (
            "a header with its members reversed",
            {"headers": _header_text(good, reversed_header.encode())},
            "signature:mismatch",
        ),
        (
            "a header naming its jku twice",
            {"headers": _header_text(good, repeated_jku.encode())},
            "signature:mismatch",
        ),
        (
            "the timestamp header repeated in another case",
            {"headers": {**good, "x-tl-webhook-timestamp": stamp}},
            "ok",
        ),
        # A signed time that is no day: never read as another one.
        (
            "February 30th",
            {"headers": _stamped("2026-02-30T00:00:00Z"), "max_age": 31_000_000},
            "signature:bad_encoding",
        ),
        (
            "the year 0",
            {"headers": _stamped("0000-01-01T00:00:00Z"), "max_age": 31_000_000},
            "signature:bad_encoding",
        ),
        ("a key set of no shape", {"keys": {"$function": {"keys": "x"}}}, "configuration:bad_key"),
    ]
    cases = []
    for name, changes, expect in found:
        case: dict[str, Any] = {
            "name": name,
            "body": base64.b64encode(changes.get("body", BODY)).decode("ascii"),
            "headers": changes.get("headers", good),
            "keys": changes.get("keys", JWKS),
            "now": changes.get("now", NOW + 10),
            "expect": expect,
        }
        path = changes.get("path", PATH)
        if path is not None:
            case["path"] = path
        if "max_age" in changes:
            case["max_age"] = changes["max_age"]
        cases.append(case)
    assert stamp == "2025-01-01T00:00:00Z"
    return cases


CASES = _cases()


def _python(case: dict[str, Any]) -> tuple[str, list[str]]:
    calls: list[str] = []
    keys = case["keys"]
    if isinstance(keys, dict) and "$function" in keys:
        found = keys["$function"]

        def keys(jku: str) -> Any:
            calls.append(jku)
            return found

    try:
        signatures.verify(
            "truelayer",
            base64.b64decode(case["body"]),
            case["headers"],
            keys,
            now=case["now"],
            max_age=case.get("max_age"),
            path=case.get("path"),
        )
    except SignatureError as error:
        return f"signature:{error.reason}", calls
    except ConfigurationError as error:
        return f"configuration:{error.reason}", calls
    return "ok", calls


@pytest.mark.parametrize("case", CASES, ids=[case["name"] for case in CASES])
def test_python_gives_each_case_its_verdict(case: dict[str, Any]) -> None:
    assert _python(case)[0] == case["expect"]


def test_a_key_set_at_another_address_is_never_asked_for() -> None:
    (case,) = [case for case in CASES if case["name"] == "a key set at another address"]
    assert _python(case) == ("signature:unknown_key", [])
    (allowed,) = [case for case in CASES if case["name"] == "keys from a function"]
    assert _python(allowed) == ("ok", [PRODUCTION])


def test_a_signature_naming_no_key_set_says_so() -> None:
    (case,) = [case for case in CASES if case["name"] == "no jku"]
    with pytest.raises(SignatureError) as refused:
        signatures.verify(
            "truelayer",
            base64.b64decode(case["body"]),
            case["headers"],
            case["keys"],
            now=case["now"],
            path=case.get("path"),
        )
    assert str(refused.value).startswith("unknown_key: Tl-Signature names no key set (no jku)")
    assert "None" not in str(refused.value)


def test_truelayers_own_library_verifies_what_bankcodes_signs() -> None:
    headers = _signed()
    header = tl.extract_jws_header(headers["Tl-Signature"])
    assert header.jku == PRODUCTION
    verifier = tl.verify_with_jwks(JWKS, header).set_method(tl.HttpMethod.POST).set_path(PATH)
    verifier.add_headers(headers).set_body(BODY.decode()).verify(headers["Tl-Signature"])
    with pytest.raises(tl.errors.TlSigningException):
        tampered = tl.verify_with_jwks(JWKS, header).set_method(tl.HttpMethod.POST)
        tampered.set_path(PATH).add_headers(headers).set_body("{}").verify(headers["Tl-Signature"])


def test_node_gives_every_case_the_same_verdict_and_asks_for_no_other_key_set(
    typescript_dist: Path, tmp_path: Path
) -> None:
    cases = tmp_path / "cases.json"
    cases.write_text(json.dumps(CASES), encoding="utf-8")
    output = run_node("jws_verdicts.mjs", str(typescript_dist / "webhooks.js"), str(cases))
    node = {item["name"]: (item["outcome"], item["calls"]) for item in json.loads(output)}
    assert node == {case["name"]: _python(case) for case in CASES}
    assert {name: outcome for name, (outcome, _) in node.items()} == {
        case["name"]: case["expect"] for case in CASES
    }


def test_a_body_over_the_limit_is_refused_before_its_signature_is_verified() -> None:
    # Verifying costs a multiple of the body: a forged signature naming TrueLayer's address with
    # a large body is refused at its size, before any key is asked for.
    calls: list[str] = []

    def keys(jku: str) -> Any:
        calls.append(jku)
        return JWKS

    body = BODY[:-1] + b',"padding":"' + b"x" * 2000 + b'"}'
    with pytest.raises(PayloadError) as raised:
        bankcodes.receive("truelayer", body, _signed(), keys, path=PATH, max_bytes=1000)
    assert [problem.type for problem in raised.value.problems] == ["too_large"]
    assert calls == []


def test_a_test_signature_names_its_path_and_is_made_with_a_p521_key() -> None:
    with pytest.raises(ConfigurationError) as raised:
        signatures.sign("truelayer", BODY, PRIVATE, now=NOW)
    assert raised.value.reason == "missing_path"
    p256 = {**PRIVATE, "crv": "P-256"}
    with pytest.raises(ConfigurationError) as raised:
        signatures.sign("truelayer", BODY, p256, now=NOW, path=PATH)
    assert raised.value.reason == "bad_key"
