// Readers of codes in the compiled package, for the corpora of tests/payloads/test_code_fields.py.

/** A code as Python names it: a known code sent in another spelling (an alias, which TypeScript
 * gives as it travels) by its code's own value. */
function named(CODE_SETS, found) {
  if (!found.known) return found.code;
  const [provider, set] = found.codeSet.split(".");
  const aliases = CODE_SETS[provider][set].aliases ?? {};
  return Object.hasOwn(aliases, found.code) ? aliases[found.code] : found.code;
}

// A published example (or another body) of a kind: {"kind", "data"}.
// Gives: {"recognise": kinds, "codes": [{path, codeSet, code, known, concerns where named}, ...],
// "decisive": the deciding one, or null, "evidence": [[kind, what, keys, value, sources], ...] of
// identify with the kind's provider given}.
export async function codesVerdict({ kind, data }, load) {
  const { recognise, codes, decisiveCode, identify, CODE_SETS } = await load("index.js");
  const shown = (found) =>
    found === null
      ? null
      : {
          path: found.path,
          codeSet: found.codeSet,
          code: named(CODE_SETS, found),
          known: found.known,
          // The connection or account it concerns, where its body names one.
          ...(found.concerns === undefined ? {} : { concerns: found.concerns }),
        };
  return {
    recognise: recognise(data),
    codes: codes(kind, data).map(shown),
    decisive: shown(decisiveCode(kind, data)),
    evidence: identify(data, kind.split("/", 1)[0]).evidence.map((told) => [
      told.kind,
      told.what,
      told.keys,
      told.value,
      told.sources,
    ]),
  };
}

// A message carrying one code of a listener's code set: {"function", "message", "value", "refs"}.
// Gives: {"codeSet", "code", "text": [message, action] of endUserText in English, or null}.
export async function listenedVerdict({ function: listener, message }, load) {
  const bankcodes = await load("index.js");
  const event = bankcodes[listener](message);
  const text = bankcodes.endUserText(event, "en");
  return { codeSet: event.codeSet, code: event.code, text: text && [text.message, text.action] };
}
