/**
 * The catalog's facts a decision reads (the Python `bankcodes._decide_facts`): a provider's
 * rate-limit headers, prose patterns and stated window, the codes it names as announcing or telling a
 * consent's end and when it ends, what a response's HTTP status says where nothing in it is
 * recognised, and who acts on a next step.
 */
import { Category, CategoryInfo, STEP_ACTORS } from "./categories.js";
import type { Actor, PayloadKindFields } from "./shapes.js";
import { PAYLOAD_KINDS } from "./kinds.js";
import { readAs, type FoundCode } from "./code-fields.js";
import {
  bodyRules,
  consents,
  rateLimits,
  retries,
  type BodyRules,
  type ConsentEvent,
  type MessageStep,
} from "./provider-facts.js";
import type { Reason } from "./decide-waits.js";
import { MAX_VALUES, bounded, shownText, textsOf } from "./decide-waits.js";
import { isRecord, values } from "./recognition.js";
import type { CodeFacts } from "./code-facts.js";
import { cut, said } from "./shown.js";
import { STATUSES, type Phrase } from "./phrases.js";
import { dateTime } from "./times.js";
import { MAX_RETRY_AFTER_TEXT } from "./waits.js";

/** What the status says, and the sources that say so. */
export interface StatusNews {
  readonly category: Category;
  readonly says: string;
  readonly source: string;
}

/** What an HTTP status says of a response in which nothing is recognised: a status the
 * provider's sources name as a rate-limited request's, where it means only that (429, or a
 * server's status of 500 or more: a 401 or a 403 also means a refused token), else what the
 * status (or its class, 2xx) stands for by its own definition (STATUSES, each with its RFC's
 * section); null for another (a 404), and for the status every body of
 * `kind` comes with (its responseStatus: a GraphQL error's 200), which says nothing more. */
export function statusNews(
  provider: string | undefined,
  status: number | null,
  kind: string | null = null,
): StatusNews | null {
  const kinds: { readonly [kind: string]: PayloadKindFields } = PAYLOAD_KINDS;
  if (kind !== null && status !== null && kinds[kind]?.responseStatus === status) return null;
  const limits =
    provider !== undefined && Object.hasOwn(rateLimits, provider)
      ? rateLimits[provider]
      : undefined;
  const stated = limits === undefined || "notStated" in limits ? undefined : limits;
  const named: readonly number[] = stated?.statuses ?? [];
  if (
    stated !== undefined &&
    status !== null &&
    named.includes(status) &&
    (status === 429 || status >= 500)
  ) {
    const says = said("status_of_provider", { status, provider: String(provider) });
    return { category: Category.RATE_LIMITED, says, source: stated.sources.join(", ") };
  }
  const keys = status === null ? [] : [String(status), `${Math.floor(status / 100)}xx`];
  const key = keys.find((k) => Object.hasOwn(STATUSES, k));
  // A status the provider's sources name for a rate limit means that too (a 401 of one).
  if (key === undefined || named.includes(status!)) return null;
  const [category, source] = STATUSES[key]!;
  return {
    category: category as Category,
    says: said(`status_${key}` as Phrase, { status: status! }),
    source,
  };
}

/** Who acts: the category's, unless the code states its own next step that is not the
 * category's (the one who takes it: STEP_ACTORS), or the category says try again of a code that
 * is not retried (`step` is then contact_provider, `own` false: the integrator asks). */
export function actorOf(category: Category, step: string, own: boolean): Actor {
  const info = CategoryInfo[category] as { readonly actor: Actor; readonly nextStep?: string };
  if (step !== (info.nextStep ?? "contact_provider"))
    return own && Object.hasOwn(STEP_ACTORS, step)
      ? STEP_ACTORS[step]!
      : own
        ? info.actor
        : "integrator";
  return info.actor;
}

/** What a code its provider names as announcing a consent's end, or telling it, says of the
 * end (the Python `ConsentNews`). */
export interface ConsentNews {
  readonly says: string;
  readonly source: string;
  readonly leadDays: number | null;
  /** The body's field that holds the moment the consent ends, where the source names one. */
  readonly field: string | null;
}

