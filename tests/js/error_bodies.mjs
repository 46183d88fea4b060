// Read each case of the shared corpus of error bodies (tests/support/error_body_cases.json) with
// the compiled package's fromError, and print what each gave: [{kind, code, status, requestId,
// and for a body held inside another its holder and the outer or inner code} or null, …].
// Usage: node error_bodies.mjs INDEX_JS CASES_JSON
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [modulePath, casesPath] = process.argv.slice(2);
const { fromError } = await import(pathToFileURL(modulePath).href);
const { cases } = JSON.parse(readFileSync(casesPath, "utf8"));

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
    if (other !== undefined) answer[side] = { kind: other.kind, path: other.path, code: other.code };
  }
  return answer;
}

const out = [];
for (const item of cases) {
  const found = await fromError(shaped(item));
  out.push(
    found === null
      ? null
      : {
          kind: found.kind,
          path: found.path,
          code: found.code,
          status: found.status,
          requestId: found.requestId,
          rawRequestId: found.rawRequestId,
          ...around(found),
        },
  );
}
process.stdout.write(JSON.stringify(out));
