// Errors as Pluggy's and Fintoc's own npm clients throw them and fetch Responses of Basiq, Setu
// and Mono, answered by a server on loopback, read by the compiled package's fromError (and a
// fetched Pluggy Item by decisiveCode); prints what each gives.
// Usage: node from_error_clients.mjs INDEX_JS SERVER_URL
// Prints: {"pluggyItem": found, "pluggyItemBody": found, "pluggyRejection": {...}, "pluggyRejectionAlone": found,
//          "fintoc": {...}, "basiq": found, "setu": found, "monoNamed": found, "mono": found}
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { rejection } from "./rejection.mjs";

const [modulePath, base] = process.argv.slice(2);
const { fromError, decisiveCode, classify } = await import(pathToFileURL(modulePath).href);
const require = createRequire(import.meta.url);

// A class `levels` classes below `Base`: fromError reads eight, the error's own first.
function deeper(Base, levels) {
  let Class = Base;
  for (let level = 0; level < levels; level++) Class = class extends Class {};
  return Class;
}

function plain(found) {
  if (found === null) return null;
  const { info, ...rest } = found;
  return rest;
}

// Pluggy: the SDK reads its address from PLUGGY_API_URL and signs in (POST /auth) first.
process.env.PLUGGY_API_URL = base.replace(/\/$/, "");
const { PluggyClient } = await import("pluggy-sdk");
const pluggy = new PluggyClient({ clientId: "client", clientSecret: "secret" });
const item = await pluggy.fetchItem("1b0f3cd5-c902-4836-b68b-04cbd847f99a");
const rejected = await rejection(() => pluggy.fetchItem("missing"));

// Fintoc: the client has no option for its address; its constants module gives it.
require("fintoc/build/main/lib/constants").API_BASE_URL = base.replace(/\/$/, "");
const { Fintoc } = await import("fintoc");
const fintoc = new Fintoc("sk_test_1");
const linkError = await rejection(() =>
  fintoc.refreshIntents.create({ link_token: "link_1_token_1" }),
);
const missing = await rejection(() => fintoc.links.get("link_1_token_1"));

const found = {
  pluggyItem: plain(decisiveCode("pluggy/item", item)),
  pluggyItemBody: plain(await fromError(item, "pluggy")),
  pluggyRejection: {
    isError: rejected instanceof Error,
    body: rejected,
    found: plain(await fromError(rejected, "pluggy")),
  },
  pluggyRejectionAlone: plain(await fromError(rejected)),
  fintoc: {
    class: linkError.constructor.name,
    message: linkError.message,
    found: plain(await fromError(linkError, "fintoc")),
    unnamed: plain(await fromError(linkError)),
    missing: plain(await fromError(missing, "fintoc")),
    plainError: plain(await fromError(new TypeError("fetch failed"), "fintoc")),
    wrapped: plain(await fromError(new Error("linking failed", { cause: linkError }), "fintoc")),
    deep: plain(await fromError(new (deeper(linkError.constructor, 8))({ type: "x" }), "fintoc")),
    shallow: plain(
      await fromError(new (deeper(linkError.constructor, 7))({ type: "x" }), "fintoc"),
    ),
    category: classify("fintoc", linkError.constructor.name, "client_error_class"),
    missingClass: missing.constructor.name,
    missingCategory: classify("fintoc", missing.constructor.name, "client_error_class"),
  },
  basiq: plain(await fromError(await fetch(new URL("/basiq", base)))),
  setu: plain(await fromError(await fetch(new URL("/setu", base), { method: "POST" }))),
  monoNamed: plain(await fromError(await fetch(new URL("/mono", base)), "mono")),
  mono: plain(await fromError(await fetch(new URL("/mono", base)))),
};
process.stdout.write(JSON.stringify(found));
