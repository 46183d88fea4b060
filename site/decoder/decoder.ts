/**
 * The site's decoder: paste a webhook body, an SDK callback, a Connect message, an API error
 * body or a bare code, and see what its codes mean. Everything runs in the page; nothing pasted
 * leaves it. A payload is recognised by the spec's identity rules (`recognise`), its codes are
 * read only from its code fields with their code sets (`codes`), the deciding code first, as
 * the Python and Node packages read them; the kind's lenient JSON Schema says whether the rest
 * of it is well formed; the reference links come from the site's code index (codes.json). The
 * script carries every provider's code tables and that index (data.mjs), and fetches every
 * kind's validator as it starts (build.mjs): what the page fetches never depends on what is
 * pasted. Pasted text is only ever set as text, never parsed as markup.
 */
import { CategoryInfo, type Category } from "bankcodes-categories";
import { CATALOG } from "bankcodes-data";
import { endUserText } from "bankcodes-package/classify.js";
import {
  BY_STATUS,
  codes,
  decisiveCode,
  decisiveCodeWithStatus,
  identify,
  statedStatus,
  type FoundCode,
} from "bankcodes-package/code-fields.js";
import { PAYLOAD_KINDS, type PayloadKind } from "bankcodes-package/kinds.js";
import type { Provider } from "bankcodes-package/registry.js";
import type { CodeInfo } from "bankcodes-package/types.js";
import { firstOfList, MAX_INPUT, NO_BODY, readPasted, type Pasted } from "./pasted.js";
import { ambiguous, notRecognised, providers } from "./providers.js";
import { CODE_SETS } from "./registry.js";

/** The most codes it shows. */
const MAX_CODES = 50;
/** The most equivalents it lists per provider, and "did you mean" suggestions. */
const MAX_EQUIVALENTS = 6;
const MAX_SUGGESTIONS = 5;

type Entry = readonly [
  spelling: string,
  provider: string,
  providerName: string,
  codeSet: string,
  codeSetTitle: string,
  url: string,
  category: string,
  /** The closer equivalents the catalog records: [provider, code set, value, same, reason]. */
  closer?: readonly (readonly [string, string, string, string, string])[],
  /** The code's identifier where it is not its spelling (an integer code's name). */
  name?: string,
];

/** A code as people read it: its name and number for an integer code (CHALLENGED (3)). */
function label(entry: Entry): string {
  const name = entry[8];
  return name !== undefined && name !== "" ? `${name} (${entry[0]})` : entry[0];
}

/** How the decoder names each kind of closer equivalent. */
const SAME: Readonly<Record<string, string>> = {
  meaning: "Same meaning",
  action: "Same customer action",
};

const ACTORS: { readonly [actor: string]: string } = {
  end_user: "the end user",
  integrator: "the integrator",
  institution: "the institution",
  nobody: "nobody",
};

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className !== undefined) node.className = className;
  return node;
}

function link(text: string, href: string): HTMLAnchorElement {
  const anchor = element("a", text);
  anchor.href = href;
  return anchor;
}

function info(entry: Entry): CodeInfo | null {
  const [spelling, provider, , codeSet] = entry;
  const sets = Object.hasOwn(CODE_SETS, provider) ? CODE_SETS[provider] : undefined;
  const tables = sets !== undefined && Object.hasOwn(sets, codeSet) ? sets[codeSet] : undefined;
  if (tables === undefined) return null;
  const value = Object.hasOwn(tables.aliases, spelling) ? tables.aliases[spelling]! : spelling;
  return Object.hasOwn(tables.info, value) ? tables.info[value]! : null;
}

function row(list: HTMLElement, label: string, value: string | Node): void {
  const term = element("dt", label);
  const detail = element("dd");
  detail.append(value);
  list.append(term, detail);
}

/** Whose words a text is, for people. */
function whose(by: string, providerName: string): string {
  if (by === "provider") return `${providerName}${providerName.endsWith("s") ? "'" : "'s"} words`;
  return by === "bankcodes" ? "bankcodes' words" : "bankcodes' translation";
}

/** A code as the decoder shows it: its index entry (link, titles), where it was read, and the
 * metadata and category of the code set that read it. */
interface Shown {
  readonly entry: Entry;
  readonly path: string | null;
  readonly meta: CodeInfo | null;
}

