"""A provider error on an OpenTelemetry span: the exception recorded with the code's fields as
its attributes, and the span's status set. (Run by tests/python/test_client_errors.py with the
OpenTelemetry SDK's in-memory exporter.)"""

from __future__ import annotations

from opentelemetry import trace
from opentelemetry.trace import Status, StatusCode

import bankcodes

tracer = trace.get_tracer("bank")


def call_bank(call: object) -> object:
    # The exception is recorded here, with the code's fields, rather than by the span itself.
    with tracer.start_as_current_span(
        "bank.call", record_exception=False, set_status_on_exception=False
    ) as span:
        try:
            return call()  # type: ignore[operator]
        except Exception as error:
            found = bankcodes.from_exception(error)
            attributes = {} if found is None else found.as_log_fields()
            span.record_exception(error, attributes=attributes)
            span.set_attributes(attributes)  # error.type, bankcodes.category, …
            kind = str(attributes["error.type"]) if attributes else type(error).__name__
            span.set_status(Status(StatusCode.ERROR, kind))
            raise
