// An error response ({"status", "body": text, "headers"}), answered by a server on loopback and
// fetched, read by the compiled package's fromError.
// Gives: null, or {kind, path, codeSet, code (as it travels), known, category, status,
// requestId, holder, unverified (whether a signed body was read unverified), own (whether the
// code has the form of the sender's own), outer and inner: {kind, path, code} or null}.
import { fetched } from "./served.mjs";

const layer = (found) =>
  found === undefined || found === null
    ? null
    : { kind: found.kind, path: found.path, code: found.code };

export async function verdict({ status, body, headers }, load) {
  const { fromError } = await load("index.js");
  const found = await fromError(await fetched(status, headers, body));
  if (found === null) return null;
  return {
    kind: found.kind,
    path: found.path,
    codeSet: found.codeSet,
    code: found.code,
    known: found.known,
    category: found.category,
    status: found.status ?? null,
    requestId: found.requestId ?? null,
    holder: found.holder ?? null,
    unverified: found.unverified !== undefined && found.unverified !== null,
    own: found.own !== undefined,
    outer: layer(found.outer),
    inner: layer(found.inner),
  };
}
