// A signed fixture keyed by the compiled package: {"provider", "module", "body": TEXT}.
// Gives: {"key": the deduplication key, "exports": the names of the provider's own receiver's
// functions (webhooks-<module>.js)}; the key by the root entry point's dedupKey, or (own) by the
// provider's own receiver's.

async function keyed(item, load, own) {
  const receiver = await load(`webhooks-${item.module}.js`);
  const payload = JSON.parse(item.body);
  const key = own
    ? await receiver.dedupKey(payload, item.body)
    : await (await load("webhooks.js")).dedupKey(item.provider, payload, item.body);
  const exports = ["receive", "verify", "dedupKey"].filter(
    (name) => typeof receiver[name] === "function",
  );
  return { key, exports };
}

export const verdict = (item, load) => keyed(item, load, false);
export const ownVerdict = (item, load) => keyed(item, load, true);
