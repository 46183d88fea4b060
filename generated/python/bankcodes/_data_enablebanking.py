# generated from spec/catalog.json — do not edit (run `make generate`)
"""The builders of bankcodes.enablebanking's names, loaded on the first use of any of them, so that importing the provider's module reads none of its data."""

from __future__ import annotations

import importlib

from bankcodes._base import CodeEnum, NumericCodeEnum, register
from bankcodes._records import CodeInfo, CodeSetInfo, HttpStatus, Source, Wording
from bankcodes.categories import Category as _C

#: The public module, whose names the builders use (each built on first use there).
_PUBLIC = importlib.import_module("bankcodes.enablebanking")
#: The documents its facts come from, by id.
_S = {
    "enablebanking-openapi-8e8ab97c": Source(
        id="enablebanking-openapi-8e8ab97c",
        kind="third-party",
        title="Enable Banking API reference 1.0.0-8e8ab97c (enablebanking-api.yaml, OpenAPI 3.1.0), as a third party keeps a copy of it: fatihcatalkaya/RoomieFunds (no first-party copy of the file could be read): the ErrorCode, SessionStatus and PaymentStatus enums with their x-enum-descriptions, a mapping keyed by code name, and the ErrorResponse schema",
        url="https://github.com/fatihcatalkaya/RoomieFunds/blob/17db20c9dbce6dbcd6c8c4bea22794e7938cb3c2/enablebanking-api.yaml",
    ),
    "enablebanking-openapi-33d10df1": Source(
        id="enablebanking-openapi-33d10df1",
        kind="third-party",
        title="Enable Banking API reference 1.0.0-33d10df1 (enablebanking-api.yaml), as a third party keeps a copy of it: tech-gian/EnableBanking (no first-party copy of the file could be read); its ErrorCode, ErrorResponse, SessionStatus and PaymentStatus are those of 1.0.0-8e8ab97c",
        url="https://github.com/tech-gian/EnableBanking/blob/ad93cd2666d72f4b09ff7281e8088b100c6845c7/enablebanking-api.yaml",
    ),
    "enablebanking-openapi-f30f2f09": Source(
        id="enablebanking-openapi-f30f2f09",
        kind="third-party",
        title="Enable Banking API reference 1.0.0-f30f2f09 (enablebanking-api.yaml, OpenAPI 3.0.3), as a third party keeps a copy of it: karlis-vagalis/banker (no first-party copy of the file could be read): the ErrorCode and SessionStatus enums with their x-enum-descriptions, a list in the order of the code names sorted (drift pairs them so), and the ErrorResponse schema",
        url="https://github.com/karlis-vagalis/banker/blob/1d0c58010bfd960922167fb087b7b947870136fb/enablebanking-api.yaml",
    ),
    "enablebanking-whisper-money-557": Source(
        id="enablebanking-whisper-money-557",
        kind="third-party",
        title='whisper-money/whisper-money pull request #557, "fix(banking): handle EnableBanking expired sessions as reconnect, not error" (an app\'s production error report quoting Enable Banking\'s answer: HTTP 401 {"error":"EXPIRED_SESSION"})',
        url="https://github.com/whisper-money/whisper-money/pull/557",
        read_in_part="The pull request's description, from its start to its Problem section's second paragraph; the rest of the description, its changes and its review were not read.",
    ),
    "enablebanking-firefly-iii-12733": Source(
        id="enablebanking-firefly-iii-12733",
        kind="third-party",
        title="firefly-iii/firefly-iii issue #12733, \"Enable Banking session renewal still not persisting to config JSON\" (a user's log quoting Enable Banking's 401 answer to GET /sessions/{id} in full)",
        url="https://github.com/firefly-iii/firefly-iii/issues/12733",
        read_in_part="One comment of 2026-09-14 was read, in its log lines; the issue's other comments were not read.",
    ),
}


