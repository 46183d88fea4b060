// The CommonJS build of the package, next to the ESM one that tsc writes to dist/esm/:
// one bundled .cjs file per entry point (esbuild) and a .d.cts copy of every declaration file,
// so that `require("bankcodes")` works on every Node version and in CommonJS tools (Jest).
import { build } from "esbuild";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";

const ENTRY_POINTS = ["index", "webhooks"];

mkdirSync("dist/cjs", { recursive: true });
for (const entry of ENTRY_POINTS) {
  await build({
    entryPoints: [`dist/esm/${entry}.js`],
    outfile: `dist/cjs/${entry}.cjs`,
    bundle: true,
    format: "cjs",
    platform: "neutral",
    target: "es2022",
    logLevel: "warning",
  });
}
for (const name of readdirSync("dist/esm")) {
  if (!name.endsWith(".d.ts")) continue;
  const text = readFileSync(`dist/esm/${name}`, "utf8").replace(
    /(from\s+["']\.\/[^"']+)\.js(["'])/g,
    "$1.cjs$2",
  );
  writeFileSync(`dist/cjs/${name.replace(/\.d\.ts$/, ".d.cts")}`, text);
}
