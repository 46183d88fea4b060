# generated from spec/catalog.json — do not edit (run `make generate`)
"""The builders of bankcodes.truelayer's names, loaded on the first use of any of them, so that importing the provider's module reads none of its data."""

from __future__ import annotations

import importlib

from bankcodes._base import CodeEnum, register
from bankcodes._records import (
    CodeInfo,
    CodeSetInfo,
    Equivalent,
    HttpStatus,
    Lifecycle,
    Source,
    Wording,
)
from bankcodes.categories import Category as _C

#: The public module, whose names the builders use (each built on first use there).
_PUBLIC = importlib.import_module("bankcodes.truelayer")
#: The documents its facts come from, by id.
_S = {
    "truelayer-data-api-errors": Source(
        id="truelayer-data-api-errors",
        kind="doc",
        title="TrueLayer: Data API errors",
        url="https://docs.truelayer.com/docs/data-api-errors",
        read_in_part="The copy read of the current page stops inside the unauthorized_client row, before its code: the rest of that row and every row after it were not read.",
    ),
    "truelayer-error-codes": Source(
        id="truelayer-error-codes",
        kind="doc",
        title="TrueLayer: Error codes (Data API, an earlier capture)",
        url="https://docs.truelayer.com/docs/error-codes-1",
        read_in_part='The copy read ends inside the advice of provider_too_many_requests (429), which begins "In"; every row after it was not read.',
    ),
    "truelayer-error-codes-data": Source(
        id="truelayer-error-codes-data",
        kind="doc",
        title="TrueLayer: Data API errors (docs/error-codes-1, a later capture)",
        url="https://docs.truelayer.com/docs/error-codes-1",
        read_in_part='The copy read ends inside the unauthorized_client row\'s advice ("… (live or sandb"); the rows after it were not read.',
    ),
    "truelayer-data-v3-errors": Source(
        id="truelayer-data-v3-errors",
        kind="doc",
        title="TrueLayer: Data API v3 errors",
        url="https://docs.truelayer.com/docs/data-v3-errors",
    ),
    "truelayer-payments-api-errors": Source(
        id="truelayer-payments-api-errors",
        kind="doc",
        title="TrueLayer: Payments API errors",
        url="https://docs.truelayer.com/docs/payments-api-errors",
    ),
    "truelayer-error-types": Source(
        id="truelayer-error-types",
        kind="doc",
        title="TrueLayer: Error types (Payments API v3, an earlier page)",
        url="https://docs.truelayer.com/docs/error-types",
    ),
    "truelayer-payment-statuses": Source(
        id="truelayer-payment-statuses",
        kind="doc",
        title="TrueLayer: Payment statuses",
        url="https://docs.truelayer.com/docs/payment-statuses",
        read_in_part='A stored copy of the page from its start through its table of statuses, read whole (six rows), and the sentence introducing its diagram to its section Account holder name behaviour, cut in it ("can be change"): the diagram, the rest of that section and of the page were not read.',
    ),
    "truelayer-mandate-statuses": Source(
        id="truelayer-mandate-statuses",
        kind="doc",
        title="TrueLayer: Mandate statuses",
        url="https://docs.truelayer.com/docs/mandate-statuses",
    ),
    "truelayer-payout-and-refund-statuses": Source(
        id="truelayer-payout-and-refund-statuses",
        kind="doc",
        title="TrueLayer: Payout and refund statuses (the capture holding the refund statuses table)",
        url="https://docs.truelayer.com/docs/payout-and-refund-statuses",
    ),
    "truelayer-payout-statuses-eight-reasons": Source(
        id="truelayer-payout-statuses-eight-reasons",
        kind="doc",
        title="TrueLayer: Payout and refund statuses (the capture listing eight payout failure reasons, to unknown)",
        url="https://docs.truelayer.com/docs/payout-and-refund-statuses",
        read_in_part="The copy read lists eight payout failure reasons, to unknown, and ends inside the payout section: the rest of the page, its refund failure reasons among it, was not read.",
    ),
    "truelayer-payout-statuses-returned": Source(
        id="truelayer-payout-statuses-returned",
        kind="doc",
        title='TrueLayer: Payout and refund statuses (the newest capture, its returned "returned by the beneficiary bank", cut in returned\'s second paragraph)',
        url="https://docs.truelayer.com/docs/payout-and-refund-statuses",
        read_in_part='The copy read ends in the second paragraph of returned ("… the status of p"): the failure reasons after it and the rest of the page, its refund failure reasons among it, were not read.',
    ),
    "truelayer-payout-statuses-table": Source(
        id="truelayer-payout-statuses-table",
        kind="doc",
        title="TrueLayer: Payout and refund statuses (the capture with pipe tables, cut in server_error's row)",
        url="https://docs.truelayer.com/docs/payout-and-refund-statuses",
        read_in_part='The copy read ends in the server_error row ("Tru"): the rows after it and the rest of the page, its refund failure reasons among it, were not read.',
    ),
    "truelayer-payout-statuses-scan-conversion": Source(
        id="truelayer-payout-statuses-scan-conversion",
        kind="doc",
        title="TrueLayer: Payout and refund statuses (an earlier capture listing five payout failure reasons, scan_conversion among them)",
        url="https://docs.truelayer.com/docs/payout-and-refund-statuses",
        read_in_part="The copy read lists five payout failure reasons, scan_conversion among them, and ends inside the payout section: the rest of the page, its refund failure reasons among it, was not read.",
    ),
    "truelayer-webhook-types": Source(
        id="truelayer-webhook-types",
        kind="doc",
        title="TrueLayer: Payments v3 webhook notifications",
        url="https://docs.truelayer.com/docs/payments-v3-webhook-notifications-accordion",
    ),
    "truelayer-webhook-notifications-v3": Source(
        id="truelayer-webhook-notifications-v3",
        kind="doc",
        title="TrueLayer: Webhook notifications for Payments v3",
        url="https://docs.truelayer.com/docs/webhook-notifications-for-payments-v3",
        read_in_part="The copy read is cut before any section on retries: the rest of the page was not read.",
    ),
    "truelayer-payment-webhook-specs-failed": Source(
        id="truelayer-payment-webhook-specs-failed",
        kind="doc",
        title="TrueLayer: Payment webhook specifications (the capture opening with payment_executed)",
        url="https://docs.truelayer.com/docs/payment-webhook-specifications",
    ),
    "truelayer-mandate-webhook-specs": Source(
        id="truelayer-mandate-webhook-specs",
        kind="doc",
        title="TrueLayer: Mandate webhook specifications",
        url="https://docs.truelayer.com/docs/mandate-webhook-specifications",
    ),
    "truelayer-payouts-webhooks": Source(
        id="truelayer-payouts-webhooks",
        kind="doc",
        title="TrueLayer: Payout webhooks",
        url="https://docs.truelayer.com/docs/payouts-webhooks",
    ),
    "truelayer-reference-webhook-mandates": Source(
        id="truelayer-reference-webhook-mandates",
        kind="doc",
        title="TrueLayer: Mandate webhooks (API reference)",
        url="https://docs.truelayer.com/reference/webhook-mandates",
    ),
    "truelayer-rn-types": Source(
        id="truelayer-rn-types",
        kind="repo",
        title="TrueLayer: React Native payments SDK, result types (RNTrueLayerPaymentsSDK/js/models/types.ts)",
        url="https://github.com/TrueLayer/truelayer-react-native-sdk/blob/fd442168ed23114a6f2f78cf0708d0c8e860ceb2/RNTrueLayerPaymentsSDK/js/models/types.ts",
    ),
    "truelayer-rn-payment-status": Source(
        id="truelayer-rn-payment-status",
        kind="repo",
        title="TrueLayer: React Native payments SDK, payment status (RNTrueLayerPaymentsSDK/js/models/payments/PaymentStatus.ts)",
        url="https://github.com/TrueLayer/truelayer-react-native-sdk/blob/fd442168ed23114a6f2f78cf0708d0c8e860ceb2/RNTrueLayerPaymentsSDK/js/models/payments/PaymentStatus.ts",
    ),
    "truelayer-rn-mandate-status": Source(
        id="truelayer-rn-mandate-status",
        kind="repo",
        title="TrueLayer: React Native payments SDK, mandate status (RNTrueLayerPaymentsSDK/js/models/mandates/MandateStatus.ts)",
        url="https://github.com/TrueLayer/truelayer-react-native-sdk/blob/fd442168ed23114a6f2f78cf0708d0c8e860ceb2/RNTrueLayerPaymentsSDK/js/models/mandates/MandateStatus.ts",
    ),
    "truelayer-rn-docs": Source(
        id="truelayer-rn-docs",
        kind="repo",
        title="TrueLayer: React Native payments SDK, documentation (docs/DOCUMENTATION.md)",
        url="https://github.com/TrueLayer/truelayer-react-native-sdk/blob/fd442168ed23114a6f2f78cf0708d0c8e860ceb2/docs/DOCUMENTATION.md",
    ),
    "truelayer-php-webhook-event-types": Source(
        id="truelayer-php-webhook-event-types",
        kind="repo",
        title="TrueLayer: PHP client, webhook event types (src/Constants/WebhookEventTypes.php)",
        url="https://github.com/TrueLayer/truelayer-php/blob/a720f99d6d6f001be7bbb4efe28dcda6805932ee/src/Constants/WebhookEventTypes.php",
    ),
    "truelayer-php-payment-status": Source(
        id="truelayer-php-payment-status",
        kind="repo",
        title="TrueLayer: PHP client, payment statuses (src/Constants/PaymentStatus.php)",
        url="https://github.com/TrueLayer/truelayer-php/blob/a720f99d6d6f001be7bbb4efe28dcda6805932ee/src/Constants/PaymentStatus.php",
    ),
    "truelayer-php-readme": Source(
        id="truelayer-php-readme",
        kind="repo",
        title="TrueLayer: PHP client, README (README.md)",
        url="https://github.com/TrueLayer/truelayer-php/blob/a720f99d6d6f001be7bbb4efe28dcda6805932ee/README.md",
    ),
    "truelayer-php-payment-failed-interface": Source(
        id="truelayer-php-payment-failed-interface",
        kind="repo",
        title="TrueLayer: PHP client, payment_failed webhook interface (src/Interfaces/Webhook/PaymentFailedEventInterface.php)",
        url="https://github.com/TrueLayer/truelayer-php/blob/a720f99d6d6f001be7bbb4efe28dcda6805932ee/src/Interfaces/Webhook/PaymentFailedEventInterface.php",
    ),
    "truelayer-php-webhook-payloads": Source(
        id="truelayer-php-webhook-payloads",
        kind="repo",
        title="TrueLayer: PHP client, webhook payloads of its tests (tests/integration/Mocks/WebhookPayload.php)",
        url="https://github.com/TrueLayer/truelayer-php/blob/a720f99d6d6f001be7bbb4efe28dcda6805932ee/tests/integration/Mocks/WebhookPayload.php",
    ),
    "truelayer-php-error-response": Source(
        id="truelayer-php-error-response",
        kind="repo",
        title="TrueLayer: PHP client, error responses of its tests (tests/integration/Mocks/ErrorResponse.php)",
        url="https://github.com/TrueLayer/truelayer-php/blob/a720f99d6d6f001be7bbb4efe28dcda6805932ee/tests/integration/Mocks/ErrorResponse.php",
    ),
    "truelayer-java-payment-status": Source(
        id="truelayer-java-payment-status",
        kind="repo",
        title="TrueLayer: Java client, payment statuses (src/main/java/com/truelayer/java/payments/entities/paymentdetail/Status.java)",
        url="https://github.com/TrueLayer/truelayer-java/blob/d4173ee2f1a2da4b5b77c7af1eb4e81d882b14eb/src/main/java/com/truelayer/java/payments/entities/paymentdetail/Status.java",
    ),
    "truelayer-ios-hpp-message-abi": Source(
        id="truelayer-ios-hpp-message-abi",
        kind="repo",
        title="TrueLayer: iOS SDK, TrueLayerUI ABI description (string literals of HPPMessage+WebView.swift)",
        url="https://github.com/TrueLayer/TrueLayer-iOS-SDK/blob/fa7668d41b8e4a0913f6ca54bb9bb20a82085837/Frameworks/TrueLayerUI.xcframework/ios-arm64/TrueLayerUI.framework/Modules/TrueLayerUI.swiftmodule/arm64-apple-ios.abi.json",
    ),
}


