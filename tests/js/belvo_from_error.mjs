// Belvo's error responses, answered by a server on loopback, and its error bodies given as they
// are, read by the compiled package's fromError; prints what each gives.
// Usage: node belvo_from_error.mjs INDEX_JS SERVER_URL BODIES_JSON
// BODIES_JSON: {"tokenRequired": body, "spanish": body, "noMessage": body}
// Prints: {"response": found, "spanishResponse": found, "body": found, "noMessage": found,
//          "noMessageBelvo": found}, each found without its info.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [modulePath, base, bodiesPath] = process.argv.slice(2);
const { fromError } = await import(pathToFileURL(modulePath).href);
const bodies = JSON.parse(readFileSync(bodiesPath, "utf8"));

const found = {
  response: await fromError(await fetch(new URL("/belvo/token-required", base))),
  spanishResponse: await fromError(await fetch(new URL("/belvo/required-es", base)), "belvo"),
  body: await fromError(bodies.tokenRequired),
  noMessage: await fromError(bodies.noMessage),
  noMessageBelvo: await fromError(bodies.noMessage, "belvo"),
};
for (const key of Object.keys(found)) if (found[key]?.info) delete found[key].info;
process.stdout.write(JSON.stringify(found));
