"""ISO 20022's external status reasons and UK Open Banking v4's OBExternalStatusReason1Code, typed
from their pinned files:

- 4Q2023_ExternalCodeSets_v2.xsd (OpenBankingUK/External_Internal_CodeSets at de0fe9db): the
  simpleType ExternalStatusReason1Code from line 16118, its 271 enumerations in the file's order
  (AB01 at line 16130, AM04 at 16752, DUPL at 18283, TKSP at 19457, TKXP at 19485), every one
  Registered; AC17 only in ExternalReturnReason1Code (line 11533, AccountInLiquidation).
- external_code_sets.json (TransactionAuthorizationProtocol/iso20022-external-code-sets at
  a325faf8): definitions.ExternalStatusReason1Code (line 3468), 301 values, the 271 and 30 more,
  their definitions in its description (line 3472).
- OB_Internal_Codeset.csv (External_Internal_CodeSets at de0fe9db): 330 rows of
  OBExternalStatusReason1Code, U001-U029 and U000 (lines 3-80), the sixteen numeric codes (lines
  81-96), U030-U042 (lines 97-109) and the 271 ISO rows.
"""

from __future__ import annotations

import pytest

import bankcodes
from tests.support.helpers import provider_module, spec_data

iso20022 = provider_module("iso20022")
ukob = provider_module("ukob")


def _codes(listed: str) -> list[str]:
    """The codes of a list typed as the file gives them, separated by spaces and lines."""
    return listed.split()


#: The XSD's enumerations of ExternalStatusReason1Code, in its order.
ISO_4Q2023 = _codes("""
    AB01 AB02 AB03 AB04 AB05 AB06 AB07 AB08 AB09 AB10 AB11 AC01 AC02 AC03 AC04 AC05
    AC06 AC07 AC08 AC09 AC10 AC11 AC12 AC13 AC14 AC15 AC16 AG01 AG02 AG03 AG04 AG05
    AG06 AG07 AG08 AG09 AG10 AG11 AG12 AG13 AGNT AM01 AM02 AM03 AM04 AM05 AM06 AM07
    AM09 AM10 AM11 AM12 AM13 AM14 AM15 AM16 AM17 AM18 AM19 AM20 AM21 AM22 AM23 BE01
    BE04 BE05 BE06 BE07 BE08 BE09 BE10 BE11 BE12 BE13 BE14 BE15 BE16 BE17 BE18 BE19
    BE20 BE21 BE22 BE23 CERI CH03 CH04 CH07 CH09 CH10 CH11 CH12 CH13 CH14 CH15 CH16
    CH17 CH19 CH20 CH21 CH22 CHQC CNOR CURR CUST DNOR DS01 DS02 DS03 DS04 DS05 DS06
    DS07 DS08 DS09 DS0A DS0B DS0C DS0D DS0E DS0F DS0G DS0H DS0K DS10 DS11 DS12 DS13
    DS14 DS15 DS16 DS17 DS18 DS19 DS20 DS21 DS22 DS23 DS24 DS25 DS26 DS27 DT01 DT02
    DT03 DT04 DT05 DT06 DU01 DU02 DU03 DU04 DU05 DUPL ED01 ED03 ED05 ED06 ERIN FF01
    FF02 FF03 FF04 FF05 FF06 FF07 FF08 FF09 FF10 FF11 G000 G001 G002 G003 G004 G005
    G006 ID01 MD01 MD02 MD05 MD06 MD07 MS02 MS03 NARR NERI RC01 RC02 RC03 RC04 RC05
    RC06 RC07 RC08 RC09 RC10 RC11 RC12 RCON RECI RF01 RR01 RR02 RR03 RR04 RR05 RR06
    RR07 RR08 RR09 RR10 RR11 RR12 S000 S001 S002 S003 S004 SL01 SL02 SL03 SL11 SL12
    SL13 SL14 TA01 TD01 TD02 TD03 TK01 TK02 TK03 TK09 TKCM TKSG TKSP TKVE TKXP TM01
    TS01 TS04 CN01 FOCR FR01 NOCM NOAS RUTA UPAY ALAC AEXR ARFR ARJR ATNS EDTR EDTL
    FRAD IEDT IRNR NOAR NOPG NRCH RTNS REPR SPII PINS UCRD FF12 FF13 DC02 APAR
""")
#: The later copy's values that the 4Q2023 release does not have, in the copy's order.
ISO_LATER = _codes("""
    AB26 AB12 AB13 AB15 AB21 BDAY DS28 INDT ISWS MINF NOFR RC13 RC15 RC16 SBRN RQNR
    SNRD OSNS AMSE INAR EDNA SL15 SL16 SL17 SL18 CHRG CHCO IPNS CNNS EOL1
""")
#: OB_Internal_Codeset.csv's own rows of OBExternalStatusReason1Code, in its order: the v4
#: codes of the v3.1 errors, the numeric codes, then U030-U042.
UKOB_OWN = _codes("""
    U001 U002 U003 U004 U005 U006 U007 U008 U009 U010 U011 U012 U013 U014 U015 U016
    U017 U018 U019 U020 U021 U022 U023 U024 U025 U026 U027 U028 U029 U000 0080 0081
    0082 0083 0084 1100 1161 1162 1163 1165 1166 1177 1178 1180 1181 0000 U030 U031
    U032 U033 U034 U035 U036 U037 U038 U039 U040 U041 U042
""")


