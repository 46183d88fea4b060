// A text of the shared corpus of JSON readings (tests/support/json_readings.json) read by the
// package's readJson over its UTF-8 bytes (a body received) and readJsonText over the text (a
// body pasted).
// Gives: {"bytes": read or not, "text": read or not}.
const fail = (_path, message) => new Error(message);

function reads(read) {
  try {
    read();
    return true;
  } catch {
    return false;
  }
}

export async function verdict({ text }, load) {
  const { readJson, readJsonText } = await load("read-json.js");
  const bytes = new TextEncoder().encode(text);
  return {
    bytes: reads(() => readJson(bytes, 1 << 20, fail)),
    text: reads(() => readJsonText(text, fail)),
  };
}
