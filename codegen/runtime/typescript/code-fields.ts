/**
 * Where codes live in a payload, from the spec (the generated PAYLOAD_KINDS): which kinds a body
 * is (`recognise`), every code it carries with its path and code set (`codes`), and the code
 * that decides its outcome (`decisiveCode`). Only code fields are read, each with the code sets
 * of its own field. The same answers as bankcodes.payloads in Python. Never throw: data that
 * throws while it is read (a Proxy, a getter, a revoked object) is no payload and has no codes.
 */
import type { Category } from "./categories.js";
import { PAYLOAD_KINDS, type PayloadKind } from "./kinds.js";
import { LONE_SURROGATE, readJson } from "./read-json.js";
import { CODE_SETS, type Provider } from "./registry.js";
import { ownCode, type OwnCode } from "./own-codes.js";
import { reportUnknown } from "./seen.js";
import { longerThan } from "./shown.js";
import {
  all,
  isRecord,
  own,
  recogniser,
  concerned,
  values,
  KEYS,
  type Evidence,
  type Known,
  type Recogniser,
} from "./recognition.js";
import type { PayloadKindFields } from "./shapes.js";

export type { Evidence } from "./recognition.js";
import { codeInfo, integerCode, type CodeInfo, type CodeSetTables } from "./types.js";

/** A code read from a payload. */
export interface FoundCode {
  /** The JSON path of the value ("$.errors[0].code"). */
  readonly path: string;
  /** The code field it was read as ("$.errors[*].code"). */
  readonly field: string;
  /** The code set that knows it ("provider.code_set"; the field's first for an unknown value). */
  readonly codeSet: string;
  /** The code as it travels: a number where the field's codes are integers. */
  readonly code: string | number;
  readonly known: boolean;
  readonly category: Category;
  /** Everything the catalog says about the code in that code set; null when it is not known. */
  readonly info: CodeInfo | null;
  /** For a code its code sets do not list but that has the form one of them gives to the
   * sender's own codes (a bank's namespaced code under a standard): that form, what it is and
   * its category (the code's `category`); such a code is not reported to `onUnknown`. */
  readonly own?: OwnCode;
  /** The connection or account the code concerns, where its kind names the fields beside a code
   * that say so (the spec's `concerns`) and the body fills them: {account: "ACT-1"}. */
  readonly concerns?: Readonly<Record<string, string>>;
}

const KINDS: { readonly [kind: string]: PayloadKindFields } = PAYLOAD_KINDS;

function tables(ref: string): CodeSetTables | null {
  const [provider, id] = ref.split(".") as [string, string];
  if (!Object.hasOwn(CODE_SETS, provider)) return null;
  const sets: { readonly [id: string]: CodeSetTables } = CODE_SETS[provider as Provider];
  return Object.hasOwn(sets, id) ? sets[id]! : null;
}

function infoOf(ref: string, value: string): CodeInfo | null {
  const found = tables(ref);
  return found === null ? null : codeInfo([found], value);
}

/** `found` read as the code `value` of the code set `ref` (the code its message means, by a
 * provider's message rule), at the same place. */
export function readAs({ path, field }: FoundCode, codeSet: string, code: string): FoundCode {
  const info = infoOf(codeSet, code);
  const category = info?.category ?? "unknown";
  return { path, field, codeSet, code, known: info !== null, category, info };
}

/**
 * The payload kinds whose identity `data` (parsed JSON) matches, most specific first (the kind
 * whose matching rule has the most conditions; then in catalog order): more than one is a body no
 * reader should hand to one of them (see `identify`). With `provider`, only that provider's
 * kinds, by every rule of theirs, those too plain to tell the provider alone included. Empty when
 * no kind's rule matches (the Python `payloads.recognise`).
 */
export function recognise(data: unknown, provider?: Provider): PayloadKind[] {
  try {
    return ranked(data, provider);
  } catch {
    return [];
  }
}

const known: Known = (ref, value) => infoOf(ref, value) !== null;
/** The rules that tell a body alone, of every kind (under undefined), or every rule of a
 * provider's kinds, filed the first time they are asked for. */
const filed = new Map<string | undefined, Recogniser | null>();

