// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * Salt Edge (https://www.saltedge.com): per code set, its aliases, its category table, its constant
 * (identifier -> wire value, built from the table) and its metadata.
 */
import type { Category } from "./categories.js";
import { membersOf } from "./code-tables.js";
import { withPages } from "./pages.js";
import { isCodeOf, type CodeInfo } from "./types.js";

/** Other wire spellings of SaltEdgeCallbackStage values (alias -> value). */
export const SaltEdgeCallbackStageAliases: { readonly [alias: string]: SaltEdgeCallbackStage } = {
};
/** The category of every SaltEdgeCallbackStage value and alias: all a listener needs to read one. */
export const SaltEdgeCallbackStageCategories: { readonly [spelling: string]: Category } = {
  start: "pending",
  connect: "pending",
  interactive: "mfa_required",
  fetch_holder_info: "pending",
  fetch_accounts: "pending",
  fetch_recent: "pending",
  fetch_full: "pending",
  disconnect: "pending",
  finish: "informational",
};
/**
 * Callback stage: The stage a Salt Edge callback reports (data.stage of a success, fail or notify
 * callback), the stage of an attempt: the Android SDK's guide lists them whole, in this order
 * ("Possible `api_stage` values are attempts stages: `start`, `connect`, `interactive`,
 * `fetch_holder_info`, `fetch_accounts`, `fetch_recent`, `fetch_full`, `disconnect`, `finish`", and
 * the same for a stage's name); the v6 samples and the iOS SDK show finish and interactive. The
 * guide is of API v5; the API reference's list was not read. Wire field: data.stage (a callback's
 * body); data.api_stage (the Connect page's callback); stage, last_stage.name (a connection).
 */
