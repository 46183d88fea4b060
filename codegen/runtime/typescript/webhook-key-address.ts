/**
 * Where a signing scheme's public keys may be fetched from, and what a key's text may be (the
 * Python `bankcodes._key_address`, the same rules): the address a key id names (the scheme's key
 * address, {key_id} replaced) and an x5u on one of the provider's domains, both checked before
 * any key is looked up, so a forged address is never fetched. A key's text (a PEM, or the key
 * address's JSON reply holding one in the scheme's member, read as UTF-8) may start with a UTF-8
 * byte order mark, which is skipped; its key is its first PEM block (RFC 7468: the text around it
 * is not read), its body canonical base64: an RSA public key (SubjectPublicKeyInfo or PKCS #1) or
 * an X.509 certificate, the first of a chain, of which only its SubjectPublicKeyInfo is read. A
 * refusal shows the text's start, or the block's label, escaped and cut short.
 */
import * as refusals from "./refusals.js";
import { quoted } from "./shown.js";
import { copy } from "./webhook-hmac.js";
import { ConfigurationError, SignatureError, type FoundPem, refused } from "./webhook-types.js";

/** The longest key address or x5u accepted. */
export const MAX_ADDRESS = 2048;
/** The longest key text accepted (a PEM public key or certificate, or the reply holding one). */
export const MAX_KEY_BYTES = 16_384;
/** A key id: a decimal integer of at most 18 digits, without sign or leading zero. */
export const KEY_ID = /^(?:0|[1-9][0-9]{0,17})$/;
/** A UTF-8 byte order mark, which a key's text may start with (RFC 8259, section 8.1: a JSON
 * reader may ignore one). */
const BOM = [0xef, 0xbb, 0xbf];
/** A PEM block's start (RFC 7468), and the labels of a public key: SubjectPublicKeyInfo,
 * PKCS #1, an X.509 certificate. */
