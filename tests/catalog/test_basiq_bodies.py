"""Basiq's published bodies read in their place, typed from its sources (basiqio-oss/Basiq-docs at
79bc160c203ff0863670a27c05cc9ae22bfa3158: the OpenAPI file reference/core.json, cited by JSON
pointer, and the Markdown pages cited by path and line; Basiq's Errors page,
api.basiq.io/docs/errors, "Consent UI and bank errors", as read on 2026-11-26): its error list,
its jobs and its webhook messages, by payloads.identify and payloads.decisive_code, and by
from_exception over httpx's error from a server on loopback."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer

import bankcodes
from bankcodes import payloads
from tests.support.helpers import provider_module

basiq = provider_module("basiq")

#: docs/PLatform/errors-1/index.md, lines 155-174: the example error object (HTTP 400).
ERRORS_PAGE_EXAMPLE: dict[str, Any] = {
    "type": "list",
    "correlationId": "bd1183d9-c9d8-11e7-909a-6789bfc80ac5",
    "data": [
        {
            "type": "error",
            "code": "parameter-not-supplied",
            "title": "Required parameter not supplied",
            "detail": "Institution ID  parameter is required.",
            "source": {"pointer": "connection/institution/id", "parameter": "id"},
        }
    ],
}
#: core.json GET /jobs/{jobId}, example data-failed; the same body on the Errors page (Consent
#: UI and bank errors): the bank returned access_denied at verify-credentials.
DATA_FAILED: dict[str, Any] = {
    "type": "job",
    "id": "5c50a2d1-561c-48c4-a186-b763bdf5502a",
    "created": "2024-09-25T04:22:25Z",
    "updated": "2024-09-25T04:22:38Z",
    "jobType": "connection",
    "steps": [
        {
            "title": "verify-credentials",
            "status": "failed",
            "result": {
                "code": "authorization-failed",
                "title": "Authorization failed",
                "detail": "access_denied",
            },
        },
        {"title": "retrieve-accounts", "status": "pending", "result": None},
        {"title": "retrieve-transactions", "status": "pending", "result": None},
    ],
    "links": {
        "self": "https://au-api.basiq.io/jobs/5c50a2d1-561c-48c4-a186-b763bdf5502a",
        "source": "https://au-api.basiq.io/users/b2afc9cd-0f3c-41f0-9e19-d18482abc9fc"
        "/connections/60612323-9c42-478a-8ff2-640445dbe64a",
    },
}
#: core.json GET /jobs/{jobId}, example Report-failed: the report job's own status, its step's
#: result null, its links null.
REPORT_FAILED: dict[str, Any] = {
    "type": "job",
    "id": "b1824ad0-73f1-0138-3700-0a58a9feac09",
    "partnerId": "e73ffa09-742f-4be3-9aae-0ad077f041a1",
    "applicationId": "3e2863df-43d1-405d-b104-701bcb34e184",
    "created": "2016-06-08T09:10:32.000Z",
    "updated": "2016-06-08T09:14:28.000Z",
    "status": "failed",
    "jobType": "report",
    "steps": [{"title": "create-report", "status": "failed", "result": None}],
    "links": None,
}
#: docs/PLatform/webhooks/index.md, lines 62-72: the webhook message for user.created.
USER_CREATED: dict[str, Any] = {
    "eventTypeId": "user.created",
    "eventId": "44a85f64-5717-4562-b3fc-2c963f66af44",
    "links": {
        "event": "https://au-api.basiq.io/events/44a85f64-5717-4562-b3fc-2c963f66af44",
        "eventEntity": "https://au-api.basiq.io/users/88a85f64-5717-4562-b3fc-2c963f66af88",
    },
}


def test_the_errors_page_s_example_is_read_as_a_basiq_error() -> None:
    assert payloads.identify(ERRORS_PAGE_EXAMPLE).kind == "basiq/error"
    found = payloads.decisive_code("basiq/error", ERRORS_PAGE_EXAMPLE)
    assert found is not None
    assert (found.path, found.code) == ("$.data[0].code", basiq.ErrorCode("parameter-not-supplied"))


def test_the_bank_s_refusal_decides_a_failed_job_and_its_message_stays_text() -> None:
    assert payloads.identify(DATA_FAILED).kind == "basiq/job"
    found = payloads.decisive_code("basiq/job", DATA_FAILED)
    assert found is not None
    assert (found.path, found.code) == (
        "$.steps[0].result.code",
        basiq.JobResultCode("authorization-failed"),
    )
    result = payloads.validate("basiq/job", DATA_FAILED).steps[0].result
    assert result is not None and result.detail == "access_denied"


def test_a_later_failed_step_decides_over_earlier_successes() -> None:
    """The job's shape as core.json's data-success example has it, its second step failed."""
    body = {
        "type": "job",
        "id": "a03e4df4-dc05-4cd3-9af0-0f28a13ea614",
        "created": "2024-09-25T04:14:48Z",
        "updated": "2024-09-25T04:14:50Z",
        "steps": [
            {"title": "verify-credentials", "status": "success", "result": {"type": "link"}},
            {
                "title": "retrieve-accounts",
                "status": "failed",
                "result": {"code": "service-unavailable", "title": "t", "detail": "d"},
            },
            {"title": "retrieve-transactions", "status": "pending", "result": None},
        ],
    }
    found = payloads.decisive_code("basiq/job", body)
    assert found is not None
    assert (found.path, found.code) == (
        "$.steps[1].result.code",
        basiq.JobResultCode("service-unavailable"),
    )


def test_a_report_job_is_decided_by_its_own_status() -> None:
    found = payloads.decisive_code("basiq/job", REPORT_FAILED)
    assert found is not None
    assert (found.path, found.code) == ("$.status", basiq.JobStepStatus("failed"))


def test_a_webhook_message_is_read_by_its_event_type() -> None:
    assert payloads.identify(USER_CREATED).kind == "basiq/webhook"
    found = payloads.decisive_code("basiq/webhook", USER_CREATED)
    assert found is not None
    assert found.code == basiq.WebhookEventType("user.created")


@pytest.fixture(scope="module")
def server() -> Iterator[HTTPServer]:
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    with HTTPServer() as running:
        running.expect_request("/error").respond_with_json(ERRORS_PAGE_EXAMPLE, status=400)
        yield running


def test_from_exception_reads_the_code_and_the_correlation_id(server: HTTPServer) -> None:
    with pytest.raises(httpx.HTTPStatusError) as raised:
        httpx.get(server.url_for("/error")).raise_for_status()
    found = bankcodes.from_exception(raised.value)
    assert found is not None
    assert (found.kind, found.code, found.status) == (
        "basiq/error",
        basiq.ErrorCode("parameter-not-supplied"),
        400,
    )
    assert found.request_id == "bd1183d9-c9d8-11e7-909a-6789bfc80ac5"
