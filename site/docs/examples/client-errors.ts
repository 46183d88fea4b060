// From the error a provider's npm client throws to what to do: fromError finds the provider's
// error body wherever the client keeps it (the plaid client's axios error, the stripe package's
// StripeError, a fetch Response), reads it in its place and gives the deciding code, the HTTP
// status and the provider's request id. (Run by the test suite against the real clients,
// answered by a server on loopback: tests/typescript/test_from_error.py.)
import { asLogFields, endUserText, fromError } from "bankcodes";

export interface Decision {
  readonly retry: boolean; // repeat the same request later (with backoff)
  readonly relink: boolean; // send the customer through the provider's reconnect flow
  readonly message: string | null; // what to tell the customer
  readonly code: string | null; // the provider's code, for support
  readonly log: Readonly<Record<string, string | number | boolean>> | null; // one log line's fields
}

export async function decide(error: unknown): Promise<Decision> {
  const found = await fromError(error); // never throws; null: no provider error body in it
  if (found === null) return { retry: false, relink: false, message: null, code: null, log: null };
  const words = endUserText(found, "en"); // the customer's words, never the provider's advice
  return {
    retry: found.info?.retryable ?? false,
    relink: found.category === "reconnect_required",
    message: words === null ? null : `${words.message} ${words.action}`,
    code: String(found.code),
    log: asLogFields(found), // error.type, bankcodes.category, http.response.status_code, …
  };
}
