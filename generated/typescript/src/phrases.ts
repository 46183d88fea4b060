// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * The words of a decision's reasons, bankcodes' own, by name: each a template in which {name}
 * stands for what was read (codegen/phrases.py; the Python bankcodes._phrases holds the same
 * words). `said` puts the values in their place.
 */
export const PHRASES = {
  nothing_recognised: "nothing recognised",
  code_not_known: "a code the catalog does not know",
  code_of_category: "a code of the category {category}",
  own_step: "{step}: {value} says so",
  own_step_unnamed: "{step}: the code says so",
  by_category: "{step}: {what}",
  not_retryable: "{step}: a code of the category {category} that is not retryable",
  by_status: "{step}: {what}, and {news}",
  wait_stated_unknown: "retry_later: {what}, and the response states a wait",
  by_end: "{step}: {what}, and the body states when the consent ends",
  message_means: "{value} decides as {means}: the message says '{quote}'",
  status_of_provider: "its status is HTTP {status}, which {provider} answers a rate-limited request with",
  status_429: "its status is HTTP 429 Too Many Requests: a rate limit",
  status_503: "its status is HTTP 503 Service Unavailable: a temporary overload or maintenance",
  refused: "refused: {says}",
  not_taken: "not taken: {says}",
  header_wait: "{name} '{value}': wait {seconds} s",
  header_given_times: "{name} given {count} times ({values}): it is one value",
  header_not_seconds: "{name} {values} is not one number of seconds (ASCII digits)",
  header_over_bound: "{name} '{value}' is over the {most}-second bound",
  prose_wait: "the message says '{quote}': wait {seconds} s",
  prose_no_number: "the message says '{quote}': no number of {unit}",
  prose_over_bound: "the message's '{quote}' is over {most} s",
  source_wait: "the code's source states a wait of {seconds} s",
  pairs_not_read: "{count} header pair(s) not read: a name or value neither text nor bytes, or past the {most}th",
  retry_after_long: "Retry-After '{value}' is longer than {most} characters",
  retry_after_several: "Retry-After '{value}' holds several values: it is one",
  retry_after_neither: "Retry-After '{value}' is neither a number of seconds (ASCII digits) nor an HTTP date",
  retry_after_over_bound: "Retry-After '{value}' is over the {most}-second bound (a week)",
  attempts: "at most {most} attempt(s) in all, the first counted: the code's source states it",
  consent_announced: "{provider} sends {value} {lead} days before a consent ends",
  consent_announced_unnamed: "{provider} sends {value} before a consent ends",
  consent_ended: "{provider} names {value} among the codes that tell a consent has ended",
  ends_at_field: "{moment}: the body's {field}, {news}",
  ends_at_days: "{moment}: {news}",
  ends_at_body: "{moment}: the body's {field}, when the consent ends",
  limit_stated: "at most {most} {unit}: the message says '{quote}'",
  ends_never: "the body's {field} is null: the consent does not end",
  ends_at_refused: "the body's {field} is no date-time from 1970 to 9998: {value}",
  no_json: "a value no JSON holds ({type})",
  told_namespace: "read as {kind}: its {keys} '{value}' is in {provider}'s namespace",
  told_code: "read as {kind}: its {keys} '{value}' is a code only {provider}'s code sets hold",
  told_fields: "read as {kind}: it has {provider}'s fields ({keys})",
  told_provider: "read as {kind} because {provider} was named: the body alone does not tell whose it is",
  reading_of: "bankcodes' reading of {sources}",
  reading: "bankcodes' reading",
  header_source: "header {name}",
} as const;

/** The name of a phrase. */
export type Phrase = keyof typeof PHRASES;
