"""GoCardless Bank Account Data's objects as its API returns them (a requisition, GET
/api/v2/requisitions/{id}/; an account's metadata, GET /api/v2/accounts/{id}/; an end user
agreement, /api/v2/agreements/enduser/) and its error bodies, field-level ones included
({"institution_id": {"summary": …, "detail": …}, "status_code": 400}), as they are published: no
copy of GoCardless's pages reaches a JSON body of them, so they are its official clients' test
bodies (nordigen/nordigen-php@acbf545, nordigen/nordigen-python@c4a42fe) and the examples of a
third party's copy of its OpenAPI document (andrejvysny/spendly docs/gocardless.swagger.json at
427f9dd, "GoCardless Bank Account Data API", version "2.0 (v2)").

Each body, exact, with its source and the code that decides it, is in
tests/support/gocardless_examples.json (the catalog's examples) or
tests/support/published_bodies/gocardless.json (the rest). Each is recognised by fields of its
own together (never a lone status), as its own kind and no other; a body no kind describes
(balances, transactions, institutions, a token) is recognised as none."""

from __future__ import annotations

import json
from typing import Any

import pytest

import bankcodes
from bankcodes import UnknownCode, gocardless, payloads
from tests.support.cli_here import cli_here
from tests.support.each import Cases, by_provider, each
from tests.support.helpers import ROOT, after_decision, spec_data

SUPPORT = ROOT / "tests" / "support"
EXAMPLES: list[dict[str, Any]] = json.loads(
    (SUPPORT / "gocardless_examples.json").read_text(encoding="utf-8")
)["bodies"]
PUBLISHED: list[dict[str, Any]] = json.loads(
    (SUPPORT / "published_bodies" / "gocardless.json").read_text(encoding="utf-8")
)["bodies"]
KINDS = ("gocardless/requisition", "gocardless/account", "gocardless/agreement")

#: nordigen-php tests/UnitTests/NordigenIntegrationTest.php, self::$responseRequisition.
REQUISITION = {
    "id": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "created": "2021-10-18T10:02:17.928Z",
    "redirect": "https://example.com",
    "status": "CR",
    "agreement": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "accounts": ["3fa85f64-5717-4562-b3fc-2c963f66afa6"],
    "reference": "1234",
    "institution_id": "REVOLUT",
    "link": "https://nordigen.com",
    "enduser_id": "1234",
    "user_language": "LV",
}
#: The OpenAPI copy, POST /api/v2/requisitions/ → 400, its example InstitutionFieldErrors.
INSTITUTION_FIELD_ERRORS = {
    "institution_id": {
        "summary": "Unknown Institution ID $INSTITUTION_ID",
        "detail": "Get Institution IDs from /institutions/?country={$COUNTRY_CODE}",
    },
    "status_code": 400,
}


@pytest.mark.parametrize(
    ("provider", "cases"), by_provider(("gocardless", b["title"], b) for b in EXAMPLES + PUBLISHED)
)
def test_a_published_body_is_its_kind_alone_and_decided_by_its_code(
    provider: str, cases: Cases
) -> None:
    each(cases, _its_kind_alone_and_decided_by_its_code)


def _its_kind_alone_and_decided_by_its_code(body: dict[str, Any]) -> None:
    data = body["data"]
    found = payloads.identify(data)
    if body["kind"] is None:
        assert found.kinds == ()
        return
    assert found.kinds == (body["kind"],)
    decided = payloads.decisive_code(body["kind"], data)
    if body["decided_by"] is None:
        assert decided is None
        return
    assert decided is not None
    assert (decided.path, decided.code_set) == (body["decided_by"], body["code_set"])
    assert decided.code.value == data[body["decided_by"].removeprefix("$.")]
    assert isinstance(decided.code, UnknownCode) is not body["known"]


def test_the_catalogs_examples_are_the_published_bodies() -> None:
    kinds = spec_data()["payloads"]
    for kind in KINDS:
        said = [(e["data"], e["decided_by"]) for e in kinds[kind]["examples"]]
        assert said == [(b["data"], b["decided_by"]) for b in EXAMPLES if b["kind"] == kind]
    said = [(e["data"], e["decided_by"]) for e in kinds["gocardless/error"]["examples"]]
    for body in (b for b in EXAMPLES if b["kind"] == "gocardless/error"):
        assert (body["data"], body["decided_by"]) in said, body["title"]


def test_every_published_example_validates_strictly_as_its_kind() -> None:
    for body in EXAMPLES:
        validated = payloads.validate(body["kind"], body["data"], strict=True)
        assert validated.model_dump(mode="json", by_alias=True, exclude_unset=True) == body["data"]


def test_a_requisition_is_gocardless_s_and_decided_by_its_status() -> None:
    assert payloads.identify(REQUISITION).kinds == ("gocardless/requisition",)
    found = payloads.decisive_code("gocardless/requisition", REQUISITION)
    assert found is not None and found.path == "$.status"
    assert found.code is gocardless.RequisitionStatus.CREATED
    # A status alone, or a status and an id, is nobody's requisition.
    for body in ({"status": "CR"}, {"id": REQUISITION["id"], "status": "LN"}):
        assert payloads.recognise(body) == ()


def test_a_requisition_pasted_into_explain_reads_as_gocardless_s() -> None:
    run = cli_here("explain", "-", stdin=json.dumps(REQUISITION))
    lines = after_decision(run.stdout).splitlines()
    assert run.returncode == 0, run.stderr
    # The statuses page: Status short CR, Status long CREATED, "Requisition has been
    # successfully created".
    assert lines[0] == "gocardless/requisition: $.status = CR (CREATED)"
    assert (
        lines[2]
        == "gocardless · Requisition status · bankcodes.gocardless.RequisitionStatus.CREATED"
    )
    assert lines[3].strip() == "Requisition has been successfully created"


def test_a_field_level_error_is_gocardless_s_error_with_no_code() -> None:
    assert payloads.identify(INSTITUTION_FIELD_ERRORS).kinds == ("gocardless/error",)
    assert payloads.decisive_code("gocardless/error", INSTITUTION_FIELD_ERRORS) is None
    validated = payloads.validate("gocardless/error", INSTITUTION_FIELD_ERRORS, strict=True)
    assert type(validated).__name__ == "FieldErrors"
    # It names no code for from_exception to give: the field's summary is a sentence.
    assert bankcodes.from_exception(INSTITUTION_FIELD_ERRORS) is None
    # A field's summary and detail without the status_code are no error body.
    assert payloads.recognise({"institution_id": INSTITUTION_FIELD_ERRORS["institution_id"]}) == ()


def test_an_agreement_carries_no_code() -> None:
    agreement = next(b["data"] for b in EXAMPLES if b["kind"] == "gocardless/agreement")
    # nordigen-php's self::$responseEUA: "accepted": null until the end user accepts it.
    assert agreement["accepted"] is None
    assert payloads.codes("gocardless/agreement", agreement) == ()
    assert spec_data()["payloads"]["gocardless/agreement"].get("decides", []) == []


def test_an_account_in_error_answers_a_request_for_its_details() -> None:
    """The OpenAPI copy's 409 AccountStateError is the account itself, its status ERROR."""
    body = next(b["data"] for b in EXAMPLES if "AccountStateError" in b["title"])
    assert body["status"] == "ERROR" and "summary" not in body
    found = payloads.decisive_code("gocardless/account", body)
    assert found is not None and found.code is gocardless.AccountStatus.ERROR
