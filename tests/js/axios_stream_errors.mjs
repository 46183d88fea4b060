// Errors axios throws for a body asked for as a stream (responseType "stream": response.data is
// a Node Readable), answered by a server of this script's own on loopback, read by the compiled
// package's fromError within its limit and deadline.
// Usage: node axios_stream_errors.mjs INDEX_JS
// And a fetch Response whose body stream gives empty chunks without end, which must not keep the
// reading in microtasks past its deadline.
// Prints: {"plaid": found, "gzip": found, "huge": found, "drip": found, "emptyChunks": found}
import { createServer } from "node:http";
import { gzipSync } from "node:zlib";
import { pathToFileURL } from "node:url";
import axios from "axios";

const [modulePath] = process.argv.slice(2);
const { fromError } = await import(pathToFileURL(modulePath).href);

// plaid.com/docs/errors/item/#item_login_required, in part.
const body = JSON.stringify({
  error_type: "ITEM_ERROR",
  error_code: "ITEM_LOGIN_REQUIRED",
  display_message: null,
  request_id: "HNTDNrA8F1shFEW",
});
const server = createServer((request, response) => {
  if (request.url === "/plaid") {
    response.writeHead(400, { "Content-Type": "application/json" }).end(body);
  } else if (request.url === "/gzip") {
    response.writeHead(400, { "Content-Encoding": "gzip" }).end(gzipSync(body));
  } else if (request.url === "/huge") {
    response.writeHead(400).end(body.replace("{", `{"padding": "${"x".repeat(2 ** 21)}",`));
  } else {
    response.writeHead(400); // one byte every 200 ms, never the end
    const timer = setInterval(() => response.write(" "), 200);
    response.on("close", () => clearInterval(timer));
  }
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const base = `http://127.0.0.1:${server.address().port}`;

async function thrown(path) {
  try {
    await axios.get(base + path, { responseType: "stream" });
  } catch (error) {
    return error;
  }
  throw new Error(`${path} answered 2xx`);
}

const short = (found) => (found === null ? null : { code: found.code, status: found.status });
const out = {
  drip: short(await fromError(await thrown("/drip"), undefined, { deadlineMs: 500 })),
  plaid: short(await fromError(await thrown("/plaid"))),
  gzip: short(await fromError(await thrown("/gzip"))),
  huge: short(await fromError(await thrown("/huge"))),
};
const endless = new ReadableStream({
  pull(controller) {
    controller.enqueue(new Uint8Array(0));
  },
});
out.emptyChunks = short(
  await fromError(new Response(endless, { status: 400 }), undefined, { deadlineMs: 300 }),
);
server.closeAllConnections();
server.close();
process.stdout.write(JSON.stringify(out));
