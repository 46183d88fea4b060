// A body carrying another provider's code beneath its own, read by the compiled package:
// layeredCodes (the code of each provider, the body's own first) and fromError (the deciding
// code with the code beneath it).
// Gives: {recognise, layered: [[codeSet, path, code, known], ...], fromError: {first, inner}}.
const row = (code) => [code.codeSet, code.path, code.code, code.known];

export async function verdict(body, load) {
  const { fromError, recognise, layeredCodes } = await load("index.js");
  const kinds = recognise(body);
  const found = await fromError(body);
  return {
    recognise: kinds,
    layered: kinds.length === 1 ? layeredCodes(kinds[0], body).map(row) : null,
    fromError:
      found === null ? null : { first: row(found), inner: found.inner ? row(found.inner) : null },
  };
}
