// Node's half of the runtimes' agreement (DESIGN.md, rule 23): every corpus of
// tests/support/verdicts.py read by the compiled package, in this one process, each verdict
// compared with the one committed in tests/verdicts/NAME.json (Python's, which `make bless`
// writes and Python checks in-process).
// Usage: node verdicts.mjs DIST CASES VERDICTS
// DIST: the package's ES modules (dist/esm); CASES: a folder of NAME.json, each a corpus's cases
// as [[id, case], ...] (tests/typescript/test_verdicts.py writes them); VERDICTS: tests/verdicts.
// A corpus's readers are functions (case, load) => verdict, load(entry) importing DIST/entry
// (load.path(entry) its path); each reader of a corpus must give every case the file's verdict.
// Prints: {"checked": {corpus: {reader: cases read}}, "problems": [the corpus, the reader, the
// case, Node's verdict and the file's, for each case that differs]}
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { isDeepStrictEqual } from "node:util";
import * as codeReaders from "./code_readers.mjs";
import * as decide from "./decide.mjs";
import * as decideStatuses from "./decide_statuses.mjs";
import * as endUserTexts from "./end_user_texts.mjs";
import * as errorBodies from "./error_bodies.mjs";
import * as errorEncodings from "./error_encodings.mjs";
import * as fetchedKeys from "./fetched_key_verdicts.mjs";
import * as foreignBodies from "./foreign_bodies.mjs";
import * as foundErrors from "./found_errors.mjs";
import * as integerCodes from "./integer_codes.mjs";
import * as jsonReadings from "./json_readings.mjs";
import * as layeredCodes from "./layered_codes.mjs";
import * as jwtBodies from "./jwt_bodies.mjs";
import * as jws from "./jws_verdicts.mjs";
import * as jwt from "./verify_jwt_vectors_edge.mjs";
import * as keys from "./dedup_keys.mjs";
import * as headers from "./receive_header_verdicts.mjs";
import * as receiveCases from "./receive_cases.mjs";
import * as receiveMistakes from "./receive_mistakes.mjs";
import * as receiveVerdicts from "./receive_verdicts.mjs";
import * as requestIds from "./request_ids.mjs";
import * as retryAfter from "./retry_after.mjs";
import * as signatureVectors from "./verify_vectors.mjs";
import * as schemas from "./validate_payloads.mjs";

/** Each corpus's readers, by the name a difference gives them. */
const READERS = {
  decided_statuses: { decideError: decideStatuses.verdict },
  decisions: { "decide and decideError": decide.verdict },
  deliveries: {
    "bankcodes/webhooks": receiveVerdicts.verdict,
    "the provider's own receiver": receiveVerdicts.ownVerdict,
  },
  end_user_texts: { endUserText: endUserTexts.verdict },
  error_bodies: { fromError: errorBodies.verdict },
  error_encodings: { "fromError of a fetch Response": errorEncodings.verdict },
  example_codes: { "recognise, codes and decisiveCode": codeReaders.codesVerdict },
  fetched_keys: { verify: fetchedKeys.verdict },
  fixture_keys: {
    "dedupKey of bankcodes/webhooks": keys.verdict,
    "dedupKey of the provider's own receiver": keys.ownVerdict,
  },
  foreign_bodies: { "recognise and fromError": foreignBodies.verdict },
  headers_given_once: { "receive, the headers a one-shot iterator": headers.onceVerdict },
  hostile_headers: { receive: headers.verdict },
  inner_bodies: { "fromError of a fetch Response": foundErrors.verdict },
  integer_codes: { "every reader": integerCodes.verdict },
  json_readings: { "readJson and readJsonText": jsonReadings.verdict },
  jws: { verify: jws.verdict },
  jwt_bodies: { "jwtPayload and fromError": jwtBodies.verdict },
  jwt_vectors: { verify: jwt.verdict, "verify in an edge runtime": jwt.edgeVerdict },
  layered_codes: { "layeredCodes and fromError": layeredCodes.verdict },
  listener_codes: { "the listener and endUserText": codeReaders.listenedVerdict },
  mastercard_us_webhooks: { receive: receiveVerdicts.verdict },
  payload_schemas: { ajv: schemas.verdict },
  published_deliveries: { receive: receiveCases.verdict },
  receive_mistakes: { receive: receiveMistakes.verdict },
  receive_refusals: { receive: receiveCases.refusal },
  request_ids: { fromError: requestIds.verdict },
  retry_after: { readRetryAfter: retryAfter.verdict },
  signature_vectors: { verify: signatureVectors.verdict },
  standard_bodies: { "fromError of a fetch Response": foundErrors.verdict },
  standard_spellings: { ajv: schemas.verdict },
  uae_polishapi_bodies: { "fromError of a fetch Response": foundErrors.verdict },
};

const [dist, casesFolder, verdictsFolder] = process.argv.slice(2);
const load = Object.assign((entry) => import(pathToFileURL(join(dist, entry)).href), {
  path: (entry) => join(dist, entry),
});
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
