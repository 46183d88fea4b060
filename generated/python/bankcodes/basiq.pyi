# generated from spec/catalog.json — do not edit (run `make generate`)
"""Basiq (https://basiq.io): one enum per code set of the catalog, with metadata on every member. Each is built on first use."""

from bankcodes._base import CodeEnum

__all__ = [
    "CODE_SETS",
    "ConnectionStatus",
    "ConsentStatus",
    "ErrorCode",
    "JobResultCode",
    "JobStepStatus",
    "JobStepTitle",
    "WebhookEventType",
    "WebhookStatus",
]

class JobResultCode(CodeEnum):
    """Job step result code: Why a step of a Basiq job (connecting, refreshing, uploading a file or statement) failed: the code of the step's result. Basiq's JobsResult enum lists most of them without a text per value; failed steps of its published examples and its Handling jobs and Testing pages add authorization-failed, invalid-credentials, account-not-accessible-requires-user-action and service-unavailable. For consent UI flows the bank's own error is not a code of this set: Basiq puts the message the bank returned in the step's detail. The enum writes the step's text field details, the published bodies detail.

    Wire field: steps[].result.code (a job: GET /jobs/{jobId})."""

    success = "success"
    """The step succeeded."""
    user_action_required = "user-action-required"
    """The user must act before the step can complete."""
    system_unavailable = "system-unavailable"
    """The institution's system is unavailable."""
    maintenance = "maintenance"
    """The institution is under maintenance."""
    connector_error = "connector-error"
    """Basiq's connector to the institution failed."""
    institution_not_found = "institution-not-found"
    """The institution was not found."""
    institution_not_available = "institution-not-available"
    """The institution is not available."""
    institution_disabled = "institution-disabled"
    """Basiq has disabled connections to the institution for now."""
    missing_required_field = "missing-required-field"
    """A required field is missing from the uploaded file."""
    missing_required_field_value = "missing-required-field-value"
    """A required field of the uploaded file has no value."""
    invalid_field_value = "invalid-field-value"
    """A field of the uploaded file has an invalid value."""
    invalid_csv_row = "invalid-csv-row"
    """A row of the uploaded CSV file is invalid."""
    row_count_exceeded = "row-count-exceeded"
    """The uploaded file has more rows than allowed."""
    account_data_differs = "account-data-differs"
    """The uploaded file's account data differs from the account's."""
    empty_file = "empty-file"
    """The uploaded file is empty."""
    bank_statement_invalid = "bank-statement-invalid"
    """The uploaded bank statement is not valid."""
    bank_statement_new_product = "bank-statement-new-product"
    """The bank statement is of an account product Basiq does not read yet."""
    bank_statement_parsing_error = "bank-statement-parsing-error"
    """The bank statement could not be parsed."""
    bank_statement_not_supported = "bank-statement-not-supported"
    """Statement is not currently supported for this institution - check statement uploaded against correct bank."""
    txn_after_last_updated_date = "txn-after-last-updated-date"
    """A transaction is dated after the data's last updated date."""
    invalid_connection = "invalid-connection"
    """The connection is no longer valid."""
    unknown_error = "unknown-error"
    """The step failed for a reason Basiq does not know."""
    job_timed_out = "job-timed-out"
    """The job did not finish in time."""
    authorization_failed = "authorization-failed"
    """The bank did not authorise the connection; the step's detail holds the message the bank returned (access_denied in Basiq's example)."""
    account_not_accessible_requires_user_action = "account-not-accessible-requires-user-action"
    """The bank is presenting a popup to the user in their internet banking. Whenever possible Basiq will navigate through these, but for example if the bank presents new T&Cs to the user and offers only options to "Agree" or "Decline", then Basiq will fail the job with this error"""
    invalid_credentials = "invalid-credentials"
    """Cannot login to target institution using supplied credentials. Please check credentials and try again."""
    service_unavailable = "service-unavailable"
    """The service-unavailable error code is our way to tell you (so that you can tell your user) that their bank was unable to return data in response to a request."""

