/**
 * Receive a webhook in one call: verify its signature over the raw body, read and validate its
 * payload, find its event type and deduplication key. The same rules and errors as Python's
 * `bankcodes.receive` (lenient by default, `strict: true` for only what the catalog knows), built
 * on Web Crypto (`globalThis.crypto.subtle`), so it runs in Node ≥ 20 and edge runtimes.
 *
 *     import { receive, SignatureError } from "bankcodes/webhooks";
 *     const event = await receive(provider, await request.text(), request.headers, [secret]);
 *
 * A string body is encoded as UTF-8: pass the text exactly as received (a body re-serialised
 * from parsed JSON will not verify). Where a provider signs no timestamp (an HMAC scheme), a
 * replayed delivery verifies: store `event.dedupKey` and skip a key seen before.
 *
 * This entry point holds every provider's payload validators and signing schemes. One
 * provider's receiver, `bankcodes/<provider>/webhooks`, exports the same `receive` and `verify`
 * without the provider argument, and bundles that provider's alone (webhook-receive.ts).
 */
import * as refusals from "./refusals.js";
import {
  DELIVERY,
  SIGNING_SCHEMES,
  UNDESCRIBED_WEBHOOKS,
  WITHOUT_WEBHOOKS,
  type SigningProvider,
  type WebhookPayloads,
} from "./signing.js";
import { bytesOf, hexText, hmac, secretOf, signedContent } from "./webhook-hmac.js";
import { quoted } from "./shown.js";
import * as shared from "./webhook-shared-secret.js";
import { signStandard } from "./webhook-standard.js";
import { signJws } from "./webhook-jws.js";
import { isJwk, signJwt } from "./webhook-jwt.js";
import { epoch } from "./webhook-age.js";
import { signFetched, signPublished } from "./webhook-fetched.js";
import {
  dedupKeyWith,
  receiveWith,
  type Payload,
  type ReceiveOptions,
  type Receiver,
  type WebhookEvent,
} from "./webhook-receive.js";
import * as verifiers from "./webhook-verifiers.js";
import { PAYLOAD_VALIDATORS } from "./webhook-validators.js";
import {
  type Body,
  type Credentials,
  type Delivery,
  type HeaderInput,
  type Jwk,
  type Secret,
  type SigningScheme,
  type Verified,
  type VerifyOptions,
  refused,
} from "./webhook-types.js";

export { keyFetcher, type KeyFetcherOptions } from "./webhook-key-fetch.js";
export * from "./webhook-public.js";
export {
  type SignedTimestamp,
  type CertificateJwtScheme,
  type Delivery,
  type FetchedKeyScheme,
  type HmacScheme,
  type JwsScheme,
  type JwtScheme,
  type NoSignature,
  type SigningScheme,
} from "./webhook-types.js";
export {
  DELIVERY,
  SIGNING_SCHEMES,
  type SigningProvider,
  type WebhookPayloads,
} from "./signing.js";

/** The payload `receive` returns for `P`: the provider's webhook union where the package types
 * it (each member also readable by field name, as any payload). */
type Received<P> = (P extends keyof WebhookPayloads ? WebhookPayloads[P] : unknown) & Payload;

/**
 * The signature header a real delivery of `body` would carry (for tests and fixtures). `secret`
 * is what signs, by the provider's scheme (`SIGNING_SCHEMES[provider].scheme`):
 *
 * - `hmac`, `shared_secret`: the secret, a string or bytes, as the provider shows it;
 * - `standard_webhooks`: the secret as the provider shows it, `whsec_` and the key in base64;
 * - `jwt` (ES256) and `jws` (ES512): a private JWK (with its `d`) with its `kid`, on the curve
 *   of the algorithm (P-256, P-521);
 * - `fetched_key` (RSA-SHA256): `{ privatePem, keyId }`, an unencrypted RSA private key in PEM
 *   (PKCS#8) and the decimal key id the delivery names;
 * - `certificate_jwt` (RS256): `{ privatePem, x5u }`, the same key and the https address of its
 *   certificate, on one of the scheme's `x5uDomains`;
 * - `published_key` (RSA-SHA256): `{ privatePem }`, and `path`, the callback URL it signs;
 * - `none`: nothing signs; no header is given.
 *
 * Any other form is a ConfigurationError naming the form expected. For a JWT or JWS, `now` is
 * the time of issue; a JWS also signs `path`, the path the delivery is posted to (required for
 * it), names the key set `jku` (one of the provider's, its first by default), and adds its
 * timestamp header. `secretHeader` names the header of a provider whose header the app names
 * (see `verify`).
 */
