"""The words of a decision's reasons (bankcodes.decide, the TypeScript decide and decideError),
bankcodes' own: declared once, here, and rendered into both packages (bankcodes._phrases,
src/phrases.ts), so that the same decision reads the same words in Python and Node. Each is a
template in which {name} stands for what was read (a value shown escaped, a number as
JavaScript writes it, a moment as RFC 3339 in UTC to the millisecond: 2020-01-15T13:25:17.766Z);
the runtimes put the values in its place (Python's `_decision.said`, the TypeScript `said`) and
never write a reason's words themselves."""

from __future__ import annotations

import json
from pathlib import Path

#: Each phrase by its name, in the order a decision's parts read them.
PHRASES: dict[str, str] = {
    # What a decision by category stands on.
    "nothing_recognised": "nothing recognised",
    "code_not_known": "a code the catalog does not know",
    "code_of_category": "a code of the category {category}",
    "status_less_code": "a code that names no HTTP status",
    # The next step and the state.
    "own_step": "{step}: {value} says so",
    "own_step_unnamed": "{step}: the code says so",
    "by_category": "{step}: {what}",
    "not_retryable": "{step}: a code of the category {category} that is not retryable",
    "by_status": "{step}: {what}, and {news}",
    "wait_stated_unknown": "retry_later: {what}, and the response states a wait",
    "by_end": "{step}: {what}, and the body states when the consent, session or token ends",
    "by_words": "{step}: no code of the body read, and the words of a {kind} body are "
    "{provider}'s for the end user to act on",
    "header_says_retry": "{step}: its {name} header is {value}, which the provider's rule obeys "
    "over the status",
    "message_means": "{value} decides as {means}: the message says '{quote}'",
    # A code that is itself the message (a summary sentence): quoted once.
    "message_is_code": "the message '{quote}' decides as {means}",
    "message_states": "{value}'s message states the next step, {step}: '{quote}'",
    "cause_decides": "{value} decides by its cause {cause}, the body's {field}",
    # What an HTTP status says where nothing in the response is recognised.
    "status_of_provider": (
        "its status is HTTP {status}, which {provider} answers a rate-limited request with"
    ),
    "status_400": "its status is HTTP 400 Bad Request: a client error",
    "status_401": (
        "its status is HTTP 401 Unauthorized: the request lacks valid authentication credentials"
    ),
    "status_403": (
        "its status is HTTP 403 Forbidden: the server understood the request but refuses it "
        "(its credentials or permissions are not enough)"
    ),
    "status_429": "its status is HTTP 429 Too Many Requests: a rate limit",
    "status_503": "its status is HTTP 503 Service Unavailable: a temporary overload or maintenance",
    "status_2xx": "its status is HTTP {status}, a 2xx: the request succeeded",
    "status_408": (
        "its status is HTTP 408 Request Timeout: the request did not arrive whole in time, and "
        "may be repeated"
    ),
    "status_422": (
        "its status is HTTP 422 Unprocessable Content: the request is well-formed but its "
        "instructions could not be processed"
    ),
    "status_500": (
        "its status is HTTP 500 Internal Server Error: an unexpected condition on the server"
    ),
    # The wait.
    "refused": "refused: {says}",
    "not_taken": "not taken: {says}",
    "header_wait": "{name} '{value}': wait {seconds} s",
    "header_given_times": "{name} given {count} times ({values}): it is one value",
    "header_not_seconds": "{name} {values} is not one number of seconds (ASCII digits)",
    "header_over_bound": "{name} '{value}' is over the {most}-second bound",
    "ietf_reset": (
        "{says}, the seconds until the quota resets (draft-ietf-httpapi-ratelimit-headers-{draft})"
    ),
    "ietf_t": (
        "{says}: its t parameter, the seconds until more quota is made available "
        "(draft-ietf-httpapi-ratelimit-headers-{draft})"
    ),
    "ietf_not_one": (
        "{name} {values} names no one policy with its parameters "
        "(draft-ietf-httpapi-ratelimit-headers-{draft}): no one wait"
    ),
    "ietf_no_reset": (
        "{name} {values} gives no t parameter, the seconds until more quota is made available "
        "(draft-ietf-httpapi-ratelimit-headers-{draft})"
    ),
    "prose_wait": "the message says '{quote}': wait {seconds} s",
    "prose_no_number": "the message says '{quote}': no number of {unit}",
    "prose_over_bound": "the message's '{quote}' is over {most} s",
    "source_wait": "the code's source states a wait of {seconds} s",
    "wait_field": "the body's {field} says the wait of {value} ends at {moment}: wait {seconds} s",
    "wait_field_passed": "the body's {field} says the wait of {value} ended at {moment}",
    "wait_field_over": (
        "the body's {field} says the wait of {value} ends at {moment}, over the {most}-second bound"
    ),
    "window_wait": "{provider}'s sources state its rate limit resets after {seconds} s",
    "pairs_not_read": (
        "{count} header pair(s) not read: a name or value neither text nor bytes, or past the "
        "{most}th"
    ),
    # A Retry-After value that is no wait (read_retry_after's and readRetryAfter's errors).
    "retry_after_long": "Retry-After '{value}' is longer than {most} characters",
    "retry_after_several": "Retry-After '{value}' holds several values: it is one",
    "retry_after_neither": (
        "Retry-After '{value}' is neither a number of seconds (ASCII digits) nor an HTTP date"
    ),
    "retry_after_over_bound": "Retry-After '{value}' is over the {most}-second bound (a week)",
    # The attempts in all.
    "attempts": "at most {most} attempt(s) in all, the first counted: the code's source states it",
    # A consent's end.
    "consent_announced": "{provider} sends {value} {lead} days before a consent ends",
    "consent_announced_unnamed": "{provider} sends {value} before a consent ends",
    "consent_ended": "{provider} names {value} among the codes that tell a consent has ended",
    "ends_at_field": "{moment}: the body's {field}, {news}",
    "ends_at_days": "{moment}: {news}",
    "ends_at_body": "{moment}: the body's {field}, when the consent or session ends",
    "ends_in_seconds": (
        "{moment}: the body's {field}, a lifetime of {seconds} s from the response's arrival"
    ),
    "ends_at_date": "{moment}: the body's {field} says '{quote}' (the day's start, UTC)",
    "ends_at_time": "{moment}: the body's {field} says '{quote}'",
    "ends_at_utc": "{moment}: the body's {field} says '{quote}' (no offset: UTC)",
    "limit_most": "at most {bound} {unit}: the message says '{quote}'",
    "limit_least": "at least {unit} {bound}: the message says '{quote}'",
    "limit_of_code": "at most {most} {unit}: the sources of {value} say '{quote}'",
    "limit_field": "at most {most} {unit}: the body's {field}",
    "by_limit": "{step}: {what}, and the body states the most a request may ask for",
    "ends_never": "the body's {field} is null: the consent does not end",
    "ends_at_refused": "the body's {field} is no date-time from 1970 to 9998: {value}",
    "no_json": "a value no JSON holds ({type})",
    # What told whose a body is (its evidence).
    "told_namespace": "read as {kind}: its {keys} '{value}' is in {provider}'s namespace",
    "told_wording": "read as {kind}: its {keys} '{value}' is in {provider}'s own words",
    "told_code": "read as {kind}: its {keys} '{value}' is a code only {provider}'s code sets hold",
    "told_fields": "read as {kind}: it has {provider}'s fields ({keys})",
    "told_end": "read as {provider}'s: it has {provider}'s fields ({keys})",
    "told_ends": "it has the fields of {providers}, each stating a consent's end: name the "
    "provider to read it",
    "told_alike": "it has the fields of {providers}, which read it alike",
    "told_header": "read as {provider}'s: its response's {name} header is '{value}'",
    "told_header_name": "read as {provider}'s: its response carries the {name} header, which "
    "only {provider} sends",
    "status_missing": "read as {kind}, whose HTTP status decides ({code_set}): none was given",
    "told_header_code": "its response's {name} header is '{value}', a code of {code_set}: it "
    "decides, no code of the body being read",
    "told_status": "no body of {provider}'s read: its HTTP status decides, as {code_set} gives it",
    "told_provider": (
        "read as {kind} because {provider} was named: the body alone does not tell whose it is"
    ),
    # A body's own words on what to do, where no code decides.
    "provider_words": "{provider}'s own words, not bankcodes', in its {field}: '{words}'",
    # What the code concerns alone.
    "concerns": "the code concerns {what} '{value}' alone: the rest of the response stands",
    # The request id to give the provider's support, where the response gives one.
    "request_id": "the response's request id, to give the provider's support: '{value}', in "
    "its {where}",
    # Sources that are bankcodes' reading.
    "reading_of": "bankcodes' reading of {sources}",
    "reading": "bankcodes' reading",
    "header_source": "header {name}",
}

