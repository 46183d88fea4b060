// The JWT corpus (tests/jwt_corpus.py) run through a webhooks module's verify, with Web APIs
// only, so the same code runs in Node (verify_jwt_vectors.mjs) and bundled into an edge-like
// context (verify_jwt_vectors_edge.mjs).
// Returns: [{"name": ..., "outcome": "ok" | "signature:<reason>" | "configuration:<reason>"}, ...]

/** The keys as a developer holds them: the value, a Map, or an async function of the kid. */
function keysOf(vector) {
  if (vector.keys_as === "null") return null;
  if (vector.keys_as === "bytes") return new Uint8Array(0);
  if (vector.keys_as === "map") return new Map(Object.entries(vector.keys));
  if (vector.keys_as === "function")
    return async (kid) => (Object.hasOwn(vector.keys, kid) ? vector.keys[kid] : null);
  return vector.keys;
}

export async function outcomes({ verify, SignatureError, ConfigurationError }, vectorsJson) {
  const { now, vectors } = JSON.parse(vectorsJson);
  const found = [];
  for (const vector of vectors) {
    const body = Uint8Array.from(atob(vector.body_base64), (char) => char.charCodeAt(0));
    let outcome = "ok";
    try {
      const options = { now: new Date(now * 1000) };
      if (vector.max_age !== null) options.maxAgeSeconds = vector.max_age;
      await verify("plaid", body, { "Plaid-Verification": vector.token }, keysOf(vector), options);
    } catch (error) {
      if (error instanceof SignatureError) outcome = `signature:${error.reason}`;
      else if (error instanceof ConfigurationError) outcome = `configuration:${error.reason}`;
      else outcome = `crash:${String(error)}`;
    }
    found.push({ name: vector.name, outcome });
  }
  return found;
}
