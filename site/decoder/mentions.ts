/**
 * The codes a code's text names by their wire values, set as code where the card shows the text
 * (a status's description that names another status of its code set), as the site's code pages
 * set them (codegen/targets/site/mentions.py): a word of the text that is a value or an alias of
 * a code of the same code set, and that is shaped as a code (an underscore, a dot or a colon
 * inside it, or two capitals), never a word of the language ("active", "Pending") that a code
 * set also spells; the backticks around one that the text sets as code in Markdown, left out.
 * Set as text only; a payload kind's title alike, the name it ends with set as code.
 */
import type { CodeSetTables } from "bankcodes-package/types.js";

/** A word of a text: letters and digits, with underscores, dots, colons and hyphens inside. */
const WORD = /[A-Za-z0-9](?:[\w.:-]*[A-Za-z0-9])?/g;
/** A word shaped as a code. */
const SHAPED = /[_.:]|[A-Z].*[A-Z]/;

/** `text` as text, each code of `tables` it names as code. */
export function mentioned(text: string, tables: CodeSetTables | undefined): Node[] {
  if (tables === undefined) return [document.createTextNode(text)];
  const nodes: Node[] = [];
  let at = 0;
  for (const found of text.matchAll(WORD)) {
    const word = found[0];
    const known = Object.hasOwn(tables.info, word) || Object.hasOwn(tables.aliases, word);
    if (!known || !SHAPED.test(word)) continue;
    let [start, end] = [found.index, found.index + word.length];
    // Set as code in Markdown: the backticks around it left out.
    if (text[start - 1] === "`" && text[end] === "`") [start, end] = [start - 1, end + 1];
    if (start > at) nodes.push(document.createTextNode(text.slice(at, start)));
    const code = document.createElement("code");
    code.textContent = word;
    nodes.push(code);
    at = end;
  }
  if (at < text.length || nodes.length === 0) nodes.push(document.createTextNode(text.slice(at)));
  return nodes;
}

/** A payload kind's title as text, the schema or field name it ends with in parentheses (a word
 * with no space: tppMessages, OBErrorResponse1) as code, as a token of the wire. */
export function titled(title: string): Node[] {
  const named = /^(.*\()([^\s()]+)(\))$/.exec(title);
  if (named === null) return [document.createTextNode(title)];
  const code = document.createElement("code");
  code.textContent = named[2]!;
  return [document.createTextNode(named[1]!), code, document.createTextNode(named[3]!)];
}
