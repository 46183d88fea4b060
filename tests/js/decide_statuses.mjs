// A response whose status alone may decide, read by the compiled package's decideError: an
// axios error carrying the status and body given (none: an empty body), [provider or null,
// status, body or null].
// Gives: [nextStep, actor, state, the first reason's source, the first sentence].
export async function verdict([provider, status, body], load) {
  const { decideError, lead } = await load("index.js");
  const response = { status, data: body ?? "", headers: {} };
  const error = Object.assign(new Error("Request failed"), { isAxiosError: true, response });
  const now = new Date("2026-11-27T09:00:00Z");
  const decided = await decideError(error, { provider: provider ?? undefined, now });
  return [decided.nextStep, decided.actor, decided.state, decided.why[0].source, lead(decided)];
}
