"""Tink's facts, typed from its sources: Tink Link's Android SDK 3.0.0 (tink-link-android at
6b897ee3b9ecec90a4c31ae4597411fc60dded5e, its dokka pages of ErrorStatus, AuthenticationErrorType
and the reason enums), the iOS SDK (tink-link-ios at 25cb4245982d759a8569e98b9ab33278d6b342c3),
Tink Core iOS (tink-core-ios at 42fd3b044dfd7dced8eebe95ab1a257424a25c78), the legacy API's
swagger (tink-core-android at e2202bb6892e5310feaf5fa51a35714302ddb7b0) and the parts read of the
Transactions errors and Business Transactions webhooks pages, and the Webhook signature validation
and Set up webhooks pages (read whole in a third party's copy). A Tink Link error is decided by its
reason before its status; a webhook is signed t=…,v1=… in X-Tink-Signature."""

from __future__ import annotations

import datetime
import hashlib
import hmac
import json
from pathlib import Path

import pytest

import bankcodes
from bankcodes import Category, payloads, signatures
from tests.support.drift_case import saved_copy_drift
from tests.support.helpers import provider_module, spec_data

tink = provider_module("tink")

LINK_ANDROID = "6b897ee3b9ecec90a4c31ae4597411fc60dded5e"
LINK_IOS = "25cb4245982d759a8569e98b9ab33278d6b342c3"
CORE_IOS = "42fd3b044dfd7dced8eebe95ab1a257424a25c78"
CORE_ANDROID = "e2202bb6892e5310feaf5fa51a35714302ddb7b0"

#: tink-link-android, ErrorStatus (dokka): each entry and its description.
STATUSES = {
    "USER_CANCELLED": "The end user canceled the journey. This status should not be considered as "
    "an error.",
    "BAD_REQUEST": "The error is most likely a result of an incorrect or missing URL parameter.",
    "AUTHENTICATION_ERROR": "The error occurred during the authentication process with the bank.",
    "TEMPORARY_ERROR": "A temporary error in Tink's platform. To resolve this, try again later.",
    "INTERNAL_ERROR": "An unexpected internal error in Tink's platform.",
}
#: tink-link-android, AuthenticationErrorType (dokka).
TYPES = [
    "TINK_SIDE_ERROR", "PROVIDER_ERROR", "USER_LOGIN_ERROR", "AUTHORIZATION_ERROR",
    "ACCOUNT_INFORMATION_ERROR",
]  # fmt: skip
#: The number of entries of each reason enum of tink-link-android (BadRequestErrorReason with
#: the iOS SDK's invalidParameterInputGroup, which Android 3.0.0 does not list).
REASONS_PER_GROUP = {
    "bad_request": 28,
    "temporary_error": 4,
    "internal_error": 27,
    "user_login_error": 8,
    "authorization_error": 3,
    "provider_error": 2,
    "tink_side_error": 3,
    "account_information_error": 1,
}
#: AuthorizationErrorReason.SESSION_EXPIRED (dokka).
SESSION_EXPIRED = (
    "Access/Refresh-token combo is expired, requires re-authentication. Should only happen if the "
    "user is not present. When user is in fact present, Tink automatically goes into "
    "re-authentication flow."
)
#: BadRequestErrorReason.INVALID_STATE_REFRESH_CREDENTIALS_RATE_LIMITED (dokka).
RATE_LIMITED = (
    "An excessive amount of API requests has been made for an app. For more information, see "
    "Rate limits."
)
#: The legacy API's swagger, Credentials.status, in its order.
CREDENTIALS = [
    "CREATED", "AUTHENTICATING", "AWAITING_MOBILE_BANKID_AUTHENTICATION",
    "AWAITING_SUPPLEMENTAL_INFORMATION", "UPDATING", "UPDATED", "AUTHENTICATION_ERROR",
    "TEMPORARY_ERROR", "PERMANENT_ERROR", "AWAITING_THIRD_PARTY_APP_AUTHENTICATION", "DELETED",
    "SESSION_EXPIRED",
]  # fmt: skip
#: The swagger's Provider.status and TransferResponse.status, in their order.
PROVIDER_STATUS = ["ENABLED", "TEMPORARY_DISABLED", "DISABLED"]
TRANSFER_STATUS = ["AWAITING_CREDENTIALS", "CREATED", "SENT", "FAILED", "CANCELLED", "UNKNOWN"]
#: tink-core-ios, HTTPStatusCodeError / ServiceError: the statuses it maps.
LEGACY_STATUSES = ["400", "401", "403", "404", "409", "412", "429", "451", "500"]
#: The iOS binary's cancel callback: tink://callback?error=USER_CANCELLED&error_reason=USER_CANCELLED.
CANCELLED = {"error": "USER_CANCELLED", "error_reason": "USER_CANCELLED"}
#: An expired session as Tink Link returns it: the keys of the Transactions errors page, the status
#: AUTHENTICATION_ERROR (ErrorStatus) and the reason SESSION_EXPIRED (AuthorizationErrorReason).
EXPIRED = {"error": "AUTHENTICATION_ERROR", "error_reason": "SESSION_EXPIRED", "message": "x"}


