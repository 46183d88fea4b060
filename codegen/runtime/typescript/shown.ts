/**
 * Values as error messages show them: as JSON (escaped to ASCII) and cut short, so that a
 * rejected value is seen without flooding a log (the Python `bankcodes._params`).
 *
 * A text's length is counted in code points, in both languages: a character outside the Basic
 * Multilingual Plane (an emoji, U+1F600) is one, as Python counts it, not the two UTF-16 units
 * JavaScript's `length` counts, and a lone surrogate is one. Every bound on a text read from
 * outside (a message read for a wait, a value shown, a header value, a field of a browser
 * message) is counted so (`cut`, `longerThan`), so that the same text is cut at the same place
 * in Python and Node. A decision's reasons are written from the phrases declared once for both
 * languages (`said`).
 */
import { NAMES, PHRASES, type Phrase } from "./phrases.js";

/** A reason's words: the phrase of that name (src/phrases.ts, the Python `_decision.said`'s
 * too) with what was read in its place, each value as text (a number as JavaScript writes it); a
 * provider (`provider`, or `providers` joined by ", ") is given by its id and named by its name,
 * whose possessive drops the s after an s (a name ending in s takes an apostrophe alone). */
export function said(
  phrase: Phrase,
  values: { readonly [name: string]: string | number } = {},
): string {
  const named = (name: string): string => {
    const text = String(values[name]);
    if (name !== "provider" && name !== "providers") return text;
    return text
      .split(", ")
      .map((id) => (Object.hasOwn(NAMES, id) ? NAMES[id]! : id))
      .join(", ");
  };
  const text = PHRASES[phrase].replace(/\{([a-z_]+)\}/g, (_, name: string) => named(name));
  const name = values["provider"] === undefined ? "" : named("provider");
  return name.endsWith("s") ? text.replaceAll(`${name}'s`, `${name}'`) : text;
}

/** `value` as JSON (a number as JavaScript writes it), escaped to ASCII, at most `limit` long. */
export function quoted(value: unknown, limit = 60): string {
  let text: string;
  try {
    text =
      typeof value === "bigint"
        ? `${value}n`
        : typeof value === "number"
          ? String(value)
          : (JSON.stringify(value) ?? String(value));
  } catch {
    text = "an object";
  }
  text = text.replace(
    /[^\x20-\x7e]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  return text.length > limit ? `${text.slice(0, limit)}…` : text;
}

/** The first `limit` code points of `text` (the Python `text[:limit]`): never half a surrogate
 * pair; the time of `limit`, whatever the length of `text`. */
export function cut(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let end = 0;
  for (let count = 0; end < text.length && count < limit; count++) end += unitsAt(text, end);
  return text.slice(0, end);
}

/** Whether `text` holds more than `limit` code points (the Python `len(text) > limit`), counted
 * no further than `limit` past. */
export function longerThan(text: string, limit: number): boolean {
  return text.length > limit && cut(text, limit).length < text.length;
}

/** How many code points `text` holds (the Python `len(text)`). */
export function codePoints(text: string): number {
  let count = 0;
  for (let at = 0; at < text.length; count++) at += unitsAt(text, at);
  return count;
}

/** How many UTF-16 units the code point at `at` takes: two for a surrogate pair, else one. */
function unitsAt(text: string, at: number): number {
  const unit = text.charCodeAt(at);
  if (unit < 0xd800 || unit > 0xdbff || at + 1 >= text.length) return 1;
  const next = text.charCodeAt(at + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

/** `quoted(value)` and its type: what a parameter check shows of the value it refuses. */
export function shown(value: unknown, limit = 60): string {
  const type = value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
  return `${quoted(value, limit)} (${type})`;
}

/** Every control character (C0, DEL, C1), every mark that reorders text and every invisible
 * character (the soft hyphen, the zero-width spaces and joiners, the word joiner, the variation
 * selectors, the byte order mark, the Hangul fillers, the musical format characters and the tags,
 * those past U+FFFF as their surrogate pairs): the Python `_params._CONTROL`. */
const CONTROL =
  /[\u0000-\u001f\u007f-\u009f\u00ad\u034f\u061c\u115f\u1160\u180e\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\u3164\ufe00-\ufe0f\ufeff\uffa0]|\ud834[\udd73-\udd7a]|\udb40[\udc00-\udc7f\udd00-\uddef]/g;

/** The spaces that are not ASCII's (no-break, the typographic ones, the ideographic): escaped
 * where asked (`spaces`), as in a value refused (the Python `_params._SPACES`). */
const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;

/** `text` as a log line or a terminal may show it: each control character and each mark that
 * reorders text as its JSON escape (ESC as \u001b), with `spaces` each space other than ASCII's
 * too, as the Python `_params.printable` writes it (a lone surrogate, which Python escapes as
 * \udcff, is written so too); with `limit`, at most `limit` code points of what is shown and a
 * note of how many were left out. */
export function printable(text: string, spaces = false, limit?: number): string {
  const escapedText = text
    .replace(CONTROL, (found) => found.split("").map(escaped).join(""))
    .replace(LONE, escaped);
  const shown = spaces ? escapedText.replace(SPACES, escaped) : escapedText;
  if (limit === undefined || !longerThan(shown, limit)) return shown;
  return `${cut(shown, limit)}… (${codePoints(shown) - limit} more characters)`;
}

/** A UTF-16 code unit as its JSON escape. */
function escaped(unit: string): string {
  return `\\u${unit.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` without the characters of `around` (by default spaces and tabs, RFC 9110's optional
 * whitespace) at its start and its end, as Python's `str.strip(around)` gives it, in time linear
 * in its length: a regular expression that trims the end (a class of spaces repeated before $)
 * tries again from each character of a run of spaces inside the text, in time that grows with the
 * square of the run's length. */
export function trimmed(text: string, around = " \t"): string {
  let start = 0;
  let end = text.length;
  while (start < end && around.includes(text[start]!)) start += 1;
  while (end > start && around.includes(text[end - 1]!)) end -= 1;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}
