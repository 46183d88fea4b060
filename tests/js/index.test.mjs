// Runtime tests of the built package (node --test). BANKCODES_DIST points at the built dist/.
import assert from "node:assert/strict";
import { test } from "node:test";
import { pathToFileURL } from "node:url";
import { join } from "node:path";

const globalsBefore = Object.getOwnPropertyNames(globalThis).sort();
const lib = await import(pathToFileURL(join(process.env.BANKCODES_DIST, "index.js")).href);

test("constants are wire values and guards accept exactly them", () => {
  assert.equal(lib.FlinksConnectError.INVALID_LOGIN, "INVALID_LOGIN");
  assert.equal(lib.LeanWebhookEventType.ENTITY_CREATED, "entity.created");
  assert.equal(lib.ArgyleVerificationError.self_employed_income, "self-employed_income");
  assert.ok(lib.isFlinksConnectError("DISABLED_LOGIN"));
  assert.ok(lib.isArgyleVerificationError("self-employed_income"));
  for (const junk of ["disabled_login", "", " DISABLED_LOGIN", null, undefined, 3, {}, [], "toString", "__proto__", "constructor"]) {
    assert.equal(lib.isFlinksConnectError(junk), false, String(junk));
  }
});

test("metadata records are frozen-shaped and complete", () => {
  const info = lib.FlinksConnectErrorInfo.RETRY_LATER;
  assert.equal(info.category, "institution_unavailable");
  assert.equal(info.retryable, true);
  assert.equal(info.advice, "Customer should try again later.");
  assert.deepEqual(info.httpStatuses, [401]);
  assert.equal(lib.Sources[info.sources[0]].title, "Flinks: Flinks Connect handled errors");
  assert.equal(lib.CategoryInfo[info.category].actor, "institution");
});

test("classify maps known codes and never throws", () => {
  assert.equal(lib.classify("lean", "INVALID_CREDENTIALS"), "credentials_invalid");
  assert.equal(lib.classify("flinks", "UNAUTHORIZED"), "integration_error");
  assert.equal(lib.classify("lean", "scheduledPayments"), "informational");
  assert.equal(lib.classify("argyle", "account_closed"), "account_unavailable");
  for (const [provider, code] of [["flinks", "BRAND_NEW"], ["plaid", "OK"], ["lean", null], ["lean", 42], ["lean", {}], [null, "OK"], ["lean", "__proto__"], ["lean", "hasOwnProperty"]]) {
    assert.equal(lib.classify(provider, code), "unknown", `${provider} ${String(code)}`);
  }
});

test("classify answers for one code set when asked", () => {
  assert.equal(lib.classify("flinks", "UNAUTHORIZED"), "integration_error");
  assert.equal(lib.classify("flinks", "UNAUTHORIZED", "connect_error_event"), "action_required_at_institution");
  assert.equal(lib.classify("flinks", "UNAUTHORIZED", "api_error_code"), "integration_error");
  for (const codeSet of ["nope", "__proto__", "toString", 3, null]) {
    assert.equal(lib.classify("flinks", "UNAUTHORIZED", codeSet), "unknown", String(codeSet));
  }
  assert.equal(lib.classify("flinks", null), "unknown");
});

test("the Flinks message parser reads error and step events", () => {
  const error = lib.parseFlinksConnectMessage({ flinksCode: "INVALID_PASSWORD", institution: "FlinksCapital" });
  assert.equal(error.kind, "error");
  assert.equal(error.code, "INVALID_PASSWORD");
  assert.equal(error.category, "credentials_invalid");
  const unknownCode = lib.parseFlinksConnectMessage({ flinksCode: "SOMETHING_NEW" });
  assert.equal(unknownCode.kind, "error");
  assert.equal(unknownCode.code, "SOMETHING_NEW");
  assert.equal(unknownCode.category, "unknown");
  const step = lib.parseFlinksConnectMessage({ step: "REDIRECT", url: "https://example.com/?loginId=1" });
  assert.equal(step.kind, "step");
  assert.equal(step.code, "REDIRECT");
  assert.equal(step.category, "success");
  // flinksCode may also carry a Flinks API error code (the payload definition names both sets).
  const api = lib.parseFlinksConnectMessage({ flinksCode: "SESSION_EXPIRED" });
  assert.equal(api.kind, "error");
  assert.equal(api.category, "session_expired");
  assert.equal(step.data.url, "https://example.com/?loginId=1");
  assert.equal(lib.parseFlinksConnectMessage({ step: "NEW_SCREEN" }).kind, "step");
});

