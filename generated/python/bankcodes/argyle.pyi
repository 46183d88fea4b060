# generated from spec/catalog.json — do not edit (run `make generate`)
"""Argyle (https://argyle.com): one enum per code set of the catalog, with metadata on every member. Each is built on first use."""

from bankcodes._base import CodeEnum, NumericCodeEnum

__all__ = [
    "CODE_SETS",
    "BankConnectionError",
    "Channel",
    "DataSource",
    "ReportType",
    "ResponseStatus",
    "VerificationError",
    "VerificationState",
    "VerificationStatusCode",
    "WebhookEvent",
]

class BankConnectionError(CodeEnum):
    """Bank connection error: The code of a verification's status.errors[] entry when a banking verification is PAUSED because connecting the institution failed. Two pairs of codes share one message: the message is not a key.

    Wire field: verification.status.errors[].code."""

    account_closed = "account_closed"
    """The selected account could not be found or is no longer available at the banking institution."""
    account_not_found = "account_not_found"
    """The selected account could not be found or is no longer available at the banking institution."""
    generic_error = "generic_error"
    """A connection error occurred while trying to verify the account."""
    institution_not_supported = "institution_not_supported"
    """The selected banking institution does not currently support connections."""
    invalid_credentials = "invalid_credentials"
    """The borrower provided invalid banking login credentials."""
    mfa_issue_encountered = "mfa_issue_encountered"
    """A multi-factor authentication or security verification step was not completed successfully."""
    one_time_passcode_issue = "one_time_passcode_issue"
    """There is a temporary issue preventing a successful connection to the borrower’s banking institution right now."""
    report_generation_failed = "report_generation_failed"
    """We could not generate the requested banking report."""
    temporary_connection_issue = "temporary_connection_issue"
    """There is a temporary issue preventing a successful connection to the borrower’s banking institution right now."""
    token_invalid_or_expired = "token_invalid_or_expired"
    """The borrower needs to reconnect their account to restore access and complete verification."""
    user_action_required_at_institution = "user_action_required_at_institution"
    """The borrower must sign in directly at their banking institution and complete an account action before reconnecting."""

class VerificationState(CodeEnum):
    """Verification state: The state of a verification (status.state). verifications.updated is sent on PROCESSING, PAUSED and COMPLETED, not on PENDING or CANCELLED.

    Wire field: verification.status.state."""

    PENDING = "PENDING"
    """Initial status after verification is created."""
    PROCESSING = "PROCESSING"
    """Verification processing is underway."""
    PAUSED = "PAUSED"
    """Verification is paused because more data or documents are required."""
    CANCELLED = "CANCELLED"
    """Verification has been cancelled."""
    COMPLETED = "COMPLETED"
    """Verification is complete and report assets are available."""

class VerificationStatusCode(CodeEnum):
    """Verification status code: The detailed status of a verification (status.code); the values depend on the data source.

    Wire field: verification.status.code."""

    pending = "pending"
    """Verification created."""
    documents_processing = "documents_processing"
    """Documents processing."""
    more_data_required = "more_data_required"
    """More data or documents are needed to complete the verification."""
    report_available = "report_available"
    """Data and documents are sufficient to complete verification."""
    waiting_on_third_party = "waiting_on_third_party"
    """Awaiting processing by a third party."""
    report_generating = "report_generating"
    """Report is currently generating."""
    argyle_timeout = "argyle_timeout"
    """Verification request has been cancelled by Argyle after 180 days of inactivity."""
    cancelled_by_client = "cancelled_by_client"
    """Verification has been cancelled."""
    completed = "completed"
    """Verification request complete. Report can be retrieved."""
    completed_with_errors = "completed_with_errors"
    """Verification request completed. Report can be retrieved but is not GSE eligible."""
    user_session_started = "user_session_started"
    """User opened the payroll or banking connection experience."""
    authenticated = "authenticated"
    """User authenticated for payroll or banking; data aggregation is in progress."""

class VerificationError(CodeEnum):
    """Document verification error: The code of a status.errors[] entry of a documents verification. Codes are not guaranteed to be identifiers: they can contain hyphens.

    Wire field: verification.status.errors[].code."""

    self_employed_income = "self-employed_income"
    """Self-employed income"""

class WebhookEvent(CodeEnum):
    """Verification webhook event: The event field of an Argyle verifications webhook.

    Wire field: webhook.event."""

    verifications_updated = "verifications.updated"
    """Sent each time a verification's state transitions to PROCESSING, PAUSED, or COMPLETED."""
    verifications_creation_failed = "verifications.creation_failed"
    """A verification could not be created."""

class ReportType(CodeEnum):
    """Verification report type: The type of a verification's report.

    Wire field: verification.report.type."""

    voie = "voie"
    """Verification of Income and Employment."""
    voe = "voe"
    """Verification of Employment."""
    voa = "voa"
    """Banking verification of assets."""
    voi = "voi"
    """Banking verification of income."""
    voai = "voai"
    """Banking verification of income and assets."""
    voe_transactions = "voe-transactions"
    """Banking verification of employment."""
    doc_voi_mortgage = "doc-voi-mortgage"
    """Mortgage document-based verification of income, integrated with Freddie Mac's AIM Check."""

class DataSource(CodeEnum):
    """Verification data source: Where a verification takes its data from. Not present in older examples.

    Wire field: verification.data_source."""

    payroll = "payroll"
    """Payroll connections."""
    banking = "banking"
    """Bank connections."""
    documents = "documents"
    """Uploaded documents."""

class Channel(CodeEnum):
    """Verification channel: How a verification was created. The documentation's object page calls this field source.

    Wire field: verification.channel."""

    api = "api"
    """Created through the API."""
    encompass = "encompass"
    """Created from Encompass."""

class ResponseStatus(NumericCodeEnum):
    """API response status: The HTTP statuses of an Argyle API response that the pages read describe: the 401 of a request whose credentials are invalid or are another environment's. The API reference's list of errors was not read. The categories are bankcodes' reading.

    Wire field: the HTTP status of an Argyle API response."""

    UNAUTHORIZED = 401
    """If invalid credentials are provided, a 401 Unauthorized response code is returned with the corresponding JSON body."""

#: Every code-set enum of this provider, in priority order (classify uses the first match).
CODE_SETS: tuple[type[CodeEnum] | type[NumericCodeEnum], ...]