export async function sign(
  provider: string,
  body: Body,
  secret: Secret | Jwk | { readonly privatePem: string },
  encoding?: "hex" | "base64",
  now: Date = new Date(),
  path?: string,
  jku?: string,
  secretHeader?: string,
): Promise<Record<string, string>> {
  const scheme = schemeOf(provider);
  const header = shared.secretHeaderOf(provider, scheme, secretHeader);
  if (scheme.scheme === "none") return {}; // a delivery of this provider carries no signature
  if (scheme.scheme === "fetched_key" || scheme.scheme === "certificate_jwt")
    return await signFetched(scheme, bytesOf(body), secret);
  if (scheme.scheme === "published_key")
    return await signPublished(scheme, bytesOf(body), secret, path);
  if (scheme.scheme === "shared_secret") {
    if (isJwk(secret)) throw refused(refusals.sends_secret, { provider });
    return { [header!]: shared.secretText(secretOf(secret)) };
  }
  if (scheme.scheme === "standard_webhooks") {
    if (isJwk(secret)) throw refused(refusals.signs_with_secret, { provider });
    return await signStandard(scheme, bytesOf(body), secret, epoch(now));
  }
  if (scheme.scheme === "jws") {
    if (!isJwk(secret)) throw refused(refusals.signs_with_jwk, { provider });
    if (path === undefined) throw refused(refusals.no_signed_path, { name: scheme.header });
    return await signJws(bytesOf(body), secret, scheme, path, now, jku);
  }
  if (scheme.scheme === "jwt") {
    if (!isJwk(secret)) throw refused(refusals.signs_with_jwk, { provider });
    return { [scheme.header]: await signJwt(bytesOf(body), secret, scheme, now) };
  }
  if (isJwk(secret)) throw refused(refusals.signs_with_secret, { provider });
  const chosen = encoding ?? scheme.encodings[0]!;
  if (!scheme.encodings.includes(chosen))
    throw new Error(`${provider} signatures are not ${chosen}-encoded`);
  const rule = scheme.timestamp;
  const stamp = rule === null ? "" : String(Math.floor(epoch(now)));
  const content = signedContent(scheme, stamp, bytesOf(body));
  const digest = await hmac(scheme.algorithm, secretOf(secret), content);
  const text = chosen === "hex" ? hexText(scheme, digest) : btoa(String.fromCharCode(...digest));
  if (rule !== null)
    return {
      [scheme.headers[0]!]: `${rule.timestampLabel}=${stamp},${rule.signatureLabel}=${text}`,
    };
  return { [scheme.headers[0]!]: (scheme.prefix ?? "") + text };
}

/**
 * Check a webhook's signature; throws SignatureError or ConfigurationError. For a JWT scheme
 * (ES256), `secret` is the public key(s): see `Keys`.
 */
export async function verify(
  provider: string,
  body: Body,
  input: HeaderInput,
  secret: Credentials,
  options: VerifyOptions = {},
): Promise<Verified> {
  return await verifiers.verifyWith(checkerOf(provider), body, input, secret, options);
}

