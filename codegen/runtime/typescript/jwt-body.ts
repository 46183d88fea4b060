/**
 * A body sent as a signed JSON Web Token (application/jwt: the JWS compact serialization), read
 * as the JSON of its payload without verifying its signature, for the payload kinds whose bodies
 * travel so (their `jwtUnverified`). One definition, the Python `bankcodes._jwt_body`'s: text (a
 * string, or bytes of ASCII) of at most MAX_JWT_BYTES, ASCII whitespace around it ignored; three
 * parts separated by dots, each exact, unpadded base64url of at least one character; the first a
 * JSON object with a text "alg" (a JOSE header) and the second a JSON object (the body), each read
 * as a body is (`readJson`). Anything else is no such body. The signature is never checked: a
 * reader says that it did not, with its kind's reason.
 */
import { PAYLOAD_KINDS, type PayloadKind } from "./kinds.js";
import { readJson } from "./read-json.js";
import { isRecord as isObject } from "./recognition.js";
import type { PayloadKindFields } from "./shapes.js";
import { trimmed } from "./shown.js";

/** The longest body read as a token, in bytes (the payloads' limit, 1 MiB). */
export const MAX_JWT_BYTES = 1024 * 1024;

/** The compact form: three parts of base64url characters separated by dots. */
const COMPACT = /^([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.[A-Za-z0-9_-]+$/;
/** ASCII whitespace at either end, which is ignored. */
const ASCII_SPACE = " \t\n\r\v\f";
const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

type JsonObject = { readonly [key: string]: unknown };

/** The bytes of exact, unpadded, canonical base64url text (the bits left over are zero); null
 * for anything else (the Python `bankcodes._jwt.unbase64url`). */
function unbase64url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let held = 0;
  let at = 0;
  for (const char of text) {
    const digit = BASE64URL.indexOf(char);
    if (digit === -1) return null;
    held = (held << 6) | digit;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (held >> bits) & 0xff;
      held &= (1 << bits) - 1;
    }
  }
  return held === 0 ? bytes : null;
}

/** The JSON object a part of a token encodes, read as a body is; null for anything else. */
function part(text: string): JsonObject | null {
  const bytes = unbase64url(text);
  if (bytes === null) return null;
  try {
    const value = readJson(bytes, MAX_JWT_BYTES, (_, message) => new Error(message));
    return isObject(value) ? value : null;
  } catch {
    return null;
  }
}

/**
 * The JSON object a signed JWT sent as a body (`body`: a string, or bytes) carries as its payload,
 * read without verifying its signature; null for a body that is no such token (the Python
 * `bankcodes._jwt_body.jwt_payload`). Never throws.
 */
export function jwtPayload(body: unknown): JsonObject | null {
  let text: string;
  if (body instanceof Uint8Array) {
    if (body.length > MAX_JWT_BYTES || body.some((byte) => byte > 0x7f)) return null;
    text = new TextDecoder().decode(body);
  } else if (typeof body === "string") {
    text = body;
  } else {
    return null;
  }
  if (text.length > MAX_JWT_BYTES) return null;
  const found = COMPACT.exec(trimmed(text, ASCII_SPACE));
  if (found === null) return null;
  const header = part(found[1]!);
  if (header === null || typeof header["alg"] !== "string") return null;
  return part(found[2]!);
}

/** Of `kinds`, those whose bodies travel as a signed JWT's payload, in their order. */
export function signedKinds(kinds: readonly PayloadKind[]): PayloadKind[] {
  const all: { readonly [kind: string]: PayloadKindFields } = PAYLOAD_KINDS;
  return kinds.filter((kind) => all[kind]?.jwtUnverified !== undefined);
}

/** Why a body of `kind` read from a signed JWT was not verified; null for a kind whose bodies
 * are JSON. */
export function unverifiedReason(kind: string): string | null {
  const all: { readonly [kind: string]: PayloadKindFields } = PAYLOAD_KINDS;
  return (Object.hasOwn(all, kind) ? all[kind]?.jwtUnverified : undefined) ?? null;
}
