// Run the compiled webhook verifier (bankcodes/webhooks) over the JWT corpus (tests/jwt_corpus.py).
// Usage: node verify_jwt_vectors.mjs WEBHOOKS_JS VECTORS_JSON
// Prints: [{"name": ..., "outcome": "ok" | "signature:<reason>" | "configuration:<reason>"}, ...]
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { outcomes } from "./jwt_vector_outcomes.mjs";

const [modulePath, vectorsPath] = process.argv.slice(2);
const webhooks = await import(pathToFileURL(modulePath).href);
const found = await outcomes(webhooks, readFileSync(vectorsPath, "utf8"));
process.stdout.write(JSON.stringify(found));