test("the Flinks message parser survives malformed and hostile input", () => {
  const hostile = [
    null, undefined, 0, 42, NaN, "", "INVALID_LOGIN", true, [], [{ flinksCode: "INVALID_LOGIN" }],
    {}, { flinksCode: 3 }, { flinksCode: null }, { flinksCode: "" }, { step: {} }, { step: ["x"] },
    { flinksCode: { toString: () => "INVALID_LOGIN" } }, { flinksCode: "__proto__" },
    { flinksCode: "constructor" }, JSON.parse('{"__proto__": {"flinksCode": "x"}}'),
    { nested: { junk: [1, { deeper: null }] } }, { flinksCode: "x".repeat(1_000_000) },
    new Proxy({}, { get() { throw new Error("boom"); } }), Object.create(null),
    () => "INVALID_LOGIN", Symbol("x"), 10n,
  ];
  for (const data of hostile) {
    const result = lib.parseFlinksConnectMessage(data);
    assert.ok(["error", "step", "invalid", "unknown"].includes(result.kind));
    if (result.kind === "error") assert.equal(typeof result.code, "string");
  }
  assert.equal(lib.parseFlinksConnectMessage({ flinksCode: "__proto__" }).category, "unknown");
  assert.equal(lib.parseFlinksConnectMessage({ flinksCode: "constructor" }).category, "unknown");
  assert.equal(lib.parseFlinksConnectMessage(null).kind, "unknown");
  // A flinksCode of another type than text is an error event with a field of the wrong type.
  assert.deepEqual(
    { ...lib.parseFlinksConnectMessage({ flinksCode: 3 }), raw: null },
    { kind: "invalid", field: "flinksCode", raw: null },
  );
  assert.equal(lib.parseFlinksConnectMessage({ flinksCode: "" }).kind, "unknown");
  assert.equal(lib.parseFlinksConnectMessage({ flinksCode: null }).kind, "unknown");
  // Only own properties count: an inherited flinksCode is not an error event.
  assert.equal(lib.parseFlinksConnectMessage(Object.create({ flinksCode: "INVALID_LOGIN" })).kind, "unknown");
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  assert.equal(lib.parseFlinksConnectMessage(proxy).kind, "unknown");
});

test("origins are checked against the allowed hosts", () => {
  const hosts = ["toolbox-iframe.private.fin.ag", "*.flinks.com"];
  assert.ok(lib.isAllowedFlinksOrigin("https://toolbox-iframe.private.fin.ag", hosts));
  assert.ok(lib.isAllowedFlinksOrigin("https://demo.flinks.com", hosts));
  assert.ok(lib.isAllowedFlinksOrigin("https://a.b.flinks.com", hosts));
  for (const origin of [
    "http://demo.flinks.com", "https://flinks.com", "https://evilflinks.com", "https://demo.flinks.com.evil.io",
    "https://demo.flinks.com:8443", "https://demo.flinks.com/path", "null", "", null, 3, "javascript:alert(1)",
    "https://other.private.fin.ag",
  ]) {
    assert.equal(lib.isAllowedFlinksOrigin(origin, hosts), false, String(origin));
  }
  assert.ok(lib.FLINKS_CONNECT_HOSTS.includes("*.flinks.com"));
});

