/** A shared secret sent as it is (a provider's own header): the header holds the webhook's
 * secret itself, which the receiver compares whole and in constant time. No signature: it
 * protects neither the body nor against a replay. */
import * as refusals from "./refusals.js";
import { trimmed } from "./shown.js";
import { AROUND, sameBytes } from "./webhook-hmac.js";
import { type SigningScheme, refused } from "./webhook-types.js";

/** A header's name: an RFC 9110 token, of at most 256 characters. */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]{1,256}$/;

/** The header holding a shared secret: the provider's own, or the one the app named (`named`,
 * secretHeader), which only a provider whose header the app names takes. */
export function secretHeaderOf(
  provider: string,
  scheme: SigningScheme,
  named: unknown,
): string | null {
  const own = scheme.scheme === "shared_secret" ? scheme.header : null;
  if (named === undefined || named === null) {
    if (scheme.scheme === "shared_secret" && own === null)
      throw refused(refusals.no_secret_header, { provider });
    return own;
  }
  if (typeof named !== "string" || !TOKEN.test(named)) {
    // The value is not shown: a secret given in its place would be.
    const kind = typeof named === "string" ? "text" : Array.isArray(named) ? "array" : typeof named;
    throw refused(refusals.secret_header_not_name, { kind });
  }
  if (scheme.scheme !== "shared_secret" || own !== null) {
    const sends =
      own !== null ? `the secret in its own header, ${own}` : "no secret in a header the app names";
    throw refused(refusals.secret_header_unneeded, { provider, sends });
  }
  return named;
}

/** The index of the secret a shared-secret header holds, every secret compared whole and in
 * constant time; a secret with whitespace around it that matches once stripped is the
 * receiver's own mistake (bad_secret). Neither value is ever shown. */
export function sharedSecret(
  name: string,
  value: string,
  keys: readonly Uint8Array[],
  secret: unknown,
): number {
  for (const [index, key] of keys.entries())
    if (!key.every((byte) => byte === 0x09 || (byte >= 0x20 && byte <= 0x7e)))
      throw refused(refusals.header_secret_not_ascii, { index });
  const given = new TextEncoder().encode(value);
  const matched = keys.map((key) => sameBytes(key, given)).indexOf(true);
  if (matched >= 0) return matched;
  const every = Array.isArray(secret) ? secret : [secret];
  for (const [index, each] of every.entries()) {
    if (typeof each !== "string") continue;
    const stripped = trimmed(each, AROUND);
    if (stripped && stripped !== each && sameBytes(new TextEncoder().encode(stripped), given)) {
      throw refused(refusals.secret_padded, { index, name });
    }
  }
  throw refused(refusals.secret_mismatch, { name });
}

/** Refuse a header's name that is one of the secrets (the two swapped): the request's missing
 * header would otherwise be named, and the secret with it. */
export function refuseSecretAsName(header: string, keys: readonly Uint8Array[]): void {
  const named = new TextEncoder().encode(header);
  if (keys.some((key) => sameBytes(key, named))) throw refused(refusals.secret_header_is_secret);
}

/** A secret as the header text that carries it. */
export function secretText(key: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(key);
  } catch {
    throw refused(refusals.header_secret_not_utf8);
  }
}