/** The check of each kind of signing scheme. */
const VERIFIERS: {
  readonly [K in SigningScheme["scheme"]]: verifiers.Verifier<
    Extract<SigningScheme, { scheme: K }>
  >;
} = {
  none: verifiers.verifyByNone,
  hmac: verifiers.verifyByHmac,
  jwt: verifiers.verifyByJwt,
  jws: verifiers.verifyByJws,
  standard_webhooks: verifiers.verifyByStandardWebhooks,
  shared_secret: verifiers.verifyBySharedSecret,
  fetched_key: verifiers.verifyByFetchedKey,
  certificate_jwt: verifiers.verifyByCertificateJwt,
  published_key: verifiers.verifyByPublishedKey,
};

function checkerOf(provider: unknown): verifiers.Checker {
  const scheme = schemeOf(provider);
  const verifier = VERIFIERS[scheme.scheme] as verifiers.Verifier<SigningScheme>;
  return { provider: provider as string, scheme, verifier };
}

/**
 * Verify a delivery, validate its body as a payload of the provider's webhook kind, and find its
 * event type and deduplication key. Throws SignatureError (answer 401), PayloadError (signed,
 * but not a valid payload: answer 400; `problems` gives each one's JSON path) or
 * ConfigurationError (answer 500). For a provider that signs nothing, `secret` is null and the
 * event says `signed: false`.
 */
export async function receive<P extends SigningProvider | (string & {})>(
  provider: P,
  body: Body,
  headers: HeaderInput,
  secret: Credentials | null,
  options: ReceiveOptions = {},
): Promise<WebhookEvent<Received<P>>> {
  const delivery = deliveryOf(provider);
  const validators = Object.hasOwn(PAYLOAD_VALIDATORS, delivery.kind)
    ? PAYLOAD_VALIDATORS[delivery.kind]
    : undefined;
  if (validators === undefined)
    throw new Error(`no validators for the payload kind ${delivery.kind}`);
  const receiver: Receiver = { ...checkerOf(provider), delivery, validators };
  // Validated as the provider's webhook kind: the shape its type describes.
  return (await receiveWith(receiver, body, headers, secret, options)) as WebhookEvent<Received<P>>;
}

/**
 * The deduplication key of a delivery (see the Python `bankcodes.delivery.dedup_key`): the
 * values of the first of the provider's deduplication field sets wholly present in `payload`,
 * else the SHA-256 of the raw body. A provider that signs webhooks whose bodies the catalog does
 * not describe is keyed by the SHA-256 of the body alone (`payload` is not read): its signature
 * covers the body, so a replay that verifies gives the same key.
 */
export async function dedupKey(provider: string, payload: unknown, body: Body): Promise<string> {
  if (typeof provider === "string" && !Object.hasOwn(DELIVERY, provider)) {
    schemeOf(provider); // a provider whose signing the catalog does not describe: refused
    return await dedupKeyWith(provider, null, payload, body);
  }
  return await dedupKeyWith(provider, deliveryOf(provider), payload, body);
}

function deliveryOf(provider: unknown): Delivery {
  if (typeof provider === "string" && Object.hasOwn(DELIVERY, provider)) {
    return DELIVERY[provider as keyof typeof DELIVERY];
  }
  schemeOf(provider);
  throw refused(refusals.no_delivery, { provider: quoted(provider) });
}

function schemeOf(provider: unknown): SigningScheme {
  if (typeof provider === "string" && Object.hasOwn(SIGNING_SCHEMES, provider)) {
    return SIGNING_SCHEMES[provider as SigningProvider];
  }
  const known = Object.keys(SIGNING_SCHEMES).join(", ");
  if (typeof provider === "string" && Object.hasOwn(UNDESCRIBED_WEBHOOKS, provider)) {
    throw refused(refusals.undescribed, { provider, how: UNDESCRIBED_WEBHOOKS[provider] });
  }
  if (typeof provider === "string" && WITHOUT_WEBHOOKS.includes(provider)) {
    throw refused(refusals.no_webhooks, { provider, known });
  }
  throw refused(refusals.no_scheme, { provider: quoted(provider), known });
}