#: What an HTTP status (or its class, 2xx) says where nothing is recognised, by its RFC's
#: definition: its category (as the catalog's codes of that status mostly read) and source; its
#: words are the phrase status_{key}. 2xx, "successfully received, understood, and accepted"
#: (RFC 9110, 15.3), is read after what the body states; 400 15.5.1; 401 15.5.2; 403, the server
#: "understood the request but refuses to fulfill it", the credentials given "insufficient to
#: grant access" (15.5.4): like a 401, the request's to fix; 408, the client
#: "MAY repeat that request" (15.5.9); 422, "unable to process the contained instructions"
#: (15.5.21); 500, "an unexpected condition" (15.6.1); 503 15.6.4; 429 RFC 6585, section 4.
STATUSES: dict[str, tuple[str, str]] = {
    "2xx": ("informational", "RFC 9110"),
    "400": ("integration_error", "RFC 9110"),
    "401": ("integration_error", "RFC 9110"),
    "403": ("integration_error", "RFC 9110"),
    "408": ("generic_failure", "RFC 9110"),
    "422": ("integration_error", "RFC 9110"),
    "429": ("rate_limited", "RFC 6585"),
    "500": ("generic_failure", "RFC 9110"),
    "503": ("institution_unavailable", "RFC 9110"),
}

