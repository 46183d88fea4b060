/**
 * How a body is recognised as a payload kind by the spec's rules (the generated PAYLOAD_KINDS'
 * `recognise`): which kinds a body is, most specific first, and what tells its provider (the
 * Python bankcodes._recognition). A rule tells a body alone only by the evidence it finds in it: a
 * text in the provider's namespace, fields of its own, or a code only its code sets hold. A body
 * costs time linear in its size, however many kinds there are: each rule is filed under one
 * top-level key it requires (of its keys, the one that the fewest rules name), and a body is tried
 * against the rules filed under its own keys alone.
 */
import type { Recognition } from "./shapes.js";

export function isRecord(value: unknown): value is { readonly [key: string]: unknown } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function own(data: { readonly [key: string]: unknown }, key: string): unknown {
  return Object.hasOwn(data, key) ? data[key] : undefined;
}

/** The last step of a path that reads the keys of an object (a SET's events: each under its
 * type). */
export const KEYS = ".*~";

/** The values at a field path (".a.b[*].c", relative to `data`), each with its JSON path; a last
 * step .*~ gives the keys of the object there, each as its path with ~ after it. */
export function values(rest: string, data: unknown, path: string, out: [string, unknown][]): void {
  if (rest === "") {
    out.push([path, data]);
    return;
  }
  if (rest === KEYS) {
    if (isRecord(data)) for (const key of Object.keys(data)) out.push([`${path}.${key}~`, key]);
    return;
  }
  const dot = rest.indexOf(".", 1);
  const step = dot === -1 ? rest.slice(1) : rest.slice(1, dot);
  const after = dot === -1 ? "" : rest.slice(dot);
  const each = step.endsWith("[*]");
  const key = each ? step.slice(0, -3) : step;
  if (!isRecord(data) || !Object.hasOwn(data, key)) return;
  const value = data[key];
  const here = `${path}.${key}`;
  if (!each) values(after, value, here, out);
  else if (Array.isArray(value))
    value.forEach((item, i) => values(after, item, `${here}[${i}]`, out));
}

/** The longest id of a connection or account a code is read with (a longer one is not read). */
const MAX_CONCERNED = 200;

/** By the JSON path of each object that holds a code of `field`, what it names of `concerns`
 * (the Python `concerned`): each a text of 1 to MAX_CONCERNED characters (code points). */
export function concerned(
  field: string,
  data: unknown,
  concerns: Readonly<Record<string, string>>,
): Map<string, Record<string, string>> {
  const holders: [string, unknown][] = [];
  values(field.slice(1, field.lastIndexOf(".")), data, "$", holders);
  const named = new Map<string, Record<string, string>>();
  for (const [path, holder] of holders) {
    if (!isRecord(holder)) continue;
    const found: Record<string, string> = {};
    for (const [what, name] of Object.entries(concerns)) {
      const value = own(holder, name);
      const length = typeof value === "string" ? [...value].length : 0;
      if (length > 0 && length <= MAX_CONCERNED) found[what] = value as string;
    }
    if (Object.keys(found).length > 0) named.set(path, found);
  }
  return named;
}

/** The values at a dotted path of keys where a key ending in [] steps into every item of the
 * array it holds (errors[].code: the code of each error); none where the path leads nowhere. */
export function all(data: unknown, path: string): unknown[] {
  const out: [string, unknown][] = [];
  values(`.${path.replaceAll("[]", "[*]")}`, data, "$", out);
  return out.map(([, value]) => value);
}

/** Whether a key of a recognition is there: a plain path by its last key alone (a getter there is
 * not run), a path through arrays by any value it reaches. */
function present(data: { readonly [key: string]: unknown }, key: string): boolean {
  if (key.includes("[]")) return all(data, key).length > 0;
  const dot = key.lastIndexOf(".");
  const holder = dot === -1 ? data : all(data, key.slice(0, dot))[0];
  return isRecord(holder) && Object.hasOwn(holder, key.slice(dot + 1));
}

/** Whether the code set `ref` ("provider.code_set") knows a text. */
export type Known = (ref: string, value: string) => boolean;

function matches(rule: Recognition, data: unknown, known: Known): boolean {
  if (!isRecord(data)) return false;
  try {
    if (rule.present.some((key) => !present(data, key))) return false;
    if (rule.absent.some((key) => present(data, key))) return false;
    const objects = rule.objects.map((key) => all(data, key));
    if (!objects.every((found) => found.length > 0 && found.every(isRecord))) return false;
    const prefixed = Object.entries(rule.prefixes ?? {}).every(([key, prefixes]) =>
      all(data, key).some(
        (value) => typeof value === "string" && prefixes.some((prefix) => value.startsWith(prefix)),
      ),
    );
    if (!prefixed) return false;
    return Object.entries(rule.codes).every(([key, refs]) =>
      all(data, key).some(
        (value) => typeof value === "string" && refs.some((ref) => known(ref, value)),
      ),
    );
  } catch {
    return false; // a value that throws when read holds no object and no code
  }
}

/** What tells that a body is `kind`'s provider's (the Python `Evidence`): a text in the
 * provider's namespace (its documentation address, a URN of its own, published at `sources`), a
 * code only its code sets hold, fields of its own or several of its fields together, or nothing in
 * the body ("provider": the reader was told the provider); the keys that carry it, as the kind's
 * recognition names them, and the text or code read there (null for fields and the provider). */
export interface Evidence {
  readonly kind: string;
  readonly what: "namespace" | "wording" | "code" | "fields" | "provider";
  readonly keys: readonly string[];
  readonly value: string | null;
  readonly sources: readonly string[];
}

function texts(data: unknown, key: string): string[] {
  return all(data, key).filter((value): value is string => typeof value === "string");
}

