// A case of the fetched-key corpus (tests/support/fetched_key_corpus.py) verified by the
// compiled bankcodes/webhooks: {"name", "provider", "body": BASE64, "headers": {…},
// "keys": PEM | {address: PEM} | {"$function": PEM or null} | {"$raise": text}
//         | {"$bytes": {address: BASE64}} | null, "max_age"?: seconds}.
// Gives: ["ok" | "signature:<reason>" | "configuration:<reason>/<refusal>", [address, …] (what a key
// function was asked for)].

/** The keys as the case gives them, and the list of what a key function is asked for. */
function keysOf(item, calls) {
  const keys = item.keys;
  if (keys === null || typeof keys !== "object") return keys;
  if ("$function" in keys) {
    return (address) => {
      calls.push(address);
      return keys.$function;
    };
  }
  if ("$bytes" in keys) {
    const bytes = Object.entries(keys.$bytes).map(([a, b]) => [a, Buffer.from(b, "base64")]);
    return Object.fromEntries(bytes.map(([a, b]) => [a, new Uint8Array(b)]));
  }
  if ("$raise" in keys) {
    return (address) => {
      calls.push(address);
      throw new Error(keys.$raise);
    };
  }
  return keys;
}

/** The name of the refusal of the error's reason whose words its message fits (a value in each
 * {…}), the most literal words if several fit, as the Python reader names it. */
function refusalNamed(error, refusals) {
  const message = error.message.slice(error.message.indexOf(": ") + 2);
  const fits = [];
  for (const [name, refusal] of Object.entries(refusals)) {
    if (!Array.isArray(refusal) || refusal[0] !== error.reason) continue;
    const literal = refusal[1].split(/\{(?:[^{}]|\{[^{}]*\})*\}/);
    const escaped = literal.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    if (new RegExp(`^${escaped.join(".*")}$`, "s").test(message))
      fits.push([-literal.join("").length, name]);
  }
  fits.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1));
  return fits.length > 0 ? fits[0][1] : "?";
}

export async function verdict(item, load) {
  const { verify, SignatureError, ConfigurationError } = await load("webhooks.js");
  const calls = [];
  const keys = keysOf(item, calls);
  const options = item.max_age === undefined ? {} : { maxAgeSeconds: item.max_age };
  if (item.path !== undefined && item.path !== null) options.path = item.path;
  let outcome = "ok";
  try {
    await verify(item.provider, Buffer.from(item.body, "base64"), item.headers, keys, options);
  } catch (error) {
    const said = String(error.message).includes("parsed and serialised again")
      ? "+reserialised"
      : "";
    if (error instanceof SignatureError) outcome = `signature:${error.reason}${said}`;
    else if (error instanceof ConfigurationError)
      outcome = `configuration:${error.reason}/${refusalNamed(error, await load("refusals.js"))}`;
    else outcome = `crash:${String(error)}`;
  }
  return [outcome, calls];
}
