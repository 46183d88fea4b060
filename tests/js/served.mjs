// Answers served on loopback by this process and fetched, for a reader that needs a Response
// as fetch gives one (its body's content encodings undone by fetch, as they arrive).
import { createServer } from "node:http";

const answers = new Map();
let base = null;

async function started() {
  const server = createServer((request, response) => {
    const { status, headers, body } = answers.get(request.url);
    answers.delete(request.url);
    response.writeHead(status, headers);
    response.end(body);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  server.unref();
  return `http://127.0.0.1:${server.address().port}`;
}

/** The fetch Response of `status`, `headers` and `body` (bytes) sent as they are. */
export async function fetched(status, headers, body) {
  base ??= await started();
  const path = `/${answers.size}-${Math.random().toString(36).slice(2)}`;
  answers.set(path, { status, headers, body });
  return fetch(new URL(path, base));
}
