# generated from spec/catalog.json — do not edit (run `make generate`)
"""UK Open Banking (https://www.openbanking.org.uk/): one enum per code set of the catalog, with metadata on every member. Each is built on first use."""

from bankcodes._base import CodeEnum

__all__ = [
    "CODE_SETS",
    "ConsentStatus",
    "ConsentStatusV31",
    "MultiAuthorisationStatus",
    "MultiAuthorisationStatusV31",
    "ObEventType",
    "ObieErrorCode",
    "PaymentStatus",
    "PaymentStatusV31",
]

class ObieErrorCode(CodeEnum):
    """Error code: The low-level code of each error of an OBErrorResponse1 body, and in v4 a resource's status reason too. Read/Write API v3.1 sends the namespaced UK.OBIE values: the OpenAPI files list them in x-namespaced-enum (an extensible list, not a JSON Schema enum) and the documentation's Namespaced Enumerations table gives each its description and HTTP status category. v4 sends OBExternalStatusReason1Code values instead, in an error's ErrorCode and in a resource's StatusReasonCode: OB_Internal_Codeset.csv, read whole, lists 330. It pairs U000-U029 one to one with the v3.1 names (each here an alias of its v3.1 code); adds U030-U042, of which U041 and U042 carry the names of two v3.1 VRP status reasons (their aliases here); holds sixteen numeric codes (0000, 0080-0084, 1100, 1161-1163, 1165, 1166, 1177, 1178, 1180 and 1181, their text in the file's Code Name column), some of which the v4 pages and the file's first upload write without their leading zeros (83 for 0083: aliases here); and takes in the 271 status reasons of ISO 20022's 4Q2023 release, with ISO's names and definitions, which are read as the ISO 20022 standard's (iso20022.status_reason). The v4 OpenAPI files and profile give AC17 as the example ErrorCode, a code the file does not list: ISO lists it among its return reasons, not its status reasons, and it is read as unknown.

    Wire field: Errors[].ErrorCode of an OBErrorResponse1 body; in v4, also a resource's StatusReason[].StatusReasonCode."""

    FIELD_EXPECTED = "UK.OBIE.Field.Expected"
    """For the scenario, when a field-value is not provided in the payload, that is expected in combination with preceding field-value pairs.

The corresponding path must be populated with the path of the unexpected field.

E.g.

ExchangeRate must be specified with Agreed RateType. ExchangeRate should be specified in the path element.

InstructionPriority must be specified with Agreed RateType. InstructionPriority should be specified in the path element."""
    FIELD_INVALID = "UK.OBIE.Field.Invalid"
    """An invalid value is supplied in one of the fields, or the length of value supplied is larger than the corresponding maximum field length in ASPSP's domain. Reference of the invalid field should be provided in the path field, and the URL field may have the link to a website explaining the valid behaviour. The error message should describe the problem in detail."""
    FIELD_INVALID_DATE = "UK.OBIE.Field.InvalidDate"
    """An invalid date is supplied e.g. when a future date is expected, a date in past or current date is supplied. The message can specify the actual problem with the date. The reference of the invalid field should be provided in the path field, and URL field may have the link to a website explaining the valid behaviour"""
    FIELD_MISSING = "UK.OBIE.Field.Missing"
    """A mandatory field, required for the API, is missing from the payload. This error code can be used, if it is not already captured under the validation for UK.OBIE.Resource.InvalidFormat.

Reference of the missing field should be provided in the path field, and URL field may have the link to a website explaining the valid behaviour"""
    FIELD_UNEXPECTED = "UK.OBIE.Field.Unexpected"
    """For the scenario, when a field-value is provided in the payload, that is not expected in combination with preceding field-value pairs. E.g.

ContractIdentification must not be specified with [Actual/Indicative] RateType.

ContractIdentification should be specified in the path element ExchangeRate must not be specified with [Actual/Indicative] RateType.

ExchangeRate should be specified in the path element.

InstructionPriority must not be specified with LocalInstrument. InstructionPriority should be specified in the path element."""
    HEADER_INVALID = "UK.OBIE.Header.Invalid"
    """An invalid value is supplied in the HTTP header. The HTTP Header should be specified in the path element."""
    HEADER_MISSING = "UK.OBIE.Header.Missing"
    """A required HTTP header has not been provided. The HTTP Header should be specified in the path element."""
    RESOURCE_CONSENT_MISMATCH = "UK.OBIE.Resource.ConsentMismatch"
    """{payment-order-consent} and {payment-order} resource mismatch. For example, if an element in the resource’s Initiation or Risk section does not match the consent section. The path element should be populated with the field of the resource that does not match the consent."""
    RESOURCE_INVALID_CONSENT_STATUS = "UK.OBIE.Resource.InvalidConsentStatus"
    """The resource’s associated consent is not in a status that would allow the resource to be created, or a request to be executed.

E.g., if a consent resource had a status of AwaitingAuthorisation or Rejected, a resource could not be created against this consent.

The path element should be populated with the field in the consent resource that is invalid."""
    RESOURCE_INVALID_FORMAT = "UK.OBIE.Resource.InvalidFormat"
    """When the Payload schema does not match to the endpoint, e.g., /domestic-payments endpoint is called with a JSON Payload, which cannot be parsed into a class such as OBWriteDomestic1"""
    RESOURCE_NOT_FOUND = "UK.OBIE.Resource.NotFound"
    """Returned when a resource with the specified Id does not exist (and hence could not be operated upon)."""
    RULES_AFTER_CUT_OFF_DATE_TIME = "UK.OBIE.Rules.AfterCutOffDateTime"
    """{payment-order} consent / resource received after CutOffDateTime"""
    RULES_DUPLICATE_REFERENCE = "UK.OBIE.Rules.DuplicateReference"
    """A duplicate reference has been used for a CBPII confirmation of funds request."""
    RULES_FAILS_CONTROL_PARAMETERS = "UK.OBIE.Rules.FailsControlParameters"
    """A payment breaches a limitation set by one or more ControlParameters."""
    SIGNATURE_INVALID = "UK.OBIE.Signature.Invalid"
    """The signature header x-jws-signature was parsed and has a valid JOSE header that complies with the specification. However, the signature itself could not be verified."""
    SIGNATURE_INVALID_CLAIM = "UK.OBIE.Signature.InvalidClaim"
    """The JOSE header in the x-jws-signature has one or more claims with an invalid value. (e.g. a kid that does not resolve to a valid certificate). The name of the missing claim should be specified in the path field of the error response."""
    SIGNATURE_MISSING_CLAIM = "UK.OBIE.Signature.MissingClaim"
    """The JOSE header in the x-jws-signature has one or more mandatory claim(s) that are not specified. The name of the missing claim(s) should be specified in the path field of the error response."""
    SIGNATURE_MALFORMED = "UK.OBIE.Signature.Malformed"
    """The x-jws-signature in the request header was malformed and could not be parsed as a valid JWS."""
    SIGNATURE_MISSING = "UK.OBIE.Signature.Missing"
    """The API request expected an x-jws-signature in the header, but it was missing."""
    SIGNATURE_UNEXPECTED = "UK.OBIE.Signature.Unexpected"
    """The API request was not expecting to receive an x-jws-signature in the header, but the TPP made a request that included an x-jws-signature."""
    UNSUPPORTED_ACCOUNT_IDENTIFIER = "UK.OBIE.Unsupported.AccountIdentifier"
    """The account identifier is unsupported for the given scheme.

The path element should be populated with the path of the AccountIdentifier."""
    UNSUPPORTED_ACCOUNT_SECONDARY_IDENTIFIER = "UK.OBIE.Unsupported.AccountSecondaryIdentifier"
    """The account secondary identifier is unsupported for the given scheme.

The path element should be populated with the path of the AccountSecondaryIdentifier."""
    UNSUPPORTED_CURRENCY = "UK.OBIE.Unsupported.Currency"
    """The currency is not supported. Use UK.OBIE.Field.Invalid for invalid Currency.

The path element should be populated with the path of the Currency.

The URL should be populated with a link to ASPSP documentation listing out the supported currencies."""
    UNSUPPORTED_EVENT_TYPE = "UK.OBIE.Unsupported.EventType"
    """Event Type is not supported.

The path element should be populated with the path of the EventType.

The URL should be populated with a link to ASPSP documentation listing out the supported Event Types."""
    UNSUPPORTED_FREQUENCY = "UK.OBIE.Unsupported.Frequency"
    """Frequency is not supported.

The path element should be populated with the path of the Frequency.

The URL should be populated with a link to ASPSP documentation listing out the supported frequencies."""
    UNSUPPORTED_LOCAL_INSTRUMENT = "UK.OBIE.Unsupported.LocalInstrument"
    """LocalInstrument is not supported by the ASPSP.

The path element should be populated with the path of the LocalInstrument.

The URL should be populated with a link to ASPSP documentation listing out the supported local instruments."""
    UNSUPPORTED_SCHEME = "UK.OBIE.Unsupported.Scheme"
    """Identification scheme is not supported. The path element should be populated with the path of the scheme. The URL should be populated with a link to ASPSP documentation listing out the supported schemes."""
    REAUTHENTICATE = "UK.OBIE.Reauthenticate"
    """The ASPSP must use this error code in Error Response to indicate that re-authentication by the PSU is required to process the request."""
    RULES_RESOURCE_ALREADY_EXISTS = "UK.OBIE.Rules.ResourceAlreadyExists"
    """The ASPSP must use this error code in Error Response, to indicate that a resource with same parameters already exists, or in a state that doesn't allow requested operation."""
    UNEXPECTED_ERROR = "UK.OBIE.UnexpectedError"
    """An error code that can be used, when an unexpected error occurs.

The ASPSP must populate the message with a meaningful error description, without revealing sensitive information."""
    U030 = "U030"
    """Payment order successfully received"""
    U031 = "U031"
    """All checks yet to start"""
    U032 = "U032"
    """Customer profile checks completed"""
    U033 = "U033"
    """Authorisation failed"""
    U034 = "U034"
    """Debit to Debtor's account completed. Sent to next agent/scheme"""
    U035 = "U035"
    """Consent already consumed"""
    U036 = "U036"
    """Authorisation not completed"""
    U037 = "U037"
    """Authorisation failed"""
    U038 = "U038"
    """Consent consumed successfully"""
    U039 = "U039"
    """Reinstate not allowed any more."""
    U040 = "U040"
    """Awaiting multiple authentication"""
    U041 = "U041"
    """Reason when exemption could not applied for the status of a VRP."""
    U042 = "U042"
    """Use U042(UK.OBIE.OtherReason) only in scenarios where the actual reason cannot be determined or disclosed."""
    EXPECTED_WITHIN_UNSPECIFIED_PERIOD = "0080"
    """Expected within unspecified period but within PSD guidelines"""
    EXPECTED_SAME_DAY = "0081"
    """Expected on same day"""
    EXPECTED_NEXT_CALENDAR_DAY = "0082"
    """Expected on next Calendar Day"""
    EXPECTED_NEXT_WORKING_DAY = "0083"
    """Expected on next Working Day"""
    EXPECTED_AFTER_NEXT_WORKING_DAY = "0084"
    """Expected after next working day but within PSD guidelines"""
    REJECTED_BY_RECEIVING_BANK = "1100"
    """Payment rejected by receiving bank"""
    RECEIVING_ACCOUNT_STOPPED = "1161"
    """Receiving account stopped"""
    RECEIVING_ACCOUNT_NAME_MISMATCH = "1162"
    """Receiving account name does npt match"""
    ACCOUNT_REQUIRES_REFERENCE_DATA = "1163"
    """Account requires reference data"""
    ACCOUNT_NOT_IN_CURRENCY_QUOTED = "1165"
    """Account is not in currency quoted. Check receiving account details"""
    ACCOUNT_TRANSFERRED_1166 = "1166"
    """Account transferred. Check receiving account details"""
    RECEIVING_AGENCY_ACCOUNT_CLOSED = "1177"
    """Receiving agency account closed"""
    RECEIVING_AGENCY_ACCOUNT_STOPPED = "1178"
    """Receiving agency account stopped"""
    ACCOUNT_TRANSFERRED_1180 = "1180"
    """Account transferred. Check receiving account details"""
    DUPLICATE_PAYMENT_FPID = "1181"
    """Duplicate Payment (FPID). Resubmitting with change"""
    CREDITED_TO_BENEFICIARY_ACCOUNT = "0000"
    """Credited to beneficiary account"""

