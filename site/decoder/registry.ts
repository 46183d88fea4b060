/**
 * The decoder's stand-in for the package's registry, payload kinds and provider facts (build.mjs
 * bundles it wherever the package's modules import "./registry.js", "./kinds.js" or
 * "./provider-facts.js"). The page's script carries the index of evidence (data.mjs): each
 * kind's recognition rules, each provider's name and consent-end fields. The rest of a provider
 * (its code tables, its kinds' titles and other fields, its facts, its signing scheme and
 * delivery) is a chunk of its own, a static file named by the provider. A reading that asks for
 * a provider not yet fetched has it noted (`noted`); the decoder fetches what was noted and reads
 * again until a reading asks for nothing it lacks, whose answer is then the whole registry's.
 */
import { CHECKS, CHUNKS, ENDS, KINDS, NAMES, SAME, SPELLINGS } from "bankcodes-index";
import type { PayloadKindFields } from "bankcodes-package/shapes.js";
import type { CodeInfo, CodeSetTables } from "bankcodes-package/types.js";
import type {
  BodyRules,
  Consent,
  NotStated,
  RateLimits,
  Retrying,
} from "bankcodes-package/provider-facts.js";
import type { DELIVERY, SIGNING_SCHEMES } from "bankcodes-package/signing.js";
import type { Entry } from "./card.js";

export type Provider = string;

/** The providers, in the catalog's order. */
export const PROVIDERS: readonly Provider[] = NAMES.map(([provider]) => provider);
const names = new Map(NAMES);

/** The chunks fetched (a provider's id, "same:<category>", "spellings"), and those a reading
 * asked for and lacked. */
const fetched = new Map<string, Promise<void>>();
const done = new Set<string>();
const wanted = new Set<string>();

/** Notes `chunk` as wanted where it has not arrived; whether it has. */
export function want(chunk: string): boolean {
  if (!done.has(chunk)) wanted.add(chunk);
  return done.has(chunk);
}

/** The chunks readings asked for and lacked since the last call. */
export function noted(): string[] {
  const found = [...wanted];
  wanted.clear();
  return found;
}

/** `target`, whose reading of a key `owner` names a provider of notes that provider as wanted. */
function lazy<T extends object>(target: T, owner: (key: string) => string | undefined): T {
  const note = (key: string | symbol): void => {
    const whose = typeof key === "string" ? owner(key) : undefined;
    if (whose !== undefined) want(whose);
  };
  return new Proxy(target, {
    get: (t, key, receiver) => (note(key), Reflect.get(t, key, receiver)),
    has: (t, key) => (note(key), Reflect.has(t, key)),
    getOwnPropertyDescriptor: (t, key) => (note(key), Reflect.getOwnPropertyDescriptor(t, key)),
  });
}

const ids = new Set<string>(PROVIDERS);
const byProvider = (key: string): string | undefined => (ids.has(key) ? key : undefined);
type Table<T> = { [provider: string]: T };
const sets: Table<{ [id: string]: CodeSetTables }> = {};
const facts = {
  rateLimits: {} as Table<RateLimits | NotStated>,
  consents: {} as Table<Consent | NotStated>,
  bodyRules: {} as Table<BodyRules>,
  retries: {} as Table<Retrying | NotStated>,
  signing: {} as Table<(typeof SIGNING_SCHEMES)[keyof typeof SIGNING_SCHEMES]>,
  delivery: {} as Table<(typeof DELIVERY)[keyof typeof DELIVERY]>,
};
/** Every provider's code sets, by provider and code set id, as they arrive. */
export const CODE_SETS = lazy(sets, byProvider);
export const rateLimits = lazy(facts.rateLimits, byProvider);
export const consents = lazy(facts.consents, byProvider);
export const bodyRules = lazy(facts.bodyRules, byProvider);
export const retries = lazy(facts.retries, byProvider);
/** Each provider's signing scheme and delivery (signing.ts), as its chunk arrives. */
export const signingSchemes = lazy(facts.signing, byProvider);
export const deliveries = lazy(facts.delivery, byProvider);

const kindFields: Table<object> = {};
/** Every payload kind: its index fields at once, the rest with its provider's chunk. */
export const PAYLOAD_KINDS = Object.fromEntries(
  Object.entries(KINDS).map(([kind, indexed]) => {
    const fields = (kindFields[kind] = { ...indexed });
    const provider = kind.split("/", 1)[0]!;
    return [kind, lazy(fields, (key) => (Object.hasOwn(fields, key) ? undefined : provider))];
  }),
) as { readonly [kind: string]: PayloadKindFields };

/** The site's code index (codes.json) of the providers fetched, a code set's entries by its
 * position in codes.json. */
const entries: Entry[][] = [];

/** The entries of the code index that have arrived, in its order. */
export function index(): Entry[] {
  return entries.flat();
}

/** The entry of a code a chunk spells [spelling, provider, code set, anchor, identifier,
 * code set title]. */
