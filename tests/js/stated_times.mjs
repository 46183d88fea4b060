// The compiled package's decide on bodies that state a time (a wait a code stands for, a token's
// lifetime in seconds) or a step in a message, for test_stated_times.py.
// Usage: node stated_times.mjs INDEX_JS CALLS.json, where CALLS is [[body, provider or null,
// now as an ISO 8601 instant], ...].
// Prints: [[nextStep, actor, waitSeconds, endsAt (ISO) or null, lead in English, lead in French,
// why as [part, says, source]], ...]
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [modulePath, file] = process.argv.slice(2);
const { decide, lead } = await import(pathToFileURL(modulePath).href);
const calls = JSON.parse(readFileSync(file, "utf8"));
const decided = calls.map(([body, provider, now]) => {
  const options = { now: new Date(now), ...(provider === null ? {} : { provider }) };
  const decision = decide(body, options);
  return [
    decision.nextStep,
    decision.actor,
    decision.waitSeconds,
    decision.endsAt === null ? null : decision.endsAt.toISOString(),
    lead(decision),
    lead(decision, "fr"),
    decision.why.map((reason) => [reason.part, reason.says, reason.source]),
  ];
});
process.stdout.write(JSON.stringify(decided));
