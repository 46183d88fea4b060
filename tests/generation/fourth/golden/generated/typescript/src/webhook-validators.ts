// generated from tests/generation/fourth/catalog.json — do not edit (run `make generate`)
/**
 * The validators of every webhook payload kind, by kind: each kind's are in a module of its own
 * (compiled by ajv), which a provider's receiver (bankcodes/<provider>/webhooks) imports alone;
 * the receiver of every provider (bankcodes/webhooks) reads them all from here. Not exported by
 * the package.
 */
import type { PayloadValidators } from "./webhook-types.js";

/** Payload kind -> its tag field and the validator of each member, lenient and strict. */
export const PAYLOAD_VALIDATORS: Readonly<Record<string, PayloadValidators>> = {};
