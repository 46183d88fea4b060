# generated from spec/catalog.json — do not edit (run `make generate`)
"""The builders of bankcodes.tink's names, loaded on the first use of any of them, so that importing the provider's module reads none of its data."""

from __future__ import annotations

import importlib

from bankcodes._base import CodeEnum, register
from bankcodes._records import CodeInfo, CodeSetInfo, HttpStatus, Source, Wording
from bankcodes.categories import Category as _C

#: The public module, whose names the builders use (each built on first use there).
_PUBLIC = importlib.import_module("bankcodes.tink")
#: The documents its facts come from, by id.
_S = {
    "tink-android-status": Source(
        id="tink-android-status",
        kind="repo",
        title="Tink Link Android SDK 3.0.0 (tink-link-android, dokka pages): ErrorStatus, the statuses of a Tink Link error",
        url="https://github.com/tink-ab/tink-link-android/blob/6b897ee3b9ecec90a4c31ae4597411fc60dded5e/docs/-tink%20-link%20-android%20-s-d-k/com.tink.link.core.data.response.error/-error-status/index.html",
    ),
    "tink-android-authtype": Source(
        id="tink-android-authtype",
        kind="repo",
        title="Tink Link Android SDK 3.0.0 (tink-link-android, dokka pages): AuthenticationErrorType, the types of an authentication error",
        url="https://github.com/tink-ab/tink-link-android/blob/6b897ee3b9ecec90a4c31ae4597411fc60dded5e/docs/-tink%20-link%20-android%20-s-d-k/com.tink.link.core.data.response.error/-authentication-error-type/index.html",
    ),
    "tink-android-badrequest": Source(
        id="tink-android-badrequest",
        kind="repo",
        title="Tink Link Android SDK 3.0.0 (tink-link-android, dokka pages): BadRequestErrorReason, the reasons it lists",
        url="https://github.com/tink-ab/tink-link-android/blob/6b897ee3b9ecec90a4c31ae4597411fc60dded5e/docs/-tink%20-link%20-android%20-s-d-k/com.tink.link.core.data.response.error/-bad-request-error-reason/index.html",
    ),
    "tink-android-temporary": Source(
        id="tink-android-temporary",
        kind="repo",
        title="Tink Link Android SDK 3.0.0 (tink-link-android, dokka pages): TemporaryErrorReason, the reasons it lists",
        url="https://github.com/tink-ab/tink-link-android/blob/6b897ee3b9ecec90a4c31ae4597411fc60dded5e/docs/-tink%20-link%20-android%20-s-d-k/com.tink.link.core.data.response.error/-temporary-error-reason/index.html",
    ),
    "tink-android-internal": Source(
        id="tink-android-internal",
        kind="repo",
        title="Tink Link Android SDK 3.0.0 (tink-link-android, dokka pages): InternalErrorReason, the reasons it lists",
        url="https://github.com/tink-ab/tink-link-android/blob/6b897ee3b9ecec90a4c31ae4597411fc60dded5e/docs/-tink%20-link%20-android%20-s-d-k/com.tink.link.core.data.response.error/-internal-error-reason/index.html",
    ),
    "tink-android-userlogin": Source(
        id="tink-android-userlogin",
        kind="repo",
        title="Tink Link Android SDK 3.0.0 (tink-link-android, dokka pages): UserLoginErrorReason, the reasons it lists",
        url="https://github.com/tink-ab/tink-link-android/blob/6b897ee3b9ecec90a4c31ae4597411fc60dded5e/docs/-tink%20-link%20-android%20-s-d-k/com.tink.link.core.data.response.error/-user-login-error-reason/index.html",
    ),
    "tink-android-authorization": Source(
        id="tink-android-authorization",
        kind="repo",
        title="Tink Link Android SDK 3.0.0 (tink-link-android, dokka pages): AuthorizationErrorReason, the reasons it lists",
        url="https://github.com/tink-ab/tink-link-android/blob/6b897ee3b9ecec90a4c31ae4597411fc60dded5e/docs/-tink%20-link%20-android%20-s-d-k/com.tink.link.core.data.response.error/-authorization-error-reason/index.html",
    ),
    "tink-android-provider": Source(
        id="tink-android-provider",
        kind="repo",
        title="Tink Link Android SDK 3.0.0 (tink-link-android, dokka pages): ProviderErrorReason, the reasons it lists",
        url="https://github.com/tink-ab/tink-link-android/blob/6b897ee3b9ecec90a4c31ae4597411fc60dded5e/docs/-tink%20-link%20-android%20-s-d-k/com.tink.link.core.data.response.error/-provider-error-reason/index.html",
    ),
    "tink-android-tinkside": Source(
        id="tink-android-tinkside",
        kind="repo",
        title="Tink Link Android SDK 3.0.0 (tink-link-android, dokka pages): TinkSideErrorReason, the reasons it lists",
        url="https://github.com/tink-ab/tink-link-android/blob/6b897ee3b9ecec90a4c31ae4597411fc60dded5e/docs/-tink%20-link%20-android%20-s-d-k/com.tink.link.core.data.response.error/-tink-side-error-reason/index.html",
    ),
    "tink-android-accountinfo": Source(
        id="tink-android-accountinfo",
        kind="repo",
        title="Tink Link Android SDK 3.0.0 (tink-link-android, dokka pages): AccountInformationErrorReason, the reasons it lists",
        url="https://github.com/tink-ab/tink-link-android/blob/6b897ee3b9ecec90a4c31ae4597411fc60dded5e/docs/-tink%20-link%20-android%20-s-d-k/com.tink.link.core.data.response.error/-account-information-error-reason/index.html",
    ),
    "tink-android-entry-pages": Source(
        id="tink-android-entry-pages",
        kind="repo",
        title="Tink Link Android SDK 3.0.0 (tink-link-android, dokka pages): the pages of single reasons (REQUEST_FAILED_CREATE_CREDENTIALS here; INVALID_STATE_PROVIDER, REQUEST_FAILED_FETCH_PROVIDER, REQUEST_FAILED_OAUTH_DESCRIBE and REQUEST_FAILED_FETCH_EXISTING_USER beside it)",
        url="https://github.com/tink-ab/tink-link-android/blob/6b897ee3b9ecec90a4c31ae4597411fc60dded5e/docs/-tink%20-link%20-android%20-s-d-k/com.tink.link.core.data.response.error/-internal-error-reason/-r-e-q-u-e-s-t_-f-a-i-l-e-d_-c-r-e-a-t-e_-c-r-e-d-e-n-t-i-a-l-s/index.html",
    ),
    "tink-ios-swiftinterface": Source(
        id="tink-ios-swiftinterface",
        kind="repo",
        title="Tink Link iOS SDK (tink-link-ios): TinkLink.swiftinterface (arm64), the public Swift interface",
        url="https://github.com/tink-ab/tink-link-ios/blob/25cb4245982d759a8569e98b9ab33278d6b342c3/TinkLink.xcframework/ios-arm64/TinkLink.framework/Modules/TinkLink.swiftmodule/arm64-apple-ios.swiftinterface",
    ),
    "tink-ios-binary-strings": Source(
        id="tink-ios-binary-strings",
        kind="repo",
        title="Tink Link iOS SDK (tink-link-ios): the TinkLink framework binary, its printable strings (the wire spellings of 16 characters or more, and the cancel callback's URL)",
        url="https://github.com/tink-ab/tink-link-ios/blob/25cb4245982d759a8569e98b9ab33278d6b342c3/TinkLink.xcframework/ios-arm64/TinkLink.framework/TinkLink",
    ),
    "tink-ios-docc-errorstatus": Source(
        id="tink-ios-docc-errorstatus",
        kind="repo",
        title="Tink Link iOS SDK (tink-link-ios): DocC of TinkError.ErrorStatus",
        url="https://github.com/tink-ab/tink-link-ios/blob/25cb4245982d759a8569e98b9ab33278d6b342c3/docs/data/documentation/tinklink/tinkerror/errorstatus.json",
    ),
    "tink-ios-docc-inputgroup": Source(
        id="tink-ios-docc-inputgroup",
        kind="repo",
        title="Tink Link iOS SDK (tink-link-ios): DocC of TinkErrorReason.BadRequest.invalidParameterInputGroup",
        url="https://github.com/tink-ab/tink-link-ios/blob/25cb4245982d759a8569e98b9ab33278d6b342c3/docs/data/documentation/tinklink/tinkerrorreason/badrequest/invalidparameterinputgroup.json",
    ),
    "tink-core-ios-serviceerror": Source(
        id="tink-core-ios-serviceerror",
        kind="repo",
        title="Tink Core iOS (tink-core-ios): ServiceError.swift, the SDK's errors for the legacy API's HTTP statuses",
        url="https://github.com/tink-ab/tink-core-ios/blob/42fd3b044dfd7dced8eebe95ab1a257424a25c78/Sources/TinkCore/Shared/Model/ServiceError.swift",
    ),
    "tink-core-ios-httpstatus": Source(
        id="tink-core-ios-httpstatus",
        kind="repo",
        title="Tink Core iOS (tink-core-ios): HTTPStatusCodeError.swift, the HTTP statuses it maps",
        url="https://github.com/tink-ab/tink-core-ios/blob/42fd3b044dfd7dced8eebe95ab1a257424a25c78/Sources/TinkCore/Shared/Client/HTTPStatusCodeError.swift",
    ),
    "tink-core-ios-restcredentials": Source(
        id="tink-core-ios-restcredentials",
        kind="repo",
        title="Tink Core iOS (tink-core-ios): RESTCredentials.swift, the credentials' statuses as sent",
        url="https://github.com/tink-ab/tink-core-ios/blob/42fd3b044dfd7dced8eebe95ab1a257424a25c78/Sources/TinkCore/AIS/REST/Models/RESTCredentials.swift",
    ),
    "tink-core-ios-credentials": Source(
        id="tink-core-ios-credentials",
        kind="repo",
        title="Tink Core iOS (tink-core-ios): Credentials.swift, the credentials' statuses with doc comments",
        url="https://github.com/tink-ab/tink-core-ios/blob/42fd3b044dfd7dced8eebe95ab1a257424a25c78/Sources/TinkCore/AIS/Models/Credentials.swift",
        read_in_part="Lines 50-130 (the Status enum with its doc comments, status and statusPayload) were read; the rest of the file was not.",
    ),
    "tink-core-android-swagger": Source(
        id="tink-core-android-swagger",
        kind="repo",
        title='Tink Core Android (tink-core-android): rest/swagger.json, the legacy Tink API v1 (title "Tink API")',
        url="https://github.com/tink-ab/tink-core-android/blob/e2202bb6892e5310feaf5fa51a35714302ddb7b0/rest/swagger.json",
        read_in_part="Every definition's enum properties, the Webhook and Credentials definitions and the response descriptions per HTTP status were read; the path operations one by one were not.",
    ),
    "tink-docs-webhooks": Source(
        id="tink-docs-webhooks",
        kind="doc",
        title="Tink Docs: Set up webhooks for your app (read in a third party's Markdown copy of the page, exported 2026-01-13; the copy's repository and path are not known)",
        url="https://docs.tink.com/resources/api-setup/webhooks",
    ),
}