def _provider() -> dict[str, object]:
    data: dict[str, object] = spec_data()["providers"]["tink"]
    return data


def test_the_link_statuses_are_the_sdk_s_in_its_words() -> None:
    assert [m.value for m in tink.LinkErrorStatus] == list(STATUSES)
    for value, text in STATUSES.items():
        assert tink.LinkErrorStatus(value).description == text, value
    assert tink.LinkErrorStatus("USER_CANCELLED").category is Category.CANCELLED
    assert [m.value for m in tink.LinkErrorType] == TYPES


def test_every_reason_enum_is_a_group_of_its_own_size() -> None:
    codes = spec_data()["providers"]["tink"]["code_sets"]["link_error_reason"]["codes"]
    for group, size in REASONS_PER_GROUP.items():
        assert sum(1 for c in codes if c.get("group") == group) == size, group
    assert tink.LinkErrorReason("SESSION_EXPIRED").description == SESSION_EXPIRED
    limited = tink.LinkErrorReason("INVALID_STATE_REFRESH_CREDENTIALS_RATE_LIMITED")
    assert limited.description == RATE_LIMITED
    assert limited.category is Category.RATE_LIMITED
    # The iOS SDK alone lists invalidParameterInputGroup.
    assert tink.LinkErrorReason("INVALID_PARAMETER_INPUT_GROUP").info.sources[0].id == (
        "tink-ios-docc-inputgroup"
    )


def test_a_cancel_callback_is_tink_s_and_decided_by_its_reason() -> None:
    assert payloads.identify(CANCELLED).kinds == ("tink/link-error",)
    found = payloads.decisive_code("tink/link-error", CANCELLED)
    assert found is not None
    assert (found.path, found.code) == ("$.error_reason", tink.LinkErrorReason("USER_CANCELLED"))


def test_an_expired_session_s_reason_decides_before_its_status() -> None:
    assert payloads.identify(EXPIRED).kinds == ("tink/link-error",)
    every = [(f.path, f.code_set) for f in payloads.codes("tink/link-error", EXPIRED)]
    assert every == [
        ("$.error_reason", "tink.link_error_reason"),
        ("$.error", "tink.link_error_status"),
    ]
    decision = bankcodes.decide(EXPIRED, provider="tink")
    assert decision.code is not None
    assert decision.code.code is tink.LinkErrorReason("SESSION_EXPIRED")
    # "requires re-authentication": the user renews the consent.
    assert (decision.next_step, decision.actor) == ("renew_consent", "end_user")


def test_the_credentials_statuses_are_states_in_the_swagger_s_order() -> None:
    assert [m.value for m in tink.CredentialsStatus] == CREDENTIALS
    assert spec_data()["providers"]["tink"]["code_sets"]["credentials_status"]["states"] is True
    expired = tink.CredentialsStatus("SESSION_EXPIRED")
    assert "sessionExpiryDate" in expired.description
    assert expired.category is Category.SESSION_EXPIRED


