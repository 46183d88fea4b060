// Run the compiled Node signature verifier over the shared vectors and print the outcomes.
// Usage: node verify_vectors.mjs SIGNATURES_JS VECTORS_JSON
// Prints: [{"name": ..., "outcome": "ok" | reason}, ...]
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [modulePath, vectorsPath] = process.argv.slice(2);
const { verify } = await import(pathToFileURL(modulePath).href);
const { vectors } = JSON.parse(readFileSync(vectorsPath, "utf8"));
const outcomes = vectors.map((vector) => {
  const body = Buffer.from(vector.body_base64, "base64");
  const result = verify(vector.provider, body, vector.headers, vector.secret);
  return { name: vector.name, outcome: result.ok ? "ok" : result.reason, header: result.header ?? null };
});
process.stdout.write(JSON.stringify(outcomes));
