// consentWindow of the compiled package over the shared corpus of consent windows, printed as
// JSON: [validUntil, renewFrom] as ISO strings, or {error: its class and message}.
// Usage: node consent_windows.mjs DIST CORPUS.json
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [dist, file] = process.argv.slice(2);
const { consentWindow } = await import(pathToFileURL(`${dist}/index.js`).href);
const { cases } = JSON.parse(readFileSync(file, "utf8"));
const results = cases.map(({ now, wish }) => {
  const given = {
    provider: wish.provider,
    maxDays: wish.max_days,
    maxUntil: wish.max_until === undefined ? undefined : new Date(wish.max_until),
    wantDays: wish.want_days,
  };
  try {
    const { validUntil, renewFrom } = consentWindow(new Date(now), given);
    return [validUntil.toISOString(), renewFrom.toISOString()];
  } catch (error) {
    return { error: `${error.name}: ${error.message}` };
  }
});
process.stdout.write(JSON.stringify(results));
