// Fetch each answer of tests/webhooks/test_key_answers.py with the compiled bankcodes/webhooks'
// keyFetcher (a new one for each), from a loopback host that sends it byte for byte.
// Usage: node key_answer_verdicts.mjs WEBHOOKS_JS GIVEN_JSON
// GIVEN_JSON: {"origin": loopback origin, "count": how many answers}
// Prints: [the body read (as UTF-8), or the reason of the error, …], one for each answer.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [modulePath, givenPath] = process.argv.slice(2);
const { keyFetcher, WebhookError } = await import(pathToFileURL(modulePath).href);
const given = JSON.parse(readFileSync(givenPath, "utf8"));
const origin = "https://api.enablebanking.com";
const verdicts = [];
for (let number = 0; number < given.count; number++) {
  const fetcher = keyFetcher("enablebanking", { timeout: 5, _via: { [origin]: given.origin } });
  try {
    verdicts.push(new TextDecoder().decode(await fetcher(`${origin}/raw/${number}.pem`)));
  } catch (error) {
    verdicts.push(error instanceof WebhookError ? error.reason : `crash:${String(error)}`);
  }
}
process.stdout.write(JSON.stringify(verdicts));
