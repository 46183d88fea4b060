/**
 * Browser listener helpers: read a message or callback object that a provider's frame or SDK
 * passes to the page, and check the origin of a window message. Never throw.
 */
import type { Category } from "./categories.js";
import { isRecord, type FieldCheck } from "./fields.js";
import { reportUnknown } from "./seen.js";
import { integerCode, type CodeInfo } from "./types.js";

export type { FieldCheck } from "./fields.js";

/** A code set a listener reads a field with: its id ("provider.code_set"), its generated
 * `…Categories` table and, for results that carry metadata, its `…Info` and `…Aliases` tables
 * (a provider's own entry point reads categories only, so it ships no metadata). */
export interface ListenerCodeSet {
  readonly id: string;
  readonly categories: { readonly [spelling: string]: Category };
  readonly info?: { readonly [value: string]: CodeInfo };
  readonly aliases?: { readonly [alias: string]: string | number };
  /** true when its codes travel as JSON integers (the tables key them by decimal text). */
  readonly numeric?: true;
}

/** How a listener recognises one kind of event and where its codes are. */
export interface ListenerEventSpec {
  readonly kind: string;
  /** The field whose presence (any value but null and "") selects the event; null takes the rest. */
  readonly tag: string | null;
  /** The tag's value that selects the event, where events share one tag field. */
  readonly tagValue?: string;
  /** The code fields, most specific first, each with the code sets it may hold (the first
   * that knows a value reads it); a dotted name reads a field of a nested object. */
  readonly codes: ReadonlyArray<readonly [field: string, sets: readonly ListenerCodeSet[]]>;
  /** Every declared field but free-form JSON, with the check of its type and whether it may be
   * null (true; absent where it may not). */
  readonly fields: ReadonlyArray<readonly [field: string, check: FieldCheck, nullable?: true]>;
  /** The longest string accepted in any field. */
  readonly maxLength: number;
}

/** An event a listener of a provider's own entry point recognised: a ListenerEvent without
 * `info` (its code's metadata is in the code set's `…Info` table). */
export type ListenerReading<Kind extends string, Data, Code extends string | number | null> = Omit<
  ListenerEvent<Kind, Data, Code>,
  "info"
>;

/** An event a listener recognised. `Code` includes null unless the event's tag is a code. */
export interface ListenerEvent<Kind extends string, Data, Code extends string | number | null> {
  readonly kind: Kind;
  /** The code that decided the category (the most specific known one), else the first present;
   * as it travels: a number where its code set's codes are integers. */
  readonly code: Code;
  /** The field the code was read from, null when the event carries no code. */
  readonly field: string | null;
  /**
   * The code set that knows `code` ("provider.code_set"; the field's first code set that knows
   * it), null when none of the field's code sets knows it.
   */
  readonly codeSet: string | null;
  /** The category of `code` in that code set, or "unknown" when no code is known. */
  readonly category: Category;
  /** Everything the catalog says about `code` in that code set; null when it is not known. */
  readonly info: CodeInfo | null;
  readonly data: Data;
  /** A code more specific than the one that decided, which the catalog does not know yet (a new
   * error code beside its known error type): kept as sent, with the category "unknown", as
   * `fromError` keeps it; absent where there is none. */
  readonly unknown?: UnknownListenerCode;
}

/** A code a listener read that none of its field's code sets knows, kept as it travels. */
export interface UnknownListenerCode {
  readonly field: string;
  readonly code: string | number;
  /** The field's first code set, which read it. */
  readonly codeSet: string;
  readonly category: "unknown";
}

/** Anything a listener does not recognise: another frame's message, null, junk. */
export interface UnknownMessage {
  readonly kind: "unknown";
  readonly raw: unknown;
}

/** A recognised event whose `field` does not have its declared type (a REDIRECT url that is
 * not an http(s) URL, a number where a string belongs, a string over the length limit). */
export interface InvalidMessage {
  readonly kind: "invalid";
  readonly field: string;
  readonly raw: unknown;
}

/** The value at a field's path ("status", or "details.status" through nested objects). */
function read(data: unknown, path: string): unknown {
  try {
    return path
      .split(".")
      .reduce<unknown>(
        (value, key) =>
          isRecord(value) && Object.hasOwn(value, key)
            ? (value as { readonly [key: string]: unknown })[key]
            : undefined,
        data,
      );
  } catch {
    return undefined;
  }
}

/**
 * Read `data` as the first event of `events` that it matches: its code is the first of its code
 * fields (a non-empty string; null when it has none) that a code set knows, else the first one
 * present. Each code read that none of its field's code sets knows is reported to the
 * `onUnknown` callback. The result carries no `info` (a provider's own entry point ships no
 * metadata; parseListenerMessageWithInfo adds it). Never throws.
 */
