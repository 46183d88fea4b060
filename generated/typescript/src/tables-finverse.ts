// generated from spec/catalog.json — do not edit (run `make generate`)
import type { CodeSetTables } from "./types.js";
import {
  FinverseErrorTypeInfo,
  FinverseErrorTypeAliases,
  FinverseErrorCodeInfo,
  FinverseErrorCodeAliases,
  FinverseLoginIdentityStatusInfo,
  FinverseLoginIdentityStatusAliases,
  FinverseLoginIdentitySessionStatusInfo,
  FinverseLoginIdentitySessionStatusAliases,
  FinverseAuthenticationStatusInfo,
  FinverseAuthenticationStatusAliases,
  FinversePaymentStatusInfo,
  FinversePaymentStatusAliases,
  FinverseMandateStatusInfo,
  FinverseMandateStatusAliases,
  FinversePayoutStatusInfo,
  FinversePayoutStatusAliases,
  FinversePaymentLinkStatusInfo,
  FinversePaymentLinkStatusAliases,
  FinversePaymentLinkSessionStatusInfo,
  FinversePaymentLinkSessionStatusAliases,
  FinverseProductHealthStatusInfo,
  FinverseProductHealthStatusAliases,
  FinverseEventTypeInfo,
  FinverseEventTypeAliases,
} from "./finverse.js";

/** Finverse's code sets by id, in priority order: their metadata and aliases. */
export const TABLES: { readonly [id: string]: CodeSetTables } = {
  error_type: {
    info: FinverseErrorTypeInfo,
    aliases: FinverseErrorTypeAliases,
  },
  error_code: {
    info: FinverseErrorCodeInfo,
    aliases: FinverseErrorCodeAliases,
  },
  login_identity_status: {
    info: FinverseLoginIdentityStatusInfo,
    aliases: FinverseLoginIdentityStatusAliases,
  },
  login_identity_session_status: {
    info: FinverseLoginIdentitySessionStatusInfo,
    aliases: FinverseLoginIdentitySessionStatusAliases,
  },
  authentication_status: {
    info: FinverseAuthenticationStatusInfo,
    aliases: FinverseAuthenticationStatusAliases,
  },
  payment_status: {
    info: FinversePaymentStatusInfo,
    aliases: FinversePaymentStatusAliases,
  },
  mandate_status: {
    info: FinverseMandateStatusInfo,
    aliases: FinverseMandateStatusAliases,
  },
  payout_status: {
    info: FinversePayoutStatusInfo,
    aliases: FinversePayoutStatusAliases,
  },
  payment_link_status: {
    info: FinversePaymentLinkStatusInfo,
    aliases: FinversePaymentLinkStatusAliases,
  },
  payment_link_session_status: {
    info: FinversePaymentLinkSessionStatusInfo,
    aliases: FinversePaymentLinkSessionStatusAliases,
  },
  product_health_status: {
    info: FinverseProductHealthStatusInfo,
    aliases: FinverseProductHealthStatusAliases,
  },
  event_type: {
    info: FinverseEventTypeInfo,
    aliases: FinverseEventTypeAliases,
  },
};
