// The CommonJS build of the package, next to the ESM one that tsc writes to dist/esm/:
// one bundled .cjs file per entry point of package.json (esbuild) and a .d.cts copy of every
// declaration file, so that `require("bankcodes")` works on every Node version and in CommonJS
// tools (Jest).
import { build } from "esbuild";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";

const { exports } = JSON.parse(readFileSync("package.json", "utf8"));
const ENTRY_POINTS = Object.values(exports)
  .filter((target) => typeof target === "object")
  .map((target) => target.require.default.replace(/^\.\/dist\/cjs\/(.*)\.cjs$/, "$1"));

mkdirSync("dist/cjs", { recursive: true });
// One build of every entry point: esbuild reads each module once for all of them, and still
// bundles each entry point whole (a build of its own per entry point read the shared modules
// again for each, and took twice the CPU time).
await build({
  entryPoints: Object.fromEntries(ENTRY_POINTS.map((entry) => [entry, `dist/esm/${entry}.js`])),
  outdir: "dist/cjs",
  outExtension: { ".js": ".cjs" },
  bundle: true,
  format: "cjs",
  platform: "neutral",
  target: "es2022",
  logLevel: "warning",
});
for (const name of readdirSync("dist/esm")) {
  if (!name.endsWith(".d.ts")) continue;
  const text = readFileSync(`dist/esm/${name}`, "utf8").replace(
    /(from\s+["']\.\/[^"']+)\.js(["'])/g,
    "$1.cjs$2",
  );
  writeFileSync(`dist/cjs/${name.replace(/\.d\.ts$/, ".d.cts")}`, text);
}
