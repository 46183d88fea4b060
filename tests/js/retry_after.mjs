// The shared corpus of Retry-After values read by the compiled package's readRetryAfter.
// Usage: node retry_after.mjs INDEX_JS CASES_JSON
// Prints: [{"seconds": number} or {"refused": message}, ...] in the corpus' order.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [modulePath, casesPath] = process.argv.slice(2);
const { readRetryAfter } = await import(pathToFileURL(modulePath).href);
const { cases } = JSON.parse(readFileSync(casesPath, "utf8"));
const read = cases.map(({ value, now }) => {
  try {
    return { seconds: readRetryAfter(value, new Date(now)) };
  } catch (error) {
    return { refused: `${error.name}: ${error.message}` };
  }
});
process.stdout.write(JSON.stringify(read));
