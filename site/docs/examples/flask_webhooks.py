"""Receive Flinks webhooks in Flask with bankcodes.receive: the raw body, a fast answer,
deduplication, the secret never logged. (This file is run by the test suite, over Flask's test
client: tests/test_recipes.py.)"""

from __future__ import annotations

import logging
import os

from flask import Flask, request

import bankcodes

log = logging.getLogger("webhooks")
app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 1024 * 1024  # bankcodes refuses larger bodies anyway
#: Keys of the deliveries already handled. In production: a table with a unique key.
seen: set[str] = set()
#: The event types handled, in order (what a task queue would be given).
handled: list[str] = []


def flinks_secrets() -> list[str]:
    """The current secret first, and the previous one while a rotation is under way."""
    names = ("FLINKS_WEBHOOK_SECRET", "FLINKS_WEBHOOK_SECRET_PREVIOUS")
    return [value for value in map(os.environ.get, names) if value]


@app.post("/webhooks/flinks")
def flinks_webhook() -> tuple[str, int]:
    # request.get_data() is the raw bytes as received. Never verify request.get_json() dumped
    # again, and read the data before request.form: parsing a form body consumes it.
    body = request.get_data()
    try:
        event = bankcodes.receive("flinks", body, request.headers, flinks_secrets())
    except bankcodes.ConfigurationError as error:
        # Our own setup is wrong (no secret, say): alert, and let Flinks retry later.
        log.error("the Flinks webhook receiver is misconfigured: %s", error.reason)
        return "", 500
    except bankcodes.SignatureError as error:
        return error.reason, 401
    except bankcodes.WebhookError as error:  # signed, but not a Flinks webhook payload
        log.warning("invalid Flinks webhook: %s", error)
        return error.reason, 400
    if event.dedup_key not in seen:  # else a retry or a replay: the same delivery again
        seen.add(event.dedup_key)
        handled.append(str(event.type))  # answer first: hand the work to a task queue
    return "", 200
