// A frontend consumer of the package, type-checked with tsc --strict --noEmit: the switches
// are exhaustive (a `never` check), so a code added to the catalog fails the build here.
import {
  FlinksConnectError,
  LeanCallbackStatus,
  classify,
  isAllowedFlinksOrigin,
  isFlinksConnectError,
  onUnknown,
  parseFlinksConnectMessage,
  parseLeanCallback,
  type Category,
  type FlinksConnectErrorOrUnknown,
  type LeanCallbackData,
  type SeenUnknown,
} from "bankcodes";

export function connectErrorGroup(code: FlinksConnectError): "credentials" | "mfa" | "temporary" | "account" {
  switch (code) {
    case FlinksConnectError.INVALID_USERNAME:
    case FlinksConnectError.INVALID_PASSWORD:
    case FlinksConnectError.INVALID_LOGIN:
      return "credentials";
    case FlinksConnectError.INVALID_SECURITY_RESPONSE:
      return "mfa";
    case FlinksConnectError.RETRY_LATER:
    case FlinksConnectError.AGGREGATION_ERROR:
      return "temporary";
    case FlinksConnectError.DISABLED_INSTITUTION:
    case FlinksConnectError.DISABLED_LOGIN:
    case FlinksConnectError.NEW_ACCOUNT:
    case FlinksConnectError.UNAUTHORIZED:
      return "account";
    default: {
      const unreachable: never = code;
      return unreachable;
    }
  }
}

export function leanOutcome(status: LeanCallbackStatus): string {
  switch (status) {
    case LeanCallbackStatus.SUCCESS:
      return "done";
    case LeanCallbackStatus.ERROR:
      return "failed";
    case LeanCallbackStatus.CANCELLED:
    case LeanCallbackStatus.LINK_CLOSED_PROGRAMMATICALLY:
      return "closed";
    case LeanCallbackStatus.REDIRECT:
      return "redirected";
    default: {
      const unreachable: never = status;
      return unreachable;
    }
  }
}

export function onMessage(event: MessageEvent<unknown>, hosts: readonly string[]): string | null {
  if (!isAllowedFlinksOrigin(event.origin, hosts)) return null;
  const message = parseFlinksConnectMessage(event.data);
  switch (message.kind) {
    case "error": {
      const code: FlinksConnectErrorOrUnknown = message.code;
      const category: Category = message.category === "unknown" ? classify("flinks", code) : message.category;
      return isFlinksConnectError(code) ? connectErrorGroup(code) : category;
    }
    case "step":
      return message.data.url ?? message.code;
    case "invalid":
      return `invalid ${message.field}`;
    case "unknown":
      return null;
  }
}

export function onLeanCallback(data: LeanCallbackData): Category {
  const result = parseLeanCallback(data);
  if (result.kind === "unknown" || result.kind === "invalid") return "unknown";
  const bank: string | null | undefined = result.data.bank?.bank_identifier;
  return bank === undefined ? result.category : result.category;
}

export function logUnknownCodes(lines: string[]): void {
  onUnknown((seen: SeenUnknown) => {
    const record: { provider: string; code_set: string; value: string } = seen.toJSON();
    lines.push(JSON.stringify(record), seen.codeSet);
  });
  onUnknown(async (seen) => fetch(`/log?value=${encodeURIComponent(seen.value)}`));
  onUnknown(null);
}
