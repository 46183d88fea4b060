// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/enablebanking/webhooks: verify the webhooks of Enable Banking, and no other provider's,
 * and key them for deduplication. The catalog does not describe the bodies of its webhooks, so
 * there is no `receive`: check the signature with `verify`, then store `dedupKey` of the body (its
 * SHA-256, which a replay repeats) and skip a delivery whose key was seen before. The same checks,
 * answers and errors as `verify("enablebanking", …)` and `dedupKey("enablebanking", …)` of
 * bankcodes/webhooks, without the provider argument. `sign`, for tests, is bankcodes/webhooks'.
 */
import { bindVerifier, type ProviderVerifier } from "./webhook-receive.js";
import type { SigningScheme } from "./webhook-types.js";
import { verifyByCertificateJwt } from "./webhook-verifiers.js";

export * from "./webhook-public.js";

/**
 * How Enable Banking signs its webhooks (`SIGNING_SCHEMES.enablebanking` of bankcodes/webhooks).
 */
export const SIGNING_SCHEME = {
  scheme: "certificate_jwt",
  header: "Authorization",
  authType: "Bearer",
  algorithm: "RS256",
  x5uDomains: ["enablebanking.com"],
  digestClaim: "msgi",
  digestPrefix: "sha256-",
} as const satisfies SigningScheme;

/**
 * How Enable Banking delivers its webhooks: null, since the catalog describes no delivery of them
 * (`DELIVERY` of bankcodes/webhooks has none).
 */
export const DELIVERY_CONTRACT = null;

const RECEIVER: ProviderVerifier = bindVerifier(
  { provider: "enablebanking", scheme: SIGNING_SCHEME, verifier: verifyByCertificateJwt },
  DELIVERY_CONTRACT,
);

/**
 * Check the signature of a delivery of Enable Banking: `verify("enablebanking", …)` of
 * bankcodes/webhooks. Throws SignatureError or ConfigurationError.
 */
export const verify: ProviderVerifier["verify"] = RECEIVER.verify;

/**
 * The deduplication key of a delivery of Enable Banking: `dedupKey("enablebanking", …)` of
 * bankcodes/webhooks. Store it and skip a delivery whose key was seen before.
 */
export const dedupKey: ProviderVerifier["dedupKey"] = RECEIVER.dedupKey;
