/**
 * Values as error messages show them: as JSON (escaped to ASCII) and cut short, so that a
 * rejected value is seen without flooding a log (the Python `bankcodes._params`).
 */

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

/** `quoted(value)` and its type: what a parameter check shows of the value it refuses. */
export function shown(value: unknown, limit = 60): string {
  const type = value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
  return `${quoted(value, limit)} (${type})`;
}

/** Every control character (C0, DEL, C1) and every mark that reorders text (the Python
 * `_params._CONTROL`). */
const CONTROL =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `text` as a log line or a terminal may show it: each control character and each mark that
 * reorders text as its JSON escape (ESC as \u001b), as the Python `_params.printable` writes it
 * (a lone surrogate, which Python escapes as \udcff, is written so too). */
export function printable(text: string): string {
  return text
    .replace(CONTROL, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`)
    .replace(LONE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