function recogniserOf(provider?: string): Recogniser | null {
  let found = filed.get(provider);
  if (found === undefined) {
    const given = provider !== undefined;
    const mine = Object.entries(KINDS).filter(([k]) => !given || k.startsWith(`${provider}/`));
    filed.set(provider, (found = mine.length === 0 ? null : recogniser(mine, known, given)));
  }
  return found;
}

/** The kinds (of `only`, in its order, where given) whose rules `data` matches, most specific
 * first: the rules that tell a body alone, or with `provider`, every rule of its kinds. */
function ranked(data: unknown, provider?: string, only?: readonly string[]): PayloadKind[] {
  return (recogniserOf(provider)?.ranked(data, only) ?? []) as PayloadKind[];
}

/** What tells that `data` is `kind`'s provider's, read with `provider` given or not (the Python
 * `evidence_of`): its namespace, a code only its code sets hold, its fields, or the provider
 * named. */
export function evidenceOf(data: unknown, kind: string, provider?: Provider): Evidence[] {
  try {
    return recogniserOf(provider)?.told(data, kind) ?? [];
  } catch {
    return [];
  }
}

/** Which payload kind a body is: `kind`, the one kind it fits (null when it fits none, or
 * several), and `kinds`, every kind it fits; `ambiguous` when there are several, which no reader
 * hands to one of them; `evidence`, what tells that it is the one kind's provider's (none where
 * there is no one kind) (the Python `payloads.identify`). */
export interface Identified {
  readonly kind: PayloadKind | null;
  readonly kinds: readonly PayloadKind[];
  readonly ambiguous: boolean;
  readonly evidence: readonly Evidence[];
}

/** The one payload kind `data` is (of `provider` where given), with what tells it, or why there
 * is none. */
export function identify(data: unknown, provider?: Provider): Identified {
  const kinds = recognise(data, provider);
  const kind = kinds.length === 1 ? kinds[0]! : null;
  const evidence = kind === null ? [] : evidenceOf(data, kind, provider);
  return { kind, kinds, ambiguous: kinds.length > 1, evidence };
}

/**
 * Every code in `data` (parsed JSON) read as a payload of `kind`, from its code fields only, in
 * the order in which they decide (the items of an array in their order). A value that is not a
 * non-empty string (or, where the field's codes travel as numbers, what `integerCode` reads as a
 * code) is no code. A code none of its field's code sets knows is reported to the `onUnknown`
 * callback with the field's first code set. Empty for an unknown kind.
 */
export function codes(kind: PayloadKind | (string & {}), data: unknown): FoundCode[] {
  try {
    return read(kind, data);
  } catch {
    return [];
  }
}

function read(kind: string, data: unknown): FoundCode[] {
  const entry = typeof kind === "string" && Object.hasOwn(KINDS, kind) ? KINDS[kind]! : undefined;
  if (entry === undefined) return [];
  let fields = entry.codes;
  if (entry.tag !== null) {
    const tag = isRecord(data) ? own(data, entry.tag) : undefined;
    const known = typeof tag === "string" && entry.variants.includes(tag) ? tag : null;
    fields = fields.filter((field) => field.tag === known);
  }
  const first = namespaced(entry, data);
  const found: FoundCode[] = [];
  for (const field of fields) {
    const named = entry.concerns ? concerned(field.path, data, entry.concerns) : undefined;
    // The code set the body's namespace names is read in first.
    const refs =
      first !== null && field.codeSets.includes(first)
        ? [first, ...field.codeSets.filter((r) => r !== first)]
        : field.codeSets;
    const at: [string, unknown][] = [];
    values(field.path.slice(1), data, "$", at);
    for (const [path, value] of at) {
      // A code is a non-empty string, or where the field's codes travel as numbers, what
      // integerCode reads as one (a safe integer, its decimal text, other text).
      const key =
        field.numeric === true ? integerCode(value) : typeof value === "string" ? value : null;
      if (!key) continue;
      // The code set that knows it, else the first whose form of the sender's own codes it has.
      const owner =
        refs.find((r) => infoOf(r, key) !== null) ??
        (field.numeric === true ? undefined : refs.find((r) => ownCode(tables(r), key) !== null));
      const ref = owner ?? refs[0]!;
      const info = infoOf(ref, key);
      const own = info === null && owner !== undefined ? ownCode(tables(ref), key) : null;
      if (info === null && own === null) reportUnknown(ref, key);
      const category = info?.category ?? own?.category ?? "unknown";
      found.push({
        path,
        field: field.path,
        codeSet: ref,
        code: value as string | number,
        known: info !== null,
        category,
        info,
        ...(own === null ? {} : { own }),
      });
      const concerns = named?.get(path.slice(0, path.lastIndexOf(".")));
      if (concerns !== undefined) found[found.length - 1] = { ...found.at(-1)!, concerns };
    }
  }
  return found;
}

