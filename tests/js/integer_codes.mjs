// A case of the shared integer-code corpus in a kind's field, read by every reader of the
// compiled package: {"kind", "provider", "field", "body" (JSON text), "value" (JSON text),
// "codeSet" ("provider.code_set"), "listener": name or null, "webhook": bool}.
// Gives: {"codes": the codes at the field, "lenient" and "strict": ajv's verdicts on the
// generated schemas, "received": receive's verdicts where the kind is a webhook, "known": whether
// classify of the bare value in the field's code set knows it, "decisive": the deciding code's
// path, "listener": where the kind has one, true if it finds the field invalid exactly where the
// lenient schema refuses its value (null may instead select no event, where the code is the
// event's tag), else what it gave}.
import { verdict as validated } from "./validate_payloads.mjs";

async function received(receive, provider, body, strict) {
  try {
    await receive(provider, body, new Headers(), null, { strict });
    return true;
  } catch (error) {
    if (error?.reason === undefined) throw error;
    return error.reason === "invalid_payload" ? false : `error: ${error.reason}`;
  }
}

function listenedAsValidated(listened, item, lenient) {
  const shown =
    listened.kind === "invalid"
      ? ["invalid", listened.field]
      : listened.kind === "unknown"
        ? ["unknown", null]
        : ["event", listened.code === null ? null : String(listened.code)];
  if (lenient) return shown[0] !== "invalid" || shown;
  const tag = item.value === "null" && shown[0] === "unknown";
  return tag || (shown[0] === "invalid" && shown[1] === item.field.slice(2)) || shown;
}

export async function verdict(item, load) {
  const bankcodes = await load("index.js");
  const { receive } = await load("webhooks.js");
  const data = JSON.parse(item.body);
  const [provider, codeSet] = item.codeSet.split(".");
  const decisive = bankcodes.decisiveCode(item.kind, data);
  const body = Buffer.from(item.body).toString("base64");
  const [lenient, strict] = await validated({ kind: item.kind, body });
  return {
    codes: bankcodes
      .codes(item.kind, data)
      .filter((code) => code.field === item.field)
      .map((code) => [String(code.code), code.known]),
    lenient,
    strict,
    received: item.webhook
      ? [
          await received(receive, item.provider, item.body, false),
          await received(receive, item.provider, item.body, true),
        ]
      : null,
    known: bankcodes.classify(provider, JSON.parse(item.value), codeSet) !== "unknown",
    decisive: decisive === null ? null : decisive.path,
    listener:
      item.listener === null
        ? null
        : listenedAsValidated(bankcodes[item.listener](data), item, lenient),
  };
}
