/** Standard Webhooks: an HMAC-SHA256 of the message id, the timestamp and the raw body, joined by
 * dots, with the endpoint's secret (whsec_ and its key in base64, as the standardwebhooks
 * libraries read it); the signatures (v1,<base64>, separated by spaces) in one header, the id and
 * the timestamp in two others. A timestamp further from now than the tolerance, either way, is
 * refused, as those libraries refuse it. Read as strictly as both libraries together, and
 * stricter in the same three places as the Python `_standard_webhooks` (its docstring says
 * which): an empty id is missing, a timestamp has no leading zero, a signature is canonical
 * padded base64. */
import * as refusals from "./refusals.js";
import { hex, hmac, sameBytes } from "./webhook-hmac.js";
import { type StandardWebhooksScheme, refused } from "./webhook-types.js";

const PREFIX = "whsec_";
/** A header value's longest signature list read: a few signatures during a rotation, no more. */
const MOST_SIGNATURES = 32;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function decode64(text: string): Uint8Array | null {
  const padded = text + "=".repeat((4 - (text.length % 4)) % 4);
  if (!BASE64.test(padded) || padded.length % 4 !== 0) return null;
  try {
    return Uint8Array.from(atob(padded), (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

/** The HMAC key of one secret: a string is base64 (after whsec_, which may be left out), and so
 * are bytes that begin with whsec_; other bytes are the key itself. */
export function keyOf(secret: unknown): Uint8Array {
  let key: Uint8Array | null;
  // Bytes that begin with whsec_ are the secret as text (read from a file or the environment).
  if (secret instanceof ArrayBuffer) secret = new Uint8Array(secret);
  if (secret instanceof Uint8Array && new TextDecoder().decode(secret.slice(0, 6)) === PREFIX)
    secret = new TextDecoder().decode(secret);
  if (secret instanceof Uint8Array) key = secret;
  else if (secret instanceof ArrayBuffer) key = new Uint8Array(secret);
  else if (typeof secret === "string") {
    key = decode64(secret.startsWith(PREFIX) ? secret.slice(PREFIX.length) : secret);
    if (key === null) throw refused(refusals.whsec_not_base64);
  } else throw refused(refusals.secret_type, { kind: typeof secret });
  if (key.length === 0) throw refused(refusals.secret_empty);
  return key;
}

function keysOf(secret: unknown): Uint8Array[] {
  if (Array.isArray(secret)) {
    if (secret.length === 0) throw refused(refusals.no_secrets);
    return secret.map(keyOf);
  }
  return [keyOf(secret)];
}

/** The id a signed test delivery carries: stable for a body. */
async function messageId(body: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new Uint8Array(body)));
  return "msg_" + hex(digest).slice(0, 24);
}

function content(id: string, stamp: string, body: Uint8Array): Uint8Array {
  const head = new TextEncoder().encode(`${id}.${stamp}.`);
  const joined = new Uint8Array(head.length + body.length);
  joined.set(head);
  joined.set(body, head.length);
  return joined;
}

export async function signStandard(
  scheme: StandardWebhooksScheme,
  body: Uint8Array,
  secret: unknown,
  now: number,
): Promise<Record<string, string>> {
  const stamp = String(Math.floor(now));
  const id = await messageId(body);
  const mac = await hmac("sha256", keyOf(secret), content(id, stamp, body));
  return {
    [scheme.idHeader]: id,
    [scheme.timestampHeader]: stamp,
    [scheme.signatureHeader]: "v1," + btoa(String.fromCharCode(...mac)),
  };
}

function signatures(name: string, value: string): Uint8Array[] {
  const found: Uint8Array[] = [];
  let versions = 0;
  let ours = 0;
  for (const part of value.split(" ").slice(0, MOST_SIGNATURES)) {
    const comma = part.indexOf(",");
    if (comma < 0) continue;
    versions += 1;
    if (part.slice(0, comma) !== "v1") continue;
    ours += 1;
    const text = part.slice(comma + 1);
    // A digest of SHA-256 is 44 characters of base64: a longer text is no signature of it.
    if (text.length > 44 || !BASE64.test(text) || text.length % 4 !== 0) continue;
    const decoded = decode64(text);
    // Canonical only (padded, unused bits zero): one digest, one spelling.
    if (decoded !== null && btoa(String.fromCharCode(...decoded)) === text) found.push(decoded);
  }
  if (found.length > 0) return found;
  throw refused(versions > 0 && ours === 0 ? refusals.no_v1_version : refusals.no_v1, {
    name,
    value,
  });
}

/** The index of the secret that signed the delivery; `header(name)` gives a header's value and
 * throws SignatureError missing_header when it is absent. */
export async function verifyStandard(
  scheme: StandardWebhooksScheme,
  header: (name: string) => string,
  body: Uint8Array,
  secret: unknown,
  now: number,
  maxAgeSeconds: number | undefined,
): Promise<number> {
  const keys = keysOf(secret);
  const given = signatures(scheme.signatureHeader, header(scheme.signatureHeader));
  const id = header(scheme.idHeader);
  if (id === "") throw refused(refusals.id_empty, { header: scheme.idHeader });
  let stamp: string;
  try {
    stamp = header(scheme.timestampHeader);
  } catch {
    throw refused(refusals.no_stamp_header, { name: scheme.timestampHeader });
  }
  if (!/^(0|[1-9][0-9]{0,11})$/.test(stamp))
    throw refused(refusals.not_unix_seconds, { name: scheme.timestampHeader, stamp });
  const signed = content(id, stamp, body);
  let matched = -1;
  for (const [index, key] of keys.entries()) {
    const expected = await hmac("sha256", key, signed);
    if (given.some((each) => sameBytes(expected, each)) && matched < 0) matched = index;
  }
  if (matched < 0)
    throw refused(refusals.standard_mismatch, {
      name: scheme.signatureHeader,
      id: scheme.idHeader,
      stamp: scheme.timestampHeader,
    });
  const limit = maxAgeSeconds ?? scheme.toleranceSeconds;
  const off = now - Number(stamp);
  if (off > limit)
    throw refused(refusals.stamp_too_old, {
      name: scheme.timestampHeader,
      age: Math.floor(off),
      limit,
    });
  if (-off > scheme.toleranceSeconds)
    throw refused(refusals.stamp_ahead, {
      name: scheme.timestampHeader,
      ahead: Math.floor(-off),
      limit: scheme.toleranceSeconds,
    });
  return matched;
}
