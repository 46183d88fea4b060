/**
 * How a body is recognised as a payload kind by the spec's rules (the generated PAYLOAD_KINDS'
 * `recognise`): which kinds a body is, most specific first (the Python bankcodes._recognition). A
 * body costs time linear in its size, however many kinds there are: each rule is filed under one
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

/** The values at a field path (".a.b[*].c", relative to `data`), each with its JSON path. */
export function values(rest: string, data: unknown, path: string, out: [string, unknown][]): void {
  if (rest === "") {
    out.push([path, data]);
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

/**
 * The rules of `kinds` (each kind with its entry, in catalog order) filed for matching: those that
 * tell a body alone, or with `everyRule` those too plain to as well (`providerGiven`), which apply
 * where the reader is told the provider. `known` says whether a code set knows a text.
 */
export function recogniser(
  kinds: readonly (readonly [string, { readonly recognise: readonly Recognition[] }])[],
  known: Known,
  everyRule: boolean,
): Ranked {
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
  return (data, only) => {
    if (!isRecord(data)) return [];
    const order = only === undefined ? catalog : new Map(only.map((kind, index) => [kind, index]));
    const names = Object.getOwnPropertyNames(data);
    const tried = names.length < filed.size ? names : [...filed.keys()];
    const candidates = tried.flatMap((key) => (Object.hasOwn(data, key) && filed.get(key)) || []);
    const weights = new Map<string, number>();
    for (const [kind, rule] of [...unfiled, ...candidates])
      if (order.has(kind) && matches(rule, data, known))
        weights.set(kind, Math.max(weights.get(kind) ?? 0, weight(rule)));
    const ranks = [...weights].map(([kind, most]) => [-most, order.get(kind)!, kind] as const);
    return ranks.sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, , kind]) => kind);
  };
}