export const SaltEdgeCallbackStage: {
  /**
   * The attempt to connect has started.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly start: "start";
  /**
   * Salt Edge is connecting to the provider (the bank).
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly connect: "connect";
  /**
   * The connection waits for the end user's interactive input (the iOS SDK's SEConnectionFetcher
   * asks for it at this stage).
   * Category: mfa_required (MFA required); retryable: no.
   * Whose words: description: Salt Edge's published text.
   */
  readonly interactive: "interactive";
  /**
   * The account holder's information is being fetched.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly fetch_holder_info: "fetch_holder_info";
  /**
   * The connection's accounts are being fetched.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly fetch_accounts: "fetch_accounts";
  /**
   * The accounts' recent transactions are being fetched.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly fetch_recent: "fetch_recent";
  /**
   * The accounts' transactions are being fetched in full.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly fetch_full: "fetch_full";
  /**
   * Salt Edge is disconnecting from the provider.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly disconnect: "disconnect";
  /**
   * The stage of the callback, which is "finish" in this case.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Salt Edge's published text.
   */
  readonly finish: "finish";
} = /* @__PURE__ */ membersOf(SaltEdgeCallbackStageCategories, SaltEdgeCallbackStageAliases);
export type SaltEdgeCallbackStage = (typeof SaltEdgeCallbackStage)[keyof typeof SaltEdgeCallbackStage];
/** A SaltEdgeCallbackStage as read from the wire: a known value or any other string. */
export type SaltEdgeCallbackStageOrUnknown = SaltEdgeCallbackStage | (string & {});
/** The catalog's metadata of every SaltEdgeCallbackStage value. */
export const SaltEdgeCallbackStageInfo: { readonly [V in SaltEdgeCallbackStage]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/saltedge/callback_stage",
  {
    start: {
      description: "The attempt to connect has started.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["saltedge-android-sdk-guide"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    connect: {
      description: "Salt Edge is connecting to the provider (the bank).",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["saltedge-android-sdk-guide"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    interactive: {
      description: "The connection waits for the end user's interactive input (the iOS SDK's SEConnectionFetcher asks for it at this stage).",
      category: "mfa_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["saltedge-ios-connection-fetcher", "saltedge-android-sdk-guide"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["saltedge-ios-connection-fetcher", "saltedge-android-sdk-guide"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    fetch_holder_info: {
      description: "The account holder's information is being fetched.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["saltedge-android-sdk-guide"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    fetch_accounts: {
      description: "The connection's accounts are being fetched.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["saltedge-android-sdk-guide"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    fetch_recent: {
      description: "The accounts' recent transactions are being fetched.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["saltedge-android-sdk-guide"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    fetch_full: {
      description: "The accounts' transactions are being fetched in full.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["saltedge-android-sdk-guide"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    disconnect: {
      description: "Salt Edge is disconnecting from the provider.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["saltedge-android-sdk-guide"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    finish: {
      description: "The stage of the callback, which is \"finish\" in this case.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "saltedge-android-sdk-guide",
        "saltedge-examples-ruby-callbacks",
        "saltedge-ios-connection-fetcher",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["saltedge-examples-ruby-callbacks"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known SaltEdgeCallbackStage. */
export const isSaltEdgeCallbackStage = (value: unknown): value is SaltEdgeCallbackStage => isCodeOf(SaltEdgeCallbackStageCategories, SaltEdgeCallbackStageAliases, value);

/** Other wire spellings of SaltEdgeConnectStage values (alias -> value). */
export const SaltEdgeConnectStageAliases: { readonly [alias: string]: SaltEdgeConnectStage } = {
};
/** The category of every SaltEdgeConnectStage value and alias: all a listener needs to read one. */
export const SaltEdgeConnectStageCategories: { readonly [spelling: string]: Category } = {
  fetching: "pending",
  success: "success",
  error: "generic_failure",
};
/**
 * Connect page stage: The stage the Salt Edge Connect page reports to the app in its JavaScript
 * (post_message) callback's data.stage, as the v6 React Native sample's comments show it; the
 * Android SDK's guide (API v5) lists the three whole: "Possible `stage` values for each callback
 * type are `fetching`, `success` and `error`." Its data.api_stage is the attempt's stage
 * (callback_stage). Wire field: data.stage (the Connect page's post_message callback).
 */
export const SaltEdgeConnectStage: {
  /**
   * The Connect page is fetching the connection's data.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Salt Edge's published text.
   */
  readonly fetching: "fetching";
  /**
   * The connection was made: the sample then tells the user "You can now use it to query the API
   * and retrieve its accounts and transactions."
   * Category: success (Success); retryable: no.
   * Whose words: description: Salt Edge's published text.
   */
  readonly success: "success";
  /**
   * The connection failed: the sample shows "Connect failed."
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Salt Edge's published text.
   */
  readonly error: "error";
} = /* @__PURE__ */ membersOf(SaltEdgeConnectStageCategories, SaltEdgeConnectStageAliases);
export type SaltEdgeConnectStage = (typeof SaltEdgeConnectStage)[keyof typeof SaltEdgeConnectStage];
/** A SaltEdgeConnectStage as read from the wire: a known value or any other string. */
export type SaltEdgeConnectStageOrUnknown = SaltEdgeConnectStage | (string & {});
/** The catalog's metadata of every SaltEdgeConnectStage value. */
export const SaltEdgeConnectStageInfo: { readonly [V in SaltEdgeConnectStage]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/saltedge/connect_stage",
  {
    fetching: {
      description: "The Connect page is fetching the connection's data.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["saltedge-examples-react-native", "saltedge-android-sdk-guide"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["saltedge-examples-react-native", "saltedge-android-sdk-guide"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    success: {
      description: "The connection was made: the sample then tells the user \"You can now use it to query the API and retrieve its accounts and transactions.\"",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["saltedge-examples-react-native", "saltedge-android-sdk-guide"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["saltedge-examples-react-native", "saltedge-android-sdk-guide"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    error: {
      description: "The connection failed: the sample shows \"Connect failed.\"",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["saltedge-examples-react-native", "saltedge-android-sdk-guide"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["saltedge-examples-react-native", "saltedge-android-sdk-guide"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known SaltEdgeConnectStage. */
export const isSaltEdgeConnectStage = (value: unknown): value is SaltEdgeConnectStage => isCodeOf(SaltEdgeConnectStageCategories, SaltEdgeConnectStageAliases, value);

/** Other wire spellings of SaltEdgeErrorClass values (alias -> value). */
export const SaltEdgeErrorClassAliases: { readonly [alias: string]: SaltEdgeErrorClass } = {
};
/** The category of every SaltEdgeErrorClass value and alias: all a listener needs to read one. */
export const SaltEdgeErrorClassCategories: { readonly [spelling: string]: Category } = {
  AppsRestricted: "integration_error",
  ConnectionNotFound: "integration_error",
  CustomerNotFound: "integration_error",
  SignatureNotMatch: "integration_error",
};
/**
 * API error class: The class of a Salt Edge API error: error.class of an API v5 and v6 body,
 * error_class of an API v4 body. Only the classes read in the SDKs and in answers quoted whole by
 * their users are here: the API reference's errors list was not read. Wire field: error.class of an
 * API error body (v5, v6); error_class (v4).
 */
export const SaltEdgeErrorClass: {
  /**
   * The endpoint is not available to an API key of the App type.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly AppsRestricted: "AppsRestricted";
  /**
   * The connection the request names was not found.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly ConnectionNotFound: "ConnectionNotFound";
  /**
   * The customer the request names was not found.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 404.
   */
  readonly CustomerNotFound: "CustomerNotFound";
  /**
   * The request's signature does not match the request.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 400.
   */
  readonly SignatureNotMatch: "SignatureNotMatch";
} = /* @__PURE__ */ membersOf(SaltEdgeErrorClassCategories, SaltEdgeErrorClassAliases);
export type SaltEdgeErrorClass = (typeof SaltEdgeErrorClass)[keyof typeof SaltEdgeErrorClass];
/** A SaltEdgeErrorClass as read from the wire: a known value or any other string. */
export type SaltEdgeErrorClassOrUnknown = SaltEdgeErrorClass | (string & {});
/** The catalog's metadata of every SaltEdgeErrorClass value. */
export const SaltEdgeErrorClassInfo: { readonly [V in SaltEdgeErrorClass]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/saltedge/error_class",
  {
    AppsRestricted: {
      description: "The endpoint is not available to an API key of the App type.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["saltedge-firefly-iii-1881", "saltedge-firefly-iii-3795"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ConnectionNotFound: {
      description: "The connection the request names was not found.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["saltedge-ios-test-http-service"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CustomerNotFound: {
      description: "The customer the request names was not found.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [404],
      sources: ["saltedge-firefly-iii-3492"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SignatureNotMatch: {
      description: "The request's signature does not match the request.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [400],
      sources: ["saltedge-firefly-iii-1551"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known SaltEdgeErrorClass. */
export const isSaltEdgeErrorClass = (value: unknown): value is SaltEdgeErrorClass => isCodeOf(SaltEdgeErrorClassCategories, SaltEdgeErrorClassAliases, value);
