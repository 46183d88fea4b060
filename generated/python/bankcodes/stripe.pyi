# generated from spec/catalog.json — do not edit (run `make generate`)
"""Stripe Financial Connections (https://stripe.com/financial-connections): one enum per code set of the catalog, with metadata on every member. Each is built on first use."""

from bankcodes._base import CodeEnum

__all__ = [
    "CODE_SETS",
    "AccountNumberStatus",
    "AccountStatus",
    "ApiErrorCode",
    "ApiErrorType",
    "AuthorizationStatus",
    "EventType",
    "FcEventErrorCode",
    "FcEventName",
    "RefreshStatus",
    "SheetErrorCode",
    "StatusDetailsAction",
    "StatusDetailsCause",
    "TransactionStatus",
]

class FcEventErrorCode(CodeEnum):
    """Financial Connections event error code: The error code that an error event of the Financial Connections authentication flow carries, as the React Native SDK passes it to onEvent. The descriptions are the SDK's own comments.

    Wire field: metadata.errorCode of the FinancialConnectionsEvent passed to onEvent (React Native SDK)."""

    account_numbers_unavailable = "account_numbers_unavailable"
    """The system could not retrieve account numbers for selected accounts."""
    accounts_unavailable = "accounts_unavailable"
    """The system could not retrieve accounts for the selected institution."""
    no_debitable_account = "no_debitable_account"
    """For payment flows, no debitable account was available at the selected institution."""
    authorization_failed = "authorization_failed"
    """Authorization with the selected institution has failed."""
    institution_unavailable_planned = "institution_unavailable_planned"
    """The selected institution is down for expected maintenance."""
    institution_unavailable_unplanned = "institution_unavailable_unplanned"
    """The selected institution is unexpectedly down."""
    institution_timeout = "institution_timeout"
    """A timeout occurred while communicating with our partner or downstream institutions."""
    unexpected_error = "unexpected_error"
    """An unexpected error occurred, either in an API call or on the client-side."""
    session_expired = "session_expired"
    """The client secret that powers the session has expired."""
    failed_bot_detection = "failed_bot_detection"
    """The hCaptcha challenge failed."""

