"""A provider error in OpenTelemetry, as its recording-errors guidance asks: on the span that
failed, error.type, the code's fields and the status, and no span event; an error the app handled
(it retries) as a log record below ERROR with the code's fields. (Run by
tests/python/test_client_errors.py with the OpenTelemetry SDK's in-memory exporter.)"""

from __future__ import annotations

import logging

from opentelemetry import trace
from opentelemetry.trace import Status, StatusCode

import bankcodes

tracer = trace.get_tracer("bank")
log = logging.getLogger("bank")


def call_bank(call: object) -> object:
    # The span records no exception event: the code's fields and its status say what failed.
    with tracer.start_as_current_span(
        "bank.call", record_exception=False, set_status_on_exception=False
    ) as span:
        try:
            return call()  # type: ignore[operator]
        except Exception as error:
            found = bankcodes.from_exception(error)
            fields = found.as_log_fields() if found else {"error.type": type(error).__qualname__}
            span.set_attributes(fields)  # error.type, bankcodes.category, …
            span.set_status(Status(StatusCode.ERROR, str(error)))
            raise


def retried(error: Exception) -> None:
    # A handled error: a log record (WARNING, below ERROR) whose attributes are the code's fields.
    found = bankcodes.from_exception(error)
    if found is not None:
        log.warning("bank call retried after %s", found.code, extra=found.as_log_fields())
