// A delivery received by the compiled bankcodes/webhooks, lenient and strict, and by the
// provider's own receiver (webhooks-<provider>.js, whose receive takes no provider).
// A delivery: {"provider", "body": BASE64, "headers": {…}, "secret": … or null, "now": ISO,
// "path", "secret_header": the header's name where the app names it, or null}.
// Gives: {"lenient": verdict, "strict": verdict}, each accepted (and the event type), or the
// error's class, reason and first problem's path.
async function received(item, strict, receive) {
  const body = new Uint8Array(Buffer.from(item.body, "base64"));
  const options = { strict, now: new Date(item.now), path: item.path };
  if (item.secret_header !== null) options.secretHeader = item.secret_header;
  try {
    const event = await receive(
      item.provider,
      body,
      new Headers(item.headers),
      item.secret,
      options,
    );
    return { accepted: true, type: event.type };
  } catch (error) {
    if (!(error instanceof Error) || error.reason === undefined) throw error;
    return {
      accepted: false,
      error: error.name,
      reason: error.reason,
      path: error.problems?.[0]?.path ?? null,
    };
  }
}

async function both(item, receive) {
  return {
    lenient: await received(item, false, receive),
    strict: await received(item, true, receive),
  };
}

/** By bankcodes/webhooks, which takes the provider. */
export async function verdict(item, load) {
  return both(item, (await load("webhooks.js")).receive);
}

/** By the provider's own receiver; where the package has none, that is its verdict. */
export async function ownVerdict(item, load) {
  let own;
  try {
    own = await load(`webhooks-${item.provider}.js`);
  } catch {
    return `${item.provider} sends webhooks but has no receiver of its own`;
  }
  return both(item, (_, ...rest) => own.receive(...rest));
}