function describe(
  shown: Shown,
  index: readonly Entry[],
  root: URL,
  deciding: boolean,
): HTMLElement {
  const { entry, path, meta } = shown;
  const [spelling, provider, providerName, codeSet, codeSetTitle, url, category] = entry;
  const section = element("section", undefined, "bankcodes-decoded");
  section.dataset["code"] = spelling;
  section.dataset["codeSet"] = `${provider}.${codeSet}`;
  if (path !== null) section.dataset["path"] = path;
  const heading = element("h3");
  if (url !== "") heading.append(link(label(entry), new URL(url, root).href));
  else heading.append(label(entry));
  if (deciding) heading.append(element("span", " decides the outcome", "bankcodes-deciding"));
  section.append(heading);
  const details = element("dl");
  const known = CategoryInfo[category as Category];
  row(details, "Provider", providerName);
  row(details, "Code set", codeSetTitle);
  if (path !== null) row(details, "Read from", path);
  row(details, "Category", known?.title ?? category);
  row(details, "Retryable", (meta?.retryable ?? known?.retryable) ? "yes" : "no");
  row(details, "Who acts", ACTORS[known?.actor ?? "nobody"] ?? "nobody");
  if (meta !== null) row(details, "Description", meta.description);
  if (known !== undefined) row(details, "What to do", known.action);
  const words = endUserText({
    category: (known === undefined ? "unknown" : category) as Category,
    info: meta,
  });
  if (words !== null) {
    row(details, "Tell the customer", `${words.message} ${words.action}`);
    row(
      details,
      "Whose words",
      `message: ${whose(words.messageBy, providerName)}; action: ${whose(words.actionBy, providerName)}`,
    );
  }
  const others = element("span");
  const closer = entry[7] ?? [];
  const listed = new Set(closer.map(([p, s, v]) => `${p}.${s}.${v}`));
  for (const [position, [p, s, v, same, reason]] of closer.entries()) {
    const other = index.find((e) => e[1] === p && e[3] === s && e[0] === v);
    if (other === undefined) continue;
    const previous = closer[position - 1];
    if (previous === undefined || previous[3] !== same || previous[4] !== reason) {
      if (position > 0) others.append(element("br"));
      others.append(element("span", `${SAME[same] ?? same} (${reason}): `));
    } else {
      others.append(", ");
    }
    others.append(link(label(other), new URL(other[5], root).href), ` (${other[2]} ${other[4]})`);
  }
  if (closer.length > 0) others.append(element("br"));
  if (known?.equivalents) {
    const byProvider = new Map<string, Entry[]>();
    for (const other of index) {
      if (other[6] !== category || other[1] === provider) continue;
      if (listed.has(`${other[1]}.${other[3]}.${other[0]}`)) continue;
      const list = byProvider.get(other[2]) ?? [];
      if (list.length < MAX_EQUIVALENTS) list.push(other);
      byProvider.set(other[2], list);
    }
    for (const [name, list] of byProvider) {
      const line = element("span", `Same category only, ${name}: `);
      list.forEach((other, position) => {
        if (position > 0) line.append(", ");
        line.append(link(label(other), new URL(other[5], root).href));
        // One spelling in two code sets of the provider: each says which it is.
        if (list.some((each) => each !== other && each[0] === other[0]))
          line.append(` (${other[4]})`);
      });
      others.append(line, element("br"));
    }
  }
  row(details, "Equivalents", others.childNodes.length > 0 ? others : "none listed");
  section.append(details);
  return section;
}

/** A code read from a payload, with its index entry (or one made for a code the catalog does
 * not know, which has no page). */
function shownCode(found: FoundCode, index: readonly Entry[]): Shown {
  const [provider, codeSet] = found.codeSet.split(".") as [string, string];
  // The index keys a code by its text: an integer code by its decimal digits.
  const code = String(found.code);
  const entry =
    index.find((e) => e[1] === provider && e[3] === codeSet && e[0] === code) ??
    index.find((e) => e[1] === provider && e[3] === codeSet) ??
    null;
  const made: Entry = [
    code,
    provider,
    entry?.[2] ?? provider,
    codeSet,
    entry?.[4] ?? codeSet,
    "",
    found.category,
  ];
  const exact = entry !== null && entry[0] === code ? entry : null;
  return { entry: exact ?? made, path: found.path, meta: found.info };
}

/** The edit distance of two short strings (for "did you mean"). */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost));
    }
    previous = current;
  }
  return previous[b.length]!;
}

function bareCode(text: string, index: readonly Entry[], root: URL, out: HTMLElement): void {
  const wanted = text.toLowerCase();
  const hits = index.filter((entry) => entry[0].toLowerCase() === wanted);
  if (hits.length === 0) {
    const near = [...new Set(index.map((entry) => entry[0]))]
      .map((spelling) => [distance(spelling.toLowerCase(), wanted), spelling] as const)
      .filter(([d]) => d <= Math.max(2, Math.floor(wanted.length / 5)))
      .sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]))
      .slice(0, MAX_SUGGESTIONS);
    const message =
      near.length > 0
        ? `No code of the catalog is spelled ${text}. Did you mean: ${near.map(([, s]) => s).join(", ")}?`
        : `No code of the catalog is spelled ${text}.`;
    out.append(element("p", message, "bankcodes-summary"));
    return;
  }
  out.append(
    element(
      "p",
      `A bare code: ${hits.length} code set(s) know it, in any case.`,
      "bankcodes-summary",
    ),
  );
  for (const entry of hits.slice(0, MAX_CODES)) {
    out.append(describe({ entry, path: null, meta: info(entry) }, index, root, false));
  }
}

