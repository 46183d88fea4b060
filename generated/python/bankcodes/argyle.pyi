# generated from spec/catalog.json — do not edit (run `make generate`)
"""Argyle (https://argyle.com): one enum per code set of the catalog, with metadata on every member. Each is built on first use."""

from bankcodes._base import CodeEnum, NumericCodeEnum

__all__ = [
    "CODE_SETS",
    "AccountConnectionError",
    "AccountConnectionStatus",
    "BankConnectionError",
    "Channel",
    "DataSource",
    "DepositSwitchError",
    "DepositSwitchStatus",
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

class AccountConnectionError(CodeEnum):
    """Account connection error: The error_code of a payroll account's connection (account.connection.error_code), set with an error_message when the connection's status is error: Argyle's accounts.failed webhook is sent when one occurs, and data refreshes are paused. The values are those of the enum of Argyle's OpenAPI document, read whole, and duplicate_account, which Argyle's Link changelog announced as a connection error and the enum does not list. Argyle's account connection errors page gives each code's common causes, user message, API message and troubleshooting steps; the copy read of it stops after the common causes of the first five codes, so the other codes are described in bankcodes' words (three in the words of Argyle's Link changelog, which announced them) and their categories are bankcodes' reading of the code's name, not Argyle's.

    Wire field: account.connection.error_code."""

    account_disabled = "account_disabled"
    """An account may be disabled or taken offline for a variety of reasons, such as account inactivity."""
    account_inaccessible = "account_inaccessible"
    """The account unexpectedly cannot be accessed by Argyle. We have automatically been notified and will investigate."""
    account_incomplete = "account_incomplete"
    """The user has not finished setting up an account within their payroll system."""
    account_nonunique = "account_nonunique"
    """The personal details provided by the user during the Login help process of certain Items was a match for multiple account records stored by the payroll platform, resulting in an error."""
    account_not_found = "account_not_found"
    """The personal details provided by the user during the Login help process of certain Items did not match an account record stored by the payroll platform."""
    all_employers_connected = "all_employers_connected"
    """Login help notification for certain Items when a user attempts a connection and all accounts associated with their recovery details (name, phone number, and/or email) have already been connected."""
    auth_method_temporarily_unavailable = "auth_method_temporarily_unavailable"
    """The sign-in method chosen is not available for now at the payroll platform."""
    auth_required = "auth_required"
    """The payroll platform asks the user to sign in again."""
    connection_unavailable = "connection_unavailable"
    """The connection to the payroll platform is not available for now."""
    credentials_managed_by_organization = "credentials_managed_by_organization"
    """The user's sign-in is managed by their organisation, which the connection cannot use."""
    existing_account_found = "existing_account_found"
    """Login help notification for certain Items when a user attempts to connect an already-connected account."""
    expired_credentials = "expired_credentials"
    """The user's password at the payroll platform has expired and must be changed there."""
    full_auth_required = "full_auth_required"
    """The payroll platform asks for a full sign-in, not a shortened one."""
    insufficient_account_data = "insufficient_account_data"
    """The account holds too little data to be read."""
    invalid_account_type = "invalid_account_type"
    """The account is of a type the connection does not support."""
    invalid_auth = "invalid_auth"
    """The sign-in was not accepted."""
    invalid_credentials = "invalid_credentials"
    """The username or password was not accepted."""
    invalid_employer_identifier = "invalid_employer_identifier"
    """The employer identifier entered was not accepted."""
    invalid_login_method = "invalid_login_method"
    """The sign-in method chosen was not accepted for this account."""
    invalid_login_url = "invalid_login_url"
    """The sign-in address entered was not accepted."""
    invalid_mfa = "invalid_mfa"
    """The multi-factor authentication code or answer was not accepted."""
    invalid_store_identifier = "invalid_store_identifier"
    """The store identifier entered was not accepted."""
    known_employer_redirect = "known_employer_redirect"
    """The user is to be sent to their employer's own payroll platform to connect."""
    login_attempts_exceeded = "login_attempts_exceeded"
    """Too many sign-in attempts were made."""
    login_cancelled_by_the_user = "login_cancelled_by_the_user"
    """The user cancelled the sign-in."""
    login_gov_not_linked = "login_gov_not_linked"
    """The user's Login.gov account is not linked to the payroll platform."""
    mfa_attempts_exceeded = "mfa_attempts_exceeded"
    """Too many multi-factor authentication attempts were made."""
    mfa_cancelled_by_the_user = "mfa_cancelled_by_the_user"
    """The user cancelled the multi-factor authentication."""
    mfa_exhausted = "mfa_exhausted"
    """No multi-factor authentication attempts are left."""
    mfa_not_configured = "mfa_not_configured"
    """Multi-factor authentication is not set up on the account at the payroll platform."""
    mfa_timeout = "mfa_timeout"
    """The multi-factor authentication was not completed in time."""
    multi_driver_account = "multi_driver_account"
    """The account is shared by several drivers, which the connection does not support."""
    ongoing_refresh_disabled = "ongoing_refresh_disabled"
    """Ongoing data refreshes are turned off for the account."""
    passkey_limit_reached = "passkey_limit_reached"
    """The account at the payroll platform has reached its limit of passkeys."""
    personal_data_access_not_granted = "personal_data_access_not_granted"
    """The user did not grant access to their personal data."""
    physical_mfa_unsupported = "physical_mfa_unsupported"
    """The account uses a physical multi-factor authentication device, which the connection does not support."""
    platform_temporarily_unavailable = "platform_temporarily_unavailable"
    """The payroll platform is not available for now."""
    platform_unavailable = "platform_unavailable"
    """The payroll platform is not available."""
    service_unavailable = "service_unavailable"
    """The service is not available for now."""
    session_limit_reached = "session_limit_reached"
    """The payroll platform's limit of sessions open at once was reached."""
    system_error = "system_error"
    """An error occurred in the system."""
    temporary_credentials = "temporary_credentials"
    """The user signed in with temporary credentials, which must be replaced at the payroll platform first."""
    tos_required = "tos_required"
    """The user has to accept the payroll platform's terms of service there first."""
    trial_connections_exhausted = "trial_connections_exhausted"
    """The trial's allowance of connections is used up."""
    trial_period_expired = "trial_period_expired"
    """The trial period has ended."""
    unrecognized_employer_email = "unrecognized_employer_email"
    """The employer email address entered was not recognised."""
    unsupported_auth_type = "unsupported_auth_type"
    """The account's type of authentication is not supported."""
    unsupported_business_account = "unsupported_business_account"
    """Business accounts are not supported."""
    unsupported_language = "unsupported_language"
    """This message will be displayed if the user's payroll system contains data or documents in a language that Argyle does not currently support."""
    unsupported_mfa_method = "unsupported_mfa_method"
    """The account's multi-factor authentication method is not supported."""
    user_action_timeout = "user_action_timeout"
    """The user did not act in time."""
    duplicate_account = "duplicate_account"
    """Login screen notification for certain Items when a user attempts to connect an already-connected account."""

class AccountConnectionStatus(CodeEnum):
    """Account connection status: The status of Argyle's connection with the user's payroll system (account.connection.status), in the words of Argyle's OpenAPI document; on error, the connection's error_code (account_connection_error) says why.

    Wire field: account.connection.status."""

    connecting = "connecting"
    """The user submitted new or revised login credentials through Link and Argyle is establishing the connection."""
    connected = "connected"
    """An account connection was successfully made. See the `availability` object for updates on initial data retrieval."""
    error = "error"
    """An account connection error has occurred. Data refreshes have been paused."""

class DepositSwitchStatus(CodeEnum):
    """Deposit switch status: The status of an account's deposit switch (account.direct_deposit_switch.status), in the words of Argyle's OpenAPI document; on error, its error_code (deposit_switch_error) says why.

    Wire field: account.direct_deposit_switch.status."""

    idle = "idle"
    """The deposit switch process has not started."""
    awaiting_confirmation = "awaiting_confirmation"
    """The user started the deposit switch flow in Link but has not clicked "Confirm"."""
    awaiting_user_action = "awaiting_user_action"
    """The user has confirmed the deposit switch but needs to complete a multi-factor authentication (MFA) step."""
    awaiting_connection = "awaiting_connection"
    """Argyle is connecting to the user's payroll system."""
    scanning = "scanning"
    """Argyle is scanning the user's existing direct deposits before initiating the deposit switch."""
    updating = "updating"
    """The deposit switch is in progress."""
    success = "success"
    """The deposit switch was successful."""
    error = "error"
    """A deposit switch error occurred, and the deposit switch could not be completed."""

class DepositSwitchError(CodeEnum):
    """Deposit switch error: The deposit switch error that occurred (account.direct_deposit_switch.error_code), set with an error_message ("Description of the error. Common causes and troubleshooting steps can be found in deposit switch errors."). The values are those of the enum of Argyle's OpenAPI document; Argyle's deposit switch errors page, which the document names for their causes, was not read, so each code is described in bankcodes' words and its category is bankcodes' reading of its name, not Argyle's.

    Wire field: account.direct_deposit_switch.error_code."""

    account_invalid = "account_invalid"
    """The deposit account given for the switch is not valid."""
    account_closed = "account_closed"
    """The deposit account given for the switch is closed."""
    account_blocked = "account_blocked"
    """The deposit account given for the switch is blocked."""
    confirmation_expired = "confirmation_expired"
    """The switch's confirmation expired before the switch was made."""
    confirmation_invalid = "confirmation_invalid"
    """The confirmation given for the switch was not accepted."""
    confirmation_timeout = "confirmation_timeout"
    """The switch was not confirmed in time."""
    deposit_account_mismatch = "deposit_account_mismatch"
    """The deposit account does not match the one the switch was set up with."""
    deposit_destination_unsupported = "deposit_destination_unsupported"
    """The payroll platform does not support this kind of deposit destination."""
    employer_unsupported = "employer_unsupported"
    """The employer's payroll platform does not support deposit switches through the connection."""
    employer_account_invalid = "employer_account_invalid"
    """The user's account at the employer is not valid for a deposit switch."""
    employer_account_closed = "employer_account_closed"
    """The user's account at the employer is closed."""
    employer_account_blocked = "employer_account_blocked"
    """The user's account at the employer is blocked."""
    employer_confirmation_invalid = "employer_confirmation_invalid"
    """The employer's confirmation of the switch was not accepted."""
    internal_server_error = "internal_server_error"
    """An error occurred on Argyle's side."""
    invalid_request = "invalid_request"
    """The request for the switch was not valid."""
    item_invalid = "item_invalid"
    """The Item (the payroll platform or employer) given for the switch is not valid."""
    name_mismatch = "name_mismatch"
    """The name on the deposit account does not match the user's name at the payroll platform."""
    payroll_account_mismatch = "payroll_account_mismatch"
    """The payroll account does not match the one the switch was set up for."""
    temporarily_unavailable = "temporarily_unavailable"
    """The payroll platform is not available for now."""
    terminate_flow = "terminate_flow"
    """The deposit switch flow was ended."""
    unauthorized = "unauthorized"
    """The payroll platform did not authorise the switch."""
    unexpected = "unexpected"
    """An unexpected error occurred."""
    user_input_required = "user_input_required"
    """The user has to provide more input for the switch."""

class WebhookEvent(CodeEnum):
    """Verification webhook event: The event field of an Argyle verifications or accounts webhook. The accounts events are those the copy read of the accounts webhooks page names (Added, the start of Updated): any other it describes was not read.

    Wire field: webhook.event."""

    verifications_updated = "verifications.updated"
    """Sent each time a verification's state transitions to PROCESSING, PAUSED, or COMPLETED."""
    verifications_creation_failed = "verifications.creation_failed"
    """A verification could not be created."""
    accounts_added = "accounts.added"
    """The accounts.added webhook is sent when a user submits login credentials through Link."""
    accounts_connected = "accounts.connected"
    """The connection of an account succeeded."""
    accounts_failed = "accounts.failed"
    """The connection of an account failed."""
    accounts_updated = "accounts.updated"
    """The accounts.updated webhook is sent when there is any change to a property value of the account object."""

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
