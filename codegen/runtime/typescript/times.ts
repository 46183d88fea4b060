/**
 * RFC 3339 date-times, read as the runtime reads one wherever a sender writes it (a signed
 * webhook's time, the moment a consent ends): ASCII digits, a zone (Z or an offset in range), at
 * most nine digits of a second's fraction (the Python `bankcodes._times`).
 */

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
