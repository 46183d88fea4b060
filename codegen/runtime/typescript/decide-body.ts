/**
 * What a body states of a decision (the Python `bankcodes._decide_body`, with `stated` and
 * `_limits` of `bankcodes._decide`): when a consent ends by a field of the provider's bodies, the
 * most a request may ask for by a message or a field, and the step they give where nothing else
 * in the body decides.
 */
import type { FoundCode } from "./code-fields.js";
import { bodyRules, type BodyRules } from "./provider-facts.js";
import type { Reason } from "./decide-waits.js";
import { MAX_MESSAGE, shownText, textsOf } from "./decide-waits.js";
import { all, values } from "./recognition.js";
import type { CodeFacts } from "./code-facts.js";
import { cut, said } from "./shown.js";
import { dateTime, statedMoment, wholeSeconds } from "./times.js";
import { endsAtOf, shownValue, statedLimit, type ConsentNews } from "./decide-facts.js";

type Step = NonNullable<CodeFacts["nextStep"]>;

/** Where no provider is named: each provider whose body fields (`fields` of its rules) have their
 * telling keys all present, with those keys, in the order of their ids (the Python `told_by`). */
function toldBy(data: unknown, fields: "ends" | "limitFields"): [string, string][] {
  const whose = new Map<string, string>();
  for (const [id, rules] of Object.entries(bodyRules))
    for (const f of rules[fields])
      if (
        !whose.has(id) &&
        f.tells.length > 0 &&
        f.tells.every((key) => all(data, key).length > 0) &&
        (!("requires" in f) || applies(f, data))
      )
        whose.set(id, f.tells.join(", "));
  return [...whose].sort(([a], [b]) => (a < b ? -1 : 1));
}

/** What each provider told by its fields reads (`each`: its reason, in `whose`'s order), with what
 * told it: one provider's reading and its keys; several providers' where they read it alike (the
 * same words), their sources joined; none where they differ or read nothing (the Python `alike`). */
function alike(whose: [string, string][], each: Reason[][]): Reason[] {
  const read = each.map((reasons) => reasons[0]);
  const first = read[0];
  if (first === undefined || read.some((r) => r?.says !== first.says)) return [];
  const source = [...new Set(read.flatMap((r) => r!.source.split(", ")))].join(", ");
  const [provider, keys] = whose[0]!;
  const providers = whose.map(([id]) => id).join(", ");
  const says = said(whose.length > 1 ? "told_alike" : "told_end", { provider, keys, providers });
  const told: Reason = { part: "code", says, source: "body" };
  return [{ ...first, source }, told];
}

type Ended = [Date | null, Reason[], [Step, NonNullable<CodeFacts["state"]> | null] | null];

/** When a consent ends by the first field of the provider's bodies that states it (read exactly;
 * null, where its source says so, for never), with its reason, and the next step and state that
 * end gives where nothing else in the body decides: renew_consent once it has passed, none before
 * it or where it never comes; no step for a value that is no date-time. Where no provider is
 * named, as the providers whose fields tell the body (`told`: by those fields alone) read it alike;
 * where they differ, none, with the reason that names them (the Python `body_end`). */
export function bodyEnd(
  provider: string | undefined,
  data: unknown,
  now: Date,
  told = false,
): Ended {
  if (provider === undefined) {
    const whose = toldBy(data, "ends");
    const each = whose.map(([id]) => bodyEnd(id, data, now, true));
    const reasons = each.map((e) => e[1]);
    const read = alike(whose, reasons);
    if (read.length > 0 || whose.length < 2)
      return read.length > 0 ? [each[0]![0], read, each[0]![2]] : [null, [], null];
    const providers = whose.map(([id]) => id).join(", ");
    return [null, [{ part: "code", says: said("told_ends", { providers }), source: "body" }], null];
  }
  const ends = Object.hasOwn(bodyRules, provider) ? bodyRules[provider]!.ends : [];
  for (const end of ends) {
    if ((told && end.tells.length === 0) || !applies(end, data)) continue;
    const found: [string, unknown][] = [];
    values(end.path.slice(1), data, "$", found);
    const source = end.sources.join(", ");
    const reason = (says: string): Reason[] => [{ part: "ends_at", says, source }];
    for (const [field, value] of end.pattern === undefined ? found.slice(0, 1) : found) {
      let stated: Date | null;
      let says: string;
      if (end.pattern !== undefined) {
        // A text that states the end: its date, and its time where the text states one.
        const text = typeof value === "string" ? cut(value, MAX_MESSAGE) : "";
        const match = new RegExp(end.pattern).exec(text);
        const { date, time, offset } = match?.groups ?? {};
        stated = match === null ? null : dateTime(`${date!}T${time ?? "00:00:00"}${offset ?? "Z"}`);
        if (match === null || stated === null) continue;
        const [moment, quote] = [stated.toISOString(), shownText(match[0])];
        const phrase =
          time === undefined ? "ends_at_date" : offset ? "ends_at_time" : "ends_at_utc";
        says = said(phrase, { moment, field, quote });
      } else if (value === null && end.nullMeansNever === true) {
        return [null, reason(said("ends_never", { field })), ["none", null]];
      } else {
        stated = statedMoment(value, end.form, now);
        if (stated === null)
          return [null, reason(said("ends_at_refused", { field, value: shownValue(value) })), null];
        const seconds = wholeSeconds(value) ?? "";
        const phrase = end.form === "seconds" ? "ends_in_seconds" : "ends_at_body";
        says = said(phrase, { moment: stated.toISOString(), field, seconds });
      }
      const state = end.then === "renew_consent" ? "consent_ended" : null;
      const passed = stated.getTime() <= now.getTime();
      return [stated, reason(says), passed ? [end.then, state] : ["none", null]];
    }
  }
  return [null, [], null];
}