export function entryOf([spelling, provider, set, anchor, name, title]: readonly string[]): Entry {
  const url = `reference/${provider}/${set}/#${anchor}`;
  return [spelling!, provider!, names.get(provider!)!, set!, title!, url, "", [], name ?? ""];
}

/** Files a provider's chunk: its code sets, kinds and facts. */
function file(id: string, chunk: Awaited<ReturnType<(typeof CHUNKS)[string]>>["default"]): void {
  sets[id] = {};
  for (const [set, codeSet, title, setFacts, own, rows] of chunk.sets) {
    const provider = id;
    const shown = [provider, names.get(id)!, codeSet, title] as const;
    const info: { [value: string]: CodeInfo } = {};
    const aliases: { [alias: string]: string } = {};
    const found: Entry[] = (entries[set] = []);
    for (const [value, description, category, retryable, more = {}] of rows) {
      const { anchor, name, aliases: spellings = [], closer = [], ...words } = more;
      const base = { description, category, retryable: retryable === 1, ...words };
      info[value] = base as unknown as CodeInfo;
      const url = `reference/${provider}/${codeSet}/#${anchor ?? value}`;
      for (const spelling of [value, ...spellings]) {
        if (spelling !== value) aliases[spelling] = value;
        found.push([spelling, ...shown, url, category, closer, name ?? ""]);
      }
    }
    const owned =
      own === 0 ? {} : { ownCodes: own[0], ownCodesCategory: own[1], ownCodesDescription: own[2] };
    sets[id][codeSet] = {
      info,
      aliases,
      ...owned,
      ...(setFacts === 0 ? {} : setFacts),
    } as CodeSetTables;
  }
  for (const [kind, rest] of Object.entries(chunk.kinds)) Object.assign(kindFields[kind]!, rest);
  for (const name of [
    "rateLimits",
    "consents",
    "bodyRules",
    "retries",
    "signing",
    "delivery",
  ] as const)
    if (chunk[name] !== undefined) (facts[name] as Table<unknown>)[id] = chunk[name];
}

/** A category's codes at each provider, as a card lists them (`same`), once fetched. */
const sameOf: Table<readonly Entry[]> = {};
/** Every spelling of the code index, by provider, once fetched. */
let spellings: Table<readonly string[]> | null = null;

/** Fetches `chunk` (once) and files it. */
function fetch(chunk: string): Promise<void> {
  let found = fetched.get(chunk);
  if (found === undefined) {
    const [head, tail] = chunk.split(":") as [string, string | undefined];
    found =
      head === "same"
        ? SAME[tail!]!().then(({ default: list }) => void (sameOf[tail!] = list.map(entryOf)))
        : head === "spellings"
          ? SPELLINGS().then(({ default: all }) => void (spellings = all))
          : (CHUNKS[head]?.() ?? Promise.resolve(null)).then((part) => {
              if (part !== null) file(head, part.default);
            });
    found = found.then(() => void done.add(chunk));
    found.catch(() => fetched.delete(chunk));
    fetched.set(chunk, found);
  }
  return found;
}

/** Fetches every chunk of `chunks`. */
export async function fetchAll(chunks: readonly string[]): Promise<void> {
  await Promise.all(chunks.map(fetch));
}

/** The fetches a card started for what it shows after its answer (a category's codes
 * elsewhere), which the answer's later steps wait for. */
const started: Promise<unknown>[] = [];

/** The fetches cards started since the last call. */
export function startedLater(): Promise<unknown>[] {
  return started.splice(0);
}

/** A category's codes at each provider, in the index's order, where they have arrived; else
 * null, and `fill` is given them (or null, where they cannot be fetched) once they arrive: they
 * do not hold back the answer, which is shown without them first. */
export function sameCategory(
  category: string,
  fill: (list: readonly Entry[] | null) => void,
): readonly Entry[] | null {
  if (!Object.hasOwn(SAME, category)) return [];
  const chunk = `same:${category}`;
  if (done.has(chunk)) return sameOf[category]!;
  started.push(
    fetch(chunk).then(
      () => fill(sameOf[category] ?? []),
      () => fill(null),
    ),
  );
  return null;
}

/** Every spelling by provider; null (and noted) until fetched. */
export function allSpellings(): Table<readonly string[]> | null {
  return want("spellings") ? spellings : null;
}

/** The providers whose consent-end fields, each of one of their lists there, `data` holds:
 * those a reading with no provider named reads (fetched before it). */
export function endsIn(data: unknown, present: (data: unknown, key: string) => boolean): string[] {
  return Object.entries(ENDS)
    .filter(([, lists]) =>
      lists.some((tells) => tells.length > 0 && tells.every((key) => present(data, key))),
    )
    .map(([id]) => id);
}

/** The schema checks of `provider`'s kinds, fetched when a body of theirs is answered. */
export function checks(
  provider: string,
): Promise<{ readonly [kind: string]: (data: unknown) => boolean }> {
  return Object.hasOwn(CHECKS, provider)
    ? CHECKS[provider]!().then((m) => m.VALIDATORS)
    : Promise.resolve({});
}
