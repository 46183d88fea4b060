"""Pluggy's webhooks, typed from its sources: the recipe "Authenticate webhook notifications with
a header secret" (docs.pluggy.ai/en/recipes/), its Webhook security and Setup Two-way sync pages
(docs.pluggy.ai) and its agent-skills repository's webhook rule (pluggyai/agent-skills at
1e3ac7f062151cc0a9f06a95de9c33083402d1c9, skills/pluggy-integration/rules/webhook-setup.md). A
notification is received by the custom header the app named when it created the webhook, and
bankcodes invents no signature for it."""

from __future__ import annotations

import contextlib
import io

import pytest

import bankcodes
from tests.support.helpers import spec_data


def test_pluggy_s_header_secret_is_its_recipe_s_and_its_signature_is_not_invented() -> None:
    """Pluggy's recipe ("Authenticate webhook notifications with a header secret"): the app
    creates the webhook "with POST /webhooks (createWebhook in the SDK), passing the secret as a
    custom header", compares it "in constant time" and answers 401 ("A 401 is not retried");
    "Answer 2xx within 10 seconds". The Webhook security page names an HMAC signature, but the
    copy read ends before its section: no header, no algorithm is declared for it."""
    provider = spec_data()["providers"]["pluggy"]
    assert "webhooks_undescribed" not in provider
    signing = provider["signing"]
    assert signing["scheme"] == "shared_secret"
    assert "header" not in signing  # the app names it
    assert signing["sources"][0] == "pluggy-recipe-webhook-header-secret"
    for said in (
        "passing the secret as a custom header",
        "Compare the header in constant time and answer 401 when it is missing or wrong",
        "A 401 is not retried",
        "once you turn signing on",
        # The Webhook security page's summary and list of layers, as far as it was read.
        "the HMAC signature",
        "4. Verify the signature",
        "could not be read",
        "keeps the shared-secret scheme, which is what is read",
        # docs/DOCUMENTATION_SUGGESTIONS.md proposes it ("validate the `X-Pluggy-Signature`
        # header"): a suggestion for the docs, not Pluggy's statement.
        "X-Pluggy-Signature",
    ):
        assert said in signing["notes"], said
    security = spec_data()["sources"]["pluggy-docs-webhook-security"]
    assert "were not read" in security["read_in_part"]
    delivery = provider["delivery"]
    assert (delivery["payload_kind"], delivery["timeout_seconds"]) == ("pluggy/webhook", 10)
    assert delivery["dedup"] == [[["eventId"]]]
    assert delivery["addresses"] == []  # the source IPs' section is not in the copy read
    assert '"Answer 2xx within 10 seconds and process afterwards"' in delivery["notes"]
    # The docs' retry rules are followed: no schedule, no number of attempts.
    assert delivery["retries"] == {
        "schedule_minutes": None,
        "interval_minutes": None,
        "max_attempts": None,
    }
    notes = delivery["notes"]
    # Setup Two-way sync: "After multiple failures to send the event, we will mark the
    # notification as failed and the notification will be lost."
    assert "the notification will be lost" in notes
    # agent-skills webhook-setup.md, "Retry Policy": "**Initial**: 3 consecutive attempts",
    # "**After 1 hour**: 3 more attempts", "**After 2 hours**: 3 final attempts", failed if
    # "Response takes longer than 5 seconds"; DOCUMENTATION_SUGGESTIONS.md: "Retries at: 1
    # minute, 5 minutes, 30 minutes".
    for said in (
        "3 consecutive attempts, 3 more after 1 hour and 3 final attempts after 2 hours",
        "longer than 5 seconds",
        "at 1, 5 and 30 minutes",
        "Handling notifications section, which was not read",
        "The catalog follows the documentation",
    ):
        assert said in notes, said
    assert {"pluggy-agent-skills-webhook-setup", "pluggy-agent-skills-doc-suggestions"} <= set(
        delivery["sources"]
    )
    skills = spec_data()["sources"]["pluggy-agent-skills-webhook-setup"]
    assert skills["commit"] == "1e3ac7f062151cc0a9f06a95de9c33083402d1c9"
    recipe = spec_data()["sources"]["pluggy-recipe-webhook-header-secret"]
    assert recipe["url"] == (
        "https://docs.pluggy.ai/en/recipes/authenticate-webhook-notifications-with-a-header-secret"
    )


#: item/error as Pluggy's "Detecting authentication failures" shows it.
ITEM_ERROR = (
    b'{"event": "item/error", "eventId": "d876fd7c-e9bd-4c4c-bd46-cc96c62aac29", '
    b'"itemId": "d161a74a-8bc8-4093-88de-724312969b0d", "error": {"code": '
    b'"INVALID_CREDENTIALS", "message": "Invalid credentials"}, "triggeredBy": "SYNC", '
    b'"clientUserId": "your-user-id"}'
)