class ApiErrorCode(CodeEnum):
    """API error code (Financial Connections and bank accounts): The code of a Stripe API error (error.code) that a Financial Connections or bank-account (ACH Direct Debit, us_bank_account) integration meets: rate_limit, which every integration meets, the codes of Financial Connections accounts, and those of a bank account's numbers, its verification by microdeposits, its mandate and its debits. This is not every Stripe error code: Stripe's libraries list them all (PaymentIntent's last_payment_error.code). The texts are those of Stripe's error codes page (docs.stripe.com/error-codes), read in a third party's copy of an earlier revision where Stripe's own stored copy ends before most of them (it reaches only account_closed and account_number_invalid, in the same words); the part read of the page gives no HTTP status per code. Stripe's text for payment_method_microdeposit_processing_error, which Stripe's libraries list, was not read (no copy read reaches it): its description is bankcodes' reading of its name and of the changelog entry that added it.

    Wire field: error.code (API error response body; also last_payment_error.code, last_setup_error.code)."""

    rate_limit = "rate_limit"
    """RateLimitError is raised in cases where an account is putting too much load on Stripe's API servers (usually by performing too many requests)."""
    financial_connections_account_pending_account_numbers = (
        "financial_connections_account_pending_account_numbers"
    )
    """Creating a us_bank_account PaymentMethod from a Financial Connections Account failed because Stripe is still retrieving the account's account and routing numbers."""
    financial_connections_account_unavailable_account_numbers = (
        "financial_connections_account_unavailable_account_numbers"
    )
    """Creating a us_bank_account PaymentMethod from a Financial Connections Account failed because the account has no account or routing numbers that Stripe can use."""
    account_closed = "account_closed"
    """The customer’s bank account has been closed."""
    account_number_invalid = "account_number_invalid"
    """The bank account number provided is invalid (e.g., missing digits). Bank account information varies from country to country. We recommend creating validations in your entry forms based on the bank account formats we provide."""
    bank_account_bad_routing_numbers = "bank_account_bad_routing_numbers"
    """The bank account is known to not support the currency in question."""
    bank_account_declined = "bank_account_declined"
    """The bank account provided can not be used to charge, either because it is not verified yet or it is not supported."""
    bank_account_exists = "bank_account_exists"
    """The bank account provided already exists on the specified Customer object. If the bank account should also be attached to a different customer, include the correct customer ID when making the request again."""
    bank_account_restricted = "bank_account_restricted"
    """The customer’s account cannot be used with the payment method."""
    bank_account_unusable = "bank_account_unusable"
    """The bank account provided cannot be used. A different bank account must be used."""
    bank_account_unverified = "bank_account_unverified"
    """Your Connect platform is attempting to share an unverified bank account with a connected account."""
    bank_account_verification_failed = "bank_account_verification_failed"
    """The bank account cannot be verified, either because the microdeposit amounts provided do not match the actual amounts, or because verification has failed too many times."""
    billing_invalid_mandate = "billing_invalid_mandate"
    """The Subscription or Invoice attempted payment on a PaymentMethod without an active mandate. In order to create Subscription or Invoice payments with this PaymentMethod, it must be confirmed on-session with a PaymentIntent or SetupIntent first."""
    debit_not_authorized = "debit_not_authorized"
    """The customer has notified their bank that this payment was unauthorized."""
    insufficient_funds = "insufficient_funds"
    """The customer’s account has insufficient funds to cover this payment."""
    no_account = "no_account"
    """The bank account could not be located."""
    payment_intent_authentication_failure = "payment_intent_authentication_failure"
    """The provided payment method has failed authentication. Provide a new payment method to attempt to fulfill this PaymentIntent again."""
    payment_intent_mandate_invalid = "payment_intent_mandate_invalid"
    """The provided mandate is invalid and can not be used for the payment intent."""
    payment_intent_payment_attempt_failed = "payment_intent_payment_attempt_failed"
    """The latest payment attempt for the PaymentIntent has failed. Check the last_payment_error property on the PaymentIntent for more details, and provide a new payment method to attempt to fulfill this PaymentIntent again."""
    payment_method_bank_account_already_verified = "payment_method_bank_account_already_verified"
    """This bank account has already been verified."""
    payment_method_bank_account_blocked = "payment_method_bank_account_blocked"
    """This bank account has failed verification in the past and can not be used. Contact us if you wish to attempt to use these bank account credentials."""
    payment_method_customer_decline = "payment_method_customer_decline"
    """The customer did not approve the payment. Please provide a new payment method to attempt to fulfill this intent again."""
    payment_method_microdeposit_failed = "payment_method_microdeposit_failed"
    """Microdeposits were failed to be deposited into the customer’s bank account. Please check the account, institution and transit numbers as well as the currency type."""
    payment_method_microdeposit_verification_amounts_invalid = (
        "payment_method_microdeposit_verification_amounts_invalid"
    )
    """You must provide exactly two microdeposit amounts."""
    payment_method_microdeposit_verification_amounts_mismatch = (
        "payment_method_microdeposit_verification_amounts_mismatch"
    )
    """The amounts provided do not match the amounts that were sent to the bank account."""
    payment_method_microdeposit_verification_attempts_exceeded = (
        "payment_method_microdeposit_verification_attempts_exceeded"
    )
    """You have exceeded the number of allowed verification attempts."""
    payment_method_microdeposit_verification_descriptor_code_mismatch = (
        "payment_method_microdeposit_verification_descriptor_code_mismatch"
    )
    """The verification code provided does not match the one sent to the bank account."""
    payment_method_microdeposit_verification_timeout = (
        "payment_method_microdeposit_verification_timeout"
    )
    """Payment method should be verified with microdeposits within the required period."""
    payment_method_not_available = "payment_method_not_available"
    """The payment processor for the provided payment method is temporarily unavailable. Please try a different payment method or retry later with the same payment method."""
    payment_method_provider_decline = "payment_method_provider_decline"
    """The payment or setup attempt was declined by the issuer or customer. Check the last_payment_error or last_setup_error property on the PaymentIntent or SetupIntent respectively for more details, and provide a new payment method to attempt to fulfill this intent again."""
    payment_method_unactivated = "payment_method_unactivated"
    """The operation cannot be performed as the payment method used has not been activated. Activate the payment method in the Dashboard, then try again."""
    refer_to_customer = "refer_to_customer"
    """The customer has stopped the payment with their bank. Contact them for details and to arrange payment."""
    routing_number_invalid = "routing_number_invalid"
    """The bank routing number provided is invalid."""
    setup_attempt_failed = "setup_attempt_failed"
    """The latest setup attempt for the SetupIntent has failed. Check the `last_setup_error` property on the SetupIntent for more details, and provide a new payment method to attempt to set it up again."""
    setup_intent_authentication_failure = "setup_intent_authentication_failure"
    """The provided payment method has failed authentication. Provide a new payment method to attempt to fulfill this SetupIntent again."""
    setup_intent_mandate_invalid = "setup_intent_mandate_invalid"
    """The provided mandate is invalid and can not be used for the setup intent."""
    financial_connections_account_inactive = "financial_connections_account_inactive"
    """Data cannot be refreshed on inactive Financial Connections accounts."""
    financial_connections_no_successful_transaction_refresh = (
        "financial_connections_no_successful_transaction_refresh"
    )
    """Transaction data can only be retrieved for accounts that have at least one successful transaction refresh."""
    payment_method_microdeposit_processing_error = "payment_method_microdeposit_processing_error"
    """Processing the microdeposits that verify a bank account payment method failed; Stripe reports it as the last error of a payment, a setup or an invoice's finalization."""

