"""UK Open Banking's event notification types, typed from the v4.0 documentation
(OpenBankingUK/read-write-api-docs-pub at ab19be9a0b4991f960f3c87ad0929dea2b2a6702):
docs/v4.0/resources-and-data-models/event-notifications/events.md (OBEventNotification2's data
dictionary, L123-125, and each event's class, L174, L198 and L220) and
docs/v4.0/profiles/vrp-profile.md (its event notifications, L517-597)."""

from __future__ import annotations

import bankcodes
from tests.support.helpers import provider_module

ukob = provider_module("ukob")

URN = "urn:uk:org:openbanking:events:"

#: events.md: the Enhanced Definition of each event's class, in the page's order, then the VRP
#: profile's event for domestic VRP consents ("should be used to indicate such a change").
EVENT_TYPES = {
    URN + "resource-update": "An event that indicates a resource has been updated.",
    URN + "account-access-consent-linked-account-update": (
        "An event that indicates an account linked to a consent has move in/out of scope of the "
        "consent."
    ),
    URN + "consent-authorization-revoked": (
        "An event that indicates a consent resource has had its authorisation revoked."
    ),
    URN + "domestic-vrp-consent-linked-account-update": (
        "In any such situation where an account linked to a vrp-consent can no longer be used, "
        "temporarily or permanently, to make payments, the ASPSP should inform the TPP using "
        "events."
    ),
}


def test_the_event_types_are_the_events_page_s_and_the_vrp_profile_s() -> None:
    assert [member.value for member in ukob.ObEventType] == list(EVENT_TYPES)
    for value, definition in EVENT_TYPES.items():
        assert ukob.ObEventType(value).description == definition


def test_a_revoked_consent_authorisation_needs_the_psu_again() -> None:
    """vrp-profile.md L563-569: "In the situation that a VRP Consent is cancelled by a PSU at the
    ASPSP, the ASPSP must inform the PISP through an event notification about the cancellation.
    ... The `urn:uk:org:openbanking:events:consent-authorization-revoked` event should be used to
    indicate this." A resource update or a linked account's change is news, not an outcome."""
    revoked = ukob.ObEventType(URN + "consent-authorization-revoked")
    assert revoked.category is bankcodes.Category.RECONNECT_REQUIRED
    decision = bankcodes.decide(revoked)
    assert (decision.next_step, decision.state) == ("reconnect", "revoked")
    updated = ukob.ObEventType(URN + "resource-update")
    assert updated.category is bankcodes.Category.INFORMATIONAL
    # vrp-profile.md L519-526: a closed, switched, blocked or ceased account "can no longer be
    # used, temporarily or permanently, to make payments".
    vrp = ukob.ObEventType(URN + "domestic-vrp-consent-linked-account-update")
    assert vrp.category is bankcodes.Category.ACCOUNT_UNAVAILABLE
