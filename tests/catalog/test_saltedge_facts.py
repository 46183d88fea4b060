"""Salt Edge's facts, typed from its sources: saltedge/saltedge-examples at
8f0249946e96ab262903e33d005527300892967d (the API v6 samples: the callback servers in .NET, Ruby and
Java, Node's verifySignature, its spectre_public.pem, the Ruby README's success callback and the
React Native sample's Connect callbacks), saltedge/saltedge-ios-swift at
23f6ea71ba520712eee9f69fb2966f4631e1fa5e (SEConnectionFetcher's stages, SEError's body),
saltedge/saltedge-android at da010f3add3e4829281c404973e81c253a1cbe0c (SDK_GUIDE.MD: the stages
of an attempt and of Connect) and the earlier Callbacks guide (docs.saltedge.com/guides/callbacks/,
read in part). An API error body is read by its class, over httpx's error from a server on
loopback. Every v6 sample signs "callback URL|body" with RSA and SHA-256, the earlier guide says
SHA1."""

from __future__ import annotations

import base64
import json
import logging
from collections.abc import Iterator

import httpx
import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from pytest_httpserver import HTTPServer

import bankcodes
from bankcodes import Category, payloads, signatures
from tests.support.helpers import provider_module, spec_data

saltedge = provider_module("saltedge")

#: ruby/callback_server/README.md, "Example of Success Type of Callback", as published.
SUCCESS = """{
    "data": {
      "connection_id": "111111111111111111",
      "customer_id": "222222222222222222",
      "custom_fields": { "key": "value" },
      "stage": "finish"
    },
    "meta": {
      "version": "6",
      "time": "2025-01-25T10:40:47.965Z"
    }
  }"""
#: The Ruby sample's signed string: "http://#{settings.bind}:#{settings.port}/api/callbacks/#{type}|#{body}".
URL = "http://localhost:9292/api/callbacks/success"
KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)
PUBLIC = (
    KEY.public_key()
    .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    .decode()
)


def _signed(
    body: str, url: str = URL, digest: hashes.HashAlgorithm | None = None
) -> dict[str, str]:
    """The Signature header as the samples verify it: base64 of RSA PKCS #1 v1.5 over URL|body."""
    content = f"{url}|{body}".encode()
    signature = KEY.sign(content, padding.PKCS1v15(), digest or hashes.SHA256())
    return {"Signature": base64.b64encode(signature).decode()}


def test_the_signing_scheme_is_the_samples() -> None:
    scheme = signatures.SCHEMES["saltedge"]
    assert isinstance(scheme, signatures.PublishedKeyScheme)
    assert (scheme.signature_header, scheme.algorithm, scheme.encoding, scheme.separator) == (
        "Signature",
        "RSA-SHA256",
        "base64",
        "|",
    )


def test_a_callback_signed_as_the_samples_sign_verifies_over_its_raw_body() -> None:
    verified = signatures.check("saltedge", SUCCESS.encode(), _signed(SUCCESS), PUBLIC, path=URL)
    assert verified == ("Signature", 0)


def test_the_node_samples_re_serialised_body_is_refused_saying_why() -> None:
    # node/saltedge.js's example server.js passes JSON.stringify(req.body) to verifySignature.
    again = json.dumps(json.loads(SUCCESS), separators=(",", ":"))
    with pytest.raises(signatures.SignatureError) as raised:
        signatures.verify("saltedge", again, _signed(SUCCESS), PUBLIC, path=URL)
    assert raised.value.reason == "mismatch"
    assert "parsed and serialised again" in str(raised.value)
    assert "pass the raw body" in str(raised.value)


def test_the_earlier_guides_sha1_signature_does_not_verify() -> None:
    headers = _signed(SUCCESS, digest=hashes.SHA1())
    with pytest.raises(signatures.SignatureError) as raised:
        signatures.verify("saltedge", SUCCESS, headers, PUBLIC, path=URL)
    assert raised.value.reason == "mismatch"
    assert "parsed and serialised again" not in str(raised.value)


def test_the_callback_url_is_signed_and_must_be_given() -> None:
    with pytest.raises(signatures.SignatureError):
        signatures.verify("saltedge", SUCCESS, _signed(SUCCESS), PUBLIC, path=URL + "?x=1")
    with pytest.raises(signatures.ConfigurationError) as raised:
        signatures.verify("saltedge", SUCCESS, _signed(SUCCESS), PUBLIC)
    assert raised.value.reason == "missing_path"
    assert "callback URL" in str(raised.value)