class ErrorCode(CodeEnum):
    """API error code: The application-specific error code of a Basiq API error (data[].code of an error list): the codes listed by the OpenAPI error schemas and sent in Basiq's published error bodies, those of the Codes page (its first version listed 36 rows, the later ones 5), and those of the Payments Errors page (a hidden page of a product Basiq is sunsetting).

    Wire field: data[].code (an error list: {type: list, correlationId, data: [{type: error, code, title, detail, source}]})."""

    parameter_not_supplied = "parameter-not-supplied"
    """Required parameter not supplied. Check details and source message."""
    parameter_not_valid = "parameter-not-valid"
    """A parameter of the request is not valid."""
    path_parameter_not_valid = "path-parameter-not-valid"
    """A parameter of the request's path is not valid."""
    unsupported_accept = "unsupported-accept"
    """The request's Accept header names a type the endpoint does not support."""
    invalid_content = "invalid-content"
    """The request's content is not valid."""
    institution_not_supported = "institution-not-supported"
    """The institution is not supported for the request."""
    invalid_credentials = "invalid-credentials"
    """Cannot login to target institution using supplied credentials. Check credentials and try again."""
    unauthorized_access = "unauthorized-access"
    """The request is not authorized to access the resource."""
    invalid_authorization_token = "invalid-authorization-token"
    """The request's authorization token is not valid."""
    forbidden_access = "forbidden-access"
    """Access to the resource is forbidden to the request's token."""
    no_production_access = "no-production-access"
    """The application has no access to production."""
    access_denied = "access-denied"
    """Access to the resource was denied."""
    resource_not_found = "resource-not-found"
    """Requested resource not found. Check details message."""
    resource_already_exists = "resource-already-exists"
    """The resource already exists."""
    resource_no_longer_available = "resource-no-longer-available"
    """The resource (the user's auth link) is no longer available."""
    too_many_requests = "too-many-requests"
    """Too many requests were sent; the query limit was reached."""
    internal_server_error = "internal-server-error"
    """Generic server error affecting all endpoints."""
    service_unavailable = "service-unavailable"
    """Basiq's service is not ready to handle the request."""
    event_already_subscribed = "event-already-subscribed"
    """The webhook request subscribes to events the application already subscribes to."""
    no_webhooks_found = "no-webhooks-found"
    """The application has no webhook to send a test message to."""
    too_many_sandbox_connections = "too-many-sandbox-connections"
    """Limit reached for sandbox connections. Reach out to support@basiq.io to reset your account."""
    maximum_count_exceeded = "maximum-count-exceeded"
    """The number of requested payments exceeded the system limit (currently set at 100). (deprecated: Basiq is sunsetting Payments: its API reference repository deleted payments.yml in the commit "DX-705 Sunsetting Payments from Basiq" (2024-06-06), and the Payments Errors page is hidden in its documentation repository.)"""
    payments_not_enabled = "payments-not-enabled"
    """The partner application has not be enabled to send payments (deprecated: Basiq is sunsetting Payments: its API reference repository deleted payments.yml in the commit "DX-705 Sunsetting Payments from Basiq" (2024-06-06), and the Payments Errors page is hidden in its documentation repository.)"""
    invalid_user_name = "invalid-user-name"
    """The user referenced has an invalid first and/or last name. First name must have at least 2 letters and last name must have at least 2 letters (deprecated: Basiq is sunsetting Payments: its API reference repository deleted payments.yml in the commit "DX-705 Sunsetting Payments from Basiq" (2024-06-06), and the Payments Errors page is hidden in its documentation repository.)"""
    invalid_user_email = "invalid-user-email"
    """The user referenced has an invalid /missing email name. (deprecated: Basiq is sunsetting Payments: its API reference repository deleted payments.yml in the commit "DX-705 Sunsetting Payments from Basiq" (2024-06-06), and the Payments Errors page is hidden in its documentation repository.)"""
    missing_payee_account_details = "missing-payee-account-details"
    """We cannot determine which payee account to use for the referenced payee (deprecated: Basiq is sunsetting Payments: its API reference repository deleted payments.yml in the commit "DX-705 Sunsetting Payments from Basiq" (2024-06-06), and the Payments Errors page is hidden in its documentation repository.)"""
    missing_payer_account_details = "missing-payer-account-details"
    """We cannot determine which payer account to use for the referenced payee (deprecated: Basiq is sunsetting Payments: its API reference repository deleted payments.yml in the commit "DX-705 Sunsetting Payments from Basiq" (2024-06-06), and the Payments Errors page is hidden in its documentation repository.)"""
    external_provider_unreachable = "external-provider-unreachable"
    """An error occurred communicating with the external payment provider after retries have been exhausted (deprecated: Basiq is sunsetting Payments: its API reference repository deleted payments.yml in the commit "DX-705 Sunsetting Payments from Basiq" (2024-06-06), and the Payments Errors page is hidden in its documentation repository.)"""
    transaction_limit_reached = "transaction-limit-reached"
    """The per transaction limit set on the account within the external provider has been hit. Customer can contact us to agree on new limits if need be. (deprecated: Basiq is sunsetting Payments: its API reference repository deleted payments.yml in the commit "DX-705 Sunsetting Payments from Basiq" (2024-06-06), and the Payments Errors page is hidden in its documentation repository.)"""
    daily_limit_reached = "daily-limit-reached"
    """The daily limit enforced on the partner has been reached. Customer can contact us to agree on new limits if need be. (deprecated: Basiq is sunsetting Payments: its API reference repository deleted payments.yml in the commit "DX-705 Sunsetting Payments from Basiq" (2024-06-06), and the Payments Errors page is hidden in its documentation repository.)"""
    check_balance_insufficient_funds = "check-balance-insufficient-funds"
    """The user account you attempting to debit does not have sufficient funds according to the most recent account balance check (deprecated: Basiq is sunsetting Payments: its API reference repository deleted payments.yml in the commit "DX-705 Sunsetting Payments from Basiq" (2024-06-06), and the Payments Errors page is hidden in its documentation repository.)"""
    account_unreachable = "account-unreachable"
    """The account linked cannot be accessed to check the latest balance (deprecated: Basiq is sunsetting Payments: its API reference repository deleted payments.yml in the commit "DX-705 Sunsetting Payments from Basiq" (2024-06-06), and the Payments Errors page is hidden in its documentation repository.)"""
    account_balance_outdated = "account-balance-outdated"
    """The account balance is outdated (has not been updated in the last 24 hours) (deprecated: Basiq is sunsetting Payments: its API reference repository deleted payments.yml in the commit "DX-705 Sunsetting Payments from Basiq" (2024-06-06), and the Payments Errors page is hidden in its documentation repository.)"""
    payer_account_not_allowed = "payer-account-not-allowed"
    """Payer account cannot be the same account as the partner’s (deprecated: Basiq is sunsetting Payments: its API reference repository deleted payments.yml in the commit "DX-705 Sunsetting Payments from Basiq" (2024-06-06), and the Payments Errors page is hidden in its documentation repository.)"""
    refer_to_customer = "refer_to_customer"
    """Usually means insufficient funds or that the target account has breached their transaction limits. (deprecated: Basiq is sunsetting Payments: its API reference repository deleted payments.yml in the commit "DX-705 Sunsetting Payments from Basiq" (2024-06-06), and the Payments Errors page is hidden in its documentation repository.)"""
    unsupported_content_type = "unsupported-content-type"
    """Requested content type is not supported."""
    method_not_allowed = "method-not-allowed"
    """Requested method is not allowed."""
    invalid_authorization_request = "invalid-authorization-request"
    """Invalid authorization request. Check details message."""
    maintenance_error = "maintenance-error"
    """Requested resource is currently unavailable due to maintenance on Institution's side."""
    request_not_valid = "request-not-valid"
    """There have been too many requests for the token endpoint within a 5 minute period from a specific IP address."""
    invalid_request_content = "invalid-request-content"
    """Statement is not valid"""

