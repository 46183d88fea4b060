// generated from spec/catalog.json — do not edit (run `make generate`)
// The browser listener helpers the catalog declares.
import { isAllowedOrigin, parseListenerMessage, type ListenerEvent, type UnknownMessage } from "./messages.js";
import type { FlinksErrorEvent, FlinksStepEvent, LeanCallbackData } from "./payloads.js";
import { type FlinksApiErrorCodeOrUnknown, FlinksApiErrorCodeInfo, FlinksApiErrorCodeAliases } from "./flinks.js";
import { type FlinksConnectErrorOrUnknown, FlinksConnectErrorInfo, FlinksConnectErrorAliases } from "./flinks.js";
import { type FlinksConnectStepOrUnknown, FlinksConnectStepInfo, FlinksConnectStepAliases } from "./flinks.js";
import { type LeanCallbackStatusOrUnknown, LeanCallbackStatusInfo, LeanCallbackStatusAliases } from "./lean.js";
import { type LeanSecondaryStatusOrUnknown, LeanSecondaryStatusInfo, LeanSecondaryStatusAliases } from "./lean.js";

/** What parseLeanCallback returns. */
export type ParseLeanCallbackResult =
  | ListenerEvent<"callback", LeanCallbackData, LeanSecondaryStatusOrUnknown | LeanCallbackStatusOrUnknown | null>
  | UnknownMessage
;

/** Reads the (partial) CallbackData the LinkSDK passes to the callback; its category is that of secondary_status when it is known, else that of status. Never throws. */
export function parseLeanCallback(data: unknown): ParseLeanCallbackResult {
  return parseListenerMessage([{ kind: "callback", tag: null, codes: [["secondary_status", [{ info: LeanSecondaryStatusInfo, aliases: LeanSecondaryStatusAliases }]], ["status", [{ info: LeanCallbackStatusInfo, aliases: LeanCallbackStatusAliases }]]] }], data) as ParseLeanCallbackResult;
}

/** What parseFlinksConnectMessage returns. */
export type ParseFlinksConnectMessageResult =
  | ListenerEvent<"error", FlinksErrorEvent, FlinksConnectErrorOrUnknown | FlinksApiErrorCodeOrUnknown>
  | ListenerEvent<"step", FlinksStepEvent, FlinksConnectStepOrUnknown>
  | UnknownMessage
;

/** Reads the data of a Flinks Connect window message event: an error event (flinksCode) or a step event (step). Never throws. */
export function parseFlinksConnectMessage(data: unknown): ParseFlinksConnectMessageResult {
  return parseListenerMessage([{ kind: "error", tag: "flinksCode", codes: [["flinksCode", [{ info: FlinksConnectErrorInfo, aliases: FlinksConnectErrorAliases }, { info: FlinksApiErrorCodeInfo, aliases: FlinksApiErrorCodeAliases }]]] }, { kind: "step", tag: "step", codes: [["step", [{ info: FlinksConnectStepInfo, aliases: FlinksConnectStepAliases }]]] }], data) as ParseFlinksConnectMessageResult;
}

/** The hosts Flinks Connect iframes are served from, as public integrations check them; an app should list the exact host of its own Flinks Connect instance. */
export const FLINKS_CONNECT_HOSTS: readonly string[] = ["*.flinks.com", "*.private.fin.ag"];

/** Whether a message event's origin is an https origin on one of `allowedHosts` ("*." allows subdomains). Never throws. */
export function isAllowedFlinksOrigin(origin: unknown, allowedHosts: readonly string[]): boolean {
  return isAllowedOrigin(origin, allowedHosts);
}
