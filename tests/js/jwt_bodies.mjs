// The Node package's reading of bodies that may be a signed JWT (application/jwt), over the
// shared corpus tests/support/jwt_bodies.json: jwtPayload of each text and of its bytes, and the
// code fromError reads of the text.
// Usage: node jwt_bodies.mjs INDEX_JS CORPUS_JSON
// Prints: [{"name": ..., "text": bool, "bytes": bool, "found": {...} | null}, ...]
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [modulePath, corpusPath] = process.argv.slice(2);
const { jwtPayload, fromError } = await import(pathToFileURL(modulePath).href);

const verdicts = [];
for (const { name, text } of JSON.parse(readFileSync(corpusPath, "utf8")).cases) {
  const found = await fromError(text);
  verdicts.push({
    name,
    text: jwtPayload(text) !== null,
    bytes: jwtPayload(new TextEncoder().encode(text)) !== null,
    found:
      found === null
        ? null
        : {
            kind: found.kind,
            path: found.path,
            codeSet: found.codeSet,
            code: found.code,
            unverified: found.unverified ?? null,
          },
  });
}
process.stdout.write(JSON.stringify(verdicts));
