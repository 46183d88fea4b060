# generated from spec/catalog.json — do not edit (run `make generate`)
"""Argyle (https://argyle.com): one enum per code set of the catalog, with metadata on every member. Each is built on first use."""

from __future__ import annotations

from bankcodes._base import CodeEnum, CodeInfo, CodeSetInfo, Scope, Wording, register
from bankcodes._lazy import LazyNames
from bankcodes._sources import SOURCES as _S
from bankcodes.categories import Category as _C


def _BankConnectionError() -> type[CodeEnum]:
    class BankConnectionError(CodeEnum):
        """Bank connection error: The code of a verification's status.errors[] entry when a banking verification is PAUSED because connecting the institution failed. Two pairs of codes share one message: the message is not a key.

        Wire field: verification.status.errors[].code."""

        account_closed = "account_closed"
        account_not_found = "account_not_found"
        generic_error = "generic_error"
        institution_not_supported = "institution_not_supported"
        invalid_credentials = "invalid_credentials"
        mfa_issue_encountered = "mfa_issue_encountered"
        one_time_passcode_issue = "one_time_passcode_issue"
        report_generation_failed = "report_generation_failed"
        temporary_connection_issue = "temporary_connection_issue"
        token_invalid_or_expired = "token_invalid_or_expired"
        user_action_required_at_institution = "user_action_required_at_institution"

    register(
        BankConnectionError,
        CodeSetInfo(
            "argyle",
            "bank_connection_error",
            "Bank connection error",
            "The code of a verification's status.errors[] entry when a banking verification is PAUSED because connecting the institution failed. Two pairs of codes share one message: the message is not a key.",
            "verification.status.errors[].code",
            (_S["seed-003"],),
        ),
        (
            CodeInfo(
                "account_closed",
                "The selected account could not be found or is no longer available at the banking institution.",
                _C.ACCOUNT_UNAVAILABLE,
                (_S["seed-003"],),
                message="The selected account could not be found or is no longer available at the banking institution.",
                user_action="Ask the borrower to confirm they selected an active bank account and retry.",
                wording=(
                    Wording("message", "provider", (_S["seed-003"],)),
                    Wording("user_action", "provider", (_S["argyle-bank-connection-errors-page"],)),
                ),
            ),
            CodeInfo(
                "account_not_found",
                "The selected account could not be found or is no longer available at the banking institution.",
                _C.ACCOUNT_UNAVAILABLE,
                (_S["seed-003"],),
                message="The selected account could not be found or is no longer available at the banking institution.",
                user_action="Ask the borrower to confirm they selected an active bank account and retry.",
                wording=(
                    Wording("message", "provider", (_S["seed-003"],)),
                    Wording("user_action", "provider", (_S["argyle-bank-connection-errors-page"],)),
                ),
            ),
            CodeInfo(
                "generic_error",
                "A connection error occurred while trying to verify the account.",
                _C.GENERIC_FAILURE,
                (_S["seed-003"],),
                message="A connection error occurred while trying to verify the account.",
                user_action="Ask the borrower to try again later.",
                wording=(
                    Wording("message", "provider", (_S["seed-003"],)),
                    Wording("user_action", "provider", (_S["argyle-bank-connection-errors-page"],)),
                ),
            ),
            CodeInfo(
                "institution_not_supported",
                "The selected banking institution does not currently support connections.",
                _C.INSTITUTION_NOT_SUPPORTED,
                (_S["seed-003"],),
                message="The selected banking institution does not currently support connections.",
                wording=(Wording("message", "provider", (_S["seed-003"],)),),
            ),
            CodeInfo(
                "invalid_credentials",
                "The borrower provided invalid banking login credentials.",
                _C.CREDENTIALS_INVALID,
                (_S["seed-003"],),
                message="The borrower provided invalid banking login credentials.",
                wording=(Wording("message", "provider", (_S["seed-003"],)),),
            ),
            CodeInfo(
                "mfa_issue_encountered",
                "A multi-factor authentication or security verification step was not completed successfully.",
                _C.MFA_FAILED,
                (_S["seed-003"],),
                message="A multi-factor authentication or security verification step was not completed successfully.",
                wording=(Wording("message", "provider", (_S["seed-003"],)),),
            ),
            CodeInfo(
                "one_time_passcode_issue",
                "There is a temporary issue preventing a successful connection to the borrower’s banking institution right now.",
                _C.INSTITUTION_UNAVAILABLE,
                (_S["seed-003"],),
                message="There is a temporary issue preventing a successful connection to the borrower’s banking institution right now.",
                notes="The published message is the same as temporary_connection_issue's; it is classified by that text (a temporary connection issue), not by the code's name.",
                wording=(
                    Wording("message", "provider", (_S["seed-003"],)),
                    Wording("notes", "bankcodes", ()),
                ),
            ),
            CodeInfo(
                "report_generation_failed",
                "We could not generate the requested banking report.",
                _C.GENERIC_FAILURE,
                (_S["seed-003"],),
                message="We could not generate the requested banking report.",
                wording=(Wording("message", "provider", (_S["seed-003"],)),),
            ),
            CodeInfo(
                "temporary_connection_issue",
                "There is a temporary issue preventing a successful connection to the borrower’s banking institution right now.",
                _C.INSTITUTION_UNAVAILABLE,
                (_S["seed-003"],),
                message="There is a temporary issue preventing a successful connection to the borrower’s banking institution right now.",
                wording=(Wording("message", "provider", (_S["seed-003"],)),),
            ),
            CodeInfo(
                "token_invalid_or_expired",
                "The borrower needs to reconnect their account to restore access and complete verification.",
                _C.RECONNECT_REQUIRED,
                (_S["seed-003"],),
                message="The borrower needs to reconnect their account to restore access and complete verification.",
                wording=(Wording("message", "provider", (_S["seed-003"],)),),
            ),
            CodeInfo(
                "user_action_required_at_institution",
                "The borrower must sign in directly at their banking institution and complete an account action before reconnecting.",
                _C.ACTION_REQUIRED_AT_INSTITUTION,
                (_S["seed-003"],),
                message="The borrower must sign in directly at their banking institution and complete an account action before reconnecting.",
                wording=(Wording("message", "provider", (_S["seed-003"],)),),
            ),
        ),
    )
    return BankConnectionError