def test_the_status_reasons_are_the_release_s_and_the_later_copy_s() -> None:
    assert (len(ISO_4Q2023), len(set(ISO_4Q2023)), len(ISO_LATER)) == (271, 271, 30)
    values = [member.value for member in iso20022.StatusReason]
    assert len(values) == 301
    assert set(values) == set(ISO_4Q2023) | set(ISO_LATER)


@pytest.mark.parametrize(
    ("value", "definition", "name"),
    [
        ("TKSP", "Token found with suspended status.", "TokenSuspended"),
        ("TKXP", "Token expired.", "TokenExpired"),
        (
            "AM04",
            "Amount of funds available to cover specified message amount is insufficient.",
            "InsufficientFunds",
        ),
        # Two lines in the XSD (&#13; and a line break between them), kept as two.
        (
            "AB07",
            "Agent of message is not online.\nGeneric usage if it cannot be determined who "
            "exactly is not online.",
            "OfflineAgent",
        ),
        # The XSD's definition ends with three spaces, which are not kept.
        ("AB01", "Clearing process aborted due to timeout.", "AbortedClearingTimeout"),
    ],
)
def test_a_status_reason_carries_iso_s_definition_and_its_name(
    value: str, definition: str, name: str
) -> None:
    member = iso20022.StatusReason(value)
    assert member.description == definition
    wording = member.info.whose("description")
    assert wording is not None and wording.by == "provider"
    assert f"ISO's name for it: {name} (4Q2023 release;" in (member.info.notes or "")


def test_the_later_copy_s_codes_and_its_reworded_definition() -> None:
    """The later copy adds AB12 (its definition with an en dash after "number") and rewords
    DUPL, which the XSD defines as "Payment is a duplicate of another payment"."""
    added = iso20022.StatusReason("AB12")
    text = "Duplicate Concurrent Batch Sequence number\u2013 for Settlement Instructions."
    assert added.description == text
    assert [source.id for source in added.info.sources] == ["tap-external-code-sets-json"]
    duplicate = iso20022.StatusReason("DUPL")
    assert duplicate.description == "Payment or charge is a duplicate of another payment or charge."
    assert "Payment is a duplicate of another payment" in (duplicate.info.notes or "")


def test_ac17_is_no_status_reason_and_is_read_as_unknown() -> None:
    """AC17, the v4 files' example ErrorCode (account-info-openapi.yaml at 28811990, schema
    OBExternalStatusReason1Code: `example: AC17`), is AccountInLiquidation among ISO's return
    reasons only: neither code set knows it, and a v4 error carrying it has no known code."""
    assert "AC17" not in ISO_4Q2023 + ISO_LATER + UKOB_OWN
    assert bankcodes.lookup("iso20022", "AC17") == ()
    found = bankcodes.from_exception({"Errors": [{"ErrorCode": "AC17"}]})
    assert found is not None and (found.kind, found.code.known) == ("ukob/error", False)


