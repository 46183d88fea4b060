// What the site's decoder knows of the catalog, written by build.mjs: of the generated package's
// code tables (tables-<provider>.ts), payload kinds (kinds.ts), provider facts
// (provider-facts.ts), signing schemes and deliveries (signing.ts) and categories (categories.ts), what the package's readers and the decoder
// read, and the site's code index (reference/codes.json). The page's script carries an index of
// evidence (what tells a body's kind and provider); each provider's part is a chunk of its own,
// fetched when a paste names or shows that provider.
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
 * Every code of every provider's tables, in the order of codes.json: `sets` [provider, provider
 * name, code set], and each provider's chunk (`providers`): by each of its code sets' position in
 * `sets`, its id and title, the facts the decoder shows of it and the form of its sender's own
 * codes [form, category, description] (0 where it has none), and a row a code: [value,
 * description, category, retryable (1 or 0), and, where it has some, `more`: its aliases, its
 * identifier (codes.json's name), the anchor of its section where it is not the value, its words
 * (`words`) and its closer equivalents (codes.json's, each with the anchor, identifier and
 * code set title of the code it names)]; `most`, the most closer equivalents of a code. registry.ts gives back
 * the tables, every value's metadata, every alias and every entry of codes.json from them, a
 * value's then its aliases'. codes.json must list the values and aliases of the tables, each
 * once, a code set's together.
 */
function catalog(index, tables, shown) {
  const where = new Map(
    index.map(([spelling, provider, , set, title, url, , , name]) => [
      `${provider}.${set}.${spelling}`,
      [url.slice(url.indexOf("#") + 1), name, title],
    ]),
  );
  const all = { sets: [], providers: {}, most: 0 };
  const seen = new Set();
  let rows = null;
  let code = null;
  for (const [spelling, provider, name, set, title, url, category, closer, identifier] of index) {
    const key = `${provider}.${set}`;
    const sets = Object.hasOwn(tables, provider) ? tables[provider].TABLES : {};
    if (!Object.hasOwn(sets, set)) throw new Error(`codes.json: no tables for ${key}`);
    const { info, aliases } = sets[set];
    if (all.sets.at(-1)?.[2] !== set || all.sets.at(-1)[0] !== provider) {
      if (seen.has(key)) throw new Error(`codes.json: the entries of ${key} are apart`);
      const facts = shownFacts(sets[set], shown.CodeSet);
      all.sets.push([provider, name, set]);
      const { ownCodes, ownCodesCategory, ownCodesDescription } = sets[set];
      const own = ownCodes === undefined ? 0 : [ownCodes, ownCodesCategory, ownCodesDescription];
      rows = [];
      (all.providers[provider] ??= []).push([
        all.sets.length - 1,
        set,
        title,
        Object.keys(facts).length > 0 ? facts : 0,
        own,
        rows,
      ]);
      code = null;
    }
    if (seen.has(`${key} ${spelling}`)) throw new Error(`codes.json: ${key} ${spelling} twice`);
    seen.add(key).add(`${key} ${spelling}`);
    const page = `reference/${provider}/${set}/#`;
    if (!url.startsWith(page)) throw new Error(`codes.json: ${spelling}'s page is not ${page}`);
    if (Object.hasOwn(info, spelling)) {
      if (info[spelling].category !== category) throw new Error(`${key} ${spelling}: category`);
      const more = words(info[spelling], shown.Code);
      if (url !== page + spelling) more.anchor = url.slice(page.length);
      if (identifier !== "") more.name = identifier;
      if (closer.length > 0) {
        all.most = Math.max(all.most, closer.length);
        more.closer = closer.map((c) => [...c, ...(where.get(`${c[0]}.${c[1]}.${c[2]}`) ?? [])]);
      }
      const { description, retryable } = info[spelling];
      code = [spelling, description, category, retryable ? 1 : 0, more];
      rows.push(code);
    } else if (
      code !== null &&
      Object.hasOwn(aliases, spelling) &&
      String(aliases[spelling]) === code[0]
    ) {
      (code[4].aliases ??= []).push(spelling);
    } else {
      throw new Error(`codes.json: ${key} ${spelling} follows no code it is an alias of`);
    }
  }
  unlisted(tables, seen);
  for (const [, , , , , rows] of Object.values(all.providers).flat())
    for (const row of rows) if (Object.keys(row[4]).length === 0) row.pop();
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

/** The most entries of a category a card lists per provider (card.ts' MAX_EQUIVALENTS). */
const EQUIVALENTS_SHOWN = 6;

/** By category whose codes are equivalents across providers, the first codes of each provider
 * in codes.json's order, as many as a card can list beside the closer equivalents it leaves out:
 * [spelling, provider, code set, anchor, identifier, code set title]. */
function same(index, info, most) {
  const found = {};
  const counted = new Map();
  for (const [spelling, provider, , set, title, url, category, , name] of index) {
    if (info[category]?.equivalents !== true) continue;
    const key = `${category} ${provider}`;
    counted.set(key, (counted.get(key) ?? 0) + 1);
    if (counted.get(key) <= EQUIVALENTS_SHOWN + most)
      (found[category] ??= []).push([
        spelling,
        provider,
        set,
        url.slice(url.indexOf("#") + 1),
        name,
        title,
      ]);
  }
  return found;
}

/** The fields of a payload kind the decoder's script carries for every kind (its index of
 * evidence): what recognises a body, and what is read of every kind before one is chosen. Its
 * title is read once a kind is chosen or named, with its provider's chunk. */
const INDEXED = ["recognise", "requestIdHeader", "jwtUnverified"];

/**
 * The modules build.mjs writes for the decoder (kinds.d.ts declares them), as [path, text]:
 * `index.mjs` ("bankcodes-index", in its entry: the index of evidence, NAMES, KINDS, ENDS, and
 * what fetches the rest), `categories.mjs` (in place of the package's categories.js), a chunk
 * a provider (`providers/<id>.mjs`: its code tables with descriptions, its payload kinds' other
 * fields and titles, its facts, its signing scheme and delivery), a chunk a category whose codes are equivalents (`same/<id>.mjs`) and
 * `spellings.mjs` (every spelling by provider, for a bare code). `source` is the package's src/
 * as build.mjs assembles it; `kinds` the payload kinds whose schema checks it compiled.
 */
export async function decoderData(project, source, work, build) {
  const { fields, codes } = JSON.parse(
    readFileSync(join(project, "site", "docs", "reference", "codes.json"), "utf8"),
  );
  if (fields.join(" ") !== FIELDS) throw new Error(`codes.json: fields ${fields}, not ${FIELDS}`);
  const providers = readdirSync(source)
    .filter((file) => /^tables-[a-z0-9_]+\.ts$/.test(file))
    .map((file) => file.slice(0, -".ts".length));
  const names = ["categories", "code-facts", "kinds", "provider-facts", "signing", ...providers];
  const modules = await imported(source, names, work, build);
  const shown = modules["code-facts"].DECODER_FACTS;
  const tables = Object.fromEntries(
    providers.map((name) => [name.slice("tables-".length), modules[name]]),
  );
  const { Category, CategoryInfo, STEP_ACTORS } = modules.categories;
  const all = catalog(codes, tables, shown);
  const parts = { providers: all.providers, same: same(codes, CategoryInfo, all.most) };
  const { PAYLOAD_KINDS } = modules.kinds;
  const { rateLimits, consents, bodyRules, retries } = modules["provider-facts"];
  const { SIGNING_SCHEMES: signing, DELIVERY: delivery } = modules.signing;
  for (const [id, delivered] of Object.entries(delivery))
    if (delivered !== null && !delivered.kind.startsWith(`${id}/`))
      throw new Error(`${id} delivers ${delivered.kind}, a kind of another provider`);
  const kinds = Object.fromEntries(
    Object.entries(PAYLOAD_KINDS).map(([kind, fields]) => [
      kind,
      Object.fromEntries(
        INDEXED.filter((f) => Object.hasOwn(fields, f)).map((f) => [f, fields[f]]),
      ),
    ]),
  );
  const ends = Object.fromEntries(
    Object.entries(bodyRules)
      .map(([id, rules]) => [id, rules.ends.map((end) => end.tells)])
      .filter(([, tells]) => tells.length > 0),
  );
  const chunk = (name, path) => `${JSON.stringify(name)}: () => import(${JSON.stringify(path)})`;
  const ids = Object.keys(parts.providers);
  const written = [
    [
      "index.mjs",
      `export const NAMES = ${JSON.stringify([...new Map(all.sets.map(([id, name]) => [id, name]))])};\n` +
        `export const KINDS = ${JSON.stringify(kinds)};\n` +
        `export const ENDS = ${JSON.stringify(ends)};\n` +
        `export const CHUNKS = {${ids.map((id) => chunk(id, `./providers/${id}.mjs`))}};\n` +
        `export const CHECKS = {${ids.map((id) => chunk(id, `./checks/${id}-schemas.mjs`))}};\n` +
        `export const SAME = {${Object.keys(parts.same).map((c) => chunk(c, `./same/same-${c}.mjs`))}};\n` +
        `export const SPELLINGS = () => import("./spellings.mjs");\n`,
    ],
    [
      "categories.mjs",
      `export const Category = ${JSON.stringify(Category)};\n` +
        `export const CategoryInfo = ${JSON.stringify(categories(CategoryInfo, shown.Category))};\n` +
        `export const STEP_ACTORS = ${JSON.stringify(STEP_ACTORS)};\n`,
    ],
    ...ids.map((id) => {
      const mine = Object.entries(PAYLOAD_KINDS).filter(([kind]) => kind.startsWith(`${id}/`));
      const rest = mine.map(([kind, fields]) => [
        kind,
        Object.fromEntries(Object.entries(fields).filter(([f]) => !INDEXED.includes(f))),
      ]);
      const facts = { rateLimits, consents, bodyRules, retries, signing, delivery };
      const own = Object.entries(facts).filter(([, table]) => Object.hasOwn(table, id));
      const chunk = { sets: parts.providers[id], kinds: Object.fromEntries(rest) };
      for (const [name, table] of own) chunk[name] = table[id];
      return [`providers/${id}.mjs`, `export default ${JSON.stringify(chunk)};\n`];
    }),
    ...Object.entries(parts.same).map(([category, list]) => [
      `same/same-${category}.mjs`,
      `export default ${JSON.stringify(list)};\n`,
    ]),
    [
      "spellings.mjs",
      `export default ${JSON.stringify(
        codes.reduce((by, [spelling, provider]) => ((by[provider] ??= []).push(spelling), by), {}),
      )};\n`,
    ],
  ];
  return written;
}