def test_the_node_samples_public_key_reads_as_an_rsa_key() -> None:
    # spectre_public.pem at 8f02499, whole: a 2048-bit SPKI key. A signature of another key fails
    # against it (mismatch), never as a key the receiver cannot use.
    spectre = (
        "-----BEGIN PUBLIC KEY-----\n"
        "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAvL/Xxdmj7/cpZgvDMvxr\n"
        "nTTU/vkHGM/qkJ0Q+rmfYLru0Z/rSWthPDEK3orY5BTa0sAe2wUV5Fes677X6+Ib\n"
        "roCF8nODW5hSVTrqWcrQ55I7InpFkpTxyMkiFN8XPS7qmYXl/xofbYq0olcwE/aw\n"
        "9lfHlZD7iwOpVJqTsYiXzSMRu92ZdECV895kYS/ggymSEtoMSW3405dQ6OfnK53x\n"
        "7AJPdkAp0Wa2Lk4BNBMd24uu2tasO1bTYBsHpxonwbA+o8BXffdTEloloJgW7pV+\n"
        "TWvxB/Uxil4yhZZJaFmvTCefxWFovyzLdjn2aSAEI7D1y4IYOdByMOPYQ6Mn7J9A\n"
        "9wIDAQAB\n"
        "-----END PUBLIC KEY-----\n"
    )
    with pytest.raises(signatures.SignatureError) as raised:
        signatures.verify("saltedge", SUCCESS, _signed(SUCCESS), spectre, path=URL)
    assert raised.value.reason == "mismatch"


def test_sign_gives_what_verify_accepts() -> None:
    private = KEY.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    headers = signatures.sign("saltedge", SUCCESS, {"private_pem": private}, path=URL, now=0)
    assert headers == _signed(SUCCESS)  # PKCS #1 v1.5 signatures are deterministic


def test_the_success_callback_is_read_as_salt_edges_and_decided_by_its_stage() -> None:
    body = json.loads(SUCCESS)
    assert payloads.identify(body).kinds == ("saltedge/callback",)
    found = payloads.decisive_code("saltedge/callback", body)
    assert found is not None
    assert (found.path, found.code) == ("$.data.stage", saltedge.CallbackStage("finish"))
    assert found.code.category == Category.INFORMATIONAL
    # Without meta (the Connect page's post_message body), nothing tells it from other APIs'.
    assert "saltedge/callback" not in payloads.identify({"data": body["data"]}).kinds


#: saltedge-android's SDK_GUIDE.MD: "Possible `api_stage` values are attempts stages: `start`,
#: `connect`, `interactive`, `fetch_holder_info`, `fetch_accounts`, `fetch_recent`, `fetch_full`,
#: `disconnect`, `finish`." (the same nine for a stage's name).
ATTEMPT_STAGES = [
    "start",
    "connect",
    "interactive",
    "fetch_holder_info",
    "fetch_accounts",
    "fetch_recent",
    "fetch_full",
    "disconnect",
    "finish",
]


def test_the_stages_are_the_samples_and_the_sdks() -> None:
    assert [code.value for code in saltedge.CallbackStage] == ATTEMPT_STAGES
    assert saltedge.CallbackStage("interactive").category == Category.MFA_REQUIRED
    fetching = [saltedge.CallbackStage(stage).category for stage in ATTEMPT_STAGES[3:8]]
    assert fetching == [Category.PENDING] * 5
    assert bankcodes.classify("saltedge", "fetch_accounts") is Category.PENDING
    guide = spec_data("saltedge")["sources"]["saltedge-android-sdk-guide"]
    assert guide["commit"] == "da010f3add3e4829281c404973e81c253a1cbe0c"
    assert guide["url"].endswith("/saltedge-android/blob/" + guide["commit"] + "/SDK_GUIDE.MD")
    # react-native/App.js's Connect callbacks: stage fetching, success, error.
    assert [code.value for code in saltedge.ConnectStage] == ["fetching", "success", "error"]
    assert saltedge.ConnectStage("error").category == Category.GENERIC_FAILURE


def test_every_source_is_pinned_or_says_why() -> None:
    sources = {k: v for k, v in spec_data()["sources"].items() if k.startswith("saltedge-")}
    for source in sources.values():
        assert source.get("commit") in (
            "8f0249946e96ab262903e33d005527300892967d",
            "23f6ea71ba520712eee9f69fb2966f4631e1fa5e",
            "da010f3add3e4829281c404973e81c253a1cbe0c",
            "b2d1d9a4dc1dcb93a25b0b65e403caf63929e9d9",
        ) or ("unpinned" in source and "read_in_part" in source)


#: Example/Tests/API/HTTPServiceSpec.swift, "when data passed but it is SEError", as published.
NOT_FOUND = {
    "error": {
        "class": "ConnectionNotFound",
        "message": "Connection with id: '987' was not found.",
        "documentation_url": "https://test.com",
    }
}


@pytest.fixture(scope="module")
def server() -> Iterator[HTTPServer]:
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    with HTTPServer() as running:
        running.expect_request("/api/v6/connections/987").respond_with_json(NOT_FOUND, status=404)
        yield running


def test_an_api_error_is_read_by_its_class() -> None:
    assert payloads.identify(NOT_FOUND).kinds == ("saltedge/api-error",)
    found = payloads.decisive_code("saltedge/api-error", NOT_FOUND)
    assert found is not None
    assert (found.path, found.code) == ("$.error.class", saltedge.ErrorClass("ConnectionNotFound"))


def test_from_exception_reads_the_class_of_httpx_s_error(server: HTTPServer) -> None:
    with pytest.raises(httpx.HTTPStatusError) as raised:
        httpx.get(server.url_for("/api/v6/connections/987")).raise_for_status()
    found = bankcodes.from_exception(raised.value)
    assert found is not None
    assert (found.kind, found.path, found.status) == ("saltedge/api-error", "$.error.class", 404)
    assert found.code == saltedge.ErrorClass("ConnectionNotFound")
