/**
 * The JWS header and compact form of a Tl-Signature, read by the first rule of webhook-jws.ts
 * as the Python `bankcodes._jws_header` reads them (the same verdicts, reasons and order): every
 * refusal is bad_encoding but an alg other than ES512 (wrong_algorithm).
 *
 * - The JWS Compact Serialization has three parts (RFC 7515 §7.1), and a detached one an empty
 *   payload part (Appendix F): header..signature, nothing before, between or after.
 * - The header is exact unpadded base64url of a strict JSON object naming no member twice (§4:
 *   Header Parameter names are unique; JSON.parse would keep the last silently).
 * - Its alg is ES512; its tl_version "2"; its tl_headers, if present, a comma-separated list of
 *   header names (RFC 9110 tokens), none empty and none twice in any case.
 * - Its crit, if present, is a non-empty list of distinct names of its members that bankcodes
 *   understands: tl_version and tl_headers (§4.1.11). Any other member (typ, cty) is ignored.
 * - The signature is exact unpadded base64url of 132 bytes, R and S of 66 bytes (RFC 7518 §3.4).
 */
import * as refusals from "./refusals.js";
import { jsonPart, unbase64url } from "./webhook-jwt.js";
import { refused } from "./webhook-types.js";

/** The longest signature read; a real one is a few hundred characters. */
const MAX_SIGNATURE_LENGTH = 8192;
/** The only format version read. */
export const VERSION = "2";
/** The members a crit may list: the format's own, which bankcodes reads and checks. */
const UNDERSTOOD = ["tl_version", "tl_headers"];
/** The length of an ES512 signature: R and S, 66 bytes each. */
const SIGNATURE_BYTES = 132;
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

export type JwsHeader = { readonly [member: string]: unknown };

/** The JWS header of the signature `value` of the header `name`, checked as the rule says. */
export function readHeader(name: string, value: string): JwsHeader {
  if (value.length > MAX_SIGNATURE_LENGTH)
    throw refused(refusals.too_long, { name, length: value.length, most: MAX_SIGNATURE_LENGTH });
  const parts = value.split(".");
  const [head = "", middle, signature = ""] = parts;
  if (parts.length !== 3 || middle !== "" || head === "" || signature === "")
    throw refused(refusals.not_detached_jws, { name, value });
  const found = jsonPart(head);
  if (found === null) throw refused(refusals.no_jws_header, { name, head });
  const repeated = repeatedMember(head);
  if (repeated !== null) throw refused(refusals.jws_member_twice, { name, member: repeated });
  if (found.alg !== "ES512") throw refused(refusals.not_es512, { name, alg: found.alg ?? null });
  const listed = Object.hasOwn(found, "tl_headers") ? found.tl_headers : "";
  if (found.tl_version !== VERSION || typeof listed !== "string")
    throw refused(refusals.not_tl_version, {
      name,
      version: VERSION,
      found: found.tl_version ?? null,
    });
  checkListed(name, listed);
  if (Object.hasOwn(found, "crit")) checkCrit(name, found);
  const raw = unbase64url(signature);
  if (raw === null || raw.length !== SIGNATURE_BYTES)
    throw refused(refusals.jws_signature_size, { name, size: SIGNATURE_BYTES, signature });
  return found;
}

/** The first member name the header object (which jsonPart has read) gives twice; else null.
 * The text is valid JSON, so a string right after the object's "{" or after a "," at its own
 * level is a member name. */
function repeatedMember(head: string): string | null {
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(unbase64url(head)!);
  const seen = new Set<string>();
  let depth = 0;
  let atName = false;
  for (let at = 0; at < text.length; at += 1) {
    const char = text[at];
    if (char === '"') {
      let end = at + 1;
      while (text[end] !== '"') end += text[end] === "\\" ? 2 : 1;
      if (atName) {
        const member = JSON.parse(text.slice(at, end + 1)) as string;
        if (seen.has(member)) return member;
        seen.add(member);
      }
      atName = false;
      at = end;
    } else if (char === "{" || char === "[") {
      depth += 1;
      atName = depth === 1;
    } else if (char === "}" || char === "]") {
      depth -= 1;
    } else if (char === ",") {
      atName = depth === 1;
    }
  }
  return null;
}

/** The header names of a tl_headers that the rule accepts. */
export function listedHeaders(listed: string): string[] {
  return listed === "" ? [] : listed.split(",");
}

function checkListed(name: string, listed: string): void {
  const seen = new Set<string>();
  for (const header of listedHeaders(listed)) {
    if (!TOKEN.test(header)) throw refused(refusals.tl_header_not_name, { name, header, listed });
    if (seen.has(header.toLowerCase())) throw refused(refusals.tl_header_twice, { name, header });
    seen.add(header.toLowerCase());
  }
}

function checkCrit(name: string, found: JwsHeader): void {
  const crit = found.crit;
  const names = Array.isArray(crit)
    ? crit.filter((member): member is string => typeof member === "string")
    : [];
  if (
    names.length === 0 ||
    names.length !== (crit as unknown[]).length ||
    new Set(names).size !== names.length
  )
    throw refused(refusals.crit_not_list, { name, crit });
  for (const member of names)
    if (!UNDERSTOOD.includes(member) || !Object.hasOwn(found, member))
      throw refused(refusals.crit_not_understood, { name, member });
}
