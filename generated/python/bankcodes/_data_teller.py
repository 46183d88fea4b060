# generated from spec/catalog.json — do not edit (run `make generate`)
"""The builders of bankcodes.teller's names, loaded on the first use of any of them, so that importing the provider's module reads none of its data."""

from __future__ import annotations

import importlib

from bankcodes._base import CodeEnum, NumericCodeEnum, register
from bankcodes._records import CodeInfo, CodeSetInfo, HttpStatus, Source, Wording
from bankcodes.categories import Category as _C

#: The public module, whose names the builders use (each built on first use there).
_PUBLIC = importlib.import_module("bankcodes.teller")
#: The documents its facts come from, by id.
_S = {
    "teller-errors": Source(
        id="teller-errors",
        kind="doc",
        title="Teller Docs: Errors (a capture of 2026-11-28, read from its start to the error object's first field)",
        url="https://teller.io/docs/api/errors",
        read_in_part="A stored copy of the page, read from its start: its introduction, its whole Status Codes list (200, 400, 401, 403, 404, 410, 422 and 502) and the example error object, cut in The Error Object's first field (\"An object describing the error conditi\"): the rest of the error object's fields, and whether the page lists error codes beyond its example, were not read.",
    ),
    "teller-errors-copy": Source(
        id="teller-errors-copy",
        kind="doc",
        title="Teller Docs: Errors (a whole capture of the page as Markdown, kept in a public repository the search tool does not name: its Status Codes with 429, the Error Object's fields, Enrollment Errors and the Enrollment Error Codes list)",
        url="https://teller.io/docs/api/errors",
    ),
    "teller-webhooks": Source(
        id="teller-webhooks",
        kind="doc",
        title="Teller Docs: Webhooks (a capture to the Webhook Object's type field)",
        url="https://teller.io/docs/api/webhooks",
        read_in_part="A stored copy of the page, read from its start through Registering Webhooks, Consuming Webhooks, the example webhook payload and the Webhook Object's fields id, payload and timestamp, cut at the first value of type: the rest of the types, the disconnect reasons other than the example's, and how deliveries are signed and verified (the page says it tells how to \"verify webhook notifications\") were not read.",
    ),
    "teller-webhooks-types": Source(
        id="teller-webhooks-types",
        kind="doc",
        title="Teller Docs: Webhooks (a capture of the Webhook Object's type list)",
        url="https://teller.io/docs/api/webhooks",
        read_in_part='Another stored copy of the page, whose Webhook Object section was read to its list of types, cut in the second ("transactions.processed — Sent when tra"): the rest of the list and of the page were not read.',
    ),
    "teller-connect-react-types": Source(
        id="teller-connect-react-types",
        kind="repo",
        title="Teller: teller-connect-react 0.2.3, src/types/index.ts (TellerConnectFailure, the object onFailure receives)",
        url="https://github.com/tellerhq/teller-connect-react/blob/24e0fcda25483f0d9cecb2d4ef2fbecc130e6e93/src/types/index.ts",
    ),
    "teller-tellerkit-swiftinterface": Source(
        id="teller-tellerkit-swiftinterface",
        kind="repo",
        title="Teller: TellerKit (iOS), the public interface of its framework (arm64-apple-ios.swiftinterface): Teller.Account.Status",
        url="https://github.com/tellerhq/tellerkit/blob/04d5e48c79f5e2ccfe6db816c708237ac17db950/TellerKit.xcframework/ios-arm64/TellerKit.framework/Modules/TellerKit.swiftmodule/arm64-apple-ios.swiftinterface",
    ),
}