class ObEventType(CodeEnum):
    """Event notification type: The type of an event notification (OBEventNotification2, a Security Event Token that the Real Time Event Notification API pushes and the Aggregated Polling API returns): each event is a key of its events claim, a namespaced URN, whose value describes the event. The v4.0 Events page's data dictionary lists three types, and the VRP profile names a fourth for domestic VRP consents. ASPSPs may define their own custom events, each with its own namespaced type; those are not here.

    Wire field: the keys of events in an OBEventNotification2 (a Security Event Token's events claim)."""

    RESOURCE_UPDATE = "urn:uk:org:openbanking:events:resource-update"
    """An event that indicates a resource has been updated."""
    ACCOUNT_ACCESS_CONSENT_LINKED_ACCOUNT_UPDATE = (
        "urn:uk:org:openbanking:events:account-access-consent-linked-account-update"
    )
    """An event that indicates an account linked to a consent has move in/out of scope of the consent."""
    CONSENT_AUTHORIZATION_REVOKED = "urn:uk:org:openbanking:events:consent-authorization-revoked"
    """An event that indicates a consent resource has had its authorisation revoked."""
    DOMESTIC_VRP_CONSENT_LINKED_ACCOUNT_UPDATE = (
        "urn:uk:org:openbanking:events:domestic-vrp-consent-linked-account-update"
    )
    """In any such situation where an account linked to a vrp-consent can no longer be used, temporarily or permanently, to make payments, the ASPSP should inform the TPP using events."""

