# generated from spec/catalog.json — do not edit (run `make generate`)
"""The builders of bankcodes.flinks's names, loaded on the first use of any of them, so that importing the provider's module reads none of its data."""

from __future__ import annotations

import importlib

from bankcodes._base import CodeEnum, NumericCodeEnum, register
from bankcodes._records import (
    CodeInfo,
    CodeSetInfo,
    EndUserWords,
    Equivalent,
    HttpStatus,
    Lifecycle,
    Source,
    TestUser,
    Wording,
)
from bankcodes.categories import Category as _C

#: The public module, whose names the builders use (each built on first use there).
_PUBLIC = importlib.import_module("bankcodes.flinks")
#: The documents its facts come from, by id.
_S = {
    "seed-001": Source(
        id="seed-001",
        kind="seed",
        title="Flinks: Status and Flinks Code (Authorize endpoint)",
        url="https://help.flinks.com/support/solutions/articles/43000436119-status-and-flinks-code-authorize-endpoint",
        seed="001_65451f0f50dd2a55.txt",
    ),
    "seed-004": Source(
        id="seed-004",
        kind="seed",
        title="Flinks: Flinks Connect handled errors",
        url="https://docs.flinks.com/guides/connect/flinks-connect/handled-errors",
        seed="004_e14d5592085f96cc.txt",
    ),
    "flinks-error-codes-legacy": Source(
        id="flinks-error-codes-legacy",
        kind="doc",
        title="Flinks: Error codes (readme-era API reference)",
        url="https://docs.flinks.com/reference/error-codes",
    ),
    "flinks-authorize-error-codes": Source(
        id="flinks-authorize-error-codes",
        kind="doc",
        title="Flinks: Authorize error codes (current)",
        url="https://docs.flinks.com/api/authorize/error-codes",
    ),
    "flinks-enrich-error-codes": Source(
        id="flinks-enrich-error-codes",
        kind="doc",
        title="Flinks: Enrich (Attributes) error codes",
        url="https://docs.flinks.com/api/enrich/error-codes",
    ),
    "flinks-authorize-troubleshooting": Source(
        id="flinks-authorize-troubleshooting",
        kind="doc",
        title="Flinks: Authorize troubleshooting",
        url="https://docs.flinks.com/api/authorize/troubleshooting",
    ),
    "flinks-events": Source(
        id="flinks-events",
        kind="doc",
        title="Flinks: Flinks Connect events",
        url="https://docs.flinks.com/docs/events",
        read_in_part="The copies read list the events as far as ENHANCED_MFA_NO_QUESTIONS: the events after it and the rest of the page were not read.",
    ),
    "flinks-use-event-listener": Source(
        id="flinks-use-event-listener",
        kind="doc",
        title="Flinks: Use an Event Listener",
        url="https://docs.flinks.com/guides/connect/flinks-connect/use-event-listener",
    ),
    "flinks-successful-connection": Source(
        id="flinks-successful-connection",
        kind="doc",
        title="Flinks: How to handle a successful connection",
        url="https://docs.flinks.com/docs/how-to-handle-a-successful-connection",
    ),
    "flinks-bank-accout-listener": Source(
        id="flinks-bank-accout-listener",
        kind="third-party",
        title="yashkhalash/flinks-bank-accout: Flinks Connect listener (public/app.js: the step names it maps, its TOKEN_INVALID reload with a new authorize token, its origin check)",
        url="https://github.com/yashkhalash/flinks-bank-accout/blob/c7fd4a59ad807297b71a48ba8e04a7dd576011fa/public/app.js",
    ),
    "bankcodes-release-1-0-0": Source(
        id="bankcodes-release-1-0-0",
        kind="third-party",
        title="bankcodes 1.0.0 as released (spec/released/1.0.0.json of this repository): the only record of a value no Flinks page or public integration shows",
    ),
    "flinks-oauth-article": Source(
        id="flinks-oauth-article",
        kind="doc",
        title="Flinks: Flinks Connect & OAuth Integration (Web + Mobile), help centre",
        url="https://flinks.freshdesk.com/support/solutions/articles/43000765797-flinks-connect-oauth-integration-web-mobile-",
    ),
    "flinks-get-accounts-detail-async": Source(
        id="flinks-get-accounts-detail-async",
        kind="doc",
        title="Flinks: /GetAccountsDetailAsync endpoint",
        url="https://docs.flinks.com/api/connect/endpoints/account-linking/get-accounts-detail-async",
    ),
    "flinks-ruby-client-test": Source(
        id="flinks-ruby-client-test",
        kind="third-party",
        title="A public Flinks Ruby client's tests (a 401 UNAUTHORIZED body for a bad auth key)",
        url="https://github.com/mmroz/flinks/blob/a1ef7ae56b88b85ee31b55b4ee63cf311e1f0e95/test/test_flinks.rb",
    ),
    "flinks-test-institution": Source(
        id="flinks-test-institution",
        kind="doc",
        title="Flinks: Test institution (FlinksCapital)",
        url="https://docs.flinks.com/docs/test-institution",
    ),
    "flinks-webhooks-intro": Source(
        id="flinks-webhooks-intro",
        kind="doc",
        title="Flinks: Webhooks introduction",
        url="https://docs.flinks.com/guides/webhooks/introduction",
    ),
    "flinks-kyc": Source(
        id="flinks-kyc",
        kind="doc",
        title="Flinks: KYC",
        url="https://docs.flinks.com/reference/kyc",
    ),
    "flinks-getaccountsdetail": Source(
        id="flinks-getaccountsdetail",
        kind="doc",
        title="Flinks: GetAccountsDetail",
        url="https://docs.flinks.com/reference/getaccountsdetail",
    ),
    "flinks-fdx-errors": Source(
        id="flinks-fdx-errors",
        kind="doc",
        title="Flinks: List of Data Access Errors (the Outbound API's FDX endpoints: code, message and status of each error, with the common scenarios' actions)",
        url="https://docs.flinks.com/api/outbound/endpoints/fdx/fdx-errors",
        read_in_part="Read from its start through its Supported errors table (whole: 18 codes, each with its message and status), the Consent errors row and the Transient failures rows; the Non Transient failures table and the section on escalating an error to Flinks were not read.",
    ),
}


def _FdxErrorCode() -> type[NumericCodeEnum]:
    class FdxErrorCode(NumericCodeEnum):
        """Data Access (FDX) error code: The code of an error answer of Flinks' Data Access endpoints (the Outbound API's FDX endpoints), a number, with its message and HTTP status: "If an error occurs while you're using the Data Access endpoints, you will receive a message similar to the following" ({code, message, debugMessage}). The categories are bankcodes' reading of the messages and of the common scenarios' actions.

        Wire field: code (Data Access error body)."""

        INVALID_INPUT = 401
        SUBSCRIPTION_NOT_FOUND = 403
        INTERNAL_SERVER_ERROR = 500
        SUBSYSTEM_UNAVAILABLE = 501
        SCHEDULED_MAINTENANCE = 503
        CUSTOMER_NOT_FOUND = 601
        CUSTOMER_NOT_AUTHORIZED = 602
        ACCOUNT_NOT_FOUND = 701
        INVALID_START_OR_END_DATE = 702
        INVALID_DATE_RANGE = 703
        ACCOUNT_TYPE_NOT_SUPPORTED = 704
        ACCOUNT_IS_CLOSED = 705
        PAYEE_NOT_FOUND = 800
        PAYEE_CANNOT_BE_MODIFIED_OR_DELETED = 801
        PAYMENT_NOT_FOUND = 802
        DATA_NOT_FOUND = 1107
        CONTENT_TYPE_NOT_SUPPORTED = 1203
        TOO_MANY_REQUESTS = 1207

    register(
        FdxErrorCode,
        lambda: (
            CodeSetInfo(
                provider="flinks",
                id="fdx_error_code",
                title="Data Access (FDX) error code",
                description="The code of an error answer of Flinks' Data Access endpoints (the Outbound API's FDX endpoints), a number, with its message and HTTP status: \"If an error occurs while you're using the Data Access endpoints, you will receive a message similar to the following\" ({code, message, debugMessage}). The categories are bankcodes' reading of the messages and of the common scenarios' actions.",
                field="code (Data Access error body)",
                sources=(_S["flinks-fdx-errors"],),
            ),
            (
                CodeInfo(
                    value="401",
                    description="Invalid Input",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["flinks-fdx-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["flinks-fdx-errors"],),
                            context="Supported errors table",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["flinks-fdx-errors"],)
                        ),
                    ),
                    page="reference/flinks/fdx_error_code/#401",
                ),
                CodeInfo(
                    value="403",
                    description="Subscription not found",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["flinks-fdx-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=403,
                            sources=(_S["flinks-fdx-errors"],),
                            context="Supported errors table",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["flinks-fdx-errors"],)
                        ),
                    ),
                    page="reference/flinks/fdx_error_code/#403",
                ),
                CodeInfo(
                    value="500",
                    description="Internal server error",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["flinks-fdx-errors"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=500,
                            sources=(_S["flinks-fdx-errors"],),
                            context="Supported errors table",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["flinks-fdx-errors"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/flinks/fdx_error_code/#500",
                    notes='Transient failures: "An unexpected error has occurred." (500 / 503), its action "Implement an appropriate retry mechanism to resend the request."',
                ),
                CodeInfo(
                    value="501",
                    description="Subsystem unavailable",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["flinks-fdx-errors"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=405,
                            sources=(_S["flinks-fdx-errors"],),
                            context="Supported errors table",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["flinks-fdx-errors"],)
                        ),
                    ),
                    page="reference/flinks/fdx_error_code/#501",
                ),
                CodeInfo(
                    value="503",
                    description="Scheduled maintenance",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["flinks-fdx-errors"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=503,
                            sources=(_S["flinks-fdx-errors"],),
                            context="Supported errors table",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["flinks-fdx-errors"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/flinks/fdx_error_code/#503",
                    notes='Transient failures: "An unexpected error has occurred." (500 / 503), its action "Implement an appropriate retry mechanism to resend the request."',
                ),
                CodeInfo(
                    value="601",
                    description="Customer not found",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["flinks-fdx-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=404,
                            sources=(_S["flinks-fdx-errors"],),
                            context="Supported errors table",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["flinks-fdx-errors"],)
                        ),
                    ),
                    page="reference/flinks/fdx_error_code/#601",
                ),
                CodeInfo(
                    value="602",
                    description="Customer not authorized",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["flinks-fdx-errors"],),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=401,
                            sources=(_S["flinks-fdx-errors"],),
                            context="Supported errors table",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["flinks-fdx-errors"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/flinks/fdx_error_code/#602",
                    notes='Consent errors: "The end user revokes consent, consent has expired, or they have not consented to a specific data scope." Its action: "If the request fails for all data collection calls, discard the refresh_token. The user will be required to authorize again."',
                ),
                CodeInfo(
                    value="701",
                    description="Account not found",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["flinks-fdx-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=404,
                            sources=(_S["flinks-fdx-errors"],),
                            context="Supported errors table",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["flinks-fdx-errors"],)
                        ),
                    ),
                    page="reference/flinks/fdx_error_code/#701",
                ),
                CodeInfo(
                    value="702",
                    description="Invalid start or end date",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["flinks-fdx-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["flinks-fdx-errors"],),
                            context="Supported errors table",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["flinks-fdx-errors"],)
                        ),
                    ),
                    page="reference/flinks/fdx_error_code/#702",
                ),
                CodeInfo(
                    value="703",
                    description="Invalid date range",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["flinks-fdx-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["flinks-fdx-errors"],),
                            context="Supported errors table",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["flinks-fdx-errors"],)
                        ),
                    ),
                    page="reference/flinks/fdx_error_code/#703",
                ),
                CodeInfo(
                    value="704",
                    description="Account type not supported",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["flinks-fdx-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["flinks-fdx-errors"],),
                            context="Supported errors table",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["flinks-fdx-errors"],)
                        ),
                    ),
                    page="reference/flinks/fdx_error_code/#704",
                ),
                CodeInfo(
                    value="705",
                    description="Account is closed",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["flinks-fdx-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=409,
                            sources=(_S["flinks-fdx-errors"],),
                            context="Supported errors table",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["flinks-fdx-errors"],)
                        ),
                    ),
                    page="reference/flinks/fdx_error_code/#705",
                ),
                CodeInfo(
                    value="800",
                    description="Payee not found",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["flinks-fdx-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=404,
                            sources=(_S["flinks-fdx-errors"],),
                            context="Supported errors table",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["flinks-fdx-errors"],)
                        ),
                    ),
                    page="reference/flinks/fdx_error_code/#800",
                ),
                CodeInfo(
                    value="801",
                    description="Payee cannot be modified or deleted",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["flinks-fdx-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["flinks-fdx-errors"],),
                            context="Supported errors table",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["flinks-fdx-errors"],)
                        ),
                    ),
                    page="reference/flinks/fdx_error_code/#801",
                ),
                CodeInfo(
                    value="802",
                    description="Payment not found",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["flinks-fdx-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=404,
                            sources=(_S["flinks-fdx-errors"],),
                            context="Supported errors table",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["flinks-fdx-errors"],)
                        ),
                    ),
                    page="reference/flinks/fdx_error_code/#802",
                ),
                CodeInfo(
                    value="1107",
                    description="Data not found for request parameters",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["flinks-fdx-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=404,
                            sources=(_S["flinks-fdx-errors"],),
                            context="Supported errors table",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["flinks-fdx-errors"],)
                        ),
                    ),
                    page="reference/flinks/fdx_error_code/#1107",
                ),
                CodeInfo(
                    value="1203",
                    description="Content type not supported",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["flinks-fdx-errors"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=406,
                            sources=(_S["flinks-fdx-errors"],),
                            context="Supported errors table",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["flinks-fdx-errors"],)
                        ),
                    ),
                    page="reference/flinks/fdx_error_code/#1203",
                ),
                CodeInfo(
                    value="1207",
                    description="Too many requests were sent within a short period of time",
                    category=_C.RATE_LIMITED,
                    sources=(_S["flinks-fdx-errors"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=429,
                            sources=(_S["flinks-fdx-errors"],),
                            context="Supported errors table",
                        ),
                        HttpStatus(
                            status=422,
                            sources=(_S["flinks-fdx-errors"],),
                            context="Transient failures table (the Supported errors table gives 429)",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["flinks-fdx-errors"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/flinks/fdx_error_code/#1207",
                    notes='Transient failures: "Too many requests.", its action "Implement an appropriate throttling mechanism." The two tables give it different statuses (429 and 422); no wait is stated.',
                ),
            ),
        ),
        {},
    )
    return FdxErrorCode


