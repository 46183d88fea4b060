// Receive Argyle webhooks in a fetch-style route handler (Next.js app router, Hono, Deno,
// Cloudflare Workers) with Argyle's own receiver, bankcodes/argyle/webhooks: Web Crypto only, a
// text body, deduplication.
// (Compiled and run by tests/test_webhook_handlers.py.)
import {
  ConfigurationError,
  SignatureError,
  WebhookError,
  receive,
} from "bankcodes/argyle/webhooks";

// Keys of the deliveries already handled: in production a table with a unique key.
const seen = new Set<string>();
export const handledTypes: string[] = [];

export async function POST(request: Request): Promise<Response> {
  const secret = process.env.ARGYLE_WEBHOOK_SECRET ?? "";
  try {
    // request.text() is the body as received; receive() encodes it back to the same UTF-8 bytes.
    const event = await receive(await request.text(), request.headers, secret);
    if (!seen.has(event.dedupKey)) {
      seen.add(event.dedupKey);
      handledTypes.push(event.type);
    }
    return new Response(null, { status: 200 });
  } catch (error) {
    if (error instanceof ConfigurationError) return new Response(null, { status: 500 });
    if (error instanceof SignatureError) return new Response(error.reason, { status: 401 });
    if (error instanceof WebhookError) return new Response(error.reason, { status: 400 });
    throw error;
  }
}
