"""The standards' error bodies as a bank's API answers them, read in their place by every reader:
Python's from_exception (over httpx's HTTPStatusError from a server on loopback), Node's
fromError (over a fetch Response) and `bankcodes explain -`. The bodies are typed from the
standards' files: UK Open Banking's OBErrorResponse1 (read-write-api-specs v3.1.11r5,
account-info-openapi.yaml; v4's four-character ErrorCode, OB_Internal_Codeset.csv line 7:
U002 = UK.OBIE.Field.Invalid), the Berlin Group's tppMessages (psd2-api 1.3.8: CONSENT_INVALID in
MessageCode401_AIS) and its RFC 7807 form (Error400_AIS: type and code required), the CDR's
ResponseErrorListV2 (_errors.md: an application-specific code with the standard's URN in
meta.urn, urn:au-cds:error:cds-all:Field/Invalid under HTTP 400, and its example spelling a URN's
family cdr-all) and Open Finance Brasil's 422 body (payments 4.1.0: SALDO_INSUFICIENTE; consents
3.3.1: DEPENDE_MULTIPLA_ALCADA)."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer

import bankcodes
from tests.support.cli_here import cli_here
from tests.support.found_errors import found, response
from tests.support.helpers import after_decision
from tests.support.verdicts import Corpus

#: (path, HTTP status, body, kind, the deciding code's path, its code set, its value).
BODIES: list[tuple[str, int, dict[str, Any], str, str, str, str]] = [
    (
        "/ukob",
        400,
        {"Code": "400 BadRequest", "Id": "1", "Message": "m",
         "Errors": [{"ErrorCode": "UK.OBIE.Field.Invalid", "Message": "bad"}]},
        "ukob/error", "$.Errors[0].ErrorCode", "ukob.error_code", "UK.OBIE.Field.Invalid",
    ),
    (
        "/ukob-v4",
        400,
        {"Code": "400 BadRequest", "Id": "2", "Message": "m",
         "Errors": [{"ErrorCode": "U002", "Message": "UK.OBIE.Field.Invalid - bad"}]},
        "ukob/error", "$.Errors[0].ErrorCode", "ukob.error_code", "UK.OBIE.Field.Invalid",
    ),
    (
        "/berlingroup",
        401,
        {"tppMessages": [{"category": "ERROR", "code": "CONSENT_INVALID", "text": "x"}]},
        "berlingroup/error", "$.tppMessages[0].code", "berlingroup.message_code",
        "CONSENT_INVALID",
    ),
    (
        # The file's RFC 7807 form (Error400_AIS: type and code required, additionalErrors with
        # their own code; FORMAT_ERROR and PERIOD_INVALID in MessageCode400_AIS).
        "/berlingroup-problem",
        400,
        {"type": "about:blank", "title": "Bad Request", "code": "FORMAT_ERROR",
         "additionalErrors": [{"code": "PERIOD_INVALID"}]},
        "berlingroup/problem", "$.code", "berlingroup.message_code", "FORMAT_ERROR",
    ),
    (
        # An implementation's spelling in the same form (adorsys xs2a: CERTIFICATE_REVOKED, the
        # file's CERTIFICATE_REVOKE in MessageCode401_AIS) is read as the file's code.
        "/berlingroup-problem-spelling",
        401,
        {"type": "https://aspsp.example/problems/certificate", "code": "CERTIFICATE_REVOKED",
         "detail": "x"},
        "berlingroup/problem", "$.code", "berlingroup.message_code", "CERTIFICATE_REVOKE",
    ),
    (
        "/cdr",
        400,
        {"errors": [{"code": "ACME-APPLY-017", "title": "Application Is Missing Product ID",
                     "meta": {"urn": "urn:au-cds:error:cds-all:Field/Invalid"}}]},
        "cdr/error", "$.errors[0].meta.urn", "cdr.error_code",
        "urn:au-cds:error:cds-all:Field/Invalid",
    ),
    (
        # The standard's own example spells the URN's family cdr-all (_errors.md, the transition
        # after an application-specific code is retired): an alias of cds-all's.
        "/cdr-spelling",
        406,
        {"errors": [{"code": "urn:au-cds:error:cdr-all:Header/UnsupportedVersion",
                     "title": "Unsupported Version",
                     "detail": "'x-v' MUST be greater than or equal to '2'"}]},
        "cdr/error", "$.errors[0].code", "cdr.error_code",
        "urn:au-cds:error:cds-all:Header/UnsupportedVersion",
    ),
    (
        "/openfinancebrasil",
        422,
        {"errors": [{"code": "SALDO_INSUFICIENTE", "title": "Saldo insuficiente.",
                     "detail": "A conta selecionada não possui saldo suficiente."}],
         "meta": {"requestDateTime": "2021-05-21T08:30:00Z"}},
        "openfinancebrasil/error", "$.errors[0].code", "openfinancebrasil.payment_error",
        "SALDO_INSUFICIENTE",
    ),
    (
        # The consents API's renewal answer (consents 3.3.1, UnprocessableEntityConsents'
        # example: plain JSON, its meta with totalPages and totalRecords).
        "/openfinancebrasil-consents",
        422,
        {"errors": [{"code": "DEPENDE_MULTIPLA_ALCADA",
                     "title": "Necessário aprovação de múltipla alçada.",
                     "detail": "O consentimento informado não pode ser renovado sem "
                               "redirecionamento porque depende de múltipla alçada para "
                               "aprovação"}],
         "meta": {"requestDateTime": "2021-05-21T08:30:00Z", "totalPages": 1,
                  "totalRecords": 1}},
        "openfinancebrasil/error", "$.errors[0].code",
        "openfinancebrasil.data_consent_renewal_error", "DEPENDE_MULTIPLA_ALCADA",
    ),
]  # fmt: skip


@pytest.fixture(scope="module")
def server() -> Iterator[HTTPServer]:
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    with HTTPServer() as running:
        for path, status, body, *_ in BODIES:
            running.expect_request(path).respond_with_json(body, status=status)
        yield running


@pytest.mark.parametrize("case", BODIES, ids=[case[0] for case in BODIES])
def test_python_reads_the_standards_code_from_the_raised_error(
    server: HTTPServer, case: tuple[str, int, dict[str, Any], str, str, str, str]
) -> None:
    path, status, _, kind, where, code_set, value = case
    with pytest.raises(httpx.HTTPStatusError) as raised:
        httpx.get(server.url_for(path)).raise_for_status()
    found = bankcodes.from_exception(raised.value)
    assert found is not None
    assert (found.kind, found.path, found.code_set) == (kind, where, code_set)
    assert (found.code.value, found.status) == (value, status)


#: The standards' responses, read alike in both languages (TypeScript's fromError of a fetch
#: Response): the code as it travels (v4's U002), known as the code Python names.
RESPONSES = Corpus(
    "standard_bodies",
    lambda: ((path, response(status, json.dumps(body))) for path, status, body, *_ in BODIES),
    found,
)


def test_python_reads_them_as_committed() -> None:
    read = RESPONSES.python()
    for path, status, body, kind, where, code_set, _ in BODIES:
        python = bankcodes.from_exception(body)
        assert python is not None
        got = read[path]
        assert (got["kind"], got["path"], got["codeSet"]) == (kind, where, code_set), path
        assert (got["code"], got["known"], got["status"]) == (_at(body, where), True, status), path
        assert got["category"] == python.code.category.value, path
    RESPONSES.check()


def _at(body: dict[str, Any], path: str) -> object:
    """The value at a JSON path of this module's bodies ($.errors[0].meta.urn)."""
    value: Any = body
    for step in path.removeprefix("$.").replace("[", ".").replace("]", "").split("."):
        value = value[int(step)] if step.isdigit() else value[step]
    return value


@pytest.mark.parametrize("case", BODIES, ids=[case[0] for case in BODIES])
def test_explain_names_the_standards_code(
    case: tuple[str, int, dict[str, Any], str, str, str, str],
) -> None:
    _, _, body, kind, where, _, value = case
    result = cli_here("explain", "-", stdin=json.dumps(body))
    assert result.returncode == 0, result.stderr
    first = after_decision(result.stdout).splitlines()[0]
    # The value the body holds, and where it is an alias, the code set's value beside it.
    held = _at(body, where)
    assert first.startswith(f"{kind}: {where} = {held}"), first
    assert held == value or first.endswith(f", read as {value})"), first
