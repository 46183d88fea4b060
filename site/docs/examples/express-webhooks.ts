// Receive Flinks webhooks in Express with Flinks' own receiver, bankcodes/flinks/webhooks (it
// bundles Flinks' payload validators and scheme alone): the raw body, a fast answer,
// deduplication, and the secret never logged. (Compiled and run by tests/test_webhook_handlers.py.)
import express from "express";
import {
  ConfigurationError,
  SignatureError,
  WebhookError,
  receive,
  type WebhookEvent,
} from "bankcodes/flinks/webhooks";

export const app = express();
// Keys of the deliveries already handled: in production a table with a unique key.
const seen = new Set<string>();

function flinksSecrets(): string[] {
  // The current secret first, and the previous one while a rotation is under way.
  const names = ["FLINKS_WEBHOOK_SECRET", "FLINKS_WEBHOOK_SECRET_PREVIOUS"];
  return names.map((name) => process.env[name]).filter((value): value is string => Boolean(value));
}

export const handled: WebhookEvent[] = [];

app.post("/webhooks/flinks", express.raw({ type: "*/*" }), async (req, res) => {
  let event: WebhookEvent;
  try {
    // express.raw() gives the bytes as received: never verify a re-serialised req.body.
    event = await receive(req.body as Uint8Array, req.headers, flinksSecrets());
  } catch (error) {
    if (error instanceof ConfigurationError) {
      console.error(`the Flinks webhook receiver is misconfigured: ${error.reason}`);
      res.sendStatus(500);
    } else if (error instanceof SignatureError) {
      res.status(401).send(error.reason);
    } else if (error instanceof WebhookError) {
      res.status(400).send(error.reason);
    } else {
      throw error;
    }
    return;
  }
  res.sendStatus(200); // answer first; up to 10 attempts otherwise, 30 minutes apart
  if (seen.has(event.dedupKey)) return;
  seen.add(event.dedupKey);
  handled.push(event);
});
