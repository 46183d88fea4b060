"""What a provider's bodies say beyond their codes (a provider's `body_rules`): the generic codes
whose messages give their meaning or state the next step, the codes whose causes decide, the
fields that state when a consent ends, when a wait a code stands for ends and the most (or
least) a request may ask for, and the response headers that tell the provider's responses."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field as PydField

from codegen.spec.base import (
    UNIQUE,
    Id,
    Integer,
    Names,
    Short,
    SourceRefs,
    SpecModel,
    Text,
    TrueFlag,
    whole,
)
from codegen.spec.decisions import NextStep
from codegen.spec.payloads import KeyPath

#: A message rule's pattern: a regular expression in the syntax JavaScript, RE2 and Python share
#: (no group that captures, no lookaround, no backreference: the rules check it, and its example).
MESSAGE_PATTERN = whole(r"[^\n]+")


class MessageMatch(SpecModel):
    """What a message rule and a message step both hold: the generic code, the pattern its
    message matches, a message the sources publish with it, and their sources."""

    code_set: Annotated[Id, Names("provider's code set")] = PydField(
        description="The code set of the generic code."
    )
    codes: Annotated[tuple[Short, ...], UNIQUE] = PydField(
        (), description="The generic codes (wire values); none: any of the code set's."
    )
    pattern: Annotated[str, PydField(pattern=MESSAGE_PATTERN, max_length=300)] = PydField(
        description="A regular expression matched anywhere in a text of the body."
    )
    example: Text = PydField(
        description="A message the sources publish with the generic code, verbatim."
    )
    sources: SourceRefs


class MessageRule(MessageMatch):
    """A generic code whose message gives its meaning: where a body's deciding code is one of
    `code_set` (of `codes`, where given) and a text of the body matches `pattern`, the code
    `means` (of `means_code_set`) decides in its place, with the rule's sources."""

    means_code_set: Annotated[Id, Names("provider's code set")] = PydField(
        description="The code set of the code the message means."
    )
    means: Short = PydField(
        description="The code the message means (its wire value), whose facts then decide."
    )


class MessageStep(MessageMatch):
    """A generic code whose message states what to do where no code of the catalog means it:
    where a body's deciding code is one of `code_set` (of `codes`, where given) and a text of
    the body matches `pattern`, `next_step` decides in place of the code's own, with the
    rule's sources."""

    next_step: NextStep = PydField(description="The next step the message states.")


#: The codes (wire values) a rule names, at least one.
SomeCodes = Annotated[
    tuple[Annotated[str, PydField(min_length=1, max_length=200)], ...],
    PydField(min_length=1),
    UNIQUE,
]

#: A field's JSON path: keys, each maybe followed by [*] (each item of the array it holds).
END_PATH = whole(r"\$(\.[^.\s\[\]]+(\[\*\])?)+")


