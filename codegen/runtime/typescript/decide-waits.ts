/**
 * How long to wait, read in the order a decision prefers them (the Python
 * `bankcodes._decide_waits`): the response's Retry-After header, then the provider's declared
 * reset header, then a wait its prose states in the message, then the wait the code's source
 * states; the first present decides and the others are listed after it. A value read from
 * outside that is no wait is refused in words, shown escaped, and never thrown; every reading is
 * bounded: MAX_MESSAGE characters of a message, MAX_RETRY_AFTER_TEXT of a header value, a wait of
 * at most MAX_WAIT seconds.
 */
import { printable, trimmed } from "./shown.js";
import { MAX_RETRY_AFTER_TEXT, MAX_WAIT, readRetryAfter } from "./waits.js";

/** The most characters of a message a prose pattern is matched against. */
export const MAX_MESSAGE = 2000;
/** The most header values, and message texts, read. */
export const MAX_VALUES = 16;
const UNITS = { seconds: 1, minutes: 60, hours: 3600 } as const;
const DIGITS = /^[0-9]{1,12}$/;
/** A prose wait's number: ASCII digits (another script's are no number). */
const ASCII_DIGITS = /^[0-9]+$/;

/** Why one part of a decision is what it is (the Python `Reason`). */
export interface Reason {
  readonly part: "next_step" | "wait" | "attempts" | "state" | "ends_at";
  readonly says: string;
  readonly source: string;
}

/** One reading of a wait: the seconds (null where refused) and the reason. */
export interface Wait {
  readonly seconds: number | null;
  readonly reason: Reason;
}

/** A value read from outside as a reason shows it: escaped, at most MAX_RETRY_AFTER_TEXT
 * characters (the Python `printable(text, limit)`). */
export function shownText(text: string): string {
  const escaped = printable(text.slice(0, MAX_RETRY_AFTER_TEXT * 2), true);
  return escaped.length > MAX_RETRY_AFTER_TEXT
    ? `${escaped.slice(0, MAX_RETRY_AFTER_TEXT)}… (${escaped.length - MAX_RETRY_AFTER_TEXT} more characters)`
    : escaped;
}

function wait(seconds: number, says: string, source: string): Wait {
  return { seconds, reason: { part: "wait", says, source } };
}

function refused(says: string, source: string): Wait {
  return { seconds: null, reason: { part: "wait", says: `refused: ${says}`, source } };
}

/** A wait's seconds in words, as the Python `_decide_waits.number` writes them. */
function g(seconds: number): string {
  return String(seconds);
}

function listed(values: readonly string[]): string {
  return values
    .slice(0, 4)
    .map((value) => `'${shownText(value)}'`)
    .join(", ");
}

/** The wait a Retry-After header says (RFC 9110), or its refusal. */
export function retryAfter(values: readonly string[], now: Date, name = "Retry-After"): Wait {
  const source = `header ${name}`;
  if (values.length > 1)
    return refused(
      `${name} given ${values.length} times (${listed(values)}): it is one value`,
      source,
    );
  try {
    const seconds = readRetryAfter(values[0]!, now);
    return wait(seconds, `${name} '${shownText(values[0]!)}': wait ${g(seconds)} s`, source);
  } catch (error) {
    return refused((error as Error).message, source);
  }
}

/** The wait a provider's declared rate-limit header says: seconds until the limit resets, or the
 * Unix time it resets at; null for a header of another meaning (remaining, limit). */
export function resetHeader(
  name: string,
  meaning: string,
  values: readonly string[],
  now: Date,
): Wait | null {
  if (meaning === "retry_after") return retryAfter(values, now, name);
  if (meaning !== "seconds_until_reset" && meaning !== "reset_epoch") return null;
  const source = `header ${name}`;
  const text = values.length === 1 ? trimmed(values[0]!) : "";
  if (values.length !== 1 || !DIGITS.test(text))
    return refused(`${name} ${listed(values)} is not one number of seconds (ASCII digits)`, source);
  let seconds = Number(text);
  if (meaning === "reset_epoch") seconds = Math.max(0, seconds - now.getTime() / 1000);
  if (seconds > MAX_WAIT)
    return refused(`${name} '${shownText(text)}' is over the ${MAX_WAIT}-second bound`, source);
  return wait(seconds, `${name} '${shownText(text)}': wait ${g(seconds)} s`, source);
}

/** The first wait a provider's prose pattern finds in the message's texts (each read to
 * MAX_MESSAGE characters), or its refusal where the number is too large. */
export function prose(patterns: readonly RegExp[], texts: Iterable<string>): Wait | null {
  let count = 0;
  for (const whole of texts) {
    if (count++ >= MAX_VALUES) return null;
    const text = whole.slice(0, MAX_MESSAGE);
    for (const pattern of patterns) {
      const match = pattern.exec(text);
      if (match === null) continue;
      const groups = match.groups ?? {};
      const unit = (Object.keys(UNITS) as (keyof typeof UNITS)[]).find((name) => groups[name]);
      const number = unit === undefined ? "" : groups[unit]!;
      const quote = shownText(match[0]);
      if (unit === undefined || !ASCII_DIGITS.test(number))
        return refused(`the message says '${quote}': no number of ${unit}`, "message");
      const significant = number.replace(/^0+(?=.)/, ""); // leading zeros add nothing
      const seconds = significant.length > 12 ? Infinity : Number(significant) * UNITS[unit];
      if (seconds > MAX_WAIT)
        return refused(`the message's '${quote}' is over ${MAX_WAIT} s`, "message");
      return wait(seconds, `the message says '${quote}': wait ${g(seconds)} s`, "message");
    }
  }
  return null;
}

function isPlain(value: unknown): value is { readonly [key: string]: unknown } {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** The texts of a body (its string values, the top level's first), three levels deep. */
export function* textsOf(data: unknown, depth = 0): Generator<string> {
  if (typeof data === "string") {
    yield data;
  } else if (depth < 3 && isPlain(data)) {
    const values = Object.values(data).slice(0, MAX_VALUES);
    for (const value of values) if (typeof value === "string") yield value;
    for (const value of values)
      if (typeof value === "object" && value !== null) yield* textsOf(value, depth + 1);
  } else if (depth < 3 && Array.isArray(data)) {
    for (const value of data.slice(0, MAX_VALUES)) yield* textsOf(value, depth + 1);
  }
}

/** The first reading that is a wait, with every reason: the deciding one first, then the others
 * (those it was preferred to, and the values refused) in their order. */
export function chosen(
  readings: readonly (Wait | null)[],
): readonly [seconds: number | null, why: readonly Reason[]] {
  const found = readings.filter((reading): reading is Wait => reading !== null);
  const first = found.find((reading) => reading.seconds !== null);
  if (first === undefined) return [null, found.map((reading) => reading.reason)];
  const rest = found
    .filter((reading) => reading !== first)
    .map((reading) =>
      reading.seconds !== null
        ? { ...reading.reason, says: `not taken: ${reading.reason.says}` }
        : reading.reason,
    );
  return [first.seconds, [first.reason, ...rest]];
}
