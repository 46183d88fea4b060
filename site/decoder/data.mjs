// What the site's decoder knows of the catalog, written by build.mjs into modules of its entry,
// so that the page has it all before anything is pasted and asks the site for nothing a paste
// needs: of the generated package's code tables (tables-<provider>.ts) and categories
// (categories.ts), what the package's readers and the decoder read; and the site's code index
// (reference/codes.json).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** The fields of a codes.json entry, in their order (codegen/targets/site/catalog_pages.py). */
const FIELDS = "spelling provider provider_name code_set code_set_title url category closer name";

/** The package's modules `names` (of its source folder), each bundled for Node and imported. */
async function imported(source, names, work, build) {
  const out = join(work, "package");
  await build({
    entryPoints: names.map((name) => join(source, `${name}.ts`)),
    bundle: true,
    format: "esm",
    platform: "node",
    outdir: out,
    outExtension: { ".js": ".mjs" },
    logLevel: "warning",
  });
  const modules = {};
  for (const name of names) {
    modules[name] = await import(pathToFileURL(join(out, `${name}.mjs`)).href);
  }
  return modules;
}

/** Of a record (a code's metadata, a code set's tables, a category's details), the facts the
 * spec declares once that the decoder shows (the package's DECODER_FACTS), those it has. */
function shownFacts(record, shown) {
  return Object.fromEntries(
    shown
      .filter(([member]) => record[member] !== undefined)
      .map(([member]) => [member, record[member]]),
  );
}

/**
 * Of a code's metadata (the package's CodeInfo), beyond its description, category and whether
 * to retry: what the package's endUserText reads for English words (bankcodes' words for the
 * code, the provider's message for the end user where it has one, and whose words it is), and
 * the facts the decoder shows (`shown`).
 */
function words(info, shown) {
  const code = shownFacts(info, shown);
  if (info.userMessage !== null) {
    code.userMessage = info.userMessage;
    code.wording = { userMessage: info.wording.userMessage };
  }
  if (info.userMessageOffered === false) code.userMessageOffered = false;
  if (info.endUser !== undefined) code.endUser = { en: info.endUser.en };
  // What a decision reads of the code (bankcodes.decide): its own step, state, wait and sources.
  for (const fact of ["nextStep", "state", "waitSeconds", "factSources", "sources"])
    if (info[fact] !== undefined && (fact !== "sources" || info.nextStep || info.state))
      code[fact] = info[fact];
  return code;
}

/**
 * Every code of every provider's tables, in the order of codes.json, a column a field (which
 * gzip packs far tighter than a record a code): `sets` [provider, provider name, code set,
 * title, number of codes, and the facts the decoder shows of the code set, where it has some];
 * then, a code after the other, `values`, `descriptions`, `categories`
 * (decoderData puts them in a module of their own) and `retryable` ("1" or "0"); by a code
 * set's position in `sets`, where it gives the form of the sender's own codes, `own`: [form,
 * category, description]; and, by a code's position, where it has them, its `closer`
 * equivalents (codes.json) and `more`: its aliases, its identifier (codes.json's name), the
 * anchor of its section where it is not the value, and its words (`words`).
 * decoder.ts (entries) gives back every entry of codes.json from it, a value's then its aliases';
 * registry.ts the tables, every value's metadata and every alias. codes.json must list the
 * values and aliases of the tables, each once, a code set's together.
 */
