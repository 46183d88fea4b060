// generated from tests/generation/fourth/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/acme/webhooks: verify the webhooks of Acme Link, and no other provider's, and key them
 * for deduplication. The catalog does not describe the bodies of its webhooks, so there is no
 * `receive`: check the signature with `verify`, then store `dedupKey` of the body (its SHA-256,
 * which a replay repeats) and skip a delivery whose key was seen before. The same checks, answers
 * and errors as `verify("acme", …)` and `dedupKey("acme", …)` of bankcodes/webhooks, without the
 * provider argument. `sign`, for tests, is bankcodes/webhooks'.
 */
import { bindVerifier, type ProviderVerifier } from "./webhook-receive.js";
import type { SigningScheme } from "./webhook-types.js";
import { verifyByHmac } from "./webhook-verifiers.js";

export * from "./webhook-public.js";

/** How Acme Link signs its webhooks (`SIGNING_SCHEMES.acme` of bankcodes/webhooks). */
export const SIGNING_SCHEME = {
  scheme: "hmac",
  headers: ["X-Acme-Signature"],
  algorithm: "sha256",
  encodings: ["hex"],
  prefix: null,
  listSeparator: null,
  hexCase: null,
  timestamp: null,
} as const satisfies SigningScheme;

/**
 * How Acme Link delivers its webhooks: null, since the catalog describes no delivery of them
 * (`DELIVERY` of bankcodes/webhooks has none).
 */
export const DELIVERY_CONTRACT = null;

const RECEIVER: ProviderVerifier = bindVerifier(
  { provider: "acme", scheme: SIGNING_SCHEME, verifier: verifyByHmac },
  DELIVERY_CONTRACT,
);

/**
 * Check the signature of a delivery of Acme Link: `verify("acme", …)` of bankcodes/webhooks. Throws
 * SignatureError or ConfigurationError.
 */
export const verify: ProviderVerifier["verify"] = RECEIVER.verify;

/**
 * The deduplication key of a delivery of Acme Link: `dedupKey("acme", …)` of bankcodes/webhooks.
 * Store it and skip a delivery whose key was seen before.
 */
export const dedupKey: ProviderVerifier["dedupKey"] = RECEIVER.dedupKey;