/** What tells the provider of `data`, which meets `rule` (the Python `evidence`): each key of its
 * namespace with the text it holds there, each key of its codes that holds a code no other
 * provider's code sets hold nor many APIs send, and its fields where they tell; none where the
 * body gives none. */
export function evidence(rule: Recognition, data: unknown, known: Known, kind: string): Evidence[] {
  const found: Evidence[] = [];
  const sources = rule.sources ?? [];
  try {
    for (const [key, prefixes] of Object.entries(rule.prefixes ?? {})) {
      const text = texts(data, key).find((t) => prefixes.some((prefix) => t.startsWith(prefix)));
      if (text !== undefined)
        found.push({
          kind,
          what: rule.wording === true ? "wording" : "namespace",
          keys: [key],
          value: text,
          sources,
        });
    }
    for (const [key, refs] of Object.entries(rule.codes)) {
      const anyone = rule.shared?.[key] ?? [];
      const code = texts(data, key).find(
        (t) => !anyone.includes(t) && refs.some((ref) => known(ref, t)),
      );
      if (code !== undefined)
        found.push({ kind, what: "code", keys: [key], value: code, sources: [] });
    }
  } catch {
    return []; // a value that throws when read tells nothing
  }
  if (rule.byFields === true) {
    const keys = [...new Set([...rule.present, ...rule.objects, ...Object.keys(rule.codes)])];
    found.push({ kind, what: "fields", keys, value: null, sources: [] });
  }
  return found;
}

/** How specific a rule is: its number of conditions. */
function weight({ present, absent, objects, codes, prefixes = {} }: Recognition): number {
  return [present, absent, objects, Object.keys(codes), Object.keys(prefixes)].flat().length;
}

/** The top-level keys a body needs to meet `rule`: those of every condition but `absent`. */
function keys({ present, objects, codes, prefixes = {} }: Recognition): string[] {
  const paths = [...present, ...objects, ...Object.keys(codes), ...Object.keys(prefixes)];
  return [...new Set(paths.map((path) => path.split(".", 1)[0]!.replace(/\[\]$/, "")))];
}

/** The kinds whose rules `data` (parsed JSON) matches, most specific first (the kind whose
 * matching rule has the most conditions), then in catalog order; with `only`, those kinds alone,
 * then in their order. */
export type Ranked = (data: unknown, only?: readonly string[]) => string[];

/** A recogniser's answers: the kinds a body is (`ranked`), and what tells that it is a kind's
 * provider's (`told`: the evidence of the matching rule of that kind with the most conditions
 * that finds some; "provider" where none does but one matches; none where none matches). */
export interface Recogniser {
  readonly ranked: Ranked;
  readonly told: (data: unknown, kind: string) => Evidence[];
}

/**
 * The rules of `kinds` (each kind with its entry, in catalog order) filed for matching: those that
 * tell a body alone, or with `everyRule` those too plain to as well (`providerGiven`), which apply
 * where the reader is told the provider. `known` says whether a code set knows a text.
 */
export function recogniser(
  kinds: readonly (readonly [string, { readonly recognise: readonly Recognition[] }])[],
  known: Known,
  everyRule: boolean,
): Recogniser {
  type Filed = readonly [string, Recognition];
  const rules: Filed[] = kinds.flatMap(([kind, { recognise }]) =>
    recognise.filter((rule) => everyRule || !rule.providerGiven).map((r): Filed => [kind, r]),
  );
  const named = new Map<string, number>();
  for (const key of rules.flatMap(([, rule]) => keys(rule)))
    named.set(key, (named.get(key) ?? 0) + 1);
  const filed = new Map<string, Filed[]>();
  const unfiled: Filed[] = []; // the rules that require no key, tried on every object
  for (const entry of rules) {
    const [rarest] = keys(entry[1]).sort((a, b) => named.get(a)! - named.get(b)!);
    if (rarest === undefined) unfiled.push(entry);
    else filed.set(rarest, [...(filed.get(rarest) ?? []), entry]);
  }
  const catalog = new Map(kinds.map(([kind], index) => [kind, index]));
  /** The rules `data` matches, each with its evidence there; without `everyRule`, only those that
   * find some. */
  const matching = (data: unknown): [string, Recognition, Evidence[]][] => {
    if (!isRecord(data)) return [];
    const names = Object.getOwnPropertyNames(data);
    const tried = names.length < filed.size ? names : [...filed.keys()];
    const candidates = tried.flatMap((key) => (Object.hasOwn(data, key) && filed.get(key)) || []);
    const found: [string, Recognition, Evidence[]][] = [];
    for (const [kind, rule] of [...unfiled, ...candidates]) {
      if (!matches(rule, data, known)) continue;
      const told = rule.providerGiven === true ? [] : evidence(rule, data, known, kind);
      if (told.length > 0 || everyRule) found.push([kind, rule, told]);
    }
    return found;
  };
  const ranked: Ranked = (data, only) => {
    const order = only === undefined ? catalog : new Map(only.map((kind, index) => [kind, index]));
    const weights = new Map<string, number>();
    for (const [kind, rule] of matching(data))
      if (order.has(kind)) weights.set(kind, Math.max(weights.get(kind) ?? 0, weight(rule)));
    const ranks = [...weights].map(([kind, most]) => [-most, order.get(kind)!, kind] as const);
    return ranks.sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, , kind]) => kind);
  };
  const told = (data: unknown, kind: string): Evidence[] => {
    const found = matching(data).filter(([other]) => other === kind);
    found.sort((a, b) => weight(b[1]) - weight(a[1]));
    const best = found.find(([, , told]) => told.length > 0);
    if (best !== undefined) return best[2];
    return found.length > 0 ? [{ kind, what: "provider", keys: [], value: null, sources: [] }] : [];
  };
  return { ranked, told };
}
