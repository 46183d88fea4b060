// generated from spec/catalog.json — do not edit (run `make generate`)
import type { CodeSetTables } from "./types.js";
import {
  UaeOpenFinanceErrorCodeInfo,
  UaeOpenFinanceErrorCodeAliases,
  UaeOpenFinanceConsentStatusInfo,
  UaeOpenFinanceConsentStatusAliases,
  UaeOpenFinancePaymentStatusInfo,
  UaeOpenFinancePaymentStatusAliases,
  UaeOpenFinanceFilePaymentStatusInfo,
  UaeOpenFinanceFilePaymentStatusAliases,
  UaeOpenFinanceRevokedByInfo,
  UaeOpenFinanceRevokedByAliases,
  UaeOpenFinanceOAuthErrorInfo,
  UaeOpenFinanceOAuthErrorAliases,
} from "./uaeopenfinance.js";

/** UAE Open Finance's code sets by id, in priority order: their metadata and aliases. */
export const TABLES: { readonly [id: string]: CodeSetTables } = {
  error_code: {
    info: UaeOpenFinanceErrorCodeInfo,
    aliases: UaeOpenFinanceErrorCodeAliases,
    ownCodes: "^[A-Za-z]+\\.[A-Za-z0-9]+$",
    ownCodesCategory: "generic_failure",
    ownCodesDescription: "A code of the system or organisation that answered, under UAE Open Finance: beside their prescribed codes the files allow “a namespaced Error Code where the namespace is the system or organisation that has responded with the error, and the code is the code specific to the system or organisation” (Org.Code, a name, a dot and the code). The catalog knows its form, not what it means: whoever the namespace names does.",
  },
  consent_status: {
    info: UaeOpenFinanceConsentStatusInfo,
    aliases: UaeOpenFinanceConsentStatusAliases,
    states: true,
  },
  payment_status: {
    info: UaeOpenFinancePaymentStatusInfo,
    aliases: UaeOpenFinancePaymentStatusAliases,
  },
  file_payment_status: {
    info: UaeOpenFinanceFilePaymentStatusInfo,
    aliases: UaeOpenFinanceFilePaymentStatusAliases,
  },
  revoked_by: {
    info: UaeOpenFinanceRevokedByInfo,
    aliases: UaeOpenFinanceRevokedByAliases,
  },
  oauth_error: {
    info: UaeOpenFinanceOAuthErrorInfo,
    aliases: UaeOpenFinanceOAuthErrorAliases,
  },
};
