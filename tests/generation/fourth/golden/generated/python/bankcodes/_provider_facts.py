# generated from tests/generation/fourth/catalog.json — do not edit (run `make generate`)
"""How each provider and standard signals a rate limit, how long its consents last, what its
bodies say beyond their codes and how it says a request is sent again, as the catalog's sources
state them: records generated from the spec's models (codegen/resolve_records.py; the models in
codegen/spec/decisions.py, body_rules.py and retrying.py), and their values by provider id. A
provider absent from a table was not read for it; a NotStated value names the sources read whole
that state nothing."""

from __future__ import annotations

from bankcodes._record import Record


class RateLimitHeader(Record):
    """A response header that tells of a rate limit, and what its value means."""

    name: str
    """The header's name as the source spells it."""
    meaning: str
    """retry_after: seconds or an HTTP date to wait (RFC 9110); seconds_until_reset: seconds until the quota resets; reset_epoch: the Unix time it resets; remaining: requests left; limit: the quota; not_stated: the source names the header without saying what its value means."""
    sources: tuple[str, ...]
    """sources"""
    notes: str | None = None
    """Always bankcodes' wording."""


class ProsePattern(Record):
    """How a provider's messages state a wait in words, and a real message that shows it."""

    pattern: str
    """A regular expression (no lookaround, no backreference) with one named group, seconds, minutes or hours, that holds the wait; matched anywhere in a message."""
    example: str
    """A message the sources publish that the pattern matches, verbatim."""
    sources: tuple[str, ...]
    """sources"""


class StatedWindow(Record):
    """The window a source states a rate limit is counted over and resets after ("a counter of the requests ... in one minute"): where a rate-limited response gives no wait (no header, no message, no wait of its code), a decision waits the window out."""

    seconds: int
    """The window, in seconds (at most a week, the longest wait a decision takes)."""
    quote: str
    """The source's sentence that states it, verbatim."""
    sources: tuple[str, ...]
    """sources"""
    notes: str | None = None
    """Always bankcodes' wording: which of several stated limits this is, and why a decision waits it out."""


class RateLimits(Record):
    """How a provider or standard signals that a rate limit was reached, as its sources state it: the HTTP statuses, the headers with their meaning, the prose of its messages, and its limits in its own words."""

    statuses: tuple[int, ...] = ()
    """The HTTP statuses a rate-limited request is answered with."""
    headers: tuple[RateLimitHeader, ...] = ()
    """headers"""
    prose: tuple[ProsePattern, ...] = ()
    """prose"""
    thresholds: str | None = None
    """The limits, in the source's words (verbatim, short)."""
    window: StatedWindow | None = None
    """The window the limit resets after, where a source states one: the wait of a rate-limited response that gives none."""
    sources: tuple[str, ...]
    """sources"""
    read_in_part: str | None = None
    """What of the sources was read and what was not: a fact missing here was not read, never not stated."""
    notes: str | None = None
    """Always bankcodes' wording."""


class ConsentEvent(Record):
    """A code that announces a consent's end before it comes (with how long before), or tells that it has ended."""

    code_set: str
    """The provider's code set that holds the code."""
    code: str
    """The code's wire value (its decimal text in an integer code set)."""
    lead_days: int | None = None
    """How many days before the end the code comes, where stated."""
    ends_at_field: str | None = None
    """The field of the body that brings the code which holds the moment the consent ends (an RFC 3339 date-time), where the source names one: read in place of the lead days."""
    sources: tuple[str, ...] = ()
    """The consent's sources by default."""


class Consent(Record):
    """How long a consent (an access grant, an item's or a connection's authorisation) lasts, how it is renewed, and the codes that announce or tell its end, as the sources state them."""

    max_days: int | None = None
    """The longest validity, in days, where stated."""
    default_days: int | None = None
    """The validity when the integration sets none, in days, where stated."""
    renewal: str | None = None
    """How a consent is renewed, in the source's words (verbatim, short)."""
    announced_by: tuple[ConsentEvent, ...] = ()
    """announced by"""
    ended_by: tuple[ConsentEvent, ...] = ()
    """ended by"""
    sources: tuple[str, ...]
    """sources"""
    read_in_part: str | None = None
    """What of the sources was read and what was not: a fact missing here was not read, never not stated."""
    notes: str | None = None
    """Always bankcodes' wording."""


class Unstated(Record):
    """Sources read whole that state none of these facts."""

    sources: tuple[str, ...]
    """The sources read whole (none of them read_in_part) that state nothing of it."""
    notes: str | None = None
    """Always bankcodes' wording."""


class NotStated(Record):
    """The facts are not stated: `{"not_stated": {"sources": [...]}}`."""

    not_stated: Unstated
    """not stated"""


