# generated from spec/catalog.json — do not edit (run `make generate`)
"""The builders of bankcodes.iso20022's names, loaded on the first use of any of them, so that importing the provider's module reads none of its data."""

from __future__ import annotations

import importlib

from bankcodes._base import CodeEnum, register
from bankcodes._records import CodeInfo, CodeSetInfo, Equivalent, Source, Wording
from bankcodes.categories import Category as _C

#: The public module, whose names the builders use (each built on first use there).
_PUBLIC = importlib.import_module("bankcodes.iso20022")
#: The documents its facts come from, by id.
_S = {
    "iso-4q2023-xsd": Source(
        id="iso-4q2023-xsd",
        kind="repo",
        title="ISO 20022 External Code Sets, 4Q2023 release, version 2, XSD form (4Q2023_ExternalCodeSets_v2.xsd): ExternalStatusReason1Code, each code with its Name, Definition and registration (status, requestor, dates). The copy read is the one Open Banking Limited keeps in External_Internal_CodeSets, whose README says it is fetched from iso20022.org",
        url="https://github.com/OpenBankingUK/External_Internal_CodeSets/blob/de0fe9db11834067f82ec9877f941f86d8854cc2/4Q2023_ExternalCodeSets_v2.xsd",
    ),
    "iso-4q2023-xlsx": Source(
        id="iso-4q2023-xlsx",
        kind="repo",
        title="ISO 20022 External Code Sets, 4Q2023 release, version 2, spreadsheet (4Q2023_ExternalCodeSets_v2.xlsx): its Intro&History sheet (publication date 04 Mar 2024, quarterly maintenance, the code statuses Registered, Provisionally Registered and Obsolete), ExternalStatusReason1Code's rows in AllCodeSets, and the messages that use the set in UsageInMsgs; as Open Banking Limited keeps it",
        url="https://github.com/OpenBankingUK/External_Internal_CodeSets/blob/de0fe9db11834067f82ec9877f941f86d8854cc2/4Q2023_ExternalCodeSets_v2.xlsx",
        read_in_part="The Intro&History sheet was read whole, and in AllCodeSets every row of ExternalStatusReason1Code and every row whose code is AC17; the other code sets' rows were not read.",
    ),
    "iso-4q2023-json": Source(
        id="iso-4q2023-json",
        kind="repo",
        title="ISO 20022 External Code Sets, 4Q2023 release, version 2, JSON Schema form (4Q2023_ExternalCodeSets_v2.json): definitions.ExternalStatusReason1Code, its enum of 271 codes and a description holding each code's definition; as Open Banking Limited keeps it",
        url="https://github.com/OpenBankingUK/External_Internal_CodeSets/blob/de0fe9db11834067f82ec9877f941f86d8854cc2/4Q2023_ExternalCodeSets_v2.json",
    ),
    "tap-external-code-sets-json": Source(
        id="tap-external-code-sets-json",
        kind="third-party",
        title='A later copy of ISO 20022\'s External Code Sets in JSON Schema form (external_code_sets.json), kept by the Transaction Authorization Protocol project (TransactionAuthorizationProtocol/iso20022-external-code-sets, MIT; its README: "The ISO20022 data is published by ISO and is used in accordance with their terms."): definitions.ExternalStatusReason1Code, 301 codes with their definitions. The copy names no edition; it was committed on 2025-03-11, after the 4Q2023 release',
        url="https://github.com/TransactionAuthorizationProtocol/iso20022-external-code-sets/blob/a325faf8720308b74e03f6058c3308a8976bf070/external_code_sets.json",
    ),
}


