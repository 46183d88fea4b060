// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * Fintoc (https://fintoc.com): per code set, its aliases, its category table, its constant
 * (identifier -> wire value, built from the table) and its metadata.
 */
import type { Category } from "./categories.js";
import { membersOf } from "./code-tables.js";
import { withPages } from "./pages.js";
import { isCodeOf, isNumericCodeOf, type CodeInfo } from "./types.js";

/** Other wire spellings of FintocErrorCode values (alias -> value). */
export const FintocErrorCodeAliases: { readonly [alias: string]: FintocErrorCode } = {
};
/** The category of every FintocErrorCode value and alias: all a listener needs to read one. */
export const FintocErrorCodeCategories: { readonly [spelling: string]: Category } = {
  missing_parameter: "integration_error",
  refresh_intent_in_progress: "concurrent_operation",
  rate_limit_exceeded: "rate_limited",
  rejected_refresh_intent: "reconnect_required",
  invalid_request: "integration_error",
  invalid_currency: "integration_error",
  invalid_amount: "integration_error",
  invalid_account_type: "integration_error",
  invalid_account_number: "integration_error",
  invalid_account_status: "integration_error",
  invalid_account_balance: "integration_error",
  invalid_institution_id: "integration_error",
  currency_mismatch: "integration_error",
  invalid_comment_size: "integration_error",
  invalid_reference_id_size: "integration_error",
  invalid_positive_integer: "integration_error",
  empty_string: "integration_error",
  invalid_string_size: "integration_error",
  invalid_hash: "integration_error",
  invalid_boolean: "integration_error",
  invalid_array: "integration_error",
  invalid_integer: "integration_error",
  invalid_json: "integration_error",
  invalid_params: "integration_error",
  missing_cursor: "integration_error",
  invalid_enum: "integration_error",
  invalid_string: "integration_error",
  invalid_username: "integration_error",
  invalid_link_token: "integration_error",
  invalid_date: "integration_error",
  invalid_holder_id: "integration_error",
  invalid_card_number: "integration_error",
  invalid_product: "integration_error",
  invalid_webhook_subscription: "integration_error",
  invalid_issue_type: "integration_error",
  invalid_refresh_type: "integration_error",
  invalid_business_profile_tax_id: "integration_error",
  invalid_session_holder_id: "integration_error",
  invalid_payment_recipient_account: "integration_error",
  invalid_payout_recipient_account: "integration_error",
  invalid_widget_token: "integration_error",
  invalid_payment_reference_number: "integration_error",
  invalid_on_demand_link: "integration_error",
  invalid_holder_type: "integration_error",
  invalid_voucher_download: "integration_error",
  invalid_mode: "integration_error",
  invalid_rsa_key: "integration_error",
  expected_public_rsa_key: "integration_error",
  invalid_cidr_block: "integration_error",
  invalid_expires_at: "integration_error",
  invalid_installments_currency: "integration_error",
  invalid_clabe: "integration_error",
  mismatch_transfer_account_currency: "integration_error",
  authentication: "integration_error",
  invalid_api_key: "integration_error",
  expired_api_key: "integration_error",
  invalid_api_key_mode: "integration_error",
  expired_exchange_token: "session_expired",
  invalid_exchange_token: "integration_error",
  missing_active_jws_public_key: "integration_error",
  invalid_jws_signature_algorithm: "integration_error",
  invalid_jws_signature_header: "integration_error",
  invalid_jws_signature_nonce: "integration_error",
  invalid_jws_signature_timestamp: "integration_error",
  invalid_jws_signature_timestamp_format: "integration_error",
  invalid_jws_signature_timestamp_value: "integration_error",
  missing_jws_signature_header: "integration_error",
  jws_nonce_already_used: "integration_error",
  invalid_jws_ts: "integration_error",
  payment_required: "integration_error",
  invalid_account: "integration_error",
  invalid_recipient_account: "integration_error",
  account_not_active: "account_unavailable",
  entity_not_operational: "integration_error",
  forbidden_entity: "integration_error",
  forbidden_account: "integration_error",
  forbidden_account_number: "integration_error",
  forbidden_account_verification: "integration_error",
  invalid_api_version: "integration_error",
  product_access_required: "integration_error",
  forbidden_request: "integration_error",
  missing_allowed_cidr_blocks: "integration_error",
  allowed_cidr_blocks_does_not_contain_ip: "integration_error",
  recipient_blocked_account: "rejected",
  missing_resource: "integration_error",
  invalid_url: "integration_error",
  organization_without_entities: "integration_error",
  operation_not_allowed: "integration_error",
  institution_credentials_invalid: "credentials_invalid",
  locked_credentials: "attempts_exhausted",
  unavailable_institution: "institution_unavailable",
  insufficient_balance: "rejected",
  invalid_duplicated_transfer: "integration_error",
  invalid_transfer_status: "integration_error",
  invalid_transfer_direction: "integration_error",
  account_number_limit_reached: "integration_error",
  account_cannot_be_blocked: "integration_error",
  invalid_otp_code: "mfa_failed",
  otp_not_found: "mfa_failed",
  otp_blocked: "attempts_exhausted",
  otp_verification_failed: "mfa_failed",
  otp_already_exists: "integration_error",
  subscription_in_progress: "concurrent_operation",
  on_demand_policy_required: "integration_error",
  on_demand_refresh_unavailable: "rejected",
  not_supported_country: "integration_error",
  not_supported_currency: "integration_error",
  not_supported_mode: "integration_error",
  not_supported_product: "integration_error",
  sender_blocked_account: "rejected",
  internal_server_error: "generic_failure",
  unrecognized_request: "generic_failure",
  core_response: "generic_failure",
  link: "reconnect_required",
  institution: "institution_unavailable",
  api: "generic_failure",
  invalid_credentials: "credentials_invalid",
};
/**
 * API error code: The code of a Fintoc API error (error.code): the particular error that occurred.
 * The codes are those Fintoc's pages show in error responses and those the error classes of its
 * Ruby client imply (lib/fintoc/errors.rb, fintoc-ruby 1.2.0). That client raises the class
 * error_class gives the code (base_client.rb): the code split at each underscore, each part
 * capitalized and the parts joined (utils.rb snake_to_pascal), then Error appended unless that name
 * already ends in Error; so a code x and a code x_error name one class, and the value here is the
 * code without _error (internal_server_error for InternalServerError, which that exception is
 * written for). A code without a class makes the client raise NameError. errors.rb groups the
 * classes under HTTP status comments, which give the statuses here, and lists four legacy classes
 * under none. Fintoc's pages read give a text for four codes; the others are described in
 * bankcodes' words from the class name and its status, and their categories are bankcodes' reading
 * of them. Fintoc's Python and Node clients show the code in their exception's message but pick the
 * exception's class by error.type. Wire field: error.code (the error object of an API error
 * response).
 */
