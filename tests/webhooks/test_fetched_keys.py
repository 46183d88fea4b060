"""Signatures checked with a key the receiver fetches by address, read by one rule set in Python
and Node (bankcodes._fetched_keys, webhook-fetched.ts): Akahu's RSA-SHA256 signature of the
body with its key named by id (the spec's fetched_key scheme) and Enable Banking's RS256 JWT
whose x5u names its certificate (certificate_jwt), and Salt Edge's published key. Every case
of the shared corpus (tests.support.fetched_key_corpus, published_key_corpus) gets the same
verdict and reason in both (the verdicts of tests/verdicts/fetched_keys.json), and a key at an
address off the provider's hosts is never asked for.

Facts typed from their sources: akahu-io/akahu-sdk-js at f7dc54af (src/resources/webhooks.ts:
crypto.createVerify("sha256") over the body, the signature in base64, GET /keys/{id}, the reply's
item; README.md: X-Akahu-Signature and X-Akahu-Signing-Key) and Enable Banking's Webhooks page
(Authorization: Bearer and a JWT, alg RS256, x5u https on enablebanking.com or a subdomain, msgi
"sha256-" and the base64 SHA-256 of the body)."""

from __future__ import annotations

import base64
import re
from typing import Any

import pytest

import bankcodes
from bankcodes import signatures
from bankcodes._refusals import REFUSALS
from bankcodes.errors import ConfigurationError, SignatureError
from tests.support import fetched_key_corpus as corpus
from tests.support.each import Cases, by_provider, each
from tests.support.helpers import spec_data
from tests.support.published_key_corpus import cases
from tests.support.verdicts import Corpus

CASES = cases()


def _python(case: dict[str, Any]) -> tuple[str, list[str]]:
    calls: list[str] = []
    keys = case["keys"]
    if isinstance(keys, dict) and "$function" in keys:
        found = keys["$function"]

        def keys(address: str) -> Any:
            calls.append(address)
            return found

    elif isinstance(keys, dict) and "$bytes" in keys:
        keys = {address: base64.b64decode(text) for address, text in keys["$bytes"].items()}
    elif isinstance(keys, dict) and "$raise" in keys:
        text = keys["$raise"]

        def keys(address: str) -> Any:
            calls.append(address)
            raise RuntimeError(text)

    try:
        signatures.verify(
            case["provider"],
            base64.b64decode(case["body"]),
            case["headers"],
            keys,
            max_age=case.get("max_age"),
            path=case.get("path"),
        )
    except SignatureError as error:
        said = "+reserialised" if "parsed and serialised again" in str(error) else ""
        return f"signature:{error.reason}{said}", calls
    except ConfigurationError as error:
        return f"configuration:{error.reason}/{refusal_named(error)}", calls
    return "ok", calls


def refusal_named(error: ConfigurationError) -> str:
    """The name of the refusal of the error's reason whose words its message fits (a value in
    each {…}), the most literal words if several fit: Node's reader names it alike."""
    fits = []
    for name, (reason, words) in REFUSALS.items():
        literal = re.split(r"\{(?:[^{}]|\{[^{}]*\})*\}", words)
        pattern = ".*".join(re.escape(part) for part in literal)
        if reason == error.reason and re.fullmatch(pattern, str(error).split(": ", 1)[1], re.S):
            fits.append((-sum(map(len, literal)), name))
    return min(fits)[1] if fits else "?"


def _given_its_verdict(case: dict[str, Any]) -> None:
    found = _python(case)[0]
    assert (found if "/" in case["expect"] else found.split("/")[0]) == case["expect"]


@pytest.mark.parametrize(
    ("provider", "cases"), by_provider((case["provider"], case["name"], case) for case in CASES)
)
def test_python_gives_each_case_its_verdict(provider: str, cases: Cases) -> None:
    each(cases, _given_its_verdict)


#: Every case in both languages: the same verdict, and the same keys asked for.
FETCHED_KEYS = Corpus(
    "fetched_keys",
    lambda: ((f"{case['provider']}: {case['name']}", case) for case in CASES),
    _python,
)


def test_python_gives_the_committed_verdicts() -> None:
    FETCHED_KEYS.check()


def test_an_x5u_off_the_providers_hosts_is_never_asked_for() -> None:
    off = [case for case in CASES if case["name"].startswith(("an x5u ", "no x5u"))]
    assert len(off) == 21  # 6 off the domain, 14 malformed on it, none
    assert {case["name"]: _python(case) for case in off} == {
        case["name"]: ("signature:unknown_key", []) for case in off
    }
    (allowed,) = [case for case in CASES if case["name"] == "the domain itself"]
    assert _python(allowed) == ("ok", ["https://enablebanking.com/k"])
    (upper,) = [case for case in CASES if case["name"] == "the domain in upper case"]
    assert _python(upper) == ("ok", ["https://API.EnableBanking.COM/k"])


