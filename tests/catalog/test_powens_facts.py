"""Powens' facts, typed from its sources: its Kotlin SDK (powenscompany/powens-sdks at
42bee70d74b5d0f1148860025ef8eb769a72fa5c: lib/specs/core.yml, lib/specs/connections.yml,
ConnectionState.kt, ServiceErrorCode.kt, WebviewErrorCode.kt and WebviewCallbacks.kt) and the parts
read of its Errors, Webview error message and Webhooks pages. A connection is read by its own
fields and decided by its state; an error body is Powens' by its description beside its code, never
Belvo's; webhooks are not described, as their authentication was not read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import bankcodes
from bankcodes import Category, payloads
from tests.support.drift_case import saved_copy_drift
from tests.support.helpers import provider_module, spec_data

powens = provider_module("powens")

SDK = "42bee70d74b5d0f1148860025ef8eb769a72fa5c"

#: connections.yml, ConnectionState: each value and its description, in the enum's order.
STATES = {
    "SCARequired": "An SCA process must be performed to resume the synchronization process.",
    "webauthRequired": "A web-based authentication process is required using the /webauth "
    "endpoint.",
    "additionalInformationNeeded": "Additional information is needed to resume synchronization, "
    "such as an OTP. Connections in this state have a `fields` property.",
    "decoupled": "User validation is required on a third-party app or device (ex: digital key).",
    "validating": "User validation is being processed on our side. This state is temporary.",
    "actionNeeded": "An action is needed on the website by the user, synchronization is blocked.",
    "passwordExpired": "The password has expired and needs to be changed by the user before the "
    "synchronization can be retried.",
    "wrongpass": "The authentication on website has failed and new credentials must be obtained "
    "from the user. Connections in this state have a `fields` property.",
    "rateLimiting": "The target website or API is temporarily blocking synchronizations due to "
    "rate limiting.",
    "websiteUnavailable": "The connector website or API is unavailable.",
    "bug": "An internal error has occurred during the synchronization.",
}
#: The Webview's Error message page (English), "User message example" of its first five rows.
USER_MESSAGES = {
    "SCARequired": "Your institution requires a new step for validating your credentials. Please "
    "follow this link to update them.",
    "webauthRequired": "Your institution is requesting a new step to validate your credentials. "
    "Please follow this link to update them.",
    "additionalInformationNeeded": "A one-time use code is required to complete your strong "
    "authentication. Please follow this link to enter it.",
    "decoupled": "You need to complete strong authentication from your bank's application.",
    "validating": "We are waiting for the bank's validation to synchronize the connection.",
}
#: core.yml, ServiceErrorCode, in its order.
SDK_ERRORS = [
    "noAccount", "wrongpass", "websiteUnavailable", "tooManySync", "connectionLocked",
    "bankMessage", "actionNeeded", "bug", "notSupported", "config", "keymanager", "dataError",
    "forbidden",
]  # fmt: skip
#: The Errors page, Common error codes: the codes and their descriptions.
PAGE_ERRORS = {
    "connectionLocked": "For all services in relation with a sub-connection resource, this error "
    "indicates that the connection is in a readonly state.",
    "missingParameter": "A required parameter was omitted in the request.",
    "invalidValue": "The request is invalid, because of an unacceptable parameter or body "
    "property. Details are provided in the description.",
    "methodNotAllowed": "An API endpoint was called with an unsupported HTTP method.",
    "bug": "An internal error occurred.",
}
#: WebviewErrorCode.kt, in its order.
WEBVIEW = ["access_denied", "server_error", "tos_declined", "session_expired"]
#: A connection as connections.yml's Connection types it: its required id, id_connector, created
#: (sql-date-time) and active, and the state SCARequired with its deprecated twin error.
SCA = {
    "id": 7,
    "id_connector": 40,
    "created": "2024-03-01 10:00:00",
    "active": True,
    "state": "SCARequired",
    "error": "SCARequired",
    "error_message": None,
}
#: ServiceError (core.yml) with every field of the Errors page's Error object.
WRONGPASS = {"code": "wrongpass", "description": "x", "message": None, "request_id": 12}


def _codes(code_set: str) -> list[dict[str, object]]:
    codes: list[dict[str, object]] = spec_data()["providers"]["powens"]["code_sets"][code_set][
        "codes"
    ]
    return codes


def test_the_connection_states_are_the_sdk_s_in_its_words() -> None:
    assert [m.value for m in powens.ConnectionState] == list(STATES)
    for value, text in STATES.items():
        assert powens.ConnectionState(value).description == text, value
    assert spec_data()["providers"]["powens"]["code_sets"]["connection_state"]["states"] is True


def test_the_webview_s_user_messages_where_the_page_was_read() -> None:
    for code in _codes("connection_state"):
        assert code.get("user_message") == USER_MESSAGES.get(str(code["value"])), code["value"]


def test_the_error_codes_are_the_sdk_s_and_the_page_s() -> None:
    values = [c["value"] for c in _codes("error_code")]
    assert values[: len(SDK_ERRORS)] == SDK_ERRORS
    assert set(values) == set(SDK_ERRORS) | set(PAGE_ERRORS)
    for value, text in PAGE_ERRORS.items():
        assert powens.ErrorCode(value).description == text, value
    # The SDK lists the others without describing them: bankcodes' words, said so.
    for code in _codes("error_code"):
        if code["value"] not in PAGE_ERRORS and code["value"] != "noAccount":
            assert code.get("editorial") is True, code["value"]
    assert [m.value for m in powens.WebviewError] == WEBVIEW


def test_an_sca_connection_is_decided_by_its_state_for_the_user_to_reconnect() -> None:
    assert payloads.identify(SCA).kinds == ("powens/connection",)
    every = [(f.path, f.code_set) for f in payloads.codes("powens/connection", SCA)]
    assert every[0] == ("$.state", "powens.connection_state")
    decision = bankcodes.decide(SCA, provider="powens")
    assert decision.code is not None
    assert decision.code.code is powens.ConnectionState("SCARequired")
    assert (decision.next_step, decision.actor) == ("reconnect", "end_user")


def test_an_error_body_is_powens_and_never_belvo_s() -> None:
    assert payloads.identify(WRONGPASS).kinds == ("powens/error",)
    found = payloads.decisive_code("powens/error", WRONGPASS)
    assert found is not None and found.code is powens.ErrorCode("wrongpass")
    assert found.code.category is Category.CREDENTIALS_INVALID
    # Belvo's error object, from its errors page: never Powens's; Belvo's once Belvo is named
    # (its code, required, is one other APIs send too).
    belvo = {"request_id": "a6e1", "message": "This field is required.", "code": "required"}
    assert payloads.identify(belvo).kinds == ()
    assert payloads.identify(belvo, "belvo").kinds == ("belvo/api-error",)
    # code and description alone are Powens' only where the provider is given.
    assert payloads.identify({"code": "bug", "description": "x"}).kind is None


def test_receive_says_powens_webhooks_are_not_described() -> None:
    provider = spec_data()["providers"]["powens"]
    assert "signing" not in provider and "delivery" not in provider
    reason = provider["webhooks_undescribed"]["reason"]
    assert "Authentication" in reason and "CONNECTION_SYNCED" in reason
    with pytest.raises(bankcodes.ConfigurationError, match="does not describe how"):
        bankcodes.receive("powens", json.dumps(SCA).encode(), {}, None)


def test_consent_ends_with_sca_required_and_no_lifetime_is_claimed() -> None:
    consent = spec_data()["providers"]["powens"]["consent"]
    assert [(e["code_set"], e["code"]) for e in consent["ended_by"]] == [
        ("connection_state", "SCARequired")
    ]
    assert "max_days" not in consent and consent["read_in_part"]
    assert "rate_limits" not in spec_data()["providers"]["powens"]


def test_every_source_is_pinned_to_the_sdk_commit_or_a_dated_copy() -> None:
    sources = {k: v for k, v in spec_data()["sources"].items() if k.startswith("powens-")}
    assert len(sources) == 10
    for key, source in sources.items():
        if source["kind"] == "third-party":
            # A client's test of Budget Insight's API, pinned to its commit.
            assert f"/blob/{source['commit']}/" in source["url"], key
        elif source["kind"] == "repo":
            assert source["commit"] == SDK, key
            assert f"/powenscompany/powens-sdks/blob/{SDK}/" in source["url"], key
        else:
            assert source["url"].startswith("https://docs.powens.com/"), key
            assert len(source["sha256"]) == 64 and source["read_in_part"], key


def _core_yml(extra: str | None = None) -> str:
    """An excerpt of lib/specs/core.yml: ServiceErrorCode, as the file writes it."""
    values = "".join(f"        - {v}\n" for v in [*SDK_ERRORS, *([extra] if extra else [])])
    return (
        "components:\n  schemas:\n    ServiceErrorCode:\n      type: string\n"
        f"      description: An error code.\n      enum:\n{values}"
    )


def test_drift_reads_the_sdk_s_error_code_enum(tmp_path: Path) -> None:
    out = saved_copy_drift(
        tmp_path / "core.yml", "powens-sdk-core-yml", _core_yml(), _core_yml("tooManyRequests")
    )
    assert "powens.error_code tooManyRequests" in out


def test_every_connection_state_stands_for_a_connection_state() -> None:
    """The status set's check for a provider added after the decision facts' list."""
    for member in powens.ConnectionState:
        info = member.info
        assert (info.state or info.category.info.state) is not None, member.value
    assert powens.ConnectionState("SCARequired").info.category is Category.RECONNECT_REQUIRED
