/**
 * A decision's first sentence, in words a person acts on, in the catalog's languages (the Python
 * `Decision.lead`): by its next step, who acts, its wait, and what its reasons say where no code
 * was read (the provider's own words, a missing HTTP status).
 */
import { endUserText } from "./classify.js";
import type { Decision } from "./decide.js";
import type { NextStep } from "./decide-steps.js";
import { LEADS } from "./phrases.js";
import type { LanguageTag } from "./types.js";

/** The next steps that send the same request again. */
const RETRIED: readonly NextStep[] = ["retry", "retry_later"];
/** The steps whose first sentence says what to tell the customer, where the code has words. */
const TOLD: readonly string[] = ["end_user_action", "tell_customer"];

/** A decision's first sentence, in words a person acts on ("Wait 60 s, then retry — your
 * service acts."; what to tell the customer where the customer acts or is told and the code
 * has words for them), in `language` (a tag such as "fr-CA" reads its language's words; English
 * where bankcodes has none): the Python `lead`'s words. */
export function lead(decision: Decision, language = "en"): string {
  const { nextStep, waitSeconds, state, code } = decision;
  const retried = RETRIED.includes(nextStep);
  const waits = waitSeconds === null ? "" : "_wait";
  let key: string = nextStep;
  if (retried && decision.actor === "institution") key = `provider_or_bank_down${waits}`;
  else if (retried && waits !== "") key = "retry_wait";
  else if (nextStep === "wait_for_event" && waits !== "") key = "wait_for_event_wait";
  else if (nextStep === "renew_consent" && state === "consent_ending_soon")
    key = "renew_consent_soon";
  else if (
    nextStep === "none" &&
    decision.why.some((r) => r.part === "next_step" && r.source.startsWith("RFC "))
  )
    // Nothing to do because the response's status (a 2xx) says it succeeded.
    key = "succeeded";
  else if (nextStep === "contact_provider" && code === null) {
    // The provider's own words say what to do, else its HTTP status would have.
    const missing = decision.why.some((r) => r.source === "status");
    if (decision.why.some((r) => r.part === "words")) key = "provider_words";
    else key = missing ? "status_missing" : "nothing_recognised";
  }
  if (
    (key === "contact_provider" || key === "nothing_recognised") &&
    !decision.why.some((r) => r.part === "request_id")
  )
    // Give the provider's support a request id only where the response gives one.
    key += "_no_request_id";
  const told =
    TOLD.includes(key) && code?.known ? endUserText(code, language as LanguageTag) : null;
  const words = LEADS[told === null ? key : `${key}_told`]!;
  const text = words[language.split("-")[0]!] ?? words["en"]!;
  return text
    .replace("{seconds}", String(waitSeconds))
    .replace("{message}", () => told?.message ?? "")
    .replace("{action}", () => told?.action ?? "");
}