/** Each provider's rate-limit headers (name, meaning) and prose patterns, compiled once. */
const RULES = new Map<string, { headers: [string, string][]; patterns: RegExp[] }>();

/** A provider's rate-limit headers and prose patterns (the Python `provider_rules`); none for
 * no provider, and for one whose sources state none or were not read for them. */
export function rulesOf(provider: string | undefined): {
  headers: [string, string][];
  patterns: RegExp[];
} {
  if (provider === undefined || !Object.hasOwn(rateLimits, provider))
    return { headers: [], patterns: [] };
  const cached = RULES.get(provider);
  if (cached !== undefined) return cached;
  const limits = rateLimits[provider]!;
  const rules =
    "notStated" in limits
      ? { headers: [], patterns: [] }
      : {
          headers: limits.headers.map((header): [string, string] => [header.name, header.meaning]),
          patterns: limits.prose.map((prose) => new RegExp(prose.pattern)),
        };
  RULES.set(provider, rules);
  return rules;
}

/** The next step, where a header of the response says otherwise by a retry rule of the
 * provider's sources, which obeys it over the status: send the request again (true) or never
 * (false); its reason then replaces the next step's in `reasons` (the Python `header_says_retry`).
 * A header sent more than once, or with another value, says nothing. */
export function obeyedStep(
  provider: string | undefined,
  headers: Map<string, string[]>,
  step: NonNullable<CodeFacts["nextStep"]>,
  reasons: Reason[],
): NonNullable<CodeFacts["nextStep"]> {
  const retrying =
    provider !== undefined && Object.hasOwn(retries, provider) ? retries[provider]! : null;
  if (retrying === null || "notStated" in retrying) return step;
  for (const rule of retrying.rules) {
    const values = rule.header === undefined ? undefined : headers.get(rule.header.toLowerCase());
    if (values?.length !== 1 || (values[0] !== "true" && values[0] !== "false")) continue;
    const obeyed = values[0] === "true" ? "retry" : "contact_provider";
    if ((step === "retry" || step === "retry_later") === (obeyed === "retry")) return step;
    const says = said("header_says_retry", { step: obeyed, name: rule.header!, value: values[0] });
    const others = reasons.filter((reason) => reason.part !== "next_step");
    reasons.splice(
      0,
      reasons.length,
      { part: "next_step", says, source: rule.sources.join(", ") },
      ...others,
    );
    return obeyed;
  }
  return step;
}

/** The window the provider's sources state its rate limit resets after, in seconds, with those
 * sources (the Python `stated_window`); null for no provider, and for one whose sources state
 * none. */
export function statedWindow(provider: string | undefined): [number, string] | null {
  if (provider === undefined || !Object.hasOwn(rateLimits, provider)) return null;
  const limits = rateLimits[provider]!;
  if ("notStated" in limits || limits.window === undefined) return null;
  return [limits.window.seconds, limits.window.sources.join(", ")];
}

/** The first of the provider's message rules of one kind (its body rules' messages or
 * messageSteps) for the code's set, and its codes where the rule names them, whose pattern a text
 * of the body matches: [the rule, the code's value, that text]; else null (the Python `_matched`). */
function matched<K extends "messages" | "messageSteps">(
  provider: string | undefined,
  found: FoundCode | null,
  texts: Iterable<string>,
  kind: K,
): [BodyRules[K][number], string, string] | null {
  if (provider === undefined || found === null || !Object.hasOwn(bodyRules, provider)) return null;
  const setId = found.codeSet.slice(found.codeSet.indexOf(".") + 1);
  const value = String(found.code);
  const rules: readonly BodyRules[K][number][] = bodyRules[provider]![kind];
  const mine = rules.filter(
    (r) => r.codeSet === setId && (r.codes.length === 0 || r.codes.includes(value)),
  );
  for (const text of mine.length > 0 ? bounded(texts) : [])
    for (const rule of mine) if (new RegExp(rule.pattern).test(text)) return [rule, value, text];
  return null;
}

/** The code a generic code's message means, by the provider's message rules (the first rule of
 * the code's set, and of its codes where the rule names them, whose pattern a text of the body
 * matches), with the reason that quotes the message; else the code itself (the Python `meant`). */
