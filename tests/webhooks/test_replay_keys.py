"""Replay protection and a receiver for every provider that sends webhooks whose signing the
catalog describes: each is keyed for deduplication in Python and Node alike (a provider whose
bodies the catalog does not describe, by the SHA-256 of the body its signature covers), each has
its own npm entry, signed fixtures and `bankcodes trigger`. The providers are read from the spec;
the keys both languages give are the verdicts of tests/verdicts/fixture_keys.json.
"""

from __future__ import annotations

import contextlib
import datetime
import hashlib
import io
import json
from typing import Any

import pytest

from bankcodes import cli, delivery, signatures
from tests.support.helpers import ROOT, spec_data
from tests.support.verdicts import Corpus

FIXTURES = ROOT / "generated" / "fixtures" / "webhooks"
PROVIDERS: dict[str, dict[str, Any]] = spec_data()["providers"]
#: Every provider whose webhooks the catalog describes the signing of (a scheme, or none).
SIGNING = [name for name, provider in PROVIDERS.items() if "signing" in provider]
#: Those of them whose bodies it does not describe: no delivery contract, and a signature.
UNDESCRIBED_BODIES = [
    name
    for name in SIGNING
    if "delivery" not in PROVIDERS[name] and PROVIDERS[name]["signing"]["scheme"] != "none"
]
#: Those that sign nothing and have no delivery contract: nothing to verify, receive or trigger.
UNSIGNED_UNDELIVERED = [
    name
    for name in SIGNING
    if "delivery" not in PROVIDERS[name] and PROVIDERS[name]["signing"]["scheme"] == "none"
]


def _fixtures(provider: str) -> list[dict[str, Any]]:
    paths = sorted((FIXTURES / provider).glob("*.json"))
    return [json.loads(path.read_text(encoding="utf-8")) for path in paths]


def test_some_provider_signs_bodies_the_catalog_does_not_describe() -> None:
    # Enable Banking: a certificate JWT, and no delivery contract (its webhook bodies are not in
    # what was read of its page, sources enablebanking-webhooks).
    assert "enablebanking" in UNDESCRIBED_BODIES


@pytest.mark.parametrize("provider", [n for n in SIGNING if n not in UNSIGNED_UNDELIVERED])
def test_every_provider_that_signs_has_a_verified_fixture_and_a_key(provider: str) -> None:
    fixtures = _fixtures(provider)
    assert fixtures, f"{provider} sends webhooks but has no signed fixture"
    for fixture in fixtures:
        body = fixture["body"].encode()
        given = fixture["verify_with"]
        secret = next((given[k] for k in ("secret", "jwk", "jwks", "keys") if k in given), None)
        if secret is not None:  # a provider that signs nothing publishes nothing to verify with
            now = datetime.datetime.fromisoformat(fixture["signed_at"].replace("Z", "+00:00"))
            named = {"secret_header": given.get("secret_header"), "path": given.get("path")}
            signatures.verify(provider, body, fixture["headers"], secret, now=now, **named)
        key = delivery.dedup_key(provider, json.loads(body), body)
        # The same delivery, replayed, gives the same key; another body another.
        assert delivery.dedup_key(provider, json.loads(body), body) == key
        assert key.startswith(f"{provider}:")
        if provider in UNDESCRIBED_BODIES:
            assert key == f"{provider}:body-sha256:{hashlib.sha256(body).hexdigest()}"
            assert delivery.dedup_key(provider, None, body) == key


@pytest.mark.parametrize("provider", UNDESCRIBED_BODIES)
def test_a_provider_whose_bodies_are_undescribed_is_keyed_by_its_body(provider: str) -> None:
    body = b'{"any": "body"}'
    expected = hashlib.sha256(body).hexdigest()
    assert delivery.dedup_key(provider, None, body) == f"{provider}:body-sha256:{expected}"
    assert delivery.dedup_key(provider, {"id": "x"}, body + b" ") != f"{provider}:{expected}"


def test_a_provider_that_sends_no_webhooks_has_no_key() -> None:
    silent = next(name for name, p in PROVIDERS.items() if "signing" not in p)
    with pytest.raises(ValueError, match="sends no webhooks bankcodes can key"):
        delivery.dedup_key(silent, None, b"{}")


def _keyed(case: dict[str, Any]) -> dict[str, Any]:
    """The fixture's deduplication key, and what the provider's own receiver exports in Node
    (bankcodes/<module>/webhooks): receive where the catalog describes its bodies."""
    body = case["body"].encode()
    described = "delivery" in PROVIDERS[case["provider"]]
    exports = ["receive", "verify", "dedupKey"] if described else ["verify", "dedupKey"]
    return {"key": delivery.dedup_key(case["provider"], json.loads(body), body), "exports": exports}


#: Every signed fixture, keyed alike by Python, Node's root entry point and the provider's own.
FIXTURE_KEYS = Corpus(
    "fixture_keys",
    lambda: (
        (
            f"{name}: {path.stem}",
            {
                "provider": name,
                "module": PROVIDERS[name]["module"],
                "body": json.loads(path.read_text(encoding="utf-8"))["body"],
            },
        )
        for name in SIGNING
        for path in sorted((FIXTURES / name).glob("*.json"))
    ),
    _keyed,
)


def test_python_gives_the_committed_verdicts() -> None:
    FIXTURE_KEYS.check()


def test_the_npm_package_exports_a_receiver_for_every_provider_that_signs() -> None:
    package = json.loads((ROOT / "generated" / "typescript" / "package.json").read_text())
    for name in SIGNING:
        entry = f"./{PROVIDERS[name]['module']}/webhooks"
        assert entry in package["exports"], f"{name} sends webhooks but has no {entry}"


def _cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(list(args))
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("provider", UNDESCRIBED_BODIES)
def test_trigger_signs_a_delivery_of_a_provider_whose_bodies_are_undescribed(
    provider: str,
) -> None:
    code, out, err = _cli("trigger", provider, "--json")
    assert code == 0, err
    assert "sends no webhooks" not in err
    printed = json.loads(out)
    assert "bankcodes' own" in printed["title"]
    body, given = printed["body"].encode(), printed["verify_with"]
    # A provider signing with keys is verified with the published keys, one signing with a
    # secret with the published secret; a scheme that signs the URL is given it (path).
    key, path = given.get("keys", given.get("secret")), given.get("path")
    verified = signatures.verify(provider, body, printed["headers"], key, path=path)
    assert verified in printed["headers"]
    with pytest.raises(signatures.SignatureError) as raised:
        signatures.verify(provider, body + b" ", printed["headers"], key, path=path)
    assert raised.value.reason == "mismatch"


@pytest.mark.parametrize("provider", UNSIGNED_UNDELIVERED)
def test_a_provider_that_signs_nothing_and_has_no_delivery_says_so(provider: str) -> None:
    for command in ("trigger", "receive"):
        code, out, err = _cli(command, provider, "-")
        assert (code, out) == (2, "")
        assert f"{provider} signs no webhooks" in err and "sends no webhooks" not in err
    assert not (FIXTURES / provider).exists()
    with pytest.raises(signatures.ConfigurationError, match=f"{provider} signs no webhooks"):
        signatures.verify(provider, b"{}", {}, "a secret")