def _LinkErrorStatus() -> type[CodeEnum]:
    class LinkErrorStatus(CodeEnum):
        """Tink Link error status: The category of an error Tink Link returns (error: "Describes the category of the error.", the Transactions errors page; the SDKs' TinkError.errorStatus), as the Android SDK's ErrorStatus lists it with a description of each. The category of each is bankcodes' reading; error_reason says more.

        Wire field: error (Tink Link's redirect and its SDKs' TinkError)."""

        USER_CANCELLED = "USER_CANCELLED"
        BAD_REQUEST = "BAD_REQUEST"
        AUTHENTICATION_ERROR = "AUTHENTICATION_ERROR"
        TEMPORARY_ERROR = "TEMPORARY_ERROR"
        INTERNAL_ERROR = "INTERNAL_ERROR"

    register(
        LinkErrorStatus,
        lambda: (
            CodeSetInfo(
                provider="tink",
                id="link_error_status",
                title="Tink Link error status",
                description="The category of an error Tink Link returns (error: \"Describes the category of the error.\", the Transactions errors page; the SDKs' TinkError.errorStatus), as the Android SDK's ErrorStatus lists it with a description of each. The category of each is bankcodes' reading; error_reason says more.",
                field="error (Tink Link's redirect and its SDKs' TinkError)",
                sources=(_S["tink-android-status"], _S["tink-ios-docc-errorstatus"]),
            ),
            (
                CodeInfo(
                    value="USER_CANCELLED",
                    description="The end user canceled the journey. This status should not be considered as an error.",
                    category=_C.CANCELLED,
                    sources=(
                        _S["tink-android-status"],
                        _S["tink-ios-docc-errorstatus"],
                        _S["tink-ios-binary-strings"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["tink-android-status"],
                                _S["tink-ios-docc-errorstatus"],
                                _S["tink-ios-binary-strings"],
                            ),
                        ),
                    ),
                    page="reference/tink/link_error_status/#USER_CANCELLED",
                    next_step="none",
                    fact_sources={"next_step": ("tink-android-status",)},
                ),
                CodeInfo(
                    value="BAD_REQUEST",
                    description="The error is most likely a result of an incorrect or missing URL parameter.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["tink-android-status"], _S["tink-ios-docc-errorstatus"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-status"], _S["tink-ios-docc-errorstatus"]),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/tink/link_error_status/#BAD_REQUEST",
                    notes="The spelling is the Android SDK's name; the iOS binary's strings hold only values of 16 characters or more.",
                ),
                CodeInfo(
                    value="AUTHENTICATION_ERROR",
                    description="The error occurred during the authentication process with the bank.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["tink-android-status"],
                        _S["tink-ios-docc-errorstatus"],
                        _S["tink-ios-binary-strings"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["tink-android-status"],
                                _S["tink-ios-docc-errorstatus"],
                                _S["tink-ios-binary-strings"],
                            ),
                        ),
                    ),
                    page="reference/tink/link_error_status/#AUTHENTICATION_ERROR",
                ),
                CodeInfo(
                    value="TEMPORARY_ERROR",
                    description="A temporary error in Tink's platform. To resolve this, try again later.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["tink-android-status"], _S["tink-ios-docc-errorstatus"]),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-status"], _S["tink-ios-docc-errorstatus"]),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/tink/link_error_status/#TEMPORARY_ERROR",
                    notes='"To resolve this, try again later.": the same request may succeed later, and not at once: retry_later rather than its category\'s retry.',
                    next_step="retry_later",
                ),
                CodeInfo(
                    value="INTERNAL_ERROR",
                    description="An unexpected internal error in Tink's platform.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["tink-android-status"], _S["tink-ios-docc-errorstatus"]),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-status"], _S["tink-ios-docc-errorstatus"]),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/tink/link_error_status/#INTERNAL_ERROR",
                    notes="The spelling is the Android SDK's name; the iOS binary's strings hold only values of 16 characters or more.",
                ),
            ),
        ),
        {},
    )
    return LinkErrorStatus