class EndField(SpecModel):
    """A field of the provider's bodies that states when a consent (or the access or session it
    grants) ends, read exactly in the form its source gives; null where the source says null
    means never; or a text whose date a pattern finds."""

    path: Annotated[str, PydField(pattern=END_PATH, max_length=200)] = PydField(
        description="The field's JSON path ($.access.valid_until); [*] steps into each item of "
        "an array (the first item's value is read)."
    )
    form: Literal["date_time", "last_day", "epoch_milliseconds", "seconds"] = PydField(
        "date_time",
        description="date_time: an RFC 3339 date-time; last_day: an ISO date, the last day "
        "the consent is valid (it ends as the next day begins, in UTC where the body names no "
        "time zone); epoch_milliseconds: milliseconds since 1970 (a number, or its digits as a "
        "text); seconds: a lifetime counted from the response's arrival (an OAuth 2.0 token "
        "response's expires_in, a whole number).",
    )
    then: NextStep = PydField(
        "renew_consent",
        description="The next step once the end has passed: renew_consent (a consent), or "
        "another where what ends is no consent (a session or access token the integration gets "
        "anew: renew_access_token).",
    )
    null_means_never: TrueFlag = PydField(
        False, description="The source says a null value means the consent does not end."
    )
    tells: Annotated[tuple[KeyPath, ...], PydField(min_length=1), UNIQUE] = PydField(
        (),
        description="Keys that, all present, tell the provider's body where no provider is "
        "named (by codegen.spec.evidence's rule: a key of its own, or three that no shared "
        "shape holds); none: the field is read only where the provider is named.",
    )
    requires: Annotated[tuple[KeyPath, ...], PydField(min_length=1), UNIQUE] = PydField(
        (),
        description="Keys that must all be present for the field to be read, the provider named "
        "or not (a data-sharing consent's permissions, which a payment consent has none of): "
        "the kind of resource whose end the field states.",
    )
    when_field: KeyPath | None = PydField(
        None,
        description="A key whose value must be one of when_values for the field to be read (a "
        "status under which the field states the end: the moment a REJECTED resource was last "
        "updated).",
    )
    when_values: Annotated[tuple[Short, ...], PydField(min_length=1), UNIQUE] = PydField(
        (), description="With when_field: the values under which the field is read."
    )
    pattern: (
        Annotated[str, PydField(pattern=whole(r"[^\n]*\(\?<date>[^\n]*"), max_length=300)] | None
    ) = PydField(
        None,
        description="Where the field is a text that states the end: a regular expression with "
        "a named group date (an RFC 3339 full-date), and where the text states them, time "
        "(hours, minutes, seconds and a fraction) and offset (Z or +hh:mm): read as the day's "
        "start where no time is stated, in UTC where no offset is.",
    )
    example: Text | None = PydField(
        None, description="A text the sources publish that the pattern matches, verbatim."
    )
    sources: SourceRefs


class WaitField(SpecModel):
    """A field of the provider's bodies that states when a wait ends which the deciding code
    stands for and which is no consent's end (a beneficiary's cool-off, after which a payment
    source can pay): where the body's deciding code is one of `codes` (of `code_set`), the
    decision waits until that moment, read exactly in the form its source gives."""

    path: Annotated[str, PydField(pattern=END_PATH, max_length=200)] = PydField(
        description="The field's JSON path ($.beneficiary_cool_off_expiry); [*] steps into each "
        "item of an array (the first item's value is read)."
    )
    form: Literal["date_time"] = PydField(
        "date_time", description="date_time: an RFC 3339 date-time."
    )
    code_set: Annotated[Id, Names("provider's code set")] = PydField(
        description="The code set of the codes whose wait the field states."
    )
    codes: SomeCodes = PydField(description="The codes (wire values) whose wait the field states.")
    quote: Text = PydField(description="The source's sentence that says what the field is.")
    sources: SourceRefs


class StatedLimit(SpecModel):
    """The most (or the least) a request may ask for, where a validation error's message states
    it (of days, of seconds, a version), or where a source states it for a code whatever the
    message: the decision carries it."""

    pattern: (
        Annotated[str, PydField(pattern=whole(r"[^\n]*\(\?<(most|least)>[^\n]*"), max_length=300)]
        | None
    ) = PydField(
        None,
        description="A regular expression with one named group, most or least, the digits; none "
        "where the source states the limit for codes (code_set, codes, most).",
    )
    code_set: Annotated[Id, Names("provider's code set")] | None = PydField(
        None, description="The code set of the codes the source states the limit for."
    )
    codes: Annotated[tuple[Short, ...], UNIQUE] = PydField(
        (), description="The codes (wire values) the source states the limit for."
    )
    most: Annotated[int, Integer(1)] | None = PydField(
        None, description="The most the source states for the codes."
    )
    unit: Literal["days", "seconds", "transactions", "records", "version"]
    example: Text = PydField(
        description="A message the sources publish, verbatim; for codes, the source's sentence "
        "that states the limit."
    )
    sources: SourceRefs


