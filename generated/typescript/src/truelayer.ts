// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * TrueLayer (https://truelayer.com): per code set, its aliases, its category table, its constant
 * (identifier -> wire value, built from the table) and its metadata.
 */
import type { Category } from "./categories.js";
import { membersOf } from "./code-tables.js";
import { withPages } from "./pages.js";
import { isCodeOf, type CodeInfo } from "./types.js";

/** Other wire spellings of TrueLayerDataApiError values (alias -> value). */
export const TrueLayerDataApiErrorAliases: { readonly [alias: string]: TrueLayerDataApiError } = {
};
/** The category of every TrueLayerDataApiError value and alias: all a listener needs to read one. */
export const TrueLayerDataApiErrorCategories: { readonly [spelling: string]: Category } = {
  validation_error: "integration_error",
  invalid_date_range: "integration_error",
  deprecated_provider: "institution_not_supported",
  invalid_grant: "reconnect_required",
  invalid_client: "integration_error",
  invalid_authorization_code: "integration_error",
  unauthorized: "integration_error",
  unauthorized_client: "integration_error",
  invalid_token: "integration_error",
  access_denied: "reconnect_required",
  invalid_credentials_key: "integration_error",
  sca_exceeded: "reconnect_required",
  account_not_found: "integration_error",
  provider_too_many_requests: "rate_limited",
};
/**
 * Data API error code: The error code of a Data API (v1) error response, {"error": code,
 * "error_description": text}, with the HTTP status TrueLayer's error table gives it. The copies of
 * the table read here are cut: every row after provider_too_many_requests (429) is missing, the
 * advice of unauthorized_client and provider_too_many_requests is cut short, and the current page's
 * copy stops inside the unauthorized_client row. Wire field: error (Data API v1 error body).
 */
