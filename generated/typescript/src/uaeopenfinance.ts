// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * UAE Open Finance (https://github.com/Nebras-Open-Finance/api-specs): per code set, its aliases,
 * its category table, its constant (identifier -> wire value, built from the table) and its
 * metadata.
 */
import type { Category } from "./categories.js";
import { membersOf } from "./code-tables.js";
import { withPages } from "./pages.js";
import { isCodeOf, type CodeInfo } from "./types.js";

/** Other wire spellings of UaeOpenFinanceErrorCode values (alias -> value). */
export const UaeOpenFinanceErrorCodeAliases: { readonly [alias: string]: UaeOpenFinanceErrorCode } = {
};
/** The category of every UaeOpenFinanceErrorCode value and alias: all a listener needs to read one. */
export const UaeOpenFinanceErrorCodeCategories: { readonly [spelling: string]: Category } = {
  "Consent.Invalid": "integration_error",
  "Consent.BusinessRuleViolation": "rejected",
  "Consent.FailsControlParameters": "rejected",
  "Consent.InvalidUserIdentifier": "integration_error",
  "JWS.InvalidSignature": "integration_error",
  "JWS.Malformed": "integration_error",
  "JWS.InvalidClaim": "integration_error",
  "JWS.InvalidHeader": "integration_error",
  "JWS.InvalidPayload": "integration_error",
  "JWE.DecryptionError": "integration_error",
  "JWE.InvalidHeader": "integration_error",
  GenericRecoverableError: "generic_failure",
  GenericError: "generic_failure",
  "Event.UnexpectedEvent": "integration_error",
  "Body.InvalidFormat": "integration_error",
  "Resource.InvalidFormat": "integration_error",
  "AccessToken.InvalidScope": "integration_error",
  "Consent.TransientAccountAccessFailure": "institution_unavailable",
  "Consent.AccountTemporarilyBlocked": "account_unavailable",
  "Consent.PermanentAccountAccessFailure": "account_unavailable",
};
/**
 * Error code (v2.1): The code of each error of a UAE Open Finance error response (v2.1 and its
 * errata): Errors[].Code of the {Errors: [...]} body, which Account Information, Account Opening,
 * FX and Insurance send as plain JSON or inside a signed JWT (application/jwt, in its message
 * claim), ATM and Product as plain JSON, and the Payment API, Confirmation of Payee and the webhook
 * template only inside the signed JWT. The files (which the repository's README calls “the source
 * of truth”) prescribe these 20 codes by HTTP status: AEError400Code, AEError403Code,
 * AEError409Code (the Payment API alone) and AEError500Code, or AEError400Codes, AEError403Codes
 * and AEErrorGenericCodes in the files that list JWS.InvalidPayload. They give no description of
 * any code: each description here is the text of the standard's guide for banks (the LFI API Hub
 * guide's error tables), except JWS.InvalidPayload's, which the guide does not list and is
 * bankcodes' reading of its name; each category is bankcodes' reading. Besides the prescribed
 * codes, a code may be the answering organisation's own, namespaced (own_codes). Wire field:
 * Errors[].Code of an error body; message.Errors[].Code of a signed error (application/jwt);
 * errorCode of a bank's error response to the API Hub.
 */
