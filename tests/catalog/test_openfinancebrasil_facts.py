"""Open Finance Brasil's consents API for customer data, typed from its file: API Consents 3.3.1
(OpenBanking-Brasil/draft-openapi at b754294a, swagger-apis/consents/3.3.1.yml, info.version
3.3.1, in Portuguese): the 422 enums of POST /consents (ResponseErrorUnprocessableEntity, line
1181), of POST /consents/{consentId}/extends (422ResponseErrorCreateConsent, line 1230, whose
code, title and detail lists are at lines 1256, 1267 and 1278) and of DELETE (line 1146), the
consent's status (line 680), rejection.reason.code (lines 998-1011) and EnumRejectedBy (line
628), and the extends 422 example of components/responses/UnprocessableEntityConsents."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import bankcodes
from bankcodes import payloads
from tests.support.helpers import ROOT, codegen_here, provider_module, spec_data

ofb = provider_module("openfinancebrasil")

#: The enums, in the file's order.
CREATE = [
    "SEM_PERMISSOES_FUNCIONAIS_RESTANTES", "INFORMACOES_PJ_NAO_INFORMADAS",
    "PERMISSOES_PJ_INCORRETAS", "PERMISSAO_PF_PJ_EM_CONJUNTO", "COMBINACAO_PERMISSOES_INCORRETA",
    "DATA_EXPIRACAO_INVALIDA", "ERRO_NAO_MAPEADO",
]  # fmt: skip
DELETE = ["CONSENTIMENTO_EM_STATUS_REJEITADO"]
STATUS = ["AUTHORISED", "AWAITING_AUTHORISATION", "REJECTED"]
#: 422ResponseErrorCreateConsent: each code's line in errors[].code's description and in
#: errors[].title's.
RENEWAL = {
    "DEPENDE_MULTIPLA_ALCADA": (
        "Necessário aprovação de múltipla alçada.",
        "Necessário aprovação de múltipla alçada.",
    ),
    "ESTADO_CONSENTIMENTO_INVALIDO": (
        "Estado inválido do consentimento.",
        "Estado inválido do consentimento.",
    ),
    "DATA_EXPIRACAO_INVALIDA": (
        "Nova data para expiração do consentimento é inválida.",
        "Nova data para expiração do consentimento é inválida.",
    ),
    "ERRO_NAO_MAPEADO": (
        "Utilizado quando não houver um code de erro definido.",
        "Utilizado quando não houver um code de erro definido. O texto deve deixar claro o motivo "
        "do erro ocorrido.",
    ),
}
#: The closing sentence of the POST /consents enum's description.
UNMAPPED = (
    "A opção “ERRO_NAO_MAPEADO” só deve ser utilizada caso não haja um code especifico mapeado "
    "para o erro."
)
#: rejection.reason.code: each item's text after its dash.
REASONS = {
    "CONSENT_EXPIRED": "consentimento que ultrapassou o tempo limite para autorização.",
    "CUSTOMER_MANUALLY_REJECTED": (
        "cliente efetuou a rejeição do consentimento manualmente através de interação nas "
        "instituições participantes."
    ),
    "CUSTOMER_MANUALLY_REVOKED": "cliente efetuou a revogação após a autorização do consentimento.",
    "CONSENT_MAX_DATE_REACHED": "consentimento que ultrapassou o tempo limite de compartilhamento.",
    "CONSENT_TECHNICAL_ISSUE": (
        "consentimento que foi rejeitado devido a um problema técnico que impossibilita seu uso "
        "pela instituição receptora, por exemplo: falha associada a troca do AuthCode pelo "
        "AccessToken, durante o processo de Hybrid Flow."
    ),
    "INTERNAL_SECURITY_REASON": (
        "consentimento que foi rejeitado devido as políticas de segurança aplicada pela "
        "instituição transmissora."
    ),
}
#: EnumRejectedBy: "1. USER usuário", "2. ASPSP instituição transmissora", "3. TPP instituição
#: receptora".
REJECTED_BY = {
    "USER": "usuário",
    "ASPSP": "instituição transmissora",
    "TPP": "instituição receptora",
}
#: components/responses/UnprocessableEntityConsents, example "Necessário aprovação de múltipla
#: alçada", verbatim (its detail without the schema's final full stop, its meta with two fields
#: the Meta schema does not define).
RENEWAL_EXAMPLE: dict[str, Any] = {
    "errors": [
        {
            "code": "DEPENDE_MULTIPLA_ALCADA",
            "title": "Necessário aprovação de múltipla alçada.",
            "detail": "O consentimento informado não pode ser renovado sem redirecionamento porque "
            "depende de múltipla alçada para aprovação",
        }
    ],
    "meta": {"requestDateTime": "2021-05-21T08:30:00Z", "totalPages": 1, "totalRecords": 1},
}


def _values(enum: Any) -> list[str]:
    return [member.value for member in enum]


def test_the_code_sets_are_the_file_s_enums() -> None:
    assert _values(ofb.DataConsentCreateError) == CREATE
    assert _values(ofb.DataConsentRenewalError) == list(RENEWAL)
    assert _values(ofb.DataConsentRevocationError) == DELETE
    assert _values(ofb.DataConsentStatus) == STATUS
    assert _values(ofb.DataConsentRejectionReason) == list(REASONS)
    assert _values(ofb.DataConsentRejectedBy) == list(REJECTED_BY)


def test_the_422_codes_are_sent_with_422() -> None:
    for enum in (ofb.DataConsentCreateError, ofb.DataConsentRenewalError):
        for code in enum:
            assert code.http_statuses == (422,), code
    assert ofb.DataConsentRevocationError("CONSENTIMENTO_EM_STATUS_REJEITADO").http_statuses == (
        422,
    )


def test_the_renewal_errors_texts_are_the_file_s() -> None:
    for value, (description, title) in RENEWAL.items():
        code = ofb.DataConsentRenewalError(value)
        assert (code.description, code.message) == (description, title), value
        assert not code.info.editorial


def test_only_unmapped_creation_errors_have_the_file_s_words() -> None:
    # The POST /consents enum's description lists the codes and closes with the one sentence it
    # gives a code: "A opção “ERRO_NAO_MAPEADO” só deve ser utilizada caso não haja um code
    # especifico mapeado para o erro."
    unmapped = ofb.DataConsentCreateError("ERRO_NAO_MAPEADO")
    assert unmapped.description == UNMAPPED
    worded = {code.value for code in ofb.DataConsentCreateError if code.info.editorial}
    assert worded == set(CREATE) - {"ERRO_NAO_MAPEADO"}


def test_the_rejection_reasons_and_who_rejected() -> None:
    for value, text in REASONS.items():
        assert ofb.DataConsentRejectionReason(value).description == text, value
    for value, text in REJECTED_BY.items():
        code = ofb.DataConsentRejectedBy(value)
        assert code.description == text
        assert code.category is bankcodes.Category.INFORMATIONAL
    # A revoked consent reads REJECTED with CUSTOMER_MANUALLY_REVOKED: the data is no longer
    # shared until the customer consents again.
    revoked = ofb.DataConsentRejectionReason("CUSTOMER_MANUALLY_REVOKED")
    assert revoked.category is bankcodes.Category.RECONNECT_REQUIRED
    assert ofb.DataConsentStatus("AWAITING_AUTHORISATION").category is bankcodes.Category.PENDING


def test_the_renewal_example_is_read_as_its_code() -> None:
    found = bankcodes.from_exception(RENEWAL_EXAMPLE)
    assert found is not None
    assert (found.kind, found.path) == ("openfinancebrasil/error", "$.errors[0].code")
    assert found.code is ofb.DataConsentRenewalError("DEPENDE_MULTIPLA_ALCADA")
    lenient = payloads.validate("openfinancebrasil/error", RENEWAL_EXAMPLE)
    strict = payloads.validate("openfinancebrasil/error", RENEWAL_EXAMPLE, strict=True)
    for model in (lenient, strict):
        assert model.errors[0].code == "DEPENDE_MULTIPLA_ALCADA"


def test_a_revocation_error_is_read_as_its_code() -> None:
    body = {
        "errors": [{"code": "CONSENTIMENTO_EM_STATUS_REJEITADO", "title": "t", "detail": "d"}],
        "meta": {"requestDateTime": "2021-05-21T08:30:00Z"},
    }
    found = bankcodes.from_exception(body)
    assert found is not None
    assert found.code is ofb.DataConsentRevocationError("CONSENTIMENTO_EM_STATUS_REJEITADO")


def test_the_catalog_holds_the_consents_api() -> None:
    provider = spec_data("openfinancebrasil")["providers"]["openfinancebrasil"]
    assert "consents 3.3.1" in provider["versions"]
    assert provider["language"] == "pt-BR"


def test_the_site_marks_the_standard_s_words_and_not_bankcodes() -> None:
    pages = ROOT / "site" / "docs" / "reference" / "openfinancebrasil"
    text = (pages / "data_consent_create_error.md").read_text(encoding="utf-8")
    # The code the text names, ERRO_NAO_MAPEADO, is a code of the set: shown as code.
    assert '<span lang="pt-BR">A opção “<code>ERRO_NAO_MAPEADO</code>”' in text
    assert '<span lang="pt-BR">The consent\'s expiration date' not in text


def _listed(texts: dict[str, str], mark: str) -> str:
    """A list of the file's descriptions: a line per code and its text."""
    return "\n".join(f"- {value}{mark}{text}" for value, text in texts.items())


