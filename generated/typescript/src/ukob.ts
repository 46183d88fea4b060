// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * UK Open Banking (https://www.openbanking.org.uk/): per code set, its aliases, its category table,
 * its constant (identifier -> wire value, built from the table) and its metadata.
 */
import type { Category } from "./categories.js";
import { membersOf } from "./code-tables.js";
import { withPages } from "./pages.js";
import { isCodeOf, type CodeInfo } from "./types.js";

/** Other wire spellings of UkobObieErrorCode values (alias -> value). */
export const UkobObieErrorCodeAliases: { readonly [alias: string]: UkobObieErrorCode } = {
  U001: "UK.OBIE.Field.Expected",
  U002: "UK.OBIE.Field.Invalid",
  U003: "UK.OBIE.Field.InvalidDate",
  U004: "UK.OBIE.Field.Missing",
  U005: "UK.OBIE.Field.Unexpected",
  U006: "UK.OBIE.Header.Invalid",
  U007: "UK.OBIE.Header.Missing",
  U008: "UK.OBIE.Resource.ConsentMismatch",
  U009: "UK.OBIE.Resource.InvalidConsentStatus",
  U010: "UK.OBIE.Resource.InvalidFormat",
  U011: "UK.OBIE.Resource.NotFound",
  U012: "UK.OBIE.Rules.AfterCutOffDateTime",
  U013: "UK.OBIE.Rules.DuplicateReference",
  U014: "UK.OBIE.Rules.FailsControlParameters",
  U015: "UK.OBIE.Signature.Invalid",
  U016: "UK.OBIE.Signature.InvalidClaim",
  U017: "UK.OBIE.Signature.MissingClaim",
  U018: "UK.OBIE.Signature.Malformed",
  U019: "UK.OBIE.Signature.Missing",
  U020: "UK.OBIE.Signature.Unexpected",
  U021: "UK.OBIE.Unsupported.AccountIdentifier",
  U022: "UK.OBIE.Unsupported.AccountSecondaryIdentifier",
  U023: "UK.OBIE.Unsupported.Currency",
  U024: "UK.OBIE.Unsupported.EventType",
  U025: "UK.OBIE.Unsupported.Frequency",
  U026: "UK.OBIE.Unsupported.LocalInstrument",
  U027: "UK.OBIE.Unsupported.Scheme",
  U028: "UK.OBIE.Reauthenticate",
  U029: "UK.OBIE.Rules.ResourceAlreadyExists",
  U000: "UK.OBIE.UnexpectedError",
  U30: "U030",
  "UK.OBIE.ExemptionNotApplied": "U041",
  "UK.OBIE.OtherReason": "U042",
  "80": "0080",
  "81": "0081",
  "82": "0082",
  "83": "0083",
  "84": "0084",
  "0": "0000",
};
/** The category of every UkobObieErrorCode value and alias: all a listener needs to read one. */
export const UkobObieErrorCodeCategories: { readonly [spelling: string]: Category } = {
  "UK.OBIE.Field.Expected": "integration_error",
  U001: "integration_error",
  "UK.OBIE.Field.Invalid": "integration_error",
  U002: "integration_error",
  "UK.OBIE.Field.InvalidDate": "integration_error",
  U003: "integration_error",
  "UK.OBIE.Field.Missing": "integration_error",
  U004: "integration_error",
  "UK.OBIE.Field.Unexpected": "integration_error",
  U005: "integration_error",
  "UK.OBIE.Header.Invalid": "integration_error",
  U006: "integration_error",
  "UK.OBIE.Header.Missing": "integration_error",
  U007: "integration_error",
  "UK.OBIE.Resource.ConsentMismatch": "integration_error",
  U008: "integration_error",
  "UK.OBIE.Resource.InvalidConsentStatus": "integration_error",
  U009: "integration_error",
  "UK.OBIE.Resource.InvalidFormat": "integration_error",
  U010: "integration_error",
  "UK.OBIE.Resource.NotFound": "integration_error",
  U011: "integration_error",
  "UK.OBIE.Rules.AfterCutOffDateTime": "rejected",
  U012: "rejected",
  "UK.OBIE.Rules.DuplicateReference": "integration_error",
  U013: "integration_error",
  "UK.OBIE.Rules.FailsControlParameters": "rejected",
  U014: "rejected",
  "UK.OBIE.Signature.Invalid": "integration_error",
  U015: "integration_error",
  "UK.OBIE.Signature.InvalidClaim": "integration_error",
  U016: "integration_error",
  "UK.OBIE.Signature.MissingClaim": "integration_error",
  U017: "integration_error",
  "UK.OBIE.Signature.Malformed": "integration_error",
  U018: "integration_error",
  "UK.OBIE.Signature.Missing": "integration_error",
  U019: "integration_error",
  "UK.OBIE.Signature.Unexpected": "integration_error",
  U020: "integration_error",
  "UK.OBIE.Unsupported.AccountIdentifier": "integration_error",
  U021: "integration_error",
  "UK.OBIE.Unsupported.AccountSecondaryIdentifier": "integration_error",
  U022: "integration_error",
  "UK.OBIE.Unsupported.Currency": "integration_error",
  U023: "integration_error",
  "UK.OBIE.Unsupported.EventType": "integration_error",
  U024: "integration_error",
  "UK.OBIE.Unsupported.Frequency": "integration_error",
  U025: "integration_error",
  "UK.OBIE.Unsupported.LocalInstrument": "integration_error",
  U026: "integration_error",
  "UK.OBIE.Unsupported.Scheme": "integration_error",
  U027: "integration_error",
  "UK.OBIE.Reauthenticate": "reconnect_required",
  U028: "reconnect_required",
  "UK.OBIE.Rules.ResourceAlreadyExists": "integration_error",
  U029: "integration_error",
  "UK.OBIE.UnexpectedError": "generic_failure",
  U000: "generic_failure",
  U030: "pending",
  U30: "pending",
  U031: "pending",
  U032: "pending",
  U033: "rejected",
  U034: "pending",
  U035: "integration_error",
  U036: "pending",
  U037: "rejected",
  U038: "success",
  U039: "rejected",
  U040: "pending",
  U041: "rejected",
  "UK.OBIE.ExemptionNotApplied": "rejected",
  U042: "generic_failure",
  "UK.OBIE.OtherReason": "generic_failure",
  "0080": "pending",
  "80": "pending",
  "0081": "pending",
  "81": "pending",
  "0082": "pending",
  "82": "pending",
  "0083": "pending",
  "83": "pending",
  "0084": "pending",
  "84": "pending",
  "1100": "rejected",
  "1161": "account_unavailable",
  "1162": "rejected",
  "1163": "integration_error",
  "1165": "integration_error",
  "1166": "account_unavailable",
  "1177": "account_unavailable",
  "1178": "account_unavailable",
  "1180": "account_unavailable",
  "1181": "integration_error",
  "0000": "success",
  "0": "success",
};
/**
 * Error code: The low-level code of each error of an OBErrorResponse1 body, and in v4 a resource's
 * status reason too. Read/Write API v3.1 sends the namespaced UK.OBIE values: the OpenAPI files
 * list them in x-namespaced-enum (an extensible list, not a JSON Schema enum) and the
 * documentation's Namespaced Enumerations table gives each its description and HTTP status
 * category. v4 sends OBExternalStatusReason1Code values instead, in an error's ErrorCode and in a
 * resource's StatusReasonCode: OB_Internal_Codeset.csv, read whole, lists 330. It pairs U000-U029
 * one to one with the v3.1 names (each here an alias of its v3.1 code); adds U030-U042, of which
 * U041 and U042 carry the names of two v3.1 VRP status reasons (their aliases here); holds sixteen
 * numeric codes (0000, 0080-0084, 1100, 1161-1163, 1165, 1166, 1177, 1178, 1180 and 1181, their
 * text in the file's Code Name column), some of which the v4 pages and the file's first upload
 * write without their leading zeros (83 for 0083: aliases here); and takes in the 271 status
 * reasons of ISO 20022's 4Q2023 release, with ISO's names and definitions, which are read as the
 * ISO 20022 standard's (iso20022.status_reason). The v4 OpenAPI files and profile give AC17 as the
 * example ErrorCode, a code the file does not list: ISO lists it among its return reasons, not its
 * status reasons, and it is read as unknown. Wire field: Errors[].ErrorCode of an OBErrorResponse1
 * body; in v4, also a resource's StatusReason[].StatusReasonCode.
 */