def _ErrorCode() -> type[CodeEnum]:
    class ErrorCode(CodeEnum):
        """API error code: The code of a failed Teller API request's error object (error.code: "The error condition."). The Errors page gives the example's bad_request and lists the Enrollment Error Codes whole: "When your application makes a request involving a disconnected enrollment Teller returns a 404 status code with an error code beginning with enrollment.disconnected." The categories are bankcodes' reading.

        Wire field: error.code."""

        bad_request = "bad_request"
        enrollment_disconnected = "enrollment.disconnected"
        enrollment_disconnected_account_locked = "enrollment.disconnected.account_locked"
        enrollment_disconnected_credentials_invalid = "enrollment.disconnected.credentials_invalid"
        enrollment_disconnected_enrollment_inactive = "enrollment.disconnected.enrollment_inactive"
        enrollment_disconnected_user_action_captcha_required = (
            "enrollment.disconnected.user_action.captcha_required"
        )
        enrollment_disconnected_user_action_contact_information_required = (
            "enrollment.disconnected.user_action.contact_information_required"
        )
        enrollment_disconnected_user_action_insufficient_permissions = (
            "enrollment.disconnected.user_action.insufficient_permissions"
        )
        enrollment_disconnected_user_action_mfa_required = (
            "enrollment.disconnected.user_action.mfa_required"
        )
        enrollment_disconnected_user_action_web_login_required = (
            "enrollment.disconnected.user_action.web_login_required"
        )

    register(
        ErrorCode,
        lambda: (
            CodeSetInfo(
                provider="teller",
                id="error_code",
                title="API error code",
                description='The code of a failed Teller API request\'s error object (error.code: "The error condition."). The Errors page gives the example\'s bad_request and lists the Enrollment Error Codes whole: "When your application makes a request involving a disconnected enrollment Teller returns a 404 status code with an error code beginning with enrollment.disconnected." The categories are bankcodes\' reading.',
                field="error.code",
                sources=(_S["teller-errors"], _S["teller-errors-copy"]),
            ),
            (
                CodeInfo(
                    value="bad_request",
                    description="Missing certificate: Retry request using your Teller client certificate.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["teller-errors"], _S["teller-errors-copy"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=400,
                            sources=(_S["teller-errors"],),
                            cause="Used when a request that requires a client certificate is made without one.",
                            cause_by="provider",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["teller-errors"], _S["teller-errors-copy"]),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/teller/error_code/#bad_request",
                    message="Missing certificate: Retry request using your Teller client certificate.",
                    notes="The example error object carries a code and a message only; the Status Codes list says 400 Bad Request is used when a request that requires a client certificate is made without one, which is the example's message.",
                ),
                CodeInfo(
                    value="enrollment.disconnected",
                    description="A generic error used for when no more information is available.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["teller-errors-copy"],),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=404,
                            sources=(_S["teller-errors-copy"],),
                            cause="When your application makes a request involving a disconnected enrollment Teller returns a 404 status code with an error code beginning with enrollment.disconnected.",
                            cause_by="provider",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["teller-errors-copy"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/teller/error_code/#enrollment.disconnected",
                    notes='The page: "To restore an unhealthy enrollment initialize Teller Connect in update mode and direct the user to reconnect." The category is bankcodes\' reading of that note.',
                ),
                CodeInfo(
                    value="enrollment.disconnected.account_locked",
                    description="Access to the account has been restricted by the financial institution.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["teller-errors-copy"],),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=404,
                            sources=(_S["teller-errors-copy"],),
                            cause="When your application makes a request involving a disconnected enrollment Teller returns a 404 status code with an error code beginning with enrollment.disconnected.",
                            cause_by="provider",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["teller-errors-copy"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/teller/error_code/#enrollment.disconnected.account_locked",
                    notes="The page: \"To restore an unhealthy enrollment initialize Teller Connect in update mode and direct the user to reconnect.\" The institution restricted the account: the end user settles it with the institution before reconnecting in Teller Connect's update mode (bankcodes' reading).",
                ),
                CodeInfo(
                    value="enrollment.disconnected.credentials_invalid",
                    description="The end-user changed their authentication credentials to access the financial institution.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["teller-errors-copy"],),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=404,
                            sources=(_S["teller-errors-copy"],),
                            cause="When your application makes a request involving a disconnected enrollment Teller returns a 404 status code with an error code beginning with enrollment.disconnected.",
                            cause_by="provider",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["teller-errors-copy"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/teller/error_code/#enrollment.disconnected.credentials_invalid",
                    notes='The page: "To restore an unhealthy enrollment initialize Teller Connect in update mode and direct the user to reconnect." The category is bankcodes\' reading of that note.',
                ),
                CodeInfo(
                    value="enrollment.disconnected.enrollment_inactive",
                    description="The enrollment has become disconnected due to inactivity.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["teller-errors-copy"],),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=404,
                            sources=(_S["teller-errors-copy"],),
                            cause="When your application makes a request involving a disconnected enrollment Teller returns a 404 status code with an error code beginning with enrollment.disconnected.",
                            cause_by="provider",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["teller-errors-copy"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/teller/error_code/#enrollment.disconnected.enrollment_inactive",
                    notes='The page: "To restore an unhealthy enrollment initialize Teller Connect in update mode and direct the user to reconnect." The category is bankcodes\' reading of that note.',
                ),
                CodeInfo(
                    value="enrollment.disconnected.user_action.captcha_required",
                    description="The end-user is required to solve a CAPTCHA.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["teller-errors-copy"],),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=404,
                            sources=(_S["teller-errors-copy"],),
                            cause="When your application makes a request involving a disconnected enrollment Teller returns a 404 status code with an error code beginning with enrollment.disconnected.",
                            cause_by="provider",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["teller-errors-copy"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/teller/error_code/#enrollment.disconnected.user_action.captcha_required",
                    notes='The page: "To restore an unhealthy enrollment initialize Teller Connect in update mode and direct the user to reconnect." The category is bankcodes\' reading of that note.',
                ),
                CodeInfo(
                    value="enrollment.disconnected.user_action.contact_information_required",
                    description="The end-user is required to update their contact information.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["teller-errors-copy"],),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=404,
                            sources=(_S["teller-errors-copy"],),
                            cause="When your application makes a request involving a disconnected enrollment Teller returns a 404 status code with an error code beginning with enrollment.disconnected.",
                            cause_by="provider",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["teller-errors-copy"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/teller/error_code/#enrollment.disconnected.user_action.contact_information_required",
                    notes='The page: "To restore an unhealthy enrollment initialize Teller Connect in update mode and direct the user to reconnect." The category is bankcodes\' reading of that note.',
                ),
                CodeInfo(
                    value="enrollment.disconnected.user_action.insufficient_permissions",
                    description="The end-user does not have the required permissions to perform the requested operation.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["teller-errors-copy"],),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=404,
                            sources=(_S["teller-errors-copy"],),
                            cause="When your application makes a request involving a disconnected enrollment Teller returns a 404 status code with an error code beginning with enrollment.disconnected.",
                            cause_by="provider",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["teller-errors-copy"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/teller/error_code/#enrollment.disconnected.user_action.insufficient_permissions",
                    notes='The page: "To restore an unhealthy enrollment initialize Teller Connect in update mode and direct the user to reconnect." The category is bankcodes\' reading of that note.',
                ),
                CodeInfo(
                    value="enrollment.disconnected.user_action.mfa_required",
                    description="The end-user is required to complete a MFA challenge.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["teller-errors-copy"],),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=404,
                            sources=(_S["teller-errors-copy"],),
                            cause="When your application makes a request involving a disconnected enrollment Teller returns a 404 status code with an error code beginning with enrollment.disconnected.",
                            cause_by="provider",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["teller-errors-copy"],)
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["teller-errors-copy"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/teller/error_code/#enrollment.disconnected.user_action.mfa_required",
                    message="User MFA is required.",
                    notes="The page's example error object carries this code and message. The page: \"To restore an unhealthy enrollment initialize Teller Connect in update mode and direct the user to reconnect.\" The category is bankcodes' reading of that note.",
                ),
                CodeInfo(
                    value="enrollment.disconnected.user_action.web_login_required",
                    description="The end-user is required to login to the financial institution's web online-banking, e.g. to accept FI terms and conditions.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["teller-errors-copy"],),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=404,
                            sources=(_S["teller-errors-copy"],),
                            cause="When your application makes a request involving a disconnected enrollment Teller returns a 404 status code with an error code beginning with enrollment.disconnected.",
                            cause_by="provider",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["teller-errors-copy"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/teller/error_code/#enrollment.disconnected.user_action.web_login_required",
                    notes="The page: \"To restore an unhealthy enrollment initialize Teller Connect in update mode and direct the user to reconnect.\" The end user signs in to the institution's own online banking first, then reconnects in Teller Connect's update mode (bankcodes' reading).",
                ),
            ),
        ),
        {},
    )
    return ErrorCode


def _ResponseStatus() -> type[NumericCodeEnum]:
    class ResponseStatus(NumericCodeEnum):
        """API response status: The HTTP status of a Teller API response, as the Errors page's Status Codes list ("a list of status codes currently in use by the Teller API", read whole; a later copy of the page adds 429) describes it. The categories are bankcodes' reading.

        Wire field: the HTTP status of an API response."""

        OK = 200
        BAD_REQUEST = 400
        UNAUTHORIZED = 401
        FORBIDDEN = 403
        NOT_FOUND = 404
        GONE = 410
        UNPROCESSABLE_ENTITY = 422
        TOO_MANY_REQUESTS = 429
        BAD_GATEWAY = 502

    register(
        ResponseStatus,
        lambda: (
            CodeSetInfo(
                provider="teller",
                id="response_status",
                title="API response status",
                description="The HTTP status of a Teller API response, as the Errors page's Status Codes list (\"a list of status codes currently in use by the Teller API\", read whole; a later copy of the page adds 429) describes it. The categories are bankcodes' reading.",
                field="the HTTP status of an API response",
                sources=(_S["teller-errors"], _S["teller-errors-copy"]),
            ),
            (
                CodeInfo(
                    value="200",
                    description="A successful request.",
                    category=_C.SUCCESS,
                    sources=(_S["teller-errors"], _S["teller-errors-copy"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["teller-errors"], _S["teller-errors-copy"]),
                        ),
                    ),
                    page="reference/teller/response_status/#200",
                ),
                CodeInfo(
                    value="400",
                    description="The request was unacceptable. Used when a request that requires a client certificate is made without one.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["teller-errors"], _S["teller-errors-copy"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["teller-errors"], _S["teller-errors-copy"]),
                        ),
                    ),
                    page="reference/teller/response_status/#400",
                ),
                CodeInfo(
                    value="401",
                    description="A request was made without an access token where one was required.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["teller-errors"], _S["teller-errors-copy"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["teller-errors"], _S["teller-errors-copy"]),
                        ),
                    ),
                    page="reference/teller/response_status/#401",
                ),
                CodeInfo(
                    value="403",
                    description="A request was made with an invalid or revoked access token.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["teller-errors"], _S["teller-errors-copy"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["teller-errors"], _S["teller-errors-copy"]),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/teller/response_status/#403",
                    notes="An access token belongs to an enrollment: a revoked one no longer reads it, and the end user enrolls again through Teller Connect (bankcodes' reading; an invalid token is the integration's error).",
                ),
                CodeInfo(
                    value="404",
                    description="The requested resource was not found.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["teller-errors"], _S["teller-errors-copy"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["teller-errors"], _S["teller-errors-copy"]),
                        ),
                    ),
                    page="reference/teller/response_status/#404",
                ),
                CodeInfo(
                    value="410",
                    description="Indicates that the resource requested is no longer available and that condition is permanent, e.g. because a financial account was closed.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["teller-errors"], _S["teller-errors-copy"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["teller-errors"], _S["teller-errors-copy"]),
                        ),
                    ),
                    page="reference/teller/response_status/#410",
                ),
                CodeInfo(
                    value="422",
                    description="A request was made with an invalid request body.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["teller-errors"], _S["teller-errors-copy"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["teller-errors"], _S["teller-errors-copy"]),
                        ),
                    ),
                    page="reference/teller/response_status/#422",
                ),
                CodeInfo(
                    value="429",
                    description="Indicates that the application has exceeded its rate limit by sending too many requests in a given time period and that this request was denied.",
                    category=_C.RATE_LIMITED,
                    sources=(_S["teller-errors-copy"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["teller-errors-copy"],)
                        ),
                    ),
                    page="reference/teller/response_status/#429",
                ),
                CodeInfo(
                    value="502",
                    description="A 500 level response was received when making a request to a financial institution where a graceful fallback is not possible, e.g. a payment instruction.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["teller-errors"], _S["teller-errors-copy"]),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["teller-errors"], _S["teller-errors-copy"]),
                        ),
                    ),
                    page="reference/teller/response_status/#502",
                ),
            ),
        ),
        {},
    )
    return ResponseStatus


