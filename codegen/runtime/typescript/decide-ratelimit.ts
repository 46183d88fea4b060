/**
 * The waits a response's rate-limit headers state (the Python `bankcodes._decide_ratelimit`):
 * those its provider declares, else, on a rate-limited response of a provider that declares none
 * of its own, the IETF RateLimit header fields (draft-ietf-httpapi-ratelimit-headers):
 * RateLimit-Reset (drafts 01 to 06), the seconds until the quota resets, a non-negative Integer;
 * and the "t" parameter of a RateLimit field (drafts 07 to 10) that names one policy, the seconds
 * until more quota is made available. Each is a delay in seconds as Retry-After's is, bounded as
 * a declared reset header's is; a value of another form is refused in words, never thrown.
 */
import { listed, resetHeader, type Wait } from "./decide-waits.js";
import { longerThan, said } from "./shown.js";

/** The longest RateLimit value read, in code points: a longer one is refused. */
const MOST_TEXT = 1000;
/** A Structured Field bare item (RFC 9651, section 3.3), as the Python `_BARE`. */
const BARE =
  '(?:-?[0-9]{1,15}(?:\\.[0-9]{1,3})?|"(?:[^"\\\\]|\\\\["\\\\]){0,200}"' +
  "|[A-Za-z*][A-Za-z0-9:/!#$%&'*+.^_`|~\\-]{0,200}|:[A-Za-z0-9+/=]{0,400}:|\\?[01])";
const KEY = "[a-z*][a-z0-9_.*\\-]{0,63}";
const ITEM = new RegExp(`(${BARE})((?:;[ ]*${KEY}(?:=${BARE})?){0,16})`, "uy");
const PARAMETER = new RegExp(`;[ ]*(${KEY})(?:=(${BARE}))?`, "gu");
const COMMA = /[ \t]*,[ \t]*/y;
const INTEGER = /^[0-9]{1,15}$/;
const DRAFTS: Readonly<Record<string, string>> = { "ratelimit-reset": "06", ratelimit: "10" };

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
      readings.push(resetHeader(name, meaning, values.slice(0, 16), now));
  }
  if (limited && declared.every(([name]) => name.toLowerCase() === "retry-after"))
    readings.push(...ietfWaits(headers, now));
  return readings;
}

/** The waits the IETF RateLimit-Reset and RateLimit fields state, in that order. */
export function ietfWaits(headers: Map<string, string[]>, now: Date): Wait[] {
  const readings: Wait[] = [];
  for (const [name, key] of [
    ["RateLimit-Reset", "ratelimit-reset"],
    ["RateLimit", "ratelimit"],
  ] as const) {
    const values = headers.get(key);
    if (values !== undefined && values.length > 0)
      readings.push(ietfWait(name, key, values.slice(0, 16), now));
  }
  return readings;
}

function ietfWait(name: string, key: string, values: string[], now: Date): Wait {
  const draft = DRAFTS[key]!;
  const text = values.join(", ");
  const items = longerThan(text, MOST_TEXT) ? null : itemsOf(text);
  const source = said("header_source", { name });
  let read: Wait;
  let meaning: "ietf_reset" | "ietf_t";
  if (key === "ratelimit-reset") {
    const bare = items !== null && items.length === 1 ? items[0]![0] : null;
    const digits = bare !== null && INTEGER.test(bare) ? bare : null;
    read = seconds(name, digits !== null ? [digits] : values, now);
    meaning = "ietf_reset";
  } else if (items === null || items.length !== 1) {
    const says = said("ietf_not_one", { name, values: listed(values), draft });
    return { seconds: null, reason: { part: "wait", says: said("refused", { says }), source } };
  } else {
    const reset = parameters(items[0]![1]).get("t");
    if (reset === undefined) {
      const says = said("ietf_no_reset", { name, values: listed(values), draft });
      return { seconds: null, reason: { part: "wait", says: said("refused", { says }), source } };
    }
    read = seconds(name, [reset], now);
    meaning = "ietf_t";
  }
  if (read.seconds === null) return read;
  const says = said(meaning, { says: read.reason.says, draft });
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

/** The Items of a Structured Field List (at most 16): each bare item with its parameters' text;
 * null where the text is no such list. */
function itemsOf(text: string): [string, string][] | null {
  const items: [string, string][] = [];
  let at = 0;
  while (items.length < 16) {
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
