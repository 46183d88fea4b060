// The request id fromError gives for each error of a list (a body, or an axios-shaped error
// whose response holds a body and headers), as a terminal may show it and as it was sent.
// Usage: node request_ids.mjs INDEX_JS ERRORS_JSON
// Prints: [{"requestId": ..., "rawRequestId": ...} | null, ...]
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [modulePath, errorsPath] = process.argv.slice(2);
const { fromError } = await import(pathToFileURL(modulePath).href);
const found = [];
for (const error of JSON.parse(readFileSync(errorsPath, "utf8"))) {
  const read = await fromError(error);
  found.push(read === null ? null : { requestId: read.requestId, rawRequestId: read.rawRequestId });
}
process.stdout.write(JSON.stringify(found));
