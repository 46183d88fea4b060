"""A provider's error that holds the bank's own error response, read in its place by every
reader: Yapily passes the bank's UK Open Banking body through as the text of
institutionError.errorMessage (yapily/yapily-openapi at 3f9441be, openapi.json: the
ApiResponseError schema's example, HTTP 424, and the ApiErrorResponse schema's example, an issue
holding the bank's body). The bank's code decides where the catalog knows it, with Yapily's own
code beside it (`outer`); where it does not, Yapily's code decides, with the bank's beside it
(`inner`). A text that is no JSON, or a body of a kind the field does not hold, is no body."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer

import bankcodes
from bankcodes import payloads
from tests.support.cli_here import cli_here
from tests.support.found_errors import found, response
from tests.support.helpers import after_decision
from tests.support.verdicts import Corpus


def _bank(code: str, status: str = "500 Internal Server Error") -> str:
    """A UK Open Banking OBErrorResponse1 as the text Yapily sends it."""
    return json.dumps(
        {"Code": status, "Id": "5ff8d331-4282-41e0-b5ef-1ac9ac39f009",
         "Message": "Technical Error. Please try again later",
         "Errors": [{"ErrorCode": code, "Message": "There was a problem processing the request."}]},
        separators=(",", ":"),
    )  # fmt: skip


def _failed(text: str) -> dict[str, Any]:
    """The ApiResponseError example's body with `text` as the institution's answer."""
    return {
        "error": {
            "tracingId": "74b13ce8ed51419f92c5d609e04532de",
            "code": 424,
            "institutionError": {"errorMessage": text, "httpStatusCode": 500},
            "source": "INSTITUTION",
            "status": "FAILED_DEPENDENCY",
        }
    }


#: openapi.json, #/components/schemas/ApiResponseError/example (line 11180), as published.
FAILED_DEPENDENCY = _failed(_bank("UK.OBIE.UnexpectedError"))
#: openapi.json, #/components/schemas/ApiErrorResponse/example (line 11208), as published.
ISSUE = {
    "error": {
        "tracingId": "0c2d0973bdd24224a65e5d0f7d1b6154",
        "code": 400,
        "status": "BAD_REQUEST",
        "supportUrl": "https://support.yapily.com/",
        "source": "YAPILY",
        "issues": [
            {
                "type": "INVALID_REQUEST",
                "code": "INVALID_PROPERTY_UNEXPECTED_VALUE",
                "parameter": "$.payer.accountidentifications.type",
                "message": "Type Should be one of [PAN, SORT_CODE, ACCOUNT_NUMBER]",
                "institutionError": {
                    "errorMessage": '{"Code":"400 BadRequest","Id":"3517bfc2-c3ee-4f2f-b4f8-'
                    '12f62478e0d1","Message":"No Resource found","Errors":[{"ErrorCode":'
                    '"UK.OBIE.Resource.NotFound","Message":"No resource found corresponding to '
                    'the consent id"}]}',
                    "httpStatusCode": 400,
                },
            }
        ],
    }
}
HOLDER = "$.error.institutionError.errorMessage"


def _issue(code: str, bank: str) -> dict[str, Any]:
    """An issue of the enhanced format (ApiErrorResponse) holding the bank's answer."""
    return {
        "type": "INVALID_REQUEST",
        "code": code,
        "message": "The institution refused the request",
        "institutionError": {"errorMessage": _bank(bank, "400 BadRequest"), "httpStatusCode": 400},
    }


#: Two issues: the first holds a bank's code no release of the catalog knows, the second one it
#: knows (Yapily's error-handling page: the issues are listed in order, each may hold the bank's
#: answer). The errors page's rule: the first code the catalog knows decides, then the first.
SEVERAL = {
    "error": {
        "tracingId": "0c2d0973bdd24224a65e5d0f7d1b6154",
        "code": 400,
        "status": "BAD_REQUEST",
        "source": "INSTITUTION",
        "issues": [
            _issue("AN_ISSUE_CODE_NOT_PUBLISHED", "UK.OBIE.Bank.NotPublished"),
            _issue("ANOTHER_ISSUE_CODE_NOT_PUBLISHED", "UK.OBIE.Resource.NotFound"),
        ],
    }
}


