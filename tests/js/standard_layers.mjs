// Bodies of a standard read at every depth by the compiled package: fromError's record (its
// kind, code, code set and the provider's code around it), recognise and decisiveCode.
// Usage: node standard_layers.mjs INDEX_JS BODIES_JSON
// Prints: {NAME: {fromError, recognise, decisiveCode}, ...}
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [modulePath, bodiesPath] = process.argv.slice(2);
const { fromError, recognise, decisiveCode } = await import(pathToFileURL(modulePath).href);
const bodies = JSON.parse(readFileSync(bodiesPath, "utf8"));
const layer = (found) =>
  found === null
    ? null
    : {
        kind: found.kind,
        path: found.path,
        codeSet: found.codeSet,
        code: found.code,
        known: found.known,
        category: found.category,
        holder: found.holder ?? null,
      };
const read = {};
for (const [name, body] of Object.entries(bodies)) {
  const found = await fromError(body);
  const kinds = recognise(body);
  read[name] = {
    fromError: found === null ? null : { ...layer(found), outer: layer(found.outer ?? null) },
    recognise: kinds,
    decisiveCode: kinds.length === 1 ? layer(decisiveCode(kinds[0], body)) : null,
  };
}
process.stdout.write(JSON.stringify(read));