def _DataApiError() -> type[CodeEnum]:
    class DataApiError(CodeEnum):
        """Data API error code: The error code of a Data API (v1) error response, {"error": code, "error_description": text}, with the HTTP status TrueLayer's error table gives it. The copies of the table read here are cut: every row after provider_too_many_requests (429) is missing, the advice of unauthorized_client and provider_too_many_requests is cut short, and the current page's copy stops inside the unauthorized_client row.

        Wire field: error (Data API v1 error body)."""

        validation_error = "validation_error"
        invalid_date_range = "invalid_date_range"
        deprecated_provider = "deprecated_provider"
        invalid_grant = "invalid_grant"
        invalid_client = "invalid_client"
        invalid_authorization_code = "invalid_authorization_code"
        unauthorized = "unauthorized"
        unauthorized_client = "unauthorized_client"
        invalid_token = "invalid_token"
        access_denied = "access_denied"
        invalid_credentials_key = "invalid_credentials_key"
        sca_exceeded = "sca_exceeded"
        account_not_found = "account_not_found"
        provider_too_many_requests = "provider_too_many_requests"

    register(
        DataApiError,
        lambda: (
            CodeSetInfo(
                provider="truelayer",
                id="data_api_error",
                title="Data API error code",
                description='The error code of a Data API (v1) error response, {"error": code, "error_description": text}, with the HTTP status TrueLayer\'s error table gives it. The copies of the table read here are cut: every row after provider_too_many_requests (429) is missing, the advice of unauthorized_client and provider_too_many_requests is cut short, and the current page\'s copy stops inside the unauthorized_client row.',
                field="error (Data API v1 error body)",
                sources=(
                    _S["truelayer-data-api-errors"],
                    _S["truelayer-error-codes"],
                    _S["truelayer-error-codes-data"],
                ),
            ),
            (
                CodeInfo(
                    value="validation_error",
                    description="The supplied parameters are not valid.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["truelayer-data-api-errors"],
                        _S["truelayer-error-codes"],
                        _S["truelayer-error-codes-data"],
                    ),
                    retryable=True,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(
                                _S["truelayer-data-api-errors"],
                                _S["truelayer-error-codes"],
                                _S["truelayer-error-codes-data"],
                            ),
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["truelayer-data-api-errors"],
                                _S["truelayer-error-codes"],
                                _S["truelayer-error-codes-data"],
                            ),
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(
                                _S["truelayer-data-api-errors"],
                                _S["truelayer-error-codes"],
                                _S["truelayer-error-codes-data"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/truelayer/data_api_error/#validation_error",
                    advice="There's a problem with the request. Read the error message which explains what's wrong with the request specifically.",
                    notes="TrueLayer's Retry column says Yes for this code, although its category (a request that was not valid) is not retryable: bankcodes keeps the provider's published answer.",
                ),
                CodeInfo(
                    value="invalid_date_range",
                    description="Invalid date range provided.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["truelayer-data-api-errors"],
                        _S["truelayer-error-codes"],
                        _S["truelayer-error-codes-data"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(
                                _S["truelayer-data-api-errors"],
                                _S["truelayer-error-codes"],
                                _S["truelayer-error-codes-data"],
                            ),
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["truelayer-data-api-errors"],
                                _S["truelayer-error-codes"],
                                _S["truelayer-error-codes-data"],
                            ),
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(_S["truelayer-data-api-errors"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/truelayer/data_api_error/#invalid_date_range",
                    advice="Change the from and to parameters. Check the Supported Providers page in Console for bank-specific requirements.",
                    notes="Earlier copies of the page point elsewhere for the bank-specific requirements (a support article, then the providers dashboard).",
                ),
                CodeInfo(
                    value="deprecated_provider",
                    description="The provider has been deprecated.",
                    category=_C.INSTITUTION_NOT_SUPPORTED,
                    sources=(
                        _S["truelayer-data-api-errors"],
                        _S["truelayer-error-codes"],
                        _S["truelayer-error-codes-data"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(
                                _S["truelayer-data-api-errors"],
                                _S["truelayer-error-codes"],
                                _S["truelayer-error-codes-data"],
                            ),
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["truelayer-data-api-errors"],
                                _S["truelayer-error-codes"],
                                _S["truelayer-error-codes-data"],
                            ),
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(
                                _S["truelayer-data-api-errors"],
                                _S["truelayer-error-codes"],
                                _S["truelayer-error-codes-data"],
                            ),
                        ),
                    ),
                    page="reference/truelayer/data_api_error/#deprecated_provider",
                    advice="The provider has been deprecated. It is no longer supported.",
                ),
                CodeInfo(
                    value="invalid_grant",
                    description="The provided authorisation grant or refresh token is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["truelayer-data-api-errors"], _S["truelayer-error-codes-data"]),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(
                                _S["truelayer-data-api-errors"],
                                _S["truelayer-error-codes-data"],
                            ),
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["truelayer-data-api-errors"],
                                _S["truelayer-error-codes-data"],
                            ),
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(
                                _S["truelayer-data-api-errors"],
                                _S["truelayer-error-codes-data"],
                            ),
                        ),
                    ),
                    page="reference/truelayer/data_api_error/#invalid_grant",
                    equivalents=(
                        Equivalent(
                            provider="lean",
                            code_set="data_api_status",
                            value="RECONNECT_REQUIRED",
                            same="action",
                            reason="An existing connection stopped working until the customer signs in to it again.",
                        ),
                        Equivalent(
                            provider="argyle",
                            code_set="bank_connection_error",
                            value="token_invalid_or_expired",
                            same="action",
                            reason="An existing connection stopped working until the customer signs in to it again.",
                        ),
                        Equivalent(
                            provider="plaid",
                            code_set="error_code",
                            value="ITEM_LOGIN_REQUIRED",
                            same="action",
                            reason="An existing connection stopped working until the customer signs in to it again.",
                        ),
                        Equivalent(
                            provider="mx",
                            code_set="connection_status",
                            value="17",
                            same="action",
                            reason="An existing connection stopped working until the customer signs in to it again.",
                        ),
                        Equivalent(
                            provider="mx",
                            code_set="connection_status",
                            value="20",
                            same="action",
                            reason="An existing connection stopped working until the customer signs in to it again.",
                        ),
                        Equivalent(
                            provider="truelayer",
                            code_set="data_api_error",
                            value="access_denied",
                            same="action",
                            reason="An existing connection stopped working until the customer signs in to it again.",
                        ),
                        Equivalent(
                            provider="truelayer",
                            code_set="data_api_v3_error",
                            value="Invalid State",
                            same="action",
                            reason="An existing connection stopped working until the customer signs in to it again.",
                        ),
                        Equivalent(
                            provider="stripe",
                            code_set="status_details_action",
                            value="relink_required",
                            same="action",
                            reason="An existing connection stopped working until the customer signs in to it again.",
                        ),
                        Equivalent(
                            provider="belvo",
                            code_set="webhook_code",
                            value="invalid_credentials",
                            same="action",
                            reason="An existing connection stopped working until the customer signs in to it again.",
                        ),
                    ),
                    advice="Ask the user to reconnect their account. This most often occurs when a user's 90 days of consent to access their account has expired. It can also be caused by some rare network errors which can cause a user's bank tokens to be made invalid. Either way, the user must reconnect their account.",
                    next_step="renew_consent",
                    state="consent_ended",
                    state_reason="This most often occurs when a user's 90 days of consent to access their account has expired.",
                    fact_sources={"state": ("truelayer-error-codes-data",)},
                ),
                CodeInfo(
                    value="invalid_client",
                    description="The client_id or client_secret are invalid.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["truelayer-data-api-errors"], _S["truelayer-error-codes-data"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(
                                _S["truelayer-data-api-errors"],
                                _S["truelayer-error-codes-data"],
                            ),
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["truelayer-data-api-errors"],
                                _S["truelayer-error-codes-data"],
                            ),
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(
                                _S["truelayer-data-api-errors"],
                                _S["truelayer-error-codes-data"],
                            ),
                        ),
                    ),
                    page="reference/truelayer/data_api_error/#invalid_client",
                    advice="Confirm that your credentials are correct, and that you are using the right credentials for the environment (live or sandbox).",
                ),
                CodeInfo(
                    value="invalid_authorization_code",
                    description="Your authorization code is incorrect, has expired (if you have used the code more than 5 minutes after you generated it), or you have reused it.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["truelayer-data-api-errors"], _S["truelayer-error-codes-data"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(
                                _S["truelayer-data-api-errors"],
                                _S["truelayer-error-codes-data"],
                            ),
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["truelayer-data-api-errors"],
                                _S["truelayer-error-codes-data"],
                            ),
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(
                                _S["truelayer-data-api-errors"],
                                _S["truelayer-error-codes-data"],
                            ),
                        ),
                    ),
                    page="reference/truelayer/data_api_error/#invalid_authorization_code",
                    advice="Check that the code is correct when you try to exchange it with an access token.",
                ),
                CodeInfo(
                    value="unauthorized",
                    description="The credentials or token are no longer valid",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["truelayer-data-api-errors"],
                        _S["truelayer-error-codes"],
                        _S["truelayer-error-codes-data"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=401,
                            sources=(
                                _S["truelayer-data-api-errors"],
                                _S["truelayer-error-codes"],
                                _S["truelayer-error-codes-data"],
                            ),
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-data-api-errors"],),
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(
                                _S["truelayer-data-api-errors"],
                                _S["truelayer-error-codes"],
                                _S["truelayer-error-codes-data"],
                            ),
                        ),
                    ),
                    page="reference/truelayer/data_api_error/#unauthorized",
                    advice="Refresh your access token. The access token may be invalid or expired. You can check for more details in the error description.",
                ),
                CodeInfo(
                    value="unauthorized_client",
                    description="The auth link, client_id or redirect_uri used is not the right one for the environment.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["truelayer-error-codes-data"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=401, sources=(_S["truelayer-error-codes-data"],)),),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(
                                _S["truelayer-error-codes-data"],
                                _S["truelayer-data-api-errors"],
                            ),
                        ),
                    ),
                    page="reference/truelayer/data_api_error/#unauthorized_client",
                    editorial=True,
                    notes="TrueLayer's description reads \"You're using an incorrect auth link, client_id or redirect_uri\"; the only copy with the code runs it into the code cell, so the description is bankcodes' wording. Its Retry column says No. Its advice is cut short in the copy read (\"Check that your credentials are correct, that your auth link is valid for the environment that you're using (live or sandb…\"), and the current page's copy stops before its code.",
                ),
                CodeInfo(
                    value="invalid_token",
                    description="The access token is no longer valid.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["truelayer-error-codes"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=401, sources=(_S["truelayer-error-codes"],)),),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(
                            field="advice", by="provider", sources=(_S["truelayer-error-codes"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/truelayer/data_api_error/#invalid_token",
                    editorial=True,
                    advice="Refresh your access token. The access token may be invalid or expired. You can check for more details in the error description.",
                    notes="TrueLayer's description reads \"The token is no longer valid\"; the copy read runs it into the code cell, so the description is bankcodes' wording. Its Retry column says No.",
                    next_step="renew_access_token",
                    fact_sources={"next_step": ("truelayer-error-codes",)},
                ),
                CodeInfo(
                    value="access_denied",
                    description="Access to a specific resource has been denied.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["truelayer-error-codes"],),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=403, sources=(_S["truelayer-error-codes"],)),),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-error-codes"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["truelayer-error-codes"],)
                        ),
                    ),
                    page="reference/truelayer/data_api_error/#access_denied",
                    equivalents=(
                        Equivalent(
                            provider="lean",
                            code_set="data_api_status",
                            value="RECONNECT_REQUIRED",
                            same="action",
                            reason="An existing connection stopped working until the customer signs in to it again.",
                        ),
                        Equivalent(
                            provider="argyle",
                            code_set="bank_connection_error",
                            value="token_invalid_or_expired",
                            same="action",
                            reason="An existing connection stopped working until the customer signs in to it again.",
                        ),
                        Equivalent(
                            provider="plaid",
                            code_set="error_code",
                            value="ITEM_LOGIN_REQUIRED",
                            same="action",
                            reason="An existing connection stopped working until the customer signs in to it again.",
                        ),
                        Equivalent(
                            provider="mx",
                            code_set="connection_status",
                            value="17",
                            same="action",
                            reason="An existing connection stopped working until the customer signs in to it again.",
                        ),
                        Equivalent(
                            provider="mx",
                            code_set="connection_status",
                            value="20",
                            same="action",
                            reason="An existing connection stopped working until the customer signs in to it again.",
                        ),
                        Equivalent(
                            provider="truelayer",
                            code_set="data_api_error",
                            value="invalid_grant",
                            same="action",
                            reason="An existing connection stopped working until the customer signs in to it again.",
                        ),
                        Equivalent(
                            provider="truelayer",
                            code_set="data_api_v3_error",
                            value="Invalid State",
                            same="action",
                            reason="An existing connection stopped working until the customer signs in to it again.",
                        ),
                        Equivalent(
                            provider="stripe",
                            code_set="status_details_action",
                            value="relink_required",
                            same="action",
                            reason="An existing connection stopped working until the customer signs in to it again.",
                        ),
                        Equivalent(
                            provider="belvo",
                            code_set="webhook_code",
                            value="invalid_credentials",
                            same="action",
                            reason="An existing connection stopped working until the customer signs in to it again.",
                        ),
                    ),
                    advice="Ask the user to reconnect their account. This error is returned when the access to their account is no longer valid, either because it expired or because the user revoked it themselves.",
                ),
                CodeInfo(
                    value="invalid_credentials_key",
                    description="The provided credentials encryption key is invalid.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["truelayer-error-codes"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=403, sources=(_S["truelayer-error-codes"],)),),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-error-codes"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/truelayer/data_api_error/#invalid_credentials_key",
                    notes="TrueLayer's table leaves its Retry and How to handle cells empty.",
                ),
                CodeInfo(
                    value="sca_exceeded",
                    description="SCA exemption has expired. This resource is protected and should be accessed shortly after PSU Authentication. In order to access this resource, please have the PSU re-authenticate.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["truelayer-error-codes"],),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=403, sources=(_S["truelayer-error-codes"],)),),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-error-codes"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["truelayer-error-codes"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/truelayer/data_api_error/#sca_exceeded",
                    advice="The access to that specific endpoint has expired. For example, for some European banks you may only access the /info endpoint, or transanctions older than 90 days, during the 5 minutes after the user first grants access. Access to other data (balances, recent transactions) should still be working.",
                    notes='Only the endpoint protected by the SCA window needs the user to authenticate again; other data still works. The advice keeps TrueLayer\'s spelling ("transanctions").',
                ),
                CodeInfo(
                    value="account_not_found",
                    description="The requested account cannot be found.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["truelayer-error-codes"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=404, sources=(_S["truelayer-error-codes"],)),),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-error-codes"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["truelayer-error-codes"],)
                        ),
                    ),
                    page="reference/truelayer/data_api_error/#account_not_found",
                    advice="Check the accountId parameter used within your request. Confirm this matches an accountId returned from /accounts endpoint.",
                ),
                CodeInfo(
                    value="provider_too_many_requests",
                    description="Provider rate limit exceeded.",
                    category=_C.RATE_LIMITED,
                    sources=(_S["truelayer-error-codes"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=429, sources=(_S["truelayer-error-codes"],)),),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-error-codes"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/truelayer/data_api_error/#provider_too_many_requests",
                    notes='Its Retry column says Yes, as its category does. Its advice is cut short in the copy read (it begins "In…"), and the rows after it are missing.',
                ),
            ),
        ),
        {},
    )
    return DataApiError


