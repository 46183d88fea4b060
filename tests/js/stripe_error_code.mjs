// A StripeError as the stripe package makes it from a refused request (its generate factory over
// the raw error, with the response's status and request id), read by the compiled package's
// fromError; prints what it gives.
// Usage: node stripe_error_code.mjs INDEX_JS
// Prints: found, without its info.
import { pathToFileURL } from "node:url";
import Stripe from "stripe";

const [modulePath] = process.argv.slice(2);
const { fromError } = await import(pathToFileURL(modulePath).href);

const error = Stripe.errors.StripeError.generate({
  type: "invalid_request_error",
  code: "account_number_invalid",
  message: "made up",
  param: "us_bank_account[account_number]",
  statusCode: 400,
  requestId: "req_made_up",
});
const found = await fromError(error);
if (found?.info) delete found.info;
process.stdout.write(JSON.stringify(found));
