// The standards' error responses, answered by a server on loopback and fetched, read by the
// compiled package's fromError; prints what each gives.
// Usage: node standards_from_error.mjs INDEX_JS SERVER_URL PATH...
// Prints: {PATH: found, ...}
import { pathToFileURL } from "node:url";

const [modulePath, base, ...paths] = process.argv.slice(2);
const { fromError } = await import(pathToFileURL(modulePath).href);
const found = {};
for (const path of paths) {
  found[path] = await fromError(await fetch(new URL(path, base)));
}
process.stdout.write(JSON.stringify(found));
