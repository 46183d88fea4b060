"""TrueLayer's resources as its Payments API v3 returns them (a payment, GET /v3/payments/{id}; a
payout, GET /v3/payouts/{id}; a refund, GET /v3/payments/{id}/refunds/{refund_id}; a mandate,
GET /v3/mandates/{id}), its problem bodies and its webhooks, as it publishes them: no copy of its
pages reaches a resource's JSON, so the bodies are its official clients' test responses
(TrueLayer/truelayer-java@d4173ee src/test/resources/__files/, TrueLayer/truelayer-php@a720f99
tests/integration/Mocks/) and, for webhooks, its refund-webhooks and
payout-webhook-specifications pages (retrieved 2026-11-25) and the PHP client's WebhookPayload.php.

Each body, exact, with its source and the code that decides it, is in
tests/support/truelayer_examples.json (the catalog's examples) or
tests/support/published_bodies/truelayer.json (the rest: placeholders the clients put where a
code goes, statuses the catalog does not know). Each is recognised by the fields of its resource
together (never a lone status), as its own kind and no other."""

from __future__ import annotations

import json
from typing import Any

import pytest

from bankcodes import UnknownCode, payloads, truelayer
from tests.support.each import Cases, by_provider, each
from tests.support.helpers import ROOT, spec_data

SUPPORT = ROOT / "tests" / "support"
EXAMPLES: list[dict[str, Any]] = json.loads(
    (SUPPORT / "truelayer_examples.json").read_text(encoding="utf-8")
)["bodies"]
PUBLISHED: list[dict[str, Any]] = json.loads(
    (SUPPORT / "published_bodies" / "truelayer.json").read_text(encoding="utf-8")
)["bodies"]
RESOURCES = ("truelayer/payment", "truelayer/payout", "truelayer/refund", "truelayer/mandate")


def _at(data: dict[str, Any], path: str) -> Any:
    return data[path.removeprefix("$.")]


@pytest.mark.parametrize(
    ("provider", "cases"), by_provider(("truelayer", b["title"], b) for b in EXAMPLES + PUBLISHED)
)
def test_a_published_body_is_its_kind_alone_and_decided_by_its_code(
    provider: str, cases: Cases
) -> None:
    each(cases, _its_kind_alone_and_decided_by_its_code)


def _its_kind_alone_and_decided_by_its_code(body: dict[str, Any]) -> None:
    data = body["data"]
    found = payloads.identify(data)
    assert found.kinds == (body["kind"],)
    decided = payloads.decisive_code(body["kind"], data)
    assert decided is not None
    assert (decided.path, decided.code_set) == (body["decided_by"], body["code_set"])
    assert decided.code.value == _at(data, body["decided_by"])
    assert isinstance(decided.code, UnknownCode) is not body["known"]


def test_the_catalogs_examples_are_the_published_bodies() -> None:
    kinds = spec_data()["payloads"]
    for kind in RESOURCES:
        said = [(e["data"], e["decided_by"]) for e in kinds[kind]["examples"]]
        assert said == [(b["data"], b["decided_by"]) for b in EXAMPLES if b["kind"] == kind]
    for kind in ("truelayer/webhook", "truelayer/problem"):
        said = [(e["data"], e["decided_by"]) for e in kinds[kind]["examples"]]
        for body in (b for b in EXAMPLES if b["kind"] == kind):
            assert (body["data"], body["decided_by"]) in said, body["title"]


def test_a_resource_is_told_apart_by_its_fields_together_never_a_lone_status() -> None:
    """A body with only a resource's status, or its status and id, is no TrueLayer resource."""
    for status in ("failed", "executed", "authorized", "revoked", "settled"):
        for body in ({"status": status}, {"id": "x", "status": status}):
            assert not set(payloads.recognise(body)) & set(RESOURCES), body
    # A payout is a payment's fields with the merchant account it is paid from, a refund neither
    # a payment's method nor a payout's beneficiary, a mandate its constraints.
    payout = next(b["data"] for b in EXAMPLES if b["kind"] == "truelayer/payout")
    assert payloads.recognise({k: v for k, v in payout.items() if k != "merchant_account_id"}) == ()
    mandate = next(b["data"] for b in EXAMPLES if b["kind"] == "truelayer/mandate")
    assert payloads.recognise({k: v for k, v in mandate.items() if k != "constraints"}) == ()


