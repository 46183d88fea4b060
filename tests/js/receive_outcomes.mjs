// Receive each case with the compiled bankcodes/webhooks and print its outcome: the event's
// facts, or the error's class and reason.
// Usage: node receive_outcomes.mjs WEBHOOKS_JS CASES_JSON [own]
// CASES_JSON: [{"provider", "body", "headers": {…}, "secret": … or null}, …]
// With "own", WEBHOOKS_JS is a provider's own receiver (bankcodes/<provider>/webhooks), whose
// receive takes no provider.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [modulePath, casesPath, own] = process.argv.slice(2);
const imported = (await import(pathToFileURL(modulePath).href)).receive;
const receive = own === "own" ? (_, ...rest) => imported(...rest) : imported;
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
