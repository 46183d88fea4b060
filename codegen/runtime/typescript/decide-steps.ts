/**
 * The next step and state a code's own facts or its category give (the Python `_decide`'s
 * `_step_and_state` and `_decide_facts.by_status`), or the response's status where nothing known
 * decides, each with its reason; and the sources and attempts of a code's own facts.
 */
import { CategoryInfo, type Category } from "./categories.js";
import type { FoundCode } from "./code-fields.js";
import type { Reason } from "./decide-waits.js";
import type { ConsentNews, StatusNews } from "./decide-facts.js";
import type { CodeFacts } from "./code-facts.js";
import type { CodeInfo } from "./types.js";
import { said } from "./shown.js";

/** What to do next: the spec's vocabulary (its decisions model; the site's Deciding pages say
 * what each means), as the generated code facts type it. */
export type NextStep = NonNullable<CodeFacts["nextStep"]>;

/** The connection's state, one of the small model's. */
export type ConnectionState = NonNullable<CodeFacts["state"]>;

/** The facts the runtime reads of a code's or category's record (a category's are a code's). */
export type StepFacts = Pick<
  CodeFacts,
  "nextStep" | "state" | "waitSeconds" | "maxAttempts" | "factSources"
>;

/** The next steps that send the same request again, and the one a code that is not retryable
 * takes in their place where only its category names them. */
const RETRIES: readonly NextStep[] = ["retry", "retry_later"];
export const NOT_RETRIED: NextStep = "contact_provider";

export function facts(value: unknown): StepFacts {
  return (value ?? {}) as StepFacts;
}

/** Nothing known, but the response's status says what it stands for: its category's step and
 * state, each with the status as its reason. */
export function byStatusOf(
  byStatus: StatusNews,
  what: string,
): [NextStep, ConnectionState | null, Reason[]] {
  const stated = facts(CategoryInfo[byStatus.category]);
  const [step, state] = [stated.nextStep ?? "contact_provider", stated.state ?? null];
  const parts = [
    ["next_step", step],
    ["state", state],
  ] as const;
  const reasons = parts.flatMap(([part, value]) =>
    value === null
      ? []
      : [
          {
            part,
            says: said("by_status", { step: value, what, news: byStatus.says }),
            source: byStatus.source,
          },
        ],
  );
  return [step, state, reasons];
}

/** What the response's status decides where nothing known does, and a success's status (a
 * 2xx), which decides only where nothing the body states does (`later`). */
export function statusOf(
  byStatus: StatusNews | null,
  unknown: boolean,
  category: Category,
  info: CodeInfo | null,
): [StatusNews | null, StatusNews | null] {
  if (byStatus?.category === "informational") return [null, unknown ? byStatus : null];
  if (unknown) return [byStatus, null];
  // A code that names no HTTP status (a generic type) gives way to a 429.
  const plain = byStatus?.category === "rate_limited" && category !== "rate_limited";
  return [plain && (info?.httpStatuses ?? []).length === 0 ? byStatus : null, null];
}

/** The reason for the attempts in all the code's source allows (the Python `_attempts`); none
 * where no source states a number. */
export function attemptsOf(info: CodeInfo | null): Reason[] {
  const most = facts(info).maxAttempts;
  if (most === undefined) return [];
  const says = said("attempts", { most });
  return [{ part: "attempts", says, source: sourcesOf("max_attempts", info) }];
}

/** The sources of one of the code's own facts: those it names for the fact, else (a step or a
 * state) bankcodes' reading of the code's sources. */
export function sourcesOf(field: string, info: CodeInfo | null): string {
  const ids = facts(info).factSources?.[field];
  if (ids !== undefined && ids.length > 0) return ids.join(", ");
  const read = info?.sources ?? [];
  return read.length > 0 ? said("reading_of", { sources: read.join(", ") }) : said("reading");
}

/** Whether the category says try again of a code its catalog entry says is not retryable: the
 * category does not speak for it, and the integrator asks its provider instead. */
function isNotRetried(category: Category, info: CodeInfo | null): boolean {
  const step = facts(CategoryInfo[category]).nextStep ?? "contact_provider";
  return RETRIES.includes(step) && info?.retryable === false;
}

export function stepAndState(
  found: FoundCode | null,
  info: CodeInfo | null,
  category: Category,
  news: ConsentNews | null,
): [NextStep, ConnectionState | null, Reason[]] {
  const byCategory = facts(CategoryInfo[category]);
  const own = facts(info);
  const ownStep = (step: string): string =>
    found !== null
      ? said("own_step", { step, value: String(found.code) })
      : said("own_step_unnamed", { step });
  const reasons: Reason[] = [];
  const notRetried = isNotRetried(category, info);
  const categoryStep = notRetried ? NOT_RETRIED : (byCategory.nextStep ?? "contact_provider");
  const parts = [
    ["next_step", own.nextStep, categoryStep],
    ["state", own.state, byCategory.state ?? null],
  ] as const;
  for (const [part, stated, fallback] of parts) {
    if (stated !== undefined)
      reasons.push({ part, says: ownStep(stated), source: sourcesOf(part, info) });
    else if (part === "next_step" && notRetried)
      reasons.push({
        part,
        says: said("not_retryable", { step: fallback, category }),
        source: sourcesOf("retryable", info),
      });
    else if (fallback !== null)
      reasons.push({
        part,
        says: said("by_category", { step: fallback, what: whatOf(found, category) }),
        source: "category",
      });
  }
  if (news !== null) reasons.push({ part: "state", says: news.says, source: news.source });
  const step = own.nextStep ?? categoryStep;
  return [step, own.state ?? byCategory.state ?? null, reasons];
}

/** What a decision by category stands on: nothing recognised, a code the catalog does not know,
 * or a code of the category (the Python `_what`). */
export function whatOf(found: FoundCode | null, category: Category): string {
  if (found === null) return said("nothing_recognised");
  if (!found.known) return said("code_not_known");
  return said("code_of_category", { category });
}
