/**
 * The request ids a response gives, for its reader to quote to whoever sent it (the Python
 * `bankcodes._request_ids`): the field its payload kind declares for one, the headers a name says
 * hold one, and the keys of its body's top level a name says hold one. A decision whose next step
 * is to contact the provider names the first (a reason of part `request_id`), and says to give it
 * only where there is one.
 */
import { requestIdOf, statedRequestId } from "./code-fields.js";
import { shownText, type Reason } from "./decide-waits.js";
import { PAYLOAD_KINDS } from "./kinds.js";
import { PASTED, PASTED_LIMITS, REQUEST_ID_HEADERS } from "./phrases.js";
import type { PayloadKindFields } from "./shapes.js";
import { said } from "./shown.js";

/** A header's or a body's key whose name says it holds a request id, whoever sent it. */
const REQUEST_ID_NAME = new RegExp(`^(?:${PASTED.request_id_name})$`, "i");

/** A request id read of a response, with where: a header, or a key of the body. */
export type ReadRequestId =
  | { readonly header: string; readonly value: string }
  | { readonly field: string; readonly value: string };

/** The request ids a response whose body is nobody's gives, for the reader to quote to whoever
 * sent it, each with where it was read (as `bankcodes explain -` reads them, the Python
 * `request_ids_of_nobody`): its headers that a name says hold one (REQUEST_ID_NAME, or a header
 * the catalog names for a kind's request id, REQUEST_ID_HEADERS), then the keys of the body's
 * top level that a name says hold one; each value read as a request id is (`requestIdOf`: 1 to
 * 200 characters), at most PASTED_LIMITS.request_ids. */
export function requestIdsOfNobody(
  headers: { readonly [name: string]: string },
  data: unknown,
): ReadRequestId[] {
  const found: ReadRequestId[] = [];
  for (const [name, text] of Object.entries(headers)) {
    const value = requestIdOf(text);
    if (value !== null && (REQUEST_ID_NAME.test(name) || REQUEST_ID_HEADERS.includes(name)))
      found.push({ header: name, value });
  }
  if (data !== null && typeof data === "object" && !Array.isArray(data))
    for (const [key, text] of Object.entries(data)) {
      const value = requestIdOf(text);
      if (value !== null && REQUEST_ID_NAME.test(key)) found.push({ field: key, value });
    }
  return found.slice(0, PASTED_LIMITS.request_ids);
}

/** The request ids a response gives (the Python `request_ids`): the field its kind declares for
 * one first (where the body was read as one), then those `requestIdsOfNobody` reads. */
export function requestIds(
  kind: string | null,
  headers: { readonly [name: string]: string },
  data: unknown,
): ReadRequestId[] {
  const kinds: { readonly [kind: string]: PayloadKindFields } = PAYLOAD_KINDS;
  const field = kind !== null && Object.hasOwn(kinds, kind) ? kinds[kind]?.requestId : undefined;
  const first = kind !== null && field !== undefined ? statedRequestId(kind, data) : null;
  const found: ReadRequestId[] =
    first === null || field === undefined ? [] : [{ field, value: first }];
  return [...found, ...requestIdsOfNobody(headers, data)].slice(0, PASTED_LIMITS.request_ids);
}

/** `decision`, where its next step is to contact the provider and the response gives a request
 * id, with a reason of part `request_id` that names the first (its source the header or the body
 * that holds it); as it is otherwise (the Python `with_request_id`): a decide.ts `Decision`. */
export function withRequestId<
  D extends { readonly nextStep: string; readonly why: readonly Reason[] },
>(decision: D, kind: string | null, headers: Map<string, string[]>, data: unknown): D {
  if (decision.nextStep !== "contact_provider") return decision;
  const firsts: { [name: string]: string } = {};
  for (const [name, values] of headers)
    if (values.length > 0 && !Object.hasOwn(firsts, name.toLowerCase()))
      firsts[name.toLowerCase()] = values[0]!;
  const read = requestIds(kind, firsts, data)[0];
  if (read === undefined) return decision;
  const name = "header" in read ? read.header : read.field;
  const says = said("request_id", { value: shownText(read.value), where: shownText(name) });
  const source = "header" in read ? `header ${name}` : "body";
  return { ...decision, why: [...decision.why, { part: "request_id", says, source }] };
}
