# generated from spec/catalog.json — do not edit (run `make generate`)
"""Finverse (https://www.finverse.com): one enum per code set of the catalog, with metadata on every member. Each is built on first use."""

from bankcodes._base import CodeEnum

__all__ = [
    "CODE_SETS",
    "AuthenticationStatus",
    "ErrorCode",
    "ErrorType",
    "EventType",
    "LoginIdentitySessionStatus",
    "LoginIdentityStatus",
    "MandateStatus",
    "PaymentLinkSessionStatus",
    "PaymentLinkStatus",
    "PaymentStatus",
    "PayoutStatus",
    "ProductHealthStatus",
]

class ErrorType(CodeEnum):
    """Error type: The type of a Finverse error (error.type of an error body: ErrBodyModel's FvErrorModel, BadRequestModelV2's error; and of the error a mandate, a card or a card link carries, FvEmbeddedErrorModel), the FinverseErrorCategory enum of Finverse's TypeScript SDK ("The error type"); its error_code and message say which error, and error_code is a string the SDK lists no values of (a login identity's own error, LoginIdentityError, has a type that is a string). The descriptions and categories are bankcodes' reading of the names.

    Wire field: error.type (an error body; the error of a mandate, a card or a card link)."""

    LINK_ERROR = "LINK_ERROR"
    """An error linking the institution or retrieving its data."""
    API_ERROR = "API_ERROR"
    """An error of the API request."""

class ErrorCode(CodeEnum):
    """Error code: Which Finverse error it is (error.error_code of an error body, beside its type; and of the error a mandate, a card or a card link carries, and of the error a card setup's answer carries), a string that Finverse's OpenAPI description and TypeScript SDK type without listing its values: the codes held are the OpenAPI's examples of it, CREDENTIALS_INVALID in its error models and PAYMENT_METHOD_EXPIRED ("Finverse error code") in FrontendFvErrorModel, with its message and its words for the end user. Finverse's own list of error codes (its documentation) was not read.

    Wire field: error.error_code (an error body; the error of a mandate, a card, a card link or a card setup)."""

    CREDENTIALS_INVALID = "CREDENTIALS_INVALID"
    """The institution did not accept the credentials the end user gave."""
    PAYMENT_METHOD_EXPIRED = "PAYMENT_METHOD_EXPIRED"
    """The payment method has expired: the payer is to use another one."""

class LoginIdentityStatus(CodeEnum):
    """Login identity status: Where a login identity (the end user's link to one institution) stands: login_identity.status of GET /login_identity, the LoginIdentityStatus enum of Finverse's TypeScript SDK ("Login identity status"). The README polls it every 3 seconds, at most 20 times, until it is ERROR, DATA_RETRIEVAL_PARTIALLY_SUCCESSFUL or DATA_RETRIEVAL_COMPLETE; the descriptions and categories are bankcodes' reading of the names.

    Wire field: login_identity.status (GET /login_identity)."""

    UNKNOWN = "UNKNOWN"
    """The login identity's status is not known."""
    ERROR = "ERROR"
    """Linking the institution or retrieving its data failed."""
    LINKING = "LINKING"
    """The end user is linking the institution."""
    AUTHENTICATING = "AUTHENTICATING"
    """Finverse is signing in to the institution."""
    CONNECTION_COMPLETE = "CONNECTION_COMPLETE"
    """The connection to the institution is made; its data is yet to be retrieved."""
    CONNECTION_IN_PROGRESS = "CONNECTION_IN_PROGRESS"
    """The connection to the institution is being made."""
    DATA_RETRIEVAL_IN_PROGRESS = "DATA_RETRIEVAL_IN_PROGRESS"
    """The institution's data is being retrieved."""
    DATA_AVAILABLE = "DATA_AVAILABLE"
    """Some of the institution's data is available while the rest is being retrieved."""
    DATA_RETRIEVAL_PARTIALLY_SUCCESSFUL = "DATA_RETRIEVAL_PARTIALLY_SUCCESSFUL"
    """Part of the institution's data was retrieved, not all of it."""
    DATA_RETRIEVAL_COMPLETE = "DATA_RETRIEVAL_COMPLETE"
    """The institution's data has been retrieved."""
    REFRESHING = "REFRESHING"
    """The institution's data is being refreshed."""
    UNLINKED = "UNLINKED"
    """The login identity has been unlinked."""
    UNLINK_SUCCEEDED = "UNLINK_SUCCEEDED"
    """Unlinking the login identity succeeded."""
    UNLINK_FAILED = "UNLINK_FAILED"
    """Unlinking the login identity failed."""

