// Run the compiled webhook verifier (bankcodes/webhooks) over the shared vectors.
// Usage: node verify_vectors.mjs WEBHOOKS_JS VECTORS_JSON
// Prints: [{"name": ..., "outcome": "ok" | "signature:<reason>" | "configuration:<reason>"}, ...]
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [modulePath, vectorsPath] = process.argv.slice(2);
const { verify, SignatureError, ConfigurationError } = await import(pathToFileURL(modulePath).href);
const { vectors } = JSON.parse(readFileSync(vectorsPath, "utf8"));
const outcomes = [];
for (const vector of vectors) {
  const body = new Uint8Array(Buffer.from(vector.body_base64, "base64"));
  let outcome = "ok";
  try {
    const options = {
      ...(vector.now === undefined ? {} : { now: new Date(vector.now * 1000) }),
      ...(vector.secret_header === undefined ? {} : { secretHeader: vector.secret_header }),
    };
    await verify(vector.provider, body, vector.headers, vector.secret, options);
  } catch (error) {
    if (error instanceof SignatureError) outcome = `signature:${error.reason}`;
    else if (error instanceof ConfigurationError) outcome = `configuration:${error.reason}`;
    else outcome = `crash:${String(error)}`;
  }
  outcomes.push({ name: vector.name, outcome });
}
process.stdout.write(JSON.stringify(outcomes));
