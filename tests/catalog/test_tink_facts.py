"""Tink's facts, typed from its sources: Tink Link's Android SDK 3.0.0 (tink-link-android at
6b897ee3b9ecec90a4c31ae4597411fc60dded5e, its dokka pages of ErrorStatus, AuthenticationErrorType
and the reason enums), the iOS SDK (tink-link-ios at 25cb4245982d759a8569e98b9ab33278d6b342c3),
Tink Core iOS (tink-core-ios at 42fd3b044dfd7dced8eebe95ab1a257424a25c78), the legacy API's
swagger (tink-core-android at e2202bb6892e5310feaf5fa51a35714302ddb7b0) and the parts read of the
Transactions errors and Business Transactions webhooks pages. A Tink Link error is decided by its
reason before its status; webhooks are not described, as their signature was not read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import bankcodes
from bankcodes import Category, payloads
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
    assert payloads.identify(body).kinds == ("tink/legacy-error",)
    found = payloads.decisive_code("tink/legacy-error", body)
    assert found is not None and found.code is tink.LegacyErrorCode("429")
    assert found.code.category is Category.RATE_LIMITED
    # errorCode alone is read as Tink's only where the provider is given.
    assert payloads.identify({"errorCode": "429"}).kind is None


def test_receive_says_tink_s_webhooks_are_not_described() -> None:
    provider = _provider()
    assert "signing" not in provider and "delivery" not in provider
    undescribed = spec_data()["providers"]["tink"]["webhooks_undescribed"]
    assert "Webhook signature validation" in undescribed["reason"]
    assert undescribed["sources"][0] == "tink-docs-bt-webhooks"
    with pytest.raises(bankcodes.ConfigurationError, match="does not describe how"):
        bankcodes.receive("tink", json.dumps(CANCELLED).encode(), {}, None)


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
            assert len(source["sha256"]) == 64 and source["read_in_part"], key


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
    return json.dumps({"swagger": "2.0", "definitions": definitions})


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
