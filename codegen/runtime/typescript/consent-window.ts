/**
 * The valid-until to ask a consent for, and the moment to start renewing it (the Python
 * `bankcodes.consent_window`): from the longest validity the provider's consent facts state (or
 * an API answers) and the app's wish, never past the longest.
 */
import { consents } from "./provider-facts.js";

const DAY = 86_400_000;
/** Asked short of the longest validity by a day (a tenth of a longest under ten days, to the
 * second), so a bank that counts whole days, or whose clock is ahead, still accepts it. */
export const MARGIN_MS = DAY;
/** Renewal starts a week before the end (halfway for a window under two weeks, to the second):
 * the week's notice that providers' consent-ending codes give (the Deciding page names them). */
export const RENEW_LEAD_MS = 7 * DAY;

/** The valid-until to request and the moment to start renewing the consent. */
export interface ConsentWindow {
  readonly validUntil: Date;
  readonly renewFrom: Date;
}

/** Where the longest validity comes from, and the app's wish. */
export interface ConsentWish {
  readonly provider?: string;
  readonly maxDays?: number;
  /** A moment an API answered as the longest validity. */
  readonly maxUntil?: Date;
  readonly wantDays?: number;
}

/** A span in whole seconds, floored: `ms / parts` to the second. */
const part = (ms: number, parts: number): number => Math.floor(ms / (1000 * parts)) * 1000;

/**
 * The window of a consent asked for at `now`: the longest validity is `maxUntil`, else `maxDays`,
 * else the provider's consent facts' maxDays; the valid-until is `wantDays` from now, at most the
 * longest less MARGIN_MS. An empty window, or no longest validity, throws a RangeError.
 */
export function consentWindow(now: Date, wish: ConsentWish): ConsentWindow {
  const { provider, wantDays } = wish;
  const facts = provider === undefined ? undefined : consents[provider];
  const maxDays = wish.maxDays ?? (facts && "maxDays" in facts ? facts.maxDays : undefined);
  if (wish.maxUntil === undefined && maxDays === undefined)
    throw new RangeError(
      `no longest validity for provider ${JSON.stringify(provider ?? null)}: its consent facts` +
        " state none; give maxDays or maxUntil (the bank's or the API's answer)",
    );
  const maxUntil = wish.maxUntil?.getTime() ?? now.getTime() + (maxDays ?? 0) * DAY;
  const longest = maxUntil - now.getTime();
  if (!(longest > 0) || (wantDays !== undefined && !(wantDays > 0)))
    throw new RangeError(`an empty window: longest ${longest} ms, wantDays ${String(wantDays)}`);
  let until = maxUntil - Math.min(MARGIN_MS, part(longest, 10));
  if (wantDays !== undefined) until = Math.min(until, now.getTime() + wantDays * DAY);
  const renew = until - Math.min(RENEW_LEAD_MS, part(until - now.getTime(), 2));
  return { validUntil: new Date(until), renewFrom: new Date(renew) };
}
