// Receive each delivery with the compiled bankcodes/webhooks, lenient and strict, and print the
// verdicts: accepted (and the event type), or the error's class, reason and first problem's path.
// Usage: node receive_verdicts.mjs WEBHOOKS_JS CASES_JSON [own]
// CASES_JSON: [{"provider", "body": BASE64, "headers": {…}, "secret": … or null, "now": ISO,
//               "path", "secret_header": the header's name where the app names it, or null}, …]
// Prints: [{"lenient": verdict, "strict": verdict}, …]; with "own", each with "own": the
// verdicts of the provider's own receiver (webhooks-<provider>.js beside WEBHOOKS_JS, whose
// receive takes no provider), or null where the package has none.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

const [modulePath, casesPath, own] = process.argv.slice(2);
const { receive: receiveAny } = await import(pathToFileURL(modulePath).href);
const receivers = new Map();

/** The receive of the provider's own entry point, as one taking the provider (null: none). */
async function ownReceive(provider) {
  if (!receivers.has(provider)) {
    const path = join(dirname(modulePath), `webhooks-${provider}.js`);
    const found = existsSync(path) ? (await import(pathToFileURL(path).href)).receive : null;
    receivers.set(provider, found && ((_, ...rest) => found(...rest)));
  }
  return receivers.get(provider);
}

async function verdict(item, strict, receive = receiveAny) {
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
  const found = { lenient: await verdict(item, false), strict: await verdict(item, true) };
  if (own === "own") {
    const receive = await ownReceive(item.provider);
    found.own = receive && {
      lenient: await verdict(item, false, receive),
      strict: await verdict(item, true, receive),
    };
  }
  verdicts.push(found);
}
process.stdout.write(JSON.stringify(verdicts));
