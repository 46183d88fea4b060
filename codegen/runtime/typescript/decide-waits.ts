/**
 * How long to wait, read in the order a decision prefers them (the Python
 * `bankcodes._decide_waits`): the response's Retry-After header, then the provider's declared
 * reset header, then a wait its prose states in the message, then the wait the code's source
 * states; the first present decides and the others are listed after it. A value read from
 * outside that is no wait is refused in words, shown escaped, and never thrown; every reading is
 * bounded: MAX_MESSAGE characters of a message, MAX_RETRY_AFTER_TEXT of a header value, a wait of
 * at most MAX_WAIT seconds.
 */
import { cut, printable, said, trimmed } from "./shown.js";
import { MAX_RETRY_AFTER_TEXT, MAX_WAIT, readRetryAfter } from "./waits.js";

/** The most characters of a message a prose pattern is matched against, counted in code points
 * (an emoji is one) as Python counts them (`cut`). */
export const MAX_MESSAGE = 2000;
/** The most header values, and message texts, read. */
export const MAX_VALUES = 16;
const UNITS = { seconds: 1, minutes: 60, hours: 3600 } as const;
const DIGITS = /^[0-9]{1,12}$/;
/** A prose wait's number: ASCII digits (another script's are no number). */
const ASCII_DIGITS = /^[0-9]+$/;

/** Why one part of a decision is what it is (the Python `Reason`). */
export interface Reason {
  readonly part:
    | "next_step"
    | "wait"
    | "attempts"
    | "state"
    | "ends_at"
    | "limit"
    | "code"
    | "concerns"
    | "words"
    | "request_id";
  readonly says: string;
  readonly source: string;
}

/** One reading of a wait: the seconds (null where refused) and the reason. */
export interface Wait {
  readonly seconds: number | null;
  readonly reason: Reason;
}

/** A value read from outside as a reason shows it: escaped, at most MAX_RETRY_AFTER_TEXT
 * code points (the Python `printable(text, limit)`). */
export function shownText(text: string, most: number = MAX_RETRY_AFTER_TEXT): string {
  return printable(cut(text, most * 2), true, most);
}

function wait(seconds: number, says: string, source: string): Wait {
  return { seconds, reason: { part: "wait", says, source } };
}

function refused(says: string, source: string): Wait {
  return { seconds: null, reason: { part: "wait", says: said("refused", { says }), source } };
}

/** The first values of a header, each quoted and shown escaped (the Python `listed_values`). */
export function listed(values: readonly string[]): string {
  return values
    .slice(0, 4)
    .map((value) => `'${shownText(value)}'`)
    .join(", ");
}

/** The wait a Retry-After header says (RFC 9110), or its refusal. */
export function retryAfter(values: readonly string[], now: Date, name = "Retry-After"): Wait {
  const source = said("header_source", { name });
  if (values.length > 1) {
    const count = values.length;
    return refused(said("header_given_times", { name, count, values: listed(values) }), source);
  }
  try {
    const seconds = readRetryAfter(values[0]!, now);
    const value = shownText(values[0]!);
    return wait(seconds, said("header_wait", { name, value, seconds }), source);
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
  const source = said("header_source", { name });
  const text = values.length === 1 ? trimmed(values[0]!) : "";
  if (values.length !== 1 || !DIGITS.test(text))
    return refused(said("header_not_seconds", { name, values: listed(values) }), source);
  let seconds = Number(text);
  if (meaning === "reset_epoch") seconds = Math.max(0, seconds - now.getTime() / 1000);
  const value = shownText(text);
  if (seconds > MAX_WAIT)
    return refused(said("header_over_bound", { name, value, most: MAX_WAIT }), source);
  return wait(seconds, said("header_wait", { name, value, seconds }), source);
}

/** The first wait a provider's prose pattern finds in the message's texts (each read to
 * MAX_MESSAGE characters), or its refusal where the number is too large. */
export function prose(patterns: readonly RegExp[], texts: Iterable<string>): Wait | null {
  for (const text of bounded(texts)) {
    for (const pattern of patterns) {
      const match = pattern.exec(text);
      if (match === null) continue;
      const groups = match.groups ?? {};
      // The pattern's one group of a unit (the spec's rule), matched or not.
      const unit =
        (Object.keys(UNITS) as (keyof typeof UNITS)[]).find((name) => name in groups) ?? "seconds";
      const number = groups[unit] ?? "";
      const quote = shownText(match[0]);
      if (!ASCII_DIGITS.test(number))
        return refused(said("prose_no_number", { quote, unit }), "message");
      const significant = number.replace(/^0+(?=.)/, ""); // leading zeros add nothing
      const seconds = significant.length > 12 ? Infinity : Number(significant) * UNITS[unit];
      if (seconds > MAX_WAIT)
        return refused(said("prose_over_bound", { quote, most: MAX_WAIT }), "message");
      return wait(seconds, said("prose_wait", { quote, seconds }), "message");
    }
  }
  return null;
}

/** The first MAX_VALUES texts, each cut to MAX_MESSAGE characters. */
export function* bounded(texts: Iterable<string>): Generator<string> {
  let count = 0;
  for (const text of texts) {
    if (count++ >= MAX_VALUES) return;
    yield cut(text, MAX_MESSAGE);
  }
}

function isPlain(value: unknown): value is { readonly [key: string]: unknown } {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** The texts of a body (its string values, the top level's first), four levels deep (a signed
 * error's message.Errors[].Message). */
export function* textsOf(data: unknown, depth = 0): Generator<string> {
  if (typeof data === "string") {
    yield data;
  } else if (depth < 4 && isPlain(data)) {
    const values = Object.values(data).slice(0, MAX_VALUES);
    for (const value of values) if (typeof value === "string") yield value;
    for (const value of values)
      if (typeof value === "object" && value !== null) yield* textsOf(value, depth + 1);
  } else if (depth < 4 && Array.isArray(data)) {
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
        ? { ...reading.reason, says: said("not_taken", { says: reading.reason.says }) }
        : reading.reason,
    );
  return [first.seconds, [first.reason, ...rest]];
}
