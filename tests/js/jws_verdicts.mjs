// A case of the JWS corpus (tests/support/jws_corpus.py) verified by the compiled
// bankcodes/webhooks: {"name", "body": BASE64, "headers": {…}, "keys": … | {"$function": JWKS
// or null}, "path"?: string, "now": Unix seconds, "max_age"?: seconds}.
// Gives: ["ok" | "signature:<reason>" | "configuration:<reason>", [jku, …] (what a key function
// was asked for)].
export async function verdict(item, load) {
  const { verify, SignatureError, ConfigurationError } = await load("webhooks.js");
  const calls = [];
  let keys = item.keys;
  if (keys !== null && typeof keys === "object" && "$function" in keys) {
    const found = keys.$function;
    keys = (jku) => {
      calls.push(jku);
      return found;
    };
  }
  const options = { now: new Date(item.now * 1000) };
  if (item.path !== undefined) options.path = item.path;
  if (item.max_age !== undefined) options.maxAgeSeconds = item.max_age;
  let outcome = "ok";
  try {
    await verify("truelayer", Buffer.from(item.body, "base64"), item.headers, keys, options);
  } catch (error) {
    if (error instanceof SignatureError) outcome = `signature:${error.reason}`;
    else if (error instanceof ConfigurationError) outcome = `configuration:${error.reason}`;
    else outcome = `crash:${String(error)}`;
  }
  return [outcome, calls];
}