class CauseRule(SpecModel):
    """A code whose body names its causes: where a body's deciding code is one of `codes` (of
    `code_set`) and a value at `path` is a code of that code set, the first such cause decides
    in its place, with the rule's sources."""

    code_set: Annotated[Id, Names("provider's code set")] = PydField(
        description="The code set of the code and of its causes."
    )
    codes: SomeCodes = PydField(description="The codes (wire values) whose causes decide.")
    path: Annotated[str, PydField(pattern=END_PATH, max_length=200)] = PydField(
        description="The causes' codes' JSON path ($.causes[*].error_code)."
    )
    quote: Text = PydField(description="The source's sentence that says the causes decide.")
    sources: SourceRefs


class LimitField(SpecModel):
    """A field of the provider's bodies that states the most a request may ask for (of days,
    of seconds): the decision carries it."""

    path: Annotated[str, PydField(pattern=whole(r"\$(\.[^.\s\[\]]+)+"), max_length=200)] = PydField(
        description="The field's JSON path ($.maximum_consent_validity), a positive integer."
    )
    unit: Literal["days", "seconds"]
    tells: Annotated[tuple[KeyPath, ...], PydField(min_length=1), UNIQUE] = PydField(
        (),
        description="Keys that, all present, tell the provider's body where no provider is "
        "named (as an end field's do); none: the field is read only where the provider is named.",
    )
    sources: SourceRefs


class HeaderTell(SpecModel):
    """A response header that tells the provider's responses where no provider is named (read
    where nothing in the body tells whose it is): by its value, which names the provider's API,
    or by its name alone, which only the provider's responses carry."""

    name: Annotated[str, PydField(pattern=whole(r"[a-z0-9-]+"), max_length=100)] = PydField(
        description="The header's name, in lower case."
    )
    value: Annotated[str, PydField(min_length=3, max_length=200)] | None = PydField(
        None,
        description="Its value, exactly as the recorded responses carry it: one naming the "
        "provider's API, which no other service's responses carry; none: the name tells, "
        "whatever the value (a header of the provider's own, which its sources name and no "
        "other provider's declare).",
    )
    sources: SourceRefs


class HeaderCode(SpecModel):
    """A response header of the provider's own whose value is a code of one of its code sets (a
    flag that says whose failure a 5xx is): where the response is the provider's (named, or told
    by its headers) and nothing in its body decides, the header's value, read as a code of
    `code_set`, decides, said as such (path and field "(header NAME)")."""

    name: Annotated[str, PydField(pattern=whole(r"[a-z0-9-]+"), max_length=100)] = PydField(
        description="The header's name, in lower case."
    )
    code_set: Annotated[Id, Names("provider's code set")] = PydField(
        description="The provider's code set of the header's values."
    )
    sources: SourceRefs


class BodyRules(SpecModel):
    """What a provider's bodies say beyond their codes: the generic codes whose messages give
    their meaning or state the next step, the codes whose causes decide, the fields that state
    when a consent ends and the most (or least) a request may ask for, as a message or a code's
    sources state it."""

    messages: Annotated[tuple[MessageRule, ...], PydField(min_length=1)] = ()
    message_steps: Annotated[tuple[MessageStep, ...], PydField(min_length=1)] = ()
    causes: Annotated[tuple[CauseRule, ...], PydField(min_length=1)] = ()
    ends: Annotated[tuple[EndField, ...], PydField(min_length=1)] = ()
    waits: Annotated[tuple[WaitField, ...], PydField(min_length=1)] = ()
    limits: Annotated[tuple[StatedLimit, ...], PydField(min_length=1)] = ()
    limit_fields: Annotated[tuple[LimitField, ...], PydField(min_length=1)] = ()
    headers: Annotated[tuple[HeaderTell, ...], PydField(min_length=1)] = ()
    header_codes: Annotated[tuple[HeaderCode, ...], PydField(min_length=1)] = ()
    notes: Text | None = PydField(None, description="Always bankcodes' wording.")