/** The code set a body's namespace names (the kind's namespaceCodeSets, by the address its
 * namespaceField's text begins with), that its codes are read in first; null where it names none
 * (the Python `_namespaced`). */
function namespaced(entry: PayloadKindFields, data: unknown): string | null {
  const field = entry.namespaceField;
  const text = field !== undefined && isRecord(data) ? own(data, field) : undefined;
  if (typeof text !== "string") return null;
  const named = Object.entries(entry.namespaceCodeSets ?? {});
  return named.find(([prefix]) => text.startsWith(prefix))?.[1] ?? null;
}

/**
 * The code that decides the outcome of `data` read as `kind`: the first of `codes` that its code
 * set knows, so that a code the catalog does not know yet falls back to the next field that says
 * more; the first code when none is known; null when it carries none. Of the keys of an object (a
 * SET's events), a known code that is not informational decides before one that is (the resource
 * update that comes with a revocation; the Python `decisive_code`).
 */
export function decisiveCode(kind: PayloadKind | (string & {}), data: unknown): FoundCode | null {
  const found = codes(kind, data);
  const update = (code: FoundCode): boolean =>
    code.field.endsWith(KEYS) && code.category === "informational";
  const known = found.filter((code) => code.known);
  return known.find((code) => !update(code)) ?? known[0] ?? found[0] ?? null;
}

/** Where a code is read from the response's HTTP status rather than from its body. */
export const BY_STATUS = "(HTTP status)";
/** Where it is read from the status every response of its kind comes with, none being given. */
export const BY_KIND_STATUS = "(its kind's HTTP status)";

/**
 * The code that decides a response of `kind` whose body's deciding code is `code` (as
 * `decisiveCode` reads it) and whose HTTP status is `status`: the body's code where the catalog
 * knows it (or reads it as one of the sender's own) and it states an outcome, else the status
 * where the kind's provider documents its meaning (the kind's status code set, said as such: its
 * path and field are BY_STATUS), else the body's code, else null (the Python `from_exception`).
 * A body's informational code (who can act, a resource's type) states no outcome: a known
 * status decides before it.
 */
export function decisiveCodeWithStatus(
  kind: PayloadKind | (string & {}),
  code: FoundCode | null,
  status: number | null,
  path: string = BY_STATUS,
): FoundCode | null {
  const ref = Object.hasOwn(KINDS, kind) ? KINDS[kind]?.statusCodeSet : undefined;
  // A code the catalog knows, or reads as one of the sender's own, decides before the status,
  // unless it is informational.
  const read = code?.known === true || code?.own !== undefined;
  const said = read && code?.category !== "informational";
  if (said || status === null || ref === undefined) return code;
  const info = infoOf(ref, String(status));
  if (info === null) return code;
  return {
    path,
    field: path,
    codeSet: ref,
    code: status,
    known: true,
    category: info.category,
    info,
  };
}

/** Where a code is read from an exception's class rather than from a body. */
export const BY_CLASS = "(exception class)";

/**
 * The code an error thrown by `provider`'s own client stands for where it keeps no body (one
 * that throws LinkError for a link_error): the first of `classes` (its class, then its
 * parents) that is a code of the exception classes one of the provider's kinds names (its
 * `exceptionCodeSet`), said as such (its path and field are BY_CLASS), with that kind; else null
 * (the Python `from_exception`).
 */
