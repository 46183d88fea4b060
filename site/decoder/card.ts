/**
 * The card the decoder shows for one code: its name linked to its page, where it was read, its
 * category, what to do, the words for the customer and its equivalents at other providers.
 * Every text is set as text, never parsed as markup; the codes a description names, as code.
 */
import { CategoryInfo, type Category } from "bankcodes-categories";
import { endUserText } from "bankcodes-package/classify.js";
import { DECODER_FACTS } from "bankcodes-package/code-facts.js";
import type { FoundCode } from "bankcodes-package/code-fields.js";
import type { OwnCode } from "bankcodes-package/own-codes.js";
import type { CodeInfo, CodeSetTables } from "bankcodes-package/types.js";
import type { Closer } from "bankcodes-index";
import { mentioned } from "./mentions.js";
import { CODE_SETS, entryOf, sameCategory } from "./registry.js";

/** The most equivalents it lists per provider. */
const MAX_EQUIVALENTS = 6;

export type Entry = readonly [
  spelling: string,
  provider: string,
  providerName: string,
  codeSet: string,
  codeSetTitle: string,
  url: string,
  category: string,
  /** The closer equivalents the catalog records: [provider, code set, value, same, reason],
   * then the anchor and identifier of that code's entry, where the index lists it. */
  closer?: readonly Closer[],
  /** The code's identifier where it is not its spelling (an integer code's name). */
  name?: string,
];

/**
 * A code as people read it: its wire value, as the provider sends it and the command line shows
 * it (UK.OBIE.Resource.InvalidConsentStatus); an integer code by its name and number
 * (CHALLENGED (3)).
 */
export function label(entry: Entry): string {
  const name = entry[8];
  const integer = /^-?[0-9]+$/.test(entry[0]);
  return integer && name !== undefined && name !== "" ? `${name} (${entry[0]})` : entry[0];
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

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className !== undefined) node.className = className;
  return node;
}

/** A link whose text is a code: the code inside it as code. */
export function link(code: string, href: string): HTMLAnchorElement {
  const anchor = element("a");
  anchor.append(element("code", code));
  anchor.href = href;
  return anchor;
}

/** The tables of a provider's code set, where the decoder's catalog has them. */
function tablesOf(provider: string, codeSet: string): CodeSetTables | undefined {
  const sets = Object.hasOwn(CODE_SETS, provider) ? CODE_SETS[provider] : undefined;
  return sets !== undefined && Object.hasOwn(sets, codeSet) ? sets[codeSet] : undefined;
}

