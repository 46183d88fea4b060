// onUnknown in the compiled TypeScript package: what a listener and codes() report, printed as
// JSON for tests/test_unknown_hook.py. Usage: node unknown_hook.mjs DIST
import { pathToFileURL } from "node:url";

const [dist] = process.argv.slice(2);
const bankcodes = await import(pathToFileURL(`${dist}/index.js`).href);
const lines = [];
bankcodes.onUnknown((seen) => lines.push(seen.line));
const first = bankcodes.parseFlinksConnectMessage({ flinksCode: "A_NEW_FLINKS_CODE" });
bankcodes.parseFlinksConnectMessage({ flinksCode: "A_NEW_FLINKS_CODE" });
const empty = bankcodes.parseFlinksConnectMessage({ flinksCode: "" });
bankcodes.parseFlinksConnectMessage({ flinksCode: "INVALID_LOGIN" });
bankcodes.codes("plaid/webhook", {
  webhook_type: "ITEM",
  webhook_code: "ERROR",
  error: { error_type: "ITEM_ERROR", error_code: "A_NEW_PLAID_CODE" },
});
bankcodes.onUnknown(() => {
  throw new Error("a broken logger");
});
const afterThrow = bankcodes.codes("plaid/webhook", { webhook_type: "NEW_TYPE", webhook_code: "X" });
bankcodes.onUnknown(null);
bankcodes.parseFlinksConnectMessage({ flinksCode: "ANOTHER_NEW_CODE" });
process.stdout.write(
  JSON.stringify({
    lines,
    firstCode: first.code,
    emptyCode: empty.code,
    emptyKind: empty.kind,
    afterThrow: afterThrow.map((found) => found.code),
  }),
);
