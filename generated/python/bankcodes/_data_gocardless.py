# generated from spec/catalog.json — do not edit (run `make generate`)
"""The builders of bankcodes.gocardless's names, loaded on the first use of any of them, so that importing the provider's module reads none of its data."""

from __future__ import annotations

import importlib

from bankcodes._base import CodeEnum, register
from bankcodes._records import (
    CodeInfo,
    CodeSetInfo,
    EndUserWords,
    Equivalent,
    HttpStatus,
    Source,
    Wording,
)
from bankcodes.categories import Category as _C

#: The public module, whose names the builders use (each built on first use there).
_PUBLIC = importlib.import_module("bankcodes.gocardless")
#: The documents its facts come from, by id.
_S = {
    "gocardless-statuses": Source(
        id="gocardless-statuses",
        kind="doc",
        title="GoCardless: Bank Account Data - Statuses and Error Messages",
        url="https://developer.gocardless.com/bank-account-data/statuses",
        read_in_part="The copy read gives the requisition and account status tables whole, and stops in the table of end user authentication messages inside the RequisitionLinkReused row, after its description: that row's HTTP status and anything after it were not read.",
    ),
    "gocardless-help-end-user-auth-errors": Source(
        id="gocardless-help-end-user-auth-errors",
        kind="doc",
        title="GoCardless Bank Account Data help centre: How to recognise and handle end user authentication errors",
        url="https://bankaccountdata.zendesk.com/hc/en-gb/articles/15926622146716-How-to-recognise-and-handle-end-user-authentication-errors",
        read_in_part='The copy read of the table of end user authentication errors is cut in the type cell of GoCardlessTechnicalError ("GoCardlessTec"): that row\'s explanation and user message suggestion, and every row after it, were not read.',
    ),
    "gocardless-help-account-endpoint-errors": Source(
        id="gocardless-help-account-endpoint-errors",
        kind="doc",
        title="GoCardless Bank Account Data help centre: Account Endpoint Errors and Suspended Accounts",
        url="https://bankaccountdata.zendesk.com/hc/en-gb/articles/16671586189212-Account-Endpoint-Errors-and-Suspended-Accounts",
        read_in_part='The copy read of the table of account endpoint errors is cut in the AccountInactiveError row after its code (401): that row\'s detail, explanation, "Increases error count?" and action to take, and every row after it (ConnectionError among them), were not read.',
    ),
    "gocardless-help-account-suspension": Source(
        id="gocardless-help-account-suspension",
        kind="doc",
        title="GoCardless Bank Account Data help centre: Account suspension",
        url="https://bankaccountdata.zendesk.com/hc/en-gb/articles/11529566180892-Account-suspension",
    ),
    "gocardless-help-api-rate-limits": Source(
        id="gocardless-help-api-rate-limits",
        kind="doc",
        title="GoCardless Bank Account Data help centre: Bank Account Data API Rate Limits",
        url="https://bankaccountdata.zendesk.com/hc/en-gb/articles/11529637772188-Bank-Account-Data-API-Rate-Limits",
    ),
    "gocardless-help-regain-access": Source(
        id="gocardless-help-regain-access",
        kind="doc",
        title="GoCardless Bank Account Data help centre: How to regain access to an account once the access has expired",
        url="https://bankaccountdata.zendesk.com/hc/en-gb/articles/11529208772892-How-to-regain-access-to-an-account-once-the-access-has-expired",
    ),
    "gocardless-php-requisition-status": Source(
        id="gocardless-php-requisition-status",
        kind="repo",
        title="GoCardless Bank Account Data: official PHP client (nordigen-php), requisition statuses (src/Enums/RequisitionStatus.php)",
        url="https://github.com/nordigen/nordigen-php/blob/acbf54570d29c0487ffbe709fb11d3821f9ae7b0/src/Enums/RequisitionStatus.php",
    ),
    "gocardless-php-account-status": Source(
        id="gocardless-php-account-status",
        kind="repo",
        title="GoCardless Bank Account Data: official PHP client (nordigen-php), account processing statuses (src/Enums/AccountProcessingStatus.php)",
        url="https://github.com/nordigen/nordigen-php/blob/acbf54570d29c0487ffbe709fb11d3821f9ae7b0/src/Enums/AccountProcessingStatus.php",
    ),
    "gocardless-php-exception-handler": Source(
        id="gocardless-php-exception-handler",
        kind="repo",
        title="GoCardless Bank Account Data: official PHP client (nordigen-php), error types it maps to exceptions (src/Exceptions/ExceptionHandler.php)",
        url="https://github.com/nordigen/nordigen-php/blob/acbf54570d29c0487ffbe709fb11d3821f9ae7b0/src/Exceptions/ExceptionHandler.php",
    ),
    "gocardless-php-account-inactive-error": Source(
        id="gocardless-php-account-inactive-error",
        kind="repo",
        title="GoCardless Bank Account Data: official PHP client (nordigen-php), AccountInactiveError (src/Exceptions/InstitutionExceptions/AccountInactiveError.php)",
        url="https://github.com/nordigen/nordigen-php/blob/acbf54570d29c0487ffbe709fb11d3821f9ae7b0/src/Exceptions/InstitutionExceptions/AccountInactiveError.php",
    ),
    "gocardless-php-connection-error": Source(
        id="gocardless-php-connection-error",
        kind="repo",
        title="GoCardless Bank Account Data: official PHP client (nordigen-php), ConnectionError (src/Exceptions/InstitutionExceptions/InstitutionConnectionError.php)",
        url="https://github.com/nordigen/nordigen-php/blob/acbf54570d29c0487ffbe709fb11d3821f9ae7b0/src/Exceptions/InstitutionExceptions/InstitutionConnectionError.php",
    ),
    "gocardless-openapi-third-party": Source(
        id="gocardless-openapi-third-party",
        kind="third-party",
        title="A third party's copy of the GoCardless Bank Account Data API OpenAPI document (andrejvysny/spendly, docs/gocardless.swagger.json)",
        url="https://github.com/andrejvysny/spendly/blob/427f9ddadd6086d10827f8d1673fbf016e832c5c/docs/gocardless.swagger.json",
    ),
}


