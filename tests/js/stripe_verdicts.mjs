// Stripe's own library (the stripe npm package) over the shared signature vectors of Stripe:
// its verdict on each, with the tolerance its constructEvent uses and the time the vector says.
// Usage: node stripe_verdicts.mjs VECTORS_JSON
// Prints: [{"name": ..., "accepted": true | false}, ...]
import { readFileSync } from "node:fs";
import Stripe from "stripe";

const [vectorsPath] = process.argv.slice(2);
const stripe = new Stripe("sk_test_unused");
const verdicts = [];
for (const vector of JSON.parse(readFileSync(vectorsPath, "utf8")).vectors) {
  if (vector.provider !== "stripe" || typeof vector.secret !== "string") continue;
  const body = Buffer.from(vector.body_base64, "base64");
  const found = vector.headers.find(([name]) => name.toLowerCase() === "stripe-signature");
  let accepted = true;
  try {
    stripe.webhooks.signature.verifyHeader(
      body,
      found === undefined ? undefined : found[1],
      vector.secret,
      Stripe.webhooks.DEFAULT_TOLERANCE ?? 300,
      undefined,
      vector.now * 1000,
    );
  } catch {
    accepted = false;
  }
  verdicts.push({ name: vector.name, accepted });
}
process.stdout.write(JSON.stringify(verdicts));
