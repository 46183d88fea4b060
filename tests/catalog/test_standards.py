"""The open-banking standards, read from their pinned files. Expected values are typed from them:
UK Open Banking's OB_Internal_Codeset.csv (OpenBankingUK/External_Internal_CodeSets at de0fe9db:
line 7, `OBExternalStatusReason1Code,U002,UK.OBIE.Field.Invalid,Field is invalid,400,…`), the
Berlin Group's psd2-api 1.3.8 file (as kept in adorsys/xs2a-adapter at 4831bd98: CONSENT_INVALID
in MessageCode401_AIS, line 8033; the file spells CERTIFICATE_REVOKE, line 8005, where adorsys'
xs2a sends CERTIFICATE_REVOKED), the CDR standard's error page (ConsumerDataStandardsAustralia/
standards at 45f31a80, slate/source/includes/standards/_errors.md line 121: `Invalid Field`,
urn:au-cds:error:cds-all:Field/Invalid, under HTTP 400) and Open Finance Brasil's payments API
4.1.0 (OpenBanking-Brasil/draft-openapi at b754294a, swagger-apis/payments/4.1.0.yml line 1263:
`SALDO_INSUFICIENTE: Esta conta não possui saldo suficiente para realizar o pagamento.`)."""

from __future__ import annotations

import pytest

import bankcodes
from bankcodes import berlingroup, cdr, openfinancebrasil, payloads, ukob
from tests.support.helpers import ROOT, counts
from tests.support.payload_case import Case
from tests.support.payload_readers import (
    MODES,
    corpus_schema_verdict,
    jsonschema_verdict,
    model_verdict,
    schema_cases,
    schema_verdicts,
)
from tests.support.verdicts import Corpus


def test_a_uk_code_is_one_code_under_its_v3_name_and_its_v4_code() -> None:
    v3 = ukob.ObieErrorCode("UK.OBIE.Field.Invalid")
    assert ukob.ObieErrorCode("U002") is v3
    assert v3.value == "UK.OBIE.Field.Invalid" and "U002" in v3.aliases
    assert v3.http_statuses == (400,)
    (found,) = bankcodes.lookup("ukob", "U002")
    assert found is v3


def test_a_berlin_group_code_and_an_implementation_s_spelling_are_one_code() -> None:
    revoked = berlingroup.MessageCode("CERTIFICATE_REVOKED")
    assert revoked.value == "CERTIFICATE_REVOKE"
    assert 401 in berlingroup.MessageCode("CONSENT_INVALID").http_statuses


def test_a_cdr_urn_is_its_code() -> None:
    field = cdr.ErrorCode("urn:au-cds:error:cds-all:Field/Invalid")
    assert field.http_statuses == (400,)
    assert field.info.message == "Invalid Field"


def test_brazil_s_words_are_its_own_portuguese() -> None:
    code = openfinancebrasil.PaymentError("SALDO_INSUFICIENTE")
    text = "Esta conta não possui saldo suficiente para realizar o pagamento."
    assert code.info.description == text
    assert 422 in code.http_statuses
    page = ROOT / "site" / "docs" / "reference" / "openfinancebrasil" / "payment_error.md"
    assert f'<span lang="pt-BR">{text}</span>' in page.read_text(encoding="utf-8")


#: The licence's row of a standard's page (its table of facts, written as HTML).
LICENCE = "<tr><td>Licence</td>"


@pytest.mark.parametrize(
    ("standard", "licence"),
    [
        ("ukob", '<a href="https://www.openbanking.org.uk/open-licence">Open Licence</a>'),
        (
            "berlingroup",
            '<a href="https://creativecommons.org/licenses/by/4.0/">'
            "Creative Commons Attribution 4.0 International Public License</a>",
        ),
        ("cdr", "MIT Licence, as stated in"),
        (
            "openfinancebrasil",
            '<a href="https://www.apache.org/licenses/LICENSE-2.0">Apache 2.0</a>',
        ),
        ("iso20022", '<a href="https://www.iso20022.org/terms-use">ISO 20022 terms of use'),
        (
            "iso20022",
            '</a>, as stated in <a href="../sources/iso20022.md#iso-terms-of-use">'
            "ISO 20022: Terms of use</a>",
        ),
    ],
)
def test_each_standard_s_page_names_its_licence(standard: str, licence: str) -> None:
    page = ROOT / "site" / "docs" / "reference" / standard / "index.md"
    rows = [line for line in page.read_text(encoding="utf-8").splitlines() if LICENCE in line]
    assert len(rows) == 1 and licence in rows[0]


def test_the_readme_lists_the_standards_in_their_own_table() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    providers, standards = readme.split("| Standard | Codes |", 1)
    assert "(site/docs/reference/ukob/index.md)" in standards
    assert "(site/docs/reference/ukob/index.md)" not in providers
    assert "(site/docs/reference/plaid/index.md)" in providers