class StatusDetailsAction(CodeEnum):
    """Account and Authorization status details: action: The action (if any) to relink a Financial Connections Account or Authorization that is about to become inactive (status_details.active.action, in Stripe's SDK types) or is inactive (status_details.inactive.action: an Authorization's in Stripe's SDK types and API reference, an Account's in Stripe's relink guide, a public preview).

    Wire field: status_details.active.action; status_details.inactive.action (Financial Connections Account and Authorization)."""

    none = "none"
    """Accounts that you can’t repair have a status_details.inactive.action of none."""
    relink_required = "relink_required"
    """The customer can restore the account by completing a relink authentication flow."""

class StatusDetailsCause(CodeEnum):
    """Account status details: cause: The underlying cause of a Financial Connections Account becoming inactive (status_details.active.cause for an upcoming deactivation; status_details.inactive.cause in Stripe's relink guide).

    Wire field: status_details.active.cause; status_details.inactive.cause (Financial Connections Account)."""

    access_expired = "access_expired"
    """The access Stripe was given to the account has expired, for example an OAuth connection that expired."""
    institution_requirement = "institution_requirement"
    """The institution requires the customer to authenticate again."""
    unspecified = "unspecified"
    """Stripe gives no specific cause for the (expected) deactivation."""

class AccountStatus(CodeEnum):
    """Financial Connections Account status: The status of the link to a Financial Connections Account.

    Wire field: status (Financial Connections Account object, also each of a Session's accounts.data; data.object.status of financial_connections.account.* events)."""

    active = "active"
    """The link to the account works: Stripe can refresh the account's data."""
    inactive = "inactive"
    """New data refreshes aren’t allowed on inactive accounts, but previously refreshed data stays available."""
    disconnected = "disconnected"
    """Although you can’t refresh data on a disconnected account, you can access previously refreshed account data."""

class RefreshStatus(CodeEnum):
    """Data refresh status: The status of the most recent attempt to refresh an account's balance, ownership or transactions.

    Wire field: balance_refresh.status; ownership_refresh.status; transaction_refresh.status (Financial Connections Account)."""

    pending = "pending"
    """The refresh attempt is under way."""
    succeeded = "succeeded"
    """The refresh attempt succeeded: the refreshed data is available."""
    failed = "failed"
    """The refresh attempt failed."""