export function exceptionClassCode(
  provider: string,
  classes: readonly string[],
): (FoundCode & { readonly kind: string }) | null {
  for (const kind of Object.keys(KINDS)) {
    const ref = kind.startsWith(`${provider}/`) ? KINDS[kind]?.exceptionCodeSet : undefined;
    if (ref === undefined) continue;
    for (const name of classes) {
      const info = infoOf(ref, name);
      if (info === null) continue;
      return {
        path: BY_CLASS,
        field: BY_CLASS,
        codeSet: ref,
        code: name,
        known: true,
        category: info.category,
        info,
        kind,
      };
    }
  }
  return null;
}

/**
 * The HTTP status `data` states in its kind's status field (a status_code field, say): an
 * integer from 100 to 599, else null; null for a kind without one.
 */
export function statedStatus(kind: PayloadKind | (string & {}), data: unknown): number | null {
  const field = Object.hasOwn(KINDS, kind) ? KINDS[kind]?.statusField : undefined;
  const value = field !== undefined && isRecord(data) ? own(data, field) : undefined;
  return typeof value === "number" && Number.isInteger(value) && value >= 100 && value <= 599
    ? value
    : null;
}

/** The HTTP status every response whose body is of `kind` comes with (its responseStatus: a
 * GraphQL error's 200), else null: the status a body read without its response's is read with. */
export function kindResponseStatus(kind: PayloadKind | (string & {})): number | null {
  return (Object.hasOwn(KINDS, kind) ? KINDS[kind]?.responseStatus : undefined) ?? null;
}

/** A request id: a text of 1 to 200 characters (code points) with no lone surrogate, else null
 * (what it holds is shown escaped wherever it is printed). */
export function requestIdOf(value: unknown): string | null {
  if (typeof value !== "string" || value.length === 0 || LONE_SURROGATE.test(value)) return null;
  return longerThan(value, 200) ? null : value;
}

/**
 * The provider's id of the request `data` answers, which its support asks for: the value at the
 * kind's request id field, or path of fields through nested objects ("error.tracingId"), read
 * as `requestIdOf` reads one; null for a kind without one, or a body without it (the request id
 * `fromError` and the Python `from_exception` read from a body).
 */
export function statedRequestId(kind: PayloadKind | (string & {}), data: unknown): string | null {
  const field = Object.hasOwn(KINDS, kind) ? KINDS[kind]?.requestId : undefined;
  if (field === undefined) return null;
  try {
    return requestIdOf(all(data, field)[0]);
  } catch {
    return null; // a getter or a Proxy that throws: nothing there
  }
}

/**
 * The provider's id of the request a response answers, from the header its kind names (a
 * Request-Id header), as `requestIdOf` reads one: `headers` as a client holds them, a fetch `Headers`
 * (or anything with a `get` of its own), or a plain object by names in lower case (axios', a
 * pasted response's); null for a kind without such a header, or headers without it.
 */
export function headerRequestId(
  kind: PayloadKind | (string & {}),
  headers: unknown,
): string | null {
  const name = Object.hasOwn(KINDS, kind) ? KINDS[kind]?.requestIdHeader : undefined;
  if (name === undefined || headers === null || typeof headers !== "object") return null;
  try {
    const reader = (headers as { readonly get?: unknown }).get;
    if (typeof reader === "function") return requestIdOf(reader.call(headers, name));
    const record = headers as { readonly [key: string]: unknown };
    const key = name.toLowerCase();
    return Object.hasOwn(record, key) ? requestIdOf(record[key]) : null;
  } catch {
    return null; // a getter or a Proxy that throws: nothing there
  }
}

/** A body another one holds whole, as JSON text (the bank's error a provider passes through). */
export interface InnerBody {
  /** The JSON path of the text field holding it ("$.error.institutionError.errorMessage"). */
  readonly holder: string;
  /** The payload kind it was read as. */
  readonly kind: PayloadKind;
  /** Its JSON. */
  readonly data: unknown;
  /** Whose code decides, as the holding kind says: "inner" (this body's, where the catalog
   * knows it) or "outer" (the holding body's own). */
  readonly decides: "inner" | "outer";
}

/** The largest text read as a body held inside another, in bytes (the Python MAX_BYTES). */
const MAX_INNER_BYTES = 1024 * 1024;