/** Every kind's validator of its lenient schema, by kind. */
type Validators = { readonly [kind: string]: (data: unknown) => boolean };

/**
 * The answer to `text`. What can come after it (the schema's verdict on the rest of a payload,
 * once the validators the page fetched as it started have arrived) is added to it by the
 * promises pushed onto `later`.
 */
function decode(
  text: string,
  provider: Provider | undefined,
  index: readonly Entry[],
  root: URL,
  validators: Promise<Validators>,
  later: Promise<unknown>[],
): HTMLElement {
  const out = element("div");
  const pasted = readPasted(text);
  if (!isPayload(pasted, index, root, out)) return out;
  const listed = firstOfList(pasted.data);
  if (listed.note !== null) out.append(element("p", listed.note, "bankcodes-summary"));
  const data = listed.data;
  const kind = recognised(data, provider, out);
  if (kind === null) return out;
  const title = PAYLOAD_KINDS[kind].title;
  const summary = element("p", `Recognised as: ${title} (${kind}).`, "bankcodes-summary");
  const stated = pasted.status === null ? statedStatus(kind, data) : null;
  if (stated !== null) summary.append(` HTTP status: ${stated} (stated by the body).`);
  out.append(summary);
  later.push(
    validators.then(
      (all) => {
        if (Object.hasOwn(all, kind) && !all[kind]!(data))
          summary.append(" Some of its fields do not have the types this kind's schema expects.");
      },
      () => summary.append(" Its schema check could not be loaded: reload the page for it."),
    ),
  );
  showCodes(kind, data, pasted.status ?? stated, summary, index, root, out);
  return out;
}

/** Whether what was pasted is a JSON value to read as a payload; else its answer is given in
 * `out` (too long, a response without a body, a bare code, or neither JSON nor a code). */
function isPayload(
  pasted: Pasted,
  index: readonly Entry[],
  root: URL,
  out: HTMLElement,
): pasted is Pasted & { readonly is: "json" } {
  if (pasted.is === "too long") {
    const message = `The input is too long: at most ${MAX_INPUT} characters are read.`;
    out.append(element("p", message, "bankcodes-error"));
    return false;
  }
  if (pasted.status !== null)
    out.append(element("p", `HTTP status: ${pasted.status}.`, "bankcodes-summary"));
  if (pasted.is === "no body") {
    if (pasted.status !== null) out.append(element("p", NO_BODY, "bankcodes-summary"));
  } else if (pasted.is === "code") {
    bareCode(pasted.code, index, root, out);
  } else if (pasted.is === "neither") {
    const message = `This is neither JSON nor a code: ${pasted.reason}`;
    out.append(element("p", message, "bankcodes-error"));
  }
  return pasted.is === "json";
}

/** The one payload kind `data` is; else null, with why in `out` (it fits several, or none). */
function recognised(
  data: unknown,
  provider: Provider | undefined,
  out: HTMLElement,
): PayloadKind | null {
  const { kind, kinds } = identify(data, provider);
  if (kinds.length > 1) out.append(element("p", ambiguous(kinds), "bankcodes-summary"));
  else if (kind === null)
    out.append(element("p", notRecognised(data, provider), "bankcodes-summary"));
  return kind;
}

/** The payload's codes, the deciding one first: the body's code, else the status where its
 * provider documents its meaning. */
function showCodes(
  kind: PayloadKind,
  data: unknown,
  status: number | null,
  summary: HTMLElement,
  index: readonly Entry[],
  root: URL,
  out: HTMLElement,
): void {
  const decisive = decisiveCodeWithStatus(kind, decisiveCode(kind, data), status);
  if (decisive?.path === BY_STATUS)
    summary.append(" It carries no code the catalog knows: its HTTP status decides.");
  const same = (code: FoundCode): boolean =>
    code.path === decisive?.path && code.field === decisive.field;
  const found = codes(kind, data).filter((code) => !same(code));
  if (decisive !== null) found.unshift(decisive);
  if (found.length === 0) {
    out.append(element("p", "It carries no code.", "bankcodes-summary"));
    return;
  }
  found.slice(0, MAX_CODES).forEach((code, position) => {
    if (position === 1) out.append(element("h3", "Its other codes", "bankcodes-others"));
    out.append(describe(shownCode(code, index), index, root, position === 0));
  });
}