def test_a_pluggy_notification_is_received_by_the_header_the_app_named() -> None:
    headers = {"content-type": "application/json", "x-acme-pluggy-secret": "s3cr3t"}
    event = bankcodes.receive(
        "pluggy", ITEM_ERROR, headers, "s3cr3t", secret_header="X-Acme-Pluggy-Secret"
    )
    assert (event.type, event.signed, event.header) == ("item/error", False, "X-Acme-Pluggy-Secret")
    assert event.dedup_key == "pluggy:id:d876fd7c-e9bd-4c4c-bd46-cc96c62aac29"
    # During a rotation, the recipe's WEBHOOK_SECRET and WEBHOOK_SECRET_PREVIOUS both pass.
    rotated = bankcodes.receive(
        "pluggy", ITEM_ERROR, headers, ["n3w", "s3cr3t"], secret_header="x-acme-pluggy-secret"
    )
    assert rotated.secret_index == 1


@pytest.mark.parametrize(
    ("headers", "secret_header", "reason"),
    [
        ({"x-acme-pluggy-secret": "s3cr3t"}, None, "missing_secret_header"),
        ({"x-acme-pluggy-secret": "s3cr3t"}, "x acme", "bad_secret_header"),
        ({"x-acme-pluggy-secret": "s3cr3t"}, "", "bad_secret_header"),
        ({"x-acme-pluggy-secret": "wrong"}, "x-acme-pluggy-secret", "mismatch"),
        # A webhookUrl set on an Item or a Connect Token "doesn't send custom headers".
        ({"content-type": "application/json"}, "x-acme-pluggy-secret", "missing_header"),
    ],
)
def test_a_pluggy_notification_without_the_app_s_secret_is_refused(
    headers: dict[str, str], secret_header: str | None, reason: str
) -> None:
    with pytest.raises(bankcodes.WebhookError) as raised:
        bankcodes.receive("pluggy", ITEM_ERROR, headers, "s3cr3t", secret_header=secret_header)
    assert raised.value.reason == reason
    assert "s3cr3t" not in str(raised.value)


def test_only_pluggy_takes_a_header_name() -> None:
    """Mono names its own header (mono-webhook-secret); Fintoc signs; MX signs nothing (its
    transport authenticates): none of them takes one."""
    for provider, secret, said in (
        ("mono", "s", "mono sends the secret in its own header, mono-webhook-secret"),
        ("fintoc", "s", "fintoc sends no secret in a header the app names"),
        ("mx", None, "mx sends no secret in a header the app names"),
    ):
        with pytest.raises(bankcodes.ConfigurationError) as raised:
            bankcodes.receive(provider, b"{}", {}, secret, secret_header="x-acme-pluggy-secret")
        assert str(raised.value) == f"bad_secret_header: {said}: leave secret_header out"


def test_a_secret_given_for_the_header_s_name_is_never_shown() -> None:
    """Given in the place of the header's name, a secret is refused without being shown:
    whether or not it could be a header's name."""
    for secret in ("0a1b2c3d4e5f60718293a4b5c6d7e8f9", "s3cr3t/with+base64="):
        for given in (secret, [secret, "another"]):
            with pytest.raises(bankcodes.ConfigurationError) as raised:
                headers = {"x-acme-pluggy-secret": secret}
                bankcodes.receive("pluggy", ITEM_ERROR, headers, given, secret_header=secret)
            assert raised.value.reason == "bad_secret_header"
            assert secret not in str(raised.value)


def test_a_pluggy_delivery_is_signed_for_a_test_with_the_header_named() -> None:
    headers = bankcodes.sign("pluggy", ITEM_ERROR, "s3cr3t", secret_header="X-Acme-Pluggy-Secret")
    assert headers == {"X-Acme-Pluggy-Secret": "s3cr3t"}
    with pytest.raises(bankcodes.ConfigurationError) as raised:
        bankcodes.sign("pluggy", ITEM_ERROR, "s3cr3t")
    assert raised.value.reason == "missing_secret_header"


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["pluggy", "--secret-header", ""], "--secret-header takes the name of a header"),
        (["mx", "--secret-header", "X-Acme"], "mx sends no secret in a header the app names"),
        (["mono", "--secret-header", "X-Acme"], "leave --secret-header out"),
    ],
)
def test_trigger_refuses_a_header_name_it_cannot_use(argv: list[str], said: str) -> None:
    from bankcodes import cli

    with contextlib.redirect_stderr(io.StringIO()) as err:
        status = cli.main(["trigger", *argv], out=io.StringIO())
    # The flag is named as the command line names it, past the reason's own name.
    told = err.getvalue().replace("bad_secret_header:", "")
    assert status == 2
    assert said in told and "secret_header" not in told
