// A published example received by the compiled bankcodes/webhooks, its headers a fetch Headers
// object, as a route handler gets them: {provider, body: text, headers, secret, now: ISO or null}.
// Gives: {"type", "dedupKey", "index": the secret that verified it}.
export async function verdict(item, load) {
  const { receive } = await load("webhooks.js");
  // Received when the delivery says it was sent (its body timestamp), where it says so.
  const options = item.now === null ? {} : { now: new Date(item.now) };
  const event = await receive(
    item.provider,
    item.body,
    new Headers(item.headers),
    item.secret,
    options,
  );
  return { type: event.type, dedupKey: event.dedupKey, index: event.secretIndex };
}

// A mistake of configuration or a replay received by bankcodes/webhooks: {provider, body: text,
// headers, secret, now: ISO or null, tolerance, max_bytes (or null), said: false, true or
// "shown"}.
// Gives: "ok", or the error's class and reason; where said, its class and message; where
// "shown", whether the message keeps a line break given on its one line (escaped).
export async function refusal(item, load) {
  const { receive } = await load("webhooks.js");
  const options = {};
  if (item.now !== null) options.now = new Date(item.now);
  if (item.tolerance !== null) options.tolerance = item.tolerance;
  if (item.max_bytes !== null) options.maxBytes = item.max_bytes;
  try {
    await receive(item.provider, item.body, item.headers, item.secret ?? undefined, options);
  } catch (error) {
    if (item.said === "shown")
      return !error.message.includes("\n") && error.message.includes("\\n");
    if (item.said) return `${error.constructor.name}: ${error.message}`;
    return `${error.constructor.name}:${error.reason}`;
  }
  return "ok";
}
