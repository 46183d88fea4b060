// The error kinds and reasons of bankcodes/webhooks on configuration and replay cases.
// Usage: node receive_errors.mjs WEBHOOKS_JS LEAN_BODY_WITH_TIMESTAMP SECRET [SILENT...], where
// SILENT are providers of the catalog that send no webhooks: each one's error message is printed.
import { pathToFileURL } from "node:url";

const [modulePath, body, secret, ...silent] = process.argv.slice(2);
const { receive, sign } = await import(pathToFileURL(modulePath).href);
const headers = await sign("lean", body, secret);
const sent = Date.parse("2026-05-12T14:34:40.391Z");
const cases = {
  "no secret": () => receive("lean", body, headers, undefined),
  "blank secret": () => receive("lean", body, headers, " \t"),
  "lone surrogate secret": () => receive("lean", body, headers, "abc\ud800"),
  "unknown provider": () => receive("acme", body, headers, secret),
  "argyle tolerance": () => receive("argyle", body, headers, secret, { tolerance: 60 }),
  stale: () => receive("lean", body, headers, secret, { tolerance: 60, now: new Date(sent + 3600e3) }),
  fresh: () => receive("lean", body, headers, secret, { tolerance: 300, now: new Date(sent + 200e3) }),
  forged: () => receive("lean", body + " ", headers, secret),
  "forged and over the limit": () =>
    receive("lean", body + " ", headers, secret, { maxBytes: body.length }),
  "not JSON": async () => receive("lean", "{", await sign("lean", "{", secret), secret),
};
const outcomes = {};
for (const [name, run] of Object.entries(cases)) {
  try {
    await run();
    outcomes[name] = "ok";
  } catch (error) {
    outcomes[name] = `${error.constructor.name}:${error.reason}`;
  }
}
// A provider name is shown escaped: a line break in it stays on the error's one line.
try {
  await receive("ac\nme", body, headers, secret);
} catch (error) {
  outcomes["unknown provider, shown"] = !error.message.includes("\n") && error.message.includes("\\n");
}
// A provider of the catalog without webhooks is said to send none, not to be unknown.
outcomes.silent = {};
for (const provider of silent) {
  try {
    await receive(provider, body, headers, secret);
    outcomes.silent[provider] = "ok";
  } catch (error) {
    outcomes.silent[provider] = `${error.constructor.name}: ${error.message}`;
  }
}
process.stdout.write(JSON.stringify(outcomes));