export const UkobObieErrorCode: {
  /**
   * For the scenario, when a field-value is not provided in the payload, that is expected in
   * combination with preceding field-value pairs. The corresponding path must be populated with the
   * path of the unexpected field. E.g. ExchangeRate must be specified with Agreed RateType.
   * ExchangeRate should be specified in the path element. InstructionPriority must be specified
   * with Agreed RateType. InstructionPriority should be specified in the path element.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   * HTTP: 400.
   */
  readonly FIELD_EXPECTED: "UK.OBIE.Field.Expected";
  /**
   * An invalid value is supplied in one of the fields, or the length of value supplied is larger
   * than the corresponding maximum field length in ASPSP's domain. Reference of the invalid field
   * should be provided in the path field, and the URL field may have the link to a website
   * explaining the valid behaviour. The error message should describe the problem in detail.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   * HTTP: 400.
   */
  readonly FIELD_INVALID: "UK.OBIE.Field.Invalid";
  /**
   * An invalid date is supplied e.g. when a future date is expected, a date in past or current date
   * is supplied. The message can specify the actual problem with the date. The reference of the
   * invalid field should be provided in the path field, and URL field may have the link to a
   * website explaining the valid behaviour
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   * HTTP: 400.
   */
  readonly FIELD_INVALID_DATE: "UK.OBIE.Field.InvalidDate";
  /**
   * A mandatory field, required for the API, is missing from the payload. This error code can be
   * used, if it is not already captured under the validation for UK.OBIE.Resource.InvalidFormat.
   * Reference of the missing field should be provided in the path field, and URL field may have the
   * link to a website explaining the valid behaviour
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   * HTTP: 400.
   */
  readonly FIELD_MISSING: "UK.OBIE.Field.Missing";
  /**
   * For the scenario, when a field-value is provided in the payload, that is not expected in
   * combination with preceding field-value pairs. E.g. ContractIdentification must not be specified
   * with [Actual/Indicative] RateType. ContractIdentification should be specified in the path
   * element ExchangeRate must not be specified with [Actual/Indicative] RateType. ExchangeRate
   * should be specified in the path element. InstructionPriority must not be specified with
   * LocalInstrument. InstructionPriority should be specified in the path element.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   * HTTP: 400.
   */
  readonly FIELD_UNEXPECTED: "UK.OBIE.Field.Unexpected";
  /**
   * An invalid value is supplied in the HTTP header. The HTTP Header should be specified in the
   * path element.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   * HTTP: 400.
   */
  readonly HEADER_INVALID: "UK.OBIE.Header.Invalid";
  /**
   * A required HTTP header has not been provided. The HTTP Header should be specified in the path
   * element.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   * HTTP: 400.
   */
  readonly HEADER_MISSING: "UK.OBIE.Header.Missing";
  /**
   * {payment-order-consent} and {payment-order} resource mismatch. For example, if an element in
   * the resource’s Initiation or Risk section does not match the consent section. The path element
   * should be populated with the field of the resource that does not match the consent.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   * HTTP: 400.
   */
  readonly RESOURCE_CONSENT_MISMATCH: "UK.OBIE.Resource.ConsentMismatch";
  /**
   * The resource’s associated consent is not in a status that would allow the resource to be
   * created, or a request to be executed. E.g., if a consent resource had a status of
   * AwaitingAuthorisation or Rejected, a resource could not be created against this consent. The
   * path element should be populated with the field in the consent resource that is invalid.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   * HTTP: 400.
   */
  readonly RESOURCE_INVALID_CONSENT_STATUS: "UK.OBIE.Resource.InvalidConsentStatus";
  /**
   * When the Payload schema does not match to the endpoint, e.g., /domestic-payments endpoint is
   * called with a JSON Payload, which cannot be parsed into a class such as OBWriteDomestic1
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   * HTTP: 400.
   */
  readonly RESOURCE_INVALID_FORMAT: "UK.OBIE.Resource.InvalidFormat";
  /**
   * Returned when a resource with the specified Id does not exist (and hence could not be operated
   * upon).
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   * HTTP: 400.
   */
  readonly RESOURCE_NOT_FOUND: "UK.OBIE.Resource.NotFound";
  /**
   * {payment-order} consent / resource received after CutOffDateTime
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   * HTTP: 400.
   */
  readonly RULES_AFTER_CUT_OFF_DATE_TIME: "UK.OBIE.Rules.AfterCutOffDateTime";
  /**
   * A duplicate reference has been used for a CBPII confirmation of funds request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   * HTTP: 400.
   */
  readonly RULES_DUPLICATE_REFERENCE: "UK.OBIE.Rules.DuplicateReference";
  /**
   * A payment breaches a limitation set by one or more ControlParameters.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   * HTTP: 400.
   */
  readonly RULES_FAILS_CONTROL_PARAMETERS: "UK.OBIE.Rules.FailsControlParameters";
  /**
   * The signature header x-jws-signature was parsed and has a valid JOSE header that complies with
   * the specification. However, the signature itself could not be verified.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   * HTTP: 400.
   */
  readonly SIGNATURE_INVALID: "UK.OBIE.Signature.Invalid";
  /**
   * The JOSE header in the x-jws-signature has one or more claims with an invalid value. (e.g. a
   * kid that does not resolve to a valid certificate). The name of the missing claim should be
   * specified in the path field of the error response.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   * HTTP: 400.
   */
  readonly SIGNATURE_INVALID_CLAIM: "UK.OBIE.Signature.InvalidClaim";
  /**
   * The JOSE header in the x-jws-signature has one or more mandatory claim(s) that are not
   * specified. The name of the missing claim(s) should be specified in the path field of the error
   * response.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   * HTTP: 400.
   */
  readonly SIGNATURE_MISSING_CLAIM: "UK.OBIE.Signature.MissingClaim";
  /**
   * The x-jws-signature in the request header was malformed and could not be parsed as a valid JWS.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   * HTTP: 400.
   */
  readonly SIGNATURE_MALFORMED: "UK.OBIE.Signature.Malformed";
  /**
   * The API request expected an x-jws-signature in the header, but it was missing.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   * HTTP: 400.
   */
  readonly SIGNATURE_MISSING: "UK.OBIE.Signature.Missing";
  /**
   * The API request was not expecting to receive an x-jws-signature in the header, but the TPP made
   * a request that included an x-jws-signature.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   * HTTP: 400.
   */
  readonly SIGNATURE_UNEXPECTED: "UK.OBIE.Signature.Unexpected";
  /**
   * The account identifier is unsupported for the given scheme. The path element should be
   * populated with the path of the AccountIdentifier.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   * HTTP: 400.
   */
  readonly UNSUPPORTED_ACCOUNT_IDENTIFIER: "UK.OBIE.Unsupported.AccountIdentifier";
  /**
   * The account secondary identifier is unsupported for the given scheme. The path element should
   * be populated with the path of the AccountSecondaryIdentifier.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   * HTTP: 400.
   */
  readonly UNSUPPORTED_ACCOUNT_SECONDARY_IDENTIFIER: "UK.OBIE.Unsupported.AccountSecondaryIdentifier";
  /**
   * The currency is not supported. Use UK.OBIE.Field.Invalid for invalid Currency. The path element
   * should be populated with the path of the Currency. The URL should be populated with a link to
   * ASPSP documentation listing out the supported currencies.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   * HTTP: 400.
   */
  readonly UNSUPPORTED_CURRENCY: "UK.OBIE.Unsupported.Currency";
  /**
   * Event Type is not supported. The path element should be populated with the path of the
   * EventType. The URL should be populated with a link to ASPSP documentation listing out the
   * supported Event Types.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   * HTTP: 400.
   */
  readonly UNSUPPORTED_EVENT_TYPE: "UK.OBIE.Unsupported.EventType";
  /**
   * Frequency is not supported. The path element should be populated with the path of the
   * Frequency. The URL should be populated with a link to ASPSP documentation listing out the
   * supported frequencies.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   * HTTP: 400.
   */
  readonly UNSUPPORTED_FREQUENCY: "UK.OBIE.Unsupported.Frequency";
  /**
   * LocalInstrument is not supported by the ASPSP. The path element should be populated with the
   * path of the LocalInstrument. The URL should be populated with a link to ASPSP documentation
   * listing out the supported local instruments.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   * HTTP: 400.
   */
  readonly UNSUPPORTED_LOCAL_INSTRUMENT: "UK.OBIE.Unsupported.LocalInstrument";
  /**
   * Identification scheme is not supported. The path element should be populated with the path of
   * the scheme. The URL should be populated with a link to ASPSP documentation listing out the
   * supported schemes.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   * HTTP: 400.
   */
  readonly UNSUPPORTED_SCHEME: "UK.OBIE.Unsupported.Scheme";
  /**
   * The ASPSP must use this error code in Error Response to indicate that re-authentication by the
   * PSU is required to process the request.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   * HTTP: 403.
   */
  readonly REAUTHENTICATE: "UK.OBIE.Reauthenticate";
  /**
   * The ASPSP must use this error code in Error Response, to indicate that a resource with same
   * parameters already exists, or in a state that doesn't allow requested operation.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   * HTTP: 409.
   */
  readonly RULES_RESOURCE_ALREADY_EXISTS: "UK.OBIE.Rules.ResourceAlreadyExists";
  /**
   * An error code that can be used, when an unexpected error occurs. The ASPSP must populate the
   * message with a meaningful error description, without revealing sensitive information.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: UK Open Banking's published text.
   * HTTP: 500, 503.
   */
  readonly UNEXPECTED_ERROR: "UK.OBIE.UnexpectedError";
  /**
   * Payment order successfully received
   * Category: pending (Pending); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly U030: "U030";
  /**
   * All checks yet to start
   * Category: pending (Pending); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly U031: "U031";
  /**
   * Customer profile checks completed
   * Category: pending (Pending); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly U032: "U032";
  /**
   * Authorisation failed
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly U033: "U033";
  /**
   * Debit to Debtor's account completed. Sent to next agent/scheme
   * Category: pending (Pending); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly U034: "U034";
  /**
   * Consent already consumed
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly U035: "U035";
  /**
   * Authorisation not completed
   * Category: pending (Pending); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly U036: "U036";
  /**
   * Authorisation failed
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly U037: "U037";
  /**
   * Consent consumed successfully
   * Category: success (Success); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly U038: "U038";
  /**
   * Reinstate not allowed any more.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly U039: "U039";
  /**
   * Awaiting multiple authentication
   * Category: pending (Pending); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly U040: "U040";
  /**
   * Reason when exemption could not applied for the status of a VRP.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly U041: "U041";
  /**
   * Use U042(UK.OBIE.OtherReason) only in scenarios where the actual reason cannot be determined or
   * disclosed.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly U042: "U042";
  /**
   * Expected within unspecified period but within PSD guidelines
   * Category: pending (Pending); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly EXPECTED_WITHIN_UNSPECIFIED_PERIOD: "0080";
  /**
   * Expected on same day
   * Category: pending (Pending); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly EXPECTED_SAME_DAY: "0081";
  /**
   * Expected on next Calendar Day
   * Category: pending (Pending); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly EXPECTED_NEXT_CALENDAR_DAY: "0082";
  /**
   * Expected on next Working Day
   * Category: pending (Pending); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly EXPECTED_NEXT_WORKING_DAY: "0083";
  /**
   * Expected after next working day but within PSD guidelines
   * Category: pending (Pending); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly EXPECTED_AFTER_NEXT_WORKING_DAY: "0084";
  /**
   * Payment rejected by receiving bank
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly REJECTED_BY_RECEIVING_BANK: "1100";
  /**
   * Receiving account stopped
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly RECEIVING_ACCOUNT_STOPPED: "1161";
  /**
   * Receiving account name does npt match
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly RECEIVING_ACCOUNT_NAME_MISMATCH: "1162";
  /**
   * Account requires reference data
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly ACCOUNT_REQUIRES_REFERENCE_DATA: "1163";
  /**
   * Account is not in currency quoted. Check receiving account details
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly ACCOUNT_NOT_IN_CURRENCY_QUOTED: "1165";
  /**
   * Account transferred. Check receiving account details
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly ACCOUNT_TRANSFERRED_1166: "1166";
  /**
   * Receiving agency account closed
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly RECEIVING_AGENCY_ACCOUNT_CLOSED: "1177";
  /**
   * Receiving agency account stopped
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly RECEIVING_AGENCY_ACCOUNT_STOPPED: "1178";
  /**
   * Account transferred. Check receiving account details
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly ACCOUNT_TRANSFERRED_1180: "1180";
  /**
   * Duplicate Payment (FPID). Resubmitting with change
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly DUPLICATE_PAYMENT_FPID: "1181";
  /**
   * Credited to beneficiary account
   * Category: success (Success); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly CREDITED_TO_BENEFICIARY_ACCOUNT: "0000";
} = {
  FIELD_EXPECTED: "UK.OBIE.Field.Expected",
  FIELD_INVALID: "UK.OBIE.Field.Invalid",
  FIELD_INVALID_DATE: "UK.OBIE.Field.InvalidDate",
  FIELD_MISSING: "UK.OBIE.Field.Missing",
  FIELD_UNEXPECTED: "UK.OBIE.Field.Unexpected",
  HEADER_INVALID: "UK.OBIE.Header.Invalid",
  HEADER_MISSING: "UK.OBIE.Header.Missing",
  RESOURCE_CONSENT_MISMATCH: "UK.OBIE.Resource.ConsentMismatch",
  RESOURCE_INVALID_CONSENT_STATUS: "UK.OBIE.Resource.InvalidConsentStatus",
  RESOURCE_INVALID_FORMAT: "UK.OBIE.Resource.InvalidFormat",
  RESOURCE_NOT_FOUND: "UK.OBIE.Resource.NotFound",
  RULES_AFTER_CUT_OFF_DATE_TIME: "UK.OBIE.Rules.AfterCutOffDateTime",
  RULES_DUPLICATE_REFERENCE: "UK.OBIE.Rules.DuplicateReference",
  RULES_FAILS_CONTROL_PARAMETERS: "UK.OBIE.Rules.FailsControlParameters",
  SIGNATURE_INVALID: "UK.OBIE.Signature.Invalid",
  SIGNATURE_INVALID_CLAIM: "UK.OBIE.Signature.InvalidClaim",
  SIGNATURE_MISSING_CLAIM: "UK.OBIE.Signature.MissingClaim",
  SIGNATURE_MALFORMED: "UK.OBIE.Signature.Malformed",
  SIGNATURE_MISSING: "UK.OBIE.Signature.Missing",
  SIGNATURE_UNEXPECTED: "UK.OBIE.Signature.Unexpected",
  UNSUPPORTED_ACCOUNT_IDENTIFIER: "UK.OBIE.Unsupported.AccountIdentifier",
  UNSUPPORTED_ACCOUNT_SECONDARY_IDENTIFIER: "UK.OBIE.Unsupported.AccountSecondaryIdentifier",
  UNSUPPORTED_CURRENCY: "UK.OBIE.Unsupported.Currency",
  UNSUPPORTED_EVENT_TYPE: "UK.OBIE.Unsupported.EventType",
  UNSUPPORTED_FREQUENCY: "UK.OBIE.Unsupported.Frequency",
  UNSUPPORTED_LOCAL_INSTRUMENT: "UK.OBIE.Unsupported.LocalInstrument",
  UNSUPPORTED_SCHEME: "UK.OBIE.Unsupported.Scheme",
  REAUTHENTICATE: "UK.OBIE.Reauthenticate",
  RULES_RESOURCE_ALREADY_EXISTS: "UK.OBIE.Rules.ResourceAlreadyExists",
  UNEXPECTED_ERROR: "UK.OBIE.UnexpectedError",
  U030: "U030",
  U031: "U031",
  U032: "U032",
  U033: "U033",
  U034: "U034",
  U035: "U035",
  U036: "U036",
  U037: "U037",
  U038: "U038",
  U039: "U039",
  U040: "U040",
  U041: "U041",
  U042: "U042",
  EXPECTED_WITHIN_UNSPECIFIED_PERIOD: "0080",
  EXPECTED_SAME_DAY: "0081",
  EXPECTED_NEXT_CALENDAR_DAY: "0082",
  EXPECTED_NEXT_WORKING_DAY: "0083",
  EXPECTED_AFTER_NEXT_WORKING_DAY: "0084",
  REJECTED_BY_RECEIVING_BANK: "1100",
  RECEIVING_ACCOUNT_STOPPED: "1161",
  RECEIVING_ACCOUNT_NAME_MISMATCH: "1162",
  ACCOUNT_REQUIRES_REFERENCE_DATA: "1163",
  ACCOUNT_NOT_IN_CURRENCY_QUOTED: "1165",
  ACCOUNT_TRANSFERRED_1166: "1166",
  RECEIVING_AGENCY_ACCOUNT_CLOSED: "1177",
  RECEIVING_AGENCY_ACCOUNT_STOPPED: "1178",
  ACCOUNT_TRANSFERRED_1180: "1180",
  DUPLICATE_PAYMENT_FPID: "1181",
  CREDITED_TO_BENEFICIARY_ACCOUNT: "0000",
};
export type UkobObieErrorCode = (typeof UkobObieErrorCode)[keyof typeof UkobObieErrorCode];
/** A UkobObieErrorCode as read from the wire: a known value or any other string. */
export type UkobObieErrorCodeOrUnknown = UkobObieErrorCode | (string & {});
/** The catalog's metadata of every UkobObieErrorCode value. */
export const UkobObieErrorCodeInfo: { readonly [V in UkobObieErrorCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/ukob/error_code",
  {
    "UK.OBIE.Field.Expected": {
      name: "FIELD_EXPECTED",
      description: "For the scenario, when a field-value is not provided in the payload, that is expected in combination with preceding field-value pairs.\n\nThe corresponding path must be populated with the path of the unexpected field.\n\nE.g.\n\nExchangeRate must be specified with Agreed RateType. ExchangeRate should be specified in the path element.\n\nInstructionPriority must be specified with Agreed RateType. InstructionPriority should be specified in the path element.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: [
        "ukob-v3-1-11-namespaced-enumerations",
        "ukob-v3-1-11-account-info-openapi",
        "ukob-v3-1-11-vrp-openapi",
        "ukob-v4-internal-codeset",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["ukob-v3-1-11-namespaced-enumerations"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["U001"],
    },
    "UK.OBIE.Field.Invalid": {
      name: "FIELD_INVALID",
      description: "An invalid value is supplied in one of the fields, or the length of value supplied is larger than the corresponding maximum field length in ASPSP's domain. Reference of the invalid field should be provided in the path field, and the URL field may have the link to a website explaining the valid behaviour. The error message should describe the problem in detail.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: [
        "ukob-v3-1-11-namespaced-enumerations",
        "ukob-v3-1-11-account-info-openapi",
        "ukob-v3-1-11-vrp-openapi",
        "ukob-v4-internal-codeset",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["ukob-v3-1-11-namespaced-enumerations"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["U002"],
    },
    "UK.OBIE.Field.InvalidDate": {
      name: "FIELD_INVALID_DATE",
      description: "An invalid date is supplied e.g. when a future date is expected, a date in past or current date is supplied. The message can specify the actual problem with the date. The reference of the invalid field should be provided in the path field, and URL field may have the link to a website explaining the valid behaviour",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: [
        "ukob-v3-1-11-namespaced-enumerations",
        "ukob-v3-1-11-account-info-openapi",
        "ukob-v3-1-11-vrp-openapi",
        "ukob-v4-internal-codeset",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["ukob-v3-1-11-namespaced-enumerations"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["U003"],
    },
    "UK.OBIE.Field.Missing": {
      name: "FIELD_MISSING",
      description: "A mandatory field, required for the API, is missing from the payload. This error code can be used, if it is not already captured under the validation for UK.OBIE.Resource.InvalidFormat.\n\nReference of the missing field should be provided in the path field, and URL field may have the link to a website explaining the valid behaviour",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: [
        "ukob-v3-1-11-namespaced-enumerations",
        "ukob-v3-1-11-account-info-openapi",
        "ukob-v3-1-11-vrp-openapi",
        "ukob-v4-internal-codeset",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["ukob-v3-1-11-namespaced-enumerations"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["U004"],
    },
    "UK.OBIE.Field.Unexpected": {
      name: "FIELD_UNEXPECTED",
      description: "For the scenario, when a field-value is provided in the payload, that is not expected in combination with preceding field-value pairs. E.g.\n\nContractIdentification must not be specified with [Actual/Indicative] RateType.\n\nContractIdentification should be specified in the path element ExchangeRate must not be specified with [Actual/Indicative] RateType.\n\nExchangeRate should be specified in the path element.\n\nInstructionPriority must not be specified with LocalInstrument. InstructionPriority should be specified in the path element.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: [
        "ukob-v3-1-11-namespaced-enumerations",
        "ukob-v3-1-11-account-info-openapi",
        "ukob-v3-1-11-vrp-openapi",
        "ukob-v4-internal-codeset",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["ukob-v3-1-11-namespaced-enumerations"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["U005"],
    },
    "UK.OBIE.Header.Invalid": {
      name: "HEADER_INVALID",
      description: "An invalid value is supplied in the HTTP header. The HTTP Header should be specified in the path element.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: [
        "ukob-v3-1-11-namespaced-enumerations",
        "ukob-v3-1-11-account-info-openapi",
        "ukob-v3-1-11-vrp-openapi",
        "ukob-v4-internal-codeset",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["ukob-v3-1-11-namespaced-enumerations"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["U006"],
    },
    "UK.OBIE.Header.Missing": {
      name: "HEADER_MISSING",
      description: "A required HTTP header has not been provided. The HTTP Header should be specified in the path element.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: [
        "ukob-v3-1-11-namespaced-enumerations",
        "ukob-v3-1-11-account-info-openapi",
        "ukob-v3-1-11-vrp-openapi",
        "ukob-v4-internal-codeset",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["ukob-v3-1-11-namespaced-enumerations"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["U007"],
    },
    "UK.OBIE.Resource.ConsentMismatch": {
      name: "RESOURCE_CONSENT_MISMATCH",
      description: "{payment-order-consent} and {payment-order} resource mismatch. For example, if an element in the resource’s Initiation or Risk section does not match the consent section. The path element should be populated with the field of the resource that does not match the consent.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: [
        "ukob-v3-1-11-namespaced-enumerations",
        "ukob-v3-1-11-account-info-openapi",
        "ukob-v3-1-11-vrp-openapi",
        "ukob-v4-internal-codeset",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["ukob-v3-1-11-namespaced-enumerations"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["U008"],
    },
    "UK.OBIE.Resource.InvalidConsentStatus": {
      name: "RESOURCE_INVALID_CONSENT_STATUS",
      description: "The resource’s associated consent is not in a status that would allow the resource to be created, or a request to be executed.\n\nE.g., if a consent resource had a status of AwaitingAuthorisation or Rejected, a resource could not be created against this consent.\n\nThe path element should be populated with the field in the consent resource that is invalid.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: [
        "ukob-v3-1-11-namespaced-enumerations",
        "ukob-v3-1-11-account-info-openapi",
        "ukob-v3-1-11-vrp-openapi",
        "ukob-v4-internal-codeset",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["ukob-v3-1-11-namespaced-enumerations"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["U009"],
    },
    "UK.OBIE.Resource.InvalidFormat": {
      name: "RESOURCE_INVALID_FORMAT",
      description: "When the Payload schema does not match to the endpoint, e.g., /domestic-payments endpoint is called with a JSON Payload, which cannot be parsed into a class such as OBWriteDomestic1",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: [
        "ukob-v3-1-11-namespaced-enumerations",
        "ukob-v3-1-11-account-info-openapi",
        "ukob-v3-1-11-vrp-openapi",
        "ukob-v4-internal-codeset",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["ukob-v3-1-11-namespaced-enumerations"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["U010"],
    },
    "UK.OBIE.Resource.NotFound": {
      name: "RESOURCE_NOT_FOUND",
      description: "Returned when a resource with the specified Id does not exist (and hence could not be operated upon).",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: [
        "ukob-v3-1-11-namespaced-enumerations",
        "ukob-v3-1-11-account-info-openapi",
        "ukob-v3-1-11-vrp-openapi",
        "ukob-v4-internal-codeset",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["ukob-v3-1-11-namespaced-enumerations"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["U011"],
    },
    "UK.OBIE.Rules.AfterCutOffDateTime": {
      name: "RULES_AFTER_CUT_OFF_DATE_TIME",
      description: "{payment-order} consent / resource received after CutOffDateTime",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: [
        "ukob-v3-1-11-namespaced-enumerations",
        "ukob-v3-1-11-account-info-openapi",
        "ukob-v3-1-11-vrp-openapi",
        "ukob-v4-internal-codeset",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["ukob-v3-1-11-namespaced-enumerations"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["U012"],
    },
    "UK.OBIE.Rules.DuplicateReference": {
      name: "RULES_DUPLICATE_REFERENCE",
      description: "A duplicate reference has been used for a CBPII confirmation of funds request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: [
        "ukob-v3-1-11-namespaced-enumerations",
        "ukob-v3-1-11-account-info-openapi",
        "ukob-v3-1-11-vrp-openapi",
        "ukob-v4-internal-codeset",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["ukob-v3-1-11-namespaced-enumerations"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["U013"],
    },
    "UK.OBIE.Rules.FailsControlParameters": {
      name: "RULES_FAILS_CONTROL_PARAMETERS",
      description: "A payment breaches a limitation set by one or more ControlParameters.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: [
        "ukob-v3-1-11-namespaced-enumerations",
        "ukob-v3-1-11-vrp-openapi",
        "ukob-v4-internal-codeset",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["ukob-v3-1-11-namespaced-enumerations"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["U014"],
    },
    "UK.OBIE.Signature.Invalid": {
      name: "SIGNATURE_INVALID",
      description: "The signature header x-jws-signature was parsed and has a valid JOSE header that complies with the specification. However, the signature itself could not be verified.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: [
        "ukob-v3-1-11-namespaced-enumerations",
        "ukob-v3-1-11-account-info-openapi",
        "ukob-v3-1-11-vrp-openapi",
        "ukob-v4-internal-codeset",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["ukob-v3-1-11-namespaced-enumerations"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["U015"],
    },
    "UK.OBIE.Signature.InvalidClaim": {
      name: "SIGNATURE_INVALID_CLAIM",
      description: "The JOSE header in the x-jws-signature has one or more claims with an invalid value. (e.g. a kid that does not resolve to a valid certificate). The name of the missing claim should be specified in the path field of the error response.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: [
        "ukob-v3-1-11-namespaced-enumerations",
        "ukob-v3-1-11-account-info-openapi",
        "ukob-v3-1-11-vrp-openapi",
        "ukob-v4-internal-codeset",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["ukob-v3-1-11-namespaced-enumerations"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["U016"],
    },
    "UK.OBIE.Signature.MissingClaim": {
      name: "SIGNATURE_MISSING_CLAIM",
      description: "The JOSE header in the x-jws-signature has one or more mandatory claim(s) that are not specified. The name of the missing claim(s) should be specified in the path field of the error response.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: [
        "ukob-v3-1-11-namespaced-enumerations",
        "ukob-v3-1-11-account-info-openapi",
        "ukob-v3-1-11-vrp-openapi",
        "ukob-v4-internal-codeset",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["ukob-v3-1-11-namespaced-enumerations"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["U017"],
    },
    "UK.OBIE.Signature.Malformed": {
      name: "SIGNATURE_MALFORMED",
      description: "The x-jws-signature in the request header was malformed and could not be parsed as a valid JWS.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: [
        "ukob-v3-1-11-namespaced-enumerations",
        "ukob-v3-1-11-account-info-openapi",
        "ukob-v3-1-11-vrp-openapi",
        "ukob-v4-internal-codeset",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["ukob-v3-1-11-namespaced-enumerations"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["U018"],
    },
    "UK.OBIE.Signature.Missing": {
      name: "SIGNATURE_MISSING",
      description: "The API request expected an x-jws-signature in the header, but it was missing.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: [
        "ukob-v3-1-11-namespaced-enumerations",
        "ukob-v3-1-11-account-info-openapi",
        "ukob-v3-1-11-vrp-openapi",
        "ukob-v4-internal-codeset",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["ukob-v3-1-11-namespaced-enumerations"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["U019"],
    },
    "UK.OBIE.Signature.Unexpected": {
      name: "SIGNATURE_UNEXPECTED",
      description: "The API request was not expecting to receive an x-jws-signature in the header, but the TPP made a request that included an x-jws-signature.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: [
        "ukob-v3-1-11-namespaced-enumerations",
        "ukob-v3-1-11-account-info-openapi",
        "ukob-v3-1-11-vrp-openapi",
        "ukob-v4-internal-codeset",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["ukob-v3-1-11-namespaced-enumerations"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["U020"],
    },
    "UK.OBIE.Unsupported.AccountIdentifier": {
      name: "UNSUPPORTED_ACCOUNT_IDENTIFIER",
      description: "The account identifier is unsupported for the given scheme.\n\nThe path element should be populated with the path of the AccountIdentifier.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: [
        "ukob-v3-1-11-namespaced-enumerations",
        "ukob-v3-1-11-account-info-openapi",
        "ukob-v3-1-11-vrp-openapi",
        "ukob-v4-internal-codeset",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["ukob-v3-1-11-namespaced-enumerations"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["U021"],
    },
    "UK.OBIE.Unsupported.AccountSecondaryIdentifier": {
      name: "UNSUPPORTED_ACCOUNT_SECONDARY_IDENTIFIER",
      description: "The account secondary identifier is unsupported for the given scheme.\n\nThe path element should be populated with the path of the AccountSecondaryIdentifier.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: [
        "ukob-v3-1-11-namespaced-enumerations",
        "ukob-v3-1-11-account-info-openapi",
        "ukob-v3-1-11-vrp-openapi",
        "ukob-v4-internal-codeset",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["ukob-v3-1-11-namespaced-enumerations"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["U022"],
    },
    "UK.OBIE.Unsupported.Currency": {
      name: "UNSUPPORTED_CURRENCY",
      description: "The currency is not supported. Use UK.OBIE.Field.Invalid for invalid Currency.\n\nThe path element should be populated with the path of the Currency.\n\nThe URL should be populated with a link to ASPSP documentation listing out the supported currencies.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: [
        "ukob-v3-1-11-namespaced-enumerations",
        "ukob-v3-1-11-account-info-openapi",
        "ukob-v3-1-11-vrp-openapi",
        "ukob-v4-internal-codeset",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["ukob-v3-1-11-namespaced-enumerations"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["U023"],
    },
    "UK.OBIE.Unsupported.EventType": {
      name: "UNSUPPORTED_EVENT_TYPE",
      description: "Event Type is not supported.\n\nThe path element should be populated with the path of the EventType.\n\nThe URL should be populated with a link to ASPSP documentation listing out the supported Event Types.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["ukob-v3-1-11-namespaced-enumerations", "ukob-v4-internal-codeset"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["ukob-v3-1-11-namespaced-enumerations"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["U024"],
    },
    "UK.OBIE.Unsupported.Frequency": {
      name: "UNSUPPORTED_FREQUENCY",
      description: "Frequency is not supported.\n\nThe path element should be populated with the path of the Frequency.\n\nThe URL should be populated with a link to ASPSP documentation listing out the supported frequencies.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: [
        "ukob-v3-1-11-namespaced-enumerations",
        "ukob-v3-1-11-account-info-openapi",
        "ukob-v3-1-11-vrp-openapi",
        "ukob-v4-internal-codeset",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["ukob-v3-1-11-namespaced-enumerations"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["U025"],
    },
    "UK.OBIE.Unsupported.LocalInstrument": {
      name: "UNSUPPORTED_LOCAL_INSTRUMENT",
      description: "LocalInstrument is not supported by the ASPSP.\n\nThe path element should be populated with the path of the LocalInstrument.\n\nThe URL should be populated with a link to ASPSP documentation listing out the supported local instruments.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: [
        "ukob-v3-1-11-namespaced-enumerations",
        "ukob-v3-1-11-account-info-openapi",
        "ukob-v3-1-11-vrp-openapi",
        "ukob-v4-internal-codeset",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["ukob-v3-1-11-namespaced-enumerations"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["U026"],
    },
    "UK.OBIE.Unsupported.Scheme": {
      name: "UNSUPPORTED_SCHEME",
      description: "Identification scheme is not supported. The path element should be populated with the path of the scheme. The URL should be populated with a link to ASPSP documentation listing out the supported schemes.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: [
        "ukob-v3-1-11-namespaced-enumerations",
        "ukob-v3-1-11-account-info-openapi",
        "ukob-v3-1-11-vrp-openapi",
        "ukob-v4-internal-codeset",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["ukob-v3-1-11-namespaced-enumerations"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["U027"],
    },
    "UK.OBIE.Reauthenticate": {
      name: "REAUTHENTICATE",
      description: "The ASPSP must use this error code in Error Response to indicate that re-authentication by the PSU is required to process the request.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [403],
      sources: [
        "ukob-v3-1-11-namespaced-enumerations",
        "ukob-v3-1-11-account-info-openapi",
        "ukob-v3-1-11-vrp-openapi",
        "ukob-v4-internal-codeset",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["ukob-v3-1-11-namespaced-enumerations"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["U028"],
      nextStep: "reconnect",
    },
    "UK.OBIE.Rules.ResourceAlreadyExists": {
      name: "RULES_RESOURCE_ALREADY_EXISTS",
      description: "The ASPSP must use this error code in Error Response, to indicate that a resource with same parameters already exists, or in a state that doesn't allow requested operation.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [409],
      sources: [
        "ukob-v3-1-11-namespaced-enumerations",
        "ukob-v3-1-11-vrp-openapi",
        "ukob-v4-internal-codeset",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["ukob-v3-1-11-namespaced-enumerations"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["U029"],
    },
    "UK.OBIE.UnexpectedError": {
      name: "UNEXPECTED_ERROR",
      description: "An error code that can be used, when an unexpected error occurs.\n\nThe ASPSP must populate the message with a meaningful error description, without revealing sensitive information.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [500, 503],
      sources: [
        "ukob-v3-1-11-namespaced-enumerations",
        "ukob-v3-1-11-account-info-openapi",
        "ukob-v3-1-11-vrp-openapi",
        "ukob-v4-internal-codeset",
        "ukob-v3-1-11-api-profile",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["ukob-v3-1-11-namespaced-enumerations"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["U000"],
    },
    U030: {
      description: "Payment order successfully received",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "ukob-v4-internal-codeset",
        "ukob-v4-domestic-scheduled-payments",
        "ukob-v4-domestic-payments",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v4-internal-codeset"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["U30"],
    },
    U031: {
      description: "All checks yet to start",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["ukob-v4-internal-codeset"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v4-internal-codeset"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    U032: {
      description: "Customer profile checks completed",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["ukob-v4-internal-codeset"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v4-internal-codeset"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    U033: {
      description: "Authorisation failed",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["ukob-v4-internal-codeset"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v4-internal-codeset"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    U034: {
      description: "Debit to Debtor's account completed. Sent to next agent/scheme",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["ukob-v4-internal-codeset"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v4-internal-codeset"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    U035: {
      description: "Consent already consumed",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["ukob-v4-internal-codeset"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v4-internal-codeset"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    U036: {
      description: "Authorisation not completed",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["ukob-v4-internal-codeset", "ukob-v4-account-access-consents"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v4-internal-codeset"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    U037: {
      description: "Authorisation failed",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["ukob-v4-internal-codeset"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v4-internal-codeset"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    U038: {
      description: "Consent consumed successfully",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["ukob-v4-internal-codeset", "ukob-v4-account-access-consents"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v4-internal-codeset"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    U039: {
      description: "Reinstate not allowed any more.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["ukob-v4-internal-codeset"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v4-internal-codeset"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    U040: {
      description: "Awaiting multiple authentication",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["ukob-v4-internal-codeset"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v4-internal-codeset"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    U041: {
      description: "Reason when exemption could not applied for the status of a VRP.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "ukob-v4-internal-codeset",
        "ukob-v3-1-11-vrp-openapi",
        "ukob-v3-1-11-namespaced-enumerations",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v4-internal-codeset"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["UK.OBIE.ExemptionNotApplied"],
    },
    U042: {
      description: "Use U042(UK.OBIE.OtherReason) only in scenarios where the actual reason cannot be determined or disclosed.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "ukob-v4-internal-codeset",
        "ukob-v3-1-11-vrp-openapi",
        "ukob-v3-1-11-namespaced-enumerations",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v4-internal-codeset"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["UK.OBIE.OtherReason"],
    },
    "0080": {
      name: "EXPECTED_WITHIN_UNSPECIFIED_PERIOD",
      description: "Expected within unspecified period but within PSD guidelines",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["ukob-v4-internal-codeset", "ukob-v4-codesets-first-upload"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v4-internal-codeset"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["80"],
    },
    "0081": {
      name: "EXPECTED_SAME_DAY",
      description: "Expected on same day",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["ukob-v4-internal-codeset", "ukob-v4-codesets-first-upload"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v4-internal-codeset"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["81"],
    },
    "0082": {
      name: "EXPECTED_NEXT_CALENDAR_DAY",
      description: "Expected on next Calendar Day",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["ukob-v4-internal-codeset", "ukob-v4-codesets-first-upload"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v4-internal-codeset"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["82"],
    },
    "0083": {
      name: "EXPECTED_NEXT_WORKING_DAY",
      description: "Expected on next Working Day",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "ukob-v4-internal-codeset",
        "ukob-v4-codesets-first-upload",
        "ukob-v4-vrp-usage-examples",
        "ukob-v4-funds-confirmation-consent",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v4-internal-codeset"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["83"],
    },
    "0084": {
      name: "EXPECTED_AFTER_NEXT_WORKING_DAY",
      description: "Expected after next working day but within PSD guidelines",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["ukob-v4-internal-codeset", "ukob-v4-codesets-first-upload"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v4-internal-codeset"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["84"],
    },
    "1100": {
      name: "REJECTED_BY_RECEIVING_BANK",
      description: "Payment rejected by receiving bank",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["ukob-v4-internal-codeset"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v4-internal-codeset"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "1161": {
      name: "RECEIVING_ACCOUNT_STOPPED",
      description: "Receiving account stopped",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["ukob-v4-internal-codeset"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v4-internal-codeset"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "1162": {
      name: "RECEIVING_ACCOUNT_NAME_MISMATCH",
      description: "Receiving account name does npt match",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["ukob-v4-internal-codeset"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v4-internal-codeset"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "1163": {
      name: "ACCOUNT_REQUIRES_REFERENCE_DATA",
      description: "Account requires reference data",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["ukob-v4-internal-codeset"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v4-internal-codeset"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "1165": {
      name: "ACCOUNT_NOT_IN_CURRENCY_QUOTED",
      description: "Account is not in currency quoted. Check receiving account details",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["ukob-v4-internal-codeset"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v4-internal-codeset"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "1166": {
      name: "ACCOUNT_TRANSFERRED_1166",
      description: "Account transferred. Check receiving account details",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["ukob-v4-internal-codeset"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v4-internal-codeset"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "1177": {
      name: "RECEIVING_AGENCY_ACCOUNT_CLOSED",
      description: "Receiving agency account closed",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["ukob-v4-internal-codeset"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v4-internal-codeset"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "1178": {
      name: "RECEIVING_AGENCY_ACCOUNT_STOPPED",
      description: "Receiving agency account stopped",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["ukob-v4-internal-codeset"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v4-internal-codeset"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "1180": {
      name: "ACCOUNT_TRANSFERRED_1180",
      description: "Account transferred. Check receiving account details",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["ukob-v4-internal-codeset"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v4-internal-codeset"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "1181": {
      name: "DUPLICATE_PAYMENT_FPID",
      description: "Duplicate Payment (FPID). Resubmitting with change",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["ukob-v4-internal-codeset", "ukob-v4-codesets-first-upload"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v4-internal-codeset"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "0000": {
      name: "CREDITED_TO_BENEFICIARY_ACCOUNT",
      description: "Credited to beneficiary account",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["ukob-v4-internal-codeset", "ukob-v4-codesets-first-upload"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v4-internal-codeset"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["0"],
    },
  },
);
/** Whether a value is a known UkobObieErrorCode. */
export const isUkobObieErrorCode = (value: unknown): value is UkobObieErrorCode => isCodeOf(UkobObieErrorCodeCategories, UkobObieErrorCodeAliases, value);

/** Other wire spellings of UkobObEventType values (alias -> value). */
export const UkobObEventTypeAliases: { readonly [alias: string]: UkobObEventType } = {
};
/** The category of every UkobObEventType value and alias: all a listener needs to read one. */
export const UkobObEventTypeCategories: { readonly [spelling: string]: Category } = {
  "urn:uk:org:openbanking:events:resource-update": "informational",
  "urn:uk:org:openbanking:events:account-access-consent-linked-account-update": "informational",
  "urn:uk:org:openbanking:events:consent-authorization-revoked": "reconnect_required",
  "urn:uk:org:openbanking:events:domestic-vrp-consent-linked-account-update": "account_unavailable",
};
/**
 * Event notification type: The type of an event notification (OBEventNotification2, a Security
 * Event Token that the Real Time Event Notification API pushes and the Aggregated Polling API
 * returns): each event is a key of its events claim, a namespaced URN, whose value describes the
 * event. The v4.0 Events page's data dictionary lists three types, and the VRP profile names a
 * fourth for domestic VRP consents. ASPSPs may define their own custom events, each with its own
 * namespaced type; those are not here. Wire field: the keys of events in an OBEventNotification2 (a
 * Security Event Token's events claim).
 */
export const UkobObEventType: {
  /**
   * An event that indicates a resource has been updated.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly RESOURCE_UPDATE: "urn:uk:org:openbanking:events:resource-update";
  /**
   * An event that indicates an account linked to a consent has move in/out of scope of the consent.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly ACCOUNT_ACCESS_CONSENT_LINKED_ACCOUNT_UPDATE: "urn:uk:org:openbanking:events:account-access-consent-linked-account-update";
  /**
   * An event that indicates a consent resource has had its authorisation revoked.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly CONSENT_AUTHORIZATION_REVOKED: "urn:uk:org:openbanking:events:consent-authorization-revoked";
  /**
   * In any such situation where an account linked to a vrp-consent can no longer be used,
   * temporarily or permanently, to make payments, the ASPSP should inform the TPP using events.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly DOMESTIC_VRP_CONSENT_LINKED_ACCOUNT_UPDATE: "urn:uk:org:openbanking:events:domestic-vrp-consent-linked-account-update";
} = /* @__PURE__ */ membersOf(UkobObEventTypeCategories, UkobObEventTypeAliases, {
  "urn:uk:org:openbanking:events:resource-update": "RESOURCE_UPDATE",
  "urn:uk:org:openbanking:events:account-access-consent-linked-account-update": "ACCOUNT_ACCESS_CONSENT_LINKED_ACCOUNT_UPDATE",
  "urn:uk:org:openbanking:events:consent-authorization-revoked": "CONSENT_AUTHORIZATION_REVOKED",
  "urn:uk:org:openbanking:events:domestic-vrp-consent-linked-account-update": "DOMESTIC_VRP_CONSENT_LINKED_ACCOUNT_UPDATE",
});
export type UkobObEventType = (typeof UkobObEventType)[keyof typeof UkobObEventType];
/** A UkobObEventType as read from the wire: a known value or any other string. */
export type UkobObEventTypeOrUnknown = UkobObEventType | (string & {});
/** The catalog's metadata of every UkobObEventType value. */
export const UkobObEventTypeInfo: { readonly [V in UkobObEventType]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/ukob/event_type",
  {
    "urn:uk:org:openbanking:events:resource-update": {
      name: "RESOURCE_UPDATE",
      description: "An event that indicates a resource has been updated.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["ukob-v4-events", "ukob-v4-event-notification-profile"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v4-events"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "urn:uk:org:openbanking:events:account-access-consent-linked-account-update": {
      name: "ACCOUNT_ACCESS_CONSENT_LINKED_ACCOUNT_UPDATE",
      description: "An event that indicates an account linked to a consent has move in/out of scope of the consent.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["ukob-v4-events"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v4-events"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "urn:uk:org:openbanking:events:consent-authorization-revoked": {
      name: "CONSENT_AUTHORIZATION_REVOKED",
      description: "An event that indicates a consent resource has had its authorisation revoked.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["ukob-v4-events", "ukob-v4-vrp-profile"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v4-events"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      state: "revoked",
      stateReason: "In the situation that a VRP Consent is cancelled by a PSU at the ASPSP, the ASPSP must inform the PISP through an event notification about the cancellation.",
      factSources: { state: ["ukob-v4-vrp-profile"] },
    },
    "urn:uk:org:openbanking:events:domestic-vrp-consent-linked-account-update": {
      name: "DOMESTIC_VRP_CONSENT_LINKED_ACCOUNT_UPDATE",
      description: "In any such situation where an account linked to a vrp-consent can no longer be used, temporarily or permanently, to make payments, the ASPSP should inform the TPP using events.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["ukob-v4-vrp-profile"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v4-vrp-profile"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
  {
    "urn:uk:org:openbanking:events:resource-update": "RESOURCE_UPDATE",
    "urn:uk:org:openbanking:events:account-access-consent-linked-account-update": "ACCOUNT_ACCESS_CONSENT_LINKED_ACCOUNT_UPDATE",
    "urn:uk:org:openbanking:events:consent-authorization-revoked": "CONSENT_AUTHORIZATION_REVOKED",
    "urn:uk:org:openbanking:events:domestic-vrp-consent-linked-account-update": "DOMESTIC_VRP_CONSENT_LINKED_ACCOUNT_UPDATE",
  },
);
/** Whether a value is a known UkobObEventType. */
export const isUkobObEventType = (value: unknown): value is UkobObEventType => isCodeOf(UkobObEventTypeCategories, UkobObEventTypeAliases, value);

/** Other wire spellings of UkobPaymentStatus values (alias -> value). */
export const UkobPaymentStatusAliases: { readonly [alias: string]: UkobPaymentStatus } = {
};
/** The category of every UkobPaymentStatus value and alias: all a listener needs to read one. */
export const UkobPaymentStatusCategories: { readonly [spelling: string]: Category } = {
  RCVD: "pending",
  PDNG: "pending",
  ACTC: "pending",
  PATC: "pending",
  ACCP: "pending",
  ACFC: "pending",
  ACSP: "pending",
  ACWC: "pending",
  ACSC: "success",
  ACWP: "success",
  ACCC: "success",
  BLCK: "rejected",
  RJCT: "rejected",
  CANC: "cancelled",
  INFA: "rejected",
  INCO: "success",
};
/**
 * Payment status: The status of a payment resource in v4.0: ExternalPaymentTransactionStatus1Code
 * of OB_Internal_Codeset.csv, each description its Code Definition (a row's first sentence where it
 * goes on). The Payment Initiation file lists, of these, the values each resource answers with: a
 * domestic, scheduled or international payment and a payment's PaymentStatus details the ISO
 * statuses, a standing order RCVD, CANC, ACTC, PATC, PDNG, INFA, INCO and RJCT, a file payment
 * INFA, INCO and PDNG. Wire field: Data.Status of a payment resource (v4.0: domestic, domestic
 * scheduled, international, international scheduled payments, standing orders, file payments;
 * Data.PaymentStatus[].Status of its payment details).
 */
export const UkobPaymentStatus: {
  /**
   * Payment instruction has been received.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly RCVD: "RCVD";
  /**
   * Payment instruction is pending. Further checks and status update will be performed.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly PDNG: "PDNG";
  /**
   * Authentication and syntactical and semantical validation are successful
   * Category: pending (Pending); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly ACTC: "ACTC";
  /**
   * Payment initiation needs multiple authentications, where some but not yet all have been
   * performed. Syntactical and semantical validations are successful.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly PATC: "PATC";
  /**
   * Preceding check of technical validation was successful. Customer profile check was also
   * successful.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly ACCP: "ACCP";
  /**
   * Preceding check of technical validation and customer profile was successful and an automatic
   * funds check was positive.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly ACFC: "ACFC";
  /**
   * All preceding checks such as technical validation and customer profile were successful and
   * therefore the payment instruction has been accepted for execution.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly ACSP: "ACSP";
  /**
   * Instruction is accepted but a change will be made, such as date or remittance not sent.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly ACWC: "ACWC";
  /**
   * Settlement completed.
   * Category: success (Success); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly ACSC: "ACSC";
  /**
   * Payment instruction included in the credit transfer is accepted without being posted to the
   * creditor customer’s account.
   * Category: success (Success); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly ACWP: "ACWP";
  /**
   * Settlement on the creditor's account has been completed.
   * Category: success (Success); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly ACCC: "ACCC";
  /**
   * Payment transaction previously reported with status 'ACWP' is blocked, for example, funds will
   * neither be posted to the Creditor's account, nor be returned to the Debtor.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly BLCK: "BLCK";
  /**
   * Payment instruction has been rejected.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly RJCT: "RJCT";
  /**
   * Payment initiation has been successfully cancelled after having received a request for
   * cancellation.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly CANC: "CANC";
  /**
   * Standing order has been setup successfully but the individual payment has failed
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly INFA: "INFA";
  /**
   * Standing order has been setup successfully and the individual payment has been successfully
   * completed.
   * Category: success (Success); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly INCO: "INCO";
} = /* @__PURE__ */ membersOf(UkobPaymentStatusCategories, UkobPaymentStatusAliases);
export type UkobPaymentStatus = (typeof UkobPaymentStatus)[keyof typeof UkobPaymentStatus];
/** A UkobPaymentStatus as read from the wire: a known value or any other string. */
export type UkobPaymentStatusOrUnknown = UkobPaymentStatus | (string & {});
/** The catalog's metadata of every UkobPaymentStatus value. */
export const UkobPaymentStatusInfo: { readonly [V in UkobPaymentStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/ukob/payment_status",
  {
    RCVD: {
      description: "Payment instruction has been received.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "ukob-v4-internal-codeset",
        "ukob-v4-payment-initiation-openapi",
        "ukob-v4-vrp-openapi",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v4-internal-codeset"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PDNG: {
      description: "Payment instruction is pending. Further checks and status update will be performed.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "ukob-v4-internal-codeset",
        "ukob-v4-payment-initiation-openapi",
        "ukob-v4-vrp-openapi",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v4-internal-codeset"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ACTC: {
      description: "Authentication and syntactical and semantical validation are successful",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "ukob-v4-internal-codeset",
        "ukob-v4-payment-initiation-openapi",
        "ukob-v4-vrp-openapi",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v4-internal-codeset"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PATC: {
      description: "Payment initiation needs multiple authentications, where some but not yet all have been performed. Syntactical and semantical validations are successful.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["ukob-v4-internal-codeset", "ukob-v4-payment-initiation-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v4-internal-codeset"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ACCP: {
      description: "Preceding check of technical validation was successful. Customer profile check was also successful.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "ukob-v4-internal-codeset",
        "ukob-v4-payment-initiation-openapi",
        "ukob-v4-vrp-openapi",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v4-internal-codeset"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ACFC: {
      description: "Preceding check of technical validation and customer profile was successful and an automatic funds check was positive.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "ukob-v4-internal-codeset",
        "ukob-v4-payment-initiation-openapi",
        "ukob-v4-vrp-openapi",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v4-internal-codeset"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ACSP: {
      description: "All preceding checks such as technical validation and customer profile were successful and therefore the payment instruction has been accepted for execution.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "ukob-v4-internal-codeset",
        "ukob-v4-payment-initiation-openapi",
        "ukob-v4-vrp-openapi",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v4-internal-codeset"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ACWC: {
      description: "Instruction is accepted but a change will be made, such as date or remittance not sent.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "ukob-v4-internal-codeset",
        "ukob-v4-payment-initiation-openapi",
        "ukob-v4-vrp-openapi",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v4-internal-codeset"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ACSC: {
      description: "Settlement completed.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "ukob-v4-internal-codeset",
        "ukob-v4-payment-initiation-openapi",
        "ukob-v4-vrp-openapi",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v4-internal-codeset"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ACWP: {
      description: "Payment instruction included in the credit transfer is accepted without being posted to the creditor customer’s account.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "ukob-v4-internal-codeset",
        "ukob-v4-payment-initiation-openapi",
        "ukob-v4-vrp-openapi",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v4-internal-codeset"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ACCC: {
      description: "Settlement on the creditor's account has been completed.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "ukob-v4-internal-codeset",
        "ukob-v4-payment-initiation-openapi",
        "ukob-v4-vrp-openapi",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v4-internal-codeset"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    BLCK: {
      description: "Payment transaction previously reported with status 'ACWP' is blocked, for example, funds will neither be posted to the Creditor's account, nor be returned to the Debtor.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "ukob-v4-internal-codeset",
        "ukob-v4-payment-initiation-openapi",
        "ukob-v4-vrp-openapi",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v4-internal-codeset"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RJCT: {
      description: "Payment instruction has been rejected.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "ukob-v4-internal-codeset",
        "ukob-v4-payment-initiation-openapi",
        "ukob-v4-vrp-openapi",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v4-internal-codeset"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CANC: {
      description: "Payment initiation has been successfully cancelled after having received a request for cancellation.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "ukob-v4-internal-codeset",
        "ukob-v4-payment-initiation-openapi",
        "ukob-v4-vrp-openapi",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v4-internal-codeset"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INFA: {
      description: "Standing order has been setup successfully but the individual payment has failed",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["ukob-v4-internal-codeset", "ukob-v4-payment-initiation-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v4-internal-codeset"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INCO: {
      description: "Standing order has been setup successfully and the individual payment has been successfully completed.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["ukob-v4-internal-codeset", "ukob-v4-payment-initiation-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v4-internal-codeset"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known UkobPaymentStatus. */
export const isUkobPaymentStatus = (value: unknown): value is UkobPaymentStatus => isCodeOf(UkobPaymentStatusCategories, UkobPaymentStatusAliases, value);

/** Other wire spellings of UkobConsentStatus values (alias -> value). */
export const UkobConsentStatusAliases: { readonly [alias: string]: UkobConsentStatus } = {
};
/** The category of every UkobConsentStatus value and alias: all a listener needs to read one. */
export const UkobConsentStatusCategories: { readonly [spelling: string]: Category } = {
  AWAU: "pending",
  RJCT: "rejected",
  AUTH: "success",
  CANC: "reconnect_required",
  EXPD: "reconnect_required",
  COND: "success",
  AWUP: "pending",
};
/**
 * Consent status: The status of a consent resource in v4.0: OBInternalConsentStatus1Code of
 * OB_Internal_Codeset.csv, each description its Code Definition. The Payment Initiation file's
 * payment consents answer with AWAU, RJCT, AUTH and COND, a file payment consent also with AWUP.
 * Wire field: Data.Status of a consent resource (v4.0).
 */
export const UkobConsentStatus: {
  /**
   * The consent resource is awaiting PSU authorisation.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly AWAU: "AWAU";
  /**
   * The consent resource has been rejected.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly RJCT: "RJCT";
  /**
   * The consent resource has been successfully authorised.
   * Category: success (Success); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly AUTH: "AUTH";
  /**
   * The access has been cancelled at the ASPSP by either the PSU or the ASPSP.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly CANC: "CANC";
  /**
   * The consent resource has been marked as expired after expiry of validaty date.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly EXPD: "EXPD";
  /**
   * The consent resource has been consumed after payment request is submitted by the PISP.
   * Category: success (Success); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly COND: "COND";
  /**
   * The consent resource is expecting a file to be uploaded.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly AWUP: "AWUP";
} = /* @__PURE__ */ membersOf(UkobConsentStatusCategories, UkobConsentStatusAliases);
export type UkobConsentStatus = (typeof UkobConsentStatus)[keyof typeof UkobConsentStatus];
/** A UkobConsentStatus as read from the wire: a known value or any other string. */
export type UkobConsentStatusOrUnknown = UkobConsentStatus | (string & {});
/** The catalog's metadata of every UkobConsentStatus value. */
export const UkobConsentStatusInfo: { readonly [V in UkobConsentStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/ukob/consent_status",
  {
    AWAU: {
      description: "The consent resource is awaiting PSU authorisation.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "ukob-v4-internal-codeset",
        "ukob-v4-payment-initiation-openapi",
        "ukob-v4-vrp-openapi",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v4-internal-codeset"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RJCT: {
      description: "The consent resource has been rejected.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "ukob-v4-internal-codeset",
        "ukob-v4-payment-initiation-openapi",
        "ukob-v4-vrp-openapi",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v4-internal-codeset"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      state: "needs_end_user",
      stateReason: "A rejected consent was never authorised: the PSU has to authorise a new one.",
    },
    AUTH: {
      description: "The consent resource has been successfully authorised.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "ukob-v4-internal-codeset",
        "ukob-v4-payment-initiation-openapi",
        "ukob-v4-vrp-openapi",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v4-internal-codeset"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CANC: {
      description: "The access has been cancelled at the ASPSP by either the PSU or the ASPSP.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["ukob-v4-internal-codeset", "ukob-v4-vrp-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v4-internal-codeset"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      state: "revoked",
      stateReason: "The access was cancelled at the ASPSP by the PSU or the ASPSP.",
    },
    EXPD: {
      description: "The consent resource has been marked as expired after expiry of validaty date.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["ukob-v4-internal-codeset", "ukob-v4-vrp-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v4-internal-codeset"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "renew_consent",
      state: "consent_ended",
      stateReason: "The consent expired: a new one is needed.",
    },
    COND: {
      description: "The consent resource has been consumed after payment request is submitted by the PISP.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["ukob-v4-internal-codeset", "ukob-v4-payment-initiation-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v4-internal-codeset"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      state: "consent_ended",
      stateReason: "A payment consent is used by the payment submitted with it.",
    },
    AWUP: {
      description: "The consent resource is expecting a file to be uploaded.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["ukob-v4-internal-codeset", "ukob-v4-payment-initiation-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v4-internal-codeset"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known UkobConsentStatus. */
export const isUkobConsentStatus = (value: unknown): value is UkobConsentStatus => isCodeOf(UkobConsentStatusCategories, UkobConsentStatusAliases, value);

/** Other wire spellings of UkobMultiAuthorisationStatus values (alias -> value). */
export const UkobMultiAuthorisationStatusAliases: { readonly [alias: string]: UkobMultiAuthorisationStatus } = {
};
/** The category of every UkobMultiAuthorisationStatus value and alias: all a listener needs to read one. */
export const UkobMultiAuthorisationStatusCategories: { readonly [spelling: string]: Category } = {
  AUTH: "success",
  AWAF: "pending",
  RJCT: "rejected",
};
/**
 * Multiple authorisation status: The status of a payment's multiple authorisation flow in v4.0:
 * OBInternalStatus2Code of OB_Internal_Codeset.csv (its rows say “Old OBExternalStatus2Code”), each
 * description its Code Definition. Wire field: Data.MultiAuthorisation.Status of a payment resource
 * (v4.0).
 */
export const UkobMultiAuthorisationStatus: {
  /**
   * The multiple authorisation flow has been fully authorised.
   * Category: success (Success); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly AUTH: "AUTH";
  /**
   * The multiple authorisation flow is awaiting further authorisation.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly AWAF: "AWAF";
  /**
   * The multiple authorisation flow has been rejected.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly RJCT: "RJCT";
} = /* @__PURE__ */ membersOf(UkobMultiAuthorisationStatusCategories, UkobMultiAuthorisationStatusAliases);
export type UkobMultiAuthorisationStatus = (typeof UkobMultiAuthorisationStatus)[keyof typeof UkobMultiAuthorisationStatus];
/** A UkobMultiAuthorisationStatus as read from the wire: a known value or any other string. */
export type UkobMultiAuthorisationStatusOrUnknown = UkobMultiAuthorisationStatus | (string & {});
/** The catalog's metadata of every UkobMultiAuthorisationStatus value. */
export const UkobMultiAuthorisationStatusInfo: { readonly [V in UkobMultiAuthorisationStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/ukob/multi_authorisation_status",
  {
    AUTH: {
      description: "The multiple authorisation flow has been fully authorised.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["ukob-v4-internal-codeset", "ukob-v4-payment-initiation-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v4-internal-codeset"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AWAF: {
      description: "The multiple authorisation flow is awaiting further authorisation.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["ukob-v4-internal-codeset", "ukob-v4-payment-initiation-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v4-internal-codeset"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RJCT: {
      description: "The multiple authorisation flow has been rejected.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["ukob-v4-internal-codeset", "ukob-v4-payment-initiation-openapi"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v4-internal-codeset"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known UkobMultiAuthorisationStatus. */
export const isUkobMultiAuthorisationStatus = (value: unknown): value is UkobMultiAuthorisationStatus => isCodeOf(UkobMultiAuthorisationStatusCategories, UkobMultiAuthorisationStatusAliases, value);

/** Other wire spellings of UkobPaymentStatusV31 values (alias -> value). */
export const UkobPaymentStatusV31Aliases: { readonly [alias: string]: UkobPaymentStatusV31 } = {
};
/** The category of every UkobPaymentStatusV31 value and alias: all a listener needs to read one. */
export const UkobPaymentStatusV31Categories: { readonly [spelling: string]: Category } = {
  Pending: "pending",
  AcceptedSettlementInProcess: "pending",
  AcceptedSettlementCompleted: "success",
  AcceptedWithoutPosting: "success",
  AcceptedCreditSettlementCompleted: "success",
  Rejected: "rejected",
  InitiationPending: "pending",
  InitiationCompleted: "success",
  InitiationFailed: "rejected",
  Cancelled: "cancelled",
  Accepted: "pending",
  AcceptedCancellationRequest: "cancelled",
  AcceptedCustomerProfile: "pending",
  AcceptedFundsChecked: "pending",
  AcceptedTechnicalValidation: "pending",
  AcceptedWithChange: "pending",
  NoCancellationProcess: "informational",
  PartiallyAcceptedCancellationRequest: "informational",
  PartiallyAcceptedTechnicalCorrect: "pending",
  PaymentCancelled: "cancelled",
  PendingCancellationRequest: "pending",
  Received: "pending",
  RejectedCancellationRequest: "informational",
};
/**
 * Payment status (v3.1): The status of a payment resource in v3.1.11, named in full:
 * OBTransactionIndividualStatus1Code of a domestic or international payment and of a domestic VRP;
 * OBExternalStatus1Code and OBExternalStatus3Code of a scheduled payment, a standing order and a
 * file payment (Cancelled only of the first two); and OBTransactionIndividualExtendedISOStatus1Code
 * of a payment's details (GET …/payment-details), which holds all but the Initiation values. Each
 * description is the Payment Initiation API Profile's Static Enumerations definition, of the
 * resource's own class where two classes define a value. v4.0 sends ISO 20022's four-letter codes
 * instead (Payment status). Wire field: Data.Status of a payment resource and
 * Data.PaymentStatus[].Status of its details (v3.1.11: domestic, scheduled, international payments,
 * standing orders, file payments, domestic VRPs).
 */
export const UkobPaymentStatusV31: {
  /**
   * Payment initiation or individual transaction included in the payment initiation is pending.
   * Further checks and status update will be performed.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly Pending: "Pending";
  /**
   * All preceding checks such as technical validation and customer profile were successful and
   * therefore the payment initiation has been accepted for execution.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly AcceptedSettlementInProcess: "AcceptedSettlementInProcess";
  /**
   * Settlement on the debtor's account has been completed. Usage : this can be used by the first
   * agent to report to the debtor that the transaction has been completed. Warning : this status is
   * provided for transaction status reasons, not for financial information. It can only be used
   * after bilateral agreement. PISPs **must not** use this status as confirmation that settlement
   * is complete on the creditor's account.
   * Category: success (Success); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly AcceptedSettlementCompleted: "AcceptedSettlementCompleted";
  /**
   * Payment instruction included in the credit transfer is accepted without being posted to the
   * creditor customer's account.
   * Category: success (Success); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly AcceptedWithoutPosting: "AcceptedWithoutPosting";
  /**
   * Settlement on the creditor's account has been completed.
   * Category: success (Success); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly AcceptedCreditSettlementCompleted: "AcceptedCreditSettlementCompleted";
  /**
   * Payment initiation or individual transaction included in the payment initiation has been
   * rejected.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly Rejected: "Rejected";
  /**
   * The payment-order initiation is pending.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly InitiationPending: "InitiationPending";
  /**
   * The payment-order initiation has been completed.
   * Category: success (Success); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly InitiationCompleted: "InitiationCompleted";
  /**
   * The payment-order initiation has failed.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly InitiationFailed: "InitiationFailed";
  /**
   * Payment initiation has been successfully cancelled after having received a request for
   * cancellation.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly Cancelled: "Cancelled";
  /**
   * Request is accepted.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly Accepted: "Accepted";
  /**
   * Cancellation is accepted.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly AcceptedCancellationRequest: "AcceptedCancellationRequest";
  /**
   * Preceding check of technical validation was successful. Customer profile check was also
   * successful.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly AcceptedCustomerProfile: "AcceptedCustomerProfile";
  /**
   * Preceding check of technical validation and customer profile was successful and an automatic
   * funds check was positive.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly AcceptedFundsChecked: "AcceptedFundsChecked";
  /**
   * Authentication and syntactical and semantical validation are successful
   * Category: pending (Pending); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly AcceptedTechnicalValidation: "AcceptedTechnicalValidation";
  /**
   * Instruction is accepted but a change will be made, such as date or remittance not sent.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly AcceptedWithChange: "AcceptedWithChange";
  /**
   * No cancellation process.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly NoCancellationProcess: "NoCancellationProcess";
  /**
   * Cancellation is partially accepted.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly PartiallyAcceptedCancellationRequest: "PartiallyAcceptedCancellationRequest";
  /**
   * Authentication and syntactical and semantical validation are successful.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly PartiallyAcceptedTechnicalCorrect: "PartiallyAcceptedTechnicalCorrect";
  /**
   * Transaction has been cancelled.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly PaymentCancelled: "PaymentCancelled";
  /**
   * Cancellation request is pending.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly PendingCancellationRequest: "PendingCancellationRequest";
  /**
   * Payment initiation has been received by the receiving agent.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly Received: "Received";
  /**
   * Cancellation request is rejected
   * Category: informational (Informational); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly RejectedCancellationRequest: "RejectedCancellationRequest";
} = /* @__PURE__ */ membersOf(UkobPaymentStatusV31Categories, UkobPaymentStatusV31Aliases);
export type UkobPaymentStatusV31 = (typeof UkobPaymentStatusV31)[keyof typeof UkobPaymentStatusV31];
/** A UkobPaymentStatusV31 as read from the wire: a known value or any other string. */
export type UkobPaymentStatusV31OrUnknown = UkobPaymentStatusV31 | (string & {});
/** The catalog's metadata of every UkobPaymentStatusV31 value. */
export const UkobPaymentStatusV31Info: { readonly [V in UkobPaymentStatusV31]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/ukob/payment_status_v31",
  {
    Pending: {
      description: "Payment initiation or individual transaction included in the payment initiation is pending. Further checks and status update will be performed.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "ukob-v3-1-11-payment-initiation-openapi",
        "ukob-v3-1-11-vrp-openapi",
        "ukob-v3-1-11-pi-profile",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v3-1-11-pi-profile"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AcceptedSettlementInProcess: {
      description: "All preceding checks such as technical validation and customer profile were successful and therefore the payment initiation has been accepted for execution.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "ukob-v3-1-11-payment-initiation-openapi",
        "ukob-v3-1-11-vrp-openapi",
        "ukob-v3-1-11-pi-profile",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v3-1-11-pi-profile"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AcceptedSettlementCompleted: {
      description: "Settlement on the debtor's account has been completed.\n\nUsage : this can be used by the first agent to report to the debtor that the transaction has been completed. Warning : this status is provided for transaction status reasons, not for financial information. It can only be used after bilateral agreement.\n\nPISPs **must not** use this status as confirmation that settlement is complete on the creditor's account.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "ukob-v3-1-11-payment-initiation-openapi",
        "ukob-v3-1-11-vrp-openapi",
        "ukob-v3-1-11-pi-profile",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v3-1-11-pi-profile"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AcceptedWithoutPosting: {
      description: "Payment instruction included in the credit transfer is accepted without being posted to the creditor customer's account.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "ukob-v3-1-11-payment-initiation-openapi",
        "ukob-v3-1-11-vrp-openapi",
        "ukob-v3-1-11-pi-profile",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v3-1-11-pi-profile"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AcceptedCreditSettlementCompleted: {
      description: "Settlement on the creditor's account has been completed.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "ukob-v3-1-11-payment-initiation-openapi",
        "ukob-v3-1-11-vrp-openapi",
        "ukob-v3-1-11-pi-profile",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v3-1-11-pi-profile"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    Rejected: {
      description: "Payment initiation or individual transaction included in the payment initiation has been rejected.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "ukob-v3-1-11-payment-initiation-openapi",
        "ukob-v3-1-11-vrp-openapi",
        "ukob-v3-1-11-pi-profile",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v3-1-11-pi-profile"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    InitiationPending: {
      description: "The payment-order initiation is pending.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["ukob-v3-1-11-payment-initiation-openapi", "ukob-v3-1-11-pi-profile"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v3-1-11-pi-profile"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    InitiationCompleted: {
      description: "The payment-order initiation has been completed.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["ukob-v3-1-11-payment-initiation-openapi", "ukob-v3-1-11-pi-profile"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v3-1-11-pi-profile"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    InitiationFailed: {
      description: "The payment-order initiation has failed.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["ukob-v3-1-11-payment-initiation-openapi", "ukob-v3-1-11-pi-profile"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v3-1-11-pi-profile"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    Cancelled: {
      description: "Payment initiation has been successfully cancelled after having received a request for cancellation.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "ukob-v3-1-11-payment-initiation-openapi",
        "ukob-v3-1-11-vrp-openapi",
        "ukob-v3-1-11-pi-profile",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v3-1-11-pi-profile"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    Accepted: {
      description: "Request is accepted.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "ukob-v3-1-11-payment-initiation-openapi",
        "ukob-v3-1-11-vrp-openapi",
        "ukob-v3-1-11-pi-profile",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v3-1-11-pi-profile"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AcceptedCancellationRequest: {
      description: "Cancellation is accepted.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "ukob-v3-1-11-payment-initiation-openapi",
        "ukob-v3-1-11-vrp-openapi",
        "ukob-v3-1-11-pi-profile",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v3-1-11-pi-profile"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AcceptedCustomerProfile: {
      description: "Preceding check of technical validation was successful. Customer profile check was also successful.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "ukob-v3-1-11-payment-initiation-openapi",
        "ukob-v3-1-11-vrp-openapi",
        "ukob-v3-1-11-pi-profile",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v3-1-11-pi-profile"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AcceptedFundsChecked: {
      description: "Preceding check of technical validation and customer profile was successful and an automatic funds check was positive.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "ukob-v3-1-11-payment-initiation-openapi",
        "ukob-v3-1-11-vrp-openapi",
        "ukob-v3-1-11-pi-profile",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v3-1-11-pi-profile"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AcceptedTechnicalValidation: {
      description: "Authentication and syntactical and semantical validation are successful",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "ukob-v3-1-11-payment-initiation-openapi",
        "ukob-v3-1-11-vrp-openapi",
        "ukob-v3-1-11-pi-profile",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v3-1-11-pi-profile"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AcceptedWithChange: {
      description: "Instruction is accepted but a change will be made, such as date or remittance not sent.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "ukob-v3-1-11-payment-initiation-openapi",
        "ukob-v3-1-11-vrp-openapi",
        "ukob-v3-1-11-pi-profile",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v3-1-11-pi-profile"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    NoCancellationProcess: {
      description: "No cancellation process.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "ukob-v3-1-11-payment-initiation-openapi",
        "ukob-v3-1-11-vrp-openapi",
        "ukob-v3-1-11-pi-profile",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v3-1-11-pi-profile"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PartiallyAcceptedCancellationRequest: {
      description: "Cancellation is partially accepted.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "ukob-v3-1-11-payment-initiation-openapi",
        "ukob-v3-1-11-vrp-openapi",
        "ukob-v3-1-11-pi-profile",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v3-1-11-pi-profile"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PartiallyAcceptedTechnicalCorrect: {
      description: "Authentication and syntactical and semantical validation are successful.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "ukob-v3-1-11-payment-initiation-openapi",
        "ukob-v3-1-11-vrp-openapi",
        "ukob-v3-1-11-pi-profile",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v3-1-11-pi-profile"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PaymentCancelled: {
      description: "Transaction has been cancelled.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "ukob-v3-1-11-payment-initiation-openapi",
        "ukob-v3-1-11-vrp-openapi",
        "ukob-v3-1-11-pi-profile",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v3-1-11-pi-profile"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PendingCancellationRequest: {
      description: "Cancellation request is pending.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "ukob-v3-1-11-payment-initiation-openapi",
        "ukob-v3-1-11-vrp-openapi",
        "ukob-v3-1-11-pi-profile",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v3-1-11-pi-profile"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    Received: {
      description: "Payment initiation has been received by the receiving agent.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "ukob-v3-1-11-payment-initiation-openapi",
        "ukob-v3-1-11-vrp-openapi",
        "ukob-v3-1-11-pi-profile",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v3-1-11-pi-profile"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RejectedCancellationRequest: {
      description: "Cancellation request is rejected",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "ukob-v3-1-11-payment-initiation-openapi",
        "ukob-v3-1-11-vrp-openapi",
        "ukob-v3-1-11-pi-profile",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v3-1-11-pi-profile"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known UkobPaymentStatusV31. */
export const isUkobPaymentStatusV31 = (value: unknown): value is UkobPaymentStatusV31 => isCodeOf(UkobPaymentStatusV31Categories, UkobPaymentStatusV31Aliases, value);

/** Other wire spellings of UkobConsentStatusV31 values (alias -> value). */
export const UkobConsentStatusV31Aliases: { readonly [alias: string]: UkobConsentStatusV31 } = {
};
/** The category of every UkobConsentStatusV31 value and alias: all a listener needs to read one. */
export const UkobConsentStatusV31Categories: { readonly [spelling: string]: Category } = {
  AwaitingAuthorisation: "pending",
  Rejected: "rejected",
  Authorised: "success",
  Consumed: "success",
  AwaitingUpload: "pending",
};
/**
 * Consent status (v3.1): The status of a payment consent resource in v3.1.11, named in full
 * (OBExternalConsentStatus1Code, each description the Payment Initiation API Profile's Static
 * Enumerations definition; a file payment consent adds AwaitingUpload, a domestic VRP consent has
 * no Consumed). v4.0 sends four-letter codes instead (Consent status). Wire field: Data.Status of a
 * payment or domestic VRP consent resource (v3.1.11).
 */
export const UkobConsentStatusV31: {
  /**
   * The consent resource is awaiting PSU authorisation.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly AwaitingAuthorisation: "AwaitingAuthorisation";
  /**
   * The consent resource has been rejected.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly Rejected: "Rejected";
  /**
   * The consent resource has been successfully authorised.
   * Category: success (Success); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly Authorised: "Authorised";
  /**
   * The consented action has been successfully completed. This does not reflect the status of the
   * consented action.
   * Category: success (Success); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly Consumed: "Consumed";
  /**
   * The default Status is "AwaitingUpload" immediately after the file-payment-consent has been
   * created.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly AwaitingUpload: "AwaitingUpload";
} = /* @__PURE__ */ membersOf(UkobConsentStatusV31Categories, UkobConsentStatusV31Aliases);
export type UkobConsentStatusV31 = (typeof UkobConsentStatusV31)[keyof typeof UkobConsentStatusV31];
/** A UkobConsentStatusV31 as read from the wire: a known value or any other string. */
export type UkobConsentStatusV31OrUnknown = UkobConsentStatusV31 | (string & {});
/** The catalog's metadata of every UkobConsentStatusV31 value. */
export const UkobConsentStatusV31Info: { readonly [V in UkobConsentStatusV31]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/ukob/consent_status_v31",
  {
    AwaitingAuthorisation: {
      description: "The consent resource is awaiting PSU authorisation.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "ukob-v3-1-11-payment-initiation-openapi",
        "ukob-v3-1-11-vrp-openapi",
        "ukob-v3-1-11-pi-profile",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v3-1-11-pi-profile"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    Rejected: {
      description: "The consent resource has been rejected.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "ukob-v3-1-11-payment-initiation-openapi",
        "ukob-v3-1-11-vrp-openapi",
        "ukob-v3-1-11-pi-profile",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v3-1-11-pi-profile"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      state: "needs_end_user",
      stateReason: "A rejected consent was never authorised: the PSU has to authorise a new one.",
    },
    Authorised: {
      description: "The consent resource has been successfully authorised.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "ukob-v3-1-11-payment-initiation-openapi",
        "ukob-v3-1-11-vrp-openapi",
        "ukob-v3-1-11-pi-profile",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v3-1-11-pi-profile"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    Consumed: {
      description: "The consented action has been successfully completed. This does not reflect the status of the consented action.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["ukob-v3-1-11-payment-initiation-openapi", "ukob-v3-1-11-pi-profile"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v3-1-11-pi-profile"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      state: "consent_ended",
      stateReason: "A payment consent is used by the payment submitted with it.",
    },
    AwaitingUpload: {
      description: "The default Status is \"AwaitingUpload\" immediately after the file-payment-consent has been created.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["ukob-v3-1-11-payment-initiation-openapi", "ukob-v3-1-11-file-payment-consents"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v3-1-11-file-payment-consents"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known UkobConsentStatusV31. */
export const isUkobConsentStatusV31 = (value: unknown): value is UkobConsentStatusV31 => isCodeOf(UkobConsentStatusV31Categories, UkobConsentStatusV31Aliases, value);

/** Other wire spellings of UkobMultiAuthorisationStatusV31 values (alias -> value). */
export const UkobMultiAuthorisationStatusV31Aliases: { readonly [alias: string]: UkobMultiAuthorisationStatusV31 } = {
};
/** The category of every UkobMultiAuthorisationStatusV31 value and alias: all a listener needs to read one. */
export const UkobMultiAuthorisationStatusV31Categories: { readonly [spelling: string]: Category } = {
  AwaitingFurtherAuthorisation: "pending",
  Authorised: "success",
  Rejected: "rejected",
};
/**
 * Multiple authorisation status (v3.1): The status of a payment's multiple authorisation flow in
 * v3.1.11, named in full (OBExternalStatus2Code, each description the Payment Initiation API
 * Profile's Static Enumerations definition). v4.0 sends four-letter codes instead (Multiple
 * authorisation status). Wire field: Data.MultiAuthorisation.Status of a payment resource
 * (v3.1.11).
 */
export const UkobMultiAuthorisationStatusV31: {
  /**
   * The multiple authorisation flow is awaiting further authorisation.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly AwaitingFurtherAuthorisation: "AwaitingFurtherAuthorisation";
  /**
   * The multiple authorisation flow has been fully authorised.
   * Category: success (Success); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly Authorised: "Authorised";
  /**
   * The multiple authorisation flow has been rejected.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: UK Open Banking's published text.
   */
  readonly Rejected: "Rejected";
} = /* @__PURE__ */ membersOf(UkobMultiAuthorisationStatusV31Categories, UkobMultiAuthorisationStatusV31Aliases);
export type UkobMultiAuthorisationStatusV31 = (typeof UkobMultiAuthorisationStatusV31)[keyof typeof UkobMultiAuthorisationStatusV31];
/** A UkobMultiAuthorisationStatusV31 as read from the wire: a known value or any other string. */
export type UkobMultiAuthorisationStatusV31OrUnknown = UkobMultiAuthorisationStatusV31 | (string & {});
/** The catalog's metadata of every UkobMultiAuthorisationStatusV31 value. */
export const UkobMultiAuthorisationStatusV31Info: { readonly [V in UkobMultiAuthorisationStatusV31]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/ukob/multi_authorisation_status_v31",
  {
    AwaitingFurtherAuthorisation: {
      description: "The multiple authorisation flow is awaiting further authorisation.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["ukob-v3-1-11-payment-initiation-openapi", "ukob-v3-1-11-pi-profile"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v3-1-11-pi-profile"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    Authorised: {
      description: "The multiple authorisation flow has been fully authorised.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["ukob-v3-1-11-payment-initiation-openapi", "ukob-v3-1-11-pi-profile"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v3-1-11-pi-profile"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    Rejected: {
      description: "The multiple authorisation flow has been rejected.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["ukob-v3-1-11-payment-initiation-openapi", "ukob-v3-1-11-pi-profile"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["ukob-v3-1-11-pi-profile"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known UkobMultiAuthorisationStatusV31. */
export const isUkobMultiAuthorisationStatusV31 = (value: unknown): value is UkobMultiAuthorisationStatusV31 => isCodeOf(UkobMultiAuthorisationStatusV31Categories, UkobMultiAuthorisationStatusV31Aliases, value);
