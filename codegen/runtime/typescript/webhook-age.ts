/**
 * The age of a delivery whose body carries its own timestamp (the Python `bankcodes._receive`'s
 * check of a body timestamp): read as RFC 3339 (or with a space for T), compared with now.
 */
import * as refusals from "./refusals.js";
import { quoted } from "./shown.js";
import { refused } from "./webhook-types.js";

/** The latest time accepted anywhere (iat, a key's expiry): 9999-12-31T23:59:59Z. */
export const LATEST = 253_402_300_799;

/** Seconds since 1970 of `now` (a valid Date; the clock when undefined); bad_clock otherwise. */
export function epoch(now: unknown): number {
  if (now === undefined) return Date.now() / 1000;
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
    throw refused(refusals.clock_invalid, {
      now: now instanceof Date ? "an invalid Date" : quoted(now),
    });
  }
  const seconds = now.getTime() / 1000;
  if (!(seconds >= 0 && seconds <= LATEST)) {
    throw refused(refusals.clock_range, { now: now.toISOString() });
  }
  return seconds;
}

/** Refuse a body whose timestamp is further than `tolerance` from `now`; one with no readable
 * timestamp too when a tolerance was asked for (`required`), not under the default. */
export function checkAge(
  payload: unknown,
  path: readonly string[],
  tolerance: number,
  now: number,
  required: boolean,
): void {
  let value = payload;
  for (const key of path) {
    value =
      value !== null && typeof value === "object"
        ? (value as Record<string, unknown>)[key]
        : undefined;
  }
  const where = path.join(".");
  const sent = typeof value === "string" ? timestamp(value) : null;
  if (sent === null && !required) return;
  if (sent === null) {
    throw refused(refusals.no_body_stamp, { where });
  }
  if (Math.abs(now * 1000 - sent) > tolerance * 1000) {
    throw refused(refusals.time_too_far, { name: where, value: value as string, limit: tolerance });
  }
}

function timestamp(text: string): number | null {
  const match =
    /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.(\d{1,9}))?(Z|[+-]\d{2}:?\d{2})?$/.exec(
      text,
    );
  if (match === null) return null;
  const [, day, time, fraction, zone] = match;
  if (!validTime(day!, time!, zone)) return null;
  const milli = (fraction ?? "").padEnd(3, "0").slice(0, 3);
  const offset =
    zone === undefined || zone === "Z"
      ? "Z"
      : zone.length === 5
        ? `${zone.slice(0, 3)}:${zone.slice(3)}`
        : zone;
  const parsed = Date.parse(`${day}T${time}${time!.length === 5 ? ":00" : ""}.${milli}${offset}`);
  return Number.isNaN(parsed) ? null : parsed;
}

/** The longest tolerance accepted, in seconds (366 days). */
export const MAX_TOLERANCE = 31_622_400;

/** Whether a timestamp's date, time and offset are real (2025-02-30 and 24:00 are not). */
function validTime(day: string, time: string, zone: string | undefined): boolean {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const [hour, minute, second = 0] = time.split(":").map(Number) as [number, number, number?];
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || date < 1 || date > last || year < 1) return false;
  if (hour > 23 || minute > 59 || second > 59) return false;
  if (zone === undefined || zone === "Z") return true;
  const digits = zone.replace(":", "");
  return Number(digits.slice(1, 3)) <= 23 && Number(digits.slice(3, 5)) <= 59;
}
