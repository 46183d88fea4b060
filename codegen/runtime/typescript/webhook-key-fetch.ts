/**
 * Fetching a provider's public keys for the schemes that name them by address (the Python
 * `bankcodes._key_fetch` and `_key_get`, the same bounds and answers): `keyFetcher(provider)`
 * gives a key function for `verify` and `receive` that fetches only from the provider's own hosts
 * (an address is checked before it is fetched: any other is unknown_key, never fetched), over
 * https with the app's basic auth where the scheme asks for it, and follows no redirect. The
 * whole fetch ends within `timeout` seconds of its start however slowly the peer sends:
 * connecting, TLS, the status line, any interim (1xx) answers, the headers and the body all
 * count (in Node, the host name's lookup too; in Python, a lookup that alone takes longer ends it
 * when the system resolver answers). The answer must be 200, not encoded (identity is asked for),
 * of at most `maxBytes` bytes. A 404 or 410 is the provider's saying it has no such key
 * (SignatureError unknown_key); any other failure is the receiver's side (ConfigurationError
 * bad_key: answer 500 and let the provider retry).
 *
 * A delivery names the address, so forged deliveries could make a receiver fetch at will; a key
 * fetcher makes at most 4 fetches of addresses not yet proven in any 60 seconds (past that a new
 * address is unknown_key, 401, without a fetch: deliveries signed with a key already kept still
 * verify); an address whose fetch failed is not asked for again for 60 seconds (the same error,
 * without a fetch); and a key is proven once a signature made with it has verified: at most 8
 * proven keys and 4 others are kept, and one not proven never displaces one proven. A proven
 * key's address is fetched again, outside the limit, when its key is older than the age kept.
 *
 * A fetched-key scheme's key is kept for its keyMaxAgeSeconds; where the scheme says a lower key
 * id is refused, a delivery naming a key id lower than the newest proven key's is refused
 * (expired_key) without a fetch (key ids compared as the integers they are, past 2^53 too), and
 * a key proven drops the keys of lower ids. A certificate is kept for `maxAge` seconds (an hour
 * by default, bankcodes' choice: the provider publishes none).
 */
import * as refusals from "./refusals.js";
import { KEY_ID, MAX_KEY_BYTES, PROVERS, keyAddress, x5uAllowed } from "./webhook-key-address.js";
import { SIGNING_SCHEMES } from "./signing.js";
import { quoted } from "./shown.js";
import {
  ConfigurationError,
  SignatureError,
  WebhookError,
  type CertificateJwtScheme,
  type FetchedKeyScheme,
  refused,
} from "./webhook-types.js";

const CERTIFICATE_MAX_AGE = 3600;
/** The most proven keys kept, and the most others. */
const MAX_KEPT = 8;
const MAX_ON_TRIAL = 4;
/** The most fetches of addresses not yet proven in any WINDOW seconds. */
const NEW_PER_MINUTE = 4;
const WINDOW = 60;
/** How long an address whose fetch failed is not asked for again, in seconds. */
const FAILED_FOR = 60;
/** The statuses by which a key host says it has no key at the address. */
const NOT_THERE = [404, 410];

export interface KeyFetcherOptions {
  /** The app's id and secret, where the provider's key address asks for basic auth. */
  readonly credentials?: readonly [string, string];
  /** Seconds the whole fetch may take (default 5). */
  readonly timeout?: number;
  readonly maxBytes?: number;
  /** Seconds a fetched key is kept (default: the scheme's, or an hour for a certificate). */
  readonly maxAge?: number;
  /** Tests only: a provider origin (https://host) to a loopback server's (http://127.0.0.1:port). */
  readonly _via?: Readonly<Record<string, string>>;
  /** Tests only: the seconds the ages kept and the limits are measured by. */
  readonly _clock?: () => number;
}

type Scheme = FetchedKeyScheme | CertificateJwtScheme;
type Kept = { keyId: bigint; text: Uint8Array; at: number; proven: boolean };
type KeyFunction = (address: string) => Promise<Uint8Array>;

/** The scheme of `provider`, which must fetch its keys, and the credentials its key address asks
 * for, checked against `options`. */