#: A decision's tokens (its next step, who acts, the connection's state) in the words an answer
#: shows a person beside its first sentence; the tokens themselves stay in JSON and the APIs.
WORDS: dict[str, str] = {
    "retry": "retry now",
    "retry_later": "retry later, backing off",
    "wait_for_event": "wait for the provider's next webhook or status",
    "reconnect": "reconnect",
    "renew_consent": "renew the consent",
    "renew_access_token": "get a new access token, then send the request again",
    "end_user_action": "do what the code asks",
    "fix_request": "fix the request",
    "contact_provider": "contact the provider's support",
    "none": "nothing to do",
    "tell_customer": "tell the customer what happened",
    "connected": "works",
    "pending": "being set up or refreshed: the outcome comes later",
    "degraded": "works partly or slowly",
    "needs_end_user": "waits for the customer",
    "consent_ending_soon": "works, but its consent ends soon",
    "consent_ended": "stopped: the consent has ended",
    "revoked": "stopped: the consent was revoked",
    "provider_or_bank_down": "cannot be reached: the bank or provider is down",
    "unknown": "not told by the code",
    "integrator": "your service",
    "end_user": "the customer",
    "institution": "the bank or provider",
    "nobody": "nobody",
}

#: What each reason of a decision explains, as an answer labels its line (`bankcodes decide`'s
#: block and the decoder's "Why"), by the reason's part.
WHY: dict[str, str] = {
    "next_step": "Why this step",
    "wait": "Why this wait",
    "attempts": "Why these attempts",
    "state": "Why this state",
    "ends_at": "Why this end",
    "limit": "Limit",
    "code": "Whose body",
    "concerns": "Concerns",
    "words": "Provider's words",
    "request_id": "Request id",
}

#: A decision's first sentence, in words a person acts on, in every catalog language
#: (codegen/leads.json): by its next step ("retry_wait" and "wait_for_event_wait" where a wait is
#: known, "provider_or_bank_down" where the bank or provider must recover first,
#: "renew_consent_soon" for a consent that ends soon, "nothing_recognised" where no code was read,
#: "contact_provider_no_request_id" and "nothing_recognised_no_request_id" where the response
#: gives no request id to quote,
#: "…_told" where the code has words for the customer: {message} and {action}, what to tell
#: them); {seconds} is the wait.
LEADS: dict[str, dict[str, str]] = json.loads(
    (Path(__file__).parent / "leads.json").read_text("utf-8")
)