export const UaeOpenFinanceErrorCode: {
  /**
   * Consent is invalid or expired
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: UAE Open Finance's published text.
   * HTTP: 400.
   */
  readonly CONSENT_INVALID: "Consent.Invalid";
  /**
   * Business rule violation in consent
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: UAE Open Finance's published text.
   * HTTP: 400.
   */
  readonly CONSENT_BUSINESS_RULE_VIOLATION: "Consent.BusinessRuleViolation";
  /**
   * Consent fails control parameters
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: UAE Open Finance's published text.
   * HTTP: 400.
   */
  readonly CONSENT_FAILS_CONTROL_PARAMETERS: "Consent.FailsControlParameters";
  /**
   * Invalid user identifier in consent
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: UAE Open Finance's published text.
   * HTTP: 400.
   */
  readonly CONSENT_INVALID_USER_IDENTIFIER: "Consent.InvalidUserIdentifier";
  /**
   * JWS signature is invalid
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: UAE Open Finance's published text.
   * HTTP: 400.
   */
  readonly JWS_INVALID_SIGNATURE: "JWS.InvalidSignature";
  /**
   * JWS is malformed
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: UAE Open Finance's published text.
   * HTTP: 400.
   */
  readonly JWS_MALFORMED: "JWS.Malformed";
  /**
   * JWS contains invalid claim
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: UAE Open Finance's published text.
   * HTTP: 400.
   */
  readonly JWS_INVALID_CLAIM: "JWS.InvalidClaim";
  /**
   * JWS header is invalid
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: UAE Open Finance's published text.
   * HTTP: 400.
   */
  readonly JWS_INVALID_HEADER: "JWS.InvalidHeader";
  /**
   * The payload of the request's JWS is not valid.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly JWS_INVALID_PAYLOAD: "JWS.InvalidPayload";
  /**
   * Error decrypting JWE
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: UAE Open Finance's published text.
   * HTTP: 400.
   */
  readonly JWE_DECRYPTION_ERROR: "JWE.DecryptionError";
  /**
   * JWE header is invalid
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: UAE Open Finance's published text.
   * HTTP: 400.
   */
  readonly JWE_INVALID_HEADER: "JWE.InvalidHeader";
  /**
   * Recoverable validation error not covered above — Hub may retry
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: UAE Open Finance's published text.
   * HTTP: 400, 403, 409, 500.
   */
  readonly GENERIC_RECOVERABLE_ERROR: "GenericRecoverableError";
  /**
   * Unrecoverable validation error not covered above
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: UAE Open Finance's published text.
   * HTTP: 400, 403, 409, 500.
   */
  readonly GENERIC_ERROR: "GenericError";
  /**
   * Unexpected event occurred
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: UAE Open Finance's published text.
   * HTTP: 400.
   */
  readonly EVENT_UNEXPECTED_EVENT: "Event.UnexpectedEvent";
  /**
   * Request body is absent, not valid JSON, or does not match the schema
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: UAE Open Finance's published text.
   * HTTP: 400.
   */
  readonly BODY_INVALID_FORMAT: "Body.InvalidFormat";
  /**
   * Field is present but not syntactically valid
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: UAE Open Finance's published text.
   * HTTP: 400.
   */
  readonly RESOURCE_INVALID_FORMAT: "Resource.InvalidFormat";
  /**
   * The Hub's token does not include the required scope
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: UAE Open Finance's published text.
   * HTTP: 403.
   */
  readonly ACCESS_TOKEN_INVALID_SCOPE: "AccessToken.InvalidScope";
  /**
   * Account temporarily inaccessible — Hub may retry after a delay
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: UAE Open Finance's published text.
   * HTTP: 403.
   */
  readonly CONSENT_TRANSIENT_ACCOUNT_ACCESS_FAILURE: "Consent.TransientAccountAccessFailure";
  /**
   * Account temporarily blocked/suspended — Hub may retry after a delay
   * Category: account_unavailable (Account unavailable); retryable: yes.
   * Whose words: description: UAE Open Finance's published text.
   * HTTP: 403.
   */
  readonly CONSENT_ACCOUNT_TEMPORARILY_BLOCKED: "Consent.AccountTemporarilyBlocked";
  /**
   * Account permanently inaccessible due to infrastructure reasons
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: UAE Open Finance's published text.
   * HTTP: 403.
   */
  readonly CONSENT_PERMANENT_ACCOUNT_ACCESS_FAILURE: "Consent.PermanentAccountAccessFailure";
} = /* @__PURE__ */ membersOf(UaeOpenFinanceErrorCodeCategories, UaeOpenFinanceErrorCodeAliases, {
  "Consent.Invalid": "CONSENT_INVALID",
  "Consent.BusinessRuleViolation": "CONSENT_BUSINESS_RULE_VIOLATION",
  "Consent.FailsControlParameters": "CONSENT_FAILS_CONTROL_PARAMETERS",
  "Consent.InvalidUserIdentifier": "CONSENT_INVALID_USER_IDENTIFIER",
  "JWS.InvalidSignature": "JWS_INVALID_SIGNATURE",
  "JWS.Malformed": "JWS_MALFORMED",
  "JWS.InvalidClaim": "JWS_INVALID_CLAIM",
  "JWS.InvalidHeader": "JWS_INVALID_HEADER",
  "JWS.InvalidPayload": "JWS_INVALID_PAYLOAD",
  "JWE.DecryptionError": "JWE_DECRYPTION_ERROR",
  "JWE.InvalidHeader": "JWE_INVALID_HEADER",
  GenericRecoverableError: "GENERIC_RECOVERABLE_ERROR",
  GenericError: "GENERIC_ERROR",
  "Event.UnexpectedEvent": "EVENT_UNEXPECTED_EVENT",
  "Body.InvalidFormat": "BODY_INVALID_FORMAT",
  "Resource.InvalidFormat": "RESOURCE_INVALID_FORMAT",
  "AccessToken.InvalidScope": "ACCESS_TOKEN_INVALID_SCOPE",
  "Consent.TransientAccountAccessFailure": "CONSENT_TRANSIENT_ACCOUNT_ACCESS_FAILURE",
  "Consent.AccountTemporarilyBlocked": "CONSENT_ACCOUNT_TEMPORARILY_BLOCKED",
  "Consent.PermanentAccountAccessFailure": "CONSENT_PERMANENT_ACCOUNT_ACCESS_FAILURE",
});
export type UaeOpenFinanceErrorCode = (typeof UaeOpenFinanceErrorCode)[keyof typeof UaeOpenFinanceErrorCode];
/** A UaeOpenFinanceErrorCode as read from the wire: a known value or any other string. */
export type UaeOpenFinanceErrorCodeOrUnknown = UaeOpenFinanceErrorCode | (string & {});
/** The catalog's metadata of every UaeOpenFinanceErrorCode value. */
export const UaeOpenFinanceErrorCodeInfo: { readonly [V in UaeOpenFinanceErrorCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/uaeopenfinance/error_code",
  {
    "Consent.Invalid": {
      name: "CONSENT_INVALID",
      description: "Consent is invalid or expired",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: [
        "uaeopenfinance-payment",
        "uaeopenfinance-account-information",
        "uaeopenfinance-atm",
        "uaeopenfinance-product",
        "uaeopenfinance-account-opening",
        "uaeopenfinance-confirmation-of-payee",
        "uaeopenfinance-fx",
        "uaeopenfinance-insurance",
        "uaeopenfinance-webhook",
        "uae-cs-lfi-single-instant-payment",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["uae-cs-lfi-single-instant-payment"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "Consent.BusinessRuleViolation": {
      name: "CONSENT_BUSINESS_RULE_VIOLATION",
      description: "Business rule violation in consent",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: [
        "uaeopenfinance-payment",
        "uaeopenfinance-account-information",
        "uaeopenfinance-atm",
        "uaeopenfinance-product",
        "uaeopenfinance-account-opening",
        "uaeopenfinance-confirmation-of-payee",
        "uaeopenfinance-fx",
        "uaeopenfinance-insurance",
        "uaeopenfinance-webhook",
        "uae-cs-lfi-single-instant-payment",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["uae-cs-lfi-single-instant-payment"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "Consent.FailsControlParameters": {
      name: "CONSENT_FAILS_CONTROL_PARAMETERS",
      description: "Consent fails control parameters",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: [
        "uaeopenfinance-payment",
        "uaeopenfinance-account-information",
        "uaeopenfinance-atm",
        "uaeopenfinance-product",
        "uaeopenfinance-account-opening",
        "uaeopenfinance-confirmation-of-payee",
        "uaeopenfinance-fx",
        "uaeopenfinance-insurance",
        "uaeopenfinance-webhook",
        "uae-cs-lfi-single-instant-payment",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["uae-cs-lfi-single-instant-payment"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "Consent.InvalidUserIdentifier": {
      name: "CONSENT_INVALID_USER_IDENTIFIER",
      description: "Invalid user identifier in consent",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: [
        "uaeopenfinance-payment",
        "uaeopenfinance-account-information",
        "uaeopenfinance-atm",
        "uaeopenfinance-product",
        "uaeopenfinance-account-opening",
        "uaeopenfinance-confirmation-of-payee",
        "uaeopenfinance-fx",
        "uaeopenfinance-insurance",
        "uaeopenfinance-webhook",
        "uae-cs-lfi-single-instant-payment",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["uae-cs-lfi-single-instant-payment"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "JWS.InvalidSignature": {
      name: "JWS_INVALID_SIGNATURE",
      description: "JWS signature is invalid",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: [
        "uaeopenfinance-payment",
        "uaeopenfinance-account-information",
        "uaeopenfinance-atm",
        "uaeopenfinance-product",
        "uaeopenfinance-account-opening",
        "uaeopenfinance-confirmation-of-payee",
        "uaeopenfinance-fx",
        "uaeopenfinance-insurance",
        "uaeopenfinance-webhook",
        "uae-cs-lfi-single-instant-payment",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["uae-cs-lfi-single-instant-payment"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "JWS.Malformed": {
      name: "JWS_MALFORMED",
      description: "JWS is malformed",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: [
        "uaeopenfinance-payment",
        "uaeopenfinance-account-information",
        "uaeopenfinance-atm",
        "uaeopenfinance-product",
        "uaeopenfinance-account-opening",
        "uaeopenfinance-confirmation-of-payee",
        "uaeopenfinance-fx",
        "uaeopenfinance-insurance",
        "uaeopenfinance-webhook",
        "uae-cs-lfi-single-instant-payment",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["uae-cs-lfi-single-instant-payment"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "JWS.InvalidClaim": {
      name: "JWS_INVALID_CLAIM",
      description: "JWS contains invalid claim",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: [
        "uaeopenfinance-payment",
        "uaeopenfinance-account-information",
        "uaeopenfinance-atm",
        "uaeopenfinance-product",
        "uaeopenfinance-account-opening",
        "uaeopenfinance-confirmation-of-payee",
        "uaeopenfinance-fx",
        "uaeopenfinance-insurance",
        "uaeopenfinance-webhook",
        "uae-cs-lfi-single-instant-payment",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["uae-cs-lfi-single-instant-payment"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "JWS.InvalidHeader": {
      name: "JWS_INVALID_HEADER",
      description: "JWS header is invalid",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: [
        "uaeopenfinance-payment",
        "uaeopenfinance-account-information",
        "uaeopenfinance-atm",
        "uaeopenfinance-product",
        "uaeopenfinance-account-opening",
        "uaeopenfinance-confirmation-of-payee",
        "uaeopenfinance-fx",
        "uaeopenfinance-insurance",
        "uaeopenfinance-webhook",
        "uae-cs-lfi-single-instant-payment",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["uae-cs-lfi-single-instant-payment"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "JWS.InvalidPayload": {
      name: "JWS_INVALID_PAYLOAD",
      description: "The payload of the request's JWS is not valid.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: [
        "uaeopenfinance-account-opening",
        "uaeopenfinance-confirmation-of-payee",
        "uaeopenfinance-fx",
        "uaeopenfinance-insurance",
        "uaeopenfinance-webhook",
      ],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "JWE.DecryptionError": {
      name: "JWE_DECRYPTION_ERROR",
      description: "Error decrypting JWE",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: [
        "uaeopenfinance-payment",
        "uaeopenfinance-account-information",
        "uaeopenfinance-atm",
        "uaeopenfinance-product",
        "uaeopenfinance-account-opening",
        "uaeopenfinance-confirmation-of-payee",
        "uaeopenfinance-fx",
        "uaeopenfinance-insurance",
        "uaeopenfinance-webhook",
        "uae-cs-lfi-single-instant-payment",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["uae-cs-lfi-single-instant-payment"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "JWE.InvalidHeader": {
      name: "JWE_INVALID_HEADER",
      description: "JWE header is invalid",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: [
        "uaeopenfinance-payment",
        "uaeopenfinance-account-information",
        "uaeopenfinance-atm",
        "uaeopenfinance-product",
        "uaeopenfinance-account-opening",
        "uaeopenfinance-confirmation-of-payee",
        "uaeopenfinance-fx",
        "uaeopenfinance-insurance",
        "uaeopenfinance-webhook",
        "uae-cs-lfi-single-instant-payment",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["uae-cs-lfi-single-instant-payment"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    GenericRecoverableError: {
      name: "GENERIC_RECOVERABLE_ERROR",
      description: "Recoverable validation error not covered above — Hub may retry",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [400, 403, 409, 500],
      sources: [
        "uaeopenfinance-payment",
        "uaeopenfinance-account-information",
        "uaeopenfinance-atm",
        "uaeopenfinance-product",
        "uaeopenfinance-account-opening",
        "uaeopenfinance-confirmation-of-payee",
        "uaeopenfinance-fx",
        "uaeopenfinance-insurance",
        "uaeopenfinance-webhook",
        "uae-cs-lfi-single-instant-payment",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["uae-cs-lfi-single-instant-payment"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    GenericError: {
      name: "GENERIC_ERROR",
      description: "Unrecoverable validation error not covered above",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [400, 403, 409, 500],
      sources: [
        "uaeopenfinance-payment",
        "uaeopenfinance-account-information",
        "uaeopenfinance-atm",
        "uaeopenfinance-product",
        "uaeopenfinance-account-opening",
        "uaeopenfinance-confirmation-of-payee",
        "uaeopenfinance-fx",
        "uaeopenfinance-insurance",
        "uaeopenfinance-webhook",
        "uae-cs-lfi-single-instant-payment",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["uae-cs-lfi-single-instant-payment"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "Event.UnexpectedEvent": {
      name: "EVENT_UNEXPECTED_EVENT",
      description: "Unexpected event occurred",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: [
        "uaeopenfinance-payment",
        "uaeopenfinance-account-information",
        "uaeopenfinance-atm",
        "uaeopenfinance-product",
        "uaeopenfinance-account-opening",
        "uaeopenfinance-confirmation-of-payee",
        "uaeopenfinance-fx",
        "uaeopenfinance-insurance",
        "uaeopenfinance-webhook",
        "uae-cs-lfi-single-instant-payment",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["uae-cs-lfi-single-instant-payment"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "Body.InvalidFormat": {
      name: "BODY_INVALID_FORMAT",
      description: "Request body is absent, not valid JSON, or does not match the schema",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: [
        "uaeopenfinance-payment",
        "uaeopenfinance-account-information",
        "uaeopenfinance-atm",
        "uaeopenfinance-product",
        "uaeopenfinance-account-opening",
        "uaeopenfinance-confirmation-of-payee",
        "uaeopenfinance-fx",
        "uaeopenfinance-insurance",
        "uaeopenfinance-webhook",
        "uae-cs-lfi-single-instant-payment",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["uae-cs-lfi-single-instant-payment"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "Resource.InvalidFormat": {
      name: "RESOURCE_INVALID_FORMAT",
      description: "Field is present but not syntactically valid",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: [
        "uaeopenfinance-payment",
        "uaeopenfinance-account-information",
        "uaeopenfinance-atm",
        "uaeopenfinance-product",
        "uaeopenfinance-account-opening",
        "uaeopenfinance-confirmation-of-payee",
        "uaeopenfinance-fx",
        "uaeopenfinance-insurance",
        "uaeopenfinance-webhook",
        "uae-cs-lfi-single-instant-payment",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["uae-cs-lfi-single-instant-payment"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "AccessToken.InvalidScope": {
      name: "ACCESS_TOKEN_INVALID_SCOPE",
      description: "The Hub's token does not include the required scope",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [403],
      sources: [
        "uaeopenfinance-payment",
        "uaeopenfinance-account-information",
        "uaeopenfinance-atm",
        "uaeopenfinance-product",
        "uaeopenfinance-account-opening",
        "uaeopenfinance-confirmation-of-payee",
        "uaeopenfinance-fx",
        "uaeopenfinance-insurance",
        "uaeopenfinance-webhook",
        "uae-cs-lfi-single-instant-payment",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["uae-cs-lfi-single-instant-payment"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "Consent.TransientAccountAccessFailure": {
      name: "CONSENT_TRANSIENT_ACCOUNT_ACCESS_FAILURE",
      description: "Account temporarily inaccessible — Hub may retry after a delay",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [403],
      sources: [
        "uaeopenfinance-payment",
        "uaeopenfinance-account-information",
        "uaeopenfinance-atm",
        "uaeopenfinance-product",
        "uaeopenfinance-account-opening",
        "uaeopenfinance-confirmation-of-payee",
        "uaeopenfinance-fx",
        "uaeopenfinance-insurance",
        "uaeopenfinance-webhook",
        "uae-cs-lfi-single-instant-payment",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["uae-cs-lfi-single-instant-payment"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "Consent.AccountTemporarilyBlocked": {
      name: "CONSENT_ACCOUNT_TEMPORARILY_BLOCKED",
      description: "Account temporarily blocked/suspended — Hub may retry after a delay",
      category: "account_unavailable",
      retryable: true,
      endUserCanRetry: false,
      httpStatuses: [403],
      sources: [
        "uaeopenfinance-payment",
        "uaeopenfinance-account-information",
        "uaeopenfinance-atm",
        "uaeopenfinance-product",
        "uaeopenfinance-account-opening",
        "uaeopenfinance-confirmation-of-payee",
        "uaeopenfinance-fx",
        "uaeopenfinance-insurance",
        "uaeopenfinance-webhook",
        "uae-cs-lfi-single-instant-payment",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["uae-cs-lfi-single-instant-payment"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "retry_later",
      factSources: { next_step: ["uae-cs-lfi-single-instant-payment"] },
    },
    "Consent.PermanentAccountAccessFailure": {
      name: "CONSENT_PERMANENT_ACCOUNT_ACCESS_FAILURE",
      description: "Account permanently inaccessible due to infrastructure reasons",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [403],
      sources: [
        "uaeopenfinance-payment",
        "uaeopenfinance-account-information",
        "uaeopenfinance-atm",
        "uaeopenfinance-product",
        "uaeopenfinance-account-opening",
        "uaeopenfinance-confirmation-of-payee",
        "uaeopenfinance-fx",
        "uaeopenfinance-insurance",
        "uaeopenfinance-webhook",
        "uae-cs-lfi-single-instant-payment",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["uae-cs-lfi-single-instant-payment"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known UaeOpenFinanceErrorCode. */
export const isUaeOpenFinanceErrorCode = (value: unknown): value is UaeOpenFinanceErrorCode => isCodeOf(UaeOpenFinanceErrorCodeCategories, UaeOpenFinanceErrorCodeAliases, value);

/** Other wire spellings of UaeOpenFinanceConsentStatus values (alias -> value). */
export const UaeOpenFinanceConsentStatusAliases: { readonly [alias: string]: UaeOpenFinanceConsentStatus } = {
};
/** The category of every UaeOpenFinanceConsentStatus value and alias: all a listener needs to read one. */
export const UaeOpenFinanceConsentStatusCategories: { readonly [spelling: string]: Category } = {
  AwaitingAuthorization: "pending",
  Authorized: "success",
  Rejected: "rejected",
  Revoked: "reconnect_required",
  Expired: "reconnect_required",
  Consumed: "success",
  Suspended: "institution_unavailable",
};
/**
 * Consent status: The status of a consent (AEConsentStatus.AEConsentStatusCodes, “Specifies the
 * status of a consent.”): each description is the files' table's, and each code's notes give its
 * State Type there (Pending, In Use or Terminal). The authorization endpoints, Insurance and
 * webhook template files also have AEConsentStatusCode, the same values without Consumed and
 * without descriptions. A consent may be set to Revoked (PATCH) only while it is Authorized or
 * AwaitingAuthorization. Wire field: Data.Status of a consent.
 */
export const UaeOpenFinanceConsentStatus: {
  /**
   * The consent is awaiting authorization.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: UAE Open Finance's published text.
   */
  readonly AwaitingAuthorization: "AwaitingAuthorization";
  /**
   * The consent has been successfully authorized.
   * Category: success (Success); retryable: no.
   * Whose words: description: UAE Open Finance's published text.
   */
  readonly Authorized: "Authorized";
  /**
   * The unauthorized consent has been rejected at the LFI.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: UAE Open Finance's published text.
   */
  readonly Rejected: "Rejected";
  /**
   * The consent has been revoked at the TPP or LFI.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: UAE Open Finance's published text.
   */
  readonly Revoked: "Revoked";
  /**
   * The consent is now expired.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: UAE Open Finance's published text.
   */
  readonly Expired: "Expired";
  /**
   * The consented action(s) have either been completed successfully.
   * Category: success (Success); retryable: no.
   * Whose words: description: UAE Open Finance's published text.
   */
  readonly Consumed: "Consumed";
  /**
   * The consent has been suspended, pending further enquiries.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: UAE Open Finance's published text.
   */
  readonly Suspended: "Suspended";
} = /* @__PURE__ */ membersOf(UaeOpenFinanceConsentStatusCategories, UaeOpenFinanceConsentStatusAliases);
export type UaeOpenFinanceConsentStatus = (typeof UaeOpenFinanceConsentStatus)[keyof typeof UaeOpenFinanceConsentStatus];
/** A UaeOpenFinanceConsentStatus as read from the wire: a known value or any other string. */
export type UaeOpenFinanceConsentStatusOrUnknown = UaeOpenFinanceConsentStatus | (string & {});
/** The catalog's metadata of every UaeOpenFinanceConsentStatus value. */
export const UaeOpenFinanceConsentStatusInfo: { readonly [V in UaeOpenFinanceConsentStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/uaeopenfinance/consent_status",
  {
    AwaitingAuthorization: {
      description: "The consent is awaiting authorization.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "uaeopenfinance-payment",
        "uaeopenfinance-account-information",
        "uaeopenfinance-authorization",
        "uaeopenfinance-webhook",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "uaeopenfinance-payment",
            "uaeopenfinance-account-information",
            "uaeopenfinance-authorization",
            "uaeopenfinance-webhook",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    Authorized: {
      description: "The consent has been successfully authorized.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "uaeopenfinance-payment",
        "uaeopenfinance-account-information",
        "uaeopenfinance-authorization",
        "uaeopenfinance-webhook",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "uaeopenfinance-payment",
            "uaeopenfinance-account-information",
            "uaeopenfinance-authorization",
            "uaeopenfinance-webhook",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    Rejected: {
      description: "The unauthorized consent has been rejected at the LFI.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "uaeopenfinance-payment",
        "uaeopenfinance-account-information",
        "uaeopenfinance-authorization",
        "uaeopenfinance-webhook",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "uaeopenfinance-payment",
            "uaeopenfinance-account-information",
            "uaeopenfinance-authorization",
            "uaeopenfinance-webhook",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      state: "needs_end_user",
      stateReason: "The user did not authorise the consent.",
      factSources: { state: ["uae-cs-consent"] },
    },
    Revoked: {
      description: "The consent has been revoked at the TPP or LFI.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "uaeopenfinance-payment",
        "uaeopenfinance-account-information",
        "uaeopenfinance-authorization",
        "uaeopenfinance-webhook",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "uaeopenfinance-payment",
            "uaeopenfinance-account-information",
            "uaeopenfinance-authorization",
            "uaeopenfinance-webhook",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      state: "revoked",
      stateReason: "The consent was revoked (RevokedBy says by whom).",
      factSources: { state: ["uae-cs-consent"] },
    },
    Expired: {
      description: "The consent is now expired.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "uaeopenfinance-payment",
        "uaeopenfinance-account-information",
        "uaeopenfinance-authorization",
        "uaeopenfinance-webhook",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "uaeopenfinance-payment",
            "uaeopenfinance-account-information",
            "uaeopenfinance-authorization",
            "uaeopenfinance-webhook",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "renew_consent",
      state: "consent_ended",
      stateReason: "Expired is a terminal state: the user re-consents.",
      factSources: { state: ["uae-cs-consent"] },
    },
    Consumed: {
      description: "The consented action(s) have either been completed successfully.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "uaeopenfinance-payment",
        "uaeopenfinance-account-information",
        "uaeopenfinance-authorization",
        "uaeopenfinance-webhook",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "uaeopenfinance-payment",
            "uaeopenfinance-account-information",
            "uaeopenfinance-authorization",
            "uaeopenfinance-webhook",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      state: "consent_ended",
      stateReason: "A single-use consent was used.",
      factSources: { state: ["uae-cs-consent"] },
    },
    Suspended: {
      description: "The consent has been suspended, pending further enquiries.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "uaeopenfinance-payment",
        "uaeopenfinance-account-information",
        "uaeopenfinance-authorization",
        "uaeopenfinance-webhook",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "uaeopenfinance-payment",
            "uaeopenfinance-account-information",
            "uaeopenfinance-authorization",
            "uaeopenfinance-webhook",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      state: "needs_end_user",
      stateReason: "Suspended is an LFI-initiated, non-terminal state (an expired Emirates ID, for example): it clears when the block does.",
      factSources: { state: ["uae-cs-consent"] },
    },
  },
);
/** Whether a value is a known UaeOpenFinanceConsentStatus. */
export const isUaeOpenFinanceConsentStatus = (value: unknown): value is UaeOpenFinanceConsentStatus => isCodeOf(UaeOpenFinanceConsentStatusCategories, UaeOpenFinanceConsentStatusAliases, value);

/** Other wire spellings of UaeOpenFinancePaymentStatus values (alias -> value). */
export const UaeOpenFinancePaymentStatusAliases: { readonly [alias: string]: UaeOpenFinancePaymentStatus } = {
};
/** The category of every UaeOpenFinancePaymentStatus value and alias: all a listener needs to read one. */
export const UaeOpenFinancePaymentStatusCategories: { readonly [spelling: string]: Category } = {
  Pending: "pending",
  AcceptedSettlementCompleted: "success",
  AcceptedCreditSettlementCompleted: "success",
  AcceptedWithoutPosting: "success",
  Rejected: "rejected",
};
/**
 * Payment status: The status of a payment (AEPaymentStatus, “Specifies the status of the payment
 * information group”), each description the file's text for the value. A Rejected payment carries
 * RejectReasonCode: namespaced codes of the organisation or system that rejected it (such as AANI),
 * of which the files list none. Wire field: Data.Status of a payment.
 */
export const UaeOpenFinancePaymentStatus: {
  /**
   * Payment initiation or individual transaction included in the payment initiation is pending.
   * Further checks and status update will be performed.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: UAE Open Finance's published text.
   */
  readonly Pending: "Pending";
  /**
   * Settlement of the Debtor's account has been completed
   * Category: success (Success); retryable: no.
   * Whose words: description: UAE Open Finance's published text.
   */
  readonly AcceptedSettlementCompleted: "AcceptedSettlementCompleted";
  /**
   * When the Creditor account has been credited with the funds of the payment initiated via the TPP
   * Category: success (Success); retryable: no.
   * Whose words: description: UAE Open Finance's published text.
   */
  readonly AcceptedCreditSettlementCompleted: "AcceptedCreditSettlementCompleted";
  /**
   * When the Recipient Bank has accepted the payment but has not applied the credit to the Creditor
   * account yet.
   * Category: success (Success); retryable: no.
   * Whose words: description: UAE Open Finance's published text.
   */
  readonly AcceptedWithoutPosting: "AcceptedWithoutPosting";
  /**
   * The payment initiation has been rejected
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: UAE Open Finance's published text.
   */
  readonly Rejected: "Rejected";
} = /* @__PURE__ */ membersOf(UaeOpenFinancePaymentStatusCategories, UaeOpenFinancePaymentStatusAliases);
export type UaeOpenFinancePaymentStatus = (typeof UaeOpenFinancePaymentStatus)[keyof typeof UaeOpenFinancePaymentStatus];
/** A UaeOpenFinancePaymentStatus as read from the wire: a known value or any other string. */
export type UaeOpenFinancePaymentStatusOrUnknown = UaeOpenFinancePaymentStatus | (string & {});
/** The catalog's metadata of every UaeOpenFinancePaymentStatus value. */
export const UaeOpenFinancePaymentStatusInfo: { readonly [V in UaeOpenFinancePaymentStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/uaeopenfinance/payment_status",
  {
    Pending: {
      description: "Payment initiation or individual transaction included in the payment initiation is pending. Further checks and status update will be performed.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["uaeopenfinance-payment", "uaeopenfinance-webhook"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["uaeopenfinance-payment", "uaeopenfinance-webhook"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AcceptedSettlementCompleted: {
      description: "Settlement of the Debtor's account has been completed",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["uaeopenfinance-payment", "uaeopenfinance-webhook"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["uaeopenfinance-payment", "uaeopenfinance-webhook"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AcceptedCreditSettlementCompleted: {
      description: "When the Creditor account has been credited with the funds of the payment initiated via the TPP",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["uaeopenfinance-payment", "uaeopenfinance-webhook"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["uaeopenfinance-payment", "uaeopenfinance-webhook"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AcceptedWithoutPosting: {
      description: "When the Recipient Bank has accepted the payment but has not applied the credit to the Creditor account yet.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["uaeopenfinance-payment", "uaeopenfinance-webhook"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["uaeopenfinance-payment", "uaeopenfinance-webhook"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    Rejected: {
      description: "The payment initiation has been rejected",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["uaeopenfinance-payment", "uaeopenfinance-webhook"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["uaeopenfinance-payment", "uaeopenfinance-webhook"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known UaeOpenFinancePaymentStatus. */
export const isUaeOpenFinancePaymentStatus = (value: unknown): value is UaeOpenFinancePaymentStatus => isCodeOf(UaeOpenFinancePaymentStatusCategories, UaeOpenFinancePaymentStatusAliases, value);

/** Other wire spellings of UaeOpenFinanceFilePaymentStatus values (alias -> value). */
export const UaeOpenFinanceFilePaymentStatusAliases: { readonly [alias: string]: UaeOpenFinanceFilePaymentStatus } = {
};
/** The category of every UaeOpenFinanceFilePaymentStatus value and alias: all a listener needs to read one. */
export const UaeOpenFinanceFilePaymentStatusCategories: { readonly [spelling: string]: Category } = {
  Received: "pending",
  Rejected: "rejected",
};
/**
 * File payment status: The status of a file payment (AEFilePaymentStatus), each description the
 * file's text for the value. Wire field: Data.Status of a file payment.
 */
export const UaeOpenFinanceFilePaymentStatus: {
  /**
   * The file payment has been received.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: UAE Open Finance's published text.
   */
  readonly Received: "Received";
  /**
   * The file payment has been rejected.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: UAE Open Finance's published text.
   */
  readonly Rejected: "Rejected";
} = /* @__PURE__ */ membersOf(UaeOpenFinanceFilePaymentStatusCategories, UaeOpenFinanceFilePaymentStatusAliases);
export type UaeOpenFinanceFilePaymentStatus = (typeof UaeOpenFinanceFilePaymentStatus)[keyof typeof UaeOpenFinanceFilePaymentStatus];
/** A UaeOpenFinanceFilePaymentStatus as read from the wire: a known value or any other string. */
export type UaeOpenFinanceFilePaymentStatusOrUnknown = UaeOpenFinanceFilePaymentStatus | (string & {});
/** The catalog's metadata of every UaeOpenFinanceFilePaymentStatus value. */
export const UaeOpenFinanceFilePaymentStatusInfo: { readonly [V in UaeOpenFinanceFilePaymentStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/uaeopenfinance/file_payment_status",
  {
    Received: {
      description: "The file payment has been received.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["uaeopenfinance-payment"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["uaeopenfinance-payment"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    Rejected: {
      description: "The file payment has been rejected.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["uaeopenfinance-payment"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["uaeopenfinance-payment"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known UaeOpenFinanceFilePaymentStatus. */
export const isUaeOpenFinanceFilePaymentStatus = (value: unknown): value is UaeOpenFinanceFilePaymentStatus => isCodeOf(UaeOpenFinanceFilePaymentStatusCategories, UaeOpenFinanceFilePaymentStatusAliases, value);

/** Other wire spellings of UaeOpenFinanceRevokedBy values (alias -> value). */
export const UaeOpenFinanceRevokedByAliases: { readonly [alias: string]: UaeOpenFinanceRevokedBy } = {
};
/** The category of every UaeOpenFinanceRevokedBy value and alias: all a listener needs to read one. */
export const UaeOpenFinanceRevokedByCategories: { readonly [spelling: string]: Category } = {
  LFI: "informational",
  TPP: "informational",
  "LFI.InitiatedByUser": "informational",
  "TPP.InitiatedByUser": "informational",
};
/**
 * Who revoked a consent: Who revoked a consent (AEConsentStatus.AERevokedByCodes, “Denotes the
 * Identifier of the revocation.”), each description the files' table's. It names an actor, not an
 * outcome: the consent's status is Revoked. Wire field: Data.RevokedBy of a revoked consent.
 */
export const UaeOpenFinanceRevokedBy: {
  /**
   * Revoked by LFI without User initiation
   * Category: informational (Informational); retryable: no.
   * Whose words: description: UAE Open Finance's published text.
   */
  readonly LFI: "LFI";
  /**
   * Revoked by TPP without User initiation
   * Category: informational (Informational); retryable: no.
   * Whose words: description: UAE Open Finance's published text.
   */
  readonly TPP: "TPP";
  /**
   * Initiated by User via the LFI
   * Category: informational (Informational); retryable: no.
   * Whose words: description: UAE Open Finance's published text.
   */
  readonly LFI_INITIATED_BY_USER: "LFI.InitiatedByUser";
  /**
   * Initiated by User via the TPP
   * Category: informational (Informational); retryable: no.
   * Whose words: description: UAE Open Finance's published text.
   */
  readonly TPP_INITIATED_BY_USER: "TPP.InitiatedByUser";
} = /* @__PURE__ */ membersOf(UaeOpenFinanceRevokedByCategories, UaeOpenFinanceRevokedByAliases, {
  "LFI.InitiatedByUser": "LFI_INITIATED_BY_USER",
  "TPP.InitiatedByUser": "TPP_INITIATED_BY_USER",
});
export type UaeOpenFinanceRevokedBy = (typeof UaeOpenFinanceRevokedBy)[keyof typeof UaeOpenFinanceRevokedBy];
/** A UaeOpenFinanceRevokedBy as read from the wire: a known value or any other string. */
export type UaeOpenFinanceRevokedByOrUnknown = UaeOpenFinanceRevokedBy | (string & {});
/** The catalog's metadata of every UaeOpenFinanceRevokedBy value. */
export const UaeOpenFinanceRevokedByInfo: { readonly [V in UaeOpenFinanceRevokedBy]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/uaeopenfinance/revoked_by",
  {
    LFI: {
      description: "Revoked by LFI without User initiation",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "uaeopenfinance-payment",
        "uaeopenfinance-account-information",
        "uaeopenfinance-authorization",
        "uaeopenfinance-webhook",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "uaeopenfinance-payment",
            "uaeopenfinance-account-information",
            "uaeopenfinance-authorization",
            "uaeopenfinance-webhook",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TPP: {
      description: "Revoked by TPP without User initiation",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "uaeopenfinance-payment",
        "uaeopenfinance-account-information",
        "uaeopenfinance-authorization",
        "uaeopenfinance-webhook",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "uaeopenfinance-payment",
            "uaeopenfinance-account-information",
            "uaeopenfinance-authorization",
            "uaeopenfinance-webhook",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "LFI.InitiatedByUser": {
      name: "LFI_INITIATED_BY_USER",
      description: "Initiated by User via the LFI",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "uaeopenfinance-payment",
        "uaeopenfinance-account-information",
        "uaeopenfinance-authorization",
        "uaeopenfinance-webhook",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "uaeopenfinance-payment",
            "uaeopenfinance-account-information",
            "uaeopenfinance-authorization",
            "uaeopenfinance-webhook",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "TPP.InitiatedByUser": {
      name: "TPP_INITIATED_BY_USER",
      description: "Initiated by User via the TPP",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "uaeopenfinance-payment",
        "uaeopenfinance-account-information",
        "uaeopenfinance-authorization",
        "uaeopenfinance-webhook",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "uaeopenfinance-payment",
            "uaeopenfinance-account-information",
            "uaeopenfinance-authorization",
            "uaeopenfinance-webhook",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known UaeOpenFinanceRevokedBy. */
export const isUaeOpenFinanceRevokedBy = (value: unknown): value is UaeOpenFinanceRevokedBy => isCodeOf(UaeOpenFinanceRevokedByCategories, UaeOpenFinanceRevokedByAliases, value);

/** Other wire spellings of UaeOpenFinanceOAuthError values (alias -> value). */
export const UaeOpenFinanceOAuthErrorAliases: { readonly [alias: string]: UaeOpenFinanceOAuthError } = {
};
/** The category of every UaeOpenFinanceOAuthError value and alias: all a listener needs to read one. */
export const UaeOpenFinanceOAuthErrorCategories: { readonly [spelling: string]: Category } = {
  invalid_request: "integration_error",
  invalid_client: "integration_error",
  invalid_grant: "reconnect_required",
  unauthorized_client: "integration_error",
  unsupported_grant_type: "integration_error",
  invalid_scope: "integration_error",
};
/**
 * OAuth error of the authorization endpoints: The error of an HTTP 400 answer of POST /par and POST
 * /token (OAuthErrorResponse: error, with error_description and error_uri). Wire field: error of an
 * OAuthErrorResponse body.
 */
export const UaeOpenFinanceOAuthError: {
  /**
   * The request is missing something it needs or is malformed.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly invalid_request: "invalid_request";
  /**
   * The client (the TPP) could not be authenticated.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly invalid_client: "invalid_client";
  /**
   * The grant given (an authorization code or a refresh token) is not valid, or no longer is.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly invalid_grant: "invalid_grant";
  /**
   * The client (the TPP) may not use this grant.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly unauthorized_client: "unauthorized_client";
  /**
   * The grant type is not supported.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly unsupported_grant_type: "unsupported_grant_type";
  /**
   * The scope asked for is not valid.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly invalid_scope: "invalid_scope";
} = /* @__PURE__ */ membersOf(UaeOpenFinanceOAuthErrorCategories, UaeOpenFinanceOAuthErrorAliases);
export type UaeOpenFinanceOAuthError = (typeof UaeOpenFinanceOAuthError)[keyof typeof UaeOpenFinanceOAuthError];
/** A UaeOpenFinanceOAuthError as read from the wire: a known value or any other string. */
export type UaeOpenFinanceOAuthErrorOrUnknown = UaeOpenFinanceOAuthError | (string & {});
/** The catalog's metadata of every UaeOpenFinanceOAuthError value. */
export const UaeOpenFinanceOAuthErrorInfo: { readonly [V in UaeOpenFinanceOAuthError]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/uaeopenfinance/oauth_error",
  {
    invalid_request: {
      description: "The request is missing something it needs or is malformed.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["uaeopenfinance-authorization"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_client: {
      description: "The client (the TPP) could not be authenticated.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["uaeopenfinance-authorization"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_grant: {
      description: "The grant given (an authorization code or a refresh token) is not valid, or no longer is.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["uaeopenfinance-authorization"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    unauthorized_client: {
      description: "The client (the TPP) may not use this grant.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["uaeopenfinance-authorization"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    unsupported_grant_type: {
      description: "The grant type is not supported.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["uaeopenfinance-authorization"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_scope: {
      description: "The scope asked for is not valid.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["uaeopenfinance-authorization"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known UaeOpenFinanceOAuthError. */
export const isUaeOpenFinanceOAuthError = (value: unknown): value is UaeOpenFinanceOAuthError => isCodeOf(UaeOpenFinanceOAuthErrorCategories, UaeOpenFinanceOAuthErrorAliases, value);
