// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * Quiltt (https://www.quiltt.io): per code set, its aliases, its category table, its constant
 * (identifier -> wire value, built from the table) and its metadata.
 */
import type { Category } from "./categories.js";
import { membersOf } from "./code-tables.js";
import { withPages } from "./pages.js";
import { isCodeOf, isNumericCodeOf, type CodeInfo } from "./types.js";

/** Other wire spellings of QuilttConnectionStatus values (alias -> value). */
export const QuilttConnectionStatusAliases: { readonly [alias: string]: QuilttConnectionStatus } = {
};
/** The category of every QuilttConnectionStatus value and alias: all a listener needs to read one. */
export const QuilttConnectionStatusCategories: { readonly [spelling: string]: Category } = {
  DISCONNECTED: "cancelled",
  ERROR_INSTITUTION: "institution_unavailable",
  ERROR_PROVIDER: "generic_failure",
  ERROR_REPAIRABLE: "reconnect_required",
  ERROR_SERVICE: "generic_failure",
  INITIALIZING: "pending",
  SYNCED: "success",
  SYNCING: "pending",
  UPGRADING: "pending",
};
/**
 * Connection status (ConnectionStatus): Where a Quiltt Connection stands (Connection.status of the
 * Profile GraphQL API): the ConnectionStatus enum of the GraphQL types generated from Quiltt's
 * schema in 2024, its texts the schema's doc comments joined into one line. Older generations of
 * the types (2023, 2022) have seven of the nine statuses, not DISCONNECTED or UPGRADING, worded
 * otherwise; the live schema was not read. Wire field: Connection.status (Profile GraphQL API).
 */
