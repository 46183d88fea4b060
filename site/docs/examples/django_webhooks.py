"""Receive Plaid webhooks in Django with bankcodes.receive: the raw body, Plaid's keys fetched
once per key id, a fast answer, deduplication. (This file is run by the test suite, over
django.test.Client: tests/test_recipes.py.)

Add `path("webhooks/plaid", plaid_webhook)` to the project's urlpatterns, as `urlpatterns`
below does."""

from __future__ import annotations

import json
import logging
import os
import urllib.error
import urllib.request
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.urls import path
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

import bankcodes

log = logging.getLogger("webhooks")
#: Keys of the deliveries already handled. In production: a table with a unique key.
seen: set[str] = set()
#: Plaid's public keys by key id, as /webhook_verification_key/get returned them.
plaid_keys: dict[str, dict[str, Any]] = {}


def fetch_plaid_key(kid: str) -> dict[str, Any] | None:
    """Plaid's public key `kid` (None: Plaid has no such key, so the token is not Plaid's)."""
    environment = os.environ.get("PLAID_ENV", "production")
    credentials = {"client_id": os.environ["PLAID_CLIENT_ID"], "secret": os.environ["PLAID_SECRET"]}
    request = urllib.request.Request(
        f"https://{environment}.plaid.com/webhook_verification_key/get",
        data=json.dumps({**credentials, "key_id": kid}).encode(),
        headers={"Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(request, timeout=5) as reply:
            key: dict[str, Any] = json.load(reply)["key"]
    except urllib.error.HTTPError as error:
        if error.code == 400:  # INVALID_WEBHOOK_VERIFICATION_KEY_ID
            return None
        raise
    return key


def plaid_key(kid: str) -> dict[str, Any] | None:
    """The key for `kid`, fetched on first use. A failure to fetch it (no credentials, Plaid
    unreachable) is a ConfigurationError of bankcodes.receive: our side, answered 500."""
    if kid not in plaid_keys:
        key = fetch_plaid_key(kid)
        if key is None:
            return None
        plaid_keys[kid] = key
    return plaid_keys[kid]


@csrf_exempt  # Plaid sends no CSRF token: the signature authenticates the request
@require_POST
def plaid_webhook(request: HttpRequest) -> HttpResponse:
    # request.body is the raw bytes as received. Never verify json.dumps(json.loads(...)) of it,
    # and read it before anything reads the stream: after request.POST or request.read() on a
    # form body, request.body raises RawPostDataException.
    try:
        event = bankcodes.receive("plaid", request.body, request.headers, plaid_key)
    except bankcodes.ConfigurationError as error:
        # Our own setup is wrong (no Plaid credentials, say): alert, and let Plaid retry later.
        log.error("the Plaid webhook receiver is misconfigured: %s", error.reason)
        return HttpResponse(status=500)
    except bankcodes.SignatureError as error:
        return HttpResponse(error.reason, status=401, content_type="text/plain")
    except bankcodes.WebhookError as error:  # signed, but not a Plaid webhook payload
        log.warning("invalid Plaid webhook: %s", error)
        return HttpResponse(error.reason, status=400, content_type="text/plain")
    if event.dedup_key not in seen:  # else a retry or a replay: the same delivery again
        seen.add(event.dedup_key)
        # Plaid wants HTTP 200 within 10 seconds: hand the work to a task queue.
        decisive = event.decisive_code()
        log.info("plaid %s %s: %s", event.type, event.code, decisive and decisive.code.category)
    return HttpResponse(status=200)


urlpatterns = [path("webhooks/plaid", plaid_webhook)]