def test_the_key_is_asked_for_at_the_address_its_id_names() -> None:
    (case,) = [c for c in CASES if c["provider"] == "akahu" and c["name"] == "keys from a function"]
    assert _python(case) == ("ok", ["https://api.akahu.io/v1/keys/1"])


def test_a_refusal_says_what_and_where() -> None:
    headers = {**corpus.akahu_headers(), "X-Akahu-Signing-Key": "k\u00e91"}
    with pytest.raises(SignatureError) as raised:
        signatures.verify("akahu", corpus.BODY, headers, corpus.pem(corpus.KEY))
    assert str(raised.value).startswith("bad_encoding: X-Akahu-Signing-Key")
    token = corpus.token({"x5u": "https://evil.example/" + "x" * 300})
    with pytest.raises(SignatureError) as raised:
        signatures.verify("enablebanking", corpus.BODY, {"Authorization": "Bearer " + token}, {})
    message = str(raised.value)
    assert message.startswith("unknown_key: the x5u 'https://evil.example/")
    assert message.endswith("nothing was fetched") and len(message) < 250


def test_a_key_refused_shows_its_start_or_its_label_escaped_and_cut_short() -> None:
    address = "https://api.akahu.io/v1/keys/1"
    page = "<html>\u00e9" + "x" * 300  # its first 60 bytes: 59 characters, 64 as Python shows them
    with pytest.raises(ConfigurationError) as raised:
        signatures.verify("akahu", corpus.BODY, corpus.akahu_headers(), page)
    assert str(raised.value) == (
        f"bad_key: the key for {address} is not a PEM public key or certificate: it begins "
        "'<html>\\xe9" + "x" * 49 + "\u2026"
    )
    with pytest.raises(ConfigurationError) as raised:
        signatures.verify(
            "akahu", corpus.BODY, corpus.akahu_headers(), corpus.private_pem(corpus.KEY)
        )
    assert str(raised.value) == (
        f"bad_key: the key for {address} begins a PEM 'PRIVATE KEY', not a public key or "
        "certificate"
    )


def test_sign_gives_deliveries_each_scheme_verifies_and_the_test_key_signs_alike() -> None:
    secret = {"private_pem": corpus.private_pem(corpus.KEY), "key_id": "1"}
    headers = signatures.sign("akahu", corpus.BODY, secret)
    assert headers == corpus.akahu_headers()  # PKCS #1 v1.5 signatures are deterministic
    event = bankcodes.receive(
        "akahu", corpus.BODY, headers, {"https://api.akahu.io/v1/keys/1": corpus.pem(corpus.KEY)}
    )
    assert (event.type, event.signed, event.algorithm) == ("TOKEN", True, "RSA-SHA256")
    secret = {"private_pem": corpus.private_pem(corpus.KEY), "x5u": corpus.X5U}
    headers = signatures.sign("enablebanking", corpus.BODY, secret)
    assert headers["Authorization"].startswith("Bearer ")
    assert signatures.verify("enablebanking", corpus.BODY, headers, corpus.certificate(corpus.KEY))
    with pytest.raises(ConfigurationError) as raised:
        signatures.sign("enablebanking", corpus.BODY, {**secret, "x5u": "https://example.com/k"})
    assert raised.value.reason == "bad_key"


def test_receive_without_a_delivery_contract_says_the_bodies_are_not_described() -> None:
    secret = {"private_pem": corpus.private_pem(corpus.KEY), "x5u": corpus.X5U}
    headers = signatures.sign("enablebanking", corpus.BODY, secret)
    with pytest.raises(ConfigurationError) as raised:
        bankcodes.receive("enablebanking", corpus.BODY, headers, corpus.pem(corpus.KEY))
    assert raised.value.reason == "unknown_provider"


def test_a_key_of_another_type_is_refused_with_the_schemes_algorithm_and_what_it_is() -> None:
    wrong = {"an EC key": "ECPublicKey secp256r1", "an RSA key": "RSAPublicKey"}
    wrong["a P-384 key"] = "ECPublicKey secp384r1"
    found = [case for case in CASES if case["name"] in wrong]
    assert len(found) == 3
    for case in found:
        keys = case["keys"]
        with pytest.raises(ConfigurationError) as raised:
            signatures.verify(
                case["provider"], base64.b64decode(case["body"]), case["headers"], keys
            )
        algorithm = spec_data()["providers"][case["provider"]]["signing"]["algorithm"]
        assert str(raised.value).endswith(
            f"is a PEM 'PUBLIC KEY' that cannot be read as a key for {algorithm} "
            f"('{wrong[case['name']]}')"
        ), case["name"]
