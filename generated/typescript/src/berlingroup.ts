// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * Berlin Group NextGenPSD2 (https://www.berlin-group.org/): per code set, its aliases, its category
 * table, its constant (identifier -> wire value, built from the table) and its metadata.
 */
import type { Category } from "./categories.js";
import { membersOf } from "./code-tables.js";
import { withPages } from "./pages.js";
import { isCodeOf, type CodeInfo } from "./types.js";

/** Other wire spellings of BerlinGroupMessageCode values (alias -> value). */
export const BerlinGroupMessageCodeAliases: { readonly [alias: string]: BerlinGroupMessageCode } = {
  CERTIFICATE_REVOKED: "CERTIFICATE_REVOKE",
  KID_MISSING: "REQUIRED_KID_MISSING",
};
/** The category of every BerlinGroupMessageCode value and alias: all a listener needs to read one. */
export const BerlinGroupMessageCodeCategories: { readonly [spelling: string]: Category } = {
  WARNING: "success",
  FORMAT_ERROR: "integration_error",
  PARAMETER_NOT_CONSISTENT: "integration_error",
  PARAMETER_NOT_SUPPORTED: "integration_error",
  SERVICE_INVALID: "integration_error",
  RESOURCE_UNKNOWN: "integration_error",
  RESOURCE_EXPIRED: "session_expired",
  RESOURCE_BLOCKED: "integration_error",
  TIMESTAMP_INVALID: "integration_error",
  PERIOD_INVALID: "integration_error",
  SCA_METHOD_UNKNOWN: "integration_error",
  SCA_INVALID: "mfa_failed",
  CONSENT_UNKNOWN: "integration_error",
  SESSIONS_NOT_SUPPORTED: "integration_error",
  PAYMENT_FAILED: "rejected",
  EXECUTION_DATE_INVALID: "integration_error",
  CARD_INVALID: "account_unavailable",
  NO_PIIS_ACTIVATION: "action_required_at_institution",
  REFERENCE_MIX_INVALID: "integration_error",
  CERTIFICATE_INVALID: "integration_error",
  ROLE_INVALID: "integration_error",
  CERTIFICATE_EXPIRED: "integration_error",
  CERTIFICATE_BLOCKED: "integration_error",
  CERTIFICATE_REVOKE: "integration_error",
  CERTIFICATE_REVOKED: "integration_error",
  CERTIFICATE_MISSING: "integration_error",
  SIGNATURE_INVALID: "integration_error",
  SIGNATURE_MISSING: "integration_error",
  CORPORATE_ID_INVALID: "credentials_invalid",
  PSU_CREDENTIALS_INVALID: "credentials_invalid",
  CONSENT_INVALID: "reconnect_required",
  CONSENT_EXPIRED: "reconnect_required",
  TOKEN_UNKNOWN: "integration_error",
  TOKEN_INVALID: "integration_error",
  TOKEN_EXPIRED: "reconnect_required",
  REQUIRED_KID_MISSING: "integration_error",
  KID_MISSING: "integration_error",
  SERVICE_BLOCKED: "action_required_at_institution",
  PRODUCT_INVALID: "rejected",
  PRODUCT_UNKNOWN: "integration_error",
  CANCELLATION_INVALID: "rejected",
  REQUESTED_FORMATS_INVALID: "integration_error",
  STATUS_INVALID: "integration_error",
  REFERENCE_STATUS_INVALID: "integration_error",
  ACCESS_EXCEEDED: "rate_limited",
  FUNDS_NOT_AVAILABLE: "rejected",
  BENEFICIARY_WHITELISTING_REQUIRED: "action_required_at_institution",
};
/**
 * Message code: The code of an error or warning of an XS2A response: each tppMessages entry's code
 * in the NextGenPSD2 body (application/json), or the code and each additionalErrors entry's code in
 * the RFC 7807 body (application/problem+json), and the code of a message sent with a successful
 * answer. The Berlin Group's OpenAPI files 1.3.8 and 1.3.11, each read whole, list the codes
 * allowed for each HTTP status and service (MessageCode<status>_<service>), each a code without a
 * text of its own. The texts are the Berlin Group's Implementation Guidelines 1.3.8 (section 14.11
 * Message Code), published under CC BY-ND 4.0: a description not marked as bankcodes' wording is
 * quoted from them verbatim, with credit, and never reworded. The file 1.3.11 adds
 * FUNDS_NOT_AVAILABLE (200, a payment initiation's status) and BENEFICIARY_WHITELISTING_REQUIRED
 * (201, a payment initiation), which the 1.3.8 Guidelines do not list (their descriptions are
 * bankcodes' wording), lists WARNING for the 201 answer to a payment initiation too, spells
 * REQUIRED_KID_MISSING as KID_MISSING (one code, whose new spelling is its alias), and lists every
 * other code under the same HTTP statuses and services as 1.3.8. The notes quote an
 * implementation's text where there is one. Wire field: tppMessages[].code (application/json), or
 * code and additionalErrors[].code (application/problem+json), of an XS2A error response;
 * tppMessages[].code of a successful (2xx) response.
 */