#: A body in each standard's second spelling of a code: UK Open Banking v4's U002
#: (OB_Internal_Codeset.csv line 7, UK.OBIE.Field.Invalid) and adorsys xs2a's CERTIFICATE_REVOKED
#: (the psd2-api file's CERTIFICATE_REVOKE), each valid in every mode, and one code no standard
#: lists, valid in the lenient mode alone.
SPELLINGS = [
    Case(
        "ukob/error", "v4 code",
        {"Code": "400 BadRequest", "Id": "1", "Message": "m",
         "Errors": [{"ErrorCode": "U002", "Message": "bad"}]},
        lenient=True, strict=True,
    ),
    Case(
        "berlingroup/error", "implementation's spelling",
        {"tppMessages": [{"category": "ERROR", "code": "CERTIFICATE_REVOKED"}]},
        lenient=True, strict=True,
    ),
    Case(
        "ukob/error", "unlisted",
        {"Code": "400 BadRequest", "Id": "1", "Message": "m",
         "Errors": [{"ErrorCode": "UK.OBIE.Field.Brand.New", "Message": "bad"}]},
        lenient=True, strict=False,
    ),
]  # fmt: skip


#: The second spellings, read by the schemas in both languages (jsonschema-rs, ajv).
SPELLING_VERDICTS = Corpus("standard_spellings", lambda: schema_cases(SPELLINGS), schema_verdicts)


def test_a_second_spelling_is_valid_in_every_schema_and_model() -> None:
    for case in SPELLINGS:
        for mode in MODES:
            expected = case.lenient if mode == "lenient" else case.strict
            assert jsonschema_verdict(case, mode) is expected, (case.name, mode)
            assert corpus_schema_verdict(case, mode) is expected, (case.name, mode)
            assert model_verdict(case, mode) is expected, (case.name, mode)
    SPELLING_VERDICTS.check()


def test_the_strict_model_reads_a_second_spelling_as_its_code() -> None:
    model = payloads.validate("ukob/error", SPELLINGS[0].body, strict=True)
    assert model.Errors[0].ErrorCode is ukob.ObieErrorCode("UK.OBIE.Field.Invalid")
    messages = payloads.validate("berlingroup/error", SPELLINGS[1].body, strict=True)
    assert messages.tppMessages is not None
    assert messages.tppMessages[0].code is berlingroup.MessageCode("CERTIFICATE_REVOKE")


#: Each standard's publisher, as its files name it (ukob: Open Banking Limited; the Berlin
#: Group's psd2-api file; the CDR's Data Standards Body; Open Finance Brasil; ISO 20022's
#: Registration Authority, its terms of use; the UAE's api-specs README and LICENSE: Nebras Open
#: Finance; PolishAPI 2_1_2's info.description: "Prepared by the Polish Bank Association and its
#: affiliates").
PUBLISHERS = {
    "ukob": "Open Banking Limited",
    "berlingroup": "The Berlin Group",
    "cdr": "Data Standards Body",
    "openfinancebrasil": "Open Finance Brasil",
    "iso20022": "ISO 20022 Registration Authority",
    "uaeopenfinance": "Nebras Open Finance",
    "polishapi": "Polish Bank Association (Związek Banków Polskich) and its affiliates",
}


def test_the_standards_page_lists_each_standard_with_what_it_leaves_out() -> None:
    page = (ROOT / "site" / "docs" / "reference" / "standards.md").read_text(encoding="utf-8")
    sections = page.split("\n## ")[1:]
    assert [section.split("](", 1)[1].split("/", 1)[0] for section in sections] == list(PUBLISHERS)
    for section, (standard, publisher) in zip(sections, PUBLISHERS.items(), strict=True):
        rows = {line.split(" | ", 1)[0].lstrip("| "): line for line in section.splitlines()[1:]}
        assert f"| Publisher | {publisher} |" in section, standard
        for fact in ("Versions", "Licence", "Codes", "Read in", "Not covered"):
            assert fact in rows and not rows[fact].endswith("| — |"), (standard, fact)
    iso = sections[list(PUBLISHERS).index("iso20022")]
    # UK Open Banking v4's error reads ISO's codes, and Yapily's error holds such a body whole.
    assert "(payloads/ukob/error.md): <code>$.Errors\\[\\*\\].ErrorCode</code>" in iso
    assert "(payloads/yapily/error.md): <code>$.error.institutionError.errorMessage</code>" in iso


def test_drift_counts_uk_open_banking_s_v3_1_11_error_codes_whole() -> None:
    """OBError1's ErrorCode lists 27 codes (x-namespaced-enum) in the Account Information file
    at v3.1.11; the VRP file's lists 29 (UK.OBIE.Rules.FailsControlParameters and
    UK.OBIE.Rules.ResourceAlreadyExists besides) and its OBVRPStatusReasonCode two more
    (UK.OBIE.ExemptionNotApplied, UK.OBIE.OtherReason), each the alias of a v4 code."""
    assert counts("ukob-v3-1-11-account-info-openapi") == {"ukob.error_code": (27, 27)}
    assert counts("ukob-v3-1-11-vrp-openapi")["ukob.error_code"] == (31, 31)
    assert ukob.ObieErrorCode("UK.OBIE.ExemptionNotApplied") is ukob.ObieErrorCode("U041")