def test_a_legacy_error_body_is_read_by_its_error_code() -> None:
    assert [m.value for m in tink.LegacyErrorCode] == LEGACY_STATUSES
    assert [m.value for m in tink.ProviderStatus] == PROVIDER_STATUS
    assert [m.value for m in tink.TransferStatus] == TRANSFER_STATUS
    body = {"errorCode": "429", "errorMessage": "x"}
    # errorCode and errorMessage are Yodlee's and UAE Open Finance's fields too, and an HTTP
    # status tells no provider: the body is Tink's where the reader is told so.
    assert payloads.identify(body).kind is None
    assert payloads.identify(body, provider="tink").kinds == ("tink/legacy-error",)
    found = payloads.decisive_code("tink/legacy-error", body)
    assert found is not None and found.code is tink.LegacyErrorCode("429")
    assert found.code.category is Category.RATE_LIMITED
    # errorCode alone is read as Tink's only where the provider is given.
    assert payloads.identify({"errorCode": "429"}).kind is None


#: Webhook signature validation (docs.tink.com/resources/api-setup/webhook-signature-validation,
#: read whole in a third party's Markdown copy exported 2026-01-13): the header, the signed string
#: (the timestamp, a dot, the body as received) and the page's worked example, each as printed.
SIGNATURE_HEADER = "X-Tink-Signature"
PAGE_SECRET = "top_secret_top_secret_top_secret"
PAGE_TIMESTAMP = 1620198421
PAGE_BODY = '{"context": {...}, "event": "...",  "content": {...}}'
PAGE_SIGNATURE = "3808bca389150582fd78bdb5e3dfcf46f99ff168d37d60cdc13da7c5e49abefb"
#: "Consider keeping the threshold at no less than 5 minutes".
THRESHOLD = 300
#: Set up webhooks for your app (docs.tink.com/resources/api-setup/webhooks, read whole in the
#: same third party's copy): the available events, in the page's order, and its example message.
EVENTS = [
    "account-transactions:modified", "account-booked-transactions:modified", "account:created",
    "account:updated", "refresh:finished", "actionable-insights:created", "payment:updated",
    "mandate-payment:updated",
]  # fmt: skip
MESSAGE = {
    "context": {
        "externalUserId": "f1b3688c649946cc8ee163d1554e853e",
        "userId": "3db31bdcc75555c4f0b8952984a9bd4f",
    },
    "content": {
        "credentialsId": "9sd7f9kak102783dkd11j242hmhja8",
        "credentialsStatus": "STATUS_UPDATED",
        "finished": 1618395156625,
        "sessionExpiryDate": 1654623101000,
        "source": "OPERATION_SOURCE_BACKGROUND",
        "status": "STATUS_UPDATED",
    },
    "event": "refresh:finished",
}


def _tink_header(body: bytes, secret: str, stamp: int) -> str:
    """The page's steps: "timestamp" + "." + body, HMAC-SHA256 with the secret, hex."""
    digest = hmac.new(secret.encode(), str(stamp).encode() + b"." + body, hashlib.sha256)
    return f"t={stamp},v1={digest.hexdigest()}"


def test_the_signing_is_the_page_s() -> None:
    scheme = spec_data()["providers"]["tink"]["signing"]
    assert (scheme["scheme"], scheme["headers"], scheme["algorithm"]) == (
        "hmac", [SIGNATURE_HEADER], "sha256",
    )  # fmt: skip
    stamped = scheme["timestamp"]
    assert (stamped["timestamp_label"], stamped["signature_label"], stamped["separator"]) == (
        "t", "v1", ".",
    )  # fmt: skip
    assert stamped["tolerance_seconds"] == THRESHOLD
    assert "webhooks_undescribed" not in spec_data()["providers"]["tink"]


def test_the_page_s_worked_example_verifies_within_the_threshold() -> None:
    header = {SIGNATURE_HEADER: f"t={PAGE_TIMESTAMP},v1={PAGE_SIGNATURE}"}
    assert _tink_header(PAGE_BODY.encode(), PAGE_SECRET, PAGE_TIMESTAMP) == header[SIGNATURE_HEADER]
    at = PAGE_TIMESTAMP + THRESHOLD - 1
    assert signatures.verify("tink", PAGE_BODY, header, PAGE_SECRET, now=at) == SIGNATURE_HEADER
    with pytest.raises(signatures.SignatureError) as late:
        signatures.verify(
            "tink", PAGE_BODY, header, PAGE_SECRET, now=PAGE_TIMESTAMP + THRESHOLD + 1
        )
    assert late.value.reason == "stale_timestamp"
    with pytest.raises(signatures.SignatureError) as forged:
        signatures.verify("tink", PAGE_BODY + " ", header, PAGE_SECRET, now=at)
    assert forged.value.reason == "mismatch"


