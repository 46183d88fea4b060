// Sign each case with the compiled bankcodes/webhooks and print its outcome.
// Usage: node sign_outcomes.mjs WEBHOOKS_JS CASES_JSON
// CASES_JSON: [{"name", "provider", "body": BASE64, "secret": …, "path"?: string,
//               "now"?: Unix seconds}, …]
// Prints: [{"name", "outcome": "ok" | "<error class>:<reason>", "message": the error's, or "",
//           "headers": the headers signed, or null}]
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [modulePath, casesPath] = process.argv.slice(2);
const { sign } = await import(pathToFileURL(modulePath).href);
const results = [];
for (const item of JSON.parse(readFileSync(casesPath, "utf8"))) {
  const body = new Uint8Array(Buffer.from(item.body, "base64"));
  let outcome = "ok";
  let message = "";
  let headers = null;
  try {
    const now = new Date((item.now ?? Date.now() / 1000) * 1000);
    headers = await sign(item.provider, body, item.secret, undefined, now, item.path);
  } catch (error) {
    outcome = `${error.constructor.name}:${error.reason}`;
    message = error.message;
  }
  results.push({ name: item.name, outcome, message, headers });
}
process.stdout.write(JSON.stringify(results));