def _LinkErrorReason() -> type[CodeEnum]:
    class LinkErrorReason(CodeEnum):
        """Tink Link error reason: The cause of an error Tink Link returns (error_reason: "Describes the cause of the error.", the Transactions errors page), as the Android SDK's reason enums list them, one group per status (and per type of an authentication error), with the SDK's description of each; INVALID_PARAMETER_INPUT_GROUP is the iOS SDK's alone. The category of each is bankcodes' reading.

        Wire field: error_reason (Tink Link's redirect and its SDKs' TinkError)."""

        INVALID_PARAMETER_ACCOUNT_DIALOG_TYPE = "INVALID_PARAMETER_ACCOUNT_DIALOG_TYPE"
        INVALID_PARAMETER_AUTHORIZATION_CODE = "INVALID_PARAMETER_AUTHORIZATION_CODE"
        INVALID_PARAMETER_CLIENT_ID = "INVALID_PARAMETER_CLIENT_ID"
        INVALID_PARAMETER_CREDENTIALS_ID = "INVALID_PARAMETER_CREDENTIALS_ID"
        INVALID_PARAMETER_FINANCIAL_SERVICES_SEGMENTS = (
            "INVALID_PARAMETER_FINANCIAL_SERVICES_SEGMENTS"
        )
        INVALID_PARAMETER_INPUT_GROUP = "INVALID_PARAMETER_INPUT_GROUP"
        INVALID_PARAMETER_INPUT_PROVIDER = "INVALID_PARAMETER_INPUT_PROVIDER"
        INVALID_PARAMETER_INPUT_USERNAME = "INVALID_PARAMETER_INPUT_USERNAME"
        INVALID_PARAMETER_PAYMENT_REQUEST_ID = "INVALID_PARAMETER_PAYMENT_REQUEST_ID"
        INVALID_PARAMETER_REDIRECT_URI = "INVALID_PARAMETER_REDIRECT_URI"
        INVALID_PARAMETER_REFRESHABLE_ITEMS = "INVALID_PARAMETER_REFRESHABLE_ITEMS"
        INVALID_PARAMETER_REPORT_TYPES = "INVALID_PARAMETER_REPORT_TYPES"
        INVALID_PARAMETER_SCOPE = "INVALID_PARAMETER_SCOPE"
        INVALID_STATE_ACCESS_TOKEN = "INVALID_STATE_ACCESS_TOKEN"
        INVALID_STATE_AUTHENTICATION = "INVALID_STATE_AUTHENTICATION"
        INVALID_STATE_CREDENTIALS = "INVALID_STATE_CREDENTIALS"
        INVALID_STATE_CREDENTIALS_IS_AWAITING_THIRD_PARTY = (
            "INVALID_STATE_CREDENTIALS_IS_AWAITING_THIRD_PARTY"
        )
        INVALID_STATE_EMBED_NOT_ALLOWED = "INVALID_STATE_EMBED_NOT_ALLOWED"
        INVALID_STATE_NON_OPEN_BANKING_PROVIDER = "INVALID_STATE_NON_OPEN_BANKING_PROVIDER"
        INVALID_STATE_PAYMENT_RETRY_NOT_ALLOWED = "INVALID_STATE_PAYMENT_RETRY_NOT_ALLOWED"
        INVALID_STATE_PERMANENT_USER_FLAG = "INVALID_STATE_PERMANENT_USER_FLAG"
        INVALID_STATE_PROVIDER = "INVALID_STATE_PROVIDER"
        INVALID_STATE_PROVIDER_DOES_NOT_RECOGNIZE_USER = (
            "INVALID_STATE_PROVIDER_DOES_NOT_RECOGNIZE_USER"
        )
        INVALID_STATE_REDIRECTED_AUTHORIZATION_TOKEN = (
            "INVALID_STATE_REDIRECTED_AUTHORIZATION_TOKEN"
        )
        INVALID_STATE_REDIRECTED_CREDENTIALS_ID = "INVALID_STATE_REDIRECTED_CREDENTIALS_ID"
        INVALID_STATE_REFRESH_CREDENTIALS_RATE_LIMITED = (
            "INVALID_STATE_REFRESH_CREDENTIALS_RATE_LIMITED"
        )
        INVALID_STATE_REDIRECT_URI = "INVALID_STATE_REDIRECT_URI"
        INVALID_STATE_SCOPE = "INVALID_STATE_SCOPE"
        REQUEST_FAILED_CREATE_RESET_CREDENTIALS = "REQUEST_FAILED_CREATE_RESET_CREDENTIALS"
        REQUEST_FAILED_FETCH_ACCOUNTS = "REQUEST_FAILED_FETCH_ACCOUNTS"
        REQUEST_FAILED_FETCH_PROVIDER = "REQUEST_FAILED_FETCH_PROVIDER"
        REQUEST_FAILED_OAUTH_DESCRIBE = "REQUEST_FAILED_OAUTH_DESCRIBE"
        REQUEST_FAILED_CONSUME_HANDOFF_SESSION = "REQUEST_FAILED_CONSUME_HANDOFF_SESSION"
        REQUEST_FAILED_CREATE_ACCOUNT_CHECK_REPORT = "REQUEST_FAILED_CREATE_ACCOUNT_CHECK_REPORT"
        REQUEST_FAILED_CREATE_ANONYMOUS_USER = "REQUEST_FAILED_CREATE_ANONYMOUS_USER"
        REQUEST_FAILED_CREATE_BULK_PAYMENT = "REQUEST_FAILED_CREATE_BULK_PAYMENT"
        REQUEST_FAILED_CREATE_CREDENTIALS = "REQUEST_FAILED_CREATE_CREDENTIALS"
        REQUEST_FAILED_CREATE_HANDOFF_SESSION = "REQUEST_FAILED_CREATE_HANDOFF_SESSION"
        REQUEST_FAILED_CREATE_INCOME_CHECK_REPORT = "REQUEST_FAILED_CREATE_INCOME_CHECK_REPORT"
        REQUEST_FAILED_CREATE_RECURRING_PAYMENT = "REQUEST_FAILED_CREATE_RECURRING_PAYMENT"
        REQUEST_FAILED_CREATE_REPORT = "REQUEST_FAILED_CREATE_REPORT"
        REQUEST_FAILED_CREATE_RISK_INSIGHTS_REPORT = "REQUEST_FAILED_CREATE_RISK_INSIGHTS_REPORT"
        REQUEST_FAILED_CREATE_TRANSFER = "REQUEST_FAILED_CREATE_TRANSFER"
        REQUEST_FAILED_FETCH_BULK_PAYMENT = "REQUEST_FAILED_FETCH_BULK_PAYMENT"
        REQUEST_FAILED_FETCH_BULK_PAYMENT_STATUS = "REQUEST_FAILED_FETCH_BULK_PAYMENT_STATUS"
        REQUEST_FAILED_FETCH_CREDENTIALS = "REQUEST_FAILED_FETCH_CREDENTIALS"
        REQUEST_FAILED_FETCH_EXISTING_USER = "REQUEST_FAILED_FETCH_EXISTING_USER"
        REQUEST_FAILED_FETCH_HANDOFF_SESSION = "REQUEST_FAILED_FETCH_HANDOFF_SESSION"
        REQUEST_FAILED_FETCH_LEGAL_TEXT = "REQUEST_FAILED_FETCH_LEGAL_TEXT"
        REQUEST_FAILED_FETCH_PAYMENT_INFO = "REQUEST_FAILED_FETCH_PAYMENT_INFO"
        REQUEST_FAILED_FETCH_PAYMENT_TRANSFER_INFO = "REQUEST_FAILED_FETCH_PAYMENT_TRANSFER_INFO"
        REQUEST_FAILED_FETCH_PROVIDER_PAYMENT_CONDITIONS = (
            "REQUEST_FAILED_FETCH_PROVIDER_PAYMENT_CONDITIONS"
        )
        REQUEST_FAILED_FETCH_PROVIDERS = "REQUEST_FAILED_FETCH_PROVIDERS"
        REQUEST_FAILED_FETCH_RECURRING_PAYMENT_INFO = "REQUEST_FAILED_FETCH_RECURRING_PAYMENT_INFO"
        REQUEST_FAILED_FETCH_REPORTS_DESCRIBE = "REQUEST_FAILED_FETCH_REPORTS_DESCRIBE"
        REQUEST_FAILED_FETCH_SESSION = "REQUEST_FAILED_FETCH_SESSION"
        REQUEST_FAILED_FETCH_TRANSFER_ACCOUNTS = "REQUEST_FAILED_FETCH_TRANSFER_ACCOUNTS"
        REQUEST_FAILED_FETCH_USER_WITH_EXISTING_TOKEN = (
            "REQUEST_FAILED_FETCH_USER_WITH_EXISTING_TOKEN"
        )
        REQUEST_FAILED_REFRESH_CREDENTIALS = "REQUEST_FAILED_REFRESH_CREDENTIALS"
        THIRD_PARTY_AUTHENTICATION_UNAVAILABLE = "THIRD_PARTY_AUTHENTICATION_UNAVAILABLE"
        STATIC_CREDENTIALS_INCORRECT = "STATIC_CREDENTIALS_INCORRECT"
        DYNAMIC_CREDENTIALS_INCORRECT = "DYNAMIC_CREDENTIALS_INCORRECT"
        DYNAMIC_CREDENTIALS_FLOW_CANCELLED = "DYNAMIC_CREDENTIALS_FLOW_CANCELLED"
        DYNAMIC_CREDENTIALS_FLOW_TIMEOUT = "DYNAMIC_CREDENTIALS_FLOW_TIMEOUT"
        USER_NOT_A_CUSTOMER = "USER_NOT_A_CUSTOMER"
        USER_BLOCKED = "USER_BLOCKED"
        USER_CONCURRENT_LOGINS = "USER_CONCURRENT_LOGINS"
        ACTION_NOT_PERMITTED = "ACTION_NOT_PERMITTED"
        SESSION_EXPIRED = "SESSION_EXPIRED"
        USER_ACTION_REQUIRED = "USER_ACTION_REQUIRED"
        PROVIDER_UNAVAILABLE = "PROVIDER_UNAVAILABLE"
        LICENSED_PARTY_REJECTED = "LICENSED_PARTY_REJECTED"
        UNKNOWN_ERROR = "UNKNOWN_ERROR"
        TINK_INTERNAL_SERVER_ERROR = "TINK_INTERNAL_SERVER_ERROR"
        AUTHENTICATION_METHOD_NOT_SUPPORTED = "AUTHENTICATION_METHOD_NOT_SUPPORTED"
        NO_ACCOUNTS = "NO_ACCOUNTS"
        USER_CANCELLED = "USER_CANCELLED"

    register(
        LinkErrorReason,
        lambda: (
            CodeSetInfo(
                provider="tink",
                id="link_error_reason",
                title="Tink Link error reason",
                description="The cause of an error Tink Link returns (error_reason: \"Describes the cause of the error.\", the Transactions errors page), as the Android SDK's reason enums list them, one group per status (and per type of an authentication error), with the SDK's description of each; INVALID_PARAMETER_INPUT_GROUP is the iOS SDK's alone. The category of each is bankcodes' reading.",
                field="error_reason (Tink Link's redirect and its SDKs' TinkError)",
                sources=(
                    _S["tink-android-badrequest"],
                    _S["tink-android-temporary"],
                    _S["tink-android-internal"],
                    _S["tink-android-userlogin"],
                    _S["tink-android-authorization"],
                    _S["tink-android-provider"],
                    _S["tink-android-tinkside"],
                    _S["tink-android-accountinfo"],
                ),
            ),
            (
                CodeInfo(
                    value="INVALID_PARAMETER_ACCOUNT_DIALOG_TYPE",
                    description="The account_dialog_type value is incorrect.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["tink-android-badrequest"], _S["tink-ios-binary-strings"]),
                    retryable=False,
                    end_user_can_retry=False,
                    group="bad_request",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-badrequest"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#INVALID_PARAMETER_ACCOUNT_DIALOG_TYPE",
                ),
                CodeInfo(
                    value="INVALID_PARAMETER_AUTHORIZATION_CODE",
                    description="One or more of these values are missing: authorization code, handoff session ID, and authorization token.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["tink-android-badrequest"], _S["tink-ios-binary-strings"]),
                    retryable=False,
                    end_user_can_retry=False,
                    group="bad_request",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-badrequest"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#INVALID_PARAMETER_AUTHORIZATION_CODE",
                ),
                CodeInfo(
                    value="INVALID_PARAMETER_CLIENT_ID",
                    description="The client_id value is incorrect or missing.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["tink-android-badrequest"], _S["tink-ios-binary-strings"]),
                    retryable=False,
                    end_user_can_retry=False,
                    group="bad_request",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-badrequest"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#INVALID_PARAMETER_CLIENT_ID",
                ),
                CodeInfo(
                    value="INVALID_PARAMETER_CREDENTIALS_ID",
                    description="The credentials_id value is missing. The parameter is only used with permanent users.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["tink-android-badrequest"], _S["tink-ios-binary-strings"]),
                    retryable=False,
                    end_user_can_retry=False,
                    group="bad_request",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-badrequest"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#INVALID_PARAMETER_CREDENTIALS_ID",
                ),
                CodeInfo(
                    value="INVALID_PARAMETER_FINANCIAL_SERVICES_SEGMENTS",
                    description="The financial_services_segments value is incorrect. Only these values can be used: PERSONAL, BUSINESS.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["tink-android-badrequest"], _S["tink-ios-binary-strings"]),
                    retryable=False,
                    end_user_can_retry=False,
                    group="bad_request",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-badrequest"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#INVALID_PARAMETER_FINANCIAL_SERVICES_SEGMENTS",
                ),
                CodeInfo(
                    value="INVALID_PARAMETER_INPUT_GROUP",
                    description="The input_group value is invalid. Make sure the value matches a valid groupDisplayName from the Providers API.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["tink-ios-docc-inputgroup"],
                        _S["tink-ios-swiftinterface"],
                        _S["tink-ios-binary-strings"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    group="bad_request",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["tink-ios-docc-inputgroup"],
                                _S["tink-ios-swiftinterface"],
                                _S["tink-ios-binary-strings"],
                            ),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#INVALID_PARAMETER_INPUT_GROUP",
                ),
                CodeInfo(
                    value="INVALID_PARAMETER_INPUT_PROVIDER",
                    description="The provider name value (for the input_provider parameter) contains more than 100 characters. Make sure to limit the provider name to a maximum of 100 characters.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["tink-android-badrequest"], _S["tink-ios-binary-strings"]),
                    retryable=False,
                    end_user_can_retry=False,
                    group="bad_request",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-badrequest"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#INVALID_PARAMETER_INPUT_PROVIDER",
                ),
                CodeInfo(
                    value="INVALID_PARAMETER_INPUT_USERNAME",
                    description="The input_username value is incorrect or missing. Make sure to limit username to a maximum of 50 characters.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["tink-android-badrequest"], _S["tink-ios-binary-strings"]),
                    retryable=False,
                    end_user_can_retry=False,
                    group="bad_request",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-badrequest"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#INVALID_PARAMETER_INPUT_USERNAME",
                ),
                CodeInfo(
                    value="INVALID_PARAMETER_PAYMENT_REQUEST_ID",
                    description="The payment_request_id value is missing.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["tink-android-badrequest"], _S["tink-ios-binary-strings"]),
                    retryable=False,
                    end_user_can_retry=False,
                    group="bad_request",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-badrequest"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#INVALID_PARAMETER_PAYMENT_REQUEST_ID",
                ),
                CodeInfo(
                    value="INVALID_PARAMETER_REDIRECT_URI",
                    description="The redirect_uri value is missing or malformed.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["tink-android-badrequest"], _S["tink-ios-binary-strings"]),
                    retryable=False,
                    end_user_can_retry=False,
                    group="bad_request",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-badrequest"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#INVALID_PARAMETER_REDIRECT_URI",
                ),
                CodeInfo(
                    value="INVALID_PARAMETER_REFRESHABLE_ITEMS",
                    description="The refreshable_items value is incorrect. Only these values can be used: CHECKING_ACCOUNTS, CHECKING_TRANSACTIONS, SAVING_ACCOUNTS, SAVING_TRANSACTIONS, CREDITCARD_ACCOUNTS, CREDITCARD_TRANSACTIONS.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["tink-android-badrequest"], _S["tink-ios-binary-strings"]),
                    retryable=False,
                    end_user_can_retry=False,
                    group="bad_request",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-badrequest"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#INVALID_PARAMETER_REFRESHABLE_ITEMS",
                ),
                CodeInfo(
                    value="INVALID_PARAMETER_REPORT_TYPES",
                    description="The report_types value is incorrect or missing. This value is only shown when bundling more than one product in one flow.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["tink-android-badrequest"], _S["tink-ios-binary-strings"]),
                    retryable=False,
                    end_user_can_retry=False,
                    group="bad_request",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-badrequest"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#INVALID_PARAMETER_REPORT_TYPES",
                ),
                CodeInfo(
                    value="INVALID_PARAMETER_SCOPE",
                    description="The scope value is missing. It is only used with Account Aggregation.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["tink-android-badrequest"], _S["tink-ios-binary-strings"]),
                    retryable=False,
                    end_user_can_retry=False,
                    group="bad_request",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-badrequest"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#INVALID_PARAMETER_SCOPE",
                ),
                CodeInfo(
                    value="INVALID_STATE_ACCESS_TOKEN",
                    description="The access token value is missing, has expired, or is incorrectly entered.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["tink-android-badrequest"], _S["tink-ios-binary-strings"]),
                    retryable=False,
                    end_user_can_retry=False,
                    group="bad_request",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-badrequest"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#INVALID_STATE_ACCESS_TOKEN",
                ),
                CodeInfo(
                    value="INVALID_STATE_AUTHENTICATION",
                    description="The error occurs when credentialsType is MOBILE_BANKID or THIRD_PARTY_APP and the end user has failed to authenticate or the integration doesn't use BankID on a mobile device or a third-party app.",
                    category=_C.MFA_FAILED,
                    sources=(_S["tink-android-badrequest"], _S["tink-ios-binary-strings"]),
                    retryable=False,
                    end_user_can_retry=True,
                    group="bad_request",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-badrequest"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#INVALID_STATE_AUTHENTICATION",
                ),
                CodeInfo(
                    value="INVALID_STATE_CREDENTIALS",
                    description="The credential has reached a TEMPORARY_ERROR state.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["tink-android-badrequest"], _S["tink-ios-binary-strings"]),
                    retryable=True,
                    end_user_can_retry=True,
                    group="bad_request",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-badrequest"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#INVALID_STATE_CREDENTIALS",
                ),
                CodeInfo(
                    value="INVALID_STATE_CREDENTIALS_IS_AWAITING_THIRD_PARTY",
                    description="An attempt is made to authenticate or refresh a credential that is in a pending state. The parameter is only used with permanent users.",
                    category=_C.CONCURRENT_OPERATION,
                    sources=(_S["tink-android-badrequest"], _S["tink-ios-binary-strings"]),
                    retryable=True,
                    end_user_can_retry=True,
                    group="bad_request",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-badrequest"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#INVALID_STATE_CREDENTIALS_IS_AWAITING_THIRD_PARTY",
                ),
                CodeInfo(
                    value="INVALID_STATE_EMBED_NOT_ALLOWED",
                    description="Tink is embedded when embedding is not allowed. Embedding a Tink page inside another page is by default not permitted. To request the ability to embed Tink, go to Console your_app App settings App details Display name (public) and select Verify.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["tink-android-badrequest"], _S["tink-ios-binary-strings"]),
                    retryable=False,
                    end_user_can_retry=False,
                    group="bad_request",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-badrequest"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#INVALID_STATE_EMBED_NOT_ALLOWED",
                ),
                CodeInfo(
                    value="INVALID_STATE_NON_OPEN_BANKING_PROVIDER",
                    description="An attempt is made to authenticate a credential for a non-open-banking provider. The parameter is only used with permanent users.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["tink-android-badrequest"], _S["tink-ios-binary-strings"]),
                    retryable=False,
                    end_user_can_retry=False,
                    group="bad_request",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-badrequest"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#INVALID_STATE_NON_OPEN_BANKING_PROVIDER",
                ),
                CodeInfo(
                    value="INVALID_STATE_PAYMENT_RETRY_NOT_ALLOWED",
                    description="The payment request is already used and can't be reused. The parameter is only used with direct payments.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["tink-android-badrequest"], _S["tink-ios-binary-strings"]),
                    retryable=False,
                    end_user_can_retry=False,
                    group="bad_request",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-badrequest"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#INVALID_STATE_PAYMENT_RETRY_NOT_ALLOWED",
                ),
                CodeInfo(
                    value="INVALID_STATE_PERMANENT_USER_FLAG",
                    description="A permanent users flow is attempted for an app that doesn't have permanent users enabled.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["tink-android-badrequest"], _S["tink-ios-binary-strings"]),
                    retryable=False,
                    end_user_can_retry=False,
                    group="bad_request",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-badrequest"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#INVALID_STATE_PERMANENT_USER_FLAG",
                ),
                CodeInfo(
                    value="INVALID_STATE_PROVIDER",
                    description="The selected/preselected provider isn't available. This error occurs when a preselected provider doesn't exist in the selected market, which is due to one of these issues: The selected/preselected provider isn't included in the app's provider policy. The selected provider isn't available.",
                    category=_C.INSTITUTION_NOT_SUPPORTED,
                    sources=(
                        _S["tink-android-badrequest"],
                        _S["tink-android-entry-pages"],
                        _S["tink-ios-binary-strings"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    group="bad_request",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["tink-android-badrequest"],
                                _S["tink-android-entry-pages"],
                                _S["tink-ios-binary-strings"],
                            ),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#INVALID_STATE_PROVIDER",
                ),
                CodeInfo(
                    value="INVALID_STATE_PROVIDER_DOES_NOT_RECOGNIZE_USER",
                    description="The end user has selected the wrong provider, one with which they don't have an account.",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(_S["tink-android-badrequest"], _S["tink-ios-binary-strings"]),
                    retryable=False,
                    end_user_can_retry=True,
                    group="bad_request",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-badrequest"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#INVALID_STATE_PROVIDER_DOES_NOT_RECOGNIZE_USER",
                ),
                CodeInfo(
                    value="INVALID_STATE_REDIRECTED_AUTHORIZATION_TOKEN",
                    description="A third party is redirecting back to Tink, but the query is missing authorization_token.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["tink-android-badrequest"], _S["tink-ios-binary-strings"]),
                    retryable=False,
                    end_user_can_retry=False,
                    group="bad_request",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-badrequest"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#INVALID_STATE_REDIRECTED_AUTHORIZATION_TOKEN",
                ),
                CodeInfo(
                    value="INVALID_STATE_REDIRECTED_CREDENTIALS_ID",
                    description="A third party is redirecting back to Tink, but the query is missing credentialsId.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["tink-android-badrequest"], _S["tink-ios-binary-strings"]),
                    retryable=False,
                    end_user_can_retry=False,
                    group="bad_request",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-badrequest"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#INVALID_STATE_REDIRECTED_CREDENTIALS_ID",
                ),
                CodeInfo(
                    value="INVALID_STATE_REFRESH_CREDENTIALS_RATE_LIMITED",
                    description="An excessive amount of API requests has been made for an app. For more information, see Rate limits.",
                    category=_C.RATE_LIMITED,
                    sources=(_S["tink-android-badrequest"], _S["tink-ios-binary-strings"]),
                    retryable=True,
                    end_user_can_retry=True,
                    group="bad_request",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-badrequest"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#INVALID_STATE_REFRESH_CREDENTIALS_RATE_LIMITED",
                ),
                CodeInfo(
                    value="INVALID_STATE_REDIRECT_URI",
                    description='The specified redirect_uri is invalid. Make sure that it is registered in the "App settings" page in Console.',
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["tink-android-badrequest"], _S["tink-ios-binary-strings"]),
                    retryable=False,
                    end_user_can_retry=False,
                    group="bad_request",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-badrequest"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#INVALID_STATE_REDIRECT_URI",
                ),
                CodeInfo(
                    value="INVALID_STATE_SCOPE",
                    description="One or more scopes are incorrect or not available for the oauth client.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["tink-android-badrequest"], _S["tink-ios-binary-strings"]),
                    retryable=False,
                    end_user_can_retry=False,
                    group="bad_request",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-badrequest"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#INVALID_STATE_SCOPE",
                ),
                CodeInfo(
                    value="REQUEST_FAILED_CREATE_RESET_CREDENTIALS",
                    description="The reset credentials endpoint is unavailable.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["tink-android-temporary"], _S["tink-ios-binary-strings"]),
                    retryable=True,
                    end_user_can_retry=True,
                    group="temporary_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-temporary"], _S["tink-ios-binary-strings"]),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/tink/link_error_reason/#REQUEST_FAILED_CREATE_RESET_CREDENTIALS",
                    notes='Under TEMPORARY_ERROR: "To resolve this, try again later." Next step: retry_later, the step of TEMPORARY_ERROR, the status it is a reason of, where its category alone would retry at once.',
                    next_step="retry_later",
                ),
                CodeInfo(
                    value="REQUEST_FAILED_FETCH_ACCOUNTS",
                    description="The user report bundles endpoint or the accounts endpoint is unavailable. This error either occurs for Account Check or for the reports/bundled flow when Account Check is one of the bundled products.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["tink-android-temporary"], _S["tink-ios-binary-strings"]),
                    retryable=True,
                    end_user_can_retry=True,
                    group="temporary_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-temporary"], _S["tink-ios-binary-strings"]),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/tink/link_error_reason/#REQUEST_FAILED_FETCH_ACCOUNTS",
                    notes='Under TEMPORARY_ERROR: "To resolve this, try again later." Next step: retry_later, the step of TEMPORARY_ERROR, the status it is a reason of, where its category alone would retry at once.',
                    next_step="retry_later",
                ),
                CodeInfo(
                    value="REQUEST_FAILED_FETCH_PROVIDER",
                    description="The error can be caused by any of these things: The providers endpoint is unavailable. The selected provider couldn't be found. input_provider doesn't exist in the selected market. input_provider is not included in the configured Provider Policy.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["tink-android-temporary"],
                        _S["tink-android-entry-pages"],
                        _S["tink-ios-binary-strings"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    group="temporary_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["tink-android-temporary"],
                                _S["tink-android-entry-pages"],
                                _S["tink-ios-binary-strings"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/tink/link_error_reason/#REQUEST_FAILED_FETCH_PROVIDER",
                    notes='Under TEMPORARY_ERROR: "To resolve this, try again later." Next step: retry_later, the step of TEMPORARY_ERROR, the status it is a reason of, where its category alone would retry at once.',
                    next_step="retry_later",
                ),
                CodeInfo(
                    value="REQUEST_FAILED_OAUTH_DESCRIBE",
                    description="The error can be caused by any of these things: The redirect_uri parameter is not entered in Console. The OAuth describe endpoint is unavailable.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["tink-android-temporary"],
                        _S["tink-android-entry-pages"],
                        _S["tink-ios-binary-strings"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    group="temporary_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["tink-android-temporary"],
                                _S["tink-android-entry-pages"],
                                _S["tink-ios-binary-strings"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/tink/link_error_reason/#REQUEST_FAILED_OAUTH_DESCRIBE",
                    notes='Under TEMPORARY_ERROR: "To resolve this, try again later." Next step: retry_later, the step of TEMPORARY_ERROR, the status it is a reason of, where its category alone would retry at once.',
                    next_step="retry_later",
                ),
                CodeInfo(
                    value="REQUEST_FAILED_CONSUME_HANDOFF_SESSION",
                    description="The handoff session endpoint is unavailable.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["tink-android-internal"], _S["tink-ios-binary-strings"]),
                    retryable=True,
                    end_user_can_retry=True,
                    group="internal_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-internal"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#REQUEST_FAILED_CONSUME_HANDOFF_SESSION",
                ),
                CodeInfo(
                    value="REQUEST_FAILED_CREATE_ACCOUNT_CHECK_REPORT",
                    description="The Account Check endpoint is unavailable.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["tink-android-internal"], _S["tink-ios-binary-strings"]),
                    retryable=True,
                    end_user_can_retry=True,
                    group="internal_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-internal"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#REQUEST_FAILED_CREATE_ACCOUNT_CHECK_REPORT",
                ),
                CodeInfo(
                    value="REQUEST_FAILED_CREATE_ANONYMOUS_USER",
                    description="The endpoint for creating anonymous users is unavailable.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["tink-android-internal"], _S["tink-ios-binary-strings"]),
                    retryable=True,
                    end_user_can_retry=True,
                    group="internal_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-internal"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#REQUEST_FAILED_CREATE_ANONYMOUS_USER",
                ),
                CodeInfo(
                    value="REQUEST_FAILED_CREATE_BULK_PAYMENT",
                    description="The bulk payments endpoint is unavailable.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["tink-android-internal"], _S["tink-ios-binary-strings"]),
                    retryable=True,
                    end_user_can_retry=True,
                    group="internal_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-internal"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#REQUEST_FAILED_CREATE_BULK_PAYMENT",
                ),
                CodeInfo(
                    value="REQUEST_FAILED_CREATE_CREDENTIALS",
                    description="Credentials can't be created. The error can be caused by any of these things: The credentials:write scope is missing. The Tink credentials service is unavailable.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["tink-android-internal"],
                        _S["tink-android-entry-pages"],
                        _S["tink-ios-binary-strings"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    group="internal_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["tink-android-internal"],
                                _S["tink-android-entry-pages"],
                                _S["tink-ios-binary-strings"],
                            ),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#REQUEST_FAILED_CREATE_CREDENTIALS",
                ),
                CodeInfo(
                    value="REQUEST_FAILED_CREATE_HANDOFF_SESSION",
                    description="The handoff session endpoint is unavailable.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["tink-android-internal"], _S["tink-ios-binary-strings"]),
                    retryable=True,
                    end_user_can_retry=True,
                    group="internal_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-internal"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#REQUEST_FAILED_CREATE_HANDOFF_SESSION",
                ),
                CodeInfo(
                    value="REQUEST_FAILED_CREATE_INCOME_CHECK_REPORT",
                    description="The Income Check endpoint is unavailable.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["tink-android-internal"], _S["tink-ios-binary-strings"]),
                    retryable=True,
                    end_user_can_retry=True,
                    group="internal_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-internal"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#REQUEST_FAILED_CREATE_INCOME_CHECK_REPORT",
                ),
                CodeInfo(
                    value="REQUEST_FAILED_CREATE_RECURRING_PAYMENT",
                    description="The recurring payment endpoint is unavailable.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["tink-android-internal"], _S["tink-ios-binary-strings"]),
                    retryable=True,
                    end_user_can_retry=True,
                    group="internal_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-internal"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#REQUEST_FAILED_CREATE_RECURRING_PAYMENT",
                ),
                CodeInfo(
                    value="REQUEST_FAILED_CREATE_REPORT",
                    description="The bundled flow endpoint is unavailable.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["tink-android-internal"], _S["tink-ios-binary-strings"]),
                    retryable=True,
                    end_user_can_retry=True,
                    group="internal_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-internal"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#REQUEST_FAILED_CREATE_REPORT",
                ),
                CodeInfo(
                    value="REQUEST_FAILED_CREATE_RISK_INSIGHTS_REPORT",
                    description="The Risk Insights endpoint is unavailable.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["tink-android-internal"], _S["tink-ios-binary-strings"]),
                    retryable=True,
                    end_user_can_retry=True,
                    group="internal_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-internal"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#REQUEST_FAILED_CREATE_RISK_INSIGHTS_REPORT",
                ),
                CodeInfo(
                    value="REQUEST_FAILED_CREATE_TRANSFER",
                    description="The transfer endpoint is unavailable.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["tink-android-internal"], _S["tink-ios-binary-strings"]),
                    retryable=True,
                    end_user_can_retry=True,
                    group="internal_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-internal"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#REQUEST_FAILED_CREATE_TRANSFER",
                ),
                CodeInfo(
                    value="REQUEST_FAILED_FETCH_BULK_PAYMENT",
                    description="The bulk payments endpoint is unavailable.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["tink-android-internal"], _S["tink-ios-binary-strings"]),
                    retryable=True,
                    end_user_can_retry=True,
                    group="internal_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-internal"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#REQUEST_FAILED_FETCH_BULK_PAYMENT",
                ),
                CodeInfo(
                    value="REQUEST_FAILED_FETCH_BULK_PAYMENT_STATUS",
                    description="The bulk payments endpoint is unavailable.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["tink-android-internal"], _S["tink-ios-binary-strings"]),
                    retryable=True,
                    end_user_can_retry=True,
                    group="internal_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-internal"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#REQUEST_FAILED_FETCH_BULK_PAYMENT_STATUS",
                ),
                CodeInfo(
                    value="REQUEST_FAILED_FETCH_CREDENTIALS",
                    description="The credentials endpoint is unavailable.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["tink-android-internal"], _S["tink-ios-binary-strings"]),
                    retryable=True,
                    end_user_can_retry=True,
                    group="internal_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-internal"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#REQUEST_FAILED_FETCH_CREDENTIALS",
                ),
                CodeInfo(
                    value="REQUEST_FAILED_FETCH_EXISTING_USER",
                    description="The error can be caused by any of these things: handoffSessionId is missing. authorizationCode is missing. The handoff session endpoint is unavailable. The authentication/token endpoint is unavailable.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["tink-android-internal"],
                        _S["tink-android-entry-pages"],
                        _S["tink-ios-binary-strings"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    group="internal_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["tink-android-internal"],
                                _S["tink-android-entry-pages"],
                                _S["tink-ios-binary-strings"],
                            ),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#REQUEST_FAILED_FETCH_EXISTING_USER",
                ),
                CodeInfo(
                    value="REQUEST_FAILED_FETCH_HANDOFF_SESSION",
                    description="The handoff session endpoint is unavailable.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["tink-android-internal"], _S["tink-ios-binary-strings"]),
                    retryable=True,
                    end_user_can_retry=True,
                    group="internal_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-internal"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#REQUEST_FAILED_FETCH_HANDOFF_SESSION",
                ),
                CodeInfo(
                    value="REQUEST_FAILED_FETCH_LEGAL_TEXT",
                    description="It's not possible to fetch the privacy policy or terms and conditions.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["tink-android-internal"], _S["tink-ios-binary-strings"]),
                    retryable=True,
                    end_user_can_retry=True,
                    group="internal_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-internal"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#REQUEST_FAILED_FETCH_LEGAL_TEXT",
                ),
                CodeInfo(
                    value="REQUEST_FAILED_FETCH_PAYMENT_INFO",
                    description="The endpoint to get payment or the endpoint to get transfer details is unavailable.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["tink-android-internal"], _S["tink-ios-binary-strings"]),
                    retryable=True,
                    end_user_can_retry=True,
                    group="internal_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-internal"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#REQUEST_FAILED_FETCH_PAYMENT_INFO",
                ),
                CodeInfo(
                    value="REQUEST_FAILED_FETCH_PAYMENT_TRANSFER_INFO",
                    description="The payment transfer endpoint is unavailable.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["tink-android-internal"], _S["tink-ios-binary-strings"]),
                    retryable=True,
                    end_user_can_retry=True,
                    group="internal_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-internal"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#REQUEST_FAILED_FETCH_PAYMENT_TRANSFER_INFO",
                ),
                CodeInfo(
                    value="REQUEST_FAILED_FETCH_PROVIDER_PAYMENT_CONDITIONS",
                    description="The payment providers endpoint is unavailable.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["tink-android-internal"], _S["tink-ios-binary-strings"]),
                    retryable=True,
                    end_user_can_retry=True,
                    group="internal_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-internal"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#REQUEST_FAILED_FETCH_PROVIDER_PAYMENT_CONDITIONS",
                ),
                CodeInfo(
                    value="REQUEST_FAILED_FETCH_PROVIDERS",
                    description="The providers endpoint is unavailable.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["tink-android-internal"], _S["tink-ios-binary-strings"]),
                    retryable=True,
                    end_user_can_retry=True,
                    group="internal_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-internal"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#REQUEST_FAILED_FETCH_PROVIDERS",
                ),
                CodeInfo(
                    value="REQUEST_FAILED_FETCH_RECURRING_PAYMENT_INFO",
                    description="The recurring payment endpoint is unavailable.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["tink-android-internal"], _S["tink-ios-binary-strings"]),
                    retryable=True,
                    end_user_can_retry=True,
                    group="internal_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-internal"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#REQUEST_FAILED_FETCH_RECURRING_PAYMENT_INFO",
                ),
                CodeInfo(
                    value="REQUEST_FAILED_FETCH_REPORTS_DESCRIBE",
                    description="The bundled flow endpoint is unavailable.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["tink-android-internal"], _S["tink-ios-binary-strings"]),
                    retryable=True,
                    end_user_can_retry=True,
                    group="internal_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-internal"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#REQUEST_FAILED_FETCH_REPORTS_DESCRIBE",
                ),
                CodeInfo(
                    value="REQUEST_FAILED_FETCH_SESSION",
                    description="The session endpoint is unavailable.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["tink-android-internal"], _S["tink-ios-binary-strings"]),
                    retryable=True,
                    end_user_can_retry=True,
                    group="internal_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-internal"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#REQUEST_FAILED_FETCH_SESSION",
                ),
                CodeInfo(
                    value="REQUEST_FAILED_FETCH_TRANSFER_ACCOUNTS",
                    description="The transfer accounts endpoint is unavailable.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["tink-android-internal"], _S["tink-ios-binary-strings"]),
                    retryable=True,
                    end_user_can_retry=True,
                    group="internal_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-internal"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#REQUEST_FAILED_FETCH_TRANSFER_ACCOUNTS",
                ),
                CodeInfo(
                    value="REQUEST_FAILED_FETCH_USER_WITH_EXISTING_TOKEN",
                    description="The user endpoint is unavailable.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["tink-android-internal"], _S["tink-ios-binary-strings"]),
                    retryable=True,
                    end_user_can_retry=True,
                    group="internal_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-internal"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#REQUEST_FAILED_FETCH_USER_WITH_EXISTING_TOKEN",
                ),
                CodeInfo(
                    value="REQUEST_FAILED_REFRESH_CREDENTIALS",
                    description="The credentials endpoint is unavailable.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["tink-android-internal"], _S["tink-ios-binary-strings"]),
                    retryable=True,
                    end_user_can_retry=True,
                    group="internal_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-internal"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#REQUEST_FAILED_REFRESH_CREDENTIALS",
                ),
                CodeInfo(
                    value="THIRD_PARTY_AUTHENTICATION_UNAVAILABLE",
                    description="Mobile BankID or any other, required, third-party is technically unavailable.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["tink-android-userlogin"], _S["tink-ios-binary-strings"]),
                    retryable=True,
                    end_user_can_retry=True,
                    group="user_login_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-userlogin"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#THIRD_PARTY_AUTHENTICATION_UNAVAILABLE",
                ),
                CodeInfo(
                    value="STATIC_CREDENTIALS_INCORRECT",
                    description="Values of provided fields are rejected by the provider. Clarification: Refers to user credentials stored with Tink, that is, the static fields on credentials. To recover from this, customer needs to update the values in the user’s Tink Credentials fields.",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(_S["tink-android-userlogin"], _S["tink-ios-binary-strings"]),
                    retryable=False,
                    end_user_can_retry=True,
                    group="user_login_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-userlogin"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#STATIC_CREDENTIALS_INCORRECT",
                ),
                CodeInfo(
                    value="DYNAMIC_CREDENTIALS_INCORRECT",
                    description="OTPs/card-reader codes/third-party app codes are rejected by Provider. Examples: OTP entered after being redirected to bank’s page is incorrect, or OTP entered in Tink URL is incorrect.",
                    category=_C.MFA_FAILED,
                    sources=(_S["tink-android-userlogin"], _S["tink-ios-binary-strings"]),
                    retryable=False,
                    end_user_can_retry=True,
                    group="user_login_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-userlogin"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#DYNAMIC_CREDENTIALS_INCORRECT",
                ),
                CodeInfo(
                    value="DYNAMIC_CREDENTIALS_FLOW_CANCELLED",
                    description="Deliberate cancellation of dynamic authentication flow (multi-factor authentication). For example, when cancelling a Mobile Bank ID or OAuth2 journey on the Financial Service side.",
                    category=_C.CANCELLED,
                    sources=(_S["tink-android-userlogin"], _S["tink-ios-binary-strings"]),
                    retryable=False,
                    end_user_can_retry=True,
                    group="user_login_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-userlogin"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#DYNAMIC_CREDENTIALS_FLOW_CANCELLED",
                ),
                CodeInfo(
                    value="DYNAMIC_CREDENTIALS_FLOW_TIMEOUT",
                    description="Financial Service has indicated that the dynamic flow (multi-factor authentication, for example, BankID and OTPs.)) has timed out, or the Tink deadline of 2, 3, or 9 min (Supplemental info, Mobile BankID respectively OB flows) times out before getting answer from bank.",
                    category=_C.MFA_FAILED,
                    sources=(_S["tink-android-userlogin"], _S["tink-ios-binary-strings"]),
                    retryable=False,
                    end_user_can_retry=True,
                    group="user_login_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-userlogin"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#DYNAMIC_CREDENTIALS_FLOW_TIMEOUT",
                ),
                CodeInfo(
                    value="USER_NOT_A_CUSTOMER",
                    description="Financial Service responds that the identity used to authenticate is not a customer at the current provider, or has no engagement with the provider.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["tink-android-userlogin"], _S["tink-ios-binary-strings"]),
                    retryable=False,
                    end_user_can_retry=False,
                    group="user_login_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-userlogin"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#USER_NOT_A_CUSTOMER",
                ),
                CodeInfo(
                    value="USER_BLOCKED",
                    description="Financial Service responds that the identity used to authenticate is blocked and the user can not authenticate successfully.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["tink-android-userlogin"],),
                    retryable=False,
                    end_user_can_retry=True,
                    group="user_login_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-userlogin"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/tink/link_error_reason/#USER_BLOCKED",
                    notes="The spelling is the Android SDK's name; the iOS binary's strings hold only values of 16 characters or more.",
                ),
                CodeInfo(
                    value="USER_CONCURRENT_LOGINS",
                    description="When Financial Service or third party app doesn’t allow to have parallel sessions.",
                    category=_C.CONCURRENT_OPERATION,
                    sources=(_S["tink-android-userlogin"], _S["tink-ios-binary-strings"]),
                    retryable=True,
                    end_user_can_retry=True,
                    group="user_login_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-userlogin"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#USER_CONCURRENT_LOGINS",
                ),
                CodeInfo(
                    value="ACTION_NOT_PERMITTED",
                    description="Financial Service responds that the identity used to authenticate does not have permission to perform the operation.",
                    category=_C.REJECTED,
                    sources=(_S["tink-android-authorization"], _S["tink-ios-binary-strings"]),
                    retryable=False,
                    end_user_can_retry=False,
                    group="authorization_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["tink-android-authorization"],
                                _S["tink-ios-binary-strings"],
                            ),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#ACTION_NOT_PERMITTED",
                ),
                CodeInfo(
                    value="SESSION_EXPIRED",
                    description="Access/Refresh-token combo is expired, requires re-authentication. Should only happen if the user is not present. When user is in fact present, Tink automatically goes into re-authentication flow.",
                    category=_C.SESSION_EXPIRED,
                    sources=(_S["tink-android-authorization"],),
                    retryable=False,
                    end_user_can_retry=True,
                    group="authorization_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-authorization"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/tink/link_error_reason/#SESSION_EXPIRED",
                    notes='The access and refresh tokens expired: the user authenticates again ("requires re-authentication").',
                    next_step="renew_consent",
                ),
                CodeInfo(
                    value="USER_ACTION_REQUIRED",
                    description="User has successfully authenticated and is in a bank flow, but there is some step where they are required to take some manual action that Tink can not handle automatically (e.g. sign an agreement or change some setting)",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["tink-android-authorization"], _S["tink-ios-binary-strings"]),
                    retryable=False,
                    end_user_can_retry=True,
                    group="authorization_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["tink-android-authorization"],
                                _S["tink-ios-binary-strings"],
                            ),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#USER_ACTION_REQUIRED",
                ),
                CodeInfo(
                    value="PROVIDER_UNAVAILABLE",
                    description="Financial Service (provider/bank/ASPSP) is technically unavailable or doesn't respond when Tink is sending requests).",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["tink-android-provider"], _S["tink-ios-binary-strings"]),
                    retryable=True,
                    end_user_can_retry=True,
                    group="provider_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-provider"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#PROVIDER_UNAVAILABLE",
                ),
                CodeInfo(
                    value="LICENSED_PARTY_REJECTED",
                    description="Financial Service rejects the licenced party (TPP/OB registrate) or eIDAS certificate. This happens if Tink’s license is rejected.",
                    category=_C.REJECTED,
                    sources=(_S["tink-android-provider"], _S["tink-ios-binary-strings"]),
                    retryable=False,
                    end_user_can_retry=False,
                    group="provider_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-provider"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#LICENSED_PARTY_REJECTED",
                ),
                CodeInfo(
                    value="UNKNOWN_ERROR",
                    description="Unknown unexpected error on Tink side.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["tink-android-tinkside"],),
                    retryable=True,
                    end_user_can_retry=True,
                    group="tink_side_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-tinkside"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/tink/link_error_reason/#UNKNOWN_ERROR",
                    notes="The spelling is the Android SDK's name; the iOS binary's strings hold only values of 16 characters or more.",
                ),
                CodeInfo(
                    value="TINK_INTERNAL_SERVER_ERROR",
                    description="Explicit unexpected error on Tink side.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["tink-android-tinkside"], _S["tink-ios-binary-strings"]),
                    retryable=True,
                    end_user_can_retry=True,
                    group="tink_side_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-tinkside"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#TINK_INTERNAL_SERVER_ERROR",
                ),
                CodeInfo(
                    value="AUTHENTICATION_METHOD_NOT_SUPPORTED",
                    description="The authentication method that the user picked was not supported by Tink. Tink always tries to prevent this from happening in the first place.",
                    category=_C.INSTITUTION_NOT_SUPPORTED,
                    sources=(_S["tink-android-tinkside"], _S["tink-ios-binary-strings"]),
                    retryable=False,
                    end_user_can_retry=False,
                    group="tink_side_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-tinkside"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_reason/#AUTHENTICATION_METHOD_NOT_SUPPORTED",
                ),
                CodeInfo(
                    value="NO_ACCOUNTS",
                    description="User authentication was successful, but the end result was that no data was available to be stored on the Tink user",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["tink-android-accountinfo"],),
                    retryable=False,
                    end_user_can_retry=False,
                    group="account_information_error",
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-accountinfo"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/tink/link_error_reason/#NO_ACCOUNTS",
                    notes="The spelling is the Android SDK's name; the iOS binary's strings hold only values of 16 characters or more.",
                ),
                CodeInfo(
                    value="USER_CANCELLED",
                    description="The user cancelled the journey: the reason the iOS SDK sends beside the status USER_CANCELLED.",
                    category=_C.CANCELLED,
                    sources=(_S["tink-ios-binary-strings"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/tink/link_error_reason/#USER_CANCELLED",
                    editorial=True,
                    notes="The iOS binary builds tink://callback?error=USER_CANCELLED&error_reason=USER_CANCELLED; no SDK enum lists it as a reason.",
                    next_step="none",
                    fact_sources={"next_step": ("tink-android-status",)},
                ),
            ),
        ),
        {},
    )
    return LinkErrorReason