def _ApiErrorCode() -> type[CodeEnum]:
    class ApiErrorCode(CodeEnum):
        """API error code (FlinksCode): The FlinksCode of an API response, with its HTTP status. A code's HTTP status differs by document version and endpoint, and one code can have several causes. When an error code arrives for a cached (scheduled refresh) request, it means the refresh met that error.

        Wire field: API response.FlinksCode."""

        OK = "OK"
        CREATED = "CREATED"
        OPERATION_PENDING = "OPERATION_PENDING"
        OPERATION_DISPATCHED = "OPERATION_DISPATCHED"
        INVALID_LOGIN = "INVALID_LOGIN"
        INVALID_REQUEST = "INVALID_REQUEST"
        SESSION_NONEXISTENT = "SESSION_NONEXISTENT"
        CARD_IN_USE = "CARD_IN_USE"
        ACCESS_DENIED = "ACCESS_DENIED"
        INVALID_USERNAME = "INVALID_USERNAME"
        INVALID_PASSWORD = "INVALID_PASSWORD"
        INVALID_SECURITY_RESPONSE = "INVALID_SECURITY_RESPONSE"
        INVALID_SECURITY_RESPONSE_NO_RETRY = "INVALID_SECURITY_RESPONSE_NO_RETRY"
        QUESTION_NOT_FOUND = "QUESTION_NOT_FOUND"
        RETRY_LATER = "RETRY_LATER"
        TOO_MANY_REQUESTS = "TOO_MANY_REQUESTS"
        UNKNOWN_CHALLENGE_KEY = "UNKNOWN_CHALLENGE_KEY"
        CONCURRENT_SESSION = "CONCURRENT_SESSION"
        UNAUTHORIZED = "UNAUTHORIZED"
        DISABLED_LOGIN = "DISABLED_LOGIN"
        NEW_ACCOUNT = "NEW_ACCOUNT"
        SESSION_EXPIRED = "SESSION_EXPIRED"
        ALREADY_AUTHORIZED = "ALREADY_AUTHORIZED"
        SECURITYRESPONSES_INCOMPLETE = "SECURITYRESPONSES_INCOMPLETE"
        AGGREGATION_ERROR = "AGGREGATION_ERROR"
        DISABLED_INSTITUTION = "DISABLED_INSTITUTION"

    register(
        ApiErrorCode,
        lambda: (
            CodeSetInfo(
                provider="flinks",
                id="api_error_code",
                title="API error code (FlinksCode)",
                description="The FlinksCode of an API response, with its HTTP status. A code's HTTP status differs by document version and endpoint, and one code can have several causes. When an error code arrives for a cached (scheduled refresh) request, it means the refresh met that error.",
                field="API response.FlinksCode",
                sources=(
                    _S["seed-001"],
                    _S["flinks-error-codes-legacy"],
                    _S["flinks-authorize-error-codes"],
                ),
            ),
            (
                CodeInfo(
                    value="OK",
                    description="The connection was successful.",
                    category=_C.SUCCESS,
                    sources=(_S["seed-001"], _S["flinks-authorize-error-codes"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=200,
                            sources=(_S["seed-001"], _S["flinks-error-codes-legacy"]),
                            context="Authorize endpoint; listed with Flinks Code N/A",
                        ),
                        HttpStatus(
                            status=200,
                            sources=(_S["flinks-authorize-error-codes"],),
                            context="Authorize endpoint; named OK",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-001"],)),
                        Wording(
                            field="steps_to_reproduce", by="provider", sources=(_S["seed-001"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/flinks/api_error_code/#OK",
                    notes="Flinks' Status and Flinks Code page and the readme-era page show N/A for the 200 row; the current page names it OK.",
                    steps_to_reproduce="Complete a successful request.",
                ),
                CodeInfo(
                    value="CREATED",
                    description="The request has been fulfilled and a new resource has been created.",
                    category=_C.SUCCESS,
                    sources=(_S["flinks-authorize-error-codes"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=201, sources=(_S["flinks-authorize-error-codes"],)),),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["flinks-authorize-error-codes"],),
                        ),
                        Wording(field="steps_to_reproduce", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/flinks/api_error_code/#CREATED",
                    notes='The current error-code page joins the description and the steps to reproduce in one cell ("… Reproduced by completing a successful request."); they are split here.',
                    steps_to_reproduce="Complete a successful request.",
                ),
                CodeInfo(
                    value="OPERATION_PENDING",
                    description="The process is ongoing in the background. At this point your flow must change to the async endpoint",
                    category=_C.PENDING,
                    sources=(
                        _S["seed-001"],
                        _S["flinks-authorize-error-codes"],
                        _S["flinks-test-institution"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=202,
                            sources=(
                                _S["seed-001"],
                                _S["flinks-error-codes-legacy"],
                                _S["flinks-authorize-error-codes"],
                            ),
                            context="Authorize endpoint",
                        ),
                        HttpStatus(
                            status=202,
                            sources=(_S["flinks-enrich-error-codes"],),
                            context="Attributes endpoint",
                        ),
                    ),
                    test_user=TestUser(
                        institution="FlinksCapital", username="test_pending", password="Everyday"
                    ),
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-001"],)),
                        Wording(field="message", by="provider", sources=(_S["seed-001"],)),
                        Wording(
                            field="steps_to_reproduce", by="provider", sources=(_S["seed-001"],)
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(_S["flinks-get-accounts-detail-async"],),
                        ),
                    ),
                    page="reference/flinks/api_error_code/#OPERATION_PENDING",
                    message="Your operation is still processing.",
                    notes="Poll /GetAccountsDetailAsync every 10 seconds for at most 30 minutes.",
                    steps_to_reproduce="Perform a cached flow immediately after Authorizing a new account",
                    next_step="retry_later",
                    wait_seconds=10,
                    fact_sources={
                        "wait_seconds": (
                            "flinks-get-accounts-detail-async",
                            "flinks-get-accounts-summary-async",
                        ),
                        "next_step": (
                            "flinks-get-accounts-detail-async",
                            "flinks-get-accounts-summary-async",
                        ),
                    },
                ),
                CodeInfo(
                    value="OPERATION_DISPATCHED",
                    description="Your sync request took more than 210 seconds and it was dispatched in the background.",
                    category=_C.PENDING,
                    sources=(
                        _S["seed-001"],
                        _S["flinks-authorize-error-codes"],
                        _S["flinks-test-institution"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=202,
                            sources=(
                                _S["seed-001"],
                                _S["flinks-error-codes-legacy"],
                                _S["flinks-authorize-error-codes"],
                            ),
                            context="Authorize endpoint",
                        ),
                    ),
                    test_user=TestUser(
                        institution="FlinksCapital", username="test_dispatched", password="Everyday"
                    ),
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-001"],)),
                        Wording(field="message", by="provider", sources=(_S["seed-001"],)),
                        Wording(
                            field="steps_to_reproduce", by="provider", sources=(_S["seed-001"],)
                        ),
                    ),
                    page="reference/flinks/api_error_code/#OPERATION_DISPATCHED",
                    message="Your operations had been dispatched to background process for long running jobs",
                    steps_to_reproduce="Have a live request to gather GetAccountDetails in more than 210 seconds",
                ),
                CodeInfo(
                    value="INVALID_LOGIN",
                    description="The provided username or/and password is/are invalid",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(
                        _S["seed-001"],
                        _S["seed-004"],
                        _S["flinks-error-codes-legacy"],
                        _S["flinks-authorize-error-codes"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="Your bank did not accept your sign-in details.",
                            action="Check your sign-in details and enter them again.",
                        ),
                        "fr": EndUserWords(
                            message="Votre banque n'a pas accepté vos identifiants.",
                            action="Vérifiez vos identifiants et saisissez-les de nouveau.",
                        ),
                        "ar": EndUserWords(
                            message="لم يقبل بنكك بيانات تسجيل الدخول الخاصة بك.",
                            action="تحقق من بيانات تسجيل الدخول وأدخلها مرة أخرى.",
                        ),
                        "es": EndUserWords(
                            message="Su banco no aceptó sus datos de inicio de sesión.",
                            action="Revise sus datos de inicio de sesión y vuelva a ingresarlos.",
                        ),
                        "pt": EndUserWords(
                            message="Seu banco não aceitou seus dados de acesso.",
                            action="Confira seus dados de acesso e digite-os novamente.",
                        ),
                    },
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["seed-001"],),
                            cause="The provided LoginId is invalid",
                            message="The LoginId provided is either invalid or does not belong to the CustomerId",
                            steps_to_reproduce="Call the Authorize endpoint using a non existent LoginId",
                            context="Authorize endpoint, help-centre article",
                            cause_by="provider",
                        ),
                        HttpStatus(
                            status=400,
                            sources=(_S["seed-001"],),
                            cause="The provided username or/and password is/are invalid",
                            message="The card number (username) or password provided is invalid",
                            steps_to_reproduce="Call the Authorize endpoint using non valid credentials",
                            context="Authorize endpoint, help-centre article",
                            cause_by="provider",
                        ),
                        HttpStatus(
                            status=401,
                            sources=(
                                _S["flinks-error-codes-legacy"],
                                _S["flinks-authorize-error-codes"],
                            ),
                            context="Authorize endpoint, later error-code pages (two rows, one per cause)",
                        ),
                        HttpStatus(
                            status=401,
                            sources=(_S["seed-004"],),
                            context="Flinks Connect handled error",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["seed-001"], _S["flinks-error-codes-legacy"]),
                        ),
                        Wording(field="advice", by="provider", sources=(_S["seed-004"],)),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/flinks/api_error_code/#INVALID_LOGIN",
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
                            provider="truelayer",
                            code_set="sdk_failure_reason",
                            value="InvalidCredentials",
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
                    advice="Customer should verify and re-enter their login details.",
                    notes="Flinks moved INVALID_LOGIN from HTTP 400 to 401 between document versions. The description is the API document's (Flinks' Status and Flinks Code page); Flinks Connect's handled-errors table words it: The provided credentials are incorrect.",
                ),
                CodeInfo(
                    value="INVALID_REQUEST",
                    description="Credentials are missing/incomplete, or syntax is incorrect (e.g. missing comma)",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["seed-001"],
                        _S["flinks-error-codes-legacy"],
                        _S["flinks-authorize-error-codes"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["seed-001"],),
                            context="Authorize endpoint, help-centre article",
                        ),
                        HttpStatus(
                            status=401,
                            sources=(
                                _S["flinks-error-codes-legacy"],
                                _S["flinks-authorize-error-codes"],
                            ),
                            context="Authorize endpoint, later error-code pages",
                        ),
                        HttpStatus(
                            status=400,
                            sources=(_S["flinks-enrich-error-codes"],),
                            context="Attributes endpoint",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["seed-001"], _S["flinks-error-codes-legacy"]),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["seed-001"], _S["flinks-error-codes-legacy"]),
                        ),
                        Wording(
                            field="steps_to_reproduce",
                            by="provider",
                            sources=(_S["seed-001"], _S["flinks-error-codes-legacy"]),
                        ),
                    ),
                    page="reference/flinks/api_error_code/#INVALID_REQUEST",
                    message="Message returned will depend on the error (e.g. missing value, incorrect syntax, etc.)",
                    steps_to_reproduce="In input, make a typo, remove a comma, etc.",
                ),
                CodeInfo(
                    value="SESSION_NONEXISTENT",
                    description="A request was made with an expired RequestId",
                    category=_C.SESSION_EXPIRED,
                    sources=(
                        _S["seed-001"],
                        _S["flinks-error-codes-legacy"],
                        _S["flinks-authorize-error-codes"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(
                                _S["seed-001"],
                                _S["flinks-error-codes-legacy"],
                                _S["flinks-authorize-error-codes"],
                            ),
                            context="Authorize endpoint",
                        ),
                        HttpStatus(
                            status=400,
                            sources=(_S["flinks-enrich-error-codes"],),
                            context="Attributes endpoint",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["seed-001"], _S["flinks-error-codes-legacy"]),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["seed-001"], _S["flinks-error-codes-legacy"]),
                        ),
                        Wording(
                            field="steps_to_reproduce",
                            by="provider",
                            sources=(_S["seed-001"], _S["flinks-error-codes-legacy"]),
                        ),
                    ),
                    page="reference/flinks/api_error_code/#SESSION_NONEXISTENT",
                    message="Inputs session id or card if were not found.",
                    steps_to_reproduce="Use an old RequestId for a new request",
                ),
                CodeInfo(
                    value="CARD_IN_USE",
                    description="An operation was requested while the account is still being processed.",
                    category=_C.CONCURRENT_OPERATION,
                    sources=(
                        _S["seed-001"],
                        _S["flinks-error-codes-legacy"],
                        _S["flinks-authorize-error-codes"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(
                                _S["seed-001"],
                                _S["flinks-error-codes-legacy"],
                                _S["flinks-authorize-error-codes"],
                            ),
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["seed-001"], _S["flinks-error-codes-legacy"]),
                        ),
                        Wording(
                            field="steps_to_reproduce",
                            by="provider",
                            sources=(_S["seed-001"], _S["flinks-error-codes-legacy"]),
                        ),
                    ),
                    page="reference/flinks/api_error_code/#CARD_IN_USE",
                    steps_to_reproduce="Call the DeleteCard endpoint immediately after Authorizing a new account",
                ),
                CodeInfo(
                    value="ACCESS_DENIED",
                    description="Authentication was unsuccessful",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["flinks-error-codes-legacy"], _S["flinks-authorize-error-codes"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=401,
                            sources=(
                                _S["flinks-error-codes-legacy"],
                                _S["flinks-authorize-error-codes"],
                            ),
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["flinks-error-codes-legacy"],
                                _S["flinks-authorize-error-codes"],
                            ),
                        ),
                        Wording(
                            field="steps_to_reproduce",
                            by="bankcodes",
                            sources=(_S["flinks-authorize-error-codes"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/flinks/api_error_code/#ACCESS_DENIED",
                    notes='The readme-era page gives the description alone; the current page adds "Reproduced by calling the Authorize endpoint without having valid authentication credentials.", given here as the steps to reproduce in the imperative of the older pages.',
                    steps_to_reproduce="Call the Authorize endpoint without having valid authentication credentials",
                ),
                CodeInfo(
                    value="INVALID_USERNAME",
                    description="The username provided was different from what the bank expected",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(_S["seed-001"], _S["seed-004"]),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="Your bank did not accept your username.",
                            action="Check your username and enter it again.",
                        ),
                        "fr": EndUserWords(
                            message="Votre banque n'a pas accepté votre nom d'utilisateur.",
                            action="Vérifiez votre nom d'utilisateur et saisissez-le de nouveau.",
                        ),
                        "ar": EndUserWords(
                            message="لم يقبل بنكك اسم المستخدم الخاص بك.",
                            action="تحقق من اسم المستخدم وأدخله مرة أخرى.",
                        ),
                        "es": EndUserWords(
                            message="Su banco no aceptó su nombre de inicio de sesión.",
                            action="Revise su nombre de inicio de sesión y vuelva a ingresarlo.",
                        ),
                        "pt": EndUserWords(
                            message="Seu banco não aceitou seu login.",
                            action="Confira seu login e digite-o novamente.",
                        ),
                    },
                    http=(
                        HttpStatus(
                            status=401,
                            sources=(
                                _S["seed-001"],
                                _S["flinks-error-codes-legacy"],
                                _S["flinks-authorize-error-codes"],
                                _S["seed-004"],
                            ),
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-001"],)),
                        Wording(field="advice", by="provider", sources=(_S["seed-004"],)),
                        Wording(
                            field="steps_to_reproduce", by="provider", sources=(_S["seed-001"],)
                        ),
                    ),
                    page="reference/flinks/api_error_code/#INVALID_USERNAME",
                    advice="Customer should re-enter their username.",
                    steps_to_reproduce="Provide an invalid username to an Authorize request",
                ),
                CodeInfo(
                    value="INVALID_PASSWORD",
                    description="The password provided was different from what the bank expected",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(_S["seed-001"], _S["seed-004"]),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="Your bank did not accept your password.",
                            action="Check your password and enter it again.",
                        ),
                        "fr": EndUserWords(
                            message="Votre banque n'a pas accepté votre mot de passe.",
                            action="Vérifiez votre mot de passe et saisissez-le de nouveau.",
                        ),
                        "ar": EndUserWords(
                            message="لم يقبل بنكك كلمة المرور الخاصة بك.",
                            action="تحقق من كلمة المرور وأدخلها مرة أخرى.",
                        ),
                        "es": EndUserWords(
                            message="Su banco no aceptó su contraseña.",
                            action="Revise su contraseña y vuelva a ingresarla.",
                        ),
                        "pt": EndUserWords(
                            message="Seu banco não aceitou sua senha.",
                            action="Confira sua senha e digite-a novamente.",
                        ),
                    },
                    http=(
                        HttpStatus(
                            status=401,
                            sources=(
                                _S["seed-001"],
                                _S["flinks-error-codes-legacy"],
                                _S["flinks-authorize-error-codes"],
                                _S["seed-004"],
                            ),
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-001"],)),
                        Wording(field="advice", by="provider", sources=(_S["seed-004"],)),
                        Wording(
                            field="steps_to_reproduce", by="provider", sources=(_S["seed-001"],)
                        ),
                    ),
                    page="reference/flinks/api_error_code/#INVALID_PASSWORD",
                    advice="Customer should re-enter their password.",
                    steps_to_reproduce="Provide an invalid password to an Authorize request",
                ),
                CodeInfo(
                    value="INVALID_SECURITY_RESPONSE",
                    description="The MFA response provided was different from what the bank expected",
                    category=_C.ATTEMPTS_EXHAUSTED,
                    sources=(_S["seed-001"], _S["flinks-authorize-error-codes"]),
                    retryable=False,
                    end_user_can_retry=False,
                    end_user={
                        "en": EndUserWords(
                            message="Your answers to the security questions were not accepted, and this attempt cannot continue.",
                            action="Check your security questions and answers with your bank.",
                        ),
                        "fr": EndUserWords(
                            message="Vos réponses aux questions de sécurité n'ont pas été acceptées et cette tentative ne peut pas se poursuivre.",
                            action="Vérifiez vos questions et réponses de sécurité auprès de votre banque.",
                        ),
                        "ar": EndUserWords(
                            message="لم يتم قبول إجاباتك عن أسئلة الأمان، ولا يمكن متابعة هذه المحاولة.",
                            action="تحقق من أسئلة الأمان وإجاباتها لدى بنكك.",
                        ),
                        "es": EndUserWords(
                            message="Sus respuestas a las preguntas de seguridad no fueron aceptadas y este intento no puede continuar.",
                            action="Verifique con su banco sus preguntas y respuestas de seguridad.",
                        ),
                        "pt": EndUserWords(
                            message="Suas respostas às perguntas de segurança não foram aceitas, e esta tentativa não pode continuar.",
                            action="Confira suas perguntas e respostas de segurança com seu banco.",
                        ),
                    },
                    http=(
                        HttpStatus(
                            status=401, sources=(_S["seed-001"], _S["flinks-authorize-error-codes"])
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-001"],)),
                        Wording(
                            field="steps_to_reproduce",
                            by="provider",
                            sources=(_S["seed-001"], _S["flinks-authorize-error-codes"]),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/flinks/api_error_code/#INVALID_SECURITY_RESPONSE",
                    notes='The current error-code page says: "The user has provided incorrect or incomplete MFA answers and cannot retry." The description is the older text of Flinks\' Status and Flinks Code page. Flinks Connect handles its own INVALID_SECURITY_RESPONSE event differently and asks the customer to try again (see the Connect error event).',
                    steps_to_reproduce="Provide an invalid MFA answer to an Authorize request",
                ),
                CodeInfo(
                    value="INVALID_SECURITY_RESPONSE_NO_RETRY",
                    description="The user has provided incorrect or incomplete MFA answers and cannot retry",
                    category=_C.ATTEMPTS_EXHAUSTED,
                    sources=(_S["flinks-error-codes-legacy"],),
                    retryable=False,
                    end_user_can_retry=False,
                    end_user={
                        "en": EndUserWords(
                            message="Your answers to the security questions were not accepted, and this attempt cannot continue.",
                            action="Check your security questions and answers with your bank.",
                        ),
                        "fr": EndUserWords(
                            message="Vos réponses aux questions de sécurité n'ont pas été acceptées et cette tentative ne peut pas se poursuivre.",
                            action="Vérifiez vos questions et réponses de sécurité auprès de votre banque.",
                        ),
                        "ar": EndUserWords(
                            message="لم يتم قبول إجاباتك عن أسئلة الأمان، ولا يمكن متابعة هذه المحاولة.",
                            action="تحقق من أسئلة الأمان وإجاباتها لدى بنكك.",
                        ),
                        "es": EndUserWords(
                            message="Sus respuestas a las preguntas de seguridad no fueron aceptadas y este intento no puede continuar.",
                            action="Verifique con su banco sus preguntas y respuestas de seguridad.",
                        ),
                        "pt": EndUserWords(
                            message="Suas respostas às perguntas de segurança não foram aceitas, e esta tentativa não pode continuar.",
                            action="Confira suas perguntas e respostas de segurança com seu banco.",
                        ),
                    },
                    http=(HttpStatus(status=401, sources=(_S["flinks-error-codes-legacy"],)),),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["flinks-error-codes-legacy"],),
                        ),
                    ),
                    page="reference/flinks/api_error_code/#INVALID_SECURITY_RESPONSE_NO_RETRY",
                ),
                CodeInfo(
                    value="QUESTION_NOT_FOUND",
                    description="The MFA prompt doesn't have a stored answer",
                    category=_C.MFA_REQUIRED,
                    sources=(_S["seed-001"], _S["flinks-authorize-error-codes"]),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=401, sources=(_S["seed-001"], _S["flinks-authorize-error-codes"])
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-001"],)),
                    ),
                    page="reference/flinks/api_error_code/#QUESTION_NOT_FOUND",
                ),
                CodeInfo(
                    value="RETRY_LATER",
                    description="Flinks was not able to open a connection with the selected financial institution",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["seed-001"], _S["seed-004"], _S["flinks-test-institution"]),
                    retryable=True,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="We couldn't connect to your bank right now.",
                            action="Please try again later.",
                        ),
                        "fr": EndUserWords(
                            message="Nous n'avons pas pu nous connecter à votre banque pour le moment.",
                            action="Veuillez réessayer plus tard.",
                        ),
                        "ar": EndUserWords(
                            message="تعذّر الاتصال ببنكك في الوقت الحالي.",
                            action="يرجى المحاولة مرة أخرى لاحقاً.",
                        ),
                        "es": EndUserWords(
                            message="No pudimos conectarnos con su banco en este momento.",
                            action="Vuelva a intentarlo más tarde.",
                        ),
                        "pt": EndUserWords(
                            message="Não conseguimos nos conectar ao seu banco agora.",
                            action="Tente novamente mais tarde.",
                        ),
                    },
                    http=(
                        HttpStatus(
                            status=401,
                            sources=(
                                _S["seed-001"],
                                _S["flinks-authorize-error-codes"],
                                _S["seed-004"],
                            ),
                            context="Authorize endpoint",
                        ),
                        HttpStatus(
                            status=400,
                            sources=(_S["flinks-enrich-error-codes"],),
                            context="Attributes endpoint",
                        ),
                    ),
                    test_user=TestUser(
                        institution="FlinksCapital",
                        username="test_service_unavailable",
                        password="Everyday",
                    ),
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-001"],)),
                        Wording(field="advice", by="provider", sources=(_S["seed-004"],)),
                        Wording(
                            field="steps_to_reproduce",
                            by="provider",
                            sources=(_S["seed-001"], _S["seed-004"], _S["flinks-test-institution"]),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/flinks/api_error_code/#RETRY_LATER",
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
                    advice="Customer should try again later.",
                    notes="Flinks Connect words it 'Flinks was unable to open a connection with the financial institution.'",
                    steps_to_reproduce="Flinks Capital Username: test_service_unavailable Password: Everyday",
                ),
                CodeInfo(
                    value="TOO_MANY_REQUESTS",
                    description="The endpoint has received too many requests in a given amount of time.",
                    category=_C.RATE_LIMITED,
                    sources=(_S["flinks-authorize-error-codes"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=401, sources=(_S["flinks-authorize-error-codes"],)),),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["flinks-authorize-error-codes"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/flinks/api_error_code/#TOO_MANY_REQUESTS",
                    equivalents=(
                        Equivalent(
                            provider="lean",
                            code_set="api_error_status",
                            value="RATE_LIMIT_EXCEEDED",
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
                    notes="Flinks reports this rate limit with HTTP 401, not 429.",
                ),
                CodeInfo(
                    value="UNKNOWN_CHALLENGE_KEY",
                    description="The /Authorize request to respond an MFA contain an answer to the wrong MFA prompt.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["seed-001"], _S["flinks-authorize-error-codes"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=401, sources=(_S["seed-001"], _S["flinks-authorize-error-codes"])
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-001"],)),
                        Wording(field="message", by="provider", sources=(_S["seed-001"],)),
                        Wording(
                            field="steps_to_reproduce", by="provider", sources=(_S["seed-001"],)
                        ),
                    ),
                    page="reference/flinks/api_error_code/#UNKNOWN_CHALLENGE_KEY",
                    message='"One or more of the Security Challenge Prompts required are missing in the provided response"',
                    steps_to_reproduce="Change the MFA prompted, or leave the MFA prompt blank in the input Change the MFA response or leave the MFA response blank",
                ),
                CodeInfo(
                    value="CONCURRENT_SESSION",
                    description="Another session is already opened with this LoginId",
                    category=_C.CONCURRENT_OPERATION,
                    sources=(_S["seed-001"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=401, sources=(_S["seed-001"],)),),
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-001"],)),
                        Wording(
                            field="steps_to_reproduce", by="provider", sources=(_S["seed-001"],)
                        ),
                    ),
                    page="reference/flinks/api_error_code/#CONCURRENT_SESSION",
                    steps_to_reproduce="Open two requests simultaneously with the same account",
                ),
                CodeInfo(
                    value="UNAUTHORIZED",
                    description="The card was not authorized. Either there is a problem with bank, or the GetAccountsDetail endpoint was called before authorized",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["seed-001"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=401, sources=(_S["seed-001"],), context="Authorize endpoint"
                        ),
                        HttpStatus(
                            status=401,
                            sources=(
                                _S["flinks-authorize-troubleshooting"],
                                _S["flinks-ruby-client-test"],
                            ),
                            cause="The auth key or authorize token is missing or invalid",
                            message="You must provide a valid auth key",
                            context="Any endpoint, bad auth key",
                            cause_by="bankcodes",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-001"],)),
                        Wording(field="message", by="provider", sources=(_S["seed-001"],)),
                        Wording(
                            field="steps_to_reproduce", by="provider", sources=(_S["seed-001"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/flinks/api_error_code/#UNAUTHORIZED",
                    message="You need to be authorized in the bank account before going further.",
                    notes="In Flinks Connect (its handled-errors page) the same code means the institution did not authorize access; see the connect_error_event code set. Flinks' troubleshooting page gives the 401 messages for a bad auth key or authorize token without their FlinksCode; that they come with UNAUTHORIZED is shown only by a public client's tests.",
                    steps_to_reproduce="Call the GetAccountsDetail endpoint during an MFA prompt without answering the MFA question",
                ),
                CodeInfo(
                    value="DISABLED_LOGIN",
                    description="The account has been deactivated by the financial institution. The account holder must contact their bank",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["seed-001"], _S["seed-004"], _S["flinks-test-institution"]),
                    retryable=False,
                    end_user_can_retry=False,
                    end_user={
                        "en": EndUserWords(
                            message="Your bank has deactivated this account.",
                            action="Contact your bank to reactivate it.",
                        ),
                        "fr": EndUserWords(
                            message="Votre banque a désactivé ce compte.",
                            action="Communiquez avec votre banque pour le réactiver.",
                        ),
                        "ar": EndUserWords(
                            message="عطّل بنكك هذا الحساب.", action="تواصل مع بنكك لإعادة تفعيله."
                        ),
                        "es": EndUserWords(
                            message="Su banco desactivó esta cuenta.",
                            action="Comuníquese con su banco para reactivarla.",
                        ),
                        "pt": EndUserWords(
                            message="Seu banco desativou esta conta.",
                            action="Entre em contato com seu banco para reativá-la.",
                        ),
                    },
                    http=(HttpStatus(status=401, sources=(_S["seed-001"], _S["seed-004"])),),
                    test_user=TestUser(
                        institution="FlinksCapital",
                        username="test_disabled_account",
                        password="Everyday",
                    ),
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-001"],)),
                        Wording(field="advice", by="provider", sources=(_S["seed-004"],)),
                        Wording(
                            field="steps_to_reproduce", by="provider", sources=(_S["seed-001"],)
                        ),
                    ),
                    page="reference/flinks/api_error_code/#DISABLED_LOGIN",
                    advice="Customer must contact their bank to reactivate the account.",
                    steps_to_reproduce="Log into a deactivated account",
                ),
                CodeInfo(
                    value="NEW_ACCOUNT",
                    description="The end user must take action directly on their online banking before connecting and account with Flinks",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["seed-001"], _S["seed-004"]),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="Your bank needs you to take an action in your online banking before connecting.",
                            action="Sign in to your bank's website first (for example, to accept its terms), then try again.",
                        ),
                        "fr": EndUserWords(
                            message="Votre banque vous demande d'effectuer une action dans vos services bancaires en ligne avant de vous connecter.",
                            action="Connectez-vous d'abord au site Web de votre banque (par exemple pour accepter ses conditions), puis réessayez.",
                        ),
                        "ar": EndUserWords(
                            message="يطلب منك بنكك اتخاذ إجراء في خدماتك المصرفية عبر الإنترنت قبل الربط.",
                            action="سجّل الدخول أولاً إلى موقع بنكك الإلكتروني (مثلاً لقبول الشروط)، ثم حاول مرة أخرى.",
                        ),
                        "es": EndUserWords(
                            message="Su banco necesita que realice una acción en su banca en línea antes de conectarse.",
                            action="Inicie sesión primero en el sitio web de su banco (por ejemplo, para aceptar sus condiciones) y luego vuelva a intentarlo.",
                        ),
                        "pt": EndUserWords(
                            message="Seu banco precisa que você realize uma ação no seu internet banking antes de se conectar.",
                            action="Acesse primeiro o site do seu banco (por exemplo, para aceitar os termos) e tente novamente.",
                        ),
                    },
                    http=(HttpStatus(status=401, sources=(_S["seed-001"], _S["seed-004"])),),
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-001"],)),
                        Wording(field="advice", by="provider", sources=(_S["seed-004"],)),
                        Wording(
                            field="steps_to_reproduce", by="provider", sources=(_S["seed-001"],)
                        ),
                    ),
                    page="reference/flinks/api_error_code/#NEW_ACCOUNT",
                    advice="Customer should log in to their bank website first (e.g., accept terms).",
                    steps_to_reproduce="Login to an account where user must take action on bank's website (e.g. to accept a consent form)",
                ),
                CodeInfo(
                    value="SESSION_EXPIRED",
                    description="The RequestId expired after 8 mins of inactivity during Authorize or 30 mins timeout for data processing",
                    category=_C.SESSION_EXPIRED,
                    sources=(_S["seed-001"],),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=401, sources=(_S["seed-001"],), context="Authorize endpoint"
                        ),
                        HttpStatus(
                            status=400,
                            sources=(_S["flinks-enrich-error-codes"],),
                            context="Attributes endpoint",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-001"],)),
                        Wording(
                            field="steps_to_reproduce", by="provider", sources=(_S["seed-001"],)
                        ),
                    ),
                    page="reference/flinks/api_error_code/#SESSION_EXPIRED",
                    steps_to_reproduce="Wait at least 8 minutes before responding to MFA",
                ),
                CodeInfo(
                    value="ALREADY_AUTHORIZED",
                    description="When the /Authorize endpoint is called after the user has already been authorized",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["seed-001"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=401, sources=(_S["seed-001"],)),),
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-001"],)),
                        Wording(
                            field="steps_to_reproduce", by="provider", sources=(_S["seed-001"],)
                        ),
                    ),
                    page="reference/flinks/api_error_code/#ALREADY_AUTHORIZED",
                    steps_to_reproduce="Answer an MFA for an already authorized requestid",
                ),
                CodeInfo(
                    value="SECURITYRESPONSES_INCOMPLETE",
                    description="Not all the prompted MFA questions had answers in the reponse request",
                    category=_C.MFA_FAILED,
                    sources=(_S["seed-001"],),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="Not all of your bank's security questions were answered.",
                            action="Answer every security question, then continue.",
                        ),
                        "fr": EndUserWords(
                            message="Vous n'avez pas répondu à toutes les questions de sécurité de votre banque.",
                            action="Répondez à toutes les questions de sécurité, puis continuez.",
                        ),
                        "ar": EndUserWords(
                            message="لم تتم الإجابة عن جميع أسئلة الأمان التي طرحها بنكك.",
                            action="أجب عن جميع أسئلة الأمان، ثم تابع.",
                        ),
                        "es": EndUserWords(
                            message="No se respondieron todas las preguntas de seguridad de su banco.",
                            action="Responda todas las preguntas de seguridad y luego continúe.",
                        ),
                        "pt": EndUserWords(
                            message="Nem todas as perguntas de segurança do seu banco foram respondidas.",
                            action="Responda a todas as perguntas de segurança e continue.",
                        ),
                    },
                    http=(HttpStatus(status=401, sources=(_S["seed-001"],)),),
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-001"],)),
                        Wording(
                            field="steps_to_reproduce", by="provider", sources=(_S["seed-001"],)
                        ),
                    ),
                    page="reference/flinks/api_error_code/#SECURITYRESPONSES_INCOMPLETE",
                    steps_to_reproduce="Not answer all MFA questions prompted in 3 question MFA prompt",
                ),
                CodeInfo(
                    value="AGGREGATION_ERROR",
                    description="Flinks encountered an unexpected error during processing.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["seed-004"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=500,
                            sources=(_S["seed-004"],),
                            context="Flinks Connect handled error",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-004"],)),
                        Wording(field="advice", by="provider", sources=(_S["seed-004"],)),
                    ),
                    page="reference/flinks/api_error_code/#AGGREGATION_ERROR",
                    advice="Customer should try again. If the issue persists, contact support.",
                ),
                CodeInfo(
                    value="DISABLED_INSTITUTION",
                    description="The selected financial institution is not currently available.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["seed-004"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=405,
                            sources=(_S["seed-004"],),
                            context="Flinks Connect handled error",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-004"],)),
                        Wording(field="advice", by="provider", sources=(_S["seed-004"],)),
                    ),
                    page="reference/flinks/api_error_code/#DISABLED_INSTITUTION",
                    advice="Customer should try a different institution or try again later.",
                ),
            ),
        ),
        {},
    )
    return ApiErrorCode


