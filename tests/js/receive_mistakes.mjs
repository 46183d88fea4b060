// Receive each case of tests/test_receive_mistakes.py with bankcodes/webhooks and print its
// verdict, message and deduplication key.
// Usage: node receive_mistakes.mjs WEBHOOKS_JS CASES_JSON
// A case: {name, provider, body, headers, secret, options: {tolerance?, now?: {iso} | {raw}}}.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [modulePath, casesPath] = process.argv.slice(2);
const { receive } = await import(pathToFileURL(modulePath).href);
const outcomes = {};
for (const item of JSON.parse(readFileSync(casesPath, "utf8"))) {
  const options = {};
  if ("tolerance" in item.options) options.tolerance = item.options.tolerance;
  const now = item.options.now;
  if (now !== undefined) options.now = "iso" in now ? new Date(now.iso) : now.raw;
  try {
    const event = await receive(item.provider, item.body, item.headers, item.secret, options);
    outcomes[item.name] = { verdict: "ok", dedupKey: event.dedupKey };
  } catch (error) {
    const kind = error.constructor.name;
    outcomes[item.name] = { verdict: `${kind}:${error.reason}`, message: error.message };
  }
}
process.stdout.write(JSON.stringify(outcomes));
