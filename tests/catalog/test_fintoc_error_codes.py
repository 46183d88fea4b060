"""Fintoc's API error codes as its Ruby client's classes imply them, and the Dashboard's error
reasons, typed from their sources: fintoc-ruby 1.2.0 (fintoc-com/fintoc-ruby at
b4c624495dd3114d44c16a94e6b4f40372be12ad: lib/fintoc/errors.rb, lib/fintoc/base_client.rb,
lib/fintoc/utils.rb) and docs.fintoc.com's Error Reasons page (docs/error-reasons), as the
sources of spec/catalog.json pin them."""

from __future__ import annotations

from typing import Any

import bankcodes
from tests.catalog.test_fintoc_facts import ERROR_REASONS
from tests.support.helpers import provider_module, spec_data

fintoc = provider_module("fintoc")


def _values(enum: Any) -> list[Any]:
    return [member.value for member in enum]


#: lib/fintoc/errors.rb (fintoc-ruby 1.2.0, b4c6244): the classes under each HTTP status
#: comment, in the file's order ("# 400 Bad Request Errors" to "# 500 Internal Server Errors").
RUBY_CLASSES: dict[int, list[str]] = {
    400: [
        "InvalidRequestError", "InvalidCurrencyError", "InvalidAmountError",
        "InvalidAccountTypeError", "InvalidAccountNumberError", "InvalidAccountStatusError",
        "InvalidAccountBalanceError", "InvalidInstitutionIdError", "CurrencyMismatchError",
        "InvalidCommentSizeError", "InvalidReferenceIdSizeError", "MissingParameterError",
        "InvalidPositiveIntegerError", "EmptyStringError", "InvalidStringSizeError",
        "InvalidHashError", "InvalidBooleanError", "InvalidArrayError", "InvalidIntegerError",
        "InvalidJsonError", "InvalidParamsError", "MissingCursorError", "InvalidEnumError",
        "InvalidStringError", "InvalidUsernameError", "InvalidLinkTokenError", "InvalidDateError",
        "InvalidHolderIdError", "InvalidCardNumberError", "InvalidProductError",
        "InvalidWebhookSubscriptionError", "InvalidIssueTypeError", "InvalidRefreshTypeError",
        "InvalidBusinessProfileTaxIdError", "InvalidSessionHolderIdError",
        "InvalidPaymentRecipientAccountError", "InvalidPayoutRecipientAccountError",
        "InvalidWidgetTokenError", "InvalidPaymentReferenceNumberError",
        "InvalidOnDemandLinkError", "InvalidHolderTypeError", "InvalidVoucherDownloadError",
        "InvalidModeError", "InvalidRsaKeyError", "ExpectedPublicRsaKeyError",
        "InvalidCidrBlockError", "InvalidExpiresAtError", "InvalidInstallmentsCurrencyError",
        "InvalidClabeError", "MismatchTransferAccountCurrencyError",
    ],
    401: [
        "AuthenticationError", "InvalidApiKeyError", "ExpiredApiKeyError",
        "InvalidApiKeyModeError", "ExpiredExchangeTokenError", "InvalidExchangeTokenError",
        "MissingActiveJwsPublicKeyError", "InvalidJwsSignatureAlgorithmError",
        "InvalidJwsSignatureHeaderError", "InvalidJwsSignatureNonceError",
        "InvalidJwsSignatureTimestampError", "InvalidJwsSignatureTimestampFormatError",
        "InvalidJwsSignatureTimestampValueError", "MissingJwsSignatureHeaderError",
        "JwsNonceAlreadyUsedError", "InvalidJwsTsError",
    ],
    402: ["PaymentRequiredError"],
    403: [
        "InvalidAccountError", "InvalidRecipientAccountError", "AccountNotActiveError",
        "EntityNotOperationalError", "ForbiddenEntityError", "ForbiddenAccountError",
        "ForbiddenAccountNumberError", "ForbiddenAccountVerificationError",
        "InvalidApiVersionError", "ProductAccessRequiredError", "ForbiddenRequestError",
        "MissingAllowedCidrBlocksError", "AllowedCidrBlocksDoesNotContainIpError",
        "RecipientBlockedAccountError",
    ],
    404: ["MissingResourceError", "InvalidUrlError", "OrganizationWithoutEntitiesError"],
    405: ["OperationNotAllowedError"],
    406: [
        "InstitutionCredentialsInvalidError", "LockedCredentialsError",
        "UnavailableInstitutionError",
    ],
    409: [
        "InsufficientBalanceError", "InvalidDuplicatedTransferError",
        "InvalidTransferStatusError", "InvalidTransferDirectionError",
        "AccountNumberLimitReachedError", "AccountCannotBeBlockedError",
    ],
    422: [
        "InvalidOtpCodeError", "OtpNotFoundError", "OtpBlockedError",
        "OtpVerificationFailedError", "OtpAlreadyExistsError", "SubscriptionInProgressError",
        "OnDemandPolicyRequiredError", "OnDemandRefreshUnavailableError",
        "NotSupportedCountryError", "NotSupportedCurrencyError", "NotSupportedModeError",
        "NotSupportedProductError", "RefreshIntentInProgressError", "RejectedRefreshIntentError",
        "SenderBlockedAccountError",
    ],
    429: ["RateLimitExceededError"],
    500: ["InternalServerError", "UnrecognizedRequestError", "CoreResponseError"],
}  # fmt: skip
#: errors.rb: "# Legacy Errors (keeping existing ones for backward compatibility and just in
#: case)", under no status; WebhookSignatureError ("# Webhook Errors") is the client's own.
RUBY_LEGACY = ["LinkError", "InstitutionError", "ApiError", "InvalidCredentialsError"]


