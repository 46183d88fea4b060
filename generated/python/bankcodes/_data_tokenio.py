# generated from spec/catalog.json — do not edit (run `make generate`)
"""The builders of bankcodes.tokenio's names, loaded on the first use of any of them, so that importing the provider's module reads none of its data."""

from __future__ import annotations

import importlib

from bankcodes._base import CodeEnum, register
from bankcodes._records import CodeInfo, CodeSetInfo, HttpStatus, Source, Wording
from bankcodes.categories import Category as _C

#: The public module, whose names the builders use (each built on first use there).
_PUBLIC = importlib.import_module("bankcodes.tokenio")
#: The documents its facts come from, by id.
_S = {
    "tokenio-docs-sip-v2-considerations": Source(
        id="tokenio-docs-sip-v2-considerations",
        kind="doc",
        title="Token.io docs: Single Immediate Payments v2, considerations (recovery flow, payment status)",
        url="https://docs.token.io/products/tpp/sip/sip-v2/sip-v2-considerations",
        read_in_part="A stored copy of the page from its Recovery flow section to the first row of its Payment status table (INITIATION_PENDING), cut in that row's last cell; the table's other rows and the rest of the page were not read.",
    ),
    "tokenio-docs-initiate-payment": Source(
        id="tokenio-docs-initiate-payment",
        kind="doc",
        title="Token.io API reference: Payments v2, Initiate a payment (POST /v2/payments)",
        url="https://docs.token.io/products/tpp/api/reference/payments-v2/initiatepayment",
        read_in_part="A stored copy of the operation's description from its start to its request-timeout header paragraph, cut in it; the request and response schemas were not read.",
    ),
    "tokenio-support-pending-redemption": Source(
        id="tokenio-support-pending-redemption",
        kind="doc",
        title="Token.io support: Why are my requests ending in INITIATION_PENDING_REDEMPTION?",
        url="https://support.token.io/hc/en-us/articles/25758366734745-Why-are-my-requests-ending-in-INITIATION-PENDING-REDEMPTION",
    ),
    "tokenio-support-error-codes": Source(
        id="tokenio-support-error-codes",
        kind="doc",
        title="Token.io support: What Error Codes does Token.io support?",
        url="https://support.token.io/hc/en-us/articles/22763530657561-What-Error-Codes-does-Token-io-support",
        read_in_part="A stored copy of the article: its HTTP errors table whole, and its gRPC errors section to the sentence on a bank error's code 12, cut in it; the rest (its gRPC and JSON error lists) was not read.",
    ),
    "tokenio-dev-error-codes": Source(
        id="tokenio-dev-error-codes",
        kind="doc",
        title="Token.io developer docs (TPP SDK): Error Codes, the gRPC errors its APIs throw",
        url="https://developer-beta.token.io/token_tpp_sdk_doc/content/a-tpp_onboarding/supplementals/error_codes.htm",
        read_in_part="A stored copy of the page from its start through the List of Exceptions' rows 0 (OK) to 9 (FAILED_PRECONDITION), cut at the name of row 10; rows 10 and after were not read.",
    ),
    "grpc-status-codes": Source(
        id="grpc-status-codes",
        kind="repo",
        title="gRPC: include/grpc/impl/codegen/status.h, gRPC's status codes (grpc_status_code) with their numbers and what each means",
        url="https://github.com/grpc/grpc/blob/9b7e3b3dea8825df87a81f1a05e2ee8f740290a0/include/grpc/impl/codegen/status.h",
    ),
    "tokenio-dev-payments-v1-considerations": Source(
        id="tokenio-dev-payments-v1-considerations",
        kind="doc",
        title="Token.io developer docs: Payments v1 considerations, callback for API-only integration",
        url="https://developer-beta.token.io/token_rest_api_doc/content/e-rest/pis/v1/payments-v1-considerations.htm",
        read_in_part="A stored copy of the page's section Callback for API-only integration, from its start to the JSON form of the error callback, cut in its message; the callback URL with the error was read whole, the rest of the page was not.",
    ),
    "tokenio-docs-hp-v1-callback": Source(
        id="tokenio-docs-hp-v1-callback",
        kind="doc",
        title="Token.io docs: Hosted Pages v1, Callback for Hosted Pages",
        url="https://docs.token.io/products/tpp/hosted-pages/hosted-pages-v1/hosted-pages-v1-callback-for-hosted-pages",
    ),
    "tokenio-docs-webhooks": Source(
        id="tokenio-docs-webhooks",
        kind="doc",
        title="Token.io docs: Webhooks",
        url="https://docs.token.io/products/tpp/integration-considerations/webhooks",
        read_in_part="A stored copy of the page from its start to the first sentence of its section Set up webhooks using the API, cut before its example; the configuration, any signature or authentication of deliveries, retries and example bodies after it were not read.",
    ),
    "tokenio-dev-dashboard-webhook": Source(
        id="tokenio-dev-dashboard-webhook",
        kind="doc",
        title="Token.io developer docs: Understanding Dashboard Settings, Webhook",
        url="https://developer.token.io/token_rest_api_doc/content/e-rest/dashboard/webhook.htm",
        read_in_part="A stored copy of the page from its start to its note on when the webhook is sent, cut in it ('the webh'): its events (TransferStatusChanged, BulkTransferStatusChanged, StandingOrderStatusChanged) and its pointer to the webhook protobuffer reference for the payloads' definitions were read; that reference and the rest of the page were not read.",
    ),
    "tokenio-dev-working-with-webhooks": Source(
        id="tokenio-dev-working-with-webhooks",
        kind="doc",
        title="Token.io developer docs: Working with Webhooks (payment initiation)",
        url="https://developer.token.io/token_rest_api_doc/content/e-rest/pis/working-with-webhooks.htm",
        read_in_part="A stored copy of the page from its start through the example body of PUT /webhook/config to its table of the request's fields, cut in the type field's available values ('IN'); the rest of the page was not read.",
    ),
    "tokenio-sdk-js-types": Source(
        id="tokenio-sdk-js-types",
        kind="repo",
        title="Token.io: JavaScript SDK, core/src/types.js (the SDK's Flow types: EventType, the event types of a webhook configuration)",
        url="https://github.com/tokenio/sdk-js/blob/3709039009f2ac30b2f81b6bf1f745b0208d4c01/core/src/types.js",
        read_in_part="The EventType union and the WebhookConfig type (a url and a list of event types) were read, with the SDK's WebhookSample (tpp/sample/WebhookSample.js), its test and the client's setWebhookConfig (PUT /webhook/config); the file's other types were not.",
    ),
    "tokenio-dev-status-codes": Source(
        id="tokenio-dev-status-codes",
        kind="doc",
        title="Token.io developer docs (TPP SDK): Understanding Payment Initiation Status: Values and Meaning (a transfer's status, Payments v1)",
        url="https://developer.token.io/token_tpp_sdk_doc/content/0_-_common/status_codes.htm",
        read_in_part='A stored copy of the page from its start through its table of statuses (read whole, ten rows) and the paragraph after it, cut at "Please be"; the rest of the page was not read.',
    ),
    "tokenio-docs-sip-v1-payment-initiation-status": Source(
        id="tokenio-docs-sip-v1-payment-initiation-status",
        kind="doc",
        title="Token.io docs: Single Immediate Payments v1, Payment initiation status (a transfer's status)",
        url="https://docs.token.io/products/tpp/sip/sip-v1/sip-v1-payment-initiation-status",
        read_in_part="A stored copy of the page from its start through its table of statuses to FAILURE_PERMISSION_DENIED, whose description was cut at 'This': its rows PROCESSING, SUCCESS, INITIATED, PENDING, PENDING_EXTERNAL_AUTHORIZATION and FAILURE_GENERIC were read; the rows after it and the rest of the page were not read.",
    ),
}