def _ConnectError() -> type[CodeEnum]:
    class ConnectError(CodeEnum):
        """Flinks Connect error event: The flinksCode of a Flinks Connect message event: an authentication or connection error that Flinks Connect handles and shows to the customer.

        Wire field: message event data.flinksCode."""

        INVALID_USERNAME = "INVALID_USERNAME"
        INVALID_PASSWORD = "INVALID_PASSWORD"
        INVALID_LOGIN = "INVALID_LOGIN"
        INVALID_SECURITY_RESPONSE = "INVALID_SECURITY_RESPONSE"
        RETRY_LATER = "RETRY_LATER"
        UNAUTHORIZED = "UNAUTHORIZED"
        NEW_ACCOUNT = "NEW_ACCOUNT"
        AGGREGATION_ERROR = "AGGREGATION_ERROR"
        DISABLED_INSTITUTION = "DISABLED_INSTITUTION"
        DISABLED_LOGIN = "DISABLED_LOGIN"

    register(
        ConnectError,
        lambda: (
            CodeSetInfo(
                provider="flinks",
                id="connect_error_event",
                title="Flinks Connect error event",
                description="The flinksCode of a Flinks Connect message event: an authentication or connection error that Flinks Connect handles and shows to the customer.",
                field="message event data.flinksCode",
                sources=(_S["seed-004"],),
            ),
            (
                CodeInfo(
                    value="INVALID_USERNAME",
                    description="The username provided was different from what the bank expected.",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(_S["seed-004"],),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="Your bank did not accept your username.",
                            action="Check your username and enter it again.",
                        ),
                        "fr": EndUserWords(
                            message="Votre banque n'a pas accepté votre nom d'utilisateur.",
                            action="Vérifiez votre nom d'utilisateur et saisissez-le de nouveau.",
                        ),
                        "ar": EndUserWords(
                            message="لم يقبل بنكك اسم المستخدم الخاص بك.",
                            action="تحقق من اسم المستخدم وأدخله مرة أخرى.",
                        ),
                        "es": EndUserWords(
                            message="Su banco no aceptó su nombre de inicio de sesión.",
                            action="Revise su nombre de inicio de sesión y vuelva a ingresarlo.",
                        ),
                        "pt": EndUserWords(
                            message="Seu banco não aceitou seu login.",
                            action="Confira seu login e digite-o novamente.",
                        ),
                    },
                    http=(HttpStatus(status=401, sources=(_S["seed-004"],)),),
                    group="credential",
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-004"],)),
                        Wording(field="advice", by="provider", sources=(_S["seed-004"],)),
                    ),
                    page="reference/flinks/connect_error_event/#INVALID_USERNAME",
                    advice="Customer should re-enter their username.",
                ),
                CodeInfo(
                    value="INVALID_PASSWORD",
                    description="The password provided was different from what the bank expected.",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(_S["seed-004"],),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="Your bank did not accept your password.",
                            action="Check your password and enter it again.",
                        ),
                        "fr": EndUserWords(
                            message="Votre banque n'a pas accepté votre mot de passe.",
                            action="Vérifiez votre mot de passe et saisissez-le de nouveau.",
                        ),
                        "ar": EndUserWords(
                            message="لم يقبل بنكك كلمة المرور الخاصة بك.",
                            action="تحقق من كلمة المرور وأدخلها مرة أخرى.",
                        ),
                        "es": EndUserWords(
                            message="Su banco no aceptó su contraseña.",
                            action="Revise su contraseña y vuelva a ingresarla.",
                        ),
                        "pt": EndUserWords(
                            message="Seu banco não aceitou sua senha.",
                            action="Confira sua senha e digite-a novamente.",
                        ),
                    },
                    http=(HttpStatus(status=401, sources=(_S["seed-004"],)),),
                    group="credential",
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-004"],)),
                        Wording(field="advice", by="provider", sources=(_S["seed-004"],)),
                    ),
                    page="reference/flinks/connect_error_event/#INVALID_PASSWORD",
                    advice="Customer should re-enter their password.",
                ),
                CodeInfo(
                    value="INVALID_LOGIN",
                    description="The provided credentials are incorrect.",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(_S["seed-004"],),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="Your bank did not accept your sign-in details.",
                            action="Check your sign-in details and enter them again.",
                        ),
                        "fr": EndUserWords(
                            message="Votre banque n'a pas accepté vos identifiants.",
                            action="Vérifiez vos identifiants et saisissez-les de nouveau.",
                        ),
                        "ar": EndUserWords(
                            message="لم يقبل بنكك بيانات تسجيل الدخول الخاصة بك.",
                            action="تحقق من بيانات تسجيل الدخول وأدخلها مرة أخرى.",
                        ),
                        "es": EndUserWords(
                            message="Su banco no aceptó sus datos de inicio de sesión.",
                            action="Revise sus datos de inicio de sesión y vuelva a ingresarlos.",
                        ),
                        "pt": EndUserWords(
                            message="Seu banco não aceitou seus dados de acesso.",
                            action="Confira seus dados de acesso e digite-os novamente.",
                        ),
                    },
                    http=(HttpStatus(status=401, sources=(_S["seed-004"],)),),
                    group="credential",
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-004"],)),
                        Wording(field="advice", by="provider", sources=(_S["seed-004"],)),
                    ),
                    page="reference/flinks/connect_error_event/#INVALID_LOGIN",
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
                            provider="truelayer",
                            code_set="sdk_failure_reason",
                            value="InvalidCredentials",
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
                    advice="Customer should verify and re-enter their login details.",
                ),
                CodeInfo(
                    value="INVALID_SECURITY_RESPONSE",
                    description="The MFA response provided was different from what the bank expected.",
                    category=_C.MFA_FAILED,
                    sources=(_S["seed-004"],),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="Your answer to the security question was not accepted.",
                            action="Answer the security question again.",
                        ),
                        "fr": EndUserWords(
                            message="Votre réponse à la question de sécurité n'a pas été acceptée.",
                            action="Répondez de nouveau à la question de sécurité.",
                        ),
                        "ar": EndUserWords(
                            message="لم يتم قبول إجابتك عن سؤال الأمان.",
                            action="أجب عن سؤال الأمان مرة أخرى.",
                        ),
                        "es": EndUserWords(
                            message="Su respuesta a la pregunta de seguridad no fue aceptada.",
                            action="Vuelva a responder la pregunta de seguridad.",
                        ),
                        "pt": EndUserWords(
                            message="Sua resposta à pergunta de segurança não foi aceita.",
                            action="Responda à pergunta de segurança novamente.",
                        ),
                    },
                    http=(HttpStatus(status=401, sources=(_S["seed-004"],)),),
                    group="mfa",
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-004"],)),
                        Wording(field="advice", by="provider", sources=(_S["seed-004"],)),
                    ),
                    page="reference/flinks/connect_error_event/#INVALID_SECURITY_RESPONSE",
                    equivalents=(
                        Equivalent(
                            provider="lean",
                            code_set="secondary_status",
                            value="INVALID_MFA",
                            same="meaning",
                            reason="The customer was asked a multi-factor challenge (a one-time code or a security question) and the answer was wrong.",
                        ),
                        Equivalent(
                            provider="plaid",
                            code_set="error_code",
                            value="INVALID_MFA",
                            same="meaning",
                            reason="The customer was asked a multi-factor challenge (a one-time code or a security question) and the answer was wrong.",
                        ),
                        Equivalent(
                            provider="mx",
                            code_set="connection_status",
                            value="4",
                            same="meaning",
                            reason="The customer was asked a multi-factor challenge (a one-time code or a security question) and the answer was wrong.",
                        ),
                    ),
                    advice="Customer should try answering the security question again.",
                ),
                CodeInfo(
                    value="RETRY_LATER",
                    description="Flinks was unable to open a connection with the financial institution.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["seed-004"],),
                    retryable=True,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="We couldn't connect to your bank right now.",
                            action="Please try again later.",
                        ),
                        "fr": EndUserWords(
                            message="Nous n'avons pas pu nous connecter à votre banque pour le moment.",
                            action="Veuillez réessayer plus tard.",
                        ),
                        "ar": EndUserWords(
                            message="تعذّر الاتصال ببنكك في الوقت الحالي.",
                            action="يرجى المحاولة مرة أخرى لاحقاً.",
                        ),
                        "es": EndUserWords(
                            message="No pudimos conectarnos con su banco en este momento.",
                            action="Vuelva a intentarlo más tarde.",
                        ),
                        "pt": EndUserWords(
                            message="Não conseguimos nos conectar ao seu banco agora.",
                            action="Tente novamente mais tarde.",
                        ),
                    },
                    http=(HttpStatus(status=401, sources=(_S["seed-004"],)),),
                    group="temporary",
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-004"],)),
                        Wording(field="advice", by="provider", sources=(_S["seed-004"],)),
                    ),
                    page="reference/flinks/connect_error_event/#RETRY_LATER",
                    advice="Customer should try again later.",
                ),
                CodeInfo(
                    value="UNAUTHORIZED",
                    description="The institution did not authorize access.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["seed-004"],),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="Your bank did not allow access to your account.",
                            action="Sign in to your bank's website, complete any steps it asks for, then try again.",
                        ),
                        "fr": EndUserWords(
                            message="Votre banque n'a pas autorisé l'accès à votre compte.",
                            action="Connectez-vous au site Web de votre banque, effectuez les étapes demandées, puis réessayez.",
                        ),
                        "ar": EndUserWords(
                            message="لم يسمح بنكك بالوصول إلى حسابك.",
                            action="سجّل الدخول إلى موقع بنكك الإلكتروني، وأكمل الخطوات المطلوبة، ثم حاول مرة أخرى.",
                        ),
                        "es": EndUserWords(
                            message="Su banco no permitió el acceso a su cuenta.",
                            action="Inicie sesión en el sitio web de su banco, complete los pasos que le indique y luego vuelva a intentarlo.",
                        ),
                        "pt": EndUserWords(
                            message="Seu banco não permitiu o acesso à sua conta.",
                            action="Acesse o site do seu banco, conclua as etapas que ele pedir e tente novamente.",
                        ),
                    },
                    http=(HttpStatus(status=401, sources=(_S["seed-004"],)),),
                    group="account_institution",
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-004"],)),
                        Wording(field="advice", by="provider", sources=(_S["seed-004"],)),
                    ),
                    page="reference/flinks/connect_error_event/#UNAUTHORIZED",
                    advice="Customer may need to complete additional steps on their bank’s website.",
                ),
                CodeInfo(
                    value="NEW_ACCOUNT",
                    description="The customer must take action directly on their online banking before connecting.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["seed-004"],),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="Your bank needs you to take an action in your online banking before connecting.",
                            action="Sign in to your bank's website first (for example, to accept its terms), then try again.",
                        ),
                        "fr": EndUserWords(
                            message="Votre banque vous demande d'effectuer une action dans vos services bancaires en ligne avant de vous connecter.",
                            action="Connectez-vous d'abord au site Web de votre banque (par exemple pour accepter ses conditions), puis réessayez.",
                        ),
                        "ar": EndUserWords(
                            message="يطلب منك بنكك اتخاذ إجراء في خدماتك المصرفية عبر الإنترنت قبل الربط.",
                            action="سجّل الدخول أولاً إلى موقع بنكك الإلكتروني (مثلاً لقبول الشروط)، ثم حاول مرة أخرى.",
                        ),
                        "es": EndUserWords(
                            message="Su banco necesita que realice una acción en su banca en línea antes de conectarse.",
                            action="Inicie sesión primero en el sitio web de su banco (por ejemplo, para aceptar sus condiciones) y luego vuelva a intentarlo.",
                        ),
                        "pt": EndUserWords(
                            message="Seu banco precisa que você realize uma ação no seu internet banking antes de se conectar.",
                            action="Acesse primeiro o site do seu banco (por exemplo, para aceitar os termos) e tente novamente.",
                        ),
                    },
                    http=(HttpStatus(status=401, sources=(_S["seed-004"],)),),
                    group="account_institution",
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-004"],)),
                        Wording(field="advice", by="provider", sources=(_S["seed-004"],)),
                    ),
                    page="reference/flinks/connect_error_event/#NEW_ACCOUNT",
                    advice="Customer should log in to their bank website first (e.g., accept terms).",
                ),
                CodeInfo(
                    value="AGGREGATION_ERROR",
                    description="Flinks encountered an unexpected error during processing.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["seed-004"],),
                    retryable=True,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="Something went wrong while connecting to your bank.",
                            action="Please try again, and contact support if the problem continues.",
                        ),
                        "fr": EndUserWords(
                            message="Un problème est survenu lors de la connexion à votre banque.",
                            action="Veuillez réessayer et communiquer avec notre service d'assistance si le problème persiste.",
                        ),
                        "ar": EndUserWords(
                            message="حدث خطأ أثناء الاتصال ببنكك.",
                            action="يرجى المحاولة مرة أخرى، والتواصل مع فريق الدعم إذا استمرت المشكلة.",
                        ),
                        "es": EndUserWords(
                            message="Se produjo un error al conectarse con su banco.",
                            action="Vuelva a intentarlo y comuníquese con el servicio de asistencia si el problema continúa.",
                        ),
                        "pt": EndUserWords(
                            message="Algo deu errado ao conectar ao seu banco.",
                            action="Tente novamente e entre em contato com o suporte se o problema continuar.",
                        ),
                    },
                    http=(HttpStatus(status=500, sources=(_S["seed-004"],)),),
                    group="temporary",
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-004"],)),
                        Wording(field="advice", by="provider", sources=(_S["seed-004"],)),
                    ),
                    page="reference/flinks/connect_error_event/#AGGREGATION_ERROR",
                    advice="Customer should try again. If the issue persists, contact support.",
                ),
                CodeInfo(
                    value="DISABLED_INSTITUTION",
                    description="The selected financial institution is not currently available.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["seed-004"],),
                    retryable=True,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="Your bank is not available right now.",
                            action="Choose another bank, or try again later.",
                        ),
                        "fr": EndUserWords(
                            message="Votre banque n'est pas disponible pour le moment.",
                            action="Choisissez une autre banque ou réessayez plus tard.",
                        ),
                        "ar": EndUserWords(
                            message="بنكك غير متاح في الوقت الحالي.",
                            action="اختر بنكاً آخر، أو حاول مرة أخرى لاحقاً.",
                        ),
                        "es": EndUserWords(
                            message="Su banco no está disponible en este momento.",
                            action="Elija otro banco o vuelva a intentarlo más tarde.",
                        ),
                        "pt": EndUserWords(
                            message="Seu banco não está disponível no momento.",
                            action="Escolha outro banco ou tente novamente mais tarde.",
                        ),
                    },
                    http=(HttpStatus(status=405, sources=(_S["seed-004"],)),),
                    group="account_institution",
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-004"],)),
                        Wording(field="advice", by="provider", sources=(_S["seed-004"],)),
                    ),
                    page="reference/flinks/connect_error_event/#DISABLED_INSTITUTION",
                    advice="Customer should try a different institution or try again later.",
                ),
                CodeInfo(
                    value="DISABLED_LOGIN",
                    description="The account has been deactivated by the financial institution.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["seed-004"],),
                    retryable=False,
                    end_user_can_retry=False,
                    end_user={
                        "en": EndUserWords(
                            message="Your bank has deactivated this account.",
                            action="Contact your bank to reactivate it.",
                        ),
                        "fr": EndUserWords(
                            message="Votre banque a désactivé ce compte.",
                            action="Communiquez avec votre banque pour le réactiver.",
                        ),
                        "ar": EndUserWords(
                            message="عطّل بنكك هذا الحساب.", action="تواصل مع بنكك لإعادة تفعيله."
                        ),
                        "es": EndUserWords(
                            message="Su banco desactivó esta cuenta.",
                            action="Comuníquese con su banco para reactivarla.",
                        ),
                        "pt": EndUserWords(
                            message="Seu banco desativou esta conta.",
                            action="Entre em contato com seu banco para reativá-la.",
                        ),
                    },
                    http=(HttpStatus(status=401, sources=(_S["seed-004"],)),),
                    group="account_institution",
                    wording=(
                        Wording(field="description", by="provider", sources=(_S["seed-004"],)),
                        Wording(field="advice", by="provider", sources=(_S["seed-004"],)),
                    ),
                    page="reference/flinks/connect_error_event/#DISABLED_LOGIN",
                    advice="Customer must contact their bank to reactivate the account.",
                ),
            ),
        ),
        {},
    )
    return ConnectError


