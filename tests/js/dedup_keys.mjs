// Key each delivery with the compiled package, by the root entry point's dedupKey and by the
// provider's own receiver (webhooks-<module>.js), and say what that receiver exports.
// Usage: node dedup_keys.mjs DIST CASES_JSON
// CASES_JSON: [{"provider", "module", "body": TEXT}, …]
// Prints: [{"root": key, "own": key, "exports": [names of the own receiver's functions]}, …]
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [dist, casesPath] = process.argv.slice(2);
const load = (name) => import(pathToFileURL(join(dist, `${name}.js`)).href);
const root = await load("webhooks");
const results = [];
for (const item of JSON.parse(readFileSync(casesPath, "utf8"))) {
  const own = await load(`webhooks-${item.module}`);
  const payload = JSON.parse(item.body);
  results.push({
    root: await root.dedupKey(item.provider, payload, item.body),
    own: await own.dedupKey(payload, item.body),
    exports: ["receive", "verify", "dedupKey"].filter((name) => typeof own[name] === "function"),
  });
}
console.log(JSON.stringify(results));
