// A body that is no provider's (tests/support/foreign_bodies.json) read by the compiled package:
// what recognise (of the body's JSON, read as the package reads a body; the first item of a
// list) and fromError (of the body, and of a fetch Response carrying it with its status, 500
// where it has none) claim of it.
// Gives: null, or {"kinds": [...], "body": kind or null, "response": kind or null}.
const fail = (_path, message) => new Error(message);

export async function verdict({ body, status }, load) {
  const { fromError, recognise, readJson } = await load("index.js");
  let kinds = [];
  try {
    let data = readJson(new TextEncoder().encode(body), 1 << 20, fail);
    if (Array.isArray(data) && data[0] !== null && typeof data[0] === "object") data = data[0];
    kinds = recognise(data);
  } catch {
    kinds = []; // no JSON: nothing to recognise
  }
  const fromBody = await fromError(body);
  const code = typeof status === "number" && status >= 400 ? status : 500;
  const fromResponse = await fromError(new Response(body, { status: code }));
  const claimed = kinds.length > 0 || fromBody !== null || fromResponse !== null;
  return claimed
    ? { kinds, body: fromBody?.kind ?? null, response: fromResponse?.kind ?? null }
    : null;
}