def _ConnectStep() -> type[CodeEnum]:
    class ConnectStep(CodeEnum):
        """Flinks Connect step event: The step of a Flinks Connect message event: a user event in the connection flow, useful for tracing and for controlling the user experience.

        Wire field: message event data.step."""

        APP_MOUNTED = "APP_MOUNTED"
        APP_ONLINE = "APP_ONLINE"
        APP_OFFLINE = "APP_OFFLINE"
        APP_RESIZE = "APP_RESIZE"
        ACCOUNT_SELECTED = "ACCOUNT_SELECTED"
        COMPONENT_ACCEPT_CONSENT = "COMPONENT_ACCEPT_CONSENT"
        COMPONENT_ACCEPT_PROVIDER_CONSENT = "COMPONENT_ACCEPT_PROVIDER_CONSENT"
        COMPONENT_ACCEPT_TERMS = "COMPONENT_ACCEPT_TERMS"
        COMPONENT_CLICK_RESET_PASSWORD = "COMPONENT_CLICK_RESET_PASSWORD"
        COMPONENT_CLICK_TERMS_URL = "COMPONENT_CLICK_TERMS_URL"
        COMPONENT_CLOSE_SESSION = "COMPONENT_CLOSE_SESSION"
        COMPONENT_DENY_CONSENT = "COMPONENT_DENY_CONSENT"
        COMPONENT_DENY_TERMS = "COMPONENT_DENY_TERMS"
        COMPONENT_HELP2FA_INFO = "COMPONENT_HELP2FA_INFO"
        COMPONENT_HELP2FA_TROUBLESHOOTING = "COMPONENT_HELP2FA_TROUBLESHOOTING"
        COMPONENT_LOAD_ACCOUNT_SELECTION = "COMPONENT_LOAD_ACCOUNT_SELECTION"
        COMPONENT_LOAD_CONSENT = "COMPONENT_LOAD_CONSENT"
        COMPONENT_LOAD_CREDENTIAL = "COMPONENT_LOAD_CREDENTIAL"
        COMPONENT_LOAD_CREDENTIAL_RETRY = "COMPONENT_LOAD_CREDENTIAL_RETRY"
        COMPONENT_LOAD_INSTITUTION_SELECTOR = "COMPONENT_LOAD_INSTITUTION_SELECTOR"
        COMPONENT_LOAD_MFA = "COMPONENT_LOAD_MFA"
        COMPONENT_LOAD_MFA_RETRY = "COMPONENT_LOAD_MFA_RETRY"
        DISABLED_INSTITUTION = "DISABLED_INSTITUTION"
        ENHANCED_MFA_HAS_QUESTIONS = "ENHANCED_MFA_HAS_QUESTIONS"
        ENHANCED_MFA_NO_QUESTIONS = "ENHANCED_MFA_NO_QUESTIONS"
        INSTITUTION_SELECTED = "INSTITUTION_SELECTED"
        SUBMIT_CREDENTIAL = "SUBMIT_CREDENTIAL"
        SUBMIT_MFA = "SUBMIT_MFA"
        REDIRECT = "REDIRECT"
        TOKEN_INVALID = "TOKEN_INVALID"

    register(
        ConnectStep,
        lambda: (
            CodeSetInfo(
                provider="flinks",
                id="connect_step_event",
                title="Flinks Connect step event",
                description="The step of a Flinks Connect message event: a user event in the connection flow, useful for tracing and for controlling the user experience.",
                field="message event data.step",
                sources=(_S["flinks-events"], _S["flinks-use-event-listener"]),
            ),
            (
                CodeInfo(
                    value="APP_MOUNTED",
                    description="Flinks Connect has retrieved configuration values from the API, and has successfully loaded.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["flinks-events"], _S["flinks-use-event-listener"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["flinks-events"], _S["flinks-use-event-listener"]),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/flinks/connect_step_event/#APP_MOUNTED",
                    notes="One stored version of the events page describes APP_MOUNTED as 'The internet connection was restored', a copy of APP_ONLINE.",
                ),
                CodeInfo(
                    value="APP_ONLINE",
                    description="The internet connection was restored.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["flinks-events"], _S["flinks-use-event-listener"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["flinks-events"], _S["flinks-use-event-listener"]),
                        ),
                    ),
                    page="reference/flinks/connect_step_event/#APP_ONLINE",
                ),
                CodeInfo(
                    value="APP_OFFLINE",
                    description="The internet connection was lost.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["flinks-events"], _S["flinks-use-event-listener"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["flinks-events"], _S["flinks-use-event-listener"]),
                        ),
                    ),
                    page="reference/flinks/connect_step_event/#APP_OFFLINE",
                ),
                CodeInfo(
                    value="APP_RESIZE",
                    description="The Flinks Connect frame changed size.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["bankcodes-release-1-0-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    lifecycle=Lifecycle(
                        state="removed",
                        note="No Flinks page and no public integration found shows this spelling; only bankcodes 1.0.0 listed it (the cited source). Withdrawn in 1.1.0 and kept only so that values parsed with 1.0.0 stay known.",
                    ),
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/flinks/connect_step_event/#APP_RESIZE",
                    editorial=True,
                ),
                CodeInfo(
                    value="ACCOUNT_SELECTED",
                    description="The user selects an account.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["flinks-events"], _S["flinks-use-event-listener"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["flinks-events"], _S["flinks-use-event-listener"]),
                        ),
                    ),
                    page="reference/flinks/connect_step_event/#ACCOUNT_SELECTED",
                ),
                CodeInfo(
                    value="COMPONENT_ACCEPT_CONSENT",
                    description="The user accepts to give consent.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["flinks-events"], _S["flinks-use-event-listener"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["flinks-events"], _S["flinks-use-event-listener"]),
                        ),
                    ),
                    page="reference/flinks/connect_step_event/#COMPONENT_ACCEPT_CONSENT",
                ),
                CodeInfo(
                    value="COMPONENT_ACCEPT_PROVIDER_CONSENT",
                    description="The user accepts the data provider's consent.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["flinks-bank-accout-listener"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/flinks/connect_step_event/#COMPONENT_ACCEPT_PROVIDER_CONSENT",
                    editorial=True,
                    notes="No Flinks page found shows this spelling; a public integration's listener handles it next to COMPONENT_ACCEPT_CONSENT.",
                ),
                CodeInfo(
                    value="COMPONENT_ACCEPT_TERMS",
                    description="The user has checked the box to approve the terms and conditions linked in the URL termsUrl={https://example.com}.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["flinks-events"], _S["flinks-use-event-listener"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["flinks-events"], _S["flinks-use-event-listener"]),
                        ),
                    ),
                    page="reference/flinks/connect_step_event/#COMPONENT_ACCEPT_TERMS",
                ),
                CodeInfo(
                    value="COMPONENT_CLICK_RESET_PASSWORD",
                    description="The user clicks on the Reset Password button.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["flinks-events"], _S["flinks-use-event-listener"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["flinks-events"], _S["flinks-use-event-listener"]),
                        ),
                    ),
                    page="reference/flinks/connect_step_event/#COMPONENT_CLICK_RESET_PASSWORD",
                ),
                CodeInfo(
                    value="COMPONENT_CLICK_TERMS_URL",
                    description="The user clicks on the terms and conditions link.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["flinks-events"], _S["flinks-use-event-listener"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["flinks-events"], _S["flinks-use-event-listener"]),
                        ),
                    ),
                    page="reference/flinks/connect_step_event/#COMPONENT_CLICK_TERMS_URL",
                ),
                CodeInfo(
                    value="COMPONENT_CLOSE_SESSION",
                    description="The use clicks on the _X in the top right corner. Related to the Layout Customization parameters : closeEnable.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["flinks-events"], _S["flinks-use-event-listener"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["flinks-events"], _S["flinks-use-event-listener"]),
                        ),
                    ),
                    page="reference/flinks/connect_step_event/#COMPONENT_CLOSE_SESSION",
                ),
                CodeInfo(
                    value="COMPONENT_DENY_CONSENT",
                    description="The user denies consent.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["flinks-events"], _S["flinks-use-event-listener"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["flinks-events"], _S["flinks-use-event-listener"]),
                        ),
                    ),
                    page="reference/flinks/connect_step_event/#COMPONENT_DENY_CONSENT",
                ),
                CodeInfo(
                    value="COMPONENT_DENY_TERMS",
                    description="The user unchecked the box on the left of the terms and conditions using the parameter termsUrl={https://example.com}.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["flinks-events"], _S["flinks-use-event-listener"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["flinks-events"], _S["flinks-use-event-listener"]),
                        ),
                    ),
                    page="reference/flinks/connect_step_event/#COMPONENT_DENY_TERMS",
                ),
                CodeInfo(
                    value="COMPONENT_HELP2FA_INFO",
                    description="When Flinks Connect loads the Help2FA component, or if the users goes back from the troubleshooting screen via the back button.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["flinks-events"], _S["flinks-use-event-listener"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["flinks-events"], _S["flinks-use-event-listener"]),
                        ),
                    ),
                    page="reference/flinks/connect_step_event/#COMPONENT_HELP2FA_INFO",
                ),
                CodeInfo(
                    value="COMPONENT_HELP2FA_TROUBLESHOOTING",
                    description="When Flinks Connect navigates to the troubleshooting screen due to the user clicking the troubleshooting tips link on the info screen.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["flinks-events"], _S["flinks-use-event-listener"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["flinks-events"], _S["flinks-use-event-listener"]),
                        ),
                    ),
                    page="reference/flinks/connect_step_event/#COMPONENT_HELP2FA_TROUBLESHOOTING",
                ),
                CodeInfo(
                    value="COMPONENT_LOAD_ACCOUNT_SELECTION",
                    description="When Flinks Connect loads the account selection page. Contains metadata regarding the user's accounts (totalAccounts & displayedAccounts)",
                    category=_C.INFORMATIONAL,
                    sources=(_S["flinks-events"], _S["flinks-use-event-listener"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["flinks-events"], _S["flinks-use-event-listener"]),
                        ),
                    ),
                    page="reference/flinks/connect_step_event/#COMPONENT_LOAD_ACCOUNT_SELECTION",
                ),
                CodeInfo(
                    value="COMPONENT_LOAD_CONSENT",
                    description="The consent page is loaded using the parameter consentEnable=true",
                    category=_C.INFORMATIONAL,
                    sources=(_S["flinks-events"], _S["flinks-use-event-listener"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["flinks-events"], _S["flinks-use-event-listener"]),
                        ),
                    ),
                    page="reference/flinks/connect_step_event/#COMPONENT_LOAD_CONSENT",
                ),
                CodeInfo(
                    value="COMPONENT_LOAD_CREDENTIAL",
                    description="The user is faced with a prompt for FI username and password.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["flinks-events"], _S["flinks-use-event-listener"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["flinks-events"], _S["flinks-use-event-listener"]),
                        ),
                    ),
                    page="reference/flinks/connect_step_event/#COMPONENT_LOAD_CREDENTIAL",
                ),
                CodeInfo(
                    value="COMPONENT_LOAD_CREDENTIAL_RETRY",
                    description="The user clicks on retry after an authorize error",
                    category=_C.INFORMATIONAL,
                    sources=(_S["flinks-events"], _S["flinks-use-event-listener"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["flinks-events"], _S["flinks-use-event-listener"]),
                        ),
                    ),
                    page="reference/flinks/connect_step_event/#COMPONENT_LOAD_CREDENTIAL_RETRY",
                ),
                CodeInfo(
                    value="COMPONENT_LOAD_INSTITUTION_SELECTOR",
                    description="The FI list page is loaded",
                    category=_C.INFORMATIONAL,
                    sources=(_S["flinks-events"], _S["flinks-use-event-listener"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["flinks-events"], _S["flinks-use-event-listener"]),
                        ),
                    ),
                    page="reference/flinks/connect_step_event/#COMPONENT_LOAD_INSTITUTION_SELECTOR",
                ),
                CodeInfo(
                    value="COMPONENT_LOAD_MFA",
                    description="The MFA page is loaded. Contains metadata that indicates what MFA challenges the user received (mfaTypes)",
                    category=_C.INFORMATIONAL,
                    sources=(_S["flinks-events"], _S["flinks-use-event-listener"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["flinks-events"], _S["flinks-use-event-listener"]),
                        ),
                    ),
                    page="reference/flinks/connect_step_event/#COMPONENT_LOAD_MFA",
                ),
                CodeInfo(
                    value="COMPONENT_LOAD_MFA_RETRY",
                    description="The user clicks on retry after a failed MFA challenge.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["flinks-events"], _S["flinks-use-event-listener"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["flinks-events"], _S["flinks-use-event-listener"]),
                        ),
                    ),
                    page="reference/flinks/connect_step_event/#COMPONENT_LOAD_MFA_RETRY",
                ),
                CodeInfo(
                    value="DISABLED_INSTITUTION",
                    description="An Institution is disabled.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["flinks-events"], _S["flinks-use-event-listener"]),
                    retryable=True,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="Your bank is not available right now.",
                            action="Choose another bank, or try again later.",
                        ),
                        "fr": EndUserWords(
                            message="Votre banque n'est pas disponible pour le moment.",
                            action="Choisissez une autre banque ou réessayez plus tard.",
                        ),
                        "ar": EndUserWords(
                            message="بنكك غير متاح في الوقت الحالي.",
                            action="اختر بنكاً آخر، أو حاول مرة أخرى لاحقاً.",
                        ),
                        "es": EndUserWords(
                            message="Su banco no está disponible en este momento.",
                            action="Elija otro banco o vuelva a intentarlo más tarde.",
                        ),
                        "pt": EndUserWords(
                            message="Seu banco não está disponível no momento.",
                            action="Escolha outro banco ou tente novamente mais tarde.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["flinks-events"], _S["flinks-use-event-listener"]),
                        ),
                    ),
                    page="reference/flinks/connect_step_event/#DISABLED_INSTITUTION",
                ),
                CodeInfo(
                    value="ENHANCED_MFA_HAS_QUESTIONS",
                    description="When there is unanswered question using enhancedMFA=true",
                    category=_C.INFORMATIONAL,
                    sources=(_S["flinks-events"], _S["flinks-use-event-listener"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["flinks-events"], _S["flinks-use-event-listener"]),
                        ),
                    ),
                    page="reference/flinks/connect_step_event/#ENHANCED_MFA_HAS_QUESTIONS",
                ),
                CodeInfo(
                    value="ENHANCED_MFA_NO_QUESTIONS",
                    description="With enhancedMFA=true, every question has an answer.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["flinks-events"], _S["flinks-use-event-listener"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/flinks/connect_step_event/#ENHANCED_MFA_NO_QUESTIONS",
                    editorial=True,
                ),
                CodeInfo(
                    value="INSTITUTION_SELECTED",
                    description="The user selected an institution.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["flinks-oauth-article"], _S["flinks-bank-accout-listener"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/flinks/connect_step_event/#INSTITUTION_SELECTED",
                    editorial=True,
                ),
                CodeInfo(
                    value="SUBMIT_CREDENTIAL",
                    description="The user submitted their credentials.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["flinks-oauth-article"], _S["flinks-bank-accout-listener"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/flinks/connect_step_event/#SUBMIT_CREDENTIAL",
                    editorial=True,
                ),
                CodeInfo(
                    value="SUBMIT_MFA",
                    description="The user submitted an MFA answer.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["flinks-bank-accout-listener"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/flinks/connect_step_event/#SUBMIT_MFA",
                    editorial=True,
                ),
                CodeInfo(
                    value="REDIRECT",
                    description="The connection succeeded and Flinks Connect redirects; the event carries institution and url (with loginId).",
                    category=_C.SUCCESS,
                    sources=(_S["flinks-successful-connection"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/flinks/connect_step_event/#REDIRECT",
                    editorial=True,
                ),
                CodeInfo(
                    value="TOKEN_INVALID",
                    description="Flinks Connect reported that its authorize token is invalid.",
                    category=_C.SESSION_EXPIRED,
                    sources=(_S["flinks-bank-accout-listener"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(
                                _S["flinks-bank-accout-listener"],
                                _S["flinks-authorize-troubleshooting"],
                                _S["flinks-events"],
                            ),
                        ),
                    ),
                    page="reference/flinks/connect_step_event/#TOKEN_INVALID",
                    editorial=True,
                    notes="No text of Flinks for this step was read: the copies read of its events page stop before the step would be listed, and the rest of that page was not read. A public integration reloads Flinks Connect with a new authorize token on it; Flinks' troubleshooting page says an authorize token is single-use and expires after 30 minutes if unused.",
                ),
            ),
        ),
        {},
    )
    return ConnectStep


