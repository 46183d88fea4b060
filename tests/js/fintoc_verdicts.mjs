// Fintoc's own Node library (the fintoc npm package's WebhookSignature.verifyHeader) over the
// shared signature vectors of Fintoc: its verdict on each, with its default tolerance (300 s)
// and the clock set to the time the vector says.
// Usage: node fintoc_verdicts.mjs VECTORS_JSON
// Prints: [{"name": ..., "accepted": true | false}, ...]
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { WebhookSignature } = require("fintoc/build/main/lib/webhook.js");

const [vectorsPath] = process.argv.slice(2);
const verdicts = [];
for (const vector of JSON.parse(readFileSync(vectorsPath, "utf8")).vectors) {
  if (vector.provider !== "fintoc" || typeof vector.secret !== "string") continue;
  const body = Buffer.from(vector.body_base64, "base64");
  const found = vector.headers.find(([name]) => name.toLowerCase() === "fintoc-signature");
  const now = Date.now;
  Date.now = () => vector.now * 1000;
  let accepted = true;
  try {
    WebhookSignature.verifyHeader(body, found === undefined ? "" : found[1], vector.secret);
  } catch {
    accepted = false;
  } finally {
    Date.now = now;
  }
  verdicts.push({ name: vector.name, accepted });
}
process.stdout.write(JSON.stringify(verdicts));