class SheetErrorCode(CodeEnum):
    """Financial Connections sheet error: The code of the error the React Native SDK's Financial Connections methods resolve with (a StripeError of FinancialConnectionsSheetError).

    Wire field: error.code of the SessionResult or TokenResult (React Native SDK)."""

    Failed = "Failed"
    """The Financial Connections flow ended with an error."""
    Canceled = "Canceled"
    """The Financial Connections flow was closed before it finished."""

class ApiErrorType(CodeEnum):
    """API error type: The type of error returned in a Stripe API error body (error.type): the four of the API (v1) that its OpenAPI file and its errors page list, and the two that Stripe's libraries read in an API v2 error (stripe-go's "V2 error types").

    Wire field: error.type (API error response body)."""

    api_error = "api_error"
    """API errors cover any other type of problem (e.g., a temporary problem with Stripe's servers), and are extremely uncommon."""
    card_error = "card_error"
    """Card errors are the most common type of error you should expect to handle. They result when the user enters a card that can't be charged for some reason."""
    idempotency_error = "idempotency_error"
    """Idempotency errors occur when an Idempotency-Key is re-used on a request that does not match the first request's API endpoint and parameters."""
    invalid_request_error = "invalid_request_error"
    """Invalid request errors arise when your request has invalid parameters."""
    rate_limit = "rate_limit"
    """Account cannot exceed a configured concurrency rate limit on updates."""
    temporary_session_expired = "temporary_session_expired"
    """The temporary session token has expired."""

class FcEventName(CodeEnum):
    """Financial Connections event name: The name of an event of the Financial Connections authentication flow, as the React Native SDK passes it to onEvent. The descriptions are the SDK's own comments.

    Wire field: name of the FinancialConnectionsEvent passed to onEvent (React Native SDK)."""

    open = "open"
    """Invoked when the sheet successfully opens."""
    manual_entry_initiated = "manual_entry_initiated"
    """Invoked when the manual entry flow is initiated."""
    consent_acquired = "consent_acquired"
    """Invoked when "Agree and continue" is selected on the consent pane."""
    search_initiated = "search_initiated"
    """Invoked when the search bar is selected, the user inputs search terms, and receives an API response."""
    institution_selected = "institution_selected"
    """Invoked when an institution is selected, either from featured institutions or search results."""
    institution_authorized = "institution_authorized"
    """Invoked when the authorization is successfully completed."""
    accounts_selected = "accounts_selected"
    """Invoked when accounts are selected and "confirm" is selected."""
    success = "success"
    """Invoked when the flow is completed and selected accounts are correctly connected to the payment instrument."""
    error = "error"
    """Invoked when an error is encountered. Refer to error codes for more details."""
    cancel = "cancel"
    """Invoked when the flow is cancelled, typically by the user pressing the "X" button."""
    flow_launched_in_browser = "flow_launched_in_browser"
    """Invoked when the modal is launched in an external browser. After this event, no other events will be sent until the completion of the browser session."""

