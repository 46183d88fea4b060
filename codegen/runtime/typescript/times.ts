/**
 * RFC 3339 date-times, read as the runtime reads one wherever a sender writes it (a signed
 * webhook's time, the moment a consent ends): ASCII digits, a zone (Z or an offset in range), at
 * most nine digits of a second's fraction (the Python `bankcodes._times`).
 */
import type { EndField } from "./provider-facts.js";
import { longerThan } from "./shown.js";
import { MAX_RETRY_AFTER_TEXT } from "./waits.js";

const RFC3339 =
  /^([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})(\.[0-9]{1,9})?([Zz]|([+-])([0-9]{2}):([0-9]{2}))$/;

/** Milliseconds since the epoch of an RFC 3339 time whose every field is in range (a date such
 * as February 30th or a year 0 is not read as another day, as Python's datetime refuses it), or
 * NaN. */
export function rfc3339Millis(text: string): number {
  const match = RFC3339.exec(text);
  if (match === null) return NaN;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as number[];
  const leap = year! % 4 === 0 && (year! % 100 !== 0 || year! % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month! - 1] ?? 0;
  const inRange =
    year! >= 1 &&
    day! >= 1 &&
    day! <= days &&
    hour! <= 23 &&
    minute! <= 59 &&
    second! <= 59 &&
    Number(match[10] ?? 0) <= 23 &&
    Number(match[11] ?? 0) <= 59;
  return inRange ? Date.parse(text.toUpperCase()) : NaN;
}

/** The moments a decision is made at, as Python's: from 1970 to the end of 9998, so that a
 * moment and what is added to it (a wait, a consent's lead days) stay within a date's years. */
export const LATEST_NOW = Date.UTC(9999, 0, 1) - 1;

/** An RFC 3339 date-time (or a valid Date), to the millisecond, from 1970 to 9998 (the moments a
 * decision is made at), as a Date; null for any other value (the Python `date_time`). */
export function dateTime(value: unknown): Date | null {
  let millis = Number.NaN;
  if (value instanceof Date) millis = value.getTime();
  else if (typeof value === "string" && !longerThan(value, MAX_RETRY_AFTER_TEXT))
    millis = rfc3339Millis(value);
  return Number.isNaN(millis) || millis < 0 || millis > LATEST_NOW ? null : new Date(millis);
}

/** The moment a body's field states in the form its source gives it (the Python
 * `bankcodes._times.stated_moment`): an RFC 3339 date-time; the last day of a validity, an ISO
 * date (the moment the next day begins, in UTC); milliseconds since 1970 (a number or its
 * digits, at most 15); a whole number of seconds after `now`, the response's arrival; null for
 * any other value, and for a moment outside 1970 to 9998. */
export function statedMoment(value: unknown, form: EndField["form"], now: Date): Date | null {
  if (form === "date_time") return dateTime(value);
  if (form === "seconds") {
    const seconds = wholeSeconds(value);
    return seconds === null ? null : dateTime(new Date(now.getTime() + seconds * 1000));
  }
  if (form === "last_day") {
    const day = typeof value === "string" && /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(value);
    const start = day ? rfc3339Millis(`${value as string}T00:00:00Z`) : Number.NaN;
    return Number.isNaN(start) ? null : dateTime(new Date(start + 86_400_000));
  }
  const digits = typeof value === "string" && /^[0-9]{1,15}$/.test(value);
  const whole = typeof value === "number" && Number.isInteger(value) && value >= 0 && value < 1e15;
  return digits || whole ? dateTime(new Date(Number(value))) : null;
}

/** A number of seconds a body states: a whole number from 0 to below 10**12; null for any other
 * value (the Python `whole_seconds`). */
export function wholeSeconds(value: unknown): number | null {
  const whole = typeof value === "number" && Number.isInteger(value);
  return whole && (value as number) >= 0 && (value as number) < 1e12 ? (value as number) : null;
}
