// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/saltedge/webhooks: verify the webhooks of Salt Edge, and no other provider's, and key
 * them for deduplication. The catalog does not describe the bodies of its webhooks, so there is no
 * `receive`: check the signature with `verify`, then store `dedupKey` of the body (its SHA-256,
 * which a replay repeats) and skip a delivery whose key was seen before. The same checks, answers
 * and errors as `verify("saltedge", …)` and `dedupKey("saltedge", …)` of bankcodes/webhooks,
 * without the provider argument. `sign`, for tests, is bankcodes/webhooks'.
 */
import { bindVerifier, type ProviderVerifier } from "./webhook-receive.js";
import type { SigningScheme } from "./webhook-types.js";
import { verifyByPublishedKey } from "./webhook-verifiers.js";

export * from "./webhook-public.js";

/** How Salt Edge signs its webhooks (`SIGNING_SCHEMES.saltedge` of bankcodes/webhooks). */
export const SIGNING_SCHEME = {
  scheme: "published_key",
  signatureHeader: "Signature",
  algorithm: "RSA-SHA256",
  encoding: "base64",
  separator: "|",
  compactBody: false,
} as const satisfies SigningScheme;

/**
 * How Salt Edge delivers its webhooks: null, since the catalog describes no delivery of them
 * (`DELIVERY` of bankcodes/webhooks has none).
 */
export const DELIVERY_CONTRACT = null;

const RECEIVER: ProviderVerifier = bindVerifier(
  { provider: "saltedge", scheme: SIGNING_SCHEME, verifier: verifyByPublishedKey },
  DELIVERY_CONTRACT,
);

/**
 * Check the signature of a delivery of Salt Edge: `verify("saltedge", …)` of bankcodes/webhooks.
 * Throws SignatureError or ConfigurationError.
 */
export const verify: ProviderVerifier["verify"] = RECEIVER.verify;

/**
 * The deduplication key of a delivery of Salt Edge: `dedupKey("saltedge", …)` of
 * bankcodes/webhooks. Store it and skip a delivery whose key was seen before.
 */
export const dedupKey: ProviderVerifier["dedupKey"] = RECEIVER.dedupKey;