class MessageRule(Record):
    """A generic code whose message gives its meaning: where a body's deciding code is one of `code_set` (of `codes`, where given) and a text of the body matches `pattern`, the code `means` (of `means_code_set`) decides in its place, with the rule's sources."""

    code_set: str
    """The code set of the generic code."""
    codes: tuple[str, ...] = ()
    """The generic codes (wire values); none: any of the code set's."""
    pattern: str
    """A regular expression matched anywhere in a text of the body."""
    example: str
    """A message the sources publish with the generic code, verbatim."""
    sources: tuple[str, ...]
    """sources"""
    means_code_set: str
    """The code set of the code the message means."""
    means: str
    """The code the message means (its wire value), whose facts then decide."""


class MessageStep(Record):
    """A generic code whose message states what to do where no code of the catalog means it: where a body's deciding code is one of `code_set` (of `codes`, where given) and a text of the body matches `pattern`, `next_step` decides in place of the code's own, with the rule's sources."""

    code_set: str
    """The code set of the generic code."""
    codes: tuple[str, ...] = ()
    """The generic codes (wire values); none: any of the code set's."""
    pattern: str
    """A regular expression matched anywhere in a text of the body."""
    example: str
    """A message the sources publish with the generic code, verbatim."""
    sources: tuple[str, ...]
    """sources"""
    next_step: str
    """The next step the message states."""


class CauseRule(Record):
    """A code whose body names its causes: where a body's deciding code is one of `codes` (of `code_set`) and a value at `path` is a code of that code set, the first such cause decides in its place, with the rule's sources."""

    code_set: str
    """The code set of the code and of its causes."""
    codes: tuple[str, ...]
    """The codes (wire values) whose causes decide."""
    path: str
    """The causes' codes' JSON path ($.causes[*].error_code)."""
    quote: str
    """The source's sentence that says the causes decide."""
    sources: tuple[str, ...]
    """sources"""


class EndField(Record):
    """A field of the provider's bodies that states when a consent (or the access or session it grants) ends, read exactly in the form its source gives; null where the source says null means never; or a text whose date a pattern finds."""

    path: str
    """The field's JSON path ($.access.valid_until); [*] steps into each item of an array (the first item's value is read)."""
    form: str = "date_time"
    """date_time: an RFC 3339 date-time; last_day: an ISO date, the last day the consent is valid (it ends as the next day begins, in UTC where the body names no time zone); epoch_milliseconds: milliseconds since 1970 (a number, or its digits as a text); seconds: a lifetime counted from the response's arrival (an OAuth 2.0 token response's expires_in, a whole number)."""
    then: str = "renew_consent"
    """The next step once the end has passed: renew_consent (a consent), or another where what ends is no consent (a session or access token the integration gets anew: renew_access_token)."""
    null_means_never: bool = False
    """The source says a null value means the consent does not end."""
    tells: tuple[str, ...] = ()
    """Keys that, all present, tell the provider's body where no provider is named (by codegen.spec.evidence's rule: a key of its own, or three that no shared shape holds); none: the field is read only where the provider is named."""
    requires: tuple[str, ...] = ()
    """Keys that must all be present for the field to be read, the provider named or not (a data-sharing consent's permissions, which a payment consent has none of): the kind of resource whose end the field states."""
    when_field: str | None = None
    """A key whose value must be one of when_values for the field to be read (a status under which the field states the end: the moment a REJECTED resource was last updated)."""
    when_values: tuple[str, ...] = ()
    """With when_field: the values under which the field is read."""
    pattern: str | None = None
    """Where the field is a text that states the end: a regular expression with a named group date (an RFC 3339 full-date), and where the text states them, time (hours, minutes, seconds and a fraction) and offset (Z or +hh:mm): read as the day's start where no time is stated, in UTC where no offset is."""
    example: str | None = None
    """A text the sources publish that the pattern matches, verbatim."""
    sources: tuple[str, ...]
    """sources"""


class WaitField(Record):
    """A field of the provider's bodies that states when a wait ends which the deciding code stands for and which is no consent's end (a beneficiary's cool-off, after which a payment source can pay): where the body's deciding code is one of `codes` (of `code_set`), the decision waits until that moment, read exactly in the form its source gives."""

    path: str
    """The field's JSON path ($.beneficiary_cool_off_expiry); [*] steps into each item of an array (the first item's value is read)."""
    form: str = "date_time"
    """date_time: an RFC 3339 date-time."""
    code_set: str
    """The code set of the codes whose wait the field states."""
    codes: tuple[str, ...]
    """The codes (wire values) whose wait the field states."""
    quote: str
    """The source's sentence that says what the field is."""
    sources: tuple[str, ...]
    """sources"""


