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
