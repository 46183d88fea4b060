/**
 * Signatures checked with a public key the provider serves, read by the rule set of the Python
 * `bankcodes._fetched_keys` (the same verdicts and reasons, in the same order): a fetched-key
 * scheme (an RSA-SHA256 signature of the raw body, its key named by id in another header) and a
 * certificate JWT scheme (an RS256 JWT whose x5u names the certificate, its claim a digest of
 * the body). Neither signs a time: a tolerance asked for is refused (no_signed_timestamp).
 */
import { base64url as b64, importPKCS8 } from "jose";
import {
  KEY_ID,
  keyAddress,
  keyText,
  proven,
  rsaKey,
  rsaVerified,
  x5uAllowed,
} from "./webhook-key-address.js";
import { quoted } from "./shown.js";
import { copy, sameBytes } from "./webhook-hmac.js";
import { jsonPart, tooLong, unbase64url } from "./webhook-jwt.js";
import {
  ConfigurationError,
  SignatureError,
  type CertificateJwtScheme,
  type FetchedKeyScheme,
} from "./webhook-types.js";

/** The longest signature read, in bytes (an RSA-8192 signature). */
const MAX_SIGNATURE_BYTES = 1024;
/** The longest token read. */
const MAX_TOKEN_LENGTH = 8192;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

type Read = (name: string) => [string, string];

function noAge(name: string, maxAge: number | undefined): void {
  if (maxAge !== undefined)
    throw new ConfigurationError(
      "no_signed_timestamp",
      `${name} signs no time, so no age can be checked: deduplicate instead (dedupKey)`,
    );
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
  if (!KEY_ID.test(keyId))
    throw new SignatureError("bad_encoding", `${idName} is ${quoted(keyId)}, not a key id`);
  const signature = value.length <= 2 * MAX_SIGNATURE_BYTES ? unbase64(value) : null;
  if (signature === null || signature.length === 0 || signature.length > MAX_SIGNATURE_BYTES)
    throw new SignatureError("bad_encoding", `${name} is not a base64 signature`);
  const address = keyAddress(scheme.keyAddress, keyId);
  const key = await rsaKey(await keyText(keys, address, idName, scheme.keyReplyMember), address);
  if (!(await rsaVerified(key, signature, raw)))
    throw new SignatureError(
      "mismatch",
      `the ${name} signature does not match the body with key ${keyId}: pass the body exactly as received (a framework that parses and re-serialises it changes it)`,
    );
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
      throw new SignatureError(
        "bad_encoding",
        `${name} is not ${scheme.authType} and a token: ${quoted(value)}`,
      );
    token = value.slice(space + 1);
  }
  const parts = token.split(".");
  if (token.length > MAX_TOKEN_LENGTH)
    throw new SignatureError("bad_encoding", tooLong(name, token.length, MAX_TOKEN_LENGTH));
  if (parts.length !== 3)
    throw new SignatureError(
      "bad_encoding",
      `${name} is not a compact JWT (three parts separated by dots)`,
    );
  const head = jsonPart(parts[0]!);
  if (head === null) throw new SignatureError("bad_encoding", `${name} has no readable JWT header`);
  if (head["alg"] !== scheme.algorithm)
    throw new SignatureError(
      "wrong_algorithm",
      `${name} is signed with ${quoted(head["alg"] ?? null)}, not ${scheme.algorithm}`,
    );
  if ((Object.hasOwn(head, "typ") && head["typ"] !== "JWT") || Object.hasOwn(head, "crit"))
    throw new SignatureError("bad_encoding", `${name}'s JWT header has a typ or crit not read`);
  const refused = x5uAllowed(Object.hasOwn(head, "x5u") ? head["x5u"] : null, scheme.x5uDomains);
  if (refused !== null) throw new SignatureError("unknown_key", `${refused}: nothing was fetched`);
  const claims = jsonPart(parts[1]!);
  const signature = unbase64url(parts[2]!);
  if (claims === null || !signature?.length || signature.length > MAX_SIGNATURE_BYTES)
    throw new SignatureError("bad_encoding", `${name} is not a valid JWT (claims or signature)`);
  const x5u = head["x5u"] as string;
  const key = await rsaKey(await keyText(keys, x5u, name, null), x5u);
  const content = new TextEncoder().encode(`${parts[0]}.${parts[1]}`);
  if (!(await rsaVerified(key, signature, content)))
    throw new SignatureError("mismatch", `the ${name} token's signature does not verify`);
  proven(keys, x5u);
  const signed = Object.hasOwn(claims, scheme.digestClaim) ? claims[scheme.digestClaim] : null;
  if (typeof signed !== "string")
    throw new SignatureError("missing_claim", `the ${name} token has no ${scheme.digestClaim}`);
  const expected = scheme.digestPrefix + base64(await sha256(raw));
  const enc = new TextEncoder();
  if (!sameBytes(enc.encode(signed), enc.encode(expected)))
    throw new SignatureError(
      "mismatch",
      `the ${name} token's ${scheme.digestClaim} does not match the body: pass the body exactly as received (a framework that parses and re-serialises it changes it)`,
    );
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

/** A private RSA key and what names its public half, from { privatePem, [what] }. */
async function privateKey(secret: unknown, what: string): Promise<[CryptoKey, string]> {
  const given = (secret ?? {}) as Record<string, unknown>;
  const named = given[what];
  try {
    if (typeof named !== "string" || typeof given["privatePem"] !== "string")
      throw new Error(`an RSA private key and a ${what}`);
    return [await importPKCS8(given["privatePem"], "RS256"), named];
  } catch (error) {
    throw new ConfigurationError(
      "bad_key",
      `signing takes { privatePem: PEM, ${what}: … } (${quoted(String(error), 120)})`,
    );
  }
}

async function rsaSign(key: CryptoKey, content: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.sign("RSASSA-PKCS1-v1_5", key, copy(content)));
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
    const [key, keyId] = await privateKey(secret, "keyId");
    if (!KEY_ID.test(keyId))
      throw new ConfigurationError("bad_key", `keyId is a decimal integer, not ${quoted(keyId)}`);
    const signature = base64(await rsaSign(key, body));
    return { [scheme.signatureHeader]: signature, [scheme.keyIdHeader]: keyId };
  }
  const [key, x5u] = await privateKey(secret, "x5u");
  const refused = x5uAllowed(x5u, scheme.x5uDomains);
  if (refused !== null) throw new ConfigurationError("bad_key", refused);
  const part = (value: unknown) => b64.encode(JSON.stringify(value));
  const digest = scheme.digestPrefix + base64(await sha256(body));
  const signing = `${part({ alg: scheme.algorithm, typ: "JWT", x5u })}.${part({ [scheme.digestClaim]: digest })}`;
  const signature = b64.encode(await rsaSign(key, new TextEncoder().encode(signing)));
  const prefix = scheme.authType === null ? "" : `${scheme.authType} `;
  return { [scheme.header]: `${prefix}${signing}.${signature}` };
}