def _ErrorCode() -> type[CodeEnum]:
    class ErrorCode(CodeEnum):
        """API error code: The text error code of a failed Enable Banking API request (ErrorCode, "Text error code" in the ErrorResponse body), with the description the spec's x-enum-descriptions gives it. The spec lists the codes in one order and their descriptions in another: 1.0.0-8e8ab97c in a mapping keyed by code name, 1.0.0-f30f2f09 (which adds six codes) in a list in the alphabetical order of the names. Each description here is the one its code's name keys. The spec pairs no code with an HTTP status: every operation lists the same error responses (400, 401, 403, 404, 408, 422, 429, 500). The categories are bankcodes' reading of the texts.

        Wire field: error (ErrorResponse)."""

        ACCESS_DENIED = "ACCESS_DENIED"
        ACCOUNT_DOES_NOT_EXIST = "ACCOUNT_DOES_NOT_EXIST"
        ALREADY_AUTHORIZED = "ALREADY_AUTHORIZED"
        ASPSP_ACCOUNT_NOT_ACCESSIBLE = "ASPSP_ACCOUNT_NOT_ACCESSIBLE"
        ASPSP_ERROR = "ASPSP_ERROR"
        ASPSP_TIMEOUT = "ASPSP_TIMEOUT"
        ASPSP_RATE_LIMIT_EXCEEDED = "ASPSP_RATE_LIMIT_EXCEEDED"
        AUTHORIZATION_NOT_PROVIDED = "AUTHORIZATION_NOT_PROVIDED"
        CLOSED_SESSION = "CLOSED_SESSION"
        DATE_TO_WITHOUT_DATE_FROM = "DATE_TO_WITHOUT_DATE_FROM"
        DATE_FROM_IN_FUTURE = "DATE_FROM_IN_FUTURE"
        EXPIRED_AUTHORIZATION_CODE = "EXPIRED_AUTHORIZATION_CODE"
        EXPIRED_SESSION = "EXPIRED_SESSION"
        INVALID_ACCOUNT_ID = "INVALID_ACCOUNT_ID"
        INVALID_HOST = "INVALID_HOST"
        UNAUTHORIZED_IP = "UNAUTHORIZED_IP"
        NO_ACCOUNTS_ADDED = "NO_ACCOUNTS_ADDED"
        PAYMENT_NOT_FOUND = "PAYMENT_NOT_FOUND"
        PSU_HEADER_NOT_PROVIDED = "PSU_HEADER_NOT_PROVIDED"
        PSU_HEADER_INVALID = "PSU_HEADER_INVALID"
        REDIRECT_URI_NOT_ALLOWED = "REDIRECT_URI_NOT_ALLOWED"
        REVOKED_SESSION = "REVOKED_SESSION"
        SESSION_DOES_NOT_EXIST = "SESSION_DOES_NOT_EXIST"
        UNAUTHORIZED_ACCESS = "UNAUTHORIZED_ACCESS"
        UNTRUSTED_PAYMENT_PARTY = "UNTRUSTED_PAYMENT_PARTY"
        WEBHOOK_URI_NOT_ALLOWED = "WEBHOOK_URI_NOT_ALLOWED"
        WRONG_ASPSP_PROVIDED = "WRONG_ASPSP_PROVIDED"
        WRONG_AUTHORIZATION_CODE = "WRONG_AUTHORIZATION_CODE"
        WRONG_DATE_INTERVAL = "WRONG_DATE_INTERVAL"
        WRONG_CREDENTIALS_PROVIDED = "WRONG_CREDENTIALS_PROVIDED"
        WRONG_REQUEST_PARAMETERS = "WRONG_REQUEST_PARAMETERS"
        WRONG_SESSION_STATUS = "WRONG_SESSION_STATUS"
        WRONG_TRANSACTIONS_PERIOD = "WRONG_TRANSACTIONS_PERIOD"
        WRONG_CONTINUATION_KEY = "WRONG_CONTINUATION_KEY"
        TRANSACTION_DOES_NOT_EXIST = "TRANSACTION_DOES_NOT_EXIST"
        PAYMENT_LIMIT_EXCEEDED = "PAYMENT_LIMIT_EXCEEDED"
        ASPSP_PAYMENT_NOT_ACCESSIBLE = "ASPSP_PAYMENT_NOT_ACCESSIBLE"
        INVALID_PAYMENT = "INVALID_PAYMENT"
        ASPSP_PSU_ACTION_REQUIRED = "ASPSP_PSU_ACTION_REQUIRED"
        PAYMENT_NOT_FINALIZED = "PAYMENT_NOT_FINALIZED"
        PAYMENT_SUBMISSION_NOT_SUPPORTED = "PAYMENT_SUBMISSION_NOT_SUPPORTED"
        PAYMENT_NOT_AUTHORIZED = "PAYMENT_NOT_AUTHORIZED"
        PAYMENT_SUBMISSION_NOT_DEFERRED = "PAYMENT_SUBMISSION_NOT_DEFERRED"

    register(
        ErrorCode,
        lambda: (
            CodeSetInfo(
                provider="enablebanking",
                id="error_code",
                title="API error code",
                description="The text error code of a failed Enable Banking API request (ErrorCode, \"Text error code\" in the ErrorResponse body), with the description the spec's x-enum-descriptions gives it. The spec lists the codes in one order and their descriptions in another: 1.0.0-8e8ab97c in a mapping keyed by code name, 1.0.0-f30f2f09 (which adds six codes) in a list in the alphabetical order of the names. Each description here is the one its code's name keys. The spec pairs no code with an HTTP status: every operation lists the same error responses (400, 401, 403, 404, 408, 422, 429, 500). The categories are bankcodes' reading of the texts.",
                field="error (ErrorResponse)",
                sources=(
                    _S["enablebanking-openapi-8e8ab97c"],
                    _S["enablebanking-openapi-33d10df1"],
                    _S["enablebanking-openapi-f30f2f09"],
                ),
            ),
            (
                CodeInfo(
                    value="ACCESS_DENIED",
                    description="Access to this resource is denied. Check services available for your application.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                        _S["enablebanking-openapi-f30f2f09"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                                _S["enablebanking-openapi-f30f2f09"],
                            ),
                        ),
                    ),
                    page="reference/enablebanking/error_code/#ACCESS_DENIED",
                ),
                CodeInfo(
                    value="ACCOUNT_DOES_NOT_EXIST",
                    description="No account found matching provided id",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                        _S["enablebanking-openapi-f30f2f09"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                                _S["enablebanking-openapi-f30f2f09"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/enablebanking/error_code/#ACCOUNT_DOES_NOT_EXIST",
                    notes='The id is Enable Banking\'s account uid, which "is valid only until the session to which the account belongs is in the AUTHORIZED status" (AccountResource.uid): a uid of an ended session finds no account.',
                ),
                CodeInfo(
                    value="ALREADY_AUTHORIZED",
                    description="Session is already authorized",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                        _S["enablebanking-openapi-f30f2f09"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                                _S["enablebanking-openapi-f30f2f09"],
                            ),
                        ),
                    ),
                    page="reference/enablebanking/error_code/#ALREADY_AUTHORIZED",
                ),
                CodeInfo(
                    value="ASPSP_ACCOUNT_NOT_ACCESSIBLE",
                    description="The PSU does not have access to the requested account or it doesn't exist",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                        _S["enablebanking-openapi-f30f2f09"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                                _S["enablebanking-openapi-f30f2f09"],
                            ),
                        ),
                    ),
                    page="reference/enablebanking/error_code/#ASPSP_ACCOUNT_NOT_ACCESSIBLE",
                ),
                CodeInfo(
                    value="ASPSP_ERROR",
                    description="Error interacting with ASPSP",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                        _S["enablebanking-openapi-f30f2f09"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                                _S["enablebanking-openapi-f30f2f09"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/enablebanking/error_code/#ASPSP_ERROR",
                    notes="The text names no cause (an ErrorResponse's detail may). Retried later, with backoff, and reported to Enable Banking if it persists, as a generic failure asks; a next step that is bankcodes' reading of the code's text.",
                    next_step="retry_later",
                ),
                CodeInfo(
                    value="ASPSP_TIMEOUT",
                    description="Timeout interacting with ASPSP",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                        _S["enablebanking-openapi-f30f2f09"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                                _S["enablebanking-openapi-f30f2f09"],
                            ),
                        ),
                    ),
                    page="reference/enablebanking/error_code/#ASPSP_TIMEOUT",
                ),
                CodeInfo(
                    value="ASPSP_RATE_LIMIT_EXCEEDED",
                    description="ASPSP Rate limit exceeded",
                    category=_C.RATE_LIMITED,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                        _S["enablebanking-openapi-f30f2f09"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                                _S["enablebanking-openapi-f30f2f09"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/enablebanking/error_code/#ASPSP_RATE_LIMIT_EXCEEDED",
                    notes="The bank's limit, not Enable Banking's: the spec states no number of requests and no wait.",
                ),
                CodeInfo(
                    value="AUTHORIZATION_NOT_PROVIDED",
                    description="Authorization header is not provided",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                        _S["enablebanking-openapi-f30f2f09"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                                _S["enablebanking-openapi-f30f2f09"],
                            ),
                        ),
                    ),
                    page="reference/enablebanking/error_code/#AUTHORIZATION_NOT_PROVIDED",
                ),
                CodeInfo(
                    value="CLOSED_SESSION",
                    description="Session is closed",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                        _S["enablebanking-openapi-f30f2f09"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                                _S["enablebanking-openapi-f30f2f09"],
                            ),
                        ),
                    ),
                    page="reference/enablebanking/error_code/#CLOSED_SESSION",
                    state="consent_ended",
                    state_reason="A closed session gives no more access: DELETE /sessions/{session_id} closes it, and \"PSU's bank consent will be closed automatically if possible\"; a new session needs the end user's authorisation.",
                    fact_sources={
                        "state": (
                            "enablebanking-openapi-8e8ab97c",
                            "enablebanking-openapi-33d10df1",
                        )
                    },
                ),
                CodeInfo(
                    value="DATE_TO_WITHOUT_DATE_FROM",
                    description="date_from must be provided if date_to provided",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                        _S["enablebanking-openapi-f30f2f09"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                                _S["enablebanking-openapi-f30f2f09"],
                            ),
                        ),
                    ),
                    page="reference/enablebanking/error_code/#DATE_TO_WITHOUT_DATE_FROM",
                ),
                CodeInfo(
                    value="DATE_FROM_IN_FUTURE",
                    description="date_from can not be in the future",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                        _S["enablebanking-openapi-f30f2f09"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                                _S["enablebanking-openapi-f30f2f09"],
                            ),
                        ),
                    ),
                    page="reference/enablebanking/error_code/#DATE_FROM_IN_FUTURE",
                ),
                CodeInfo(
                    value="EXPIRED_AUTHORIZATION_CODE",
                    description="Authorization code is expired",
                    category=_C.SESSION_EXPIRED,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                        _S["enablebanking-openapi-f30f2f09"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                                _S["enablebanking-openapi-f30f2f09"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/enablebanking/error_code/#EXPIRED_AUTHORIZATION_CODE",
                    notes="The code is the one the end user's redirect brings back from the bank's authorisation, to be exchanged at POST /sessions: once it has expired, the end user authorises again.",
                ),
                CodeInfo(
                    value="EXPIRED_SESSION",
                    description="Session is expired",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                        _S["enablebanking-openapi-f30f2f09"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(status=401, sources=(_S["enablebanking-whisper-money-557"],)),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                                _S["enablebanking-openapi-f30f2f09"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/enablebanking/error_code/#EXPIRED_SESSION",
                    notes='The spec pairs no code with an HTTP status; an app\'s production error report quotes Enable Banking answering HTTP 401 {"error":"EXPIRED_SESSION"} to a transactions request.',
                    next_step="renew_consent",
                    state="consent_ended",
                    state_reason='A session lasts until its valid_until, which "cannot exceed" now plus the bank\'s maximum_consent_validity; "the session validity will remain exactly as specified": when it has passed, the consent has ended and the end user authorises a new session.',
                    fact_sources={
                        "next_step": (
                            "enablebanking-openapi-8e8ab97c",
                            "enablebanking-openapi-33d10df1",
                        ),
                        "state": (
                            "enablebanking-openapi-8e8ab97c",
                            "enablebanking-openapi-33d10df1",
                        ),
                    },
                ),
                CodeInfo(
                    value="INVALID_ACCOUNT_ID",
                    description="Either iban or other account identification is required",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                        _S["enablebanking-openapi-f30f2f09"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                                _S["enablebanking-openapi-f30f2f09"],
                            ),
                        ),
                    ),
                    page="reference/enablebanking/error_code/#INVALID_ACCOUNT_ID",
                ),
                CodeInfo(
                    value="INVALID_HOST",
                    description="Invalid host",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                        _S["enablebanking-openapi-f30f2f09"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                                _S["enablebanking-openapi-f30f2f09"],
                            ),
                        ),
                    ),
                    page="reference/enablebanking/error_code/#INVALID_HOST",
                ),
                CodeInfo(
                    value="UNAUTHORIZED_IP",
                    description="Used IP address is not authorized to access the resource",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                        _S["enablebanking-openapi-f30f2f09"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                                _S["enablebanking-openapi-f30f2f09"],
                            ),
                        ),
                    ),
                    page="reference/enablebanking/error_code/#UNAUTHORIZED_IP",
                ),
                CodeInfo(
                    value="NO_ACCOUNTS_ADDED",
                    description="No allowed accounts added to the application",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                        _S["enablebanking-openapi-f30f2f09"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                                _S["enablebanking-openapi-f30f2f09"],
                            ),
                        ),
                    ),
                    page="reference/enablebanking/error_code/#NO_ACCOUNTS_ADDED",
                ),
                CodeInfo(
                    value="PAYMENT_NOT_FOUND",
                    description="Payment not found",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                        _S["enablebanking-openapi-f30f2f09"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                                _S["enablebanking-openapi-f30f2f09"],
                            ),
                        ),
                    ),
                    page="reference/enablebanking/error_code/#PAYMENT_NOT_FOUND",
                ),
                CodeInfo(
                    value="PSU_HEADER_NOT_PROVIDED",
                    description="Required PSU header is not provided",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                        _S["enablebanking-openapi-f30f2f09"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                            ),
                            message="Required PSU header not provided",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["enablebanking-openapi-f30f2f09"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/enablebanking/error_code/#PSU_HEADER_NOT_PROVIDED",
                    notes='1.0.0-f30f2f09\'s ErrorResponse examples pair it with code 422, the message "Required PSU header is not provided" and the detail "PSU header psuIpAddress is not provided"; 1.0.0-8e8ab97c\'s wrote "Required PSU header not provided", in its description and its example message alike.',
                ),
                CodeInfo(
                    value="PSU_HEADER_INVALID",
                    description="Provided PSU header contains invalid value",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["enablebanking-openapi-f30f2f09"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["enablebanking-openapi-f30f2f09"],),
                        ),
                    ),
                    page="reference/enablebanking/error_code/#PSU_HEADER_INVALID",
                ),
                CodeInfo(
                    value="REDIRECT_URI_NOT_ALLOWED",
                    description="Redirect URI not allowed",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                        _S["enablebanking-openapi-f30f2f09"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                                _S["enablebanking-openapi-f30f2f09"],
                            ),
                        ),
                    ),
                    page="reference/enablebanking/error_code/#REDIRECT_URI_NOT_ALLOWED",
                ),
                CodeInfo(
                    value="REVOKED_SESSION",
                    description="Session is revoked",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                        _S["enablebanking-openapi-f30f2f09"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                                _S["enablebanking-openapi-f30f2f09"],
                            ),
                        ),
                    ),
                    page="reference/enablebanking/error_code/#REVOKED_SESSION",
                    state="revoked",
                    state_reason="A revoked session gives no more access; a new one needs the end user's authorisation.",
                    fact_sources={
                        "state": (
                            "enablebanking-openapi-8e8ab97c",
                            "enablebanking-openapi-33d10df1",
                        )
                    },
                ),
                CodeInfo(
                    value="SESSION_DOES_NOT_EXIST",
                    description="No session found matching provided id",
                    category=_C.SESSION_EXPIRED,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                        _S["enablebanking-openapi-f30f2f09"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                                _S["enablebanking-openapi-f30f2f09"],
                            ),
                        ),
                    ),
                    page="reference/enablebanking/error_code/#SESSION_DOES_NOT_EXIST",
                ),
                CodeInfo(
                    value="UNAUTHORIZED_ACCESS",
                    description="Unauthorized access",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                        _S["enablebanking-openapi-f30f2f09"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=401,
                            sources=(_S["enablebanking-firefly-iii-12733"],),
                            message="Unauthorized access",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                                _S["enablebanking-openapi-f30f2f09"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/enablebanking/error_code/#UNAUTHORIZED_ACCESS",
                    notes='A user\'s log quotes Enable Banking\'s whole answer to GET /sessions/{id}: 401 {"code":401,"message":"Unauthorized access","error":"UNAUTHORIZED_ACCESS","detail":null}.',
                ),
                CodeInfo(
                    value="UNTRUSTED_PAYMENT_PARTY",
                    description="Either creditor or debtor account is not trusted",
                    category=_C.REJECTED,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                        _S["enablebanking-openapi-f30f2f09"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                                _S["enablebanking-openapi-f30f2f09"],
                            ),
                        ),
                    ),
                    page="reference/enablebanking/error_code/#UNTRUSTED_PAYMENT_PARTY",
                ),
                CodeInfo(
                    value="WEBHOOK_URI_NOT_ALLOWED",
                    description="Webhook URI not allowed",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                        _S["enablebanking-openapi-f30f2f09"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                                _S["enablebanking-openapi-f30f2f09"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/enablebanking/error_code/#WEBHOOK_URI_NOT_ALLOWED",
                    notes='Webhook origins are allowed per application in the Control Panel (the Webhooks page: "you need to whitelist HTTP origins of the application to which webhooks will be sent").',
                ),
                CodeInfo(
                    value="WRONG_ASPSP_PROVIDED",
                    description="Wrong ASPSP name provided",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                        _S["enablebanking-openapi-f30f2f09"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                                _S["enablebanking-openapi-f30f2f09"],
                            ),
                        ),
                    ),
                    page="reference/enablebanking/error_code/#WRONG_ASPSP_PROVIDED",
                ),
                CodeInfo(
                    value="WRONG_AUTHORIZATION_CODE",
                    description="Wrong authorization code provided",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                        _S["enablebanking-openapi-f30f2f09"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                                _S["enablebanking-openapi-f30f2f09"],
                            ),
                        ),
                    ),
                    page="reference/enablebanking/error_code/#WRONG_AUTHORIZATION_CODE",
                ),
                CodeInfo(
                    value="WRONG_DATE_INTERVAL",
                    description="date_from should be less than or equal date_to",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                        _S["enablebanking-openapi-f30f2f09"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                                _S["enablebanking-openapi-f30f2f09"],
                            ),
                        ),
                    ),
                    page="reference/enablebanking/error_code/#WRONG_DATE_INTERVAL",
                ),
                CodeInfo(
                    value="WRONG_CREDENTIALS_PROVIDED",
                    description="Wrong credentials provided",
                    category=_C.CREDENTIALS_INVALID,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                        _S["enablebanking-openapi-f30f2f09"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                                _S["enablebanking-openapi-f30f2f09"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/enablebanking/error_code/#WRONG_CREDENTIALS_PROVIDED",
                    notes="The credentials are those an end user may supply when an authorisation starts (StartAuthorizationRequest.credentials, the bank's embedded authentication), bankcodes' reading of whose they are.",
                ),
                CodeInfo(
                    value="WRONG_REQUEST_PARAMETERS",
                    description="Wrong request parameters provided",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                        _S["enablebanking-openapi-f30f2f09"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                                _S["enablebanking-openapi-f30f2f09"],
                            ),
                        ),
                    ),
                    page="reference/enablebanking/error_code/#WRONG_REQUEST_PARAMETERS",
                ),
                CodeInfo(
                    value="WRONG_SESSION_STATUS",
                    description="Wrong session status",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                        _S["enablebanking-openapi-f30f2f09"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                                _S["enablebanking-openapi-f30f2f09"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/enablebanking/error_code/#WRONG_SESSION_STATUS",
                    notes="The session is not in a status that allows the request (SessionStatus); the spec says no more.",
                ),
                CodeInfo(
                    value="WRONG_TRANSACTIONS_PERIOD",
                    description="Wrong transactions period requested",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                        _S["enablebanking-openapi-f30f2f09"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                                _S["enablebanking-openapi-f30f2f09"],
                            ),
                        ),
                    ),
                    page="reference/enablebanking/error_code/#WRONG_TRANSACTIONS_PERIOD",
                ),
                CodeInfo(
                    value="WRONG_CONTINUATION_KEY",
                    description="Wrong continuation key provided",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                        _S["enablebanking-openapi-f30f2f09"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                                _S["enablebanking-openapi-f30f2f09"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/enablebanking/error_code/#WRONG_CONTINUATION_KEY",
                    notes='A continuation_key is "Only valid in current session".',
                ),
                CodeInfo(
                    value="TRANSACTION_DOES_NOT_EXIST",
                    description="No transaction found matching provided id",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                        _S["enablebanking-openapi-f30f2f09"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                                _S["enablebanking-openapi-f30f2f09"],
                            ),
                        ),
                    ),
                    page="reference/enablebanking/error_code/#TRANSACTION_DOES_NOT_EXIST",
                ),
                CodeInfo(
                    value="PAYMENT_LIMIT_EXCEEDED",
                    description="The amount value or the the number of transactions exceeds the limit",
                    category=_C.REJECTED,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                        _S["enablebanking-openapi-f30f2f09"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                                _S["enablebanking-openapi-f30f2f09"],
                            ),
                        ),
                    ),
                    page="reference/enablebanking/error_code/#PAYMENT_LIMIT_EXCEEDED",
                ),
                CodeInfo(
                    value="ASPSP_PAYMENT_NOT_ACCESSIBLE",
                    description="Payment can not be requested from the ASPSP",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                        _S["enablebanking-openapi-f30f2f09"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                                _S["enablebanking-openapi-f30f2f09"],
                            ),
                        ),
                    ),
                    page="reference/enablebanking/error_code/#ASPSP_PAYMENT_NOT_ACCESSIBLE",
                ),
                CodeInfo(
                    value="INVALID_PAYMENT",
                    description="Invalid or expired payment provided",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                        _S["enablebanking-openapi-f30f2f09"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                                _S["enablebanking-openapi-f30f2f09"],
                            ),
                        ),
                    ),
                    page="reference/enablebanking/error_code/#INVALID_PAYMENT",
                ),
                CodeInfo(
                    value="ASPSP_PSU_ACTION_REQUIRED",
                    description="PSU action is required to proceed",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["enablebanking-openapi-f30f2f09"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["enablebanking-openapi-f30f2f09"],),
                        ),
                    ),
                    page="reference/enablebanking/error_code/#ASPSP_PSU_ACTION_REQUIRED",
                ),
                CodeInfo(
                    value="PAYMENT_NOT_FINALIZED",
                    description="You can not delete a payment that is not finalized or cancelled",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["enablebanking-openapi-f30f2f09"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["enablebanking-openapi-f30f2f09"],),
                        ),
                    ),
                    page="reference/enablebanking/error_code/#PAYMENT_NOT_FINALIZED",
                ),
                CodeInfo(
                    value="PAYMENT_SUBMISSION_NOT_SUPPORTED",
                    description="Deferred submission is not supported for this ASPSP payment type",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["enablebanking-openapi-f30f2f09"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["enablebanking-openapi-f30f2f09"],),
                        ),
                    ),
                    page="reference/enablebanking/error_code/#PAYMENT_SUBMISSION_NOT_SUPPORTED",
                ),
                CodeInfo(
                    value="PAYMENT_NOT_AUTHORIZED",
                    description="Payment has not been authorized yet",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["enablebanking-openapi-f30f2f09"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["enablebanking-openapi-f30f2f09"],),
                        ),
                    ),
                    page="reference/enablebanking/error_code/#PAYMENT_NOT_AUTHORIZED",
                ),
                CodeInfo(
                    value="PAYMENT_SUBMISSION_NOT_DEFERRED",
                    description="Payment was not created with deferred submission enabled",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["enablebanking-openapi-f30f2f09"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["enablebanking-openapi-f30f2f09"],),
                        ),
                    ),
                    page="reference/enablebanking/error_code/#PAYMENT_SUBMISSION_NOT_DEFERRED",
                ),
            ),
        ),
        {},
    )
    return ErrorCode


