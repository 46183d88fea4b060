/**
 * What to do now about a code, and when (the Python `bankcodes.decide`): the catalog's facts (the
 * next step and state of a code or its category, a wait its source states, a provider's
 * rate-limit signals and consent events) combined with what a response carries (Retry-After, a
 * provider's reset header, a wait its prose states in the message) into one Decision, each part
 * with its reason. `decide` reads a code or a body; `decideError` (async, as `fromError`) an
 * error of a provider's client, with its response's headers.
 */
import type { Actor } from "./shapes.js";
import type { Category } from "./categories.js";
import { decisiveCode, evidenceOf, type FoundCode } from "./code-fields.js";
import {
  concernsReasons,
  headerCode,
  providerStatus,
  providerWords,
  statusMissing,
  toldReasons,
  wordsStep,
} from "./told.js";
import { chosen, prose, retryAfter, textsOf, type Reason, type Wait } from "./decide-waits.js";
import { headerWaits } from "./decide-ratelimit.js";
import { pairsNotRead, readHeaders, toldByHeader, type ReadHeaders } from "./decide-headers.js";
import { get } from "./carried.js";
import { said } from "./shown.js";
import {
  providerOf,
  readCarried,
  readError,
  type ErrorReading,
  type FromErrorOptions,
} from "./from-error.js";
import {
  actorOf,
  caused,
  consentNews,
  obeyedStep,
  LATEST_NOW,
  meant,
  statedStep,
  rulesOf,
  statedWindow,
  statusNews,
} from "./decide-facts.js";
import {
  NOT_RETRIED,
  attemptsOf,
  byStatusOf,
  facts,
  sourcesOf,
  statusOf,
  stepAndState,
  type ConnectionState,
  type NextStep,
} from "./decide-steps.js";
import type { Provider } from "./registry.js";
import { fieldWait } from "./wait-fields.js";
import { statedInBody } from "./decide-body.js";
import { withRequestId } from "./request-ids.js";
import type { Evidence } from "./recognition.js";
import type { CodeInfo } from "./types.js";

export type { Reason } from "./decide-waits.js";

/** What to do now about a code (the Python `Decision`): the next step, who acts, the
 * connection's state where the code stands for one, how long to wait first (seconds, and the
 * moment: notBefore) where a response or the catalog says, how many attempts in all the code's
 * source allows (maxAttempts, the first counted), the moment a consent ends where the body
 * carries it, the code that decided (null when nothing was recognised), and why: one reason per
 * part, the wait's first, then the readings it was preferred to. */
export interface Decision {
  readonly nextStep: NextStep;
  readonly actor: Actor;
  readonly state: ConnectionState | null;
  readonly waitSeconds: number | null;
  readonly notBefore: Date | null;
  readonly maxAttempts: number | null;
  readonly endsAt: Date | null;
  readonly code: FoundCode | null;
  readonly why: readonly Reason[];
}

/** Options of `decide` and `decideError`. */
export interface DecideOptions extends FromErrorOptions {
  /** Whose body it is. */
  readonly provider?: Provider | undefined;
  /** The response's headers: a Headers, a plain object (a value may be a list) or [name, value]
   * pairs. */
  readonly headers?: unknown;
  /** The moment the response arrived (now by default). */
  readonly now?: Date | undefined;
  /** The response's HTTP status (an integer from 100 to 599), for a body given alone; an
   * error's or a FoundError's own where none is given. */
  readonly status?: number | undefined;
}

/**
 * What to do now about `subject`: a code read in its place (a FoundCode or FoundError, what
 * `codes`, `decisiveCode` and `fromError` answer), a reading with its category and info, a
 * webhook event (`receive`'s), or a body (bytes, text or parsed JSON). The wait is the first
 * present of: the Retry-After header, the provider's declared reset header, a wait the provider's
 * prose states in the message, the wait the code's source states; the others follow it in `why`.
 * Never throws on what a response carries: a header or message that is no wait is listed in
 * `why`, shown escaped. Where nothing in the response is recognised, a `status` that means one
 * thing decides (a 429, a 503). A `now` that is no valid Date, a `provider` that is no provider
 * id and a `status` that is no integer throw a TypeError, and a `now` before 1970 or after 9998
 * and a `status` outside 100 to 599 a RangeError (the caller's mistakes).
 */
export function decide(subject: unknown, options: DecideOptions = {}): Decision {
  const now = nowOf(options.now);
  const provider = providerOf(options.provider);
  const given = statusGiven(options.status);
  const [found, data, status, kind] = subjectOf(subject, provider, given);
  const headers = readHeaders(options.headers);
  const decided = decision(found, subject, provider, headers, data, now, given ?? status, kind);
  return withRequestId(decided, kind, headers.read, data);
}

/** `decide` for an error of a provider's client (as `fromError` reads it), with the headers of
 * its response unless `options.headers` gives them. Never rejects on what it is given; rejects
 * as `decide` throws on the caller's mistakes (a `now` or a `provider` that is none). */
