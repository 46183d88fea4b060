// The Standard Webhooks library for Node (the standardwebhooks npm package's Webhook.verify)
// over the shared signature vectors of the providers that sign as Standard Webhooks: its
// verdict on each, with the clock set to the time the vector says.
// Usage: node standard_webhooks_verdicts.mjs VECTORS_JSON PROVIDER...
// Prints: [{"name": ..., "accepted": true | false}, ...]
import { readFileSync } from "node:fs";
import { Webhook } from "standardwebhooks";

const [vectorsPath, ...providers] = process.argv.slice(2);
const verdicts = [];
for (const vector of JSON.parse(readFileSync(vectorsPath, "utf8")).vectors) {
  if (!providers.includes(vector.provider) || typeof vector.secret !== "string") continue;
  const body = Buffer.from(vector.body_base64, "base64").toString("utf8");
  const headers = Object.fromEntries(vector.headers);
  const now = Date.now;
  Date.now = () => vector.now * 1000;
  let accepted = true;
  try {
    new Webhook(vector.secret).verify(body, headers);
  } catch {
    accepted = false;
  } finally {
    Date.now = now;
  }
  verdicts.push({ name: vector.name, accepted });
}
process.stdout.write(JSON.stringify(verdicts));