def _VerificationState() -> type[CodeEnum]:
    class VerificationState(CodeEnum):
        """Verification state: The state of a verification (status.state). verifications.updated is sent on PROCESSING, PAUSED and COMPLETED, not on PENDING or CANCELLED.

        Wire field: verification.status.state."""

        PENDING = "PENDING"
        PROCESSING = "PROCESSING"
        PAUSED = "PAUSED"
        CANCELLED = "CANCELLED"
        COMPLETED = "COMPLETED"

    register(
        VerificationState,
        CodeSetInfo(
            "argyle",
            "verification_state",
            "Verification state",
            "The state of a verification (status.state). verifications.updated is sent on PROCESSING, PAUSED and COMPLETED, not on PENDING or CANCELLED.",
            "verification.status.state",
            (
                _S["argyle-openapi-verifications"],
                _S["argyle-verifications"],
                _S["argyle-webhook-updated"],
            ),
        ),
        (
            CodeInfo(
                "PENDING",
                "Initial status after verification is created.",
                _C.PENDING,
                (_S["argyle-json-schema-verification-status"], _S["argyle-verifications"]),
                wording=(
                    Wording(
                        "description", "provider", (_S["argyle-json-schema-verification-status"],)
                    ),
                ),
            ),
            CodeInfo(
                "PROCESSING",
                "Verification processing is underway.",
                _C.PENDING,
                (_S["argyle-json-schema-verification-status"], _S["argyle-verifications"]),
                notes="A PATCHed verification re-enters PROCESSING.",
                wording=(
                    Wording(
                        "description", "provider", (_S["argyle-json-schema-verification-status"],)
                    ),
                    Wording("notes", "bankcodes", ()),
                ),
            ),
            CodeInfo(
                "PAUSED",
                "Verification is paused because more data or documents are required.",
                _C.USER_ACTION_REQUIRED,
                (_S["argyle-json-schema-verification-status"], _S["argyle-verifications"]),
                notes="Check status.errors[] for the cause; only PAUSED verifications can be cancelled.",
                wording=(
                    Wording(
                        "description", "provider", (_S["argyle-json-schema-verification-status"],)
                    ),
                    Wording("notes", "bankcodes", ()),
                ),
            ),
            CodeInfo(
                "CANCELLED",
                "Verification has been cancelled.",
                _C.CANCELLED,
                (_S["argyle-json-schema-verification-status"], _S["argyle-verifications"]),
                wording=(
                    Wording(
                        "description", "provider", (_S["argyle-json-schema-verification-status"],)
                    ),
                ),
            ),
            CodeInfo(
                "COMPLETED",
                "Verification is complete and report assets are available.",
                _C.SUCCESS,
                (_S["argyle-json-schema-verification-status"], _S["argyle-verifications"]),
                notes="status.errors[] can be non-empty on a COMPLETED document verification that is not GSE-eligible.",
                wording=(
                    Wording(
                        "description", "provider", (_S["argyle-json-schema-verification-status"],)
                    ),
                    Wording("notes", "bankcodes", ()),
                ),
            ),
        ),
    )
    return VerificationState


