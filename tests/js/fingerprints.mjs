// sentryFingerprint of the compiled package for the decisive code of each [kind, body] of a
// JSON file, printed as JSON (null where no code decides).
// Usage: node fingerprints.mjs DIST CASES.json
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [dist, file] = process.argv.slice(2);
const { decisiveCode, sentryFingerprint } = await import(pathToFileURL(`${dist}/index.js`).href);
const results = JSON.parse(readFileSync(file, "utf8")).map(([kind, body]) => {
  const found = decisiveCode(kind, body);
  return found === null ? null : sentryFingerprint(found);
});
process.stdout.write(JSON.stringify(results));