def _SessionStatus() -> type[CodeEnum]:
    class SessionStatus(CodeEnum):
        """Session status: The status of an Enable Banking session (SessionStatus, the status of GET /sessions/{session_id}), with the description 1.0.0-f30f2f09's x-enum-descriptions gives it (1.0.0-8e8ab97c's repeats each status's name); the categories and states are bankcodes' reading.

        Wire field: status (GET /sessions/{session_id})."""

        INVALID = "INVALID"
        PENDING_AUTHORIZATION = "PENDING_AUTHORIZATION"
        RETURNED_FROM_BANK = "RETURNED_FROM_BANK"
        AUTHORIZED = "AUTHORIZED"
        EXPIRED = "EXPIRED"
        CLOSED = "CLOSED"
        REVOKED = "REVOKED"
        CANCELLED = "CANCELLED"

    register(
        SessionStatus,
        lambda: (
            CodeSetInfo(
                provider="enablebanking",
                id="session_status",
                title="Session status",
                description="The status of an Enable Banking session (SessionStatus, the status of GET /sessions/{session_id}), with the description 1.0.0-f30f2f09's x-enum-descriptions gives it (1.0.0-8e8ab97c's repeats each status's name); the categories and states are bankcodes' reading.",
                field="status (GET /sessions/{session_id})",
                states=True,
                sources=(
                    _S["enablebanking-openapi-8e8ab97c"],
                    _S["enablebanking-openapi-33d10df1"],
                    _S["enablebanking-openapi-f30f2f09"],
                ),
            ),
            (
                CodeInfo(
                    value="INVALID",
                    description="Session authorisation has failed",
                    category=_C.REJECTED,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                        _S["enablebanking-openapi-f30f2f09"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["enablebanking-openapi-f30f2f09"],),
                        ),
                    ),
                    page="reference/enablebanking/session_status/#INVALID",
                    state="needs_end_user",
                    state_reason="bankcodes' reading: the spec gives the status no meaning; a session that is not valid gives no access, and the end user authorises a new one.",
                ),
                CodeInfo(
                    value="PENDING_AUTHORIZATION",
                    description="Session authorisation by the end-user is pending",
                    category=_C.PENDING,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                        _S["enablebanking-openapi-f30f2f09"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["enablebanking-openapi-f30f2f09"],),
                        ),
                    ),
                    page="reference/enablebanking/session_status/#PENDING_AUTHORIZATION",
                ),
                CodeInfo(
                    value="RETURNED_FROM_BANK",
                    description="Session authorisation has completed successfully by the end-user",
                    category=_C.PENDING,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                        _S["enablebanking-openapi-f30f2f09"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["enablebanking-openapi-f30f2f09"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/enablebanking/session_status/#RETURNED_FROM_BANK",
                    notes='The end user has completed the authorisation at the bank; the session is AUTHORIZED, and its accounts readable, once the application authorises it with POST /sessions ("Authorize user session by provided authorization code").',
                ),
                CodeInfo(
                    value="AUTHORIZED",
                    description="Session is authorised for access to account information",
                    category=_C.SUCCESS,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                        _S["enablebanking-openapi-f30f2f09"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["enablebanking-openapi-f30f2f09"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/enablebanking/session_status/#AUTHORIZED",
                    notes='Account uids are valid "only until the session to which the account belongs is in the AUTHORIZED status" (AccountResource.uid).',
                ),
                CodeInfo(
                    value="EXPIRED",
                    description="Session has expired",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                        _S["enablebanking-openapi-f30f2f09"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["enablebanking-openapi-f30f2f09"],),
                        ),
                    ),
                    page="reference/enablebanking/session_status/#EXPIRED",
                    next_step="renew_consent",
                    state="consent_ended",
                    state_reason="The session expires at its valid_until, which the bank's maximum_consent_validity bounds: the consent has ended.",
                    fact_sources={
                        "next_step": (
                            "enablebanking-openapi-8e8ab97c",
                            "enablebanking-openapi-33d10df1",
                        ),
                        "state": (
                            "enablebanking-openapi-8e8ab97c",
                            "enablebanking-openapi-33d10df1",
                        ),
                    },
                ),
                CodeInfo(
                    value="CLOSED",
                    description="Session has been closed by the application",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                        _S["enablebanking-openapi-f30f2f09"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["enablebanking-openapi-f30f2f09"],),
                        ),
                    ),
                    page="reference/enablebanking/session_status/#CLOSED",
                    state="consent_ended",
                    state_reason="DELETE /sessions/{session_id} closes a session, and the bank consent with it where possible.",
                    fact_sources={
                        "state": (
                            "enablebanking-openapi-8e8ab97c",
                            "enablebanking-openapi-33d10df1",
                        )
                    },
                ),
                CodeInfo(
                    value="REVOKED",
                    description="Session has been revoked by the end-user",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                        _S["enablebanking-openapi-f30f2f09"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["enablebanking-openapi-f30f2f09"],),
                        ),
                    ),
                    page="reference/enablebanking/session_status/#REVOKED",
                    state="revoked",
                    state_reason="bankcodes' reading of the name: the consent was revoked.",
                ),
                CodeInfo(
                    value="CANCELLED",
                    description="Session authorisation has been cancelled by the end-user",
                    category=_C.CANCELLED,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                        _S["enablebanking-openapi-f30f2f09"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["enablebanking-openapi-f30f2f09"],),
                        ),
                    ),
                    page="reference/enablebanking/session_status/#CANCELLED",
                    state="needs_end_user",
                    state_reason="bankcodes' reading of the name: the authorisation was cancelled before it completed, so the end user starts again.",
                ),
            ),
        ),
        {},
    )
    return SessionStatus