class EventType(CodeEnum):
    """Financial Connections event type: The type of a Stripe Event about a Financial Connections Account or Authorization, as Stripe's Node.js library lists them (the descriptions are its comments). Stripe sends many other event types; only the Financial Connections ones are here, with setup_intent.created, the type of Stripe's published Event example, and payment_intent.payment_failed and setup_intent.setup_failed, whose last error carries the API error codes of a Financial Connections account.

    Wire field: type (Stripe Event object, the webhook body)."""

    account_numbers_updated = "financial_connections.account.account_numbers_updated"
    """Occurs when a Financial Connections account's account numbers are updated."""
    account_created = "financial_connections.account.created"
    """Occurs when a new Financial Connections account is created."""
    account_deactivated = "financial_connections.account.deactivated"
    """Occurs when a Financial Connections account's status is updated from `active` to `inactive`."""
    account_disconnected = "financial_connections.account.disconnected"
    """Occurs when a Financial Connections account is disconnected."""
    account_expected_deactivation_date_updated = (
        "financial_connections.account.expected_deactivation_date_updated"
    )
    """Occurs when a Financial Connections account’s `expected_deactivation_date` changes."""
    account_reactivated = "financial_connections.account.reactivated"
    """Occurs when a Financial Connections account's status is updated from `inactive` to `active`."""
    account_refreshed_balance = "financial_connections.account.refreshed_balance"
    """Occurs when an Account’s `balance_refresh` status transitions from `pending` to either `succeeded` or `failed`."""
    account_refreshed_ownership = "financial_connections.account.refreshed_ownership"
    """Occurs when an Account’s `ownership_refresh` status transitions from `pending` to either `succeeded` or `failed`."""
    account_refreshed_transactions = "financial_connections.account.refreshed_transactions"
    """Occurs when an Account’s `transaction_refresh` status transitions from `pending` to either `succeeded` or `failed`."""
    account_supported_payment_method_types_updated = (
        "financial_connections.account.supported_payment_method_types_updated"
    )
    """Occurs when the supported_payment_method_types array on a Financial Connections account changes."""
    account_upcoming_account_number_expiry = (
        "financial_connections.account.upcoming_account_number_expiry"
    )
    """Occurs when an Account’s tokenized account number is about to expire."""
    account_upcoming_deactivation = "financial_connections.account.upcoming_deactivation"
    """Occurs when a Financial Connections account is about to become `inactive`."""
    authorization_expected_deactivation_date_updated = (
        "financial_connections.authorization.expected_deactivation_date_updated"
    )
    """Occurs when a Financial Connections authorization’s `expected_deactivation_date` changes."""
    authorization_upcoming_deactivation = (
        "financial_connections.authorization.upcoming_deactivation"
    )
    """Occurs when a Financial Connections authorization is about to become `inactive`."""
    setup_intent_created = "setup_intent.created"
    """Occurs when a new SetupIntent is created."""
    payment_intent_payment_failed = "payment_intent.payment_failed"
    """Occurs when a PaymentIntent has failed the attempt to create a payment method or a payment."""
    setup_intent_setup_failed = "setup_intent.setup_failed"
    """Occurs when a SetupIntent has failed the attempt to setup a payment method."""

class AuthorizationStatus(CodeEnum):
    """Financial Connections Authorization status: The status of the connection to a Financial Connections Authorization (the institution login behind one or more accounts). The descriptions are the API reference's.

    Wire field: status (Financial Connections Authorization object; data.object.status of financial_connections.authorization.* events)."""

    active = "active"
    """Stripe is able to retrieve data from the Authorization without issues."""
    inactive = "inactive"
    """Stripe cannot retrieve data from the Authorization."""
    disconnected = "disconnected"
    """The Authorization is permanently disconnected and cannot be used to retrieve data."""

class TransactionStatus(CodeEnum):
    """Financial Connections Transaction status: The status of a transaction of a Financial Connections Account. The descriptions are the API reference's.

    Wire field: status (Financial Connections Transaction object)."""

    pending = "pending"
    """This transaction is processing and does not yet affect the account’s balance."""
    posted = "posted"
    """This transaction has processed and affects the account’s balance."""
    void = "void"
    """This transaction has disappeared and no longer affects the account’s balance."""

class AccountNumberStatus(CodeEnum):
    """Account number status: Whether an account number of a Financial Connections Account (a tokenized one among them) is currently active and usable for transactions.

    Wire field: account_numbers[].status (Financial Connections Account)."""

    transactable = "transactable"
    """The account number is active and usable for transactions."""
    deactivated = "deactivated"
    """The account number is no longer active: it cannot be used for transactions."""

#: Every code-set enum of this provider, in priority order (classify uses the first match).
CODE_SETS: tuple[type[CodeEnum], ...]
