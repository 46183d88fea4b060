// A vector of the JWT corpus (tests/support/jwt_corpus.py) verified by a webhooks module's
// verify, with Web APIs only, so the same code runs in Node and bundled into an edge-like context
// (verify_jwt_vectors_edge.mjs).
// Gives: "ok", "signature:<reason>" or "configuration:<reason>" (or "crash:<error>").

/** The keys as a developer holds them: the value, a Map, or an async function of the kid. */
function keysOf(vector) {
  if (vector.keys_as === "null") return null;
  if (vector.keys_as === "bytes") return new Uint8Array(0);
  if (vector.keys_as === "map") return new Map(Object.entries(vector.keys));
  if (vector.keys_as === "function")
    return async (kid) => (Object.hasOwn(vector.keys, kid) ? vector.keys[kid] : null);
  return vector.keys;
}

export async function outcome({ verify, SignatureError, ConfigurationError }, vector) {
  const body = Uint8Array.from(atob(vector.body_base64), (char) => char.charCodeAt(0));
  try {
    const options = { now: new Date(vector.now * 1000) };
    if (vector.max_age !== null) options.maxAgeSeconds = vector.max_age;
    await verify("plaid", body, { "Plaid-Verification": vector.token }, keysOf(vector), options);
  } catch (error) {
    if (error instanceof SignatureError) return `signature:${error.reason}`;
    if (error instanceof ConfigurationError) return `configuration:${error.reason}`;
    return `crash:${String(error)}`;
  }
  return "ok";
}