export async function decideError(error: unknown, options: DecideOptions = {}): Promise<Decision> {
  nowOf(options.now);
  statusGiven(options.status);
  const provider = providerOf(options.provider);
  return decideReading(await readError(error, provider, options), options, error);
}

/** `decide` for what `readError` or `readCarried` read (the site's decoder reads a pasted
 * response so): its code, its body's JSON, and its headers unless `options.headers` gives them. */
export function decideReading(
  reading: ErrorReading,
  options: DecideOptions = {},
  subject: unknown = null,
): Decision {
  const now = nowOf(options.now);
  const provider = providerOf(options.provider);
  const status = statusGiven(options.status) ?? reading.status;
  const given = readHeaders(options.headers !== undefined ? options.headers : reading.headers);
  const { found, data, kind } = reading;
  const decided = decision(found, subject, provider, given, data, now, status, kind ?? null);
  return withRequestId(decided, kind ?? null, given.read, data);
}

/** The HTTP status given, checked (the Python `_status`): null where none is given. */
function statusGiven(status: unknown): number | null {
  if (status === undefined || status === null) return null;
  if (typeof status !== "number" || !Number.isInteger(status))
    throw new TypeError(`status must be an integer from 100 to 599, not ${typeof status}`);
  if (status < 100 || status > 599)
    throw new RangeError(`status must be from 100 to 599, not ${status}`);
  return status;
}

function nowOf(now: unknown): Date {
  if (now === undefined) return new Date();
  if (!(now instanceof Date) || Number.isNaN(now.getTime()))
    throw new TypeError("now must be a valid Date");
  if (now.getTime() < 0 || now.getTime() > LATEST_NOW)
    throw new RangeError(`now must be from 1970 to 9998, not ${now.toISOString()}`);
  return now;
}

/** The deciding code of a subject, its body's JSON, the HTTP status it carries (a FoundError's)
 * and the payload kind its body was read as (null where it is none, or several). */
function subjectOf(
  subject: unknown,
  provider?: Provider,
  status: number | null = null,
): [FoundCode | null, unknown, number | null, string | null] {
  if (typeof get(subject, "codeSet") === "string" && typeof get(subject, "path") === "string") {
    const [status, kind] = [get(subject, "status"), get(subject, "kind")];
    const named = typeof kind === "string" ? kind : null;
    return [subject as FoundCode, null, typeof status === "number" ? status : null, named];
  }
  if (typeof get(subject, "kind") === "string" && get(subject, "dedupKey") !== undefined) {
    const payload = get(subject, "payload");
    return [decisiveCode(get(subject, "kind") as string, payload), payload, null, null];
  }
  if (typeof get(subject, "category") === "string" && get(subject, "info") !== undefined)
    return [null, null, null, null];
  try {
    // A body given alone is read with the response's status given, as the client's error that
    // carries them both is read.
    const read = readCarried({ body: subject, status, requestId: null }, provider);
    return [read.found, read.data, null, read.kind ?? null];
  } catch {
    return [null, null, null, null];
  }
}

function decision(
  read: FoundCode | null,
  subject: unknown,
  given: Provider | undefined,
  { read: headers, passed }: ReadHeaders,
  data: unknown,
  now: Date,
  status: number | null = null,
  kind: string | null = null,
): Decision {
  let told: Reason[];
  [given, read, told, kind] = whoseResponse(given, read, headers, data, status, kind);
  [read, told] = headerCode(given, headers, read, told);
  [read, told] = providerStatus(given, status, read, data, told);
  const [found, heard, stated] = meaning(given ?? read?.codeSet.split(".", 1)[0], read, data);
  const info: CodeInfo | null =
    found !== null ? found.info : ((get(subject, "info") as CodeInfo | null | undefined) ?? null);
  let category: Category = found?.category ?? (info?.category as Category) ?? "unknown";
  const provider = given ?? (found === null ? undefined : found.codeSet.split(".", 1)[0]);
  const news = consentNews(provider, found);
  const unknown = category === "unknown" && facts(info).nextStep === undefined;
  const known = unknown ? "code_not_known" : "status_less_code";
  const what = said(found === null ? "nothing_recognised" : known);
  const [byStatus, later] = statusOf(statusNews(provider, status, kind), unknown, category, info);
  let [nextStep, state, reasons] = stepAndState(found, info, category, news);
  if (byStatus !== null) {
    category = byStatus.category;
    [nextStep, state, reasons] = byStatusOf(byStatus, what);
  }
  const [wait, waitReasons] = chosen(waits(provider, info, headers, data, now, category, found));
  if (wait !== null && unknown && byStatus === null) {
    // Nothing known, but the response states a wait: try the same request after it.
    nextStep = "retry_later";
    const says = said("wait_stated_unknown", { what });
    reasons.splice(0, 1, { part: "next_step", says, source: "category" });
  }
  nextStep = obeyedStep(provider, headers, nextStep, reasons);
  let own = facts(info).nextStep === nextStep;
  const body = statedInBody(news, provider, kind, found, data, now, what);
  const [endsAt, endReasons, limits, byBody] = body;
  if (byBody !== null && unknown && byStatus === null && wait === null) {
    // Nothing known, but the body states when the consent ends, or the most a request may ask
    // for: that decides.
    [nextStep, state, own, reasons] = [byBody[0], byBody[1], true, [byBody[2]]];
  }
  const words = providerWords(kind, data);
  const byWords = words.length > 0 ? wordsStep(kind, read, nextStep) : null;
  if (byWords !== null) {
    // No code of the body decides, and its words are the end user's to act on.
    [[nextStep], own, state] = [byWords, true, null];
    reasons = [byWords[1], ...reasons.filter((r) => notStep(r) && r.part !== "state")];
  }
  if (later !== null && nextStep === "contact_provider" && words.length === 0 && read === null) {
    [category, [nextStep, state, reasons]] = [later.category, byStatusOf(later, what)];
  }
  if (stated !== null) [nextStep, own, reasons] = [stated, true, reasons.filter(notStep)];
  return {
    nextStep,
    actor: actorOf(category, nextStep, own),
    state,
    waitSeconds: wait,
    notBefore: wait === null ? null : new Date(now.getTime() + wait * 1000),
    maxAttempts: facts(info).maxAttempts ?? null,
    endsAt,
    code: read,
    why: [
      ...words,
      ...heard,
      ...reasons,
      ...waitReasons,
      ...pairsNotRead(passed),
      ...attemptsOf(info),
      ...endReasons,
      ...limits,
      ...told.concat(statusUnstated(read, status, nextStep, kind), concernsReasons(read)),
    ],
  };
}

