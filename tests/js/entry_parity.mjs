// Compare each provider's own entry point (bankcodes/<provider>, its word packs and its
// metadata, bankcodes/<provider>/info) with the root entry point, answer for answer: classify,
// endUserText and the guard of every spelling of every code set (with and without the code set,
// in every language), every listener's result for every message (the root result without
// `info`, which must be the metadata of a code a set knows, and the words read from each), and
// every …Info table.
// Usage: node entry_parity.mjs DIST CASES_JSON
// Prints: {"compared": N, "differences": [...]} (at most 20 differences)
import { readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [dist, casesPath] = process.argv.slice(2);
const load = (name) => import(pathToFileURL(join(dist, `${name}.js`)).href);
const root = await load("index");
const cases = JSON.parse(readFileSync(casesPath, "utf8"));
const differences = [];
let compared = 0;
function same(what, expected, found) {
  compared += 1;
  if (!isDeepStrictEqual(expected, found) && differences.length < 20)
    differences.push({ what, expected, found });
}

for (const [provider, { module, codes, listeners, names, numeric, languages }] of Object.entries(
  cases.providers,
)) {
  const entry = await load(`entry-${module}`);
  const info = await load(`info-${module}`);
  for (const name of Object.values(names))
    same(`${name}Info`, root[`${name}Info`], info[`${name}Info`]);
  const packs = {};
  for (const language of languages)
    packs[language] = (await load(`words-${module}-${language}`)).words;
  for (const [codeSet, code] of codes) {
    const where = `${provider} ${codeSet} ${JSON.stringify(code)}`;
    same(`classify ${where}`, root.classify(provider, code), entry.classify(code));
    // A guard knows the wire values, and they are what the metadata describes: not an alias.
    // A code of a code set whose codes travel as numbers is known as a number only.
    const wire = numeric.includes(codeSet) ? "number" : "string";
    const known =
      typeof code === wire && Object.hasOwn(root[`${names[codeSet]}Info`], String(code));
    same(`is${names[codeSet]} ${where}`, known, entry[`is${names[codeSet]}`](code));
    same(`is${names[codeSet]} ${where} (root)`, known, root[`is${names[codeSet]}`](code));
    same(
      `classify ${where} in its set`,
      root.classify(provider, code, codeSet),
      entry.classify(code, codeSet),
    );
    for (const [language, words] of Object.entries(packs)) {
      same(
        `endUserText ${where} ${language}`,
        root.endUserText(provider, code, language),
        entry.endUserText(code, words),
      );
      same(
        `endUserText ${where} ${language} in its set`,
        root.endUserText(provider, code, language, codeSet),
        entry.endUserText(code, words, codeSet),
      );
    }
  }
  // A reading with a category none of the provider's codes has is not the provider's.
  const forged = {
    kind: "error",
    code: "X",
    codeSet: null,
    category: "not_a_category",
    info: null,
  };
  same(`classify of a forged reading`, "unknown", entry.classify(forged));
  same(`classify of a forged reading (root)`, "unknown", root.classify(forged));
  for (const [name, messages] of Object.entries(listeners)) {
    for (const message of messages) {
      const where = `${name}(${JSON.stringify(message)})`;
      const full = root[name](message);
      const slim = entry[name](message);
      const { info, ...rest } = full;
      same(where, rest, slim);
      if (!("category" in full)) continue;
      // The root's info is the metadata of the code in the set that knows it, null for none.
      same(`info ${where}`, full.codeSet && full.category, info && info.category);
      same(`classify ${where}`, root.classify(full), entry.classify(slim));
      for (const [language, words] of Object.entries(packs))
        same(
          `endUserText ${where} ${language}`,
          root.endUserText(full, language),
          entry.endUserText(slim, words),
        );
    }
  }
}
process.stdout.write(JSON.stringify({ compared, differences }));
