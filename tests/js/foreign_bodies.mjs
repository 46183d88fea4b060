// The compiled package over the corpus of bodies that are no provider's (foreign_bodies.json):
// what recognise (of the body's JSON, read as the package reads a body) and fromError (of the
// body, and of a fetch Response carrying it with its status) claim of each.
// Usage: node foreign_bodies.mjs INDEX_JS FOREIGN_BODIES_JSON
// Prints: [null | {"kinds": [...], "body": kind | null, "response": kind | null}, ...]
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [modulePath, corpusPath] = process.argv.slice(2);
const { fromError, recognise, readJson } = await import(pathToFileURL(modulePath).href);
const fail = (_path, message) => new Error(message);

const out = [];
for (const { body, status } of JSON.parse(readFileSync(corpusPath, "utf8")).bodies) {
  let kinds = [];
  try {
    let data = readJson(new TextEncoder().encode(body), 1 << 20, fail);
    if (Array.isArray(data) && data[0] !== null && typeof data[0] === "object") data = data[0];
    kinds = recognise(data);
  } catch {
    kinds = []; // no JSON: nothing to recognise
  }
  const fromBody = await fromError(body);
  const code = typeof status === "number" && status >= 400 ? status : 500;
  const fromResponse = await fromError(new Response(body, { status: code }));
  const claimed = kinds.length > 0 || fromBody !== null || fromResponse !== null;
  out.push(
    claimed ? { kinds, body: fromBody?.kind ?? null, response: fromResponse?.kind ?? null } : null,
  );
}
process.stdout.write(JSON.stringify(out));