class JobStepStatus(CodeEnum):
    """Job step status: The status of a step of a Basiq job (steps[].status), and of a report job as a whole (status). The step's result says why a failed step failed.

    Wire field: steps[].status (a job: GET /jobs/{jobId}); status (a report job)."""

    pending = "pending"
    """The job has been created and is waiting to be started."""
    in_progress = "in-progress"
    """The job has started and is currently processing."""
    success = "success"
    """The job has successfully completed."""
    failed = "failed"
    """The job has failed."""

class JobStepTitle(CodeEnum):
    """Job step: The name of a step of a Basiq job (steps[].title). JobsStep's enum lists four; Basiq's published job bodies add mfa-challenge, create-report and, for payouts, three payment steps.

    Wire field: steps[].title (a job: GET /jobs/{jobId})."""

    verify_credentials = "verify-credentials"
    """Establish successful authentication with institution"""
    retrieve_accounts = "retrieve-accounts"
    """Fetch latest list of accounts"""
    retrieve_transactions = "retrieve-transactions"
    """Fetch latest list of transactions"""
    retrieve_statements = "retrieve-statements"
    """The step that retrieves the connection's statements."""
    mfa_challenge = "mfa-challenge"
    """The step at which the institution asks the user for a multi-factor answer (a one-time code or security questions), sent to POST /jobs/{jobId}/mfa."""
    create_report = "create-report"
    """The single step of a report job."""
    validate_payment = "validate-payment"
    """The first step of a payout job: the payment is validated. (deprecated: Basiq is sunsetting Payments: its API reference repository deleted payments.yml in the commit "DX-705 Sunsetting Payments from Basiq" (2024-06-06), and the Payments Errors page is hidden in its documentation repository.)"""
    external_processing = "external-processing"
    """The second step of a payout job: the payment is processed by the external payment provider. (deprecated: Basiq is sunsetting Payments: its API reference repository deleted payments.yml in the commit "DX-705 Sunsetting Payments from Basiq" (2024-06-06), and the Payments Errors page is hidden in its documentation repository.)"""
    payment_completed = "payment-completed"
    """The last step of a payout job: the payment is completed. (deprecated: Basiq is sunsetting Payments: its API reference repository deleted payments.yml in the commit "DX-705 Sunsetting Payments from Basiq" (2024-06-06), and the Payments Errors page is hidden in its documentation repository.)"""

