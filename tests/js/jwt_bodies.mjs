// A body that may be a signed JWT (application/jwt), of the shared corpus
// tests/support/jwt_bodies.json, read by the compiled package: jwtPayload of the text and of its
// bytes, and the code fromError reads of the text.
// Gives: {"text": bool, "bytes": bool, "found": {kind, path, codeSet, code, unverified} | null}.
export async function verdict({ text }, load) {
  const { jwtPayload, fromError } = await load("index.js");
  const found = await fromError(text);
  return {
    text: jwtPayload(text) !== null,
    bytes: jwtPayload(new TextEncoder().encode(text)) !== null,
    found:
      found === null
        ? null
        : {
            kind: found.kind,
            path: found.path,
            codeSet: found.codeSet,
            code: found.code,
            unverified: found.unverified ?? null,
          },
  };
}