export const TrueLayerDataApiError: {
  /**
   * The supplied parameters are not valid.
   * Category: integration_error (Integration error); retryable: yes.
   * Advice to the integrator: There's a problem with the request. Read the error message which
   * explains what's wrong with the request specifically.
   * Whose words: description: TrueLayer's published text; advice to the integrator: TrueLayer's
   * published text.
   * HTTP: 400.
   */
  readonly validation_error: "validation_error";
  /**
   * Invalid date range provided.
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: Change the from and to parameters. Check the Supported Providers page
   * in Console for bank-specific requirements.
   * Whose words: description: TrueLayer's published text; advice to the integrator: TrueLayer's
   * published text.
   * HTTP: 400.
   */
  readonly invalid_date_range: "invalid_date_range";
  /**
   * The provider has been deprecated.
   * Category: institution_not_supported (Institution not supported); retryable: no.
   * Advice to the integrator: The provider has been deprecated. It is no longer supported.
   * Whose words: description: TrueLayer's published text; advice to the integrator: TrueLayer's
   * published text.
   * HTTP: 400.
   */
  readonly deprecated_provider: "deprecated_provider";
  /**
   * The provided authorisation grant or refresh token is invalid, expired, revoked, does not match
   * the redirection URI used in the authorization request, or was issued to another client.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Advice to the integrator: Ask the user to reconnect their account. This most often occurs when
   * a user's 90 days of consent to access their account has expired. It can also be caused by some
   * rare network errors which can cause a user's bank tokens to be made invalid. Either way, the
   * user must reconnect their account.
   * Whose words: description: TrueLayer's published text; advice to the integrator: TrueLayer's
   * published text.
   * HTTP: 400.
   */
  readonly invalid_grant: "invalid_grant";
  /**
   * The client_id or client_secret are invalid.
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: Confirm that your credentials are correct, and that you are using the
   * right credentials for the environment (live or sandbox).
   * Whose words: description: TrueLayer's published text; advice to the integrator: TrueLayer's
   * published text.
   * HTTP: 400.
   */
  readonly invalid_client: "invalid_client";
  /**
   * Your authorization code is incorrect, has expired (if you have used the code more than 5
   * minutes after you generated it), or you have reused it.
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: Check that the code is correct when you try to exchange it with an
   * access token.
   * Whose words: description: TrueLayer's published text; advice to the integrator: TrueLayer's
   * published text.
   * HTTP: 400.
   */
  readonly invalid_authorization_code: "invalid_authorization_code";
  /**
   * The credentials or token are no longer valid
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: Refresh your access token. The access token may be invalid or
   * expired. You can check for more details in the error description.
   * Whose words: description: TrueLayer's published text; advice to the integrator: TrueLayer's
   * published text.
   * HTTP: 401.
   */
  readonly unauthorized: "unauthorized";
  /**
   * The auth link, client_id or redirect_uri used is not the right one for the environment.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 401.
   */
  readonly unauthorized_client: "unauthorized_client";
  /**
   * The access token is no longer valid.
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: Refresh your access token. The access token may be invalid or
   * expired. You can check for more details in the error description.
   * Whose words: description: bankcodes' wording; advice to the integrator: TrueLayer's published
   * text.
   * HTTP: 401.
   */
  readonly invalid_token: "invalid_token";
  /**
   * Access to a specific resource has been denied.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Advice to the integrator: Ask the user to reconnect their account. This error is returned when
   * the access to their account is no longer valid, either because it expired or because the user
   * revoked it themselves.
   * Whose words: description: TrueLayer's published text; advice to the integrator: TrueLayer's
   * published text.
   * HTTP: 403.
   */
  readonly access_denied: "access_denied";
  /**
   * The provided credentials encryption key is invalid.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: TrueLayer's published text.
   * HTTP: 403.
   */
  readonly invalid_credentials_key: "invalid_credentials_key";
  /**
   * SCA exemption has expired. This resource is protected and should be accessed shortly after PSU
   * Authentication. In order to access this resource, please have the PSU re-authenticate.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Advice to the integrator: The access to that specific endpoint has expired. For example, for
   * some European banks you may only access the /info endpoint, or transanctions older than 90
   * days, during the 5 minutes after the user first grants access. Access to other data (balances,
   * recent transactions) should still be working.
   * Whose words: description: TrueLayer's published text; advice to the integrator: TrueLayer's
   * published text.
   * HTTP: 403.
   */
  readonly sca_exceeded: "sca_exceeded";
  /**
   * The requested account cannot be found.
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: Check the accountId parameter used within your request. Confirm this
   * matches an accountId returned from /accounts endpoint.
   * Whose words: description: TrueLayer's published text; advice to the integrator: TrueLayer's
   * published text.
   * HTTP: 404.
   */
  readonly account_not_found: "account_not_found";
  /**
   * Provider rate limit exceeded.
   * Category: rate_limited (Rate limited); retryable: yes.
   * Whose words: description: TrueLayer's published text.
   * HTTP: 429.
   */
  readonly provider_too_many_requests: "provider_too_many_requests";
} = /* @__PURE__ */ membersOf(TrueLayerDataApiErrorCategories, TrueLayerDataApiErrorAliases);
export type TrueLayerDataApiError = (typeof TrueLayerDataApiError)[keyof typeof TrueLayerDataApiError];
/** A TrueLayerDataApiError as read from the wire: a known value or any other string. */
export type TrueLayerDataApiErrorOrUnknown = TrueLayerDataApiError | (string & {});
/** The catalog's metadata of every TrueLayerDataApiError value. */
export const TrueLayerDataApiErrorInfo: { readonly [V in TrueLayerDataApiError]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/truelayer/data_api_error",
  {
    validation_error: {
      description: "The supplied parameters are not valid.",
      category: "integration_error",
      retryable: true,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["truelayer-data-api-errors", "truelayer-error-codes", "truelayer-error-codes-data"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "truelayer-data-api-errors",
            "truelayer-error-codes",
            "truelayer-error-codes-data",
          ],
        },
        advice: {
          by: "provider",
          sources: [
            "truelayer-data-api-errors",
            "truelayer-error-codes",
            "truelayer-error-codes-data",
          ],
        },
      },
      message: null,
      advice: "There's a problem with the request. Read the error message which explains what's wrong with the request specifically.",
      userMessage: null,
      aliases: [],
    },
    invalid_date_range: {
      description: "Invalid date range provided.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["truelayer-data-api-errors", "truelayer-error-codes", "truelayer-error-codes-data"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "truelayer-data-api-errors",
            "truelayer-error-codes",
            "truelayer-error-codes-data",
          ],
        },
        advice: { by: "provider", sources: ["truelayer-data-api-errors"] },
      },
      message: null,
      advice: "Change the from and to parameters. Check the Supported Providers page in Console for bank-specific requirements.",
      userMessage: null,
      aliases: [],
    },
    deprecated_provider: {
      description: "The provider has been deprecated.",
      category: "institution_not_supported",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["truelayer-data-api-errors", "truelayer-error-codes", "truelayer-error-codes-data"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "truelayer-data-api-errors",
            "truelayer-error-codes",
            "truelayer-error-codes-data",
          ],
        },
        advice: {
          by: "provider",
          sources: [
            "truelayer-data-api-errors",
            "truelayer-error-codes",
            "truelayer-error-codes-data",
          ],
        },
      },
      message: null,
      advice: "The provider has been deprecated. It is no longer supported.",
      userMessage: null,
      aliases: [],
    },
    invalid_grant: {
      description: "The provided authorisation grant or refresh token is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["truelayer-data-api-errors", "truelayer-error-codes-data"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["truelayer-data-api-errors", "truelayer-error-codes-data"],
        },
        advice: {
          by: "provider",
          sources: ["truelayer-data-api-errors", "truelayer-error-codes-data"],
        },
      },
      message: null,
      advice: "Ask the user to reconnect their account. This most often occurs when a user's 90 days of consent to access their account has expired. It can also be caused by some rare network errors which can cause a user's bank tokens to be made invalid. Either way, the user must reconnect their account.",
      userMessage: null,
      aliases: [],
      nextStep: "renew_consent",
      state: "consent_ended",
      stateReason: "This most often occurs when a user's 90 days of consent to access their account has expired.",
      factSources: { state: ["truelayer-error-codes-data"] },
    },
    invalid_client: {
      description: "The client_id or client_secret are invalid.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["truelayer-data-api-errors", "truelayer-error-codes-data"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["truelayer-data-api-errors", "truelayer-error-codes-data"],
        },
        advice: {
          by: "provider",
          sources: ["truelayer-data-api-errors", "truelayer-error-codes-data"],
        },
      },
      message: null,
      advice: "Confirm that your credentials are correct, and that you are using the right credentials for the environment (live or sandbox).",
      userMessage: null,
      aliases: [],
    },
    invalid_authorization_code: {
      description: "Your authorization code is incorrect, has expired (if you have used the code more than 5 minutes after you generated it), or you have reused it.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["truelayer-data-api-errors", "truelayer-error-codes-data"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["truelayer-data-api-errors", "truelayer-error-codes-data"],
        },
        advice: {
          by: "provider",
          sources: ["truelayer-data-api-errors", "truelayer-error-codes-data"],
        },
      },
      message: null,
      advice: "Check that the code is correct when you try to exchange it with an access token.",
      userMessage: null,
      aliases: [],
    },
    unauthorized: {
      description: "The credentials or token are no longer valid",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: ["truelayer-data-api-errors", "truelayer-error-codes", "truelayer-error-codes-data"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["truelayer-data-api-errors"] },
        advice: {
          by: "provider",
          sources: [
            "truelayer-data-api-errors",
            "truelayer-error-codes",
            "truelayer-error-codes-data",
          ],
        },
      },
      message: null,
      advice: "Refresh your access token. The access token may be invalid or expired. You can check for more details in the error description.",
      userMessage: null,
      aliases: [],
    },
    unauthorized_client: {
      description: "The auth link, client_id or redirect_uri used is not the right one for the environment.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: ["truelayer-error-codes-data"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_token: {
      description: "The access token is no longer valid.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: ["truelayer-error-codes"],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: [] },
        advice: { by: "provider", sources: ["truelayer-error-codes"] },
      },
      message: null,
      advice: "Refresh your access token. The access token may be invalid or expired. You can check for more details in the error description.",
      userMessage: null,
      aliases: [],
      nextStep: "renew_access_token",
      factSources: { next_step: ["truelayer-error-codes"] },
    },
    access_denied: {
      description: "Access to a specific resource has been denied.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [403],
      sources: ["truelayer-error-codes"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["truelayer-error-codes"] },
        advice: { by: "provider", sources: ["truelayer-error-codes"] },
      },
      message: null,
      advice: "Ask the user to reconnect their account. This error is returned when the access to their account is no longer valid, either because it expired or because the user revoked it themselves.",
      userMessage: null,
      aliases: [],
    },
    invalid_credentials_key: {
      description: "The provided credentials encryption key is invalid.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [403],
      sources: ["truelayer-error-codes"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["truelayer-error-codes"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    sca_exceeded: {
      description: "SCA exemption has expired. This resource is protected and should be accessed shortly after PSU Authentication. In order to access this resource, please have the PSU re-authenticate.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [403],
      sources: ["truelayer-error-codes"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["truelayer-error-codes"] },
        advice: { by: "provider", sources: ["truelayer-error-codes"] },
      },
      message: null,
      advice: "The access to that specific endpoint has expired. For example, for some European banks you may only access the /info endpoint, or transanctions older than 90 days, during the 5 minutes after the user first grants access. Access to other data (balances, recent transactions) should still be working.",
      userMessage: null,
      aliases: [],
    },
    account_not_found: {
      description: "The requested account cannot be found.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [404],
      sources: ["truelayer-error-codes"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["truelayer-error-codes"] },
        advice: { by: "provider", sources: ["truelayer-error-codes"] },
      },
      message: null,
      advice: "Check the accountId parameter used within your request. Confirm this matches an accountId returned from /accounts endpoint.",
      userMessage: null,
      aliases: [],
    },
    provider_too_many_requests: {
      description: "Provider rate limit exceeded.",
      category: "rate_limited",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [429],
      sources: ["truelayer-error-codes"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["truelayer-error-codes"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known TrueLayerDataApiError. */
export const isTrueLayerDataApiError = (value: unknown): value is TrueLayerDataApiError => isCodeOf(TrueLayerDataApiErrorCategories, TrueLayerDataApiErrorAliases, value);

/** Other wire spellings of TrueLayerDataApiV3Error values (alias -> value). */
export const TrueLayerDataApiV3ErrorAliases: { readonly [alias: string]: TrueLayerDataApiV3Error } = {
};
/** The category of every TrueLayerDataApiV3Error value and alias: all a listener needs to read one. */
export const TrueLayerDataApiV3ErrorCategories: { readonly [spelling: string]: Category } = {
  Unauthenticated: "integration_error",
  "Invalid Parameters": "integration_error",
  Forbidden: "reconnect_required",
  "Invalid State": "reconnect_required",
  "Not Found": "integration_error",
  "Rate Limit Exceeded": "rate_limited",
  "Feature Not Supported": "institution_not_supported",
  "Provider Error": "institution_unavailable",
  "Unknown Error": "generic_failure",
};
/**
 * Data API v3 error type: The title of a Data API v3 error response (problem details,
 * application/problem+json), which with its type identifies the error, with the HTTP status
 * TrueLayer's table gives it. Wire field: title (Data API v3 problem details).
 */
export const TrueLayerDataApiV3Error: {
  /**
   * The token is missing, malformed, or expired.
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: Get a new access token.
   * Whose words: description: TrueLayer's published text; advice to the integrator: TrueLayer's
   * published text.
   * HTTP: 401.
   */
  readonly Unauthenticated: "Unauthenticated";
  /**
   * A request body field, query parameter or header was not valid.
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: Check the errors field included in the response for the request body
   * field, query parameter, or header name that was invalid. The errors will also include at least
   * one description of the error for each invalid field.
   * Whose words: description: bankcodes' wording; advice to the integrator: TrueLayer's published
   * text.
   * HTTP: 400.
   */
  readonly InvalidParameters: "Invalid Parameters";
  /**
   * The token may not be used for the request, or the user's access is no longer valid.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Advice to the integrator: Check that your token has the data scope. If the user revoked access,
   * or the Strong Customer Authentication window has expired, ask the user to reconnect their
   * account.
   * Whose words: description: bankcodes' wording; advice to the integrator: TrueLayer's published
   * text.
   * HTTP: 403.
   */
  readonly Forbidden: "Forbidden";
  /**
   * The data connection is no longer authorized, so no data can be retrieved through it.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Advice to the integrator: Ask the user to reconnect their account.
   * Whose words: description: TrueLayer's published text; advice to the integrator: TrueLayer's
   * published text.
   * HTTP: 400.
   */
  readonly InvalidState: "Invalid State";
  /**
   * The connection or a resource the request names was not found.
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: Check the Connection-Id header and the identifiers in your request
   * path.
   * Whose words: description: bankcodes' wording; advice to the integrator: TrueLayer's published
   * text.
   * HTTP: 404.
   */
  readonly NotFound: "Not Found";
  /**
   * Too many requests were sent.
   * Category: rate_limited (Rate limited); retryable: yes.
   * Advice to the integrator: Include the Tl-User-IP header, or try again later.
   * Whose words: description: bankcodes' wording; advice to the integrator: TrueLayer's published
   * text.
   * HTTP: 429.
   */
  readonly RateLimitExceeded: "Rate Limit Exceeded";
  /**
   * The provider doesn't support this endpoint or feature.
   * Category: institution_not_supported (Institution not supported); retryable: no.
   * Advice to the integrator: Don't retry.
   * Whose words: description: TrueLayer's published text; advice to the integrator: TrueLayer's
   * published text.
   * HTTP: 502.
   */
  readonly FeatureNotSupported: "Feature Not Supported";
  /**
   * The provider (the bank) failed or is not available.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Advice to the integrator: Try again, or wait for the provider to be available again and retry.
   * Whose words: description: bankcodes' wording; advice to the integrator: TrueLayer's published
   * text.
   * HTTP: 502.
   */
  readonly ProviderError: "Provider Error";
  /**
   * An unexpected error.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Advice to the integrator: Try again, or contact Support if the problem continues.
   * Whose words: description: bankcodes' wording; advice to the integrator: TrueLayer's published
   * text.
   * HTTP: 500.
   */
  readonly UnknownError: "Unknown Error";
} = /* @__PURE__ */ membersOf(TrueLayerDataApiV3ErrorCategories, TrueLayerDataApiV3ErrorAliases, {
  "Invalid Parameters": "InvalidParameters",
  "Invalid State": "InvalidState",
  "Not Found": "NotFound",
  "Rate Limit Exceeded": "RateLimitExceeded",
  "Feature Not Supported": "FeatureNotSupported",
  "Provider Error": "ProviderError",
  "Unknown Error": "UnknownError",
});
export type TrueLayerDataApiV3Error = (typeof TrueLayerDataApiV3Error)[keyof typeof TrueLayerDataApiV3Error];
/** A TrueLayerDataApiV3Error as read from the wire: a known value or any other string. */
export type TrueLayerDataApiV3ErrorOrUnknown = TrueLayerDataApiV3Error | (string & {});
/** The catalog's metadata of every TrueLayerDataApiV3Error value. */
export const TrueLayerDataApiV3ErrorInfo: { readonly [V in TrueLayerDataApiV3Error]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/truelayer/data_api_v3_error",
  {
    Unauthenticated: {
      description: "The token is missing, malformed, or expired.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: ["truelayer-data-v3-errors"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["truelayer-data-v3-errors"] },
        advice: { by: "provider", sources: ["truelayer-data-v3-errors"] },
      },
      message: null,
      advice: "Get a new access token.",
      userMessage: null,
      aliases: [],
      nextStep: "renew_access_token",
      factSources: { next_step: ["truelayer-data-v3-errors"] },
    },
    "Invalid Parameters": {
      name: "InvalidParameters",
      description: "A request body field, query parameter or header was not valid.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["truelayer-data-v3-errors"],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: [] },
        advice: { by: "provider", sources: ["truelayer-data-v3-errors"] },
      },
      message: null,
      advice: "Check the errors field included in the response for the request body field, query parameter, or header name that was invalid. The errors will also include at least one description of the error for each invalid field.",
      userMessage: null,
      aliases: [],
    },
    Forbidden: {
      description: "The token may not be used for the request, or the user's access is no longer valid.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [403],
      sources: ["truelayer-data-v3-errors"],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: [] },
        advice: { by: "provider", sources: ["truelayer-data-v3-errors"] },
      },
      message: null,
      advice: "Check that your token has the data scope. If the user revoked access, or the Strong Customer Authentication window has expired, ask the user to reconnect their account.",
      userMessage: null,
      aliases: [],
    },
    "Invalid State": {
      name: "InvalidState",
      description: "The data connection is no longer authorized, so no data can be retrieved through it.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [400],
      sources: ["truelayer-data-v3-errors"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["truelayer-data-v3-errors"] },
        advice: { by: "provider", sources: ["truelayer-data-v3-errors"] },
      },
      message: null,
      advice: "Ask the user to reconnect their account.",
      userMessage: null,
      aliases: [],
    },
    "Not Found": {
      name: "NotFound",
      description: "The connection or a resource the request names was not found.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [404],
      sources: ["truelayer-data-v3-errors"],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: [] },
        advice: { by: "provider", sources: ["truelayer-data-v3-errors"] },
      },
      message: null,
      advice: "Check the Connection-Id header and the identifiers in your request path.",
      userMessage: null,
      aliases: [],
    },
    "Rate Limit Exceeded": {
      name: "RateLimitExceeded",
      description: "Too many requests were sent.",
      category: "rate_limited",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [429],
      sources: ["truelayer-data-v3-errors"],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: [] },
        advice: { by: "provider", sources: ["truelayer-data-v3-errors"] },
      },
      message: null,
      advice: "Include the Tl-User-IP header, or try again later.",
      userMessage: null,
      aliases: [],
    },
    "Feature Not Supported": {
      name: "FeatureNotSupported",
      description: "The provider doesn't support this endpoint or feature.",
      category: "institution_not_supported",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [502],
      sources: ["truelayer-data-v3-errors"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["truelayer-data-v3-errors"] },
        advice: { by: "provider", sources: ["truelayer-data-v3-errors"] },
      },
      message: null,
      advice: "Don't retry.",
      userMessage: null,
      aliases: [],
      maxAttempts: 1,
      factSources: { max_attempts: ["truelayer-data-v3-errors"] },
    },
    "Provider Error": {
      name: "ProviderError",
      description: "The provider (the bank) failed or is not available.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [502],
      sources: ["truelayer-data-v3-errors"],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: [] },
        advice: { by: "provider", sources: ["truelayer-data-v3-errors"] },
      },
      message: null,
      advice: "Try again, or wait for the provider to be available again and retry.",
      userMessage: null,
      aliases: [],
    },
    "Unknown Error": {
      name: "UnknownError",
      description: "An unexpected error.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [500],
      sources: ["truelayer-data-v3-errors"],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: [] },
        advice: { by: "provider", sources: ["truelayer-data-v3-errors"] },
      },
      message: null,
      advice: "Try again, or contact Support if the problem continues.",
      userMessage: null,
      aliases: [],
    },
  },
  {
    "Invalid Parameters": "InvalidParameters",
    "Invalid State": "InvalidState",
    "Not Found": "NotFound",
    "Rate Limit Exceeded": "RateLimitExceeded",
    "Feature Not Supported": "FeatureNotSupported",
    "Provider Error": "ProviderError",
    "Unknown Error": "UnknownError",
  },
);
/** Whether a value is a known TrueLayerDataApiV3Error. */
export const isTrueLayerDataApiV3Error = (value: unknown): value is TrueLayerDataApiV3Error => isCodeOf(TrueLayerDataApiV3ErrorCategories, TrueLayerDataApiV3ErrorAliases, value);

/** Other wire spellings of TrueLayerPaymentsError values (alias -> value). */
export const TrueLayerPaymentsErrorAliases: { readonly [alias: string]: TrueLayerPaymentsError } = {
};
/** The category of every TrueLayerPaymentsError value and alias: all a listener needs to read one. */
export const TrueLayerPaymentsErrorCategories: { readonly [spelling: string]: Category } = {
  Unauthenticated: "integration_error",
  Forbidden: "integration_error",
  "Invalid Parameters": "integration_error",
  "Invalid State": "integration_error",
  "Not Found": "integration_error",
  "Concurrency Conflict": "concurrent_operation",
  "Idempotency-Key Concurrency Conflict": "concurrent_operation",
  "Idempotency-Key Reuse": "integration_error",
  "Rate Limit Exceeded": "rate_limited",
  "Provider Error": "institution_unavailable",
  "Unknown Error": "generic_failure",
  Conflict: "concurrent_operation",
};
/**
 * Payments API v3 error type: The title of a Payments API v3 error response (problem details,
 * application/problem+json), with the HTTP status TrueLayer's table gives it. Its type is a link to
 * the error's documentation (https://docs.truelayer.com/docs/error-types#invalid-parameters in
 * TrueLayer's Java and PHP clients' test responses). Wire field: title (Payments API v3 problem
 * details).
 */
