// Node's half of the runtimes' agreement (DESIGN.md, rule 23): every corpus of
// tests/support/verdicts.py read by the compiled package, in this one process, each verdict
// compared with the one committed in tests/verdicts/NAME.json (Python's, which `make bless`
// writes and Python checks in-process).
// Usage: node verdicts.mjs DIST CASES VERDICTS
// DIST: the package's ES modules (dist/esm); CASES: a folder of NAME.json, each a corpus's cases
// as [[id, case], ...] (tests/typescript/test_verdicts.py writes them); VERDICTS: tests/verdicts.
// A corpus's readers are functions (case, load) => verdict, load(entry) importing DIST/entry;
// each reader of a corpus must give every case the file's verdict.
// Prints: {"checked": {corpus: {reader: cases read}}, "problems": [the corpus, the reader, the
// case, Node's verdict and the file's, for each case that differs]}
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { isDeepStrictEqual } from "node:util";
import * as decide from "./decide.mjs";
import * as decideStatuses from "./decide_statuses.mjs";
import * as errorBodies from "./error_bodies.mjs";
import * as errorEncodings from "./error_encodings.mjs";
import * as requestIds from "./request_ids.mjs";
import * as retryAfter from "./retry_after.mjs";

/** Each corpus's readers, by the name a difference gives them. */
const READERS = {
  decided_statuses: { decideError: decideStatuses.verdict },
  decisions: { "decide and decideError": decide.verdict },
  error_bodies: { fromError: errorBodies.verdict },
  error_encodings: { "fromError of a fetch Response": errorEncodings.verdict },
  request_ids: { fromError: requestIds.verdict },
  retry_after: { readRetryAfter: retryAfter.verdict },
};

const [dist, casesFolder, verdictsFolder] = process.argv.slice(2);
const load = (entry) => import(pathToFileURL(join(dist, entry)).href);
const read = (path) => JSON.parse(readFileSync(path, "utf8"));
const shown = (value) => (value === undefined ? "nothing" : JSON.stringify(value));

/** A reader's verdict as JSON reads it back (as the file holds it), or what it threw. */
async function verdictOf(reader, item) {
  try {
    const found = await reader(item, load);
    return found === undefined ? null : JSON.parse(JSON.stringify(found));
  } catch (error) {
    return { thrown: `${error?.name}: ${error?.message}` };
  }
}

const checked = {};
const problems = [];
const names = readdirSync(casesFolder)
  .filter((file) => file.endsWith(".json"))
  .map((file) => file.slice(0, -".json".length))
  .sort();
for (const name of Object.keys(READERS)) {
  if (!names.includes(name)) problems.push(`${name}: a reader here, but no such corpus`);
}
for (const name of names) {
  const readers = READERS[name];
  if (readers === undefined) {
    problems.push(`${name}: no reader of this corpus in tests/js/verdicts.mjs`);
    continue;
  }
  const cases = read(join(casesFolder, `${name}.json`));
  const committed = new Map(Object.entries(read(join(verdictsFolder, `${name}.json`))));
  checked[name] = {};
  for (const [who, reader] of Object.entries(readers)) {
    const ids = new Set();
    for (const [id, item] of cases) {
      ids.add(id);
      const found = await verdictOf(reader, item);
      const want = committed.get(id);
      if (!isDeepStrictEqual(found, want)) {
        problems.push(`${name}, ${who}, ${id}: Node ${shown(found)}, the file ${shown(want)}`);
      }
    }
    for (const id of committed.keys()) {
      if (!ids.has(id)) problems.push(`${name}, ${who}, ${id}: in the file, not in the corpus`);
    }
    checked[name][who] = ids.size;
  }
}
process.stdout.write(JSON.stringify({ checked, problems }));