class PaymentStatus(CodeEnum):
    """Payment status: The status of a payment resource in v4.0: ExternalPaymentTransactionStatus1Code of OB_Internal_Codeset.csv, each description its Code Definition (a row's first sentence where it goes on). The Payment Initiation file lists, of these, the values each resource answers with: a domestic, scheduled or international payment and a payment's PaymentStatus details the ISO statuses, a standing order RCVD, CANC, ACTC, PATC, PDNG, INFA, INCO and RJCT, a file payment INFA, INCO and PDNG.

    Wire field: Data.Status of a payment resource (v4.0: domestic, domestic scheduled, international, international scheduled payments, standing orders, file payments; Data.PaymentStatus[].Status of its payment details)."""

    RCVD = "RCVD"
    """Payment instruction has been received."""
    PDNG = "PDNG"
    """Payment instruction is pending. Further checks and status update will be performed."""
    ACTC = "ACTC"
    """Authentication and syntactical and semantical validation are successful"""
    PATC = "PATC"
    """Payment initiation needs multiple authentications, where some but not yet all have been performed. Syntactical and semantical validations are successful."""
    ACCP = "ACCP"
    """Preceding check of technical validation was successful. Customer profile check was also successful."""
    ACFC = "ACFC"
    """Preceding check of technical validation and customer profile was successful and an automatic funds check was positive."""
    ACSP = "ACSP"
    """All preceding checks such as technical validation and customer profile were successful and therefore the payment instruction has been accepted for execution."""
    ACWC = "ACWC"
    """Instruction is accepted but a change will be made, such as date or remittance not sent."""
    ACSC = "ACSC"
    """Settlement completed."""
    ACWP = "ACWP"
    """Payment instruction included in the credit transfer is accepted without being posted to the creditor customer’s account."""
    ACCC = "ACCC"
    """Settlement on the creditor's account has been completed."""
    BLCK = "BLCK"
    """Payment transaction previously reported with status 'ACWP' is blocked, for example, funds will neither be posted to the Creditor's account, nor be returned to the Debtor."""
    RJCT = "RJCT"
    """Payment instruction has been rejected."""
    CANC = "CANC"
    """Payment initiation has been successfully cancelled after having received a request for cancellation."""
    INFA = "INFA"
    """Standing order has been setup successfully but the individual payment has failed"""
    INCO = "INCO"
    """Standing order has been setup successfully and the individual payment has been successfully completed."""