function start(decoder: HTMLElement): void {
  if (decoder.dataset["ready"] === "yes") return;
  decoder.dataset["ready"] = "yes";
  const input = decoder.querySelector("textarea");
  const button = decoder.querySelector("button");
  const output = decoder.querySelector<HTMLElement>("[data-decoder-output]");
  const choice = decoder.querySelector<HTMLSelectElement>("select[data-decoder-provider]");
  if (input === null || button === null || output === null || choice === null) return;
  for (const [id, name] of providers()) {
    const option = document.createElement("option");
    option.value = id;
    option.textContent = name;
    choice.append(option);
  }
  const root = new URL(decoder.dataset["root"] ?? "./", document.baseURI);
  // The note that the decoder needs its script goes: the script is here.
  output.replaceChildren();
  const index = entries();
  // Fetched now, whatever is pasted later (a failure is said in each answer's summary).
  const validators = import("bankcodes-kinds").then((module) => module.VALIDATORS);
  validators.catch(() => undefined);
  let latest = 0;
  // Each answer replaces the one before; an answer still loading is dropped when a later one
  // has started, so the output is always the last text's.
  const run = async (show = false): Promise<void> => {
    const turn = ++latest;
    output.setAttribute("aria-busy", "true");
    try {
      const later: Promise<unknown>[] = [];
      const provider = choice.value === "" ? undefined : (choice.value as Provider);
      const answer = decode(input.value, provider, index, root, validators, later);
      if (turn === latest) {
        output.replaceChildren(answer);
        if (show) reveal(answer);
      }
      await Promise.all(later);
    } catch {
      if (turn === latest)
        output.replaceChildren(
          element(
            "p",
            "The decoder failed on this text: reload the page and try again.",
            "bankcodes-error",
          ),
        );
    } finally {
      if (turn === latest) output.removeAttribute("aria-busy");
    }
  };
  button.addEventListener("click", () => void run(true));
  choice.addEventListener("change", () => {
    if (input.value.trim() !== "") void run(true);
  });
  // A paste is decoded at once, and so is typed text as soon as it parses as JSON (a moment after
  // the last key); other typed text (a bare code) when the button is pressed.
  input.addEventListener("paste", () => setTimeout(() => void run(true), 0));
  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener("input", () => {
    clearTimeout(typing);
    typing = setTimeout(() => {
      if (parses(input.value)) void run(true);
    }, TYPING_PAUSE);
  });
  // Text put in before the script arrived (a paste, a click on Decode) is answered now.
  if (input.value.trim() !== "") void run();
}

/** How long after the last key typed JSON is decoded, in milliseconds. */
const TYPING_PAUSE = 400;

/** Whether text parses as a JSON object or array (what typing may be decoded as it goes). */
function parses(text: string): boolean {
  const trimmed = text.trim();
  if (!/^[[{]/.test(trimmed) || trimmed.length > MAX_INPUT) return false;
  try {
    JSON.parse(trimmed);
    return true;
  } catch {
    return false;
  }
}

/** Bring the answer's first line and its first card's heading into view, below the page's
 * header and floating buttons (the answer's scroll margin), where they are not in view. */
function reveal(answer: HTMLElement): void {
  const heading = answer.querySelector<HTMLElement>(".bankcodes-decoded h3");
  const last = (heading ?? answer).getBoundingClientRect();
  const margin = parseFloat(getComputedStyle(answer).scrollMarginTop) || 0;
  if (answer.getBoundingClientRect().top >= margin && last.bottom <= window.innerHeight) return;
  answer.scrollIntoView({ block: "start" });
}

/** The site's code index (codes.json), given back from the decoder's catalog (data.mjs): every
 * code's entry, then its aliases'. */
function entries(): Entry[] {
  const found: Entry[] = [];
  let position = 0;
  for (const [provider, providerName, codeSet, title, count] of CATALOG.sets) {
    for (const end = position + count; position < end; position += 1) {
      const value = CATALOG.values[position]!;
      const more = Object.hasOwn(CATALOG.more, position) ? CATALOG.more[position] : undefined;
      const closer = Object.hasOwn(CATALOG.closer, position) ? CATALOG.closer[position]! : [];
      const url = `reference/${provider}/${codeSet}/#${more?.anchor ?? value}`;
      const category = CATALOG.categories[position]!;
      for (const spelling of [value, ...(more?.aliases ?? [])]) {
        const names = [provider, providerName, codeSet, title] as const;
        found.push([spelling, ...names, url, category, closer, more?.name ?? ""]);
      }
    }
  }
  return found;
}

function scan(): void {
  for (const decoder of document.querySelectorAll<HTMLElement>("[data-bankcodes-decoder]")) {
    start(decoder);
  }
}

scan();
(window as unknown as { bankcodesDecoder?: () => void }).bankcodesDecoder = scan;