export const BerlinGroupMessageCode: {
  /**
   * A warning sent with a successful (2xx) response; its text says what it is about.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 201.
   */
  readonly WARNING: "WARNING";
  /**
   * Format of certain request fields are not matching the XS2A requirements. An explicit path to
   * the corresponding field might be added in the return message. This applies to headers and body
   * entries. It also applies in cases where these entries are referring to erroneous or not
   * existing data instances, e.g. a malformed IBAN.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Berlin Group NextGenPSD2's published text.
   * HTTP: 400.
   */
  readonly FORMAT_ERROR: "FORMAT_ERROR";
  /**
   * Parameters submitted by TPP are not consistent. This applies only for query parameters.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Berlin Group NextGenPSD2's published text.
   * HTTP: 400.
   */
  readonly PARAMETER_NOT_CONSISTENT: "PARAMETER_NOT_CONSISTENT";
  /**
   * The parameter is not supported by the API provider. This code should only be used for
   * parameters that are described as "optional if supported by API provider."
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Berlin Group NextGenPSD2's published text.
   * HTTP: 400.
   */
  readonly PARAMETER_NOT_SUPPORTED: "PARAMETER_NOT_SUPPORTED";
  /**
   * The addressed service is not valid for the addressed resources or the submitted data.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Berlin Group NextGenPSD2's published text.
   * HTTP: 400, 405.
   */
  readonly SERVICE_INVALID: "SERVICE_INVALID";
  /**
   * The addressed resource is unknown relative to the TPP. An example for a payload reference is
   * creating a signing basket with an unknown resource identficiation.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Berlin Group NextGenPSD2's published text.
   * HTTP: 400, 403, 404.
   */
  readonly RESOURCE_UNKNOWN: "RESOURCE_UNKNOWN";
  /**
   * The addressed resource is associated with the TPP but has expired, not addressable anymore.
   * Category: session_expired (Session expired); retryable: no.
   * Whose words: description: Berlin Group NextGenPSD2's published text.
   * HTTP: 400, 403.
   */
  readonly RESOURCE_EXPIRED: "RESOURCE_EXPIRED";
  /**
   * The addressed resource is not addressable by this request, since it is blocked e.g. by a
   * grouping in a signing basket.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Berlin Group NextGenPSD2's published text.
   * HTTP: 400.
   */
  readonly RESOURCE_BLOCKED: "RESOURCE_BLOCKED";
  /**
   * Timestamp not in accepted time period.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Berlin Group NextGenPSD2's published text.
   * HTTP: 400.
   */
  readonly TIMESTAMP_INVALID: "TIMESTAMP_INVALID";
  /**
   * Requested time period out of bound.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Berlin Group NextGenPSD2's published text.
   * HTTP: 400.
   */
  readonly PERIOD_INVALID: "PERIOD_INVALID";
  /**
   * Addressed SCA method in the Authentication Method Select Request is unknown or cannot be
   * matched by the ASPSP with the PSU.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Berlin Group NextGenPSD2's published text.
   * HTTP: 400.
   */
  readonly SCA_METHOD_UNKNOWN: "SCA_METHOD_UNKNOWN";
  /**
   * Method Application on authorisation resource (e.g. Confirmation Request) blocked since SCA
   * status of the resource equals "failed".
   * Category: mfa_failed (MFA failed); retryable: no.
   * Whose words: description: Berlin Group NextGenPSD2's published text.
   * HTTP: 400.
   */
  readonly SCA_INVALID: "SCA_INVALID";
  /**
   * The Consent-ID cannot be matched by the ASPSP relative to the TPP.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Berlin Group NextGenPSD2's published text.
   * HTTP: 400, 403.
   */
  readonly CONSENT_UNKNOWN: "CONSENT_UNKNOWN";
  /**
   * The combined service flag may not be used with this ASPSP.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Berlin Group NextGenPSD2's published text.
   * HTTP: 400.
   */
  readonly SESSIONS_NOT_SUPPORTED: "SESSIONS_NOT_SUPPORTED";
  /**
   * The payment initiation POST request failed during the initial process. Additional information
   * may be provided by the ASPSP.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Berlin Group NextGenPSD2's published text.
   * HTTP: 400.
   */
  readonly PAYMENT_FAILED: "PAYMENT_FAILED";
  /**
   * The requested execution date is not a valid execution date for the ASPSP.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Berlin Group NextGenPSD2's published text.
   * HTTP: 400.
   */
  readonly EXECUTION_DATE_INVALID: "EXECUTION_DATE_INVALID";
  /**
   * Addressed card number is unknown to the ASPSP or not associated to the PSU.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: Berlin Group NextGenPSD2's published text.
   * HTTP: 400.
   */
  readonly CARD_INVALID: "CARD_INVALID";
  /**
   * The PSU has not activated the addressed account for the usage of the PIIS associated with the
   * TPP.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: Berlin Group NextGenPSD2's published text.
   * HTTP: 400.
   */
  readonly NO_PIIS_ACTIVATION: "NO_PIIS_ACTIVATION";
  /**
   * The used combination of referenced objects is not supported in the ASPSPs signing basket
   * function.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Berlin Group NextGenPSD2's published text.
   * HTTP: 400.
   */
  readonly REFERENCE_MIX_INVALID: "REFERENCE_MIX_INVALID";
  /**
   * The contents of the signature/corporate seal certificate are not matching PSD2 general PSD2 or
   * attribute requirements.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Berlin Group NextGenPSD2's published text.
   * HTTP: 401.
   */
  readonly CERTIFICATE_INVALID: "CERTIFICATE_INVALID";
  /**
   * The TPP does not have the correct PSD2 role to access this service.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Berlin Group NextGenPSD2's published text.
   * HTTP: 401.
   */
  readonly ROLE_INVALID: "ROLE_INVALID";
  /**
   * Signature/corporate seal certificate is expired.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Berlin Group NextGenPSD2's published text.
   * HTTP: 401.
   */
  readonly CERTIFICATE_EXPIRED: "CERTIFICATE_EXPIRED";
  /**
   * Signature/corporate seal certificate has been blocked by the ASPSP or the related NCA.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Berlin Group NextGenPSD2's published text.
   * HTTP: 401.
   */
  readonly CERTIFICATE_BLOCKED: "CERTIFICATE_BLOCKED";
  /**
   * Signature/corporate seal certificate has been revoked by QSTP.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Berlin Group NextGenPSD2's published text.
   * HTTP: 401.
   */
  readonly CERTIFICATE_REVOKE: "CERTIFICATE_REVOKE";
  /**
   * Signature/corporate seal certificate was not available in the request but is mandated for the
   * corresponding.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Berlin Group NextGenPSD2's published text.
   * HTTP: 401.
   */
  readonly CERTIFICATE_MISSING: "CERTIFICATE_MISSING";
  /**
   * Application layer eIDAS Signature for TPP authentication is not correct.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Berlin Group NextGenPSD2's published text.
   * HTTP: 401.
   */
  readonly SIGNATURE_INVALID: "SIGNATURE_INVALID";
  /**
   * Application layer eIDAS Signature for TPP authentication is mandated by the ASPSP but is
   * missing.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Berlin Group NextGenPSD2's published text.
   * HTTP: 401.
   */
  readonly SIGNATURE_MISSING: "SIGNATURE_MISSING";
  /**
   * The PSU-Corporate-ID cannot be matched by the addressed ASPSP.
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Whose words: description: Berlin Group NextGenPSD2's published text.
   * HTTP: 401.
   */
  readonly CORPORATE_ID_INVALID: "CORPORATE_ID_INVALID";
  /**
   * The PSU-ID cannot be matched by the addressed ASPSP or is blocked, or a password resp. OTP was
   * not correct. Additional information might be added.
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Whose words: description: Berlin Group NextGenPSD2's published text.
   * HTTP: 401.
   */
  readonly PSU_CREDENTIALS_INVALID: "PSU_CREDENTIALS_INVALID";
  /**
   * The consent was created by this TPP but is not valid for the addressed service/resource.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Berlin Group NextGenPSD2's published text.
   * HTTP: 401.
   */
  readonly CONSENT_INVALID: "CONSENT_INVALID";
  /**
   * The consent was created by this TPP but has expired and needs to be renewed.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Berlin Group NextGenPSD2's published text.
   * HTTP: 401.
   */
  readonly CONSENT_EXPIRED: "CONSENT_EXPIRED";
  /**
   * The OAuth2 token cannot be matched by the ASPSP relative to the TPP.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Berlin Group NextGenPSD2's published text.
   * HTTP: 401.
   */
  readonly TOKEN_UNKNOWN: "TOKEN_UNKNOWN";
  /**
   * The OAuth2 token is associated to the TPP but is not valid for the addressed service/resource.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Berlin Group NextGenPSD2's published text.
   * HTTP: 401.
   */
  readonly TOKEN_INVALID: "TOKEN_INVALID";
  /**
   * The OAuth2 token is associated to the TPP but has expired and needs to be renewed.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Berlin Group NextGenPSD2's published text.
   * HTTP: 401.
   */
  readonly TOKEN_EXPIRED: "TOKEN_EXPIRED";
  /**
   * The payment initiation has failed due to a missing KID. This is a specific message code for the
   * Norwegian market, where ASPSP can require the payer to transmit the KID.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Berlin Group NextGenPSD2's published text.
   * HTTP: 401.
   */
  readonly REQUIRED_KID_MISSING: "REQUIRED_KID_MISSING";
  /**
   * This service is not reachable for the addressed PSU due to a channel independent blocking by
   * the ASPSP. Additional information might be given by the ASPSP.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: Berlin Group NextGenPSD2's published text.
   * HTTP: 403.
   */
  readonly SERVICE_BLOCKED: "SERVICE_BLOCKED";
  /**
   * The addressed payment product is not available for the PSU .
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Berlin Group NextGenPSD2's published text.
   * HTTP: 403.
   */
  readonly PRODUCT_INVALID: "PRODUCT_INVALID";
  /**
   * The addressed payment product is not supported by the ASPSP.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Berlin Group NextGenPSD2's published text.
   * HTTP: 404.
   */
  readonly PRODUCT_UNKNOWN: "PRODUCT_UNKNOWN";
  /**
   * The addressed payment is not cancellable e.g. due to cut off time passed or legal constraints.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Berlin Group NextGenPSD2's published text.
   * HTTP: 405.
   */
  readonly CANCELLATION_INVALID: "CANCELLATION_INVALID";
  /**
   * The requested formats in the Accept header entry are not matching the formats offered by the
   * ASPSP.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Berlin Group NextGenPSD2's published text.
   * HTTP: 406.
   */
  readonly REQUESTED_FORMATS_INVALID: "REQUESTED_FORMATS_INVALID";
  /**
   * The addressed resource does not allow addtitional authorisation.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Berlin Group NextGenPSD2's published text.
   * HTTP: 409.
   */
  readonly STATUS_INVALID: "STATUS_INVALID";
  /**
   * At least one of the references is already fully authorised.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Berlin Group NextGenPSD2's published text.
   * HTTP: 409.
   */
  readonly REFERENCE_STATUS_INVALID: "REFERENCE_STATUS_INVALID";
  /**
   * The access on the account has been exceeding the consented multiplicity without PSU involvement
   * per day.
   * Category: rate_limited (Rate limited); retryable: yes.
   * Whose words: description: Berlin Group NextGenPSD2's published text.
   * HTTP: 429.
   */
  readonly ACCESS_EXCEEDED: "ACCESS_EXCEEDED";
  /**
   * A message of the answer to a payment initiation's status request saying that the funds for the
   * payment are not available.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 200.
   */
  readonly FUNDS_NOT_AVAILABLE: "FUNDS_NOT_AVAILABLE";
  /**
   * A message of the 201 answer to a payment initiation saying that the payee must first be
   * whitelisted, as a trusted beneficiary, with the ASPSP.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 201.
   */
  readonly BENEFICIARY_WHITELISTING_REQUIRED: "BENEFICIARY_WHITELISTING_REQUIRED";
} = /* @__PURE__ */ membersOf(BerlinGroupMessageCodeCategories, BerlinGroupMessageCodeAliases);
export type BerlinGroupMessageCode = (typeof BerlinGroupMessageCode)[keyof typeof BerlinGroupMessageCode];
/** A BerlinGroupMessageCode as read from the wire: a known value or any other string. */
export type BerlinGroupMessageCodeOrUnknown = BerlinGroupMessageCode | (string & {});
/** The catalog's metadata of every BerlinGroupMessageCode value. */
export const BerlinGroupMessageCodeInfo: { readonly [V in BerlinGroupMessageCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/berlingroup/message_code",
  {
    WARNING: {
      description: "A warning sent with a successful (2xx) response; its text says what it is about.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [201],
      sources: ["berlingroup-psd2-api-1-3-8", "berlingroup-psd2-api-1-3-11"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: ["berlingroup-psd2-api-1-3-8"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FORMAT_ERROR: {
      description: "Format of certain request fields are not matching the XS2A requirements. An explicit path to the corresponding field might be added in the return message.\n\nThis applies to headers and body entries. It also applies in cases where these entries are referring to erroneous or not existing data instances, e.g. a malformed IBAN.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: [
        "berlingroup-psd2-api-1-3-8",
        "berlingroup-psd2-api-1-3-11",
        "berlingroup-ig-1-3-8",
        "berlingroup-adorsys-xs2a-error-messages",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["berlingroup-ig-1-3-8"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PARAMETER_NOT_CONSISTENT: {
      description: "Parameters submitted by TPP are not consistent. This applies only for query parameters.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: [
        "berlingroup-psd2-api-1-3-8",
        "berlingroup-psd2-api-1-3-11",
        "berlingroup-ig-1-3-8",
        "berlingroup-adorsys-xs2a-error-messages",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["berlingroup-ig-1-3-8"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PARAMETER_NOT_SUPPORTED: {
      description: "The parameter is not supported by the API provider. This code should only be used for parameters that are described as \"optional if supported by API provider.\"",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: [
        "berlingroup-psd2-api-1-3-8",
        "berlingroup-psd2-api-1-3-11",
        "berlingroup-ig-1-3-8",
        "berlingroup-adorsys-xs2a-error-messages",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["berlingroup-ig-1-3-8"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SERVICE_INVALID: {
      description: "The addressed service is not valid for the addressed resources or the submitted data.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400, 405],
      sources: [
        "berlingroup-psd2-api-1-3-8",
        "berlingroup-psd2-api-1-3-11",
        "berlingroup-ig-1-3-8",
        "berlingroup-adorsys-xs2a-error-messages",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["berlingroup-ig-1-3-8"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RESOURCE_UNKNOWN: {
      description: "The addressed resource is unknown relative to the TPP.\n\nAn example for a payload reference is creating a signing basket with an unknown resource identficiation.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400, 403, 404],
      sources: [
        "berlingroup-psd2-api-1-3-8",
        "berlingroup-psd2-api-1-3-11",
        "berlingroup-ig-1-3-8",
        "berlingroup-adorsys-xs2a-error-messages",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["berlingroup-ig-1-3-8"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RESOURCE_EXPIRED: {
      description: "The addressed resource is associated with the TPP but has expired, not addressable anymore.",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [400, 403],
      sources: [
        "berlingroup-psd2-api-1-3-8",
        "berlingroup-psd2-api-1-3-11",
        "berlingroup-ig-1-3-8",
        "berlingroup-adorsys-xs2a-error-messages",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["berlingroup-ig-1-3-8"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RESOURCE_BLOCKED: {
      description: "The addressed resource is not addressable by this request, since it is blocked e.g. by a grouping in a signing basket.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: [
        "berlingroup-psd2-api-1-3-8",
        "berlingroup-psd2-api-1-3-11",
        "berlingroup-ig-1-3-8",
        "berlingroup-adorsys-xs2a-error-messages",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["berlingroup-ig-1-3-8"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TIMESTAMP_INVALID: {
      description: "Timestamp not in accepted time period.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: [
        "berlingroup-psd2-api-1-3-8",
        "berlingroup-psd2-api-1-3-11",
        "berlingroup-ig-1-3-8",
        "berlingroup-adorsys-xs2a-error-messages",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["berlingroup-ig-1-3-8"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PERIOD_INVALID: {
      description: "Requested time period out of bound.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: [
        "berlingroup-psd2-api-1-3-8",
        "berlingroup-psd2-api-1-3-11",
        "berlingroup-ig-1-3-8",
        "berlingroup-adorsys-xs2a-error-messages",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["berlingroup-ig-1-3-8"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SCA_METHOD_UNKNOWN: {
      description: "Addressed SCA method in the Authentication Method Select Request is unknown or cannot be matched by the ASPSP with the PSU.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: [
        "berlingroup-psd2-api-1-3-8",
        "berlingroup-psd2-api-1-3-11",
        "berlingroup-ig-1-3-8",
        "berlingroup-adorsys-xs2a-error-messages",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["berlingroup-ig-1-3-8"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SCA_INVALID: {
      description: "Method Application on authorisation resource (e.g. Confirmation Request) blocked since SCA status of the resource equals \"failed\".",
      category: "mfa_failed",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: [
        "berlingroup-psd2-api-1-3-8",
        "berlingroup-psd2-api-1-3-11",
        "berlingroup-ig-1-3-8",
        "berlingroup-adorsys-xs2a-error-messages",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["berlingroup-ig-1-3-8"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CONSENT_UNKNOWN: {
      description: "The Consent-ID cannot be matched by the ASPSP relative to the TPP.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400, 403],
      sources: [
        "berlingroup-psd2-api-1-3-8",
        "berlingroup-psd2-api-1-3-11",
        "berlingroup-ig-1-3-8",
        "berlingroup-adorsys-xs2a-error-messages",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["berlingroup-ig-1-3-8"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SESSIONS_NOT_SUPPORTED: {
      description: "The combined service flag may not be used with this ASPSP.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: [
        "berlingroup-psd2-api-1-3-8",
        "berlingroup-psd2-api-1-3-11",
        "berlingroup-ig-1-3-8",
        "berlingroup-adorsys-xs2a-error-messages",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["berlingroup-ig-1-3-8"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAYMENT_FAILED: {
      description: "The payment initiation POST request failed during the initial process. Additional information may be provided by the ASPSP.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: [
        "berlingroup-psd2-api-1-3-8",
        "berlingroup-psd2-api-1-3-11",
        "berlingroup-ig-1-3-8",
        "berlingroup-adorsys-xs2a-error-messages",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["berlingroup-ig-1-3-8"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    EXECUTION_DATE_INVALID: {
      description: "The requested execution date is not a valid execution date for the ASPSP.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: [
        "berlingroup-psd2-api-1-3-8",
        "berlingroup-psd2-api-1-3-11",
        "berlingroup-ig-1-3-8",
        "berlingroup-adorsys-xs2a-error-messages",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["berlingroup-ig-1-3-8"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CARD_INVALID: {
      description: "Addressed card number is unknown to the ASPSP or not associated to the PSU.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: [
        "berlingroup-psd2-api-1-3-8",
        "berlingroup-psd2-api-1-3-11",
        "berlingroup-ig-1-3-8",
        "berlingroup-adorsys-xs2a-error-messages",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["berlingroup-ig-1-3-8"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    NO_PIIS_ACTIVATION: {
      description: "The PSU has not activated the addressed account for the usage of the PIIS associated with the TPP.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: [
        "berlingroup-psd2-api-1-3-8",
        "berlingroup-psd2-api-1-3-11",
        "berlingroup-ig-1-3-8",
        "berlingroup-adorsys-xs2a-error-messages",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["berlingroup-ig-1-3-8"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REFERENCE_MIX_INVALID: {
      description: "The used combination of referenced objects is not supported in the ASPSPs signing basket function.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: [
        "berlingroup-psd2-api-1-3-8",
        "berlingroup-psd2-api-1-3-11",
        "berlingroup-ig-1-3-8",
        "berlingroup-adorsys-xs2a-error-messages",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["berlingroup-ig-1-3-8"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CERTIFICATE_INVALID: {
      description: "The contents of the signature/corporate seal certificate are not matching PSD2 general PSD2 or attribute requirements.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: [
        "berlingroup-psd2-api-1-3-8",
        "berlingroup-psd2-api-1-3-11",
        "berlingroup-ig-1-3-8",
        "berlingroup-adorsys-xs2a-error-messages",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["berlingroup-ig-1-3-8"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ROLE_INVALID: {
      description: "The TPP does not have the correct PSD2 role to access this service.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: [
        "berlingroup-psd2-api-1-3-8",
        "berlingroup-psd2-api-1-3-11",
        "berlingroup-ig-1-3-8",
        "berlingroup-adorsys-xs2a-error-messages",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["berlingroup-ig-1-3-8"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CERTIFICATE_EXPIRED: {
      description: "Signature/corporate seal certificate is expired.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: [
        "berlingroup-psd2-api-1-3-8",
        "berlingroup-psd2-api-1-3-11",
        "berlingroup-ig-1-3-8",
        "berlingroup-adorsys-xs2a-error-messages",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["berlingroup-ig-1-3-8"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CERTIFICATE_BLOCKED: {
      description: "Signature/corporate seal certificate has been blocked by the ASPSP or the related NCA.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: [
        "berlingroup-psd2-api-1-3-8",
        "berlingroup-psd2-api-1-3-11",
        "berlingroup-ig-1-3-8",
        "berlingroup-adorsys-xs2a-error-messages",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["berlingroup-ig-1-3-8"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CERTIFICATE_REVOKE: {
      description: "Signature/corporate seal certificate has been revoked by QSTP.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: [
        "berlingroup-psd2-api-1-3-8",
        "berlingroup-psd2-api-1-3-11",
        "berlingroup-ig-1-3-8",
        "berlingroup-adorsys-xs2a-error-messages",
        "berlingroup-adorsys-xs2a-message-error-code",
        "berlingroup-wso2-tpp-message",
        "berlingroup-wso2-signature-validation",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["berlingroup-ig-1-3-8"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["CERTIFICATE_REVOKED"],
    },
    CERTIFICATE_MISSING: {
      description: "Signature/corporate seal certificate was not available in the request but is mandated for the corresponding.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: [
        "berlingroup-psd2-api-1-3-8",
        "berlingroup-psd2-api-1-3-11",
        "berlingroup-ig-1-3-8",
        "berlingroup-adorsys-xs2a-error-messages",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["berlingroup-ig-1-3-8"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SIGNATURE_INVALID: {
      description: "Application layer eIDAS Signature for TPP authentication is not correct.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: [
        "berlingroup-psd2-api-1-3-8",
        "berlingroup-psd2-api-1-3-11",
        "berlingroup-ig-1-3-8",
        "berlingroup-adorsys-xs2a-error-messages",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["berlingroup-ig-1-3-8"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SIGNATURE_MISSING: {
      description: "Application layer eIDAS Signature for TPP authentication is mandated by the ASPSP but is missing.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: [
        "berlingroup-psd2-api-1-3-8",
        "berlingroup-psd2-api-1-3-11",
        "berlingroup-ig-1-3-8",
        "berlingroup-adorsys-xs2a-error-messages",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["berlingroup-ig-1-3-8"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CORPORATE_ID_INVALID: {
      description: "The PSU-Corporate-ID cannot be matched by the addressed ASPSP.",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [401],
      sources: [
        "berlingroup-psd2-api-1-3-8",
        "berlingroup-psd2-api-1-3-11",
        "berlingroup-ig-1-3-8",
        "berlingroup-adorsys-xs2a-error-messages",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["berlingroup-ig-1-3-8"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PSU_CREDENTIALS_INVALID: {
      description: "The PSU-ID cannot be matched by the addressed ASPSP or is blocked, or a password resp. OTP was not correct. Additional information might be added.",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [401],
      sources: [
        "berlingroup-psd2-api-1-3-8",
        "berlingroup-psd2-api-1-3-11",
        "berlingroup-ig-1-3-8",
        "berlingroup-adorsys-xs2a-error-messages",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["berlingroup-ig-1-3-8"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CONSENT_INVALID: {
      description: "The consent was created by this TPP but is not valid for the addressed service/resource.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [401],
      sources: [
        "berlingroup-psd2-api-1-3-8",
        "berlingroup-psd2-api-1-3-11",
        "berlingroup-ig-1-3-8",
        "berlingroup-adorsys-xs2a-error-messages",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["berlingroup-ig-1-3-8"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CONSENT_EXPIRED: {
      description: "The consent was created by this TPP but has expired and needs to be renewed.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [401],
      sources: [
        "berlingroup-psd2-api-1-3-8",
        "berlingroup-psd2-api-1-3-11",
        "berlingroup-ig-1-3-8",
        "berlingroup-adorsys-xs2a-error-messages",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["berlingroup-ig-1-3-8"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "renew_consent",
      state: "consent_ended",
      stateReason: "The consent has been expired (e.g. after 90 days).",
      factSources: { state: ["berlingroup-ig-1-3-8"], next_step: ["berlingroup-ig-1-3-8"] },
    },
    TOKEN_UNKNOWN: {
      description: "The OAuth2 token cannot be matched by the ASPSP relative to the TPP.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: [
        "berlingroup-psd2-api-1-3-8",
        "berlingroup-psd2-api-1-3-11",
        "berlingroup-ig-1-3-8",
        "berlingroup-adorsys-xs2a-error-messages",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["berlingroup-ig-1-3-8"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TOKEN_INVALID: {
      description: "The OAuth2 token is associated to the TPP but is not valid for the addressed service/resource.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: [
        "berlingroup-psd2-api-1-3-8",
        "berlingroup-psd2-api-1-3-11",
        "berlingroup-ig-1-3-8",
        "berlingroup-adorsys-xs2a-error-messages",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["berlingroup-ig-1-3-8"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TOKEN_EXPIRED: {
      description: "The OAuth2 token is associated to the TPP but has expired and needs to be renewed.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [401],
      sources: [
        "berlingroup-psd2-api-1-3-8",
        "berlingroup-psd2-api-1-3-11",
        "berlingroup-ig-1-3-8",
        "berlingroup-adorsys-xs2a-error-messages",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["berlingroup-ig-1-3-8"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REQUIRED_KID_MISSING: {
      description: "The payment initiation has failed due to a missing KID. This is a specific message code for the Norwegian market, where ASPSP can require the payer to transmit the KID.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: [
        "berlingroup-psd2-api-1-3-8",
        "berlingroup-psd2-api-1-3-11",
        "berlingroup-ig-1-3-8",
        "berlingroup-adorsys-xs2a-error-messages",
        "berlingroup-adorsys-xs2a-message-error-code",
        "berlingroup-adorsys-xs2a-roadmap",
        "berlingroup-wso2-tpp-message",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["berlingroup-ig-1-3-8"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: ["KID_MISSING"],
    },
    SERVICE_BLOCKED: {
      description: "This service is not reachable for the addressed PSU due to a channel independent blocking by the ASPSP. Additional information might be given by the ASPSP.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [403],
      sources: [
        "berlingroup-psd2-api-1-3-8",
        "berlingroup-psd2-api-1-3-11",
        "berlingroup-ig-1-3-8",
        "berlingroup-adorsys-xs2a-error-messages",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["berlingroup-ig-1-3-8"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PRODUCT_INVALID: {
      description: "The addressed payment product is not available for the PSU .",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [403],
      sources: [
        "berlingroup-psd2-api-1-3-8",
        "berlingroup-psd2-api-1-3-11",
        "berlingroup-ig-1-3-8",
        "berlingroup-adorsys-xs2a-error-messages",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["berlingroup-ig-1-3-8"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PRODUCT_UNKNOWN: {
      description: "The addressed payment product is not supported by the ASPSP.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [404],
      sources: [
        "berlingroup-psd2-api-1-3-8",
        "berlingroup-psd2-api-1-3-11",
        "berlingroup-ig-1-3-8",
        "berlingroup-adorsys-xs2a-error-messages",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["berlingroup-ig-1-3-8"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CANCELLATION_INVALID: {
      description: "The addressed payment is not cancellable e.g. due to cut off time passed or legal constraints.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [405],
      sources: [
        "berlingroup-psd2-api-1-3-8",
        "berlingroup-psd2-api-1-3-11",
        "berlingroup-ig-1-3-8",
        "berlingroup-adorsys-xs2a-error-messages",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["berlingroup-ig-1-3-8"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REQUESTED_FORMATS_INVALID: {
      description: "The requested formats in the Accept header entry are not matching the formats offered by the ASPSP.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [406],
      sources: [
        "berlingroup-psd2-api-1-3-8",
        "berlingroup-psd2-api-1-3-11",
        "berlingroup-ig-1-3-8",
        "berlingroup-adorsys-xs2a-error-messages",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["berlingroup-ig-1-3-8"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    STATUS_INVALID: {
      description: "The addressed resource does not allow addtitional authorisation.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [409],
      sources: [
        "berlingroup-psd2-api-1-3-8",
        "berlingroup-psd2-api-1-3-11",
        "berlingroup-ig-1-3-8",
        "berlingroup-adorsys-xs2a-error-messages",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["berlingroup-ig-1-3-8"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REFERENCE_STATUS_INVALID: {
      description: "At least one of the references is already fully authorised.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [409],
      sources: [
        "berlingroup-psd2-api-1-3-8",
        "berlingroup-psd2-api-1-3-11",
        "berlingroup-ig-1-3-8",
        "berlingroup-adorsys-xs2a-error-messages",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["berlingroup-ig-1-3-8"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ACCESS_EXCEEDED: {
      description: "The access on the account has been exceeding the consented multiplicity without PSU involvement per day.",
      category: "rate_limited",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [429],
      sources: [
        "berlingroup-psd2-api-1-3-8",
        "berlingroup-psd2-api-1-3-11",
        "berlingroup-ig-1-3-8",
        "berlingroup-adorsys-xs2a-error-messages",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["berlingroup-ig-1-3-8"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      waitSeconds: 86400,
      factSources: { wait_seconds: ["berlingroup-ig-1-3-8"] },
    },
    FUNDS_NOT_AVAILABLE: {
      description: "A message of the answer to a payment initiation's status request saying that the funds for the payment are not available.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      endUser: {
        en: {
          message: "There was not enough money or payment limit available for this payment.",
          action: "Add money to your account or raise its payment limit, then make the payment again.",
        },
        fr: {
          message: "Il n'y avait pas assez d'argent ou de plafond de paiement disponible pour ce paiement.",
          action: "Approvisionnez votre compte ou relevez son plafond de paiement, puis refaites le paiement.",
        },
        ar: {
          message: "لم يكن هناك رصيد أو حد دفع كافٍ متاح لهذه الدفعة.",
          action: "أضف أموالاً إلى حسابك أو ارفع حد الدفع فيه، ثم أعد إجراء الدفعة.",
        },
        es: {
          message: "No había suficiente dinero ni límite de pago disponible para este pago.",
          action: "Añada dinero a su cuenta o aumente su límite de pago y vuelva a hacer el pago.",
        },
        pt: {
          message: "Não havia dinheiro ou limite de pagamento suficiente disponível para este pagamento.",
          action: "Adicione dinheiro à sua conta ou aumente o limite de pagamento e faça o pagamento novamente.",
        },
      },
      httpStatuses: [200],
      sources: ["berlingroup-psd2-api-1-3-11", "n26-psd2-tpp-docs-dedicated-pisp"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: ["berlingroup-psd2-api-1-3-11"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    BENEFICIARY_WHITELISTING_REQUIRED: {
      description: "A message of the 201 answer to a payment initiation saying that the payee must first be whitelisted, as a trusted beneficiary, with the ASPSP.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [201],
      sources: ["berlingroup-psd2-api-1-3-11"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: ["berlingroup-psd2-api-1-3-11"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known BerlinGroupMessageCode. */
export const isBerlinGroupMessageCode = (value: unknown): value is BerlinGroupMessageCode => isCodeOf(BerlinGroupMessageCodeCategories, BerlinGroupMessageCodeAliases, value);

/** Other wire spellings of BerlinGroupConsentStatus values (alias -> value). */
export const BerlinGroupConsentStatusAliases: { readonly [alias: string]: BerlinGroupConsentStatus } = {
};
/** The category of every BerlinGroupConsentStatus value and alias: all a listener needs to read one. */
export const BerlinGroupConsentStatusCategories: { readonly [spelling: string]: Category } = {
  received: "pending",
  rejected: "rejected",
  valid: "success",
  revokedByPsu: "reconnect_required",
  expired: "reconnect_required",
  terminatedByTpp: "cancelled",
  partiallyAuthorised: "pending",
};
/**
 * Consent status: The overall lifecycle status of a consent (consentStatus of the 1.3.11 file:
 * “This is the overall lifecycle status of the consent.”), each description the file's text for the
 * value. “The ASPSP might add further codes. These codes then shall be contained in the ASPSP's
 * documentation of the XS2A interface and has to be added to this API definition as well.” Wire
 * field: consentStatus of a consent (its creation's answer, GET /v1/consents/{consentId} and its
 * /status).
 */
export const BerlinGroupConsentStatus: {
  /**
   * The consent data have been received and are technically correct. The data is not authorised
   * yet.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Berlin Group NextGenPSD2's published text.
   */
  readonly received: "received";
  /**
   * The consent data have been rejected e.g. since no successful authorisation has taken place.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Berlin Group NextGenPSD2's published text.
   */
  readonly rejected: "rejected";
  /**
   * The consent is accepted and valid for GET account data calls and others as specified in the
   * consent object.
   * Category: success (Success); retryable: no.
   * Whose words: description: Berlin Group NextGenPSD2's published text.
   */
  readonly valid: "valid";
  /**
   * The consent has been revoked by the PSU towards the ASPSP.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Berlin Group NextGenPSD2's published text.
   */
  readonly revokedByPsu: "revokedByPsu";
  /**
   * The consent expired.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Berlin Group NextGenPSD2's published text.
   */
  readonly expired: "expired";
  /**
   * The corresponding TPP has terminated the consent by applying the DELETE method to the consent
   * resource.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Berlin Group NextGenPSD2's published text.
   */
  readonly terminatedByTpp: "terminatedByTpp";
  /**
   * The consent is due to a multi-level authorisation, some but not all mandated authorisations
   * have been performed yet.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Berlin Group NextGenPSD2's published text.
   */
  readonly partiallyAuthorised: "partiallyAuthorised";
} = /* @__PURE__ */ membersOf(BerlinGroupConsentStatusCategories, BerlinGroupConsentStatusAliases);
export type BerlinGroupConsentStatus = (typeof BerlinGroupConsentStatus)[keyof typeof BerlinGroupConsentStatus];
/** A BerlinGroupConsentStatus as read from the wire: a known value or any other string. */
export type BerlinGroupConsentStatusOrUnknown = BerlinGroupConsentStatus | (string & {});
/** The catalog's metadata of every BerlinGroupConsentStatus value. */
export const BerlinGroupConsentStatusInfo: { readonly [V in BerlinGroupConsentStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/berlingroup/consent_status",
  {
    received: {
      description: "The consent data have been received and are technically correct. The data is not authorised yet.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["berlingroup-psd2-api-1-3-11"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["berlingroup-psd2-api-1-3-11"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    rejected: {
      description: "The consent data have been rejected e.g. since no successful authorisation has taken place.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["berlingroup-psd2-api-1-3-11"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["berlingroup-psd2-api-1-3-11"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      state: "needs_end_user",
      stateReason: "A rejected consent was never authorised: the customer has to authorise a new one.",
    },
    valid: {
      description: "The consent is accepted and valid for GET account data calls and others as specified in the consent object.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["berlingroup-psd2-api-1-3-11"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["berlingroup-psd2-api-1-3-11"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    revokedByPsu: {
      description: "The consent has been revoked by the PSU towards the ASPSP.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["berlingroup-psd2-api-1-3-11", "berlingroup-ig-1-3-8"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["berlingroup-psd2-api-1-3-11", "berlingroup-ig-1-3-8"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      state: "revoked",
      stateReason: "The consent has been revoked by the PSU.",
      factSources: { state: ["berlingroup-ig-1-3-8"] },
    },
    expired: {
      description: "The consent expired.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["berlingroup-psd2-api-1-3-11", "berlingroup-ig-1-3-8"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["berlingroup-psd2-api-1-3-11", "berlingroup-ig-1-3-8"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "renew_consent",
      state: "consent_ended",
      stateReason: "The consent has been expired (e.g. after 90 days).",
      factSources: { state: ["berlingroup-ig-1-3-8"], next_step: ["berlingroup-ig-1-3-8"] },
    },
    terminatedByTpp: {
      description: "The corresponding TPP has terminated the consent by applying the DELETE method to the consent resource.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["berlingroup-psd2-api-1-3-11", "berlingroup-ig-1-3-8"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["berlingroup-psd2-api-1-3-11", "berlingroup-ig-1-3-8"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      state: "revoked",
      stateReason: "The AIS has terminated the consent.",
      factSources: { state: ["berlingroup-ig-1-3-8"] },
    },
    partiallyAuthorised: {
      description: "The consent is due to a multi-level authorisation, some but not all mandated authorisations have been performed yet.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["berlingroup-psd2-api-1-3-11"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["berlingroup-psd2-api-1-3-11"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known BerlinGroupConsentStatus. */
export const isBerlinGroupConsentStatus = (value: unknown): value is BerlinGroupConsentStatus => isCodeOf(BerlinGroupConsentStatusCategories, BerlinGroupConsentStatusAliases, value);