def test_a_payouts_reason_and_a_refunds_are_read_in_their_places() -> None:
    payout = next(
        b["data"] for b in EXAMPLES if b["title"].startswith("A payout failed for insufficient")
    )
    refund = next(
        b["data"] for b in EXAMPLES if b["title"].startswith("A refund failed for insufficient")
    )
    # truelayer-java's payouts/200.get_payout_by_id.failed.json and
    # payments/200.get_payment_refund_by_id.failed.json: "failure_reason": "insufficient_funds".
    assert payout["failure_reason"] == refund["failure_reason"] == "insufficient_funds"
    read = payloads.decisive_code("truelayer/payout", payout)
    assert read is not None and read.code is truelayer.PayoutFailureReason.insufficient_funds
    read = payloads.decisive_code("truelayer/refund", refund)
    assert read is not None and read.code is truelayer.FailureReason.insufficient_funds


def test_a_failed_payment_gives_its_reason_and_the_stage_it_failed_at() -> None:
    """truelayer-php's PaymentResponse::failed(): "status":"failed", "failure_stage":"authorizing",
    "failure_reason":"authorization_failed"."""
    body = next(b["data"] for b in EXAMPLES if b["title"].startswith("A payment failed, its auth"))
    found = [(f.path, f.code) for f in payloads.codes("truelayer/payment", body)]
    assert found == [
        ("$.failure_reason", truelayer.FailureReason.authorization_failed),
        ("$.status", truelayer.PaymentStatus.failed),
        ("$.failure_stage", truelayer.FailureStage.authorizing),
    ]
    validated = payloads.validate("truelayer/payment", body, strict=True)
    assert validated.model_dump(mode="json", by_alias=True, exclude_unset=True) == body


def test_a_placeholder_reason_gives_way_to_the_status() -> None:
    """truelayer-java's mandates/200.get_mandate_by_id.failed.json: "failure_reason": "a failure
    reason", a placeholder where TrueLayer sends a code; the failed status decides."""
    body = next(b["data"] for b in PUBLISHED if b["title"].startswith("A mandate failed"))
    found = payloads.codes("truelayer/mandate", body)
    assert [f.path for f in found] == ["$.failure_reason", "$.status", "$.failure_stage"]
    assert isinstance(found[0].code, UnknownCode)
    assert found[0].code.value == "a failure reason"
    decided = payloads.decisive_code("truelayer/mandate", body)
    assert decided is not None and decided.code is truelayer.MandateStatus.failed


#: The new webhook types the published bodies show: payments-v3-webhook-notifications-accordion
#: names each ("The payment has settled.", "The payment has been deemed ready to be credited to
#: the end user.", "The payment did not reach settled status after a certain amount of time.").
NEW_WEBHOOK_TYPES = {"payment_settled", "payment_creditable", "payment_settlement_stalled"}


def test_the_settlement_webhooks_have_types_of_their_own() -> None:
    kinds = spec_data()["payloads"]["truelayer/webhook"]
    variants = kinds["types"]["TrueLayerWebhook"]["discriminated"]["variants"]
    assert set(variants) >= NEW_WEBHOOK_TYPES | {"refund_executed"}
    for body in (b["data"] for b in EXAMPLES if b["data"].get("type") in NEW_WEBHOOK_TYPES):
        validated = payloads.validate("truelayer/webhook", body, strict=True)
        assert type(validated).__name__ != "OtherWebhook", body["type"]
