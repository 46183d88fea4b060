// generated from spec/catalog.json — do not edit (run `make generate`)
import type { CodeSetTables } from "./types.js";
import {
  UkobObieErrorCodeInfo,
  UkobObieErrorCodeAliases,
  UkobObEventTypeInfo,
  UkobObEventTypeAliases,
  UkobPaymentStatusInfo,
  UkobPaymentStatusAliases,
  UkobConsentStatusInfo,
  UkobConsentStatusAliases,
  UkobMultiAuthorisationStatusInfo,
  UkobMultiAuthorisationStatusAliases,
  UkobPaymentStatusV31Info,
  UkobPaymentStatusV31Aliases,
  UkobConsentStatusV31Info,
  UkobConsentStatusV31Aliases,
  UkobMultiAuthorisationStatusV31Info,
  UkobMultiAuthorisationStatusV31Aliases,
} from "./ukob.js";

/** UK Open Banking's code sets by id, in priority order: their metadata and aliases. */
export const TABLES: { readonly [id: string]: CodeSetTables } = {
  error_code: {
    info: UkobObieErrorCodeInfo,
    aliases: UkobObieErrorCodeAliases,
  },
  event_type: {
    info: UkobObEventTypeInfo,
    aliases: UkobObEventTypeAliases,
  },
  payment_status: {
    info: UkobPaymentStatusInfo,
    aliases: UkobPaymentStatusAliases,
  },
  consent_status: {
    info: UkobConsentStatusInfo,
    aliases: UkobConsentStatusAliases,
    states: true,
  },
  multi_authorisation_status: {
    info: UkobMultiAuthorisationStatusInfo,
    aliases: UkobMultiAuthorisationStatusAliases,
  },
  payment_status_v31: {
    info: UkobPaymentStatusV31Info,
    aliases: UkobPaymentStatusV31Aliases,
  },
  consent_status_v31: {
    info: UkobConsentStatusV31Info,
    aliases: UkobConsentStatusV31Aliases,
    states: true,
  },
  multi_authorisation_status_v31: {
    info: UkobMultiAuthorisationStatusV31Info,
    aliases: UkobMultiAuthorisationStatusV31Aliases,
  },
};
