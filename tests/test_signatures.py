"""Webhook signature verification: shared vectors (digests computed by openssl) give the same
outcome in Python and in the generated Node verifier; every rejection is a SignatureError."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bankcodes import signatures
from bankcodes.signatures import SignatureError
from tests.helpers import ROOT, build_typescript, run_node, spec_data

VECTORS_PATH = ROOT / "tests" / "fixtures" / "signature_vectors.json"
VECTORS: list[dict[str, Any]] = json.loads(VECTORS_PATH.read_text(encoding="utf-8"))["vectors"]


def _outcome(vector: dict[str, Any]) -> str:
    body = base64.b64decode(vector["body_base64"])
    headers = [(name, value) for name, value in vector["headers"]]
    try:
        signatures.verify(vector["provider"], body, headers, vector["secret"])
    except SignatureError as error:
        return error.reason
    return "ok"


@pytest.mark.parametrize("vector", VECTORS, ids=[v["name"] for v in VECTORS])
def test_python_outcome_matches_the_vector(vector: dict[str, Any]) -> None:
    assert _outcome(vector) == vector["expect"]


def test_node_agrees_with_python_on_every_vector(tmp_path: Path) -> None:
    build_typescript(tmp_path / "dist")
    output = run_node(
        "verify_vectors.mjs", str(tmp_path / "dist" / "signatures.js"), str(VECTORS_PATH)
    )
    node = {item["name"]: item["outcome"] for item in json.loads(output)}
    assert node == {vector["name"]: vector["expect"] for vector in VECTORS}


def test_the_vectors_cover_every_reason_and_provider() -> None:
    reasons = {vector["expect"] for vector in VECTORS}
    assert reasons == {"ok", *signatures.REASONS} - {"body_not_bytes", "bad_headers"}
    assert {v["provider"] for v in VECTORS} >= set(spec_data()["providers"])


def test_schemes_follow_the_spec() -> None:
    for provider, entry in spec_data()["providers"].items():
        scheme = signatures.SCHEMES[provider]
        signing = entry["signing"]
        assert scheme.headers == tuple(signing["headers"])
        assert scheme.algorithm == signing["algorithm"]
        assert scheme.encodings == tuple(signing["encodings"])
        assert scheme.prefix == signing.get("prefix")


def test_a_mapping_of_headers_is_matched_case_insensitively() -> None:
    body = b'{"event":"verifications.updated"}'
    digest = hmac.new(b"k", body, hashlib.sha512).hexdigest()
    assert signatures.verify("argyle", body, {"X-ARGYLE-SIGNATURE": digest}, b"k") == (
        "X-Argyle-Signature"
    )


def test_the_body_must_be_raw_bytes() -> None:
    with pytest.raises(SignatureError) as raised:
        signatures.verify("lean", '{"a":1}', {"lean-signature": "sha512=00"}, "k")  # type: ignore[arg-type]
    assert raised.value.reason == "body_not_bytes"
    assert "re-serialised" in str(raised.value)


@pytest.mark.parametrize("headers", [None, 5, "lean-signature: x", [("a",)], [(1, "x")], {"a": 1}])
def test_malformed_headers_are_rejected_cleanly(headers: object) -> None:
    with pytest.raises(SignatureError) as raised:
        signatures.verify("lean", b"{}", headers, "k")  # type: ignore[arg-type]
    assert raised.value.reason == "bad_headers"


@given(
    provider=st.sampled_from(["lean", "argyle", "flinks", "other", ""]),
    body=st.binary(max_size=64) | st.text(max_size=8),
    header=st.text(max_size=200),
    secret=st.text(max_size=8) | st.binary(max_size=8),
)
def test_verify_never_raises_anything_else(
    provider: str, body: bytes, header: str, secret: str | bytes
) -> None:
    names = ["lean-signature", "X-Argyle-Signature", "flinks-authenticity-key"]
    try:
        signatures.verify(provider, body, [(name, header) for name in names], secret)
    except SignatureError as error:
        assert error.reason in signatures.REASONS


@pytest.mark.parametrize("provider", ["lean", "argyle", "flinks"])
def test_sign_produces_what_verify_accepts(provider: str) -> None:
    body = "payload \u0627\u0644\u062e\u0637\u0623".encode()
    headers = signatures.sign(provider, body, "secret")
    assert signatures.verify(provider, body, headers, "secret") in headers
