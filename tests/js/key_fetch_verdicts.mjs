// Receive each step of the key fetcher's scenario (tests/webhooks/test_key_fetch.py) with the
// compiled bankcodes/webhooks, its keys fetched by keyFetcher from a loopback key host.
// Usage: node key_fetch_verdicts.mjs WEBHOOKS_JS STEPS_JSON
// STEPS_JSON: {"origin": loopback origin, "via": {provider origin: loopback origin},
//              "credentials": [id, secret], "timeout": seconds,
//              "steps": [{"name", "provider", "fetcher", "body": BASE64, "headers": {…}}, …]}
// A step's fetcher: "akahu" (one fetcher with the app's credentials, kept across steps),
// "akahu-wrong" (wrong credentials), "akahu-none" (none), "eb" (one certificate fetcher).
// Prints: [{"name", "outcome": "<ok | signature:<reason> | configuration:<reason>> <requests>"}]
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [modulePath, stepsPath] = process.argv.slice(2);
const { verify, keyFetcher, SignatureError, ConfigurationError } = await import(
  pathToFileURL(modulePath).href
);
const given = JSON.parse(readFileSync(stepsPath, "utf8"));
const base = { timeout: given.timeout, _via: given.via };
const made = {};
const fetchers = {
  akahu: () => keyFetcher("akahu", { ...base, credentials: given.credentials }),
  "akahu-wrong": () => keyFetcher("akahu", { ...base, credentials: ["app_token", "wrong"] }),
  "akahu-none": () => keyFetcher("akahu", base),
  eb: () => keyFetcher("enablebanking", base),
};
const hits = async () => Number(await (await fetch(`${given.origin}/__hits`)).text());
const results = [];
for (const step of given.steps) {
  const before = await hits();
  let outcome = "ok";
  try {
    made[step.fetcher] ??= fetchers[step.fetcher]();
    const body = Buffer.from(step.body, "base64");
    await verify(step.provider, body, step.headers, made[step.fetcher]);
  } catch (error) {
    if (error instanceof SignatureError) outcome = `signature:${error.reason}`;
    else if (error instanceof ConfigurationError) outcome = `configuration:${error.reason}`;
    else outcome = `crash:${String(error)}`;
  }
  results.push({ name: step.name, outcome: `${outcome} ${(await hits()) - before}` });
}
process.stdout.write(JSON.stringify(results));
