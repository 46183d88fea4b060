// Run the compiled webhook verifier (bankcodes/webhooks) over JWT vectors made by tests/test_jwt.py.
// Usage: node verify_jwt_vectors.mjs WEBHOOKS_JS VECTORS_JSON
// Prints: [{"name": ..., "outcome": "ok" | "signature:<reason>" | "configuration:<reason>"}, ...]
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [modulePath, vectorsPath] = process.argv.slice(2);
const { verify, SignatureError, ConfigurationError } = await import(pathToFileURL(modulePath).href);
const { now, keys, vectors } = JSON.parse(readFileSync(vectorsPath, "utf8"));
const outcomes = [];
for (const vector of vectors) {
  const body = new Uint8Array(Buffer.from(vector.body_base64, "base64"));
  let outcome = "ok";
  try {
    await verify("plaid", body, { "Plaid-Verification": vector.token }, keys, {
      now: new Date(now * 1000),
    });
  } catch (error) {
    if (error instanceof SignatureError) outcome = `signature:${error.reason}`;
    else if (error instanceof ConfigurationError) outcome = `configuration:${error.reason}`;
    else outcome = `crash:${String(error)}`;
  }
  outcomes.push({ name: vector.name, outcome });
}
process.stdout.write(JSON.stringify(outcomes));
