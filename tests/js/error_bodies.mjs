// A case of the shared corpus of error bodies (tests/support/error_body_cases.json) read by the
// compiled package's fromError (with the provider it names where it gives one).
// Gives: {kind, path, code, status, request_id, raw_request_id where it differs, and for a body
// held inside another its holder and the outer or inner code}, or null.

const SPECIAL = { "10**5000": 10n ** 5000n, "2**53+2": 2n ** 53n + 2n };

function bodyOf(item) {
  if (item.form === "parsed") return item.body;
  let text = item.body;
  if (item.pad !== undefined) {
    const value = JSON.parse(text);
    value.padding = "x".repeat(item.pad);
    text = JSON.stringify(value);
  }
  if (item.form === "text") return text;
  const bytes = Buffer.concat([
    Buffer.from(text, "utf8"),
    Buffer.from(item.bytes_after ?? "", "hex"),
  ]);
  return new Uint8Array(bytes);
}

function shaped(item) {
  const body = bodyOf(item);
  if (item.form !== "response") return body;
  const bytes = typeof body === "string" ? new TextEncoder().encode(body) : body;
  // A fetch-like response (the Response constructor refuses a status outside 200-599).
  return {
    status: SPECIAL[item.status] ?? item.status,
    body: new Blob([bytes]).stream(),
    arrayBuffer: async () => bytes.buffer,
  };
}

/** A body held inside another: where it was, and the other code. */
function around(found) {
  const answer = {};
  if (found.holder !== undefined) answer.holder = found.holder;
  for (const side of ["outer", "inner"]) {
    const other = found[side];
    if (other !== undefined)
      answer[side] = { kind: other.kind, path: other.path, code: other.code };
  }
  return answer;
}

export async function verdict(item, load) {
  const { fromError } = await load("index.js");
  const found = await fromError(shaped(item), item.given);
  if (found === null) return null;
  const { kind, path, code, status, requestId, rawRequestId } = found;
  const raw = rawRequestId === requestId ? {} : { raw_request_id: rawRequestId };
  return { kind, path, code, status, request_id: requestId, ...raw, ...around(found) };
}
