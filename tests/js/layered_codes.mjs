// A body carrying another provider's code beneath its own, read by the compiled package:
// layeredCodes (the code of each provider, the body's own first) and fromError (the deciding
// code with the code beneath it).
// Usage: node layered_codes.mjs INDEX_JS BODIES_JSON
// Prints: {NAME: {recognise, layered: [[codeSet, path, code, known], ...], fromError}, ...}
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [modulePath, bodiesPath] = process.argv.slice(2);
const { fromError, recognise, layeredCodes } = await import(pathToFileURL(modulePath).href);
const bodies = JSON.parse(readFileSync(bodiesPath, "utf8"));
const row = (code) => [code.codeSet, code.path, code.code, code.known];
const read = {};
for (const [name, body] of Object.entries(bodies)) {
  const kinds = recognise(body);
  const found = await fromError(body);
  read[name] = {
    recognise: kinds,
    layered: kinds.length === 1 ? layeredCodes(kinds[0], body).map(row) : null,
    fromError:
      found === null
        ? null
        : {
            ...Object.fromEntries([["first", row(found)]]),
            inner: found.inner ? row(found.inner) : null,
          },
  };
}
process.stdout.write(JSON.stringify(read));
