/**
 * Signatures checked with a public key the provider serves, read by the rule set of the Python
 * `bankcodes._fetched_keys` (the same verdicts and reasons, in the same order): a fetched-key
 * scheme (an RSA-SHA256 signature of the raw body, its key named by id in another header) and a
 * certificate JWT scheme (an RS256 JWT whose x5u names the certificate, its claim a digest of
 * the body), and a published key (an RSA-SHA256 signature of the callback URL, a separator and
 * the raw body, checked with the key the provider publishes). None signs a time: a tolerance
 * asked for is refused (no_signed_timestamp).
 */
import * as refusals from "./refusals.js";
import { base64url as b64, importPKCS8 } from "jose";
import {
  BASE64,
  ecdsaDer,
  KEY_ID,
  keyAddress,
  keyText,
  proven,
  publicKey,
  keyVerified,
  x5uAllowed,
} from "./webhook-key-address.js";
import { copy, sameBytes } from "./webhook-hmac.js";
import { jsonPart, MAX_TOKEN_LENGTH, unbase64url } from "./webhook-jwt.js";
import {
  type CertificateJwtScheme,
  type FetchedKeyScheme,
  type PublishedKeyScheme,
  refused,
} from "./webhook-types.js";

/** The longest signature read, in bytes (an RSA-8192 signature). */
const MAX_SIGNATURE_BYTES = 1024;

type Read = (name: string) => [string, string];

function noAge(name: string, maxAge: number | undefined): void {
  if (maxAge !== undefined) throw refused(refusals.no_signed_time, { name });
}

/** The bytes of canonical, padded base64 text; null for anything else. */
function unbase64(text: string): Uint8Array | null {
  if (!BASE64.test(text)) return null;
  const bytes = Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  return btoa(String.fromCharCode(...bytes)) === text ? bytes : null;
}

function base64(bytes: Uint8Array): string {
  let text = "";
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text);
}

function signatureOf(name: string, value: string): Uint8Array {
  const signature = value.length <= 2 * MAX_SIGNATURE_BYTES ? unbase64(value) : null;
  if (signature === null || signature.length === 0 || signature.length > MAX_SIGNATURE_BYTES)
    throw refused(refusals.not_base64_signature, { name });
  return signature;
}

/** What names the key given for a published-key scheme, in the messages about it. */
const PUBLISHED = "the provider's published key";
/** A callback URL as registered: http or https, printable ASCII. */
const URL_TEXT = /^https?:\/\/[!-~]{1,2040}$/;

/** What a published-key signature signs: the callback URL, the separator and the body, or the
 * body alone where the scheme has no separator. */
function urlContent(
  scheme: PublishedKeyScheme,
  name: string,
  url: unknown,
  raw: Uint8Array,
): Uint8Array {
  if (scheme.separator === null) return raw;
  if (url === undefined || url === null) throw refused(refusals.no_signed_url, { name });
  if (typeof url !== "string" || !URL_TEXT.test(url))
    throw refused(refusals.bad_url, { path: url });
  const head = new TextEncoder().encode(url + scheme.separator);
  const content = new Uint8Array(head.length + raw.length);
  content.set(head);
  content.set(raw, head.length);
  return content;
}

/** Whether `body` reads exactly as JSON.stringify writes the JSON it parses to: the form a
 * framework's parse and a serialisation again give. */
export function reserialised(body: unknown): boolean {
  const text = typeof body === "string" ? body : new TextDecoder().decode(body as Uint8Array);
  if (!text.startsWith("{") && !text.startsWith("[")) return false;
  try {
    return JSON.stringify(JSON.parse(text)) === text;
  } catch {
    return false;
  }
}

/** Verify a published-key signature; return the header's name and the index of the key that
 * matched. */
