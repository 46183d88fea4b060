/**
 * What to do now about a code, and when (the Python `bankcodes.decide`): the catalog's facts (the
 * next step and state of a code or its category, a wait its source states, a provider's
 * rate-limit signals and consent events) combined with what a response carries (Retry-After, a
 * provider's reset header, a wait its prose states in the message) into one Decision, each part
 * with its reason. `decide` reads a code or a body; `decideError` (async, as `fromError`) an
 * error of a provider's client, with its response's headers.
 */
import type { Actor } from "./shapes.js";
import { CategoryInfo, type Category } from "./categories.js";
import { decisiveCode, type FoundCode } from "./code-fields.js";
import {
  chosen,
  prose,
  resetHeader,
  retryAfter,
  shownText,
  textsOf,
  type Reason,
  type Wait,
} from "./decide-waits.js";
import { isRecord } from "./recognition.js";
import { trimmed } from "./shown.js";
import { rfc3339Millis } from "./times.js";
import { MAX_RETRY_AFTER_TEXT } from "./waits.js";
import {
  providerOf,
  readCarried,
  readError,
  type ErrorReading,
  type FromErrorOptions,
} from "./from-error.js";
import { actorOf, consentNews, rulesOf, statusNews, type ConsentNews } from "./decide-facts.js";
import type { Provider } from "./registry.js";
import type { CodeFacts } from "./code-facts.js";
import type { CodeInfo } from "./types.js";

export type { Reason } from "./decide-waits.js";

/** What to do next: the spec's vocabulary (its decisions model; the site's Deciding pages say
 * what each means), as the generated code facts type it. */
export type NextStep = NonNullable<CodeFacts["nextStep"]>;

/** The connection's state, one of the small model's. */
export type ConnectionState = NonNullable<CodeFacts["state"]>;

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
}

/** The facts the runtime reads of a code's or category's record, beside those it declares. */
interface StepFacts {
  readonly nextStep?: NextStep;
  readonly state?: ConnectionState;
  readonly waitSeconds?: number;
  readonly maxAttempts?: number;
  readonly factSources?: { readonly [field: string]: readonly string[] };
}

/** The most header lines read. */
const MOST_HEADERS = 10_000;

/** The next steps that send the same request again, and the one a code that is not retryable
 * takes in their place where only its category names them. */
const RETRIES: readonly NextStep[] = ["retry", "retry_later"];
const NOT_RETRIED: NextStep = "contact_provider";

/**
 * What to do now about `subject`: a code read in its place (a FoundCode or FoundError, what
 * `codes`, `decisiveCode` and `fromError` answer), a reading with its category and info, a
 * webhook event (`receive`'s), or a body (bytes, text or parsed JSON). The wait is the first
 * present of: the Retry-After header, the provider's declared reset header, a wait the provider's
 * prose states in the message, the wait the code's source states; the others follow it in `why`.
 * Never throws on what a response carries: a header or message that is no wait is listed in
 * `why`, shown escaped. A `now` that is no valid Date, and a `provider` that is no provider id,
 * throw a TypeError, and a `now` before 1970 or after 9998 a RangeError (the caller's mistakes).
 */
export function decide(subject: unknown, options: DecideOptions = {}): Decision {
  const now = nowOf(options.now);
  const provider = providerOf(options.provider);
  const [found, data, status] = subjectOf(subject, provider);
  const headers = readHeaders(options.headers);
  return decision(found, subject, provider, headers, data, now, status);
}

/** `decide` for an error of a provider's client (as `fromError` reads it), with the headers of
 * its response unless `options.headers` gives them. Never rejects on what it is given; rejects
 * as `decide` throws on the caller's mistakes (a `now` or a `provider` that is none). */
export async function decideError(error: unknown, options: DecideOptions = {}): Promise<Decision> {
  nowOf(options.now);
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
  const given = readHeaders(options.headers !== undefined ? options.headers : reading.headers);
  const { found, data, status } = reading;
  return decision(found, subject, provider, given, data, now, status);
}

/** The moments a decision is made at, as Python's: from 1970 to the end of 9998, so that a
 * moment and what is added to it (a wait, a consent's lead days) stay within a date's years. */
const LATEST_NOW = Date.UTC(9999, 0, 1) - 1;

