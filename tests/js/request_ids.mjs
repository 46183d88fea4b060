// The request id fromError gives, as a terminal may show it and as it was sent: of a body
// ({"body"}), or of an axios error whose response holds Stripe's rate_limit body and the
// Request-Id header given ({"header"}).
// Gives: {"shown": requestId, "sent": rawRequestId}, or null.
const STRIPE = { error: { code: "rate_limit", message: "Too many requests" } };

export async function verdict(item, load) {
  const { fromError } = await load("index.js");
  const error =
    "body" in item
      ? item.body
      : { response: { status: 429, data: STRIPE, headers: { "request-id": item.header } } };
  const read = await fromError(error);
  return read === null ? null : { shown: read.requestId, sent: read.rawRequestId };
}
