/**
 * How long to wait before a request is tried again, as a response says it (the Python
 * `bankcodes._waits`): the `Retry-After` header (RFC 9110 §10.2.3) in both its forms,
 * delay-seconds and HTTP-date, the latter in any of the three formats a recipient must accept
 * (§5.6.7: IMF-fixdate, RFC 850, asctime).
 *
 * One definition, shared with Python (a corpus both run): a value is trimmed of spaces and tabs;
 * delay-seconds are ASCII digits only (no sign, no fraction, no other script's digits); a date
 * names its weekday truly, is a real day and is in GMT, its leap second (23:59:60, which §5.6.7's
 * grammar allows) read as the second after 23:59:59; a date past is a wait of 0; a wait over
 * MAX_WAIT seconds (a week) is no rate limit's and is refused, as are a value longer than
 * MAX_RETRY_AFTER_TEXT characters and several values (Retry-After is one value).
 */
import { cut, longerThan, printable, said, trimmed } from "./shown.js";

/** The longest wait read, in seconds (a week): a longer one is refused. */
export const MAX_WAIT = 7 * 24 * 3600;
/** The longest Retry-After value read, in characters counted as code points (an emoji is one),
 * as Python counts them. */
export const MAX_RETRY_AFTER_TEXT = 64;

const DIGITS = /^[0-9]+$/;
const DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const LONG_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const TIME = "(?<hour>[0-9]{2}):(?<minute>[0-9]{2}):(?<second>[0-9]{2})";
const MONTH = `(?<month>${MONTHS.join("|")})`;
/** The three formats, each with the weekday names it uses (short or long). */
const FORMATS: readonly (readonly [RegExp, readonly string[]])[] = [
  // IMF-fixdate: Sun, 06 Nov 1994 08:49:37 GMT
  [
    new RegExp(`^(?<day>[A-Za-z]+), (?<date>[0-9]{2}) ${MONTH} (?<year>[0-9]{4}) ${TIME} GMT$`),
    DAYS,
  ],
  // RFC 850: Sunday, 06-Nov-94 08:49:37 GMT
  [
    new RegExp(`^(?<day>[A-Za-z]+), (?<date>[0-9]{2})-${MONTH}-(?<year>[0-9]{2}) ${TIME} GMT$`),
    LONG_DAYS,
  ],
  // asctime: Sun Nov  6 08:49:37 1994
  [new RegExp(`^(?<day>[A-Za-z]+) ${MONTH} (?<date>[ 0-9][0-9]) ${TIME} (?<year>[0-9]{4})$`), DAYS],
];

/**
 * The seconds to wait that a Retry-After value says, at `now`: its delay-seconds, or the seconds
 * until its date (0 for a date past). Throws a RangeError saying what the value is and why for a
 * value that is neither, or a wait over MAX_WAIT.
 */
export function readRetryAfter(value: string, now: Date): number {
  const text = trimmed(value);
  const long = longerThan(text, MAX_RETRY_AFTER_TEXT);
  const shown = printable(cut(text, MAX_RETRY_AFTER_TEXT), true) + (long ? "…" : "");
  if (long)
    throw new RangeError(said("retry_after_long", { value: shown, most: MAX_RETRY_AFTER_TEXT }));
  const first = trimmed(text.split(",", 1)[0]!);
  if (text.includes(",") && DIGITS.test(first))
    throw new RangeError(said("retry_after_several", { value: shown }));
  let seconds: number;
  if (DIGITS.test(text)) {
    seconds = Number(text);
  } else {
    const moment = dateOf(text, now);
    if (moment === null) throw new RangeError(said("retry_after_neither", { value: shown }));
    seconds = Math.max(0, (moment - now.getTime()) / 1000);
  }
  if (seconds > MAX_WAIT)
    throw new RangeError(said("retry_after_over_bound", { value: shown, most: MAX_WAIT }));
  return seconds;
}

/** Whether one list of numbers comes after another, compared as Python compares tuples. */
function later(one: readonly number[], other: readonly number[]): boolean {
  for (const [index, value] of one.entries()) {
    if (value !== other[index]) return value > other[index]!;
  }
  return false;
}

/** The time (milliseconds since 1970) an HTTP date names; for a leap second (23:59:60, which RFC
 * 9110's grammar allows: "00:00:00 - 23:59:60 (leap second)"), the second after 23:59:59 (the
 * next day's 00:00:00, as a clock that counts no leap second reads it). Null for no HTTP date: a
 * wrong weekday, no such day or time (31 Feb, 24:00, a second 60 at another minute). */
function dateOf(text: string, now: Date): number | null {
  for (const [pattern, days] of FORMATS) {
    const found = pattern.exec(text)?.groups;
    if (found === undefined || !/^[0-9]+$/.test(found["date"]!.trim())) continue;
    let year = Number(found["year"]);
    const parts = [
      MONTHS.indexOf(found["month"]!),
      Number(found["date"]!.trim()),
      Number(found["hour"]),
      Number(found["minute"]),
      Number(found["second"]),
    ] as const;
    if (found["year"]!.length === 2) {
      // RFC 9110 §5.6.7: a timestamp with a two-digit year that appears more than 50 years ahead
      // is in the most recent past year ending in those digits (the whole moment compared, not
      // the year alone).
      const current = now.getUTCFullYear();
      year += current - (current % 100);
      const at = [now.getUTCMonth(), now.getUTCDate(), now.getUTCHours()] as const;
      const limit = [current + 50, ...at, now.getUTCMinutes(), now.getUTCSeconds()];
      if (later([year, ...parts], limit)) year -= 100;
    }
    if (year < 1) return null; // no year 0 (Python's datetime starts at 1)
    const leap = parts[2] === 23 && parts[3] === 59 && parts[4] === 60 ? 1 : 0;
    const moment = new Date(0);
    moment.setUTCFullYear(year, parts[0], parts[1]); // years below 100 as they are
    moment.setUTCHours(parts[2], parts[3], parts[4] - leap, 0);
    const time = moment.getTime() + leap * 1000;
    // No such day (31 Feb) or time (25:00): Date rolls it over; the parts differ.
    const same =
      moment.getUTCFullYear() === year &&
      moment.getUTCMonth() === parts[0] &&
      moment.getUTCDate() === parts[1] &&
      moment.getUTCHours() === parts[2] &&
      moment.getUTCMinutes() === parts[3] &&
      moment.getUTCSeconds() === parts[4] - leap;
    // getUTCDay counts from Sunday; the names from Monday.
    return same && days[(moment.getUTCDay() + 6) % 7] === found["day"] ? time : null;
  }
  return null;
}
