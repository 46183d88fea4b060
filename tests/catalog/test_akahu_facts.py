"""Akahu's facts, typed from its sources: its JavaScript SDK (akahu-io/akahu-sdk-js at
f7dc54af8b35258712b00cbb9ae17cce08e85e1c, v2.5.1: src/models/webhooks.ts, payments.ts,
transfers.ts, accounts.ts, src/errors.ts, src/resources/webhooks.ts and __tests__/) and the parts
read of its Webhooks and Response Formats pages. A webhook is read by its own fields, never as
Plaid's (both send webhook_type and webhook_code); its RSA-SHA256 signature, with the key fetched
by the id a header names, is verified (the spec's fetched_key scheme)."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

import bankcodes
from bankcodes import Category, payloads
from tests.support.cli_here import cli_here
from tests.support.drift_case import saved_copy_drift
from tests.support.helpers import after_decision, provider_module, spec_data

akahu = provider_module("akahu")

SDK = "f7dc54af8b35258712b00cbb9ae17cce08e85e1c"

#: src/models/webhooks.ts: WebhookType and the doc comment of each type's payload union.
WEBHOOK_TYPES = {
    "TOKEN": "An event has occurred relating to a user token.",
    "ACCOUNT": "An event has occurred relating to a users linked account.",
    "TRANSACTION": "An event has occurred relating to transactions on a users linked account.",
    "TRANSFER": "An event has occurred relating to a transfer between a users bank accounts.",
    "PAYMENT": "An event has occurred relating to a payment from a users linked bank account.",
}
#: src/models/webhooks.ts: the webhook_code of every payload type (CancelledPayload to
#: PaymentUpdatePayload), each value once.
WEBHOOK_CODES = {
    "WEBHOOK_CANCELLED", "DELETE", "CREATE", "UPDATE", "MIGRATE", "DEFAULT_UPDATE",
    "INITIAL_UPDATE", "RECEIVED",
}  # fmt: skip
#: CancelledPayload's doc comment.
CANCELLED = (
    "Webhook payload to indicate that the specified webhook has been cancelled. For example, "
    "if the user revokes access to your app."
)
#: src/models/webhooks.ts: WebhookStatus.
WEBHOOK_STATUS = ["SENT", "FAILED", "RETRY"]
#: src/models/payments.ts: PaymentStatus and PaymentStatusCode, in their order.
PAYMENT_STATUS = ["READY", "PENDING_APPROVAL", "PAUSED", "SENT", "DECLINED", "ERROR", "CANCELLED"]
PAYMENT_STATUS_CODE = [
    "INTERNAL_ERROR", "BANK_ERROR", "UNAVAILABLE", "INVALID_ACCOUNT", "INSUFFICIENT_FUNDS",
    "SINGLE_LIMIT_EXCEEDED", "DAILY_LIMIT_EXCEEDED", "AKAHU_LIMIT_EXCEEDED", "MFA_UNSUPPORTED",
    "MULTISIG_UNSUPPORTED", "AUTHENTICATION_FAILED", "MFA_FAILED", "AFTER_HOURS",
    "USER_CANCELLED", "APP_CANCELLED", "AKAHU_CANCELLED",
]  # fmt: skip
#: src/models/transfers.ts: TransferStatus, in its order.
TRANSFER_STATUS = ["READY", "PENDING_APPROVAL", "SENT", "DECLINED", "ERROR", "PAUSED", "CANCELLED"]
#: src/models/accounts.ts, the doc comment of Account.status (lines 229-231).
ACTIVE = "Akahu can sign in and refresh this account."
INACTIVE = (
    "Akahu no longer has access to this account. This may be caused by the user revoking "
    "Akahu's access at the institution or changing their login credentials."
)
#: src/errors.ts: AkahuErrorResponse.oAuthErrorCodeMap.
OAUTH = {
    "invalid_request": "Invalid OAuth request.",
    "unauthorized_client": "This application is not authorized to make this request.",
    "unsupported_response_type": "Unsupported OAuth response type.",
    "invalid_scope": "Unknown or invalid scope.",
    "server_error": "Unknown server error.",
    "temporarily_unavailable": "The authorization server is temporarily unavailable.",
    "invalid_grant": "Invalid OAuth request.",
}
#: __tests__/webhooks.ts, testWebhookPayload (the body the tests sign and validate).
TOKEN_DELETE = {
    "webhook_type": "TOKEN",
    "webhook_code": "DELETE",
    "state": "",
    "item_id": "user_token_1234",
}
#: A PAYMENT UPDATE as PaymentUpdatePayload types it (src/models/webhooks.ts): its status and
#: status_code, with the values of PaymentStatus and PaymentStatusCode.
PAYMENT_DECLINED = {
    "webhook_type": "PAYMENT",
    "webhook_code": "UPDATE",
    "state": "subscription-1",
    "item_id": "payment_1",
    "status": "DECLINED",
    "status_code": "INSUFFICIENT_FUNDS",
    "status_text": "x",
}
#: The Webhooks page (developers.akahu.nz/docs/reference-webhooks, read in part).
DELIVERED = (
    "An HTTP 200 status code must be returned by your endpoint within 5 seconds for Akahu to "
    "recognise the webhook as delivered."
)


def _values(code_set: str) -> list[object]:
    return [c["value"] for c in spec_data()["providers"]["akahu"]["code_sets"][code_set]["codes"]]


def test_the_webhook_types_and_codes_are_the_sdk_s() -> None:
    assert _values("webhook_type") == list(WEBHOOK_TYPES)
    for value, text in WEBHOOK_TYPES.items():
        assert akahu.WebhookType(value).description == text
    assert set(_values("webhook_code")) == WEBHOOK_CODES
    cancelled = akahu.WebhookCode("WEBHOOK_CANCELLED")
    assert cancelled.description == CANCELLED
    assert cancelled.category is Category.CANCELLED
    assert _values("webhook_event_status") == WEBHOOK_STATUS


def test_the_payment_and_transfer_statuses_are_the_sdk_s_unions_in_order() -> None:
    assert _values("payment_status") == PAYMENT_STATUS
    assert _values("payment_status_code") == PAYMENT_STATUS_CODE
    assert _values("transfer_status") == TRANSFER_STATUS
    # The SDK describes none of them: every text is bankcodes' and says so.
    for code_set in ("payment_status", "payment_status_code", "transfer_status"):
        codes = spec_data()["providers"]["akahu"]["code_sets"][code_set]["codes"]
        assert all(c.get("editorial") for c in codes), code_set
    assert akahu.PaymentStatusCode("INSUFFICIENT_FUNDS").category is Category.REJECTED
    assert akahu.PaymentStatusCode("MFA_FAILED").category is Category.MFA_FAILED


def test_an_account_s_status_is_a_connection_state_in_the_sdk_s_words() -> None:
    assert akahu.AccountStatus("ACTIVE").description == ACTIVE
    inactive = akahu.AccountStatus("INACTIVE")
    assert inactive.description == INACTIVE
    assert inactive.category is Category.RECONNECT_REQUIRED
    assert spec_data()["providers"]["akahu"]["code_sets"]["account_status"]["states"] is True


def test_the_oauth_errors_carry_the_sdk_s_texts() -> None:
    assert _values("oauth_error") == list(OAUTH)
    for value, text in OAUTH.items():
        assert akahu.OauthError(value).description == text


def test_a_webhook_is_akahu_s_and_decided_by_its_code() -> None:
    assert payloads.identify(TOKEN_DELETE).kinds == ("akahu/webhook",)
    found = payloads.decisive_code("akahu/webhook", TOKEN_DELETE)
    assert found is not None
    assert (found.path, found.code) == ("$.webhook_code", akahu.WebhookCode("DELETE"))


def test_a_payment_s_status_code_decides_before_its_status() -> None:
    assert payloads.identify(PAYMENT_DECLINED).kinds == ("akahu/webhook",)
    found = payloads.decisive_code("akahu/webhook", PAYMENT_DECLINED)
    assert found is not None
    assert (found.path, found.code) == (
        "$.status_code",
        akahu.PaymentStatusCode("INSUFFICIENT_FUNDS"),
    )
    every = [(f.path, f.code_set) for f in payloads.codes("akahu/webhook", PAYMENT_DECLINED)]
    assert every[:2] == [
        ("$.status_code", "akahu.payment_status_code"),
        ("$.status", "akahu.payment_status"),
    ]


def test_plaid_s_webhook_without_a_state_is_still_plaid_s() -> None:
    """Plaid's webhooks share webhook_type and webhook_code; a body without state stays Plaid's."""
    plaid = {"webhook_type": "TRANSACTIONS", "webhook_code": "DEFAULT_UPDATE", "item_id": "x"}
    assert payloads.identify(plaid).kinds == ("plaid/webhook",)
    assert payloads.identify({**TOKEN_DELETE, "webhook_type": "TRANSFER"}).kinds == (
        "akahu/webhook",
    )


def test_an_oauth_error_is_read_where_the_provider_is_given() -> None:
    body = {"error": "invalid_grant", "error_description": "This code has already been used."}
    assert payloads.identify(body).kind is None
    found = payloads.decisive_code("akahu/oauth-error", body)
    assert found is not None and found.code is akahu.OauthError("invalid_grant")


def test_a_webhook_pasted_into_explain_reads_as_akahu_s() -> None:
    run = cli_here("explain", "-", stdin=json.dumps(PAYMENT_DECLINED))
    lines = after_decision(run.stdout).splitlines()
    assert run.returncode == 0, run.stderr
    assert lines[0] == "akahu/webhook: $.status_code = INSUFFICIENT_FUNDS"
    assert "bankcodes.akahu.PaymentStatusCode.INSUFFICIENT_FUNDS" in lines[2]


def test_the_signature_is_the_sdk_s_rsa_sha256_with_its_key_fetched_by_id() -> None:
    """src/resources/webhooks.ts: crypto.createVerify("sha256") over the body, the signature in
    base64, GET /keys/{id} on api.akahu.io/v1 with { basic: true }, the PEM in the reply's item,
    maxAgeMs 24 * 60 * 60 * 1000, a key id lower than the cached one refused ("has expired");
    README.md: the signature in X-Akahu-Signature, the key id in X-Akahu-Signing-Key."""
    signing = spec_data()["providers"]["akahu"]["signing"]
    assert signing["scheme"] == "fetched_key"
    assert (signing["signature_header"], signing["key_id_header"]) == (
        "X-Akahu-Signature",
        "X-Akahu-Signing-Key",
    )
    assert (signing["algorithm"], signing["encoding"]) == ("RSA-SHA256", "base64")
    assert signing["key_address"] == "https://api.akahu.io/v1/keys/{key_id}"
    assert (signing["key_auth"], signing["key_reply_member"]) == ("basic", "item")
    assert signing["key_max_age_seconds"] == 24 * 60 * 60
    assert signing["lower_key_id_refused"] is True
    assert set(signing["sources"]) == {
        "akahu-sdk-webhooks-resource",
        "akahu-sdk-readme",
        "akahu-sdk-test-webhooks",
    }


def test_a_delivery_is_acknowledged_with_200_within_5_seconds() -> None:
    """The Webhooks page (read in part): DELIVERED; no retry schedule was read."""
    delivery = spec_data()["providers"]["akahu"]["delivery"]
    assert (delivery["success_status"], delivery["timeout_seconds"]) == (200, 5)
    assert delivery["retries"] == dict.fromkeys(
        ("schedule_minutes", "interval_minutes", "max_attempts")
    )
    assert DELIVERED in delivery["notes"] and delivery["payload_kind"] == "akahu/webhook"
    assert "webhooks_undescribed" not in spec_data()["providers"]["akahu"]


def test_the_sdk_s_signed_test_webhook_is_received() -> None:
    """__tests__/webhooks.ts signs JSON.stringify of { webhook_type: 'TOKEN', webhook_code:
    'DELETE', state: '', item_id: 'user_token_1234' } with createSign("sha256") in base64 and
    serves the key as { success: true, item: testPubKey } at /keys/2."""
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import padding, rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    body = json.dumps(TOKEN_DELETE, separators=(",", ":")).encode()
    signature = key.sign(body, padding.PKCS1v15(), hashes.SHA256())
    public = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.PKCS1
    )
    reply = json.dumps({"success": True, "item": public.decode()})
    headers = {
        "X-Akahu-Signature": base64.b64encode(signature).decode(),
        "X-Akahu-Signing-Key": "2",
    }
    event = bankcodes.receive("akahu", body, headers, {"https://api.akahu.io/v1/keys/2": reply})
    assert (event.type, event.code, event.signed) == ("TOKEN", None, True)
    with pytest.raises(bankcodes.SignatureError) as raised:
        bankcodes.receive("akahu", body + b" ", headers, {"https://api.akahu.io/v1/keys/2": reply})
    assert raised.value.reason == "mismatch"


def test_every_source_is_pinned_to_the_sdk_commit_or_a_dated_copy() -> None:
    sources = {k: v for k, v in spec_data()["sources"].items() if k.startswith("akahu-")}
    assert len(sources) == 20
    # The Response Formats pages (the current one, and the earlier site's) and the changelog's
    # entry on the 401 were read in stored excerpts that were not kept: unpinned, each saying
    # what was read.
    unpinned = {
        "akahu-changelog-response-codes": "https://developers.akahu.nz/changelog/",
        "akahu-docs-response-formatting": "https://developers.akahu.nz/docs/",
        "akahu-docs-response-formatting-legacy": "https://developers.akahu.io/reference/",
        "akahu-docs-data-refreshes": "https://developers.akahu.nz/docs/",
    }
    for key, source in sources.items():
        if source["kind"] == "repo":
            assert source["commit"] == SDK, key
            assert f"/akahu-io/akahu-sdk-js/blob/{SDK}/" in source["url"], key
        elif key in unpinned:
            assert source["url"].startswith(unpinned[key]), key
            assert source["unpinned"] and source["read_in_part"], key
        else:
            assert source["url"].startswith("https://developers.akahu.nz/docs/"), key
            assert len(source["sha256"]) == 64 and source["retrieved"], key
    # The rate limits page was read to its end ("Updated 6 months ago"); the others in part.
    partial = sorted(k for k, v in sources.items() if v["kind"] == "doc" and v.get("read_in_part"))
    assert partial == [
        "akahu-changelog-response-codes",
        "akahu-docs-data-refreshes",
        "akahu-docs-oauth2",
        "akahu-docs-reference-webhooks",
        "akahu-docs-response-formatting",
        "akahu-docs-response-formatting-legacy",
        "akahu-docs-user-management",
    ]


def test_consent_ends_with_an_inactive_account_or_a_cancelled_webhook() -> None:
    consent = spec_data()["providers"]["akahu"]["consent"]
    ended = [(e["code_set"], e["code"]) for e in consent["ended_by"]]
    assert ended == [("account_status", "INACTIVE"), ("webhook_code", "WEBHOOK_CANCELLED")]
    assert "max_days" not in consent and consent["read_in_part"]


def test_its_data_refresh_intervals_are_the_data_refreshes_page_s() -> None:
    # Data Refreshes: "By default this is once per 24 hours, meaning that account data served
    # from the API will be at-most 24 hours old"; party data "is refreshed on a fixed 30 day
    # interval regardless of the scheduled or manual refreshes".
    lifetimes = spec_data()["providers"]["akahu"]["lifetimes"]
    found = [(item["of"], item["seconds"]) for item in lifetimes["lifetimes"]]
    assert found == [("data_refresh", 24 * 3600), ("data_refresh", 30 * 24 * 3600)]
    assert lifetimes["read_in_part"]
    # src/models/accounts.ts: the refreshed timestamps, one per kind of data.
    assert "refreshed.balance" in lifetimes["notes"]


def _payments_ts(extra: str | None = None) -> str:
    """An excerpt of src/models/payments.ts: its two unions, as the file writes them."""
    codes = [*PAYMENT_STATUS_CODE, *([extra] if extra else [])]
    union = "\n".join(f'  | "{value}"' for value in codes)
    statuses = "\n".join(f'  | "{value}"' for value in PAYMENT_STATUS)
    return (
        f"export type PaymentStatus =\n{statuses};\n\nexport type PaymentStatusCode =\n{union};\n"
    )


def test_drift_reads_the_sdk_s_unions(tmp_path: Path) -> None:
    out = saved_copy_drift(
        tmp_path / "payments.ts",
        "akahu-sdk-payments",
        _payments_ts(),
        _payments_ts("LIMIT_REACHED"),
    )
    assert "akahu.payment_status_code LIMIT_REACHED" in out
