// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/finverse/webhooks: verify the webhooks of Finverse, and no other provider's, and key
 * them for deduplication. The catalog does not describe the bodies of its webhooks, so there is no
 * `receive`: check the signature with `verify`, then store `dedupKey` of the body (its SHA-256,
 * which a replay repeats) and skip a delivery whose key was seen before. The same checks, answers
 * and errors as `verify("finverse", …)` and `dedupKey("finverse", …)` of bankcodes/webhooks,
 * without the provider argument. `sign`, for tests, is bankcodes/webhooks'.
 */
import { bindVerifier, type ProviderVerifier } from "./webhook-receive.js";
import type { SigningScheme } from "./webhook-types.js";
import { verifyByPublishedKey } from "./webhook-verifiers.js";

export * from "./webhook-public.js";

/** How Finverse signs its webhooks (`SIGNING_SCHEMES.finverse` of bankcodes/webhooks). */
export const SIGNING_SCHEME = {
  scheme: "published_key",
  signatureHeader: "FV-Signature",
  algorithm: "ECDSA-SHA256",
  encoding: "base64",
  separator: null,
} as const satisfies SigningScheme;

/**
 * How Finverse delivers its webhooks: null, since the catalog describes no delivery of them
 * (`DELIVERY` of bankcodes/webhooks has none).
 */
export const DELIVERY_CONTRACT = null;

const RECEIVER: ProviderVerifier = bindVerifier(
  { provider: "finverse", scheme: SIGNING_SCHEME, verifier: verifyByPublishedKey },
  DELIVERY_CONTRACT,
);

/**
 * Check the signature of a delivery of Finverse: `verify("finverse", …)` of bankcodes/webhooks.
 * Throws SignatureError or ConfigurationError.
 */
export const verify: ProviderVerifier["verify"] = RECEIVER.verify;

/**
 * The deduplication key of a delivery of Finverse: `dedupKey("finverse", …)` of bankcodes/webhooks.
 * Store it and skip a delivery whose key was seen before.
 */
export const dedupKey: ProviderVerifier["dedupKey"] = RECEIVER.dedupKey;