def test_the_banks_code_decides_with_yapilys_beside_it() -> None:
    found = bankcodes.from_exception(FAILED_DEPENDENCY)
    assert found is not None
    assert (found.kind, found.path, found.code_set) == (
        "ukob/error", "$.Errors[0].ErrorCode", "ukob.error_code"
    )  # fmt: skip
    assert (found.code.value, found.holder, found.inner) == (
        "UK.OBIE.UnexpectedError",
        HOLDER,
        None,
    )
    outer = found.outer
    assert outer is not None and (outer.kind, outer.path) == ("yapily/error", "$.error.source")
    assert (outer.code.value, outer.holder) == ("INSTITUTION", None)
    # Yapily's tracingId, nested in its error, is the request id its support asks for.
    assert found.request_id == outer.request_id == "74b13ce8ed51419f92c5d609e04532de"


def test_a_body_held_in_an_issue_is_read_at_its_place() -> None:
    found = bankcodes.from_exception(ISSUE)
    assert found is not None and found.code.value == "UK.OBIE.Resource.NotFound"
    assert found.holder == "$.error.issues[0].institutionError.errorMessage"
    assert found.outer is not None and found.outer.path == "$.error.issues[0].code"
    assert found.outer.code.value == "INVALID_PROPERTY_UNEXPECTED_VALUE"


def test_of_several_issues_the_first_bank_code_the_catalog_knows_decides() -> None:
    found = bankcodes.from_exception(SEVERAL)
    assert found is not None
    assert (found.kind, found.code.value, found.code.known) == (
        "ukob/error", "UK.OBIE.Resource.NotFound", True
    )  # fmt: skip
    assert found.holder == "$.error.issues[1].institutionError.errorMessage"
    assert found.outer is not None and found.outer.kind == "yapily/error"
    # Where no bank's code is known, Yapily's own decides, and the first bank's code is beside it.
    unknown = json.loads(json.dumps(SEVERAL))
    unknown["error"]["issues"][1] = _issue("ANOTHER_ISSUE_CODE", "UK.OBIE.Also.NotPublished")
    found = bankcodes.from_exception(unknown)
    assert found is not None and found.kind == "yapily/error"
    assert found.inner is not None and found.inner.code.value == "UK.OBIE.Bank.NotPublished"
    assert found.inner.holder == "$.error.issues[0].institutionError.errorMessage"


def test_a_berlin_group_bank_s_problem_details_tell_no_provider_alone() -> None:
    # A Berlin Group bank answering in the file's RFC 7807 form (psd2-api 1.3.8, Error401_AIS:
    # type and code required; CONSENT_EXPIRED in MessageCode401_AIS). RFC 7807's fields and a
    # code Lean sends too tell no provider: Yapily's own code decides; told the provider, the
    # body is the Berlin Group's.
    problem = {"type": "about:blank", "title": "Unauthorized", "code": "CONSENT_EXPIRED"}
    found = bankcodes.from_exception(_failed(json.dumps(problem)))
    assert found is not None
    assert (found.kind, found.code.value, found.inner) == ("yapily/error", "INSTITUTION", None)
    assert payloads.identify(problem).kind is None
    assert payloads.identify(problem, "berlingroup").kind == "berlingroup/problem"


def test_a_bank_code_the_catalog_does_not_know_leaves_the_decision_to_yapily() -> None:
    # A code published after this release: the bank's body is still read, beside Yapily's.
    found = bankcodes.from_exception(_failed(_bank("UK.OBIE.Resource.Brand.New")))
    assert found is not None and (found.kind, found.code.value) == ("yapily/error", "INSTITUTION")
    assert found.outer is None and found.inner is not None
    assert (found.inner.kind, found.inner.holder) == ("ukob/error", HOLDER)
    assert (found.inner.code.value, found.inner.code.known) == ("UK.OBIE.Resource.Brand.New", False)


@pytest.mark.parametrize(
    "text",
    [
        "Service Unavailable",  # no JSON
        '{"Code": "500", "Errors": ',  # JSON cut short
        json.dumps({"errors": [{"code": "urn:au-cds:error:cds-all:Field/Invalid", "title": "t"}]}),
        "[" * 300 + "]" * 300,  # nested deeper than any body is read
    ],
    ids=["text", "cut", "another-kind", "deep"],
)
def test_a_text_that_is_no_body_of_its_kinds_is_none(text: str) -> None:
    """A text that is no JSON, or JSON of a kind the field does not hold (a CDR body where the
    field holds UK Open Banking's or the Berlin Group's), gives no inner body: never handed to
    a kind that is not the field's."""
    assert payloads.inner_bodies("yapily/error", _failed(text)) == ()
    found = bankcodes.from_exception(_failed(text))
    assert found is not None and (found.kind, found.inner, found.outer) == (
        "yapily/error",
        None,
        None,
    )