class StatedLimit(Record):
    """The most (or the least) a request may ask for, where a validation error's message states it (of days, of seconds, a version), or where a source states it for a code whatever the message: the decision carries it."""

    pattern: str | None = None
    """A regular expression with one named group, most or least, the digits; none where the source states the limit for codes (code_set, codes, most)."""
    code_set: str | None = None
    """The code set of the codes the source states the limit for."""
    codes: tuple[str, ...] = ()
    """The codes (wire values) the source states the limit for."""
    most: int | None = None
    """The most the source states for the codes."""
    unit: str
    """unit"""
    example: str
    """A message the sources publish, verbatim; for codes, the source's sentence that states the limit."""
    sources: tuple[str, ...]
    """sources"""


class LimitField(Record):
    """A field of the provider's bodies that states the most a request may ask for (of days, of seconds): the decision carries it."""

    path: str
    """The field's JSON path ($.maximum_consent_validity), a positive integer."""
    unit: str
    """unit"""
    tells: tuple[str, ...] = ()
    """Keys that, all present, tell the provider's body where no provider is named (as an end field's do); none: the field is read only where the provider is named."""
    sources: tuple[str, ...]
    """sources"""


class HeaderTell(Record):
    """A response header that tells the provider's responses where no provider is named (read where nothing in the body tells whose it is): by its value, which names the provider's API, or by its name alone, which only the provider's responses carry."""

    name: str
    """The header's name, in lower case."""
    value: str | None = None
    """Its value, exactly as the recorded responses carry it: one naming the provider's API, which no other service's responses carry; none: the name tells, whatever the value (a header of the provider's own, which its sources name and no other provider's declare)."""
    sources: tuple[str, ...]
    """sources"""


class HeaderCode(Record):
    """A response header of the provider's own whose value is a code of one of its code sets (a flag that says whose failure a 5xx is): where the response is the provider's (named, or told by its headers) and nothing in its body decides, the header's value, read as a code of `code_set`, decides, said as such (path and field "(header NAME)")."""

    name: str
    """The header's name, in lower case."""
    code_set: str
    """The provider's code set of the header's values."""
    sources: tuple[str, ...]
    """sources"""


class BodyRules(Record):
    """What a provider's bodies say beyond their codes: the generic codes whose messages give their meaning or state the next step, the codes whose causes decide, the fields that state when a consent ends and the most (or least) a request may ask for, as a message or a code's sources state it."""

    messages: tuple[MessageRule, ...] = ()
    """messages"""
    message_steps: tuple[MessageStep, ...] = ()
    """message steps"""
    causes: tuple[CauseRule, ...] = ()
    """causes"""
    ends: tuple[EndField, ...] = ()
    """ends"""
    waits: tuple[WaitField, ...] = ()
    """waits"""
    limits: tuple[StatedLimit, ...] = ()
    """limits"""
    limit_fields: tuple[LimitField, ...] = ()
    """limit fields"""
    headers: tuple[HeaderTell, ...] = ()
    """headers"""
    header_codes: tuple[HeaderCode, ...] = ()
    """header codes"""
    notes: str | None = None
    """Always bankcodes' wording."""


class RetryRule(Record):
    """One rule for sending a failed request again: what is retried, how long to wait first and at most, how the wait grows, and how many attempts in all, as the source states them."""

    by: str
    """Whose rule: the provider's (or standard's) documentation, or a client library the provider publishes (its code, which the library's users get)."""
    library: str | None = None
    """The client library, by the name it is published under, for a library's rule."""
    statuses: tuple[int, ...] = ()
    """The HTTP statuses the rule retries, where the source names them."""
    first_delay_ms: int | None = None
    """The wait before the first retry, in milliseconds, where stated."""
    max_delay_ms: int | None = None
    """The longest wait between two attempts, in milliseconds, where stated."""
    backoff: str | None = None
    """How the wait grows: exponential (doubled at each attempt) or fixed, where stated."""
    max_attempts: int | None = None
    """The attempts in all, the first sending counted (a source's 'retry up to 5 times' is 6), where stated."""
    header: str | None = None
    """A response header whose value, true or false, the rule obeys over the status (send the request again, or never), where the source's rule reads one."""
    quote: str
    """The source's words (or the library's code), verbatim."""
    sources: tuple[str, ...]
    """sources"""
    notes: str | None = None
    """Always bankcodes' wording."""


class Retrying(Record):
    """How a provider or standard says a failed request is sent again, rule by rule."""

    rules: tuple[RetryRule, ...]
    """rules"""
    sources: tuple[str, ...]
    """sources"""
    read_in_part: str | None = None
    """What of the sources was read and what was not: a fact missing here was not read, never not stated."""
    notes: str | None = None
    """Always bankcodes' wording."""


#: How each provider signals a rate limit, by provider id.
RATE_LIMITS: dict[str, RateLimits | NotStated] = {}

#: How long each provider's consents last, by provider id.
CONSENTS: dict[str, Consent | NotStated] = {}

#: What each provider's bodies say beyond their codes, by provider id.
BODY_RULES: dict[str, BodyRules] = {}

#: How each provider says a failed request is sent again, by provider id.
RETRIES: dict[str, Retrying | NotStated] = {}