def _WebhookType() -> type[CodeEnum]:
    class WebhookType(CodeEnum):
        """Webhook type: The type of a Teller webhook (type), "The type of the event". The list of types was read to its second entry; transactions.processed's description is cut there and webhook.test is named in the payload field's description, so their descriptions are bankcodes' words.

        Wire field: type (webhook)."""

        enrollment_disconnected = "enrollment.disconnected"
        transactions_processed = "transactions.processed"
        webhook_test = "webhook.test"

    register(
        WebhookType,
        lambda: (
            CodeSetInfo(
                provider="teller",
                id="webhook_type",
                title="Webhook type",
                description="The type of a Teller webhook (type), \"The type of the event\". The list of types was read to its second entry; transactions.processed's description is cut there and webhook.test is named in the payload field's description, so their descriptions are bankcodes' words.",
                field="type (webhook)",
                sources=(_S["teller-webhooks"], _S["teller-webhooks-types"]),
            ),
            (
                CodeInfo(
                    value="enrollment.disconnected",
                    description="Sent when the enrollment disconnected",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["teller-webhooks-types"], _S["teller-webhooks"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["teller-webhooks-types"], _S["teller-webhooks"]),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/teller/webhook_type/#enrollment.disconnected",
                    notes='The page: "when an enrollment is disconnected and the user should reconnect using Teller Connect, Teller will send you a webhook event of type enrollment.disconnected".',
                ),
                CodeInfo(
                    value="transactions.processed",
                    description="Transactions were processed for an enrollment.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["teller-webhooks-types"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/teller/webhook_type/#transactions.processed",
                    editorial=True,
                    notes='Teller\'s own description is cut in the copy read ("Sent when tra").',
                ),
                CodeInfo(
                    value="webhook.test",
                    description="A test webhook; its payload is an empty object.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["teller-webhooks"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/teller/webhook_type/#webhook.test",
                    editorial=True,
                    notes='The payload field: "Event specific data or an empty object if \\"type\\": \\"webhook.test\\"".',
                ),
            ),
        ),
        {},
    )
    return WebhookType