def _ruby_class_of(code: str) -> str:
    """base_client.rb error_class: Utils.snake_to_pascal (name.split('_').map(&:capitalize)
    .join), then 'Error' appended unless the name already ends with it."""
    pascal = "".join(part.capitalize() for part in code.split("_"))
    return pascal if pascal.endswith("Error") else f"{pascal}Error"


def test_every_class_of_the_ruby_client_is_a_code_with_its_status() -> None:
    """Each class errors.rb files under a status, and each legacy class, is one code: the code
    error_class turns into that class, without _error (x and x_error name one class), with the
    status of the comment it sits under; a legacy class has none."""
    by_class: dict[str, Any] = {}
    for member in fintoc.ErrorCode:
        name = _ruby_class_of(member.value)
        assert name not in by_class, (member.value, by_class.get(name))
        by_class[name] = member
        # The same class answers the code with _error appended.
        assert _ruby_class_of(f"{member.value}_error") == name or name == "InternalServerError"
    filed = {name: status for status, names in RUBY_CLASSES.items() for name in names}
    assert len(filed) == 113
    assert set(by_class) == {*filed, *RUBY_LEGACY}
    assert len(fintoc.ErrorCode) == len(filed) + len(RUBY_LEGACY)
    for name, status in filed.items():
        assert by_class[name].http_statuses == (status,), name
    for name in RUBY_LEGACY:
        assert by_class[name].http_statuses == (), name
    # base_client.rb: the ends-with-Error branch is "to handle InternalServerError custom error
    # class", whose code is then internal_server_error.
    assert by_class["InternalServerError"].value == "internal_server_error"
    assert _ruby_class_of("internal_server") == _ruby_class_of("internal_server_error")
    assert by_class["AuthenticationError"].value == "authentication"


