// Receive each case with the compiled bankcodes/webhooks and print what came out.
// Usage: node receive_cases.mjs WEBHOOKS_JS CASES_JSON
// A case: {provider, body, headers, secret, now: ISO or null, expect}.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [modulePath, casesPath] = process.argv.slice(2);
const { receive } = await import(pathToFileURL(modulePath).href);
const results = [];
for (const item of JSON.parse(readFileSync(casesPath, "utf8"))) {
  // A fetch Headers object, as a route handler gets it.
  // Received when the delivery says it was sent (its body timestamp), where it says so.
  const options = item.now === null ? {} : { now: new Date(item.now) };
  const event = await receive(
    item.provider,
    item.body,
    new Headers(item.headers),
    item.secret,
    options,
  );
  results.push({ type: event.type, dedupKey: event.dedupKey, index: event.secretIndex });
}
process.stdout.write(JSON.stringify(results));