def _DisconnectReason() -> type[CodeEnum]:
    class DisconnectReason(CodeEnum):
        """Disconnect reason: Why an enrollment disconnected (payload.reason of an enrollment.disconnected webhook). Only the example's reason was read: the list of reasons was not.

        Wire field: payload.reason (enrollment.disconnected)."""

        disconnected_account_locked = "disconnected.account_locked"

    register(
        DisconnectReason,
        lambda: (
            CodeSetInfo(
                provider="teller",
                id="disconnect_reason",
                title="Disconnect reason",
                description="Why an enrollment disconnected (payload.reason of an enrollment.disconnected webhook). Only the example's reason was read: the list of reasons was not.",
                field="payload.reason (enrollment.disconnected)",
                sources=(_S["teller-webhooks"],),
            ),
            (
                CodeInfo(
                    value="disconnected.account_locked",
                    description="an enrollment has entered a disconnected state because the financial institution has completely locked the account",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["teller-webhooks"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["teller-webhooks"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/teller/disconnect_reason/#disconnected.account_locked",
                    notes='The page goes on: "This may happen for legal reasons, because an account has been involved in fraud, or an attacker has repeatedly tried to login by guessing the end user\'s credentials."',
                ),
            ),
        ),
        {},
    )
    return DisconnectReason


def _AccountStatus() -> type[CodeEnum]:
    class AccountStatus(CodeEnum):
        """Account status: The status of a Teller account, as TellerKit's Teller.Account.Status lists it (its public interface read in the Account type). The descriptions are bankcodes' words; the categories bankcodes' reading.

        Wire field: status (Account)."""

        open = "open"
        closed = "closed"

    register(
        AccountStatus,
        lambda: (
            CodeSetInfo(
                provider="teller",
                id="account_status",
                title="Account status",
                description="The status of a Teller account, as TellerKit's Teller.Account.Status lists it (its public interface read in the Account type). The descriptions are bankcodes' words; the categories bankcodes' reading.",
                field="status (Account)",
                sources=(_S["teller-tellerkit-swiftinterface"],),
            ),
            (
                CodeInfo(
                    value="open",
                    description="The account is open.",
                    category=_C.SUCCESS,
                    sources=(_S["teller-tellerkit-swiftinterface"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/teller/account_status/#open",
                    editorial=True,
                ),
                CodeInfo(
                    value="closed",
                    description="The account is closed.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["teller-tellerkit-swiftinterface"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/teller/account_status/#closed",
                    editorial=True,
                ),
            ),
        ),
        {},
    )
    return AccountStatus


def _ConnectFailureCode() -> type[CodeEnum]:
    class ConnectFailureCode(CodeEnum):
        """Teller Connect failure code: The code of the failure Teller Connect passes to onFailure (TellerConnectFailure.code, beside its type, payee or payment, and a message), as teller-connect-react 0.2.3 types it. The descriptions are bankcodes' words; the categories bankcodes' reading.

        Wire field: failure.code (onFailure)."""

        timeout = "timeout"
        error = "error"

    register(
        ConnectFailureCode,
        lambda: (
            CodeSetInfo(
                provider="teller",
                id="connect_failure_code",
                title="Teller Connect failure code",
                description="The code of the failure Teller Connect passes to onFailure (TellerConnectFailure.code, beside its type, payee or payment, and a message), as teller-connect-react 0.2.3 types it. The descriptions are bankcodes' words; the categories bankcodes' reading.",
                field="failure.code (onFailure)",
                sources=(_S["teller-connect-react-types"],),
            ),
            (
                CodeInfo(
                    value="timeout",
                    description="The payee or payment flow timed out.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["teller-connect-react-types"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/teller/connect_failure_code/#timeout",
                    editorial=True,
                ),
                CodeInfo(
                    value="error",
                    description="The payee or payment flow failed.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["teller-connect-react-types"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/teller/connect_failure_code/#error",
                    editorial=True,
                ),
            ),
        ),
        {},
    )
    return ConnectFailureCode


def _CODE_SETS() -> tuple[object, ...]:
    return tuple(
        getattr(_PUBLIC, name)
        for name in (
            "ErrorCode",
            "ResponseStatus",
            "WebhookType",
            "DisconnectReason",
            "AccountStatus",
            "ConnectFailureCode",
        )
    )