def _RequisitionStatus() -> type[CodeEnum]:
    class RequisitionStatus(CodeEnum):
        """Requisition status: Where a requisition (GoCardless's connection to one bank for one end user) stands, as the two-letter short code its status field carries; the long name is each code's name. A third party's copy of GoCardless's OpenAPI document (andrejvysny/spendly, docs/gocardless.swagger.json) lists two more values, ID and ER, in the enum of a requisition's status; GoCardless's statuses page (its requisitions table, read whole) and its PHP client's RequisitionStatus.php do not, and no GoCardless text for them was read: they are not catalogued.

        Wire field: status (a requisition: GET /api/v2/requisitions/{id}/)."""

        CREATED = "CR"
        GIVING_CONSENT = "GC"
        UNDERGOING_AUTHENTICATION = "UA"
        REJECTED = "RJ"
        SELECTING_ACCOUNTS = "SA"
        GRANTING_ACCESS = "GA"
        LINKED = "LN"
        EXPIRED = "EX"
        SUSPENDED = "SU"

    register(
        RequisitionStatus,
        lambda: (
            CodeSetInfo(
                provider="gocardless",
                id="requisition_status",
                title="Requisition status",
                description="Where a requisition (GoCardless's connection to one bank for one end user) stands, as the two-letter short code its status field carries; the long name is each code's name. A third party's copy of GoCardless's OpenAPI document (andrejvysny/spendly, docs/gocardless.swagger.json) lists two more values, ID and ER, in the enum of a requisition's status; GoCardless's statuses page (its requisitions table, read whole) and its PHP client's RequisitionStatus.php do not, and no GoCardless text for them was read: they are not catalogued.",
                field="status (a requisition: GET /api/v2/requisitions/{id}/)",
                states=True,
                sources=(_S["gocardless-statuses"],),
            ),
            (
                CodeInfo(
                    value="CR",
                    description="Requisition has been successfully created",
                    category=_C.PENDING,
                    sources=(_S["gocardless-statuses"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["gocardless-statuses"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/gocardless/requisition_status/#CR",
                    next_statuses=("GC",),
                    notes="Stage 1, the starting status.",
                ),
                CodeInfo(
                    value="GC",
                    description="End-user is giving consent at GoCardless's consent screen",
                    category=_C.PENDING,
                    sources=(_S["gocardless-statuses"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["gocardless-statuses"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/gocardless/requisition_status/#GC",
                    next_statuses=("UA",),
                    notes="Stage 2.",
                ),
                CodeInfo(
                    value="UA",
                    description="End-user is redirected to the financial institution for authentication",
                    category=_C.PENDING,
                    sources=(_S["gocardless-statuses"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["gocardless-statuses"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/gocardless/requisition_status/#UA",
                    next_statuses=("RJ", "SA"),
                    notes="Stage 3.",
                ),
                CodeInfo(
                    value="RJ",
                    description="Either SSN verification has failed or end-user has entered incorrect credentials",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(_S["gocardless-statuses"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["gocardless-statuses"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/gocardless/requisition_status/#RJ",
                    next_statuses=(),
                    notes="Stage 4. Both causes the page gives are details the end user entered and the bank did not accept (an SSN that does not match the bank's, or wrong credentials), so it reads as credentials not accepted; the end user connects again with a new requisition.",
                ),
                CodeInfo(
                    value="SA",
                    description="End-user is selecting accounts",
                    category=_C.PENDING,
                    sources=(_S["gocardless-statuses"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["gocardless-statuses"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/gocardless/requisition_status/#SA",
                    next_statuses=("GA",),
                    notes="Stage 5.",
                ),
                CodeInfo(
                    value="GA",
                    description="End-user is granting access to their account information",
                    category=_C.PENDING,
                    sources=(_S["gocardless-statuses"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["gocardless-statuses"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/gocardless/requisition_status/#GA",
                    next_statuses=("LN",),
                    notes="Stage 6.",
                ),
                CodeInfo(
                    value="LN",
                    description="Account has been successfully linked to requisition",
                    category=_C.SUCCESS,
                    sources=(_S["gocardless-statuses"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["gocardless-statuses"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/gocardless/requisition_status/#LN",
                    next_statuses=("EX", "SU"),
                    notes="Stage 7.",
                ),
                CodeInfo(
                    value="EX",
                    description="Access to accounts has expired as set in End User Agreement",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["gocardless-statuses"], _S["gocardless-help-regain-access"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["gocardless-statuses"],)
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(_S["gocardless-help-regain-access"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/gocardless/requisition_status/#EX",
                    next_statuses=(),
                    advice="Create a new requisition and redirect the user to the link in its response.",
                    notes="Stage 8. The help centre says the accounts must be reconnected when the account and requisition statuses have changed to EX or EXPIRED; access expires for every account of the requisition at once.",
                    next_step="renew_consent",
                    state="consent_ended",
                    state_reason="EXPIRED: the access the end-user agreement granted has expired.",
                ),
                CodeInfo(
                    value="SU",
                    description="Requisition is suspended due to numerous consecutive errors that happened while accessing its accounts.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(
                        _S["gocardless-php-requisition-status"],
                        _S["gocardless-help-account-suspension"],
                        _S["gocardless-openapi-third-party"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["gocardless-php-requisition-status"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/gocardless/requisition_status/#SU",
                    next_statuses=(),
                    notes="Not on the statuses page as read (its requisitions table has 8 rows, CR to EX); GoCardless's official PHP client lists it (SUSPENDED = 'SU'), as does a third party's copy of the OpenAPI document. The help centre says the only solution for a suspended account is to create a new requisition from scratch and reconnect the account.",
                ),
            ),
        ),
        {},
    )
    return RequisitionStatus


def _AccountStatus() -> type[CodeEnum]:
    class AccountStatus(CodeEnum):
        """Account status: The processing status of an account linked through a requisition.

        Wire field: status (an account's metadata: GET /api/v2/accounts/{id}/)."""

        DISCOVERED = "DISCOVERED"
        ERROR = "ERROR"
        EXPIRED = "EXPIRED"
        PROCESSING = "PROCESSING"
        READY = "READY"
        SUSPENDED = "SUSPENDED"

    register(
        AccountStatus,
        lambda: (
            CodeSetInfo(
                provider="gocardless",
                id="account_status",
                title="Account status",
                description="The processing status of an account linked through a requisition.",
                field="status (an account's metadata: GET /api/v2/accounts/{id}/)",
                states=True,
                sources=(_S["gocardless-statuses"],),
            ),
            (
                CodeInfo(
                    value="DISCOVERED",
                    description="User has successfully authenticated herself, and account has been discovered",
                    category=_C.PENDING,
                    sources=(_S["gocardless-statuses"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["gocardless-statuses"],)
                        ),
                    ),
                    page="reference/gocardless/account_status/#DISCOVERED",
                ),
                CodeInfo(
                    value="ERROR",
                    description="An error was encountered when processing account",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["gocardless-statuses"], _S["gocardless-help-account-suspension"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["gocardless-statuses"],)
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(_S["gocardless-help-account-suspension"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/gocardless/account_status/#ERROR",
                    advice='If you receive "status": "ERROR" in the response, do not retry the request anymore to avoid the account suspension. Instead, you could raise an alert and retry the request after some time.',
                    notes="The help centre advises checking the account's status after 2-3 consecutive failed requests and, while it stays ERROR rather than READY, stopping the calls and contacting support, so that the account is not suspended. Not retryable: a program's retries are what lead to the suspension; the retry the advice allows comes after an alert, once someone has looked.",
                    state="degraded",
                    state_reason="The account could not be processed; the connection stands but its data does not come.",
                ),
                CodeInfo(
                    value="EXPIRED",
                    description="Access to account has expired as set in End User Agreement",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["gocardless-statuses"], _S["gocardless-help-regain-access"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["gocardless-statuses"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/gocardless/account_status/#EXPIRED",
                    notes="The accounts must be reconnected with a new requisition (help centre: how to regain access once the access has expired).",
                    next_step="renew_consent",
                    state="consent_ended",
                    state_reason="The account's access has expired with its end-user agreement.",
                ),
                CodeInfo(
                    value="PROCESSING",
                    description="Account is being processed by the institution",
                    category=_C.PENDING,
                    sources=(_S["gocardless-statuses"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["gocardless-statuses"],)
                        ),
                    ),
                    page="reference/gocardless/account_status/#PROCESSING",
                ),
                CodeInfo(
                    value="READY",
                    description="Account has been successfully processed",
                    category=_C.SUCCESS,
                    sources=(_S["gocardless-statuses"], _S["gocardless-php-account-status"]),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["gocardless-php-account-status"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/gocardless/account_status/#READY",
                    notes="In the copy of the statuses page read, this row is broken across two lines (READY, then its description on a line of its own), so its description is read from the PHP client's AccountProcessingStatus, which has the same words.",
                ),
                CodeInfo(
                    value="SUSPENDED",
                    description="Account has been suspended (more than 10 consecutive failed attempts to access the account)",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["gocardless-statuses"], _S["gocardless-help-account-suspension"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description", by="provider", sources=(_S["gocardless-statuses"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/gocardless/account_status/#SUSPENDED",
                    notes='The help centre: once an account is suspended, the only solution is to create a new requisition from scratch and reconnect the account; requests to it answer with the error summary "Account suspended".',
                ),
            ),
        ),
        {},
    )
    return AccountStatus


def _EndUserError() -> type[CodeEnum]:
    class EndUserError(CodeEnum):
        """End-user authentication error: Why an end user's authorisation flow ended in an error: GoCardless redirects the end user back to the requisition's redirect URL with the error appended as the error query parameter (and its text as details), beside ref.

        Wire field: error (a query parameter of the redirect URL; its text in details)."""

        UnknownError = "UnknownError"
        SSNVerificationFailed = "SSNVerificationFailed"
        InstitutionTechnicalError = "InstitutionTechnicalError"
        GoCardlessTechnicalError = "GoCardlessTechnicalError"
        RequisitionLinkReused = "RequisitionLinkReused"
        UserCancelledSession = "UserCancelledSession"

    register(
        EndUserError,
        lambda: (
            CodeSetInfo(
                provider="gocardless",
                id="end_user_error",
                title="End-user authentication error",
                description="Why an end user's authorisation flow ended in an error: GoCardless redirects the end user back to the requisition's redirect URL with the error appended as the error query parameter (and its text as details), beside ref.",
                field="error (a query parameter of the redirect URL; its text in details)",
                sources=(_S["gocardless-statuses"], _S["gocardless-help-end-user-auth-errors"]),
            ),
            (
                CodeInfo(
                    value="UnknownError",
                    description="Not yet defined authorisation errors from the bank.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["gocardless-help-end-user-auth-errors"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["gocardless-help-end-user-auth-errors"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["gocardless-help-end-user-auth-errors"],),
                        ),
                        Wording(
                            field="user_message",
                            by="provider",
                            sources=(_S["gocardless-help-end-user-auth-errors"],),
                        ),
                    ),
                    page="reference/gocardless/end_user_error/#UnknownError",
                    message="An unknown error occurred.",
                    user_message="Something went wrong, please contact support",
                ),
                CodeInfo(
                    value="SSNVerificationFailed",
                    description="The SSN you have provided does not match the SSN known to the bank.",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(_S["gocardless-help-end-user-auth-errors"],),
                    retryable=False,
                    end_user_can_retry=True,
                    end_user={
                        "en": EndUserWords(
                            message="The personal identity number you entered does not match your bank's records.",
                            action="Check what you entered and try again.",
                        ),
                        "fr": EndUserWords(
                            message="Le numéro d'identité personnel que vous avez saisi ne correspond pas à celui que connaît votre banque.",
                            action="Vérifiez ce que vous avez saisi et réessayez.",
                        ),
                        "ar": EndUserWords(
                            message="رقم الهوية الشخصية الذي أدخلته لا يطابق سجلات بنكك.",
                            action="تحقق مما أدخلته وحاول مرة أخرى.",
                        ),
                        "es": EndUserWords(
                            message="El número de identidad personal que ingresó no coincide con el que tiene su banco.",
                            action="Revise lo que ingresó y vuelva a intentarlo.",
                        ),
                        "pt": EndUserWords(
                            message="O número de identidade pessoal que você digitou não corresponde ao registrado no seu banco.",
                            action="Confira o que você digitou e tente novamente.",
                        ),
                    },
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["gocardless-help-end-user-auth-errors"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["gocardless-help-end-user-auth-errors"],),
                        ),
                        Wording(
                            field="user_message",
                            by="provider",
                            sources=(_S["gocardless-help-end-user-auth-errors"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/gocardless/end_user_error/#SSNVerificationFailed",
                    message="SSN Verification has failed",
                    user_message="The SSN you provided is wrong, please enter the correct one and restart the process",
                    notes="The SSN the end user gave does not match the bank's: a detail the end user entered that the bank did not accept, which the end user corrects before starting again. Its action is its own: the category's asks for a username and password.",
                ),
                CodeInfo(
                    value="InstitutionTechnicalError",
                    description="Errors that indicate temporary issues with ASPSP handling the request, such as downtime or random server errors.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["gocardless-statuses"], _S["gocardless-help-end-user-auth-errors"]),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=500, sources=(_S["gocardless-statuses"],)),),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["gocardless-help-end-user-auth-errors"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["gocardless-statuses"],
                                _S["gocardless-help-end-user-auth-errors"],
                            ),
                        ),
                        Wording(
                            field="user_message",
                            by="provider",
                            sources=(_S["gocardless-help-end-user-auth-errors"],),
                        ),
                    ),
                    page="reference/gocardless/end_user_error/#InstitutionTechnicalError",
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
                    message="A technical error occurred while trying to connect to the institution, please try again.",
                    user_message="Something went wrong at the bank. Please try again and contact support if you get the same error",
                ),
                CodeInfo(
                    value="GoCardlessTechnicalError",
                    description="An unexpected error occurred in the GoCardless system. If this error persists, please contact support.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["gocardless-statuses"], _S["gocardless-help-end-user-auth-errors"]),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(HttpStatus(status=500, sources=(_S["gocardless-statuses"],)),),
                    wording=(
                        Wording(
                            field="message", by="provider", sources=(_S["gocardless-statuses"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/gocardless/end_user_error/#GoCardlessTechnicalError",
                    message="An unexpected error occurred in the GoCardless system. If this error persists, please contact support.",
                    notes="The help centre's table of these errors is cut in the copy read in the cell of this row's type (\"GoCardlessTec\"): its explanation and user message suggestion, and every row after it, are missing.",
                ),
                CodeInfo(
                    value="RequisitionLinkReused",
                    description="This link has already been used for authorization and is no longer valid.",
                    category=_C.SESSION_EXPIRED,
                    sources=(_S["gocardless-statuses"], _S["gocardless-help-regain-access"]),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(
                                _S["gocardless-statuses"],
                                _S["gocardless-help-regain-access"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/gocardless/end_user_error/#RequisitionLinkReused",
                    message="This link has already been used for authorization and is no longer valid.",
                    notes='The statuses page\'s copy is cut in this row, after its description: its HTTP status is missing. The help centre says reusing the link of an existing requisition results in an immediate redirect back with "Error: Link Expired. This link has already been used for authorization and is no longer valid." in the error parameter; a new requisition gives a new link.',
                ),
                CodeInfo(
                    value="UserCancelledSession",
                    description="The end user cancelled the session (the cancel (X) button), interrupting the authorisation flow and returning to the redirect URL.",
                    category=_C.CANCELLED,
                    sources=(_S["gocardless-help-end-user-auth-errors"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/gocardless/end_user_error/#UserCancelledSession",
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
                            provider="truelayer",
                            code_set="sdk_failure_reason",
                            value="UserAborted",
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
                    editorial=True,
                    notes="The help centre names it in its example, not in its table: the end user clicks the cancel (X) button and is redirected with error=UserCancelledSession&details=User+cancelled+the+session. (its details, form-encoded).",
                ),
            ),
        ),
        {},
    )
    return EndUserError


def _AccountErrorType() -> type[CodeEnum]:
    class AccountErrorType(CodeEnum):
        """Account endpoint error type: The type of an error the bank's answer caused on an account endpoint (details, balances, transactions): the error body's type, beside a summary such as "Couldn't update <balances>" and the detail. Some types count towards the account's suspension (10 consecutive failed attempts), others do not.

        Wire field: type (an API error body)."""

        UnknownRequestError = "UnknownRequestError"
        RateLimitError = "RateLimitError"
        ServiceError = "ServiceError"
        AccessExpiredError = "AccessExpiredError"
        AccountInactiveError = "AccountInactiveError"
        ConnectionError = "ConnectionError"

    register(
        AccountErrorType,
        lambda: (
            CodeSetInfo(
                provider="gocardless",
                id="account_error_type",
                title="Account endpoint error type",
                description="The type of an error the bank's answer caused on an account endpoint (details, balances, transactions): the error body's type, beside a summary such as \"Couldn't update <balances>\" and the detail. Some types count towards the account's suspension (10 consecutive failed attempts), others do not.",
                field="type (an API error body)",
                sources=(
                    _S["gocardless-help-account-endpoint-errors"],
                    _S["gocardless-php-exception-handler"],
                ),
            ),
            (
                CodeInfo(
                    value="UnknownRequestError",
                    description="Unknown error while requesting data",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["gocardless-help-account-endpoint-errors"],
                        _S["gocardless-php-exception-handler"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=500, sources=(_S["gocardless-help-account-endpoint-errors"],)
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["gocardless-help-account-endpoint-errors"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["gocardless-help-account-endpoint-errors"],),
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(_S["gocardless-help-account-endpoint-errors"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/gocardless/account_error_type/#UnknownRequestError",
                    message="Request to Institution returned an error",
                    advice="Try reconnecting the account (once); if the error occurs more than once, report it to the GoCardless Bank Account Data support team. While these errors always get flagged to us automatically, your input will help resolve them faster",
                    notes="Counts towards the account's suspension: the help centre's table of account endpoint errors marks it Yes under \"Increases error count?\" (GoCardless suspends an account after 10 consecutive failed attempts to access it). Not retryable as such: GoCardless's action is to reconnect the account once and report the error if it recurs, and each repeat counts towards the suspension.",
                ),
                CodeInfo(
                    value="RateLimitError",
                    description="You have hit the rate limit for requests/day for the account. Not to be confused with the API-level limit as explained here",
                    category=_C.RATE_LIMITED,
                    sources=(
                        _S["gocardless-help-account-endpoint-errors"],
                        _S["gocardless-php-exception-handler"],
                        _S["gocardless-help-api-rate-limits"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=429, sources=(_S["gocardless-help-account-endpoint-errors"],)
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["gocardless-help-account-endpoint-errors"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["gocardless-help-account-endpoint-errors"],),
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(_S["gocardless-help-account-endpoint-errors"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/gocardless/account_error_type/#RateLimitError",
                    message="Daily request limit set by the Institution has been exceeded",
                    advice="Wait, then try again when the limit resets. Information on scope and reset in headers can be found here. Handling these will depend on which limit you have hit - API-level, or Account-level",
                    notes='Does not count towards the account\'s suspension: the help centre\'s table of account endpoint errors marks it No under "Increases error count?". It is the bank\'s daily limit for the account, not GoCardless\'s own API rate limit (summary "Rate limit exceeded"); the help centre\'s example body carries it in type. Response headers give the scope of the limits and when they reset. Each "here" of its explanation and action is a link on the page, whose target the copy read does not keep.',
                ),
                CodeInfo(
                    value="ServiceError",
                    description="Temporary issues with the bank handling the request, such as: downtime or random server errors",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["gocardless-help-account-endpoint-errors"],
                        _S["gocardless-php-exception-handler"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=503, sources=(_S["gocardless-help-account-endpoint-errors"],)
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["gocardless-help-account-endpoint-errors"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["gocardless-help-account-endpoint-errors"],),
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(_S["gocardless-help-account-endpoint-errors"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/gocardless/account_error_type/#ServiceError",
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
                            provider="truelayer",
                            code_set="payments_error",
                            value="Provider Error",
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
                    message="Institution service unavailable",
                    advice="Wait, then try again. Check the bank's status page whether they are experiencing downtime",
                    notes="Does not count towards the account's suspension: the help centre's table of account endpoint errors marks it No under \"Increases error count?\".",
                ),
                CodeInfo(
                    value="AccessExpiredError",
                    description="Cases where the bank's response indicates accounts need to be reconnected, e.g.: - revoked consent by the user; - expired consent",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(
                        _S["gocardless-help-account-endpoint-errors"],
                        _S["gocardless-php-exception-handler"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=401, sources=(_S["gocardless-help-account-endpoint-errors"],)
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["gocardless-help-account-endpoint-errors"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["gocardless-help-account-endpoint-errors"],),
                        ),
                        Wording(
                            field="advice",
                            by="provider",
                            sources=(_S["gocardless-help-account-endpoint-errors"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/gocardless/account_error_type/#AccessExpiredError",
                    message="Access has expired or it has been revoked",
                    advice="Reconnect the account",
                    notes="Counts towards the account's suspension: the help centre's table of account endpoint errors marks it Yes under \"Increases error count?\" (GoCardless suspends an account after 10 consecutive failed attempts to access it).",
                    next_step="renew_consent",
                    state="consent_ended",
                    state_reason="The access granted by the end-user agreement has expired.",
                ),
                CodeInfo(
                    value="AccountInactiveError",
                    description="Account has been deactivated or it no longer exists.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(
                        _S["gocardless-help-account-endpoint-errors"],
                        _S["gocardless-php-exception-handler"],
                        _S["gocardless-php-account-inactive-error"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=401, sources=(_S["gocardless-help-account-endpoint-errors"],)
                        ),
                    ),
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["gocardless-php-account-inactive-error"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/gocardless/account_error_type/#AccountInactiveError",
                    message="Account has been deactivated or it no longer exists.",
                    notes="The help centre's table is cut in this row after its code (401) in the copy read: its detail, explanation, \"Increases error count?\" and action to take are missing, so whether it counts towards the account's suspension is not known from it; every row after it is missing too. The message is the PHP client's description of the type.",
                ),
                CodeInfo(
                    value="ConnectionError",
                    description="Couldn't connect to Institution.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["gocardless-php-exception-handler"],
                        _S["gocardless-php-connection-error"],
                        _S["gocardless-openapi-third-party"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["gocardless-php-connection-error"],),
                        ),
                        Wording(
                            field="notes",
                            by="bankcodes",
                            sources=(
                                _S["gocardless-php-exception-handler"],
                                _S["gocardless-php-connection-error"],
                                _S["gocardless-openapi-third-party"],
                                _S["gocardless-help-account-endpoint-errors"],
                            ),
                        ),
                    ),
                    page="reference/gocardless/account_error_type/#ConnectionError",
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
                    message="Couldn't connect to Institution.",
                    notes="From GoCardless's official PHP client, which maps the type ConnectionError to InstitutionConnectionError; the help centre's table is cut before any row of it in the copy read, so its HTTP status and whether it counts towards the account's suspension are not known from GoCardless's own pages (a third party's copy of the OpenAPI document shows it with 503).",
                ),
            ),
        ),
        {},
    )
    return AccountErrorType


def _ErrorSummary() -> type[CodeEnum]:
    class ErrorSummary(CodeEnum):
        """Error summary: The summary of a GoCardless Bank Account Data API error body ({summary, detail, status_code}, and type on account endpoint errors), where it is a fixed text; many summaries name the object (an ID, an agreement) and are not codes. A third party's copy of GoCardless's OpenAPI document (andrejvysny/spendly, docs/gocardless.swagger.json) shows further fixed summaries in its example error bodies, such as Invalid token, Not found., IP address access denied and Incorrect date range; they are not catalogued, for GoCardless's own pages read do not show them (its help centre's Account suspension article, read whole, and its API rate limits and Account Endpoint Errors articles, read in part).

        Wire field: summary (an API error body)."""

        RATE_LIMIT_EXCEEDED = "Rate limit exceeded"
        ACCOUNT_SUSPENDED = "Account suspended"

    register(
        ErrorSummary,
        lambda: (
            CodeSetInfo(
                provider="gocardless",
                id="error_summary",
                title="Error summary",
                description="The summary of a GoCardless Bank Account Data API error body ({summary, detail, status_code}, and type on account endpoint errors), where it is a fixed text; many summaries name the object (an ID, an agreement) and are not codes. A third party's copy of GoCardless's OpenAPI document (andrejvysny/spendly, docs/gocardless.swagger.json) shows further fixed summaries in its example error bodies, such as Invalid token, Not found., IP address access denied and Incorrect date range; they are not catalogued, for GoCardless's own pages read do not show them (its help centre's Account suspension article, read whole, and its API rate limits and Account Endpoint Errors articles, read in part).",
                field="summary (an API error body)",
                sources=(
                    _S["gocardless-help-api-rate-limits"],
                    _S["gocardless-help-account-suspension"],
                ),
            ),
            (
                CodeInfo(
                    value="Rate limit exceeded",
                    description="GoCardless's own API rate limit for the endpoint was reached: the limits are per company, per minute (per hour for new tokens), for all the credentials of the company's users.",
                    category=_C.RATE_LIMITED,
                    sources=(_S["gocardless-help-api-rate-limits"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(status=429, sources=(_S["gocardless-help-api-rate-limits"],)),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/gocardless/error_summary/#RATE_LIMIT_EXCEEDED",
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
                            provider="truelayer",
                            code_set="data_api_v3_error",
                            value="Rate Limit Exceeded",
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
                    notes="The detail GoCardless publishes with it is a template, \"The rate limit for this resource is <times>/<time_period>. Please try again in <time_left> seconds\" (kept in the payload's example, not as the code's message: a Markdown copy of the page reads <times> as an HTML tag). Not the bank's daily limit for an account, which answers with the type RateLimitError. GoCardless's page adds that its own rate limit is not the bank's (the account endpoint's RateLimitError).",
                ),
                CodeInfo(
                    value="Account suspended",
                    description="Due to service stability considerations, we implemented a logic that automatically suspends an account if there were 10 consecutive failed attempts to access it.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(
                        _S["gocardless-help-account-suspension"],
                        _S["gocardless-openapi-third-party"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["gocardless-help-account-suspension"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["gocardless-help-account-suspension"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/gocardless/error_summary/#ACCOUNT_SUSPENDED",
                    message="This account or its requisition was suspended due to numerous errors that occurred while accessing it.",
                    notes="The account's status is then SUSPENDED; the only solution is to create a new requisition from scratch and reconnect the account. GoCardless's help centre shows the body without status_code and gives no HTTP status; only a third party's copy of the OpenAPI document shows it with 409, so the catalog records none.",
                ),
            ),
        ),
        {},
    )
    return ErrorSummary


def _CODE_SETS() -> tuple[object, ...]:
    return tuple(
        getattr(_PUBLIC, name)
        for name in (
            "RequisitionStatus",
            "AccountStatus",
            "EndUserError",
            "AccountErrorType",
            "ErrorSummary",
        )
    )
