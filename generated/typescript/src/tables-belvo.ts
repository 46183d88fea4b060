// generated from spec/catalog.json — do not edit (run `make generate`)
import type { CodeSetTables } from "./types.js";
import {
  BelvoErrorCodeInfo,
  BelvoErrorCodeAliases,
  BelvoLinkStatusInfo,
  BelvoLinkStatusAliases,
  BelvoWebhookCodeInfo,
  BelvoWebhookCodeAliases,
  BelvoPaymentStatusReasonCodeInfo,
  BelvoPaymentStatusReasonCodeAliases,
  BelvoPaymentFailureCodeInfo,
  BelvoPaymentFailureCodeAliases,
  BelvoInstitutionStatusInfo,
  BelvoInstitutionStatusAliases,
  BelvoPaymentIntentStatusInfo,
  BelvoPaymentIntentStatusAliases,
  BelvoChargeStatusInfo,
  BelvoChargeStatusAliases,
  BelvoDirectDebitFailedReasonInfo,
  BelvoDirectDebitFailedReasonAliases,
  BelvoWebhookTypeInfo,
  BelvoWebhookTypeAliases,
  BelvoProcessTypeInfo,
  BelvoProcessTypeAliases,
  BelvoResponseStatusInfo,
  BelvoResponseStatusAliases,
} from "./belvo.js";

/** Belvo's code sets by id, in priority order: their metadata and aliases. */
export const TABLES: { readonly [id: string]: CodeSetTables } = {
  error_code: {
    info: BelvoErrorCodeInfo,
    aliases: BelvoErrorCodeAliases,
  },
  link_status: {
    info: BelvoLinkStatusInfo,
    aliases: BelvoLinkStatusAliases,
    states: true,
  },
  webhook_code: {
    info: BelvoWebhookCodeInfo,
    aliases: BelvoWebhookCodeAliases,
  },
  payment_status_reason_code: {
    info: BelvoPaymentStatusReasonCodeInfo,
    aliases: BelvoPaymentStatusReasonCodeAliases,
  },
  payment_failure_code: {
    info: BelvoPaymentFailureCodeInfo,
    aliases: BelvoPaymentFailureCodeAliases,
  },
  institution_status: {
    info: BelvoInstitutionStatusInfo,
    aliases: BelvoInstitutionStatusAliases,
  },
  payment_intent_status: {
    info: BelvoPaymentIntentStatusInfo,
    aliases: BelvoPaymentIntentStatusAliases,
  },
  charge_status: {
    info: BelvoChargeStatusInfo,
    aliases: BelvoChargeStatusAliases,
  },
  direct_debit_failed_reason: {
    info: BelvoDirectDebitFailedReasonInfo,
    aliases: BelvoDirectDebitFailedReasonAliases,
  },
  webhook_type: {
    info: BelvoWebhookTypeInfo,
    aliases: BelvoWebhookTypeAliases,
  },
  process_type: {
    info: BelvoProcessTypeInfo,
    aliases: BelvoProcessTypeAliases,
  },
  response_status: {
    info: BelvoResponseStatusInfo,
    aliases: BelvoResponseStatusAliases,
  },
};
