// generated from spec/catalog.json — do not edit (run `make generate`)
/** Berlin Group NextGenPSD2 (https://www.berlin-group.org/): one `as const` object per code set. */
import type { Category } from "./categories.js";
import { isCodeOf, type CodeInfo } from "./types.js";

/**
 * Message code: The code of an error or warning of an XS2A response: each tppMessages entry's code
 * in the NextGenPSD2 body (application/json), or the code and each additionalErrors entry's code in
 * the RFC 7807 body (application/problem+json). The Berlin Group's OpenAPI file 1.3.8 lists the
 * codes allowed for each HTTP status and service (MessageCode<status>_<service>) but gives no text
 * for them: that is in the Berlin Group's Implementation Guidelines, which were not read, so every
 * description here is bankcodes' wording and the notes quote an implementation's text where there
 * is one. Wire field: tppMessages[].code (application/json), or code and additionalErrors[].code
 * (application/problem+json), of an XS2A error response.
 */
export const BerlinGroupMessageCode = {
  /**
   * A warning sent with a successful (2xx) response; its text says what it is about.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  WARNING: "WARNING",
  /**
   * A header, parameter or body field of the request is not in the format the ASPSP's interface
   * requires.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  FORMAT_ERROR: "FORMAT_ERROR",
  /**
   * Parameters of the request contradict each other.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  PARAMETER_NOT_CONSISTENT: "PARAMETER_NOT_CONSISTENT",
  /**
   * The request uses a parameter the ASPSP does not support.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  PARAMETER_NOT_SUPPORTED: "PARAMETER_NOT_SUPPORTED",
  /**
   * The service addressed is not valid for the resource or the data sent (400), or the resource
   * does not offer it (405).
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400, 405.
   */
  SERVICE_INVALID: "SERVICE_INVALID",
  /**
   * The resource addressed, in the path or the body, is not known to the ASPSP for this TPP.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400, 403, 404.
   */
  RESOURCE_UNKNOWN: "RESOURCE_UNKNOWN",
  /**
   * The resource addressed belongs to this TPP but has expired and can no longer be addressed.
   * Category: session_expired (Session expired); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400, 403.
   */
  RESOURCE_EXPIRED: "RESOURCE_EXPIRED",
  /**
   * The resource addressed cannot be used by this request because it is blocked, for example by its
   * grouping in a signing basket.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  RESOURCE_BLOCKED: "RESOURCE_BLOCKED",
  /**
   * A timestamp of the request is outside the period the ASPSP accepts.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  TIMESTAMP_INVALID: "TIMESTAMP_INVALID",
  /**
   * The requested time period is outside the bounds the ASPSP accepts.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  PERIOD_INVALID: "PERIOD_INVALID",
  /**
   * The SCA method selected is unknown to the ASPSP or cannot be matched with the PSU.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  SCA_METHOD_UNKNOWN: "SCA_METHOD_UNKNOWN",
  /**
   * The strong customer authentication of the resource failed when its authorisation was confirmed.
   * Category: mfa_failed (MFA failed); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  SCA_INVALID: "SCA_INVALID",
  /**
   * The consent ID, in the path or the body, cannot be matched to a consent of this TPP.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400, 403.
   */
  CONSENT_UNKNOWN: "CONSENT_UNKNOWN",
  /**
   * The ASPSP does not support sessions: a payment initiation combined with a preceding account
   * information consent.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  SESSIONS_NOT_SUPPORTED: "SESSIONS_NOT_SUPPORTED",
  /**
   * The payment initiation request failed during its initial processing at the ASPSP.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  PAYMENT_FAILED: "PAYMENT_FAILED",
  /**
   * The requested execution date is not a date on which the ASPSP can execute the payment.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  EXECUTION_DATE_INVALID: "EXECUTION_DATE_INVALID",
  /**
   * The card number addressed is unknown to the ASPSP or not linked to the PSU.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  CARD_INVALID: "CARD_INVALID",
  /**
   * The PSU has not enabled the addressed account for confirmation of funds requests by this TPP.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  NO_PIIS_ACTIVATION: "NO_PIIS_ACTIVATION",
  /**
   * The ASPSP's signing baskets do not support this combination of referenced payments and
   * consents.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  REFERENCE_MIX_INVALID: "REFERENCE_MIX_INVALID",
  /**
   * The contents of the TPP's certificate do not meet the PSD2 requirements.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 401.
   */
  CERTIFICATE_INVALID: "CERTIFICATE_INVALID",
  /**
   * The TPP's certificate does not carry the PSD2 role this service needs.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 401.
   */
  ROLE_INVALID: "ROLE_INVALID",
  /**
   * The TPP's certificate has expired.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 401.
   */
  CERTIFICATE_EXPIRED: "CERTIFICATE_EXPIRED",
  /**
   * The ASPSP has blocked the TPP's certificate.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 401.
   */
  CERTIFICATE_BLOCKED: "CERTIFICATE_BLOCKED",
  /**
   * The TPP's certificate has been revoked.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 401.
   */
  CERTIFICATE_REVOKE: "CERTIFICATE_REVOKE",
  /**
   * The request carries no TPP certificate although the ASPSP requires one.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 401.
   */
  CERTIFICATE_MISSING: "CERTIFICATE_MISSING",
  /**
   * The TPP's signature of the request is not correct.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 401.
   */
  SIGNATURE_INVALID: "SIGNATURE_INVALID",
  /**
   * The ASPSP requires the TPP to sign the request, and the signature is missing.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 401.
   */
  SIGNATURE_MISSING: "SIGNATURE_MISSING",
  /**
   * The ASPSP cannot match the PSU-Corporate-ID.
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 401.
   */
  CORPORATE_ID_INVALID: "CORPORATE_ID_INVALID",
  /**
   * The PSU's identification, password or one-time password was not accepted, or the PSU is
   * blocked.
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 401.
   */
  PSU_CREDENTIALS_INVALID: "PSU_CREDENTIALS_INVALID",
  /**
   * The consent belongs to this TPP but is not valid for the service or resource addressed.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 401.
   */
  CONSENT_INVALID: "CONSENT_INVALID",
  /**
   * The consent belongs to this TPP but has expired; a new consent is needed.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 401.
   */
  CONSENT_EXPIRED: "CONSENT_EXPIRED",
  /**
   * The ASPSP cannot match the OAuth2 token to this TPP.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 401.
   */
  TOKEN_UNKNOWN: "TOKEN_UNKNOWN",
  /**
   * The OAuth2 token belongs to this TPP but is not valid for the service or resource addressed.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 401.
   */
  TOKEN_INVALID: "TOKEN_INVALID",
  /**
   * The OAuth2 token belongs to this TPP but has expired.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 401.
   */
  TOKEN_EXPIRED: "TOKEN_EXPIRED",
  /**
   * The payment initiation failed because a KID it requires is missing.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 401.
   */
  REQUIRED_KID_MISSING: "REQUIRED_KID_MISSING",
  /**
   * The ASPSP has blocked this service for the PSU, whatever the channel.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 403.
   */
  SERVICE_BLOCKED: "SERVICE_BLOCKED",
  /**
   * The payment product addressed is not available to the PSU.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 403.
   */
  PRODUCT_INVALID: "PRODUCT_INVALID",
  /**
   * The ASPSP does not support the payment product addressed.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 404.
   */
  PRODUCT_UNKNOWN: "PRODUCT_UNKNOWN",
  /**
   * The payment cannot be cancelled, for legal or operational reasons.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 405.
   */
  CANCELLATION_INVALID: "CANCELLATION_INVALID",
  /**
   * The formats the Accept header asks for are not among those the ASPSP offers.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 406.
   */
  REQUESTED_FORMATS_INVALID: "REQUESTED_FORMATS_INVALID",
  /**
   * The status of the resource addressed allows no further authorisation.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 409.
   */
  STATUS_INVALID: "STATUS_INVALID",
  /**
   * At least one payment or consent of the signing basket is already fully authorised.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 409.
   */
  REFERENCE_STATUS_INVALID: "REFERENCE_STATUS_INVALID",
  /**
   * The TPP has read the account more often per day than the consent allows.
   * Category: rate_limited (Rate limited); retryable: yes.
   * Whose words: description: bankcodes' wording.
   * HTTP: 429.
   */
  ACCESS_EXCEEDED: "ACCESS_EXCEEDED",
} as const;
export type BerlinGroupMessageCode = (typeof BerlinGroupMessageCode)[keyof typeof BerlinGroupMessageCode];
/** A BerlinGroupMessageCode as read from the wire: a known value or any other string. */
export type BerlinGroupMessageCodeOrUnknown = BerlinGroupMessageCode | (string & {});
/** The catalog's metadata of every BerlinGroupMessageCode value. */
export const BerlinGroupMessageCodeInfo: { readonly [V in BerlinGroupMessageCode]: CodeInfo } = {
  WARNING: {
    description: "A warning sent with a successful (2xx) response; its text says what it is about.",
    message: null,
    category: "success",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [],
    sources: ["berlingroup-psd2-api-1-3-8"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: ["berlingroup-psd2-api-1-3-8"] } },
  },
  FORMAT_ERROR: {
    description: "A header, parameter or body field of the request is not in the format the ASPSP's interface requires.",
    message: null,
    category: "integration_error",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [400],
    sources: ["berlingroup-psd2-api-1-3-8", "berlingroup-adorsys-xs2a-error-messages"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: ["berlingroup-psd2-api-1-3-8"] } },
  },
  PARAMETER_NOT_CONSISTENT: {
    description: "Parameters of the request contradict each other.",
    message: null,
    category: "integration_error",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [400],
    sources: ["berlingroup-psd2-api-1-3-8", "berlingroup-adorsys-xs2a-error-messages"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: ["berlingroup-psd2-api-1-3-8"] } },
  },
  PARAMETER_NOT_SUPPORTED: {
    description: "The request uses a parameter the ASPSP does not support.",
    message: null,
    category: "integration_error",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [400],
    sources: ["berlingroup-psd2-api-1-3-8", "berlingroup-adorsys-xs2a-error-messages"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: ["berlingroup-psd2-api-1-3-8"] } },
  },
  SERVICE_INVALID: {
    description: "The service addressed is not valid for the resource or the data sent (400), or the resource does not offer it (405).",
    message: null,
    category: "integration_error",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [400, 405],
    sources: ["berlingroup-psd2-api-1-3-8", "berlingroup-adorsys-xs2a-error-messages"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: ["berlingroup-psd2-api-1-3-8"] } },
  },
  RESOURCE_UNKNOWN: {
    description: "The resource addressed, in the path or the body, is not known to the ASPSP for this TPP.",
    message: null,
    category: "integration_error",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [400, 403, 404],
    sources: ["berlingroup-psd2-api-1-3-8", "berlingroup-adorsys-xs2a-error-messages"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: ["berlingroup-psd2-api-1-3-8"] } },
  },
  RESOURCE_EXPIRED: {
    description: "The resource addressed belongs to this TPP but has expired and can no longer be addressed.",
    message: null,
    category: "session_expired",
    retryable: false,
    endUserCanRetry: true,
    advice: null,
    userMessage: null,
    httpStatuses: [400, 403],
    sources: ["berlingroup-psd2-api-1-3-8", "berlingroup-adorsys-xs2a-error-messages"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: ["berlingroup-psd2-api-1-3-8"] } },
  },
  RESOURCE_BLOCKED: {
    description: "The resource addressed cannot be used by this request because it is blocked, for example by its grouping in a signing basket.",
    message: null,
    category: "integration_error",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [400],
    sources: ["berlingroup-psd2-api-1-3-8", "berlingroup-adorsys-xs2a-error-messages"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: ["berlingroup-psd2-api-1-3-8"] } },
  },
  TIMESTAMP_INVALID: {
    description: "A timestamp of the request is outside the period the ASPSP accepts.",
    message: null,
    category: "integration_error",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [400],
    sources: ["berlingroup-psd2-api-1-3-8", "berlingroup-adorsys-xs2a-error-messages"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: ["berlingroup-psd2-api-1-3-8"] } },
  },
  PERIOD_INVALID: {
    description: "The requested time period is outside the bounds the ASPSP accepts.",
    message: null,
    category: "integration_error",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [400],
    sources: ["berlingroup-psd2-api-1-3-8", "berlingroup-adorsys-xs2a-error-messages"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: ["berlingroup-psd2-api-1-3-8"] } },
  },
  SCA_METHOD_UNKNOWN: {
    description: "The SCA method selected is unknown to the ASPSP or cannot be matched with the PSU.",
    message: null,
    category: "integration_error",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [400],
    sources: ["berlingroup-psd2-api-1-3-8", "berlingroup-adorsys-xs2a-error-messages"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: ["berlingroup-psd2-api-1-3-8"] } },
  },
  SCA_INVALID: {
    description: "The strong customer authentication of the resource failed when its authorisation was confirmed.",
    message: null,
    category: "mfa_failed",
    retryable: false,
    endUserCanRetry: true,
    advice: null,
    userMessage: null,
    httpStatuses: [400],
    sources: ["berlingroup-psd2-api-1-3-8", "berlingroup-adorsys-xs2a-error-messages"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: ["berlingroup-psd2-api-1-3-8"] } },
  },
  CONSENT_UNKNOWN: {
    description: "The consent ID, in the path or the body, cannot be matched to a consent of this TPP.",
    message: null,
    category: "integration_error",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [400, 403],
    sources: ["berlingroup-psd2-api-1-3-8", "berlingroup-adorsys-xs2a-error-messages"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: ["berlingroup-psd2-api-1-3-8"] } },
  },
  SESSIONS_NOT_SUPPORTED: {
    description: "The ASPSP does not support sessions: a payment initiation combined with a preceding account information consent.",
    message: null,
    category: "integration_error",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [400],
    sources: ["berlingroup-psd2-api-1-3-8", "berlingroup-adorsys-xs2a-error-messages"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: ["berlingroup-psd2-api-1-3-8"] } },
  },
  PAYMENT_FAILED: {
    description: "The payment initiation request failed during its initial processing at the ASPSP.",
    message: null,
    category: "rejected",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [400],
    sources: ["berlingroup-psd2-api-1-3-8", "berlingroup-adorsys-xs2a-error-messages"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: ["berlingroup-psd2-api-1-3-8"] } },
  },
  EXECUTION_DATE_INVALID: {
    description: "The requested execution date is not a date on which the ASPSP can execute the payment.",
    message: null,
    category: "integration_error",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [400],
    sources: ["berlingroup-psd2-api-1-3-8", "berlingroup-adorsys-xs2a-error-messages"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: ["berlingroup-psd2-api-1-3-8"] } },
  },
  CARD_INVALID: {
    description: "The card number addressed is unknown to the ASPSP or not linked to the PSU.",
    message: null,
    category: "account_unavailable",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [400],
    sources: ["berlingroup-psd2-api-1-3-8", "berlingroup-adorsys-xs2a-error-messages"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: ["berlingroup-psd2-api-1-3-8"] } },
  },
  NO_PIIS_ACTIVATION: {
    description: "The PSU has not enabled the addressed account for confirmation of funds requests by this TPP.",
    message: null,
    category: "action_required_at_institution",
    retryable: false,
    endUserCanRetry: true,
    advice: null,
    userMessage: null,
    httpStatuses: [400],
    sources: ["berlingroup-psd2-api-1-3-8", "berlingroup-adorsys-xs2a-error-messages"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: ["berlingroup-psd2-api-1-3-8"] } },
  },
  REFERENCE_MIX_INVALID: {
    description: "The ASPSP's signing baskets do not support this combination of referenced payments and consents.",
    message: null,
    category: "integration_error",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [400],
    sources: ["berlingroup-psd2-api-1-3-8", "berlingroup-adorsys-xs2a-error-messages"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: ["berlingroup-psd2-api-1-3-8"] } },
  },
  CERTIFICATE_INVALID: {
    description: "The contents of the TPP's certificate do not meet the PSD2 requirements.",
    message: null,
    category: "integration_error",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [401],
    sources: ["berlingroup-psd2-api-1-3-8", "berlingroup-adorsys-xs2a-error-messages"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: ["berlingroup-psd2-api-1-3-8"] } },
  },
  ROLE_INVALID: {
    description: "The TPP's certificate does not carry the PSD2 role this service needs.",
    message: null,
    category: "integration_error",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [401],
    sources: ["berlingroup-psd2-api-1-3-8", "berlingroup-adorsys-xs2a-error-messages"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: ["berlingroup-psd2-api-1-3-8"] } },
  },
  CERTIFICATE_EXPIRED: {
    description: "The TPP's certificate has expired.",
    message: null,
    category: "integration_error",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [401],
    sources: ["berlingroup-psd2-api-1-3-8", "berlingroup-adorsys-xs2a-error-messages"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: ["berlingroup-psd2-api-1-3-8"] } },
  },
  CERTIFICATE_BLOCKED: {
    description: "The ASPSP has blocked the TPP's certificate.",
    message: null,
    category: "integration_error",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [401],
    sources: ["berlingroup-psd2-api-1-3-8", "berlingroup-adorsys-xs2a-error-messages"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: ["berlingroup-psd2-api-1-3-8"] } },
  },
  CERTIFICATE_REVOKE: {
    description: "The TPP's certificate has been revoked.",
    message: null,
    category: "integration_error",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [401],
    sources: [
      "berlingroup-psd2-api-1-3-8",
      "berlingroup-adorsys-xs2a-error-messages",
      "berlingroup-adorsys-xs2a-message-error-code",
      "berlingroup-wso2-tpp-message",
      "berlingroup-wso2-signature-validation",
    ],
    deprecated: false,
    aliases: ["CERTIFICATE_REVOKED"],
    wording: { description: { by: "bankcodes", sources: ["berlingroup-psd2-api-1-3-8"] } },
  },
  CERTIFICATE_MISSING: {
    description: "The request carries no TPP certificate although the ASPSP requires one.",
    message: null,
    category: "integration_error",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [401],
    sources: ["berlingroup-psd2-api-1-3-8", "berlingroup-adorsys-xs2a-error-messages"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: ["berlingroup-psd2-api-1-3-8"] } },
  },
  SIGNATURE_INVALID: {
    description: "The TPP's signature of the request is not correct.",
    message: null,
    category: "integration_error",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [401],
    sources: ["berlingroup-psd2-api-1-3-8", "berlingroup-adorsys-xs2a-error-messages"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: ["berlingroup-psd2-api-1-3-8"] } },
  },
  SIGNATURE_MISSING: {
    description: "The ASPSP requires the TPP to sign the request, and the signature is missing.",
    message: null,
    category: "integration_error",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [401],
    sources: ["berlingroup-psd2-api-1-3-8", "berlingroup-adorsys-xs2a-error-messages"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: ["berlingroup-psd2-api-1-3-8"] } },
  },
  CORPORATE_ID_INVALID: {
    description: "The ASPSP cannot match the PSU-Corporate-ID.",
    message: null,
    category: "credentials_invalid",
    retryable: false,
    endUserCanRetry: true,
    advice: null,
    userMessage: null,
    httpStatuses: [401],
    sources: ["berlingroup-psd2-api-1-3-8", "berlingroup-adorsys-xs2a-error-messages"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: ["berlingroup-psd2-api-1-3-8"] } },
  },
  PSU_CREDENTIALS_INVALID: {
    description: "The PSU's identification, password or one-time password was not accepted, or the PSU is blocked.",
    message: null,
    category: "credentials_invalid",
    retryable: false,
    endUserCanRetry: true,
    advice: null,
    userMessage: null,
    httpStatuses: [401],
    sources: ["berlingroup-psd2-api-1-3-8", "berlingroup-adorsys-xs2a-error-messages"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: ["berlingroup-psd2-api-1-3-8"] } },
  },
  CONSENT_INVALID: {
    description: "The consent belongs to this TPP but is not valid for the service or resource addressed.",
    message: null,
    category: "reconnect_required",
    retryable: false,
    endUserCanRetry: true,
    advice: null,
    userMessage: null,
    httpStatuses: [401],
    sources: ["berlingroup-psd2-api-1-3-8", "berlingroup-adorsys-xs2a-error-messages"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: ["berlingroup-psd2-api-1-3-8"] } },
  },
  CONSENT_EXPIRED: {
    description: "The consent belongs to this TPP but has expired; a new consent is needed.",
    message: null,
    category: "reconnect_required",
    retryable: false,
    endUserCanRetry: true,
    advice: null,
    userMessage: null,
    httpStatuses: [401],
    sources: ["berlingroup-psd2-api-1-3-8", "berlingroup-adorsys-xs2a-error-messages"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: ["berlingroup-psd2-api-1-3-8"] } },
  },
  TOKEN_UNKNOWN: {
    description: "The ASPSP cannot match the OAuth2 token to this TPP.",
    message: null,
    category: "integration_error",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [401],
    sources: ["berlingroup-psd2-api-1-3-8", "berlingroup-adorsys-xs2a-error-messages"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: ["berlingroup-psd2-api-1-3-8"] } },
  },
  TOKEN_INVALID: {
    description: "The OAuth2 token belongs to this TPP but is not valid for the service or resource addressed.",
    message: null,
    category: "integration_error",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [401],
    sources: ["berlingroup-psd2-api-1-3-8", "berlingroup-adorsys-xs2a-error-messages"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: ["berlingroup-psd2-api-1-3-8"] } },
  },
  TOKEN_EXPIRED: {
    description: "The OAuth2 token belongs to this TPP but has expired.",
    message: null,
    category: "reconnect_required",
    retryable: false,
    endUserCanRetry: true,
    advice: null,
    userMessage: null,
    httpStatuses: [401],
    sources: ["berlingroup-psd2-api-1-3-8", "berlingroup-adorsys-xs2a-error-messages"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: ["berlingroup-psd2-api-1-3-8"] } },
  },
  REQUIRED_KID_MISSING: {
    description: "The payment initiation failed because a KID it requires is missing.",
    message: null,
    category: "integration_error",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [401],
    sources: [
      "berlingroup-psd2-api-1-3-8",
      "berlingroup-adorsys-xs2a-error-messages",
      "berlingroup-adorsys-xs2a-message-error-code",
      "berlingroup-adorsys-xs2a-roadmap",
      "berlingroup-wso2-tpp-message",
    ],
    deprecated: false,
    aliases: ["KID_MISSING"],
    wording: { description: { by: "bankcodes", sources: ["berlingroup-psd2-api-1-3-8"] } },
  },
  SERVICE_BLOCKED: {
    description: "The ASPSP has blocked this service for the PSU, whatever the channel.",
    message: null,
    category: "action_required_at_institution",
    retryable: false,
    endUserCanRetry: true,
    advice: null,
    userMessage: null,
    httpStatuses: [403],
    sources: ["berlingroup-psd2-api-1-3-8", "berlingroup-adorsys-xs2a-error-messages"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: ["berlingroup-psd2-api-1-3-8"] } },
  },
  PRODUCT_INVALID: {
    description: "The payment product addressed is not available to the PSU.",
    message: null,
    category: "rejected",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [403],
    sources: ["berlingroup-psd2-api-1-3-8", "berlingroup-adorsys-xs2a-error-messages"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: ["berlingroup-psd2-api-1-3-8"] } },
  },
  PRODUCT_UNKNOWN: {
    description: "The ASPSP does not support the payment product addressed.",
    message: null,
    category: "integration_error",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [404],
    sources: ["berlingroup-psd2-api-1-3-8", "berlingroup-adorsys-xs2a-error-messages"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: ["berlingroup-psd2-api-1-3-8"] } },
  },
  CANCELLATION_INVALID: {
    description: "The payment cannot be cancelled, for legal or operational reasons.",
    message: null,
    category: "rejected",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [405],
    sources: ["berlingroup-psd2-api-1-3-8", "berlingroup-adorsys-xs2a-error-messages"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: ["berlingroup-psd2-api-1-3-8"] } },
  },
  REQUESTED_FORMATS_INVALID: {
    description: "The formats the Accept header asks for are not among those the ASPSP offers.",
    message: null,
    category: "integration_error",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [406],
    sources: ["berlingroup-psd2-api-1-3-8", "berlingroup-adorsys-xs2a-error-messages"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: ["berlingroup-psd2-api-1-3-8"] } },
  },
  STATUS_INVALID: {
    description: "The status of the resource addressed allows no further authorisation.",
    message: null,
    category: "integration_error",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [409],
    sources: ["berlingroup-psd2-api-1-3-8", "berlingroup-adorsys-xs2a-error-messages"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: ["berlingroup-psd2-api-1-3-8"] } },
  },
  REFERENCE_STATUS_INVALID: {
    description: "At least one payment or consent of the signing basket is already fully authorised.",
    message: null,
    category: "integration_error",
    retryable: false,
    endUserCanRetry: false,
    advice: null,
    userMessage: null,
    httpStatuses: [409],
    sources: ["berlingroup-psd2-api-1-3-8", "berlingroup-adorsys-xs2a-error-messages"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: ["berlingroup-psd2-api-1-3-8"] } },
  },
  ACCESS_EXCEEDED: {
    description: "The TPP has read the account more often per day than the consent allows.",
    message: null,
    category: "rate_limited",
    retryable: true,
    endUserCanRetry: true,
    advice: null,
    userMessage: null,
    httpStatuses: [429],
    sources: ["berlingroup-psd2-api-1-3-8", "berlingroup-adorsys-xs2a-error-messages"],
    deprecated: false,
    aliases: [],
    wording: { description: { by: "bankcodes", sources: ["berlingroup-psd2-api-1-3-8"] } },
  },
};
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
};
/** Whether a value is a known BerlinGroupMessageCode. */
export const isBerlinGroupMessageCode = (value: unknown): value is BerlinGroupMessageCode => isCodeOf(BerlinGroupMessageCodeCategories, BerlinGroupMessageCodeAliases, value);