def test_the_codes_without_a_published_text_say_theirs_is_bankcodes_wording() -> None:
    published = {"missing_parameter", "refresh_intent_in_progress", "rate_limit_exceeded",
                 "rejected_refresh_intent"}  # fmt: skip
    for member in fintoc.ErrorCode:
        if member.value in published:
            continue
        assert member.info.editorial, member
        assert "bankcodes' wording of the class name" in (member.info.notes or ""), member
        assert {source.id for source in member.sources} == {
            "fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils",
        }  # fmt: skip
    # The classes' names as bankcodes reads them.
    assert fintoc.ErrorCode("locked_credentials").category is bankcodes.Category.ATTEMPTS_EXHAUSTED
    assert fintoc.ErrorCode("invalid_otp_code").category is bankcodes.Category.MFA_FAILED
    assert fintoc.ErrorCode("unavailable_institution").category is (
        bankcodes.Category.INSTITUTION_UNAVAILABLE
    )
    assert fintoc.ErrorCode("invalid_api_key").category is bankcodes.Category.INTEGRATION_ERROR
    described = spec_data()["providers"]["fintoc"]["code_sets"]["error_code"]["description"]
    assert "then Error appended unless that name already ends in Error" in described
    assert "PascalCase with Error appended" not in described


#: Error Reasons (docs.fintoc.com/docs/error-reasons, read to its end): "In the Payment Intents
#: Dashboard you can download a file including the fintoc_error_reason of a payment intent. The
#: possible values are the following:", each with its description.
DASHBOARD_REASONS = {
    "account_blocked": "The bank blocked the transfers service for this account.",
    "account_selection_timeout": "The user didn\u2019t select an account to perform the payment.",
    "bank_connection_error": "Fintoc had a problem connecting with the selected bank.",
    "bank_not_available": "The selected bank is temporary unavailable.",
    "daily_amount_limit_reached": "The maximum amount available to transfer in the same day was "
    "reached.",
    "insufficient_funds": "The account doesn\u2019t have enough money to execute the payment.",
    "login_credentials_locked": "The bank indicated that the user's credentials are locked.",
    "login_invalid_credentials": "The bank indicated that the user's credentials are invalid.",
    "maximum_amount_error": "The amount exceeds the maximum amount allowed for that bank.",
    "mfa_locked": "The multifactor authentication method is locked.",
    "mfa_not_authorized": "The user did not authorize the transfer with their multifactor method.",
    "mfa_unavailable": "The multifactor authentication method is unavailable.",
    "minimum_amount_error": "The amount is below the minimum amount allowed to transfer for that "
    "bank.",
    "new_contact_amount_limit_reached": "The amount exceeds the maximum amount permitted for new "
    "contacts.",
    "new_contact_transfer_number_limit_reached": "The maximum number of transfers for new "
    "contacts was reached.",
    "recipient_account_not_allowed": "The bank indicated that the recipient account is not "
    "allowed to receive transfers.",
    "user_abandon_before_login": "The user abandoned the process before entering their "
    "credentials.",
}


def test_the_dashboard_s_error_reasons_are_a_field_of_their_own() -> None:
    reason = fintoc.DashboardErrorReason
    assert _values(reason) == list(DASHBOARD_REASONS)
    for value, text in DASHBOARD_REASONS.items():
        assert reason(value).description == text, value
        assert not reason(value).info.editorial
    # Six values are the Dashboard's alone; the others are values of the API's error_reason
    # too, read in the same category.
    own = set(DASHBOARD_REASONS) - set(ERROR_REASONS)
    assert own == {
        "account_blocked", "account_selection_timeout", "daily_amount_limit_reached",
        "minimum_amount_error", "mfa_not_authorized", "user_abandon_before_login",
    }  # fmt: skip
    for value in set(DASHBOARD_REASONS) - own:
        assert reason(value).category is fintoc.PaymentErrorReason(value).category, value
    # The same text under another name, the same category.
    assert (
        reason("account_blocked").category
        is fintoc.PaymentErrorReason("bank_account_locked").category
    )
    assert (
        reason("mfa_not_authorized").category
        is fintoc.PaymentErrorReason("mfa_authorization_timeout").category
    )
    # classify reads a value both fields hold as the API's error_reason, the set listed first.
    assert bankcodes.classify("fintoc", "account_selection_timeout") is bankcodes.Category.CANCELLED
