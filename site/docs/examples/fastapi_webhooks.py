"""Receive Lean webhooks in FastAPI with bankcodes.receive: answer fast, deduplicate, never log
the secret. (This file is run by the test suite: tests/test_webhook_handlers.py.)"""

from __future__ import annotations

import logging
import os
from typing import Any

from fastapi import BackgroundTasks, FastAPI, Request, Response

import bankcodes
from bankcodes.lean import PaymentStatus, WebhookEventType
from bankcodes.webhooks.lean.webhook import PaymentCreatedWebhook

log = logging.getLogger("webhooks")
app = FastAPI()
#: Keys of the deliveries already handled. In production: a table with a unique key, or Redis
#: SET NX with an expiry longer than the provider's retry window.
seen: set[str] = set()


def lean_secrets() -> list[str]:
    """The current secret first, and the previous one while a rotation is under way."""
    names = ("LEAN_WEBHOOK_SECRET", "LEAN_WEBHOOK_SECRET_PREVIOUS")
    return [value for value in map(os.environ.get, names) if value]


def handle(event: bankcodes.WebhookEvent[Any, WebhookEventType]) -> None:
    """The application's work, after the answer has been sent."""
    payload = event.payload
    if isinstance(payload, PaymentCreatedWebhook):  # the model of the payment.created event
        match payload.payload.status:
            case PaymentStatus.ACCEPTED_BY_BANK:
                log.info("payment %s accepted", payload.payload.id)
            case status:
                log.info("payment %s is %s (%s)", payload.payload.id, status, status.category)
    # The code that decides the outcome: a payment's status before the event type.
    decisive = event.decisive_code()
    if decisive is not None and decisive.code.retryable:
        log.info("%s %s at %s can be retried", event.type, decisive.code, decisive.path)


@app.post("/webhooks/lean")
async def lean_webhook(request: Request, background: BackgroundTasks) -> Response:
    body = await request.body()  # the raw bytes: a re-serialised body would not verify
    try:
        event = bankcodes.receive("lean", body, request.headers, lean_secrets())
    except bankcodes.ConfigurationError as error:
        # Our own setup is wrong (no secret, say): alert, and let Lean retry later.
        log.error("the Lean webhook receiver is misconfigured: %s", error.reason)
        return Response(status_code=500)
    except bankcodes.SignatureError as error:
        return Response(status_code=401, content=error.reason)
    except bankcodes.WebhookError as error:  # signed, but not a Lean webhook payload
        log.warning("invalid Lean webhook: %s", error)
        return Response(status_code=400, content=error.reason)
    if event.dedup_key in seen:  # a retry, or a replay: the same delivery again
        return Response(status_code=200)
    seen.add(event.dedup_key)
    background.add_task(handle, event)  # Lean wants HTTP 200 within 10 seconds
    return Response(status_code=200)