class ConsentStatus(CodeEnum):
    """Consent status: The status of a consent resource in v4.0: OBInternalConsentStatus1Code of OB_Internal_Codeset.csv, each description its Code Definition. The Payment Initiation file's payment consents answer with AWAU, RJCT, AUTH and COND, a file payment consent also with AWUP.

    Wire field: Data.Status of a consent resource (v4.0)."""

    AWAU = "AWAU"
    """The consent resource is awaiting PSU authorisation."""
    RJCT = "RJCT"
    """The consent resource has been rejected."""
    AUTH = "AUTH"
    """The consent resource has been successfully authorised."""
    CANC = "CANC"
    """The access has been cancelled at the ASPSP by either the PSU or the ASPSP."""
    EXPD = "EXPD"
    """The consent resource has been marked as expired after expiry of validaty date."""
    COND = "COND"
    """The consent resource has been consumed after payment request is submitted by the PISP."""
    AWUP = "AWUP"
    """The consent resource is expecting a file to be uploaded."""

class MultiAuthorisationStatus(CodeEnum):
    """Multiple authorisation status: The status of a payment's multiple authorisation flow in v4.0: OBInternalStatus2Code of OB_Internal_Codeset.csv (its rows say “Old OBExternalStatus2Code”), each description its Code Definition.

    Wire field: Data.MultiAuthorisation.Status of a payment resource (v4.0)."""

    AUTH = "AUTH"
    """The multiple authorisation flow has been fully authorised."""
    AWAF = "AWAF"
    """The multiple authorisation flow is awaiting further authorisation."""
    RJCT = "RJCT"
    """The multiple authorisation flow has been rejected."""