def _DataApiV3Error() -> type[CodeEnum]:
    class DataApiV3Error(CodeEnum):
        """Data API v3 error type: The title of a Data API v3 error response (problem details, application/problem+json), which with its type identifies the error, with the HTTP status TrueLayer's table gives it.

        Wire field: title (Data API v3 problem details)."""

        Unauthenticated = "Unauthenticated"
        InvalidParameters = "Invalid Parameters"
        Forbidden = "Forbidden"
        InvalidState = "Invalid State"
        NotFound = "Not Found"
        RateLimitExceeded = "Rate Limit Exceeded"
        FeatureNotSupported = "Feature Not Supported"
        ProviderError = "Provider Error"
        UnknownError = "Unknown Error"

    register(
        DataApiV3Error,
        lambda: (
            CodeSetInfo(
                provider="truelayer",
                id="data_api_v3_error",
                title="Data API v3 error type",
                description="The title of a Data API v3 error response (problem details, application/problem+json), which with its type identifies the error, with the HTTP status TrueLayer's table gives it.",
                field="title (Data API v3 problem details)",
                sources=(_S["truelayer-data-v3-errors"],),
            ),
            (
                CodeInfo(
                    value="Unauthenticated",
                    description="The token is missing, malformed, or expired.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["truelayer-data-v3-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=401, sources=(_S["truelayer-data-v3-errors"],)),),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-data-v3-errors"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["truelayer-data-v3-errors"],)
                        ),
                    ),
                    page="reference/truelayer/data_api_v3_error/#Unauthenticated",
                    advice="Get a new access token.",
                    next_step="renew_access_token",
                    fact_sources={"next_step": ("truelayer-data-v3-errors",)},
                ),
                CodeInfo(
                    value="Invalid Parameters",
                    description="A request body field, query parameter or header was not valid.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["truelayer-data-v3-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["truelayer-data-v3-errors"],)),),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(
                            field="advice", by="provider", sources=(_S["truelayer-data-v3-errors"],)
                        ),
                    ),
                    page="reference/truelayer/data_api_v3_error/#InvalidParameters",
                    editorial=True,
                    advice="Check the errors field included in the response for the request body field, query parameter, or header name that was invalid. The errors will also include at least one description of the error for each invalid field.",
                ),
                CodeInfo(
                    value="Forbidden",
                    description="The token may not be used for the request, or the user's access is no longer valid.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["truelayer-data-v3-errors"],),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=403, sources=(_S["truelayer-data-v3-errors"],)),),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(
                            field="advice", by="provider", sources=(_S["truelayer-data-v3-errors"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/truelayer/data_api_v3_error/#Forbidden",
                    editorial=True,
                    advice="Check that your token has the data scope. If the user revoked access, or the Strong Customer Authentication window has expired, ask the user to reconnect their account.",
                    notes="TrueLayer names two causes: a token without the data scope (the integrator's), and a user who revoked access or whose SCA window expired (the user must reconnect); bankcodes files it under the second, which an integration that requests the data scope meets.",
                ),
                CodeInfo(
                    value="Invalid State",
                    description="The data connection is no longer authorized, so no data can be retrieved through it.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["truelayer-data-v3-errors"],),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=400, sources=(_S["truelayer-data-v3-errors"],)),),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-data-v3-errors"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["truelayer-data-v3-errors"],)
                        ),
                    ),
                    page="reference/truelayer/data_api_v3_error/#InvalidState",
                    equivalents=(
                        Equivalent(
                            provider="lean",
                            code_set="data_api_status",
                            value="RECONNECT_REQUIRED",
                            same="action",
                            reason="An existing connection stopped working until the customer signs in to it again.",
                        ),
                        Equivalent(
                            provider="argyle",
                            code_set="bank_connection_error",
                            value="token_invalid_or_expired",
                            same="action",
                            reason="An existing connection stopped working until the customer signs in to it again.",
                        ),
                        Equivalent(
                            provider="plaid",
                            code_set="error_code",
                            value="ITEM_LOGIN_REQUIRED",
                            same="action",
                            reason="An existing connection stopped working until the customer signs in to it again.",
                        ),
                        Equivalent(
                            provider="mx",
                            code_set="connection_status",
                            value="17",
                            same="action",
                            reason="An existing connection stopped working until the customer signs in to it again.",
                        ),
                        Equivalent(
                            provider="mx",
                            code_set="connection_status",
                            value="20",
                            same="action",
                            reason="An existing connection stopped working until the customer signs in to it again.",
                        ),
                        Equivalent(
                            provider="truelayer",
                            code_set="data_api_error",
                            value="invalid_grant",
                            same="action",
                            reason="An existing connection stopped working until the customer signs in to it again.",
                        ),
                        Equivalent(
                            provider="truelayer",
                            code_set="data_api_error",
                            value="access_denied",
                            same="action",
                            reason="An existing connection stopped working until the customer signs in to it again.",
                        ),
                        Equivalent(
                            provider="stripe",
                            code_set="status_details_action",
                            value="relink_required",
                            same="action",
                            reason="An existing connection stopped working until the customer signs in to it again.",
                        ),
                        Equivalent(
                            provider="belvo",
                            code_set="webhook_code",
                            value="invalid_credentials",
                            same="action",
                            reason="An existing connection stopped working until the customer signs in to it again.",
                        ),
                    ),
                    advice="Ask the user to reconnect their account.",
                ),
                CodeInfo(
                    value="Not Found",
                    description="The connection or a resource the request names was not found.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["truelayer-data-v3-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=404, sources=(_S["truelayer-data-v3-errors"],)),),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(
                            field="advice", by="provider", sources=(_S["truelayer-data-v3-errors"],)
                        ),
                    ),
                    page="reference/truelayer/data_api_v3_error/#NotFound",
                    editorial=True,
                    advice="Check the Connection-Id header and the identifiers in your request path.",
                ),
                CodeInfo(
                    value="Rate Limit Exceeded",
                    description="Too many requests were sent.",
                    category=_C.RATE_LIMITED,
                    sources=(_S["truelayer-data-v3-errors"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=429, sources=(_S["truelayer-data-v3-errors"],)),),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(
                            field="advice", by="provider", sources=(_S["truelayer-data-v3-errors"],)
                        ),
                    ),
                    page="reference/truelayer/data_api_v3_error/#RateLimitExceeded",
                    equivalents=(
                        Equivalent(
                            provider="lean",
                            code_set="api_error_status",
                            value="RATE_LIMIT_EXCEEDED",
                            same="meaning",
                            reason="Too many requests in a period of time: the integrator's calls are throttled.",
                        ),
                        Equivalent(
                            provider="flinks",
                            code_set="api_error_code",
                            value="TOO_MANY_REQUESTS",
                            same="meaning",
                            reason="Too many requests in a period of time: the integrator's calls are throttled.",
                        ),
                        Equivalent(
                            provider="plaid",
                            code_set="error_type",
                            value="RATE_LIMIT_EXCEEDED",
                            same="meaning",
                            reason="Too many requests in a period of time: the integrator's calls are throttled.",
                        ),
                        Equivalent(
                            provider="truelayer",
                            code_set="payments_error",
                            value="Rate Limit Exceeded",
                            same="meaning",
                            reason="Too many requests in a period of time: the integrator's calls are throttled.",
                        ),
                        Equivalent(
                            provider="gocardless",
                            code_set="error_summary",
                            value="Rate limit exceeded",
                            same="meaning",
                            reason="Too many requests in a period of time: the integrator's calls are throttled.",
                        ),
                        Equivalent(
                            provider="fintoc",
                            code_set="error_code",
                            value="rate_limit_exceeded",
                            same="meaning",
                            reason="Too many requests in a period of time: the integrator's calls are throttled.",
                        ),
                        Equivalent(
                            provider="basiq",
                            code_set="error_code",
                            value="too-many-requests",
                            same="meaning",
                            reason="Too many requests in a period of time: the integrator's calls are throttled.",
                        ),
                        Equivalent(
                            provider="mono",
                            code_set="http_status",
                            value="429",
                            same="meaning",
                            reason="Too many requests in a period of time: the integrator's calls are throttled.",
                        ),
                    ),
                    editorial=True,
                    advice="Include the Tl-User-IP header, or try again later.",
                ),
                CodeInfo(
                    value="Feature Not Supported",
                    description="The provider doesn't support this endpoint or feature.",
                    category=_C.INSTITUTION_NOT_SUPPORTED,
                    sources=(_S["truelayer-data-v3-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=502, sources=(_S["truelayer-data-v3-errors"],)),),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-data-v3-errors"],),
                        ),
                        Wording(
                            field="advice", by="provider", sources=(_S["truelayer-data-v3-errors"],)
                        ),
                    ),
                    page="reference/truelayer/data_api_v3_error/#FeatureNotSupported",
                    advice="Don't retry.",
                    max_attempts=1,
                    fact_sources={"max_attempts": ("truelayer-data-v3-errors",)},
                ),
                CodeInfo(
                    value="Provider Error",
                    description="The provider (the bank) failed or is not available.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["truelayer-data-v3-errors"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=502, sources=(_S["truelayer-data-v3-errors"],)),),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(
                            field="advice", by="provider", sources=(_S["truelayer-data-v3-errors"],)
                        ),
                    ),
                    page="reference/truelayer/data_api_v3_error/#ProviderError",
                    equivalents=(
                        Equivalent(
                            provider="lean",
                            code_set="granular_status_code",
                            value="BANK_MAINTENANCE",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="lean",
                            code_set="granular_status_code",
                            value="BANK_ISSUE",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="flinks",
                            code_set="api_error_code",
                            value="RETRY_LATER",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="argyle",
                            code_set="bank_connection_error",
                            value="temporary_connection_issue",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="plaid",
                            code_set="error_code",
                            value="INSTITUTION_DOWN",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="plaid",
                            code_set="error_code",
                            value="INSTITUTION_NOT_RESPONDING",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="mx",
                            code_set="connection_status",
                            value="9",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="truelayer",
                            code_set="payments_error",
                            value="Provider Error",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="gocardless",
                            code_set="account_error_type",
                            value="ServiceError",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="gocardless",
                            code_set="account_error_type",
                            value="ConnectionError",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="gocardless",
                            code_set="end_user_error",
                            value="InstitutionTechnicalError",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="stripe",
                            code_set="fc_event_error_code",
                            value="institution_unavailable_planned",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="stripe",
                            code_set="fc_event_error_code",
                            value="institution_unavailable_unplanned",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="stripe",
                            code_set="fc_event_error_code",
                            value="institution_timeout",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="belvo",
                            code_set="error_code",
                            value="institution_down",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                    ),
                    editorial=True,
                    advice="Try again, or wait for the provider to be available again and retry.",
                ),
                CodeInfo(
                    value="Unknown Error",
                    description="An unexpected error.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["truelayer-data-v3-errors"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=500, sources=(_S["truelayer-data-v3-errors"],)),),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(
                            field="advice", by="provider", sources=(_S["truelayer-data-v3-errors"],)
                        ),
                    ),
                    page="reference/truelayer/data_api_v3_error/#UnknownError",
                    editorial=True,
                    advice="Try again, or contact Support if the problem continues.",
                ),
            ),
        ),
        {},
    )
    return DataApiV3Error


def _PaymentsError() -> type[CodeEnum]:
    class PaymentsError(CodeEnum):
        """Payments API v3 error type: The title of a Payments API v3 error response (problem details, application/problem+json), with the HTTP status TrueLayer's table gives it. Its type is a link to the error's documentation (https://docs.truelayer.com/docs/error-types#invalid-parameters in TrueLayer's Java and PHP clients' test responses).

        Wire field: title (Payments API v3 problem details)."""

        Unauthenticated = "Unauthenticated"
        Forbidden = "Forbidden"
        InvalidParameters = "Invalid Parameters"
        InvalidState = "Invalid State"
        NotFound = "Not Found"
        ConcurrencyConflict = "Concurrency Conflict"
        IdempotencyKeyConcurrencyConflict = "Idempotency-Key Concurrency Conflict"
        IdempotencyKeyReuse = "Idempotency-Key Reuse"
        RateLimitExceeded = "Rate Limit Exceeded"
        ProviderError = "Provider Error"
        UnknownError = "Unknown Error"
        Conflict = "Conflict"

    register(
        PaymentsError,
        lambda: (
            CodeSetInfo(
                provider="truelayer",
                id="payments_error",
                title="Payments API v3 error type",
                description="The title of a Payments API v3 error response (problem details, application/problem+json), with the HTTP status TrueLayer's table gives it. Its type is a link to the error's documentation (https://docs.truelayer.com/docs/error-types#invalid-parameters in TrueLayer's Java and PHP clients' test responses).",
                field="title (Payments API v3 problem details)",
                sources=(_S["truelayer-payments-api-errors"],),
            ),
            (
                CodeInfo(
                    value="Unauthenticated",
                    description="The request's token or signature was not accepted.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["truelayer-payments-api-errors"], _S["truelayer-error-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=401, sources=(_S["truelayer-payments-api-errors"],)),),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(
                                _S["truelayer-payments-api-errors"],
                                _S["truelayer-error-types"],
                            ),
                        ),
                    ),
                    page="reference/truelayer/payments_error/#Unauthenticated",
                    editorial=True,
                    advice="Check the authorisation requirements of the endpoint, and send an appropriate token and signature (if applicable) in the headers.",
                ),
                CodeInfo(
                    value="Forbidden",
                    description="The token may not be used for the request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["truelayer-payments-api-errors"], _S["truelayer-error-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=403, sources=(_S["truelayer-payments-api-errors"],)),),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(
                            field="advice", by="provider", sources=(_S["truelayer-error-types"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/truelayer/payments_error/#Forbidden",
                    editorial=True,
                    advice="If you're using an access_token from our authentication endpoint, check if the token has scopes that the endpoint requires. If you're using a resource_token, check if you're trying to access a resource other than the one the token was issued for.",
                    notes="The current table runs the advice's two sentences together (\"requires.If you're using a resource_token , check\"); the advice is quoted from the earlier Error types page, where they are apart.",
                ),
                CodeInfo(
                    value="Invalid Parameters",
                    description="Fields of the request body or headers were not valid.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["truelayer-payments-api-errors"], _S["truelayer-error-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["truelayer-payments-api-errors"],)),),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(
                                _S["truelayer-payments-api-errors"],
                                _S["truelayer-error-types"],
                            ),
                        ),
                    ),
                    page="reference/truelayer/payments_error/#InvalidParameters",
                    editorial=True,
                    advice="Check the errors field included in the response for the JSON path of the request body fields or the header names that were invalid. The errors will also include at least one description of the error for each invalid field.",
                ),
                CodeInfo(
                    value="Invalid State",
                    description="The requested action is not the one the resource expects next.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["truelayer-payments-api-errors"], _S["truelayer-error-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["truelayer-payments-api-errors"],)),),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(
                                _S["truelayer-payments-api-errors"],
                                _S["truelayer-error-types"],
                            ),
                        ),
                    ),
                    page="reference/truelayer/payments_error/#InvalidState",
                    editorial=True,
                    advice="Check if the next requested action is valid. For example, if you've tried to submit the provider selection, but the next authorised action is redirection.",
                ),
                CodeInfo(
                    value="Not Found",
                    description="The resource the request names was not found.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["truelayer-payments-api-errors"], _S["truelayer-error-types"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=404, sources=(_S["truelayer-payments-api-errors"],)),),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(
                                _S["truelayer-payments-api-errors"],
                                _S["truelayer-error-types"],
                            ),
                        ),
                    ),
                    page="reference/truelayer/payments_error/#NotFound",
                    editorial=True,
                    advice="Check your payment ID value in the request path.",
                ),
                CodeInfo(
                    value="Concurrency Conflict",
                    description="This resource is already being used in another request.",
                    category=_C.CONCURRENT_OPERATION,
                    sources=(_S["truelayer-payments-api-errors"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=409, sources=(_S["truelayer-payments-api-errors"],)),),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-payments-api-errors"],),
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(_S["truelayer-payments-api-errors"],),
                        ),
                    ),
                    page="reference/truelayer/payments_error/#ConcurrencyConflict",
                    advice="Try again later.",
                ),
                CodeInfo(
                    value="Idempotency-Key Concurrency Conflict",
                    description="Another request with the same Idempotency-Key is in progress.",
                    category=_C.CONCURRENT_OPERATION,
                    sources=(_S["truelayer-payments-api-errors"], _S["truelayer-error-types"]),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=409, sources=(_S["truelayer-payments-api-errors"],)),),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(
                                _S["truelayer-payments-api-errors"],
                                _S["truelayer-error-types"],
                            ),
                        ),
                    ),
                    page="reference/truelayer/payments_error/#IdempotencyKeyConcurrencyConflict",
                    editorial=True,
                    advice="Check if there's another request using the same Idempotency-Key header value currently in progress.",
                ),
                CodeInfo(
                    value="Idempotency-Key Reuse",
                    description="The Idempotency-Key was already used for another request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["truelayer-payments-api-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=422, sources=(_S["truelayer-payments-api-errors"],)),),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(_S["truelayer-payments-api-errors"],),
                        ),
                    ),
                    page="reference/truelayer/payments_error/#IdempotencyKeyReuse",
                    editorial=True,
                    advice="Use a unique Idempotency-Key value for each request. Idempotency keys remain valid for 30 days from creation.",
                ),
                CodeInfo(
                    value="Rate Limit Exceeded",
                    description="Too many requests were sent.",
                    category=_C.RATE_LIMITED,
                    sources=(_S["truelayer-payments-api-errors"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=429, sources=(_S["truelayer-payments-api-errors"],)),),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(_S["truelayer-payments-api-errors"],),
                        ),
                    ),
                    page="reference/truelayer/payments_error/#RateLimitExceeded",
                    equivalents=(
                        Equivalent(
                            provider="lean",
                            code_set="api_error_status",
                            value="RATE_LIMIT_EXCEEDED",
                            same="meaning",
                            reason="Too many requests in a period of time: the integrator's calls are throttled.",
                        ),
                        Equivalent(
                            provider="flinks",
                            code_set="api_error_code",
                            value="TOO_MANY_REQUESTS",
                            same="meaning",
                            reason="Too many requests in a period of time: the integrator's calls are throttled.",
                        ),
                        Equivalent(
                            provider="plaid",
                            code_set="error_type",
                            value="RATE_LIMIT_EXCEEDED",
                            same="meaning",
                            reason="Too many requests in a period of time: the integrator's calls are throttled.",
                        ),
                        Equivalent(
                            provider="truelayer",
                            code_set="data_api_v3_error",
                            value="Rate Limit Exceeded",
                            same="meaning",
                            reason="Too many requests in a period of time: the integrator's calls are throttled.",
                        ),
                        Equivalent(
                            provider="gocardless",
                            code_set="error_summary",
                            value="Rate limit exceeded",
                            same="meaning",
                            reason="Too many requests in a period of time: the integrator's calls are throttled.",
                        ),
                        Equivalent(
                            provider="fintoc",
                            code_set="error_code",
                            value="rate_limit_exceeded",
                            same="meaning",
                            reason="Too many requests in a period of time: the integrator's calls are throttled.",
                        ),
                        Equivalent(
                            provider="basiq",
                            code_set="error_code",
                            value="too-many-requests",
                            same="meaning",
                            reason="Too many requests in a period of time: the integrator's calls are throttled.",
                        ),
                        Equivalent(
                            provider="mono",
                            code_set="http_status",
                            value="429",
                            same="meaning",
                            reason="Too many requests in a period of time: the integrator's calls are throttled.",
                        ),
                    ),
                    editorial=True,
                    advice="Try again later.",
                ),
                CodeInfo(
                    value="Provider Error",
                    description="The provider (the user's bank) failed or is not available.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["truelayer-payments-api-errors"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=502, sources=(_S["truelayer-payments-api-errors"],)),),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(_S["truelayer-payments-api-errors"],),
                        ),
                    ),
                    page="reference/truelayer/payments_error/#ProviderError",
                    equivalents=(
                        Equivalent(
                            provider="lean",
                            code_set="granular_status_code",
                            value="BANK_MAINTENANCE",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="lean",
                            code_set="granular_status_code",
                            value="BANK_ISSUE",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="flinks",
                            code_set="api_error_code",
                            value="RETRY_LATER",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="argyle",
                            code_set="bank_connection_error",
                            value="temporary_connection_issue",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="plaid",
                            code_set="error_code",
                            value="INSTITUTION_DOWN",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="plaid",
                            code_set="error_code",
                            value="INSTITUTION_NOT_RESPONDING",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="mx",
                            code_set="connection_status",
                            value="9",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="truelayer",
                            code_set="data_api_v3_error",
                            value="Provider Error",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="gocardless",
                            code_set="account_error_type",
                            value="ServiceError",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="gocardless",
                            code_set="account_error_type",
                            value="ConnectionError",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="gocardless",
                            code_set="end_user_error",
                            value="InstitutionTechnicalError",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="stripe",
                            code_set="fc_event_error_code",
                            value="institution_unavailable_planned",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="stripe",
                            code_set="fc_event_error_code",
                            value="institution_unavailable_unplanned",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="stripe",
                            code_set="fc_event_error_code",
                            value="institution_timeout",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                        Equivalent(
                            provider="belvo",
                            code_set="error_code",
                            value="institution_down",
                            same="action",
                            reason="The institution cannot be reached for now; nothing is wrong with what the customer entered, and the customer can only try again later.",
                        ),
                    ),
                    editorial=True,
                    advice="Try again, or wait for the provider to be available again and retry.",
                ),
                CodeInfo(
                    value="Unknown Error",
                    description="An unexpected error.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["truelayer-payments-api-errors"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=500, sources=(_S["truelayer-payments-api-errors"],)),),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(_S["truelayer-payments-api-errors"],),
                        ),
                    ),
                    page="reference/truelayer/payments_error/#UnknownError",
                    editorial=True,
                    advice="Try again, or contact Support if the problem continues.",
                ),
                CodeInfo(
                    value="Conflict",
                    description="Another request conflicted with this one.",
                    category=_C.CONCURRENT_OPERATION,
                    sources=(_S["truelayer-error-types"], _S["truelayer-php-error-response"]),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=409, sources=(_S["truelayer-php-error-response"],)),),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(
                            field="advice", by="provider", sources=(_S["truelayer-error-types"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/truelayer/payments_error/#Conflict",
                    editorial=True,
                    advice="Try again.",
                    notes='The earlier Error types page lists a type Conflict ("Try again."), and the PHP client\'s test responses send it with title Conflict, type https://docs.truelayer.com/docs/error-types#conflict and status 409; the current table lists a 409 Concurrency Conflict instead.',
                ),
            ),
        ),
        {},
    )
    return PaymentsError


