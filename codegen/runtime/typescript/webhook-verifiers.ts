/**
 * How each kind of signing scheme checks a delivery, one function per kind (`verifyBy` and the
 * scheme's name), so that a provider's receiver (bankcodes/<provider>/webhooks) bundles its own
 * scheme alone; bankcodes/webhooks picks one by the provider's scheme. `verifyWith` does what
 * every scheme shares (the body's bytes, the headers read once) and refuses a provider that
 * signs nothing.
 */
import * as refusals from "./refusals.js";
import { epoch } from "./webhook-age.js";
import { verifyFetched, verifyPublished } from "./webhook-fetched.js";
import {
  bytesOf,
  checkStamp,
  explainMismatch,
  hmac,
  headerOf,
  readHeaders,
  sameBytes,
  secretsOf,
  signedContent,
  signaturesOf,
  type ReadHeaders,
} from "./webhook-hmac.js";
import { verifyJws } from "./webhook-jws.js";
import { verifyJwt } from "./webhook-jwt.js";
import * as shared from "./webhook-shared-secret.js";
import { verifyStandard } from "./webhook-standard.js";
import {
  ConfigurationError,
  type Body,
  type CertificateJwtScheme,
  type FetchedKeyScheme,
  type HeaderInput,
  type HmacScheme,
  type JwsScheme,
  type JwtScheme,
  type Keys,
  type NoSignature,
  type PublishedKeyScheme,
  type SharedSecretScheme,
  type SigningScheme,
  type StandardWebhooksScheme,
  type Verified,
  type VerifyOptions,
  refused,
} from "./webhook-types.js";

/** A delivery as a scheme checks it. */
export interface Signed<S extends SigningScheme> {
  readonly provider: string;
  readonly scheme: S;
  /** The header holding a shared secret: the scheme's own, or the one the app named. */
  readonly secretHeader: string | null;
  readonly headers: ReadHeaders;
  readonly raw: Uint8Array;
  /** The body as given (to explain a mismatch). */
  readonly body: Body;
}

/** A kind of scheme's check of a delivery; throws SignatureError or ConfigurationError. */
export type Verifier<S extends SigningScheme> = (
  signed: Signed<S>,
  secret: unknown,
  options: VerifyOptions,
) => Promise<Verified>;

/** A provider's scheme and the check of its kind. */
export interface Checker<S extends SigningScheme = SigningScheme> {
  readonly provider: string;
  readonly scheme: S;
  readonly verifier: Verifier<S>;
}

/** Check a delivery of the provider of `checker` (see `verify` of bankcodes/webhooks). */
export async function verifyWith<S extends SigningScheme>(
  checker: Checker<S>,
  body: Body,
  input: HeaderInput,
  secret: unknown,
  options: VerifyOptions,
): Promise<Verified> {
  const { provider, scheme } = checker;
  const secretHeader = shared.secretHeaderOf(provider, scheme, options.secretHeader);
  const raw = bytesOf(body);
  if (scheme.scheme === "none") throw unsigned(provider, scheme);
  const headers = readHeaders(input); // once: an iterator of pairs gives its pairs once
  return await checker.verifier(
    { provider, scheme, secretHeader, headers, raw, body },
    secret,
    options,
  );
}

export function unsigned(provider: string, scheme: NoSignature): ConfigurationError {
  return refused(refusals.unsigned, { provider, transport: scheme.transport.join(", ") });
}

/** A provider that signs nothing: there is no signature to check. */
export async function verifyByNone(signed: Signed<NoSignature>): Promise<Verified> {
  throw unsigned(signed.provider, signed.scheme);
}

/** A key the provider names in a header, fetched (or given), or a certificate's JWT. */
export async function verifyByFetchedKey(
  signed: Signed<FetchedKeyScheme | CertificateJwtScheme>,
  secret: unknown,
  options: VerifyOptions,
): Promise<Verified> {
  const read = (name: string) => headerOf([name], signed.headers);
  const name = await verifyFetched(signed.scheme, read, signed.raw, secret, options.maxAgeSeconds);
  return { header: name, secretIndex: 0 };
}

export const verifyByCertificateJwt = verifyByFetchedKey;

/** An RSA signature of the callback URL and the body, with the provider's published key. */
export async function verifyByPublishedKey(
  signed: Signed<PublishedKeyScheme>,
  secret: unknown,
  options: VerifyOptions,
): Promise<Verified> {
  const read = (name: string) => headerOf([name], signed.headers);
  const [header, secretIndex] = await verifyPublished(
    signed.scheme,
    read,
    signed.raw,
    signed.body,
    secret,
    options.path,
    options.maxAgeSeconds,
  );
  return { header, secretIndex };
}

/** A detached JWS over the request (its path and listed headers with the body). */
export async function verifyByJws(
  signed: Signed<JwsScheme>,
  secret: unknown,
  options: VerifyOptions,
): Promise<Verified> {
  const { scheme, headers } = signed;
  const [name, value] = headerOf([scheme.header], headers);
  const clock = epoch(options.now);
  const index = await verifyJws(name, value, signed.raw, secret, scheme, headers, options, clock);
  return { header: name, secretIndex: index };
}

/** A JWT carrying the body's hash. */
export async function verifyByJwt(
  signed: Signed<JwtScheme>,
  secret: unknown,
  options: VerifyOptions,
): Promise<Verified> {
  const [name, value] = headerOf([signed.scheme.header], signed.headers);
  const index = await verifyJwt(name, value, signed.raw, secret as Keys, signed.scheme, options);
  return { header: name, secretIndex: index };
}

/** Standard Webhooks: an HMAC over the id, the timestamp and the body. */
export async function verifyByStandardWebhooks(
  signed: Signed<StandardWebhooksScheme>,
  secret: unknown,
  options: VerifyOptions,
): Promise<Verified> {
  const { scheme, headers } = signed;
  const index = await verifyStandard(
    scheme,
    (name) => headerOf([name], headers)[1],
    signed.raw,
    secret,
    epoch(options.now),
    options.maxAgeSeconds,
  );
  return { header: headerOf([scheme.signatureHeader], headers)[0], secretIndex: index };
}

/** The webhook's secret itself, in a header, compared whole. */
export async function verifyBySharedSecret(
  signed: Signed<SharedSecretScheme>,
  secret: unknown,
): Promise<Verified> {
  const keys = secretsOf(secret);
  const header = signed.secretHeader!;
  if (signed.scheme.header === null) shared.refuseSecretAsName(header, keys);
  const [name, value] = headerOf([header], signed.headers);
  return { header: name, secretIndex: shared.sharedSecret(name, value, keys, secret) };
}

/** An HMAC of the body (and a signed timestamp, where the scheme has one). */
export async function verifyByHmac(
  signed: Signed<HmacScheme>,
  secret: unknown,
  options: VerifyOptions,
): Promise<Verified> {
  const { scheme } = signed;
  const keys = secretsOf(secret);
  const [name, value] = headerOf(scheme.headers, signed.headers);
  const [stamp, given] = signaturesOf(scheme, name, value);
  const content = signedContent(scheme, stamp, signed.raw);
  let matched = -1;
  for (const [index, key] of keys.entries()) {
    const expected = await hmac(scheme.algorithm, key, content);
    if (given.some((each) => sameBytes(expected, each)) && matched < 0) matched = index;
  }
  if (matched < 0) await explainMismatch(scheme, name, given, content, signed.body, secret);
  if (scheme.timestamp !== null)
    checkStamp(scheme.timestamp, name, stamp, epoch(options.now), options.maxAgeSeconds);
  return { header: name, secretIndex: matched };
}
