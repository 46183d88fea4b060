"""Mastercard Open Finance, read from its pinned sources: its per-code error pages (developer.
mastercard.com .../errors/error-codes/<code>/), the ErrorMessage of its US OpenAPI (code "can be
returned as a number or a string"), the Connect web SDK's {code, reason} events, and its webhooks'
HMAC-SHA256 signatures (X-Signature, keyed with the Partner Secret; Event-Signature, keyed with a
consent subscription's signingKey). Expected values are typed from those pages."""

from __future__ import annotations

import hashlib
import hmac
import json

import pytest

import bankcodes
from bankcodes import Category, SignatureError, mastercard, payloads


def test_an_error_page_in_full() -> None:
    # .../errors/error-codes/42000/: Remediation Category "Report or Escalate for
    # Investigation", HTTP Status 400, Error Message "Testing customer limit exceeded.",
    # Common Causes, Troubleshooting Steps, Retriable by End User "No".
    code = mastercard.ErrorCode(42000)
    assert code.info.group == "report_or_escalate"
    assert code.message == "Testing customer limit exceeded."
    assert code.http_statuses == (400,)
    assert "The preset customer limit for testing has been met." in code.description
    assert code.advice == "Contact your support team member to discuss next steps."
    assert not code.end_user_can_retry
    assert code.info.scope is not None and code.info.scope.regions == ("US",)


def test_a_code_arrives_as_a_number_or_as_its_digits() -> None:
    # .../error-codes/10001/: Remediation Category "Invalid Input", HTTP Status 401.
    invalid = mastercard.ErrorCode(10001)
    assert invalid.info.group == "invalid_input" and invalid.http_statuses == (401,)
    assert bankcodes.classify("mastercard", 10001) is invalid.category
    assert bankcodes.classify("mastercard", "10001") is invalid.category
    # The OpenAPI's ErrorMessage: `code` "can be returned as a number or a string".
    for body in ({"code": 14001, "status": "404"}, {"code": "14001", "status": "404"}):
        found = payloads.decisive_code("mastercard/error", body)
        assert found is not None and found.code is mastercard.ErrorCode(14001)
        model = payloads.validate("mastercard/error", body)
        assert model.model_dump(mode="json") == {"code": 14001, "status": "404"}


def test_a_code_published_for_both_regions() -> None:
    # 949 has a page in the US error codes and in the AU account errors.
    assert mastercard.ErrorCode(949).info.scope.regions == ("AU", "US")  # type: ignore[union-attr]


def test_the_connect_sdk_events() -> None:
    # The Web SDK events page: Cancel {code: 100, reason: "exit"}; Timeout 1440; Unexpected
    # error 500; src/index.ts: onError({ reason: 'error', code: 1403 }) when a popup fails.
    events = mastercard.ConnectEventCode
    assert [int(c) for c in events] == [100, 1440, 500, 200, 1403]
    assert events(100).category is Category.CANCELLED
    assert events(1440).category is Category.SESSION_EXPIRED
    assert events(200).category is Category.SUCCESS
    assert events(100).message == "exit" and events(200).message == "complete"


def _signed(body: bytes, key: str) -> str:
    return hmac.new(key.encode(), body, hashlib.sha256).hexdigest()


def test_a_connect_webhook_and_a_consent_notification_are_verified() -> None:
    # The AU Connect webhook page: "Create a SHA-256 HMAC of the request body using your
    # Partner Secret", compared with X-Signature; store the eventId to ignore a replay.
    body = json.dumps(
        {
            "customerId": "7043507659",
            "eventType": "accountsDeleted",
            "eventId": "1744671850866-f9b8ef21c571b7d0e80c2c3d",
            "payload": {"accounts": ["7077265539"], "institutionId": "101732"},
        }
    ).encode()
    secrets = ["consent signing key", "partner secret"]
    event = bankcodes.receive(
        "mastercard", body, {"X-Signature": _signed(body, "partner secret")}, secrets
    )
    assert event.signed and event.header == "X-Signature" and event.secret_index == 1
    assert event.dedup_key == "mastercard:id:1744671850866-f9b8ef21c571b7d0e80c2c3d"
    assert type(event.payload).__name__ == "AccountsDeletedWebhook"
    # Consent notifications: Event-Signature, keyed with the subscription's signingKey.
    signed = {"Event-Signature": _signed(body, "consent signing key")}
    assert bankcodes.receive("mastercard", body, signed, secrets).header == "Event-Signature"
    with pytest.raises(SignatureError) as raised:
        bankcodes.receive("mastercard", body + b" ", signed, secrets)
    assert raised.value.reason == "mismatch"
