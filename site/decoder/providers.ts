/**
 * The decoder's providers: the catalog's, as the reader chooses one, and what the decoder says of
 * a body no kind fits (none at all, or, with no provider chosen, only a provider's kind too plain
 * to tell its provider alone), of one that several kinds fit, and of what told whose a body is.
 */
import { NAMES } from "bankcodes-index";
import { recognise, type Evidence } from "bankcodes-package/code-fields.js";
import { PAYLOAD_KINDS, type PayloadKind } from "bankcodes-package/kinds.js";
import type { Provider } from "bankcodes-package/registry.js";
import { cut, printable } from "bankcodes-package/shown.js";
import { element } from "./card.js";

/** Why `data` is no kind: none fits it, or (with no provider chosen) only a provider's kind too
 * plain to tell the provider alone does, whose name the reader is asked for. */
export function notRecognised(data: unknown, provider: Provider | undefined): string {
  const keys =
    data !== null && typeof data === "object" && !Array.isArray(data)
      ? Object.keys(data).slice(0, 10)
      : [];
  const shape = keys.length > 0 ? `an object with ${keys.join(", ")}` : "this JSON";
  const plain =
    provider === undefined ? providers().filter(([id]) => recognise(data, id).length > 0) : [];
  if (plain.length > 0) {
    const names = plain.map(([, name]) => name).join(" or ");
    return `Not a body of a provider in the catalog by its shape alone: ${shape} is a shape many services answer with. If it comes from ${names}, choose the provider above to read it as theirs.`;
  }
  const of = provider === undefined ? "" : ` of ${provider}`;
  return `Not a body of a provider in the catalog: no payload kind${of} is ${shape}. It may be another service's answer (a gateway, a proxy, a framework); paste a provider's whole body, or a bare code.`;
}

/** Why `data`, which several kinds fit, is read as none of them until its provider is chosen. */
export function ambiguous(kinds: readonly PayloadKind[]): string {
  const fits = kinds.map((kind) => `${PAYLOAD_KINDS[kind].title} (${kind})`);
  return `Ambiguous: it fits ${fits.join("; ")}. Choose its provider above: nothing is decided until then.`;
}

/** The catalog's providers, [id, name], in its order. */
export function providers(): readonly (readonly [Provider, string])[] {
  return NAMES as readonly (readonly [Provider, string])[];
}

/** The name of the provider whose payload kind `kind` is: the part of its id before the slash
 * (plaid/error: Plaid). */
export function providerName(kind: PayloadKind): string {
  const id = kind.split("/", 1)[0]!;
  return providers().find(([provider]) => provider === id)?.[1] ?? id;
}

/** What told whose a body is (`evidenceOf`'s answer), one sentence set as text, each key and value
 * read from the body in a `code` element: a text in the provider's namespace (its documentation
 * address, a URN of its own), a code only its code sets hold, its fields, or the provider the
 * reader chose. */
export function evidenceLine(kind: PayloadKind, evidence: readonly Evidence[]): HTMLElement {
  const name = providerName(kind);
  const line = element("p", "Whose it is: ", "bankcodes-summary bankcodes-evidence");
  evidence.forEach((told, index) => {
    if (index > 0) line.append("; ");
    const keys = told.keys.map((key) => printable(key, false, 100));
    const value = told.value === null ? "" : printable(cut(told.value, 200), false, 200);
    if (told.what === "provider") {
      line.append(`read as ${name}'s because you chose ${name}: the body alone does not tell.`);
      return;
    }
    if (told.what === "fields") {
      line.append("its fields ");
      keys.forEach((key, at) => line.append(...(at > 0 ? [", "] : []), element("code", key)));
      line.append(` are ${name}'s, together`);
    } else if (told.what === "wording") {
      // A message's words are a sentence: quoted as text, never as code.
      line.append("its ", element("code", keys[0] ?? ""), ` “${value}” is in ${name}'s own words`);
    } else {
      line.append("its ", element("code", keys[0] ?? ""), " ", element("code", value));
      line.append(
        told.what === "namespace"
          ? ` is in ${name}'s namespace (its documentation address or its own names)`
          : ` is a code only ${name}'s code sets hold`,
      );
    }
  });
  if (!line.textContent!.endsWith(".")) line.append(".");
  return line;
}