def _excerpt(create: list[str]) -> dict[str, Any]:
    def errors(values: list[str], said: str, title: str = "") -> dict[str, Any]:
        code = {"type": "string", "enum": values, "description": said}
        items = {"type": "object", "properties": {"code": code, "title": {"description": title}}}
        return {"type": "object", "properties": {"errors": {"type": "array", "items": items}}}

    status = {"type": "string", "enum": STATUS}
    said = _listed(REASONS, " \u2013 ")  # the file's en dash
    code = {"type": "string", "enum": list(REASONS), "description": said}
    reason = {"type": "object", "properties": {"code": code}}
    rejection = {"type": "object", "properties": {"reason": reason}}
    read = {"status": status, "rejection": rejection}
    unmapped = f"- {chr(10).join(create)}\n\n{UNMAPPED}"
    renewal = _listed({value: texts[0] for value, texts in RENEWAL.items()}, ": ")
    titles = _listed({value: texts[1] for value, texts in RENEWAL.items()}, ": ")
    # As the file writes it: each line ends with three spaces (a line break in Markdown).
    listed = (f"{n}. {value} {text}" for n, (value, text) in enumerate(REJECTED_BY.items(), 1))
    lines = ["Informar usuário responsável pela rejeição.", *listed]
    by = "".join(f"{line}   \n" for line in lines)
    schemas = {
        "ResponseErrorUnprocessableEntity": errors(create, unmapped),
        "422ResponseErrorCreateConsent": errors(list(RENEWAL), renewal, titles),
        "ResponseErrorUnprocessableEntityDelete": errors(DELETE, ""),
        "ResponseConsent": {"properties": {"data": {"properties": {"status": status}}}},
        "ResponseConsentRead": {"properties": {"data": {"properties": read}}},
        "ResponseConsentExtensions": {"properties": {"data": {"properties": {"status": status}}}},
        "EnumRejectedBy": {"type": "string", "enum": list(REJECTED_BY), "description": by},
    }
    return {"openapi": "3.0.0", "info": {"version": "3.3.1"}, "components": {"schemas": schemas}}


