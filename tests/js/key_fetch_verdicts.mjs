// Receive each step of the key fetcher's scenario (tests/webhooks/test_key_fetch.py) with the
// compiled bankcodes/webhooks, its keys fetched by keyFetcher from a loopback key host.
// Usage: node key_fetch_verdicts.mjs WEBHOOKS_JS STEPS_JSON
// STEPS_JSON: {"origin": loopback origin, "via": {provider origin: loopback origin},
//              "credentials": [id, secret], "timeout": seconds,
//              "steps": [{"name", "provider", "fetcher", "body": BASE64, "headers": {…},
//                         "advance": seconds}, …]}
// A step's fetcher is named by its kind: "akahu" (the app's credentials), "akahu-wrong" (wrong
// credentials), "akahu-none" (none), "eb" (a certificate fetcher); then, after "#", what makes it
// one of its own. One fetcher of each name is kept across steps; every fetcher reads one clock,
// moved on by each step's "advance" before it.
// Prints: [{"name", "outcome": "<ok | signature:<reason> | configuration:<reason>> <requests>",
//           "message": the error's message, or ""}]
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [modulePath, stepsPath] = process.argv.slice(2);
const { verify, keyFetcher, SignatureError, ConfigurationError } = await import(
  pathToFileURL(modulePath).href
);
const given = JSON.parse(readFileSync(stepsPath, "utf8"));
let advanced = 0;
const clock = () => advanced + performance.now() / 1000;
const base = { timeout: given.timeout, _via: given.via, _clock: clock };
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
  advanced += step.advance ?? 0;
  const before = await hits();
  let outcome = "ok";
  let message = "";
  try {
    made[step.fetcher] ??= fetchers[step.fetcher.split("#")[0]]();
    const body = Buffer.from(step.body, "base64");
    await verify(step.provider, body, step.headers, made[step.fetcher]);
  } catch (error) {
    if (error instanceof SignatureError) outcome = `signature:${error.reason}`;
    else if (error instanceof ConfigurationError) outcome = `configuration:${error.reason}`;
    else outcome = `crash:${String(error)}`;
    message = String(error.message);
  }
  results.push({ name: step.name, outcome: `${outcome} ${(await hits()) - before}`, message });
}
process.stdout.write(JSON.stringify(results));