class ConnectionStatus(CodeEnum):
    """Connection status: The status of a connection to a financial institution (available only for SERVER_SCOPE). The Connections page also describes Deleted and Init (an open banking connection that passed the authorisation, briefly) without their wire values; the OpenAPI enum does not list them.

    Wire field: status (a connection: GET /users/{userId}/connections/{connectionId})."""

    active = "active"
    """The connection is fully functional and has completed all necessary job steps."""
    pending = "pending"
    """The connection is new and waiting to determine if it will become active or remain invalid. This status signifies the start of the process."""
    invalid = "invalid"
    """The connection is not operational due to issues in one or more of the job steps. It can be refreshed manually, and a successful refresh will restore it to "Active.\""""
    pre_init = "pre-init"
    """Similar to the Pending status, this is assigned at the creation of an open banking connection and marks the beginning of the job. Connections stuck in pre-init state are usually a result of user leaving the authorisation flow before finishing it. The first step in resolving this is appointing the user to go through the whole flow again. There’s no need to delete a pre-init connection beforehand."""

class ConsentStatus(CodeEnum):
    """Consent status: The status of a user's consent (GET /users/{userId}/consents), described by Basiq's schema as "active, revoked, and expired".

    Wire field: status (a consent: GET /users/{userId}/consents)."""

    active = "active"
    """The consent is in force."""
    revoked = "revoked"
    """When the user explicitly revokes the consent."""
    expired = "expired"
    """The time period specified for this users consent has lapsed."""

class WebhookEventType(CodeEnum):
    """Webhook event type: The type of the event a webhook message reports (eventTypeId): the event types of GET /events/types' published example, with their descriptions, and the two further events Basiq's Events and Consent Events pages name.

    Wire field: eventTypeId (a webhook message)."""

    account_updated = "account.updated"
    """when an account is updated"""
    connection_activated = "connection.activated"
    """when a connection is activated"""
    connection_created = "connection.created"
    """when a connection is created"""
    connection_deleted = "connection.deleted"
    """when a connection is deleted"""
    connection_invalidated = "connection.invalidated"
    """when a connection is invalidated"""
    consent_created = "consent.created"
    """when a consent is created"""
    consent_expired = "consent.expired"
    """when a consent is expired"""
    consent_reminder = "consent.reminder"
    """when a consent has been active for 90 days since the last update"""
    consent_revoked = "consent.revoked"
    """when a consent is revoked"""
    consent_updated = "consent.updated"
    """when a consent is updated"""
    consent_warning = "consent.warning"
    """when a consent is about to expire"""
    transactions_updated = "transactions.updated"
    """when transactions are updated"""
    user_created = "user.created"
    """when an user is created"""
    user_deleted = "user.deleted"
    """when an user is deleted"""
    user_updated = "user.updated"
    """when an user is updated"""
    connection_updated = "connection.updated"
    """When a connection is updated"""
    consent_archived = "consent.archived"
    """When the partner archives the consent."""

class WebhookStatus(CodeEnum):
    """Webhook subscription status: The status of a webhook subscription (/notifications/webhooks).

    Wire field: status (a webhook subscription)."""

    active = "active"
    """The webhook subscription is active."""
    pending_approval = "pending-approval"
    """The webhook subscription awaits approval."""

#: Every code-set enum of this provider, in priority order (classify uses the first match).
CODE_SETS: tuple[type[CodeEnum], ...]
