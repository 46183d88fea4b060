// The Node package's reading of a body's JSON over the shared corpus of readings: readJson over
// each text's UTF-8 bytes (a body received) and readJsonText over the text (a body pasted).
// Usage: node json_readings.mjs READ_JSON_JS READINGS_JSON
// Prints: [{"name": ..., "bytes": true | false, "text": true | false}, ...]
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [modulePath, readingsPath] = process.argv.slice(2);
const { readJson, readJsonText } = await import(pathToFileURL(modulePath).href);
const fail = (_path, message) => new Error(message);

function reads(read) {
  try {
    read();
    return true;
  } catch {
    return false;
  }
}

const verdicts = [];
for (const { name, text } of JSON.parse(readFileSync(readingsPath, "utf8")).readings) {
  const bytes = new TextEncoder().encode(text);
  verdicts.push({
    name,
    bytes: reads(() => readJson(bytes, 1 << 20, fail)),
    text: reads(() => readJsonText(text, fail)),
  });
}
process.stdout.write(JSON.stringify(verdicts));
