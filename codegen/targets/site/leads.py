"""The sentence a code's block on the site leads with: what to do about the code given alone, as
bankcodes.decide and its lead say it (the words of codegen/leads.json), read from the code's and
its category's facts, its provider's stated rate-limit window and its words for the customer;
tests/site/test_code_leads.py holds it to what the package decides for every code."""

from __future__ import annotations

from collections.abc import Callable

from codegen.model import Catalog, Code, FactRecord
from codegen.model.codes import STEP_ACTORS
from codegen.phrases import LEADS

RETRIES = ("retry", "retry_later")


def leads(catalog: Catalog) -> Callable[[Code], str]:
    """The lead of a code, in English, with its provider's stated window read once."""
    windows: dict[str, int] = {}
    for provider in catalog.providers:
        window = provider.rate_limits.get("window") if provider.rate_limits else None
        if isinstance(window, FactRecord):
            windows[provider.id] = int(str(window.get("seconds")))
    return lambda code: lead(code, windows.get(code.provider.id))


def lead(code: Code, window: int | None) -> str:
    """What bankcodes.decide(code).lead() says: the code's own next step and state over its
    category's, a retry of a code that is not retryable left to the provider's support."""
    own = {fact.name: value for fact, value in code.carried}
    its = {fact.name: value for fact, value in code.category.carried}
    step = by_category = str(its.get("next_step") or "contact_provider")
    step = "contact_provider" if step in RETRIES and not code.retryable else step
    step = str(own.get("next_step") or step)
    state = own.get("state") or its.get("state")
    wait = own.get("wait_seconds")
    wait = window if wait is None and code.category.id == "rate_limited" else wait
    actor = code.category.actor
    if step != by_category:
        actor = STEP_ACTORS.get(step, actor) if own.get("next_step") == step else "integrator"
    key, waits = step, "" if wait is None else "_wait"
    if step in RETRIES and actor == "institution":
        key = "provider_or_bank_down" + waits
    elif step in RETRIES and waits:
        key = "retry_wait"
    elif step == "wait_for_event" and waits:
        key = "wait_for_event_wait"
    elif step == "renew_consent" and state == "consent_ending_soon":
        key = "renew_consent_soon"
    elif step == "contact_provider":
        key = "contact_provider_no_request_id"  # a code given alone carries no request id
    told = code.end_user_words("en") if key in ("end_user_action", "tell_customer") else None
    message, action = ("", "") if told is None else told
    message = code.provider_message("en") or message
    key += "" if told is None else "_told"
    return LEADS[key]["en"].format(seconds=wait, message=message, action=action)