function nowOf(now: unknown): Date {
  if (now === undefined) return new Date();
  if (!(now instanceof Date) || Number.isNaN(now.getTime()))
    throw new TypeError("now must be a valid Date");
  if (now.getTime() < 0 || now.getTime() > LATEST_NOW)
    throw new RangeError(`now must be from 1970 to 9998, not ${now.toISOString()}`);
  return now;
}

function get(value: unknown, key: string): unknown {
  try {
    return typeof value === "object" && value !== null
      ? (value as { readonly [key: string]: unknown })[key]
      : undefined;
  } catch {
    return undefined;
  }
}

/** The deciding code of a subject, its body's JSON and the HTTP status it carries (a
 * FoundError's). */
function subjectOf(
  subject: unknown,
  provider?: Provider,
): [FoundCode | null, unknown, number | null] {
  if (typeof get(subject, "codeSet") === "string" && typeof get(subject, "path") === "string") {
    const status = get(subject, "status");
    return [subject as FoundCode, null, typeof status === "number" ? status : null];
  }
  if (typeof get(subject, "kind") === "string" && get(subject, "dedupKey") !== undefined) {
    const payload = get(subject, "payload");
    return [decisiveCode(get(subject, "kind") as string, payload), payload, null];
  }
  if (typeof get(subject, "category") === "string" && get(subject, "info") !== undefined)
    return [null, null, null];
  try {
    const { found, data } = readCarried({ body: subject, status: null, requestId: null }, provider);
    return [found, data, null];
  } catch {
    return [null, null, null];
  }
}

/** The response's headers, read once: each name in lower case with its distinct values, trimmed
 * of spaces and tabs (the Python `_headers.read`); headers that cannot be read are none, and a
 * pair that cannot be (`readHeaders`) is passed over. */
export function headersOf(headers: unknown): Map<string, string[]> {
  return readHeaders(headers).read;
}

/** `headersOf`, with how many pairs were passed over (the Python `read_leniently`): a name or
 * value neither a string nor bytes (read as Latin-1), an entry that is no pair, and the pairs
 * past the MOST_HEADERS-th (counted as one). */
function readHeaders(headers: unknown): { read: Map<string, string[]>; passed: number } {
  // Each name's distinct values as a Set (in the order given): telling a value seen already
  // takes the same time however many there are.
  const held = new Map<string, Set<string>>();
  const listed = (): Map<string, string[]> =>
    new Map([...held].map(([name, values]) => [name, [...values]]));
  let passed = 0;
  try {
    let pairs: Iterable<unknown>;
    if (headers === null || headers === undefined || typeof headers !== "object")
      return { read: listed(), passed };
    if (Array.isArray(headers)) pairs = headers;
    else if (typeof (headers as { entries?: unknown }).entries === "function")
      pairs = (headers as { entries(): Iterable<unknown> }).entries();
    else pairs = Object.entries(headers);
    let count = 0;
    for (const pair of pairs) {
      if (count++ >= MOST_HEADERS) return { read: listed(), passed: passed + 1 };
      const [name, value] = Array.isArray(pair) && pair.length === 2 ? pair : [null, null];
      for (const one of Array.isArray(value) ? value : [value]) {
        const [key, text] = [latin(name), latin(one)];
        if (key === null || text === null) {
          passed++;
          continue;
        }
        const values = held.get(key.toLowerCase()) ?? new Set<string>();
        held.set(key.toLowerCase(), values.add(trimmed(text)));
      }
    }
    return { read: listed(), passed };
  } catch {
    return { read: new Map(), passed: 0 };
  }
}

function latin(text: unknown): string | null {
  if (typeof text === "string") return text;
  return text instanceof Uint8Array ? new TextDecoder("latin1").decode(text) : null;
}

/** The reason that says how many header pairs were not read, where some were not. */
function passedOver(passed: number): Reason[] {
  if (passed === 0) return [];
  const says =
    `${passed} header pair(s) not read: a name or value neither text nor bytes, or past ` +
    `the ${MOST_HEADERS}th`;
  return [{ part: "wait", says, source: "headers" }];
}

function facts(value: unknown): StepFacts {
  return (value ?? {}) as StepFacts;
}