def _PaymentStatus() -> type[CodeEnum]:
    class PaymentStatus(CodeEnum):
        """Payment status: The status of a Payments API v3 payment. Payments into a merchant account end settled or failed, payments into an external account executed or failed; TrueLayer draws the transitions in a diagram that the copy read does not hold, and adds that a payment to a merchant account can move from executed to failed when name- or age-based verification is enabled.

        Wire field: status (payment resource)."""

        authorization_required = "authorization_required"
        authorizing = "authorizing"
        authorized = "authorized"
        executed = "executed"
        failed = "failed"
        settled = "settled"
        attempt_failed = "attempt_failed"

    register(
        PaymentStatus,
        lambda: (
            CodeSetInfo(
                provider="truelayer",
                id="payment_status",
                title="Payment status",
                description="The status of a Payments API v3 payment. Payments into a merchant account end settled or failed, payments into an external account executed or failed; TrueLayer draws the transitions in a diagram that the copy read does not hold, and adds that a payment to a merchant account can move from executed to failed when name- or age-based verification is enabled.",
                field="status (payment resource)",
                sources=(_S["truelayer-payment-statuses"],),
            ),
            (
                CodeInfo(
                    value="authorization_required",
                    description="The payment was created successfully and no further action has been taken.",
                    category=_C.PENDING,
                    sources=(_S["truelayer-payment-statuses"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-payment-statuses"],),
                        ),
                    ),
                    page="reference/truelayer/payment_status/#authorization_required",
                ),
                CodeInfo(
                    value="authorizing",
                    description="The end user started the authorisation journey by interacting with the hosted payment page or your UI, but hasn't completed the journey yet.",
                    category=_C.PENDING,
                    sources=(_S["truelayer-payment-statuses"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-payment-statuses"],),
                        ),
                    ),
                    page="reference/truelayer/payment_status/#authorizing",
                ),
                CodeInfo(
                    value="authorized",
                    description="The end user completed the authorisation journey and the payment was authorised. TrueLayer submitted the payment to the bank. No further action is needed from the user.",
                    category=_C.PENDING,
                    sources=(_S["truelayer-payment-statuses"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-payment-statuses"],),
                        ),
                    ),
                    page="reference/truelayer/payment_status/#authorized",
                ),
                CodeInfo(
                    value="executed",
                    description="TrueLayer submitted the payment to the bank and the payment was accepted successfully. The payment is executed by the bank.",
                    category=_C.SUCCESS,
                    sources=(_S["truelayer-payment-statuses"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-payment-statuses"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/truelayer/payment_status/#executed",
                    notes="Terminal for payments into an external account; a payment into a merchant account goes on to settled (or to failed, with name- or age-based verification).",
                ),
                CodeInfo(
                    value="failed",
                    description="The payment failed to transition to the next status. Learn about different failure reasons.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["truelayer-payment-statuses"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-payment-statuses"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/truelayer/payment_status/#failed",
                    notes="Terminal for all payments; failure_reason says why and failure_stage at which status it failed.",
                ),
                CodeInfo(
                    value="settled",
                    description="The payment settled into your merchant account. This status only appears for closed-loop payments. These are payments into a TrueLayer merchant account.",
                    category=_C.SUCCESS,
                    sources=(_S["truelayer-payment-statuses"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-payment-statuses"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/truelayer/payment_status/#settled",
                    notes="Terminal for payments into a merchant account.",
                ),
                CodeInfo(
                    value="attempt_failed",
                    description="An attempt at the payment failed while payment retries are enabled.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["truelayer-java-payment-status"],
                        _S["truelayer-php-payment-status"],
                        _S["truelayer-php-readme"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/truelayer/payment_status/#attempt_failed",
                    editorial=True,
                    notes="Not in the payment statuses table; TrueLayer's Java and PHP clients list it, and the PHP client's README says it is a \"Status only available when you enable payment retries\" and that a payment in it carries failed_at, failure_stage and failure_reason.",
                ),
            ),
        ),
        {},
    )
    return PaymentStatus


def _MandateStatus() -> type[CodeEnum]:
    class MandateStatus(CodeEnum):
        """Mandate status: The status of a Payments API v3 mandate (a consent for repeated payments).

        Wire field: status (mandate resource)."""

        authorization_required = "authorization_required"
        authorizing = "authorizing"
        authorized = "authorized"
        revoked = "revoked"
        failed = "failed"

    register(
        MandateStatus,
        lambda: (
            CodeSetInfo(
                provider="truelayer",
                id="mandate_status",
                title="Mandate status",
                description="The status of a Payments API v3 mandate (a consent for repeated payments).",
                field="status (mandate resource)",
                states=True,
                sources=(_S["truelayer-mandate-statuses"],),
            ),
            (
                CodeInfo(
                    value="authorization_required",
                    description="The mandate has been created successfully and no further action has been taken.",
                    category=_C.PENDING,
                    sources=(_S["truelayer-mandate-statuses"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-mandate-statuses"],),
                        ),
                    ),
                    page="reference/truelayer/mandate_status/#authorization_required",
                    next_statuses=("authorizing", "failed"),
                ),
                CodeInfo(
                    value="authorizing",
                    description="The end user has started the authorization journey by interacting with the hosted payment page or the client's UI and has not completed the journey yet.",
                    category=_C.PENDING,
                    sources=(_S["truelayer-mandate-statuses"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-mandate-statuses"],),
                        ),
                    ),
                    page="reference/truelayer/mandate_status/#authorizing",
                    next_statuses=("authorized", "failed"),
                ),
                CodeInfo(
                    value="authorized",
                    description="The end user has completed the authorization journey and the mandate has successfully completed its authorization flow.",
                    category=_C.SUCCESS,
                    sources=(_S["truelayer-mandate-statuses"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-mandate-statuses"],),
                        ),
                    ),
                    page="reference/truelayer/mandate_status/#authorized",
                    next_statuses=("revoked",),
                ),
                CodeInfo(
                    value="revoked",
                    description="The mandate was revoked after being authorized, either through by the client revoking the mandate on behalf of the user, or by the user revoking it via their bank.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["truelayer-mandate-statuses"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-mandate-statuses"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/truelayer/mandate_status/#revoked",
                    next_statuses=(),
                    notes="Terminal; payments on it need a new mandate, which the user must authorise.",
                    state="revoked",
                    state_reason="The mandate was revoked.",
                ),
                CodeInfo(
                    value="failed",
                    description="The mandate could not be authorized. Either the mandate parameters were invalid, or the user did not successfully complete the consent flow.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["truelayer-mandate-statuses"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-mandate-statuses"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/truelayer/mandate_status/#failed",
                    next_statuses=(),
                    notes="Terminal; failure_reason says why and failure_stage at which status it failed.",
                    state="unknown",
                    state_reason="The mandate failed; no state of a connection follows.",
                ),
            ),
        ),
        {},
    )
    return MandateStatus


def _PayoutStatus() -> type[CodeEnum]:
    class PayoutStatus(CodeEnum):
        """Payout status: The status of a Payments API v3 payout from a TrueLayer merchant account; TrueLayer sends webhooks for executed and failed.

        Wire field: status (payout resource)."""

        pending = "pending"
        authorized = "authorized"
        executed = "executed"
        failed = "failed"

    register(
        PayoutStatus,
        lambda: (
            CodeSetInfo(
                provider="truelayer",
                id="payout_status",
                title="Payout status",
                description="The status of a Payments API v3 payout from a TrueLayer merchant account; TrueLayer sends webhooks for executed and failed.",
                field="status (payout resource)",
                sources=(_S["truelayer-payout-and-refund-statuses"],),
            ),
            (
                CodeInfo(
                    value="pending",
                    description="The payout has been created with TrueLayer's API but it has not yet been authorised and sent to the payment scheme for execution.",
                    category=_C.PENDING,
                    sources=(_S["truelayer-payout-and-refund-statuses"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-payout-and-refund-statuses"],),
                        ),
                    ),
                    page="reference/truelayer/payout_status/#pending",
                ),
                CodeInfo(
                    value="authorized",
                    description="The payout has been sent to the payment scheme for execution.",
                    category=_C.PENDING,
                    sources=(_S["truelayer-payout-and-refund-statuses"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-payout-and-refund-statuses"],),
                        ),
                    ),
                    page="reference/truelayer/payout_status/#authorized",
                ),
                CodeInfo(
                    value="executed",
                    description="The payout has successfully been made to the beneficiary account. The payout amount has been deducted from your merchant account.",
                    category=_C.SUCCESS,
                    sources=(_S["truelayer-payout-and-refund-statuses"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-payout-and-refund-statuses"],),
                        ),
                    ),
                    page="reference/truelayer/payout_status/#executed",
                ),
                CodeInfo(
                    value="failed",
                    description="The payout failed. The payout amount has not been deducted from your merchant account.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["truelayer-payout-and-refund-statuses"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-payout-and-refund-statuses"],),
                        ),
                    ),
                    page="reference/truelayer/payout_status/#failed",
                ),
            ),
        ),
        {},
    )
    return PayoutStatus


def _RefundStatus() -> type[CodeEnum]:
    class RefundStatus(CodeEnum):
        """Refund status: The status of a Payments API v3 refund of a payment into a TrueLayer merchant account.

        Wire field: status (refund resource)."""

        pending = "pending"
        authorized = "authorized"
        executed = "executed"
        failed = "failed"

    register(
        RefundStatus,
        lambda: (
            CodeSetInfo(
                provider="truelayer",
                id="refund_status",
                title="Refund status",
                description="The status of a Payments API v3 refund of a payment into a TrueLayer merchant account.",
                field="status (refund resource)",
                sources=(_S["truelayer-payout-and-refund-statuses"],),
            ),
            (
                CodeInfo(
                    value="pending",
                    description="The refund has been created via TrueLayer's API but has not yet been authorised and sent to the payment scheme for execution.",
                    category=_C.PENDING,
                    sources=(_S["truelayer-payout-and-refund-statuses"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-payout-and-refund-statuses"],),
                        ),
                    ),
                    page="reference/truelayer/refund_status/#pending",
                    next_statuses=("authorized",),
                ),
                CodeInfo(
                    value="authorized",
                    description="The refund has been created and sent to the payment scheme for execution.",
                    category=_C.PENDING,
                    sources=(_S["truelayer-payout-and-refund-statuses"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-payout-and-refund-statuses"],),
                        ),
                    ),
                    page="reference/truelayer/refund_status/#authorized",
                    next_statuses=("executed", "failed"),
                ),
                CodeInfo(
                    value="executed",
                    description="The refund was executed. The refund amount has been deducted from your merchant account.",
                    category=_C.SUCCESS,
                    sources=(_S["truelayer-payout-and-refund-statuses"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-payout-and-refund-statuses"],),
                        ),
                    ),
                    page="reference/truelayer/refund_status/#executed",
                    next_statuses=(),
                ),
                CodeInfo(
                    value="failed",
                    description="The refund failed. The refund amount has not been deducted from your merchant account.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["truelayer-payout-and-refund-statuses"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-payout-and-refund-statuses"],),
                        ),
                    ),
                    page="reference/truelayer/refund_status/#failed",
                    next_statuses=(),
                ),
            ),
        ),
        {},
    )
    return RefundStatus


