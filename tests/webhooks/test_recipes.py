"""The Django and Flask receivers of the "Receiving webhooks" page, run as their users run them:
the Django view through django.test.Client (with CSRF checks on, settings configured here as a
minimal project would have them), the Flask app through its test client. Each answers a real
signed delivery 200 once per delivery, a forged one 401, a signed body that is not a webhook
400, and a receiver with no secret or credentials 500, and logs no secret."""

from __future__ import annotations

import base64
import hashlib
import hmac
import importlib.util
import json
import logging
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import ec

from tests.support.helpers import ROOT, spec_data
from tests.support.jwt_corpus import es256, public_jwk
from tests.webhooks.conftest import RecipesTypeCheck

EXAMPLES = ROOT / "site" / "docs" / "examples"
SECRET = "flinks_recipe_secret_value"
CREDENTIAL = "plaid_api_secret_value"


def _example(kind: str) -> bytes:
    return json.dumps(spec_data()["payloads"][kind]["examples"][0]["data"]).encode()


def _load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module  # Django imports its ROOT_URLCONF by name
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def django_recipe() -> ModuleType:
    import django
    from django.conf import settings

    module = _load(EXAMPLES / "django_webhooks.py")
    if not settings.configured:
        settings.configure(
            DEBUG=False,
            SECRET_KEY="a key for the tests only",
            ROOT_URLCONF=module.__name__,
            ALLOWED_HOSTS=["testserver"],
            INSTALLED_APPS=[],
            DATABASES={},
            MIDDLEWARE=[
                "django.middleware.security.SecurityMiddleware",
                "django.middleware.common.CommonMiddleware",
                "django.middleware.csrf.CsrfViewMiddleware",
            ],
            USE_TZ=True,
            LOGGING_CONFIG=None,
        )
        django.setup()
    return module


def _plaid_token(key: ec.EllipticCurvePrivateKey, kid: str, body: bytes) -> str:
    claims = {"iat": int(time.time()), "request_body_sha256": hashlib.sha256(body).hexdigest()}
    return es256(key, {"alg": "ES256", "kid": kid, "typ": "JWT"}, claims)


def test_the_django_receiver(
    django_recipe: ModuleType, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from django.test import Client

    client = Client(
        enforce_csrf_checks=True
    )  # as a browser-facing project runs: the view is exempt
    key = ec.generate_private_key(ec.SECP256R1())
    jwk = public_jwk(key, "k-django")
    body = _example("plaid/webhook")

    def post(data: bytes, token: str) -> Any:
        headers = {"Plaid-Verification": token}
        return client.post(
            "/webhooks/plaid", data, content_type="application/json", headers=headers
        )

    fetched: list[str] = []

    def fetch(kid: str) -> dict[str, str] | None:
        fetched.append(kid)
        return jwk if kid == "k-django" else None

    token = _plaid_token(key, "k-django", body)
    for name in ("PLAID_CLIENT_ID", "PLAID_SECRET"):
        monkeypatch.delenv(name, raising=False)
    with caplog.at_level(logging.INFO):
        # No Plaid credentials: the key cannot be fetched, which is our side's fault.
        assert post(body, token).status_code == 500
        assert "misconfigured: bad_key" in caplog.text
        monkeypatch.setenv("PLAID_CLIENT_ID", "client")
        monkeypatch.setenv("PLAID_SECRET", CREDENTIAL)
        monkeypatch.setattr(django_recipe, "fetch_plaid_key", fetch)
        assert post(body, token).status_code == 200
        assert post(body, token).status_code == 200  # a retry: answered, handled once
        forged = post(body + b" ", token)
        assert (forged.status_code, forged.content) == (401, b"mismatch")
        stranger = post(body, _plaid_token(key, "k-unknown", body))
        assert (stranger.status_code, stranger.content) == (401, b"unknown_key")
        not_a_webhook = b'{"webhook_type": 5}'
        invalid = post(not_a_webhook, _plaid_token(key, "k-django", not_a_webhook))
        assert (invalid.status_code, invalid.content) == (400, b"invalid_payload")
    assert client.get("/webhooks/plaid").status_code == 405
    assert fetched == ["k-django", "k-unknown"]  # each key id fetched once, then cached
    assert list(django_recipe.plaid_keys) == ["k-django"]
    assert django_recipe.seen == {"plaid:body-sha256:" + hashlib.sha256(body).hexdigest()}
    data = json.loads(body)
    handled = [r.getMessage() for r in caplog.records if r.getMessage().startswith("plaid ")]
    assert handled == [f"plaid {data['webhook_type']} {data['webhook_code']}: informational"]
    assert CREDENTIAL not in caplog.text


def test_the_flask_receiver(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    module = _load(EXAMPLES / "flask_webhooks.py")
    client = module.app.test_client()
    body = _example("flinks/webhook")

    def post(data: bytes, secret: str = SECRET, signed: bytes | None = None) -> Any:
        digest = hmac.new(secret.encode(), data if signed is None else signed, hashlib.sha256)
        headers = {"flinks-authenticity-key": base64.b64encode(digest.digest()).decode()}
        return client.post(
            "/webhooks/flinks", data=data, headers=headers, content_type="application/json"
        )

    for name in ("FLINKS_WEBHOOK_SECRET", "FLINKS_WEBHOOK_SECRET_PREVIOUS"):
        monkeypatch.delenv(name, raising=False)
    with caplog.at_level(logging.INFO):
        assert post(body).status_code == 500
        assert "misconfigured: empty_secret" in caplog.text
        monkeypatch.setenv("FLINKS_WEBHOOK_SECRET", "new")
        monkeypatch.setenv("FLINKS_WEBHOOK_SECRET_PREVIOUS", SECRET)  # during a rotation
        assert post(body).status_code == 200
        assert post(body).status_code == 200
        forged = post(body + b" ", signed=body)
        assert (forged.status_code, forged.data) == (401, b"mismatch")
        assert post(body, "wrong").status_code == 401
        invalid = post(b"[]")
        assert (invalid.status_code, invalid.data) == (400, b"invalid_payload")
    assert client.get("/webhooks/flinks").status_code == 405
    request_id = json.loads(body)["RequestId"]
    assert module.seen == {f"flinks:id:GetAccountsDetail|{request_id}"}
    assert module.handled == ["GetAccountsDetail"]
    assert SECRET not in caplog.text


def test_the_recipes_type_check(recipes_type_check: RecipesTypeCheck) -> None:
    for name in ("django_webhooks", "flask_webhooks"):
        assert recipes_type_check(f"site/docs/examples/{name}.py") == []
