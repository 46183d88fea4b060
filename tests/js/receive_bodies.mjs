// Receive each delivery with the compiled bankcodes/webhooks under the options it names, and
// print what came out: the event's type, or the error's class, reason, message and problems.
// Usage: node receive_bodies.mjs WEBHOOKS_JS CASES_JSON
// CASES_JSON: [{"provider", "body": BASE64, "headers": {…}, "secret": … or null,
//   "options": {"strict"?, "maxBytes"?, "now"?: ISO}}, …]
// Prints: [{"accepted": true, "type"} or {"accepted": false, "error", "reason", "message",
//   "problems": [{path, message}], "omitted", "stopped"}, …]
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [modulePath, casesPath] = process.argv.slice(2);
const { receive } = await import(pathToFileURL(modulePath).href);

const results = [];
for (const item of JSON.parse(readFileSync(casesPath, "utf8"))) {
  const body = new Uint8Array(Buffer.from(item.body, "base64"));
  const options = { ...item.options };
  if (typeof options.now === "string") options.now = new Date(options.now);
  try {
    const event = await receive(item.provider, body, item.headers, item.secret, options);
    results.push({ accepted: true, type: event.type });
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    results.push({
      accepted: false,
      error: error.name,
      reason: error.reason ?? null,
      message: error.message,
      problems: error.problems ?? [],
      omitted: error.omitted ?? 0,
      stopped: error.stopped ?? false,
    });
  }
}
process.stdout.write(JSON.stringify(results));
