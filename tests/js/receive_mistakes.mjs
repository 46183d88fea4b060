// A case of tests/webhooks/test_receive_mistakes.py received by bankcodes/webhooks:
// {name, provider, body, headers, secret, options: {tolerance?, now?: {iso} | {raw}}, phrases}.
// Gives: {"verdict": "ok", "dedupKey"} or {"verdict": "<class>:<reason>"}, with "says": the
// phrases of the case its message holds.
export async function verdict(item, load) {
  const { receive } = await load("webhooks.js");
  const options = {};
  if ("tolerance" in item.options) options.tolerance = item.options.tolerance;
  const now = item.options.now;
  if (now !== undefined) options.now = "iso" in now ? new Date(now.iso) : now.raw;
  let found;
  let message = "";
  try {
    const event = await receive(item.provider, item.body, item.headers, item.secret, options);
    found = { verdict: "ok", dedupKey: event.dedupKey };
  } catch (error) {
    found = { verdict: `${error.constructor.name}:${error.reason}` };
    message = error.message;
  }
  return { ...found, says: item.phrases.filter((phrase) => message.includes(phrase)) };
}
