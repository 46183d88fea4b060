// The compiled package's decide at its edges: the moments it refuses (before 1970, after 9998,
// no valid Date), headers of which some pairs cannot be read (a number, bytes as a server gives
// them), responses whose body is not read (an encoding not read, over the limit), consent ends
// that are no date-time a decision holds, providers that are none, and a body whose prose waits
// are under keys JavaScript orders first (array indexes).
// Usage: node decide_edges.mjs INDEX_JS
// Prints: {"moments": [[the moment given, the error's name and message, or the decision's
// notBefore], ...], "headers": [[waitSeconds, the says of the last reason but whose the body
// is], ...], "unread": [[nextStep, waitSeconds], ...], "ends": [[endsAt, the ends_at reasons'
// says], ...], "providers": [the error's name and message, ...], "prose": waitSeconds,
// "statusless": [[nextStep, lead in English and French, why as [part, says, source]], ...]}
import { pathToFileURL } from "node:url";

const [modulePath] = process.argv.slice(2);
const { decide, decideError, fromError, lead } = await import(pathToFileURL(modulePath).href);
const body = { error_type: "RATE_LIMIT_EXCEEDED", error_code: "RATE_LIMIT" };
const headers = [["Retry-After", "30"]];
const texts = ["1969-12-31T23:59:59.999Z", "9998-12-31T23:59:59.999Z", "9999-01-01T00:00:00.000Z"];
const given = [...texts.map((text) => [text, new Date(text)]), ["NaN", new Date(Number.NaN)]];
const moments = given.map(([text, now]) => {
  try {
    return [text, decide(body, { provider: "plaid", headers, now }).notBefore.toISOString()];
  } catch (error) {
    return [text, `${error.name}: ${error.message}`];
  }
});
const bytes = (text) => new TextEncoder().encode(text);
const read = [
  { "Retry-After": "30", "Content-Length": 123 },
  [
    [bytes("retry-after"), bytes("30")],
    [bytes("x-seen"), 5],
  ],
  [["Retry-After", "30"], "no pair"],
].map((headers) => {
  const decided = decide(body, { provider: "plaid", headers });
  return [decided.waitSeconds, decided.why.filter((reason) => reason.part !== "code").at(-1).says];
});
const rateLimit = JSON.stringify(body);
const unread = [];
for (const [encoding, text] of [
  ["br", rateLimit],
  ["identity", rateLimit.padEnd(2 * 1024 * 1024, " ")],
]) {
  const headers = { "Retry-After": "30", "Content-Encoding": encoding };
  const response = new Response(text, { status: 429, headers });
  const decided = await decideError(response, { provider: "plaid" });
  unread.push([decided.nextStep, decided.waitSeconds]);
}
// A fetch Response whose body its caller has read already (the usual `if (!response.ok)`).
const readFirst = new Response(rateLimit, { status: 429, headers: { "Retry-After": "30" } });
await readFirst.text();
const decidedRead = await decideError(readFirst, { provider: "plaid" });
unread.push([decidedRead.nextStep, decidedRead.waitSeconds]);
const expiring = { webhook_type: "ITEM", webhook_code: "PENDING_EXPIRATION", item_id: "x" };
const now = new Date("2026-11-27T09:00:00Z");
const ends = ["0001-01-01T00:00:00+01:00", undefined, 10n, () => 1].map((value) => {
  const decided = decide(
    { ...expiring, consent_expiration_time: value },
    { provider: "plaid", now },
  );
  const says = decided.why.filter((reason) => reason.part === "ends_at").map((r) => r.says);
  return [decided.endsAt === null ? null : decided.endsAt.toISOString(), says];
});
const providers = [];
for (const call of [
  () => decide(body, { provider: "Plaid" }),
  () => decideError(body, { provider: "nope" }),
  () => fromError(body, 42),
  () => decide(body, { provider: null }),
]) {
  try {
    await call();
    providers.push("accepted");
  } catch (error) {
    providers.push(`${error.name}: ${error.message}`);
  }
}
const prose = decide(
  {
    summary: "Rate limit exceeded",
    detail: "Please try again in 85092 seconds",
    1: "Please try again in 5 seconds",
    status_code: 429,
  },
  { provider: "gocardless" },
).waitSeconds;
// A status given: an HTML page's 503 decides by it; a status that is none is the caller's mistake.
const page = "<html><body><h1>503 Service Unavailable</h1></body></html>";
const statuses = [];
for (const status of [503, undefined, 99, 600, 503.5, "503", true]) {
  try {
    const decided = decide(page, { status });
    statuses.push([decided.nextStep, decided.why.map((reason) => reason.source)]);
  } catch (error) {
    statuses.push(`${error.name}: ${error.message}`);
  }
}
// A body whose HTTP status is its code, given with no status: Akahu's error named, unnamed, and
// a body no kind reads (Argyle's field errors).
const akahu = { success: false, message: "Example error message" };
const statusless = [
  [akahu, "akahu"],
  [akahu, undefined],
  [{ email: ["Enter a valid email address."] }, "argyle"],
].map(([body, provider]) => {
  const decided = decide(body, { provider });
  const why = decided.why.map((reason) => [reason.part, reason.says, reason.source]);
  return [decided.nextStep, lead(decided), lead(decided, "fr"), why];
});
// Bodies with no code but their provider's own words (test_decide_edges.py's WORDS).
const graphql = {
  errors: [
    {
      message: "Auth error",
      locations: [{ line: 1, column: 1 }],
      path: ["session"],
      extensions: {
        instruction: "Re-authenticate the user",
        documentationUrl: "https://www.quiltt.dev/authentication#session-tokens",
      },
    },
  ],
};
const forbidden = {
  message: "Forbidden",
  instruction: "This endpoint must be called from a supported Quiltt SDK.",
};
const hostile = {
  errors: [
    {
      message: "m",
      extensions: {
        instruction: "Re\u202eauth\u0007 " + "x".repeat(300),
        documentationUrl: "https://quiltt.dev/x",
      },
    },
  ],
};
const words = [
  [graphql, undefined, 200],
  [graphql, "quiltt", 200],
  [forbidden, "quiltt", 403],
  [forbidden, undefined, 403],
  [{ email: ["Enter a valid email address."] }, undefined, undefined],
  [{ phone_number: ["Enter a valid phone number."] }, "argyle", undefined],
  [hostile, undefined, 200],
].map(([body, provider, status]) => {
  const decided = decide(body, { provider, status });
  const why = decided.why.map((reason) => [reason.part, reason.says, reason.source]);
  return [decided.nextStep, lead(decided), lead(decided, "fr"), why];
});
const edges = {
  moments,
  headers: read,
  unread,
  ends,
  providers,
  prose,
  statuses,
  statusless,
  words,
};
process.stdout.write(JSON.stringify(edges));
