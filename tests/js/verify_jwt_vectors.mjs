// Run the compiled webhook verifier (bankcodes/webhooks) over the JWT corpus (tests/jwt_corpus.py).
// Usage: node verify_jwt_vectors.mjs WEBHOOKS_JS VECTORS_JSON
// Prints: [{"name": ..., "outcome": "ok" | "signature:<reason>" | "configuration:<reason>"}, ...]
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [modulePath, vectorsPath] = process.argv.slice(2);
const { verify, SignatureError, ConfigurationError } = await import(pathToFileURL(modulePath).href);
const { now, vectors } = JSON.parse(readFileSync(vectorsPath, "utf8"));

/** The keys as a developer holds them: the value, a Map, or an async function of the kid. */
function keysOf(vector) {
  if (vector.keys_as === "null") return null;
  if (vector.keys_as === "bytes") return new Uint8Array(0);
  if (vector.keys_as === "map") return new Map(Object.entries(vector.keys));
  if (vector.keys_as === "function")
    return async (kid) => (Object.hasOwn(vector.keys, kid) ? vector.keys[kid] : null);
  return vector.keys;
}

const outcomes = [];
for (const vector of vectors) {
  const body = new Uint8Array(Buffer.from(vector.body_base64, "base64"));
  let outcome = "ok";
  try {
    const options = { now: new Date(now * 1000) };
    if (vector.max_age !== null) options.maxAgeSeconds = vector.max_age;
    await verify("plaid", body, { "Plaid-Verification": vector.token }, keysOf(vector), options);
  } catch (error) {
    if (error instanceof SignatureError) outcome = `signature:${error.reason}`;
    else if (error instanceof ConfigurationError) outcome = `configuration:${error.reason}`;
    else outcome = `crash:${String(error)}`;
  }
  outcomes.push({ name: vector.name, outcome });
}
process.stdout.write(JSON.stringify(outcomes));