export const QuilttConnectionStatus: {
  /**
   * The Connection has been disconnected from all providers.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Quiltt's published text.
   */
  readonly DISCONNECTED: "DISCONNECTED";
  /**
   * The Connection provider is reporting an error with the Institution.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Quiltt's published text.
   */
  readonly ERROR_INSTITUTION: "ERROR_INSTITUTION";
  /**
   * The Connection provider is reporting an error with the Connection. Inspect the Connection's
   * [Remote Data](https://quiltt.dev/api/remote-data) for more information.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Quiltt's published text.
   */
  readonly ERROR_PROVIDER: "ERROR_PROVIDER";
  /**
   * The Connection needs to be repaired by the user completing the Reconnect flow. See the
   * [Reconnect guide](https://quiltt.dev/connector/reconnect) on how to set this up.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Quiltt's published text.
   */
  readonly ERROR_REPAIRABLE: "ERROR_REPAIRABLE";
  /**
   * Quiltt is experiencing an error attempting to sync this Connection. Visit our [Status
   * page](https://status.quiltt.io) or contact Quiltt Support for more information.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Quiltt's published text.
   */
  readonly ERROR_SERVICE: "ERROR_SERVICE";
  /**
   * The Connection is being initialized.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Quiltt's published text.
   */
  readonly INITIALIZING: "INITIALIZING";
  /**
   * The Connection is synced and up to date with the provider.
   * Category: success (Success); retryable: no.
   * Whose words: description: Quiltt's published text.
   */
  readonly SYNCED: "SYNCED";
  /**
   * The Connection is currently syncing with the provider.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Quiltt's published text.
   */
  readonly SYNCING: "SYNCING";
  /**
   * The Connection is attempting to add new features.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Quiltt's published text.
   */
  readonly UPGRADING: "UPGRADING";
} = /* @__PURE__ */ membersOf(QuilttConnectionStatusCategories, QuilttConnectionStatusAliases);
export type QuilttConnectionStatus = (typeof QuilttConnectionStatus)[keyof typeof QuilttConnectionStatus];
/** A QuilttConnectionStatus as read from the wire: a known value or any other string. */
export type QuilttConnectionStatusOrUnknown = QuilttConnectionStatus | (string & {});
/** The catalog's metadata of every QuilttConnectionStatus value. */
export const QuilttConnectionStatusInfo: { readonly [V in QuilttConnectionStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/quiltt/connection_status",
  {
    DISCONNECTED: {
      description: "The Connection has been disconnected from all providers.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["quiltt-graphql-types"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["quiltt-graphql-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      state: "revoked",
      stateReason: "Quiltt's words: the Connection has been disconnected from all providers.",
    },
    ERROR_INSTITUTION: {
      description: "The Connection provider is reporting an error with the Institution.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["quiltt-graphql-types"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["quiltt-graphql-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ERROR_PROVIDER: {
      description: "The Connection provider is reporting an error with the Connection. Inspect the Connection's [Remote Data](https://quiltt.dev/api/remote-data) for more information.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["quiltt-graphql-types"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["quiltt-graphql-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "retry_later",
      state: "provider_or_bank_down",
      stateReason: "Quiltt's words: the Connection provider (Plaid, MX, Akoya or Finicity) is reporting an error with the Connection; its own code is in the Connection's remote data.",
    },
    ERROR_REPAIRABLE: {
      description: "The Connection needs to be repaired by the user completing the Reconnect flow. See the [Reconnect guide](https://quiltt.dev/connector/reconnect) on how to set this up.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["quiltt-graphql-types", "quiltt-reconnect"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["quiltt-graphql-types", "quiltt-reconnect"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ERROR_SERVICE: {
      description: "Quiltt is experiencing an error attempting to sync this Connection. Visit our [Status page](https://status.quiltt.io) or contact Quiltt Support for more information.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["quiltt-graphql-types"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["quiltt-graphql-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "retry_later",
      state: "provider_or_bank_down",
      stateReason: "Quiltt's words: Quiltt is experiencing an error attempting to sync this Connection.",
    },
    INITIALIZING: {
      description: "The Connection is being initialized.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["quiltt-graphql-types"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["quiltt-graphql-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SYNCED: {
      description: "The Connection is synced and up to date with the provider.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["quiltt-graphql-types"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["quiltt-graphql-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SYNCING: {
      description: "The Connection is currently syncing with the provider.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["quiltt-graphql-types"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["quiltt-graphql-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    UPGRADING: {
      description: "The Connection is attempting to add new features.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["quiltt-graphql-types"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["quiltt-graphql-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known QuilttConnectionStatus. */
export const isQuilttConnectionStatus = (value: unknown): value is QuilttConnectionStatus => isCodeOf(QuilttConnectionStatusCategories, QuilttConnectionStatusAliases, value);

/** Other wire spellings of QuilttConnectionProvider values (alias -> value). */
export const QuilttConnectionProviderAliases: { readonly [alias: string]: QuilttConnectionProvider } = {
};
/** The category of every QuilttConnectionProvider value and alias: all a listener needs to read one. */
export const QuilttConnectionProviderCategories: { readonly [spelling: string]: Category } = {
  AKOYA: "informational",
  DISCONNECTED: "informational",
  MOCK: "informational",
  MX: "informational",
  PLAID: "informational",
};
/**
 * Connection provider (ConnectionProvider): The data provider behind a Quiltt Connection
 * (Connection.provider), as the 2024 generated GraphQL types list it. Finicity, which Quiltt's
 * pages and the 2026 SDK's checkResolvable name, is not in that enum; the live schema was not read.
 * Wire field: Connection.provider (Profile GraphQL API).
 */
export const QuilttConnectionProvider: {
  /**
   * Akoya
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Quiltt's published text.
   */
  readonly AKOYA: "AKOYA";
  /**
   * Disconnected
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Quiltt's published text.
   */
  readonly DISCONNECTED: "DISCONNECTED";
  /**
   * Mock data
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Quiltt's published text.
   */
  readonly MOCK: "MOCK";
  /**
   * MX
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Quiltt's published text.
   */
  readonly MX: "MX";
  /**
   * Plaid
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Quiltt's published text.
   */
  readonly PLAID: "PLAID";
} = /* @__PURE__ */ membersOf(QuilttConnectionProviderCategories, QuilttConnectionProviderAliases);
export type QuilttConnectionProvider = (typeof QuilttConnectionProvider)[keyof typeof QuilttConnectionProvider];
/** A QuilttConnectionProvider as read from the wire: a known value or any other string. */
export type QuilttConnectionProviderOrUnknown = QuilttConnectionProvider | (string & {});
/** The catalog's metadata of every QuilttConnectionProvider value. */
export const QuilttConnectionProviderInfo: { readonly [V in QuilttConnectionProvider]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/quiltt/connection_provider",
  {
    AKOYA: {
      description: "Akoya",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["quiltt-graphql-types"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["quiltt-graphql-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DISCONNECTED: {
      description: "Disconnected",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["quiltt-graphql-types"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["quiltt-graphql-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    MOCK: {
      description: "Mock data",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["quiltt-graphql-types"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["quiltt-graphql-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    MX: {
      description: "MX",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["quiltt-graphql-types"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["quiltt-graphql-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PLAID: {
      description: "Plaid",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["quiltt-graphql-types"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["quiltt-graphql-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known QuilttConnectionProvider. */
export const isQuilttConnectionProvider = (value: unknown): value is QuilttConnectionProvider => isCodeOf(QuilttConnectionProviderCategories, QuilttConnectionProviderAliases, value);

/** Other wire spellings of QuilttWebhookEventType values (alias -> value). */
export const QuilttWebhookEventTypeAliases: { readonly [alias: string]: QuilttWebhookEventType } = {
};
/** The category of every QuilttWebhookEventType value and alias: all a listener needs to read one. */
export const QuilttWebhookEventTypeCategories: { readonly [spelling: string]: Category } = {
  "connection.created": "informational",
  "connection.synced.successful": "informational",
  "connection.synced.successful.initial": "informational",
  "connection.synced.successful.historical": "informational",
  "connection.synced.errored.repairable": "reconnect_required",
  "connection.synced.errored.institution": "institution_unavailable",
  "connection.synced.errored.provider": "generic_failure",
  "connection.synced.errored.service": "generic_failure",
  "connection.disconnected": "cancelled",
  "account.created": "informational",
  "account.owners_verified": "informational",
  "account.reconnected": "informational",
  "account.verified": "informational",
  "balance.created": "informational",
  "statement.ready": "informational",
  "profile.created": "informational",
  "profile.ready": "informational",
  "profile.deleted": "informational",
  "connection.updated": "informational",
  "account.updated": "informational",
  "profile.updated": "informational",
};
/**
 * Webhook event type: The type of each event of a Quiltt webhook (events[].type, and the eventTypes
 * the delivery holds): the union of the eventTypes enum of three stored captures of the Webhook
 * Schemas page, each enum read whole, each code saying in which captures it was seen. Which capture
 * is live is not known. Descriptions are the Webhooks page's where its table has the type (four
 * rows), else none. Older pages of the Webhooks guide also list group types (profile, connection,
 * profile.changed, connection.changed) and connection.synced.errored, which no capture of the
 * Schemas page read has; they are not listed here. Wire field: events[].type and eventTypes[] of a
 * webhook.
 */
export const QuilttWebhookEventType: {
  /**
   * This event fires once a new Connection is created on a Profile.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Quiltt's published text.
   */
  readonly connection_created: "connection.created";
  /**
   * A Connection has synced successfully.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Quiltt's published text.
   */
  readonly connection_synced_successful: "connection.synced.successful";
  /**
   * This event fires once after the first quick sync is completed on a Connection. The Connection
   * status will resolve to SYNCED.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Quiltt's published text.
   */
  readonly connection_synced_successful_initial: "connection.synced.successful.initial";
  /**
   * A Connection's historical data has synced.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly connection_synced_successful_historical: "connection.synced.successful.historical";
  /**
   * A Connection has entered an error that must be resolved using the Reconnect flow
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Quiltt's published text.
   */
  readonly connection_synced_errored_repairable: "connection.synced.errored.repairable";
  /**
   * A Connection's sync failed with an error of the institution.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly connection_synced_errored_institution: "connection.synced.errored.institution";
  /**
   * A Connection's sync failed with an error the Connection's provider reported.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly connection_synced_errored_provider: "connection.synced.errored.provider";
  /**
   * A Connection's sync failed with an error of Quiltt's service.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: bankcodes' wording.
   */
  readonly connection_synced_errored_service: "connection.synced.errored.service";
  /**
   * A Connection was disconnected.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly connection_disconnected: "connection.disconnected";
  /**
   * An Account was created.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly account_created: "account.created";
  /**
   * An Account's owners were verified.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly account_owners_verified: "account.owners_verified";
  /**
   * An Account was reconnected.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly account_reconnected: "account.reconnected";
  /**
   * An Account has been successfully verified and ACH numbers are now available via the Account
   * Numbers API.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Quiltt's published text.
   */
  readonly account_verified: "account.verified";
  /**
   * A Balance was created.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly balance_created: "balance.created";
  /**
   * A Statement is ready.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly statement_ready: "statement.ready";
  /**
   * A Profile has been created.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Quiltt's published text.
   */
  readonly profile_created: "profile.created";
  /**
   * A Profile is ready: its Enrichment has been completed.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly profile_ready: "profile.ready";
  /**
   * A Profile was deleted.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly profile_deleted: "profile.deleted";
  /**
   * A Connection was updated.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly connection_updated: "connection.updated";
  /**
   * An Account was updated.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly account_updated: "account.updated";
  /**
   * A Profile was updated.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly profile_updated: "profile.updated";
} = /* @__PURE__ */ membersOf(QuilttWebhookEventTypeCategories, QuilttWebhookEventTypeAliases, {
  "connection.created": "connection_created",
  "connection.synced.successful": "connection_synced_successful",
  "connection.synced.successful.initial": "connection_synced_successful_initial",
  "connection.synced.successful.historical": "connection_synced_successful_historical",
  "connection.synced.errored.repairable": "connection_synced_errored_repairable",
  "connection.synced.errored.institution": "connection_synced_errored_institution",
  "connection.synced.errored.provider": "connection_synced_errored_provider",
  "connection.synced.errored.service": "connection_synced_errored_service",
  "connection.disconnected": "connection_disconnected",
  "account.created": "account_created",
  "account.owners_verified": "account_owners_verified",
  "account.reconnected": "account_reconnected",
  "account.verified": "account_verified",
  "balance.created": "balance_created",
  "statement.ready": "statement_ready",
  "profile.created": "profile_created",
  "profile.ready": "profile_ready",
  "profile.deleted": "profile_deleted",
  "connection.updated": "connection_updated",
  "account.updated": "account_updated",
  "profile.updated": "profile_updated",
});
export type QuilttWebhookEventType = (typeof QuilttWebhookEventType)[keyof typeof QuilttWebhookEventType];
/** A QuilttWebhookEventType as read from the wire: a known value or any other string. */
export type QuilttWebhookEventTypeOrUnknown = QuilttWebhookEventType | (string & {});
/** The catalog's metadata of every QuilttWebhookEventType value. */
export const QuilttWebhookEventTypeInfo: { readonly [V in QuilttWebhookEventType]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/quiltt/webhook_event_type",
  {
    "connection.created": {
      name: "connection_created",
      description: "This event fires once a new Connection is created on a Profile.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["quiltt-webhooks-schemas", "quiltt-api-connections"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["quiltt-api-connections"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "connection.synced.successful": {
      name: "connection_synced_successful",
      description: "A Connection has synced successfully.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["quiltt-webhooks-schemas", "quiltt-webhooks", "quiltt-api-connections"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["quiltt-webhooks-schemas", "quiltt-webhooks", "quiltt-api-connections"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "connection.synced.successful.initial": {
      name: "connection_synced_successful_initial",
      description: "This event fires once after the first quick sync is completed on a Connection. The Connection status will resolve to SYNCED.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["quiltt-webhooks-schemas", "quiltt-api-connections"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["quiltt-api-connections"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "connection.synced.successful.historical": {
      name: "connection_synced_successful_historical",
      description: "A Connection's historical data has synced.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["quiltt-webhooks-schemas", "quiltt-api-connections"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "connection.synced.errored.repairable": {
      name: "connection_synced_errored_repairable",
      description: "A Connection has entered an error that must be resolved using the Reconnect flow",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["quiltt-webhooks-schemas", "quiltt-webhooks"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["quiltt-webhooks-schemas", "quiltt-webhooks"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "connection.synced.errored.institution": {
      name: "connection_synced_errored_institution",
      description: "A Connection's sync failed with an error of the institution.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["quiltt-webhooks-schemas"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "connection.synced.errored.provider": {
      name: "connection_synced_errored_provider",
      description: "A Connection's sync failed with an error the Connection's provider reported.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["quiltt-webhooks-schemas"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "connection.synced.errored.service": {
      name: "connection_synced_errored_service",
      description: "A Connection's sync failed with an error of Quiltt's service.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["quiltt-webhooks-schemas"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "connection.disconnected": {
      name: "connection_disconnected",
      description: "A Connection was disconnected.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["quiltt-webhooks-schemas"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "account.created": {
      name: "account_created",
      description: "An Account was created.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["quiltt-webhooks-schemas"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "account.owners_verified": {
      name: "account_owners_verified",
      description: "An Account's owners were verified.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["quiltt-webhooks-schemas"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "account.reconnected": {
      name: "account_reconnected",
      description: "An Account was reconnected.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["quiltt-webhooks-schemas"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "account.verified": {
      name: "account_verified",
      description: "An Account has been successfully verified and ACH numbers are now available via the Account Numbers API.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["quiltt-webhooks-schemas", "quiltt-webhooks"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["quiltt-webhooks-schemas", "quiltt-webhooks"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "balance.created": {
      name: "balance_created",
      description: "A Balance was created.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["quiltt-webhooks-schemas"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "statement.ready": {
      name: "statement_ready",
      description: "A Statement is ready.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["quiltt-webhooks-schemas"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "profile.created": {
      name: "profile_created",
      description: "A Profile has been created.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["quiltt-webhooks-schemas", "quiltt-webhooks"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["quiltt-webhooks-schemas", "quiltt-webhooks"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "profile.ready": {
      name: "profile_ready",
      description: "A Profile is ready: its Enrichment has been completed.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["quiltt-webhooks-schemas"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "profile.deleted": {
      name: "profile_deleted",
      description: "A Profile was deleted.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["quiltt-webhooks-schemas"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "connection.updated": {
      name: "connection_updated",
      description: "A Connection was updated.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["quiltt-webhooks-schemas"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "account.updated": {
      name: "account_updated",
      description: "An Account was updated.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["quiltt-webhooks-schemas"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "profile.updated": {
      name: "profile_updated",
      description: "A Profile was updated.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["quiltt-webhooks-schemas"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known QuilttWebhookEventType. */
export const isQuilttWebhookEventType = (value: unknown): value is QuilttWebhookEventType => isCodeOf(QuilttWebhookEventTypeCategories, QuilttWebhookEventTypeAliases, value);

/** Other wire spellings of QuilttConnectorEventType values (alias -> value). */
export const QuilttConnectorEventTypeAliases: { readonly [alias: string]: QuilttConnectorEventType } = {
};
/** The category of every QuilttConnectorEventType value and alias: all a listener needs to read one. */
export const QuilttConnectorEventTypeCategories: { readonly [spelling: string]: Category } = {
  opened: "informational",
  loaded: "informational",
  "exited.successful": "success",
  "exited.aborted": "cancelled",
  "exited.errored": "generic_failure",
};
/**
 * Connector SDK event type (ConnectorSDKEventType): The type of an event the Quiltt Connector emits
 * to the app's callbacks: onEvent(type, metadata) and onExit(type, metadata) receive it, onOpen,
 * onLoad, onExitSuccess, onExitAbort and onExitError are called for one each with the metadata
 * alone ({connectorId, profileId?, connectionId?, connectorSession?}, no error code or message).
 * The ConnectorSDKEventType enum of @quiltt/core, its doc comments; the Android and iOS SDKs' enums
 * have no opened. Wire field: the type argument of the Connector's onEvent and onExit callbacks.
 */
export const QuilttConnectorEventType: {
  /**
   * The Connector modal has been opened
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Quiltt's published text.
   */
  readonly opened: "opened";
  /**
   * The Connector has loaded successfully
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Quiltt's published text.
   */
  readonly loaded: "loaded";
  /**
   * The end-user successfully completed the flow
   * Category: success (Success); retryable: no.
   * Whose words: description: Quiltt's published text.
   */
  readonly exited_successful: "exited.successful";
  /**
   * The end-user exited the Connector before completing the flow
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Quiltt's published text.
   */
  readonly exited_aborted: "exited.aborted";
  /**
   * The end-user experienced an error during the flow
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Quiltt's published text.
   */
  readonly exited_errored: "exited.errored";
} = /* @__PURE__ */ membersOf(QuilttConnectorEventTypeCategories, QuilttConnectorEventTypeAliases, {
  "exited.successful": "exited_successful",
  "exited.aborted": "exited_aborted",
  "exited.errored": "exited_errored",
});
export type QuilttConnectorEventType = (typeof QuilttConnectorEventType)[keyof typeof QuilttConnectorEventType];
/** A QuilttConnectorEventType as read from the wire: a known value or any other string. */
export type QuilttConnectorEventTypeOrUnknown = QuilttConnectorEventType | (string & {});
/** The catalog's metadata of every QuilttConnectorEventType value. */
export const QuilttConnectorEventTypeInfo: { readonly [V in QuilttConnectorEventType]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/quiltt/connector_event_type",
  {
    opened: {
      description: "The Connector modal has been opened",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["quiltt-js-browser", "quiltt-connector-js"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["quiltt-js-browser", "quiltt-connector-js"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    loaded: {
      description: "The Connector has loaded successfully",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["quiltt-js-browser", "quiltt-connector-js"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["quiltt-js-browser", "quiltt-connector-js"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "exited.successful": {
      name: "exited_successful",
      description: "The end-user successfully completed the flow",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["quiltt-js-browser", "quiltt-connector-js"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["quiltt-js-browser", "quiltt-connector-js"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "exited.aborted": {
      name: "exited_aborted",
      description: "The end-user exited the Connector before completing the flow",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["quiltt-js-browser", "quiltt-connector-js"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["quiltt-js-browser", "quiltt-connector-js"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "exited.errored": {
      name: "exited_errored",
      description: "The end-user experienced an error during the flow",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["quiltt-js-browser", "quiltt-connector-js"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["quiltt-js-browser", "quiltt-connector-js"] },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known QuilttConnectorEventType. */
export const isQuilttConnectorEventType = (value: unknown): value is QuilttConnectorEventType => isCodeOf(QuilttConnectorEventTypeCategories, QuilttConnectorEventTypeAliases, value);

/** Other wire spellings of QuilttConnectorStatus values (alias -> value). */
export const QuilttConnectorStatusAliases: { readonly [alias: string]: QuilttConnectorStatus } = {
};
/** The category of every QuilttConnectorStatus value and alias: all a listener needs to read one. */
export const QuilttConnectorStatusCategories: { readonly [spelling: string]: Category } = {
  ABORT: "institution_not_supported",
  ACTION_REQUIRED: "user_action_required",
  CONTINUE: "success",
  WAIT: "pending",
};
/**
 * Connector upgrade status (ConnectorStatus): The actionable status of an attempted upgrade of a
 * Connection's features (ConnectorUpgrade.status of the connectorUpgrade mutation), as the 2024
 * generated GraphQL types list it. Wire field: ConnectorUpgrade.status (connectorUpgrade mutation).
 */
export const QuilttConnectorStatus: {
  /**
   * Unable to upgrade feature as it is not supported by the Institution.
   * Category: institution_not_supported (Institution not supported); retryable: no.
   * Whose words: description: Quiltt's published text.
   */
  readonly ABORT: "ABORT";
  /**
   * The end-user must interact with the Connection provider.
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: Quiltt's published text.
   */
  readonly ACTION_REQUIRED: "ACTION_REQUIRED";
  /**
   * No end-user interaction is required.
   * Category: success (Success); retryable: no.
   * Whose words: description: Quiltt's published text.
   */
  readonly CONTINUE: "CONTINUE";
  /**
   * An asynchronous operation is occurring that may need further end-user interaction.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Quiltt's published text.
   */
  readonly WAIT: "WAIT";
} = /* @__PURE__ */ membersOf(QuilttConnectorStatusCategories, QuilttConnectorStatusAliases);
export type QuilttConnectorStatus = (typeof QuilttConnectorStatus)[keyof typeof QuilttConnectorStatus];
/** A QuilttConnectorStatus as read from the wire: a known value or any other string. */
export type QuilttConnectorStatusOrUnknown = QuilttConnectorStatus | (string & {});
/** The catalog's metadata of every QuilttConnectorStatus value. */
export const QuilttConnectorStatusInfo: { readonly [V in QuilttConnectorStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/quiltt/connector_status",
  {
    ABORT: {
      description: "Unable to upgrade feature as it is not supported by the Institution.",
      category: "institution_not_supported",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["quiltt-graphql-types"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["quiltt-graphql-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ACTION_REQUIRED: {
      description: "The end-user must interact with the Connection provider.",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["quiltt-graphql-types"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["quiltt-graphql-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CONTINUE: {
      description: "No end-user interaction is required.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["quiltt-graphql-types"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["quiltt-graphql-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    WAIT: {
      description: "An asynchronous operation is occurring that may need further end-user interaction.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["quiltt-graphql-types"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["quiltt-graphql-types"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known QuilttConnectorStatus. */
export const isQuilttConnectorStatus = (value: unknown): value is QuilttConnectorStatus => isCodeOf(QuilttConnectorStatusCategories, QuilttConnectorStatusAliases, value);

/** Other wire spellings of QuilttResponseStatus values (alias -> value). */
export const QuilttResponseStatusAliases: { readonly [alias: string]: QuilttResponseStatus } = {
};
/** The category of every QuilttResponseStatus value and alias: all a listener needs to read one. */
export const QuilttResponseStatusCategories: { readonly [spelling: string]: Category } = {
  "200": "success",
  "201": "success",
  "202": "pending",
  "204": "success",
  "400": "integration_error",
  "401": "integration_error",
  "403": "integration_error",
  "404": "integration_error",
  "422": "integration_error",
};
/**
 * SDK REST response status: The HTTP statuses of the REST endpoints Quiltt's SDKs call
 * (api.quiltt.com's session and Connector endpoints), with what the Response Statuses comments of
 * @quiltt/core's connectors.ts and auth.ts say each means. A 400 answers with {message,
 * instruction, error_id}, a 401 with {message, instruction}, a 422 with each invalid attribute's
 * messages ({attribute: [...]}): no body carries a code. Wire field: the HTTP status of a response
 * of api.quiltt.com's SDK endpoints.
 */
export const QuilttResponseStatus: {
  /**
   * OK -> Institutions Found / Provider API ID is resolvable or not / Session is Valid
   * Category: success (Success); retryable: no.
   * Whose words: description: Quiltt's published text.
   */
  readonly OK: 200;
  /**
   * Created -> Profile Created, New Session Returned / MFA Validated, New Session Returned
   * Category: success (Success); retryable: no.
   * Whose words: description: Quiltt's published text.
   */
  readonly CREATED: 201;
  /**
   * Accepted -> Profile Found, MFA Code Sent for `authenticate`
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Quiltt's published text.
   */
  readonly ACCEPTED: 202;
  /**
   * No Content -> Session Revoked
   * Category: success (Success); retryable: no.
   * Whose words: description: Quiltt's published text.
   */
  readonly NO_CONTENT: 204;
  /**
   * Bad Request -> Invalid Request / Missing provider API ID parameter
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Quiltt's published text.
   */
  readonly BAD_REQUEST: 400;
  /**
   * Unauthorized -> Invalid Token / Session is Invalid / MFA Invalid / Session Not Found
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Quiltt's published text.
   */
  readonly UNAUTHORIZED: 401;
  /**
   * Forbidden -> Unsupported SDK
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Quiltt's published text.
   */
  readonly FORBIDDEN: 403;
  /**
   * Not Found -> Connector not found
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Quiltt's published text.
   */
  readonly NOT_FOUND: 404;
  /**
   * Unprocessable Entity -> Invalid Payload
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Quiltt's published text.
   */
  readonly UNPROCESSABLE_ENTITY: 422;
} = {
  OK: 200,
  CREATED: 201,
  ACCEPTED: 202,
  NO_CONTENT: 204,
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  UNPROCESSABLE_ENTITY: 422,
};
export type QuilttResponseStatus = (typeof QuilttResponseStatus)[keyof typeof QuilttResponseStatus];
/** A QuilttResponseStatus as read from the wire: a known value or any other number, or a number's
 * decimal text (as some providers send it). */
export type QuilttResponseStatusOrUnknown = QuilttResponseStatus | (number & {}) | `${number}`;
/** The catalog's metadata of every QuilttResponseStatus value. */
export const QuilttResponseStatusInfo: { readonly [V in QuilttResponseStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/quiltt/sdk_rest_status",
  {
    "200": {
      name: "OK",
      description: "OK -\u003e Institutions Found / Provider API ID is resolvable or not / Session is Valid",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["quiltt-js-rest-statuses", "quiltt-js-rest-types"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["quiltt-js-rest-statuses", "quiltt-js-rest-types"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "201": {
      name: "CREATED",
      description: "Created -\u003e Profile Created, New Session Returned / MFA Validated, New Session Returned",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["quiltt-js-rest-statuses", "quiltt-js-rest-types"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["quiltt-js-rest-statuses", "quiltt-js-rest-types"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "202": {
      name: "ACCEPTED",
      description: "Accepted -\u003e Profile Found, MFA Code Sent for `authenticate`",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["quiltt-js-rest-statuses", "quiltt-js-rest-types"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["quiltt-js-rest-statuses", "quiltt-js-rest-types"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "204": {
      name: "NO_CONTENT",
      description: "No Content -\u003e Session Revoked",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["quiltt-js-rest-statuses", "quiltt-js-rest-types"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["quiltt-js-rest-statuses", "quiltt-js-rest-types"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "400": {
      name: "BAD_REQUEST",
      description: "Bad Request -\u003e Invalid Request / Missing provider API ID parameter",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["quiltt-js-rest-statuses", "quiltt-js-rest-types"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["quiltt-js-rest-statuses", "quiltt-js-rest-types"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "401": {
      name: "UNAUTHORIZED",
      description: "Unauthorized -\u003e Invalid Token / Session is Invalid / MFA Invalid / Session Not Found",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "quiltt-js-rest-statuses",
        "quiltt-docs-session-management-legacy",
        "quiltt-docs-issuing-session-tokens",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "quiltt-js-rest-statuses",
            "quiltt-docs-session-management-legacy",
            "quiltt-docs-issuing-session-tokens",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "403": {
      name: "FORBIDDEN",
      description: "Forbidden -\u003e Unsupported SDK",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["quiltt-js-rest-statuses", "quiltt-js-rest-types"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["quiltt-js-rest-statuses", "quiltt-js-rest-types"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "404": {
      name: "NOT_FOUND",
      description: "Not Found -\u003e Connector not found",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["quiltt-js-rest-statuses", "quiltt-js-rest-types"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["quiltt-js-rest-statuses", "quiltt-js-rest-types"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    "422": {
      name: "UNPROCESSABLE_ENTITY",
      description: "Unprocessable Entity -\u003e Invalid Payload",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["quiltt-js-rest-statuses", "quiltt-js-rest-types"],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: ["quiltt-js-rest-statuses", "quiltt-js-rest-types"],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known QuilttResponseStatus. */
export const isQuilttResponseStatus = (value: unknown): value is QuilttResponseStatus => isNumericCodeOf(QuilttResponseStatusCategories, value);
