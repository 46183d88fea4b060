// Receive each delivery of a corpus of hostile headers with the compiled bankcodes/webhooks and
// print the verdicts: accepted, or the error's class and reason ("escaped X" for an error that is
// no WebhookError, which is what the corpus looks for). The headers are a plain object, as
// Node's http and Express give them (a Headers object refuses what is no ByteString).
// Usage: node receive_header_verdicts.mjs WEBHOOKS_JS CASES_JSON [--once]
// --once: each case's headers are given as a one-shot iterator of [name, value] pairs.
// CASES_JSON: [{"provider", "body": BASE64, "headers": {…}, "secret", "now": ISO, "path",
//               "secret_header": the header's name where the app names it, or null}, …]
// Prints: [{"accepted": true} | {"accepted": false, "error", "reason"}, …]
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [modulePath, casesPath, once] = process.argv.slice(2);
const { receive, WebhookError } = await import(pathToFileURL(modulePath).href);

const verdicts = [];
for (const item of JSON.parse(readFileSync(casesPath, "utf8"))) {
  const body = new Uint8Array(Buffer.from(item.body, "base64"));
  const options = { now: new Date(item.now), path: item.path };
  if (item.secret_header !== null) options.secretHeader = item.secret_header;
  try {
    const headers = once === "--once" ? Object.entries(item.headers).values() : item.headers;
    await receive(item.provider, body, headers, item.secret, options);
    verdicts.push({ accepted: true });
  } catch (error) {
    const name = error instanceof Error ? error.name : typeof error;
    verdicts.push(
      error instanceof WebhookError
        ? { accepted: false, error: name, reason: error.reason }
        : { accepted: false, error: `escaped ${name}`, reason: null },
    );
  }
}
process.stdout.write(JSON.stringify(verdicts));