class LoginIdentitySessionStatus(CodeEnum):
    """Login identity session status: The status of a login identity's linking session (login_identity.session_status), the LoginIdentitySessionStatus enum of Finverse's TypeScript SDK ("Login identity session status"); the descriptions and categories are bankcodes' reading of the names.

    Wire field: login_identity.session_status (GET /login_identity)."""

    UNKNOWN = "UNKNOWN"
    """The session's status is not known."""
    IN_PROGRESS = "IN_PROGRESS"
    """The linking session is in progress."""
    COMPLETED = "COMPLETED"
    """The linking session is completed."""
    UNLINKED = "UNLINKED"
    """The login identity of the session has been unlinked."""

class AuthenticationStatus(CodeEnum):
    """Login identity authentication status: The status of signing in to the institution (login_identity.authentication_status.status), the LoginIdentityAuthStatus enum of Finverse's TypeScript SDK ("Login identity authentication status"); the descriptions and categories are bankcodes' reading of the names.

    Wire field: login_identity.authentication_status.status (GET /login_identity)."""

    UNKNOWN = "UNKNOWN"
    """The authentication's status is not known."""
    LINKING = "LINKING"
    """The end user is linking the institution."""
    AUTHENTICATING = "AUTHENTICATING"
    """Finverse is signing in to the institution."""
    AUTHENTICATED = "AUTHENTICATED"
    """Signing in to the institution succeeded."""
    AUTHENTICATE_FAILED = "AUTHENTICATE_FAILED"
    """Signing in to the institution failed."""
    AUTHENTICATION_TEMPORARILY_UNAVAILABLE_FOR_INSTITUTION = (
        "AUTHENTICATION_TEMPORARILY_UNAVAILABLE_FOR_INSTITUTION"
    )
    """Signing in to this institution is not available for now."""
    AUTHENTICATION_TOO_MANY_ATTEMPTS = "AUTHENTICATION_TOO_MANY_ATTEMPTS"
    """Too many attempts were made to sign in to the institution."""

class PaymentStatus(CodeEnum):
    """Payment status: The status of a payment (status of GET /payments/{paymentId}), the PaymentStatus enum of Finverse's TypeScript SDK ("Payment status"). A payment succeeds as EXECUTED, where a mandate succeeds as SUCCEEDED (mandate_status); the descriptions and categories are bankcodes' reading of the names.

    Wire field: status (a payment)."""

    AUTHORIZATION_REQUIRED = "AUTHORIZATION_REQUIRED"
    """The payment waits for the payer to authorise it."""
    AUTHORIZING = "AUTHORIZING"
    """The payment is being authorised."""
    PROCESSING = "PROCESSING"
    """The payment is being processed."""
    SUBMITTED = "SUBMITTED"
    """The payment has been submitted."""
    EXECUTED = "EXECUTED"
    """The payment has been executed."""
    FAILED = "FAILED"
    """The payment failed."""
    REVOKED = "REVOKED"
    """The payment was revoked."""
    CANCELLED = "CANCELLED"
    """The payment was cancelled."""
    CREATED = "CREATED"
    """The payment has been created."""

class MandateStatus(CodeEnum):
    """Mandate status: The status of a mandate, the payer's authorisation of payments to come (status of GET /mandates/{mandateId}), the MandateStatus enum of Finverse's TypeScript SDK ("Mandate status"). A mandate succeeds as SUCCEEDED, where a payment succeeds as EXECUTED (payment_status); the descriptions and categories are bankcodes' reading of the names.

    Wire field: status (a mandate)."""

    AUTHORIZATION_REQUIRED = "AUTHORIZATION_REQUIRED"
    """The mandate waits for the payer to authorise it."""
    AUTHORIZING = "AUTHORIZING"
    """The mandate is being authorised."""
    PROCESSING = "PROCESSING"
    """The mandate is being processed."""
    SUBMITTED = "SUBMITTED"
    """The mandate has been submitted."""
    SUCCEEDED = "SUCCEEDED"
    """The mandate is in place."""
    FAILED = "FAILED"
    """The mandate failed."""
    REVOKED = "REVOKED"
    """The mandate was revoked."""
    READY_TO_SUBMIT = "READY_TO_SUBMIT"
    """The mandate is ready to be submitted."""
    CLOSED = "CLOSED"
    """The mandate is closed."""
    CANCELLED = "CANCELLED"
    """The mandate was cancelled."""