#: How a pasted text is read, alike by `bankcodes explain -` (bankcodes._cli_pasted, on bytes)
#: and the site's decoder (site/decoder/pasted.ts, on text): each rule a regular expression both
#: languages read the same way (no \s: ASCII's whitespace is spelt), matched whole or where a head
#: may begin; each limit a number.
PASTED = {
    # A head's start line, ending its line or the input: an HTTP response's status line,
    # HTTP/1.1 400 Bad Request (or HTTP/2 400), whose status is its group; or a request's line,
    # POST /webhook HTTP/1.1 (a webhook pasted as it arrived), which has no status.
    "start_line": r"(?:HTTP/[0-9.]+ ([1-5][0-9]{2})\b[^\r\n]*|[A-Z]+ [^ \t\r\n]+ HTTP/[0-9.]+)"
    r"(?:\r?\n|$)",
    # The blank line that ends the headers: the first empty line, or a line break right after the
    # start line (no_headers).
    "blank_line": r"\r?\n\r?\n",
    "no_headers": r"\r?\n",
    # What is skipped before a start line: a byte order mark, then ASCII's whitespace.
    "leading": "(?:\ufeff)?[ \\t\\n\\r\\v\\f]*",
    # A header line: its name, a colon and its value.
    "header_line": r"([A-Za-z0-9!#$%&'*+.^_`|~-]+)[ \t]*:[ \t]*([^\r\n]*)",
    # A URL pasted alone, with a query: a redirect to the app (myapp://callback?error=…), or its
    # query alone (?error=…); its fragment is not read.
    "pasted_url": r"(?:[A-Za-z][A-Za-z0-9+.-]*:[^ \t\n\r\v\f?#]*)?"
    r"\?([^ \t\n\r\v\f#]+)(?:#[^ \t\n\r\v\f]*)?",
    # A code pasted alone (or as a JSON string): how the catalog's codes are spelt.
    "bare_code": r"[A-Za-z0-9][A-Za-z0-9_.:-]{0,199}",
    # A header's or a body's key whose name says it holds a request id, whoever sent it
    # (Request-Id, X-Request-Id, a correlation or trace id), in any case of ASCII's: what is read
    # of a body that is nobody's.
    "request_id_name": r"(?:x-)?(?:request|correlation|trace)[-_]?id",
}

#: The limits of that reading: the most header lines of a head read (as many as a decision reads
#: headers), repeated keys named, and request ids read of a body that is nobody's.
PASTED_LIMITS = {"headers": 10_000, "repeated_keys": 5, "request_ids": 5}

#: How a response's headers are read for a decision, alike by both runtimes: the most pairs read
#: (as many header lines as a pasted head's), the most values of one header read for a wait, and
#: of an IETF RateLimit field the longest value read (in characters) and the most Items of its
#: List.
HEADER_LIMITS = {
    "pairs": PASTED_LIMITS["headers"],
    "values": 16,
    "ratelimit_text": 1000,
    "items": 16,
}

#: The IETF RateLimit header fields (draft-ietf-httpapi-ratelimit-headers), read in this order
#: on a rate-limited response of a provider that declares no rate-limit header of its own: each
#: field's name, the last draft that defines it, the parameter of its one Item that holds the
#: wait ("" for the Item itself) and the phrase that says it. RateLimit-Reset (drafts 01 to 06):
#: "the number of seconds until the quota associated with the expiring-limit resets", a
#: non-negative Integer; RateLimit (drafts 07 to 10), a List of Service Limit Items, each a
#: policy's name with its parameters, of which "t" is "the number of seconds until additional
#: quota associated with the quota policy is made available" (read where it names one policy).
RATELIMIT_FIELDS = (("RateLimit-Reset", "06", "", "ietf_reset"), ("RateLimit", "10", "t", "ietf_t"))

#: A Structured Field (RFC 9651) as the RateLimit fields are read: a bare item (an Integer or
#: Decimal, a String, a Token, a Byte Sequence or a Boolean: section 3.3), a parameter's key,
#: the comma between a List's members, and the Integer a wait in seconds is.
STRUCTURED_FIELD = {
    "bare": r'(?:-?[0-9]{1,15}(?:\.[0-9]{1,3})?|"(?:[^"\\]|\\["\\]){0,200}"'
    r"|[A-Za-z*][A-Za-z0-9:/!#$%&'*+.^_`|~\-]{0,200}|:[A-Za-z0-9+/=]{0,400}:|\?[01])",
    "key": r"[a-z*][a-z0-9_.*\-]{0,63}",
    "comma": r"[ \t]*,[ \t]*",
    "integer": r"[0-9]{1,15}",
}