export const FintocErrorCode: {
  /**
   * A required parameter is missing from the request; param names it.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly missing_parameter: "missing_parameter";
  /**
   * You can't create a Refresh Intent when there is another one in progress
   * Category: concurrent_operation (Concurrent operation); retryable: yes.
   * Whose words: description: Fintoc's published text.
   * HTTP: 422.
   */
  readonly refresh_intent_in_progress: "refresh_intent_in_progress";
  /**
   * The request exceeds a rate limit of Fintoc's API.
   * Category: rate_limited (Rate limited); retryable: yes.
   * Whose words: description: bankcodes' wording.
   * HTTP: 429.
   */
  readonly rate_limit_exceeded: "rate_limit_exceeded";
  /**
   * The institution indicated that the credentials are invalid. You need to reconnect the account.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Fintoc's published text.
   * HTTP: 422.
   */
  readonly rejected_refresh_intent: "rejected_refresh_intent";
  /**
   * Invalid request: an error fintoc-ruby's classes file under 400 Bad Request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly invalid_request: "invalid_request";
  /**
   * Invalid currency: an error fintoc-ruby's classes file under 400 Bad Request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly invalid_currency: "invalid_currency";
  /**
   * Invalid amount: an error fintoc-ruby's classes file under 400 Bad Request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly invalid_amount: "invalid_amount";
  /**
   * Invalid account type: an error fintoc-ruby's classes file under 400 Bad Request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly invalid_account_type: "invalid_account_type";
  /**
   * Invalid account number: an error fintoc-ruby's classes file under 400 Bad Request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly invalid_account_number: "invalid_account_number";
  /**
   * Invalid account status: an error fintoc-ruby's classes file under 400 Bad Request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly invalid_account_status: "invalid_account_status";
  /**
   * Invalid account balance: an error fintoc-ruby's classes file under 400 Bad Request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly invalid_account_balance: "invalid_account_balance";
  /**
   * Invalid institution ID: an error fintoc-ruby's classes file under 400 Bad Request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly invalid_institution_id: "invalid_institution_id";
  /**
   * Currency mismatch: an error fintoc-ruby's classes file under 400 Bad Request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly currency_mismatch: "currency_mismatch";
  /**
   * Invalid comment size: an error fintoc-ruby's classes file under 400 Bad Request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly invalid_comment_size: "invalid_comment_size";
  /**
   * Invalid reference ID size: an error fintoc-ruby's classes file under 400 Bad Request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly invalid_reference_id_size: "invalid_reference_id_size";
  /**
   * Invalid positive integer: an error fintoc-ruby's classes file under 400 Bad Request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly invalid_positive_integer: "invalid_positive_integer";
  /**
   * Empty string: an error fintoc-ruby's classes file under 400 Bad Request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly empty_string: "empty_string";
  /**
   * Invalid string size: an error fintoc-ruby's classes file under 400 Bad Request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly invalid_string_size: "invalid_string_size";
  /**
   * Invalid hash: an error fintoc-ruby's classes file under 400 Bad Request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly invalid_hash: "invalid_hash";
  /**
   * Invalid boolean: an error fintoc-ruby's classes file under 400 Bad Request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly invalid_boolean: "invalid_boolean";
  /**
   * Invalid array: an error fintoc-ruby's classes file under 400 Bad Request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly invalid_array: "invalid_array";
  /**
   * Invalid integer: an error fintoc-ruby's classes file under 400 Bad Request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly invalid_integer: "invalid_integer";
  /**
   * Invalid JSON: an error fintoc-ruby's classes file under 400 Bad Request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly invalid_json: "invalid_json";
  /**
   * Invalid params: an error fintoc-ruby's classes file under 400 Bad Request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly invalid_params: "invalid_params";
  /**
   * Missing cursor: an error fintoc-ruby's classes file under 400 Bad Request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly missing_cursor: "missing_cursor";
  /**
   * Invalid enum: an error fintoc-ruby's classes file under 400 Bad Request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly invalid_enum: "invalid_enum";
  /**
   * Invalid string: an error fintoc-ruby's classes file under 400 Bad Request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly invalid_string: "invalid_string";
  /**
   * Invalid username: an error fintoc-ruby's classes file under 400 Bad Request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly invalid_username: "invalid_username";
  /**
   * Invalid link token: an error fintoc-ruby's classes file under 400 Bad Request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly invalid_link_token: "invalid_link_token";
  /**
   * Invalid date: an error fintoc-ruby's classes file under 400 Bad Request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly invalid_date: "invalid_date";
  /**
   * Invalid holder ID: an error fintoc-ruby's classes file under 400 Bad Request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly invalid_holder_id: "invalid_holder_id";
  /**
   * Invalid card number: an error fintoc-ruby's classes file under 400 Bad Request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly invalid_card_number: "invalid_card_number";
  /**
   * Invalid product: an error fintoc-ruby's classes file under 400 Bad Request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly invalid_product: "invalid_product";
  /**
   * Invalid webhook subscription: an error fintoc-ruby's classes file under 400 Bad Request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly invalid_webhook_subscription: "invalid_webhook_subscription";
  /**
   * Invalid issue type: an error fintoc-ruby's classes file under 400 Bad Request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly invalid_issue_type: "invalid_issue_type";
  /**
   * Invalid refresh type: an error fintoc-ruby's classes file under 400 Bad Request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly invalid_refresh_type: "invalid_refresh_type";
  /**
   * Invalid business profile tax ID: an error fintoc-ruby's classes file under 400 Bad Request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly invalid_business_profile_tax_id: "invalid_business_profile_tax_id";
  /**
   * Invalid session holder ID: an error fintoc-ruby's classes file under 400 Bad Request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly invalid_session_holder_id: "invalid_session_holder_id";
  /**
   * Invalid payment recipient account: an error fintoc-ruby's classes file under 400 Bad Request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly invalid_payment_recipient_account: "invalid_payment_recipient_account";
  /**
   * Invalid payout recipient account: an error fintoc-ruby's classes file under 400 Bad Request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly invalid_payout_recipient_account: "invalid_payout_recipient_account";
  /**
   * Invalid widget token: an error fintoc-ruby's classes file under 400 Bad Request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly invalid_widget_token: "invalid_widget_token";
  /**
   * Invalid payment reference number: an error fintoc-ruby's classes file under 400 Bad Request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly invalid_payment_reference_number: "invalid_payment_reference_number";
  /**
   * Invalid on demand link: an error fintoc-ruby's classes file under 400 Bad Request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly invalid_on_demand_link: "invalid_on_demand_link";
  /**
   * Invalid holder type: an error fintoc-ruby's classes file under 400 Bad Request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly invalid_holder_type: "invalid_holder_type";
  /**
   * Invalid voucher download: an error fintoc-ruby's classes file under 400 Bad Request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly invalid_voucher_download: "invalid_voucher_download";
  /**
   * Invalid mode: an error fintoc-ruby's classes file under 400 Bad Request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly invalid_mode: "invalid_mode";
  /**
   * Invalid RSA key: an error fintoc-ruby's classes file under 400 Bad Request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly invalid_rsa_key: "invalid_rsa_key";
  /**
   * Expected public RSA key: an error fintoc-ruby's classes file under 400 Bad Request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly expected_public_rsa_key: "expected_public_rsa_key";
  /**
   * Invalid CIDR block: an error fintoc-ruby's classes file under 400 Bad Request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly invalid_cidr_block: "invalid_cidr_block";
  /**
   * Invalid expires at: an error fintoc-ruby's classes file under 400 Bad Request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly invalid_expires_at: "invalid_expires_at";
  /**
   * Invalid installments currency: an error fintoc-ruby's classes file under 400 Bad Request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly invalid_installments_currency: "invalid_installments_currency";
  /**
   * Invalid CLABE: an error fintoc-ruby's classes file under 400 Bad Request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly invalid_clabe: "invalid_clabe";
  /**
   * Mismatch transfer account currency: an error fintoc-ruby's classes file under 400 Bad Request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly mismatch_transfer_account_currency: "mismatch_transfer_account_currency";
  /**
   * Authentication: an error fintoc-ruby's classes file under 401 Unauthorized.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 401.
   */
  readonly authentication: "authentication";
  /**
   * Invalid API key: an error fintoc-ruby's classes file under 401 Unauthorized.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 401.
   */
  readonly invalid_api_key: "invalid_api_key";
  /**
   * Expired API key: an error fintoc-ruby's classes file under 401 Unauthorized.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 401.
   */
  readonly expired_api_key: "expired_api_key";
  /**
   * Invalid API key mode: an error fintoc-ruby's classes file under 401 Unauthorized.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 401.
   */
  readonly invalid_api_key_mode: "invalid_api_key_mode";
  /**
   * Expired exchange token: an error fintoc-ruby's classes file under 401 Unauthorized.
   * Category: session_expired (Session expired); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 401.
   */
  readonly expired_exchange_token: "expired_exchange_token";
  /**
   * Invalid exchange token: an error fintoc-ruby's classes file under 401 Unauthorized.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 401.
   */
  readonly invalid_exchange_token: "invalid_exchange_token";
  /**
   * Missing active JWS public key: an error fintoc-ruby's classes file under 401 Unauthorized.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 401.
   */
  readonly missing_active_jws_public_key: "missing_active_jws_public_key";
  /**
   * Invalid JWS signature algorithm: an error fintoc-ruby's classes file under 401 Unauthorized.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 401.
   */
  readonly invalid_jws_signature_algorithm: "invalid_jws_signature_algorithm";
  /**
   * Invalid JWS signature header: an error fintoc-ruby's classes file under 401 Unauthorized.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 401.
   */
  readonly invalid_jws_signature_header: "invalid_jws_signature_header";
  /**
   * Invalid JWS signature nonce: an error fintoc-ruby's classes file under 401 Unauthorized.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 401.
   */
  readonly invalid_jws_signature_nonce: "invalid_jws_signature_nonce";
  /**
   * Invalid JWS signature timestamp: an error fintoc-ruby's classes file under 401 Unauthorized.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 401.
   */
  readonly invalid_jws_signature_timestamp: "invalid_jws_signature_timestamp";
  /**
   * Invalid JWS signature timestamp format: an error fintoc-ruby's classes file under 401
   * Unauthorized.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 401.
   */
  readonly invalid_jws_signature_timestamp_format: "invalid_jws_signature_timestamp_format";
  /**
   * Invalid JWS signature timestamp value: an error fintoc-ruby's classes file under 401
   * Unauthorized.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 401.
   */
  readonly invalid_jws_signature_timestamp_value: "invalid_jws_signature_timestamp_value";
  /**
   * Missing JWS signature header: an error fintoc-ruby's classes file under 401 Unauthorized.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 401.
   */
  readonly missing_jws_signature_header: "missing_jws_signature_header";
  /**
   * JWS nonce already used: an error fintoc-ruby's classes file under 401 Unauthorized.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 401.
   */
  readonly jws_nonce_already_used: "jws_nonce_already_used";
  /**
   * Invalid JWS ts: an error fintoc-ruby's classes file under 401 Unauthorized.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 401.
   */
  readonly invalid_jws_ts: "invalid_jws_ts";
  /**
   * Payment required: an error fintoc-ruby's classes file under 402 Payment Required.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 402.
   */
  readonly payment_required: "payment_required";
  /**
   * Invalid account: an error fintoc-ruby's classes file under 403 Forbidden.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 403.
   */
  readonly invalid_account: "invalid_account";
  /**
   * Invalid recipient account: an error fintoc-ruby's classes file under 403 Forbidden.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 403.
   */
  readonly invalid_recipient_account: "invalid_recipient_account";
  /**
   * Account not active: an error fintoc-ruby's classes file under 403 Forbidden.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 403.
   */
  readonly account_not_active: "account_not_active";
  /**
   * Entity not operational: an error fintoc-ruby's classes file under 403 Forbidden.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 403.
   */
  readonly entity_not_operational: "entity_not_operational";
  /**
   * Forbidden entity: an error fintoc-ruby's classes file under 403 Forbidden.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 403.
   */
  readonly forbidden_entity: "forbidden_entity";
  /**
   * Forbidden account: an error fintoc-ruby's classes file under 403 Forbidden.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 403.
   */
  readonly forbidden_account: "forbidden_account";
  /**
   * Forbidden account number: an error fintoc-ruby's classes file under 403 Forbidden.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 403.
   */
  readonly forbidden_account_number: "forbidden_account_number";
  /**
   * Forbidden account verification: an error fintoc-ruby's classes file under 403 Forbidden.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 403.
   */
  readonly forbidden_account_verification: "forbidden_account_verification";
  /**
   * Invalid API version: an error fintoc-ruby's classes file under 403 Forbidden.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 403.
   */
  readonly invalid_api_version: "invalid_api_version";
  /**
   * Product access required: an error fintoc-ruby's classes file under 403 Forbidden.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 403.
   */
  readonly product_access_required: "product_access_required";
  /**
   * Forbidden request: an error fintoc-ruby's classes file under 403 Forbidden.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 403.
   */
  readonly forbidden_request: "forbidden_request";
  /**
   * Missing allowed CIDR blocks: an error fintoc-ruby's classes file under 403 Forbidden.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 403.
   */
  readonly missing_allowed_cidr_blocks: "missing_allowed_cidr_blocks";
  /**
   * Allowed CIDR blocks does not contain IP: an error fintoc-ruby's classes file under 403
   * Forbidden.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 403.
   */
  readonly allowed_cidr_blocks_does_not_contain_ip: "allowed_cidr_blocks_does_not_contain_ip";
  /**
   * Recipient blocked account: an error fintoc-ruby's classes file under 403 Forbidden.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 403.
   */
  readonly recipient_blocked_account: "recipient_blocked_account";
  /**
   * Missing resource: an error fintoc-ruby's classes file under 404 Not Found.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 404.
   */
  readonly missing_resource: "missing_resource";
  /**
   * Invalid URL: an error fintoc-ruby's classes file under 404 Not Found.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 404.
   */
  readonly invalid_url: "invalid_url";
  /**
   * Organization without entities: an error fintoc-ruby's classes file under 404 Not Found.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 404.
   */
  readonly organization_without_entities: "organization_without_entities";
  /**
   * Operation not allowed: an error fintoc-ruby's classes file under 405 Method Not Allowed.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 405.
   */
  readonly operation_not_allowed: "operation_not_allowed";
  /**
   * Institution credentials invalid: an error fintoc-ruby's classes file under 406 Not Acceptable.
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 406.
   */
  readonly institution_credentials_invalid: "institution_credentials_invalid";
  /**
   * Locked credentials: an error fintoc-ruby's classes file under 406 Not Acceptable.
   * Category: attempts_exhausted (Attempts exhausted); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 406.
   */
  readonly locked_credentials: "locked_credentials";
  /**
   * Unavailable institution: an error fintoc-ruby's classes file under 406 Not Acceptable.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: bankcodes' wording.
   * HTTP: 406.
   */
  readonly unavailable_institution: "unavailable_institution";
  /**
   * Insufficient balance: an error fintoc-ruby's classes file under 409 Conflict.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 409.
   */
  readonly insufficient_balance: "insufficient_balance";
  /**
   * Invalid duplicated transfer: an error fintoc-ruby's classes file under 409 Conflict.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 409.
   */
  readonly invalid_duplicated_transfer: "invalid_duplicated_transfer";
  /**
   * Invalid transfer status: an error fintoc-ruby's classes file under 409 Conflict.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 409.
   */
  readonly invalid_transfer_status: "invalid_transfer_status";
  /**
   * Invalid transfer direction: an error fintoc-ruby's classes file under 409 Conflict.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 409.
   */
  readonly invalid_transfer_direction: "invalid_transfer_direction";
  /**
   * Account number limit reached: an error fintoc-ruby's classes file under 409 Conflict.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 409.
   */
  readonly account_number_limit_reached: "account_number_limit_reached";
  /**
   * Account cannot be blocked: an error fintoc-ruby's classes file under 409 Conflict.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 409.
   */
  readonly account_cannot_be_blocked: "account_cannot_be_blocked";
  /**
   * Invalid OTP code: an error fintoc-ruby's classes file under 422 Unprocessable Entity.
   * Category: mfa_failed (MFA failed); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 422.
   */
  readonly invalid_otp_code: "invalid_otp_code";
  /**
   * OTP not found: an error fintoc-ruby's classes file under 422 Unprocessable Entity.
   * Category: mfa_failed (MFA failed); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 422.
   */
  readonly otp_not_found: "otp_not_found";
  /**
   * OTP blocked: an error fintoc-ruby's classes file under 422 Unprocessable Entity.
   * Category: attempts_exhausted (Attempts exhausted); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 422.
   */
  readonly otp_blocked: "otp_blocked";
  /**
   * OTP verification failed: an error fintoc-ruby's classes file under 422 Unprocessable Entity.
   * Category: mfa_failed (MFA failed); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 422.
   */
  readonly otp_verification_failed: "otp_verification_failed";
  /**
   * OTP already exists: an error fintoc-ruby's classes file under 422 Unprocessable Entity.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 422.
   */
  readonly otp_already_exists: "otp_already_exists";
  /**
   * Subscription in progress: an error fintoc-ruby's classes file under 422 Unprocessable Entity.
   * Category: concurrent_operation (Concurrent operation); retryable: yes.
   * Whose words: description: bankcodes' wording.
   * HTTP: 422.
   */
  readonly subscription_in_progress: "subscription_in_progress";
  /**
   * On demand policy required: an error fintoc-ruby's classes file under 422 Unprocessable Entity.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 422.
   */
  readonly on_demand_policy_required: "on_demand_policy_required";
  /**
   * On demand refresh unavailable: an error fintoc-ruby's classes file under 422 Unprocessable
   * Entity.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 422.
   */
  readonly on_demand_refresh_unavailable: "on_demand_refresh_unavailable";
  /**
   * Not supported country: an error fintoc-ruby's classes file under 422 Unprocessable Entity.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 422.
   */
  readonly not_supported_country: "not_supported_country";
  /**
   * Not supported currency: an error fintoc-ruby's classes file under 422 Unprocessable Entity.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 422.
   */
  readonly not_supported_currency: "not_supported_currency";
  /**
   * Not supported mode: an error fintoc-ruby's classes file under 422 Unprocessable Entity.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 422.
   */
  readonly not_supported_mode: "not_supported_mode";
  /**
   * Not supported product: an error fintoc-ruby's classes file under 422 Unprocessable Entity.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 422.
   */
  readonly not_supported_product: "not_supported_product";
  /**
   * Sender blocked account: an error fintoc-ruby's classes file under 422 Unprocessable Entity.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 422.
   */
  readonly sender_blocked_account: "sender_blocked_account";
  /**
   * Internal server error: an error fintoc-ruby's classes file under 500 Internal Server Error.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   * HTTP: 500.
   */
  readonly internal_server_error: "internal_server_error";
  /**
   * Unrecognized request: an error fintoc-ruby's classes file under 500 Internal Server Error.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   * HTTP: 500.
   */
  readonly unrecognized_request: "unrecognized_request";
  /**
   * Core response: an error fintoc-ruby's classes file under 500 Internal Server Error.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   * HTTP: 500.
   */
  readonly core_response: "core_response";
  /**
   * Link: a legacy error class of fintoc-ruby's, under no HTTP status.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly link: "link";
  /**
   * Institution: a legacy error class of fintoc-ruby's, under no HTTP status.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly institution: "institution";
  /**
   * API: a legacy error class of fintoc-ruby's, under no HTTP status.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly api: "api";
  /**
   * Invalid credentials: a legacy error class of fintoc-ruby's, under no HTTP status.
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly invalid_credentials: "invalid_credentials";
} = /* @__PURE__ */ membersOf(FintocErrorCodeCategories, FintocErrorCodeAliases);
export type FintocErrorCode = (typeof FintocErrorCode)[keyof typeof FintocErrorCode];
/** A FintocErrorCode as read from the wire: a known value or any other string. */
export type FintocErrorCodeOrUnknown = FintocErrorCode | (string & {});
/** The catalog's metadata of every FintocErrorCode value. */
export const FintocErrorCodeInfo: { readonly [V in FintocErrorCode]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/fintoc/error_code",
  {
    missing_parameter: {
      description: "A required parameter is missing from the request; param names it.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: [
        "fintoc-errors-object",
        "fintoc-errors-object-api",
        "fintoc-errors-object-es",
        "fintoc-ruby-errors",
      ],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: ["fintoc-errors-object"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    refresh_intent_in_progress: {
      description: "You can't create a Refresh Intent when there is another one in progress",
      category: "concurrent_operation",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [422],
      sources: ["fintoc-refresh-intents-errors", "fintoc-ruby-errors"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-refresh-intents-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    rate_limit_exceeded: {
      description: "The request exceeds a rate limit of Fintoc's API.",
      category: "rate_limited",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [429],
      sources: [
        "fintoc-refresh-intents-errors",
        "fintoc-ruby-errors",
        "fintoc-errors-status-codes",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "bankcodes",
          sources: ["fintoc-refresh-intents-errors", "fintoc-errors-status-codes"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      waitSeconds: 1,
      maxAttempts: 6,
      factSources: {
        wait_seconds: ["fintoc-docs-rate-limits", "fintoc-guides-rate-limits"],
        max_attempts: ["fintoc-docs-rate-limits", "fintoc-guides-rate-limits"],
      },
    },
    rejected_refresh_intent: {
      description: "The institution indicated that the credentials are invalid. You need to reconnect the account.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [422],
      sources: ["fintoc-refresh-intents-errors", "fintoc-ruby-errors"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-refresh-intents-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_request: {
      description: "Invalid request: an error fintoc-ruby's classes file under 400 Bad Request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_currency: {
      description: "Invalid currency: an error fintoc-ruby's classes file under 400 Bad Request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_amount: {
      description: "Invalid amount: an error fintoc-ruby's classes file under 400 Bad Request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_account_type: {
      description: "Invalid account type: an error fintoc-ruby's classes file under 400 Bad Request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_account_number: {
      description: "Invalid account number: an error fintoc-ruby's classes file under 400 Bad Request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_account_status: {
      description: "Invalid account status: an error fintoc-ruby's classes file under 400 Bad Request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_account_balance: {
      description: "Invalid account balance: an error fintoc-ruby's classes file under 400 Bad Request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_institution_id: {
      description: "Invalid institution ID: an error fintoc-ruby's classes file under 400 Bad Request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    currency_mismatch: {
      description: "Currency mismatch: an error fintoc-ruby's classes file under 400 Bad Request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_comment_size: {
      description: "Invalid comment size: an error fintoc-ruby's classes file under 400 Bad Request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_reference_id_size: {
      description: "Invalid reference ID size: an error fintoc-ruby's classes file under 400 Bad Request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_positive_integer: {
      description: "Invalid positive integer: an error fintoc-ruby's classes file under 400 Bad Request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    empty_string: {
      description: "Empty string: an error fintoc-ruby's classes file under 400 Bad Request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_string_size: {
      description: "Invalid string size: an error fintoc-ruby's classes file under 400 Bad Request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_hash: {
      description: "Invalid hash: an error fintoc-ruby's classes file under 400 Bad Request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_boolean: {
      description: "Invalid boolean: an error fintoc-ruby's classes file under 400 Bad Request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_array: {
      description: "Invalid array: an error fintoc-ruby's classes file under 400 Bad Request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_integer: {
      description: "Invalid integer: an error fintoc-ruby's classes file under 400 Bad Request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_json: {
      description: "Invalid JSON: an error fintoc-ruby's classes file under 400 Bad Request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_params: {
      description: "Invalid params: an error fintoc-ruby's classes file under 400 Bad Request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    missing_cursor: {
      description: "Missing cursor: an error fintoc-ruby's classes file under 400 Bad Request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_enum: {
      description: "Invalid enum: an error fintoc-ruby's classes file under 400 Bad Request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_string: {
      description: "Invalid string: an error fintoc-ruby's classes file under 400 Bad Request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_username: {
      description: "Invalid username: an error fintoc-ruby's classes file under 400 Bad Request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_link_token: {
      description: "Invalid link token: an error fintoc-ruby's classes file under 400 Bad Request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_date: {
      description: "Invalid date: an error fintoc-ruby's classes file under 400 Bad Request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_holder_id: {
      description: "Invalid holder ID: an error fintoc-ruby's classes file under 400 Bad Request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_card_number: {
      description: "Invalid card number: an error fintoc-ruby's classes file under 400 Bad Request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_product: {
      description: "Invalid product: an error fintoc-ruby's classes file under 400 Bad Request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_webhook_subscription: {
      description: "Invalid webhook subscription: an error fintoc-ruby's classes file under 400 Bad Request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_issue_type: {
      description: "Invalid issue type: an error fintoc-ruby's classes file under 400 Bad Request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_refresh_type: {
      description: "Invalid refresh type: an error fintoc-ruby's classes file under 400 Bad Request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_business_profile_tax_id: {
      description: "Invalid business profile tax ID: an error fintoc-ruby's classes file under 400 Bad Request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_session_holder_id: {
      description: "Invalid session holder ID: an error fintoc-ruby's classes file under 400 Bad Request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_payment_recipient_account: {
      description: "Invalid payment recipient account: an error fintoc-ruby's classes file under 400 Bad Request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_payout_recipient_account: {
      description: "Invalid payout recipient account: an error fintoc-ruby's classes file under 400 Bad Request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_widget_token: {
      description: "Invalid widget token: an error fintoc-ruby's classes file under 400 Bad Request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_payment_reference_number: {
      description: "Invalid payment reference number: an error fintoc-ruby's classes file under 400 Bad Request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_on_demand_link: {
      description: "Invalid on demand link: an error fintoc-ruby's classes file under 400 Bad Request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_holder_type: {
      description: "Invalid holder type: an error fintoc-ruby's classes file under 400 Bad Request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_voucher_download: {
      description: "Invalid voucher download: an error fintoc-ruby's classes file under 400 Bad Request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_mode: {
      description: "Invalid mode: an error fintoc-ruby's classes file under 400 Bad Request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_rsa_key: {
      description: "Invalid RSA key: an error fintoc-ruby's classes file under 400 Bad Request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    expected_public_rsa_key: {
      description: "Expected public RSA key: an error fintoc-ruby's classes file under 400 Bad Request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_cidr_block: {
      description: "Invalid CIDR block: an error fintoc-ruby's classes file under 400 Bad Request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_expires_at: {
      description: "Invalid expires at: an error fintoc-ruby's classes file under 400 Bad Request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_installments_currency: {
      description: "Invalid installments currency: an error fintoc-ruby's classes file under 400 Bad Request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_clabe: {
      description: "Invalid CLABE: an error fintoc-ruby's classes file under 400 Bad Request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    mismatch_transfer_account_currency: {
      description: "Mismatch transfer account currency: an error fintoc-ruby's classes file under 400 Bad Request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    authentication: {
      description: "Authentication: an error fintoc-ruby's classes file under 401 Unauthorized.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_api_key: {
      description: "Invalid API key: an error fintoc-ruby's classes file under 401 Unauthorized.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    expired_api_key: {
      description: "Expired API key: an error fintoc-ruby's classes file under 401 Unauthorized.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_api_key_mode: {
      description: "Invalid API key mode: an error fintoc-ruby's classes file under 401 Unauthorized.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    expired_exchange_token: {
      description: "Expired exchange token: an error fintoc-ruby's classes file under 401 Unauthorized.",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [401],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_exchange_token: {
      description: "Invalid exchange token: an error fintoc-ruby's classes file under 401 Unauthorized.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    missing_active_jws_public_key: {
      description: "Missing active JWS public key: an error fintoc-ruby's classes file under 401 Unauthorized.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_jws_signature_algorithm: {
      description: "Invalid JWS signature algorithm: an error fintoc-ruby's classes file under 401 Unauthorized.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_jws_signature_header: {
      description: "Invalid JWS signature header: an error fintoc-ruby's classes file under 401 Unauthorized.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_jws_signature_nonce: {
      description: "Invalid JWS signature nonce: an error fintoc-ruby's classes file under 401 Unauthorized.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_jws_signature_timestamp: {
      description: "Invalid JWS signature timestamp: an error fintoc-ruby's classes file under 401 Unauthorized.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_jws_signature_timestamp_format: {
      description: "Invalid JWS signature timestamp format: an error fintoc-ruby's classes file under 401 Unauthorized.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_jws_signature_timestamp_value: {
      description: "Invalid JWS signature timestamp value: an error fintoc-ruby's classes file under 401 Unauthorized.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    missing_jws_signature_header: {
      description: "Missing JWS signature header: an error fintoc-ruby's classes file under 401 Unauthorized.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    jws_nonce_already_used: {
      description: "JWS nonce already used: an error fintoc-ruby's classes file under 401 Unauthorized.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_jws_ts: {
      description: "Invalid JWS ts: an error fintoc-ruby's classes file under 401 Unauthorized.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    payment_required: {
      description: "Payment required: an error fintoc-ruby's classes file under 402 Payment Required.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [402],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_account: {
      description: "Invalid account: an error fintoc-ruby's classes file under 403 Forbidden.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [403],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_recipient_account: {
      description: "Invalid recipient account: an error fintoc-ruby's classes file under 403 Forbidden.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [403],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    account_not_active: {
      description: "Account not active: an error fintoc-ruby's classes file under 403 Forbidden.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [403],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    entity_not_operational: {
      description: "Entity not operational: an error fintoc-ruby's classes file under 403 Forbidden.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [403],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    forbidden_entity: {
      description: "Forbidden entity: an error fintoc-ruby's classes file under 403 Forbidden.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [403],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    forbidden_account: {
      description: "Forbidden account: an error fintoc-ruby's classes file under 403 Forbidden.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [403],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    forbidden_account_number: {
      description: "Forbidden account number: an error fintoc-ruby's classes file under 403 Forbidden.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [403],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    forbidden_account_verification: {
      description: "Forbidden account verification: an error fintoc-ruby's classes file under 403 Forbidden.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [403],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_api_version: {
      description: "Invalid API version: an error fintoc-ruby's classes file under 403 Forbidden.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [403],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    product_access_required: {
      description: "Product access required: an error fintoc-ruby's classes file under 403 Forbidden.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [403],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    forbidden_request: {
      description: "Forbidden request: an error fintoc-ruby's classes file under 403 Forbidden.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [403],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    missing_allowed_cidr_blocks: {
      description: "Missing allowed CIDR blocks: an error fintoc-ruby's classes file under 403 Forbidden.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [403],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    allowed_cidr_blocks_does_not_contain_ip: {
      description: "Allowed CIDR blocks does not contain IP: an error fintoc-ruby's classes file under 403 Forbidden.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [403],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    recipient_blocked_account: {
      description: "Recipient blocked account: an error fintoc-ruby's classes file under 403 Forbidden.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [403],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    missing_resource: {
      description: "Missing resource: an error fintoc-ruby's classes file under 404 Not Found.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [404],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_url: {
      description: "Invalid URL: an error fintoc-ruby's classes file under 404 Not Found.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [404],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    organization_without_entities: {
      description: "Organization without entities: an error fintoc-ruby's classes file under 404 Not Found.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [404],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    operation_not_allowed: {
      description: "Operation not allowed: an error fintoc-ruby's classes file under 405 Method Not Allowed.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [405],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    institution_credentials_invalid: {
      description: "Institution credentials invalid: an error fintoc-ruby's classes file under 406 Not Acceptable.",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [406],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    locked_credentials: {
      description: "Locked credentials: an error fintoc-ruby's classes file under 406 Not Acceptable.",
      category: "attempts_exhausted",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [406],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    unavailable_institution: {
      description: "Unavailable institution: an error fintoc-ruby's classes file under 406 Not Acceptable.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [406],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    insufficient_balance: {
      description: "Insufficient balance: an error fintoc-ruby's classes file under 409 Conflict.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [409],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_duplicated_transfer: {
      description: "Invalid duplicated transfer: an error fintoc-ruby's classes file under 409 Conflict.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [409],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_transfer_status: {
      description: "Invalid transfer status: an error fintoc-ruby's classes file under 409 Conflict.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [409],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_transfer_direction: {
      description: "Invalid transfer direction: an error fintoc-ruby's classes file under 409 Conflict.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [409],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    account_number_limit_reached: {
      description: "Account number limit reached: an error fintoc-ruby's classes file under 409 Conflict.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [409],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    account_cannot_be_blocked: {
      description: "Account cannot be blocked: an error fintoc-ruby's classes file under 409 Conflict.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [409],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_otp_code: {
      description: "Invalid OTP code: an error fintoc-ruby's classes file under 422 Unprocessable Entity.",
      category: "mfa_failed",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [422],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    otp_not_found: {
      description: "OTP not found: an error fintoc-ruby's classes file under 422 Unprocessable Entity.",
      category: "mfa_failed",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [422],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    otp_blocked: {
      description: "OTP blocked: an error fintoc-ruby's classes file under 422 Unprocessable Entity.",
      category: "attempts_exhausted",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    otp_verification_failed: {
      description: "OTP verification failed: an error fintoc-ruby's classes file under 422 Unprocessable Entity.",
      category: "mfa_failed",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [422],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    otp_already_exists: {
      description: "OTP already exists: an error fintoc-ruby's classes file under 422 Unprocessable Entity.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    subscription_in_progress: {
      description: "Subscription in progress: an error fintoc-ruby's classes file under 422 Unprocessable Entity.",
      category: "concurrent_operation",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [422],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    on_demand_policy_required: {
      description: "On demand policy required: an error fintoc-ruby's classes file under 422 Unprocessable Entity.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    on_demand_refresh_unavailable: {
      description: "On demand refresh unavailable: an error fintoc-ruby's classes file under 422 Unprocessable Entity.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    not_supported_country: {
      description: "Not supported country: an error fintoc-ruby's classes file under 422 Unprocessable Entity.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    not_supported_currency: {
      description: "Not supported currency: an error fintoc-ruby's classes file under 422 Unprocessable Entity.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    not_supported_mode: {
      description: "Not supported mode: an error fintoc-ruby's classes file under 422 Unprocessable Entity.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    not_supported_product: {
      description: "Not supported product: an error fintoc-ruby's classes file under 422 Unprocessable Entity.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    sender_blocked_account: {
      description: "Sender blocked account: an error fintoc-ruby's classes file under 422 Unprocessable Entity.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    internal_server_error: {
      description: "Internal server error: an error fintoc-ruby's classes file under 500 Internal Server Error.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [500],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    unrecognized_request: {
      description: "Unrecognized request: an error fintoc-ruby's classes file under 500 Internal Server Error.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [500],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    core_response: {
      description: "Core response: an error fintoc-ruby's classes file under 500 Internal Server Error.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [500],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    link: {
      description: "Link: a legacy error class of fintoc-ruby's, under no HTTP status.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    institution: {
      description: "Institution: a legacy error class of fintoc-ruby's, under no HTTP status.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    api: {
      description: "API: a legacy error class of fintoc-ruby's, under no HTTP status.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_credentials: {
      description: "Invalid credentials: a legacy error class of fintoc-ruby's, under no HTTP status.",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["fintoc-ruby-errors", "fintoc-ruby-base-client", "fintoc-ruby-utils"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known FintocErrorCode. */
export const isFintocErrorCode = (value: unknown): value is FintocErrorCode => isCodeOf(FintocErrorCodeCategories, FintocErrorCodeAliases, value);

/** Other wire spellings of FintocErrorType values (alias -> value). */
export const FintocErrorTypeAliases: { readonly [alias: string]: FintocErrorType } = {
};
/** The category of every FintocErrorType value and alias: all a listener needs to read one. */
export const FintocErrorTypeCategories: { readonly [spelling: string]: Category } = {
  api_error: "generic_failure",
  authentication_error: "integration_error",
  link_error: "reconnect_required",
  institution_error: "institution_unavailable",
  invalid_request_error: "integration_error",
  new_contact_error: "rejected",
  amount_error: "rejected",
};
/**
 * API error type: The type of a Fintoc API error (error.type). Fintoc's Python and Node clients
 * raise the exception class named after it (api_error: ApiError), and FintocError for any other
 * type. Fintoc publishes no text per type: where its Python client's class has a docstring, that is
 * the description. Wire field: error.type (the error object of an API error response).
 */
export const FintocErrorType: {
  /**
   * Represents an error with the API server.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Fintoc's published text.
   */
  readonly api_error: "api_error";
  /**
   * Represents an error with the authentication.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly authentication_error: "authentication_error";
  /**
   * Represents an error with a Link object.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly link_error: "link_error";
  /**
   * Represents an error with an Institution object.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Fintoc's published text.
   */
  readonly institution_error: "institution_error";
  /**
   * Represents an error because of an invalid request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly invalid_request_error: "invalid_request_error";
  /**
   * An error about a transfer to a new contact, sent only when payments are pre-validated.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly new_contact_error: "new_contact_error";
  /**
   * An error about a payment's amount, sent only when payments are pre-validated.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly amount_error: "amount_error";
} = /* @__PURE__ */ membersOf(FintocErrorTypeCategories, FintocErrorTypeAliases);
export type FintocErrorType = (typeof FintocErrorType)[keyof typeof FintocErrorType];
/** A FintocErrorType as read from the wire: a known value or any other string. */
export type FintocErrorTypeOrUnknown = FintocErrorType | (string & {});
/** The catalog's metadata of every FintocErrorType value. */
export const FintocErrorTypeInfo: { readonly [V in FintocErrorType]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/fintoc/error_type",
  {
    api_error: {
      description: "Represents an error with the API server.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["fintoc-errors-object", "fintoc-python-errors", "fintoc-python-utils"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-python-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    authentication_error: {
      description: "Represents an error with the authentication.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["fintoc-errors-object", "fintoc-python-errors", "fintoc-python-utils"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-python-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    link_error: {
      description: "Represents an error with a Link object.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "fintoc-errors-object",
        "fintoc-python-errors",
        "fintoc-python-utils",
        "fintoc-refresh-intents-errors",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-python-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    institution_error: {
      description: "Represents an error with an Institution object.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["fintoc-errors-object", "fintoc-python-errors", "fintoc-python-utils"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-python-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_request_error: {
      description: "Represents an error because of an invalid request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["fintoc-errors-object", "fintoc-python-errors", "fintoc-python-utils"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-python-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    new_contact_error: {
      description: "An error about a transfer to a new contact, sent only when payments are pre-validated.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["fintoc-errors-object"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    amount_error: {
      description: "An error about a payment's amount, sent only when payments are pre-validated.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["fintoc-errors-object"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known FintocErrorType. */
export const isFintocErrorType = (value: unknown): value is FintocErrorType => isCodeOf(FintocErrorTypeCategories, FintocErrorTypeAliases, value);

/** Other wire spellings of FintocPaymentErrorReason values (alias -> value). */
export const FintocPaymentErrorReasonAliases: { readonly [alias: string]: FintocPaymentErrorReason } = {
};
/** The category of every FintocPaymentErrorReason value and alias: all a listener needs to read one. */
export const FintocPaymentErrorReasonCategories: { readonly [spelling: string]: Category } = {
  bank_account_locked: "action_required_at_institution",
  bank_connection_error: "institution_unavailable",
  bank_not_available: "institution_unavailable",
  amount_limit_reached: "rejected",
  insufficient_funds: "rejected",
  login_credentials_locked: "attempts_exhausted",
  login_invalid_credentials: "credentials_invalid",
  maximum_amount_error: "rejected",
  mfa_authorization_timeout: "mfa_failed",
  mfa_invalid_authorization: "mfa_failed",
  mfa_locked: "attempts_exhausted",
  mfa_unavailable: "action_required_at_institution",
  new_contact_amount_limit_reached: "rejected",
  new_contact_transfer_number_limit_reached: "rejected",
  recipient_account_not_allowed: "integration_error",
  unresolved_final_status: "generic_failure",
  user_left: "cancelled",
};
/**
 * Payment Intent error reason: Why a Payment Intent failed (error_reason), for bank transfers: the
 * values Fintoc's error reason page lists, whose stored copies are of Chile (each row's country);
 * Fintoc may add more at any time. The list on the current page runs on past the stored copies
 * (after unresolved_final_status), so later rows are not here. Fintoc's Spanish page gives the same
 * list in Spanish. Wire field: error_reason (the Payment Intent object; data.error_reason of
 * payment_intent.* events).
 */
export const FintocPaymentErrorReason: {
  /**
   * The bank blocked the transfers service for this account.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly bank_account_locked: "bank_account_locked";
  /**
   * Fintoc had a problem connecting with the selected bank.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Fintoc's published text.
   */
  readonly bank_connection_error: "bank_connection_error";
  /**
   * The selected bank is temporarily unavailable.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Fintoc's published text.
   */
  readonly bank_not_available: "bank_not_available";
  /**
   * The maximum amount available to transfer was reached.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly amount_limit_reached: "amount_limit_reached";
  /**
   * The account doesn’t have enough money to execute the payment.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly insufficient_funds: "insufficient_funds";
  /**
   * The bank indicated that the user’s credentials are locked.
   * Category: attempts_exhausted (Attempts exhausted); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly login_credentials_locked: "login_credentials_locked";
  /**
   * The bank indicated that the user’s credentials are invalid.
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly login_invalid_credentials: "login_invalid_credentials";
  /**
   * The amount exceeds the maximum amount allowed for that bank.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly maximum_amount_error: "maximum_amount_error";
  /**
   * The user did not authorize the transfer with their multifactor method.
   * Category: mfa_failed (MFA failed); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly mfa_authorization_timeout: "mfa_authorization_timeout";
  /**
   * The bank indicated that the multifactor authorization was invalid.
   * Category: mfa_failed (MFA failed); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly mfa_invalid_authorization: "mfa_invalid_authorization";
  /**
   * The multifactor authentication method is locked.
   * Category: attempts_exhausted (Attempts exhausted); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly mfa_locked: "mfa_locked";
  /**
   * The multifactor authentication method is unavailable.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly mfa_unavailable: "mfa_unavailable";
  /**
   * The amount exceeds the maximum amount permitted for new contacts.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly new_contact_amount_limit_reached: "new_contact_amount_limit_reached";
  /**
   * The maximum number of transfers for new contacts was reached.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly new_contact_transfer_number_limit_reached: "new_contact_transfer_number_limit_reached";
  /**
   * The bank indicated that the recipient account is not allowed to receive transfers.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly recipient_account_not_allowed: "recipient_account_not_allowed";
  /**
   * The bank can’t provide a definite answer on whether this payment was completed or not. This
   * reason will only appear for pending payments that could not be validated after 10 days.
   * Category: generic_failure (Generic failure); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly unresolved_final_status: "unresolved_final_status";
  /**
   * The user abandoned the payment process before selecting an account or entering their bank
   * account´s credentials.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly user_left: "user_left";
} = /* @__PURE__ */ membersOf(FintocPaymentErrorReasonCategories, FintocPaymentErrorReasonAliases);
export type FintocPaymentErrorReason = (typeof FintocPaymentErrorReason)[keyof typeof FintocPaymentErrorReason];
/** A FintocPaymentErrorReason as read from the wire: a known value or any other string. */
export type FintocPaymentErrorReasonOrUnknown = FintocPaymentErrorReason | (string & {});
/** The catalog's metadata of every FintocPaymentErrorReason value. */
export const FintocPaymentErrorReasonInfo: { readonly [V in FintocPaymentErrorReason]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/fintoc/payment_error_reason",
  {
    bank_account_locked: {
      description: "The bank blocked the transfers service for this account.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "Your bank has blocked transfers from this account.",
          action: "Contact your bank to unblock transfers, or pay from another account.",
        },
        fr: {
          message: "Votre banque a bloqué les virements depuis ce compte.",
          action: "Contactez votre banque pour débloquer les virements, ou payez depuis un autre compte.",
        },
        ar: {
          message: "حظر بنكك التحويلات من هذا الحساب.",
          action: "تواصل مع بنكك لإلغاء حظر التحويلات، أو ادفع من حساب آخر.",
        },
        es: {
          message: "Su banco bloqueó las transferencias desde esta cuenta.",
          action: "Comuníquese con su banco para desbloquear las transferencias o pague desde otra cuenta.",
        },
        pt: {
          message: "Seu banco bloqueou as transferências desta conta.",
          action: "Entre em contato com seu banco para desbloquear as transferências ou pague com outra conta.",
        },
      },
      httpStatuses: [],
      sources: [
        "fintoc-payment-intent-error-reason",
        "fintoc-payment-intent-error-reason-es",
        "fintoc-payment-intent-error-reason-country",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-payment-intent-error-reason"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    bank_connection_error: {
      description: "Fintoc had a problem connecting with the selected bank.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "fintoc-payment-intent-error-reason",
        "fintoc-payment-intent-error-reason-es",
        "fintoc-payment-intent-error-reason-country",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-payment-intent-error-reason"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    bank_not_available: {
      description: "The selected bank is temporarily unavailable.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "fintoc-payment-intent-error-reason",
        "fintoc-payment-intent-error-reason-es",
        "fintoc-payment-intent-error-reason-country",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-payment-intent-error-reason"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    amount_limit_reached: {
      description: "The maximum amount available to transfer was reached.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "The amount is over the limit your bank allows for this transfer.",
          action: "Pay a smaller amount, use another account, or ask your bank to raise the limit, then try again.",
        },
        fr: {
          message: "Le montant dépasse la limite que votre banque autorise pour ce virement.",
          action: "Payez un montant inférieur, utilisez un autre compte ou demandez à votre banque de relever la limite, puis réessayez.",
        },
        ar: {
          message: "المبلغ يتجاوز الحد الذي يسمح به بنكك لهذا التحويل.",
          action: "ادفع مبلغاً أقل، أو استخدم حساباً آخر، أو اطلب من بنكك رفع الحد، ثم حاول مرة أخرى.",
        },
        es: {
          message: "El monto supera el límite que su banco permite para esta transferencia.",
          action: "Pague un monto menor, use otra cuenta o pida a su banco que aumente el límite y vuelva a intentarlo.",
        },
        pt: {
          message: "O valor ultrapassa o limite que seu banco permite para esta transferência.",
          action: "Pague um valor menor, use outra conta ou peça ao seu banco para aumentar o limite e tente novamente.",
        },
      },
      httpStatuses: [],
      sources: [
        "fintoc-payment-intent-error-reason",
        "fintoc-payment-intent-error-reason-es",
        "fintoc-payment-intent-error-reason-country",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-payment-intent-error-reason"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    insufficient_funds: {
      description: "The account doesn’t have enough money to execute the payment.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "Your account does not have enough money for this payment.",
          action: "Add money to your account or pay from another account, then try again.",
        },
        fr: {
          message: "Votre compte n'a pas assez d'argent pour ce paiement.",
          action: "Approvisionnez votre compte ou payez depuis un autre compte, puis réessayez.",
        },
        ar: {
          message: "لا يحتوي حسابك على رصيد كافٍ لهذا الدفع.",
          action: "أضف أموالاً إلى حسابك أو ادفع من حساب آخر، ثم حاول مرة أخرى.",
        },
        es: {
          message: "Su cuenta no tiene saldo suficiente para este pago.",
          action: "Agregue fondos a su cuenta o pague desde otra cuenta y vuelva a intentarlo.",
        },
        pt: {
          message: "Sua conta não tem saldo suficiente para este pagamento.",
          action: "Adicione saldo à sua conta ou pague com outra conta e tente novamente.",
        },
      },
      httpStatuses: [],
      sources: [
        "fintoc-payment-intent-error-reason",
        "fintoc-payment-intent-error-reason-es",
        "fintoc-payment-intent-error-reason-country",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-payment-intent-error-reason"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    login_credentials_locked: {
      description: "The bank indicated that the user’s credentials are locked.",
      category: "attempts_exhausted",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "fintoc-payment-intent-error-reason",
        "fintoc-payment-intent-error-reason-es",
        "fintoc-payment-intent-error-reason-country",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-payment-intent-error-reason"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    login_invalid_credentials: {
      description: "The bank indicated that the user’s credentials are invalid.",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "fintoc-payment-intent-error-reason",
        "fintoc-payment-intent-error-reason-es",
        "fintoc-payment-intent-error-reason-country",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-payment-intent-error-reason"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    maximum_amount_error: {
      description: "The amount exceeds the maximum amount allowed for that bank.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "The amount is over the limit your bank allows for this transfer.",
          action: "Pay a smaller amount, use another account, or ask your bank to raise the limit, then try again.",
        },
        fr: {
          message: "Le montant dépasse la limite que votre banque autorise pour ce virement.",
          action: "Payez un montant inférieur, utilisez un autre compte ou demandez à votre banque de relever la limite, puis réessayez.",
        },
        ar: {
          message: "المبلغ يتجاوز الحد الذي يسمح به بنكك لهذا التحويل.",
          action: "ادفع مبلغاً أقل، أو استخدم حساباً آخر، أو اطلب من بنكك رفع الحد، ثم حاول مرة أخرى.",
        },
        es: {
          message: "El monto supera el límite que su banco permite para esta transferencia.",
          action: "Pague un monto menor, use otra cuenta o pida a su banco que aumente el límite y vuelva a intentarlo.",
        },
        pt: {
          message: "O valor ultrapassa o limite que seu banco permite para esta transferência.",
          action: "Pague um valor menor, use outra conta ou peça ao seu banco para aumentar o limite e tente novamente.",
        },
      },
      httpStatuses: [],
      sources: [
        "fintoc-payment-intent-error-reason",
        "fintoc-payment-intent-error-reason-es",
        "fintoc-payment-intent-error-reason-country",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-payment-intent-error-reason"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    mfa_authorization_timeout: {
      description: "The user did not authorize the transfer with their multifactor method.",
      category: "mfa_failed",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "The payment was not approved in time with your bank's verification method.",
          action: "Start the payment again and approve it when your bank asks.",
        },
        fr: {
          message: "Le paiement n'a pas été approuvé à temps avec la méthode de vérification de votre banque.",
          action: "Recommencez le paiement et approuvez-le lorsque votre banque vous le demande.",
        },
        ar: {
          message: "لم تتم الموافقة على الدفع في الوقت المحدد بطريقة التحقق الخاصة ببنكك.",
          action: "ابدأ الدفع من جديد ووافق عليه عندما يطلب بنكك ذلك.",
        },
        es: {
          message: "El pago no se aprobó a tiempo con el método de verificación de su banco.",
          action: "Inicie el pago de nuevo y apruébelo cuando su banco se lo solicite.",
        },
        pt: {
          message: "O pagamento não foi aprovado a tempo com o método de verificação do seu banco.",
          action: "Inicie o pagamento novamente e aprove-o quando seu banco solicitar.",
        },
      },
      httpStatuses: [],
      sources: [
        "fintoc-payment-intent-error-reason",
        "fintoc-payment-intent-error-reason-es",
        "fintoc-payment-intent-error-reason-country",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-payment-intent-error-reason"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    mfa_invalid_authorization: {
      description: "The bank indicated that the multifactor authorization was invalid.",
      category: "mfa_failed",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "fintoc-payment-intent-error-reason",
        "fintoc-payment-intent-error-reason-es",
        "fintoc-payment-intent-error-reason-country",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-payment-intent-error-reason"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    mfa_locked: {
      description: "The multifactor authentication method is locked.",
      category: "attempts_exhausted",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "fintoc-payment-intent-error-reason",
        "fintoc-payment-intent-error-reason-es",
        "fintoc-payment-intent-error-reason-country",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-payment-intent-error-reason"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    mfa_unavailable: {
      description: "The multifactor authentication method is unavailable.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "fintoc-payment-intent-error-reason",
        "fintoc-payment-intent-error-reason-es",
        "fintoc-payment-intent-error-reason-country",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-payment-intent-error-reason"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    new_contact_amount_limit_reached: {
      description: "The amount exceeds the maximum amount permitted for new contacts.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "Your bank limits transfers to a new recipient, and this payment is over that limit.",
          action: "Try again later, pay from another account, or ask your bank about its limits for new recipients.",
        },
        fr: {
          message: "Votre banque limite les virements vers un nouveau bénéficiaire, et ce paiement dépasse cette limite.",
          action: "Réessayez plus tard, payez depuis un autre compte ou renseignez-vous auprès de votre banque sur ses limites pour les nouveaux bénéficiaires.",
        },
        ar: {
          message: "يحدّ بنكك من التحويلات إلى مستفيد جديد، وهذا الدفع يتجاوز ذلك الحد.",
          action: "حاول مرة أخرى لاحقاً، أو ادفع من حساب آخر، أو اسأل بنكك عن حدوده للمستفيدين الجدد.",
        },
        es: {
          message: "Su banco limita las transferencias a un destinatario nuevo y este pago supera ese límite.",
          action: "Vuelva a intentarlo más tarde, pague desde otra cuenta o consulte a su banco sobre sus límites para destinatarios nuevos.",
        },
        pt: {
          message: "Seu banco limita as transferências para um novo destinatário, e este pagamento ultrapassa esse limite.",
          action: "Tente novamente mais tarde, pague com outra conta ou consulte seu banco sobre os limites para novos destinatários.",
        },
      },
      httpStatuses: [],
      sources: [
        "fintoc-payment-intent-error-reason",
        "fintoc-payment-intent-error-reason-es",
        "fintoc-payment-intent-error-reason-country",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-payment-intent-error-reason"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    new_contact_transfer_number_limit_reached: {
      description: "The maximum number of transfers for new contacts was reached.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: true,
      endUser: {
        en: {
          message: "Your bank limits transfers to a new recipient, and this payment is over that limit.",
          action: "Try again later, pay from another account, or ask your bank about its limits for new recipients.",
        },
        fr: {
          message: "Votre banque limite les virements vers un nouveau bénéficiaire, et ce paiement dépasse cette limite.",
          action: "Réessayez plus tard, payez depuis un autre compte ou renseignez-vous auprès de votre banque sur ses limites pour les nouveaux bénéficiaires.",
        },
        ar: {
          message: "يحدّ بنكك من التحويلات إلى مستفيد جديد، وهذا الدفع يتجاوز ذلك الحد.",
          action: "حاول مرة أخرى لاحقاً، أو ادفع من حساب آخر، أو اسأل بنكك عن حدوده للمستفيدين الجدد.",
        },
        es: {
          message: "Su banco limita las transferencias a un destinatario nuevo y este pago supera ese límite.",
          action: "Vuelva a intentarlo más tarde, pague desde otra cuenta o consulte a su banco sobre sus límites para destinatarios nuevos.",
        },
        pt: {
          message: "Seu banco limita as transferências para um novo destinatário, e este pagamento ultrapassa esse limite.",
          action: "Tente novamente mais tarde, pague com outra conta ou consulte seu banco sobre os limites para novos destinatários.",
        },
      },
      httpStatuses: [],
      sources: [
        "fintoc-payment-intent-error-reason",
        "fintoc-payment-intent-error-reason-es",
        "fintoc-payment-intent-error-reason-country",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-payment-intent-error-reason"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    recipient_account_not_allowed: {
      description: "The bank indicated that the recipient account is not allowed to receive transfers.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "fintoc-payment-intent-error-reason",
        "fintoc-payment-intent-error-reason-es",
        "fintoc-payment-intent-error-reason-country",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-payment-intent-error-reason"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    unresolved_final_status: {
      description: "The bank can’t provide a definite answer on whether this payment was completed or not. This reason will only appear for pending payments that could not be validated after 10 days.",
      category: "generic_failure",
      retryable: false,
      endUserCanRetry: false,
      endUser: {
        en: {
          message: "Your bank has not confirmed whether this payment went through.",
          action: "Check your bank account to see whether the money has left it, and contact support.",
        },
        fr: {
          message: "Votre banque n'a pas confirmé si ce paiement a abouti.",
          action: "Vérifiez sur votre compte bancaire si l'argent en est sorti, et contactez le support.",
        },
        ar: {
          message: "لم يؤكد بنكك ما إذا كان هذا الدفع قد تم.",
          action: "تحقق في حسابك البنكي مما إذا كان المال قد خرج منه، وتواصل مع الدعم.",
        },
        es: {
          message: "Su banco no ha confirmado si este pago se realizó.",
          action: "Revise en su cuenta bancaria si el dinero salió de ella y comuníquese con soporte.",
        },
        pt: {
          message: "Seu banco não confirmou se este pagamento foi concluído.",
          action: "Confira na sua conta bancária se o dinheiro saiu dela e entre em contato com o suporte.",
        },
      },
      httpStatuses: [],
      sources: [
        "fintoc-payment-intent-error-reason",
        "fintoc-payment-intent-error-reason-es",
        "fintoc-payment-intent-error-reason-country",
      ],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["fintoc-payment-intent-error-reason-country"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    user_left: {
      description: "The user abandoned the payment process before selecting an account or entering their bank account´s credentials.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["fintoc-payment-intent-error-reason-legacy"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["fintoc-payment-intent-error-reason-legacy"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known FintocPaymentErrorReason. */
export const isFintocPaymentErrorReason = (value: unknown): value is FintocPaymentErrorReason => isCodeOf(FintocPaymentErrorReasonCategories, FintocPaymentErrorReasonAliases, value);

/** Other wire spellings of FintocPaymentIntentStatus values (alias -> value). */
export const FintocPaymentIntentStatusAliases: { readonly [alias: string]: FintocPaymentIntentStatus } = {
};
/** The category of every FintocPaymentIntentStatus value and alias: all a listener needs to read one. */
export const FintocPaymentIntentStatusCategories: { readonly [spelling: string]: Category } = {
  created: "pending",
  in_progress: "pending",
  succeeded: "success",
  failed: "generic_failure",
  pending: "pending",
  expired: "session_expired",
  rejected: "cancelled",
};
/**
 * Payment Intent status: The status of a Payment Intent, a payment by bank transfer ("Payment
 * status. Can be either created, in_progress, succeeded, failed, pending, expired or rejected").
 * Fintoc gives no text per value; the descriptions are bankcodes' wording, resting on the
 * payment_intent.* webhook events where one exists. A failed payment says why in error_reason. Wire
 * field: status (the Payment Intent object; data.status of payment_intent.* events).
 */
export const FintocPaymentIntentStatus: {
  /**
   * The Payment Intent was created; the payment has not started.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly created: "created";
  /**
   * The user is making the payment.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly in_progress: "in_progress";
  /**
   * The payment finished successfully.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly succeeded: "succeeded";
  /**
   * The payment failed; error_reason says why.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly failed: "failed";
  /**
   * The final status of the payment is not available yet; a later webhook gives it.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly pending: "pending";
  /**
   * The user did not complete the payment in time.
   * Category: session_expired (Session expired); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly expired: "expired";
  /**
   * The user rejected the payment.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly rejected: "rejected";
} = /* @__PURE__ */ membersOf(FintocPaymentIntentStatusCategories, FintocPaymentIntentStatusAliases);
export type FintocPaymentIntentStatus = (typeof FintocPaymentIntentStatus)[keyof typeof FintocPaymentIntentStatus];
/** A FintocPaymentIntentStatus as read from the wire: a known value or any other string. */
export type FintocPaymentIntentStatusOrUnknown = FintocPaymentIntentStatus | (string & {});
/** The catalog's metadata of every FintocPaymentIntentStatus value. */
export const FintocPaymentIntentStatusInfo: { readonly [V in FintocPaymentIntentStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/fintoc/payment_intent_status",
  {
    created: {
      description: "The Payment Intent was created; the payment has not started.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["fintoc-payment-intents-object", "fintoc-payment-intents-object-example"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    in_progress: {
      description: "The user is making the payment.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["fintoc-payment-intents-object", "fintoc-payment-intents-object-example"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    succeeded: {
      description: "The payment finished successfully.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "fintoc-payment-intents-object",
        "fintoc-payment-intents-object-example",
        "fintoc-types-of-events",
      ],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: ["fintoc-types-of-events"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    failed: {
      description: "The payment failed; error_reason says why.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "fintoc-payment-intents-object",
        "fintoc-payment-intents-object-example",
        "fintoc-types-of-events",
        "fintoc-events-types",
      ],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: ["fintoc-events-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    pending: {
      description: "The final status of the payment is not available yet; a later webhook gives it.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "fintoc-payment-intents-object",
        "fintoc-payment-intents-object-example",
        "fintoc-types-of-events",
      ],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: ["fintoc-types-of-events"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    expired: {
      description: "The user did not complete the payment in time.",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "fintoc-payment-intents-object",
        "fintoc-payment-intents-object-example",
        "fintoc-types-of-events",
      ],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: ["fintoc-types-of-events"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    rejected: {
      description: "The user rejected the payment.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "fintoc-payment-intents-object",
        "fintoc-payment-intents-object-example",
        "fintoc-types-of-events",
        "fintoc-events-types",
      ],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: ["fintoc-types-of-events"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known FintocPaymentIntentStatus. */
export const isFintocPaymentIntentStatus = (value: unknown): value is FintocPaymentIntentStatus => isCodeOf(FintocPaymentIntentStatusCategories, FintocPaymentIntentStatusAliases, value);

/** Other wire spellings of FintocRefreshIntentStatus values (alias -> value). */
export const FintocRefreshIntentStatusAliases: { readonly [alias: string]: FintocRefreshIntentStatus } = {
};
/** The category of every FintocRefreshIntentStatus value and alias: all a listener needs to read one. */
export const FintocRefreshIntentStatusCategories: { readonly [spelling: string]: Category } = {
  succeeded: "success",
  failed: "generic_failure",
  rejected: "reconnect_required",
};
/**
 * Refresh Intent status: The status of a Refresh Intent, a request to update a Link or an Account
 * with the institution's latest movements ("Possible values are succeeded, failed and rejected.").
 * Fintoc gives no text per value; the descriptions are bankcodes' wording, resting on the webhook
 * events of the same outcomes. A new Refresh Intent that needs multi-factor authentication says so
 * in requires_mfa, not in its status. Wire field: status (the Refresh Intent object; data.status of
 * account.refresh_intent.* and link.refresh_intent.* events).
 */
export const FintocRefreshIntentStatus: {
  /**
   * The update succeeded: the Account has the latest available movements from the bank.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly succeeded: "succeeded";
  /**
   * The update of the movements failed.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly failed: "failed";
  /**
   * The update failed because the Link's credentials are invalid.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly rejected: "rejected";
} = /* @__PURE__ */ membersOf(FintocRefreshIntentStatusCategories, FintocRefreshIntentStatusAliases);
export type FintocRefreshIntentStatus = (typeof FintocRefreshIntentStatus)[keyof typeof FintocRefreshIntentStatus];
/** A FintocRefreshIntentStatus as read from the wire: a known value or any other string. */
export type FintocRefreshIntentStatusOrUnknown = FintocRefreshIntentStatus | (string & {});
/** The catalog's metadata of every FintocRefreshIntentStatus value. */
export const FintocRefreshIntentStatusInfo: { readonly [V in FintocRefreshIntentStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/fintoc/refresh_intent_status",
  {
    succeeded: {
      description: "The update succeeded: the Account has the latest available movements from the bank.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "fintoc-refresh-intents-object",
        "fintoc-refresh-intents-object-es",
        "fintoc-refresh-intents-object-2023",
        "fintoc-types-of-events-refresh",
        "fintoc-refresh-intents-webhook",
      ],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: ["fintoc-types-of-events-refresh"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    failed: {
      description: "The update of the movements failed.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "fintoc-refresh-intents-object",
        "fintoc-refresh-intents-object-es",
        "fintoc-refresh-intents-object-2023",
        "fintoc-types-of-events-refresh",
      ],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: ["fintoc-types-of-events-refresh"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    rejected: {
      description: "The update failed because the Link's credentials are invalid.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "fintoc-refresh-intents-object",
        "fintoc-refresh-intents-object-es",
        "fintoc-refresh-intents-object-2023",
        "fintoc-types-of-events-refresh",
        "fintoc-refresh-intents-errors",
      ],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: ["fintoc-types-of-events-refresh"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known FintocRefreshIntentStatus. */
export const isFintocRefreshIntentStatus = (value: unknown): value is FintocRefreshIntentStatus => isCodeOf(FintocRefreshIntentStatusCategories, FintocRefreshIntentStatusAliases, value);

/** Other wire spellings of FintocWebhookType values (alias -> value). */
export const FintocWebhookTypeAliases: { readonly [alias: string]: FintocWebhookType } = {
};
/** The category of every FintocWebhookType value and alias: all a listener needs to read one. */
export const FintocWebhookTypeCategories: { readonly [spelling: string]: Category } = {
  "link.created": "success",
  "link.credentials_changed": "reconnect_required",
  "link.refresh_intent.succeeded": "success",
  "account.refresh_intent.succeeded": "success",
  "account.refresh_intent.failed": "generic_failure",
  "account.refresh_intent.rejected": "reconnect_required",
  "account.refresh_intent.movements_removed": "informational",
  "account.refresh_intent.movements_modified": "informational",
  "payment_intent.succeeded": "success",
  "payment_intent.rejected": "cancelled",
  "payment_intent.expired": "session_expired",
  "payment_intent.failed": "generic_failure",
  "payment_intent.pending": "pending",
};
/**
 * Webhook event type: The type of a Fintoc event (resource.event), which names the object in data.
 * These are the types of the Link, Refresh Intent and Payment Intent events, the objects whose
 * codes the catalog holds; Fintoc sends other events too (account verifications, charges, checkout
 * sessions, payouts, refunds, subscriptions and more) and may add types at any time. link.created
 * is not sent to webhook endpoints: only to the backend URL given to the widget. Wire field: type
 * (every event).
 */
export const FintocWebhookType: {
  /**
   * Triggers when a Link is created
   * Category: success (Success); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly link_created: "link.created";
  /**
   * Triggers when the credentials corresponding to a Link change and the Link needs to be
   * reconnected
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly link_credentials_changed: "link.credentials_changed";
  /**
   * Triggers when a Link has been completely updated. For now, it is only triggered for electronic
   * invoices
   * Category: success (Success); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly link_refresh_intent_succeeded: "link.refresh_intent.succeeded";
  /**
   * Triggers when an Account is updated with the latest available movements from the bank
   * Category: success (Success); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly account_refresh_intent_succeeded: "account.refresh_intent.succeeded";
  /**
   * Triggers when an update of the movements of a specific Account fails. Only available for
   * "Refresh On Demand" plans
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Fintoc's published text.
   */
  readonly account_refresh_intent_failed: "account.refresh_intent.failed";
  /**
   * Triggers when an update of the movements of a specific Account fails because the Link
   * credentials are invalid. Only available for "Refresh On Demand" plans
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly account_refresh_intent_rejected: "account.refresh_intent.rejected";
  /**
   * Triggers when the Link's bank deletes transactions.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly account_refresh_intent_movements_removed: "account.refresh_intent.movements_removed";
  /**
   * Triggers when the bank modifies transactions. Enable it from the dashboard webhook settings
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly account_refresh_intent_movements_modified: "account.refresh_intent.movements_modified";
  /**
   * Triggers when a Payment Intent finishes successfully
   * Category: success (Success); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly payment_intent_succeeded: "payment_intent.succeeded";
  /**
   * Triggers when a user rejects a Payment Intent
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly payment_intent_rejected: "payment_intent.rejected";
  /**
   * Triggers when a user doesn't complete a Payment Intent
   * Category: session_expired (Session expired); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly payment_intent_expired: "payment_intent.expired";
  /**
   * Triggers when a transfer (Payment Intent ) fails
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Fintoc's published text.
   */
  readonly payment_intent_failed: "payment_intent.failed";
  /**
   * Triggers when the final status of the payment is not available yet. A future webhook will be
   * sent with the final status once it's determined.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly payment_intent_pending: "payment_intent.pending";
} = /* @__PURE__ */ membersOf(FintocWebhookTypeCategories, FintocWebhookTypeAliases, {
  "link.created": "link_created",
  "link.credentials_changed": "link_credentials_changed",
  "link.refresh_intent.succeeded": "link_refresh_intent_succeeded",
  "account.refresh_intent.succeeded": "account_refresh_intent_succeeded",
  "account.refresh_intent.failed": "account_refresh_intent_failed",
  "account.refresh_intent.rejected": "account_refresh_intent_rejected",
  "account.refresh_intent.movements_removed": "account_refresh_intent_movements_removed",
  "account.refresh_intent.movements_modified": "account_refresh_intent_movements_modified",
  "payment_intent.succeeded": "payment_intent_succeeded",
  "payment_intent.rejected": "payment_intent_rejected",
  "payment_intent.expired": "payment_intent_expired",
  "payment_intent.failed": "payment_intent_failed",
  "payment_intent.pending": "payment_intent_pending",
});
export type FintocWebhookType = (typeof FintocWebhookType)[keyof typeof FintocWebhookType];
/** A FintocWebhookType as read from the wire: a known value or any other string. */
export type FintocWebhookTypeOrUnknown = FintocWebhookType | (string & {});
/** The catalog's metadata of every FintocWebhookType value. */
export const FintocWebhookTypeInfo: { readonly [V in FintocWebhookType]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/fintoc/webhook_type",
  {
    "link.created": {
      name: "link_created",
      description: "Triggers when a Link is created",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["fintoc-types-of-events", "fintoc-types-of-events-refresh"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["fintoc-types-of-events", "fintoc-types-of-events-refresh"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "link.credentials_changed": {
      name: "link_credentials_changed",
      description: "Triggers when the credentials corresponding to a Link change and the Link needs to be reconnected",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["fintoc-types-of-events", "fintoc-types-of-events-refresh"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["fintoc-types-of-events", "fintoc-types-of-events-refresh"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "link.refresh_intent.succeeded": {
      name: "link_refresh_intent_succeeded",
      description: "Triggers when a Link has been completely updated. For now, it is only triggered for electronic invoices",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["fintoc-types-of-events", "fintoc-types-of-events-refresh"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["fintoc-types-of-events", "fintoc-types-of-events-refresh"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "account.refresh_intent.succeeded": {
      name: "account_refresh_intent_succeeded",
      description: "Triggers when an Account is updated with the latest available movements from the bank",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "fintoc-types-of-events",
        "fintoc-types-of-events-refresh",
        "fintoc-types-of-events-2023",
        "fintoc-refresh-intents-webhook",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["fintoc-types-of-events", "fintoc-types-of-events-refresh"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "account.refresh_intent.failed": {
      name: "account_refresh_intent_failed",
      description: "Triggers when an update of the movements of a specific Account fails. Only available for \"Refresh On Demand\" plans",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["fintoc-types-of-events-refresh", "fintoc-types-of-events-2023"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-types-of-events-refresh"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "account.refresh_intent.rejected": {
      name: "account_refresh_intent_rejected",
      description: "Triggers when an update of the movements of a specific Account fails because the Link credentials are invalid. Only available for \"Refresh On Demand\" plans",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["fintoc-types-of-events-refresh", "fintoc-types-of-events-2023"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-types-of-events-refresh"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "account.refresh_intent.movements_removed": {
      name: "account_refresh_intent_movements_removed",
      description: "Triggers when the Link's bank deletes transactions.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["fintoc-types-of-events-refresh", "fintoc-types-of-events-2023"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-types-of-events-refresh"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "account.refresh_intent.movements_modified": {
      name: "account_refresh_intent_movements_modified",
      description: "Triggers when the bank modifies transactions. Enable it from the dashboard webhook settings",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["fintoc-types-of-events-2023"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-types-of-events-2023"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "payment_intent.succeeded": {
      name: "payment_intent_succeeded",
      description: "Triggers when a Payment Intent finishes successfully",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "fintoc-types-of-events",
        "fintoc-types-of-events-refresh",
        "fintoc-python-webhook-test",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["fintoc-types-of-events", "fintoc-types-of-events-refresh"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "payment_intent.rejected": {
      name: "payment_intent_rejected",
      description: "Triggers when a user rejects a Payment Intent",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["fintoc-types-of-events", "fintoc-types-of-events-refresh", "fintoc-events-types"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["fintoc-types-of-events", "fintoc-types-of-events-refresh"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "payment_intent.expired": {
      name: "payment_intent_expired",
      description: "Triggers when a user doesn't complete a Payment Intent",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["fintoc-types-of-events"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-types-of-events"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "payment_intent.failed": {
      name: "payment_intent_failed",
      description: "Triggers when a transfer (Payment Intent ) fails",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["fintoc-events-types", "fintoc-types-of-events"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-events-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "payment_intent.pending": {
      name: "payment_intent_pending",
      description: "Triggers when the final status of the payment is not available yet. A future webhook will be sent with the final status once it's determined.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["fintoc-types-of-events"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-types-of-events"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known FintocWebhookType. */
export const isFintocWebhookType = (value: unknown): value is FintocWebhookType => isCodeOf(FintocWebhookTypeCategories, FintocWebhookTypeAliases, value);

/** Other wire spellings of FintocClientErrorClass values (alias -> value). */
export const FintocClientErrorClassAliases: { readonly [alias: string]: FintocClientErrorClass } = {
};
/** The category of every FintocClientErrorClass value and alias: all a listener needs to read one. */
export const FintocClientErrorClassCategories: { readonly [spelling: string]: Category } = {
  ApiError: "generic_failure",
  AuthenticationError: "integration_error",
  LinkError: "reconnect_required",
  InstitutionError: "institution_unavailable",
  InvalidRequestError: "integration_error",
  FintocError: "generic_failure",
};
/**
 * Exception class of Fintoc's Python and Node clients: The class of the exception fintoc-python
 * raises (fintoc.errors) and fintoc-node throws for an API error response: the class named after
 * error.type in PascalCase, FintocError for a type without a class of its own. The class is all the
 * exception keeps of the error: its message is the text 'type: code (param)', the error's message
 * and 'Check the docs for more info: doc_url' on three lines, and it has no attribute holding the
 * body, the code or the HTTP status. Wire field: the exception's class name (type(error).__name__
 * in Python, error.constructor.name in Node).
 */
export const FintocClientErrorClass: {
  /**
   * Represents an error with the API server.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Fintoc's published text.
   */
  readonly ApiError: "ApiError";
  /**
   * Represents an error with the authentication.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly AuthenticationError: "AuthenticationError";
  /**
   * Represents an error with a Link object.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly LinkError: "LinkError";
  /**
   * Represents an error with an Institution object.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Fintoc's published text.
   */
  readonly InstitutionError: "InstitutionError";
  /**
   * Represents an error because of an invalid request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly InvalidRequestError: "InvalidRequestError";
  /**
   * Represents the base custom error.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Fintoc's published text.
   */
  readonly FintocError: "FintocError";
} = /* @__PURE__ */ membersOf(FintocClientErrorClassCategories, FintocClientErrorClassAliases);
export type FintocClientErrorClass = (typeof FintocClientErrorClass)[keyof typeof FintocClientErrorClass];
/** A FintocClientErrorClass as read from the wire: a known value or any other string. */
export type FintocClientErrorClassOrUnknown = FintocClientErrorClass | (string & {});
/** The catalog's metadata of every FintocClientErrorClass value. */
export const FintocClientErrorClassInfo: { readonly [V in FintocClientErrorClass]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/fintoc/client_error_class",
  {
    ApiError: {
      description: "Represents an error with the API server.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "fintoc-python-errors",
        "fintoc-python-utils",
        "fintoc-node-errors",
        "fintoc-node-utils",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-python-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AuthenticationError: {
      description: "Represents an error with the authentication.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "fintoc-python-errors",
        "fintoc-python-utils",
        "fintoc-node-errors",
        "fintoc-node-utils",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-python-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    LinkError: {
      description: "Represents an error with a Link object.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "fintoc-python-errors",
        "fintoc-python-utils",
        "fintoc-node-errors",
        "fintoc-node-utils",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-python-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    InstitutionError: {
      description: "Represents an error with an Institution object.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "fintoc-python-errors",
        "fintoc-python-utils",
        "fintoc-node-errors",
        "fintoc-node-utils",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-python-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    InvalidRequestError: {
      description: "Represents an error because of an invalid request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "fintoc-python-errors",
        "fintoc-python-utils",
        "fintoc-node-errors",
        "fintoc-node-utils",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-python-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FintocError: {
      description: "Represents the base custom error.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "fintoc-python-errors",
        "fintoc-python-utils",
        "fintoc-node-errors",
        "fintoc-node-utils",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-python-errors"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known FintocClientErrorClass. */
export const isFintocClientErrorClass = (value: unknown): value is FintocClientErrorClass => isCodeOf(FintocClientErrorClassCategories, FintocClientErrorClassAliases, value);

/** Other wire spellings of FintocResponseStatus values (alias -> value). */
export const FintocResponseStatusAliases: { readonly [alias: string]: FintocResponseStatus } = {
};
/** The category of every FintocResponseStatus value and alias: all a listener needs to read one. */
export const FintocResponseStatusCategories: { readonly [spelling: string]: Category } = {
  "200": "success",
  "400": "integration_error",
  "401": "integration_error",
  "402": "integration_error",
  "403": "integration_error",
  "404": "integration_error",
  "429": "rate_limited",
  "500": "generic_failure",
  "503": "institution_unavailable",
};
/**
 * API response status: The HTTP status of a Fintoc API response, with the meaning Fintoc's status
 * code summary gives it. The error's code and type in the body are the more specific facts. Wire
 * field: the HTTP status of an API response.
 */
export const FintocResponseStatus: {
  /**
   * The request succeeded.
   * Category: success (Success); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly OK: 200;
  /**
   * The request contains invalid information. Correct the information before retrying the request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly BAD_REQUEST: 400;
  /**
   * Your API key is invalid or incorrectly formatted.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly UNAUTHORIZED: 401;
  /**
   * You must pay to continue using the service.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly PAYMENT_REQUIRED: 402;
  /**
   * The request is valid, but you do not have permission to make it.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly FORBIDDEN: 403;
  /**
   * Fintoc could not find the requested resource. Check the URL you requested.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly NOT_FOUND: 404;
  /**
   * You exceeded the limit of five requests per second.
   * Category: rate_limited (Rate limited); retryable: yes.
   * Whose words: description: Fintoc's published text.
   */
  readonly TOO_MANY_REQUESTS: 429;
  /**
   * Fintoc encountered an internal error and is working to resolve it.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Fintoc's published text.
   */
  readonly INTERNAL_SERVER_ERROR: 500;
  /**
   * The financial institution may be unavailable.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Fintoc's published text.
   */
  readonly SERVICE_UNAVAILABLE: 503;
} = {
  OK: 200,
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  PAYMENT_REQUIRED: 402,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  TOO_MANY_REQUESTS: 429,
  INTERNAL_SERVER_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
};
export type FintocResponseStatus = (typeof FintocResponseStatus)[keyof typeof FintocResponseStatus];
/** A FintocResponseStatus as read from the wire: a known value or any other number, or a number's
 * decimal text (as some providers send it). */
export type FintocResponseStatusOrUnknown = FintocResponseStatus | (number & {}) | `${number}`;
/** The catalog's metadata of every FintocResponseStatus value. */
export const FintocResponseStatusInfo: { readonly [V in FintocResponseStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/fintoc/http_status",
  {
    "200": {
      name: "OK",
      description: "The request succeeded.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["fintoc-errors-status-codes"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-errors-status-codes"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "400": {
      name: "BAD_REQUEST",
      description: "The request contains invalid information. Correct the information before retrying the request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["fintoc-errors-status-codes"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-errors-status-codes"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "401": {
      name: "UNAUTHORIZED",
      description: "Your API key is invalid or incorrectly formatted.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["fintoc-errors-status-codes"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-errors-status-codes"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "402": {
      name: "PAYMENT_REQUIRED",
      description: "You must pay to continue using the service.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["fintoc-errors-status-codes"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-errors-status-codes"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "403": {
      name: "FORBIDDEN",
      description: "The request is valid, but you do not have permission to make it.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["fintoc-errors-status-codes"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-errors-status-codes"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "404": {
      name: "NOT_FOUND",
      description: "Fintoc could not find the requested resource. Check the URL you requested.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["fintoc-errors-status-codes"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-errors-status-codes"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "429": {
      name: "TOO_MANY_REQUESTS",
      description: "You exceeded the limit of five requests per second.",
      category: "rate_limited",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["fintoc-errors-status-codes"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-errors-status-codes"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "500": {
      name: "INTERNAL_SERVER_ERROR",
      description: "Fintoc encountered an internal error and is working to resolve it.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["fintoc-errors-status-codes"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-errors-status-codes"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "503": {
      name: "SERVICE_UNAVAILABLE",
      description: "The financial institution may be unavailable.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["fintoc-errors-status-codes"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-errors-status-codes"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known FintocResponseStatus. */
export const isFintocResponseStatus = (value: unknown): value is FintocResponseStatus => isNumericCodeOf(FintocResponseStatusCategories, value);

/** Other wire spellings of FintocWidgetEvent values (alias -> value). */
export const FintocWidgetEventAliases: { readonly [alias: string]: FintocWidgetEvent } = {
};
/** The category of every FintocWidgetEvent value and alias: all a listener needs to read one. */
export const FintocWidgetEventCategories: { readonly [spelling: string]: Category } = {
  opened: "informational",
  on_terms_and_conditions: "informational",
  codi_helper: "informational",
  on_available_institutions: "informational",
  on_request_bank: "informational",
  on_authentication_form: "informational",
  codi_username_required: "informational",
  payment_in_progress: "informational",
  creating_link: "informational",
  link_created: "informational",
  selecting_account: "informational",
  payment_intent_confirmation_required: "informational",
  creating_subscription: "informational",
  app_authentication_required: "informational",
  device_authentication_required: "informational",
};
/**
 * Widget event: The name of an event of the Fintoc widget, the eventName the widget passes to the
 * onEvent(eventName, metadata) callback as its first argument (metadata holds a timestamp). Fintoc
 * asks integrators not to decide a resource's state from these events, only to guide the frontend:
 * webhooks or the exchange decide. The list runs on past the stored copies (after the
 * authentication events), so later events are not here. Wire field: eventName (the first argument
 * of the widget's onEvent callback).
 */
export const FintocWidgetEvent: {
  /**
   * Triggers when the widget is opened
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly opened: "opened";
  /**
   * Triggers when the user visits the terms and conditions
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly on_terms_and_conditions: "on_terms_and_conditions";
  /**
   * Triggers when the user visits the CoDi Helper Guide
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly codi_helper: "codi_helper";
  /**
   * Triggers when the user enters the view to select the financial institution
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly on_available_institutions: "on_available_institutions";
  /**
   * Triggers when the user enters the view to request a new bank
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly on_request_bank: "on_request_bank";
  /**
   * Triggers when the user enters the view to authenticate with its financial institution
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly on_authentication_form: "on_authentication_form";
  /**
   * Triggers when the user is prompted to enter their mobile phone to recieve a CoDi payment
   * request
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly codi_username_required: "codi_username_required";
  /**
   * Triggers when the user is asked to select the payment provider
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly payment_in_progress: "payment_in_progress";
  /**
   * Triggers when the financial institution is verifying the credentials and Fintoc is connecting
   * the account
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly creating_link: "creating_link";
  /**
   * Triggers when the financial institution approves the credentials and a Link gets created in
   * Fintoc
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly link_created: "link_created";
  /**
   * Triggers when the user enters the view to select an account
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly selecting_account: "selecting_account";
  /**
   * Triggers when the user is prompted to authorize the payment
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly payment_intent_confirmation_required: "payment_intent_confirmation_required";
  /**
   * Triggers when the user starts trying to create a subscription
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly creating_subscription: "creating_subscription";
  /**
   * Triggers when the financial entity needs a second factor via application to authenticate
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly app_authentication_required: "app_authentication_required";
  /**
   * Triggers when the financial entity needs a second factor via physical device to authenticate
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly device_authentication_required: "device_authentication_required";
} = /* @__PURE__ */ membersOf(FintocWidgetEventCategories, FintocWidgetEventAliases);
export type FintocWidgetEvent = (typeof FintocWidgetEvent)[keyof typeof FintocWidgetEvent];
/** A FintocWidgetEvent as read from the wire: a known value or any other string. */
export type FintocWidgetEventOrUnknown = FintocWidgetEvent | (string & {});
/** The catalog's metadata of every FintocWidgetEvent value. */
export const FintocWidgetEventInfo: { readonly [V in FintocWidgetEvent]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/fintoc/widget_event",
  {
    opened: {
      description: "Triggers when the widget is opened",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["fintoc-widget-events", "fintoc-widget-events-older", "fintoc-widget-events-es"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "fintoc-widget-events",
            "fintoc-widget-events-older",
            "fintoc-widget-events-es",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    on_terms_and_conditions: {
      description: "Triggers when the user visits the terms and conditions",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["fintoc-widget-events", "fintoc-widget-events-older", "fintoc-widget-events-es"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "fintoc-widget-events",
            "fintoc-widget-events-older",
            "fintoc-widget-events-es",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    codi_helper: {
      description: "Triggers when the user visits the CoDi Helper Guide",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["fintoc-widget-events", "fintoc-widget-events-es"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["fintoc-widget-events", "fintoc-widget-events-es"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    on_available_institutions: {
      description: "Triggers when the user enters the view to select the financial institution",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["fintoc-widget-events", "fintoc-widget-events-older", "fintoc-widget-events-es"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "fintoc-widget-events",
            "fintoc-widget-events-older",
            "fintoc-widget-events-es",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    on_request_bank: {
      description: "Triggers when the user enters the view to request a new bank",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["fintoc-widget-events", "fintoc-widget-events-older", "fintoc-widget-events-es"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "fintoc-widget-events",
            "fintoc-widget-events-older",
            "fintoc-widget-events-es",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    on_authentication_form: {
      description: "Triggers when the user enters the view to authenticate with its financial institution",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["fintoc-widget-events", "fintoc-widget-events-older", "fintoc-widget-events-es"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "fintoc-widget-events",
            "fintoc-widget-events-older",
            "fintoc-widget-events-es",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    codi_username_required: {
      description: "Triggers when the user is prompted to enter their mobile phone to recieve a CoDi payment request",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["fintoc-widget-events", "fintoc-widget-events-es"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["fintoc-widget-events", "fintoc-widget-events-es"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    payment_in_progress: {
      description: "Triggers when the user is asked to select the payment provider",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["fintoc-widget-events"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-widget-events"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    creating_link: {
      description: "Triggers when the financial institution is verifying the credentials and Fintoc is connecting the account",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["fintoc-widget-events", "fintoc-widget-events-older"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["fintoc-widget-events", "fintoc-widget-events-older"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    link_created: {
      description: "Triggers when the financial institution approves the credentials and a Link gets created in Fintoc",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["fintoc-widget-events", "fintoc-widget-events-older"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["fintoc-widget-events", "fintoc-widget-events-older"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    selecting_account: {
      description: "Triggers when the user enters the view to select an account",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["fintoc-widget-events", "fintoc-widget-events-older"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["fintoc-widget-events", "fintoc-widget-events-older"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    payment_intent_confirmation_required: {
      description: "Triggers when the user is prompted to authorize the payment",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["fintoc-widget-events", "fintoc-widget-events-older"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-widget-events"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    creating_subscription: {
      description: "Triggers when the user starts trying to create a subscription",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["fintoc-widget-events-older"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-widget-events-older"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    app_authentication_required: {
      description: "Triggers when the financial entity needs a second factor via application to authenticate",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["fintoc-widget-events-older", "fintoc-widget-events"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-widget-events-older"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    device_authentication_required: {
      description: "Triggers when the financial entity needs a second factor via physical device to authenticate",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["fintoc-widget-events-older"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-widget-events-older"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known FintocWidgetEvent. */
export const isFintocWidgetEvent = (value: unknown): value is FintocWidgetEvent => isCodeOf(FintocWidgetEventCategories, FintocWidgetEventAliases, value);

/** Other wire spellings of FintocWebviewMessage values (alias -> value). */
export const FintocWebviewMessageAliases: { readonly [alias: string]: FintocWebviewMessage } = {
};
/** The category of every FintocWebviewMessage value and alias: all a listener needs to read one. */
export const FintocWebviewMessageCategories: { readonly [spelling: string]: Category } = {
  "fintocwidget://succeeded": "success",
  "fintocwidget://exit": "cancelled",
};
/**
 * WebView message: The message the Fintoc widget's WebView posts to a mobile app when its flow
 * ends, which fintoc-react-native's FintocWidgetView maps to its onSuccess and onExit props
 * (EVENT_MAP); any other message calls nothing. The descriptions are bankcodes' wording. Wire
 * field: the data of a WebView message event (nativeEvent.data in React Native).
 */
export const FintocWebviewMessage: {
  /**
   * The widget's flow succeeded: onSuccess is called.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly succeeded: "fintocwidget://succeeded";
  /**
   * The user left the widget before its flow succeeded: onExit is called.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly exit: "fintocwidget://exit";
} = /* @__PURE__ */ membersOf(FintocWebviewMessageCategories, FintocWebviewMessageAliases, {
  "fintocwidget://succeeded": "succeeded",
  "fintocwidget://exit": "exit",
});
export type FintocWebviewMessage = (typeof FintocWebviewMessage)[keyof typeof FintocWebviewMessage];
/** A FintocWebviewMessage as read from the wire: a known value or any other string. */
export type FintocWebviewMessageOrUnknown = FintocWebviewMessage | (string & {});
/** The catalog's metadata of every FintocWebviewMessage value. */
export const FintocWebviewMessageInfo: { readonly [V in FintocWebviewMessage]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/fintoc/webview_message",
  {
    "fintocwidget://succeeded": {
      name: "succeeded",
      description: "The widget's flow succeeded: onSuccess is called.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["fintoc-react-native-constants"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "fintocwidget://exit": {
      name: "exit",
      description: "The user left the widget before its flow succeeded: onExit is called.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["fintoc-react-native-constants"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
  { "fintocwidget://succeeded": "succeeded", "fintocwidget://exit": "exit" },
);
/** Whether a value is a known FintocWebviewMessage. */
export const isFintocWebviewMessage = (value: unknown): value is FintocWebviewMessage => isCodeOf(FintocWebviewMessageCategories, FintocWebviewMessageAliases, value);

/** Other wire spellings of FintocDashboardErrorReason values (alias -> value). */
export const FintocDashboardErrorReasonAliases: { readonly [alias: string]: FintocDashboardErrorReason } = {
};
/** The category of every FintocDashboardErrorReason value and alias: all a listener needs to read one. */
export const FintocDashboardErrorReasonCategories: { readonly [spelling: string]: Category } = {
  account_blocked: "action_required_at_institution",
  account_selection_timeout: "cancelled",
  bank_connection_error: "institution_unavailable",
  bank_not_available: "institution_unavailable",
  daily_amount_limit_reached: "rejected",
  insufficient_funds: "rejected",
  login_credentials_locked: "attempts_exhausted",
  login_invalid_credentials: "credentials_invalid",
  maximum_amount_error: "rejected",
  mfa_locked: "attempts_exhausted",
  mfa_not_authorized: "mfa_failed",
  mfa_unavailable: "action_required_at_institution",
  minimum_amount_error: "rejected",
  new_contact_amount_limit_reached: "rejected",
  new_contact_transfer_number_limit_reached: "rejected",
  recipient_account_not_allowed: "integration_error",
  user_abandon_before_login: "cancelled",
};
/**
 * Dashboard error reason: Why a Payment Intent failed, as the file the Payment Intents Dashboard
 * downloads gives it in its fintoc_error_reason column: the values Fintoc's Error Reasons page
 * lists ("The possible values are the following"), each with the page's description. It is another
 * field than the API's error_reason: eleven values are the same, with the same texts; six are the
 * Dashboard's alone, some of them with the text of an API value of another name (account_blocked
 * and bank_account_locked, mfa_not_authorized and mfa_authorization_timeout). Wire field:
 * fintoc_error_reason (a column of the file the Payment Intents Dashboard downloads).
 */
export const FintocDashboardErrorReason: {
  /**
   * The bank blocked the transfers service for this account.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly account_blocked: "account_blocked";
  /**
   * The user didn’t select an account to perform the payment.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly account_selection_timeout: "account_selection_timeout";
  /**
   * Fintoc had a problem connecting with the selected bank.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Fintoc's published text.
   */
  readonly bank_connection_error: "bank_connection_error";
  /**
   * The selected bank is temporary unavailable.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Fintoc's published text.
   */
  readonly bank_not_available: "bank_not_available";
  /**
   * The maximum amount available to transfer in the same day was reached.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly daily_amount_limit_reached: "daily_amount_limit_reached";
  /**
   * The account doesn’t have enough money to execute the payment.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly insufficient_funds: "insufficient_funds";
  /**
   * The bank indicated that the user's credentials are locked.
   * Category: attempts_exhausted (Attempts exhausted); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly login_credentials_locked: "login_credentials_locked";
  /**
   * The bank indicated that the user's credentials are invalid.
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly login_invalid_credentials: "login_invalid_credentials";
  /**
   * The amount exceeds the maximum amount allowed for that bank.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly maximum_amount_error: "maximum_amount_error";
  /**
   * The multifactor authentication method is locked.
   * Category: attempts_exhausted (Attempts exhausted); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly mfa_locked: "mfa_locked";
  /**
   * The user did not authorize the transfer with their multifactor method.
   * Category: mfa_failed (MFA failed); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly mfa_not_authorized: "mfa_not_authorized";
  /**
   * The multifactor authentication method is unavailable.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly mfa_unavailable: "mfa_unavailable";
  /**
   * The amount is below the minimum amount allowed to transfer for that bank.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly minimum_amount_error: "minimum_amount_error";
  /**
   * The amount exceeds the maximum amount permitted for new contacts.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly new_contact_amount_limit_reached: "new_contact_amount_limit_reached";
  /**
   * The maximum number of transfers for new contacts was reached.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly new_contact_transfer_number_limit_reached: "new_contact_transfer_number_limit_reached";
  /**
   * The bank indicated that the recipient account is not allowed to receive transfers.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly recipient_account_not_allowed: "recipient_account_not_allowed";
  /**
   * The user abandoned the process before entering their credentials.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Fintoc's published text.
   */
  readonly user_abandon_before_login: "user_abandon_before_login";
} = /* @__PURE__ */ membersOf(FintocDashboardErrorReasonCategories, FintocDashboardErrorReasonAliases);
export type FintocDashboardErrorReason = (typeof FintocDashboardErrorReason)[keyof typeof FintocDashboardErrorReason];
/** A FintocDashboardErrorReason as read from the wire: a known value or any other string. */
export type FintocDashboardErrorReasonOrUnknown = FintocDashboardErrorReason | (string & {});
/** The catalog's metadata of every FintocDashboardErrorReason value. */
export const FintocDashboardErrorReasonInfo: { readonly [V in FintocDashboardErrorReason]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/fintoc/dashboard_error_reason",
  {
    account_blocked: {
      description: "The bank blocked the transfers service for this account.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["fintoc-docs-error-reasons"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-docs-error-reasons"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    account_selection_timeout: {
      description: "The user didn’t select an account to perform the payment.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["fintoc-docs-error-reasons"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-docs-error-reasons"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    bank_connection_error: {
      description: "Fintoc had a problem connecting with the selected bank.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["fintoc-docs-error-reasons"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-docs-error-reasons"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    bank_not_available: {
      description: "The selected bank is temporary unavailable.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["fintoc-docs-error-reasons"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-docs-error-reasons"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    daily_amount_limit_reached: {
      description: "The maximum amount available to transfer in the same day was reached.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["fintoc-docs-error-reasons"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-docs-error-reasons"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    insufficient_funds: {
      description: "The account doesn’t have enough money to execute the payment.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["fintoc-docs-error-reasons"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-docs-error-reasons"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    login_credentials_locked: {
      description: "The bank indicated that the user's credentials are locked.",
      category: "attempts_exhausted",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["fintoc-docs-error-reasons"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-docs-error-reasons"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    login_invalid_credentials: {
      description: "The bank indicated that the user's credentials are invalid.",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["fintoc-docs-error-reasons"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-docs-error-reasons"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    maximum_amount_error: {
      description: "The amount exceeds the maximum amount allowed for that bank.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["fintoc-docs-error-reasons"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-docs-error-reasons"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    mfa_locked: {
      description: "The multifactor authentication method is locked.",
      category: "attempts_exhausted",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["fintoc-docs-error-reasons"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-docs-error-reasons"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    mfa_not_authorized: {
      description: "The user did not authorize the transfer with their multifactor method.",
      category: "mfa_failed",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["fintoc-docs-error-reasons"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-docs-error-reasons"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    mfa_unavailable: {
      description: "The multifactor authentication method is unavailable.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["fintoc-docs-error-reasons"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-docs-error-reasons"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    minimum_amount_error: {
      description: "The amount is below the minimum amount allowed to transfer for that bank.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["fintoc-docs-error-reasons"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-docs-error-reasons"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    new_contact_amount_limit_reached: {
      description: "The amount exceeds the maximum amount permitted for new contacts.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["fintoc-docs-error-reasons"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-docs-error-reasons"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    new_contact_transfer_number_limit_reached: {
      description: "The maximum number of transfers for new contacts was reached.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["fintoc-docs-error-reasons"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-docs-error-reasons"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    recipient_account_not_allowed: {
      description: "The bank indicated that the recipient account is not allowed to receive transfers.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["fintoc-docs-error-reasons"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-docs-error-reasons"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    user_abandon_before_login: {
      description: "The user abandoned the process before entering their credentials.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["fintoc-docs-error-reasons"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["fintoc-docs-error-reasons"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known FintocDashboardErrorReason. */
export const isFintocDashboardErrorReason = (value: unknown): value is FintocDashboardErrorReason => isCodeOf(FintocDashboardErrorReasonCategories, FintocDashboardErrorReasonAliases, value);

/** Other wire spellings of FintocTransferStatus values (alias -> value). */
export const FintocTransferStatusAliases: { readonly [alias: string]: FintocTransferStatus } = {
};
/** The category of every FintocTransferStatus value and alias: all a listener needs to read one. */
export const FintocTransferStatusCategories: { readonly [spelling: string]: Category } = {
  pending: "pending",
  succeeded: "success",
  failed: "rejected",
  returned: "rejected",
  return_pending: "pending",
  rejected: "rejected",
};
/**
 * Transfer status (API v2): The status of a v2 Transfer, a money movement to or from one of your
 * Account Numbers (Chile and Mexico). fintoc-ruby's Transfer class (read whole) has a predicate for
 * each of these six values; Fintoc's SDK gives no text for them, and the descriptions are
 * bankcodes' wording of their names. Wire field: status (a v2 Transfer object).
 */
export const FintocTransferStatus: {
  /**
   * Pending: the transfer is not finished yet.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly pending: "pending";
  /**
   * Succeeded: the transfer was made.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly succeeded: "succeeded";
  /**
   * Failed: the transfer was not made.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly failed: "failed";
  /**
   * Returned: the money of the transfer went back.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly returned: "returned";
  /**
   * Return pending: the return of the transfer was requested and is not done yet.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly return_pending: "return_pending";
  /**
   * Rejected: the transfer was refused.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly rejected: "rejected";
} = /* @__PURE__ */ membersOf(FintocTransferStatusCategories, FintocTransferStatusAliases);
export type FintocTransferStatus = (typeof FintocTransferStatus)[keyof typeof FintocTransferStatus];
/** A FintocTransferStatus as read from the wire: a known value or any other string. */
export type FintocTransferStatusOrUnknown = FintocTransferStatus | (string & {});
/** The catalog's metadata of every FintocTransferStatus value. */
export const FintocTransferStatusInfo: { readonly [V in FintocTransferStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/fintoc/transfer_status",
  {
    pending: {
      description: "Pending: the transfer is not finished yet.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["fintoc-ruby-v2-transfer"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    succeeded: {
      description: "Succeeded: the transfer was made.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["fintoc-ruby-v2-transfer"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    failed: {
      description: "Failed: the transfer was not made.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["fintoc-ruby-v2-transfer"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    returned: {
      description: "Returned: the money of the transfer went back.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["fintoc-ruby-v2-transfer"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    return_pending: {
      description: "Return pending: the return of the transfer was requested and is not done yet.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["fintoc-ruby-v2-transfer", "fintoc-ruby-vcr-transfer-return"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    rejected: {
      description: "Rejected: the transfer was refused.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["fintoc-ruby-v2-transfer"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known FintocTransferStatus. */
export const isFintocTransferStatus = (value: unknown): value is FintocTransferStatus => isCodeOf(FintocTransferStatusCategories, FintocTransferStatusAliases, value);