def _VerificationStatusCode() -> type[CodeEnum]:
    class VerificationStatusCode(CodeEnum):
        """Verification status code: The detailed status of a verification (status.code); the values depend on the data source.

        Wire field: verification.status.code."""

        pending = "pending"
        documents_processing = "documents_processing"
        more_data_required = "more_data_required"
        report_available = "report_available"
        waiting_on_third_party = "waiting_on_third_party"
        report_generating = "report_generating"
        argyle_timeout = "argyle_timeout"
        cancelled_by_client = "cancelled_by_client"
        completed = "completed"
        completed_with_errors = "completed_with_errors"
        user_session_started = "user_session_started"
        authenticated = "authenticated"

    register(
        VerificationStatusCode,
        CodeSetInfo(
            "argyle",
            "verification_status_code",
            "Verification status code",
            "The detailed status of a verification (status.code); the values depend on the data source.",
            "verification.status.code",
            (_S["argyle-openapi-verifications"],),
        ),
        (
            CodeInfo(
                "pending",
                "Verification created.",
                _C.PENDING,
                (_S["argyle-json-schema-verification-status"],),
                wording=(
                    Wording(
                        "description", "provider", (_S["argyle-json-schema-verification-status"],)
                    ),
                ),
            ),
            CodeInfo(
                "documents_processing",
                "Documents processing.",
                _C.PENDING,
                (_S["argyle-json-schema-verification-status"],),
                scope=Scope(data_sources=("documents",)),
                wording=(
                    Wording(
                        "description", "provider", (_S["argyle-json-schema-verification-status"],)
                    ),
                ),
            ),
            CodeInfo(
                "more_data_required",
                "More data or documents are needed to complete the verification.",
                _C.USER_ACTION_REQUIRED,
                (_S["argyle-json-schema-verification-status"],),
                scope=Scope(data_sources=("documents",)),
                wording=(
                    Wording(
                        "description", "provider", (_S["argyle-json-schema-verification-status"],)
                    ),
                ),
            ),
            CodeInfo(
                "report_available",
                "Data and documents are sufficient to complete verification.",
                _C.PENDING,
                (_S["argyle-json-schema-verification-status"],),
                scope=Scope(data_sources=("documents",)),
                wording=(
                    Wording(
                        "description", "provider", (_S["argyle-json-schema-verification-status"],)
                    ),
                ),
            ),
            CodeInfo(
                "waiting_on_third_party",
                "Awaiting processing by a third party.",
                _C.PENDING,
                (_S["argyle-json-schema-verification-status"],),
                scope=Scope(data_sources=("documents",)),
                wording=(
                    Wording(
                        "description", "provider", (_S["argyle-json-schema-verification-status"],)
                    ),
                ),
            ),
            CodeInfo(
                "report_generating",
                "Report is currently generating.",
                _C.PENDING,
                (_S["argyle-json-schema-verification-status"],),
                scope=Scope(data_sources=("documents",)),
                wording=(
                    Wording(
                        "description", "provider", (_S["argyle-json-schema-verification-status"],)
                    ),
                ),
            ),
            CodeInfo(
                "argyle_timeout",
                "Verification request has been cancelled by Argyle after 180 days of inactivity.",
                _C.CANCELLED,
                (_S["argyle-json-schema-verification-status"],),
                scope=Scope(data_sources=("documents",)),
                wording=(
                    Wording(
                        "description", "provider", (_S["argyle-json-schema-verification-status"],)
                    ),
                ),
            ),
            CodeInfo(
                "cancelled_by_client",
                "Verification has been cancelled.",
                _C.CANCELLED,
                (_S["argyle-json-schema-verification-status"],),
                scope=Scope(data_sources=("documents",)),
                wording=(
                    Wording(
                        "description", "provider", (_S["argyle-json-schema-verification-status"],)
                    ),
                ),
            ),
            CodeInfo(
                "completed",
                "Verification request complete. Report can be retrieved.",
                _C.SUCCESS,
                (_S["argyle-json-schema-verification-status"],),
                notes="For payroll and banking reports Argyle words it: Report is ready for download.",
                wording=(
                    Wording(
                        "description", "provider", (_S["argyle-json-schema-verification-status"],)
                    ),
                    Wording("notes", "bankcodes", ()),
                ),
            ),
            CodeInfo(
                "completed_with_errors",
                "Verification request completed. Report can be retrieved but is not GSE eligible.",
                _C.SUCCESS,
                (_S["argyle-json-schema-verification-status"],),
                scope=Scope(data_sources=("documents",)),
                wording=(
                    Wording(
                        "description", "provider", (_S["argyle-json-schema-verification-status"],)
                    ),
                ),
            ),
            CodeInfo(
                "user_session_started",
                "User opened the payroll or banking connection experience.",
                _C.PENDING,
                (_S["argyle-json-schema-verification-status"],),
                scope=Scope(data_sources=("payroll", "banking")),
                wording=(
                    Wording(
                        "description", "provider", (_S["argyle-json-schema-verification-status"],)
                    ),
                ),
            ),
            CodeInfo(
                "authenticated",
                "User authenticated for payroll or banking; data aggregation is in progress.",
                _C.PENDING,
                (_S["argyle-json-schema-verification-status"],),
                scope=Scope(data_sources=("payroll", "banking")),
                wording=(
                    Wording(
                        "description", "provider", (_S["argyle-json-schema-verification-status"],)
                    ),
                ),
            ),
        ),
    )
    return VerificationStatusCode


