// Print every constant, metadata record and classify result of the built package as JSON, for
// the test that compares the TypeScript package with the Python enums.
// Usage: node dump_constants.mjs DIST_DIR
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const lib = await import(pathToFileURL(join(process.argv[2], "index.js")).href);
const providers = ["lean", "flinks", "argyle"];
const sets = {};
for (const [name, info] of Object.entries(lib)) {
  const base = name.slice(0, -"Info".length);
  if (name.endsWith("Info") && name !== "CategoryInfo" && typeof lib[base] === "object") {
    sets[base] = { members: lib[base], info, aliases: lib[`${base}Aliases`] };
  }
}
const spellings = Object.values(sets).flatMap((set) => [...Object.keys(set.info), ...Object.keys(set.aliases)]);
const classify = Object.fromEntries(
  providers.map((provider) => [provider, Object.fromEntries(spellings.map((v) => [v, lib.classify(provider, v)]))]),
);
process.stdout.write(
  JSON.stringify({
    version: lib.SPEC_VERSION,
    categories: lib.Category,
    categoryInfo: lib.CategoryInfo,
    sources: lib.Sources,
    sets,
    classify,
  }),
);