class PaymentStatusV31(CodeEnum):
    """Payment status (v3.1): The status of a payment resource in v3.1.11, named in full: OBTransactionIndividualStatus1Code of a domestic or international payment and of a domestic VRP; OBExternalStatus1Code and OBExternalStatus3Code of a scheduled payment, a standing order and a file payment (Cancelled only of the first two); and OBTransactionIndividualExtendedISOStatus1Code of a payment's details (GET …/payment-details), which holds all but the Initiation values. Each description is the Payment Initiation API Profile's Static Enumerations definition, of the resource's own class where two classes define a value. v4.0 sends ISO 20022's four-letter codes instead (Payment status).

    Wire field: Data.Status of a payment resource and Data.PaymentStatus[].Status of its details (v3.1.11: domestic, scheduled, international payments, standing orders, file payments, domestic VRPs)."""

    Pending = "Pending"
    """Payment initiation or individual transaction included in the payment initiation is pending. Further checks and status update will be performed."""
    AcceptedSettlementInProcess = "AcceptedSettlementInProcess"
    """All preceding checks such as technical validation and customer profile were successful and therefore the payment initiation has been accepted for execution."""
    AcceptedSettlementCompleted = "AcceptedSettlementCompleted"
    """Settlement on the debtor's account has been completed.

Usage : this can be used by the first agent to report to the debtor that the transaction has been completed. Warning : this status is provided for transaction status reasons, not for financial information. It can only be used after bilateral agreement.

PISPs **must not** use this status as confirmation that settlement is complete on the creditor's account."""
    AcceptedWithoutPosting = "AcceptedWithoutPosting"
    """Payment instruction included in the credit transfer is accepted without being posted to the creditor customer's account."""
    AcceptedCreditSettlementCompleted = "AcceptedCreditSettlementCompleted"
    """Settlement on the creditor's account has been completed."""
    Rejected = "Rejected"
    """Payment initiation or individual transaction included in the payment initiation has been rejected."""
    InitiationPending = "InitiationPending"
    """The payment-order initiation is pending."""
    InitiationCompleted = "InitiationCompleted"
    """The payment-order initiation has been completed."""
    InitiationFailed = "InitiationFailed"
    """The payment-order initiation has failed."""
    Cancelled = "Cancelled"
    """Payment initiation has been successfully cancelled after having received a request for cancellation."""
    Accepted = "Accepted"
    """Request is accepted."""
    AcceptedCancellationRequest = "AcceptedCancellationRequest"
    """Cancellation is accepted."""
    AcceptedCustomerProfile = "AcceptedCustomerProfile"
    """Preceding check of technical validation was successful. Customer profile check was also successful."""
    AcceptedFundsChecked = "AcceptedFundsChecked"
    """Preceding check of technical validation and customer profile was successful and an automatic funds check was positive."""
    AcceptedTechnicalValidation = "AcceptedTechnicalValidation"
    """Authentication and syntactical and semantical validation are successful"""
    AcceptedWithChange = "AcceptedWithChange"
    """Instruction is accepted but a change will be made, such as date or remittance not sent."""
    NoCancellationProcess = "NoCancellationProcess"
    """No cancellation process."""
    PartiallyAcceptedCancellationRequest = "PartiallyAcceptedCancellationRequest"
    """Cancellation is partially accepted."""
    PartiallyAcceptedTechnicalCorrect = "PartiallyAcceptedTechnicalCorrect"
    """Authentication and syntactical and semantical validation are successful."""
    PaymentCancelled = "PaymentCancelled"
    """Transaction has been cancelled."""
    PendingCancellationRequest = "PendingCancellationRequest"
    """Cancellation request is pending."""
    Received = "Received"
    """Payment initiation has been received by the receiving agent."""
    RejectedCancellationRequest = "RejectedCancellationRequest"
    """Cancellation request is rejected"""