def _PaymentStatus() -> type[CodeEnum]:
    class PaymentStatus(CodeEnum):
        """Payment status (Payments v2): The status of a Payments v2 payment, in the status field of POST /v2/payments, GET /v2/payments/{paymentId} and POST /v2/payments/{paymentId}/embedded-auth, and of the payment a PAYMENT_STATUS_CHANGED webhook carries. The statuses held are those whose words were read: the first row of the considerations page's table, the statuses the Initiate a payment description tells the TPP to act on, the status it expires to after 40 minutes and INITIATION_PENDING_REDEMPTION of two-step banks.

        Wire field: status of a Payments v2 payment."""

        INITIATION_PENDING = "INITIATION_PENDING"
        INITIATION_PENDING_REDIRECT_AUTH = "INITIATION_PENDING_REDIRECT_AUTH"
        INITIATION_PENDING_REDIRECT_HP = "INITIATION_PENDING_REDIRECT_HP"
        INITIATION_PENDING_REDIRECT_PBL = "INITIATION_PENDING_REDIRECT_PBL"
        INITIATION_PENDING_EMBEDDED_AUTH = "INITIATION_PENDING_EMBEDDED_AUTH"
        INITIATION_PENDING_DECOUPLED_AUTH = "INITIATION_PENDING_DECOUPLED_AUTH"
        INITIATION_PENDING_REDEMPTION = "INITIATION_PENDING_REDEMPTION"
        INITIATION_EXPIRED = "INITIATION_EXPIRED"

    register(
        PaymentStatus,
        lambda: (
            CodeSetInfo(
                provider="tokenio",
                id="payment_status",
                title="Payment status (Payments v2)",
                description="The status of a Payments v2 payment, in the status field of POST /v2/payments, GET /v2/payments/{paymentId} and POST /v2/payments/{paymentId}/embedded-auth, and of the payment a PAYMENT_STATUS_CHANGED webhook carries. The statuses held are those whose words were read: the first row of the considerations page's table, the statuses the Initiate a payment description tells the TPP to act on, the status it expires to after 40 minutes and INITIATION_PENDING_REDEMPTION of two-step banks.",
                field="status of a Payments v2 payment",
                sources=(
                    _S["tokenio-docs-sip-v2-considerations"],
                    _S["tokenio-docs-initiate-payment"],
                    _S["tokenio-support-pending-redemption"],
                ),
            ),
            (
                CodeInfo(
                    value="INITIATION_PENDING",
                    description="Token.io has received the payment initiation and the initiation has passed Token.io's validation. No action is required; await the next step, e.g., Token.io sends a webhook with the status update, or a polling call.",
                    category=_C.PENDING,
                    sources=(
                        _S["tokenio-docs-sip-v2-considerations"],
                        _S["tokenio-docs-initiate-payment"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tokenio-docs-sip-v2-considerations"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/tokenio/payment_status/#INITIATION_PENDING",
                    notes="Given in the initiation response, it means Token.io needs more time with the bank; the status then moves to one of the authentication statuses (the Initiate a payment description).",
                ),
                CodeInfo(
                    value="INITIATION_PENDING_REDIRECT_AUTH",
                    description="The user is to be redirected to the redirect url in the payment's authentication payload, to authenticate at the bank.",
                    category=_C.PENDING,
                    sources=(
                        _S["tokenio-docs-initiate-payment"],
                        _S["tokenio-docs-sip-v2-considerations"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/tokenio/payment_status/#INITIATION_PENDING_REDIRECT_AUTH",
                    editorial=True,
                    notes='Token.io\'s words: "redirect the user to the redirect url found in the authentication payload of the payment, to authenticate at the bank or at Token.io\'s Hosted Pages." Where the user does not log in at the bank, the status "remains as INITIATION_PENDING_REDIRECT_AUTH, changing to INITIATION_EXPIRED after 40 minutes".',
                ),
                CodeInfo(
                    value="INITIATION_PENDING_REDIRECT_HP",
                    description="The user is to be redirected to the redirect url in the payment's authentication payload, to authenticate at Token.io's Hosted Pages.",
                    category=_C.PENDING,
                    sources=(_S["tokenio-docs-initiate-payment"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/tokenio/payment_status/#INITIATION_PENDING_REDIRECT_HP",
                    editorial=True,
                    notes="Token.io's words, shared with INITIATION_PENDING_REDIRECT_AUTH: \"redirect the user to the redirect url found in the authentication payload of the payment, to authenticate at the bank or at Token.io's Hosted Pages.\"",
                ),
                CodeInfo(
                    value="INITIATION_PENDING_REDIRECT_PBL",
                    description="The user will be taken to Token.io’s Hosted Pages, where any missing information (such as amount or reference) can be provided before proceeding with payment authentication.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(_S["tokenio-docs-initiate-payment"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tokenio-docs-initiate-payment"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/tokenio/payment_status/#INITIATION_PENDING_REDIRECT_PBL",
                    notes="The TPP redirects the user to the payment link (the redirect URL in the authentication payload).",
                ),
                CodeInfo(
                    value="INITIATION_PENDING_EMBEDDED_AUTH",
                    description="The requested data listed in the payment's authentication payload is to be collected and provided with POST /v2/payments/{paymentId}/embedded-auth.",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(_S["tokenio-docs-initiate-payment"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/tokenio/payment_status/#INITIATION_PENDING_EMBEDDED_AUTH",
                    editorial=True,
                    notes='Token.io\'s words: "collect the requested data listed in the authentication payload of the payment and use the POST /v2/payments/{paymentId}/embedded-auth endpoint to provide the requested field values."',
                ),
                CodeInfo(
                    value="INITIATION_PENDING_DECOUPLED_AUTH",
                    description="the bank has requested a decoupled authentication from the user and Token.io is awaiting the result. No further action is required.",
                    category=_C.MFA_REQUIRED,
                    sources=(_S["tokenio-docs-initiate-payment"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tokenio-docs-initiate-payment"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/tokenio/payment_status/#INITIATION_PENDING_DECOUPLED_AUTH",
                    notes="The user approves at the bank, away from the TPP's page (bankcodes' reading of a decoupled authentication); the TPP waits.",
                ),
                CodeInfo(
                    value="INITIATION_PENDING_REDEMPTION",
                    description="INITIATION_PENDING_REDEMPTION is a transaction status which can be assigned to 2-step payments in Token.io's V2 Payments API.",
                    category=_C.PENDING,
                    sources=(_S["tokenio-support-pending-redemption"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tokenio-support-pending-redemption"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/tokenio/payment_status/#INITIATION_PENDING_REDEMPTION",
                    notes="\"2-step banks require an additional step to redeem the token for a payment. In order for a payment to move past INITIATION_PENDING_REDEMPTION status, auto-redemption will need to be enabled.\" Auto-redemption is enabled per member, by Token.io: a payment that stays here is the integrator's to raise with Token.io (bankcodes' reading).",
                ),
                CodeInfo(
                    value="INITIATION_EXPIRED",
                    description="The payment expired: the user did not authenticate at the bank in time.",
                    category=_C.SESSION_EXPIRED,
                    sources=(_S["tokenio-docs-sip-v2-considerations"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/tokenio/payment_status/#INITIATION_EXPIRED",
                    editorial=True,
                    notes="Token.io's words: \"the user was not able to login to the bank authorization page and the status remains as INITIATION_PENDING_REDIRECT_AUTH, changing to INITIATION_EXPIRED after 40 minutes.\" A new payment is needed (bankcodes' reading).",
                ),
            ),
        ),
        {},
    )
    return PaymentStatus


def _CallbackErrorCode() -> type[CodeEnum]:
    class CallbackErrorCode(CodeEnum):
        """Callback error code (gRPC status): The gRPC status code Token.io puts in the error query parameter of its callback to the TPP when a bank authorisation fails, with a message and a trace-id ("If the callback is unsuccessful, a gRPC code is displayed"); the same codes its APIs throw, whose names and meanings its Error Codes page lists. Values are the numbers as the query string carries them. Token.io's table was read through row 9: rows 10, 11, 13, 15 and 16 are gRPC's standard codes in gRPC's own words (its status.h), which Token.io says its APIs throw; 12 and 14 are in Token.io's words from its other pages.

        Wire field: error (query parameter of Token.io's error callback to the TPP's callback URL: a gRPC status code, a number)."""

        OK = "0"
        CANCELED = "1"
        UNKNOWN = "2"
        INVALID_ARGUMENTS = "3"
        DEADLINE_EXCEEDED = "4"
        NOT_FOUND = "5"
        ALREADY_EXISTS = "6"
        PERMISSION_DENIED = "7"
        RESOURCE_EXHAUSTED = "8"
        FAILED_PRECONDITION = "9"
        ABORTED = "10"
        OUT_OF_RANGE = "11"
        UNIMPLEMENTED = "12"
        INTERNAL = "13"
        UNAVAILABLE = "14"
        DATA_LOSS = "15"
        UNAUTHENTICATED = "16"

    register(
        CallbackErrorCode,
        lambda: (
            CodeSetInfo(
                provider="tokenio",
                id="callback_error_code",
                title="Callback error code (gRPC status)",
                description="The gRPC status code Token.io puts in the error query parameter of its callback to the TPP when a bank authorisation fails, with a message and a trace-id (\"If the callback is unsuccessful, a gRPC code is displayed\"); the same codes its APIs throw, whose names and meanings its Error Codes page lists. Values are the numbers as the query string carries them. Token.io's table was read through row 9: rows 10, 11, 13, 15 and 16 are gRPC's standard codes in gRPC's own words (its status.h), which Token.io says its APIs throw; 12 and 14 are in Token.io's words from its other pages.",
                field="error (query parameter of Token.io's error callback to the TPP's callback URL: a gRPC status code, a number)",
                sources=(
                    _S["tokenio-dev-error-codes"],
                    _S["tokenio-dev-payments-v1-considerations"],
                ),
            ),
            (
                CodeInfo(
                    value="0",
                    description="Operation completed successfully",
                    category=_C.SUCCESS,
                    sources=(
                        _S["tokenio-dev-error-codes"],
                        _S["tokenio-dev-payments-v1-considerations"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["tokenio-dev-error-codes"],
                                _S["tokenio-dev-payments-v1-considerations"],
                            ),
                        ),
                    ),
                    page="reference/tokenio/callback_error_code/#0",
                ),
                CodeInfo(
                    value="1",
                    description="Operation was canceled; typically, by the caller",
                    category=_C.CANCELLED,
                    sources=(
                        _S["tokenio-dev-error-codes"],
                        _S["tokenio-dev-payments-v1-considerations"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["tokenio-dev-error-codes"],
                                _S["tokenio-dev-payments-v1-considerations"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/tokenio/callback_error_code/#1",
                    notes="Token.io's table spells its name canceled.",
                ),
                CodeInfo(
                    value="2",
                    description="Unknown error; e.g., a status value was received from an unknown error space or an API call returned an error with incomplete information.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["tokenio-dev-error-codes"],
                        _S["tokenio-dev-payments-v1-considerations"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["tokenio-dev-error-codes"],
                                _S["tokenio-dev-payments-v1-considerations"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/tokenio/callback_error_code/#2",
                    notes='Token.io adds: "A special case that will generate an Error 2 is when an access_denied status is returned by the bank. This invariably occurs when the user cancels, rejects, or otherwise fails to give consent and authorization approval to the bank for the TPP\'s request."',
                ),
                CodeInfo(
                    value="3",
                    description="Client specified an incomplete argument",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["tokenio-dev-error-codes"], _S["tokenio-support-error-codes"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=400, sources=(_S["tokenio-support-error-codes"],)),),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tokenio-dev-error-codes"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/tokenio/callback_error_code/#3",
                    notes="Token.io's table spells its name INVALID_ARGUMENTS (gRPC's is INVALID_ARGUMENT); its HTTP errors table answers it with 400.",
                ),
                CodeInfo(
                    value="4",
                    description="Deadline expired before operation could complete",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["tokenio-dev-error-codes"], _S["tokenio-support-error-codes"]),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=504, sources=(_S["tokenio-support-error-codes"],)),),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tokenio-dev-error-codes"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/tokenio/callback_error_code/#4",
                    notes="Answered over HTTP with 504 (\"The deadline expired (DEADLINE_EXCEEDED) before the operation could complete.\"). Token.io recommends a request-timeout header on POST /v2/payments to avoid it; the payment's status is updated once the bank answers (bankcodes' reading of the category: the bank was slow).",
                ),
                CodeInfo(
                    value="5",
                    description="Requested entity, such as a file or directory, was not found",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["tokenio-dev-error-codes"],
                        _S["tokenio-dev-payments-v1-considerations"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["tokenio-dev-error-codes"],
                                _S["tokenio-dev-payments-v1-considerations"],
                            ),
                        ),
                    ),
                    page="reference/tokenio/callback_error_code/#5",
                ),
                CodeInfo(
                    value="6",
                    description="Attempt to create entity, such as a file or directory, that already exists",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["tokenio-dev-error-codes"],
                        _S["tokenio-dev-payments-v1-considerations"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["tokenio-dev-error-codes"],
                                _S["tokenio-dev-payments-v1-considerations"],
                            ),
                        ),
                    ),
                    page="reference/tokenio/callback_error_code/#6",
                ),
                CodeInfo(
                    value="7",
                    description="Caller does not have the required permission to execute the operation specified. This error message will be accompanied by the reason from the bank. Typically means the access token has expired and the TPP needs its user to re-authenticate with the bank",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["tokenio-dev-error-codes"], _S["tokenio-support-error-codes"]),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=403, sources=(_S["tokenio-support-error-codes"],)),),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tokenio-dev-error-codes"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/tokenio/callback_error_code/#7",
                    notes="Answered over HTTP with 403.",
                ),
                CodeInfo(
                    value="8",
                    description="Resource, such as a per-user quota or file system, is exhausted (out of space)",
                    category=_C.RATE_LIMITED,
                    sources=(_S["tokenio-dev-error-codes"], _S["tokenio-support-error-codes"]),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=429, sources=(_S["tokenio-support-error-codes"],)),),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tokenio-dev-error-codes"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/tokenio/callback_error_code/#8",
                    notes='Answered over HTTP with 429 ("Too many requests: Resource exhausted.").',
                ),
                CodeInfo(
                    value="9",
                    description="Operation rejected because the current system state cannot support execution",
                    category=_C.REJECTED,
                    sources=(
                        _S["tokenio-dev-error-codes"],
                        _S["tokenio-dev-payments-v1-considerations"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["tokenio-dev-error-codes"],
                                _S["tokenio-dev-payments-v1-considerations"],
                            ),
                        ),
                    ),
                    page="reference/tokenio/callback_error_code/#9",
                ),
                CodeInfo(
                    value="10",
                    description="The operation was aborted, typically due to a concurrency issue like sequencer check failures, transaction aborts, etc.",
                    category=_C.CONCURRENT_OPERATION,
                    sources=(_S["tokenio-dev-error-codes"], _S["grpc-status-codes"]),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["grpc-status-codes"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/tokenio/callback_error_code/#10",
                    notes="Past the part of Token.io's table read (its copy stops at row 10's name); Token.io's APIs \"throw the following standard gRPC exceptions\", so the number, the name and the words are gRPC's own, from its status.h. gRPC's litmus test: \"Use ABORTED if the client should retry at a higher-level (e.g., restarting a read-modify-write sequence).\"",
                ),
                CodeInfo(
                    value="11",
                    description="Operation was attempted past the valid range.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["tokenio-dev-error-codes"], _S["grpc-status-codes"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["grpc-status-codes"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/tokenio/callback_error_code/#11",
                    notes="Past the part of Token.io's table read (its copy stops at row 10's name); Token.io's APIs \"throw the following standard gRPC exceptions\", so the number, the name and the words are gRPC's own, from its status.h. gRPC adds: \"Unlike INVALID_ARGUMENT, this error indicates a problem that may be fixed if the system state changes.\"",
                ),
                CodeInfo(
                    value="12",
                    description="A bank error: the payment or account information access operation requested is not currently supported/implemented by the bank.",
                    category=_C.INSTITUTION_NOT_SUPPORTED,
                    sources=(_S["tokenio-dev-error-codes"], _S["tokenio-support-error-codes"]),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(HttpStatus(status=501, sources=(_S["tokenio-support-error-codes"],)),),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/tokenio/callback_error_code/#12",
                    editorial=True,
                    notes='Past the part of the table read; Token.io\'s pages say: "A \\"bank error\\" (an error occurring during bank processing of a TPP request) will have a gPRC error code of 12, which means the payment or account information access operation requested is not currently supported/implemented by the bank." Answered over HTTP with 501. Its name is gRPC\'s for 12.',
                ),
                CodeInfo(
                    value="13",
                    description="Internal errors.  Means some invariants expected by underlying system has been broken.  If you see one of these errors, something is very broken.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["tokenio-dev-error-codes"], _S["grpc-status-codes"]),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["grpc-status-codes"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/tokenio/callback_error_code/#13",
                    notes="Past the part of Token.io's table read (its copy stops at row 10's name); Token.io's APIs \"throw the following standard gRPC exceptions\", so the number, the name and the words are gRPC's own, from its status.h.",
                ),
                CodeInfo(
                    value="14",
                    description="The bank is unavailable.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["tokenio-dev-error-codes"],
                        _S["tokenio-support-error-codes"],
                        _S["tokenio-dev-payments-v1-considerations"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=503, sources=(_S["tokenio-support-error-codes"],)),),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/tokenio/callback_error_code/#14",
                    editorial=True,
                    notes='Past the part of the table read; the API-only callback\'s published error example carries error=14 with message=Bank+is+unavailable ("Bank is unavailable" once decoded). Over HTTP Token.io answers an unavailable service with 503, "likely due to a transient condition; this is usually corrected with a retry." Its name is gRPC\'s for 14.',
                ),
                CodeInfo(
                    value="15",
                    description="Unrecoverable data loss or corruption.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["tokenio-dev-error-codes"], _S["grpc-status-codes"]),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["grpc-status-codes"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/tokenio/callback_error_code/#15",
                    notes="Past the part of Token.io's table read (its copy stops at row 10's name); Token.io's APIs \"throw the following standard gRPC exceptions\", so the number, the name and the words are gRPC's own, from its status.h.",
                ),
                CodeInfo(
                    value="16",
                    description="The request does not have valid authentication credentials for the operation.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["tokenio-dev-error-codes"], _S["grpc-status-codes"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["grpc-status-codes"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/tokenio/callback_error_code/#16",
                    notes="Past the part of Token.io's table read (its copy stops at row 10's name); Token.io's APIs \"throw the following standard gRPC exceptions\", so the number, the name and the words are gRPC's own, from its status.h. Read as the TPP's own credentials (its API key or JWT): Token.io's support page words HTTP 401 the same way (\"The request does not have valid authentication credentials needed to perform the operation.\").",
                ),
            ),
        ),
        {},
    )
    return CallbackErrorCode


def _HostedPagesError() -> type[CodeEnum]:
    class HostedPagesError(CodeEnum):
        """Hosted Pages callback error: The error of a Hosted Pages v1 callback that failed, beside a message and the request-id (no token-id: "if there is an error and a token isn't created, there will be no token-id").

        Wire field: error of a Hosted Pages v1 callback."""

        EXCEPTION_INITIATE_BANK_AUTH = "EXCEPTION_INITIATE_BANK_AUTH"

    register(
        HostedPagesError,
        lambda: (
            CodeSetInfo(
                provider="tokenio",
                id="hosted_pages_error",
                title="Hosted Pages callback error",
                description='The error of a Hosted Pages v1 callback that failed, beside a message and the request-id (no token-id: "if there is an error and a token isn\'t created, there will be no token-id").',
                field="error of a Hosted Pages v1 callback",
                sources=(_S["tokenio-docs-hp-v1-callback"],),
            ),
            (
                CodeInfo(
                    value="EXCEPTION_INITIATE_BANK_AUTH",
                    description="Token.io could not start the bank authorisation for the token request; its message says why.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["tokenio-docs-hp-v1-callback"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["tokenio-docs-hp-v1-callback"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/tokenio/hosted_pages_error/#EXCEPTION_INITIATE_BANK_AUTH",
                    editorial=True,
                    message="INTERNAL: InitiateBankAuth failed for TokenRequest: rq:7oJUVi8s129JcYdzK1uGo2PTw81:5zKtXEAq due to INVALID_ARGUMENT: Expected username or OTP credential.",
                    notes="The page's example error callback; its message names the gRPC status beneath (INVALID_ARGUMENT: a credential the bank expects was not given).",
                ),
            ),
        ),
        {},
    )
    return HostedPagesError


def _WebhookEventType() -> type[CodeEnum]:
    class WebhookEventType(CodeEnum):
        """Webhook event type (Payments v2): The eventType of a Payments v2 webhook notification: "Currently, the only eventType we offer is PAYMENT_STATUS_CHANGED, which is used for both payment creation and payment status updates."

        Wire field: eventType of a Payments v2 webhook notification."""

        PAYMENT_STATUS_CHANGED = "PAYMENT_STATUS_CHANGED"

    register(
        WebhookEventType,
        lambda: (
            CodeSetInfo(
                provider="tokenio",
                id="webhook_event_type",
                title="Webhook event type (Payments v2)",
                description='The eventType of a Payments v2 webhook notification: "Currently, the only eventType we offer is PAYMENT_STATUS_CHANGED, which is used for both payment creation and payment status updates."',
                field="eventType of a Payments v2 webhook notification",
                sources=(_S["tokenio-docs-webhooks"],),
            ),
            (
                CodeInfo(
                    value="PAYMENT_STATUS_CHANGED",
                    description="A payment was created or its status changed; the notification carries the payment object (its id, memberId and bankPaymentStatus, the raw bank status).",
                    category=_C.INFORMATIONAL,
                    sources=(_S["tokenio-docs-webhooks"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/tokenio/webhook_event_type/#PAYMENT_STATUS_CHANGED",
                    editorial=True,
                ),
            ),
        ),
        {},
    )
    return WebhookEventType


def _WebhookConfigEventType() -> type[CodeEnum]:
    class WebhookConfigEventType(CodeEnum):
        """Webhook configuration event type: The event types a webhook configuration subscribes to (its type, a list, beside its url: PUT /webhook/config), the EventType union of Token.io's JavaScript SDK; its samples subscribe to TRANSFER_STATUS_CHANGED. The developer page Working with Webhooks subscribes to STANDING_ORDER_STATUS_CHANGED beside it; its list of the available values was not read. The descriptions are bankcodes' reading of the names.

        Wire field: type of a webhook configuration (PUT /webhook/config)."""

        INVALID = "INVALID"
        TRANSFER_STATUS_CHANGED = "TRANSFER_STATUS_CHANGED"
        BULK_TRANSFER_STATUS_CHANGED = "BULK_TRANSFER_STATUS_CHANGED"
        STANDING_ORDER_STATUS_CHANGED = "STANDING_ORDER_STATUS_CHANGED"

    register(
        WebhookConfigEventType,
        lambda: (
            CodeSetInfo(
                provider="tokenio",
                id="webhook_config_event_type",
                title="Webhook configuration event type",
                description="The event types a webhook configuration subscribes to (its type, a list, beside its url: PUT /webhook/config), the EventType union of Token.io's JavaScript SDK; its samples subscribe to TRANSFER_STATUS_CHANGED. The developer page Working with Webhooks subscribes to STANDING_ORDER_STATUS_CHANGED beside it; its list of the available values was not read. The descriptions are bankcodes' reading of the names.",
                field="type of a webhook configuration (PUT /webhook/config)",
                sources=(
                    _S["tokenio-sdk-js-types"],
                    _S["tokenio-dev-working-with-webhooks"],
                    _S["tokenio-dev-dashboard-webhook"],
                ),
            ),
            (
                CodeInfo(
                    value="INVALID",
                    description="No event type: the union's first value, not one to subscribe to.",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["tokenio-sdk-js-types"],
                        _S["tokenio-dev-working-with-webhooks"],
                        _S["tokenio-dev-dashboard-webhook"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/tokenio/webhook_config_event_type/#INVALID",
                    editorial=True,
                    notes="The SDK lists its values by name alone: the description is bankcodes' reading of its name, the first value of Token.io's enums (SubmissionStatus and ScaStatus begin with INVALID too).",
                ),
                CodeInfo(
                    value="TRANSFER_STATUS_CHANGED",
                    description="A transfer's status changed.",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["tokenio-sdk-js-types"],
                        _S["tokenio-dev-working-with-webhooks"],
                        _S["tokenio-dev-dashboard-webhook"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/tokenio/webhook_config_event_type/#TRANSFER_STATUS_CHANGED",
                    editorial=True,
                    notes="The SDK lists its values by name alone: the description is bankcodes' reading of its name. The event type the SDK's webhook sample and its test subscribe to; a transfer's statuses are the Payments v1 transfer status.",
                ),
                CodeInfo(
                    value="BULK_TRANSFER_STATUS_CHANGED",
                    description="A bulk transfer's status changed.",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["tokenio-sdk-js-types"],
                        _S["tokenio-dev-working-with-webhooks"],
                        _S["tokenio-dev-dashboard-webhook"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/tokenio/webhook_config_event_type/#BULK_TRANSFER_STATUS_CHANGED",
                    editorial=True,
                    notes="The SDK lists its values by name alone: the description is bankcodes' reading of its name.",
                ),
                CodeInfo(
                    value="STANDING_ORDER_STATUS_CHANGED",
                    description="Standing order setup status changes.",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["tokenio-dev-working-with-webhooks"],
                        _S["tokenio-dev-dashboard-webhook"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tokenio-dev-working-with-webhooks"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/tokenio/webhook_config_event_type/#STANDING_ORDER_STATUS_CHANGED",
                    notes="The words are the page's own, from its list of the events a webhook tells of; its example configuration subscribes to this type beside TRANSFER_STATUS_CHANGED, and the Dashboard's Webhook page names its event StandingOrderStatusChanged.",
                ),
            ),
        ),
        {},
    )
    return WebhookConfigEventType


def _TransferStatus() -> type[CodeEnum]:
    class TransferStatus(CodeEnum):
        """Transfer status (Payments v1): The status of a Payments v1 transfer (a transfer token's payment initiation), as the TPP SDK's status page lists it: "Any encountered status that is not listed in the table has been deprecated." docs.token.io's Payment initiation status page (read in part) lists PENDING besides, of two-step payments. It is the status of a v1 webhook notification and the transfer-status of a Hosted Pages v1 callback.

        Wire field: status of a Payments v1 transfer; transfer-status of a Hosted Pages v1 callback."""

        INVALID_STATUS = "INVALID_STATUS"
        SUCCESS = "SUCCESS"
        FAILURE_GENERIC = "FAILURE_GENERIC"
        FAILURE_PERMISSION_DENIED = "FAILURE_PERMISSION_DENIED"
        PROCESSING = "PROCESSING"
        FAILURE_CANCELED = "FAILURE_CANCELED"
        FAILURE_EXPIRED = "FAILURE_EXPIRED"
        PENDING_EXTERNAL_AUTHORIZATION = "PENDING_EXTERNAL_AUTHORIZATION"
        INITIATED = "INITIATED"
        FAILURE_DECLINED = "FAILURE_DECLINED"
        PENDING = "PENDING"

    register(
        TransferStatus,
        lambda: (
            CodeSetInfo(
                provider="tokenio",
                id="transfer_status",
                title="Transfer status (Payments v1)",
                description="The status of a Payments v1 transfer (a transfer token's payment initiation), as the TPP SDK's status page lists it: \"Any encountered status that is not listed in the table has been deprecated.\" docs.token.io's Payment initiation status page (read in part) lists PENDING besides, of two-step payments. It is the status of a v1 webhook notification and the transfer-status of a Hosted Pages v1 callback.",
                field="status of a Payments v1 transfer; transfer-status of a Hosted Pages v1 callback",
                sources=(
                    _S["tokenio-dev-status-codes"],
                    _S["tokenio-docs-sip-v1-payment-initiation-status"],
                ),
            ),
            (
                CodeInfo(
                    value="INVALID_STATUS",
                    description="The raw bank status could not be mapped to a valid status",
                    category=_C.PENDING,
                    sources=(
                        _S["tokenio-dev-status-codes"],
                        _S["tokenio-docs-sip-v1-payment-initiation-status"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["tokenio-dev-status-codes"],
                                _S["tokenio-docs-sip-v1-payment-initiation-status"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/tokenio/transfer_status/#INVALID_STATUS",
                    notes="An intermediate status: Token.io keeps polling the bank (bankcodes' reading of the category). The table marks it Intermediate.",
                ),
                CodeInfo(
                    value="SUCCESS",
                    description="The final status received from the bank indicates a successful payment initiation",
                    category=_C.SUCCESS,
                    sources=(
                        _S["tokenio-dev-status-codes"],
                        _S["tokenio-docs-sip-v1-payment-initiation-status"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["tokenio-dev-status-codes"],
                                _S["tokenio-docs-sip-v1-payment-initiation-status"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/tokenio/transfer_status/#SUCCESS",
                    notes="The table marks it Final.",
                ),
                CodeInfo(
                    value="FAILURE_GENERIC",
                    description="Usually a tech failure. Possibly, a failure callback was received from the bank with no transaction status and no further information",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["tokenio-dev-status-codes"],
                        _S["tokenio-docs-sip-v1-payment-initiation-status"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["tokenio-dev-status-codes"],
                                _S["tokenio-docs-sip-v1-payment-initiation-status"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/tokenio/transfer_status/#FAILURE_GENERIC",
                    notes="The table marks it Final.",
                ),
                CodeInfo(
                    value="FAILURE_PERMISSION_DENIED",
                    description="User was denied authorization at the bank. Only relevant for 2-step banks",
                    category=_C.REJECTED,
                    sources=(
                        _S["tokenio-dev-status-codes"],
                        _S["tokenio-docs-sip-v1-payment-initiation-status"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["tokenio-dev-status-codes"],
                                _S["tokenio-docs-sip-v1-payment-initiation-status"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/tokenio/transfer_status/#FAILURE_PERMISSION_DENIED",
                    notes="The user was refused, or refused, authorisation at the bank; the category is bankcodes' reading. The table marks it Final.",
                ),
                CodeInfo(
                    value="PROCESSING",
                    description="Transaction is in process and no final status has been received from the bank yet",
                    category=_C.PENDING,
                    sources=(
                        _S["tokenio-dev-status-codes"],
                        _S["tokenio-docs-sip-v1-payment-initiation-status"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["tokenio-dev-status-codes"],
                                _S["tokenio-docs-sip-v1-payment-initiation-status"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/tokenio/transfer_status/#PROCESSING",
                    notes="The table marks it Intermediate.",
                ),
                CodeInfo(
                    value="FAILURE_CANCELED",
                    description="Usually indicates user cancelation. Mapped from ISO20022 status CANC",
                    category=_C.CANCELLED,
                    sources=(
                        _S["tokenio-dev-status-codes"],
                        _S["tokenio-docs-sip-v1-payment-initiation-status"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["tokenio-dev-status-codes"],
                                _S["tokenio-docs-sip-v1-payment-initiation-status"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/tokenio/transfer_status/#FAILURE_CANCELED",
                    notes="The table marks it Final.",
                ),
                CodeInfo(
                    value="FAILURE_EXPIRED",
                    description="No callback has been received from the bank to notify that the user completed authorization during the required timeframe of 15 minutes after transaction creation, and the transaction expired. Only relevant for 1-step banks",
                    category=_C.SESSION_EXPIRED,
                    sources=(
                        _S["tokenio-dev-status-codes"],
                        _S["tokenio-docs-sip-v1-payment-initiation-status"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["tokenio-dev-status-codes"],
                                _S["tokenio-docs-sip-v1-payment-initiation-status"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/tokenio/transfer_status/#FAILURE_EXPIRED",
                    notes="The table marks it Final.",
                ),
                CodeInfo(
                    value="PENDING_EXTERNAL_AUTHORIZATION",
                    description="Waiting for user authorization at the bank. Will transition to FAILURE_EXPIRED if the user does not authorize within 15 minutes. Only relevant for 1-step banks",
                    category=_C.PENDING,
                    sources=(
                        _S["tokenio-dev-status-codes"],
                        _S["tokenio-docs-sip-v1-payment-initiation-status"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["tokenio-dev-status-codes"],
                                _S["tokenio-docs-sip-v1-payment-initiation-status"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/tokenio/transfer_status/#PENDING_EXTERNAL_AUTHORIZATION",
                    notes="The table marks it Intermediate.",
                ),
                CodeInfo(
                    value="INITIATED",
                    description="Status has automatically been set to INITIATED because the status has stayed in PROCESSING for 30 days and cannot be otherwise updated",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["tokenio-dev-status-codes"],
                        _S["tokenio-docs-sip-v1-payment-initiation-status"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["tokenio-dev-status-codes"],
                                _S["tokenio-docs-sip-v1-payment-initiation-status"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/tokenio/transfer_status/#INITIATED",
                    notes="A final status whose outcome is unknown: Token.io has stopped polling after 30 days in PROCESSING; the category is bankcodes' reading (neither success nor failure is known). The table marks it Final.",
                ),
                CodeInfo(
                    value="FAILURE_DECLINED",
                    description="Usually indicates bank rejection. Mapped from ISO20022 status RJCT",
                    category=_C.REJECTED,
                    sources=(
                        _S["tokenio-dev-status-codes"],
                        _S["tokenio-docs-sip-v1-payment-initiation-status"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["tokenio-dev-status-codes"],
                                _S["tokenio-docs-sip-v1-payment-initiation-status"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/tokenio/transfer_status/#FAILURE_DECLINED",
                    notes="The table marks it Final.",
                ),
                CodeInfo(
                    value="PENDING",
                    description="This status indicates that the user has successfully completed the authorization process with the bank and the transfer is pending redemption. This status is only relevant for two-step payment flows.",
                    category=_C.PENDING,
                    sources=(_S["tokenio-docs-sip-v1-payment-initiation-status"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tokenio-docs-sip-v1-payment-initiation-status"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/tokenio/transfer_status/#PENDING",
                    notes="Listed by docs.token.io's Payment initiation status page, whose table marks it Intermediate; the TPP SDK's status page does not list it.",
                ),
            ),
        ),
        {},
    )
    return TransferStatus


def _ExternalError() -> type[CodeEnum]:
    class ExternalError(CodeEnum):
        """External error header: The value of the token-external-error header of a Token.io response with an HTTP 500: "When the bank reports a 5xx error, Token.io sets token-external-error = true as a header in the HTTP response, indicating that the \\"internal\\" error originates from the bank. When one of Token.io's internal services fails or when the bank reports a 4xx error, this header is not populated. The absence of this response header should be interpreted as token-external-error = false." The category is bankcodes' reading: a bank's own failure, tried again later.

        Wire field: the token-external-error header of a response."""

        FROM_BANK = "true"

    register(
        ExternalError,
        lambda: (
            CodeSetInfo(
                provider="tokenio",
                id="external_error",
                title="External error header",
                description='The value of the token-external-error header of a Token.io response with an HTTP 500: "When the bank reports a 5xx error, Token.io sets token-external-error = true as a header in the HTTP response, indicating that the \\"internal\\" error originates from the bank. When one of Token.io\'s internal services fails or when the bank reports a 4xx error, this header is not populated. The absence of this response header should be interpreted as token-external-error = false." The category is bankcodes\' reading: a bank\'s own failure, tried again later.',
                field="the token-external-error header of a response",
                sources=(_S["tokenio-support-error-codes"],),
            ),
            (
                CodeInfo(
                    value="true",
                    description="The 500's error originates from the bank: the bank reported a 5xx error.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["tokenio-support-error-codes"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(Wording(field="description", by="bankcodes"),),
                    page="reference/tokenio/external_error/#true",
                    editorial=True,
                ),
            ),
        ),
        {},
    )
    return ExternalError


def _CODE_SETS() -> tuple[object, ...]:
    return tuple(
        getattr(_PUBLIC, name)
        for name in (
            "PaymentStatus",
            "CallbackErrorCode",
            "HostedPagesError",
            "WebhookEventType",
            "WebhookConfigEventType",
            "TransferStatus",
            "ExternalError",
        )
    )