def _drift(copy: Path) -> list[tuple[str, str, str]]:
    """What drift finds in `copy`: each difference's kind, code set and value."""
    status, out, _ = codegen_here(
        "brazil-consents-3-3-1", str(copy), "--json", module="codegen.drift"
    )
    assert status in (0, 1), out
    found = json.loads(out)["differences"]
    return [(d["kind"], d["code_set"], d["value"]) for d in found]


def test_drift_reads_the_file_s_enums(tmp_path: Path) -> None:
    copy = tmp_path / "brazil-consents-3-3-1.json"
    copy.write_text(json.dumps(_excerpt(CREATE)), encoding="utf-8")
    # Every enum in sync. (The file's list "1. USER usuário 2. ASPSP …" is one passage here, so
    # USER's one-word text reads as cut short: in the whole file the word also ends a sentence.)
    assert _drift(copy) == [("truncated", "openfinancebrasil.data_consent_rejected_by", "USER")]
    # 3.0.0's POST /consents enum, before DATA_EXPIRACAO_INVALIDA and ERRO_NAO_MAPEADO.
    copy.write_text(json.dumps(_excerpt(CREATE[:5])), encoding="utf-8")
    gone = [found for found in _drift(copy) if found[0] == "gone"]
    assert gone == [
        ("gone", "openfinancebrasil.data_consent_create_error", "DATA_EXPIRACAO_INVALIDA"),
        ("gone", "openfinancebrasil.data_consent_create_error", "ERRO_NAO_MAPEADO"),
    ]


