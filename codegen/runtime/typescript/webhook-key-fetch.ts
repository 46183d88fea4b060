/**
 * Fetching a provider's public keys for the schemes that name them by address (the Python
 * `bankcodes._key_fetch`, the same bounds): `keyFetcher(provider)` gives a key function for
 * `verify` and `receive` that fetches only from the provider's own hosts (an address is checked
 * before it is fetched: any other is unknown_key, never fetched), over https with the app's basic
 * auth where the scheme asks for it, follows no redirect, and accepts only a 200 answer of at
 * most `maxBytes` bytes within `timeout` seconds; otherwise the key is unavailable, which is the
 * receiver's side (ConfigurationError bad_key: answer 500 and let the provider retry).
 *
 * A fetched-key scheme's key is kept for its keyMaxAgeSeconds; where the scheme says a lower key
 * id is refused, a delivery naming a key id lower than the one kept is refused (expired_key)
 * without a fetch. A certificate is kept for `maxAge` seconds (an hour by default, bankcodes'
 * choice: the provider publishes none), at most 8 of them.
 */
import { KEY_ID, MAX_KEY_BYTES, keyAddress, x5uAllowed } from "./webhook-key-address.js";
import { SIGNING_SCHEMES } from "./signing.js";
import { quoted } from "./shown.js";
import {
  ConfigurationError,
  SignatureError,
  type CertificateJwtScheme,
  type FetchedKeyScheme,
} from "./webhook-types.js";

const CERTIFICATE_MAX_AGE = 3600;
const MAX_KEPT = 8;

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
  readonly _clock?: () => number;
}

type Scheme = FetchedKeyScheme | CertificateJwtScheme;

/** A key function for `provider`'s scheme (fetched_key or certificate_jwt). */
export function keyFetcher(
  provider: string,
  options: KeyFetcherOptions = {},
): (address: string) => Promise<Uint8Array> {
  const scheme = (SIGNING_SCHEMES as Record<string, { scheme: string }>)[provider];
  if (scheme?.scheme !== "fetched_key" && scheme?.scheme !== "certificate_jwt")
    throw new ConfigurationError(
      "unknown_provider",
      `${quoted(provider)} names no key to fetch by its address`,
    );
  const known = scheme as Scheme;
  const asks = known.scheme === "fetched_key" && known.keyAuth === "basic";
  if (asks !== (options.credentials !== undefined))
    throw new ConfigurationError(
      "bad_key",
      asks
        ? `${provider}'s key address asks for the app's credentials [id, secret]`
        : `${provider}'s key address asks for no credentials: none are sent`,
    );
  const auth = options.credentials === undefined ? null : basic(options.credentials);
  const clock = options._clock ?? (() => performance.now() / 1000);
  const maxAge =
    options.maxAge ??
    (known.scheme === "fetched_key" ? known.keyMaxAgeSeconds : CERTIFICATE_MAX_AGE);
  const bounds = { timeout: options.timeout ?? 5, maxBytes: options.maxBytes ?? MAX_KEY_BYTES };
  let kept = new Map<string, [number, Uint8Array, number]>();
  return async (address: string): Promise<Uint8Array> => {
    const keyId = allowed(known, address);
    const now = clock();
    const fresh = new Map([...kept].filter(([, k]) => now - k[2] < maxAge));
    const hit = fresh.get(address);
    if (hit !== undefined) return hit[1];
    const ids = [...fresh.values()].map((k) => k[0]);
    const newest = ids.length === 0 ? null : Math.max(...ids);
    const lower = known.scheme === "fetched_key" && known.lowerKeyIdRefused;
    if (lower && newest !== null && keyId < newest)
      throw new SignatureError(
        "expired_key",
        `key ${keyId} is older than key ${newest}, which replaced it: nothing was fetched`,
      );
    const text = await fetchKey(address, auth, bounds, options._via ?? {});
    const next = known.scheme === "fetched_key" ? new Map() : fresh;
    next.set(address, [keyId, text, now]);
    kept = new Map([...next].slice(-MAX_KEPT));
    return text;
  };
}

/** The key id an address names (0 for a certificate); unknown_key for another host's. */
function allowed(scheme: Scheme, address: string): number {
  if (scheme.scheme === "certificate_jwt") {
    const refused = x5uAllowed(address, scheme.x5uDomains);
    if (refused !== null)
      throw new SignatureError("unknown_key", `${refused}: nothing was fetched`);
    return 0;
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
    throw new SignatureError(
      "unknown_key",
      `${quoted(address)} is not a key address of the provider's`,
    );
  return Number(middle);
}

function basic(credentials: readonly [string, string]): string {
  const [app, secret] = credentials;
  if (typeof app !== "string" || typeof secret !== "string" || !app || !secret)
    throw new ConfigurationError("bad_key", "credentials are the app's [id, secret], two strings");
  const bytes = new TextEncoder().encode(`${app}:${secret}`);
  return `Basic ${btoa(String.fromCharCode(...bytes))}`;
}

function unavailable(address: string, why: string): ConfigurationError {
  return new ConfigurationError("bad_key", `the key at ${address} could not be fetched: ${why}`);
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
  const headers: Record<string, string> = {
    accept: "application/json, application/x-pem-file, */*",
  };
  if (auth !== null) headers["authorization"] = auth;
  const signal = AbortSignal.timeout(bounds.timeout * 1000);
  try {
    const response = await fetch(url, { headers, redirect: "manual", signal });
    if (response.status !== 200) {
      await response.body?.cancel();
      throw unavailable(address, `it answered HTTP ${response.status}`);
    }
    const length = response.headers.get("content-length");
    if (length !== null && /^[0-9]+$/.test(length) && Number(length) > bounds.maxBytes) {
      await response.body?.cancel();
      throw unavailable(address, `its answer is ${length} bytes, over ${bounds.maxBytes}`);
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
    if (error instanceof ConfigurationError) throw error;
    const name = error instanceof Error ? error.name : typeof error;
    throw unavailable(address, `${name}: ${quoted(String(error), 120)}`);
  }
}
