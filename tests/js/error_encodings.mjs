// fromError over fetch Responses of each path (a server on loopback answers each with a content
// encoding), printing whether each was read: {path: code or null}.
// Usage: node error_encodings.mjs INDEX_JS SERVER_URL PATH...
import { pathToFileURL } from "node:url";

const [modulePath, base, ...paths] = process.argv.slice(2);
const { fromError } = await import(pathToFileURL(modulePath).href);
const out = {};
for (const path of paths) {
  const found = await fromError(await fetch(new URL(path, base)));
  out[path] = found === null ? null : found.code;
}
process.stdout.write(JSON.stringify(out));
