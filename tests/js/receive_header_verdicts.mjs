// A delivery with hostile headers received by the compiled bankcodes/webhooks, its headers a
// plain object, as Node's http and Express give them (a Headers object refuses what is no
// ByteString), or a list of pairs; or (once) a one-shot iterator of [name, value] pairs.
// A delivery: {"provider", "body": BASE64, "headers": {…} or [[name, value], …], "secret",
// "now": ISO, "path", "secret_header": the header's name where the app names it, or null}.
// Gives: {"accepted": true} or {"accepted": false, "error", "reason"} ("escaped X" for an error
// that is no WebhookError, which is what the corpus looks for).

async function received(item, load, once) {
  const { receive, WebhookError } = await load("webhooks.js");
  const body = new Uint8Array(Buffer.from(item.body, "base64"));
  const options = { now: new Date(item.now), path: item.path };
  if (item.secret_header !== null) options.secretHeader = item.secret_header;
  const pairs = Array.isArray(item.headers) ? item.headers : Object.entries(item.headers);
  try {
    await receive(item.provider, body, once ? pairs.values() : item.headers, item.secret, options);
    return { accepted: true };
  } catch (error) {
    const name = error instanceof Error ? error.name : typeof error;
    return error instanceof WebhookError
      ? { accepted: false, error: name, reason: error.reason }
      : { accepted: false, error: `escaped ${name}`, reason: null };
  }
}

export const verdict = (item, load) => received(item, load, false);
export const onceVerdict = (item, load) => received(item, load, true);
