/**
 * The waits a response's rate-limit headers state (the Python `bankcodes._decide_ratelimit`):
 * those its provider declares, else, on a rate-limited response of a provider that declares none
 * of its own, the IETF RateLimit header fields that RATELIMIT_FIELDS names, each read as a
 * Structured Field (STRUCTURED_FIELD). Each is a delay in seconds as Retry-After's is, bounded as
 * a declared reset header's is; a value of another form is refused in words, never thrown.
 */
import { listed, resetHeader, type Wait } from "./decide-waits.js";
import { HEADER_LIMITS, RATELIMIT_FIELDS, STRUCTURED_FIELD } from "./phrases.js";
import { longerThan, said } from "./shown.js";

const { bare: BARE, key: KEY } = STRUCTURED_FIELD;
const ITEM = new RegExp(`(${BARE})((?:;[ ]*${KEY}(?:=${BARE})?){0,16})`, "uy");
const PARAMETER = new RegExp(`;[ ]*(${KEY})(?:=(${BARE}))?`, "gu");
const COMMA = new RegExp(STRUCTURED_FIELD.comma, "y");
const INTEGER = new RegExp(`^${STRUCTURED_FIELD.integer}$`);
const VALUES = HEADER_LIMITS.values;

/** The waits of the provider's declared headers (Retry-After aside: it is read first); where it
 * declares none of its own and the response is rate-limited, the IETF fields'. */
export function headerWaits(
  declared: readonly (readonly [string, string])[],
  headers: Map<string, string[]>,
  now: Date,
  limited: boolean,
): (Wait | null)[] {
  const readings: (Wait | null)[] = [];
  for (const [name, meaning] of declared) {
    const values = headers.get(name.toLowerCase());
    if (values !== undefined && values.length > 0 && name.toLowerCase() !== "retry-after")
      readings.push(resetHeader(name, meaning, values.slice(0, VALUES), now));
  }
  if (limited && declared.every(([name]) => name.toLowerCase() === "retry-after"))
    readings.push(...ietfWaits(headers, now));
  return readings;
}

/** The waits the IETF RateLimit fields state, in the order RATELIMIT_FIELDS names them. */
export function ietfWaits(headers: Map<string, string[]>, now: Date): Wait[] {
  const readings: Wait[] = [];
  for (const field of RATELIMIT_FIELDS) {
    const values = headers.get(field[0].toLowerCase());
    if (values !== undefined && values.length > 0)
      readings.push(ietfWait(field, values.slice(0, VALUES), now));
  }
  return readings;
}

/** The wait one IETF field states (in its one Item, or in that Item's parameter), or its
 * refusal. */
function ietfWait(
  [name, draft, parameter, phrase]: (typeof RATELIMIT_FIELDS)[number],
  values: string[],
  now: Date,
): Wait {
  const text = values.join(", ");
  const items = longerThan(text, HEADER_LIMITS.ratelimit_text) ? null : itemsOf(text);
  const source = said("header_source", { name });
  let read: Wait;
  const one = items !== null && items.length === 1 ? items[0]! : null;
  if (parameter === "") {
    const digits = one !== null && INTEGER.test(one[0]) ? one[0] : null;
    read = seconds(name, digits !== null ? [digits] : values, now);
  } else {
    const reset = one === null ? undefined : parameters(one[1]).get(parameter);
    if (reset === undefined) {
      const wrong = one === null ? "ietf_not_one" : "ietf_no_reset";
      const says = said(wrong, { name, values: listed(values), draft });
      return { seconds: null, reason: { part: "wait", says: said("refused", { says }), source } };
    }
    read = seconds(name, [reset], now);
  }
  if (read.seconds === null) return read;
  const says = said(phrase, { says: read.reason.says, draft });
  return { seconds: read.seconds, reason: { part: "wait", says, source: read.reason.source } };
}

/** The seconds `values` say as a reset header's (one number of seconds, bounded). */
function seconds(name: string, values: string[], now: Date): Wait {
  return resetHeader(name, "seconds_until_reset", values, now)!;
}

/** An item's parameters by their keys (the last of a key given twice). */
function parameters(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of text.matchAll(PARAMETER)) found.set(match[1]!, match[2] ?? "");
  return found;
}

/** The Items of a Structured Field List (at most HEADER_LIMITS.items): each bare item with its
 * parameters' text; null where the text is no such list. */
function itemsOf(text: string): [string, string][] | null {
  const items: [string, string][] = [];
  let at = 0;
  while (items.length < HEADER_LIMITS.items) {
    ITEM.lastIndex = at;
    const item = ITEM.exec(text);
    if (item === null) return null;
    items.push([item[1]!, item[2]!]);
    at = ITEM.lastIndex;
    if (at === text.length) return items;
    COMMA.lastIndex = at;
    if (COMMA.exec(text) === null) return null;
    at = COMMA.lastIndex;
  }
  return null;
}