function decision(
  found: FoundCode | null,
  subject: unknown,
  given: Provider | undefined,
  { read: headers, passed }: { read: Map<string, string[]>; passed: number },
  data: unknown,
  now: Date,
  status: number | null = null,
): Decision {
  const info: CodeInfo | null =
    found !== null ? found.info : ((get(subject, "info") as CodeInfo | null | undefined) ?? null);
  let category: Category = found?.category ?? (info?.category as Category) ?? "unknown";
  const provider = given ?? (found === null ? undefined : found.codeSet.split(".", 1)[0]);
  const news = consentNews(provider, found);
  const unknown = category === "unknown" && facts(info).nextStep === undefined;
  const what = found === null ? "nothing recognised" : "a code the catalog does not know";
  const byStatus = unknown ? statusNews(provider, status) : null;
  let [step, state, reasons] = stepAndState(found, info, category, news);
  if (byStatus !== null) {
    // Nothing known, but the response's status says what it stands for.
    category = byStatus.category;
    const said = facts(CategoryInfo[category]);
    [step, state] = [said.nextStep ?? "contact_provider", said.state ?? null];
    const parts = [
      ["next_step", step],
      ["state", state],
    ] as const;
    reasons = parts.flatMap(([part, value]) =>
      value === null
        ? []
        : [{ part, says: `${value}: ${what}, and ${byStatus.says}`, source: byStatus.source }],
    );
  }
  const [wait, waitReasons] = chosen(waits(provider, info, headers, data, now));
  const [endsAt, endReasons] = endsAtOf(news, data, now);
  let nextStep = step;
  if (wait !== null && unknown && byStatus === null) {
    // Nothing known, but the response states a wait: try the same request after it.
    nextStep = "retry_later";
    const says = `retry_later: ${what}, and the response states a wait`;
    reasons.splice(0, 1, { part: "next_step", says, source: "category" });
  }
  return {
    nextStep,
    actor: actorOf(category, nextStep, facts(info).nextStep === nextStep),
    state,
    waitSeconds: wait,
    notBefore: wait === null ? null : new Date(now.getTime() + wait * 1000),
    maxAttempts: facts(info).maxAttempts ?? null,
    endsAt,
    code: found,
    why: [...reasons, ...waitReasons, ...passedOver(passed), ...attemptsOf(info), ...endReasons],
  };
}

/** The reason for the attempts in all the code's source allows (the Python `_attempts`); none
 * where no source states a number. */
function attemptsOf(info: CodeInfo | null): Reason[] {
  const most = facts(info).maxAttempts;
  if (most === undefined) return [];
  const says = `at most ${most} attempt(s) in all, the first counted: the code's source states it`;
  return [{ part: "attempts", says, source: sourcesOf("max_attempts", info) }];
}

/** The sources of one of the code's own facts: those it names for the fact, else (a step or a
 * state) bankcodes' reading of the code's sources. */
function sourcesOf(field: string, info: CodeInfo | null): string {
  const ids = facts(info).factSources?.[field];
  if (ids !== undefined && ids.length > 0) return ids.join(", ");
  const read = info?.sources ?? [];
  return read.length > 0 ? `bankcodes' reading of ${read.join(", ")}` : "bankcodes' reading";
}

/** Whether the category says try again of a code its catalog entry says is not retryable: the
 * category does not speak for it, and the integrator asks its provider instead. */
function isNotRetried(category: Category, info: CodeInfo | null): boolean {
  const step = facts(CategoryInfo[category]).nextStep ?? "contact_provider";
  return RETRIES.includes(step) && info?.retryable === false;
}

function stepAndState(
  found: FoundCode | null,
  info: CodeInfo | null,
  category: Category,
  news: ConsentNews | null,
): [NextStep, ConnectionState | null, Reason[]] {
  const byCategory = facts(CategoryInfo[category]);
  const own = facts(info);
  const codeSays = found !== null ? `${String(found.code)} says so` : "the code says so";
  const reasons: Reason[] = [];
  const notRetried = isNotRetried(category, info);
  const categoryStep = notRetried ? NOT_RETRIED : (byCategory.nextStep ?? "contact_provider");
  const parts = [
    ["next_step", own.nextStep, categoryStep],
    ["state", own.state, byCategory.state ?? null],
  ] as const;
  for (const [part, stated, fallback] of parts) {
    if (stated !== undefined)
      reasons.push({ part, says: `${stated}: ${codeSays}`, source: sourcesOf(part, info) });
    else if (part === "next_step" && notRetried)
      reasons.push({
        part,
        says: `${fallback}: a code of the category ${category} that is not retryable`,
        source: sourcesOf("retryable", info),
      });
    else if (fallback !== null)
      reasons.push({ part, says: `${fallback}: ${whatOf(found, category)}`, source: "category" });
  }
  if (news !== null) reasons.push({ part: "state", says: news.says, source: news.source });
  const step = own.nextStep ?? categoryStep;
  return [step, own.state ?? byCategory.state ?? null, reasons];
}

