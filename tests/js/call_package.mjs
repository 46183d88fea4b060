// Calls functions of the compiled TypeScript package on JSON inputs and prints their results as
// JSON, for the tests that compare them with Python's answers.
// Usage: node call_package.mjs DIST CALLS.json, where CALLS is [[function, ...args], ...];
// ["listen", listener, data, language] runs a listener and asks endUserText of its result (with
// the code it kept as unknown beside the one that decided, or null).
// {"$hostile": "proxy" | "revoked" | "getter"} anywhere in an argument stands for a value that
// throws when it is read: a Proxy whose every trap throws, a revoked Proxy, or an object whose
// every key is a throwing getter.
// ["onUnknown", how] registers an onUnknown callback: "record" keeps what it is told, "throw"
// throws, "reject" returns a promise that rejects, null removes it; ["seen"] gives (and forgets)
// what "record" kept: each record as JSON.stringify writes it, its codeSet and whether it is
// frozen.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [dist, file] = process.argv.slice(2);
const bankcodes = await import(pathToFileURL(`${dist}/index.js`).href);

function fail() {
  throw new Error("read");
}

function hostile(shape) {
  if (shape === "proxy") {
    const traps = ["get", "has", "ownKeys", "getOwnPropertyDescriptor", "getPrototypeOf"];
    return new Proxy({}, Object.fromEntries(traps.map((trap) => [trap, fail])));
  }
  if (shape === "revoked") {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  }
  const keys = ["error", "error_code", "status", "webhook_type", "webhook_code", "type", "code"];
  keys.push("category", "info");
  return Object.defineProperties(
    {},
    Object.fromEntries(keys.map((key) => [key, { enumerable: true, get: fail }])),
  );
}

function revive(value) {
  if (Array.isArray(value)) return value.map(revive);
  if (value === null || typeof value !== "object") return value;
  if (typeof value.$hostile === "string") return hostile(value.$hostile);
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, revive(item)]));
}

const seen = [];
const callbacks = {
  record: (record) => {
    seen.push({
      json: JSON.stringify(record),
      codeSet: record.codeSet,
      frozen: Object.isFrozen(record),
    });
  },
  throw: () => {
    throw new Error("the log is full");
  },
  reject: async () => {
    throw new Error("the log is full");
  },
};

const calls = revive(JSON.parse(readFileSync(file, "utf8")));
const results = calls.map(([name, ...args]) => {
  if (name === "onUnknown")
    return bankcodes.onUnknown(args[0] === null ? null : callbacks[args[0]]) ?? null;
  if (name === "seen") return seen.splice(0);
  if (name === "listen") {
    const [listener, data, language] = args;
    const event = bankcodes[listener](data);
    const { kind, code, field, codeSet, category } = event;
    const text = bankcodes.endUserText(event, language);
    return { kind, code, field, codeSet, category, text, unknown: event?.unknown ?? null };
  }
  return bankcodes[name](...args);
});
process.stdout.write(JSON.stringify(results));