def test_a_payment_from_an_account_to_itself_is_the_request_s_error() -> None:
    """CONTAS_ORIGEM_DESTINO_IGUAIS: "uma tentativa de pagamento onde a conta origem e a conta
    de destino são iguais" (Payments 4.1.0, EnumRejectionReasonType; EnumConsentRejectionReasonType
    and Automatic Payments 2.0.0 say the selected account is the destination): the request as made
    cannot succeed, and the account is neither closed nor missing, so the integrator fixes it."""
    for enum in (
        ofb.PaymentRejectionReason,
        ofb.ConsentRejectionReason,
        ofb.RecurringConsentRejectionReason,
    ):
        code = enum("CONTAS_ORIGEM_DESTINO_IGUAIS")
        assert code.category is bankcodes.Category.INTEGRATION_ERROR, enum
        assert bankcodes.decide(code).next_step == "fix_request", enum


def test_automatic_pix_retries_are_the_receiver_s_when_the_payer_accepts_them() -> None:
    # Automatic Payments 2.0.0 (info, "Sobre o cancelamento de novas tentativas de pagamento para
    # o Pix Automático"): a retry is made by the receiver when the consent allows it
    # (isRetryAccepted), "Pagamentos que são novas tentativas, intradia ou em dias subsequentes,
    # podem ser identificados pela presença do campo “/data/originalRecurringPaymentId”".
    retries = spec_data()["providers"]["openfinancebrasil"]["retries"]
    (rule,) = retries["rules"]
    assert rule["by"] == "documentation" and "originalRecurringPaymentId" in rule["quote"]
    assert rule["sources"] == ["brazil-automatic-payments-2-0-0"]
    assert "isRetryAccepted" in rule["notes"] and "LIMITE_TENTATIVA_EXCEDIDO" in rule["notes"]


def test_a_payment_consent_lasts_minutes_and_its_body_says_until_when() -> None:
    # Payments 4.1.0, expirationDateTime: AWAITING_AUTHORISATION "“creationDateTime + 5
    # minutos”"; AUTHORISED "“statusUpdateDateTime + 60 minutos”, sendo esse o tempo máximo
    # permitido para o consumo do consentimento".
    lifetimes = spec_data()["providers"]["openfinancebrasil"]["lifetimes"]["lifetimes"]
    assert [item["seconds"] for item in lifetimes] == [5 * 60, 60 * 60]
    # A consent created at 08:30 (the field's example) and read at 08:40 has passed its end.
    body = {
        "data": {
            "consentId": "urn:bancoex:C1DD33123",
            "status": "AWAITING_AUTHORISATION",
            "creationDateTime": "2021-05-21T08:30:00Z",
            "expirationDateTime": "2021-05-21T08:35:00Z",
        }
    }
    now = datetime.datetime(2021, 5, 21, 8, 40, tzinfo=datetime.UTC)
    decision = bankcodes.decide(body, provider="openfinancebrasil", now=now)
    assert decision.ends_at == datetime.datetime(2021, 5, 21, 8, 35, tzinfo=datetime.UTC)
    assert decision.next_step == "renew_consent"
