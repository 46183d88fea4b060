/**
 * The headers of a response as a decision reads them (the Python `bankcodes._headers`): each name
 * in lower case with its distinct values, trimmed of spaces and tabs, at most MOST_HEADERS pairs;
 * a pair that cannot be read is passed over and counted.
 */
import type { Reason } from "./decide-waits.js";
import { HEADER_LIMITS } from "./phrases.js";
import { bodyRules } from "./provider-facts.js";
import { said, trimmed } from "./shown.js";

/** The most header lines read. */
const MOST_HEADERS = HEADER_LIMITS.pairs;

/** The headers read, and how many pairs were passed over. */
export interface ReadHeaders {
  readonly read: Map<string, string[]>;
  readonly passed: number;
}

/** The response's headers, read once: each name in lower case with its distinct values, trimmed
 * of spaces and tabs (the Python `read_leniently`), with how many pairs were passed over: a name
 * or value neither a string nor bytes (read as Latin-1), an entry that is no pair, and the pairs
 * past the MOST_HEADERS-th (counted as one). Headers that cannot be read are none. */
export function readHeaders(headers: unknown): ReadHeaders {
  // Each name's distinct values as a Set (in the order given): telling a value seen already
  // takes the same time however many there are.
  const held = new Map<string, Set<string>>();
  const listed = (): Map<string, string[]> =>
    new Map([...held].map(([name, values]) => [name, [...values]]));
  let passed = 0;
  try {
    let pairs: Iterable<unknown>;
    if (headers === null || headers === undefined || typeof headers !== "object")
      return { read: listed(), passed };
    if (Array.isArray(headers)) pairs = headers;
    else if (typeof (headers as { entries?: unknown }).entries === "function")
      pairs = (headers as { entries(): Iterable<unknown> }).entries();
    else pairs = Object.entries(headers);
    let count = 0;
    for (const pair of pairs) {
      if (count++ >= MOST_HEADERS) return { read: listed(), passed: passed + 1 };
      const [name, value] = Array.isArray(pair) && pair.length === 2 ? pair : [null, null];
      for (const one of Array.isArray(value) ? value : [value]) {
        const [key, text] = [latin(name), latin(one)];
        if (key === null || text === null) {
          passed++;
          continue;
        }
        const values = held.get(key.toLowerCase()) ?? new Set<string>();
        held.set(key.toLowerCase(), values.add(trimmed(text)));
      }
    }
    return { read: listed(), passed };
  } catch {
    return { read: new Map(), passed: 0 };
  }
}

function latin(text: unknown): string | null {
  if (typeof text === "string") return text;
  return text instanceof Uint8Array ? new TextDecoder("latin1").decode(text) : null;
}

/** The reason that says how many header pairs were not read, where some were not. */
export function pairsNotRead(passed: number): Reason[] {
  if (passed === 0) return [];
  const says = said("pairs_not_read", { count: passed, most: MOST_HEADERS });
  return [{ part: "wait", says, source: "headers" }];
}

/** Where nothing tells whose a response is: the provider whose declared response header
 * (BodyRules.headers: a Server header naming its API, a header of its own) it carries, with its
 * value where the provider declares one, and the reason that says so; null where it carries none
 * (the Python `told_by_header`). */
export function toldByHeader(headers: Map<string, string[]>): [string, Reason] | null {
  for (const [provider, rules] of Object.entries(bodyRules))
    for (const { name, value, sources } of rules.headers) {
      const values = headers.get(name) ?? [];
      let says: string;
      if (value === undefined && values.length > 0)
        says = said("told_header_name", { provider, name });
      else if (value !== undefined && values.includes(value))
        says = said("told_header", { provider, name, value });
      else continue;
      return [provider, { part: "code", says, source: sources.join(", ") }];
    }
  return null;
}
