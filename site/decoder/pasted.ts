/** A pasted HTTP response's status line (HTTP/1.1 400 Bad Request, HTTP/2 429), as `bankcodes
 * explain -` reads it: it ends its line or the input. */
const STATUS_LINE = /^HTTP\/[0-9.]+ ([1-5][0-9]{2})\b[^\r\n]*(?:\r?\n|$)/;
/** The blank line that ends the headers: right after the status line, or the first empty line. */
const BLANK_LINE = /^\r?\n|\r?\n\r?\n/;

/** The HTTP status and body of a pasted response, split as `bankcodes explain -` splits it; a
 * body alone has no status. A head followed by another (curl -si's 100 Continue, or a proxy's
 * 200 Connection established) gives way to the last one. */
export function splitResponse(text: string): {
  readonly status: number | null;
  readonly body: string;
} {
  let status: number | null = null;
  let body = text;
  for (;;) {
    const rest = body.replace(/^\uFEFF/, "").replace(/^[ \t\n\r\v\f]+/, ""); // as Python strips
    const found = STATUS_LINE.exec(rest);
    if (found === null) return { status, body };
    const after = rest.slice(found[0].length);
    const blank = BLANK_LINE.exec(after);
    status = Number(found[1]);
    body = blank === null ? "" : after.slice(blank.index + blank[0].length);
  }
}

/** What the decoder says of a response whose headers no body follows. */
export const NO_BODY =
  "No body follows: a blank line ends the headers, and the body comes after it.";

/** The first error of a list of errors (Belvo answers with one), as `from_exception` and
 * `fromError` read it, with what to say of it; anything else as it is. */
export function firstOfList(data: unknown): {
  readonly data: unknown;
  readonly note: string | null;
} {
  if (!Array.isArray(data) || !isRecord(data[0])) return { data, note: null };
  const more = data.length > 1 ? `; the first of ${data.length} is read` : "";
  return { data: data[0], note: `A list of errors${more}.` };
}

/** A JSON object (as a recognition rule's `objects` reads a field). */
function isRecord(value: unknown): value is { readonly [key: string]: unknown } {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