export function meant(
  provider: string | undefined,
  found: FoundCode | null,
  texts: Iterable<string>,
): [FoundCode | null, Reason[]] {
  const match = matched(provider, found, texts, "messages");
  if (match === null) return [found, []];
  const [rule, value, text] = match;
  const [means, quote] = [rule.means, shownText(text)];
  const says =
    text === value // the code is the message itself: quoted once
      ? said("message_is_code", { means, quote })
      : said("message_means", { value: shownText(value), means, quote });
  const reason: Reason = { part: "next_step", says, source: rule.sources.join(", ") };
  return [readAs(found!, `${provider}.${rule.meansCodeSet}`, rule.means), [reason]];
}

/** The code whose facts decide in place of a code the catalog does not know: the first known
 * cause the body names, else the code its message means, as `decide` reads them (the Python
 * `meant_code` of `bankcodes decide -`); null for a known code, or where neither is. */
export function meantCode(
  provider: string | undefined,
  found: FoundCode | null,
  data: unknown,
): FoundCode | null {
  if (found === null || found.known || data === null || data === undefined) return null;
  const [cause, told] = caused(provider, found, data);
  const [code, heard] = told.length > 0 ? [cause, told] : meant(provider, found, textsOf(data));
  return heard.length > 0 && code?.known === true ? code : null;
}

/** The next step a generic code's message states, by the provider's message steps (the first
 * step of the code's set, and of its codes where it names them, whose pattern a text of the body
 * matches), with the reason that quotes the message; else none (the Python `stated_step`). */
export function statedStep(
  provider: string | undefined,
  found: FoundCode | null,
  texts: Iterable<string>,
): [MessageStep["nextStep"] | null, Reason[]] {
  const match = matched(provider, found, texts, "messageSteps");
  if (match === null) return [null, []];
  const [rule, value, text] = match;
  const says = said("message_states", {
    value: shownText(value),
    step: rule.nextStep,
    quote: shownText(text),
  });
  return [rule.nextStep, [{ part: "next_step", says, source: rule.sources.join(", ") }]];
}

/** The first cause the catalog knows of a code whose body names its causes, by the provider's
 * cause rules (the first MAX_VALUES values at the rule's path), with the reason that names it;
 * else the code itself (the Python `caused`). */
export function caused(
  provider: string | undefined,
  found: FoundCode | null,
  data: unknown,
): [FoundCode | null, Reason[]] {
  if (provider === undefined || found === null || !Object.hasOwn(bodyRules, provider))
    return [found, []];
  const setId = found.codeSet.slice(found.codeSet.indexOf(".") + 1);
  const value = String(found.code);
  for (const rule of bodyRules[provider]!.causes) {
    if (rule.codeSet !== setId || !rule.codes.includes(value)) continue;
    const causes: [string, unknown][] = [];
    values(rule.path.slice(1), data, "$", causes);
    for (const [path, cause] of causes.slice(0, MAX_VALUES)) {
      if (typeof cause !== "string") continue;
      const read = readAs({ ...found, path, field: rule.path }, found.codeSet, cause);
      if (!read.known) continue;
      const says = said("cause_decides", {
        value: shownText(value),
        cause: shownText(cause),
        field: path,
      });
      return [read, [{ part: "next_step", says, source: rule.sources.join(", ") }]];
    }
  }
  return [found, []];
}

/** The most characters of a message a limit quotes (the Python MAX_QUOTE). */
const MAX_QUOTE = 200;

/** The most (or least) a request may ask for: where the provider's sources state it for the code,
 * with their sentence, else where texts of the body state it in a form the provider's rules
 * declare (of days, of seconds, a version), each with its message quoted (the Python
 * `stated_limit`). */