function fetching(
  provider: string,
  options: KeyFetcherOptions,
): { known: Scheme; auth: string | null } {
  const scheme = (SIGNING_SCHEMES as Record<string, { scheme: string }>)[provider];
  if (scheme?.scheme !== "fetched_key" && scheme?.scheme !== "certificate_jwt")
    throw refused(refusals.no_key_address, { provider });
  const known = scheme as Scheme;
  const asks = known.scheme === "fetched_key" && known.keyAuth === "basic";
  if (asks !== (options.credentials !== undefined))
    throw refused(asks ? refusals.credentials_asked : refusals.credentials_unasked, { provider });
  return { known, auth: options.credentials === undefined ? null : basic(options.credentials) };
}

/** A key function for `provider`'s scheme (fetched_key or certificate_jwt). */
export function keyFetcher(provider: string, options: KeyFetcherOptions = {}): KeyFunction {
  const { known, auth } = fetching(provider, options);
  const clock = options._clock ?? (() => performance.now() / 1000);
  const maxAge =
    options.maxAge ??
    (known.scheme === "fetched_key" ? known.keyMaxAgeSeconds : CERTIFICATE_MAX_AGE);
  const lower = known.scheme === "fetched_key" && known.lowerKeyIdRefused;
  const bounds = { timeout: options.timeout ?? 5, maxBytes: options.maxBytes ?? MAX_KEY_BYTES };
  let kept = new Map<string, Kept>();
  let failed = new Map<string, [number, WebhookError]>();
  let fetched: number[] = [];

  /** Keep `entry` as the newest, within the bounds of both kinds of key. */
  const keep = (address: string, entry: Kept): void => {
    let next = [...kept].filter(([a]) => a !== address);
    if (entry.proven && lower) next = next.filter(([, k]) => k.keyId >= entry.keyId);
    next.push([address, entry]);
    const proven = next.filter(([, k]) => k.proven).slice(-MAX_KEPT);
    const trial = next.filter(([, k]) => !k.proven).slice(-MAX_ON_TRIAL);
    const keeps = new Set([...proven, ...trial].map(([a]) => a));
    kept = new Map(next.filter(([a]) => keeps.has(a)));
  };

  /** What is kept at `address`; throws why it is not fetched where it must be. */
  const admitted = (address: string, keyId: bigint, now: number): Kept | undefined => {
    let newest: bigint | null = null;
    for (const k of kept.values())
      if (k.proven && now - k.at < maxAge && (newest === null || k.keyId > newest))
        newest = k.keyId;
    if (lower && newest !== null && keyId < newest)
      throw refused(refusals.key_replaced, { key: keyId, newest });
    const entry = kept.get(address);
    if (entry !== undefined && now - entry.at < maxAge) return entry;
    failed = new Map([...failed].filter(([, f]) => now - f[0] < FAILED_FOR));
    const error = failed.get(address)?.[1];
    if (error !== undefined) {
      const message = error.message.slice(error.reason.length + 2);
      const again = `${message}; it is asked for again ${FAILED_FOR} s after that`;
      throw error instanceof SignatureError
        ? new SignatureError(error.reason, again)
        : new ConfigurationError(error.reason as ConfigurationError["reason"], again);
    }
    if (entry?.proven) return entry;
    fetched = fetched.filter((at) => now - at < WINDOW);
    if (fetched.length >= NEW_PER_MINUTE)
      throw refused(refusals.fetches_spent, { address, most: NEW_PER_MINUTE, window: WINDOW });
    fetched.push(now);
    return entry;
  };

  const fetcher: KeyFunction = async (address: string): Promise<Uint8Array> => {
    const keyId = allowed(known, address);
    const now = clock();
    const entry = admitted(address, keyId, now);
    if (entry !== undefined && now - entry.at < maxAge) return entry.text;
    let text: Uint8Array;
    try {
      text = await fetchKey(address, auth, bounds, options._via ?? {});
    } catch (error) {
      if (error instanceof WebhookError) failed.set(address, [now, error]);
      throw error;
    }
    keep(address, { keyId, text, at: now, proven: entry?.proven ?? false });
    return text;
  };
  PROVERS.set(fetcher, (address: string) => {
    const entry = kept.get(address);
    if (entry !== undefined && !entry.proven) keep(address, { ...entry, proven: true });
  });
  return fetcher;
}

