// The words endUserText of the compiled package gives a code: [provider, code, language, code
// set or null].
// Gives: {language, message, messageBy, action, actionBy}, or null.
export async function verdict([provider, code, language, codeSet], load) {
  const { endUserText } = await load("index.js");
  return endUserText(provider, code, language, codeSet ?? undefined);
}