/**
 * The bodies `data`, read as a payload of `kind`, holds whole in its text fields (the kind's
 * `embeds`), in the order of the kind's fields: each field's text read as JSON (by the payloads'
 * reader's rules) and recognised among that field's kinds alone. A text that is no JSON, or fits
 * none of its kinds or several, gives no body (the Python `payloads.inner_bodies`).
 */
export function innerBodies(kind: PayloadKind | (string & {}), data: unknown): InnerBody[] {
  try {
    const entry = Object.hasOwn(KINDS, kind) ? KINDS[kind] : undefined;
    const found: InnerBody[] = [];
    for (const embedded of entry?.embeds ?? []) {
      const texts: [string, unknown][] = [];
      values(embedded.field.slice(1), data, "$", texts);
      for (const [holder, text] of texts) {
        const inner = typeof text === "string" ? innerJson(text) : undefined;
        if (inner === undefined) continue;
        const kinds = ranked(inner, undefined, embedded.kinds);
        if (kinds.length === 1)
          found.push({ holder, kind: kinds[0]!, data: inner, decides: embedded.decides });
      }
    }
    return found;
  } catch {
    return [];
  }
}

/**
 * Among the bodies `data` holds (`innerBodies`), the one whose code speaks for them all, with its
 * deciding code: the first whose code the catalog knows, else the first that carries a code (the
 * Python `deciding_inner_body`); null when none carries a code.
 */
export function decidingInnerBody(
  kind: PayloadKind | (string & {}),
  data: unknown,
): { readonly body: InnerBody; readonly code: FoundCode } | null {
  let first: { readonly body: InnerBody; readonly code: FoundCode } | null = null;
  for (const body of innerBodies(kind, data)) {
    const code = decisiveCode(body.kind, body.data);
    if (code === null) continue;
    if (code.known) return { body, code };
    first ??= { body, code };
  }
  return first;
}

/** The JSON of a text, read as a body is; undefined for what is no JSON. */
function innerJson(text: string): unknown {
  if (LONE_SURROGATE.test(text)) return undefined; // no UTF-8 text holds it
  try {
    return readJson(
      new TextEncoder().encode(text),
      MAX_INNER_BYTES,
      (_, message) => new Error(message),
    );
  } catch {
    return undefined;
  }
}

/** Whose code a field holds: the kind's own provider's where it names one of its code sets (or
 * code sets of several providers), else the one provider whose code sets it names. */
function layerOf(own: string, codeSets: readonly string[]): string {
  const providers = new Set(codeSets.map((ref) => ref.split(".", 1)[0]!));
  if (providers.has(own) || providers.size !== 1) return own;
  return [...providers][0]!;
}

/**
 * Each provider whose codes `data`, read as a payload of `kind`, carries, with its code: the
 * kind's own provider first, then each provider beneath it (fields the spec types with that
 * provider's code sets alone), in the order its fields come in the kind's `decides`; for each
 * provider, the first of its codes that the catalog knows, else its first (the Python
 * `layers`). Empty where the body carries no code.
 */
export function codeLayers(
  kind: PayloadKind | (string & {}),
  data: unknown,
): (readonly [string, FoundCode])[] {
  const entry = Object.hasOwn(KINDS, kind) ? KINDS[kind] : undefined;
  if (entry === undefined) return [];
  const own = kind.split("/", 1)[0]!;
  const layer = new Map(entry.codes.map((field) => [field.path, layerOf(own, field.codeSets)]));
  const chosen = new Map<string, FoundCode>();
  for (const found of codes(kind, data)) {
    const whose = layer.get(found.field) ?? own;
    const first = chosen.get(whose);
    if (first === undefined || (!first.known && found.known)) chosen.set(whose, found);
  }
  const all = [...chosen.entries()];
  return [...all.filter(([whose]) => whose === own), ...all.filter(([whose]) => whose !== own)];
}

/** The code of each provider whose codes `data`, read as a payload of `kind`, carries, the kind's
 * own provider's first, then each provider's beneath it (`codeLayers`; the Python
 * `layered_codes`). */
export function layeredCodes(kind: PayloadKind | (string & {}), data: unknown): FoundCode[] {
  return codeLayers(kind, data).map(([, code]) => code);
}
