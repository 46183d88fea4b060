/**
 * What a response's HTTP status says where nothing in it is recognised (the Python
 * `bankcodes._decide_facts.status_news`): the category it stands for, why, and the sources that
 * say so; and who acts on a next step (the Python `actor_of`).
 */
import { Category, CategoryInfo } from "./categories.js";
import type { Actor } from "./shapes.js";
import { rateLimits } from "./provider-facts.js";

/** What the status says, and the sources that say so. */
export interface StatusNews {
  readonly category: Category;
  readonly says: string;
  readonly source: string;
}

/** What an HTTP status says of a response in which nothing is recognised: a status the
 * provider's sources name as a rate-limited request's, where it means only that (429, or a
 * server's status of 500 or more: a 401 or a 403 also means a refused token), else a status
 * whose own definition says what it stands for: a rate limit (429, RFC 6585, section 4) and a
 * temporary overload or maintenance "likely alleviated after some delay" (503, RFC 9110,
 * section 15.6.4); null for another. */
export function statusNews(provider: string | undefined, status: number | null): StatusNews | null {
  const limits =
    provider !== undefined && Object.hasOwn(rateLimits, provider)
      ? rateLimits[provider]
      : undefined;
  if (
    status !== null &&
    limits !== undefined &&
    !("notStated" in limits) &&
    limits.statuses.includes(status) &&
    (status === 429 || status >= 500)
  ) {
    const says = `its status is HTTP ${status}, which ${provider} answers a rate-limited request with`;
    return { category: Category.RATE_LIMITED, says, source: limits.sources.join(", ") };
  }
  if (status === 429) {
    const says = "its status is HTTP 429 Too Many Requests: a rate limit";
    return { category: Category.RATE_LIMITED, says, source: "RFC 6585" };
  }
  if (status === 503) {
    const says = "its status is HTTP 503 Service Unavailable: a temporary overload or maintenance";
    return { category: Category.INSTITUTION_UNAVAILABLE, says, source: "RFC 9110" };
  }
  return null;
}

/** Who acts on a next step a code states for itself, where it is not its category's: the
 * integrator sends, fixes or asks; the end user goes through a flow, acts, or is told; nobody
 * acts where there is nothing to do (the Deciding page's table of next steps). */
const STEP_ACTORS: ReadonlyMap<string, Actor> = new Map([
  ["retry", "integrator"],
  ["retry_later", "integrator"],
  ["fix_request", "integrator"],
  ["contact_provider", "integrator"],
  ["reconnect", "end_user"],
  ["renew_consent", "end_user"],
  ["end_user_action", "end_user"],
  ["tell_customer", "end_user"],
  ["wait_for_event", "nobody"],
  ["none", "nobody"],
]);

/** Who acts: the category's, unless the code states its own next step that is not the
 * category's (STEP_ACTORS), or the category says try again of a code that is not retried (`step`
 * is then contact_provider, `own` false: the integrator asks). */
export function actorOf(category: Category, step: string, own: boolean): Actor {
  const info = CategoryInfo[category] as { readonly actor: Actor; readonly nextStep?: string };
  if (step !== (info.nextStep ?? "contact_provider"))
    return own ? (STEP_ACTORS.get(step) ?? info.actor) : "integrator";
  return info.actor;
}
