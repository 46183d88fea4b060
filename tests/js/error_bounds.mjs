// fromError over fetch Responses whose bodies a server on loopback sends without bounds: a huge
// body, a gzip bomb, a body dripped a byte at a time, a body that never comes. Prints what each
// gave and whether fromError rejected: {name: found or "rejected: …", …}.
// Usage: node error_bounds.mjs INDEX_JS SERVER_URL DEADLINE_MS
import { pathToFileURL } from "node:url";

const [modulePath, base, deadline] = process.argv.slice(2);
const { fromError } = await import(pathToFileURL(modulePath).href);

const out = {};
for (const name of ["huge", "bomb", "drip", "stall", "whole"]) {
  const response = await fetch(new URL(`/${name}`, base));
  try {
    out[name] = await fromError(response, undefined, { deadlineMs: Number(deadline) });
  } catch (error) {
    out[name] = `rejected: ${error}`;
  }
}
for (const bad of [0, -1, Number.NaN, "5", Infinity]) {
  try {
    await fromError({}, undefined, { deadlineMs: bad });
    out[`deadline ${bad}`] = "accepted";
  } catch (error) {
    out[`deadline ${bad}`] = error instanceof TypeError ? "TypeError" : String(error);
  }
}
process.stdout.write(JSON.stringify(out));
