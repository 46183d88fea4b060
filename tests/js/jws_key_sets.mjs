// A Tl-Signature signed for each of TrueLayer's key sets (sign's jku), received by a receiver
// that accepts one environment, and the message of each refusal.
// Usage: node jws_key_sets.mjs WEBHOOKS_JS PRIVATE_JWK PUBLIC_JWK BODY
// Prints: {"<signed for> by <receiver>": "ok" | "Reason: message", …}
import { pathToFileURL } from "node:url";

const [modulePath, privateJwk, publicJwk, body] = process.argv.slice(2);
const { receive, sign } = await import(pathToFileURL(modulePath).href);
const production = "https://webhooks.truelayer.com/.well-known/jwks";
const sandbox = "https://webhooks.truelayer-sandbox.com/.well-known/jwks";
const now = new Date("2026-01-02T03:04:05Z");
const keys = { keys: [JSON.parse(publicJwk)] };
const out = {};
for (const [signedFor, jku] of [
  ["production", production],
  ["sandbox", sandbox],
]) {
  const headers = await sign(
    "truelayer",
    body,
    JSON.parse(privateJwk),
    undefined,
    now,
    "/hooks",
    jku,
  );
  for (const [receiver, accepts] of [
    ["a production receiver", production],
    ["a receiver without the kid", null],
  ]) {
    const given = (asked) => (asked === accepts ? keys : accepts === null ? { keys: [] } : null);
    try {
      await receive("truelayer", body, headers, given, { path: "/hooks", now });
      out[`${signedFor} by ${receiver}`] = "ok";
    } catch (error) {
      out[`${signedFor} by ${receiver}`] = `${error.name}: ${error.message}`;
    }
  }
}
try {
  await sign(
    "truelayer",
    body,
    JSON.parse(privateJwk),
    undefined,
    now,
    "/hooks",
    "https://evil.example/jwks",
  );
  out["a jku of no key set"] = "signed";
} catch (error) {
  out["a jku of no key set"] = `${error.name}: ${error.message}`;
}
process.stdout.write(JSON.stringify(out));