function catalog(index, tables, shown) {
  const all = { sets: [], values: [], descriptions: [], categories: [], retryable: "" };
  Object.assign(all, { closer: {}, more: {}, own: {} });
  const seen = new Set();
  let code = null;
  for (const [spelling, provider, name, set, title, url, category, closer, identifier] of index) {
    const key = `${provider}.${set}`;
    const sets = Object.hasOwn(tables, provider) ? tables[provider].TABLES : {};
    if (!Object.hasOwn(sets, set)) throw new Error(`codes.json: no tables for ${key}`);
    const { info, aliases } = sets[set];
    if (all.sets.at(-1)?.[2] !== set || all.sets.at(-1)[0] !== provider) {
      if (seen.has(key)) throw new Error(`codes.json: the entries of ${key} are apart`);
      const facts = shownFacts(sets[set], shown.CodeSet);
      all.sets.push([
        provider,
        name,
        set,
        title,
        0,
        ...(Object.keys(facts).length > 0 ? [facts] : []),
      ]);
      const { ownCodes, ownCodesCategory, ownCodesDescription } = sets[set];
      if (ownCodes !== undefined)
        all.own[all.sets.length - 1] = [ownCodes, ownCodesCategory, ownCodesDescription];
      code = null;
    }
    if (seen.has(`${key} ${spelling}`)) throw new Error(`codes.json: ${key} ${spelling} twice`);
    seen.add(key).add(`${key} ${spelling}`);
    const page = `reference/${provider}/${set}/#`;
    if (!url.startsWith(page)) throw new Error(`codes.json: ${spelling}'s page is not ${page}`);
    if (Object.hasOwn(info, spelling)) {
      if (info[spelling].category !== category) throw new Error(`${key} ${spelling}: category`);
      code = all.values.length;
      all.sets.at(-1)[4] += 1;
      all.values.push(spelling);
      all.descriptions.push(info[spelling].description);
      all.categories.push(category);
      all.retryable += info[spelling].retryable ? "1" : "0";
      const more = words(info[spelling], shown.Code);
      if (url !== page + spelling) more.anchor = url.slice(page.length);
      if (identifier !== "") more.name = identifier;
      if (Object.keys(more).length > 0) all.more[code] = more;
      if (closer.length > 0) all.closer[code] = closer;
    } else if (
      code !== null &&
      Object.hasOwn(aliases, spelling) &&
      String(aliases[spelling]) === all.values[code]
    ) {
      ((all.more[code] ??= {}).aliases ??= []).push(spelling);
    } else {
      throw new Error(`codes.json: ${key} ${spelling} follows no code it is an alias of`);
    }
  }
  unlisted(tables, seen);
  return all;
}

/** An error naming the values and aliases of the tables that codes.json does not list. */
function unlisted(tables, seen) {
  for (const [provider, { TABLES }] of Object.entries(tables)) {
    for (const [set, { info, aliases }] of Object.entries(TABLES)) {
      const missing = [...Object.keys(info), ...Object.keys(aliases)].filter(
        (spelling) => !seen.has(`${provider}.${set} ${spelling}`),
      );
      if (missing.length > 0) throw new Error(`codes.json lacks ${provider}.${set} ${missing}`);
    }
  }
}

/** Of each category (the package's CategoryInfo), what the decoder shows and the package's
 * endUserText and decide read: its title, whether to retry, who acts, what to do, whether its codes are
 * equivalents, bankcodes' English words for the end user, and the facts the decoder shows. */
function categories(info, shown) {
  return Object.fromEntries(
    Object.entries(info).map(([id, details]) => {
      const { title, retryable, actor, action, equivalents, endUser, nextStep, state } = details;
      const kept = {
        title,
        retryable,
        actor,
        action,
        equivalents,
        nextStep,
        state,
        endUser: endUser && { en: endUser.en },
      };
      return [id, { ...kept, ...shownFacts(details, shown) }];
    }),
  );
}

/**
 * The modules build.mjs bundles in the decoder's entry (kinds.d.ts declares them): `data`
 * ("bankcodes-data": CATALOG, without the descriptions), `descriptions`
 * ("bankcodes-descriptions": DESCRIPTIONS, every code's description by its position, in a chunk
 * of its own, fetched as the page starts: the decoder answers without them and shows each as
 * it arrives) and `categories` (in place of the package's categories.js:
 * Category, CategoryInfo as `categories` keeps it, and STEP_ACTORS). `source` is the package's src/ as
 * build.mjs assembles it.
 */
export async function decoderData(project, source, work, build) {
  const { fields, codes } = JSON.parse(
    readFileSync(join(project, "site", "docs", "reference", "codes.json"), "utf8"),
  );
  if (fields.join(" ") !== FIELDS) throw new Error(`codes.json: fields ${fields}, not ${FIELDS}`);
  const providers = readdirSync(source)
    .filter((file) => /^tables-[a-z0-9_]+\.ts$/.test(file))
    .map((file) => file.slice(0, -".ts".length));
  const modules = await imported(source, ["categories", "code-facts", ...providers], work, build);
  const shown = modules["code-facts"].DECODER_FACTS;
  const tables = Object.fromEntries(
    providers.map((name) => [name.slice("tables-".length), modules[name]]),
  );
  const { Category, CategoryInfo, STEP_ACTORS } = modules.categories;
  const { descriptions, ...kept } = catalog(codes, tables, shown);
  return {
    data: `export const CATALOG = ${JSON.stringify(kept)};\n`,
    descriptions: `export const DESCRIPTIONS = ${JSON.stringify(descriptions)};\n`,
    categories:
      `export const Category = ${JSON.stringify(Category)};\n` +
      `export const CategoryInfo = ${JSON.stringify(categories(CategoryInfo, shown.Category))};\n` +
      `export const STEP_ACTORS = ${JSON.stringify(STEP_ACTORS)};\n`,
  };
}