export const TrueLayerPaymentsError: {
  /**
   * The request's token or signature was not accepted.
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: Check the authorisation requirements of the endpoint, and send an
   * appropriate token and signature (if applicable) in the headers.
   * Whose words: description: bankcodes' wording; advice to the integrator: TrueLayer's published
   * text.
   * HTTP: 401.
   */
  readonly Unauthenticated: "Unauthenticated";
  /**
   * The token may not be used for the request.
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: If you're using an access_token from our authentication endpoint,
   * check if the token has scopes that the endpoint requires. If you're using a resource_token,
   * check if you're trying to access a resource other than the one the token was issued for.
   * Whose words: description: bankcodes' wording; advice to the integrator: TrueLayer's published
   * text.
   * HTTP: 403.
   */
  readonly Forbidden: "Forbidden";
  /**
   * Fields of the request body or headers were not valid.
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: Check the errors field included in the response for the JSON path of
   * the request body fields or the header names that were invalid. The errors will also include at
   * least one description of the error for each invalid field.
   * Whose words: description: bankcodes' wording; advice to the integrator: TrueLayer's published
   * text.
   * HTTP: 400.
   */
  readonly InvalidParameters: "Invalid Parameters";
  /**
   * The requested action is not the one the resource expects next.
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: Check if the next requested action is valid. For example, if you've
   * tried to submit the provider selection, but the next authorised action is redirection.
   * Whose words: description: bankcodes' wording; advice to the integrator: TrueLayer's published
   * text.
   * HTTP: 400.
   */
  readonly InvalidState: "Invalid State";
  /**
   * The resource the request names was not found.
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: Check your payment ID value in the request path.
   * Whose words: description: bankcodes' wording; advice to the integrator: TrueLayer's published
   * text.
   * HTTP: 404.
   */
  readonly NotFound: "Not Found";
  /**
   * This resource is already being used in another request.
   * Category: concurrent_operation (Concurrent operation); retryable: yes.
   * Advice to the integrator: Try again later.
   * Whose words: description: TrueLayer's published text; advice to the integrator: TrueLayer's
   * published text.
   * HTTP: 409.
   */
  readonly ConcurrencyConflict: "Concurrency Conflict";
  /**
   * Another request with the same Idempotency-Key is in progress.
   * Category: concurrent_operation (Concurrent operation); retryable: yes.
   * Advice to the integrator: Check if there's another request using the same Idempotency-Key
   * header value currently in progress.
   * Whose words: description: bankcodes' wording; advice to the integrator: TrueLayer's published
   * text.
   * HTTP: 409.
   */
  readonly IdempotencyKeyConcurrencyConflict: "Idempotency-Key Concurrency Conflict";
  /**
   * The Idempotency-Key was already used for another request.
   * Category: integration_error (Integration error); retryable: no.
   * Advice to the integrator: Use a unique Idempotency-Key value for each request. Idempotency keys
   * remain valid for 30 days from creation.
   * Whose words: description: bankcodes' wording; advice to the integrator: TrueLayer's published
   * text.
   * HTTP: 422.
   */
  readonly IdempotencyKeyReuse: "Idempotency-Key Reuse";
  /**
   * Too many requests were sent.
   * Category: rate_limited (Rate limited); retryable: yes.
   * Advice to the integrator: Try again later.
   * Whose words: description: bankcodes' wording; advice to the integrator: TrueLayer's published
   * text.
   * HTTP: 429.
   */
  readonly RateLimitExceeded: "Rate Limit Exceeded";
  /**
   * The provider (the user's bank) failed or is not available.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Advice to the integrator: Try again, or wait for the provider to be available again and retry.
   * Whose words: description: bankcodes' wording; advice to the integrator: TrueLayer's published
   * text.
   * HTTP: 502.
   */
  readonly ProviderError: "Provider Error";
  /**
   * An unexpected error.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Advice to the integrator: Try again, or contact Support if the problem continues.
   * Whose words: description: bankcodes' wording; advice to the integrator: TrueLayer's published
   * text.
   * HTTP: 500.
   */
  readonly UnknownError: "Unknown Error";
  /**
   * Another request conflicted with this one.
   * Category: concurrent_operation (Concurrent operation); retryable: yes.
   * Advice to the integrator: Try again.
   * Whose words: description: bankcodes' wording; advice to the integrator: TrueLayer's published
   * text.
   * HTTP: 409.
   */
  readonly Conflict: "Conflict";
} = /* @__PURE__ */ membersOf(TrueLayerPaymentsErrorCategories, TrueLayerPaymentsErrorAliases, {
  "Invalid Parameters": "InvalidParameters",
  "Invalid State": "InvalidState",
  "Not Found": "NotFound",
  "Concurrency Conflict": "ConcurrencyConflict",
  "Idempotency-Key Concurrency Conflict": "IdempotencyKeyConcurrencyConflict",
  "Idempotency-Key Reuse": "IdempotencyKeyReuse",
  "Rate Limit Exceeded": "RateLimitExceeded",
  "Provider Error": "ProviderError",
  "Unknown Error": "UnknownError",
});
export type TrueLayerPaymentsError = (typeof TrueLayerPaymentsError)[keyof typeof TrueLayerPaymentsError];
/** A TrueLayerPaymentsError as read from the wire: a known value or any other string. */
export type TrueLayerPaymentsErrorOrUnknown = TrueLayerPaymentsError | (string & {});
/** The catalog's metadata of every TrueLayerPaymentsError value. */
export const TrueLayerPaymentsErrorInfo: { readonly [V in TrueLayerPaymentsError]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/truelayer/payments_error",
  {
    Unauthenticated: {
      description: "The request's token or signature was not accepted.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [401],
      sources: ["truelayer-payments-api-errors", "truelayer-error-types"],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: [] },
        advice: {
          by: "provider",
          sources: ["truelayer-payments-api-errors", "truelayer-error-types"],
        },
      },
      message: null,
      advice: "Check the authorisation requirements of the endpoint, and send an appropriate token and signature (if applicable) in the headers.",
      userMessage: null,
      aliases: [],
    },
    Forbidden: {
      description: "The token may not be used for the request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [403],
      sources: ["truelayer-payments-api-errors", "truelayer-error-types"],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: [] },
        advice: { by: "provider", sources: ["truelayer-error-types"] },
      },
      message: null,
      advice: "If you're using an access_token from our authentication endpoint, check if the token has scopes that the endpoint requires. If you're using a resource_token, check if you're trying to access a resource other than the one the token was issued for.",
      userMessage: null,
      aliases: [],
    },
    "Invalid Parameters": {
      name: "InvalidParameters",
      description: "Fields of the request body or headers were not valid.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["truelayer-payments-api-errors", "truelayer-error-types"],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: [] },
        advice: {
          by: "provider",
          sources: ["truelayer-payments-api-errors", "truelayer-error-types"],
        },
      },
      message: null,
      advice: "Check the errors field included in the response for the JSON path of the request body fields or the header names that were invalid. The errors will also include at least one description of the error for each invalid field.",
      userMessage: null,
      aliases: [],
    },
    "Invalid State": {
      name: "InvalidState",
      description: "The requested action is not the one the resource expects next.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["truelayer-payments-api-errors", "truelayer-error-types"],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: [] },
        advice: {
          by: "provider",
          sources: ["truelayer-payments-api-errors", "truelayer-error-types"],
        },
      },
      message: null,
      advice: "Check if the next requested action is valid. For example, if you've tried to submit the provider selection, but the next authorised action is redirection.",
      userMessage: null,
      aliases: [],
    },
    "Not Found": {
      name: "NotFound",
      description: "The resource the request names was not found.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [404],
      sources: ["truelayer-payments-api-errors", "truelayer-error-types"],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: [] },
        advice: {
          by: "provider",
          sources: ["truelayer-payments-api-errors", "truelayer-error-types"],
        },
      },
      message: null,
      advice: "Check your payment ID value in the request path.",
      userMessage: null,
      aliases: [],
    },
    "Concurrency Conflict": {
      name: "ConcurrencyConflict",
      description: "This resource is already being used in another request.",
      category: "concurrent_operation",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [409],
      sources: ["truelayer-payments-api-errors"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["truelayer-payments-api-errors"] },
        advice: { by: "provider", sources: ["truelayer-payments-api-errors"] },
      },
      message: null,
      advice: "Try again later.",
      userMessage: null,
      aliases: [],
    },
    "Idempotency-Key Concurrency Conflict": {
      name: "IdempotencyKeyConcurrencyConflict",
      description: "Another request with the same Idempotency-Key is in progress.",
      category: "concurrent_operation",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [409],
      sources: ["truelayer-payments-api-errors", "truelayer-error-types"],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: [] },
        advice: {
          by: "provider",
          sources: ["truelayer-payments-api-errors", "truelayer-error-types"],
        },
      },
      message: null,
      advice: "Check if there's another request using the same Idempotency-Key header value currently in progress.",
      userMessage: null,
      aliases: [],
    },
    "Idempotency-Key Reuse": {
      name: "IdempotencyKeyReuse",
      description: "The Idempotency-Key was already used for another request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["truelayer-payments-api-errors"],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: [] },
        advice: { by: "provider", sources: ["truelayer-payments-api-errors"] },
      },
      message: null,
      advice: "Use a unique Idempotency-Key value for each request. Idempotency keys remain valid for 30 days from creation.",
      userMessage: null,
      aliases: [],
    },
    "Rate Limit Exceeded": {
      name: "RateLimitExceeded",
      description: "Too many requests were sent.",
      category: "rate_limited",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [429],
      sources: ["truelayer-payments-api-errors"],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: [] },
        advice: { by: "provider", sources: ["truelayer-payments-api-errors"] },
      },
      message: null,
      advice: "Try again later.",
      userMessage: null,
      aliases: [],
    },
    "Provider Error": {
      name: "ProviderError",
      description: "The provider (the user's bank) failed or is not available.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [502],
      sources: ["truelayer-payments-api-errors"],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: [] },
        advice: { by: "provider", sources: ["truelayer-payments-api-errors"] },
      },
      message: null,
      advice: "Try again, or wait for the provider to be available again and retry.",
      userMessage: null,
      aliases: [],
    },
    "Unknown Error": {
      name: "UnknownError",
      description: "An unexpected error.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [500],
      sources: ["truelayer-payments-api-errors"],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: [] },
        advice: { by: "provider", sources: ["truelayer-payments-api-errors"] },
      },
      message: null,
      advice: "Try again, or contact Support if the problem continues.",
      userMessage: null,
      aliases: [],
    },
    Conflict: {
      description: "Another request conflicted with this one.",
      category: "concurrent_operation",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [409],
      sources: ["truelayer-error-types", "truelayer-php-error-response"],
      deprecated: false,
      wording: {
        description: { by: "bankcodes", sources: [] },
        advice: { by: "provider", sources: ["truelayer-error-types"] },
      },
      message: null,
      advice: "Try again.",
      userMessage: null,
      aliases: [],
    },
  },
  {
    "Invalid Parameters": "InvalidParameters",
    "Invalid State": "InvalidState",
    "Not Found": "NotFound",
    "Concurrency Conflict": "ConcurrencyConflict",
    "Idempotency-Key Concurrency Conflict": "IdempotencyKeyConcurrencyConflict",
    "Idempotency-Key Reuse": "IdempotencyKeyReuse",
    "Rate Limit Exceeded": "RateLimitExceeded",
    "Provider Error": "ProviderError",
    "Unknown Error": "UnknownError",
  },
);
/** Whether a value is a known TrueLayerPaymentsError. */
export const isTrueLayerPaymentsError = (value: unknown): value is TrueLayerPaymentsError => isCodeOf(TrueLayerPaymentsErrorCategories, TrueLayerPaymentsErrorAliases, value);