/** The key id an address names (0 for a certificate); unknown_key for another host's. */
function allowed(scheme: Scheme, address: string): bigint {
  if (scheme.scheme === "certificate_jwt") {
    const why = x5uAllowed(address, scheme.x5uDomains);
    if (why !== null) throw refused(refusals.nothing_fetched, { why });
    return 0n;
  }
  const [head, tail] = scheme.keyAddress.split("{key_id}") as [string, string];
  const middle =
    address.length > head.length ? address.slice(head.length, address.length - tail.length) : "";
  if (
    !address.startsWith(head) ||
    !address.endsWith(tail) ||
    !KEY_ID.test(middle) ||
    keyAddress(scheme.keyAddress, middle) !== address
  )
    throw refused(refusals.not_key_address, { address });
  return BigInt(middle);
}

function basic(credentials: readonly [string, string]): string {
  const [app, secret] = credentials;
  if (typeof app !== "string" || typeof secret !== "string" || !app || !secret)
    throw refused(refusals.credentials_type);
  const bytes = new TextEncoder().encode(`${app}:${secret}`);
  return `Basic ${btoa(String.fromCharCode(...bytes))}`;
}

function unavailable(address: string, why: string): ConfigurationError {
  return refused(refusals.key_unavailable, { address, why });
}

/** Why a fetch failed: its error, and what caused it where the error is fetch's own. */
function failure(error: unknown): string {
  const name = error instanceof Error ? error.name : typeof error;
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : null;
  const why = cause === null ? String(error) : `${String(error)} (${String(cause)})`;
  return `${name}: ${quoted(why, 120)}`;
}

async function fetchKey(
  address: string,
  auth: string | null,
  bounds: { timeout: number; maxBytes: number },
  via: Readonly<Record<string, string>>,
): Promise<Uint8Array> {
  let url = address;
  for (const [origin, loopback] of Object.entries(via))
    if (address.startsWith(`${origin}/`)) url = loopback + address.slice(origin.length);
  // Each fetch on a connection of its own, closed after its answer, as in Python: fetch would
  // send a later one on a connection kept alive, which a host that closed it meanwhile leaves
  // unanswered (bad_key).
  const headers: Record<string, string> = {
    accept: "application/json, application/x-pem-file, */*",
    "accept-encoding": "identity",
    connection: "close",
  };
  if (auth !== null) headers["authorization"] = auth;
  const signal = AbortSignal.timeout(bounds.timeout * 1000);
  try {
    const response = await fetch(url, { headers, redirect: "manual", signal });
    const refusal = refusalOf(address, response, bounds.maxBytes);
    if (refusal !== null) {
      await response.body?.cancel();
      throw refusal;
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of response.body ?? []) {
      size += (chunk as Uint8Array).length;
      if (size > bounds.maxBytes)
        throw unavailable(address, `its answer is over ${bounds.maxBytes} bytes`);
      chunks.push(chunk as Uint8Array);
    }
    const data = new Uint8Array(size);
    let at = 0;
    for (const chunk of chunks) data.set(chunk, (at += chunk.length) - chunk.length);
    return data;
  } catch (error) {
    if (error instanceof WebhookError) throw error;
    if (signal.aborted) throw unavailable(address, `it took over ${bounds.timeout} s`);
    throw unavailable(address, failure(error));
  }
}

/** Why an answer's head is refused (null: its body is read). */
function refusalOf(address: string, response: Response, maxBytes: number): WebhookError | null {
  const coding = response.headers.get("transfer-encoding");
  if (coding !== null && coding.trim().toLowerCase() !== "chunked")
    return unavailable(address, `its Transfer-Encoding is ${quoted(coding, 40)}, not chunked`);
  const status = response.status;
  if (NOT_THERE.includes(status)) return refused(refusals.no_key_there, { address, status });
  if (status !== 200) return unavailable(address, `it answered HTTP ${status}`);
  const encoding = response.headers.get("content-encoding");
  if (encoding !== null && encoding.trim().toLowerCase() !== "identity")
    return unavailable(address, `its answer is encoded (${quoted(encoding, 40)}), not asked for`);
  const length = response.headers.get("content-length");
  if (length !== null && /^[0-9]+$/.test(length) && Number(length) > maxBytes)
    return unavailable(address, `its answer is ${length} bytes, over ${maxBytes}`);
  return null;
}