def _PaymentStatus() -> type[CodeEnum]:
    class PaymentStatus(CodeEnum):
        """Payment status: The status of a payment initiated through Enable Banking (PaymentStatus, in the answers of POST /payments and GET /payments/{payment_id}), ISO 20022's codes with the descriptions the spec's x-enum-descriptions gives them, paired by code name. The categories are bankcodes' reading.

        Wire field: status (POST /payments, GET /payments/{payment_id})."""

        ACCC = "ACCC"
        ACCP = "ACCP"
        ACSC = "ACSC"
        ACSP = "ACSP"
        ACTC = "ACTC"
        ACWC = "ACWC"
        ACWP = "ACWP"
        PART = "PART"
        RCVD = "RCVD"
        PDNG = "PDNG"
        RJCT = "RJCT"
        ACPT = "ACPT"
        ACCR = "ACCR"
        RJCR = "RJCR"
        PACR = "PACR"
        PDCR = "PDCR"
        CNCL = "CNCL"
        NULL = "NULL"

    register(
        PaymentStatus,
        lambda: (
            CodeSetInfo(
                provider="enablebanking",
                id="payment_status",
                title="Payment status",
                description="The status of a payment initiated through Enable Banking (PaymentStatus, in the answers of POST /payments and GET /payments/{payment_id}), ISO 20022's codes with the descriptions the spec's x-enum-descriptions gives them, paired by code name. The categories are bankcodes' reading.",
                field="status (POST /payments, GET /payments/{payment_id})",
                sources=(
                    _S["enablebanking-openapi-8e8ab97c"],
                    _S["enablebanking-openapi-33d10df1"],
                ),
            ),
            (
                CodeInfo(
                    value="ACCC",
                    description="AcceptedCreditSettlementCompleted. Settlement on the creditor's account has been completed.",
                    category=_C.SUCCESS,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                            ),
                        ),
                    ),
                    page="reference/enablebanking/payment_status/#ACCC",
                ),
                CodeInfo(
                    value="ACCP",
                    description="AcceptedCustomerProfile. Preceding check of technical validation was successful. Customer profile check was also successful.",
                    category=_C.PENDING,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                            ),
                        ),
                    ),
                    page="reference/enablebanking/payment_status/#ACCP",
                ),
                CodeInfo(
                    value="ACSC",
                    description="AcceptedSettlementCompleted. Settlement on the debtor's account has been completed.",
                    category=_C.SUCCESS,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                            ),
                        ),
                    ),
                    page="reference/enablebanking/payment_status/#ACSC",
                ),
                CodeInfo(
                    value="ACSP",
                    description="AcceptedSettlementInProcess. All preceding checks such as technical validation and customer profile were successful. Dynamic risk assessment is now also successful and therefore the Payment Request has been accepted for execution.",
                    category=_C.PENDING,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                            ),
                        ),
                    ),
                    page="reference/enablebanking/payment_status/#ACSP",
                ),
                CodeInfo(
                    value="ACTC",
                    description="AcceptedTechnicalValidation. Authentication and syntactical and semantical validation are successful.",
                    category=_C.PENDING,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                            ),
                        ),
                    ),
                    page="reference/enablebanking/payment_status/#ACTC",
                ),
                CodeInfo(
                    value="ACWC",
                    description="AcceptedWithChange. Instruction is accepted but a change will be made, such as date or remittance not sent.",
                    category=_C.PENDING,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                            ),
                        ),
                    ),
                    page="reference/enablebanking/payment_status/#ACWC",
                ),
                CodeInfo(
                    value="ACWP",
                    description="AcceptedWithoutPosting. Payment instruction included in the credit transfer is accepted without being posted to the creditor's account.",
                    category=_C.PENDING,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                            ),
                        ),
                    ),
                    page="reference/enablebanking/payment_status/#ACWP",
                ),
                CodeInfo(
                    value="PART",
                    description="PartiallyAccepted. A number of transactions have been accepted, whereas another number of transactions have not yet achieved 'accepted' status.",
                    category=_C.PENDING,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                            ),
                        ),
                    ),
                    page="reference/enablebanking/payment_status/#PART",
                ),
                CodeInfo(
                    value="RCVD",
                    description="Received. Payment initiation has been received by the receiving agent.",
                    category=_C.PENDING,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                            ),
                        ),
                    ),
                    page="reference/enablebanking/payment_status/#RCVD",
                ),
                CodeInfo(
                    value="PDNG",
                    description="Pending. Payment request or individual transaction included in the Payment Request is pending. Further checks and status update will be performed.",
                    category=_C.PENDING,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                            ),
                        ),
                    ),
                    page="reference/enablebanking/payment_status/#PDNG",
                ),
                CodeInfo(
                    value="RJCT",
                    description="Rejected. Payment request  has been rejected.",
                    category=_C.REJECTED,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                            ),
                        ),
                    ),
                    page="reference/enablebanking/payment_status/#RJCT",
                ),
                CodeInfo(
                    value="ACPT",
                    description="Accepted. Request is accepted.",
                    category=_C.PENDING,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                            ),
                        ),
                    ),
                    page="reference/enablebanking/payment_status/#ACPT",
                ),
                CodeInfo(
                    value="ACCR",
                    description="AcceptedCancellationRequest. Cancellation is accepted.",
                    category=_C.CANCELLED,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                            ),
                        ),
                    ),
                    page="reference/enablebanking/payment_status/#ACCR",
                ),
                CodeInfo(
                    value="RJCR",
                    description="RejectedCancellationRequest. Cancellation request is rejected.",
                    category=_C.REJECTED,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                            ),
                        ),
                    ),
                    page="reference/enablebanking/payment_status/#RJCR",
                ),
                CodeInfo(
                    value="PACR",
                    description="PartiallyAcceptedCancellationRequest. Cancellation is partially accepted.",
                    category=_C.PENDING,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                            ),
                        ),
                    ),
                    page="reference/enablebanking/payment_status/#PACR",
                ),
                CodeInfo(
                    value="PDCR",
                    description="PendingCancellationRequest. Cancellation request is pending.",
                    category=_C.PENDING,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                            ),
                        ),
                    ),
                    page="reference/enablebanking/payment_status/#PDCR",
                ),
                CodeInfo(
                    value="CNCL",
                    description="PaymentCancelled. Payment is cancelled.",
                    category=_C.CANCELLED,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                            ),
                        ),
                    ),
                    page="reference/enablebanking/payment_status/#CNCL",
                ),
                CodeInfo(
                    value="NULL",
                    description="NoCancellationProcess. There is no cancellation process ongoing.",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                            ),
                        ),
                    ),
                    page="reference/enablebanking/payment_status/#NULL",
                ),
            ),
        ),
        {},
    )
    return PaymentStatus