const BEGIN = /-----BEGIN ([A-Z0-9 ]{1,40})-----/;
const PEM_LABELS = ["PUBLIC KEY", "RSA PUBLIC KEY", "CERTIFICATE"];
/** Padded base64. */
export const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/** A host name's label, in lower case. */
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
/** An https address: its host, and an optional port. */
const HTTPS = /^https:\/\/([A-Za-z0-9.-]+)(?::([0-9]{1,5}))?(?:[/?#][!-~]*)?$/;

/** What a key fetcher (keyFetcher) is told of a signature made with its key that verified. */
export const PROVERS = new WeakMap<object, (address: string) => void>();

/** Tell a key fetcher that a signature made with its key at `address` verified (the Python
 * `bankcodes._key_fetch.proven`). */
export function proven(keys: unknown, address: string): void {
  if (typeof keys === "function") PROVERS.get(keys)?.(address);
}

/** The address of the key `keyId` (already checked to be a key id). */
export function keyAddress(template: string, keyId: string): string {
  return template.replace("{key_id}", keyId);
}

/** Why `x5u` is not an address to fetch a certificate from (null: it is): at most MAX_ADDRESS
 * characters of printable ASCII, https, without user information, with no port or port 443, and
 * its host a host name (labels of 1 to 63 letters, digits and hyphens, none first or last, joined
 * by single dots, no dot at the end; in any case, read in lower case) that is one of the scheme's
 * domains or ends with a dot and one of them. */
export function x5uAllowed(x5u: unknown, domains: readonly string[]): string | null {
  if (typeof x5u !== "string") return `the x5u is ${quoted(x5u)}, not an address`;
  if (x5u.length > MAX_ADDRESS || !/^[\x20-\x7e]*$/.test(x5u))
    return `the x5u ${quoted(x5u)} is not an address of at most ${MAX_ADDRESS} characters`;
  const found = HTTPS.exec(x5u);
  if (found === null)
    return `the x5u ${quoted(x5u)} is not an https address (without user information)`;
  const host = found[1]!.toLowerCase();
  const port = found[2];
  if (!host.split(".").every((label) => LABEL.test(label)))
    return `the x5u ${quoted(x5u)} is on ${quoted(host)}, not a host name (a label empty, of over 63 characters, or with a hyphen first or last)`;
  if (port !== undefined && port !== "443") return `the x5u ${quoted(x5u)} names port ${port}`;
  if (!domains.some((domain) => host === domain || host.endsWith(`.${domain}`)))
    return `the x5u ${quoted(x5u)} is on ${quoted(host)}, not on ${domains.join(", ")}`;
  return null;
}

/** The PEM text of the key at `address` (already checked) from what the caller passed (see
 * `PemKeys`); a JSON reply holding the PEM in `member` is accepted as it is. */
export async function keyText(
  keys: unknown,
  address: string,
  name: string,
  member: string | null,
): Promise<Uint8Array> {
  let found: unknown;
  if (typeof keys === "string" || keys instanceof Uint8Array) found = keys;
  else if (keys instanceof Map) found = keys.get(address);
  else if (typeof keys === "function") {
    try {
      found = await (keys as (address: string) => FoundPem | Promise<FoundPem>)(address);
    } catch (error) {
      if (error instanceof SignatureError || error instanceof ConfigurationError) throw error;
      throw refused(refusals.address_function_failed, { address, error: String(error) });
    }
  } else if (keys === null || keys === undefined) throw refused(refusals.no_keys, { keys: null });
  else if (typeof keys === "object" && !Array.isArray(keys) && !(keys instanceof ArrayBuffer))
    found = Object.hasOwn(keys, address) ? (keys as Record<string, unknown>)[address] : undefined;
  else throw refused(refusals.pem_keys_type, { kind: quoted(keys) });
  if (found === null || found === undefined)
    throw refused(refusals.address_not_held, { name, address });
  return pem(found, address, member);
}

function pem(found: unknown, address: string, member: string | null): Uint8Array {
  const given = typeof found === "string" ? new TextEncoder().encode(found) : found;
  if (!(given instanceof Uint8Array)) throw refused(refusals.not_pem, { address });
  if (given.length > MAX_KEY_BYTES)
    throw refused(refusals.pem_too_long, { address, most: MAX_KEY_BYTES });
  let text = given.subarray(BOM.every((byte, at) => given[at] === byte) ? BOM.length : 0);
  if (member !== null && /^[ \t\n\r\x0b\x0c]*\{/.test(decode(text))) {
    let reply: unknown = null;
    try {
      reply = JSON.parse(new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(text));
    } catch {
      reply = null;
    }
    const inner =
      reply !== null && typeof reply === "object" && !Array.isArray(reply)
        ? (reply as Record<string, unknown>)[member]
        : undefined;
    if (typeof inner !== "string") throw refused(refusals.reply_no_pem, { address, member });
    text = new TextEncoder().encode(inner);
  }
  return text;
}

/** Text as UTF-8, a byte order mark kept and bytes that are none replaced. */
function decode(bytes: Uint8Array): string {
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
}

/** The label and the DER of the first PEM block of a key's text, which must be a public key or a
 * certificate (the first of a chain), its body canonical base64 and white space;
 * ConfigurationError bad_key otherwise. */
export function pemBlock(text: Uint8Array, address: string): [string, Uint8Array] {
  const decoded = decode(text);
  const begin = BEGIN.exec(decoded);
  if (begin === null)
    throw refused(refusals.pem_begins, { address, text: decode(text.subarray(0, 60)) });
  const label = begin[1]!;
  const end = decoded.indexOf(`-----END ${label}-----`, begin.index + begin[0].length);
  if (!PEM_LABELS.includes(label) || end < 0)
    throw refused(end < 0 ? refusals.pem_no_end : refusals.pem_not_public, { address, label });
  const body = decoded.slice(begin.index + begin[0].length, end).replace(/[\t\n\v\f\r ]/g, "");
  const der = BASE64.test(body) ? Uint8Array.from(atob(body), (c) => c.charCodeAt(0)) : null;
  if (der === null || der.length === 0 || btoa(String.fromCharCode(...der)) !== body)
    throw refused(refusals.pem_not_base64, { address, label });
  return [label, der];
}

/** The SubjectPublicKeyInfo of an X.509 certificate (RFC 5280, section 4.1: the element of its
 * tbsCertificate after its version, if any, and five others), nothing else of it read (as the
 * Python `certificate_key` reads it); an Error where it is not there. */
export function certificateKey(der: Uint8Array): Uint8Array {
  const [tag, start, end] = element(der, 0, der.length);
  const [tbs, from, tbsEnd] = element(der, start, end);
  if (tag !== 0x30 || tbs !== 0x30)
    throw new Error("not a certificate: no SEQUENCE of a tbsCertificate");
  let at = from;
  if (at < tbsEnd && der[at] === 0xa0) at = element(der, at, tbsEnd)[2];
  for (let skipped = 0; skipped < 5; skipped++) at = element(der, at, tbsEnd)[2];
  const [spki, , spkiEnd] = element(der, at, tbsEnd);
  if (spki !== 0x30) throw new Error("the certificate has no SubjectPublicKeyInfo where one is");
  return der.subarray(at, spkiEnd);
}

/** The tag of the DER element at `at`, where its content starts and where it ends (within
 * `end`); an Error where it does not fit. */
function element(der: Uint8Array, from: number, end: number): [number, number, number] {
  if (from + 2 > end) throw new Error(`the certificate ends at byte ${from}, within an element`);
  const tag = der[from]!;
  let length = der[from + 1]!;
  let at = from + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count < 1 || count > 4 || at + count > end)
      throw new Error(`the certificate has a length of ${count} bytes at byte ${at - 1}`);
    length = 0;
    for (const byte of der.subarray(at, at + count)) length = length * 256 + byte;
    at += count;
  }
  if (at + length > end) throw new Error(`the certificate ends before the element at byte ${at}`);
  return [tag, at, at + length];
}

/** The key for `algorithm` (ECDSA-SHA256: ECDSA on P-256; else RSASSA-PKCS1-v1_5, SHA-256) of the
 * first PEM block of `text` (see `pemBlock`; of a certificate, its SubjectPublicKeyInfo alone);
 * ConfigurationError bad_key otherwise. */
export async function publicKey(
  text: Uint8Array,
  address: string,
  algorithm = "RSA-SHA256",
): Promise<CryptoKey> {
  const [label, der] = pemBlock(text, address);
  try {
    const spki =
      label === "CERTIFICATE" ? certificateKey(der) : label === "PUBLIC KEY" ? der : spkiOf(der);
    const params =
      algorithm === "ECDSA-SHA256"
        ? { name: "ECDSA", namedCurve: "P-256" }
        : { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" };
    return await crypto.subtle.importKey("spki", copy(spki), params, true, ["verify"]);
  } catch (error) {
    throw refused(refusals.pem_unreadable, { address, label, algorithm, error: String(error) });
  }
}

/** DER: a length's bytes. */
function length(n: number): number[] {
  if (n < 0x80) return [n];
  const bytes: number[] = [];
  for (let left = n; left > 0; left = Math.floor(left / 256)) bytes.unshift(left % 256);
  return [0x80 | bytes.length, ...bytes];
}

/** The SubjectPublicKeyInfo of a PKCS #1 RSAPublicKey (rsaEncryption, NULL parameters). */
function spkiOf(pkcs1: Uint8Array): Uint8Array {
  const oid = [0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01];
  const algorithm = [0x30, oid.length + 2, ...oid, 0x05, 0x00];
  const bits = [0x03, ...length(pkcs1.length + 1), 0x00, ...pkcs1];
  const body = [...algorithm, ...bits];
  return Uint8Array.from([0x30, ...length(body.length), ...body]);
}

/** Whether `signature` is the RSASSA-PKCS1-v1_5 SHA-256 signature of `content` (of an ECDSA
 * key, its ECDSA SHA-256 signature, DER-encoded). */
export async function keyVerified(
  key: CryptoKey,
  signature: Uint8Array,
  content: Uint8Array,
): Promise<boolean> {
  const ec = key.algorithm.name === "ECDSA";
  const raw = ec ? ecdsaRaw(signature, 32) : signature;
  if (raw === null) return false;
  const algorithm = ec ? { name: "ECDSA", hash: "SHA-256" } : "RSASSA-PKCS1-v1_5";
  try {
    return await crypto.subtle.verify(algorithm, key, copy(raw), copy(content));
  } catch {
    return false;
  }
}

/** The r and s of a DER ECDSA signature (a SEQUENCE of two INTEGERs, each in its shortest
 * form, as OpenSSL reads one), each as `size` bytes; null where it is not one. */
function ecdsaRaw(der: Uint8Array, size: number): Uint8Array | null {
  if (der[0] !== 0x30 || der[1] !== der.length - 2) return null;
  const raw = new Uint8Array(2 * size);
  let at = 2;
  for (const half of [0, size]) {
    const n = der[at + 1] ?? 0;
    const int = der.subarray(at + 2, at + 2 + n);
    if (der[at] !== 0x02 || n === 0 || n >= 0x80 || int.length !== n) return null;
    if ((int[0] ?? 0) >= 0x80 || (n > 1 && int[0] === 0 && (int[1] ?? 0) < 0x80)) return null;
    const value = n > 1 && int[0] === 0 ? int.subarray(1) : int;
    if (value.length > size) return null;
    raw.set(value, half + size - value.length);
    at += 2 + n;
  }
  return at === der.length ? raw : null;
}

/** The DER form of an ECDSA signature given as r and s of equal size (WebCrypto's). */
export function ecdsaDer(raw: Uint8Array): Uint8Array {
  const half = raw.length / 2;
  const ints = [raw.subarray(0, half), raw.subarray(half)].flatMap((value) => {
    let start = 0;
    while (start < value.length - 1 && value[start] === 0) start++;
    const bytes = [...value.subarray(start)];
    if ((bytes[0] ?? 0) >= 0x80) bytes.unshift(0);
    return [0x02, bytes.length, ...bytes];
  });
  return Uint8Array.from([0x30, ints.length, ...ints]);
}