/** What a decision by category stands on: nothing recognised, a code the catalog does not know,
 * or a code of the category (the Python `_what`). */
function whatOf(found: FoundCode | null, category: Category): string {
  if (found === null) return "nothing recognised";
  if (!found.known) return "a code the catalog does not know";
  return `a code of the category ${category}`;
}

function waits(
  provider: string | undefined,
  info: CodeInfo | null,
  headers: Map<string, string[]>,
  data: unknown,
  now: Date,
): (Wait | null)[] {
  const rules = rulesOf(provider);
  const readings: (Wait | null)[] = [];
  const after = headers.get("retry-after");
  if (after !== undefined) readings.push(retryAfter(after.slice(0, 16), now));
  for (const [name, meaning] of rules.headers) {
    const values = headers.get(name.toLowerCase());
    if (values !== undefined && values.length > 0 && name.toLowerCase() !== "retry-after")
      readings.push(resetHeader(name, meaning, values.slice(0, 16), now));
  }
  if (data !== null && data !== undefined && rules.patterns.length > 0)
    readings.push(prose(rules.patterns, textsOf(data)));
  const stated = facts(info).waitSeconds;
  if (typeof stated === "number") {
    const says = `the code's source states a wait of ${stated} s`;
    readings.push({
      seconds: stated,
      reason: { part: "wait", says, source: sourcesOf("wait_seconds", info) },
    });
  }
  return readings;
}

/** When a consent ends, for a code its provider sends before the end: the moment the body's
 * field that the source names holds, else the stated number of days after the moment the code
 * arrived (a field's value that is no date-time is said so, and the days are counted). */
function endsAtOf(news: ConsentNews | null, data: unknown, now: Date): [Date | null, Reason[]] {
  if (news === null) return [null, []];
  const refused: Reason[] = [];
  if (news.field !== null && isRecord(data) && Object.hasOwn(data, news.field)) {
    const value = data[news.field];
    const said = dateTime(value);
    if (said !== null) {
      const says = `${said.toISOString()}: the body's ${news.field}, ${news.says}`;
      return [said, [{ part: "ends_at", says, source: news.source }]];
    }
    const says = `the body's ${news.field} is no date-time from 1970 to 9998: ${shownValue(value)}`;
    refused.push({ part: "ends_at", says, source: news.source });
  }
  if (news.leadDays === null) return [null, refused];
  const endsAt = new Date(now.getTime() + news.leadDays * 86_400_000);
  const says = `${endsAt.toISOString()}: ${news.says}`;
  return [endsAt, [...refused, { part: "ends_at", says, source: news.source }]];
}

/** An RFC 3339 date-time (or a valid Date), to the millisecond, from 1970 to 9998 (the moments a
 * decision is made at), as a Date; null for any other value (the Python `date_time`). */
function dateTime(value: unknown): Date | null {
  let millis = Number.NaN;
  if (value instanceof Date) millis = value.getTime();
  else if (typeof value === "string" && value.length <= MAX_RETRY_AFTER_TEXT)
    millis = rfc3339Millis(value);
  return Number.isNaN(millis) || millis < 0 || millis > LATEST_NOW ? null : new Date(millis);
}

/** A body's value as a reason shows it: text escaped, other JSON as JSON, anything else (a value
 * no JSON holds) by its type, each at most MAX_RETRY_AFTER_TEXT characters. */
function shownValue(value: unknown): string {
  if (typeof value === "string") return shownText(value);
  try {
    const json = JSON.stringify(value) as string | undefined;
    if (json !== undefined) return shownText(json.slice(0, MAX_RETRY_AFTER_TEXT));
  } catch {
    // a BigInt, or an object that refers to itself
  }
  return `a value no JSON holds (${typeof value})`;
}