def _LinkErrorType() -> type[CodeEnum]:
    class LinkErrorType(CodeEnum):
        """Tink Link authentication error type: The type of an AUTHENTICATION_ERROR (TinkError.errorType in the SDKs), as the Android SDK's AuthenticationErrorType lists it. How it travels in the redirect was not read; the category of each is bankcodes' reading.

        Wire field: TinkError.errorType (the SDKs; an AUTHENTICATION_ERROR's type)."""

        TINK_SIDE_ERROR = "TINK_SIDE_ERROR"
        PROVIDER_ERROR = "PROVIDER_ERROR"
        USER_LOGIN_ERROR = "USER_LOGIN_ERROR"
        AUTHORIZATION_ERROR = "AUTHORIZATION_ERROR"
        ACCOUNT_INFORMATION_ERROR = "ACCOUNT_INFORMATION_ERROR"

    register(
        LinkErrorType,
        lambda: (
            CodeSetInfo(
                provider="tink",
                id="link_error_type",
                title="Tink Link authentication error type",
                description="The type of an AUTHENTICATION_ERROR (TinkError.errorType in the SDKs), as the Android SDK's AuthenticationErrorType lists it. How it travels in the redirect was not read; the category of each is bankcodes' reading.",
                field="TinkError.errorType (the SDKs; an AUTHENTICATION_ERROR's type)",
                sources=(_S["tink-android-authtype"],),
            ),
            (
                CodeInfo(
                    value="TINK_SIDE_ERROR",
                    description="This category represents an error occurred on Tink side.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["tink-android-authtype"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-authtype"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/tink/link_error_type/#TINK_SIDE_ERROR",
                    notes="The spelling is the Android SDK's name; the iOS binary's strings hold only values of 16 characters or more.",
                ),
                CodeInfo(
                    value="PROVIDER_ERROR",
                    description="This category represents an error occurred on financial service side.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["tink-android-authtype"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-authtype"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/tink/link_error_type/#PROVIDER_ERROR",
                    notes="The spelling is the Android SDK's name; the iOS binary's strings hold only values of 16 characters or more.",
                ),
                CodeInfo(
                    value="USER_LOGIN_ERROR",
                    description="This category represents an error occurred during the user login flow.",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(_S["tink-android-authtype"], _S["tink-ios-binary-strings"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-authtype"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_type/#USER_LOGIN_ERROR",
                ),
                CodeInfo(
                    value="AUTHORIZATION_ERROR",
                    description="This category represents an authorization error.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(_S["tink-android-authtype"], _S["tink-ios-binary-strings"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-authtype"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_type/#AUTHORIZATION_ERROR",
                ),
                CodeInfo(
                    value="ACCOUNT_INFORMATION_ERROR",
                    description="This category represents an error occurred while fetching account information for the user.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["tink-android-authtype"], _S["tink-ios-binary-strings"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tink-android-authtype"], _S["tink-ios-binary-strings"]),
                        ),
                    ),
                    page="reference/tink/link_error_type/#ACCOUNT_INFORMATION_ERROR",
                ),
            ),
        ),
        {},
    )
    return LinkErrorType