export function parseListenerMessage(
  events: readonly ListenerEventSpec[],
  data: unknown,
): ListenerReading<string, unknown, string | number | null> | UnknownMessage | InvalidMessage {
  if (!isRecord(data)) return { kind: "unknown", raw: data };
  /** The result: the code read (null when none), the set that knows it and its category. */
  const reading = (
    kind: string,
    [field, code]: readonly [string, string | number] | readonly [null, null],
    set: ListenerCodeSet | null,
    category: Category,
    unknown: UnknownListenerCode | null = null,
  ): ListenerReading<string, unknown, string | number | null> => ({
    kind,
    code,
    field,
    codeSet: set?.id ?? null,
    category,
    data,
    ...(unknown !== null ? { unknown } : {}),
  });
  for (const event of events) {
    if (event.tag) {
      // An absent, null or empty tag selects another event; a tag of another type than text
      // selects this one, whose check of the tag's field then finds it invalid.
      const tag = read(data, event.tag);
      if ((tag ?? "") === "" || (event.tagValue && tag !== event.tagValue)) continue;
    }
    for (const [field, check, nullable] of event.fields) {
      const value = read(data, field);
      if (value === undefined || (value === null && nullable)) continue;
      if (!check(value, event.maxLength)) return { kind: "invalid", field, raw: data };
    }
    let first: readonly [field: string, code: string | number] | null = null;
    let unknown: UnknownListenerCode | null = null;
    for (const [field, sets] of event.codes) {
      const code = read(data, field);
      // A code is a non-empty string, or where the field's codes travel as numbers, what
      // integerCode reads as one (the tables key it by its decimal text).
      const key = sets[0]?.numeric ? integerCode(code) : typeof code === "string" && code;
      if (!key) continue;
      const pair = [field, code as string | number] as const;
      first ??= pair;
      for (const set of sets) {
        if (Object.hasOwn(set.categories, key))
          return reading(event.kind, pair, set, set.categories[key]!, unknown);
      }
      if (sets[0]) {
        reportUnknown(sets[0].id, key);
        unknown ??= {
          field,
          code: code as string | number,
          codeSet: sets[0].id,
          category: "unknown",
        };
      }
    }
    return reading(event.kind, first ?? [null, null], null, "unknown");
  }
  return { kind: "unknown", raw: data };
}

/**
 * parseListenerMessage, whose recognised events carry `info`: everything the catalog says of
 * the code in the code set that knows it (the root entry point's listeners). Never throws.
 */
export function parseListenerMessageWithInfo(
  events: readonly ListenerEventSpec[],
  data: unknown,
): ListenerEvent<string, unknown, string | number | null> | UnknownMessage | InvalidMessage {
  const found = parseListenerMessage(events, data);
  if (!("codeSet" in found)) return found;
  const { kind, code, field, codeSet, category, unknown } = found;
  const set = events
    .flatMap((event) => event.codes.flatMap(([, sets]) => sets))
    .find((candidate) => candidate.id === codeSet);
  const info = set && code !== null ? infoOf(set, code) : null;
  return { kind, code, field, codeSet, category, info, data, ...(unknown ? { unknown } : {}) };
}

/** The metadata of `code` (a value or an alias) in `set`; null when the set carries none. */
function infoOf(set: ListenerCodeSet, code: string | number): CodeInfo | null {
  const aliases = set.aliases ?? {};
  const value = Object.hasOwn(aliases, code) ? aliases[code]! : code;
  return set.info !== undefined && Object.hasOwn(set.info, value) ? set.info[value]! : null;
}

/**
 * Whether a message event's `origin` is an https origin on one of `allowedHosts` (a host such as
 * "iframe.example.com", or "*.example.com" for its subdomains). Never throws.
 */
export function isAllowedOrigin(origin: unknown, allowedHosts: readonly string[]): boolean {
  try {
    const host = httpsHost(origin);
    if (host === null || !Array.isArray(allowedHosts)) return false;
    return allowedHosts.some((allowed: unknown) => hostMatches(host, allowed));
  } catch {
    return false;
  }
}

/** The host of an https origin ("https://host[:port]", nothing more), lower-cased; else null. */
function httpsHost(origin: unknown): string | null {
  if (typeof origin !== "string" || origin.length > 2048) return null;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" || url.origin !== origin.toLowerCase()) return null;
  return url.host;
}

/** A label of a host name: letters, digits and inner hyphens. */
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * Whether `host` is allowed by one allow-list entry: a host ("iframe.example.com"), a full
 * https origin ("https://iframe.example.com"), or "*.example.com" for the subdomains of a
 * domain of at least two labels. Anything else ("*.", "*.com", "http://…", a path) allows
 * nothing.
 */
function hostMatches(host: string, allowed: unknown): boolean {
  if (typeof allowed !== "string") return false;
  let pattern = allowed.toLowerCase();
  if (pattern.startsWith("https://")) {
    const entry = httpsHost(pattern);
    if (entry === null) return false;
    pattern = entry;
  }
  const wildcard = pattern.startsWith("*.");
  const domain = wildcard ? pattern.slice(2) : pattern;
  const [name, port, ...rest] = domain.split(":");
  if (rest.length > 0 || (port !== undefined && !/^[0-9]{1,5}$/.test(port))) return false;
  const labels = (name ?? "").split(".");
  if (!labels.every((label) => LABEL.test(label))) return false;
  if (!wildcard) return host === domain;
  return labels.length >= 2 && host.endsWith(`.${domain}`);
}
