// Receive each case with the compiled bankcodes/webhooks and print its outcome: the event's
// facts, or the error's class and reason.
// Usage: node receive_outcomes.mjs WEBHOOKS_JS CASES_JSON
// CASES_JSON: [{"provider", "body", "headers": {…}, "secret": … or null}, …]
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [modulePath, casesPath] = process.argv.slice(2);
const { receive } = await import(pathToFileURL(modulePath).href);
const outcomes = [];
for (const item of JSON.parse(readFileSync(casesPath, "utf8"))) {
  try {
    const event = await receive(item.provider, item.body, new Headers(item.headers), item.secret);
    const { payload, ...facts } = event;
    outcomes.push({ accepted: true, ...facts });
  } catch (error) {
    outcomes.push({ accepted: false, error: error.name, reason: error.reason ?? null });
  }
}
process.stdout.write(JSON.stringify(outcomes));
