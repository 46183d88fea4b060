# generated from spec/catalog.json — do not edit (run `make generate`)
"""UAE Open Finance (https://github.com/Nebras-Open-Finance/api-specs): one enum per code set of the catalog, with metadata on every member. Each is built on first use."""

from bankcodes._base import CodeEnum

__all__ = [
    "CODE_SETS",
    "ConsentStatus",
    "ErrorCode",
    "FilePaymentStatus",
    "OAuthError",
    "PaymentStatus",
    "RevokedBy",
]

class ErrorCode(CodeEnum):
    """Error code (v2.1): The code of each error of a UAE Open Finance error response (v2.1 and its errata): Errors[].Code of the {Errors: [...]} body, which Account Information, Account Opening, FX and Insurance send as plain JSON or inside a signed JWT (application/jwt, in its message claim), ATM and Product as plain JSON, and the Payment API, Confirmation of Payee and the webhook template only inside the signed JWT. The files (which the repository's README calls “the source of truth”) prescribe these 20 codes by HTTP status: AEError400Code, AEError403Code, AEError409Code (the Payment API alone) and AEError500Code, or AEError400Codes, AEError403Codes and AEErrorGenericCodes in the files that list JWS.InvalidPayload. They give no description of any code: each description here is the text of the standard's guide for banks (the LFI API Hub guide's error tables), except JWS.InvalidPayload's, which the guide does not list and is bankcodes' reading of its name; each category is bankcodes' reading. Besides the prescribed codes, a code may be the answering organisation's own, namespaced (own_codes).

    Wire field: Errors[].Code of an error body; message.Errors[].Code of a signed error (application/jwt); errorCode of a bank's error response to the API Hub."""

    CONSENT_INVALID = "Consent.Invalid"
    """Consent is invalid or expired"""
    CONSENT_BUSINESS_RULE_VIOLATION = "Consent.BusinessRuleViolation"
    """Business rule violation in consent"""
    CONSENT_FAILS_CONTROL_PARAMETERS = "Consent.FailsControlParameters"
    """Consent fails control parameters"""
    CONSENT_INVALID_USER_IDENTIFIER = "Consent.InvalidUserIdentifier"
    """Invalid user identifier in consent"""
    JWS_INVALID_SIGNATURE = "JWS.InvalidSignature"
    """JWS signature is invalid"""
    JWS_MALFORMED = "JWS.Malformed"
    """JWS is malformed"""
    JWS_INVALID_CLAIM = "JWS.InvalidClaim"
    """JWS contains invalid claim"""
    JWS_INVALID_HEADER = "JWS.InvalidHeader"
    """JWS header is invalid"""
    JWS_INVALID_PAYLOAD = "JWS.InvalidPayload"
    """The payload of the request's JWS is not valid."""
    JWE_DECRYPTION_ERROR = "JWE.DecryptionError"
    """Error decrypting JWE"""
    JWE_INVALID_HEADER = "JWE.InvalidHeader"
    """JWE header is invalid"""
    GENERIC_RECOVERABLE_ERROR = "GenericRecoverableError"
    """Recoverable validation error not covered above — Hub may retry"""
    GENERIC_ERROR = "GenericError"
    """Unrecoverable validation error not covered above"""
    EVENT_UNEXPECTED_EVENT = "Event.UnexpectedEvent"
    """Unexpected event occurred"""
    BODY_INVALID_FORMAT = "Body.InvalidFormat"
    """Request body is absent, not valid JSON, or does not match the schema"""
    RESOURCE_INVALID_FORMAT = "Resource.InvalidFormat"
    """Field is present but not syntactically valid"""
    ACCESS_TOKEN_INVALID_SCOPE = "AccessToken.InvalidScope"
    """The Hub's token does not include the required scope"""
    CONSENT_TRANSIENT_ACCOUNT_ACCESS_FAILURE = "Consent.TransientAccountAccessFailure"
    """Account temporarily inaccessible — Hub may retry after a delay"""
    CONSENT_ACCOUNT_TEMPORARILY_BLOCKED = "Consent.AccountTemporarilyBlocked"
    """Account temporarily blocked/suspended — Hub may retry after a delay"""
    CONSENT_PERMANENT_ACCOUNT_ACCESS_FAILURE = "Consent.PermanentAccountAccessFailure"
    """Account permanently inaccessible due to infrastructure reasons"""

