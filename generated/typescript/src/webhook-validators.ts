// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * The validators of every webhook payload kind, by kind: each kind's are in a module of its own
 * (compiled by ajv), which a provider's receiver (bankcodes/<provider>/webhooks) imports alone;
 * the receiver of every provider (bankcodes/webhooks) reads them all from here. Not exported by
 * the package.
 */
import type { PayloadValidators } from "./webhook-types.js";
import { VALIDATORS as v0 } from "./webhook-validators-lean-webhook.js";
import { VALIDATORS as v1 } from "./webhook-validators-flinks-webhook.js";
import { VALIDATORS as v2 } from "./webhook-validators-argyle-webhook.js";
import { VALIDATORS as v3 } from "./webhook-validators-plaid-webhook.js";
import { VALIDATORS as v4 } from "./webhook-validators-mx-webhook.js";
import { VALIDATORS as v5 } from "./webhook-validators-mastercard-connect-webhook.js";
import { VALIDATORS as v6 } from "./webhook-validators-stripe-event.js";
import { VALIDATORS as v7 } from "./webhook-validators-belvo-webhook.js";
import { VALIDATORS as v8 } from "./webhook-validators-truelayer-webhook.js";
import { VALIDATORS as v9 } from "./webhook-validators-pluggy-webhook.js";
import { VALIDATORS as v10 } from "./webhook-validators-fintoc-webhook.js";
import { VALIDATORS as v11 } from "./webhook-validators-basiq-webhook.js";
import { VALIDATORS as v12 } from "./webhook-validators-mono-webhook.js";
import { VALIDATORS as v13 } from "./webhook-validators-akahu-webhook.js";
import { VALIDATORS as v14 } from "./webhook-validators-tink-webhook.js";
import { VALIDATORS as v15 } from "./webhook-validators-bridge-webhook.js";
import { VALIDATORS as v16 } from "./webhook-validators-finverse-webhook.js";

/** Payload kind -> its tag field and the validator of each member, lenient and strict. */
export const PAYLOAD_VALIDATORS: Readonly<Record<string, PayloadValidators>> = {
  "lean/webhook": v0,
  "flinks/webhook": v1,
  "argyle/webhook": v2,
  "plaid/webhook": v3,
  "mx/webhook": v4,
  "mastercard/connect-webhook": v5,
  "stripe/event": v6,
  "belvo/webhook": v7,
  "truelayer/webhook": v8,
  "pluggy/webhook": v9,
  "fintoc/webhook": v10,
  "basiq/webhook": v11,
  "mono/webhook": v12,
  "akahu/webhook": v13,
  "tink/webhook": v14,
  "bridge/webhook": v15,
  "finverse/webhook": v16,
};
