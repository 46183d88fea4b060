// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * Consumer Data Standards (Australia)
 * (https://consumerdatastandardsaustralia.github.io/standards/): per code set, its aliases, its
 * category table, its constant (identifier -> wire value, built from the table) and its metadata.
 */
import type { Category } from "./categories.js";
import { membersOf } from "./code-tables.js";
import { withPages } from "./pages.js";
import { isCodeOf, type CodeInfo } from "./types.js";

/** Other wire spellings of CdrErrorCode values (alias -> value). */
export const CdrErrorCodeAliases: { readonly [alias: string]: CdrErrorCode } = {
  "urn:au-cds:error:cds-all:Authorisation/UnavailableBankingAccount": "urn:au-cds:error:cds-banking:Authorisation/UnavailableBankingAccount",
  "urn:au-cds:error:cdr-all:Header/UnsupportedVersion": "urn:au-cds:error:cds-all:Header/UnsupportedVersion",
};
/** The category of every CdrErrorCode value and alias: all a listener needs to read one. */
export const CdrErrorCodeCategories: { readonly [spelling: string]: Category } = {
  "urn:au-cds:error:cds-all:GeneralError/Expected": "integration_error",
  "urn:au-cds:error:cds-all:GeneralError/Unexpected": "generic_failure",
  "urn:au-cds:error:cds-all:Service/Unavailable": "institution_unavailable",
  "urn:au-cds:error:cds-all:Field/Missing": "integration_error",
  "urn:au-cds:error:cds-all:Header/Missing": "integration_error",
  "urn:au-cds:error:cds-all:Field/Invalid": "integration_error",
  "urn:au-cds:error:cds-all:Header/Invalid": "integration_error",
  "urn:au-cds:error:cds-all:Field/InvalidDateTime": "integration_error",
  "urn:au-cds:error:cds-all:Field/InvalidPageSize": "integration_error",
  "urn:au-cds:error:cds-all:Header/InvalidVersion": "integration_error",
  "urn:au-cds:error:cds-all:Authorisation/AdrStatusNotActive": "integration_error",
  "urn:au-cds:error:cds-all:Authorisation/RevokedConsent": "reconnect_required",
  "urn:au-cds:error:cds-all:Authorisation/InvalidConsent": "reconnect_required",
  "urn:au-cds:error:cds-all:Resource/NotImplemented": "institution_not_supported",
  "urn:au-cds:error:cds-all:Resource/NotFound": "integration_error",
  "urn:au-cds:error:cds-all:Resource/Invalid": "integration_error",
  "urn:au-cds:error:cds-all:Resource/Unavailable": "institution_unavailable",
  "urn:au-cds:error:cds-banking:Authorisation/InvalidBankingAccount": "account_unavailable",
  "urn:au-cds:error:cds-banking:Authorisation/UnavailableBankingAccount": "account_unavailable",
  "urn:au-cds:error:cds-all:Authorisation/UnavailableBankingAccount": "account_unavailable",
  "urn:au-cds:error:cds-energy:Authorisation/InvalidEnergyAccount": "account_unavailable",
  "urn:au-cds:error:cds-energy:Authorisation/UnavailableEnergyAccount": "account_unavailable",
  "urn:au-cds:error:cds-energy:Authorisation/InvalidServicePoint": "account_unavailable",
  "urn:au-cds:error:cds-energy:Authorisation/UnavailableServicePoint": "account_unavailable",
  "urn:au-cds:error:cds-all:Header/UnsupportedVersion": "integration_error",
  "urn:au-cds:error:cdr-all:Header/UnsupportedVersion": "integration_error",
  "urn:au-cds:error:cds-all:Authorisation/InvalidArrangement": "integration_error",
  "urn:au-cds:error:cds-all:Field/InvalidPage": "integration_error",
  "urn:au-cds:error:cds-register:Field/InvalidBrand": "integration_error",
  "urn:au-cds:error:cds-register:Field/InvalidIndustry": "integration_error",
  "urn:au-cds:error:cds-register:Field/InvalidSoftwareProduct": "integration_error",
};
/**
 * CDR standard error code: A standard error code of Australia's Consumer Data Right, a URN urn:au-
 * cds:error:<sub-type>:<error-category>/<error-code>. A Data Holder or Data Recipient sends it in
 * errors[].code, or sends its own application-specific code there and the standard URN in
 * errors[].meta.urn (required then). errors[].title is constant per code (kept as each code's
 * message); errors[].detail describes the occurrence. Wire field: errors[].code; errors[].meta.urn
 * when errors[].code is application-specific.
 */
export const CdrErrorCode: {
  /**
   * An error code that can be used, when an expected error occurs that is otherwise not covered by
   * a more specific error. The error _detail_ **SHOULD** be populated with a meaningful error
   * description, without revealing sensitive information. An application specific error code
   * **MAY** be provided. The _MetaError » urn_ **MUST** be populated with the standard CDR error
   * code.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Expected Error Encountered
   * Whose words: description: Consumer Data Standards (Australia)'s published text; message:
   * Consumer Data Standards (Australia)'s published text.
   */
  readonly GENERAL_ERROR_EXPECTED: "urn:au-cds:error:cds-all:GeneralError/Expected";
  /**
   * An error code that can be used, when an unexpected error occurs. The error _detail_ **SHOULD**
   * be populated with a meaningful error description, without revealing sensitive information. An
   * application specific error code **MAY** be provided. The _MetaError » urn_ **MUST** be
   * populated with the standard CDR error code.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Message: Unexpected Error Encountered
   * Whose words: description: Consumer Data Standards (Australia)'s published text; message:
   * Consumer Data Standards (Australia)'s published text.
   */
  readonly GENERAL_ERROR_UNEXPECTED: "urn:au-cds:error:cds-all:GeneralError/Unexpected";
  /**
   * A request is made but the API unavailable as due to an outage. The error _detail_ **MAY**
   * describe whether the outage is scheduled or unexpected and whether it is fully unavailable or
   * partially unavailable.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Message: Service Unavailable
   * Whose words: description: Consumer Data Standards (Australia)'s published text; message:
   * Consumer Data Standards (Australia)'s published text.
   * HTTP: 503.
   */
  readonly SERVICE_UNAVAILABLE: "urn:au-cds:error:cds-all:Service/Unavailable";
  /**
   * The request is missing a mandatory field required for the API. It **MAY** be a missing query
   * parameter or missing field in the request payload. This error code can be used, where a more
   * specific validation error is not applicable. The error _detail_ **SHOULD** be the parameter
   * name of the missing field. This error code **MUST** be supported for unauthenticated and
   * authenticated APIs.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Missing Required Field
   * Whose words: description: Consumer Data Standards (Australia)'s published text; message:
   * Consumer Data Standards (Australia)'s published text.
   * HTTP: 400.
   */
  readonly FIELD_MISSING: "urn:au-cds:error:cds-all:Field/Missing";
  /**
   * A required HTTP header has not been provided. The error _detail_ **SHOULD** be the HTTP header
   * name. This error code **SHOULD** be supported for unauthenticated and authenticated APIs.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Missing Required Header
   * Whose words: description: Consumer Data Standards (Australia)'s published text; message:
   * Consumer Data Standards (Australia)'s published text.
   * HTTP: 400.
   */
  readonly HEADER_MISSING: "urn:au-cds:error:cds-all:Header/Missing";
  /**
   * Applies when the value of the URL parameter or request body parameter is an invalid type or the
   * value violates the field's constraints as defined by the interface contract. For example, _is-
   * owned_ is a Boolean but a DateString value is provided. The error _detail_ **SHOULD** be the
   * parameter name of the invalid field. The error _detail_ **MAY** include further details
   * explaining the valid format. This error code **MUST** be supported for unauthenticated and
   * authenticated APIs.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Invalid Field
   * Whose words: description: Consumer Data Standards (Australia)'s published text; message:
   * Consumer Data Standards (Australia)'s published text.
   * HTTP: 400.
   */
  readonly FIELD_INVALID: "urn:au-cds:error:cds-all:Field/Invalid";
  /**
   * Applies when a HTTP Header is provided but the value provided is an invalid type or violates
   * the field type constraints as defined in the CDR Data Standards. The error _detail_ **SHOULD**
   * be the HTTP header name. The error _detail_ **MAY** include further details explaining the
   * valid format. This error code **SHOULD** be supported for unauthenticated and authenticated
   * APIs.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Invalid Header
   * Whose words: description: Consumer Data Standards (Australia)'s published text; message:
   * Consumer Data Standards (Australia)'s published text.
   * HTTP: 400.
   */
  readonly HEADER_INVALID: "urn:au-cds:error:cds-all:Header/Invalid";
  /**
   * An invalid date is provided. For example, a future date value is expected, but a date in past
   * or current date is supplied. Applies to DateTimeString, DateString, and TimeString field types.
   * The error _detail_ **SHOULD** be the parameter name of the invalid date field. The error
   * _detail_ **MAY** include further details explaining the expected date value. This error code
   * **MUST** be supported for unauthenticated and authenticated APIs.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Invalid Date
   * Whose words: description: Consumer Data Standards (Australia)'s published text; message:
   * Consumer Data Standards (Australia)'s published text.
   * HTTP: 400.
   */
  readonly FIELD_INVALID_DATE_TIME: "urn:au-cds:error:cds-all:Field/InvalidDateTime";
  /**
   * The value provided in the _page-size_ pagination field is greater than the maximum allowed by
   * the CDR Data Standards (_page-size_ > `1000`). This error code **MUST** be supported for
   * unauthenticated and authenticated APIs.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Invalid Page Size
   * Whose words: description: Consumer Data Standards (Australia)'s published text; message:
   * Consumer Data Standards (Australia)'s published text.
   * HTTP: 400.
   */
  readonly FIELD_INVALID_PAGE_SIZE: "urn:au-cds:error:cds-all:Field/InvalidPageSize";
  /**
   * A request is made for a version that is not a PositiveInteger. For example: `x-min-v`, `x-v` or
   * `x-<HID>-v` are not Integers (e.g. `x-min-v=foo`, `x-v=bar`, `x-ACME-v=cheese`) `x-min-v`,
   * `x-v` or `x-<HID>-v` are not positive-value Integers (they are an Integer but `<= 0`) This
   * error code **MUST** be supported for unauthenticated and authenticated APIs. If the version
   * header is a PositiveInteger but is not a version supported by the Data Holder, the Unsupported
   * Version code applies.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Invalid Version
   * Whose words: description: Consumer Data Standards (Australia)'s published text; message:
   * Consumer Data Standards (Australia)'s published text.
   * HTTP: 400.
   */
  readonly HEADER_INVALID_VERSION: "urn:au-cds:error:cds-all:Header/InvalidVersion";
  /**
   * The ADR or the ADR's software product is not "active". The error _detail_ **SHOULD** contain
   * the current status of the ADR software product.
   * Category: integration_error (Integration error); retryable: no.
   * Message: ADR Status Is Not Active
   * Whose words: description: Consumer Data Standards (Australia)'s published text; message:
   * Consumer Data Standards (Australia)'s published text.
   * HTTP: 403.
   */
  readonly AUTHORISATION_ADR_STATUS_NOT_ACTIVE: "urn:au-cds:error:cds-all:Authorisation/AdrStatusNotActive";
  /**
   * The consumer's consent is no longer authorised (for example revoked or expired) and the
   * requested resource will not be provided. This error code **SHOULD** be supported for
   * authenticated APIs.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Message: Consent Is Revoked
   * Whose words: description: Consumer Data Standards (Australia)'s published text; message:
   * Consumer Data Standards (Australia)'s published text.
   * HTTP: 403.
   */
  readonly AUTHORISATION_REVOKED_CONSENT: "urn:au-cds:error:cds-all:Authorisation/RevokedConsent";
  /**
   * The authorised consumer's consent is not associated to the resource requested, is insufficient
   * to execute the resource or is in a status that prevents the resource being executed. For
   * example, if consent is awaiting authorisation of a secondary account holder. The error _detail_
   * **SHOULD** be a description of the status of consent without revealing sensitive information.
   * This error code **SHOULD** be supported for authenticated APIs.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Message: Consent Is Invalid
   * Whose words: description: Consumer Data Standards (Australia)'s published text; message:
   * Consumer Data Standards (Australia)'s published text.
   * HTTP: 403.
   */
  readonly AUTHORISATION_INVALID_CONSENT: "urn:au-cds:error:cds-all:Authorisation/InvalidConsent";
  /**
   * The requested resource URL is a valid API endpoint defined by the CDR Data Standards, but it is
   * not implemented or not currently supported. This error code **SHOULD** be supported for
   * unimplemented APIs.
   * Category: institution_not_supported (Institution not supported); retryable: no.
   * Message: Resource Not Implemented
   * Whose words: description: Consumer Data Standards (Australia)'s published text; message:
   * Consumer Data Standards (Australia)'s published text.
   * HTTP: 404.
   */
  readonly RESOURCE_NOT_IMPLEMENTED: "urn:au-cds:error:cds-all:Resource/NotImplemented";
  /**
   * The requested resource URL is not an API endpoint defined by the CDR Data Standards and it is
   * not a URL recognised by the Data Holder or Data Recipient Software Product.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Resource Not Found
   * Whose words: description: Consumer Data Standards (Australia)'s published text; message:
   * Consumer Data Standards (Australia)'s published text.
   * HTTP: 404.
   */
  readonly RESOURCE_NOT_FOUND: "urn:au-cds:error:cds-all:Resource/NotFound";
  /**
   * The requested resource identifier is permanently unavailable. No subsequent request for the
   * resource will be successful.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Invalid Resource
   * Whose words: description: Consumer Data Standards (Australia)'s published text; message:
   * Consumer Data Standards (Australia)'s published text.
   * HTTP: 404, 422.
   */
  readonly RESOURCE_INVALID: "urn:au-cds:error:cds-all:Resource/Invalid";
  /**
   * The requested resource identifier is temporarily unavailable. Subsequent requests for the
   * resource may be successful.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Message: Unavailable Resource
   * Whose words: description: Consumer Data Standards (Australia)'s published text; message:
   * Consumer Data Standards (Australia)'s published text.
   * HTTP: 404, 422.
   */
  readonly RESOURCE_UNAVAILABLE: "urn:au-cds:error:cds-all:Resource/Unavailable";
  /**
   * The requested bank account is permanently unavailable. No subsequent request for the account
   * will be successful.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Message: Invalid Banking Account
   * Whose words: description: Consumer Data Standards (Australia)'s published text; message:
   * Consumer Data Standards (Australia)'s published text.
   * HTTP: 404, 422.
   */
  readonly AUTHORISATION_INVALID_BANKING_ACCOUNT: "urn:au-cds:error:cds-banking:Authorisation/InvalidBankingAccount";
  /**
   * The requested bank account is temporarily unavailable. Subsequent requests for the account may
   * be successful.
   * Category: account_unavailable (Account unavailable); retryable: yes.
   * Message: Unavailable Banking Account
   * Whose words: description: Consumer Data Standards (Australia)'s published text; message:
   * Consumer Data Standards (Australia)'s published text.
   * HTTP: 404, 422.
   */
  readonly AUTHORISATION_UNAVAILABLE_BANKING_ACCOUNT: "urn:au-cds:error:cds-banking:Authorisation/UnavailableBankingAccount";
  /**
   * The requested energy account is permanently unavailable. No subsequent request for the account
   * will be successful.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Message: Invalid Energy Account
   * Whose words: description: Consumer Data Standards (Australia)'s published text; message:
   * Consumer Data Standards (Australia)'s published text.
   * HTTP: 404, 422.
   */
  readonly AUTHORISATION_INVALID_ENERGY_ACCOUNT: "urn:au-cds:error:cds-energy:Authorisation/InvalidEnergyAccount";
  /**
   * The requested energy account is temporarily unavailable. Subsequent requests for the account
   * may be successful.
   * Category: account_unavailable (Account unavailable); retryable: yes.
   * Message: Unavailable Energy Account
   * Whose words: description: Consumer Data Standards (Australia)'s published text; message:
   * Consumer Data Standards (Australia)'s published text.
   * HTTP: 404, 422.
   */
  readonly AUTHORISATION_UNAVAILABLE_ENERGY_ACCOUNT: "urn:au-cds:error:cds-energy:Authorisation/UnavailableEnergyAccount";
  /**
   * The requested service point is permanently unavailable. No subsequent request for the service
   * point will be successful.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Message: Invalid Service Point
   * Whose words: description: Consumer Data Standards (Australia)'s published text; message:
   * Consumer Data Standards (Australia)'s published text.
   * HTTP: 404, 422.
   */
  readonly AUTHORISATION_INVALID_SERVICE_POINT: "urn:au-cds:error:cds-energy:Authorisation/InvalidServicePoint";
  /**
   * The requested service point is temporarily unavailable. Subsequent requests for the service
   * point may be successful.
   * Category: account_unavailable (Account unavailable); retryable: yes.
   * Message: Unavailable Service Point
   * Whose words: description: Consumer Data Standards (Australia)'s published text; message:
   * Consumer Data Standards (Australia)'s published text.
   * HTTP: 404, 422.
   */
  readonly AUTHORISATION_UNAVAILABLE_SERVICE_POINT: "urn:au-cds:error:cds-energy:Authorisation/UnavailableServicePoint";
  /**
   * A request is made for a version that is lower than the minimum version or greater than maximum
   * version the Data Holder supports for the requested endpoint. The error _detail_ **MAY** include
   * the minimum and maximum versions the Data Holder supports. This error code **MUST** be
   * supported for unauthenticated and authenticated APIs.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Unsupported Version
   * Whose words: description: Consumer Data Standards (Australia)'s published text; message:
   * Consumer Data Standards (Australia)'s published text.
   * HTTP: 406.
   */
  readonly HEADER_UNSUPPORTED_VERSION: "urn:au-cds:error:cds-all:Header/UnsupportedVersion";
  /**
   * The arrangement being executed has previously been revoked and no further action will be taken.
   * The error _detail_ is the CDR Arrangement ID of the being executed. This error code **MUST** be
   * supported for the Data Recipient Software Product and Data Holder CDR Arrangement Revocation
   * endpoint.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Invalid Consent Arrangement
   * Whose words: description: Consumer Data Standards (Australia)'s published text; message:
   * Consumer Data Standards (Australia)'s published text.
   * HTTP: 422.
   */
  readonly AUTHORISATION_INVALID_ARRANGEMENT: "urn:au-cds:error:cds-all:Authorisation/InvalidArrangement";
  /**
   * The page being requested it out of of range. For example, the valid pagination range is 5 pages
   * and the client requested `page=10`). The error _detail_ **SHOULD** be the maximum number of
   * pages that are available. This error code **MUST** be supported for unauthenticated and
   * authenticated APIs.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Invalid Page
   * Whose words: description: Consumer Data Standards (Australia)'s published text; message:
   * Consumer Data Standards (Australia)'s published text.
   * HTTP: 422.
   */
  readonly FIELD_INVALID_PAGE: "urn:au-cds:error:cds-all:Field/InvalidPage";
  /**
   * The brand provided to get the Data Recipient Software Product software statement assertion is
   * invalid. Applies to the _dataRecipientBrandId_ path parameter for CDR Register APIs.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Invalid Brand
   * Whose words: description: Consumer Data Standards (Australia)'s published text; message:
   * Consumer Data Standards (Australia)'s published text.
   * HTTP: 404.
   */
  readonly REGISTER_FIELD_INVALID_BRAND: "urn:au-cds:error:cds-register:Field/InvalidBrand";
  /**
   * The industry requested in the path to get Data Recipient Software Product or Data Holder
   * metadata is invalid / does not exist and cannot be found. Applies to the _industry_ path
   * parameter for CDR Register APIs.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Invalid Industry
   * Whose words: description: Consumer Data Standards (Australia)'s published text; message:
   * Consumer Data Standards (Australia)'s published text.
   * HTTP: 404.
   */
  readonly REGISTER_FIELD_INVALID_INDUSTRY: "urn:au-cds:error:cds-register:Field/InvalidIndustry";
  /**
   * The software product requested to get the Data Recipient Software Product software statement
   * assertion is invalid or cannot be found. Applies to the _softwareProductId_ path parameter.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Invalid Software Product
   * Whose words: description: Consumer Data Standards (Australia)'s published text; message:
   * Consumer Data Standards (Australia)'s published text.
   * HTTP: 404.
   */
  readonly REGISTER_FIELD_INVALID_SOFTWARE_PRODUCT: "urn:au-cds:error:cds-register:Field/InvalidSoftwareProduct";
} = /* @__PURE__ */ membersOf(CdrErrorCodeCategories, CdrErrorCodeAliases, {
  "urn:au-cds:error:cds-all:GeneralError/Expected": "GENERAL_ERROR_EXPECTED",
  "urn:au-cds:error:cds-all:GeneralError/Unexpected": "GENERAL_ERROR_UNEXPECTED",
  "urn:au-cds:error:cds-all:Service/Unavailable": "SERVICE_UNAVAILABLE",
  "urn:au-cds:error:cds-all:Field/Missing": "FIELD_MISSING",
  "urn:au-cds:error:cds-all:Header/Missing": "HEADER_MISSING",
  "urn:au-cds:error:cds-all:Field/Invalid": "FIELD_INVALID",
  "urn:au-cds:error:cds-all:Header/Invalid": "HEADER_INVALID",
  "urn:au-cds:error:cds-all:Field/InvalidDateTime": "FIELD_INVALID_DATE_TIME",
  "urn:au-cds:error:cds-all:Field/InvalidPageSize": "FIELD_INVALID_PAGE_SIZE",
  "urn:au-cds:error:cds-all:Header/InvalidVersion": "HEADER_INVALID_VERSION",
  "urn:au-cds:error:cds-all:Authorisation/AdrStatusNotActive": "AUTHORISATION_ADR_STATUS_NOT_ACTIVE",
  "urn:au-cds:error:cds-all:Authorisation/RevokedConsent": "AUTHORISATION_REVOKED_CONSENT",
  "urn:au-cds:error:cds-all:Authorisation/InvalidConsent": "AUTHORISATION_INVALID_CONSENT",
  "urn:au-cds:error:cds-all:Resource/NotImplemented": "RESOURCE_NOT_IMPLEMENTED",
  "urn:au-cds:error:cds-all:Resource/NotFound": "RESOURCE_NOT_FOUND",
  "urn:au-cds:error:cds-all:Resource/Invalid": "RESOURCE_INVALID",
  "urn:au-cds:error:cds-all:Resource/Unavailable": "RESOURCE_UNAVAILABLE",
  "urn:au-cds:error:cds-banking:Authorisation/InvalidBankingAccount": "AUTHORISATION_INVALID_BANKING_ACCOUNT",
  "urn:au-cds:error:cds-banking:Authorisation/UnavailableBankingAccount": "AUTHORISATION_UNAVAILABLE_BANKING_ACCOUNT",
  "urn:au-cds:error:cds-energy:Authorisation/InvalidEnergyAccount": "AUTHORISATION_INVALID_ENERGY_ACCOUNT",
  "urn:au-cds:error:cds-energy:Authorisation/UnavailableEnergyAccount": "AUTHORISATION_UNAVAILABLE_ENERGY_ACCOUNT",
  "urn:au-cds:error:cds-energy:Authorisation/InvalidServicePoint": "AUTHORISATION_INVALID_SERVICE_POINT",
  "urn:au-cds:error:cds-energy:Authorisation/UnavailableServicePoint": "AUTHORISATION_UNAVAILABLE_SERVICE_POINT",
  "urn:au-cds:error:cds-all:Header/UnsupportedVersion": "HEADER_UNSUPPORTED_VERSION",
  "urn:au-cds:error:cds-all:Authorisation/InvalidArrangement": "AUTHORISATION_INVALID_ARRANGEMENT",
  "urn:au-cds:error:cds-all:Field/InvalidPage": "FIELD_INVALID_PAGE",
  "urn:au-cds:error:cds-register:Field/InvalidBrand": "REGISTER_FIELD_INVALID_BRAND",
  "urn:au-cds:error:cds-register:Field/InvalidIndustry": "REGISTER_FIELD_INVALID_INDUSTRY",
  "urn:au-cds:error:cds-register:Field/InvalidSoftwareProduct": "REGISTER_FIELD_INVALID_SOFTWARE_PRODUCT",
});
export type CdrErrorCode = (typeof CdrErrorCode)[keyof typeof CdrErrorCode];
/** A CdrErrorCode as read from the wire: a known value or any other string. */
export type CdrErrorCodeOrUnknown = CdrErrorCode | (string & {});
/** The catalog's metadata of every CdrErrorCode value. */
export const CdrErrorCodeInfo: { readonly [V in CdrErrorCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/cdr/error_code",
  {
    "urn:au-cds:error:cds-all:GeneralError/Expected": {
      name: "GENERAL_ERROR_EXPECTED",
      description: "An error code that can be used, when an expected error occurs that is otherwise not covered by a more specific error.\n\nThe error _detail_ **SHOULD** be populated with a meaningful error description, without revealing sensitive information.\n\nAn application specific error code **MAY** be provided. The _MetaError » urn_ **MUST** be populated with the standard CDR error code.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["cdr-errors"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["cdr-errors"] },
        message: { by: "provider", sources: ["cdr-errors"] },
      },
      message: "Expected Error Encountered",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "urn:au-cds:error:cds-all:GeneralError/Unexpected": {
      name: "GENERAL_ERROR_UNEXPECTED",
      description: "An error code that can be used, when an unexpected error occurs.\n\nThe error _detail_ **SHOULD** be populated with a meaningful error description, without revealing sensitive information.\n\nAn application specific error code **MAY** be provided. The _MetaError » urn_ **MUST** be populated with the standard CDR error code.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["cdr-errors"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["cdr-errors"] },
        message: { by: "provider", sources: ["cdr-errors"] },
      },
      message: "Unexpected Error Encountered",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "urn:au-cds:error:cds-all:Service/Unavailable": {
      name: "SERVICE_UNAVAILABLE",
      description: "A request is made but the API unavailable as due to an outage.\n\nThe error _detail_ **MAY** describe whether the outage is scheduled or unexpected and whether it is fully unavailable or partially unavailable.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [503],
      sources: ["cdr-errors"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["cdr-errors"] },
        message: { by: "provider", sources: ["cdr-errors"] },
      },
      message: "Service Unavailable",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "urn:au-cds:error:cds-all:Field/Missing": {
      name: "FIELD_MISSING",
      description: "The request is missing a mandatory field required for the API. It **MAY** be a missing query parameter or missing field in the request payload. This error code can be used, where a more specific validation error is not applicable.\n\nThe error _detail_ **SHOULD** be the parameter name of the missing field.\n\nThis error code **MUST** be supported for unauthenticated and authenticated APIs.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["cdr-errors"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["cdr-errors"] },
        message: { by: "provider", sources: ["cdr-errors"] },
      },
      message: "Missing Required Field",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "urn:au-cds:error:cds-all:Header/Missing": {
      name: "HEADER_MISSING",
      description: "A required HTTP header has not been provided.\n\nThe error _detail_ **SHOULD** be the HTTP header name.\n\nThis error code **SHOULD** be supported for unauthenticated and authenticated APIs.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["cdr-errors"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["cdr-errors"] },
        message: { by: "provider", sources: ["cdr-errors"] },
      },
      message: "Missing Required Header",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "urn:au-cds:error:cds-all:Field/Invalid": {
      name: "FIELD_INVALID",
      description: "Applies when the value of the URL parameter or request body parameter is an invalid type or the value violates the field's constraints as defined by the interface contract.\nFor example, _is-owned_ is a Boolean but a DateString value is provided.\n\nThe error _detail_ **SHOULD** be the parameter name of the invalid field. The error _detail_ **MAY** include further details explaining the valid format.\n\nThis error code **MUST** be supported for unauthenticated and authenticated APIs.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["cdr-errors"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["cdr-errors"] },
        message: { by: "provider", sources: ["cdr-errors"] },
      },
      message: "Invalid Field",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "urn:au-cds:error:cds-all:Header/Invalid": {
      name: "HEADER_INVALID",
      description: "Applies when a HTTP Header is provided but the value provided is an invalid type or violates the field type constraints as defined in the CDR Data Standards.\n\nThe error _detail_ **SHOULD** be the HTTP header name. The error _detail_ **MAY** include further details explaining the valid format.\n\nThis error code **SHOULD** be supported for unauthenticated and authenticated APIs.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["cdr-errors"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["cdr-errors"] },
        message: { by: "provider", sources: ["cdr-errors"] },
      },
      message: "Invalid Header",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "urn:au-cds:error:cds-all:Field/InvalidDateTime": {
      name: "FIELD_INVALID_DATE_TIME",
      description: "An invalid date is provided. For example, a future date value is expected, but a date in past or current date is supplied. Applies to DateTimeString, DateString, and TimeString field types.\n\nThe error _detail_ **SHOULD** be the parameter name of the invalid date field. The error _detail_ **MAY** include further details explaining the expected date value.\n\nThis error code **MUST** be supported for unauthenticated and authenticated APIs.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["cdr-errors"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["cdr-errors"] },
        message: { by: "provider", sources: ["cdr-errors"] },
      },
      message: "Invalid Date",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "urn:au-cds:error:cds-all:Field/InvalidPageSize": {
      name: "FIELD_INVALID_PAGE_SIZE",
      description: "The value provided in the _page-size_ pagination field is greater than the maximum allowed by the CDR Data Standards (_page-size_ \u003e `1000`).\n\nThis error code **MUST** be supported for unauthenticated and authenticated APIs.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["cdr-errors"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["cdr-errors"] },
        message: { by: "provider", sources: ["cdr-errors"] },
      },
      message: "Invalid Page Size",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "urn:au-cds:error:cds-all:Header/InvalidVersion": {
      name: "HEADER_INVALID_VERSION",
      description: "A request is made for a version that is not a PositiveInteger.\nFor example:\n`x-min-v`, `x-v` or `x-\u003cHID\u003e-v` are not Integers (e.g. `x-min-v=foo`, `x-v=bar`, `x-ACME-v=cheese`)\n`x-min-v`, `x-v` or `x-\u003cHID\u003e-v` are not positive-value Integers (they are an Integer but `\u003c= 0`)\n\nThis error code **MUST** be supported for unauthenticated and authenticated APIs.\n\nIf the version header is a PositiveInteger but is not a version supported by the Data Holder, the Unsupported Version code applies.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["cdr-errors"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["cdr-errors"] },
        message: { by: "provider", sources: ["cdr-errors"] },
      },
      message: "Invalid Version",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "urn:au-cds:error:cds-all:Authorisation/AdrStatusNotActive": {
      name: "AUTHORISATION_ADR_STATUS_NOT_ACTIVE",
      description: "The ADR or the ADR's software product is not \"active\".\n\nThe error _detail_ **SHOULD** contain the current status of the ADR software product.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [403],
      sources: ["cdr-errors"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["cdr-errors"] },
        message: { by: "provider", sources: ["cdr-errors"] },
      },
      message: "ADR Status Is Not Active",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "urn:au-cds:error:cds-all:Authorisation/RevokedConsent": {
      name: "AUTHORISATION_REVOKED_CONSENT",
      description: "The consumer's consent is no longer authorised (for example revoked or expired) and the requested resource will not be provided.\n\nThis error code **SHOULD** be supported for authenticated APIs.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [403],
      sources: ["cdr-errors"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["cdr-errors"] },
        message: { by: "provider", sources: ["cdr-errors"] },
      },
      message: "Consent Is Revoked",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "urn:au-cds:error:cds-all:Authorisation/InvalidConsent": {
      name: "AUTHORISATION_INVALID_CONSENT",
      description: "The authorised consumer's consent is not associated to the resource requested, is insufficient to execute the resource or is in a status that prevents the resource being executed.\n\nFor example, if consent is awaiting authorisation of a secondary account holder.\n\nThe error _detail_ **SHOULD** be a description of the status of consent without revealing sensitive information.\n\nThis error code **SHOULD** be supported for authenticated APIs.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [403],
      sources: ["cdr-errors"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["cdr-errors"] },
        message: { by: "provider", sources: ["cdr-errors"] },
      },
      message: "Consent Is Invalid",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "urn:au-cds:error:cds-all:Resource/NotImplemented": {
      name: "RESOURCE_NOT_IMPLEMENTED",
      description: "The requested resource URL is a valid API endpoint defined by the CDR Data Standards, but it is not implemented or not currently supported.\n\nThis error code **SHOULD** be supported for unimplemented APIs.",
      category: "institution_not_supported",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [404],
      sources: ["cdr-errors"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["cdr-errors"] },
        message: { by: "provider", sources: ["cdr-errors"] },
      },
      message: "Resource Not Implemented",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "urn:au-cds:error:cds-all:Resource/NotFound": {
      name: "RESOURCE_NOT_FOUND",
      description: "The requested resource URL is not an API endpoint defined by the CDR Data Standards and it is not a URL recognised by the Data Holder or Data Recipient Software Product.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [404],
      sources: ["cdr-errors"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["cdr-errors"] },
        message: { by: "provider", sources: ["cdr-errors"] },
      },
      message: "Resource Not Found",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "urn:au-cds:error:cds-all:Resource/Invalid": {
      name: "RESOURCE_INVALID",
      description: "The requested resource identifier is permanently unavailable. No subsequent request for the resource will be successful.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [404, 422],
      sources: ["cdr-errors"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["cdr-errors"] },
        message: { by: "provider", sources: ["cdr-errors"] },
      },
      message: "Invalid Resource",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "urn:au-cds:error:cds-all:Resource/Unavailable": {
      name: "RESOURCE_UNAVAILABLE",
      description: "The requested resource identifier is temporarily unavailable. Subsequent requests for the resource may be successful.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [404, 422],
      sources: ["cdr-errors"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["cdr-errors"] },
        message: { by: "provider", sources: ["cdr-errors"] },
      },
      message: "Unavailable Resource",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "urn:au-cds:error:cds-banking:Authorisation/InvalidBankingAccount": {
      name: "AUTHORISATION_INVALID_BANKING_ACCOUNT",
      description: "The requested bank account is permanently unavailable. No subsequent request for the account will be successful.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [404, 422],
      sources: ["cdr-errors"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["cdr-errors"] },
        message: { by: "provider", sources: ["cdr-errors"] },
      },
      message: "Invalid Banking Account",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "urn:au-cds:error:cds-banking:Authorisation/UnavailableBankingAccount": {
      name: "AUTHORISATION_UNAVAILABLE_BANKING_ACCOUNT",
      description: "The requested bank account is temporarily unavailable. Subsequent requests for the account may be successful.",
      category: "account_unavailable",
      retryable: true,
      endUserCanRetry: false,
      httpStatuses: [404, 422],
      sources: ["cdr-errors"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["cdr-errors"] },
        message: { by: "provider", sources: ["cdr-errors"] },
      },
      message: "Unavailable Banking Account",
      advice: null,
      userMessage: null,
      aliases: ["urn:au-cds:error:cds-all:Authorisation/UnavailableBankingAccount"],
      nextStep: "retry_later",
      factSources: { next_step: ["cdr-errors"] },
    },
    "urn:au-cds:error:cds-energy:Authorisation/InvalidEnergyAccount": {
      name: "AUTHORISATION_INVALID_ENERGY_ACCOUNT",
      description: "The requested energy account is permanently unavailable. No subsequent request for the account will be successful.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [404, 422],
      sources: ["cdr-errors"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["cdr-errors"] },
        message: { by: "provider", sources: ["cdr-errors"] },
      },
      message: "Invalid Energy Account",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "urn:au-cds:error:cds-energy:Authorisation/UnavailableEnergyAccount": {
      name: "AUTHORISATION_UNAVAILABLE_ENERGY_ACCOUNT",
      description: "The requested energy account is temporarily unavailable. Subsequent requests for the account may be successful.",
      category: "account_unavailable",
      retryable: true,
      endUserCanRetry: false,
      httpStatuses: [404, 422],
      sources: ["cdr-errors"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["cdr-errors"] },
        message: { by: "provider", sources: ["cdr-errors"] },
      },
      message: "Unavailable Energy Account",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "urn:au-cds:error:cds-energy:Authorisation/InvalidServicePoint": {
      name: "AUTHORISATION_INVALID_SERVICE_POINT",
      description: "The requested service point is permanently unavailable. No subsequent request for the service point will be successful.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [404, 422],
      sources: ["cdr-errors"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["cdr-errors"] },
        message: { by: "provider", sources: ["cdr-errors"] },
      },
      message: "Invalid Service Point",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "urn:au-cds:error:cds-energy:Authorisation/UnavailableServicePoint": {
      name: "AUTHORISATION_UNAVAILABLE_SERVICE_POINT",
      description: "The requested service point is temporarily unavailable. Subsequent requests for the service point may be successful.",
      category: "account_unavailable",
      retryable: true,
      endUserCanRetry: false,
      httpStatuses: [404, 422],
      sources: ["cdr-errors"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["cdr-errors"] },
        message: { by: "provider", sources: ["cdr-errors"] },
      },
      message: "Unavailable Service Point",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "urn:au-cds:error:cds-all:Header/UnsupportedVersion": {
      name: "HEADER_UNSUPPORTED_VERSION",
      description: "A request is made for a version that is lower than the minimum version or greater than maximum version the Data Holder supports for the requested endpoint.\n\nThe error _detail_ **MAY** include the minimum and maximum versions the Data Holder supports.\n\nThis error code **MUST** be supported for unauthenticated and authenticated APIs.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [406],
      sources: ["cdr-errors"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["cdr-errors"] },
        message: { by: "provider", sources: ["cdr-errors"] },
      },
      message: "Unsupported Version",
      advice: null,
      userMessage: null,
      aliases: ["urn:au-cds:error:cdr-all:Header/UnsupportedVersion"],
    },
    "urn:au-cds:error:cds-all:Authorisation/InvalidArrangement": {
      name: "AUTHORISATION_INVALID_ARRANGEMENT",
      description: "The arrangement being executed has previously been revoked and no further action will be taken.\n\nThe error _detail_ is the CDR Arrangement ID of the being executed.\n\nThis error code **MUST** be supported for the Data Recipient Software Product and Data Holder CDR Arrangement Revocation endpoint.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["cdr-errors"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["cdr-errors"] },
        message: { by: "provider", sources: ["cdr-errors"] },
      },
      message: "Invalid Consent Arrangement",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "urn:au-cds:error:cds-all:Field/InvalidPage": {
      name: "FIELD_INVALID_PAGE",
      description: "The page being requested it out of of range. For example, the valid pagination range is 5 pages and the client requested `page=10`).\n\nThe error _detail_ **SHOULD** be the maximum number of pages that are available.\n\nThis error code **MUST** be supported for unauthenticated and authenticated APIs.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["cdr-errors"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["cdr-errors"] },
        message: { by: "provider", sources: ["cdr-errors"] },
      },
      message: "Invalid Page",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "urn:au-cds:error:cds-register:Field/InvalidBrand": {
      name: "REGISTER_FIELD_INVALID_BRAND",
      description: "The brand provided to get the Data Recipient Software Product software statement assertion is invalid. Applies to the _dataRecipientBrandId_ path parameter for CDR Register APIs.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [404],
      sources: ["cdr-errors"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["cdr-errors"] },
        message: { by: "provider", sources: ["cdr-errors"] },
      },
      message: "Invalid Brand",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "urn:au-cds:error:cds-register:Field/InvalidIndustry": {
      name: "REGISTER_FIELD_INVALID_INDUSTRY",
      description: "The industry requested in the path to get Data Recipient Software Product or Data Holder metadata is invalid / does not exist and cannot be found. Applies to the _industry_ path parameter for CDR Register APIs.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [404],
      sources: ["cdr-errors"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["cdr-errors"] },
        message: { by: "provider", sources: ["cdr-errors"] },
      },
      message: "Invalid Industry",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "urn:au-cds:error:cds-register:Field/InvalidSoftwareProduct": {
      name: "REGISTER_FIELD_INVALID_SOFTWARE_PRODUCT",
      description: "The software product requested to get the Data Recipient Software Product software statement assertion is invalid or cannot be found. Applies to the _softwareProductId_ path parameter.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [404],
      sources: ["cdr-errors"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["cdr-errors"] },
        message: { by: "provider", sources: ["cdr-errors"] },
      },
      message: "Invalid Software Product",
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
  {
    "urn:au-cds:error:cds-all:GeneralError/Expected": "GENERAL_ERROR_EXPECTED",
    "urn:au-cds:error:cds-all:GeneralError/Unexpected": "GENERAL_ERROR_UNEXPECTED",
    "urn:au-cds:error:cds-all:Service/Unavailable": "SERVICE_UNAVAILABLE",
    "urn:au-cds:error:cds-all:Field/Missing": "FIELD_MISSING",
    "urn:au-cds:error:cds-all:Header/Missing": "HEADER_MISSING",
    "urn:au-cds:error:cds-all:Field/Invalid": "FIELD_INVALID",
    "urn:au-cds:error:cds-all:Header/Invalid": "HEADER_INVALID",
    "urn:au-cds:error:cds-all:Field/InvalidDateTime": "FIELD_INVALID_DATE_TIME",
    "urn:au-cds:error:cds-all:Field/InvalidPageSize": "FIELD_INVALID_PAGE_SIZE",
    "urn:au-cds:error:cds-all:Header/InvalidVersion": "HEADER_INVALID_VERSION",
    "urn:au-cds:error:cds-all:Authorisation/AdrStatusNotActive": "AUTHORISATION_ADR_STATUS_NOT_ACTIVE",
    "urn:au-cds:error:cds-all:Authorisation/RevokedConsent": "AUTHORISATION_REVOKED_CONSENT",
    "urn:au-cds:error:cds-all:Authorisation/InvalidConsent": "AUTHORISATION_INVALID_CONSENT",
    "urn:au-cds:error:cds-all:Resource/NotImplemented": "RESOURCE_NOT_IMPLEMENTED",
    "urn:au-cds:error:cds-all:Resource/NotFound": "RESOURCE_NOT_FOUND",
    "urn:au-cds:error:cds-all:Resource/Invalid": "RESOURCE_INVALID",
    "urn:au-cds:error:cds-all:Resource/Unavailable": "RESOURCE_UNAVAILABLE",
    "urn:au-cds:error:cds-banking:Authorisation/InvalidBankingAccount": "AUTHORISATION_INVALID_BANKING_ACCOUNT",
    "urn:au-cds:error:cds-banking:Authorisation/UnavailableBankingAccount": "AUTHORISATION_UNAVAILABLE_BANKING_ACCOUNT",
    "urn:au-cds:error:cds-energy:Authorisation/InvalidEnergyAccount": "AUTHORISATION_INVALID_ENERGY_ACCOUNT",
    "urn:au-cds:error:cds-energy:Authorisation/UnavailableEnergyAccount": "AUTHORISATION_UNAVAILABLE_ENERGY_ACCOUNT",
    "urn:au-cds:error:cds-energy:Authorisation/InvalidServicePoint": "AUTHORISATION_INVALID_SERVICE_POINT",
    "urn:au-cds:error:cds-energy:Authorisation/UnavailableServicePoint": "AUTHORISATION_UNAVAILABLE_SERVICE_POINT",
    "urn:au-cds:error:cds-all:Header/UnsupportedVersion": "HEADER_UNSUPPORTED_VERSION",
    "urn:au-cds:error:cds-all:Authorisation/InvalidArrangement": "AUTHORISATION_INVALID_ARRANGEMENT",
    "urn:au-cds:error:cds-all:Field/InvalidPage": "FIELD_INVALID_PAGE",
    "urn:au-cds:error:cds-register:Field/InvalidBrand": "REGISTER_FIELD_INVALID_BRAND",
    "urn:au-cds:error:cds-register:Field/InvalidIndustry": "REGISTER_FIELD_INVALID_INDUSTRY",
    "urn:au-cds:error:cds-register:Field/InvalidSoftwareProduct": "REGISTER_FIELD_INVALID_SOFTWARE_PRODUCT",
  },
);
/** Whether a value is a known CdrErrorCode. */
export const isCdrErrorCode = (value: unknown): value is CdrErrorCode => isCodeOf(CdrErrorCodeCategories, CdrErrorCodeAliases, value);