/** Nothing read, and a body whose HTTP status is its code came without one: say so. */
function statusUnstated(
  read: FoundCode | null,
  status: number | null,
  step: string,
  kind: string | null,
): Reason[] {
  return read === null && status === null && step === NOT_RETRIED ? statusMissing(kind) : [];
}

/** The provider given, the code read, what told whose it is (the code's evidence, else that of
 * the one kind the body was read as) and that kind; where neither the caller nor the body tells
 * it, a header that names a provider's API does (the Python `_decide`'s too). */
function whoseResponse(
  given: Provider | undefined,
  read: FoundCode | null,
  headers: ReadHeaders["read"],
  data: unknown,
  status: number | null,
  kind: string | null,
): [Provider | undefined, FoundCode | null, Reason[], string | null] {
  const byHeader = given === undefined && read === null ? toldByHeader(headers) : null;
  if (byHeader === null) {
    const evidence = (read as { readonly evidence?: readonly Evidence[] } | null)?.evidence;
    const told = read === null && kind !== null ? evidenceOf(data, kind, given) : evidence;
    return [given, read, toldReasons(told ?? []), kind];
  }
  const provider = byHeader[0] as Provider;
  const [found, , , byKind] = subjectOf(data, provider, status);
  return [provider, found, [byHeader[1]], byKind];
}

/** Whether a reason is of another part than the next step (a step the message states replaces
 * the others' reasons for it). */
const notStep = (reason: Reason): boolean => reason.part !== "next_step";

/** The code that decides: the first known cause the body names, else the code a generic code's
 * message means, else the code read, and the next step its message states, where one does (the
 * Python `caused`, `meant`, then `stated_step`). */
function meaning(
  whose: string | undefined,
  read: FoundCode | null,
  data: unknown,
): [FoundCode | null, Reason[], NextStep | null] {
  const [cause, told] = caused(whose, read, data);
  if (told.length > 0 || data === null || data === undefined) return [cause, told, null];
  const [found, heard] = meant(whose, read, textsOf(data));
  if (heard.length > 0) return [found, heard, null];
  const [step, saidSo] = statedStep(whose, found, textsOf(data));
  return [found, saidSo, step];
}

function waits(
  provider: string | undefined,
  info: CodeInfo | null,
  headers: Map<string, string[]>,
  data: unknown,
  now: Date,
  category: Category,
  found: FoundCode | null,
): (Wait | null)[] {
  const rules = rulesOf(provider);
  const readings: (Wait | null)[] = [];
  const after = headers.get("retry-after");
  if (after !== undefined) readings.push(retryAfter(after.slice(0, 16), now));
  readings.push(...headerWaits(rules.headers, headers, now, category === "rate_limited"));
  if (data !== null && data !== undefined && rules.patterns.length > 0)
    readings.push(prose(rules.patterns, textsOf(data)));
  readings.push(fieldWait(provider, found, data, now));
  const [stated, source] = [facts(info).waitSeconds, sourcesOf("wait_seconds", info)];
  if (typeof stated === "number") {
    const says = said("source_wait", { seconds: stated });
    readings.push({ seconds: stated, reason: { part: "wait", says, source } });
  }
  // Last, for a rate limit: the window the provider's sources state it resets after.
  const window = category === "rate_limited" ? statedWindow(provider) : null;
  if (window !== null) {
    const says = said("window_wait", { provider: String(provider), seconds: window[0] });
    readings.push({ seconds: window[0], reason: { part: "wait", says, source: window[1] } });
  }
  return readings;
}
