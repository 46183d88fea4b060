/** A shared secret sent as it is (a provider's own header): the header holds the webhook's
 * secret itself, which the receiver compares whole and in constant time. No signature: it
 * protects neither the body nor against a replay. */
import { AROUND, sameBytes } from "./webhook-hmac.js";
import { ConfigurationError, SignatureError } from "./webhook-types.js";

/** The index of the secret a shared-secret header holds, every secret compared whole and in
 * constant time; a secret with whitespace around it that matches once stripped is the
 * receiver's own mistake (bad_secret). Neither value is ever shown. */
export function sharedSecret(
  name: string,
  value: string,
  keys: readonly Uint8Array[],
  secret: unknown,
): number {
  const given = new TextEncoder().encode(value);
  const matched = keys.map((key) => sameBytes(key, given)).indexOf(true);
  if (matched >= 0) return matched;
  const every = Array.isArray(secret) ? secret : [secret];
  for (const [index, each] of every.entries()) {
    if (typeof each !== "string") continue;
    const stripped = each.replace(AROUND, "");
    if (stripped && stripped !== each && sameBytes(new TextEncoder().encode(stripped), given)) {
      throw new ConfigurationError(
        "bad_secret",
        `secret ${index} has whitespace or a line break around it, and without it ${name} matches: strip the secret where it is read`,
      );
    }
  }
  throw new SignatureError(
    "mismatch",
    `${name} does not hold the webhook's secret (nor any of those given)`,
  );
}

/** A secret as the header text that carries it. */
export function secretText(key: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(key);
  } catch {
    throw new ConfigurationError(
      "bad_secret",
      "a secret sent in a header is text: these bytes are not UTF-8",
    );
  }
}