class ConsentStatusV31(CodeEnum):
    """Consent status (v3.1): The status of a payment consent resource in v3.1.11, named in full (OBExternalConsentStatus1Code, each description the Payment Initiation API Profile's Static Enumerations definition; a file payment consent adds AwaitingUpload, a domestic VRP consent has no Consumed). v4.0 sends four-letter codes instead (Consent status).

    Wire field: Data.Status of a payment or domestic VRP consent resource (v3.1.11)."""

    AwaitingAuthorisation = "AwaitingAuthorisation"
    """The consent resource is awaiting PSU authorisation."""
    Rejected = "Rejected"
    """The consent resource has been rejected."""
    Authorised = "Authorised"
    """The consent resource has been successfully authorised."""
    Consumed = "Consumed"
    """The consented action has been successfully completed. This does not reflect the status of the consented action."""
    AwaitingUpload = "AwaitingUpload"
    """The default Status is "AwaitingUpload" immediately after the file-payment-consent has been created."""

class MultiAuthorisationStatusV31(CodeEnum):
    """Multiple authorisation status (v3.1): The status of a payment's multiple authorisation flow in v3.1.11, named in full (OBExternalStatus2Code, each description the Payment Initiation API Profile's Static Enumerations definition). v4.0 sends four-letter codes instead (Multiple authorisation status).

    Wire field: Data.MultiAuthorisation.Status of a payment resource (v3.1.11)."""

    AwaitingFurtherAuthorisation = "AwaitingFurtherAuthorisation"
    """The multiple authorisation flow is awaiting further authorisation."""
    Authorised = "Authorised"
    """The multiple authorisation flow has been fully authorised."""
    Rejected = "Rejected"
    """The multiple authorisation flow has been rejected."""

#: Every code-set enum of this provider, in priority order (classify uses the first match).
CODE_SETS: tuple[type[CodeEnum], ...]