test("the Lean callback helper picks the most specific category", () => {
  assert.equal(lib.parseLeanCallback({ status: "ERROR", secondary_status: "INVALID_MFA" }).category, "mfa_failed");
  assert.equal(lib.parseLeanCallback({ status: "CANCELLED" }).category, "cancelled");
  assert.equal(lib.parseLeanCallback({ status: "ERROR", secondary_status: "NEW" }).category, "generic_failure");
  // The code the catalog does not know yet is kept as sent, with the category unknown, beside the
  // known one that decides (as fromError keeps a new error.code beside its known error.type).
  const fresh = lib.parseLeanCallback({ status: "ERROR", secondary_status: "NEW" });
  assert.deepEqual(fresh.unknown, { field: "secondary_status", code: "NEW", codeSet: "lean.secondary_status", category: "unknown" });
  assert.equal(lib.parseLeanCallback({ status: "ERROR", secondary_status: "INVALID_MFA" }).unknown, undefined);
  const mfa = lib.parseLeanCallback({ status: "ERROR", secondary_status: "INVALID_MFA" });
  assert.equal(mfa.code, "INVALID_MFA");
  assert.equal(lib.LeanSecondaryStatusInfo[mfa.code].description, "User entered an incorrect OTP");
  assert.equal(lib.parseLeanCallback(null).kind, "unknown");
  const junk = lib.parseLeanCallback({ status: 5 });
  assert.equal(junk.kind, "invalid");
  assert.equal(junk.field, "status");
  const nulls = lib.parseLeanCallback({ status: "CANCELLED", secondary_status: null, bank: null });
  assert.equal(nulls.category, "cancelled");
});

test("a listener checks every field against its declared type", () => {
  const redirect = (url) => lib.parseFlinksConnectMessage({ step: "REDIRECT", url });
  assert.equal(redirect("https://bank.example/return?x=1").kind, "step");
  assert.equal(redirect("http://localhost:3000/done").kind, "step");
  for (const url of [{ href: "https://x" }, 42, "javascript:alert(1)", "data:text/html,x", "//evil.io", "/relative", "https://", "x".repeat(9000)]) {
    const result = redirect(url);
    assert.equal(result.kind, "invalid", String(url).slice(0, 40));
    assert.equal(result.field, "url");
  }
  assert.equal(lib.parseFlinksConnectMessage({ flinksCode: "INVALID_LOGIN", requestId: 7 }).kind, "invalid");
  assert.equal(lib.parseFlinksConnectMessage({ flinksCode: "x".repeat(1_000_000) }).kind, "invalid");
  // A Flinks API code arriving through Connect is looked up in the API code set too.
  const api = lib.parseFlinksConnectMessage({ flinksCode: "SESSION_EXPIRED" });
  assert.equal(api.kind, "error");
  assert.equal(api.category, "session_expired");
});

test("a listener's category table agrees with its code set's metadata", () => {
  const names = Object.keys(lib).filter((name) => name.endsWith("Categories"));
  assert.ok(names.length >= 10, names.join());
  for (const name of names) {
    const set = name.slice(0, -"Categories".length);
    const info = lib[`${set}Info`];
    const aliases = lib[`${set}Aliases`];
    const expected = { ...Object.fromEntries(Object.entries(info).map(([value, meta]) => [value, meta.category])) };
    for (const [alias, value] of Object.entries(aliases)) expected[alias] = info[value].category;
    assert.deepEqual({ ...lib[name] }, expected, name);
  }
});

test("a code set's constant read from its category table keeps each wire value as its own", async () => {
  const { membersOf } = await import(pathToFileURL(join(process.env.BANKCODES_DIST, "code-tables.js")).href);
  // JSON.parse makes "__proto__" an own key, as the generated tables write it.
  const categories = JSON.parse(
    '{"OPEN": "pending", "open": "pending", "__proto__": "unknown", "toString": "rejected", "link.done": "success", "x-y": "cancelled"}',
  );
  const names = JSON.parse('{"link.done": "LINK_DONE", "__proto__": "PROTO"}');
  const members = membersOf(categories, { open: "OPEN" }, names);
  assert.deepEqual(Object.entries(members), [
    ["OPEN", "OPEN"],
    ["PROTO", "__proto__"],
    ["toString", "toString"],
    ["LINK_DONE", "link.done"],
    ["x-y", "x-y"],
  ]);
  assert.equal(Object.getPrototypeOf(members), Object.prototype);
  const plain = membersOf(categories, {});
  assert.equal(Object.hasOwn(plain, "__proto__"), true);
  assert.equal(Object.getPrototypeOf(plain), Object.prototype);
  assert.deepEqual(Object.keys(plain), ["OPEN", "open", "__proto__", "toString", "link.done", "x-y"]);
});

