// A shared signature vector (tests/support/signature_vectors.json) verified by the compiled
// bankcodes/webhooks.
// Gives: "ok", "signature:<reason>" or "configuration:<reason>" (or "crash:<error>").
export async function verdict(vector, load) {
  const { verify, SignatureError, ConfigurationError } = await load("webhooks.js");
  const body = new Uint8Array(Buffer.from(vector.body_base64, "base64"));
  try {
    const options = {
      ...(vector.now === undefined ? {} : { now: new Date(vector.now * 1000) }),
      ...(vector.secret_header === undefined ? {} : { secretHeader: vector.secret_header }),
    };
    await verify(vector.provider, body, vector.headers, vector.secret, options);
  } catch (error) {
    if (error instanceof SignatureError) return `signature:${error.reason}`;
    if (error instanceof ConfigurationError) return `configuration:${error.reason}`;
    return `crash:${String(error)}`;
  }
  return "ok";
}
