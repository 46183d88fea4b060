"""Argyle's account connection status and deposit switch statuses and errors as its OpenAPI
document publishes them (api.yaml of docs.argyle.com, read in the copy api-evangelist/argyle
keeps: openapi/_original/argyle-api-openapi.yml at 5ea127841f80369de437adb6d3cae722d263e0eb):
the enums of components/schemas/Account/properties/connection/properties/status and
direct_deposit_switch/properties/status and error_code, compared whole with the catalog's code
sets, with the descriptions the document gives the statuses."""

from __future__ import annotations

from bankcodes import UnknownCode, argyle

COPY = (
    "https://github.com/api-evangelist/argyle/blob/5ea127841f80369de437adb6d3cae722d263e0eb/"
    "openapi/_original/argyle-api-openapi.yml"
)

#: Account.connection.status, each with the text the document's description gives it.
CONNECTION = {
    "connecting": (
        "The user submitted new or revised login credentials through Link and Argyle is "
        "establishing the connection."
    ),
    "connected": (
        "An account connection was successfully made. See the `availability` object for "
        "updates on initial data retrieval."
    ),
    "error": "An account connection error has occurred. Data refreshes have been paused.",
}

#: Account.direct_deposit_switch.status, each with its text.
SWITCH = {
    "idle": "The deposit switch process has not started.",
    "awaiting_confirmation": (
        'The user started the deposit switch flow in Link but has not clicked "Confirm".'
    ),
    "awaiting_user_action": (
        "The user has confirmed the deposit switch but needs to complete a multi-factor "
        "authentication (MFA) step."
    ),
    "awaiting_connection": "Argyle is connecting to the user's payroll system.",
    "scanning": (
        "Argyle is scanning the user's existing direct deposits before initiating the deposit "
        "switch."
    ),
    "updating": "The deposit switch is in progress.",
    "success": "The deposit switch was successful.",
    "error": "A deposit switch error occurred, and the deposit switch could not be completed.",
}

#: Account.direct_deposit_switch.error_code, in the document's order (no text for any).
ERRORS = [
    "account_invalid",
    "account_closed",
    "account_blocked",
    "confirmation_expired",
    "confirmation_invalid",
    "confirmation_timeout",
    "deposit_account_mismatch",
    "deposit_destination_unsupported",
    "employer_unsupported",
    "employer_account_invalid",
    "employer_account_closed",
    "employer_account_blocked",
    "employer_confirmation_invalid",
    "internal_server_error",
    "invalid_request",
    "item_invalid",
    "name_mismatch",
    "payroll_account_mismatch",
    "temporarily_unavailable",
    "terminate_flow",
    "unauthorized",
    "unexpected",
    "user_input_required",
]


def test_the_statuses_are_the_enums_whole_in_argyles_words() -> None:
    for code_set, texts in (
        (argyle.AccountConnectionStatus, CONNECTION),
        (argyle.DepositSwitchStatus, SWITCH),
    ):
        assert [m.value for m in code_set] == list(texts)
        for value, text in texts.items():
            member = code_set(value)
            assert member.description == text, value
            wording = member.info.whose("description")
            assert wording is not None and wording.by == "provider", value
            assert COPY in [s.url for s in member.info.sources], value


def test_the_errors_are_the_enum_whole_described_in_bankcodes_words() -> None:
    assert len(ERRORS) == 23
    assert [m.value for m in argyle.DepositSwitchError] == ERRORS
    for value in ERRORS:
        member = argyle.DepositSwitchError(value)
        assert member.info.editorial, value
        wording = member.info.whose("description")
        assert wording is not None and wording.by == "bankcodes", value
    assert isinstance(argyle.DepositSwitchError.parse("account_frozen"), UnknownCode)


def test_the_categories_follow_what_each_code_says() -> None:
    status = {m.value: m.category.value for m in argyle.DepositSwitchStatus}
    # "needs to complete a multi-factor authentication (MFA) step"; "was successful".
    assert status["awaiting_user_action"] == "mfa_required"
    assert status["success"] == "success"
    assert argyle.AccountConnectionStatus("connecting").category.value == "pending"
    error = {m.value: m.category.value for m in argyle.DepositSwitchError}
    assert error["temporarily_unavailable"] == "institution_unavailable"
    assert error["account_closed"] == "account_unavailable"
    assert error["user_input_required"] == "user_action_required"
