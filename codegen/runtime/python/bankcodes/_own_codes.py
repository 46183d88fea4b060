"""The form a code set's source gives to the sender's own codes (a bank's own namespaced code
under a standard, Org.Code: the code set's `own_codes`, a regular expression the whole value
matches). A value the code set does not list but that has the form is an UnknownCode whose `own`
is True: read as that form (its category and description are the form's), never as unknown.
TypeScript's own-codes.ts reads the same form."""

from __future__ import annotations

import re
from functools import cache

from bankcodes._records import CodeInfo, CodeSetInfo, Wording
from bankcodes.categories import Category


def has_form(code_set: CodeSetInfo, value: str) -> bool:
    """Whether `value` has the form `code_set` gives to the sender's own codes (False where it
    gives none)."""
    form = code_set.own_codes
    return form is not None and _compiled(form).fullmatch(value) is not None


def form_info(code_set: CodeSetInfo, value: str) -> CodeInfo:
    """What the catalog says of `value`, a code of the sender's own in `code_set`: the form's
    description (bankcodes' words) and category, and the code set's sources."""
    category = Category(code_set.own_codes_category or Category.UNKNOWN.value)
    sources = code_set.sources
    return CodeInfo(
        value=value,
        description=code_set.own_codes_description or "",
        category=category,
        sources=sources,
        retryable=category.retryable,
        end_user_can_retry=category.end_user_can_retry,
        editorial=True,
        wording=(Wording(field="description", by="bankcodes", sources=sources),),
    )


@cache
def _compiled(form: str) -> re.Pattern[str]:
    return re.compile(form)
