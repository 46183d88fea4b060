/** A pasted HTTP response's status line (HTTP/1.1 400 Bad Request, HTTP/2 429), as `bankcodes
 * explain -` reads it: its headers end at the first blank line, and the body follows. */
const STATUS_LINE = /^HTTP\/[0-9.]+ ([1-5][0-9]{2})\b[^\r\n]*\r?\n/;

/** The HTTP status and body of a pasted response; a body alone has no status. */
export function splitResponse(text: string): {
  readonly status: number | null;
  readonly body: string;
} {
  const found = STATUS_LINE.exec(text);
  if (found === null) return { status: null, body: text };
  const rest = text.slice(found[0].length);
  const blank = /^\r?\n|\r?\n\r?\n/.exec(rest);
  return {
    status: Number(found[1]),
    body: blank === null ? "" : rest.slice(blank.index + blank[0].length),
  };
}
