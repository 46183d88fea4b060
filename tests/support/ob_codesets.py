"""UK Open Banking v4's code set file, OB_Internal_Codeset.csv of
OpenBankingUK/External_Internal_CodeSets at de0fe9db11834067f82ec9877f941f86d8854cc2: the rule
that reads one of its code sets, and that code set's codes as a catalog agreeing with
tests/drift/fixtures/ob-codesets.csv (twelve of its rows) holds them, typed from the file, a
cell's line breaks written as spaces (as drift proposes a text, and as the quote check reads a
cell). The catalog holds no standard yet: the codes are planted in a copy of the spec, the v3.1
name UK.OBIE.Field.Invalid holding v4's U002 as its alias."""

from __future__ import annotations

from typing import Any

from tests.support.drift_case import SOURCE, named

REF = "gocardless.uk_error_code"
COPY = "ob-codesets.csv"
COLUMNS = {"code": "Code Value", "description": "Description", "http": "HTTP Status Category"}
ONE_SET = {"Code Set": "OBExternalStatusReason1Code"}

U001 = (
    "For the scenario, when a field-value is not provided in the payload, that is expected in "
    "combination with preceding field-value pairs. The corresponding path must be populated "
    "with the path of the unexpected field. E.g. ExchangeRate must be specified with Agreed "
    "RateType. ExchangeRate should be specified in the path element. InstructionPriority must "
    "be specified with Agreed RateType. InstructionPriority should be specified in the path "
    "element."
)
U002 = (
    "An invalid value is supplied in one of the fields, or the length of value supplied is "
    "larger than the corresponding maximum field length in ASPSP's domain. Reference of the "
    "invalid field should be provided in the path field, and the URL field may have the link to "
    "a website explaining the valid behaviour. The error message should describe the problem in "
    "detail."
)
U004 = (
    "A mandatory field, required for the API, is missing from the payload. This error code can "
    "be used, if it is not already captured under the validation for U010 "
    "(UK.OBIE.Resource.InvalidFormat) Reference of the missing field should be provided in the "
    "path field, and URL field may have the link to a website explaining the valid behaviour"
)
U028 = (
    "The ASPSP must use this error code in Error Response to indicate that re-authentication by "
    "the PSU is required to process the request."
)
U029 = (
    "The ASPSP must use this error code in Error Response, to indicate that a resource with same "
    "parameters already exists, or in a state that doesn't allow requested operation."
)
U000 = (
    "An error code that can be used, when an unexpected error occurs. The ASPSP must populate "
    "the message with a meaningful error description, without revealing sensitive information."
)


def rule(rows: dict[str, str] | None = ONE_SET, **columns: str) -> dict[str, Any]:
    """A CSV source's extract: a table rule reading the code set's rows (those `rows` keeps),
    its columns COLUMNS with `columns` changed."""
    read: dict[str, Any] = {"code_set": REF, "table": {**COLUMNS, **columns}}
    if rows is not None:
        read["rows"] = rows
    return {"format": "csv", "code_sets": [read]}


def http(status: int) -> list[dict[str, Any]]:
    """A code's HTTP status, as the test source gives it."""
    return [{"status": status, "sources": [SOURCE]}]


def codes(*, alias: bool = True) -> list[dict[str, Any]]:
    """The catalog's codes of the set, in agreement with the copy (U002 as the alias of
    UK.OBIE.Field.Invalid, unless `alias` is false)."""
    invalid = named("UK.OBIE.Field.Invalid", description=U002, http=http(400))
    if alias:
        invalid["aliases"] = ["U002"]
    return [
        named("U001", description=U001, http=http(400)),
        invalid,
        named("U004", description=U004, http=http(400)),
        named("U028", description=U028, http=http(403)),
        named("U029", description=U029, http=http(409)),
        named("U000", description=U000),
        named("U030", description="A status reason of a payment order.", editorial=True),
    ]
