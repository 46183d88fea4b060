// TrueLayer's own Node library (the truelayer-signing npm package, as bankcodes' npm package has
// it installed) over the JWS cases that say what it answers: its verdict on each, called as its
// README's webhook example calls verify (the case's key set, POST, the path, the body, the headers).
// Usage: node jws_library_verdicts.mjs WEBHOOKS_JS CASES_JSON
// Prints: [{"name", "verdict": "ok" | "refused"}, …]
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const [modulePath, casesPath] = process.argv.slice(2);
const tl = createRequire(modulePath)("truelayer-signing");
const results = [];
for (const item of JSON.parse(readFileSync(casesPath, "utf8"))) {
  if (item.libraries === undefined) continue;
  let verdict = "ok";
  try {
    tl.verify({
      jwks: JSON.stringify(item.keys),
      signature: item.headers["Tl-Signature"],
      method: "POST",
      path: item.path,
      body: Buffer.from(item.body, "base64").toString("utf8"),
      headers: item.headers,
    });
  } catch {
    verdict = "refused";
  }
  results.push({ name: item.name, verdict });
}
process.stdout.write(JSON.stringify(results));