def _StatusReason() -> type[CodeEnum]:
    class StatusReason(CodeEnum):
        """Status reason (ExternalStatusReason1Code): ISO 20022's external code set of status reasons: why a payment or a request has the status a status report gives it (rejected, pending, cancelled, accepted). ISO publishes it apart from the message schemas and maintains it every quarter. Each code has a name and a definition: the description is the definition, verbatim (its line breaks as LF, spaces at either end removed), and the notes give the name. 271 codes are those of the 4Q2023 release (version 2, published 04 Mar 2024), read whole in its XSD, spreadsheet and JSON Schema forms, which agree: every one Registered, none Obsolete or replaced. 30 more are in a later copy of the JSON Schema form, which does not name its edition, carries definitions without names and rewords one definition (DUPL). The releases after that copy were not read: a code they add, or make obsolete, is not here yet. The categories are bankcodes' reading of the definitions. UK Open Banking v4 takes the set into its OBExternalStatusReason1Code: a v4 error's ErrorCode and a resource's StatusReasonCode are read with these codes. AC17, the example ErrorCode of the v4 OpenAPI files and profile, is not one of them: the 4Q2023 release lists AC17 only among the return reasons (ExternalReturnReason1Code), as AccountInLiquidation, "Account is in liquidation.", so it is read as a code the catalog does not know.

        Wire field: The status reason of an ISO 20022 status report (pacs.002, pain.002 and the other messages the release's UsageInMsgs sheet lists); in UK Open Banking v4, Errors[].ErrorCode and StatusReason[].StatusReasonCode (OBExternalStatusReason1Code)."""

        AB01 = "AB01"
        AB02 = "AB02"
        AB03 = "AB03"
        AB04 = "AB04"
        AB05 = "AB05"
        AB06 = "AB06"
        AB07 = "AB07"
        AB08 = "AB08"
        AB09 = "AB09"
        AB10 = "AB10"
        AB11 = "AB11"
        AC01 = "AC01"
        AC02 = "AC02"
        AC03 = "AC03"
        AC04 = "AC04"
        AC05 = "AC05"
        AC06 = "AC06"
        AC07 = "AC07"
        AC08 = "AC08"
        AC09 = "AC09"
        AC10 = "AC10"
        AC11 = "AC11"
        AC12 = "AC12"
        AC13 = "AC13"
        AC14 = "AC14"
        AC15 = "AC15"
        AC16 = "AC16"
        AG01 = "AG01"
        AG02 = "AG02"
        AG03 = "AG03"
        AG04 = "AG04"
        AG05 = "AG05"
        AG06 = "AG06"
        AG07 = "AG07"
        AG08 = "AG08"
        AG09 = "AG09"
        AG10 = "AG10"
        AG11 = "AG11"
        AG12 = "AG12"
        AG13 = "AG13"
        AGNT = "AGNT"
        AM01 = "AM01"
        AM02 = "AM02"
        AM03 = "AM03"
        AM04 = "AM04"
        AM05 = "AM05"
        AM06 = "AM06"
        AM07 = "AM07"
        AM09 = "AM09"
        AM10 = "AM10"
        AM11 = "AM11"
        AM12 = "AM12"
        AM13 = "AM13"
        AM14 = "AM14"
        AM15 = "AM15"
        AM16 = "AM16"
        AM17 = "AM17"
        AM18 = "AM18"
        AM19 = "AM19"
        AM20 = "AM20"
        AM21 = "AM21"
        AM22 = "AM22"
        AM23 = "AM23"
        BE01 = "BE01"
        BE04 = "BE04"
        BE05 = "BE05"
        BE06 = "BE06"
        BE07 = "BE07"
        BE08 = "BE08"
        BE09 = "BE09"
        BE10 = "BE10"
        BE11 = "BE11"
        BE12 = "BE12"
        BE13 = "BE13"
        BE14 = "BE14"
        BE15 = "BE15"
        BE16 = "BE16"
        BE17 = "BE17"
        BE18 = "BE18"
        BE19 = "BE19"
        BE20 = "BE20"
        BE21 = "BE21"
        BE22 = "BE22"
        BE23 = "BE23"
        CERI = "CERI"
        CH03 = "CH03"
        CH04 = "CH04"
        CH07 = "CH07"
        CH09 = "CH09"
        CH10 = "CH10"
        CH11 = "CH11"
        CH12 = "CH12"
        CH13 = "CH13"
        CH14 = "CH14"
        CH15 = "CH15"
        CH16 = "CH16"
        CH17 = "CH17"
        CH19 = "CH19"
        CH20 = "CH20"
        CH21 = "CH21"
        CH22 = "CH22"
        CHQC = "CHQC"
        CNOR = "CNOR"
        CURR = "CURR"
        CUST = "CUST"
        DNOR = "DNOR"
        DS01 = "DS01"
        DS02 = "DS02"
        DS03 = "DS03"
        DS04 = "DS04"
        DS05 = "DS05"
        DS06 = "DS06"
        DS07 = "DS07"
        DS08 = "DS08"
        DS09 = "DS09"
        DS0A = "DS0A"
        DS0B = "DS0B"
        DS0C = "DS0C"
        DS0D = "DS0D"
        DS0E = "DS0E"
        DS0F = "DS0F"
        DS0G = "DS0G"
        DS0H = "DS0H"
        DS0K = "DS0K"
        DS10 = "DS10"
        DS11 = "DS11"
        DS12 = "DS12"
        DS13 = "DS13"
        DS14 = "DS14"
        DS15 = "DS15"
        DS16 = "DS16"
        DS17 = "DS17"
        DS18 = "DS18"
        DS19 = "DS19"
        DS20 = "DS20"
        DS21 = "DS21"
        DS22 = "DS22"
        DS23 = "DS23"
        DS24 = "DS24"
        DS25 = "DS25"
        DS26 = "DS26"
        DS27 = "DS27"
        DT01 = "DT01"
        DT02 = "DT02"
        DT03 = "DT03"
        DT04 = "DT04"
        DT05 = "DT05"
        DT06 = "DT06"
        DU01 = "DU01"
        DU02 = "DU02"
        DU03 = "DU03"
        DU04 = "DU04"
        DU05 = "DU05"
        DUPL = "DUPL"
        ED01 = "ED01"
        ED03 = "ED03"
        ED05 = "ED05"
        ED06 = "ED06"
        ERIN = "ERIN"
        FF01 = "FF01"
        FF02 = "FF02"
        FF03 = "FF03"
        FF04 = "FF04"
        FF05 = "FF05"
        FF06 = "FF06"
        FF07 = "FF07"
        FF08 = "FF08"
        FF09 = "FF09"
        FF10 = "FF10"
        FF11 = "FF11"
        G000 = "G000"
        G001 = "G001"
        G002 = "G002"
        G003 = "G003"
        G004 = "G004"
        G005 = "G005"
        G006 = "G006"
        ID01 = "ID01"
        MD01 = "MD01"
        MD02 = "MD02"
        MD05 = "MD05"
        MD06 = "MD06"
        MD07 = "MD07"
        MS02 = "MS02"
        MS03 = "MS03"
        NARR = "NARR"
        NERI = "NERI"
        RC01 = "RC01"
        RC02 = "RC02"
        RC03 = "RC03"
        RC04 = "RC04"
        RC05 = "RC05"
        RC06 = "RC06"
        RC07 = "RC07"
        RC08 = "RC08"
        RC09 = "RC09"
        RC10 = "RC10"
        RC11 = "RC11"
        RC12 = "RC12"
        RCON = "RCON"
        RECI = "RECI"
        RF01 = "RF01"
        RR01 = "RR01"
        RR02 = "RR02"
        RR03 = "RR03"
        RR04 = "RR04"
        RR05 = "RR05"
        RR06 = "RR06"
        RR07 = "RR07"
        RR08 = "RR08"
        RR09 = "RR09"
        RR10 = "RR10"
        RR11 = "RR11"
        RR12 = "RR12"
        S000 = "S000"
        S001 = "S001"
        S002 = "S002"
        S003 = "S003"
        S004 = "S004"
        SL01 = "SL01"
        SL02 = "SL02"
        SL03 = "SL03"
        SL11 = "SL11"
        SL12 = "SL12"
        SL13 = "SL13"
        SL14 = "SL14"
        TA01 = "TA01"
        TD01 = "TD01"
        TD02 = "TD02"
        TD03 = "TD03"
        TK01 = "TK01"
        TK02 = "TK02"
        TK03 = "TK03"
        TK09 = "TK09"
        TKCM = "TKCM"
        TKSG = "TKSG"
        TKSP = "TKSP"
        TKVE = "TKVE"
        TKXP = "TKXP"
        TM01 = "TM01"
        TS01 = "TS01"
        TS04 = "TS04"
        CN01 = "CN01"
        FOCR = "FOCR"
        FR01 = "FR01"
        NOAS = "NOAS"
        NOCM = "NOCM"
        RUTA = "RUTA"
        UPAY = "UPAY"
        AEXR = "AEXR"
        ALAC = "ALAC"
        ARFR = "ARFR"
        ARJR = "ARJR"
        ATNS = "ATNS"
        EDTL = "EDTL"
        EDTR = "EDTR"
        FRAD = "FRAD"
        IEDT = "IEDT"
        IRNR = "IRNR"
        NOAR = "NOAR"
        NOPG = "NOPG"
        NRCH = "NRCH"
        PINS = "PINS"
        REPR = "REPR"
        RTNS = "RTNS"
        SPII = "SPII"
        UCRD = "UCRD"
        FF12 = "FF12"
        FF13 = "FF13"
        DC02 = "DC02"
        APAR = "APAR"
        AB26 = "AB26"
        AB12 = "AB12"
        AB13 = "AB13"
        AB15 = "AB15"
        AB21 = "AB21"
        BDAY = "BDAY"
        DS28 = "DS28"
        INDT = "INDT"
        ISWS = "ISWS"
        MINF = "MINF"
        NOFR = "NOFR"
        RC13 = "RC13"
        RC15 = "RC15"
        RC16 = "RC16"
        SBRN = "SBRN"
        RQNR = "RQNR"
        SNRD = "SNRD"
        OSNS = "OSNS"
        AMSE = "AMSE"
        INAR = "INAR"
        EDNA = "EDNA"
        SL15 = "SL15"
        SL16 = "SL16"
        SL17 = "SL17"
        SL18 = "SL18"
        CHRG = "CHRG"
        CHCO = "CHCO"
        IPNS = "IPNS"
        CNNS = "CNNS"
        EOL1 = "EOL1"

    register(
        StatusReason,
        lambda: (
            CodeSetInfo(
                provider="iso20022",
                id="status_reason",
                title="Status reason (ExternalStatusReason1Code)",
                description="ISO 20022's external code set of status reasons: why a payment or a request has the status a status report gives it (rejected, pending, cancelled, accepted). ISO publishes it apart from the message schemas and maintains it every quarter. Each code has a name and a definition: the description is the definition, verbatim (its line breaks as LF, spaces at either end removed), and the notes give the name. 271 codes are those of the 4Q2023 release (version 2, published 04 Mar 2024), read whole in its XSD, spreadsheet and JSON Schema forms, which agree: every one Registered, none Obsolete or replaced. 30 more are in a later copy of the JSON Schema form, which does not name its edition, carries definitions without names and rewords one definition (DUPL). The releases after that copy were not read: a code they add, or make obsolete, is not here yet. The categories are bankcodes' reading of the definitions. UK Open Banking v4 takes the set into its OBExternalStatusReason1Code: a v4 error's ErrorCode and a resource's StatusReasonCode are read with these codes. AC17, the example ErrorCode of the v4 OpenAPI files and profile, is not one of them: the 4Q2023 release lists AC17 only among the return reasons (ExternalReturnReason1Code), as AccountInLiquidation, \"Account is in liquidation.\", so it is read as a code the catalog does not know.",
                field="The status reason of an ISO 20022 status report (pacs.002, pain.002 and the other messages the release's UsageInMsgs sheet lists); in UK Open Banking v4, Errors[].ErrorCode and StatusReason[].StatusReasonCode (OBExternalStatusReason1Code)",
                sources=(
                    _S["iso-4q2023-xsd"],
                    _S["iso-4q2023-xlsx"],
                    _S["iso-4q2023-json"],
                    _S["tap-external-code-sets-json"],
                ),
            ),
            (
                CodeInfo(
                    value="AB01",
                    description="Clearing process aborted due to timeout.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AB01",
                    notes="ISO's name for it: AbortedClearingTimeout (4Q2023 release; created 2016-03-01, requested by CR0538 - APCA/SWIFT).",
                ),
                CodeInfo(
                    value="AB02",
                    description="Clearing process aborted due to a fatal error.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AB02",
                    notes="ISO's name for it: AbortedClearingFatalError (4Q2023 release; created 2016-03-01, requested by CR0538 - APCA/SWIFT).",
                ),
                CodeInfo(
                    value="AB03",
                    description="Settlement aborted due to timeout.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AB03",
                    notes="ISO's name for it: AbortedSettlementTimeout (4Q2023 release; created 2016-03-01, requested by CR0538 - APCA/SWIFT).",
                ),
                CodeInfo(
                    value="AB04",
                    description="Settlement process aborted due to a fatal error.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AB04",
                    notes="ISO's name for it: AbortedSettlementFatalError (4Q2023 release; created 2016-03-01, requested by CR0538 - APCA/SWIFT).",
                ),
                CodeInfo(
                    value="AB05",
                    description="Transaction stopped due to timeout at the Creditor Agent.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AB05",
                    notes="ISO's name for it: TimeoutCreditorAgent (4Q2023 release; created 2016-11-01, requested by CR043/EPC).",
                ),
                CodeInfo(
                    value="AB06",
                    description="Transaction stopped due to timeout at the Instructed Agent.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AB06",
                    notes="ISO's name for it: TimeoutInstructedAgent (4Q2023 release; created 2016-11-01, requested by CR043/EPC).",
                ),
                CodeInfo(
                    value="AB07",
                    description="Agent of message is not online.\nGeneric usage if it cannot be determined who exactly is not online.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AB07",
                    notes="ISO's name for it: OfflineAgent (4Q2023 release; created 2016-11-01, requested by CR043/EPC).",
                ),
                CodeInfo(
                    value="AB08",
                    description="Creditor Agent is not online.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AB08",
                    notes="ISO's name for it: OfflineCreditorAgent (4Q2023 release; created 2016-11-01, requested by CR043/EPC).",
                ),
                CodeInfo(
                    value="AB09",
                    description="Transaction stopped due to error at the Creditor Agent.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AB09",
                    notes="ISO's name for it: ErrorCreditorAgent (4Q2023 release; created 2016-11-01, requested by CR043/EPC).",
                ),
                CodeInfo(
                    value="AB10",
                    description="Transaction stopped due to error at the Instructed Agent.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AB10",
                    notes="ISO's name for it: ErrorInstructedAgent (4Q2023 release; created 2016-11-01, requested by CR043/EPC).",
                ),
                CodeInfo(
                    value="AB11",
                    description="Transaction stopped due to timeout at the Debtor Agent.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AB11",
                    notes="ISO's name for it: TimeoutDebtorAgent (4Q2023 release; created 2020-08-01, requested by CR0899/ABNT).",
                ),
                CodeInfo(
                    value="AC01",
                    description="Account number is invalid or missing.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AC01",
                    notes="ISO's name for it: IncorrectAccountNumber (4Q2023 release; created 2009-04-01, requested by Maintenance SR2009).",
                ),
                CodeInfo(
                    value="AC02",
                    description="Debtor account number invalid or missing",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AC02",
                    notes="ISO's name for it: InvalidDebtorAccountNumber (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="AC03",
                    description="Creditor account number invalid or missing",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AC03",
                    notes="ISO's name for it: InvalidCreditorAccountNumber (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="AC04",
                    description="Account number specified has been closed on the bank of account's books.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AC04",
                    notes="ISO's name for it: ClosedAccountNumber (4Q2023 release; created 2009-04-01, requested by Maintenance SR2009).",
                ),
                CodeInfo(
                    value="AC05",
                    description="Debtor account number closed",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AC05",
                    notes="ISO's name for it: ClosedDebtorAccountNumber (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="AC06",
                    description="Account specified is blocked, prohibiting posting of transactions against it.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AC06",
                    notes="ISO's name for it: BlockedAccount (4Q2023 release; created 2009-04-01, requested by Maintenance SR2009).",
                ),
                CodeInfo(
                    value="AC07",
                    description="Creditor account number closed",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AC07",
                    notes="ISO's name for it: ClosedCreditorAccountNumber (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="AC08",
                    description="Branch code is invalid or missing",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AC08",
                    notes="ISO's name for it: InvalidBranchCode (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="AC09",
                    description="Account currency is invalid or missing",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AC09",
                    notes="ISO's name for it: InvalidAccountCurrency (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="AC10",
                    description="Debtor account currency is invalid or missing",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AC10",
                    notes="ISO's name for it: InvalidDebtorAccountCurrency (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="AC11",
                    description="Creditor account currency is invalid or missing",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AC11",
                    notes="ISO's name for it: InvalidCreditorAccountCurrency (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="AC12",
                    description="Account type missing or invalid.\nGeneric usage if cannot specify between group and payment information levels",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AC12",
                    notes="ISO's name for it: InvalidAccountType (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="AC13",
                    description="Debtor account type missing or invalid",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AC13",
                    notes="ISO's name for it: InvalidDebtorAccountType (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="AC14",
                    description="Creditor account type missing or invalid",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AC14",
                    notes="ISO's name for it: InvalidCreditorAccountType (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="AC15",
                    description="The account details for the counterparty have changed.",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AC15",
                    notes="ISO's name for it: AccountDetailsChanged (4Q2023 release; created 2018-11-01, requested by CR0762/FIS).",
                ),
                CodeInfo(
                    value="AC16",
                    description="Credit or debit card number is invalid.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AC16",
                    notes="ISO's name for it: CardNumberInvalid (4Q2023 release; created 2021-05-01, requested by CR0972/SWIFT).",
                ),
                CodeInfo(
                    value="AG01",
                    description="Transaction forbidden on this type of account (formerly NoAgreement)",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AG01",
                    notes="ISO's name for it: TransactionForbidden (4Q2023 release; created 2009-04-01, requested by Maintenance SR2009).",
                ),
                CodeInfo(
                    value="AG02",
                    description="Bank Operation code specified in the message is not valid for receiver",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AG02",
                    notes="ISO's name for it: InvalidBankOperationCode (4Q2023 release; created 2009-04-01, requested by Maintenance SR2009).",
                ),
                CodeInfo(
                    value="AG03",
                    description="Transaction type not supported/authorized on this account",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AG03",
                    notes="ISO's name for it: TransactionNotSupported (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="AG04",
                    description="Agent country code is missing or invalid.\nGeneric usage if cannot specify between group and payment information levels.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AG04",
                    notes="ISO's name for it: InvalidAgentCountry (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="AG05",
                    description="Debtor agent country code is missing or invalid",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AG05",
                    notes="ISO's name for it: InvalidDebtorAgentCountry (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="AG06",
                    description="Creditor agent country code is missing or invalid",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AG06",
                    notes="ISO's name for it: InvalidCreditorAgentCountry (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="AG07",
                    description="Debtor account cannot be debited for a generic reason.\nCode value may be used in general purposes and as a replacement for AM04 if debtor bank does not reveal its customer's insufficient funds for privacy reasons",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AG07",
                    notes="ISO's name for it: UnsuccesfulDirectDebit (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="AG08",
                    description="Transaction failed due to invalid or missing user or access right",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AG08",
                    notes="ISO's name for it: InvalidAccessRights (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="AG09",
                    description="Original payment never received.",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AG09",
                    notes="ISO's name for it: PaymentNotReceived (4Q2023 release; created 2016-11-01, requested by CR043/EPC).",
                ),
                CodeInfo(
                    value="AG10",
                    description="Agent of message is suspended from the Real Time Payment system.\nGeneric usage if it cannot be determined who exactly is suspended.",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AG10",
                    notes="ISO's name for it: AgentSuspended (4Q2023 release; created 2016-11-01, requested by CR043/EPC).",
                ),
                CodeInfo(
                    value="AG11",
                    description="Creditor Agent of message is suspended from the Real Time Payment system.",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AG11",
                    notes="ISO's name for it: CreditorAgentSuspended (4Q2023 release; created 2016-11-01, requested by CR043/EPC).",
                ),
                CodeInfo(
                    value="AG12",
                    description="Payment orders made by transferring funds from one account to another at the same financial institution (bank or payment institution) are not allowed.",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AG12",
                    notes="ISO's name for it: NotAllowedBookTransfer (4Q2023 release; created 2020-08-01, requested by CR0899/ABNT).",
                ),
                CodeInfo(
                    value="AG13",
                    description="Returned payments derived from previously returned transactions are not allowed.",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AG13",
                    notes="ISO's name for it: ForbiddenReturnPayment (4Q2023 release; created 2020-08-01, requested by CR0899/ABNT).",
                ),
                CodeInfo(
                    value="AGNT",
                    description="Agent in the payment workflow is incorrect",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AGNT",
                    notes="ISO's name for it: IncorrectAgent (4Q2023 release; created 2009-04-01, requested by Maintenance SR2009).",
                ),
                CodeInfo(
                    value="AM01",
                    description="Specified message amount is equal to zero",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AM01",
                    notes="ISO's name for it: ZeroAmount (4Q2023 release; created 2009-04-01, requested by Maintenance SR2009).",
                ),
                CodeInfo(
                    value="AM02",
                    description="Specific transaction/message amount is greater than allowed maximum",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AM02",
                    notes="ISO's name for it: NotAllowedAmount (4Q2023 release; created 2009-04-01, requested by Maintenance SR2009).",
                ),
                CodeInfo(
                    value="AM03",
                    description="Specified message amount is an non processable currency outside of existing agreement",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AM03",
                    notes="ISO's name for it: NotAllowedCurrency (4Q2023 release; created 2009-04-01, requested by Maintenance SR2009).",
                ),
                CodeInfo(
                    value="AM04",
                    description="Amount of funds available to cover specified message amount is insufficient.",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AM04",
                    equivalents=(
                        Equivalent(
                            provider="plaid",
                            code_set="error_code",
                            value="PAYMENT_INSUFFICIENT_FUNDS",
                            same="meaning",
                            reason="The payer's account did not hold enough money for the payment.",
                        ),
                        Equivalent(
                            provider="belvo",
                            code_set="payment_failure_code",
                            value="INSUFFICIENT_FUNDS",
                            same="meaning",
                            reason="The payer's account did not hold enough money for the payment.",
                        ),
                        Equivalent(
                            provider="belvo",
                            code_set="direct_debit_failed_reason",
                            value="04",
                            same="meaning",
                            reason="The payer's account did not hold enough money for the payment.",
                        ),
                        Equivalent(
                            provider="openfinancebrasil",
                            code_set="payment_error",
                            value="SALDO_INSUFICIENTE",
                            same="meaning",
                            reason="The payer's account did not hold enough money for the payment.",
                        ),
                        Equivalent(
                            provider="fintoc",
                            code_set="payment_error_reason",
                            value="insufficient_funds",
                            same="meaning",
                            reason="The payer's account did not hold enough money for the payment.",
                        ),
                        Equivalent(
                            provider="basiq",
                            code_set="error_code",
                            value="check-balance-insufficient-funds",
                            same="meaning",
                            reason="The payer's account did not hold enough money for the payment.",
                        ),
                    ),
                    notes="ISO's name for it: InsufficientFunds (4Q2023 release; created 2009-04-01, requested by Maintenance SR2009).",
                ),
                CodeInfo(
                    value="AM05",
                    description="Duplication",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AM05",
                    notes="ISO's name for it: Duplication (4Q2023 release; created 2009-04-01, requested by Maintenance SR2009).",
                ),
                CodeInfo(
                    value="AM06",
                    description="Specified transaction amount is less than agreed minimum.",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AM06",
                    notes="ISO's name for it: TooLowAmount (4Q2023 release; created 2009-04-01, requested by Maintenance SR2009).",
                ),
                CodeInfo(
                    value="AM07",
                    description="Amount specified in message has been blocked by regulatory authorities.",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AM07",
                    notes="ISO's name for it: BlockedAmount (4Q2023 release; created 2009-04-01, requested by Maintenance SR2009/Updated definition.).",
                ),
                CodeInfo(
                    value="AM09",
                    description="Amount received is not the amount agreed or expected",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AM09",
                    notes="ISO's name for it: WrongAmount (4Q2023 release; created 2009-04-01, requested by Maintenance SR2009).",
                ),
                CodeInfo(
                    value="AM10",
                    description="Sum of instructed amounts does not equal the control sum.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AM10",
                    notes="ISO's name for it: InvalidControlSum (4Q2023 release; created 2009-04-01, requested by Maintenance SR2009).",
                ),
                CodeInfo(
                    value="AM11",
                    description="Transaction currency is invalid or missing",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AM11",
                    notes="ISO's name for it: InvalidTransactionCurrency (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="AM12",
                    description="Amount is invalid or missing",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AM12",
                    notes="ISO's name for it: InvalidAmount (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="AM13",
                    description="Transaction amount exceeds limits set by clearing system",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AM13",
                    notes="ISO's name for it: AmountExceedsClearingSystemLimit (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="AM14",
                    description="Transaction amount exceeds limits agreed between bank and client",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AM14",
                    notes="ISO's name for it: AmountExceedsAgreedLimit (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="AM15",
                    description="Transaction amount below minimum set by clearing system",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AM15",
                    notes="ISO's name for it: AmountBelowClearingSystemMinimum (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="AM16",
                    description="Control Sum at the Group level is invalid",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AM16",
                    notes="ISO's name for it: InvalidGroupControlSum (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="AM17",
                    description="Control Sum at the Payment Information level is invalid",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AM17",
                    notes="ISO's name for it: InvalidPaymentInfoControlSum (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="AM18",
                    description="Number of transactions is invalid or missing.\nGeneric usage if cannot specify between group and payment information levels.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AM18",
                    notes="ISO's name for it: InvalidNumberOfTransactions (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="AM19",
                    description="Number of transactions at the Group level is invalid or missing",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AM19",
                    notes="ISO's name for it: InvalidGroupNumberOfTransactions (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="AM20",
                    description="Number of transactions at the Payment Information level is invalid",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AM20",
                    notes="ISO's name for it: InvalidPaymentInfoNumberOfTransactions (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="AM21",
                    description="Transaction amount exceeds limits agreed between bank and client.",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AM21",
                    notes="ISO's name for it: LimitExceeded (4Q2023 release; created 2011-02-14, requested by CodeEval 1Q2011 (CR0059/EBICS)).",
                ),
                CodeInfo(
                    value="AM22",
                    description="Unable to apply zero amount to designated account. For example, where the rules of a service allow the use of zero amount payments, however the back-office system is unable to apply the funds to the account. If the rules of a service prohibit the use of zero amount payments, then code AM01 is used to report the error condition.",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AM22",
                    notes="ISO's name for it: ZeroAmountNotApplied (4Q2023 release; created 2016-03-01, requested by CR0538 - APCA/SWIFT).",
                ),
                CodeInfo(
                    value="AM23",
                    description="Transaction amount exceeds settlement limit.",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AM23",
                    notes="ISO's name for it: AmountExceedsSettlementLimit (4Q2023 release; created 2016-11-01, requested by CR043/EPC).",
                ),
                CodeInfo(
                    value="BE01",
                    description="Identification of end customer is not consistent with associated account number. (formerly CreditorConsistency).",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#BE01",
                    notes="ISO's name for it: InconsistenWithEndCustomer (4Q2023 release; created 2009-04-01, requested by Maintenance SR2009).",
                ),
                CodeInfo(
                    value="BE04",
                    description="Specification of creditor's address, which is required for payment, is missing/not correct (formerly IncorrectCreditorAddress).",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#BE04",
                    notes="ISO's name for it: MissingCreditorAddress (4Q2023 release; created 2009-04-01, requested by Maintenance SR2009).",
                ),
                CodeInfo(
                    value="BE05",
                    description="Party who initiated the message is not recognised by the end customer",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#BE05",
                    notes="ISO's name for it: UnrecognisedInitiatingParty (4Q2023 release; created 2009-04-01, requested by Maintenance SR2009).",
                ),
                CodeInfo(
                    value="BE06",
                    description="End customer specified is not known at associated Sort/National Bank Code or does no longer exist in the books",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#BE06",
                    notes="ISO's name for it: UnknownEndCustomer (4Q2023 release; created 2009-04-01, requested by Maintenance SR2009).",
                ),
                CodeInfo(
                    value="BE07",
                    description="Specification of debtor's address, which is required for payment, is missing/not correct.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#BE07",
                    notes="ISO's name for it: MissingDebtorAddress (4Q2023 release; created 2009-04-01, requested by Maintenance SR2009).",
                ),
                CodeInfo(
                    value="BE08",
                    description="Debtor name is missing",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#BE08",
                    notes="ISO's name for it: MissingDebtorName (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="BE09",
                    description="Country code is missing or Invalid.\nGeneric usage if cannot specifically identify debtor or creditor",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#BE09",
                    notes="ISO's name for it: InvalidCountry (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="BE10",
                    description="Debtor country code is missing or invalid",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#BE10",
                    notes="ISO's name for it: InvalidDebtorCountry (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="BE11",
                    description="Creditor country code is missing or invalid",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#BE11",
                    notes="ISO's name for it: InvalidCreditorCountry (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="BE12",
                    description="Country code of residence is missing or Invalid.\nGeneric usage if cannot specifically identify debtor or creditor",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#BE12",
                    notes="ISO's name for it: InvalidCountryOfResidence (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="BE13",
                    description="Country code of debtor's residence is missing or Invalid",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#BE13",
                    notes="ISO's name for it: InvalidDebtorCountryOfResidence (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="BE14",
                    description="Country code of creditor's residence is missing or Invalid",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#BE14",
                    notes="ISO's name for it: InvalidCreditorCountryOfResidence (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="BE15",
                    description="Identification code missing or invalid.\nGeneric usage if cannot specifically identify debtor or creditor.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#BE15",
                    notes="ISO's name for it: InvalidIdentificationCode (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="BE16",
                    description="Debtor or Ultimate Debtor identification code missing or invalid",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#BE16",
                    notes="ISO's name for it: InvalidDebtorIdentificationCode (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="BE17",
                    description="Creditor or Ultimate Creditor identification code missing or invalid",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#BE17",
                    notes="ISO's name for it: InvalidCreditorIdentificationCode (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="BE18",
                    description="Contact details missing or invalid",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#BE18",
                    notes="ISO's name for it: InvalidContactDetails (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="BE19",
                    description="Charge bearer code for transaction type is invalid",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#BE19",
                    notes="ISO's name for it: InvalidChargeBearerCode (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="BE20",
                    description="Name length exceeds local rules for payment type.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#BE20",
                    notes="ISO's name for it: InvalidNameLength (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="BE21",
                    description="Name missing or invalid.  Generic usage if cannot specifically identify debtor or creditor.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#BE21",
                    notes="ISO's name for it: MissingName (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="BE22",
                    description="Creditor name is missing",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#BE22",
                    notes="ISO's name for it: MissingCreditorName (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="BE23",
                    description="Phone number or email address, or any other proxy, used as the account proxy is unknown or invalid.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#BE23",
                    notes="ISO's name for it: AccountProxyInvalid (4Q2023 release; created 2021-05-01, requested by CR0972/SWIFT).",
                ),
                CodeInfo(
                    value="CERI",
                    description="Credit transfer is not tagged as an Extended Remittance Information (ERI) transaction but contains ERI.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#CERI",
                    notes="ISO's name for it: CheckERI (4Q2023 release; created 2018-11-01, requested by CR0767/EPC).",
                ),
                CodeInfo(
                    value="CH03",
                    description="Value in Requested Execution Date or Requested Collection Date is too far in the future",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#CH03",
                    notes="ISO's name for it: RequestedExecutionDateOrRequestedCollectionDateTooFarInFuture (4Q2023 release; created 2012-12-17, requested by CodeEval 4Q2012 (CR242 v3/SIX)).",
                ),
                CodeInfo(
                    value="CH04",
                    description="Value in Requested Execution Date or Requested Collection Date is too far in the past",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#CH04",
                    notes="ISO's name for it: RequestedExecutionDateOrRequestedCollectionDateTooFarInPast (4Q2023 release; created 2012-12-17, requested by CodeEval 4Q2012 (CR242 v3/SIX)).",
                ),
                CodeInfo(
                    value="CH07",
                    description="Element is not to be used at B- and C-Level",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#CH07",
                    notes="ISO's name for it: ElementIsNotToBeUsedAtB-andC-Level (4Q2023 release; created 2012-12-17, requested by CodeEval 4Q2012 (CR242 v3/SIX)).",
                ),
                CodeInfo(
                    value="CH09",
                    description="Mandate changes are not allowed",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#CH09",
                    notes="ISO's name for it: MandateChangesNotAllowed (4Q2023 release; created 2012-12-17, requested by CodeEval 4Q2012 (CR242 v3/SIX)).",
                ),
                CodeInfo(
                    value="CH10",
                    description="Information on mandate changes are missing",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#CH10",
                    notes="ISO's name for it: InformationOnMandateChangesMissing (4Q2023 release; created 2012-12-17, requested by CodeEval 4Q2012 (CR242 v3/SIX)).",
                ),
                CodeInfo(
                    value="CH11",
                    description="Value in Creditor Identifier is incorrect",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#CH11",
                    notes="ISO's name for it: CreditorIdentifierIncorrect (4Q2023 release; created 2012-12-17, requested by CodeEval 4Q2012 (CR242 v3/SIX)).",
                ),
                CodeInfo(
                    value="CH12",
                    description="Creditor Identifier is ambiguous at Transaction Level",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#CH12",
                    notes="ISO's name for it: CreditorIdentifierNotUnambiguouslyAtTransaction-Level (4Q2023 release; created 2012-12-17, requested by CodeEval 4Q2012 (CR242 v3/SIX)).",
                ),
                CodeInfo(
                    value="CH13",
                    description="Original Debtor Account is not to be used",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#CH13",
                    notes="ISO's name for it: OriginalDebtorAccountIsNotToBeUsed (4Q2023 release; created 2012-12-17, requested by CodeEval 4Q2012 (CR242 v3/SIX)).",
                ),
                CodeInfo(
                    value="CH14",
                    description="Original Debtor Agent  is not to be used",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#CH14",
                    notes="ISO's name for it: OriginalDebtorAgentIsNotToBeUsed (4Q2023 release; created 2012-12-17, requested by CR0573/SIX).",
                ),
                CodeInfo(
                    value="CH15",
                    description="Content Remittance Information/Structured includes more than 140 characters",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#CH15",
                    notes="ISO's name for it: ElementContentIncludesMoreThan140Characters (4Q2023 release; created 2012-12-17, requested by CodeEval 4Q2012 (CR242 v3/SIX)).",
                ),
                CodeInfo(
                    value="CH16",
                    description="Content is incorrect",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#CH16",
                    notes="ISO's name for it: ElementContentFormallyIncorrect (4Q2023 release; created 2012-12-17, requested by CodeEval 4Q2012 (CR242 v3/SIX)).",
                ),
                CodeInfo(
                    value="CH17",
                    description="Element is not allowed",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#CH17",
                    notes="ISO's name for it: ElementNotAdmitted (4Q2023 release; created 2012-12-17, requested by CodeEval 4Q2012 (CR242 v3/SIX)).",
                ),
                CodeInfo(
                    value="CH19",
                    description="Values in Interbank Settlement Date or Requested Collection Date will be set to the next TARGET day",
                    category=_C.PENDING,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#CH19",
                    notes="ISO's name for it: ValuesWillBeSetToNextTARGETday (4Q2023 release; created 2012-12-17, requested by CodeEval 4Q2012 (CR242 v3/SIX)).",
                ),
                CodeInfo(
                    value="CH20",
                    description="Number of decimal points not compatible with the currency",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#CH20",
                    notes="ISO's name for it: DecimalPointsNotCompatibleWithCurrency (4Q2023 release; created 2012-12-17, requested by CodeEval 4Q2012 (CR242 v3/SIX)).",
                ),
                CodeInfo(
                    value="CH21",
                    description="Mandatory element is missing",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#CH21",
                    notes="ISO's name for it: RequiredCompulsoryElementMissing (4Q2023 release; created 2012-12-17, requested by CodeEval 4Q2012 (CR242 v3/SIX)).",
                ),
                CodeInfo(
                    value="CH22",
                    description="SDD CORE and B2B not permitted within one message",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#CH22",
                    notes="ISO's name for it: COREandB2BwithinOnemessage (4Q2023 release; created 2012-12-17, requested by CodeEval 4Q2012 (CR242 v3/SIX)).",
                ),
                CodeInfo(
                    value="CHQC",
                    description="Cheque has been presented in cheque clearing and settled on the creditor’s account.",
                    category=_C.SUCCESS,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#CHQC",
                    notes="ISO's name for it: ChequeSettledOnCreditorAccount (4Q2023 release; created 2021-05-01, requested by CR0972/SWIFT).",
                ),
                CodeInfo(
                    value="CNOR",
                    description="Creditor bank is not registered under this BIC in the CSM",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#CNOR",
                    notes="ISO's name for it: CreditorBankIsNotRegistered (4Q2023 release; created 2012-07-16, requested by CodeEval 2Q2012 (CR0243. EPC)).",
                ),
                CodeInfo(
                    value="CURR",
                    description="Currency of the payment is incorrect",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#CURR",
                    notes="ISO's name for it: IncorrectCurrency (4Q2023 release; created 2009-04-01, requested by Maintenance SR2009).",
                ),
                CodeInfo(
                    value="CUST",
                    description="Cancellation requested by the Debtor",
                    category=_C.CANCELLED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#CUST",
                    notes="ISO's name for it: RequestedByCustomer (4Q2023 release; created 2009-04-01, requested by Maintenance SR2009).",
                ),
                CodeInfo(
                    value="DNOR",
                    description="Debtor bank is not registered under this BIC in the CSM",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#DNOR",
                    notes="ISO's name for it: DebtorBankIsNotRegistered (4Q2023 release; created 2012-07-16, requested by CodeEval 2Q2012 (CR0243. EPC)).",
                ),
                CodeInfo(
                    value="DS01",
                    description="The electronic signature(s) is/are correct",
                    category=_C.SUCCESS,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#DS01",
                    notes="ISO's name for it: ElectronicSignaturesCorrect (4Q2023 release; created 2011-02-14, requested by CodeEval 1Q2011 (CR0059/EBICS)).",
                ),
                CodeInfo(
                    value="DS02",
                    description="An authorized user has cancelled the order",
                    category=_C.CANCELLED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#DS02",
                    notes="ISO's name for it: OrderCancelled (4Q2023 release; created 2011-02-14, requested by CodeEval 1Q2011 (CR0059/EBICS)).",
                ),
                CodeInfo(
                    value="DS03",
                    description="The user’s attempt to cancel the order was not successful",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#DS03",
                    notes="ISO's name for it: OrderNotCancelled (4Q2023 release; created 2011-02-14, requested by CodeEval 1Q2011 (CR0059/EBICS)).",
                ),
                CodeInfo(
                    value="DS04",
                    description="The order was rejected by the bank side (for reasons concerning content)",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#DS04",
                    notes="ISO's name for it: OrderRejected (4Q2023 release; created 2011-02-14, requested by CodeEval 1Q2011 (CR0059/EBICS)).",
                ),
                CodeInfo(
                    value="DS05",
                    description="The order was correct and could be forwarded for postprocessing",
                    category=_C.PENDING,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#DS05",
                    notes="ISO's name for it: OrderForwardedForPostprocessing (4Q2023 release; created 2011-02-14, requested by CodeEval 1Q2011 (CR0059/EBICS)).",
                ),
                CodeInfo(
                    value="DS06",
                    description="The order was transferred to VEU",
                    category=_C.PENDING,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#DS06",
                    notes="ISO's name for it: TransferOrder (4Q2023 release; created 2011-02-14, requested by CodeEval 1Q2011 (CR0059/EBICS)).",
                ),
                CodeInfo(
                    value="DS07",
                    description="All actions concerning the order could be done by the EBICS bank server",
                    category=_C.SUCCESS,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#DS07",
                    notes="ISO's name for it: ProcessingOK (4Q2023 release; created 2011-02-14, requested by CodeEval 1Q2011 (CR0059/EBICS)).",
                ),
                CodeInfo(
                    value="DS08",
                    description="The decompression of the file was not successful",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#DS08",
                    notes="ISO's name for it: DecompressionError (4Q2023 release; created 2011-02-14, requested by CodeEval 1Q2011 (CR0059/EBICS)).",
                ),
                CodeInfo(
                    value="DS09",
                    description="The decryption of the file was not successful",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#DS09",
                    notes="ISO's name for it: DecryptionError (4Q2023 release; created 2011-02-14, requested by CodeEval 1Q2011 (CR0059/EBICS)).",
                ),
                CodeInfo(
                    value="DS0A",
                    description="Data signature is required.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#DS0A",
                    notes="ISO's name for it: DataSignRequested (4Q2023 release; created 2009-04-01, requested by France/Stella Petiot & Isabelle DeMendonca).",
                ),
                CodeInfo(
                    value="DS0B",
                    description="Data signature for the format is not available or invalid.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#DS0B",
                    notes="ISO's name for it: UnknownDataSignFormat (4Q2023 release; created 2009-04-01, requested by France/Stella Petiot & Isabelle DeMendonca).",
                ),
                CodeInfo(
                    value="DS0C",
                    description="The signer certificate is revoked.",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#DS0C",
                    notes="ISO's name for it: SignerCertificateRevoked (4Q2023 release; created 2009-04-01, requested by France/Stella Petiot & Isabelle DeMendonca).",
                ),
                CodeInfo(
                    value="DS0D",
                    description="The signer certificate is not valid (revoked or not active).",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#DS0D",
                    notes="ISO's name for it: SignerCertificateNotValid (4Q2023 release; created 2009-04-01, requested by France/Stella Petiot & Isabelle DeMendonca).",
                ),
                CodeInfo(
                    value="DS0E",
                    description="The signer certificate is not present.",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#DS0E",
                    notes="ISO's name for it: IncorrectSignerCertificate (4Q2023 release; created 2009-04-01, requested by France/Stella Petiot & Isabelle DeMendonca).",
                ),
                CodeInfo(
                    value="DS0F",
                    description="The authority of the signer certification sending the certificate is unknown.",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#DS0F",
                    notes="ISO's name for it: SignerCertificationAuthoritySignerNotValid (4Q2023 release; created 2009-04-01, requested by France/Stella Petiot & Isabelle DeMendonca).",
                ),
                CodeInfo(
                    value="DS0G",
                    description="Signer is not allowed to sign this operation type.",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#DS0G",
                    notes="ISO's name for it: NotAllowedPayment (4Q2023 release; created 2009-04-01, requested by France/Stella Petiot & Isabelle DeMendonca).",
                ),
                CodeInfo(
                    value="DS0H",
                    description="Signer is not allowed to sign for this account.",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#DS0H",
                    notes="ISO's name for it: NotAllowedAccount (4Q2023 release; created 2009-04-01, requested by France/Stella Petiot & Isabelle DeMendonca).",
                ),
                CodeInfo(
                    value="DS0K",
                    description="The number of transaction is over the number allowed for this signer.",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#DS0K",
                    notes="ISO's name for it: NotAllowedNumberOfTransaction (4Q2023 release; created 2009-04-01, requested by France/Stella Petiot & Isabelle DeMendonca).",
                ),
                CodeInfo(
                    value="DS10",
                    description="The certificate is revoked for the first signer.",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#DS10",
                    notes="ISO's name for it: Signer1CertificateRevoked (4Q2023 release; created 2009-04-01, requested by France/Stella Petiot & Isabelle DeMendonca).",
                ),
                CodeInfo(
                    value="DS11",
                    description="The certificate is not valid (revoked or not active) for the first signer.",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#DS11",
                    notes="ISO's name for it: Signer1CertificateNotValid (4Q2023 release; created 2009-04-01, requested by France/Stella Petiot & Isabelle DeMendonca).",
                ),
                CodeInfo(
                    value="DS12",
                    description="The certificate is not present for the first signer.",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#DS12",
                    notes="ISO's name for it: IncorrectSigner1Certificate (4Q2023 release; created 2009-04-01, requested by France/Stella Petiot & Isabelle DeMendonca).",
                ),
                CodeInfo(
                    value="DS13",
                    description="The authority of signer certification sending the certificate is unknown for the first signer.",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#DS13",
                    notes="ISO's name for it: SignerCertificationAuthoritySigner1NotValid (4Q2023 release; created 2009-04-01, requested by France/Stella Petiot & Isabelle DeMendonca).",
                ),
                CodeInfo(
                    value="DS14",
                    description="The user is unknown on the server",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#DS14",
                    notes="ISO's name for it: UserDoesNotExist (4Q2023 release; created 2011-02-14, requested by CodeEval 1Q2011 (CR0059/EBICS)).",
                ),
                CodeInfo(
                    value="DS15",
                    description="The same signature has already been sent to the bank",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#DS15",
                    notes="ISO's name for it: IdenticalSignatureFound (4Q2023 release; created 2011-02-14, requested by CodeEval 1Q2011 (CR0059/EBICS)).",
                ),
                CodeInfo(
                    value="DS16",
                    description="The public key version is not correct. This code is returned when a customer sends signature files to the financial institution after conversion from an older program version (old ES format) to a new program version (new ES format) without having carried out re-initialisation with regard to a public key change.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#DS16",
                    notes="ISO's name for it: PublicKeyVersionIncorrect (4Q2023 release; created 2011-02-14, requested by CodeEval 1Q2011 (CR0059/EBICS)).",
                ),
                CodeInfo(
                    value="DS17",
                    description="Order data and signatures don’t match",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#DS17",
                    notes="ISO's name for it: DifferentOrderDataInSignatures (4Q2023 release; created 2011-02-14, requested by CodeEval 1Q2011 (CR0059/EBICS)).",
                ),
                CodeInfo(
                    value="DS18",
                    description="File cannot be tested, the complete order has to be repeated. This code is returned in the event of a malfunction during the signature check, e.g. not enough storage space.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#DS18",
                    notes="ISO's name for it: RepeatOrder (4Q2023 release; created 2011-02-14, requested by CodeEval 1Q2011 (CR0059/EBICS)).",
                ),
                CodeInfo(
                    value="DS19",
                    description="The user’s rights (concerning his signature) are insufficient to execute the order",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#DS19",
                    notes="ISO's name for it: ElectronicSignatureRightsInsufficient (4Q2023 release; created 2011-02-14, requested by CodeEval 1Q2011 (CR0059/EBICS)).",
                ),
                CodeInfo(
                    value="DS20",
                    description="The certificate is revoked for the second signer.",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#DS20",
                    notes="ISO's name for it: Signer2CertificateRevoked (4Q2023 release; created 2009-04-01, requested by France/Stella Petiot & Isabelle DeMendonca).",
                ),
                CodeInfo(
                    value="DS21",
                    description="The certificate is not valid (revoked or not active) for the second signer.",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#DS21",
                    notes="ISO's name for it: Signer2CertificateNotValid (4Q2023 release; created 2009-04-01, requested by France/Stella Petiot & Isabelle DeMendonca).",
                ),
                CodeInfo(
                    value="DS22",
                    description="The certificate is not present for the second signer.",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#DS22",
                    notes="ISO's name for it: IncorrectSigner2Certificate (4Q2023 release; created 2009-04-01, requested by France/Stella Petiot & Isabelle DeMendonca).",
                ),
                CodeInfo(
                    value="DS23",
                    description="The authority of signer certification sending the certificate is unknown for the second signer.",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#DS23",
                    notes="ISO's name for it: SignerCertificationAuthoritySigner2NotValid (4Q2023 release; created 2009-04-01, requested by France/Stella Petiot & Isabelle DeMendonca).",
                ),
                CodeInfo(
                    value="DS24",
                    description="Waiting time expired due to incomplete order",
                    category=_C.SESSION_EXPIRED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#DS24",
                    notes="ISO's name for it: WaitingTimeExpired (4Q2023 release; created 2011-02-14, requested by CodeEval 1Q2011 (CR0059/EBICS)).",
                ),
                CodeInfo(
                    value="DS25",
                    description="The order file was deleted by the bank server\n(for multiple reasons)",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#DS25",
                    notes="ISO's name for it: OrderFileDeleted (4Q2023 release; created 2011-02-14, requested by CodeEval 1Q2011 (CR0059/EBICS)).",
                ),
                CodeInfo(
                    value="DS26",
                    description="The same user has signed multiple times",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#DS26",
                    notes="ISO's name for it: UserSignedMultipleTimes (4Q2023 release; created 2011-02-14, requested by CodeEval 1Q2011 (CR0059/EBICS)).",
                ),
                CodeInfo(
                    value="DS27",
                    description="The user is not yet activated (technically)",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#DS27",
                    notes="ISO's name for it: UserNotYetActivated (4Q2023 release; created 2011-02-14, requested by CodeEval 1Q2011 (CR0059/EBICS)).",
                ),
                CodeInfo(
                    value="DT01",
                    description="Invalid date (eg, wrong or missing settlement date)",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#DT01",
                    notes="ISO's name for it: InvalidDate (4Q2023 release; created 2009-04-01, requested by Maintenance SR2009).",
                ),
                CodeInfo(
                    value="DT02",
                    description="Invalid creation date and time in Group Header (eg, historic date)",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#DT02",
                    notes="ISO's name for it: InvalidCreationDate (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="DT03",
                    description="Invalid non bank processing date (eg, weekend or local public holiday)",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#DT03",
                    notes="ISO's name for it: InvalidNonProcessingDate (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="DT04",
                    description="Future date not supported",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#DT04",
                    notes="ISO's name for it: FutureDateNotSupported (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="DT05",
                    description="Associated message, payment information block or transaction was received after agreed processing cut-off date, i.e., date in the past.",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#DT05",
                    notes="ISO's name for it: InvalidCutOffDate (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="DT06",
                    description="Execution Date has been modified in order for transaction to be processed",
                    category=_C.PENDING,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#DT06",
                    notes="ISO's name for it: ExecutionDateChanged (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="DU01",
                    description="Message Identification is not unique.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#DU01",
                    notes="ISO's name for it: DuplicateMessageID (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="DU02",
                    description="Payment Information Block is not unique.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#DU02",
                    notes="ISO's name for it: DuplicatePaymentInformationID (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="DU03",
                    description="Transaction is not unique.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#DU03",
                    notes="ISO's name for it: DuplicateTransaction (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="DU04",
                    description="End To End ID is not unique.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#DU04",
                    notes="ISO's name for it: DuplicateEndToEndID (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="DU05",
                    description="Instruction ID is not unique.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#DU05",
                    notes="ISO's name for it: DuplicateInstructionID (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="DUPL",
                    description="Payment or charge is a duplicate of another payment or charge.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tap-external-code-sets-json"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#DUPL",
                    notes='ISO\'s name for it: DuplicatePayment (4Q2023 release; created 2009-04-01, requested by Maintenance SR2009). The 4Q2023 release defines it as "Payment is a duplicate of another payment"; the later copy, quoted here, adds charges.',
                ),
                CodeInfo(
                    value="ED01",
                    description="Correspondent bank not possible.",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#ED01",
                    notes="ISO's name for it: CorrespondentBankNotPossible (4Q2023 release; created 2009-04-01, requested by Maintenance SR2009).",
                ),
                CodeInfo(
                    value="ED03",
                    description="Balance of payments complementary info is requested",
                    category=_C.USER_ACTION_REQUIRED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#ED03",
                    notes="ISO's name for it: BalanceInfoRequest (4Q2023 release; created 2009-04-01, requested by Maintenance SR2009).",
                ),
                CodeInfo(
                    value="ED05",
                    description="Settlement of the transaction has failed.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#ED05",
                    notes="ISO's name for it: SettlementFailed (4Q2023 release; created 2009-04-01, requested by Maintenance SR2009).",
                ),
                CodeInfo(
                    value="ED06",
                    description="Interbank settlement system not available.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#ED06",
                    notes="ISO's name for it: SettlementSystemNotAvailable (4Q2023 release; created 2016-03-01, requested by CR0538 - APCA/SWIFT).",
                ),
                CodeInfo(
                    value="ERIN",
                    description="Extended Remittance Information (ERI) option is not supported.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#ERIN",
                    notes="ISO's name for it: ERIOptionNotSupported (4Q2023 release; created 2018-11-01, requested by CR0760/EPC).",
                ),
                CodeInfo(
                    value="FF01",
                    description="File Format incomplete or invalid",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#FF01",
                    notes="ISO's name for it: InvalidFileFormat (4Q2023 release; created 2009-04-01, requested by Maintenance SR2009).",
                ),
                CodeInfo(
                    value="FF02",
                    description="Syntax error reason is provided as narrative information in the additional reason information.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#FF02",
                    notes="ISO's name for it: SyntaxError (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="FF03",
                    description="Payment Type Information is missing or invalid.\nGeneric usage if cannot specify Service Level or Local Instrument code",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#FF03",
                    notes="ISO's name for it: InvalidPaymentTypeInformation (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="FF04",
                    description="Service Level code is missing or invalid",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#FF04",
                    notes="ISO's name for it: InvalidServiceLevelCode (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="FF05",
                    description="Local Instrument code is missing or invalid",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#FF05",
                    notes="ISO's name for it: InvalidLocalInstrumentCode (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="FF06",
                    description="Category Purpose code is missing or invalid",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#FF06",
                    notes="ISO's name for it: InvalidCategoryPurposeCode (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="FF07",
                    description="Purpose is missing or invalid",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#FF07",
                    notes="ISO's name for it: InvalidPurpose (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="FF08",
                    description="End to End Id missing or invalid",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#FF08",
                    notes="ISO's name for it: InvalidEndToEndId (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="FF09",
                    description="Cheque number missing or invalid",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#FF09",
                    notes="ISO's name for it: InvalidChequeNumber (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="FF10",
                    description="File or transaction cannot be processed due to technical issues at the bank side",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#FF10",
                    notes="ISO's name for it: BankSystemProcessingError (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="FF11",
                    description="Clearing request rejected due it being subject to an abort operation.",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#FF11",
                    notes="ISO's name for it: ClearingRequestAborted (4Q2023 release; created 2016-04-01, requested by CR0538 - APCA/SWIFT).",
                ),
                CodeInfo(
                    value="G000",
                    description="In an FI To FI Customer Credit Transfer: The Status Originator transferred the payment to the next Agent or to a Market Infrastructure. The payment transfer is tracked. No further updates will follow from the Status Originator.\n\nIn a Financial Institution Credit Transfer with cover: The Status Originator performed the account booking and transferred the cover transaction to the next Reimbursement Agent or to a Market Infrastructure. The payment transfer is tracked. No further updates will follow from the Status Originator.",
                    category=_C.PENDING,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#G000",
                    notes="ISO's name for it: PaymentTransferredAndTracked (4Q2023 release; created 2018-08-01, requested by CR0737/SWIFT).",
                ),
                CodeInfo(
                    value="G001",
                    description="In an FI To FI Customer Credit Transfer: The Status Originator transferred the payment to the next Agent or to a Market Infrastructure. The payment transfer is not tracked. No further updates will follow from the Status Originator.\n\nIn a Financial Institution Credit Transfer with cover: The Status Originator performed the account booking and transferred the cover transaction to the next Reimbursement Agent or to a Market Infrastructure. The payment transfer is not tracked. No further updates will follow from the Status Originator.",
                    category=_C.PENDING,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#G001",
                    notes="ISO's name for it: PaymentTransferredAndNotTracked (4Q2023 release; created 2018-08-01, requested by CR0737/SWIFT).",
                ),
                CodeInfo(
                    value="G002",
                    description="In a FIToFI Customer Credit Transfer: Credit to the creditor’s account may not be confirmed same day. Update will follow from the Status Originator.\nIn a Financial Institution Credit Transfer with cover: Debit/credit to nostro account may not be confirmed same day or Financial Institution Credit Transfer may not be transferred same day. Update will follow from the Status Originator.",
                    category=_C.PENDING,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#G002",
                    notes="ISO's name for it: CreditDebitNotConfirmed (4Q2023 release; created 2018-08-01, requested by CR0737/SWIFT).",
                ),
                CodeInfo(
                    value="G003",
                    description="In a FIToFI Customer Credit Transfer: Credit to creditor’s account is pending receipt of required documents. The Status Originator has requested creditor to provide additional documentation. Update will follow from the Status Originator.\nIn a Financial Institution Credit Transfer with cover: Status Originator has requested a previous Agent to provide additional information/correct information. Update will follow from the Status Originator.",
                    category=_C.PENDING,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#G003",
                    notes="ISO's name for it: CreditPendingDocuments (4Q2023 release; created 2018-08-01, requested by CR0737/SWIFT).",
                ),
                CodeInfo(
                    value="G004",
                    description="In a FIToFI Customer Credit Transfer: Credit to the creditor’s account is pending, status Originator is waiting for funds provided via a cover. Update will follow from the Status Originator.",
                    category=_C.PENDING,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#G004",
                    notes="ISO's name for it: CreditPendingFunds (4Q2023 release; created 2018-08-01, requested by CR0737/SWIFT).",
                ),
                CodeInfo(
                    value="G005",
                    description="Payment has been delivered to creditor agent with service level.",
                    category=_C.SUCCESS,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#G005",
                    notes="ISO's name for it: DeliveredWithServiceLevel (4Q2023 release; created 2018-08-01, requested by CR0737/SWIFT).",
                ),
                CodeInfo(
                    value="G006",
                    description="Payment has been delivered to creditor agent without service level.",
                    category=_C.SUCCESS,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#G006",
                    notes="ISO's name for it: DeliveredWIthoutServiceLevel (4Q2023 release; created 2018-08-01, requested by CR0737/SWIFT).",
                ),
                CodeInfo(
                    value="ID01",
                    description="Signature file was sent to the bank but the corresponding original file has not been sent yet.",
                    category=_C.PENDING,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#ID01",
                    notes="ISO's name for it: CorrespondingOriginalFileStillNotSent (4Q2023 release; created 2011-02-14, requested by CodeEval 1Q2011 (CR0059/EBICS)).",
                ),
                CodeInfo(
                    value="MD01",
                    description="No Mandate",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#MD01",
                    notes="ISO's name for it: NoMandate (4Q2023 release; created 2009-04-01, requested by Maintenance SR2009).",
                ),
                CodeInfo(
                    value="MD02",
                    description="Mandate related information data required by the scheme is missing.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#MD02",
                    notes="ISO's name for it: MissingMandatoryInformationInMandate (4Q2023 release; created 2009-04-01, requested by Maintenance SR2009).",
                ),
                CodeInfo(
                    value="MD05",
                    description="Creditor or creditor's agent should not have collected the direct debit",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#MD05",
                    notes="ISO's name for it: CollectionNotDue (4Q2023 release; created 2009-04-01, requested by Maintenance SR2009).",
                ),
                CodeInfo(
                    value="MD06",
                    description="Return of funds requested by end customer",
                    category=_C.CANCELLED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#MD06",
                    notes="ISO's name for it: RefundRequestByEndCustomer (4Q2023 release; created 2009-04-01, requested by Maintenance SR2009).",
                ),
                CodeInfo(
                    value="MD07",
                    description="End customer is deceased.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#MD07",
                    notes="ISO's name for it: EndCustomerDeceased (4Q2023 release; created 2009-04-01, requested by Maintenance SR2009).",
                ),
                CodeInfo(
                    value="MS02",
                    description="Reason has not been specified by end customer",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#MS02",
                    notes="ISO's name for it: NotSpecifiedReasonCustomerGenerated (4Q2023 release; created 2009-04-01, requested by Maintenance SR2009).",
                ),
                CodeInfo(
                    value="MS03",
                    description="Reason has not been specified by agent.",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#MS03",
                    notes="ISO's name for it: NotSpecifiedReasonAgentGenerated (4Q2023 release; created 2009-04-01, requested by Maintenance SR2009).",
                ),
                CodeInfo(
                    value="NARR",
                    description="Reason is provided as narrative information in the additional reason information.",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#NARR",
                    notes="ISO's name for it: Narrative (4Q2023 release; created 2009-04-01, requested by Maintenance SR2009).",
                ),
                CodeInfo(
                    value="NERI",
                    description="Credit transfer is tagged as an Extended Remittance Information (ERI) transaction but does not contain ERI.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#NERI",
                    notes="ISO's name for it: NoERI (4Q2023 release; created 2018-11-01, requested by CR0767/EPC).",
                ),
                CodeInfo(
                    value="RC01",
                    description="Bank identifier code specified in the message has an incorrect format (formerly IncorrectFormatForRoutingCode).",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#RC01",
                    notes="ISO's name for it: BankIdentifierIncorrect (4Q2023 release; created 2009-04-01, requested by Maintenance SR2009).",
                ),
                CodeInfo(
                    value="RC02",
                    description="Bank identifier is invalid or missing.\nGeneric usage if cannot specify between debit or credit account",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#RC02",
                    notes="ISO's name for it: InvalidBankIdentifier (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="RC03",
                    description="Debtor bank identifier is invalid or missing",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#RC03",
                    notes="ISO's name for it: InvalidDebtorBankIdentifier (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="RC04",
                    description="Creditor bank identifier is invalid or missing",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#RC04",
                    notes="ISO's name for it: InvalidCreditorBankIdentifier (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="RC05",
                    description="BIC identifier is invalid or missing.\nGeneric usage if cannot specify between debit or credit account.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#RC05",
                    notes="ISO's name for it: InvalidBICIdentifier (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="RC06",
                    description="Debtor BIC identifier is invalid or missing",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#RC06",
                    notes="ISO's name for it: InvalidDebtorBICIdentifier (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="RC07",
                    description="Creditor BIC identifier is invalid or missing",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#RC07",
                    notes="ISO's name for it: InvalidCreditorBICIdentifier (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="RC08",
                    description="ClearingSystemMemberidentifier is invalid or missing.\nGeneric usage if cannot specify between debit or credit account",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#RC08",
                    notes="ISO's name for it: InvalidClearingSystemMemberIdentifier (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="RC09",
                    description="Debtor ClearingSystemMember identifier is invalid or missing",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#RC09",
                    notes="ISO's name for it: InvalidDebtorClearingSystemMemberIdentifier (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="RC10",
                    description="Creditor ClearingSystemMember identifier is invalid or missing",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#RC10",
                    notes="ISO's name for it: InvalidCreditorClearingSystemMemberIdentifier (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="RC11",
                    description="Intermediary Agent is invalid or missing",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#RC11",
                    notes="ISO's name for it: InvalidIntermediaryAgent (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="RC12",
                    description="Creditor Scheme Id is invalid or  missing",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#RC12",
                    notes="ISO's name for it: MissingCreditorSchemeId (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="RCON",
                    description="Conflict with R-Message",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#RCON",
                    notes="ISO's name for it: RMessageConflict (4Q2023 release; created 2014-11-28, requested by CodeEval 3Q2014 CR0456 - Austria).",
                ),
                CodeInfo(
                    value="RECI",
                    description="Further information regarding the intended recipient.",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#RECI",
                    notes="ISO's name for it: ReceiverCustomerInformation (4Q2023 release; created 2019-11-01, requested by CR0824/TCH).",
                ),
                CodeInfo(
                    value="RF01",
                    description="Transaction reference is not unique within the message.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#RF01",
                    notes="ISO's name for it: NotUniqueTransactionReference (4Q2023 release; created 2009-04-01, requested by Maintenance SR2009).",
                ),
                CodeInfo(
                    value="RR01",
                    description="Specification of the debtor’s account or unique identification needed for reasons of regulatory requirements is insufficient or missing",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#RR01",
                    notes="ISO's name for it: MissingDebtorAccountOrIdentification (4Q2023 release; created 2009-04-01, requested by Maintenance SR2009).",
                ),
                CodeInfo(
                    value="RR02",
                    description="Specification of the debtor’s name and/or address needed for regulatory requirements is insufficient or missing.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#RR02",
                    notes="ISO's name for it: MissingDebtorNameOrAddress (4Q2023 release; created 2009-04-01, requested by Maintenance SR2009).",
                ),
                CodeInfo(
                    value="RR03",
                    description="Specification of the creditor’s name and/or address needed for regulatory requirements is insufficient or missing.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#RR03",
                    notes="ISO's name for it: MissingCreditorNameOrAddress (4Q2023 release; created 2009-04-01, requested by Maintenance SR2009).",
                ),
                CodeInfo(
                    value="RR04",
                    description="Regulatory Reason",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#RR04",
                    notes="ISO's name for it: RegulatoryReason (4Q2023 release; created 2009-04-01, requested by Maintenance SR2009).",
                ),
                CodeInfo(
                    value="RR05",
                    description="Regulatory or Central Bank Reporting information missing, incomplete or invalid.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#RR05",
                    notes="ISO's name for it: RegulatoryInformationInvalid (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="RR06",
                    description="Tax information missing, incomplete or invalid.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#RR06",
                    notes="ISO's name for it: TaxInformationInvalid (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="RR07",
                    description="Remittance information structure does not comply with rules for payment type.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#RR07",
                    notes="ISO's name for it: RemittanceInformationInvalid (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="RR08",
                    description="Remittance information truncated to comply with rules for payment type.",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#RR08",
                    notes="ISO's name for it: RemittanceInformationTruncated (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="RR09",
                    description="Structured creditor reference invalid or missing.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#RR09",
                    notes="ISO's name for it: InvalidStructuredCreditorReference (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="RR10",
                    description="Character set supplied not valid for the country and payment type.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#RR10",
                    notes="ISO's name for it: InvalidCharacterSet (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="RR11",
                    description="Invalid or missing identification of a bank proprietary service.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#RR11",
                    notes="ISO's name for it: InvalidDebtorAgentServiceID (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="RR12",
                    description="Invalid or missing identification required within a particular country or payment type.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#RR12",
                    notes="ISO's name for it: InvalidPartyID (4Q2023 release; created 2010-08-01, requested by CodeEval 1Q2010 (CR0010/CGI)).",
                ),
                CodeInfo(
                    value="S000",
                    description="Request for Cancellation is acknowledged following validation.",
                    category=_C.PENDING,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#S000",
                    notes="ISO's name for it: ValidRequestForCancellationAcknowledged (4Q2023 release; created 2018-08-01, requested by CR0737/SWIFT).",
                ),
                CodeInfo(
                    value="S001",
                    description="Unique End-to-end Transaction Reference (UETR) relating to a payment has been identified as being associated with a Request for Cancellation.",
                    category=_C.PENDING,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#S001",
                    notes="ISO's name for it: UETRFlaggedForCancellation (4Q2023 release; created 2018-08-01, requested by CR0737/SWIFT).",
                ),
                CodeInfo(
                    value="S002",
                    description="Unique End-to-end Transaction Reference (UETR) relating to a payment has been prevent from traveling across a messaging network.",
                    category=_C.CANCELLED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#S002",
                    notes="ISO's name for it: NetworkStopOfUETR (4Q2023 release; created 2018-08-01, requested by CR0737/SWIFT).",
                ),
                CodeInfo(
                    value="S003",
                    description="Request for Cancellation has been forwarded to the payment processing/last payment processing agent.",
                    category=_C.PENDING,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#S003",
                    notes="ISO's name for it: RequestForCancellationForwarded (4Q2023 release; created 2018-08-01, requested by CR0737/SWIFT).",
                ),
                CodeInfo(
                    value="S004",
                    description="Request for Cancellation has been acknowledged as delivered to payment processing/last payment processing agent.",
                    category=_C.PENDING,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#S004",
                    notes="ISO's name for it: RequestForCancellationDeliveryAcknowledgement (4Q2023 release; created 2018-08-01, requested by CR0737/SWIFT).",
                ),
                CodeInfo(
                    value="SL01",
                    description="Due to specific service offered by the Debtor Agent.",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#SL01",
                    notes="ISO's name for it: SpecificServiceOfferedByDebtorAgent (4Q2023 release; created 2009-04-01, requested by Maintenance SR2009).",
                ),
                CodeInfo(
                    value="SL02",
                    description="Due to specific service offered by the Creditor Agent.",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#SL02",
                    notes="ISO's name for it: SpecificServiceOfferedByCreditorAgent (4Q2023 release; created 2009-04-01, requested by Maintenance SR2009).",
                ),
                CodeInfo(
                    value="SL03",
                    description="Due to a specific service offered by the clearing system.",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#SL03",
                    notes="ISO's name for it: ServiceofClearingSystem (4Q2023 release; created 2019-11-01, requested by CR0824/TCH).",
                ),
                CodeInfo(
                    value="SL11",
                    description="Whitelisting service offered by the Debtor Agent; Debtor has not included the Creditor on its “Whitelist” (yet). In the Whitelist the Debtor may list all allowed Creditors to debit Debtor bank account.",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#SL11",
                    notes="ISO's name for it: CreditorNotOnWhitelistOfDebtor (4Q2023 release; created 2016-03-01, requested by CR0541 - Dutch Payments Association).",
                ),
                CodeInfo(
                    value="SL12",
                    description="Blacklisting service offered by the Debtor Agent; Debtor included the Creditor on his “Blacklist”. In the Blacklist the Debtor may list all Creditors not allowed to debit Debtor bank account.",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#SL12",
                    notes="ISO's name for it: CreditorOnBlacklistOfDebtor (4Q2023 release; created 2016-03-01, requested by CR0541 - Dutch Payments Association).",
                ),
                CodeInfo(
                    value="SL13",
                    description="Due to Maximum allowed Direct Debit Transactions per period service offered by the Debtor Agent.",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#SL13",
                    notes="ISO's name for it: MaximumNumberOfDirectDebitTransactionsExceeded (4Q2023 release; created 2016-03-01, requested by CR0541 - Dutch Payments Association).",
                ),
                CodeInfo(
                    value="SL14",
                    description="Due to Maximum allowed Direct Debit Transaction amount service offered by the Debtor Agent.",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#SL14",
                    notes="ISO's name for it: MaximumDirectDebitTransactionAmountExceeded (4Q2023 release; created 2016-03-01, requested by CR0541 - Dutch Payments Association).",
                ),
                CodeInfo(
                    value="TA01",
                    description="The transmission of the file was not successful – it had to be aborted (for technical reasons)",
                    category=_C.GENERIC_FAILURE,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#TA01",
                    notes="ISO's name for it: TransmissonAborted (4Q2023 release; created 2011-02-14, requested by CodeEval 1Q2011 (CR0059/EBICS)).",
                ),
                CodeInfo(
                    value="TD01",
                    description="There is no data available (for download)",
                    category=_C.INFORMATIONAL,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#TD01",
                    notes="ISO's name for it: NoDataAvailable (4Q2023 release; created 2011-02-14, requested by CodeEval 1Q2011 (CR0059/EBICS)).",
                ),
                CodeInfo(
                    value="TD02",
                    description="The file cannot be read (e.g. unknown format)",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#TD02",
                    notes="ISO's name for it: FileNonReadable (4Q2023 release; created 2011-02-14, requested by CodeEval 1Q2011 (CR0059/EBICS)).",
                ),
                CodeInfo(
                    value="TD03",
                    description="The file format is incomplete or invalid",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#TD03",
                    notes="ISO's name for it: IncorrectFileStructure (4Q2023 release; created 2011-02-14, requested by CodeEval 1Q2011 (CR0059/EBICS)).",
                ),
                CodeInfo(
                    value="TK01",
                    description="Token is invalid.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#TK01",
                    notes="ISO's name for it: TokenInvalid (4Q2023 release; created 2019-11-01, requested by CR0824/TCH).",
                ),
                CodeInfo(
                    value="TK02",
                    description="Token used for the sender does not exist.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#TK02",
                    notes="ISO's name for it: SenderTokenNotFound (4Q2023 release; created 2019-11-01, requested by CR0824/TCH).",
                ),
                CodeInfo(
                    value="TK03",
                    description="Token used for the receiver does not exist.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#TK03",
                    notes="ISO's name for it: ReceiverTokenNotFound (4Q2023 release; created 2019-11-01, requested by CR0824/TCH).",
                ),
                CodeInfo(
                    value="TK09",
                    description="Token required for request is missing.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#TK09",
                    notes="ISO's name for it: TokenMissing (4Q2023 release; created 2019-11-01, requested by CR0824/TCH).",
                ),
                CodeInfo(
                    value="TKCM",
                    description="Token found with counterparty mismatch.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#TKCM",
                    notes="ISO's name for it: TokenCounterpartyMismatch (4Q2023 release; created 2019-11-01, requested by CR0824/TCH).",
                ),
                CodeInfo(
                    value="TKSG",
                    description="Single Use Token already used.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#TKSG",
                    notes="ISO's name for it: TokenSingleUse (4Q2023 release; created 2019-11-01, requested by CR0824/TCH).",
                ),
                CodeInfo(
                    value="TKSP",
                    description="Token found with suspended status.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#TKSP",
                    notes="ISO's name for it: TokenSuspended (4Q2023 release; created 2019-11-01, requested by CR0824/TCH).",
                ),
                CodeInfo(
                    value="TKVE",
                    description="Token found with value limit rule violation.",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#TKVE",
                    notes="ISO's name for it: TokenValueLimitExceeded (4Q2023 release; created 2019-11-01, requested by CR0824/TCH).",
                ),
                CodeInfo(
                    value="TKXP",
                    description="Token expired.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#TKXP",
                    notes="ISO's name for it: TokenExpired (4Q2023 release; created 2019-11-01, requested by CR0824/TCH).",
                ),
                CodeInfo(
                    value="TM01",
                    description="Associated message, payment information block, or transaction was received after agreed processing cut-off time.",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#TM01",
                    notes="ISO's name for it: InvalidCutOffTime (4Q2023 release; created 2009-04-01, requested by Maintenance SR2009).",
                ),
                CodeInfo(
                    value="TS01",
                    description="The (technical) transmission of the file was successful.",
                    category=_C.SUCCESS,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#TS01",
                    notes="ISO's name for it: TransmissionSuccessful (4Q2023 release; created 2011-02-14, requested by CodeEval 1Q2011 (CR0059/EBICS)).",
                ),
                CodeInfo(
                    value="TS04",
                    description="The order was transferred to pass by accompanying note signed by hand",
                    category=_C.PENDING,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#TS04",
                    notes="ISO's name for it: TransferToSignByHand (4Q2023 release; created 2011-02-14, requested by CodeEval 1Q2011 (CR0059/EBICS)).",
                ),
                CodeInfo(
                    value="CN01",
                    description="Authorisation is cancelled.",
                    category=_C.CANCELLED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#CN01",
                    notes="ISO's name for it: AuthorisationCancelled (4Q2023 release; created 2021-08-23, requested by CBPR Plus WG).",
                ),
                CodeInfo(
                    value="FOCR",
                    description="Return following a cancellation request.",
                    category=_C.CANCELLED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#FOCR",
                    notes="ISO's name for it: FollowingCancellationRequest (4Q2023 release; created 2021-08-23, requested by CBPR Plus WG).",
                ),
                CodeInfo(
                    value="FR01",
                    description="Returned as a result of fraud.",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#FR01",
                    notes="ISO's name for it: Fraud (4Q2023 release; created 2021-08-23, requested by CBPR Plus WG).",
                ),
                CodeInfo(
                    value="NOAS",
                    description="No response from Beneficiary.",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#NOAS",
                    notes="ISO's name for it: NoAnswerFromCustomer (4Q2023 release; created 2021-08-23, requested by CBPR Plus WG).",
                ),
                CodeInfo(
                    value="NOCM",
                    description="Customer account is not compliant with regulatory requirements, for example FICA (in South Africa) or any other regulatory requirements which render an account inactive for certain processing.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#NOCM",
                    notes="ISO's name for it: NotCompliantGeneric (4Q2023 release; created 2021-08-23, requested by CBPR Plus WG).",
                ),
                CodeInfo(
                    value="RUTA",
                    description="Return following investigation request and no remediation possible.",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#RUTA",
                    notes="ISO's name for it: ReturnUponUnableToApply (4Q2023 release; created 2021-08-23, requested by CBPR Plus WG).",
                ),
                CodeInfo(
                    value="UPAY",
                    description="Payment is not justified.",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#UPAY",
                    notes="ISO's name for it: UnduePayment (4Q2023 release; created 2021-08-23, requested by CBPR Plus WG).",
                ),
                CodeInfo(
                    value="AEXR",
                    description="Request-to-pay Expiry Date and Time has already passed.",
                    category=_C.SESSION_EXPIRED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AEXR",
                    notes="ISO's name for it: AlreadyExpiredRTP (4Q2023 release; created 2021-11-30, requested by European Payments Council (EPC)).",
                ),
                CodeInfo(
                    value="ALAC",
                    description="Request-to-pay has already been accepted by the Debtor.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#ALAC",
                    notes="ISO's name for it: AlreadyAcceptedRTP (4Q2023 release; created 2021-11-30, requested by European Payments Council (EPC)).",
                ),
                CodeInfo(
                    value="ARFR",
                    description="Request-to-pay has already been refused by the Debtor.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#ARFR",
                    notes="ISO's name for it: AlreadyRefusedRTP (4Q2023 release; created 2021-11-30, requested by European Payments Council (EPC)).",
                ),
                CodeInfo(
                    value="ARJR",
                    description="Request-to-pay has already been rejected.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#ARJR",
                    notes="ISO's name for it: AlreadyRejectedRTP (4Q2023 release; created 2021-11-30, requested by European Payments Council (EPC)).",
                ),
                CodeInfo(
                    value="ATNS",
                    description="Attachments to the request-to-pay are not supported.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#ATNS",
                    notes="ISO's name for it: AttachementsNotSupported (4Q2023 release; created 2021-11-30, requested by European Payments Council (EPC)).",
                ),
                CodeInfo(
                    value="EDTL",
                    description="Expiry date time of the request-to-pay is too far in the future.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#EDTL",
                    notes="ISO's name for it: ExpiryDateTooLong (4Q2023 release; created 2021-11-30, requested by European Payments Council (EPC)).",
                ),
                CodeInfo(
                    value="EDTR",
                    description="Expiry date time of the request-to-pay is already reached.",
                    category=_C.SESSION_EXPIRED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#EDTR",
                    notes="ISO's name for it: ExpiryDateTimeReached (4Q2023 release; created 2021-11-30, requested by European Payments Council (EPC)).",
                ),
                CodeInfo(
                    value="FRAD",
                    description="Cancellation requested following a transaction that was originated fraudulently. The use of the FraudulentOrigin code should be governed by jurisdictions.",
                    category=_C.CANCELLED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#FRAD",
                    notes="ISO's name for it: FraudulentOrigin (4Q2023 release; created 2021-11-30, requested by European Payments Council (EPC)).",
                ),
                CodeInfo(
                    value="IEDT",
                    description="Expiry date time of the request-to-pay is incorrect.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#IEDT",
                    notes="ISO's name for it: IncorrectExpiryDateTime (4Q2023 release; created 2021-11-30, requested by European Payments Council (EPC)).",
                ),
                CodeInfo(
                    value="IRNR",
                    description="No initial request-to-pay has been received.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#IRNR",
                    notes="ISO's name for it: InitialRTPNeverReceived (4Q2023 release; created 2021-11-30, requested by European Payments Council (EPC)).",
                ),
                CodeInfo(
                    value="NOAR",
                    description="No existing agreement for receiving request-to-pay messages.",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#NOAR",
                    notes="ISO's name for it: NonAgreedRTP (4Q2023 release; created 2021-11-30, requested by European Payments Council (EPC)).",
                ),
                CodeInfo(
                    value="NOPG",
                    description="Requested payment guarantee (by Creditor) related to a request-to-pay cannot be provided.",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#NOPG",
                    notes="ISO's name for it: NoPaymentGuarantee (4Q2023 release; created 2021-11-30, requested by European Payments Council (EPC)).",
                ),
                CodeInfo(
                    value="NRCH",
                    description="Recipient side of the request-to-pay (payer or its request-to-pay service provider) is not reachable.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#NRCH",
                    notes="ISO's name for it: PayerOrPayerRTPSPNotReachable (4Q2023 release; created 2021-11-30, requested by European Payments Council (EPC)).",
                ),
                CodeInfo(
                    value="PINS",
                    description="Type of payment requested in the request-to-pay is not supported by the payer.",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#PINS",
                    notes="ISO's name for it: TypeOfPaymentInstrumentNotSupported (4Q2023 release; created 2021-11-30, requested by European Payments Council (EPC)).",
                ),
                CodeInfo(
                    value="REPR",
                    description="Request-to-pay has been received and can be processed further.",
                    category=_C.PENDING,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#REPR",
                    notes="ISO's name for it: RTPReceivedCanBeProcessed (4Q2023 release; created 2021-11-30, requested by European Payments Council (EPC)).",
                ),
                CodeInfo(
                    value="RTNS",
                    description="Debtor does not support request-to-pay transactions.",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#RTNS",
                    notes="ISO's name for it: RTPNotSupportedForDebtor (4Q2023 release; created 2021-11-30, requested by European Payments Council (EPC)).",
                ),
                CodeInfo(
                    value="SPII",
                    description="Identifier of the request-to-pay service provider is incorrect.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#SPII",
                    notes="ISO's name for it: RTPServiceProviderIdentifierIncorrect (4Q2023 release; created 2021-11-30, requested by European Payments Council (EPC)).",
                ),
                CodeInfo(
                    value="UCRD",
                    description="Unknown Creditor.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#UCRD",
                    notes="ISO's name for it: UnknownCreditor (4Q2023 release; created 2021-11-30, requested by European Payments Council (EPC)).",
                ),
                CodeInfo(
                    value="FF12",
                    description="Original payment is not eligible to be returned given its current status.",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#FF12",
                    notes="ISO's name for it: OriginalTransactionNotEligibleForRequestedReturn (4Q2023 release; created 2022-02-15, requested by CR0987/Payments Canada).",
                ),
                CodeInfo(
                    value="FF13",
                    description="No record of request for cancellation found.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#FF13",
                    notes="ISO's name for it: RequestForCancellationNotFound (4Q2023 release; created 2022-02-15, requested by CR0987/Payments Canada).",
                ),
                CodeInfo(
                    value="DC02",
                    description="Rejection of a payment due to covering FI settlement not being received.",
                    category=_C.REJECTED,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#DC02",
                    notes="ISO's name for it: SettlementNotReceived (4Q2023 release; created 2022-05-31, requested by CR1085/Barclays Bank).",
                ),
                CodeInfo(
                    value="APAR",
                    description="Request To Pay has already been paid by the Debtor.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(
                        _S["iso-4q2023-xsd"],
                        _S["iso-4q2023-xlsx"],
                        _S["iso-4q2023-json"],
                        _S["tap-external-code-sets-json"],
                    ),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(
                                _S["iso-4q2023-xsd"],
                                _S["iso-4q2023-xlsx"],
                                _S["iso-4q2023-json"],
                                _S["tap-external-code-sets-json"],
                            ),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#APAR",
                    notes="ISO's name for it: AlreadyPaidRTP (4Q2023 release; created 2023-08-31, requested by CR1308/FRBNY).",
                ),
                CodeInfo(
                    value="AB26",
                    description="Settlement Instruction does not exist.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["tap-external-code-sets-json"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tap-external-code-sets-json"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AB26",
                    notes="Not in the 4Q2023 release: the later copy lists it, with its definition and no name (a JSON Schema gives none); its name and the release that added it were not read.",
                ),
                CodeInfo(
                    value="AB12",
                    description="Duplicate Concurrent Batch Sequence number– for Settlement Instructions.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["tap-external-code-sets-json"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tap-external-code-sets-json"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AB12",
                    notes="Not in the 4Q2023 release: the later copy lists it, with its definition and no name (a JSON Schema gives none); its name and the release that added it were not read.",
                ),
                CodeInfo(
                    value="AB13",
                    description="Wrong Message Routing Type for Return-of-Funds.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["tap-external-code-sets-json"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tap-external-code-sets-json"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AB13",
                    notes="Not in the 4Q2023 release: the later copy lists it, with its definition and no name (a JSON Schema gives none); its name and the release that added it were not read.",
                ),
                CodeInfo(
                    value="AB15",
                    description="Instruction may not be placed on the Continuous Processing Line settlement processor.",
                    category=_C.REJECTED,
                    sources=(_S["tap-external-code-sets-json"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tap-external-code-sets-json"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AB15",
                    notes="Not in the 4Q2023 release: the later copy lists it, with its definition and no name (a JSON Schema gives none); its name and the release that added it were not read.",
                ),
                CodeInfo(
                    value="AB21",
                    description="Agreement number not valid (beneficiary).",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["tap-external-code-sets-json"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tap-external-code-sets-json"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AB21",
                    notes="Not in the 4Q2023 release: the later copy lists it, with its definition and no name (a JSON Schema gives none); its name and the release that added it were not read.",
                ),
                CodeInfo(
                    value="BDAY",
                    description="Settlement Cycle Day and Calendar day should be the same.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["tap-external-code-sets-json"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tap-external-code-sets-json"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#BDAY",
                    notes="Not in the 4Q2023 release: the later copy lists it, with its definition and no name (a JSON Schema gives none); its name and the release that added it were not read.",
                ),
                CodeInfo(
                    value="DS28",
                    description="Message routed to the wrong environment.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["tap-external-code-sets-json"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tap-external-code-sets-json"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#DS28",
                    notes="Not in the 4Q2023 release: the later copy lists it, with its definition and no name (a JSON Schema gives none); its name and the release that added it were not read.",
                ),
                CodeInfo(
                    value="INDT",
                    description="Details not valid for this field.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["tap-external-code-sets-json"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tap-external-code-sets-json"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#INDT",
                    notes="Not in the 4Q2023 release: the later copy lists it, with its definition and no name (a JSON Schema gives none); its name and the release that added it were not read.",
                ),
                CodeInfo(
                    value="ISWS",
                    description="Cannot schedule instruction for Night Window.",
                    category=_C.REJECTED,
                    sources=(_S["tap-external-code-sets-json"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tap-external-code-sets-json"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#ISWS",
                    notes="Not in the 4Q2023 release: the later copy lists it, with its definition and no name (a JSON Schema gives none); its name and the release that added it were not read.",
                ),
                CodeInfo(
                    value="MINF",
                    description="Information missing for the field or cannot be empty.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["tap-external-code-sets-json"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tap-external-code-sets-json"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#MINF",
                    notes="Not in the 4Q2023 release: the later copy lists it, with its definition and no name (a JSON Schema gives none); its name and the release that added it were not read.",
                ),
                CodeInfo(
                    value="NOFR",
                    description="Continuous Processing Line on Hold Instruction.",
                    category=_C.PENDING,
                    sources=(_S["tap-external-code-sets-json"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tap-external-code-sets-json"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#NOFR",
                    notes="Not in the 4Q2023 release: the later copy lists it, with its definition and no name (a JSON Schema gives none); its name and the release that added it were not read.",
                ),
                CodeInfo(
                    value="RC13",
                    description="Originator not active any more.",
                    category=_C.REJECTED,
                    sources=(_S["tap-external-code-sets-json"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tap-external-code-sets-json"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#RC13",
                    notes="Not in the 4Q2023 release: the later copy lists it, with its definition and no name (a JSON Schema gives none); its name and the release that added it were not read.",
                ),
                CodeInfo(
                    value="RC15",
                    description="Settlement agreement required.",
                    category=_C.REJECTED,
                    sources=(_S["tap-external-code-sets-json"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tap-external-code-sets-json"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#RC15",
                    notes="Not in the 4Q2023 release: the later copy lists it, with its definition and no name (a JSON Schema gives none); its name and the release that added it were not read.",
                ),
                CodeInfo(
                    value="RC16",
                    description="Participant blocked from SADC-RTGS.",
                    category=_C.REJECTED,
                    sources=(_S["tap-external-code-sets-json"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tap-external-code-sets-json"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#RC16",
                    notes="Not in the 4Q2023 release: the later copy lists it, with its definition and no name (a JSON Schema gives none); its name and the release that added it were not read.",
                ),
                CodeInfo(
                    value="SBRN",
                    description="Remove Concurrent Batch Processing Line on hold instruction.",
                    category=_C.INFORMATIONAL,
                    sources=(_S["tap-external-code-sets-json"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tap-external-code-sets-json"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#SBRN",
                    notes="Not in the 4Q2023 release: the later copy lists it, with its definition and no name (a JSON Schema gives none); its name and the release that added it were not read.",
                ),
                CodeInfo(
                    value="RQNR",
                    description="Payer did not recognize the request from Payee Participant,",
                    category=_C.REJECTED,
                    sources=(_S["tap-external-code-sets-json"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tap-external-code-sets-json"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#RQNR",
                    notes="Not in the 4Q2023 release: the later copy lists it, with its definition and no name (a JSON Schema gives none); its name and the release that added it were not read.",
                ),
                CodeInfo(
                    value="SNRD",
                    description="Services are not yet rendered by the Payee Participant (Creditor).",
                    category=_C.REJECTED,
                    sources=(_S["tap-external-code-sets-json"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tap-external-code-sets-json"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#SNRD",
                    notes="Not in the 4Q2023 release: the later copy lists it, with its definition and no name (a JSON Schema gives none); its name and the release that added it were not read.",
                ),
                CodeInfo(
                    value="OSNS",
                    description="Requested optional service (for example instalment payments) is not supported.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["tap-external-code-sets-json"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tap-external-code-sets-json"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#OSNS",
                    notes="Not in the 4Q2023 release: the later copy lists it, with its definition and no name (a JSON Schema gives none); its name and the release that added it were not read.",
                ),
                CodeInfo(
                    value="AMSE",
                    description="Size of the attachment exceeds the allowed maximum.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["tap-external-code-sets-json"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tap-external-code-sets-json"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#AMSE",
                    notes="Not in the 4Q2023 release: the later copy lists it, with its definition and no name (a JSON Schema gives none); its name and the release that added it were not read.",
                ),
                CodeInfo(
                    value="INAR",
                    description="Payer’s activation reference is invalid.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["tap-external-code-sets-json"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tap-external-code-sets-json"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#INAR",
                    notes="Not in the 4Q2023 release: the later copy lists it, with its definition and no name (a JSON Schema gives none); its name and the release that added it were not read.",
                ),
                CodeInfo(
                    value="EDNA",
                    description="Requested execution date of the payment is not accepted.",
                    category=_C.REJECTED,
                    sources=(_S["tap-external-code-sets-json"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tap-external-code-sets-json"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#EDNA",
                    notes="Not in the 4Q2023 release: the later copy lists it, with its definition and no name (a JSON Schema gives none); its name and the release that added it were not read.",
                ),
                CodeInfo(
                    value="SL15",
                    description="Maximum number of credit transactions allowed by the account servicer per service period exceeded.",
                    category=_C.REJECTED,
                    sources=(_S["tap-external-code-sets-json"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tap-external-code-sets-json"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#SL15",
                    notes="Not in the 4Q2023 release: the later copy lists it, with its definition and no name (a JSON Schema gives none); its name and the release that added it were not read.",
                ),
                CodeInfo(
                    value="SL16",
                    description="Maximum total credit amount allowed by the account servicer per service period exceeded.",
                    category=_C.REJECTED,
                    sources=(_S["tap-external-code-sets-json"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tap-external-code-sets-json"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#SL16",
                    notes="Not in the 4Q2023 release: the later copy lists it, with its definition and no name (a JSON Schema gives none); its name and the release that added it were not read.",
                ),
                CodeInfo(
                    value="SL17",
                    description="Whitelisting service offered by payment system operator or financial institution. Debtor is not included on the Creditor side whitelist.",
                    category=_C.REJECTED,
                    sources=(_S["tap-external-code-sets-json"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tap-external-code-sets-json"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#SL17",
                    notes="Not in the 4Q2023 release: the later copy lists it, with its definition and no name (a JSON Schema gives none); its name and the release that added it were not read.",
                ),
                CodeInfo(
                    value="SL18",
                    description="Blacklisting service offered by payment system operator or financial institution. Debtor included on the Creditor side blacklist.",
                    category=_C.REJECTED,
                    sources=(_S["tap-external-code-sets-json"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tap-external-code-sets-json"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#SL18",
                    notes="Not in the 4Q2023 release: the later copy lists it, with its definition and no name (a JSON Schema gives none); its name and the release that added it were not read.",
                ),
                CodeInfo(
                    value="CHRG",
                    description="Related to a Charge message to convey that the charge bearer code used in the corresponding Payment message was not debt.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["tap-external-code-sets-json"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tap-external-code-sets-json"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#CHRG",
                    notes="Not in the 4Q2023 release: the later copy lists it, with its definition and no name (a JSON Schema gives none); its name and the release that added it were not read.",
                ),
                CodeInfo(
                    value="CHCO",
                    description="Related to a Charge message to convey that the code in Charge Breakdown / Type / Code is not accepted by the receiving party.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["tap-external-code-sets-json"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tap-external-code-sets-json"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#CHCO",
                    notes="Not in the 4Q2023 release: the later copy lists it, with its definition and no name (a JSON Schema gives none); its name and the release that added it were not read.",
                ),
                CodeInfo(
                    value="IPNS",
                    description="Payments in instalments are not supported.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["tap-external-code-sets-json"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tap-external-code-sets-json"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#IPNS",
                    notes="Not in the 4Q2023 release: the later copy lists it, with its definition and no name (a JSON Schema gives none); its name and the release that added it were not read.",
                ),
                CodeInfo(
                    value="CNNS",
                    description="Credit notes are not supported.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["tap-external-code-sets-json"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tap-external-code-sets-json"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#CNNS",
                    notes="Not in the 4Q2023 release: the later copy lists it, with its definition and no name (a JSON Schema gives none); its name and the release that added it were not read.",
                ),
                CodeInfo(
                    value="EOL1",
                    description="Expiration of the payment authorisation due to no use for too long.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["tap-external-code-sets-json"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["tap-external-code-sets-json"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/iso20022/status_reason/#EOL1",
                    notes="Not in the 4Q2023 release: the later copy lists it, with its definition and no name (a JSON Schema gives none); its name and the release that added it were not read.",
                ),
            ),
        ),
        {},
    )
    return StatusReason


def _CODE_SETS() -> tuple[object, ...]:
    return tuple(getattr(_PUBLIC, name) for name in ("StatusReason",))