class PayoutStatus(CodeEnum):
    """Payout status: The status of a payout (status of GET /payouts/{payoutId}), the PayoutStatus enum of Finverse's TypeScript SDK ("Payout status"); the descriptions and categories are bankcodes' reading of the names.

    Wire field: status (a payout)."""

    EXECUTED = "EXECUTED"
    """The payout has been executed."""
    CREATED = "CREATED"
    """The payout has been created."""
    PROCESSING = "PROCESSING"
    """The payout is being processed."""
    PROCESSING_FUNDS = "PROCESSING_FUNDS"
    """The payout's funds are being processed."""
    CANCELLED = "CANCELLED"
    """The payout was cancelled."""
    FAILED = "FAILED"
    """The payout failed."""
    FUNDED = "FUNDED"
    """The payout's funds have been received; the payout is yet to be executed."""
    SUBMITTED = "SUBMITTED"
    """The payout has been submitted."""

class PaymentLinkStatus(CodeEnum):
    """Payment link status: The status of a payment link (status of GET /payment_links/{paymentLinkId}), the PaymentLinkStatus enum of Finverse's TypeScript SDK ("The status of payment link"); the descriptions and categories are bankcodes' reading of the names.

    Wire field: status (a payment link)."""

    CREATED = "CREATED"
    """The payment link has been created and is not paid yet."""
    PAID = "PAID"
    """The payment link has been paid."""
    EXPIRED = "EXPIRED"
    """The payment link expired before it was paid."""

class PaymentLinkSessionStatus(CodeEnum):
    """Payment link session status: The status of a payment link's session (session_status of GET /payment_links/{paymentLinkId}), the PaymentLinkSessionStatus enum of Finverse's TypeScript SDK ("The session status of payment link"). The README's payment flow polls it every 2 seconds for up to 30 seconds until it is COMPLETE: "If `COMPLETE` → success; otherwise → error." The descriptions and categories are bankcodes' reading of the names.

    Wire field: session_status (a payment link)."""

    OPEN = "OPEN"
    """The payment link's session is open."""
    PROCESSING = "PROCESSING"
    """The payment link's session is being processed."""
    COMPLETE = "COMPLETE"
    """The payment link's session is complete."""
    FAILED = "FAILED"
    """The payment link's session failed."""

class ProductHealthStatus(CodeEnum):
    """Product health status: The status of one product (such as its accounts or its transactions) of a login identity (status of a ProductStatus in login_identity.product_status), the ProductHealthStatus enum of Finverse's TypeScript SDK ("Health status of a login identity product"); the descriptions and categories are bankcodes' reading of the names.

    Wire field: login_identity.product_status.*.status (GET /login_identity)."""

    UNKNOWN = "UNKNOWN"
    """The product's status is not known."""
    IN_PROGRESS = "IN_PROGRESS"
    """The product's data is being retrieved."""
    SUCCESS = "SUCCESS"
    """The product's data has been retrieved."""
    WARNING = "WARNING"
    """The product's data was retrieved with a warning."""
    ERROR = "ERROR"
    """Retrieving the product's data failed."""
    NOT_SUPPORTED = "NOT_SUPPORTED"
    """The institution does not support this product."""
    NOT_AVAILABLE = "NOT_AVAILABLE"
    """This product is not available for the login identity."""
    TEMPORARILY_UNAVAILABLE_FOR_INSTITUTION = "TEMPORARILY_UNAVAILABLE_FOR_INSTITUTION"
    """This product is not available at this institution for now."""

class EventType(CodeEnum):
    """Webhook event type: What a Finverse webhook is about (its event_type), as Finverse's own integrations repository reads and tests its webhooks: the event types its Storeganise integration handles (PAYMENT_EXECUTED, PAYMENT_FAILED, PAYMENT_LINK_SETUP_SUCCEEDED), those its tests send it as events it leaves alone, and that of the body Finverse signed in its signature test. Only these six were read: Finverse's own list of event types (its documentation) was not read, and neither its OpenAPI description (finversetech/openapi) nor its TypeScript SDK, each searched whole, names an event type. The descriptions and categories are bankcodes' reading of the names.

    Wire field: event_type (a webhook body)."""

    AUTHENTICATED = "AUTHENTICATED"
    """The login identity has signed in to its institution."""
    PAYMENT_EXECUTED = "PAYMENT_EXECUTED"
    """The payment has been executed."""
    PAYMENT_FAILED = "PAYMENT_FAILED"
    """The payment failed."""
    PAYMENT_SUBMITTED = "PAYMENT_SUBMITTED"
    """The payment has been submitted."""
    PAYMENT_LINK_SETUP_SUCCEEDED = "PAYMENT_LINK_SETUP_SUCCEEDED"
    """The payment link's setup has completed: the payer's payment method is set up."""
    PAYMENT_LINK_PAID = "PAYMENT_LINK_PAID"
    """The payment link has been paid."""

#: Every code-set enum of this provider, in priority order (classify uses the first match).
CODE_SETS: tuple[type[CodeEnum], ...]
