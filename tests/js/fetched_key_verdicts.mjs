// Verify each case of the fetched-key corpus (tests/support/fetched_key_corpus.py) with the
// compiled bankcodes/webhooks and print its outcome.
// Usage: node fetched_key_verdicts.mjs WEBHOOKS_JS CASES_JSON
// CASES_JSON: [{"name", "provider", "body": BASE64, "headers": {…},
//               "keys": PEM | {address: PEM} | {"$function": PEM or null} | {"$raise": text}
//                       | {"$bytes": {address: BASE64}} | null,
//               "max_age"?: seconds}, …]
// Prints: [{"name", "outcome": "ok" | "signature:<reason>" | "configuration:<reason>",
//           "calls": [address, …] (what a key function was asked for)}, …]
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
    keys = (address) => {
      calls.push(address);
      return found;
    };
  } else if (keys !== null && typeof keys === "object" && "$bytes" in keys) {
    const bytes = Object.entries(keys.$bytes).map(([a, b]) => [a, Buffer.from(b, "base64")]);
    keys = Object.fromEntries(bytes.map(([a, b]) => [a, new Uint8Array(b)]));
  } else if (keys !== null && typeof keys === "object" && "$raise" in keys) {
    const text = keys.$raise;
    keys = (address) => {
      calls.push(address);
      throw new Error(text);
    };
  }
  const options = item.max_age === undefined ? {} : { maxAgeSeconds: item.max_age };
  let outcome = "ok";
  try {
    await verify(item.provider, Buffer.from(item.body, "base64"), item.headers, keys, options);
  } catch (error) {
    if (error instanceof SignatureError) outcome = `signature:${error.reason}`;
    else if (error instanceof ConfigurationError) outcome = `configuration:${error.reason}`;
    else outcome = `crash:${String(error)}`;
  }
  results.push({ name: item.name, outcome, calls });
}
process.stdout.write(JSON.stringify(results));
