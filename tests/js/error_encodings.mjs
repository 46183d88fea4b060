// An error body sent with a content encoding ({"encoding", "body": BASE64}), fetched from a
// server on loopback (fetch undoes the encodings it reads) and read by fromError.
// Gives: the code read, or null.
import { fetched } from "./served.mjs";

export async function verdict({ encoding, body }, load) {
  const { fromError } = await load("index.js");
  const headers = { "Content-Encoding": encoding };
  const found = await fromError(await fetched(400, headers, Buffer.from(body, "base64")));
  return found === null ? null : found.code;
}
