// generated from spec/catalog.json — do not edit (run `make generate`)
import type { CodeSetTables } from "./types.js";
import {
  BasiqJobResultCodeInfo,
  BasiqJobResultCodeAliases,
  BasiqErrorCodeInfo,
  BasiqErrorCodeAliases,
  BasiqJobStepStatusInfo,
  BasiqJobStepStatusAliases,
  BasiqJobStepTitleInfo,
  BasiqJobStepTitleAliases,
  BasiqConnectionStatusInfo,
  BasiqConnectionStatusAliases,
  BasiqConsentStatusInfo,
  BasiqConsentStatusAliases,
  BasiqWebhookEventTypeInfo,
  BasiqWebhookEventTypeAliases,
  BasiqWebhookStatusInfo,
  BasiqWebhookStatusAliases,
} from "./basiq.js";

/** Basiq's code sets by id, in priority order: their metadata and aliases. */
export const TABLES: { readonly [id: string]: CodeSetTables } = {
  job_result_code: {
    info: BasiqJobResultCodeInfo,
    aliases: BasiqJobResultCodeAliases,
  },
  error_code: {
    info: BasiqErrorCodeInfo,
    aliases: BasiqErrorCodeAliases,
  },
  job_step_status: {
    info: BasiqJobStepStatusInfo,
    aliases: BasiqJobStepStatusAliases,
  },
  job_step_title: {
    info: BasiqJobStepTitleInfo,
    aliases: BasiqJobStepTitleAliases,
  },
  connection_status: {
    info: BasiqConnectionStatusInfo,
    aliases: BasiqConnectionStatusAliases,
    states: true,
  },
  consent_status: {
    info: BasiqConsentStatusInfo,
    aliases: BasiqConsentStatusAliases,
    states: true,
  },
  webhook_event_type: {
    info: BasiqWebhookEventTypeInfo,
    aliases: BasiqWebhookEventTypeAliases,
  },
  webhook_status: {
    info: BasiqWebhookStatusInfo,
    aliases: BasiqWebhookStatusAliases,
  },
};