def _ResponseStatus() -> type[NumericCodeEnum]:
    class ResponseStatus(NumericCodeEnum):
        """API response status: The HTTP status of a failed Enable Banking API request, repeated in the ErrorResponse body's code ("Error code, identical to the http response code"), with the description every operation of the spec gives its response. Its text error code (error) says more and decides; the categories are bankcodes' reading.

        Wire field: code (ErrorResponse), the HTTP status."""

        BAD_REQUEST = 400
        UNAUTHORIZED = 401
        FORBIDDEN = 403
        NOT_FOUND = 404
        REQUEST_TIMEOUT = 408
        UNPROCESSABLE_ENTITY = 422
        TOO_MANY_REQUESTS = 429
        INTERNAL_SERVER_ERROR = 500

    register(
        ResponseStatus,
        lambda: (
            CodeSetInfo(
                provider="enablebanking",
                id="response_status",
                title="API response status",
                description="The HTTP status of a failed Enable Banking API request, repeated in the ErrorResponse body's code (\"Error code, identical to the http response code\"), with the description every operation of the spec gives its response. Its text error code (error) says more and decides; the categories are bankcodes' reading.",
                field="code (ErrorResponse), the HTTP status",
                sources=(
                    _S["enablebanking-openapi-8e8ab97c"],
                    _S["enablebanking-openapi-33d10df1"],
                ),
            ),
            (
                CodeInfo(
                    value="400",
                    description="Bad Request",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                            ),
                        ),
                    ),
                    page="reference/enablebanking/response_status/#400",
                ),
                CodeInfo(
                    value="401",
                    description="Unauthorized",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                            ),
                        ),
                    ),
                    page="reference/enablebanking/response_status/#401",
                ),
                CodeInfo(
                    value="403",
                    description="Forbidden",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                            ),
                        ),
                    ),
                    page="reference/enablebanking/response_status/#403",
                ),
                CodeInfo(
                    value="404",
                    description="Not Found",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                            ),
                        ),
                    ),
                    page="reference/enablebanking/response_status/#404",
                ),
                CodeInfo(
                    value="408",
                    description="Request Timeout",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                            ),
                        ),
                    ),
                    page="reference/enablebanking/response_status/#408",
                ),
                CodeInfo(
                    value="422",
                    description="Unprocessable Entity",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                            ),
                        ),
                    ),
                    page="reference/enablebanking/response_status/#422",
                ),
                CodeInfo(
                    value="429",
                    description="Too Many Requests",
                    category=_C.RATE_LIMITED,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                            ),
                        ),
                    ),
                    page="reference/enablebanking/response_status/#429",
                ),
                CodeInfo(
                    value="500",
                    description="Internal Server Error",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["enablebanking-openapi-8e8ab97c"],
                        _S["enablebanking-openapi-33d10df1"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["enablebanking-openapi-8e8ab97c"],
                                _S["enablebanking-openapi-33d10df1"],
                            ),
                        ),
                    ),
                    page="reference/enablebanking/response_status/#500",
                ),
            ),
        ),
        {},
    )
    return ResponseStatus


def _CODE_SETS() -> tuple[object, ...]:
    return tuple(
        getattr(_PUBLIC, name)
        for name in ("ErrorCode", "SessionStatus", "PaymentStatus", "ResponseStatus")
    )