def test_every_row_of_the_v4_code_set_is_read_in_a_v4_error() -> None:
    """Each of the CSV's 330 rows, sent as a v4 error's ErrorCode, is a code the catalog knows:
    Open Banking's own rows as UK Open Banking's, the ISO rows as ISO 20022's."""
    rows = [*UKOB_OWN, *ISO_4Q2023]
    assert len(rows) == len(set(rows)) == 330
    read = {}
    for value in rows:
        found = bankcodes.from_exception({"Id": "1", "Errors": [{"ErrorCode": value}]})
        assert found is not None and found.code.known, value
        read[value] = found.code_set
    assert {read[value] for value in UKOB_OWN} == {"ukob.error_code"}
    assert {read[value] for value in ISO_4Q2023} == {"iso20022.status_reason"}


def test_the_v4_spellings_are_one_code_each() -> None:
    """The v4 pages write 83 (vrp-usage-examples.md L625) and U30 (domestic-payments.md L482);
    the code set's first upload (OB_Proprietary_Enums.csv at 007ef6a8, line 70) wrote 83 too; the
    CSV names U041 UK.OBIE.ExemptionNotApplied (line 108) and U042 UK.OBIE.OtherReason (line
    109), and U004 UK.OBIE.Field.Missing (line 9)."""
    error_code = ukob.ObieErrorCode
    assert error_code("83") is error_code("0083")
    assert error_code("0") is error_code("0000")
    assert error_code("U30") is error_code("U030")
    assert error_code("UK.OBIE.ExemptionNotApplied") is error_code("U041")
    assert error_code("UK.OBIE.OtherReason") is error_code("U042")
    assert error_code("U004").value == "UK.OBIE.Field.Missing"


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ("0083", "Expected on next Working Day"),  # line 84
        ("1162", "Receiving account name does npt match"),  # line 88, the file's own spelling
        ("1181", "Duplicate Payment (FPID). Resubmitting with change"),  # line 95
        ("0000", "Credited to beneficiary account"),  # line 96
    ],
)
def test_a_numeric_code_carries_the_file_s_text(value: str, text: str) -> None:
    assert ukob.ObieErrorCode(value).description == text


def test_the_tokens_the_v4_profile_names_ask_for_a_new_consent() -> None:
    """The v4 profile (read-write-data-api-profile.md at ab19be9a, L450-457): an expired access
    token's consent becomes EXPD with TKXP, a suspended one CANC with TKSP, and the remedy is
    asking the PSU to re-authenticate: both are read as a consent to establish again."""
    for value in ("TKXP", "TKSP"):
        assert iso20022.StatusReason(value).category.value == "reconnect_required", value


def test_iso_s_insufficient_funds_is_the_equivalent_of_brazil_s() -> None:
    """AM04 (XSD line 16752) and Open Finance Brasil's SALDO_INSUFICIENTE ("Esta conta não
    possui saldo suficiente para realizar o pagamento.") report the same situation."""
    closer = {(e.provider, e.value) for e in iso20022.StatusReason("AM04").info.equivalents}
    assert ("openfinancebrasil", "SALDO_INSUFICIENTE") in closer


def test_the_standard_names_its_publisher_licence_and_what_it_leaves_out() -> None:
    """ISO's terms of use (https://www.iso20022.org/terms-use): "the material on this site is
    intended to be used and reproduced freely by all interested users under the ISO 20022
    Intellectual Property Right Policy"."""
    standard = spec_data()["providers"]["iso20022"]
    assert standard["kind"] == "standard"
    assert standard["licence"]["url"] == "https://www.iso20022.org/terms-use"
    assert "iso-terms-of-use" in standard["licence"]["sources"]
    assert "were not read" in standard["not_covered"]