test("no listener helper throws, whatever it is given", () => {
  const cyclic = { flinksCode: "INVALID_LOGIN" };
  cyclic.self = cyclic;
  const throwing = {};
  Object.defineProperty(throwing, "flinksCode", { enumerable: true, get() { throw new Error("boom"); } });
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  const inputs = [
    cyclic, throwing, proxy, new Proxy({}, { ownKeys() { throw new Error("x"); }, getOwnPropertyDescriptor() { throw new Error("x"); } }),
    JSON.parse('{"__proto__": {"step": "REDIRECT"}, "step": "REDIRECT", "url": "https://x.io"}'),
    { step: "REDIRECT", url: "https://" + "a".repeat(3000) + ".io" }, new Date(), /x/, new Map(), Object.freeze([]),
  ];
  let seed = 7;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const values = [null, true, 0, -1.5, "", "INVALID_LOGIN", "REDIRECT", "https://a.io", "javascript:x", [], {}];
  for (let index = 0; index < 2000; index++) {
    const data = {};
    for (const key of ["flinksCode", "step", "url", "institution", "requestId", "metadata", "status", "secondary_status", "bank"]) {
      if (random() < 0.5) data[key] = values[Math.floor(random() * values.length)];
    }
    inputs.push(data);
  }
  for (const data of inputs) {
    for (const parse of [lib.parseFlinksConnectMessage, lib.parseLeanCallback]) {
      const result = parse(data);
      assert.ok(["error", "step", "callback", "invalid", "unknown"].includes(result.kind));
    }
  }
  const hostLists = [undefined, null, 5, "x.io", [5, null, {}], proxy, ["*."], ["*.com"], ["*"], [cyclic], new Proxy([], { get() { throw new Error("x"); } })];
  for (const hosts of hostLists) {
    for (const origin of ["https://a.com", "https://x.", proxy, cyclic, "https://a.flinks.com"]) {
      assert.equal(lib.isAllowedFlinksOrigin(origin, hosts), false);
    }
  }
});

test("the allow list takes hosts and full origins, and refuses loose patterns", () => {
  const origin = "https://toolbox-iframe.private.fin.ag";
  assert.ok(lib.isAllowedFlinksOrigin(origin, ["https://toolbox-iframe.private.fin.ag"]));
  assert.ok(lib.isAllowedFlinksOrigin(origin, ["toolbox-iframe.private.fin.ag"]));
  assert.ok(lib.isAllowedFlinksOrigin(origin, ["*.private.fin.ag"]));
  for (const loose of ["*.", "*.ag", "*", "*.*.fin.ag", "http://toolbox-iframe.private.fin.ag", "https://toolbox-iframe.private.fin.ag/path", "toolbox-iframe.private.fin.ag."]) {
    assert.equal(lib.isAllowedFlinksOrigin(origin, [loose]), false, loose);
  }
  assert.equal(lib.isAllowedFlinksOrigin("https://evil.ag.", ["*."]), false);
});

