// The compiled package's decideError for responses whose status alone may decide: each case an
// axios error carrying the status and body given (none: an empty body).
// Usage: node decide_statuses.mjs INDEX_JS CASES_JSON ([[provider or null, status, body or
// null], ...])
// Prints: [[nextStep, actor, state, the first reason's source], ...] in order.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [modulePath, casesPath] = process.argv.slice(2);
const { decideError } = await import(pathToFileURL(modulePath).href);
const read = [];
for (const [provider, status, body] of JSON.parse(readFileSync(casesPath, "utf8"))) {
  const response = { status, data: body ?? "", headers: {} };
  const error = Object.assign(new Error("Request failed"), { isAxiosError: true, response });
  const now = new Date("2026-11-27T09:00:00Z");
  const decided = await decideError(error, { provider: provider ?? undefined, now });
  read.push([decided.nextStep, decided.actor, decided.state, decided.why[0].source]);
}
process.stdout.write(JSON.stringify(read));