def _CredentialsStatus() -> type[CodeEnum]:
    class CredentialsStatus(CodeEnum):
        """Credentials status: The status of a credentials object of Tink's API (v1) ("The status indicates the state of the credentials.", the legacy API's swagger), with the descriptions of Tink Core iOS's doc comments; statusPayload carries a user-friendly message with it.

        Wire field: status (credentials)."""

        CREATED = "CREATED"
        AUTHENTICATING = "AUTHENTICATING"
        AWAITING_MOBILE_BANKID_AUTHENTICATION = "AWAITING_MOBILE_BANKID_AUTHENTICATION"
        AWAITING_SUPPLEMENTAL_INFORMATION = "AWAITING_SUPPLEMENTAL_INFORMATION"
        UPDATING = "UPDATING"
        UPDATED = "UPDATED"
        AUTHENTICATION_ERROR = "AUTHENTICATION_ERROR"
        TEMPORARY_ERROR = "TEMPORARY_ERROR"
        PERMANENT_ERROR = "PERMANENT_ERROR"
        AWAITING_THIRD_PARTY_APP_AUTHENTICATION = "AWAITING_THIRD_PARTY_APP_AUTHENTICATION"
        DELETED = "DELETED"
        SESSION_EXPIRED = "SESSION_EXPIRED"

    register(
        CredentialsStatus,
        lambda: (
            CodeSetInfo(
                provider="tink",
                id="credentials_status",
                title="Credentials status",
                description="The status of a credentials object of Tink's API (v1) (\"The status indicates the state of the credentials.\", the legacy API's swagger), with the descriptions of Tink Core iOS's doc comments; statusPayload carries a user-friendly message with it.",
                field="status (credentials)",
                states=True,
                sources=(
                    _S["tink-core-android-swagger"],
                    _S["tink-core-ios-restcredentials"],
                    _S["tink-core-ios-credentials"],
                ),
            ),
            (
                CodeInfo(
                    value="CREATED",
                    description="The credentials was just created.",
                    category=_C.PENDING,
                    sources=(
                        _S["tink-core-android-swagger"],
                        _S["tink-core-ios-restcredentials"],
                        _S["tink-core-ios-credentials"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["tink-core-android-swagger"],
                                _S["tink-core-ios-restcredentials"],
                                _S["tink-core-ios-credentials"],
                            ),
                        ),
                    ),
                    page="reference/tink/credentials_status/#CREATED",
                ),
                CodeInfo(
                    value="AUTHENTICATING",
                    description="The credentials is in the process of authenticating.",
                    category=_C.PENDING,
                    sources=(
                        _S["tink-core-android-swagger"],
                        _S["tink-core-ios-restcredentials"],
                        _S["tink-core-ios-credentials"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["tink-core-android-swagger"],
                                _S["tink-core-ios-restcredentials"],
                                _S["tink-core-ios-credentials"],
                            ),
                        ),
                    ),
                    page="reference/tink/credentials_status/#AUTHENTICATING",
                ),
                CodeInfo(
                    value="AWAITING_MOBILE_BANKID_AUTHENTICATION",
                    description="The credentials is awaiting authentication with Mobile BankID.",
                    category=_C.MFA_REQUIRED,
                    sources=(
                        _S["tink-core-android-swagger"],
                        _S["tink-core-ios-restcredentials"],
                        _S["tink-core-ios-credentials"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["tink-core-android-swagger"],
                                _S["tink-core-ios-restcredentials"],
                                _S["tink-core-ios-credentials"],
                            ),
                        ),
                    ),
                    page="reference/tink/credentials_status/#AWAITING_MOBILE_BANKID_AUTHENTICATION",
                ),
                CodeInfo(
                    value="AWAITING_SUPPLEMENTAL_INFORMATION",
                    description="The credentials is awaiting supplemental information.",
                    category=_C.MFA_REQUIRED,
                    sources=(
                        _S["tink-core-android-swagger"],
                        _S["tink-core-ios-restcredentials"],
                        _S["tink-core-ios-credentials"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["tink-core-android-swagger"],
                                _S["tink-core-ios-restcredentials"],
                                _S["tink-core-ios-credentials"],
                            ),
                        ),
                    ),
                    page="reference/tink/credentials_status/#AWAITING_SUPPLEMENTAL_INFORMATION",
                ),
                CodeInfo(
                    value="UPDATING",
                    description="The credentials is done authenticating and is now fetching data.",
                    category=_C.PENDING,
                    sources=(
                        _S["tink-core-android-swagger"],
                        _S["tink-core-ios-restcredentials"],
                        _S["tink-core-ios-credentials"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["tink-core-android-swagger"],
                                _S["tink-core-ios-restcredentials"],
                                _S["tink-core-ios-credentials"],
                            ),
                        ),
                    ),
                    page="reference/tink/credentials_status/#UPDATING",
                ),
                CodeInfo(
                    value="UPDATED",
                    description="The credentials has finished updating data from the provider.",
                    category=_C.SUCCESS,
                    sources=(
                        _S["tink-core-android-swagger"],
                        _S["tink-core-ios-restcredentials"],
                        _S["tink-core-ios-credentials"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["tink-core-android-swagger"],
                                _S["tink-core-ios-restcredentials"],
                                _S["tink-core-ios-credentials"],
                            ),
                        ),
                    ),
                    page="reference/tink/credentials_status/#UPDATED",
                ),
                CodeInfo(
                    value="AUTHENTICATION_ERROR",
                    description="There was an authentication error, see `statusPayload` for text describing the error.",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(
                        _S["tink-core-android-swagger"],
                        _S["tink-core-ios-restcredentials"],
                        _S["tink-core-ios-credentials"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["tink-core-android-swagger"],
                                _S["tink-core-ios-restcredentials"],
                                _S["tink-core-ios-credentials"],
                            ),
                        ),
                    ),
                    page="reference/tink/credentials_status/#AUTHENTICATION_ERROR",
                ),
                CodeInfo(
                    value="TEMPORARY_ERROR",
                    description="There was a temporary error, see `statusPayload` for text describing the error.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["tink-core-android-swagger"],
                        _S["tink-core-ios-restcredentials"],
                        _S["tink-core-ios-credentials"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["tink-core-android-swagger"],
                                _S["tink-core-ios-restcredentials"],
                                _S["tink-core-ios-credentials"],
                            ),
                        ),
                    ),
                    page="reference/tink/credentials_status/#TEMPORARY_ERROR",
                    state="degraded",
                    state_reason="A temporary error: the statusPayload says what it was; Tink Core calls it a final state, which does not change automatically.",
                ),
                CodeInfo(
                    value="PERMANENT_ERROR",
                    description="There was a permanent error, see `statusPayload` for text describing the error.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["tink-core-android-swagger"],
                        _S["tink-core-ios-restcredentials"],
                        _S["tink-core-ios-credentials"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["tink-core-android-swagger"],
                                _S["tink-core-ios-restcredentials"],
                                _S["tink-core-ios-credentials"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/tink/credentials_status/#PERMANENT_ERROR",
                    notes='Tink Core iOS: "This is a final state and the status of the credentials will not change automatically."',
                    state="needs_end_user",
                    state_reason="A permanent error, a final state that does not change automatically: the statusPayload says what it was.",
                ),
                CodeInfo(
                    value="AWAITING_THIRD_PARTY_APP_AUTHENTICATION",
                    description="The credentials is awaiting authentication with a third party app.",
                    category=_C.MFA_REQUIRED,
                    sources=(
                        _S["tink-core-android-swagger"],
                        _S["tink-core-ios-restcredentials"],
                        _S["tink-core-ios-credentials"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["tink-core-android-swagger"],
                                _S["tink-core-ios-restcredentials"],
                                _S["tink-core-ios-credentials"],
                            ),
                        ),
                    ),
                    page="reference/tink/credentials_status/#AWAITING_THIRD_PARTY_APP_AUTHENTICATION",
                ),
                CodeInfo(
                    value="DELETED",
                    description="The credentials have been deleted. it will not be possible to perform a refresh on this credentials.",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["tink-core-android-swagger"],
                        _S["tink-core-ios-restcredentials"],
                        _S["tink-core-ios-credentials"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["tink-core-android-swagger"],
                                _S["tink-core-ios-restcredentials"],
                                _S["tink-core-ios-credentials"],
                            ),
                        ),
                    ),
                    page="reference/tink/credentials_status/#DELETED",
                    state="revoked",
                    state_reason="The credentials were deleted: no refresh is possible.",
                ),
                CodeInfo(
                    value="SESSION_EXPIRED",
                    description="The credentials' session has expired, check `sessionExpiryDate` to see when it expired.",
                    category=_C.SESSION_EXPIRED,
                    sources=(
                        _S["tink-core-android-swagger"],
                        _S["tink-core-ios-restcredentials"],
                        _S["tink-core-ios-credentials"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["tink-core-android-swagger"],
                                _S["tink-core-ios-restcredentials"],
                                _S["tink-core-ios-credentials"],
                            ),
                        ),
                    ),
                    page="reference/tink/credentials_status/#SESSION_EXPIRED",
                    next_step="renew_consent",
                    state="consent_ended",
                    state_reason="The open-banking session ended (sessionExpiryDate): automatic refreshes need the user to authenticate again.",
                ),
            ),
        ),
        {},
    )
    return CredentialsStatus