test("statedRequestId reads the id to quote where the kind keeps it, and nothing else", () => {
  // Plaid's error body (plaid.com/docs/errors: request_id), Yapily's (docs.yapily.com, error
  // handling: error.tracingId) and Flinks' API response (docs.flinks.com: RequestId).
  const plaid = { error_type: "ITEM_ERROR", error_code: "ITEM_LOGIN_REQUIRED", request_id: "HNTDNrA8F1shFEW" };
  assert.equal(lib.statedRequestId("plaid/error", plaid), "HNTDNrA8F1shFEW");
  const yapily = { error: { tracingId: "0c2d0973bdd24224a65e5d0f7d1b6154", code: 424, status: "NOT_FOUND" } };
  assert.equal(lib.statedRequestId("yapily/error", yapily), "0c2d0973bdd24224a65e5d0f7d1b6154");
  assert.equal(lib.statedRequestId("flinks/api-response", { FlinksCode: "INVALID_LOGIN", RequestId: "077785a3" }), "077785a3");
  // Stripe's body has no request id field (its client reads the Request-Id header): none.
  assert.equal(lib.statedRequestId("stripe/api-error", { error: { type: "card_error" }, request_id: "req_1" }), null);
  const { request_id: _, ...without } = plaid;
  for (const [kind, data] of [["plaid/error", without], ["plaid/error", null], ["plaid/error", []], ["plaid/error", "x"], ["nope/kind", plaid], ["__proto__", plaid], ["yapily/error", { error: "x" }]]) {
    assert.equal(lib.statedRequestId(kind, data), null, `${kind} ${JSON.stringify(data)}`);
  }
  // What is no request id: not a text, empty, over 200 characters, a lone surrogate.
  for (const value of [42, null, {}, "", "a".repeat(201), "a\uD800b"]) {
    assert.equal(lib.statedRequestId("plaid/error", { ...without, request_id: value }), null, String(value));
  }
  assert.equal(lib.statedRequestId("plaid/error", { ...without, request_id: "😀".repeat(200) }), "😀".repeat(200));
  const hostile = new Proxy({}, { get() { throw new Error("boom"); }, has() { throw new Error("boom"); }, getOwnPropertyDescriptor() { throw new Error("boom"); } });
  assert.equal(lib.statedRequestId("plaid/error", hostile), null);
});

test("headerRequestId reads the id a response's header holds where the kind names one", async () => {
  // Stripe's API reference (Request IDs): "You can find this value in the response headers,
  // under Request-Id." Its error body holds none (stripe/api-error): here Stripe's rate_limit.
  const body = { error: { code: "rate_limit", message: "Too many requests" } };
  assert.equal(lib.headerRequestId("stripe/api-error", new Headers({ "Request-Id": "req_test123" })), "req_test123");
  assert.equal(lib.headerRequestId("stripe/api-error", { "request-id": "req_test123" }), "req_test123");
  // Plaid names no header (its id is in the body): a header of that name is not read.
  assert.equal(lib.headerRequestId("plaid/error", { "request-id": "x" }), null);
  for (const headers of [null, "Request-Id: x", {}, { "Request-Id": "req_1" }, { "request-id": "" }, { "request-id": "a".repeat(201) }]) {
    assert.equal(lib.headerRequestId("stripe/api-error", headers), null, JSON.stringify(headers));
  }
  const hostile = new Proxy({}, { get() { throw new Error("boom"); }, has() { throw new Error("boom"); }, getOwnPropertyDescriptor() { throw new Error("boom"); } });
  assert.equal(lib.headerRequestId("stripe/api-error", hostile), null);
  // fromError reads it from a fetch Response and from an axios error's response.
  const response = new Response(JSON.stringify(body), { status: 429, headers: { "Request-Id": "req_test123" } });
  const found = await lib.fromError(response, "stripe");
  assert.deepEqual([found.code, found.status, found.requestId], ["rate_limit", 429, "req_test123"]);
  const axios = { response: { status: 429, data: body, headers: { "request-id": "req_axios" } } };
  assert.equal((await lib.fromError(axios, "stripe")).requestId, "req_axios");
});

test("loading the module has no side effects on globals", () => {
  assert.deepEqual(Object.getOwnPropertyNames(globalThis).sort(), globalsBefore);
  assert.throws(() => {
    lib.Category = {};
  }, TypeError);
});