export function info(entry: Entry): CodeInfo | null {
  const [spelling, provider, , codeSet] = entry;
  const tables = tablesOf(provider, codeSet);
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

/** The facts of `record` that the decoder shows (`shown`: its family's DECODER_FACTS), those it
 * has, as [label, text]: a yes/no as such, texts one after the other. */
export function shownFacts(
  record: object | undefined,
  shown: readonly (readonly [string, string])[],
): [string, string][] {
  const values = record as { readonly [member: string]: unknown } | undefined;
  return shown.flatMap(([member, label]) => {
    const value = values?.[member];
    if (value === null || value === undefined) return [];
    if (typeof value === "boolean") return [[label, value ? "yes" : "no"]];
    if (Array.isArray(value)) return [[label, value.join(", ")]];
    if (typeof value !== "object") return [[label, String(value)]];
    const each = Object.entries(value).map(([key, them]) => `${key}: ${[them].flat().join(", ")}`);
    return [[label, each.join("; ")]];
  });
}

/** A fact's value as the card shows it: words as text, a token (a next step, a state, a list of
 * them, a number) as code. */
function fact(text: string): Node {
  return /\s/.test(text) && !text.includes("_")
    ? document.createTextNode(text)
    : element("code", text);
}

/** A row for each fact of `record` that the decoder shows, those it has. */
function factRows(
  list: HTMLElement,
  record: object | undefined,
  shown: readonly (readonly [string, string])[],
): void {
  for (const [label, text] of shownFacts(record, shown)) row(list, label, fact(text));
}

/** The category's facts (after the category) or the code's (after its description), each once:
 * where both state one (a next step, a state), the code's, which decides, labelled as the code's. */
function decidingRows(
  list: HTMLElement,
  meta: CodeInfo | null,
  known: object | undefined,
  whose: "category" | "code",
): void {
  const own = shownFacts(meta ?? undefined, DECODER_FACTS.Code);
  const both = new Set(DECODER_FACTS.Category.map(([, label]) => label));
  const stated = new Set(own.map(([label]) => label));
  if (whose === "category")
    for (const [label, text] of shownFacts(known, DECODER_FACTS.Category))
      if (!stated.has(label)) row(list, `${label} (its category's)`, fact(text));
  if (whose === "code")
    for (const [label, text] of own)
      row(list, both.has(label) ? `${label} (the code's)` : label, fact(text));
}

/** Whose words a text is, for people. */
function whose(by: string, providerName: string): string {
  if (by === "provider") return `${providerName}${providerName.endsWith("s") ? "'" : "'s"} words`;
  return by === "bankcodes" ? "bankcodes' words" : "bankcodes' translation";
}

/** A code as the decoder shows it: its index entry (link, titles), where it was read, and the
 * metadata and category of the code set that read it. */
export interface Shown {
  readonly entry: Entry;
  readonly path: string | null;
  readonly meta: CodeInfo | null;
  /** For a code of the sender's own, in the form its code set gives: that form. */
  readonly own?: OwnCode;
  /** Where the code is what the body's cause or message means in place of the value read (a
   * value its code set does not list): what says so. */
  readonly readAs?: Node;
}

/** A code's card; `repeated` where a code above it, of the same category, shows the
 * category's facts already (Plaid's error_type beside its error_code): those rows once. */
export function describe(
  shown: Shown,
  root: URL,
  deciding: boolean,
  repeated = false,
): HTMLElement {
  const { entry, path, meta } = shown;
  const [spelling, provider, providerName, codeSet, codeSetTitle, url, category] = entry;
  const section = element("section", undefined, "bankcodes-decoded");
  section.dataset["code"] = spelling;
  section.dataset["codeSet"] = `${provider}.${codeSet}`;
  if (path !== null) section.dataset["path"] = path;
  const heading = element("h3");
  if (url !== "") heading.append(link(label(entry), new URL(url, root).href));
  else heading.append(element("code", label(entry)));
  if (deciding) heading.append(element("span", " decides the outcome", "bankcodes-deciding"));
  section.append(heading);
  const details = element("dl");
  const known = CategoryInfo[category as Category];
  row(details, "Provider", providerName);
  row(details, "Code set", codeSetTitle);
  factRows(details, tablesOf(provider, codeSet), DECODER_FACTS.CodeSet);
  if (path !== null) row(details, "Read from", element("code", path));
  if (shown.readAs !== undefined) row(details, "Read as", shown.readAs);
  if (repeated) {
    row(details, "Category", `${known?.title ?? category}, as the code above: its facts are there`);
  } else {
    row(details, "Category", known?.title ?? category);
    decidingRows(details, meta, known, "category");
    row(details, "Retryable", (meta?.retryable ?? known?.retryable) ? "yes" : "no");
    row(details, "Who acts", ACTORS[known?.actor ?? "nobody"] ?? "nobody");
  }
  if (meta !== null) {
    const described = document.createDocumentFragment();
    described.append(...mentioned(meta.description, tablesOf(provider, codeSet)));
    row(details, "Description", described);
  }
  if (shown.own !== undefined) {
    const { description, form } = shown.own;
    row(details, "Description", `${description} (bankcodes' words; the form: ${form})`);
  }
  decidingRows(details, meta, known, "code");
  if (known !== undefined && !repeated) row(details, "What to do", known.action);
  const words = repeated
    ? null
    : endUserText({
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
  const others = equivalents(entry, root, known?.equivalents === true);
  row(details, "Equivalents", others.childNodes.length > 0 ? others : "none listed");
  section.append(details);
  return section;
}

/** A code read from a payload, with its index entry (or one made for a code the catalog does
 * not know, which has no page). */
export function shownCode(found: FoundCode, index: readonly Entry[]): Shown {
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
  const own = found.own === undefined ? {} : { own: found.own };
  return { entry: exact ?? made, path: found.path, meta: found.info, ...own };
}

/** A code's equivalents at other providers: the closer ones the catalog records (what is the
 * same, and why), then, where its category lists them, the codes of the same category alone. */
function equivalents(entry: Entry, root: URL, listsCategory: boolean): HTMLElement {
  const [, provider, , , , , category] = entry;
  const others = element("span");
  const closer = entry[7] ?? [];
  const listed = new Set(closer.map(([p, s, v]) => `${p}.${s}.${v}`));
  for (const [position, [p, s, v, same, reason, anchor, name, title]] of closer.entries()) {
    if (anchor === undefined) continue; // a code the index does not list
    const other = entryOf([v, p, s, anchor, name ?? "", title ?? ""]);
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
  if (listsCategory) {
    // The category's codes elsewhere, once they have arrived (after the answer, if not yet).
    const slot = element("span");
    others.append(slot);
    const fill = (found: readonly Entry[] | null): void => {
      if (found === null) slot.append(SAME_UNREAD);
      else slot.append(...sameLines(found, provider, listed, root));
      if (others.textContent === "") slot.append("none listed");
    };
    const now = sameCategory(category, fill);
    if (now !== null) fill(now);
  }
  return others;
}

/** What the equivalents say where the category's codes elsewhere could not be fetched. */
const SAME_UNREAD = "the codes of the same category elsewhere could not be loaded: reload the page";

/** A line per provider of the codes of a category there (but `provider`'s and those `listed`
 * already), at most MAX_EQUIVALENTS each. */
function sameLines(
  found: readonly Entry[],
  provider: string,
  listed: ReadonlySet<string>,
  root: URL,
): HTMLElement[] {
  const byProvider = new Map<string, Entry[]>();
  for (const other of found) {
    if (other[1] === provider) continue;
    if (listed.has(`${other[1]}.${other[3]}.${other[0]}`)) continue;
    const list = byProvider.get(other[2]) ?? [];
    if (list.length < MAX_EQUIVALENTS) list.push(other);
    byProvider.set(other[2], list);
  }
  const lines: HTMLElement[] = [];
  for (const [name, list] of byProvider) {
    const line = element("span", `Same category only, ${name}: `);
    list.forEach((other, position) => {
      if (position > 0) line.append(", ");
      line.append(link(label(other), new URL(other[5], root).href));
      // One spelling in two code sets of the provider: each says which it is.
      if (list.some((each) => each !== other && each[0] === other[0]))
        line.append(` (${other[4]})`);
    });
    lines.push(line, element("br"));
  }
  return lines;
}