def _LegacyErrorCode() -> type[CodeEnum]:
    class LegacyErrorCode(CodeEnum):
        """Legacy API error code: The errorCode of an error body of Tink's API (v1), {errorCode, errorMessage}: an HTTP status as text, which Tink Core iOS reads as an integer and maps to its ServiceError, whose doc comments describe each. The category of each is bankcodes' reading.

        Wire field: errorCode (legacy API error body)."""

        STATUS_400 = "400"
        STATUS_401 = "401"
        STATUS_403 = "403"
        STATUS_404 = "404"
        STATUS_409 = "409"
        STATUS_412 = "412"
        STATUS_429 = "429"
        STATUS_451 = "451"
        STATUS_500 = "500"

    register(
        LegacyErrorCode,
        lambda: (
            CodeSetInfo(
                provider="tink",
                id="legacy_error_code",
                title="Legacy API error code",
                description="The errorCode of an error body of Tink's API (v1), {errorCode, errorMessage}: an HTTP status as text, which Tink Core iOS reads as an integer and maps to its ServiceError, whose doc comments describe each. The category of each is bankcodes' reading.",
                field="errorCode (legacy API error body)",
                sources=(_S["tink-core-ios-httpstatus"], _S["tink-core-ios-serviceerror"]),
            ),
            (
                CodeInfo(
                    value="400",
                    description="Invalid argument",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["tink-core-ios-httpstatus"], _S["tink-core-ios-serviceerror"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["tink-core-ios-httpstatus"],)),),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["tink-core-ios-httpstatus"],
                                _S["tink-core-ios-serviceerror"],
                            ),
                        ),
                    ),
                    page="reference/tink/legacy_error_code/#400",
                ),
                CodeInfo(
                    value="401",
                    description="The user is not authenticated",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["tink-core-ios-httpstatus"], _S["tink-core-ios-serviceerror"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=401, sources=(_S["tink-core-ios-httpstatus"],)),),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["tink-core-ios-httpstatus"],
                                _S["tink-core-ios-serviceerror"],
                            ),
                        ),
                    ),
                    page="reference/tink/legacy_error_code/#401",
                ),
                CodeInfo(
                    value="403",
                    description="The user has no permission",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["tink-core-ios-httpstatus"], _S["tink-core-ios-serviceerror"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=403, sources=(_S["tink-core-ios-httpstatus"],)),),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["tink-core-ios-httpstatus"],
                                _S["tink-core-ios-serviceerror"],
                            ),
                        ),
                    ),
                    page="reference/tink/legacy_error_code/#403",
                ),
                CodeInfo(
                    value="404",
                    description="Not found",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["tink-core-ios-httpstatus"], _S["tink-core-ios-serviceerror"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=404, sources=(_S["tink-core-ios-httpstatus"],)),),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["tink-core-ios-httpstatus"],
                                _S["tink-core-ios-serviceerror"],
                            ),
                        ),
                    ),
                    page="reference/tink/legacy_error_code/#404",
                ),
                CodeInfo(
                    value="409",
                    description="The resource already exists",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["tink-core-ios-httpstatus"], _S["tink-core-ios-serviceerror"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=409, sources=(_S["tink-core-ios-httpstatus"],)),),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["tink-core-ios-httpstatus"],
                                _S["tink-core-ios-serviceerror"],
                            ),
                        ),
                    ),
                    page="reference/tink/legacy_error_code/#409",
                ),
                CodeInfo(
                    value="412",
                    description="Precondition failed",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["tink-core-ios-httpstatus"], _S["tink-core-ios-serviceerror"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=412, sources=(_S["tink-core-ios-httpstatus"],)),),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["tink-core-ios-httpstatus"],
                                _S["tink-core-ios-serviceerror"],
                            ),
                        ),
                    ),
                    page="reference/tink/legacy_error_code/#412",
                ),
                CodeInfo(
                    value="429",
                    description="Request rate limit is exceeded",
                    category=_C.RATE_LIMITED,
                    sources=(_S["tink-core-ios-httpstatus"], _S["tink-core-ios-serviceerror"]),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=429, sources=(_S["tink-core-ios-httpstatus"],)),),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["tink-core-ios-httpstatus"],
                                _S["tink-core-ios-serviceerror"],
                            ),
                        ),
                    ),
                    page="reference/tink/legacy_error_code/#429",
                ),
                CodeInfo(
                    value="451",
                    description="The request cannot be fulfilled because of legal/contractual reasons.",
                    category=_C.REJECTED,
                    sources=(
                        _S["tink-core-ios-httpstatus"],
                        _S["tink-core-ios-serviceerror"],
                        _S["tink-core-android-swagger"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=451, sources=(_S["tink-core-ios-httpstatus"],)),),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["tink-core-ios-httpstatus"],
                                _S["tink-core-ios-serviceerror"],
                                _S["tink-core-android-swagger"],
                            ),
                        ),
                    ),
                    page="reference/tink/legacy_error_code/#451",
                ),
                CodeInfo(
                    value="500",
                    description="Internal error",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["tink-core-ios-httpstatus"], _S["tink-core-ios-serviceerror"]),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=500, sources=(_S["tink-core-ios-httpstatus"],)),),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["tink-core-ios-httpstatus"],
                                _S["tink-core-ios-serviceerror"],
                            ),
                        ),
                    ),
                    page="reference/tink/legacy_error_code/#500",
                ),
            ),
        ),
        {},
    )
    return LegacyErrorCode


