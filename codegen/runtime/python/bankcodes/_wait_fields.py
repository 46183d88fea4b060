"""When a wait ends that a body's deciding code stands for, where a field of the provider's
bodies states it (the spec's WaitField: a beneficiary's cool-off, which ends at a moment the
body gives): a decision waits until that moment, read exactly, or says why it does not (the
moment has passed, is over a week away, or is no date-time)."""

from __future__ import annotations

import datetime

from bankcodes._decide_waits import Wait, shown, shown_value, waited
from bankcodes._decision import number, said
from bankcodes._waits import MAX_WAIT

TYPE_CHECKING = False
if TYPE_CHECKING:
    from bankcodes._code_fields import FoundCode


def field_wait(
    provider: str | None, found: FoundCode | None, data: object, now: datetime.datetime
) -> Wait | None:
    """The wait until the moment the first of the provider's wait fields for the deciding code
    states (its first value), with its reason; a refusal where the value is no date-time or the
    moment is over MAX_WAIT seconds away, and no wait (a reason alone) where it has passed; None
    where no wait field is the code's or the body holds none."""
    from bankcodes._provider_facts import BODY_RULES
    from bankcodes._recognition import values
    from bankcodes._times import instant, stated_moment

    rules = BODY_RULES.get(provider) if provider is not None else None
    if rules is None or found is None or data is None:
        return None
    set_id, value = found.code_set.partition(".")[2], str(found.code.value)
    for field in rules.waits:
        if field.code_set != set_id or value not in field.codes:
            continue
        source = ", ".join(field.sources)
        for path, stated in values(field.path[1:], data, "$"):
            at = stated_moment(stated, field.form, now)
            if at is None:
                says = said("ends_at_refused", field=path, value=shown_value(stated))
                return waited(None, said("refused", says=says), source)
            seconds, moment = (at - now).total_seconds(), instant(at)
            read = {"field": path, "value": shown(value), "moment": moment}
            if seconds <= 0:
                return waited(None, said("wait_field_passed", **read), source)
            if seconds > MAX_WAIT:
                says = said("wait_field_over", **read, most=MAX_WAIT)
                return waited(None, said("refused", says=says), source)
            return waited(seconds, said("wait_field", **read, seconds=number(seconds)), source)
    return None
