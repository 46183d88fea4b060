// One error read by fromError and decideError in both orders, each twice, from a server on
// loopback: a fetch Response, an error of axios asked for a stream (the plaid client's), node-
// fetch's Response and undici's request() answer, whose bodies are streams read once.
// Usage: node error_order.mjs INDEX_JS BODY_JSON STATUS
// Prints: {client: [[code, nextStep], ...] in the order called (fromError, decideError, then
// each again; then decideError, fromError, each again, on a second response)}.
import http from "node:http";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const [modulePath, body, status] = process.argv.slice(2);
const { decideError, fromError } = await import(pathToFileURL(modulePath).href);
const require = createRequire(import.meta.url);
const axios = require("axios");
const nodeFetch = (await import("node-fetch")).default;
const { request } = await import("undici");

const server = http.createServer((_, response) => {
  response.writeHead(Number(status), { "content-type": "application/json" });
  response.end(body);
});
await new Promise((done) => server.listen(0, "127.0.0.1", done));
const url = `http://127.0.0.1:${server.address().port}/`;
const now = new Date("2026-11-27T09:00:00Z");

async function axiosError() {
  try {
    await axios.get(url, { responseType: "stream" });
  } catch (error) {
    return error;
  }
  throw new Error("axios did not throw");
}

const clients = {
  fetch: () => fetch(url),
  axios: axiosError,
  "node-fetch": () => nodeFetch(url),
  undici: () => request(url),
};
const found = async (error) => (await fromError(error))?.code ?? null;
const decided = async (error) => (await decideError(error, { now })).nextStep;
const read = {};
for (const [name, make] of Object.entries(clients)) {
  const first = await make();
  const second = await make();
  read[name] = [
    await found(first),
    await decided(first),
    await found(first),
    await decided(first),
    await decided(second),
    await found(second),
    await decided(second),
    await found(second),
  ];
}
server.close();
process.stdout.write(JSON.stringify(read));
