// Calls functions of the compiled TypeScript package on JSON inputs and prints their results as
// JSON, for the tests that compare them with Python's answers.
// Usage: node call_package.mjs DIST CALLS.json, where CALLS is [[function, ...args], ...];
// ["listen", listener, data, language] runs a listener and asks endUserText of its result.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [dist, file] = process.argv.slice(2);
const bankcodes = await import(pathToFileURL(`${dist}/index.js`).href);
const calls = JSON.parse(readFileSync(file, "utf8"));
const results = calls.map(([name, ...args]) => {
  if (name === "listen") {
    const [listener, data, language] = args;
    const event = bankcodes[listener](data);
    const { kind, code, field, codeSet, category } = event;
    return { kind, code, field, codeSet, category, text: bankcodes.endUserText(event, language) };
  }
  return bankcodes[name](...args);
});
process.stdout.write(JSON.stringify(results));
