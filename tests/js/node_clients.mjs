// What fromError reads of the errors Node's HTTP clients throw (got, superagent, undici's
// responseError interceptor, belvo's own client), of the responses they answer (node-fetch,
// undici's request) and, beside them, of axios's and fetch's, each asking the server on loopback
// for every route given; prints what each gives.
// Usage: node node_clients.mjs INDEX_JS SERVER_URL ROUTES_JSON
// ROUTES_JSON: ["/route", ...]. Prints: {"/route": {"client": [kind, code, status, requestId]
// or null, ...}, ..., "belvo": {...}}.
import { pathToFileURL } from "node:url";
import axios from "axios";
import Belvo from "belvo";
import got from "got";
import nodeFetch from "node-fetch";
import superagent from "superagent";
import { Agent, interceptors, request } from "undici";

const [modulePath, base, routesJson] = process.argv.slice(2);
const { fromError } = await import(pathToFileURL(modulePath).href);

// got asks again after a 500 (twice by default: one second later, then two seconds after that)
// and throws the last answer's error, as it throws the first where it does not ask again: each
// call here asks once.
const once = got.extend({ retry: { limit: 0 } });

/** What a client throws, else what it answers, for a GET of `url`. */
const CLIENTS = {
  axios: (url) => axios.get(url),
  fetch: (url) => fetch(url),
  got: (url) => once(url),
  gotJson: (url) => once(url, { responseType: "json" }),
  gotBuffer: (url) => once(url, { responseType: "buffer" }),
  superagent: (url) => superagent.get(url),
  nodeFetch: (url) => nodeFetch(url),
  undiciRequest: (url) => request(url),
  undiciResponseError: (url) =>
    request(url, {
      dispatcher: new Agent().compose(interceptors.responseError()),
    }),
};

async function thrownOrAnswered(call) {
  try {
    return await call();
  } catch (error) {
    return error;
  }
}

function shown(found) {
  return found === null ? null : [found.kind, found.code, found.status, found.requestId];
}

const read = {};
for (const route of JSON.parse(routesJson)) {
  read[route] = {};
  for (const [name, call] of Object.entries(CLIENTS)) {
    const url = new URL(route, base).href;
    read[route][name] = shown(await fromError(await thrownOrAnswered(() => call(url))));
  }
}

// Belvo's own client signs in (GET /api/) and throws its RequestError for a link's 428.
const belvo = new Belvo.default("secret-id", "secret-password", base);
await belvo.connect();
const refused = await thrownOrAnswered(() =>
  belvo.links.register("erebor_mx_retail", "user", "pw"),
);
read.belvo = {
  class: refused.constructor.name,
  named: shown(await fromError(refused, "belvo")),
  alone: shown(await fromError(refused)),
};
process.stdout.write(JSON.stringify(read));