/** Other wire spellings of TrueLayerPaymentStatus values (alias -> value). */
export const TrueLayerPaymentStatusAliases: { readonly [alias: string]: TrueLayerPaymentStatus } = {
};
/** The category of every TrueLayerPaymentStatus value and alias: all a listener needs to read one. */
export const TrueLayerPaymentStatusCategories: { readonly [spelling: string]: Category } = {
  authorization_required: "pending",
  authorizing: "pending",
  authorized: "pending",
  executed: "success",
  failed: "generic_failure",
  settled: "success",
  attempt_failed: "generic_failure",
};
/**
 * Payment status: The status of a Payments API v3 payment. Payments into a merchant account end
 * settled or failed, payments into an external account executed or failed; TrueLayer draws the
 * transitions in a diagram that the copy read does not hold, and adds that a payment to a merchant
 * account can move from executed to failed when name- or age-based verification is enabled. Wire
 * field: status (payment resource).
 */
export const TrueLayerPaymentStatus: {
  /**
   * The payment was created successfully and no further action has been taken.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly authorization_required: "authorization_required";
  /**
   * The end user started the authorisation journey by interacting with the hosted payment page or
   * your UI, but hasn't completed the journey yet.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly authorizing: "authorizing";
  /**
   * The end user completed the authorisation journey and the payment was authorised. TrueLayer
   * submitted the payment to the bank. No further action is needed from the user.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly authorized: "authorized";
  /**
   * TrueLayer submitted the payment to the bank and the payment was accepted successfully. The
   * payment is executed by the bank.
   * Category: success (Success); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly executed: "executed";
  /**
   * The payment failed to transition to the next status. Learn about different failure reasons.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: TrueLayer's published text.
   */
  readonly failed: "failed";
  /**
   * The payment settled into your merchant account. This status only appears for closed-loop
   * payments. These are payments into a TrueLayer merchant account.
   * Category: success (Success); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly settled: "settled";
  /**
   * An attempt at the payment failed while payment retries are enabled.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly attempt_failed: "attempt_failed";
} = /* @__PURE__ */ membersOf(TrueLayerPaymentStatusCategories, TrueLayerPaymentStatusAliases);
export type TrueLayerPaymentStatus = (typeof TrueLayerPaymentStatus)[keyof typeof TrueLayerPaymentStatus];
/** A TrueLayerPaymentStatus as read from the wire: a known value or any other string. */
export type TrueLayerPaymentStatusOrUnknown = TrueLayerPaymentStatus | (string & {});
/** The catalog's metadata of every TrueLayerPaymentStatus value. */
export const TrueLayerPaymentStatusInfo: { readonly [V in TrueLayerPaymentStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/truelayer/payment_status",
  {
    authorization_required: {
      description: "The payment was created successfully and no further action has been taken.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-payment-statuses"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["truelayer-payment-statuses"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    authorizing: {
      description: "The end user started the authorisation journey by interacting with the hosted payment page or your UI, but hasn't completed the journey yet.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-payment-statuses"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["truelayer-payment-statuses"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    authorized: {
      description: "The end user completed the authorisation journey and the payment was authorised. TrueLayer submitted the payment to the bank. No further action is needed from the user.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-payment-statuses"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["truelayer-payment-statuses"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    executed: {
      description: "TrueLayer submitted the payment to the bank and the payment was accepted successfully. The payment is executed by the bank.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-payment-statuses"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["truelayer-payment-statuses"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    failed: {
      description: "The payment failed to transition to the next status. Learn about different failure reasons.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["truelayer-payment-statuses"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["truelayer-payment-statuses"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    settled: {
      description: "The payment settled into your merchant account. This status only appears for closed-loop payments. These are payments into a TrueLayer merchant account.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-payment-statuses"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["truelayer-payment-statuses"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    attempt_failed: {
      description: "An attempt at the payment failed while payment retries are enabled.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "truelayer-java-payment-status",
        "truelayer-php-payment-status",
        "truelayer-php-readme",
      ],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known TrueLayerPaymentStatus. */
export const isTrueLayerPaymentStatus = (value: unknown): value is TrueLayerPaymentStatus => isCodeOf(TrueLayerPaymentStatusCategories, TrueLayerPaymentStatusAliases, value);

/** Other wire spellings of TrueLayerMandateStatus values (alias -> value). */
export const TrueLayerMandateStatusAliases: { readonly [alias: string]: TrueLayerMandateStatus } = {
};
/** The category of every TrueLayerMandateStatus value and alias: all a listener needs to read one. */
export const TrueLayerMandateStatusCategories: { readonly [spelling: string]: Category } = {
  authorization_required: "pending",
  authorizing: "pending",
  authorized: "success",
  revoked: "reconnect_required",
  failed: "generic_failure",
};
/**
 * Mandate status: The status of a Payments API v3 mandate (a consent for repeated payments). Wire
 * field: status (mandate resource).
 */
export const TrueLayerMandateStatus: {
  /**
   * The mandate has been created successfully and no further action has been taken.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly authorization_required: "authorization_required";
  /**
   * The end user has started the authorization journey by interacting with the hosted payment page
   * or the client's UI and has not completed the journey yet.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly authorizing: "authorizing";
  /**
   * The end user has completed the authorization journey and the mandate has successfully completed
   * its authorization flow.
   * Category: success (Success); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly authorized: "authorized";
  /**
   * The mandate was revoked after being authorized, either through by the client revoking the
   * mandate on behalf of the user, or by the user revoking it via their bank.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly revoked: "revoked";
  /**
   * The mandate could not be authorized. Either the mandate parameters were invalid, or the user
   * did not successfully complete the consent flow.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: TrueLayer's published text.
   */
  readonly failed: "failed";
} = /* @__PURE__ */ membersOf(TrueLayerMandateStatusCategories, TrueLayerMandateStatusAliases);
export type TrueLayerMandateStatus = (typeof TrueLayerMandateStatus)[keyof typeof TrueLayerMandateStatus];
/** A TrueLayerMandateStatus as read from the wire: a known value or any other string. */
export type TrueLayerMandateStatusOrUnknown = TrueLayerMandateStatus | (string & {});
/** The catalog's metadata of every TrueLayerMandateStatus value. */
export const TrueLayerMandateStatusInfo: { readonly [V in TrueLayerMandateStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/truelayer/mandate_status",
  {
    authorization_required: {
      description: "The mandate has been created successfully and no further action has been taken.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-mandate-statuses"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["truelayer-mandate-statuses"] } },
      nextStatuses: ["authorizing", "failed"],
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    authorizing: {
      description: "The end user has started the authorization journey by interacting with the hosted payment page or the client's UI and has not completed the journey yet.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-mandate-statuses"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["truelayer-mandate-statuses"] } },
      nextStatuses: ["authorized", "failed"],
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    authorized: {
      description: "The end user has completed the authorization journey and the mandate has successfully completed its authorization flow.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-mandate-statuses"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["truelayer-mandate-statuses"] } },
      nextStatuses: ["revoked"],
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    revoked: {
      description: "The mandate was revoked after being authorized, either through by the client revoking the mandate on behalf of the user, or by the user revoking it via their bank.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["truelayer-mandate-statuses"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["truelayer-mandate-statuses"] } },
      nextStatuses: [],
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      state: "revoked",
      stateReason: "The mandate was revoked.",
    },
    failed: {
      description: "The mandate could not be authorized. Either the mandate parameters were invalid, or the user did not successfully complete the consent flow.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["truelayer-mandate-statuses"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["truelayer-mandate-statuses"] } },
      nextStatuses: [],
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      state: "unknown",
      stateReason: "The mandate failed; no state of a connection follows.",
    },
  },
);
/** Whether a value is a known TrueLayerMandateStatus. */
export const isTrueLayerMandateStatus = (value: unknown): value is TrueLayerMandateStatus => isCodeOf(TrueLayerMandateStatusCategories, TrueLayerMandateStatusAliases, value);

/** Other wire spellings of TrueLayerPayoutStatus values (alias -> value). */
export const TrueLayerPayoutStatusAliases: { readonly [alias: string]: TrueLayerPayoutStatus } = {
};
/** The category of every TrueLayerPayoutStatus value and alias: all a listener needs to read one. */
export const TrueLayerPayoutStatusCategories: { readonly [spelling: string]: Category } = {
  pending: "pending",
  authorized: "pending",
  executed: "success",
  failed: "generic_failure",
};
/**
 * Payout status: The status of a Payments API v3 payout from a TrueLayer merchant account;
 * TrueLayer sends webhooks for executed and failed. Wire field: status (payout resource).
 */
export const TrueLayerPayoutStatus: {
  /**
   * The payout has been created with TrueLayer's API but it has not yet been authorised and sent to
   * the payment scheme for execution.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly pending: "pending";
  /**
   * The payout has been sent to the payment scheme for execution.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly authorized: "authorized";
  /**
   * The payout has successfully been made to the beneficiary account. The payout amount has been
   * deducted from your merchant account.
   * Category: success (Success); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly executed: "executed";
  /**
   * The payout failed. The payout amount has not been deducted from your merchant account.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: TrueLayer's published text.
   */
  readonly failed: "failed";
} = /* @__PURE__ */ membersOf(TrueLayerPayoutStatusCategories, TrueLayerPayoutStatusAliases);
export type TrueLayerPayoutStatus = (typeof TrueLayerPayoutStatus)[keyof typeof TrueLayerPayoutStatus];
/** A TrueLayerPayoutStatus as read from the wire: a known value or any other string. */
export type TrueLayerPayoutStatusOrUnknown = TrueLayerPayoutStatus | (string & {});
/** The catalog's metadata of every TrueLayerPayoutStatus value. */
export const TrueLayerPayoutStatusInfo: { readonly [V in TrueLayerPayoutStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/truelayer/payout_status",
  {
    pending: {
      description: "The payout has been created with TrueLayer's API but it has not yet been authorised and sent to the payment scheme for execution.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-payout-and-refund-statuses"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["truelayer-payout-and-refund-statuses"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    authorized: {
      description: "The payout has been sent to the payment scheme for execution.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-payout-and-refund-statuses"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["truelayer-payout-and-refund-statuses"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    executed: {
      description: "The payout has successfully been made to the beneficiary account. The payout amount has been deducted from your merchant account.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-payout-and-refund-statuses"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["truelayer-payout-and-refund-statuses"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    failed: {
      description: "The payout failed. The payout amount has not been deducted from your merchant account.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["truelayer-payout-and-refund-statuses"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["truelayer-payout-and-refund-statuses"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known TrueLayerPayoutStatus. */
export const isTrueLayerPayoutStatus = (value: unknown): value is TrueLayerPayoutStatus => isCodeOf(TrueLayerPayoutStatusCategories, TrueLayerPayoutStatusAliases, value);

/** Other wire spellings of TrueLayerRefundStatus values (alias -> value). */
export const TrueLayerRefundStatusAliases: { readonly [alias: string]: TrueLayerRefundStatus } = {
};
/** The category of every TrueLayerRefundStatus value and alias: all a listener needs to read one. */
export const TrueLayerRefundStatusCategories: { readonly [spelling: string]: Category } = {
  pending: "pending",
  authorized: "pending",
  executed: "success",
  failed: "generic_failure",
};
/**
 * Refund status: The status of a Payments API v3 refund of a payment into a TrueLayer merchant
 * account. Wire field: status (refund resource).
 */
export const TrueLayerRefundStatus: {
  /**
   * The refund has been created via TrueLayer's API but has not yet been authorised and sent to the
   * payment scheme for execution.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly pending: "pending";
  /**
   * The refund has been created and sent to the payment scheme for execution.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly authorized: "authorized";
  /**
   * The refund was executed. The refund amount has been deducted from your merchant account.
   * Category: success (Success); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly executed: "executed";
  /**
   * The refund failed. The refund amount has not been deducted from your merchant account.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: TrueLayer's published text.
   */
  readonly failed: "failed";
} = /* @__PURE__ */ membersOf(TrueLayerRefundStatusCategories, TrueLayerRefundStatusAliases);
export type TrueLayerRefundStatus = (typeof TrueLayerRefundStatus)[keyof typeof TrueLayerRefundStatus];
/** A TrueLayerRefundStatus as read from the wire: a known value or any other string. */
export type TrueLayerRefundStatusOrUnknown = TrueLayerRefundStatus | (string & {});
/** The catalog's metadata of every TrueLayerRefundStatus value. */
export const TrueLayerRefundStatusInfo: { readonly [V in TrueLayerRefundStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/truelayer/refund_status",
  {
    pending: {
      description: "The refund has been created via TrueLayer's API but has not yet been authorised and sent to the payment scheme for execution.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-payout-and-refund-statuses"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["truelayer-payout-and-refund-statuses"] },
      },
      nextStatuses: ["authorized"],
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    authorized: {
      description: "The refund has been created and sent to the payment scheme for execution.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-payout-and-refund-statuses"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["truelayer-payout-and-refund-statuses"] },
      },
      nextStatuses: ["executed", "failed"],
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    executed: {
      description: "The refund was executed. The refund amount has been deducted from your merchant account.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-payout-and-refund-statuses"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["truelayer-payout-and-refund-statuses"] },
      },
      nextStatuses: [],
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    failed: {
      description: "The refund failed. The refund amount has not been deducted from your merchant account.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["truelayer-payout-and-refund-statuses"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["truelayer-payout-and-refund-statuses"] },
      },
      nextStatuses: [],
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known TrueLayerRefundStatus. */
export const isTrueLayerRefundStatus = (value: unknown): value is TrueLayerRefundStatus => isCodeOf(TrueLayerRefundStatusCategories, TrueLayerRefundStatusAliases, value);

/** Other wire spellings of TrueLayerFailureReason values (alias -> value). */
export const TrueLayerFailureReasonAliases: { readonly [alias: string]: TrueLayerFailureReason } = {
};
/** The category of every TrueLayerFailureReason value and alias: all a listener needs to read one. */
export const TrueLayerFailureReasonCategories: { readonly [spelling: string]: Category } = {
  authorization_failed: "rejected",
  blocked: "rejected",
  canceled: "cancelled",
  constraint_violation: "rejected",
  expired: "session_expired",
  insufficient_funds: "rejected",
  internal_server_error: "generic_failure",
  invalid_account_details: "rejected",
  invalid_account_holder_name: "rejected",
  invalid_beneficiary_account: "integration_error",
  invalid_credentials: "credentials_invalid",
  invalid_mandate_state: "rejected",
  invalid_otp: "mfa_failed",
  invalid_remitter_account: "rejected",
  invalid_request: "integration_error",
  invalid_sort_code: "rejected",
  mandate_revoked: "reconnect_required",
  not_authorized: "rejected",
  payment_limit_exceeded: "rejected",
  provider_error: "institution_unavailable",
  provider_expired: "session_expired",
  provider_rejected: "rejected",
  rejected: "rejected",
  scheme_unavailable: "institution_unavailable",
  unknown_error: "generic_failure",
  user_canceled_at_provider: "cancelled",
  verification_declined: "rejected",
};
/**
 * Failure reason: Why a payment, mandate or refund failed (failure_reason). TrueLayer's pages give
 * only example values and say implementations should expect other values; the full list here is the
 * one TrueLayer's iOS SDK decodes from its payment page's messages (api_failure_reason). Every
 * description is bankcodes' wording: the payment and mandate pages read name these values without
 * describing them. A payout's failure_reason has values of its own, which TrueLayer describes
 * (payout_failure_reason); the refund failure reasons of its payout and refund statuses page are in
 * no copy read, so a refund's is read here. Wire field: failure_reason (payment_failed,
 * mandate_failed and refund_failed webhooks; failed payments, mandates and refunds).
 */
export const TrueLayerFailureReason: {
  /**
   * The authorisation of the payment or mandate failed.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly authorization_failed: "authorization_failed";
  /**
   * The payment was blocked.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly blocked: "blocked";
  /**
   * The payment was cancelled.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly canceled: "canceled";
  /**
   * The payment broke a constraint of its mandate.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly constraint_violation: "constraint_violation";
  /**
   * The payment expired before it was completed.
   * Category: session_expired (Session expired); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly expired: "expired";
  /**
   * The account the payment or refund was to be paid from did not hold enough money.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly insufficient_funds: "insufficient_funds";
  /**
   * An error inside TrueLayer.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly internal_server_error: "internal_server_error";
  /**
   * The creditor's or debtor's account details were not valid.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly invalid_account_details: "invalid_account_details";
  /**
   * The account holder's name was not valid.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly invalid_account_holder_name: "invalid_account_holder_name";
  /**
   * The beneficiary account was not valid.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly invalid_beneficiary_account: "invalid_beneficiary_account";
  /**
   * The user's banking credentials were not accepted.
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly invalid_credentials: "invalid_credentials";
  /**
   * The mandate was not in a state that allows the payment.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly invalid_mandate_state: "invalid_mandate_state";
  /**
   * A one-time passcode was not accepted.
   * Category: mfa_failed (MFA failed); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly invalid_otp: "invalid_otp";
  /**
   * The remitter's account details were not valid.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly invalid_remitter_account: "invalid_remitter_account";
  /**
   * The request held data that is not valid.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly invalid_request: "invalid_request";
  /**
   * A sort code was not valid.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly invalid_sort_code: "invalid_sort_code";
  /**
   * The payment's mandate was revoked.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly mandate_revoked: "mandate_revoked";
  /**
   * The payment was not authorised.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly not_authorized: "not_authorized";
  /**
   * The user's payment limit at their bank was exceeded.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly payment_limit_exceeded: "payment_limit_exceeded";
  /**
   * The provider (the bank) failed.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly provider_error: "provider_error";
  /**
   * The token or code used with the bank expired.
   * Category: session_expired (Session expired); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly provider_expired: "provider_expired";
  /**
   * The provider (the bank) rejected the payment or mandate.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly provider_rejected: "provider_rejected";
  /**
   * The payment was rejected.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly rejected: "rejected";
  /**
   * The payment scheme was not available.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly scheme_unavailable: "scheme_unavailable";
  /**
   * The cause is not known.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly unknown_error: "unknown_error";
  /**
   * The user cancelled at their bank.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly user_canceled_at_provider: "user_canceled_at_provider";
  /**
   * A verification of the payer (name or age) declined the payment.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly verification_declined: "verification_declined";
} = /* @__PURE__ */ membersOf(TrueLayerFailureReasonCategories, TrueLayerFailureReasonAliases);
export type TrueLayerFailureReason = (typeof TrueLayerFailureReason)[keyof typeof TrueLayerFailureReason];
/** A TrueLayerFailureReason as read from the wire: a known value or any other string. */
export type TrueLayerFailureReasonOrUnknown = TrueLayerFailureReason | (string & {});
/** The catalog's metadata of every TrueLayerFailureReason value. */
export const TrueLayerFailureReasonInfo: { readonly [V in TrueLayerFailureReason]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/truelayer/failure_reason",
  {
    authorization_failed: {
      description: "The authorisation of the payment or mandate failed.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "truelayer-payment-webhook-specs-failed",
        "truelayer-mandate-webhook-specs",
        "truelayer-php-payment-failed-interface",
        "truelayer-ios-hpp-message-abi",
      ],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    blocked: {
      description: "The payment was blocked.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-ios-hpp-message-abi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    canceled: {
      description: "The payment was cancelled.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["truelayer-php-payment-failed-interface", "truelayer-ios-hpp-message-abi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    constraint_violation: {
      description: "The payment broke a constraint of its mandate.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-ios-hpp-message-abi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    expired: {
      description: "The payment expired before it was completed.",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["truelayer-php-payment-failed-interface", "truelayer-ios-hpp-message-abi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    insufficient_funds: {
      description: "The account the payment or refund was to be paid from did not hold enough money.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-ios-hpp-message-abi", "truelayer-php-webhook-payloads"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    internal_server_error: {
      description: "An error inside TrueLayer.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "truelayer-mandate-webhook-specs",
        "truelayer-php-payment-failed-interface",
        "truelayer-ios-hpp-message-abi",
      ],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_account_details: {
      description: "The creditor's or debtor's account details were not valid.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-ios-hpp-message-abi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_account_holder_name: {
      description: "The account holder's name was not valid.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-ios-hpp-message-abi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_beneficiary_account: {
      description: "The beneficiary account was not valid.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-ios-hpp-message-abi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_credentials: {
      description: "The user's banking credentials were not accepted.",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["truelayer-ios-hpp-message-abi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_mandate_state: {
      description: "The mandate was not in a state that allows the payment.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-ios-hpp-message-abi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_otp: {
      description: "A one-time passcode was not accepted.",
      category: "mfa_failed",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["truelayer-ios-hpp-message-abi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_remitter_account: {
      description: "The remitter's account details were not valid.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-ios-hpp-message-abi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_request: {
      description: "The request held data that is not valid.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-mandate-webhook-specs", "truelayer-ios-hpp-message-abi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_sort_code: {
      description: "A sort code was not valid.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-mandate-webhook-specs", "truelayer-ios-hpp-message-abi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    mandate_revoked: {
      description: "The payment's mandate was revoked.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["truelayer-ios-hpp-message-abi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    not_authorized: {
      description: "The payment was not authorised.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-ios-hpp-message-abi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    payment_limit_exceeded: {
      description: "The user's payment limit at their bank was exceeded.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-ios-hpp-message-abi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    provider_error: {
      description: "The provider (the bank) failed.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "truelayer-mandate-webhook-specs",
        "truelayer-php-payment-failed-interface",
        "truelayer-ios-hpp-message-abi",
      ],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    provider_expired: {
      description: "The token or code used with the bank expired.",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["truelayer-ios-hpp-message-abi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    provider_rejected: {
      description: "The provider (the bank) rejected the payment or mandate.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "truelayer-mandate-webhook-specs",
        "truelayer-php-payment-failed-interface",
        "truelayer-ios-hpp-message-abi",
        "truelayer-mandate-statuses",
      ],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    rejected: {
      description: "The payment was rejected.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "truelayer-payment-webhook-specs-failed",
        "truelayer-php-payment-failed-interface",
        "truelayer-ios-hpp-message-abi",
      ],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    scheme_unavailable: {
      description: "The payment scheme was not available.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["truelayer-ios-hpp-message-abi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    unknown_error: {
      description: "The cause is not known.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["truelayer-mandate-webhook-specs", "truelayer-ios-hpp-message-abi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    user_canceled_at_provider: {
      description: "The user cancelled at their bank.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["truelayer-ios-hpp-message-abi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    verification_declined: {
      description: "A verification of the payer (name or age) declined the payment.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-ios-hpp-message-abi"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known TrueLayerFailureReason. */
export const isTrueLayerFailureReason = (value: unknown): value is TrueLayerFailureReason => isCodeOf(TrueLayerFailureReasonCategories, TrueLayerFailureReasonAliases, value);

/** Other wire spellings of TrueLayerPayoutFailureReason values (alias -> value). */
export const TrueLayerPayoutFailureReasonAliases: { readonly [alias: string]: TrueLayerPayoutFailureReason } = {
};
/** The category of every TrueLayerPayoutFailureReason value and alias: all a listener needs to read one. */
export const TrueLayerPayoutFailureReasonCategories: { readonly [spelling: string]: Category } = {
  blocked: "rejected",
  insufficient_funds: "rejected",
  invalid_iban: "rejected",
  invalid_scan: "rejected",
  returned: "rejected",
  scheme_error: "generic_failure",
  server_error: "generic_failure",
  unknown: "generic_failure",
  scan_conversion: "rejected",
};
/**
 * Payout failure reason: Why a Payments API v3 payout failed (failure_reason): TrueLayer's payout
 * and refund statuses page lists these values, each with its meaning ("If a payout fails, the
 * failure_reason object contains one of the following values, which explains why the payout
 * failed"). They are not a payment's failure reasons: a payout's insufficient_funds is the merchant
 * account's, a payment's its payer's. The copies read end inside the payout section: the page's
 * refund failure reasons are in none of them. Wire field: failure_reason (payout_failed webhooks;
 * failed payouts: GET /v3/payouts/{id}).
 */
export const TrueLayerPayoutFailureReason: {
  /**
   * The payout was blocked due to a regulatory requirement. This may happen if the payee fails a
   * sanctions check.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly blocked: "blocked";
  /**
   * The merchant account did not contain enough funds to make this payout.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly insufficient_funds: "insufficient_funds";
  /**
   * The IBAN that your user provided at the creation of the pay-in this closed-loop payout is for
   * was invalid.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly invalid_iban: "invalid_iban";
  /**
   * We could not convert the beneficiary’s sort code and account number to an IBAN.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly invalid_scan: "invalid_scan";
  /**
   * The payout was returned by the beneficiary bank after it entered the executed status.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly returned: "returned";
  /**
   * There was an issue with the selected payment provider or payment scheme.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: TrueLayer's published text.
   */
  readonly scheme_error: "scheme_error";
  /**
   * TrueLayer encountered an error while processing the payment.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: TrueLayer's published text.
   */
  readonly server_error: "server_error";
  /**
   * The payout failed for an unknown reason that does not belong to any of the other reasons.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: TrueLayer's published text.
   */
  readonly unknown: "unknown";
  /**
   * We could not convert beneficiary’s sort code and account number to an IBAN.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: TrueLayer's published text.
   * @deprecated Listed by an earlier copy of the payout and refund statuses page; the later copies
   * list invalid_scan, with the same meaning, where it stood, and scan_conversion no more.
   * TrueLayer does not say whether a payout can still carry it. Use invalid_scan.
   */
  readonly scan_conversion: "scan_conversion";
} = /* @__PURE__ */ membersOf(TrueLayerPayoutFailureReasonCategories, TrueLayerPayoutFailureReasonAliases);
export type TrueLayerPayoutFailureReason = (typeof TrueLayerPayoutFailureReason)[keyof typeof TrueLayerPayoutFailureReason];
/** A TrueLayerPayoutFailureReason as read from the wire: a known value or any other string. */
export type TrueLayerPayoutFailureReasonOrUnknown = TrueLayerPayoutFailureReason | (string & {});
/** The catalog's metadata of every TrueLayerPayoutFailureReason value. */
export const TrueLayerPayoutFailureReasonInfo: { readonly [V in TrueLayerPayoutFailureReason]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/truelayer/payout_failure_reason",
  {
    blocked: {
      description: "The payout was blocked due to a regulatory requirement. This may happen if the payee fails a sanctions check.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "truelayer-payout-statuses-eight-reasons",
        "truelayer-payout-statuses-returned",
        "truelayer-payout-statuses-table",
        "truelayer-payout-statuses-scan-conversion",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "truelayer-payout-statuses-eight-reasons",
            "truelayer-payout-statuses-returned",
            "truelayer-payout-statuses-table",
            "truelayer-payout-statuses-scan-conversion",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    insufficient_funds: {
      description: "The merchant account did not contain enough funds to make this payout.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "truelayer-payout-statuses-eight-reasons",
        "truelayer-payout-statuses-returned",
        "truelayer-payout-statuses-table",
        "truelayer-payout-statuses-scan-conversion",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "truelayer-payout-statuses-eight-reasons",
            "truelayer-payout-statuses-returned",
            "truelayer-payout-statuses-table",
            "truelayer-payout-statuses-scan-conversion",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_iban: {
      description: "The IBAN that your user provided at the creation of the pay-in this closed-loop payout is for was invalid.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "truelayer-payout-statuses-eight-reasons",
        "truelayer-payout-statuses-returned",
        "truelayer-payout-statuses-table",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "truelayer-payout-statuses-eight-reasons",
            "truelayer-payout-statuses-returned",
            "truelayer-payout-statuses-table",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    invalid_scan: {
      description: "We could not convert the beneficiary’s sort code and account number to an IBAN.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "truelayer-payout-statuses-eight-reasons",
        "truelayer-payout-statuses-returned",
        "truelayer-payout-statuses-table",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "truelayer-payout-statuses-eight-reasons",
            "truelayer-payout-statuses-returned",
            "truelayer-payout-statuses-table",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    returned: {
      description: "The payout was returned by the beneficiary bank after it entered the executed status.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "truelayer-payout-statuses-eight-reasons",
        "truelayer-payout-statuses-returned",
        "truelayer-payout-statuses-table",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["truelayer-payout-statuses-returned"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    scheme_error: {
      description: "There was an issue with the selected payment provider or payment scheme.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "truelayer-payout-statuses-eight-reasons",
        "truelayer-payout-statuses-table",
        "truelayer-payout-statuses-scan-conversion",
        "truelayer-payouts-webhooks",
        "truelayer-php-webhook-payloads",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "truelayer-payout-statuses-eight-reasons",
            "truelayer-payout-statuses-table",
            "truelayer-payout-statuses-scan-conversion",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    server_error: {
      description: "TrueLayer encountered an error while processing the payment.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "truelayer-payout-statuses-eight-reasons",
        "truelayer-payout-statuses-scan-conversion",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "truelayer-payout-statuses-eight-reasons",
            "truelayer-payout-statuses-scan-conversion",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    unknown: {
      description: "The payout failed for an unknown reason that does not belong to any of the other reasons.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["truelayer-payout-statuses-eight-reasons"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["truelayer-payout-statuses-eight-reasons"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    scan_conversion: {
      description: "We could not convert beneficiary’s sort code and account number to an IBAN.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-payout-statuses-scan-conversion"],
      deprecated: true,
      lifecycle: {
        state: "removed",
        note: "Listed by an earlier copy of the payout and refund statuses page; the later copies list invalid_scan, with the same meaning, where it stood, and scan_conversion no more. TrueLayer does not say whether a payout can still carry it.",
        replacedBy: "invalid_scan",
      },
      wording: {
        description: { by: "provider", sources: ["truelayer-payout-statuses-scan-conversion"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known TrueLayerPayoutFailureReason. */
export const isTrueLayerPayoutFailureReason = (value: unknown): value is TrueLayerPayoutFailureReason => isCodeOf(TrueLayerPayoutFailureReasonCategories, TrueLayerPayoutFailureReasonAliases, value);

/** Other wire spellings of TrueLayerFailureStage values (alias -> value). */
export const TrueLayerFailureStageAliases: { readonly [alias: string]: TrueLayerFailureStage } = {
};
/** The category of every TrueLayerFailureStage value and alias: all a listener needs to read one. */
export const TrueLayerFailureStageCategories: { readonly [spelling: string]: Category } = {
  authorization_required: "informational",
  authorizing: "informational",
  authorized: "informational",
};
/**
 * Failure stage: The status a payment or mandate was in when it failed: TrueLayer says it can be
 * one of authorization_required, authorizing and authorized. Wire field: failure_stage
 * (payment_failed and mandate_failed webhooks; failed payments and mandates).
 */
export const TrueLayerFailureStage: {
  /**
   * It failed before the user started to authorise it.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly authorization_required: "authorization_required";
  /**
   * It failed while the user was authorising it.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly authorizing: "authorizing";
  /**
   * It failed after it was authorised.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly authorized: "authorized";
} = /* @__PURE__ */ membersOf(TrueLayerFailureStageCategories, TrueLayerFailureStageAliases);
export type TrueLayerFailureStage = (typeof TrueLayerFailureStage)[keyof typeof TrueLayerFailureStage];
/** A TrueLayerFailureStage as read from the wire: a known value or any other string. */
export type TrueLayerFailureStageOrUnknown = TrueLayerFailureStage | (string & {});
/** The catalog's metadata of every TrueLayerFailureStage value. */
export const TrueLayerFailureStageInfo: { readonly [V in TrueLayerFailureStage]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/truelayer/failure_stage",
  {
    authorization_required: {
      description: "It failed before the user started to authorise it.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "truelayer-payment-webhook-specs-failed",
        "truelayer-mandate-webhook-specs",
        "truelayer-php-payment-failed-interface",
      ],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    authorizing: {
      description: "It failed while the user was authorising it.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "truelayer-payment-webhook-specs-failed",
        "truelayer-mandate-webhook-specs",
        "truelayer-php-payment-failed-interface",
      ],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    authorized: {
      description: "It failed after it was authorised.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "truelayer-payment-webhook-specs-failed",
        "truelayer-mandate-webhook-specs",
        "truelayer-php-payment-failed-interface",
      ],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known TrueLayerFailureStage. */
export const isTrueLayerFailureStage = (value: unknown): value is TrueLayerFailureStage => isCodeOf(TrueLayerFailureStageCategories, TrueLayerFailureStageAliases, value);

/** Other wire spellings of TrueLayerWebhookType values (alias -> value). */
export const TrueLayerWebhookTypeAliases: { readonly [alias: string]: TrueLayerWebhookType } = {
};
/** The category of every TrueLayerWebhookType value and alias: all a listener needs to read one. */
export const TrueLayerWebhookTypeCategories: { readonly [spelling: string]: Category } = {
  payment_authorized: "pending",
  payment_executed: "success",
  payment_failed: "generic_failure",
  payment_creditable: "informational",
  payment_settled: "success",
  payment_settlement_stalled: "informational",
  external_payment_received: "informational",
  mandate_authorized: "success",
  mandate_failed: "generic_failure",
  mandate_revoked: "reconnect_required",
  payment_link_payment_created: "informational",
  payment_link_disabled: "informational",
  payout_executed: "success",
  payout_failed: "generic_failure",
  refund_executed: "success",
  refund_failed: "generic_failure",
  mandate_remitter_changed: "informational",
  mandate_initial_payment_created: "informational",
};
/**
 * Webhook type: The type of a Payments API v3 webhook (its type field). Wire field: type (Payments
 * API v3 webhooks).
 */
export const TrueLayerWebhookType: {
  /**
   * The payment was authorised.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly payment_authorized: "payment_authorized";
  /**
   * The payment was executed.
   * Category: success (Success); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly payment_executed: "payment_executed";
  /**
   * The payment failed.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: TrueLayer's published text.
   */
  readonly payment_failed: "payment_failed";
  /**
   * The payment has been deemed ready to be credited to the end user.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly payment_creditable: "payment_creditable";
  /**
   * The payment has settled.
   * Category: success (Success); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly payment_settled: "payment_settled";
  /**
   * The payment did not reach settled status after a certain amount of time.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly payment_settlement_stalled: "payment_settlement_stalled";
  /**
   * The external payment has settled.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly external_payment_received: "external_payment_received";
  /**
   * The mandate was authorised.
   * Category: success (Success); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly mandate_authorized: "mandate_authorized";
  /**
   * The mandate creation failed.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: TrueLayer's published text.
   */
  readonly mandate_failed: "mandate_failed";
  /**
   * The mandate was revoked.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly mandate_revoked: "mandate_revoked";
  /**
   * A payment was created through a payment link.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly payment_link_payment_created: "payment_link_payment_created";
  /**
   * The payment link was disabled.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly payment_link_disabled: "payment_link_disabled";
  /**
   * The payout was executed. Notification structure differs between closed-loop, open-loop or
   * business account payouts.
   * Category: success (Success); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly payout_executed: "payout_executed";
  /**
   * The payout failed. Notification structure differs between closed-loop, open-loop or business
   * account payouts.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: TrueLayer's published text.
   */
  readonly payout_failed: "payout_failed";
  /**
   * The refund was executed.
   * Category: success (Success); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly refund_executed: "refund_executed";
  /**
   * The refund failed.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: TrueLayer's published text.
   */
  readonly refund_failed: "refund_failed";
  /**
   * A mandate's remitter changed.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly mandate_remitter_changed: "mandate_remitter_changed";
  /**
   * A mandate's initial payment was created.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly mandate_initial_payment_created: "mandate_initial_payment_created";
} = /* @__PURE__ */ membersOf(TrueLayerWebhookTypeCategories, TrueLayerWebhookTypeAliases);
export type TrueLayerWebhookType = (typeof TrueLayerWebhookType)[keyof typeof TrueLayerWebhookType];
/** A TrueLayerWebhookType as read from the wire: a known value or any other string. */
export type TrueLayerWebhookTypeOrUnknown = TrueLayerWebhookType | (string & {});
/** The catalog's metadata of every TrueLayerWebhookType value. */
export const TrueLayerWebhookTypeInfo: { readonly [V in TrueLayerWebhookType]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/truelayer/webhook_type",
  {
    payment_authorized: {
      description: "The payment was authorised.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "truelayer-webhook-types",
        "truelayer-webhook-notifications-v3",
        "truelayer-php-webhook-event-types",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["truelayer-webhook-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    payment_executed: {
      description: "The payment was executed.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "truelayer-webhook-types",
        "truelayer-webhook-notifications-v3",
        "truelayer-php-webhook-event-types",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["truelayer-webhook-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    payment_failed: {
      description: "The payment failed.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "truelayer-webhook-types",
        "truelayer-webhook-notifications-v3",
        "truelayer-php-webhook-event-types",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["truelayer-webhook-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    payment_creditable: {
      description: "The payment has been deemed ready to be credited to the end user.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-webhook-types", "truelayer-php-webhook-event-types"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["truelayer-webhook-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    payment_settled: {
      description: "The payment has settled.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "truelayer-webhook-types",
        "truelayer-webhook-notifications-v3",
        "truelayer-php-webhook-event-types",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["truelayer-webhook-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    payment_settlement_stalled: {
      description: "The payment did not reach settled status after a certain amount of time.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-webhook-types", "truelayer-php-webhook-event-types"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["truelayer-webhook-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    external_payment_received: {
      description: "The external payment has settled.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "truelayer-webhook-types",
        "truelayer-webhook-notifications-v3",
        "truelayer-php-webhook-event-types",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["truelayer-webhook-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    mandate_authorized: {
      description: "The mandate was authorised.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-webhook-types", "truelayer-webhook-notifications-v3"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["truelayer-webhook-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    mandate_failed: {
      description: "The mandate creation failed.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["truelayer-webhook-types", "truelayer-webhook-notifications-v3"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["truelayer-webhook-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    mandate_revoked: {
      description: "The mandate was revoked.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["truelayer-webhook-types", "truelayer-webhook-notifications-v3"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["truelayer-webhook-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    payment_link_payment_created: {
      description: "A payment was created through a payment link.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-webhook-types"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["truelayer-webhook-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    payment_link_disabled: {
      description: "The payment link was disabled.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-webhook-types"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["truelayer-webhook-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    payout_executed: {
      description: "The payout was executed. Notification structure differs between closed-loop, open-loop or business account payouts.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "truelayer-webhook-types",
        "truelayer-webhook-notifications-v3",
        "truelayer-php-webhook-event-types",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["truelayer-webhook-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    payout_failed: {
      description: "The payout failed. Notification structure differs between closed-loop, open-loop or business account payouts.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "truelayer-webhook-types",
        "truelayer-webhook-notifications-v3",
        "truelayer-php-webhook-event-types",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["truelayer-webhook-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    refund_executed: {
      description: "The refund was executed.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "truelayer-webhook-types",
        "truelayer-webhook-notifications-v3",
        "truelayer-php-webhook-event-types",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["truelayer-webhook-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    refund_failed: {
      description: "The refund failed.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "truelayer-webhook-types",
        "truelayer-webhook-notifications-v3",
        "truelayer-php-webhook-event-types",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["truelayer-webhook-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    mandate_remitter_changed: {
      description: "A mandate's remitter changed.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-reference-webhook-mandates"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    mandate_initial_payment_created: {
      description: "A mandate's initial payment was created.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-reference-webhook-mandates"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known TrueLayerWebhookType. */
export const isTrueLayerWebhookType = (value: unknown): value is TrueLayerWebhookType => isCodeOf(TrueLayerWebhookTypeCategories, TrueLayerWebhookTypeAliases, value);

/** Other wire spellings of TrueLayerSdkFailureReason values (alias -> value). */
export const TrueLayerSdkFailureReasonAliases: { readonly [alias: string]: TrueLayerSdkFailureReason } = {
};
/** The category of every TrueLayerSdkFailureReason value and alias: all a listener needs to read one. */
export const TrueLayerSdkFailureReasonCategories: { readonly [spelling: string]: Category } = {
  NoInternet: "generic_failure",
  UserAborted: "cancelled",
  CommunicationIssue: "generic_failure",
  ConnectionSecurityIssue: "integration_error",
  InvalidRedirectURI: "integration_error",
  PaymentFailed: "generic_failure",
  WaitAbandoned: "cancelled",
  ProcessorContextNotAvailable: "integration_error",
  ProviderOffline: "institution_unavailable",
  Unknown: "generic_failure",
  Blocked: "rejected",
  InvalidAccountDetails: "rejected",
  InvalidAccountHolderName: "rejected",
  InvalidCredentials: "credentials_invalid",
  InvalidRemitterAccount: "rejected",
  InvalidRequest: "integration_error",
  InvalidSortCode: "rejected",
  InsufficientFunds: "rejected",
  PaymentLimitExceeded: "rejected",
  ProviderError: "institution_unavailable",
  ProviderExpired: "session_expired",
  ProviderRejected: "rejected",
  UserCanceledAtProvider: "cancelled",
  InvalidBeneficiaryAccount: "integration_error",
  InvalidOtp: "mfa_failed",
  SchemeUnavailable: "institution_unavailable",
  VerificationDeclined: "rejected",
  InvalidMandateState: "rejected",
  ConstraintViolation: "rejected",
};
/**
 * React Native SDK failure reason: Why processPayment or processMandate of TrueLayer's React Native
 * payments SDK ended in Failure: the reason of its ProcessorResult (also the reason of a status
 * request's StatusFailure). Wire field: reason (ProcessorResult of type Failure;
 * StatusFailure.reason).
 */
export const TrueLayerSdkFailureReason: {
  /**
   * There was an issue while connecting to the internet. Either the user is offline, or the request
   * timed out.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: TrueLayer's published text.
   */
  readonly NoInternet: "NoInternet";
  /**
   * The user canceled the payment or mandate.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly UserAborted: "UserAborted";
  /**
   * There was an issue communicating with the server.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: TrueLayer's published text.
   */
  readonly CommunicationIssue: "CommunicationIssue";
  /**
   * The token used to make the payment or mandate is not authorized to undergo such operation.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly ConnectionSecurityIssue: "ConnectionSecurityIssue";
  /**
   * The redirect URI passed to the SDK is invalid.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly InvalidRedirectURI: "InvalidRedirectURI";
  /**
   * The payment or mandate is in a failed state. Click here for more information: payments or
   * mandates.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: TrueLayer's published text.
   */
  readonly PaymentFailed: "PaymentFailed";
  /**
   * The user abandoned the payment on the wait screen.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly WaitAbandoned: "WaitAbandoned";
  /**
   * The context provided to the SDK is invalid.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly ProcessorContextNotAvailable: "ProcessorContextNotAvailable";
  /**
   * The pre-selected provider was offline.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: TrueLayer's published text.
   */
  readonly ProviderOffline: "ProviderOffline";
  /**
   * The SDK encountered an unexpected behavior.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: TrueLayer's published text.
   */
  readonly Unknown: "Unknown";
  /**
   * The payment has been blocked due to a regulatory requirement. This may happen if the PSU fails
   * a sanctions check.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly Blocked: "Blocked";
  /**
   * The payment failed because either the creditor's or debtor's account details were invalid.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly InvalidAccountDetails: "InvalidAccountDetails";
  /**
   * The payment failed because the account holder's name details were invalid.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly InvalidAccountHolderName: "InvalidAccountHolderName";
  /**
   * The banking credentials provided by the PSU to log into their bank were incorrect.
   * Category: credentials_invalid (Credentials invalid); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly InvalidCredentials: "InvalidCredentials";
  /**
   * The account details of the remitter bank account provided during the payment flow were
   * incorrect.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly InvalidRemitterAccount: "InvalidRemitterAccount";
  /**
   * The payment failed due to invalid data in the request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly InvalidRequest: "InvalidRequest";
  /**
   * The payment failed due to an invalid sort code being provided.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly InvalidSortCode: "InvalidSortCode";
  /**
   * The PSU did not have the required balance in their account to complete this payment.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly InsufficientFunds: "InsufficientFunds";
  /**
   * The PSU's payment limit amount with their bank was breached.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly PaymentLimitExceeded: "PaymentLimitExceeded";
  /**
   * The provider has unexpectedly failed when creating the payment.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: TrueLayer's published text.
   */
  readonly ProviderError: "ProviderError";
  /**
   * The payment failed because the token or exchange code used to communicate with the bank
   * expired.
   * Category: session_expired (Session expired); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly ProviderExpired: "ProviderExpired";
  /**
   * The provider rejected the payment.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly ProviderRejected: "ProviderRejected";
  /**
   * The user cancelled the payment at their bank.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly UserCanceledAtProvider: "UserCanceledAtProvider";
  /**
   * The beneficiary account was not valid.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly InvalidBeneficiaryAccount: "InvalidBeneficiaryAccount";
  /**
   * A one-time passcode was not accepted.
   * Category: mfa_failed (MFA failed); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly InvalidOtp: "InvalidOtp";
  /**
   * The payment scheme was not available.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly SchemeUnavailable: "SchemeUnavailable";
  /**
   * A verification of the payer (name or age) declined the payment.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly VerificationDeclined: "VerificationDeclined";
  /**
   * The mandate was not in a state that allows the payment.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly InvalidMandateState: "InvalidMandateState";
  /**
   * The payment broke a constraint of its mandate.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly ConstraintViolation: "ConstraintViolation";
} = /* @__PURE__ */ membersOf(TrueLayerSdkFailureReasonCategories, TrueLayerSdkFailureReasonAliases);
export type TrueLayerSdkFailureReason = (typeof TrueLayerSdkFailureReason)[keyof typeof TrueLayerSdkFailureReason];
/** A TrueLayerSdkFailureReason as read from the wire: a known value or any other string. */
export type TrueLayerSdkFailureReasonOrUnknown = TrueLayerSdkFailureReason | (string & {});
/** The catalog's metadata of every TrueLayerSdkFailureReason value. */
export const TrueLayerSdkFailureReasonInfo: { readonly [V in TrueLayerSdkFailureReason]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/truelayer/sdk_failure_reason",
  {
    NoInternet: {
      description: "There was an issue while connecting to the internet. Either the user is offline, or the request timed out.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["truelayer-rn-types", "truelayer-rn-docs"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["truelayer-rn-types", "truelayer-rn-docs"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    UserAborted: {
      description: "The user canceled the payment or mandate.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["truelayer-rn-types", "truelayer-rn-docs"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["truelayer-rn-types", "truelayer-rn-docs"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CommunicationIssue: {
      description: "There was an issue communicating with the server.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["truelayer-rn-types", "truelayer-rn-docs"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["truelayer-rn-types", "truelayer-rn-docs"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ConnectionSecurityIssue: {
      description: "The token used to make the payment or mandate is not authorized to undergo such operation.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-rn-types", "truelayer-rn-docs"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["truelayer-rn-types", "truelayer-rn-docs"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    InvalidRedirectURI: {
      description: "The redirect URI passed to the SDK is invalid.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-rn-types", "truelayer-rn-docs"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["truelayer-rn-types", "truelayer-rn-docs"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PaymentFailed: {
      description: "The payment or mandate is in a failed state. Click here for more information: payments or mandates.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["truelayer-rn-types", "truelayer-rn-docs"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["truelayer-rn-types", "truelayer-rn-docs"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    WaitAbandoned: {
      description: "The user abandoned the payment on the wait screen.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["truelayer-rn-types", "truelayer-rn-docs"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["truelayer-rn-types", "truelayer-rn-docs"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ProcessorContextNotAvailable: {
      description: "The context provided to the SDK is invalid.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-rn-types", "truelayer-rn-docs"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["truelayer-rn-types", "truelayer-rn-docs"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ProviderOffline: {
      description: "The pre-selected provider was offline.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["truelayer-rn-types", "truelayer-rn-docs"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["truelayer-rn-types", "truelayer-rn-docs"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    Unknown: {
      description: "The SDK encountered an unexpected behavior.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["truelayer-rn-types", "truelayer-rn-docs"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["truelayer-rn-types", "truelayer-rn-docs"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    Blocked: {
      description: "The payment has been blocked due to a regulatory requirement. This may happen if the PSU fails a sanctions check.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-rn-types", "truelayer-rn-docs"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["truelayer-rn-types", "truelayer-rn-docs"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    InvalidAccountDetails: {
      description: "The payment failed because either the creditor's or debtor's account details were invalid.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-rn-types", "truelayer-rn-docs"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["truelayer-rn-types", "truelayer-rn-docs"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    InvalidAccountHolderName: {
      description: "The payment failed because the account holder's name details were invalid.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-rn-types", "truelayer-rn-docs"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["truelayer-rn-types", "truelayer-rn-docs"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    InvalidCredentials: {
      description: "The banking credentials provided by the PSU to log into their bank were incorrect.",
      category: "credentials_invalid",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["truelayer-rn-types", "truelayer-rn-docs"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["truelayer-rn-types", "truelayer-rn-docs"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    InvalidRemitterAccount: {
      description: "The account details of the remitter bank account provided during the payment flow were incorrect.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-rn-types", "truelayer-rn-docs"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["truelayer-rn-types", "truelayer-rn-docs"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    InvalidRequest: {
      description: "The payment failed due to invalid data in the request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-rn-types", "truelayer-rn-docs"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["truelayer-rn-types", "truelayer-rn-docs"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    InvalidSortCode: {
      description: "The payment failed due to an invalid sort code being provided.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-rn-types", "truelayer-rn-docs"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["truelayer-rn-types", "truelayer-rn-docs"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    InsufficientFunds: {
      description: "The PSU did not have the required balance in their account to complete this payment.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-rn-types", "truelayer-rn-docs"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["truelayer-rn-types", "truelayer-rn-docs"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PaymentLimitExceeded: {
      description: "The PSU's payment limit amount with their bank was breached.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-rn-types", "truelayer-rn-docs"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["truelayer-rn-types", "truelayer-rn-docs"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ProviderError: {
      description: "The provider has unexpectedly failed when creating the payment.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["truelayer-rn-types", "truelayer-rn-docs"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["truelayer-rn-types", "truelayer-rn-docs"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ProviderExpired: {
      description: "The payment failed because the token or exchange code used to communicate with the bank expired.",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["truelayer-rn-types", "truelayer-rn-docs"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["truelayer-rn-types", "truelayer-rn-docs"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ProviderRejected: {
      description: "The provider rejected the payment.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-rn-types", "truelayer-rn-docs"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["truelayer-rn-types", "truelayer-rn-docs"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    UserCanceledAtProvider: {
      description: "The user cancelled the payment at their bank.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["truelayer-rn-types", "truelayer-rn-docs"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    InvalidBeneficiaryAccount: {
      description: "The beneficiary account was not valid.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-rn-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    InvalidOtp: {
      description: "A one-time passcode was not accepted.",
      category: "mfa_failed",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["truelayer-rn-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SchemeUnavailable: {
      description: "The payment scheme was not available.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["truelayer-rn-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    VerificationDeclined: {
      description: "A verification of the payer (name or age) declined the payment.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-rn-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    InvalidMandateState: {
      description: "The mandate was not in a state that allows the payment.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-rn-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ConstraintViolation: {
      description: "The payment broke a constraint of its mandate.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-rn-types"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known TrueLayerSdkFailureReason. */
export const isTrueLayerSdkFailureReason = (value: unknown): value is TrueLayerSdkFailureReason => isCodeOf(TrueLayerSdkFailureReasonCategories, TrueLayerSdkFailureReasonAliases, value);

/** Other wire spellings of TrueLayerSdkProcessorStep values (alias -> value). */
export const TrueLayerSdkProcessorStepAliases: { readonly [alias: string]: TrueLayerSdkProcessorStep } = {
};
/** The category of every TrueLayerSdkProcessorStep value and alias: all a listener needs to read one. */
export const TrueLayerSdkProcessorStepCategories: { readonly [spelling: string]: Category } = {
  Wait: "pending",
  Authorized: "pending",
  Executed: "success",
  Settled: "success",
  Redirect: "pending",
};
/**
 * React Native SDK processor step: How far processPayment or processMandate of TrueLayer's React
 * Native payments SDK got when it ended in Success: the step of its ProcessorResult. Wire field:
 * step (ProcessorResult of type Success).
 */
export const TrueLayerSdkProcessorStep: {
  /**
   * The SDK flow is complete, but a decoupled authorisation action is still pending with the user
   * and/or the bank.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly Wait: "Wait";
  /**
   * The user authorized the payment or mandate with the bank.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly Authorized: "Authorized";
  /**
   * The bank confirmed the payment or mandate.
   * Category: success (Success); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly Executed: "Executed";
  /**
   * The funds have reached the destination.
   * Category: success (Success); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly Settled: "Settled";
  /**
   * The user has been redirected to the bank to authorize the payment or mandate.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly Redirect: "Redirect";
} = /* @__PURE__ */ membersOf(TrueLayerSdkProcessorStepCategories, TrueLayerSdkProcessorStepAliases);
export type TrueLayerSdkProcessorStep = (typeof TrueLayerSdkProcessorStep)[keyof typeof TrueLayerSdkProcessorStep];
/** A TrueLayerSdkProcessorStep as read from the wire: a known value or any other string. */
export type TrueLayerSdkProcessorStepOrUnknown = TrueLayerSdkProcessorStep | (string & {});
/** The catalog's metadata of every TrueLayerSdkProcessorStep value. */
export const TrueLayerSdkProcessorStepInfo: { readonly [V in TrueLayerSdkProcessorStep]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/truelayer/sdk_processor_step",
  {
    Wait: {
      description: "The SDK flow is complete, but a decoupled authorisation action is still pending with the user and/or the bank.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-rn-types", "truelayer-rn-docs"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["truelayer-rn-types", "truelayer-rn-docs"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    Authorized: {
      description: "The user authorized the payment or mandate with the bank.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-rn-types", "truelayer-rn-docs"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["truelayer-rn-types", "truelayer-rn-docs"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    Executed: {
      description: "The bank confirmed the payment or mandate.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-rn-types", "truelayer-rn-docs"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["truelayer-rn-types", "truelayer-rn-docs"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    Settled: {
      description: "The funds have reached the destination.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-rn-types", "truelayer-rn-docs"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["truelayer-rn-types", "truelayer-rn-docs"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    Redirect: {
      description: "The user has been redirected to the bank to authorize the payment or mandate.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-rn-docs"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["truelayer-rn-docs"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known TrueLayerSdkProcessorStep. */
export const isTrueLayerSdkProcessorStep = (value: unknown): value is TrueLayerSdkProcessorStep => isCodeOf(TrueLayerSdkProcessorStepCategories, TrueLayerSdkProcessorStepAliases, value);

/** Other wire spellings of TrueLayerSdkPaymentStatus values (alias -> value). */
export const TrueLayerSdkPaymentStatusAliases: { readonly [alias: string]: TrueLayerSdkPaymentStatus } = {
};
/** The category of every TrueLayerSdkPaymentStatus value and alias: all a listener needs to read one. */
export const TrueLayerSdkPaymentStatusCategories: { readonly [spelling: string]: Category } = {
  AuthorizationRequired: "pending",
  Authorizing: "pending",
  Authorized: "pending",
  Executed: "success",
  Settled: "success",
  Failed: "generic_failure",
};
/**
 * React Native SDK payment status: A payment's status as TrueLayer's React Native payments SDK
 * names it (paymentStatus's result). Wire field: status (PaymentStatusResult of type Success).
 */
export const TrueLayerSdkPaymentStatus: {
  /**
   * The payment requires authorisation.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly AuthorizationRequired: "AuthorizationRequired";
  /**
   * The user is authorizing the payment.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly Authorizing: "Authorizing";
  /**
   * The payment has been authorized by the bank.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly Authorized: "Authorized";
  /**
   * The payment has been executed.
   * Category: success (Success); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly Executed: "Executed";
  /**
   * The funds have reached the destination.
   * Category: success (Success); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly Settled: "Settled";
  /**
   * The payment failed. This can be due to various reasons.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: TrueLayer's published text.
   */
  readonly Failed: "Failed";
} = /* @__PURE__ */ membersOf(TrueLayerSdkPaymentStatusCategories, TrueLayerSdkPaymentStatusAliases);
export type TrueLayerSdkPaymentStatus = (typeof TrueLayerSdkPaymentStatus)[keyof typeof TrueLayerSdkPaymentStatus];
/** A TrueLayerSdkPaymentStatus as read from the wire: a known value or any other string. */
export type TrueLayerSdkPaymentStatusOrUnknown = TrueLayerSdkPaymentStatus | (string & {});
/** The catalog's metadata of every TrueLayerSdkPaymentStatus value. */
export const TrueLayerSdkPaymentStatusInfo: { readonly [V in TrueLayerSdkPaymentStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/truelayer/sdk_payment_status",
  {
    AuthorizationRequired: {
      description: "The payment requires authorisation.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-rn-payment-status", "truelayer-rn-docs"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["truelayer-rn-payment-status", "truelayer-rn-docs"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    Authorizing: {
      description: "The user is authorizing the payment.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-rn-payment-status", "truelayer-rn-docs"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["truelayer-rn-payment-status", "truelayer-rn-docs"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    Authorized: {
      description: "The payment has been authorized by the bank.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-rn-payment-status", "truelayer-rn-docs"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["truelayer-rn-payment-status", "truelayer-rn-docs"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    Executed: {
      description: "The payment has been executed.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-rn-payment-status", "truelayer-rn-docs"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["truelayer-rn-payment-status", "truelayer-rn-docs"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    Settled: {
      description: "The funds have reached the destination.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-rn-payment-status", "truelayer-rn-docs"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["truelayer-rn-payment-status", "truelayer-rn-docs"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    Failed: {
      description: "The payment failed. This can be due to various reasons.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["truelayer-rn-payment-status", "truelayer-rn-docs"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["truelayer-rn-payment-status", "truelayer-rn-docs"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known TrueLayerSdkPaymentStatus. */
export const isTrueLayerSdkPaymentStatus = (value: unknown): value is TrueLayerSdkPaymentStatus => isCodeOf(TrueLayerSdkPaymentStatusCategories, TrueLayerSdkPaymentStatusAliases, value);

/** Other wire spellings of TrueLayerSdkMandateStatus values (alias -> value). */
export const TrueLayerSdkMandateStatusAliases: { readonly [alias: string]: TrueLayerSdkMandateStatus } = {
};
/** The category of every TrueLayerSdkMandateStatus value and alias: all a listener needs to read one. */
export const TrueLayerSdkMandateStatusCategories: { readonly [spelling: string]: Category } = {
  AuthorizationRequired: "pending",
  Authorizing: "pending",
  Authorized: "success",
  Revoked: "reconnect_required",
  Failed: "generic_failure",
};
/**
 * React Native SDK mandate status: A mandate's status as TrueLayer's React Native payments SDK
 * names it (mandateStatus's result). Wire field: status (MandateStatusResult of type Success).
 */
export const TrueLayerSdkMandateStatus: {
  /**
   * The mandate requires authorisation.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly AuthorizationRequired: "AuthorizationRequired";
  /**
   * The user is authorizing the mandate.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly Authorizing: "Authorizing";
  /**
   * The user has authorized the mandate with their bank.
   * Category: success (Success); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly Authorized: "Authorized";
  /**
   * The mandate has been revoked and is no longer valid.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: TrueLayer's published text.
   */
  readonly Revoked: "Revoked";
  /**
   * The mandate failed. Click here for more information.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: TrueLayer's published text.
   */
  readonly Failed: "Failed";
} = /* @__PURE__ */ membersOf(TrueLayerSdkMandateStatusCategories, TrueLayerSdkMandateStatusAliases);
export type TrueLayerSdkMandateStatus = (typeof TrueLayerSdkMandateStatus)[keyof typeof TrueLayerSdkMandateStatus];
/** A TrueLayerSdkMandateStatus as read from the wire: a known value or any other string. */
export type TrueLayerSdkMandateStatusOrUnknown = TrueLayerSdkMandateStatus | (string & {});
/** The catalog's metadata of every TrueLayerSdkMandateStatus value. */
export const TrueLayerSdkMandateStatusInfo: { readonly [V in TrueLayerSdkMandateStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/truelayer/sdk_mandate_status",
  {
    AuthorizationRequired: {
      description: "The mandate requires authorisation.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-rn-mandate-status", "truelayer-rn-docs"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["truelayer-rn-mandate-status", "truelayer-rn-docs"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    Authorizing: {
      description: "The user is authorizing the mandate.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-rn-mandate-status", "truelayer-rn-docs"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["truelayer-rn-mandate-status", "truelayer-rn-docs"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    Authorized: {
      description: "The user has authorized the mandate with their bank.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["truelayer-rn-mandate-status", "truelayer-rn-docs"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["truelayer-rn-mandate-status", "truelayer-rn-docs"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    Revoked: {
      description: "The mandate has been revoked and is no longer valid.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["truelayer-rn-mandate-status", "truelayer-rn-docs"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["truelayer-rn-mandate-status", "truelayer-rn-docs"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    Failed: {
      description: "The mandate failed. Click here for more information.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["truelayer-rn-mandate-status", "truelayer-rn-docs"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["truelayer-rn-mandate-status", "truelayer-rn-docs"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known TrueLayerSdkMandateStatus. */
export const isTrueLayerSdkMandateStatus = (value: unknown): value is TrueLayerSdkMandateStatus => isCodeOf(TrueLayerSdkMandateStatusCategories, TrueLayerSdkMandateStatusAliases, value);