def _WebhookResponseType() -> type[CodeEnum]:
    class WebhookResponseType(CodeEnum):
        """Webhook ResponseType: The ResponseType of a Flinks webhook; the body is the API payload itself, without an envelope. Flinks also sends Investments, Flinks Pay and Flinks Upload fraud-alert webhooks, whose ResponseType values are not published.

        Wire field: webhook.ResponseType."""

        KYC = "KYC"
        GetAccountsDetail = "GetAccountsDetail"

    register(
        WebhookResponseType,
        lambda: (
            CodeSetInfo(
                provider="flinks",
                id="webhook_response_type",
                title="Webhook ResponseType",
                description="The ResponseType of a Flinks webhook; the body is the API payload itself, without an envelope. Flinks also sends Investments, Flinks Pay and Flinks Upload fraud-alert webhooks, whose ResponseType values are not published.",
                field="webhook.ResponseType",
                sources=(_S["flinks-webhooks-intro"],),
            ),
            (
                CodeInfo(
                    value="KYC",
                    description="The account holder's data, sent early in the flow.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["flinks-webhooks-intro"], _S["flinks-kyc"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/flinks/webhook_response_type/#KYC",
                    editorial=True,
                ),
                CodeInfo(
                    value="GetAccountsDetail",
                    description="The same body as a 200 GetAccountsDetail response.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["flinks-webhooks-intro"], _S["flinks-getaccountsdetail"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/flinks/webhook_response_type/#GetAccountsDetail",
                    editorial=True,
                ),
            ),
        ),
        {},
    )
    return WebhookResponseType


def _CODE_SETS() -> tuple[object, ...]:
    return tuple(
        getattr(_PUBLIC, name)
        for name in (
            "FdxErrorCode",
            "ApiErrorCode",
            "ConnectError",
            "ConnectStep",
            "WebhookResponseType",
        )
    )