@pytest.fixture(scope="module")
def server() -> Iterator[HTTPServer]:
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    with HTTPServer() as running:
        running.expect_request("/424").respond_with_json(FAILED_DEPENDENCY, status=424)
        running.expect_request("/400").respond_with_json(ISSUE, status=400)
        running.expect_request("/several").respond_with_json(SEVERAL, status=400)
        yield running


def test_python_reads_both_from_the_raised_error(server: HTTPServer) -> None:
    with pytest.raises(httpx.HTTPStatusError) as raised:
        httpx.get(server.url_for("/424")).raise_for_status()
    found = bankcodes.from_exception(raised.value)
    assert found is not None and (found.code.value, found.status) == (
        "UK.OBIE.UnexpectedError",
        424,
    )
    assert found.outer is not None and found.outer.status == 424


#: Yapily's responses, read alike in both languages (TypeScript's fromError of a fetch Response).
RESPONSES = Corpus(
    "inner_bodies",
    lambda: (
        ("424", response(424, json.dumps(FAILED_DEPENDENCY))),
        ("400", response(400, json.dumps(ISSUE))),
        ("several", response(400, json.dumps(SEVERAL))),
    ),
    found,
)


def test_python_reads_both_as_committed() -> None:
    read = RESPONSES.python()
    first = read["424"]
    assert (first["kind"], first["path"], first["code"], first["holder"]) == (
        "ukob/error", "$.Errors[0].ErrorCode", "UK.OBIE.UnexpectedError", HOLDER
    )  # fmt: skip
    assert (first["status"], first["known"], first["inner"]) == (424, True, None)
    assert first["requestId"] == "74b13ce8ed51419f92c5d609e04532de"
    assert (first["outer"]["kind"], first["outer"]["code"]) == ("yapily/error", "INSTITUTION")
    second = read["400"]
    assert second["code"] == "UK.OBIE.Resource.NotFound"
    assert second["outer"]["code"] == "INVALID_PROPERTY_UNEXPECTED_VALUE"
    python = bankcodes.from_exception(ISSUE)
    assert python is not None and second["category"] == python.code.category.value
    several = read["several"]
    assert (several["code"], several["holder"]) == (
        "UK.OBIE.Resource.NotFound", "$.error.issues[1].institutionError.errorMessage"
    )  # fmt: skip
    RESPONSES.check()


def test_explain_prints_both() -> None:
    pasted = "HTTP/1.1 424 Failed Dependency\r\n\r\n" + json.dumps(FAILED_DEPENDENCY)
    result = cli_here("explain", "-", stdin=pasted)
    assert result.returncode == 0, result.stderr
    lines = after_decision(result.stdout).splitlines()
    assert lines[0].startswith("ukob/error: $.Errors[0].ErrorCode = UK.OBIE.UnexpectedError")
    assert f"  the bank's body, read from {HOLDER} of yapily/error, decides;" in lines
    assert (
        "  the provider's own code around it: $.error.source = INSTITUTION (yapily.error_source)"
        in lines
    )
    answer = cli_here("explain", "-", "--json", stdin=pasted)
    shown = json.loads(answer.stdout)
    assert (shown["code"], shown["holder"], shown["outer"]["code"]) == (
        "UK.OBIE.UnexpectedError", HOLDER, "INSTITUTION"
    )  # fmt: skip


def test_the_pages_say_which_kind_holds_which(built: Path) -> None:
    """Yapily's error page names the two fields that hold the bank's body (openapi.json:
    ApiError.institutionError and ErrorIssue.institutionError), and each standard's error page
    names Yapily once, with both fields."""
    yapily_page = (built / "reference" / "payloads" / "yapily" / "error" / "index.html").read_text(
        encoding="utf-8"
    )
    assert yapily_page.count('id="the-banks-body-inside-it"') == 1
    for field in (HOLDER, "$.error.issues[*].institutionError.errorMessage"):
        assert f"<code>{field}</code>" in yapily_page, field
    for standard in ("ukob", "berlingroup"):
        page = (built / "reference" / "payloads" / standard / "error" / "index.html").read_text(
            encoding="utf-8"
        )
        passed = page[page.index('id="passed-through-by"') :]
        assert passed.count("Yapily API error response") == 1, standard
        assert f"<code>{HOLDER}</code>" in passed, standard
