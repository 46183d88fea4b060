// copied from codegen/runtime/typescript/messages.ts — do not edit (run `make generate`)
/**
 * Browser listener helpers: read a message or callback object that a provider's frame or SDK
 * passes to the page, and check the origin of a window message. Never throw.
 */
import type { Category } from "./categories.js";
import { codeInfo, type CodeInfo, type CodeSetTables } from "./types.js";

/** How a listener recognises one kind of event and where its codes are. */
export interface ListenerEventSpec {
  readonly kind: string;
  /** The field whose presence (a non-empty string) selects the event; null takes the rest. */
  readonly tag: string | null;
  /** The code fields, most specific first, each with the code sets it may hold. */
  readonly codes: ReadonlyArray<readonly [field: string, sets: readonly CodeSetTables[]]>;
}

/** An event a listener recognised. `Code` includes null unless the event's tag is a code. */
export interface ListenerEvent<Kind extends string, Data, Code extends string | null> {
  readonly kind: Kind;
  /** The code that decided the category (the most specific known one), else the first present. */
  readonly code: Code;
  /** The category of `code`, or "unknown" when no code is known. */
  readonly category: Category;
  /** The catalog's metadata of `code`, or null when no code is known. */
  readonly info: CodeInfo | null;
  readonly data: Data;
}

/** Anything a listener does not recognise: another frame's message, null, junk. */
export interface UnknownMessage {
  readonly kind: "unknown";
  readonly raw: unknown;
}

function read(data: object, key: string): unknown {
  try {
    return Object.prototype.hasOwnProperty.call(data, key)
      ? (data as { readonly [key: string]: unknown })[key]
      : undefined;
  } catch {
    return undefined;
  }
}

function isRecord(data: unknown): data is object {
  try {
    return data !== null && typeof data === "object" && !Array.isArray(data);
  } catch {
    return false;
  }
}

/** Read `data` as the first event of `events` that it matches. Never throws. */
export function parseListenerMessage(
  events: readonly ListenerEventSpec[],
  data: unknown,
): ListenerEvent<string, unknown, string | null> | UnknownMessage {
  if (!isRecord(data)) return { kind: "unknown", raw: data };
  for (const event of events) {
    if (event.tag !== null) {
      const tag = read(data, event.tag);
      if (typeof tag !== "string" || tag === "") continue;
    }
    let first: string | null = null;
    for (const [field, sets] of event.codes) {
      const code = read(data, field);
      if (typeof code !== "string" || code === "") continue;
      first ??= code;
      const info = codeInfo(sets, code);
      if (info !== null) return { kind: event.kind, code, category: info.category, info, data };
    }
    return { kind: event.kind, code: first, category: "unknown", info: null, data };
  }
  return { kind: "unknown", raw: data };
}

/**
 * Whether a message event's `origin` is an https origin on one of `allowedHosts` (a host such as
 * "iframe.example.com", or "*.example.com" for its subdomains). Never throws.
 */
export function isAllowedOrigin(origin: unknown, allowedHosts: readonly string[]): boolean {
  if (typeof origin !== "string") return false;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.protocol !== "https:" || url.origin !== origin) return false;
  const host = url.host.toLowerCase();
  return allowedHosts.some((allowed) => {
    const pattern = allowed.toLowerCase();
    if (!pattern.startsWith("*.")) return host === pattern;
    const suffix = pattern.slice(1);
    return host.endsWith(suffix) && host.length > suffix.length;
  });
}
