/**
 * When a wait ends that a body's deciding code stands for, where a field of the provider's bodies
 * states it (the spec's WaitField: a beneficiary's cool-off, which ends at a moment the body
 * gives): a decision waits until that moment, read exactly, or says why it does not (the moment
 * has passed, is over a week away, or is no date-time). The Python `bankcodes._wait_fields`.
 */
import type { FoundCode } from "./code-fields.js";
import { shownValue } from "./decide-facts.js";
import { shownText, type Wait } from "./decide-waits.js";
import { bodyRules } from "./provider-facts.js";
import { values } from "./recognition.js";
import { said } from "./shown.js";
import { statedMoment } from "./times.js";
import { MAX_WAIT } from "./waits.js";

/** The wait until the moment the first of the provider's wait fields for the deciding code states
 * (its first value), with its reason; a refusal where the value is no date-time or the moment is
 * over MAX_WAIT seconds away, and no wait (a reason alone) where it has passed; null where no wait
 * field is the code's or the body holds none (the Python `field_wait`). */
export function fieldWait(
  provider: string | undefined,
  found: FoundCode | null,
  data: unknown,
  now: Date,
): Wait | null {
  if (provider === undefined || found === null || data === null || data === undefined) return null;
  if (!Object.hasOwn(bodyRules, provider)) return null;
  const [setId, value] = [found.codeSet.split(".").slice(1).join("."), String(found.code)];
  for (const field of bodyRules[provider]!.waits) {
    if (field.codeSet !== setId || !field.codes.includes(value)) continue;
    const source = field.sources.join(", ");
    const found: [string, unknown][] = [];
    values(field.path.slice(1), data, "$", found);
    for (const [path, stated] of found.slice(0, 1)) {
      const at = statedMoment(stated, field.form, now);
      if (at === null) {
        const says = said("ends_at_refused", { field: path, value: shownValue(stated) });
        return { seconds: null, reason: { part: "wait", says: said("refused", { says }), source } };
      }
      const seconds = (at.getTime() - now.getTime()) / 1000;
      const read = { field: path, value: shownText(value), moment: at.toISOString() };
      if (seconds <= 0)
        return {
          seconds: null,
          reason: { part: "wait", says: said("wait_field_passed", read), source },
        };
      if (seconds > MAX_WAIT) {
        const says = said("wait_field_over", { ...read, most: MAX_WAIT });
        return { seconds: null, reason: { part: "wait", says: said("refused", { says }), source } };
      }
      const says = said("wait_field", { ...read, seconds });
      return { seconds, reason: { part: "wait", says, source } };
    }
  }
  return null;
}
