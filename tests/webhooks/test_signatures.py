"""Webhook signature verification: shared vectors (digests computed by openssl) give the same
outcome in Python and in the Node verifier (both give the verdicts of
tests/verdicts/signature_vectors.json); a rejected request is a SignatureError and a misconfigured
receiver a ConfigurationError, never the other way round."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bankcodes import signatures
from bankcodes.errors import ConfigurationError, SignatureError, WebhookError
from tests.support import signature_vectors
from tests.support.each import Cases, by_provider, each
from tests.support.helpers import ROOT, spec_data
from tests.support.verdicts import Corpus, numbered

VECTORS_PATH = ROOT / "tests" / "support" / "signature_vectors.json"
VECTORS: list[dict[str, Any]] = json.loads(VECTORS_PATH.read_text(encoding="utf-8"))["vectors"]


def _headers(headers: Any) -> Any:
    return [(name, value) for name, value in headers] if isinstance(headers, list) else headers


def _outcome(vector: dict[str, Any]) -> str:
    body = base64.b64decode(vector["body_base64"])
    try:
        signatures.verify(
            vector["provider"],
            body,
            _headers(vector["headers"]),
            vector["secret"],
            now=vector.get("now"),
            secret_header=vector.get("secret_header"),
        )
    except SignatureError as error:
        return f"signature:{error.reason}"
    except ConfigurationError as error:
        return f"configuration:{error.reason}"
    return "ok"


@pytest.mark.subprocess
def test_the_vectors_are_what_openssl_computes() -> None:
    # The file is rewritten by `python -m tests.support.signature_vectors` (openssl digests).
    assert VECTORS_PATH.read_text(encoding="utf-8") == signature_vectors.render()


def _outcome_is_the_vectors(vector: dict[str, Any]) -> None:
    assert _outcome(vector) == vector["expect"]


@pytest.mark.parametrize(
    ("provider", "cases"), by_provider((v["provider"], v["name"], v) for v in VECTORS)
)
def test_python_outcome_matches_the_vector(provider: str, cases: Cases) -> None:
    each(cases, _outcome_is_the_vectors)


VERIFIED = Corpus("signature_vectors", lambda: numbered((v["name"], v) for v in VECTORS), _outcome)


def test_python_gives_the_committed_verdicts() -> None:
    VERIFIED.check()


def test_the_vectors_cover_every_reason_and_provider() -> None:
    reasons = {vector["expect"] for vector in VECTORS}
    expected = {f"signature:{reason}" for reason in signatures.SIGNATURE_REASONS}
    # A header's signed timestamp is in the stamped HMAC and Standard Webhooks vectors (which
    # refuse one ahead of the clock); keys and claims belong to the JWT scheme
    # (tests/webhooks/test_jwt.py).
    expected -= {
        "signature:unknown_key",
        "signature:expired_key",
        "signature:missing_claim",
    }
    expected |= {f"configuration:{reason}" for reason in signatures.CONFIGURATION_REASONS}
    expected -= {
        "configuration:bad_tolerance",
        "configuration:no_signed_timestamp",
        "configuration:bad_body",
        "configuration:bad_key",
        "configuration:bad_clock",
        "configuration:missing_dependency",
        # A provider that signs nothing: tests/test_new_provider.py.
        "configuration:unsigned_provider",
        # The path a JWS signs: tests/webhooks/test_jws.py.
        "configuration:missing_path",
        "configuration:bad_path",
    }
    assert reasons == {"ok", *expected}
    hmac_providers = {
        provider
        for provider, entry in spec_data()["providers"].items()
        if entry.get("signing", {}).get("scheme") in ("hmac", "shared_secret", "standard_webhooks")
    }
    missing = sorted(hmac_providers - {v["provider"] for v in VECTORS})
    assert not missing, (
        f"no signature vectors for {', '.join(missing)}: add the provider's body and scheme (its "
        "algorithm, headers, encodings, prefix, from its documentation) to BODIES and SCHEMES "
        "(or, for a header with a signed timestamp, to STAMPED_BODIES and STAMPED; for a shared "
        "secret, to SHARED_BODIES and SHARED_SECRET; for Standard Webhooks, to STANDARD_BODIES "
        "and STANDARD in tests/support/signature_vectors_standard.py) in "
        "tests/support/signature_vectors.py and run `python -m tests.support.signature_vectors`"
    )


def test_schemes_follow_the_spec() -> None:
    """Each provider's scheme is the variant its spec entry names, with that variant's fields."""
    kinds = {"hmac": signatures.HmacScheme, "jwt": signatures.JwtScheme}
    kinds |= {"jws": signatures.JwsScheme, "none": signatures.NoSignature}
    kinds |= {"shared_secret": signatures.SharedSecretScheme}
    kinds |= {"standard_webhooks": signatures.StandardWebhooksScheme}
    kinds |= {"fetched_key": signatures.FetchedKeyScheme}
    kinds |= {"certificate_jwt": signatures.CertificateJwtScheme}
    kinds |= {"published_key": signatures.PublishedKeyScheme}
    for provider, entry in spec_data()["providers"].items():
        signing = entry.get("signing")
        if signing is None:
            assert provider not in signatures.SCHEMES
            continue
        scheme = signatures.SCHEMES[provider]
        assert type(scheme) is kinds[signing["scheme"]], provider
        fields = {name: value for name, value in signing.items() if name not in SPEC_ONLY}
        for name, value in fields.items():
            got = getattr(scheme, name)
            if isinstance(value, dict):  # a nested record (a signed timestamp's labels)
                assert {key: getattr(got, key) for key in value} == value, (provider, name)
                continue
            assert got == (tuple(value) if isinstance(value, list) else value), (provider, name)


#: Facts of a signing entry that the runtime's scheme does not carry (the site shows them).
SPEC_ONLY = {"scheme", "sources", "notes"}


def test_a_mapping_of_headers_is_matched_case_insensitively() -> None:
    body = b'{"event":"verifications.updated"}'
    digest = hmac.new(b"k", body, hashlib.sha512).hexdigest()
    assert signatures.verify("argyle", body, {"X-ARGYLE-SIGNATURE": digest}, b"k") == (
        "X-Argyle-Signature"
    )


def test_a_str_body_is_its_utf8_bytes_and_anything_else_is_configuration() -> None:
    body = '{"a": "\u00e9"}'
    headers = signatures.sign("lean", body.encode("utf-8"), "k")
    assert signatures.verify("lean", body, headers, "k") == "lean-signature"
    for bad in ({"a": 1}, None, "\ud800"):
        with pytest.raises(ConfigurationError) as raised:
            signatures.verify("lean", bad, headers, "k")  # type: ignore[arg-type]
        assert raised.value.reason == "bad_body"
        assert isinstance(raised.value, WebhookError)
        assert not isinstance(raised.value, SignatureError)


def test_a_bytearray_or_memoryview_secret_is_a_secret() -> None:
    body = b"{}"
    headers = signatures.sign("argyle", body, b"k3y")
    assert signatures.verify("argyle", body, headers, bytearray(b"k3y"))
    assert signatures.verify("argyle", body, headers, memoryview(b"k3y"))


@pytest.mark.parametrize("headers", [None, 5, "lean-signature: x", [("a",)], [(1, "x")], {"a": 1}])
def test_malformed_headers_are_a_configuration_error(headers: object) -> None:
    with pytest.raises(ConfigurationError) as raised:
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
        assert error.reason in signatures.SIGNATURE_REASONS
    except ConfigurationError as error:
        assert error.reason in signatures.CONFIGURATION_REASONS


@pytest.mark.parametrize("provider", ["lean", "argyle", "flinks"])
def test_sign_produces_what_verify_accepts(provider: str) -> None:
    body = "payload \u0627\u0644\u062e\u0637\u0623".encode()
    headers = signatures.sign(provider, body, "secret")
    assert signatures.verify(provider, body, headers, "secret") in headers