/** Whether an end field is read in `data`: every key it requires is present, and its whenField,
 * where it names one, holds one of its whenValues (the Python `_applies`). */
function applies(end: BodyRules["ends"][number], data: unknown): boolean {
  if (!end.requires.every((key) => all(data, key).length > 0)) return false;
  const when = end.whenField;
  return when === undefined || all(data, when).some((v) => end.whenValues.includes(v as string));
}

/** The most a request may ask for, where a field of the provider's bodies states it (a positive
 * integer below 10**15), with the field named; where no provider is named, as the providers whose
 * limit fields' telling keys are all present (`told`: by those fields alone) read it alike (the
 * Python `field_limit`). */
export function fieldLimit(provider: string | undefined, data: unknown, told = false): Reason[] {
  if (provider === undefined) {
    const whose = toldBy(data, "limitFields");
    const each = whose.map(([id]) => fieldLimit(id, data, true));
    return alike(whose, each);
  }
  const rules = Object.hasOwn(bodyRules, provider) ? bodyRules[provider]! : null;
  for (const limit of rules?.limitFields ?? []) {
    if (told && limit.tells.length === 0) continue;
    const found: [string, unknown][] = [];
    values(limit.path.slice(1), data, "$", found);
    for (const [field, most] of found) {
      if (typeof most !== "number" || !Number.isInteger(most) || most <= 0 || most >= 1e15)
        continue;
      const says = said("limit_field", { most, unit: limit.unit, field });
      return [{ part: "limit", says, source: limit.sources.join(", ") }];
    }
  }
  return [];
}

/** The most a request may ask for, where the body states it: in a message, else in a field of
 * the provider's bodies (the Python `stated_limit` and `field_limit`); whether a field stated it. */
function limitsOf(
  provider: string | undefined,
  found: FoundCode | null,
  data: unknown,
): [Reason[], boolean] {
  const absent = data === null || data === undefined;
  const limits = statedLimit(provider, found, absent ? [] : textsOf(data));
  if (limits.length > 0 || absent) return [limits, false];
  const inField = fieldLimit(provider, data);
  return [inField, inField.length > 0];
}

/** When the consent ends and the most a request may ask for, as the code's sources or the body
 * state them (`endsAtOf`, else `bodyEnd`; `limitsOf` for the provider or the owner of the body's
 * kind), with the step, state and reason they give where nothing else in the body decides: a
 * consent's end the body states, else a limit a field states (the Python `_stated`). */
export function statedInBody(
  news: ConsentNews | null,
  provider: string | undefined,
  kind: string | null,
  found: FoundCode | null,
  data: unknown,
  now: Date,
  what: string,
): [
  Date | null,
  Reason[],
  Reason[],
  [Step, NonNullable<CodeFacts["state"]> | null, Reason] | null,
] {
  let [endsAt, endReasons] = endsAtOf(news, data, now);
  let decided: [Step, NonNullable<CodeFacts["state"]> | null, Reason] | null = null;
  if (endReasons.length === 0) {
    let ended;
    [endsAt, endReasons, ended] = bodyEnd(provider, data, now);
    if (ended !== null) decided = [...ended, decidedBy("by_end", ended[0], what, endReasons[0]!)];
  }
  // A body read as one provider's kind, that provider not named, states its limits as theirs.
  const [limits, inField] = limitsOf(provider ?? kind?.split("/", 1)[0], found, data);
  if (decided === null && inField && endReasons.length === 0)
    decided = ["none", null, decidedBy("by_limit", "none", what, limits[0]!)];
  return [endsAt, endReasons, limits, decided];
}

/** The reason of a next step that what the body states decided, where nothing else did. */
function decidedBy(key: "by_end" | "by_limit", step: Step, what: string, by: Reason): Reason {
  return { part: "next_step", says: said(key, { step, what }), source: by.source };
}