def _VerificationError() -> type[CodeEnum]:
    class VerificationError(CodeEnum):
        """Document verification error: The code of a status.errors[] entry of a documents verification. Codes are not guaranteed to be identifiers: they can contain hyphens.

        Wire field: verification.status.errors[].code."""

        self_employed_income = "self-employed_income"

    register(
        VerificationError,
        CodeSetInfo(
            "argyle",
            "verification_error",
            "Document verification error",
            "The code of a status.errors[] entry of a documents verification. Codes are not guaranteed to be identifiers: they can contain hyphens.",
            "verification.status.errors[].code",
            (_S["argyle-openapi-verifications"],),
        ),
        (
            CodeInfo(
                "self-employed_income",
                "Self-employed income",
                _C.USER_ACTION_REQUIRED,
                (_S["argyle-openapi-verifications"],),
                message="Self-employed income cannot be assessed using Paystub and W2 Data.",
                scope=Scope(data_sources=("documents",)),
                wording=(
                    Wording("description", "provider", (_S["argyle-openapi-verifications"],)),
                    Wording("message", "provider", (_S["argyle-openapi-verifications"],)),
                ),
            ),
        ),
    )
    return VerificationError


def _WebhookEvent() -> type[CodeEnum]:
    class WebhookEvent(CodeEnum):
        """Verification webhook event: The event field of an Argyle verifications webhook.

        Wire field: webhook.event."""

        verifications_updated = "verifications.updated"
        verifications_creation_failed = "verifications.creation_failed"

    register(
        WebhookEvent,
        CodeSetInfo(
            "argyle",
            "webhook_event",
            "Verification webhook event",
            "The event field of an Argyle verifications webhook.",
            "webhook.event",
            (_S["argyle-verifications-webhooks"], _S["argyle-openapi-webhooks"]),
        ),
        (
            CodeInfo(
                "verifications.updated",
                "Sent each time a verification's state transitions to PROCESSING, PAUSED, or COMPLETED.",
                _C.INFORMATIONAL,
                (_S["argyle-webhook-updated"],),
                wording=(Wording("description", "provider", (_S["argyle-webhook-updated"],)),),
            ),
            CodeInfo(
                "verifications.creation_failed",
                "A verification could not be created.",
                _C.INFORMATIONAL,
                (_S["argyle-webhook-creation-failed"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
        ),
    )
    return WebhookEvent


def _ReportType() -> type[CodeEnum]:
    class ReportType(CodeEnum):
        """Verification report type: The type of a verification's report.

        Wire field: verification.report.type."""

        voie = "voie"
        voe = "voe"
        voa = "voa"
        voi = "voi"
        voai = "voai"
        voe_transactions = "voe-transactions"
        doc_voi_mortgage = "doc-voi-mortgage"

    register(
        ReportType,
        CodeSetInfo(
            "argyle",
            "report_type",
            "Verification report type",
            "The type of a verification's report.",
            "verification.report.type",
            (_S["argyle-openapi-verifications"],),
        ),
        (
            CodeInfo(
                "voie",
                "Verification of income and employment.",
                _C.INFORMATIONAL,
                (_S["argyle-openapi-verifications"],),
                editorial=True,
                scope=Scope(data_sources=("payroll",)),
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "voe",
                "Verification of employment.",
                _C.INFORMATIONAL,
                (_S["argyle-openapi-verifications"],),
                editorial=True,
                scope=Scope(data_sources=("payroll",)),
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "voa",
                "Verification of assets.",
                _C.INFORMATIONAL,
                (_S["argyle-openapi-verifications"],),
                editorial=True,
                scope=Scope(data_sources=("banking",)),
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "voi",
                "Verification of income.",
                _C.INFORMATIONAL,
                (_S["argyle-openapi-verifications"],),
                editorial=True,
                scope=Scope(data_sources=("banking",)),
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "voai",
                "Verification of assets and income.",
                _C.INFORMATIONAL,
                (_S["argyle-openapi-verifications"],),
                editorial=True,
                scope=Scope(data_sources=("banking",)),
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "voe-transactions",
                "Verification of employment from bank transactions.",
                _C.INFORMATIONAL,
                (_S["argyle-openapi-verifications"],),
                editorial=True,
                scope=Scope(data_sources=("banking",)),
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "doc-voi-mortgage",
                "Verification of income from documents, for mortgages.",
                _C.INFORMATIONAL,
                (_S["argyle-openapi-verifications"],),
                editorial=True,
                scope=Scope(data_sources=("documents",)),
                wording=(Wording("description", "bankcodes", ()),),
            ),
        ),
    )
    return ReportType


def _DataSource() -> type[CodeEnum]:
    class DataSource(CodeEnum):
        """Verification data source: Where a verification takes its data from. Not present in older examples.

        Wire field: verification.data_source."""

        payroll = "payroll"
        banking = "banking"
        documents = "documents"

    register(
        DataSource,
        CodeSetInfo(
            "argyle",
            "data_source",
            "Verification data source",
            "Where a verification takes its data from. Not present in older examples.",
            "verification.data_source",
            (_S["argyle-openapi-verifications"],),
        ),
        (
            CodeInfo(
                "payroll",
                "Payroll connections.",
                _C.INFORMATIONAL,
                (_S["argyle-openapi-verifications"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "banking",
                "Bank connections.",
                _C.INFORMATIONAL,
                (_S["argyle-openapi-verifications"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "documents",
                "Uploaded documents.",
                _C.INFORMATIONAL,
                (_S["argyle-openapi-verifications"],),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
        ),
    )
    return DataSource


def _Channel() -> type[CodeEnum]:
    class Channel(CodeEnum):
        """Verification channel: How a verification was created. The documentation's object page calls this field source.

        Wire field: verification.channel."""

        api = "api"
        encompass = "encompass"

    register(
        Channel,
        CodeSetInfo(
            "argyle",
            "channel",
            "Verification channel",
            "How a verification was created. The documentation's object page calls this field source.",
            "verification.channel",
            (_S["argyle-openapi-verifications"], _S["argyle-verifications"]),
        ),
        (
            CodeInfo(
                "api",
                "Created through the API.",
                _C.INFORMATIONAL,
                (_S["argyle-openapi-verifications"], _S["argyle-verifications"]),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
            CodeInfo(
                "encompass",
                "Created from Encompass.",
                _C.INFORMATIONAL,
                (_S["argyle-openapi-verifications"], _S["argyle-verifications"]),
                editorial=True,
                wording=(Wording("description", "bankcodes", ()),),
            ),
        ),
    )
    return Channel


def _CODE_SETS() -> tuple[object, ...]:
    return tuple(
        __getattr__(name)
        for name in (
            "BankConnectionError",
            "VerificationState",
            "VerificationStatusCode",
            "VerificationError",
            "WebhookEvent",
            "ReportType",
            "DataSource",
            "Channel",
        )
    )


_NAMES = LazyNames(
    __name__,
    {
        "CODE_SETS": _CODE_SETS,
        "BankConnectionError": _BankConnectionError,
        "Channel": _Channel,
        "DataSource": _DataSource,
        "ReportType": _ReportType,
        "VerificationError": _VerificationError,
        "VerificationState": _VerificationState,
        "VerificationStatusCode": _VerificationStatusCode,
        "WebhookEvent": _WebhookEvent,
    },
)


def __getattr__(name: str) -> object:
    return _NAMES.load(name)


def __dir__() -> list[str]:
    return _NAMES.names()


__all__ = _NAMES.public()
