// Receive each delivery with the compiled bankcodes/webhooks, lenient and strict, and print the
// verdicts: accepted (and the event type), or the error's class, reason and first problem's path.
// Usage: node receive_verdicts.mjs WEBHOOKS_JS CASES_JSON
// CASES_JSON: [{"provider", "body": BASE64, "headers": {…}, "secret": … or null, "now": ISO,
//               "path", "secret_header": the header's name where the app names it, or null}, …]
// Prints: [{"lenient": verdict, "strict": verdict}, …]
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [modulePath, casesPath] = process.argv.slice(2);
const { receive } = await import(pathToFileURL(modulePath).href);

async function verdict(item, strict) {
  const body = new Uint8Array(Buffer.from(item.body, "base64"));
  const options = { strict, now: new Date(item.now), path: item.path };
  if (item.secret_header !== null) options.secretHeader = item.secret_header;
  try {
    const event = await receive(
      item.provider,
      body,
      new Headers(item.headers),
      item.secret,
      options,
    );
    return { accepted: true, type: event.type };
  } catch (error) {
    if (!(error instanceof Error) || error.reason === undefined) throw error;
    return {
      accepted: false,
      error: error.name,
      reason: error.reason,
      path: error.problems?.[0]?.path ?? null,
    };
  }
}

const verdicts = [];
for (const item of JSON.parse(readFileSync(casesPath, "utf8"))) {
  verdicts.push({ lenient: await verdict(item, false), strict: await verdict(item, true) });
}
process.stdout.write(JSON.stringify(verdicts));