def _TransferStatus() -> type[CodeEnum]:
    class TransferStatus(CodeEnum):
        """Transfer status: The status of a transfer or a payment request's transfer in Tink's API (v1), as the legacy API's swagger lists it: each description is bankcodes' reading of the name.

        Wire field: status (TransferResponse, PaymentRequestCreatedTransfer)."""

        AWAITING_CREDENTIALS = "AWAITING_CREDENTIALS"
        CREATED = "CREATED"
        SENT = "SENT"
        FAILED = "FAILED"
        CANCELLED = "CANCELLED"
        UNKNOWN = "UNKNOWN"

    register(
        TransferStatus,
        lambda: (
            CodeSetInfo(
                provider="tink",
                id="transfer_status",
                title="Transfer status",
                description="The status of a transfer or a payment request's transfer in Tink's API (v1), as the legacy API's swagger lists it: each description is bankcodes' reading of the name.",
                field="status (TransferResponse, PaymentRequestCreatedTransfer)",
                sources=(_S["tink-core-android-swagger"],),
            ),
            (
                CodeInfo(
                    value="AWAITING_CREDENTIALS",
                    description="The transfer waits for the user's credentials.",
                    category=_C.PENDING,
                    sources=(_S["tink-core-android-swagger"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/tink/transfer_status/#AWAITING_CREDENTIALS",
                    editorial=True,
                ),
                CodeInfo(
                    value="CREATED",
                    description="The transfer was created.",
                    category=_C.PENDING,
                    sources=(_S["tink-core-android-swagger"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/tink/transfer_status/#CREATED",
                    editorial=True,
                ),
                CodeInfo(
                    value="SENT",
                    description="The transfer was sent.",
                    category=_C.SUCCESS,
                    sources=(_S["tink-core-android-swagger"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/tink/transfer_status/#SENT",
                    editorial=True,
                ),
                CodeInfo(
                    value="FAILED",
                    description="The transfer failed.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["tink-core-android-swagger"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/tink/transfer_status/#FAILED",
                    editorial=True,
                ),
                CodeInfo(
                    value="CANCELLED",
                    description="The transfer was cancelled.",
                    category=_C.CANCELLED,
                    sources=(_S["tink-core-android-swagger"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/tink/transfer_status/#CANCELLED",
                    editorial=True,
                ),
                CodeInfo(
                    value="UNKNOWN",
                    description="The transfer's status is not known.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["tink-core-android-swagger"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/tink/transfer_status/#UNKNOWN",
                    editorial=True,
                ),
            ),
        ),
        {},
    )
    return TransferStatus


def _ProviderStatus() -> type[CodeEnum]:
    class ProviderStatus(CodeEnum):
        """Provider status: The status of a provider (a bank) in Tink's API (v1), as the legacy API's swagger lists it: each description is bankcodes' reading of the name.

        Wire field: status (Provider)."""

        ENABLED = "ENABLED"
        TEMPORARY_DISABLED = "TEMPORARY_DISABLED"
        DISABLED = "DISABLED"

    register(
        ProviderStatus,
        lambda: (
            CodeSetInfo(
                provider="tink",
                id="provider_status",
                title="Provider status",
                description="The status of a provider (a bank) in Tink's API (v1), as the legacy API's swagger lists it: each description is bankcodes' reading of the name.",
                field="status (Provider)",
                sources=(_S["tink-core-android-swagger"],),
            ),
            (
                CodeInfo(
                    value="ENABLED",
                    description="The provider can be used.",
                    category=_C.SUCCESS,
                    sources=(_S["tink-core-android-swagger"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/tink/provider_status/#ENABLED",
                    editorial=True,
                ),
                CodeInfo(
                    value="TEMPORARY_DISABLED",
                    description="The provider is disabled for a while.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["tink-core-android-swagger"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/tink/provider_status/#TEMPORARY_DISABLED",
                    editorial=True,
                ),
                CodeInfo(
                    value="DISABLED",
                    description="The provider is disabled.",
                    category=_C.INSTITUTION_NOT_SUPPORTED,
                    sources=(_S["tink-core-android-swagger"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/tink/provider_status/#DISABLED",
                    editorial=True,
                ),
            ),
        ),
        {},
    )
    return ProviderStatus


def _WebhookEvent() -> type[CodeEnum]:
    class WebhookEvent(CodeEnum):
        """Webhook event: The event type of a webhook of the Events API (its event field), as the Available events table of Set up webhooks for your app lists them, in the page's words (its code spans written plain).

        Wire field: event of a webhook."""

        account_transactions_modified = "account-transactions:modified"
        account_booked_transactions_modified = "account-booked-transactions:modified"
        account_created = "account:created"
        account_updated = "account:updated"
        refresh_finished = "refresh:finished"
        actionable_insights_created = "actionable-insights:created"
        payment_updated = "payment:updated"
        mandate_payment_updated = "mandate-payment:updated"

    register(
        WebhookEvent,
        lambda: (
            CodeSetInfo(
                provider="tink",
                id="webhook_event",
                title="Webhook event",
                description="The event type of a webhook of the Events API (its event field), as the Available events table of Set up webhooks for your app lists them, in the page's words (its code spans written plain).",
                field="event of a webhook",
                sources=(_S["tink-docs-webhooks"],),
            ),
            (
                CodeInfo(
                    value="account-transactions:modified",
                    description="This event is fired when an account has new or updated transactions, regardless of their booking status.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["tink-docs-webhooks"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["tink-docs-webhooks"],)
                        ),
                    ),
                    page="reference/tink/webhook_event/#account_transactions_modified",
                ),
                CodeInfo(
                    value="account-booked-transactions:modified",
                    description="This event is fired when an account has new or updated transactions that have status BOOKED.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["tink-docs-webhooks"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["tink-docs-webhooks"],)
                        ),
                    ),
                    page="reference/tink/webhook_event/#account_booked_transactions_modified",
                ),
                CodeInfo(
                    value="account:created",
                    description="This event is fired when an account resource has been created.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["tink-docs-webhooks"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["tink-docs-webhooks"],)
                        ),
                    ),
                    page="reference/tink/webhook_event/#account_created",
                ),
                CodeInfo(
                    value="account:updated",
                    description="This event is fired when an account resource has been updated.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["tink-docs-webhooks"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["tink-docs-webhooks"],)
                        ),
                    ),
                    page="reference/tink/webhook_event/#account_updated",
                ),
                CodeInfo(
                    value="refresh:finished",
                    description="This event is fired when a refresh operation has finished for a credentials (for Account Aggregation) or consent (for Transactions). This can happen for on-demand refreshes and background refreshes.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["tink-docs-webhooks"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["tink-docs-webhooks"],)
                        ),
                    ),
                    page="reference/tink/webhook_event/#refresh_finished",
                ),
                CodeInfo(
                    value="actionable-insights:created",
                    description="This event is fired when an insight has been generated (Money Manager only)",
                    category=_C.INFORMATIONAL,
                    sources=(_S["tink-docs-webhooks"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["tink-docs-webhooks"],)
                        ),
                    ),
                    page="reference/tink/webhook_event/#actionable_insights_created",
                ),
                CodeInfo(
                    value="payment:updated",
                    description="This event is fired when any transfer corresponding to any existing payment for any of your app's users has been updated.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["tink-docs-webhooks"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["tink-docs-webhooks"],)
                        ),
                    ),
                    page="reference/tink/webhook_event/#payment_updated",
                ),
                CodeInfo(
                    value="mandate-payment:updated",
                    description="This event is fired when the status of a mandate payment has been updated to one of the final statuses.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["tink-docs-webhooks"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["tink-docs-webhooks"],)
                        ),
                    ),
                    page="reference/tink/webhook_event/#mandate_payment_updated",
                ),
            ),
        ),
        {},
    )
    return WebhookEvent


def _CODE_SETS() -> tuple[object, ...]:
    return tuple(
        getattr(_PUBLIC, name)
        for name in (
            "LinkErrorStatus",
            "LinkErrorReason",
            "LinkErrorType",
            "CredentialsStatus",
            "LegacyErrorCode",
            "TransferStatus",
            "ProviderStatus",
            "WebhookEvent",
        )
    )
