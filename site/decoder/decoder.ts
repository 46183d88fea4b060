/**
 * The site's decoder: paste a webhook body, an SDK callback, a Connect message, an API error
 * body or a bare code, and see what each code in it means. Everything runs in the page: the
 * payload kinds are recognised by the lenient JSON Schemas (compiled validators), the codes are
 * read with the generated TypeScript package, and the reference links come from the site's own
 * codes.json. Pasted text is only ever set as text, never parsed as markup.
 */
import { KINDS } from "bankcodes-kinds";
import {
  CODE_SETS,
  CategoryInfo,
  endUserText,
  type Category,
  type CodeInfo,
  type Provider,
} from "bankcodes-package";

/** The longest input the decoder reads, in characters. */
const MAX_INPUT = 1_000_000;
/** The most strings of a payload it looks at, and the most codes it shows. */
const MAX_STRINGS = 5_000;
const MAX_CODES = 50;
/** The most equivalents it lists per provider. */
const MAX_EQUIVALENTS = 6;
const BARE_CODE = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,199}$/;

type Entry = readonly [
  spelling: string,
  provider: string,
  providerName: string,
  codeSet: string,
  codeSetTitle: string,
  url: string,
  category: string,
];

interface Kind {
  readonly id: string;
  readonly title: string;
  readonly validate: (data: unknown) => boolean;
}

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

/** Every string of a JSON value (depth first, at most MAX_STRINGS nodes visited). */
function strings(data: unknown): string[] {
  const found: string[] = [];
  const stack: unknown[] = [data];
  let seen = 0;
  while (stack.length > 0 && seen < MAX_STRINGS) {
    const node = stack.pop();
    seen += 1;
    if (typeof node === "string") found.push(node);
    else if (Array.isArray(node)) stack.push(...node.slice(0, MAX_STRINGS));
    else if (node !== null && typeof node === "object") stack.push(...Object.values(node));
  }
  return found;
}

function info(entry: Entry): CodeInfo | null {
  const [spelling, provider, , codeSet] = entry;
  const sets = CODE_SETS[provider as Provider];
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

function describe(entry: Entry, index: readonly Entry[], root: URL): HTMLElement {
  const [spelling, provider, providerName, codeSet, codeSetTitle, url, category] = entry;
  const section = element("section", undefined, "bankcodes-decoded");
  const heading = element("h3");
  heading.append(link(spelling, new URL(url, root).href));
  section.append(heading);
  const details = element("dl");
  const known = CategoryInfo[category as Category];
  const meta = info(entry);
  row(details, "Provider", providerName);
  row(details, "Code set", codeSetTitle);
  row(details, "Category", known?.title ?? category);
  row(details, "Retryable", (meta?.retryable ?? known?.retryable) ? "yes" : "no");
  row(details, "Who acts", ACTORS[known?.actor ?? "nobody"] ?? "nobody");
  if (meta !== null) row(details, "Description", meta.description);
  const words = endUserText(provider, spelling, "en", codeSet);
  if (words !== null) {
    row(details, "User message", `${words.message} (${whose(words.messageBy, providerName)})`);
    row(details, "User action", `${words.action} (${whose(words.actionBy, providerName)})`);
  }
  if (known !== undefined) row(details, "What to do", known.action);
  const others = element("span");
  if (known?.equivalents) {
    const byProvider = new Map<string, Entry[]>();
    for (const other of index) {
      if (other[6] !== category || other[1] === provider) continue;
      const list = byProvider.get(other[2]) ?? [];
      if (list.length < MAX_EQUIVALENTS) list.push(other);
      byProvider.set(other[2], list);
    }
    for (const [name, list] of byProvider) {
      const line = element("span", `${name}: `);
      list.forEach((other, position) => {
        if (position > 0) line.append(", ");
        line.append(link(other[0], new URL(other[5], root).href));
      });
      others.append(line, element("br"));
    }
  }
  row(details, "Equivalents", others.childNodes.length > 0 ? others : "none listed");
  section.append(details);
  return section;
}

function decode(
  text: string,
  kinds: readonly Kind[],
  index: readonly Entry[],
  root: URL,
): HTMLElement {
  const out = element("div");
  if (text.length > MAX_INPUT) {
    out.append(
      element(
        "p",
        `The input is too long: at most ${MAX_INPUT} characters are read.`,
        "bankcodes-error",
      ),
    );
    return out;
  }
  const trimmed = text.trim();
  if (trimmed === "") return out;
  let data: unknown;
  let bare = false;
  try {
    data = JSON.parse(trimmed);
  } catch (error) {
    if (!BARE_CODE.test(trimmed)) {
      const reason = error instanceof Error ? error.message : "it does not parse";
      out.append(element("p", `This is neither JSON nor a code: ${reason}`, "bankcodes-error"));
      return out;
    }
    data = trimmed;
    bare = true;
  }
  const wanted = new Set(strings(data));
  const found = index.filter((entry) => wanted.has(entry[0]));
  let matched = bare ? [] : kinds.filter((kind) => kind.validate(data));
  // A lenient schema takes many objects; the kinds of the providers whose codes occur win.
  const coded = new Set(found.map((entry) => entry[1]));
  const narrowed = matched.filter((kind) => coded.has(kind.id.split("/")[0]!));
  if (narrowed.length > 0) matched = narrowed;
  const providers = new Set(matched.map((kind) => kind.id.split("/")[0]!));
  const summary = bare
    ? "A bare code."
    : matched.length > 0
      ? `Recognised as: ${matched.map((kind) => `${kind.title} (${kind.id})`).join("; ")}.`
      : "No payload kind of the catalog accepts this JSON; its strings are looked up in every provider.";
  out.append(element("p", summary, "bankcodes-summary"));
  const hits = found.filter((entry) => providers.size === 0 || providers.has(entry[1]));
  if (hits.length === 0) {
    out.append(element("p", "No code of the catalog occurs in it.", "bankcodes-summary"));
    return out;
  }
  for (const entry of hits.slice(0, MAX_CODES)) out.append(describe(entry, index, root));
  return out;
}

async function start(form: HTMLElement): Promise<void> {
  if (form.dataset["ready"] === "yes") return;
  form.dataset["ready"] = "yes";
  const input = form.querySelector("textarea");
  const button = form.querySelector("button");
  const output = form.querySelector<HTMLElement>("[data-decoder-output]");
  if (input === null || button === null || output === null) return;
  const root = new URL(form.dataset["root"] ?? "./", document.baseURI);
  let index: readonly Entry[] = [];
  try {
    const response = await fetch(new URL("reference/codes.json", root));
    const body: unknown = await response.json();
    const codes = (body as { codes?: unknown }).codes;
    if (Array.isArray(codes)) index = codes as Entry[];
  } catch {
    output.replaceChildren(element("p", "The code index could not be loaded.", "bankcodes-error"));
  }
  const run = (): void => {
    output.replaceChildren(decode(input.value, KINDS as readonly Kind[], index, root));
  };
  button.addEventListener("click", run);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    run();
  });
}

function scan(): void {
  for (const form of document.querySelectorAll<HTMLElement>("[data-bankcodes-decoder]")) {
    void start(form);
  }
}

scan();
(window as unknown as { bankcodesDecoder?: () => void }).bankcodesDecoder = scan;
