/** A shared secret sent as it is (a provider's own header): the header holds the webhook's
 * secret itself, which the receiver compares whole and in constant time. No signature: it
 * protects neither the body nor against a replay. */
import { trimmed } from "./shown.js";
import { AROUND, sameBytes } from "./webhook-hmac.js";
import { ConfigurationError, SignatureError, type SigningScheme } from "./webhook-types.js";

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
      throw new ConfigurationError(
        "missing_secret_header",
        `${provider} sends the secret in a header your app names when it creates the webhook: pass secretHeader (that header's name)`,
      );
    return own;
  }
  if (typeof named !== "string" || !TOKEN.test(named)) {
    // The value is not shown: a secret given in its place would be.
    const kind = typeof named === "string" ? "text" : Array.isArray(named) ? "array" : typeof named;
    throw new ConfigurationError(
      "bad_secret_header",
      `secretHeader is the name of a header (at most 256 letters, digits and !#$%&'*+-.^_\`|~), which the ${kind} given is not`,
    );
  }
  if (scheme.scheme !== "shared_secret" || own !== null) {
    const sends =
      own !== null ? `the secret in its own header, ${own}` : "no secret in a header the app names";
    throw new ConfigurationError(
      "bad_secret_header",
      `${provider} sends ${sends}: leave secretHeader out`,
    );
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
      throw new ConfigurationError(
        "bad_secret",
        `secret ${index} is not printable ASCII, and a secret sent in a header is: no delivery can carry it`,
      );
  const given = new TextEncoder().encode(value);
  const matched = keys.map((key) => sameBytes(key, given)).indexOf(true);
  if (matched >= 0) return matched;
  const every = Array.isArray(secret) ? secret : [secret];
  for (const [index, each] of every.entries()) {
    if (typeof each !== "string") continue;
    const stripped = trimmed(each, AROUND);
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

/** Refuse a header's name that is one of the secrets (the two swapped): the request's missing
 * header would otherwise be named, and the secret with it. */
export function refuseSecretAsName(header: string, keys: readonly Uint8Array[]): void {
  const named = new TextEncoder().encode(header);
  if (keys.some((key) => sameBytes(key, named)))
    throw new ConfigurationError(
      "bad_secret_header",
      "secretHeader is one of the secrets given: pass the header's name there, and the secret as the secret",
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