export async function verifyPublished(
  scheme: PublishedKeyScheme,
  read: Read,
  raw: Uint8Array,
  body: unknown,
  keys: unknown,
  url: unknown,
  maxAge: number | undefined,
): Promise<[string, number]> {
  noAge(scheme.signatureHeader, maxAge);
  const [name, value] = read(scheme.signatureHeader);
  const signature = signatureOf(name, value);
  const content = urlContent(scheme, name, url, raw);
  const every = Array.isArray(keys) ? (keys as unknown[]) : [keys];
  if (every.length === 0) throw refused(refusals.no_keys, { keys: "an empty list" });
  const verified = [];
  for (const key of every)
    verified.push(
      await publicKey(await keyText(key, PUBLISHED, name, null), PUBLISHED, scheme.algorithm),
    );
  for (const [index, key] of verified.entries())
    if (await keyVerified(key, signature, content)) return [name, index];
  const causes = [
    !scheme.compactBody && reserialised(body)
      ? "the body reads exactly as JSON.stringify writes it again: it was likely parsed and serialised again, which is not the bytes the provider signed (pass the raw body)"
      : "the body is not the bytes received (a framework that parses and re-serialises JSON, or a proxy, changes them)",
    "the key is not the provider's current published key",
  ];
  const checked = every.length > 1 ? ` (checked with ${every.length} keys)` : "";
  if (scheme.separator === null)
    throw refused(refusals.body_key_mismatch, { name, checked, causes: causes.join("; ") });
  causes.splice(
    1,
    0,
    "the URL is not the callback URL registered with the provider, character for character",
  );
  throw refused(refusals.url_body_mismatch, { name, url, checked, causes: causes.join("; ") });
}

async function checkFetched(
  read: Read,
  raw: Uint8Array,
  keys: unknown,
  scheme: FetchedKeyScheme,
  maxAge: number | undefined,
): Promise<string> {
  noAge(scheme.signatureHeader, maxAge);
  const [idName, keyId] = read(scheme.keyIdHeader);
  const [name, value] = read(scheme.signatureHeader);
  if (!KEY_ID.test(keyId)) throw refused(refusals.not_key_id, { name: idName, value: keyId });
  const signature = signatureOf(name, value);
  const address = keyAddress(scheme.keyAddress, keyId);
  const key = await publicKey(await keyText(keys, address, idName, scheme.keyReplyMember), address);
  if (!(await keyVerified(key, signature, raw)))
    throw refused(refusals.key_mismatch, { name, key: keyId });
  proven(keys, address);
  return name;
}

async function checkCertificateJwt(
  name: string,
  value: string,
  raw: Uint8Array,
  keys: unknown,
  scheme: CertificateJwtScheme,
): Promise<void> {
  let token = value;
  if (scheme.authType !== null) {
    const space = value.indexOf(" ");
    const kind = space < 0 ? value : value.slice(0, space);
    if (space < 0 || kind.toLowerCase() !== scheme.authType.toLowerCase())
      throw refused(refusals.not_auth_token, { name, auth_type: scheme.authType, value });
    token = value.slice(space + 1);
  }
  const parts = token.split(".");
  if (token.length > MAX_TOKEN_LENGTH)
    throw refused(refusals.too_long, { name, length: token.length, most: MAX_TOKEN_LENGTH });
  if (parts.length !== 3) throw refused(refusals.not_compact_jwt, { name });
  const head = jsonPart(parts[0]!);
  if (head === null) throw refused(refusals.no_jwt_header, { name });
  if (head["alg"] !== scheme.algorithm)
    throw refused(refusals.signed_with, {
      name,
      alg: head["alg"] ?? null,
      algorithm: scheme.algorithm,
    });
  if ((Object.hasOwn(head, "typ") && head["typ"] !== "JWT") || Object.hasOwn(head, "crit"))
    throw refused(refusals.jwt_typ_or_crit, { name });
  const why = x5uAllowed(Object.hasOwn(head, "x5u") ? head["x5u"] : null, scheme.x5uDomains);
  if (why !== null) throw refused(refusals.nothing_fetched, { why });
  const claims = jsonPart(parts[1]!);
  const signature = unbase64url(parts[2]!);
  if (claims === null || !signature?.length || signature.length > MAX_SIGNATURE_BYTES)
    throw refused(refusals.token_unreadable, { name });
  const x5u = head["x5u"] as string;
  const key = await publicKey(await keyText(keys, x5u, name, null), x5u, scheme.algorithm);
  const content = new TextEncoder().encode(`${parts[0]}.${parts[1]}`);
  if (!(await keyVerified(key, signature, content)))
    throw refused(refusals.token_mismatch, { name });
  proven(keys, x5u);
  const signed = Object.hasOwn(claims, scheme.digestClaim) ? claims[scheme.digestClaim] : null;
  if (typeof signed !== "string")
    throw refused(refusals.no_digest_claim, { name, claim: scheme.digestClaim });
  const expected = scheme.digestPrefix + base64(await sha256(raw));
  const enc = new TextEncoder();
  if (!sameBytes(enc.encode(signed), enc.encode(expected)))
    throw refused(refusals.digest_mismatch, { name, claim: scheme.digestClaim });
}