class ConsentStatus(CodeEnum):
    """Consent status: The status of a consent (AEConsentStatus.AEConsentStatusCodes, “Specifies the status of a consent.”): each description is the files' table's, and each code's notes give its State Type there (Pending, In Use or Terminal). The authorization endpoints, Insurance and webhook template files also have AEConsentStatusCode, the same values without Consumed and without descriptions. A consent may be set to Revoked (PATCH) only while it is Authorized or AwaitingAuthorization.

    Wire field: Data.Status of a consent."""

    AwaitingAuthorization = "AwaitingAuthorization"
    """The consent is awaiting authorization."""
    Authorized = "Authorized"
    """The consent has been successfully authorized."""
    Rejected = "Rejected"
    """The unauthorized consent has been rejected at the LFI."""
    Revoked = "Revoked"
    """The consent has been revoked at the TPP or LFI."""
    Expired = "Expired"
    """The consent is now expired."""
    Consumed = "Consumed"
    """The consented action(s) have either been completed successfully."""
    Suspended = "Suspended"
    """The consent has been suspended, pending further enquiries."""

class PaymentStatus(CodeEnum):
    """Payment status: The status of a payment (AEPaymentStatus, “Specifies the status of the payment information group”), each description the file's text for the value. A Rejected payment carries RejectReasonCode: namespaced codes of the organisation or system that rejected it (such as AANI), of which the files list none.

    Wire field: Data.Status of a payment."""

    Pending = "Pending"
    """Payment initiation or individual transaction included in the payment initiation is pending. Further checks and status update will be performed."""
    AcceptedSettlementCompleted = "AcceptedSettlementCompleted"
    """Settlement of the Debtor's account has been completed"""
    AcceptedCreditSettlementCompleted = "AcceptedCreditSettlementCompleted"
    """When the Creditor account has been credited with the funds of the payment initiated via the TPP"""
    AcceptedWithoutPosting = "AcceptedWithoutPosting"
    """When the Recipient Bank has accepted the payment but has not applied the credit to the Creditor account yet."""
    Rejected = "Rejected"
    """The payment initiation has been rejected"""

class FilePaymentStatus(CodeEnum):
    """File payment status: The status of a file payment (AEFilePaymentStatus), each description the file's text for the value.

    Wire field: Data.Status of a file payment."""

    Received = "Received"
    """The file payment has been received."""
    Rejected = "Rejected"
    """The file payment has been rejected."""

class RevokedBy(CodeEnum):
    """Who revoked a consent: Who revoked a consent (AEConsentStatus.AERevokedByCodes, “Denotes the Identifier of the revocation.”), each description the files' table's. It names an actor, not an outcome: the consent's status is Revoked.

    Wire field: Data.RevokedBy of a revoked consent."""

    LFI = "LFI"
    """Revoked by LFI without User initiation"""
    TPP = "TPP"
    """Revoked by TPP without User initiation"""
    LFI_INITIATED_BY_USER = "LFI.InitiatedByUser"
    """Initiated by User via the LFI"""
    TPP_INITIATED_BY_USER = "TPP.InitiatedByUser"
    """Initiated by User via the TPP"""

class OAuthError(CodeEnum):
    """OAuth error of the authorization endpoints: The error of an HTTP 400 answer of POST /par and POST /token (OAuthErrorResponse: error, with error_description and error_uri).

    Wire field: error of an OAuthErrorResponse body."""

    invalid_request = "invalid_request"
    """The request is missing something it needs or is malformed."""
    invalid_client = "invalid_client"
    """The client (the TPP) could not be authenticated."""
    invalid_grant = "invalid_grant"
    """The grant given (an authorization code or a refresh token) is not valid, or no longer is."""
    unauthorized_client = "unauthorized_client"
    """The client (the TPP) may not use this grant."""
    unsupported_grant_type = "unsupported_grant_type"
    """The grant type is not supported."""
    invalid_scope = "invalid_scope"
    """The scope asked for is not valid."""

#: Every code-set enum of this provider, in priority order (classify uses the first match).
CODE_SETS: tuple[type[CodeEnum], ...]
