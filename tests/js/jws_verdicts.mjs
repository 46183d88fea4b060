// Verify each JWS case with the compiled bankcodes/webhooks and print its outcome.
// Usage: node jws_verdicts.mjs WEBHOOKS_JS CASES_JSON
// CASES_JSON: [{"name", "body": BASE64, "headers": {…}, "keys": … | {"$function": JWKS or null},
//               "path"?: string, "now": Unix seconds, "max_age"?: seconds}, …]
// Prints: [{"name", "outcome": "ok" | "signature:<reason>" | "configuration:<reason>",
//           "calls": [jku, …] (what a key function was asked for)}, …]
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [modulePath, casesPath] = process.argv.slice(2);
const { verify, SignatureError, ConfigurationError } = await import(pathToFileURL(modulePath).href);
const results = [];
for (const item of JSON.parse(readFileSync(casesPath, "utf8"))) {
  const calls = [];
  let keys = item.keys;
  if (keys !== null && typeof keys === "object" && "$function" in keys) {
    const found = keys.$function;
    keys = (jku) => {
      calls.push(jku);
      return found;
    };
  }
  const options = { now: new Date(item.now * 1000) };
  if (item.path !== undefined) options.path = item.path;
  if (item.max_age !== undefined) options.maxAgeSeconds = item.max_age;
  let outcome = "ok";
  try {
    await verify("truelayer", Buffer.from(item.body, "base64"), item.headers, keys, options);
  } catch (error) {
    if (error instanceof SignatureError) outcome = `signature:${error.reason}`;
    else if (error instanceof ConfigurationError) outcome = `configuration:${error.reason}`;
    else outcome = `crash:${String(error)}`;
  }
  results.push({ name: item.name, outcome, calls });
}
process.stdout.write(JSON.stringify(results));