def _FailureReason() -> type[CodeEnum]:
    class FailureReason(CodeEnum):
        """Failure reason: Why a payment, mandate or refund failed (failure_reason). TrueLayer's pages give only example values and say implementations should expect other values; the full list here is the one TrueLayer's iOS SDK decodes from its payment page's messages (api_failure_reason). Every description is bankcodes' wording: the payment and mandate pages read name these values without describing them. A payout's failure_reason has values of its own, which TrueLayer describes (payout_failure_reason); the refund failure reasons of its payout and refund statuses page are in no copy read, so a refund's is read here.

        Wire field: failure_reason (payment_failed, mandate_failed and refund_failed webhooks; failed payments, mandates and refunds)."""

        authorization_failed = "authorization_failed"
        blocked = "blocked"
        canceled = "canceled"
        constraint_violation = "constraint_violation"
        expired = "expired"
        insufficient_funds = "insufficient_funds"
        internal_server_error = "internal_server_error"
        invalid_account_details = "invalid_account_details"
        invalid_account_holder_name = "invalid_account_holder_name"
        invalid_beneficiary_account = "invalid_beneficiary_account"
        invalid_credentials = "invalid_credentials"
        invalid_mandate_state = "invalid_mandate_state"
        invalid_otp = "invalid_otp"
        invalid_remitter_account = "invalid_remitter_account"
        invalid_request = "invalid_request"
        invalid_sort_code = "invalid_sort_code"
        mandate_revoked = "mandate_revoked"
        not_authorized = "not_authorized"
        payment_limit_exceeded = "payment_limit_exceeded"
        provider_error = "provider_error"
        provider_expired = "provider_expired"
        provider_rejected = "provider_rejected"
        rejected = "rejected"
        scheme_unavailable = "scheme_unavailable"
        unknown_error = "unknown_error"
        user_canceled_at_provider = "user_canceled_at_provider"
        verification_declined = "verification_declined"

    register(
        FailureReason,
        lambda: (
            CodeSetInfo(
                provider="truelayer",
                id="failure_reason",
                title="Failure reason",
                description="Why a payment, mandate or refund failed (failure_reason). TrueLayer's pages give only example values and say implementations should expect other values; the full list here is the one TrueLayer's iOS SDK decodes from its payment page's messages (api_failure_reason). Every description is bankcodes' wording: the payment and mandate pages read name these values without describing them. A payout's failure_reason has values of its own, which TrueLayer describes (payout_failure_reason); the refund failure reasons of its payout and refund statuses page are in no copy read, so a refund's is read here.",
                field="failure_reason (payment_failed, mandate_failed and refund_failed webhooks; failed payments, mandates and refunds)",
                sources=(_S["truelayer-ios-hpp-message-abi"],),
            ),
            (
                CodeInfo(
                    value="authorization_failed",
                    description="The authorisation of the payment or mandate failed.",
                    category=_C.REJECTED,
                    sources=(
                        _S["truelayer-payment-webhook-specs-failed"],
                        _S["truelayer-mandate-webhook-specs"],
                        _S["truelayer-php-payment-failed-interface"],
                        _S["truelayer-ios-hpp-message-abi"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/truelayer/failure_reason/#authorization_failed",
                    editorial=True,
                ),
                CodeInfo(
                    value="blocked",
                    description="The payment was blocked.",
                    category=_C.REJECTED,
                    sources=(_S["truelayer-ios-hpp-message-abi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/truelayer/failure_reason/#blocked",
                    editorial=True,
                    notes='TrueLayer\'s React Native SDK describes its own Blocked: "The payment has been blocked due to a regulatory requirement. This may happen if the PSU fails a sanctions check."',
                ),
                CodeInfo(
                    value="canceled",
                    description="The payment was cancelled.",
                    category=_C.CANCELLED,
                    sources=(
                        _S["truelayer-php-payment-failed-interface"],
                        _S["truelayer-ios-hpp-message-abi"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/truelayer/failure_reason/#canceled",
                    editorial=True,
                ),
                CodeInfo(
                    value="constraint_violation",
                    description="The payment broke a constraint of its mandate.",
                    category=_C.REJECTED,
                    sources=(_S["truelayer-ios-hpp-message-abi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/truelayer/failure_reason/#constraint_violation",
                    editorial=True,
                ),
                CodeInfo(
                    value="expired",
                    description="The payment expired before it was completed.",
                    category=_C.SESSION_EXPIRED,
                    sources=(
                        _S["truelayer-php-payment-failed-interface"],
                        _S["truelayer-ios-hpp-message-abi"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/truelayer/failure_reason/#expired",
                    editorial=True,
                ),
                CodeInfo(
                    value="insufficient_funds",
                    description="The account the payment or refund was to be paid from did not hold enough money.",
                    category=_C.REJECTED,
                    sources=(
                        _S["truelayer-ios-hpp-message-abi"],
                        _S["truelayer-php-webhook-payloads"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/truelayer/failure_reason/#insufficient_funds",
                    editorial=True,
                    notes="TrueLayer's React Native SDK describes its own InsufficientFunds: \"The PSU did not have the required balance in their account to complete this payment.\"; the PHP client's test refund_failed webhook carries it.",
                ),
                CodeInfo(
                    value="internal_server_error",
                    description="An error inside TrueLayer.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["truelayer-mandate-webhook-specs"],
                        _S["truelayer-php-payment-failed-interface"],
                        _S["truelayer-ios-hpp-message-abi"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/truelayer/failure_reason/#internal_server_error",
                    editorial=True,
                ),
                CodeInfo(
                    value="invalid_account_details",
                    description="The creditor's or debtor's account details were not valid.",
                    category=_C.REJECTED,
                    sources=(_S["truelayer-ios-hpp-message-abi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/truelayer/failure_reason/#invalid_account_details",
                    editorial=True,
                    notes="TrueLayer's React Native SDK describes its own InvalidAccountDetails: \"The payment failed because either the creditor's or debtor's account details were invalid.\"",
                ),
                CodeInfo(
                    value="invalid_account_holder_name",
                    description="The account holder's name was not valid.",
                    category=_C.REJECTED,
                    sources=(_S["truelayer-ios-hpp-message-abi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/truelayer/failure_reason/#invalid_account_holder_name",
                    editorial=True,
                ),
                CodeInfo(
                    value="invalid_beneficiary_account",
                    description="The beneficiary account was not valid.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["truelayer-ios-hpp-message-abi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/truelayer/failure_reason/#invalid_beneficiary_account",
                    editorial=True,
                ),
                CodeInfo(
                    value="invalid_credentials",
                    description="The user's banking credentials were not accepted.",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(_S["truelayer-ios-hpp-message-abi"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/truelayer/failure_reason/#invalid_credentials",
                    editorial=True,
                    notes='TrueLayer\'s React Native SDK describes its own InvalidCredentials: "The banking credentials provided by the PSU to log into their bank were incorrect."',
                ),
                CodeInfo(
                    value="invalid_mandate_state",
                    description="The mandate was not in a state that allows the payment.",
                    category=_C.REJECTED,
                    sources=(_S["truelayer-ios-hpp-message-abi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/truelayer/failure_reason/#invalid_mandate_state",
                    editorial=True,
                ),
                CodeInfo(
                    value="invalid_otp",
                    description="A one-time passcode was not accepted.",
                    category=_C.MFA_FAILED,
                    sources=(_S["truelayer-ios-hpp-message-abi"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/truelayer/failure_reason/#invalid_otp",
                    editorial=True,
                ),
                CodeInfo(
                    value="invalid_remitter_account",
                    description="The remitter's account details were not valid.",
                    category=_C.REJECTED,
                    sources=(_S["truelayer-ios-hpp-message-abi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/truelayer/failure_reason/#invalid_remitter_account",
                    editorial=True,
                    notes='TrueLayer\'s React Native SDK describes its own InvalidRemitterAccount: "The account details of the remitter bank account provided during the payment flow were incorrect."',
                ),
                CodeInfo(
                    value="invalid_request",
                    description="The request held data that is not valid.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["truelayer-mandate-webhook-specs"],
                        _S["truelayer-ios-hpp-message-abi"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/truelayer/failure_reason/#invalid_request",
                    editorial=True,
                ),
                CodeInfo(
                    value="invalid_sort_code",
                    description="A sort code was not valid.",
                    category=_C.REJECTED,
                    sources=(
                        _S["truelayer-mandate-webhook-specs"],
                        _S["truelayer-ios-hpp-message-abi"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/truelayer/failure_reason/#invalid_sort_code",
                    editorial=True,
                ),
                CodeInfo(
                    value="mandate_revoked",
                    description="The payment's mandate was revoked.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["truelayer-ios-hpp-message-abi"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/truelayer/failure_reason/#mandate_revoked",
                    editorial=True,
                ),
                CodeInfo(
                    value="not_authorized",
                    description="The payment was not authorised.",
                    category=_C.REJECTED,
                    sources=(_S["truelayer-ios-hpp-message-abi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/truelayer/failure_reason/#not_authorized",
                    editorial=True,
                ),
                CodeInfo(
                    value="payment_limit_exceeded",
                    description="The user's payment limit at their bank was exceeded.",
                    category=_C.REJECTED,
                    sources=(_S["truelayer-ios-hpp-message-abi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/truelayer/failure_reason/#payment_limit_exceeded",
                    editorial=True,
                    notes="TrueLayer's React Native SDK describes its own PaymentLimitExceeded: \"The PSU's payment limit amount with their bank was breached.\"",
                ),
                CodeInfo(
                    value="provider_error",
                    description="The provider (the bank) failed.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["truelayer-mandate-webhook-specs"],
                        _S["truelayer-php-payment-failed-interface"],
                        _S["truelayer-ios-hpp-message-abi"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/truelayer/failure_reason/#provider_error",
                    editorial=True,
                    notes='TrueLayer\'s React Native SDK describes its own ProviderError: "The provider has unexpectedly failed when creating the payment."',
                ),
                CodeInfo(
                    value="provider_expired",
                    description="The token or code used with the bank expired.",
                    category=_C.SESSION_EXPIRED,
                    sources=(_S["truelayer-ios-hpp-message-abi"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/truelayer/failure_reason/#provider_expired",
                    editorial=True,
                    notes='TrueLayer\'s React Native SDK describes its own ProviderExpired: "The payment failed because the token or exchange code used to communicate with the bank expired."',
                ),
                CodeInfo(
                    value="provider_rejected",
                    description="The provider (the bank) rejected the payment or mandate.",
                    category=_C.REJECTED,
                    sources=(
                        _S["truelayer-mandate-webhook-specs"],
                        _S["truelayer-php-payment-failed-interface"],
                        _S["truelayer-ios-hpp-message-abi"],
                        _S["truelayer-mandate-statuses"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/truelayer/failure_reason/#provider_rejected",
                    editorial=True,
                    notes='TrueLayer\'s React Native SDK describes its own ProviderRejected: "The provider rejected the payment."',
                ),
                CodeInfo(
                    value="rejected",
                    description="The payment was rejected.",
                    category=_C.REJECTED,
                    sources=(
                        _S["truelayer-payment-webhook-specs-failed"],
                        _S["truelayer-php-payment-failed-interface"],
                        _S["truelayer-ios-hpp-message-abi"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/truelayer/failure_reason/#rejected",
                    editorial=True,
                ),
                CodeInfo(
                    value="scheme_unavailable",
                    description="The payment scheme was not available.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["truelayer-ios-hpp-message-abi"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/truelayer/failure_reason/#scheme_unavailable",
                    editorial=True,
                ),
                CodeInfo(
                    value="unknown_error",
                    description="The cause is not known.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["truelayer-mandate-webhook-specs"],
                        _S["truelayer-ios-hpp-message-abi"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/truelayer/failure_reason/#unknown_error",
                    editorial=True,
                ),
                CodeInfo(
                    value="user_canceled_at_provider",
                    description="The user cancelled at their bank.",
                    category=_C.CANCELLED,
                    sources=(_S["truelayer-ios-hpp-message-abi"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/truelayer/failure_reason/#user_canceled_at_provider",
                    editorial=True,
                ),
                CodeInfo(
                    value="verification_declined",
                    description="A verification of the payer (name or age) declined the payment.",
                    category=_C.REJECTED,
                    sources=(_S["truelayer-ios-hpp-message-abi"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/truelayer/failure_reason/#verification_declined",
                    editorial=True,
                ),
            ),
        ),
        {},
    )
    return FailureReason


def _PayoutFailureReason() -> type[CodeEnum]:
    class PayoutFailureReason(CodeEnum):
        """Payout failure reason: Why a Payments API v3 payout failed (failure_reason): TrueLayer's payout and refund statuses page lists these values, each with its meaning ("If a payout fails, the failure_reason object contains one of the following values, which explains why the payout failed"). They are not a payment's failure reasons: a payout's insufficient_funds is the merchant account's, a payment's its payer's. The copies read end inside the payout section: the page's refund failure reasons are in none of them.

        Wire field: failure_reason (payout_failed webhooks; failed payouts: GET /v3/payouts/{id})."""

        blocked = "blocked"
        insufficient_funds = "insufficient_funds"
        invalid_iban = "invalid_iban"
        invalid_scan = "invalid_scan"
        returned = "returned"
        scheme_error = "scheme_error"
        server_error = "server_error"
        unknown = "unknown"
        scan_conversion = "scan_conversion"

    register(
        PayoutFailureReason,
        lambda: (
            CodeSetInfo(
                provider="truelayer",
                id="payout_failure_reason",
                title="Payout failure reason",
                description="Why a Payments API v3 payout failed (failure_reason): TrueLayer's payout and refund statuses page lists these values, each with its meaning (\"If a payout fails, the failure_reason object contains one of the following values, which explains why the payout failed\"). They are not a payment's failure reasons: a payout's insufficient_funds is the merchant account's, a payment's its payer's. The copies read end inside the payout section: the page's refund failure reasons are in none of them.",
                field="failure_reason (payout_failed webhooks; failed payouts: GET /v3/payouts/{id})",
                sources=(
                    _S["truelayer-payout-statuses-eight-reasons"],
                    _S["truelayer-payout-statuses-returned"],
                    _S["truelayer-payout-statuses-table"],
                    _S["truelayer-payout-statuses-scan-conversion"],
                ),
            ),
            (
                CodeInfo(
                    value="blocked",
                    description="The payout was blocked due to a regulatory requirement. This may happen if the payee fails a sanctions check.",
                    category=_C.REJECTED,
                    sources=(
                        _S["truelayer-payout-statuses-eight-reasons"],
                        _S["truelayer-payout-statuses-returned"],
                        _S["truelayer-payout-statuses-table"],
                        _S["truelayer-payout-statuses-scan-conversion"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["truelayer-payout-statuses-eight-reasons"],
                                _S["truelayer-payout-statuses-returned"],
                                _S["truelayer-payout-statuses-table"],
                                _S["truelayer-payout-statuses-scan-conversion"],
                            ),
                        ),
                    ),
                    page="reference/truelayer/payout_failure_reason/#blocked",
                ),
                CodeInfo(
                    value="insufficient_funds",
                    description="The merchant account did not contain enough funds to make this payout.",
                    category=_C.REJECTED,
                    sources=(
                        _S["truelayer-payout-statuses-eight-reasons"],
                        _S["truelayer-payout-statuses-returned"],
                        _S["truelayer-payout-statuses-table"],
                        _S["truelayer-payout-statuses-scan-conversion"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["truelayer-payout-statuses-eight-reasons"],
                                _S["truelayer-payout-statuses-returned"],
                                _S["truelayer-payout-statuses-table"],
                                _S["truelayer-payout-statuses-scan-conversion"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/truelayer/payout_failure_reason/#insufficient_funds",
                    notes="The merchant account is the integrator's, not the end user's: a payment's insufficient_funds (failure_reason) is its payer's account.",
                ),
                CodeInfo(
                    value="invalid_iban",
                    description="The IBAN that your user provided at the creation of the pay-in this closed-loop payout is for was invalid.",
                    category=_C.REJECTED,
                    sources=(
                        _S["truelayer-payout-statuses-eight-reasons"],
                        _S["truelayer-payout-statuses-returned"],
                        _S["truelayer-payout-statuses-table"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["truelayer-payout-statuses-eight-reasons"],
                                _S["truelayer-payout-statuses-returned"],
                                _S["truelayer-payout-statuses-table"],
                            ),
                        ),
                    ),
                    page="reference/truelayer/payout_failure_reason/#invalid_iban",
                ),
                CodeInfo(
                    value="invalid_scan",
                    description="We could not convert the beneficiary’s sort code and account number to an IBAN.",
                    category=_C.REJECTED,
                    sources=(
                        _S["truelayer-payout-statuses-eight-reasons"],
                        _S["truelayer-payout-statuses-returned"],
                        _S["truelayer-payout-statuses-table"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["truelayer-payout-statuses-eight-reasons"],
                                _S["truelayer-payout-statuses-returned"],
                                _S["truelayer-payout-statuses-table"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/truelayer/payout_failure_reason/#invalid_scan",
                    notes="An earlier copy of the page lists scan_conversion, with the same meaning, in its place.",
                ),
                CodeInfo(
                    value="returned",
                    description="The payout was returned by the beneficiary bank after it entered the executed status.",
                    category=_C.REJECTED,
                    sources=(
                        _S["truelayer-payout-statuses-eight-reasons"],
                        _S["truelayer-payout-statuses-returned"],
                        _S["truelayer-payout-statuses-table"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-payout-statuses-returned"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/truelayer/payout_failure_reason/#returned",
                    notes='The newest copy\'s second paragraph is cut: "When a payout fails with the returned reason, you receive the payout_failed webhook and the status of p". An earlier copy reads "The payout was blocked or rejected by the beneficiary bank after it had entered the executed status." and goes on "When a payout fails with a status of returned, you receive the payout_failed webhook. However, the payout remains in a state of executed, not failed."; the newest copies\' executed row says instead that a bank can, in some rare cases, return a payout or refund, in which case an executed payout or refund can transition to failed.',
                ),
                CodeInfo(
                    value="scheme_error",
                    description="There was an issue with the selected payment provider or payment scheme.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["truelayer-payout-statuses-eight-reasons"],
                        _S["truelayer-payout-statuses-table"],
                        _S["truelayer-payout-statuses-scan-conversion"],
                        _S["truelayer-payouts-webhooks"],
                        _S["truelayer-php-webhook-payloads"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["truelayer-payout-statuses-eight-reasons"],
                                _S["truelayer-payout-statuses-table"],
                                _S["truelayer-payout-statuses-scan-conversion"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/truelayer/payout_failure_reason/#scheme_error",
                    notes="TrueLayer's payout_failed example carries it, as do the PHP client's test payout_failed webhooks.",
                ),
                CodeInfo(
                    value="server_error",
                    description="TrueLayer encountered an error while processing the payment.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["truelayer-payout-statuses-eight-reasons"],
                        _S["truelayer-payout-statuses-scan-conversion"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["truelayer-payout-statuses-eight-reasons"],
                                _S["truelayer-payout-statuses-scan-conversion"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/truelayer/payout_failure_reason/#server_error",
                    notes='Its meaning says "the payment" as published. The copy with pipe tables is cut in this row ("Tru").',
                ),
                CodeInfo(
                    value="unknown",
                    description="The payout failed for an unknown reason that does not belong to any of the other reasons.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["truelayer-payout-statuses-eight-reasons"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-payout-statuses-eight-reasons"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(
                                _S["truelayer-payout-statuses-eight-reasons"],
                                _S["truelayer-payout-statuses-table"],
                                _S["truelayer-payout-statuses-returned"],
                                _S["truelayer-payout-statuses-scan-conversion"],
                            ),
                        ),
                    ),
                    page="reference/truelayer/payout_failure_reason/#unknown",
                    notes="Only the copy listing eight values has it: the copy with pipe tables and the newest copy are cut before it, and the earlier copy lists five values without it. Not a payment's unknown_error (failure_reason).",
                ),
                CodeInfo(
                    value="scan_conversion",
                    description="We could not convert beneficiary’s sort code and account number to an IBAN.",
                    category=_C.REJECTED,
                    sources=(_S["truelayer-payout-statuses-scan-conversion"],),
                    retryable=False,
                    end_user_can_retry=False,
                    lifecycle=Lifecycle(
                        state="removed",
                        note="Listed by an earlier copy of the payout and refund statuses page; the later copies list invalid_scan, with the same meaning, where it stood, and scan_conversion no more. TrueLayer does not say whether a payout can still carry it.",
                        replaced_by="invalid_scan",
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-payout-statuses-scan-conversion"],),
                        ),
                    ),
                    page="reference/truelayer/payout_failure_reason/#scan_conversion",
                ),
            ),
        ),
        {},
    )
    return PayoutFailureReason


def _FailureStage() -> type[CodeEnum]:
    class FailureStage(CodeEnum):
        """Failure stage: The status a payment or mandate was in when it failed: TrueLayer says it can be one of authorization_required, authorizing and authorized.

        Wire field: failure_stage (payment_failed and mandate_failed webhooks; failed payments and mandates)."""

        authorization_required = "authorization_required"
        authorizing = "authorizing"
        authorized = "authorized"

    register(
        FailureStage,
        lambda: (
            CodeSetInfo(
                provider="truelayer",
                id="failure_stage",
                title="Failure stage",
                description="The status a payment or mandate was in when it failed: TrueLayer says it can be one of authorization_required, authorizing and authorized.",
                field="failure_stage (payment_failed and mandate_failed webhooks; failed payments and mandates)",
                sources=(
                    _S["truelayer-payment-webhook-specs-failed"],
                    _S["truelayer-mandate-webhook-specs"],
                    _S["truelayer-php-payment-failed-interface"],
                ),
            ),
            (
                CodeInfo(
                    value="authorization_required",
                    description="It failed before the user started to authorise it.",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["truelayer-payment-webhook-specs-failed"],
                        _S["truelayer-mandate-webhook-specs"],
                        _S["truelayer-php-payment-failed-interface"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/truelayer/failure_stage/#authorization_required",
                    editorial=True,
                ),
                CodeInfo(
                    value="authorizing",
                    description="It failed while the user was authorising it.",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["truelayer-payment-webhook-specs-failed"],
                        _S["truelayer-mandate-webhook-specs"],
                        _S["truelayer-php-payment-failed-interface"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/truelayer/failure_stage/#authorizing",
                    editorial=True,
                ),
                CodeInfo(
                    value="authorized",
                    description="It failed after it was authorised.",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["truelayer-payment-webhook-specs-failed"],
                        _S["truelayer-mandate-webhook-specs"],
                        _S["truelayer-php-payment-failed-interface"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/truelayer/failure_stage/#authorized",
                    editorial=True,
                ),
            ),
        ),
        {},
    )
    return FailureStage


def _WebhookType() -> type[CodeEnum]:
    class WebhookType(CodeEnum):
        """Webhook type: The type of a Payments API v3 webhook (its type field).

        Wire field: type (Payments API v3 webhooks)."""

        payment_authorized = "payment_authorized"
        payment_executed = "payment_executed"
        payment_failed = "payment_failed"
        payment_creditable = "payment_creditable"
        payment_settled = "payment_settled"
        payment_settlement_stalled = "payment_settlement_stalled"
        external_payment_received = "external_payment_received"
        mandate_authorized = "mandate_authorized"
        mandate_failed = "mandate_failed"
        mandate_revoked = "mandate_revoked"
        payment_link_payment_created = "payment_link_payment_created"
        payment_link_disabled = "payment_link_disabled"
        payout_executed = "payout_executed"
        payout_failed = "payout_failed"
        refund_executed = "refund_executed"
        refund_failed = "refund_failed"
        mandate_remitter_changed = "mandate_remitter_changed"
        mandate_initial_payment_created = "mandate_initial_payment_created"

    register(
        WebhookType,
        lambda: (
            CodeSetInfo(
                provider="truelayer",
                id="webhook_type",
                title="Webhook type",
                description="The type of a Payments API v3 webhook (its type field).",
                field="type (Payments API v3 webhooks)",
                sources=(_S["truelayer-webhook-types"],),
            ),
            (
                CodeInfo(
                    value="payment_authorized",
                    description="The payment was authorised.",
                    category=_C.PENDING,
                    sources=(
                        _S["truelayer-webhook-types"],
                        _S["truelayer-webhook-notifications-v3"],
                        _S["truelayer-php-webhook-event-types"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-webhook-types"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/truelayer/webhook_type/#payment_authorized",
                    notes="The category of the status it reports (PaymentStatus.authorized).",
                ),
                CodeInfo(
                    value="payment_executed",
                    description="The payment was executed.",
                    category=_C.SUCCESS,
                    sources=(
                        _S["truelayer-webhook-types"],
                        _S["truelayer-webhook-notifications-v3"],
                        _S["truelayer-php-webhook-event-types"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-webhook-types"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/truelayer/webhook_type/#payment_executed",
                    notes="The category of the status it reports (PaymentStatus.executed).",
                ),
                CodeInfo(
                    value="payment_failed",
                    description="The payment failed.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["truelayer-webhook-types"],
                        _S["truelayer-webhook-notifications-v3"],
                        _S["truelayer-php-webhook-event-types"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-webhook-types"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/truelayer/webhook_type/#payment_failed",
                    notes="The category of the status it reports (PaymentStatus.failed): where its failure_reason is one the catalog does not know yet, the type decides.",
                ),
                CodeInfo(
                    value="payment_creditable",
                    description="The payment has been deemed ready to be credited to the end user.",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["truelayer-webhook-types"],
                        _S["truelayer-php-webhook-event-types"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-webhook-types"],),
                        ),
                    ),
                    page="reference/truelayer/webhook_type/#payment_creditable",
                ),
                CodeInfo(
                    value="payment_settled",
                    description="The payment has settled.",
                    category=_C.SUCCESS,
                    sources=(
                        _S["truelayer-webhook-types"],
                        _S["truelayer-webhook-notifications-v3"],
                        _S["truelayer-php-webhook-event-types"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-webhook-types"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/truelayer/webhook_type/#payment_settled",
                    notes="The category of the status it reports (PaymentStatus.settled).",
                ),
                CodeInfo(
                    value="payment_settlement_stalled",
                    description="The payment did not reach settled status after a certain amount of time.",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["truelayer-webhook-types"],
                        _S["truelayer-php-webhook-event-types"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-webhook-types"],),
                        ),
                    ),
                    page="reference/truelayer/webhook_type/#payment_settlement_stalled",
                ),
                CodeInfo(
                    value="external_payment_received",
                    description="The external payment has settled.",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["truelayer-webhook-types"],
                        _S["truelayer-webhook-notifications-v3"],
                        _S["truelayer-php-webhook-event-types"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-webhook-types"],),
                        ),
                    ),
                    page="reference/truelayer/webhook_type/#external_payment_received",
                ),
                CodeInfo(
                    value="mandate_authorized",
                    description="The mandate was authorised.",
                    category=_C.SUCCESS,
                    sources=(
                        _S["truelayer-webhook-types"],
                        _S["truelayer-webhook-notifications-v3"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-webhook-types"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/truelayer/webhook_type/#mandate_authorized",
                    notes="The category of the status it reports (MandateStatus.authorized).",
                ),
                CodeInfo(
                    value="mandate_failed",
                    description="The mandate creation failed.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["truelayer-webhook-types"],
                        _S["truelayer-webhook-notifications-v3"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-webhook-types"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/truelayer/webhook_type/#mandate_failed",
                    notes="The category of the status it reports (MandateStatus.failed): where its failure_reason is one the catalog does not know yet, the type decides.",
                ),
                CodeInfo(
                    value="mandate_revoked",
                    description="The mandate was revoked.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(
                        _S["truelayer-webhook-types"],
                        _S["truelayer-webhook-notifications-v3"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-webhook-types"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/truelayer/webhook_type/#mandate_revoked",
                    notes="The category of the status it reports (MandateStatus.revoked).",
                ),
                CodeInfo(
                    value="payment_link_payment_created",
                    description="A payment was created through a payment link.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["truelayer-webhook-types"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-webhook-types"],),
                        ),
                    ),
                    page="reference/truelayer/webhook_type/#payment_link_payment_created",
                ),
                CodeInfo(
                    value="payment_link_disabled",
                    description="The payment link was disabled.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["truelayer-webhook-types"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-webhook-types"],),
                        ),
                    ),
                    page="reference/truelayer/webhook_type/#payment_link_disabled",
                ),
                CodeInfo(
                    value="payout_executed",
                    description="The payout was executed. Notification structure differs between closed-loop, open-loop or business account payouts.",
                    category=_C.SUCCESS,
                    sources=(
                        _S["truelayer-webhook-types"],
                        _S["truelayer-webhook-notifications-v3"],
                        _S["truelayer-php-webhook-event-types"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-webhook-types"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/truelayer/webhook_type/#payout_executed",
                    notes="The category of the status it reports (PayoutStatus.executed).",
                ),
                CodeInfo(
                    value="payout_failed",
                    description="The payout failed. Notification structure differs between closed-loop, open-loop or business account payouts.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["truelayer-webhook-types"],
                        _S["truelayer-webhook-notifications-v3"],
                        _S["truelayer-php-webhook-event-types"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-webhook-types"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/truelayer/webhook_type/#payout_failed",
                    notes="The category of the status it reports (PayoutStatus.failed): where its failure_reason is one the catalog does not know yet, the type decides.",
                ),
                CodeInfo(
                    value="refund_executed",
                    description="The refund was executed.",
                    category=_C.SUCCESS,
                    sources=(
                        _S["truelayer-webhook-types"],
                        _S["truelayer-webhook-notifications-v3"],
                        _S["truelayer-php-webhook-event-types"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-webhook-types"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/truelayer/webhook_type/#refund_executed",
                    notes="The category of the status it reports (RefundStatus.executed).",
                ),
                CodeInfo(
                    value="refund_failed",
                    description="The refund failed.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["truelayer-webhook-types"],
                        _S["truelayer-webhook-notifications-v3"],
                        _S["truelayer-php-webhook-event-types"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-webhook-types"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/truelayer/webhook_type/#refund_failed",
                    notes="The category of the status it reports (RefundStatus.failed): where its failure_reason is one the catalog does not know yet, the type decides.",
                ),
                CodeInfo(
                    value="mandate_remitter_changed",
                    description="A mandate's remitter changed.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["truelayer-reference-webhook-mandates"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/truelayer/webhook_type/#mandate_remitter_changed",
                    editorial=True,
                    notes="Named among the payloads of TrueLayer's mandate webhooks API reference, which describes only mandate_authorized in the copy read.",
                ),
                CodeInfo(
                    value="mandate_initial_payment_created",
                    description="A mandate's initial payment was created.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["truelayer-reference-webhook-mandates"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/truelayer/webhook_type/#mandate_initial_payment_created",
                    editorial=True,
                    notes="Named among the payloads of TrueLayer's mandate webhooks API reference, which describes only mandate_authorized in the copy read.",
                ),
            ),
        ),
        {},
    )
    return WebhookType


def _SdkFailureReason() -> type[CodeEnum]:
    class SdkFailureReason(CodeEnum):
        """React Native SDK failure reason: Why processPayment or processMandate of TrueLayer's React Native payments SDK ended in Failure: the reason of its ProcessorResult (also the reason of a status request's StatusFailure).

        Wire field: reason (ProcessorResult of type Failure; StatusFailure.reason)."""

        NoInternet = "NoInternet"
        UserAborted = "UserAborted"
        CommunicationIssue = "CommunicationIssue"
        ConnectionSecurityIssue = "ConnectionSecurityIssue"
        InvalidRedirectURI = "InvalidRedirectURI"
        PaymentFailed = "PaymentFailed"
        WaitAbandoned = "WaitAbandoned"
        ProcessorContextNotAvailable = "ProcessorContextNotAvailable"
        ProviderOffline = "ProviderOffline"
        Unknown = "Unknown"
        Blocked = "Blocked"
        InvalidAccountDetails = "InvalidAccountDetails"
        InvalidAccountHolderName = "InvalidAccountHolderName"
        InvalidCredentials = "InvalidCredentials"
        InvalidRemitterAccount = "InvalidRemitterAccount"
        InvalidRequest = "InvalidRequest"
        InvalidSortCode = "InvalidSortCode"
        InsufficientFunds = "InsufficientFunds"
        PaymentLimitExceeded = "PaymentLimitExceeded"
        ProviderError = "ProviderError"
        ProviderExpired = "ProviderExpired"
        ProviderRejected = "ProviderRejected"
        UserCanceledAtProvider = "UserCanceledAtProvider"
        InvalidBeneficiaryAccount = "InvalidBeneficiaryAccount"
        InvalidOtp = "InvalidOtp"
        SchemeUnavailable = "SchemeUnavailable"
        VerificationDeclined = "VerificationDeclined"
        InvalidMandateState = "InvalidMandateState"
        ConstraintViolation = "ConstraintViolation"

    register(
        SdkFailureReason,
        lambda: (
            CodeSetInfo(
                provider="truelayer",
                id="sdk_failure_reason",
                title="React Native SDK failure reason",
                description="Why processPayment or processMandate of TrueLayer's React Native payments SDK ended in Failure: the reason of its ProcessorResult (also the reason of a status request's StatusFailure).",
                field="reason (ProcessorResult of type Failure; StatusFailure.reason)",
                sources=(_S["truelayer-rn-types"], _S["truelayer-rn-docs"]),
            ),
            (
                CodeInfo(
                    value="NoInternet",
                    description="There was an issue while connecting to the internet. Either the user is offline, or the request timed out.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["truelayer-rn-types"], _S["truelayer-rn-docs"]),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-rn-types"], _S["truelayer-rn-docs"]),
                        ),
                    ),
                    page="reference/truelayer/sdk_failure_reason/#NoInternet",
                ),
                CodeInfo(
                    value="UserAborted",
                    description="The user canceled the payment or mandate.",
                    category=_C.CANCELLED,
                    sources=(_S["truelayer-rn-types"], _S["truelayer-rn-docs"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-rn-types"], _S["truelayer-rn-docs"]),
                        ),
                    ),
                    page="reference/truelayer/sdk_failure_reason/#UserAborted",
                    equivalents=(
                        Equivalent(
                            provider="lean",
                            code_set="callback_status",
                            value="CANCELLED",
                            same="meaning",
                            reason="The customer left the provider's flow before finishing it.",
                        ),
                        Equivalent(
                            provider="plaid",
                            code_set="link_event_name",
                            value="EXIT",
                            same="meaning",
                            reason="The customer left the provider's flow before finishing it.",
                        ),
                        Equivalent(
                            provider="mastercard",
                            code_set="connect_event_code",
                            value="100",
                            same="meaning",
                            reason="The customer left the provider's flow before finishing it.",
                        ),
                        Equivalent(
                            provider="gocardless",
                            code_set="end_user_error",
                            value="UserCancelledSession",
                            same="meaning",
                            reason="The customer left the provider's flow before finishing it.",
                        ),
                        Equivalent(
                            provider="stripe",
                            code_set="fc_event_name",
                            value="cancel",
                            same="meaning",
                            reason="The customer left the provider's flow before finishing it.",
                        ),
                        Equivalent(
                            provider="fintoc",
                            code_set="webview_message",
                            value="fintocwidget://exit",
                            same="meaning",
                            reason="The customer left the provider's flow before finishing it.",
                        ),
                        Equivalent(
                            provider="fintoc",
                            code_set="payment_error_reason",
                            value="user_left",
                            same="meaning",
                            reason="The customer left the provider's flow before finishing it.",
                        ),
                        Equivalent(
                            provider="mono",
                            code_set="connect_message_type",
                            value="mono.connect.on_exit",
                            same="meaning",
                            reason="The customer left the provider's flow before finishing it.",
                        ),
                        Equivalent(
                            provider="setu",
                            code_set="notification_error_code",
                            value="UserCancelled",
                            same="meaning",
                            reason="The customer left the provider's flow before finishing it.",
                        ),
                    ),
                ),
                CodeInfo(
                    value="CommunicationIssue",
                    description="There was an issue communicating with the server.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["truelayer-rn-types"], _S["truelayer-rn-docs"]),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-rn-types"], _S["truelayer-rn-docs"]),
                        ),
                    ),
                    page="reference/truelayer/sdk_failure_reason/#CommunicationIssue",
                ),
                CodeInfo(
                    value="ConnectionSecurityIssue",
                    description="The token used to make the payment or mandate is not authorized to undergo such operation.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["truelayer-rn-types"], _S["truelayer-rn-docs"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-rn-types"], _S["truelayer-rn-docs"]),
                        ),
                    ),
                    page="reference/truelayer/sdk_failure_reason/#ConnectionSecurityIssue",
                ),
                CodeInfo(
                    value="InvalidRedirectURI",
                    description="The redirect URI passed to the SDK is invalid.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["truelayer-rn-types"], _S["truelayer-rn-docs"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-rn-types"], _S["truelayer-rn-docs"]),
                        ),
                    ),
                    page="reference/truelayer/sdk_failure_reason/#InvalidRedirectURI",
                ),
                CodeInfo(
                    value="PaymentFailed",
                    description="The payment or mandate is in a failed state. Click here for more information: payments or mandates.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["truelayer-rn-types"], _S["truelayer-rn-docs"]),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-rn-types"], _S["truelayer-rn-docs"]),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/truelayer/sdk_failure_reason/#PaymentFailed",
                    notes="Its failure_reason is on the payment or mandate resource.",
                ),
                CodeInfo(
                    value="WaitAbandoned",
                    description="The user abandoned the payment on the wait screen.",
                    category=_C.CANCELLED,
                    sources=(_S["truelayer-rn-types"], _S["truelayer-rn-docs"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-rn-types"], _S["truelayer-rn-docs"]),
                        ),
                    ),
                    page="reference/truelayer/sdk_failure_reason/#WaitAbandoned",
                ),
                CodeInfo(
                    value="ProcessorContextNotAvailable",
                    description="The context provided to the SDK is invalid.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["truelayer-rn-types"], _S["truelayer-rn-docs"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-rn-types"], _S["truelayer-rn-docs"]),
                        ),
                    ),
                    page="reference/truelayer/sdk_failure_reason/#ProcessorContextNotAvailable",
                ),
                CodeInfo(
                    value="ProviderOffline",
                    description="The pre-selected provider was offline.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["truelayer-rn-types"], _S["truelayer-rn-docs"]),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-rn-types"], _S["truelayer-rn-docs"]),
                        ),
                    ),
                    page="reference/truelayer/sdk_failure_reason/#ProviderOffline",
                ),
                CodeInfo(
                    value="Unknown",
                    description="The SDK encountered an unexpected behavior.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["truelayer-rn-types"], _S["truelayer-rn-docs"]),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-rn-types"], _S["truelayer-rn-docs"]),
                        ),
                    ),
                    page="reference/truelayer/sdk_failure_reason/#Unknown",
                ),
                CodeInfo(
                    value="Blocked",
                    description="The payment has been blocked due to a regulatory requirement. This may happen if the PSU fails a sanctions check.",
                    category=_C.REJECTED,
                    sources=(_S["truelayer-rn-types"], _S["truelayer-rn-docs"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-rn-types"], _S["truelayer-rn-docs"]),
                        ),
                    ),
                    page="reference/truelayer/sdk_failure_reason/#Blocked",
                ),
                CodeInfo(
                    value="InvalidAccountDetails",
                    description="The payment failed because either the creditor's or debtor's account details were invalid.",
                    category=_C.REJECTED,
                    sources=(_S["truelayer-rn-types"], _S["truelayer-rn-docs"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-rn-types"], _S["truelayer-rn-docs"]),
                        ),
                    ),
                    page="reference/truelayer/sdk_failure_reason/#InvalidAccountDetails",
                ),
                CodeInfo(
                    value="InvalidAccountHolderName",
                    description="The payment failed because the account holder's name details were invalid.",
                    category=_C.REJECTED,
                    sources=(_S["truelayer-rn-types"], _S["truelayer-rn-docs"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-rn-types"], _S["truelayer-rn-docs"]),
                        ),
                    ),
                    page="reference/truelayer/sdk_failure_reason/#InvalidAccountHolderName",
                ),
                CodeInfo(
                    value="InvalidCredentials",
                    description="The banking credentials provided by the PSU to log into their bank were incorrect.",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(_S["truelayer-rn-types"], _S["truelayer-rn-docs"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-rn-types"], _S["truelayer-rn-docs"]),
                        ),
                    ),
                    page="reference/truelayer/sdk_failure_reason/#InvalidCredentials",
                    equivalents=(
                        Equivalent(
                            provider="lean",
                            code_set="secondary_status",
                            value="INVALID_CREDENTIALS",
                            same="meaning",
                            reason="The institution did not accept the login details the customer entered.",
                        ),
                        Equivalent(
                            provider="flinks",
                            code_set="api_error_code",
                            value="INVALID_LOGIN",
                            same="meaning",
                            reason="The institution did not accept the login details the customer entered.",
                        ),
                        Equivalent(
                            provider="flinks",
                            code_set="connect_error_event",
                            value="INVALID_LOGIN",
                            same="meaning",
                            reason="The institution did not accept the login details the customer entered.",
                        ),
                        Equivalent(
                            provider="argyle",
                            code_set="bank_connection_error",
                            value="invalid_credentials",
                            same="meaning",
                            reason="The institution did not accept the login details the customer entered.",
                        ),
                        Equivalent(
                            provider="plaid",
                            code_set="error_code",
                            value="INVALID_CREDENTIALS",
                            same="meaning",
                            reason="The institution did not accept the login details the customer entered.",
                        ),
                        Equivalent(
                            provider="mx",
                            code_set="connection_status",
                            value="2",
                            same="meaning",
                            reason="The institution did not accept the login details the customer entered.",
                        ),
                        Equivalent(
                            provider="mastercard",
                            code_set="error_code",
                            value="103",
                            same="meaning",
                            reason="The institution did not accept the login details the customer entered.",
                        ),
                        Equivalent(
                            provider="belvo",
                            code_set="error_code",
                            value="login_error",
                            same="meaning",
                            reason="The institution did not accept the login details the customer entered.",
                        ),
                        Equivalent(
                            provider="pluggy",
                            code_set="execution_error_code",
                            value="INVALID_CREDENTIALS",
                            same="meaning",
                            reason="The institution did not accept the login details the customer entered.",
                        ),
                        Equivalent(
                            provider="fintoc",
                            code_set="payment_error_reason",
                            value="login_invalid_credentials",
                            same="meaning",
                            reason="The institution did not accept the login details the customer entered.",
                        ),
                        Equivalent(
                            provider="basiq",
                            code_set="job_result_code",
                            value="invalid-credentials",
                            same="meaning",
                            reason="The institution did not accept the login details the customer entered.",
                        ),
                    ),
                ),
                CodeInfo(
                    value="InvalidRemitterAccount",
                    description="The account details of the remitter bank account provided during the payment flow were incorrect.",
                    category=_C.REJECTED,
                    sources=(_S["truelayer-rn-types"], _S["truelayer-rn-docs"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-rn-types"], _S["truelayer-rn-docs"]),
                        ),
                    ),
                    page="reference/truelayer/sdk_failure_reason/#InvalidRemitterAccount",
                ),
                CodeInfo(
                    value="InvalidRequest",
                    description="The payment failed due to invalid data in the request.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["truelayer-rn-types"], _S["truelayer-rn-docs"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-rn-types"], _S["truelayer-rn-docs"]),
                        ),
                    ),
                    page="reference/truelayer/sdk_failure_reason/#InvalidRequest",
                ),
                CodeInfo(
                    value="InvalidSortCode",
                    description="The payment failed due to an invalid sort code being provided.",
                    category=_C.REJECTED,
                    sources=(_S["truelayer-rn-types"], _S["truelayer-rn-docs"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-rn-types"], _S["truelayer-rn-docs"]),
                        ),
                    ),
                    page="reference/truelayer/sdk_failure_reason/#InvalidSortCode",
                ),
                CodeInfo(
                    value="InsufficientFunds",
                    description="The PSU did not have the required balance in their account to complete this payment.",
                    category=_C.REJECTED,
                    sources=(_S["truelayer-rn-types"], _S["truelayer-rn-docs"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-rn-types"], _S["truelayer-rn-docs"]),
                        ),
                    ),
                    page="reference/truelayer/sdk_failure_reason/#InsufficientFunds",
                ),
                CodeInfo(
                    value="PaymentLimitExceeded",
                    description="The PSU's payment limit amount with their bank was breached.",
                    category=_C.REJECTED,
                    sources=(_S["truelayer-rn-types"], _S["truelayer-rn-docs"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-rn-types"], _S["truelayer-rn-docs"]),
                        ),
                    ),
                    page="reference/truelayer/sdk_failure_reason/#PaymentLimitExceeded",
                ),
                CodeInfo(
                    value="ProviderError",
                    description="The provider has unexpectedly failed when creating the payment.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["truelayer-rn-types"], _S["truelayer-rn-docs"]),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-rn-types"], _S["truelayer-rn-docs"]),
                        ),
                    ),
                    page="reference/truelayer/sdk_failure_reason/#ProviderError",
                ),
                CodeInfo(
                    value="ProviderExpired",
                    description="The payment failed because the token or exchange code used to communicate with the bank expired.",
                    category=_C.SESSION_EXPIRED,
                    sources=(_S["truelayer-rn-types"], _S["truelayer-rn-docs"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-rn-types"], _S["truelayer-rn-docs"]),
                        ),
                    ),
                    page="reference/truelayer/sdk_failure_reason/#ProviderExpired",
                ),
                CodeInfo(
                    value="ProviderRejected",
                    description="The provider rejected the payment.",
                    category=_C.REJECTED,
                    sources=(_S["truelayer-rn-types"], _S["truelayer-rn-docs"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-rn-types"], _S["truelayer-rn-docs"]),
                        ),
                    ),
                    page="reference/truelayer/sdk_failure_reason/#ProviderRejected",
                ),
                CodeInfo(
                    value="UserCanceledAtProvider",
                    description="The user cancelled the payment at their bank.",
                    category=_C.CANCELLED,
                    sources=(_S["truelayer-rn-types"], _S["truelayer-rn-docs"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/truelayer/sdk_failure_reason/#UserCanceledAtProvider",
                    editorial=True,
                    notes="The SDK's documentation gives it the text of InvalidAccountDetails (\"The payment failed because either the creditor's or debtor's account details were invalid.\"), evidently by mistake; the description is bankcodes' wording.",
                ),
                CodeInfo(
                    value="InvalidBeneficiaryAccount",
                    description="The beneficiary account was not valid.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["truelayer-rn-types"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/truelayer/sdk_failure_reason/#InvalidBeneficiaryAccount",
                    editorial=True,
                    notes="In the SDK's FailureReason type; its documentation does not describe it.",
                ),
                CodeInfo(
                    value="InvalidOtp",
                    description="A one-time passcode was not accepted.",
                    category=_C.MFA_FAILED,
                    sources=(_S["truelayer-rn-types"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/truelayer/sdk_failure_reason/#InvalidOtp",
                    editorial=True,
                    notes="In the SDK's FailureReason type; its documentation does not describe it.",
                ),
                CodeInfo(
                    value="SchemeUnavailable",
                    description="The payment scheme was not available.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["truelayer-rn-types"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/truelayer/sdk_failure_reason/#SchemeUnavailable",
                    editorial=True,
                    notes="In the SDK's FailureReason type; its documentation does not describe it.",
                ),
                CodeInfo(
                    value="VerificationDeclined",
                    description="A verification of the payer (name or age) declined the payment.",
                    category=_C.REJECTED,
                    sources=(_S["truelayer-rn-types"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/truelayer/sdk_failure_reason/#VerificationDeclined",
                    editorial=True,
                    notes="In the SDK's FailureReason type; its documentation does not describe it.",
                ),
                CodeInfo(
                    value="InvalidMandateState",
                    description="The mandate was not in a state that allows the payment.",
                    category=_C.REJECTED,
                    sources=(_S["truelayer-rn-types"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/truelayer/sdk_failure_reason/#InvalidMandateState",
                    editorial=True,
                    notes="In the SDK's FailureReason type; its documentation does not describe it.",
                ),
                CodeInfo(
                    value="ConstraintViolation",
                    description="The payment broke a constraint of its mandate.",
                    category=_C.REJECTED,
                    sources=(_S["truelayer-rn-types"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/truelayer/sdk_failure_reason/#ConstraintViolation",
                    editorial=True,
                    notes="In the SDK's FailureReason type; its documentation does not describe it.",
                ),
            ),
        ),
        {},
    )
    return SdkFailureReason


def _SdkProcessorStep() -> type[CodeEnum]:
    class SdkProcessorStep(CodeEnum):
        """React Native SDK processor step: How far processPayment or processMandate of TrueLayer's React Native payments SDK got when it ended in Success: the step of its ProcessorResult.

        Wire field: step (ProcessorResult of type Success)."""

        Wait = "Wait"
        Authorized = "Authorized"
        Executed = "Executed"
        Settled = "Settled"
        Redirect = "Redirect"

    register(
        SdkProcessorStep,
        lambda: (
            CodeSetInfo(
                provider="truelayer",
                id="sdk_processor_step",
                title="React Native SDK processor step",
                description="How far processPayment or processMandate of TrueLayer's React Native payments SDK got when it ended in Success: the step of its ProcessorResult.",
                field="step (ProcessorResult of type Success)",
                sources=(_S["truelayer-rn-types"], _S["truelayer-rn-docs"]),
            ),
            (
                CodeInfo(
                    value="Wait",
                    description="The SDK flow is complete, but a decoupled authorisation action is still pending with the user and/or the bank.",
                    category=_C.PENDING,
                    sources=(_S["truelayer-rn-types"], _S["truelayer-rn-docs"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-rn-types"], _S["truelayer-rn-docs"]),
                        ),
                    ),
                    page="reference/truelayer/sdk_processor_step/#Wait",
                ),
                CodeInfo(
                    value="Authorized",
                    description="The user authorized the payment or mandate with the bank.",
                    category=_C.PENDING,
                    sources=(_S["truelayer-rn-types"], _S["truelayer-rn-docs"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-rn-types"], _S["truelayer-rn-docs"]),
                        ),
                    ),
                    page="reference/truelayer/sdk_processor_step/#Authorized",
                ),
                CodeInfo(
                    value="Executed",
                    description="The bank confirmed the payment or mandate.",
                    category=_C.SUCCESS,
                    sources=(_S["truelayer-rn-types"], _S["truelayer-rn-docs"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-rn-types"], _S["truelayer-rn-docs"]),
                        ),
                    ),
                    page="reference/truelayer/sdk_processor_step/#Executed",
                ),
                CodeInfo(
                    value="Settled",
                    description="The funds have reached the destination.",
                    category=_C.SUCCESS,
                    sources=(_S["truelayer-rn-types"], _S["truelayer-rn-docs"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-rn-types"], _S["truelayer-rn-docs"]),
                        ),
                    ),
                    page="reference/truelayer/sdk_processor_step/#Settled",
                ),
                CodeInfo(
                    value="Redirect",
                    description="The user has been redirected to the bank to authorize the payment or mandate.",
                    category=_C.PENDING,
                    sources=(_S["truelayer-rn-docs"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["truelayer-rn-docs"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/truelayer/sdk_processor_step/#Redirect",
                    notes="In the SDK's documentation only: its ProcessorStep type no longer lists it.",
                ),
            ),
        ),
        {},
    )
    return SdkProcessorStep


def _SdkPaymentStatus() -> type[CodeEnum]:
    class SdkPaymentStatus(CodeEnum):
        """React Native SDK payment status: A payment's status as TrueLayer's React Native payments SDK names it (paymentStatus's result).

        Wire field: status (PaymentStatusResult of type Success)."""

        AuthorizationRequired = "AuthorizationRequired"
        Authorizing = "Authorizing"
        Authorized = "Authorized"
        Executed = "Executed"
        Settled = "Settled"
        Failed = "Failed"

    register(
        SdkPaymentStatus,
        lambda: (
            CodeSetInfo(
                provider="truelayer",
                id="sdk_payment_status",
                title="React Native SDK payment status",
                description="A payment's status as TrueLayer's React Native payments SDK names it (paymentStatus's result).",
                field="status (PaymentStatusResult of type Success)",
                sources=(_S["truelayer-rn-payment-status"], _S["truelayer-rn-docs"]),
            ),
            (
                CodeInfo(
                    value="AuthorizationRequired",
                    description="The payment requires authorisation.",
                    category=_C.PENDING,
                    sources=(_S["truelayer-rn-payment-status"], _S["truelayer-rn-docs"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-rn-payment-status"], _S["truelayer-rn-docs"]),
                        ),
                    ),
                    page="reference/truelayer/sdk_payment_status/#AuthorizationRequired",
                ),
                CodeInfo(
                    value="Authorizing",
                    description="The user is authorizing the payment.",
                    category=_C.PENDING,
                    sources=(_S["truelayer-rn-payment-status"], _S["truelayer-rn-docs"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-rn-payment-status"], _S["truelayer-rn-docs"]),
                        ),
                    ),
                    page="reference/truelayer/sdk_payment_status/#Authorizing",
                ),
                CodeInfo(
                    value="Authorized",
                    description="The payment has been authorized by the bank.",
                    category=_C.PENDING,
                    sources=(_S["truelayer-rn-payment-status"], _S["truelayer-rn-docs"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-rn-payment-status"], _S["truelayer-rn-docs"]),
                        ),
                    ),
                    page="reference/truelayer/sdk_payment_status/#Authorized",
                ),
                CodeInfo(
                    value="Executed",
                    description="The payment has been executed.",
                    category=_C.SUCCESS,
                    sources=(_S["truelayer-rn-payment-status"], _S["truelayer-rn-docs"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-rn-payment-status"], _S["truelayer-rn-docs"]),
                        ),
                    ),
                    page="reference/truelayer/sdk_payment_status/#Executed",
                ),
                CodeInfo(
                    value="Settled",
                    description="The funds have reached the destination.",
                    category=_C.SUCCESS,
                    sources=(_S["truelayer-rn-payment-status"], _S["truelayer-rn-docs"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-rn-payment-status"], _S["truelayer-rn-docs"]),
                        ),
                    ),
                    page="reference/truelayer/sdk_payment_status/#Settled",
                ),
                CodeInfo(
                    value="Failed",
                    description="The payment failed. This can be due to various reasons.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["truelayer-rn-payment-status"], _S["truelayer-rn-docs"]),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-rn-payment-status"], _S["truelayer-rn-docs"]),
                        ),
                    ),
                    page="reference/truelayer/sdk_payment_status/#Failed",
                ),
            ),
        ),
        {},
    )
    return SdkPaymentStatus


def _SdkMandateStatus() -> type[CodeEnum]:
    class SdkMandateStatus(CodeEnum):
        """React Native SDK mandate status: A mandate's status as TrueLayer's React Native payments SDK names it (mandateStatus's result).

        Wire field: status (MandateStatusResult of type Success)."""

        AuthorizationRequired = "AuthorizationRequired"
        Authorizing = "Authorizing"
        Authorized = "Authorized"
        Revoked = "Revoked"
        Failed = "Failed"

    register(
        SdkMandateStatus,
        lambda: (
            CodeSetInfo(
                provider="truelayer",
                id="sdk_mandate_status",
                title="React Native SDK mandate status",
                description="A mandate's status as TrueLayer's React Native payments SDK names it (mandateStatus's result).",
                field="status (MandateStatusResult of type Success)",
                sources=(_S["truelayer-rn-mandate-status"], _S["truelayer-rn-docs"]),
            ),
            (
                CodeInfo(
                    value="AuthorizationRequired",
                    description="The mandate requires authorisation.",
                    category=_C.PENDING,
                    sources=(_S["truelayer-rn-mandate-status"], _S["truelayer-rn-docs"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-rn-mandate-status"], _S["truelayer-rn-docs"]),
                        ),
                    ),
                    page="reference/truelayer/sdk_mandate_status/#AuthorizationRequired",
                ),
                CodeInfo(
                    value="Authorizing",
                    description="The user is authorizing the mandate.",
                    category=_C.PENDING,
                    sources=(_S["truelayer-rn-mandate-status"], _S["truelayer-rn-docs"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-rn-mandate-status"], _S["truelayer-rn-docs"]),
                        ),
                    ),
                    page="reference/truelayer/sdk_mandate_status/#Authorizing",
                ),
                CodeInfo(
                    value="Authorized",
                    description="The user has authorized the mandate with their bank.",
                    category=_C.SUCCESS,
                    sources=(_S["truelayer-rn-mandate-status"], _S["truelayer-rn-docs"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-rn-mandate-status"], _S["truelayer-rn-docs"]),
                        ),
                    ),
                    page="reference/truelayer/sdk_mandate_status/#Authorized",
                ),
                CodeInfo(
                    value="Revoked",
                    description="The mandate has been revoked and is no longer valid.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["truelayer-rn-mandate-status"], _S["truelayer-rn-docs"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-rn-mandate-status"], _S["truelayer-rn-docs"]),
                        ),
                    ),
                    page="reference/truelayer/sdk_mandate_status/#Revoked",
                ),
                CodeInfo(
                    value="Failed",
                    description="The mandate failed. Click here for more information.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["truelayer-rn-mandate-status"], _S["truelayer-rn-docs"]),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["truelayer-rn-mandate-status"], _S["truelayer-rn-docs"]),
                        ),
                    ),
                    page="reference/truelayer/sdk_mandate_status/#Failed",
                ),
            ),
        ),
        {},
    )
    return SdkMandateStatus


def _CODE_SETS() -> tuple[object, ...]:
    return tuple(
        getattr(_PUBLIC, name)
        for name in (
            "DataApiError",
            "DataApiV3Error",
            "PaymentsError",
            "PaymentStatus",
            "MandateStatus",
            "PayoutStatus",
            "RefundStatus",
            "FailureReason",
            "PayoutFailureReason",
            "FailureStage",
            "WebhookType",
            "SdkFailureReason",
            "SdkProcessorStep",
            "SdkPaymentStatus",
            "SdkMandateStatus",
        )
    )
