// Errors as the providers' own clients throw them, answered by a server on loopback, read by the
// compiled package's fromError; prints what each gives.
// Usage: node from_error.mjs INDEX_JS SERVER_URL
// Prints: {"plaid": found, "stripe": found, "fetch": found, "lean": found, "mastercard": found,
//          "mx": found, "hostile": found, "huge": found, "text": found, "body": found,
//          "outOfRange": found, "caused": found, "deep": found, "errorObject": found,
//          "fields": asLogFields(plaid), "unknown": found, "unknownFields": {...}}
import { pathToFileURL } from "node:url";
import { Configuration, PlaidApi } from "plaid";
import Stripe from "stripe";
import { rejection } from "./rejection.mjs";

const [modulePath, base] = process.argv.slice(2);
const { fromError, asLogFields } = await import(pathToFileURL(modulePath).href);
const server = new URL(base);

const plaid = new PlaidApi(new Configuration({ basePath: base.replace(/\/$/, "") }));
const plaidError = await rejection(() => plaid.accountsGet({ access_token: "access-sandbox-1" }));

const stripe = new Stripe("sk_test_1", {
  host: server.hostname,
  port: Number(server.port),
  protocol: "http",
  maxNetworkRetries: 0,
});
const stripeError = await rejection(() => stripe.financialConnections.accounts.retrieve("fca_1"));

const response = await fetch(new URL("/flinks", base));
const hostile = new Proxy(
  {},
  {
    get() {
      throw new Error("boom");
    },
  },
);
const huge = await fetch(new URL("/huge", base));

const found = {
  plaid: await fromError(plaidError),
  stripe: await fromError(stripeError),
  fetch: await fromError(response, "flinks"),
  lean: await fromError(await fetch(new URL("/lean", base)), "lean"),
  mastercard: await fromError(await fetch(new URL("/mastercard", base)), "mastercard"),
  mx: await fromError(await fetch(new URL("/mx", base)), "mx"),
  hostile: await fromError(hostile),
  huge: await fromError(huge),
  text: await fromError("<html>Bad Gateway</html>"),
  // A body alone states its own status (Flinks' HttpStatusCode); one out of range is none.
  body: await fromError({ HttpStatusCode: 401, FlinksCode: "INVALID_LOGIN" }),
  outOfRange: await fromError({ HttpStatusCode: 42, FlinksCode: "INVALID_LOGIN" }),
  // An app's error thrown with the client's as its cause, and one four causes deep.
  caused: await fromError(new Error("linking failed", { cause: plaidError })),
  deep: await fromError(
    [1, 2, 3, 4].reduce((cause) => new Error("wrapped", { cause }), plaidError),
  ),
  // An Error is no body, even when it has a body's fields.
  errorObject: await fromError(
    Object.assign(new Error("x"), { HttpStatusCode: 401, FlinksCode: "INVALID_LOGIN" }),
  ),
};
found.fields = found.plaid === null ? null : asLogFields(found.plaid);
// A code the catalog does not know beside a known one: kept in the record and the log fields.
found.unknown = await fromError(
  { error: { type: "invalid_request_error", code: "a_code_published_later" } },
  "fintoc",
);
found.unknownFields = found.unknown === null ? null : asLogFields(found.unknown);
for (const key of Object.keys(found)) if (found[key]?.info) delete found[key].info;
process.stdout.write(JSON.stringify(found));