async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest("SHA-256", copy(bytes)));
}

/** Verify a delivery of either scheme; return the header that carried the signature. */
export async function verifyFetched(
  scheme: FetchedKeyScheme | CertificateJwtScheme,
  read: Read,
  raw: Uint8Array,
  keys: unknown,
  maxAge: number | undefined,
): Promise<string> {
  if (scheme.scheme === "fetched_key") return await checkFetched(read, raw, keys, scheme, maxAge);
  noAge(scheme.header, maxAge);
  const [name, value] = read(scheme.header);
  await checkCertificateJwt(name, value, raw, keys, scheme);
  return name;
}

/** A private key for `algorithm` (an EC key on P-256 for ECDSA-SHA256, else an RSA key) and
 * what names its public half, from { privatePem, [what] }. */
async function privateKey(
  secret: unknown,
  what: string,
  algorithm: string,
): Promise<[CryptoKey, string]> {
  const given = (secret ?? {}) as Record<string, unknown>;
  const named = given[what];
  try {
    if (typeof named !== "string" || typeof given["privatePem"] !== "string")
      throw new Error(`a private key for ${algorithm} and a ${what}`);
    const jose = algorithm === "ECDSA-SHA256" ? "ES256" : "RS256";
    return [await importPKCS8(given["privatePem"], jose), named];
  } catch (error) {
    throw refused(refusals.signing_keys, { what, error: String(error) });
  }
}

/** The RSA-SHA256 signature of `content` (of an ECDSA key, its DER ECDSA-SHA256 signature). */
async function signedWith(key: CryptoKey, content: Uint8Array): Promise<Uint8Array> {
  if (key.algorithm.name !== "ECDSA")
    return new Uint8Array(await crypto.subtle.sign("RSASSA-PKCS1-v1_5", key, copy(content)));
  const algorithm = { name: "ECDSA", hash: "SHA-256" };
  return ecdsaDer(new Uint8Array(await crypto.subtle.sign(algorithm, key, copy(content))));
}

/** The header of a delivery of `body` to `url` signed with { privatePem } (for tests). */
export async function signPublished(
  scheme: PublishedKeyScheme,
  body: Uint8Array,
  secret: unknown,
  url: unknown,
): Promise<Record<string, string>> {
  const content = urlContent(scheme, scheme.signatureHeader, url, body);
  const given = { ...(secret ?? {}), url: url ?? "" };
  const [key] = await privateKey(given, "url", scheme.algorithm);
  return { [scheme.signatureHeader]: base64(await signedWith(key, content)) };
}

/** The headers of a delivery of `body` signed with a private RSA key (for tests): for a
 * fetched-key scheme { privatePem, keyId }, for a certificate JWT { privatePem, x5u } (its
 * token's claims are the body's digest alone). */
export async function signFetched(
  scheme: FetchedKeyScheme | CertificateJwtScheme,
  body: Uint8Array,
  secret: unknown,
): Promise<Record<string, string>> {
  if (scheme.scheme === "fetched_key") {
    const [key, keyId] = await privateKey(secret, "keyId", scheme.algorithm);
    if (!KEY_ID.test(keyId)) throw refused(refusals.key_id_not_decimal, { value: keyId });
    const signature = base64(await signedWith(key, body));
    return { [scheme.signatureHeader]: signature, [scheme.keyIdHeader]: keyId };
  }
  const [key, x5u] = await privateKey(secret, "x5u", scheme.algorithm);
  const why = x5uAllowed(x5u, scheme.x5uDomains);
  if (why !== null) throw refused(refusals.bad_x5u, { why });
  const part = (value: unknown) => b64.encode(JSON.stringify(value));
  const digest = scheme.digestPrefix + base64(await sha256(body));
  const signing = `${part({ alg: scheme.algorithm, typ: "JWT", x5u })}.${part({ [scheme.digestClaim]: digest })}`;
  const signature = b64.encode(await signedWith(key, new TextEncoder().encode(signing)));
  const prefix = scheme.authType === null ? "" : `${scheme.authType} `;
  return { [scheme.header]: `${prefix}${signing}.${signature}` };
}
