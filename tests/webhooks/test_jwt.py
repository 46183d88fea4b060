"""The JWT signing scheme (Plaid's Plaid-Verification header): the shared corpus
(tests/jwt_corpus.py: tokens assembled by hand, keys in every shape a developer holds them) gets
one verdict and one reason in Python and in Node (in Node and bundled into an edge runtime), the
one the rules in bankcodes._jwt call for: both give the verdicts of
tests/verdicts/jwt_vectors.json."""

from __future__ import annotations

import base64
import datetime
import hashlib
import json
import time
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import ec

import bankcodes
from bankcodes import signatures
from bankcodes.errors import ConfigurationError, SignatureError
from tests.support.jwt_corpus import BODY, HEADER, NOW, b64url, make_vectors, public_jwk
from tests.support.verdicts import Corpus


@pytest.fixture(scope="module")
def vectors() -> dict[str, Any]:
    return make_vectors()


def keys_of(vector: dict[str, Any]) -> Any:
    """The keys as a developer holds them: the value, or a function of the kid."""
    given = vector["keys"]
    if vector["keys_as"] == "function":
        return given.get
    if vector["keys_as"] == "bytes":
        return b""
    return given


def python_outcome(vector: dict[str, Any], keys: Any, now: float) -> str:
    try:
        signatures.verify(
            "plaid",
            base64.b64decode(vector["body_base64"]),
            {HEADER: vector["token"]},
            keys,
            now=now,
            max_age=vector.get("max_age"),
        )
    except SignatureError as error:
        return f"signature:{error.reason}"
    except ConfigurationError as error:
        return f"configuration:{error.reason}"
    return "ok"


def test_python_gives_each_vector_its_verdict(vectors: dict[str, Any]) -> None:
    found = {v["name"]: python_outcome(v, keys_of(v), vectors["now"]) for v in vectors["vectors"]}
    assert found == {vector["name"]: vector["expect"] for vector in vectors["vectors"]}


def _cases() -> list[tuple[str, dict[str, Any]]]:
    made = make_vectors()
    return [(vector["name"], {**vector, "now": made["now"]}) for vector in made["vectors"]]


#: Every vector in both languages (a Map of kids, which only JavaScript has, a mapping here).
JWT_VECTORS = Corpus(
    "jwt_vectors", _cases, lambda vector: python_outcome(vector, keys_of(vector), vector["now"])
)


def test_python_gives_the_committed_verdicts() -> None:
    JWT_VECTORS.check()


def test_keys_may_be_a_function_of_the_kid(vectors: dict[str, Any]) -> None:
    valid = vectors["vectors"][0]
    by_kid = {key["kid"]: key for key in vectors["vectors"][0]["keys"]}
    assert python_outcome(valid, by_kid.get, vectors["now"]) == "ok"
    assert python_outcome(valid, lambda kid: None, vectors["now"]) == "signature:unknown_key"
    assert python_outcome(valid, vectors["vectors"][0]["keys"][0], vectors["now"]) == "ok"


def test_bad_keys_and_clocks_are_configuration_errors(vectors: dict[str, Any]) -> None:
    valid = vectors["vectors"][0]
    assert python_outcome(valid, [], vectors["now"]) == "configuration:empty_secret"
    assert python_outcome(valid, "a secret", vectors["now"]) == "configuration:bad_key"
    broken = {**vectors["vectors"][0]["keys"][0], "x": "AAAA"}
    assert python_outcome(valid, [broken], vectors["now"]) == "configuration:bad_key"

    def failing(kid: str) -> dict[str, str]:
        raise RuntimeError("key store down")

    assert python_outcome(valid, failing, vectors["now"]) == "configuration:bad_key"
    with pytest.raises(ConfigurationError) as raised:
        signatures.verify(
            "plaid",
            BODY,
            {HEADER: valid["token"]},
            vectors["vectors"][0]["keys"],
            now="now",  # type: ignore[arg-type]
        )
    assert raised.value.reason == "bad_clock"


def test_receive_refuses_a_replay_older_than_the_limit(vectors: dict[str, Any]) -> None:
    valid = vectors["vectors"][0]
    headers = {HEADER: valid["token"]}
    now = datetime.datetime.fromtimestamp(vectors["now"], datetime.UTC)
    event = bankcodes.receive("plaid", BODY, headers, vectors["vectors"][0]["keys"], now=now)
    assert event.type == "ITEM" and event.algorithm == "ES256"
    decisive = event.decisive_code()
    assert decisive is not None and decisive.path == "$.error.error_code"
    assert decisive.code.category == "reconnect_required"
    later = now + datetime.timedelta(seconds=400)
    with pytest.raises(SignatureError) as raised:
        bankcodes.receive("plaid", BODY, headers, vectors["vectors"][0]["keys"], now=later)
    assert raised.value.reason == "stale_timestamp"
    with pytest.raises(SignatureError):  # a tolerance tighter than Plaid's 5 minutes
        bankcodes.receive(
            "plaid", BODY, headers, vectors["vectors"][0]["keys"], now=now, tolerance=5
        )


def test_sign_makes_a_token_the_verifier_accepts() -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    public = public_jwk(key, "k1")
    private = {**public, "d": b64url(key.private_numbers().private_value.to_bytes(32, "big"))}
    headers = signatures.sign("plaid", BODY, private, now=NOW)
    assert signatures.verify("plaid", BODY, headers, [public], now=NOW + 1) == HEADER
    token = headers[HEADER]
    claims = json.loads(base64.urlsafe_b64decode(token.split(".")[1] + "=="))
    assert claims == {"iat": NOW, "request_body_sha256": hashlib.sha256(BODY).hexdigest()}
    assert (
        abs(
            time.time()
            - json.loads(
                base64.urlsafe_b64decode(
                    signatures.sign("plaid", BODY, private)[HEADER].split(".")[1] + "=="
                )
            )["iat"]
        )
        < 60
    )


@pytest.mark.parametrize(
    ("given", "reason"),
    [
        ({"now": 10**400}, "bad_clock"),
        ({"now": float("nan")}, "bad_clock"),
        ({"max_age": float("nan")}, "bad_tolerance"),
        ({"max_age": float("inf")}, "bad_tolerance"),
        ({"max_age": 10**400}, "bad_tolerance"),
    ],
)
def test_python_refuses_clocks_and_limits_it_cannot_use(
    vectors: dict[str, Any], given: dict[str, Any], reason: str
) -> None:
    valid = vectors["vectors"][0]
    options: dict[str, Any] = {"now": vectors["now"], **given}
    with pytest.raises(ConfigurationError) as raised:
        signatures.verify("plaid", BODY, {HEADER: valid["token"]}, valid["keys"], **options)
    assert raised.value.reason == reason


def test_a_byte_string_is_no_key(vectors: dict[str, Any]) -> None:
    valid = vectors["vectors"][0]
    assert python_outcome(valid, b"", vectors["now"]) == "configuration:bad_key"