export function statedLimit(
  provider: string | undefined,
  found: FoundCode | null,
  texts: Iterable<string>,
): Reason[] {
  const limits =
    provider !== undefined && Object.hasOwn(bodyRules, provider) ? bodyRules[provider]!.limits : [];
  const setId = found === null ? null : found.codeSet.slice(found.codeSet.indexOf(".") + 1);
  const value = found === null ? null : String(found.code);
  for (const limit of limits) {
    if (limit.pattern !== undefined || limit.codeSet !== setId || value === null) continue;
    if (!limit.codes.includes(value)) continue;
    const [most, unit, quote] = [limit.most!, limit.unit, limit.example];
    const says = said("limit_of_code", { most, unit, value, quote });
    return [{ part: "limit", says, source: limit.sources.join(", ") }];
  }
  const patterned = limits.filter((limit) => limit.pattern !== undefined);
  const stated: Reason[] = [];
  for (const text of patterned.length > 0 ? bounded(texts) : [])
    for (const limit of patterned) {
      const match = new RegExp(limit.pattern!).exec(text);
      if (match === null) continue;
      const bound = match.groups!["most"] !== undefined ? "most" : "least";
      const [quote, unit] = [shownText(match[0], MAX_QUOTE), limit.unit];
      const says = said(`limit_${bound}`, { bound: match.groups![bound]!, unit, quote });
      stated.push({ part: "limit", says, source: limit.sources.join(", ") });
      break;
    }
  return stated;
}

/** What the code says of a consent's end, where its provider names it as announcing the end
 * (with its lead days) or telling it (the Python `consent_news`); null for another code. */
export function consentNews(
  provider: string | undefined,
  found: FoundCode | null,
): ConsentNews | null {
  if (provider === undefined || found === null || !Object.hasOwn(consents, provider)) return null;
  const consent = consents[provider]!;
  if ("notStated" in consent) return null;
  const setId = found.codeSet.slice(found.codeSet.indexOf(".") + 1);
  const value = String(found.code);
  const sources = (event: ConsentEvent): string =>
    (event.sources.length > 0 ? event.sources : consent.sources).join(", ");
  for (const event of consent.announcedBy) {
    if (event.codeSet !== setId || event.code !== value) continue;
    const lead = event.leadDays ?? null;
    const says =
      lead !== null
        ? said("consent_announced", { provider, value, lead })
        : said("consent_announced_unnamed", { provider, value });
    return { says, source: sources(event), leadDays: lead, field: event.endsAtField ?? null };
  }
  for (const event of consent.endedBy) {
    if (event.codeSet !== setId || event.code !== value) continue;
    const says = said("consent_ended", { provider, value });
    return { says, source: sources(event), leadDays: null, field: null };
  }
  return null;
}

export { LATEST_NOW } from "./times.js";

/** When a consent ends, for a code its provider sends before the end: the moment the body's
 * field that the source names holds, else the stated number of days after the moment the code
 * arrived (a field's value that is no date-time is said so, and the days are counted). */
export function endsAtOf(
  news: ConsentNews | null,
  data: unknown,
  now: Date,
): [Date | null, Reason[]] {
  if (news === null) return [null, []];
  const refused: Reason[] = [];
  if (news.field !== null && isRecord(data) && Object.hasOwn(data, news.field)) {
    const value = data[news.field];
    const stated = dateTime(value);
    if (stated !== null) {
      const moment = stated.toISOString();
      const says = said("ends_at_field", { moment, field: news.field, news: news.says });
      return [stated, [{ part: "ends_at", says, source: news.source }]];
    }
    const says = said("ends_at_refused", { field: news.field, value: shownValue(value) });
    refused.push({ part: "ends_at", says, source: news.source });
  }
  if (news.leadDays === null) return [null, refused];
  const endsAt = new Date(now.getTime() + news.leadDays * 86_400_000);
  const says = said("ends_at_days", { moment: endsAt.toISOString(), news: news.says });
  return [endsAt, [...refused, { part: "ends_at", says, source: news.source }]];
}

/** A body's value as a reason shows it: text escaped, other JSON as JSON, anything else (a value
 * no JSON holds) by its type, each at most MAX_RETRY_AFTER_TEXT characters. */
export function shownValue(value: unknown): string {
  if (typeof value === "string") return shownText(value);
  try {
    const json = JSON.stringify(value) as string | undefined;
    if (json !== undefined) return shownText(cut(json, MAX_RETRY_AFTER_TEXT));
  } catch {
    // a BigInt, or an object that refers to itself
  }
  return said("no_json", { type: typeof value });
}