def test_sign_writes_the_header_the_page_describes() -> None:
    body = json.dumps(MESSAGE).encode()
    signed = signatures.sign("tink", body, "s", now=PAGE_TIMESTAMP)
    assert signed == {SIGNATURE_HEADER: _tink_header(body, "s", PAGE_TIMESTAMP)}


def test_receive_verifies_and_reads_the_page_s_message() -> None:
    body = json.dumps(MESSAGE).encode()
    headers = {SIGNATURE_HEADER: _tink_header(body, "s", PAGE_TIMESTAMP)}
    now = datetime.datetime.fromtimestamp(PAGE_TIMESTAMP + 5, tz=datetime.UTC)
    event = bankcodes.receive("tink", body, headers, "s", now=now)
    assert event.signed is True
    assert event.type is tink.WebhookEvent("refresh:finished")
    assert payloads.identify(MESSAGE).kinds == ("tink/webhook",)
    with pytest.raises(signatures.SignatureError):
        bankcodes.receive("tink", body, headers, "other", now=now)


def test_the_events_are_the_page_s_list() -> None:
    codes = spec_data()["providers"]["tink"]["code_sets"]["webhook_event"]["codes"]
    assert [c["value"] for c in codes] == EVENTS
    assert {c["category"] for c in codes} == {"informational"}


def test_every_repository_source_is_pinned_to_its_commit() -> None:
    commits = {
        "tink-ab/tink-link-android": LINK_ANDROID,
        "tink-ab/tink-link-ios": LINK_IOS,
        "tink-ab/tink-core-ios": CORE_IOS,
        "tink-ab/tink-core-android": CORE_ANDROID,
    }
    sources = {k: v for k, v in spec_data()["sources"].items() if k.startswith("tink-")}
    for key, source in sources.items():
        if source["kind"] == "repo":
            repo = "/".join(source["url"].split("/")[3:5])
            assert source["commit"] == commits[repo], key
            assert f"/blob/{commits[repo]}/" in source["url"], key
        else:
            assert source["url"].startswith("https://docs.tink.com/resources/"), key
            assert len(source["sha256"]) == 64, key
            whole = key in {"tink-docs-webhook-signature-validation", "tink-docs-webhooks"}
            assert ("read_in_part" in source) is not whole, key


def _swagger(extra: str | None = None) -> str:
    """An excerpt of rest/swagger.json: the status enums of Credentials, Provider and
    TransferResponse."""

    def status(values: list[str]) -> dict[str, object]:
        return {"properties": {"status": {"type": "string", "enum": values}}}

    definitions = {
        "Credentials": status([*CREDENTIALS, *([extra] if extra else [])]),
        "Provider": status(PROVIDER_STATUS),
        "TransferResponse": status(TRANSFER_STATUS),
    }
    # Every error status an operation lists among its responses, as one operation here.
    responses = {status: {"description": "An error"} for status in SWAGGER_ERRORS}
    paths = {"/api/v1/credentials/list": {"get": {"responses": responses}}}
    return json.dumps({"swagger": "2.0", "paths": paths, "definitions": definitions})


#: The error statuses the swagger's operations list among their responses, in the order first
#: listed: the texts an error body's errorCode holds.
SWAGGER_ERRORS = ("400", "500", "404", "409", "401", "412", "451", "403")


def test_drift_reads_the_swagger_s_credentials_statuses(tmp_path: Path) -> None:
    source = "tink-core-android-swagger"
    copy = tmp_path / "swagger.json"
    out = saved_copy_drift(copy, source, _swagger(), _swagger("CONSENT_REVOKED"))
    assert "tink.credentials_status CONSENT_REVOKED" in out


def test_every_credentials_status_stands_for_a_connection_state() -> None:
    """The status set's check for a provider added after the decision facts' list."""
    for member in tink.CredentialsStatus:
        info = member.info
        assert (info.state or info.category.info.state) is not None, member.value
    assert tink.CredentialsStatus("SESSION_EXPIRED").info.state == "consent_ended"
