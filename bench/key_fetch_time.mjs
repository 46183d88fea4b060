// The seconds each fetch of a key takes with the built package's keyFetcher, to the end of its
// refusal (bench/delivery_rows.py's key_fetch_bound).
// Usage: node bench/key_fetch_time.mjs WEBHOOKS_JS GIVEN_JSON
// GIVEN_JSON: {"via": {provider origin: loopback origin}, "credentials": [id, secret],
//              "timeout": seconds, "addresses": [key address, …]}
// Prints: [seconds, …], one for each address, in their order.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [modulePath, givenPath] = process.argv.slice(2);
const { keyFetcher } = await import(pathToFileURL(modulePath).href);
const given = JSON.parse(readFileSync(givenPath, "utf8"));
const seconds = [];
for (const address of given.addresses) {
  const fetcher = keyFetcher("akahu", {
    credentials: given.credentials,
    timeout: given.timeout,
    _via: given.via,
  });
  const start = performance.now();
  await fetcher(address).catch(() => null);
  seconds.push((performance.now() - start) / 1000);
}
process.stdout.write(JSON.stringify(seconds));
