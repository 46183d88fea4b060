# generated from spec/catalog.json — do not edit (run `make generate`)
"""The builders of bankcodes.openfinancebrasil's names, loaded on the first use of any of them, so that importing the provider's module reads none of its data."""

from __future__ import annotations

import importlib

from bankcodes._base import CodeEnum, register
from bankcodes._records import (
    CodeInfo,
    CodeSetInfo,
    Equivalent,
    HttpStatus,
    Lifecycle,
    Scope,
    Source,
    Wording,
)
from bankcodes.categories import Category as _C

#: The public module, whose names the builders use (each built on first use there).
_PUBLIC = importlib.import_module("bankcodes.openfinancebrasil")
#: The documents its facts come from, by id.
_S = {
    "brazil-payments-4-1-0": Source(
        id="brazil-payments-4-1-0",
        kind="repo",
        title="Brazil Open Finance: Payments API (Pix) 4.1.0 OpenAPI, in Portuguese",
        url="https://github.com/OpenBanking-Brasil/draft-openapi/blob/b754294adc65766397bc10792cdf665166e9970e/swagger-apis/payments/4.1.0.yml",
    ),
    "brazil-automatic-payments-2-0-0": Source(
        id="brazil-automatic-payments-2-0-0",
        kind="repo",
        title="Brazil Open Finance: Automatic Payments API 2.0.0 OpenAPI, in Portuguese",
        url="https://github.com/OpenBanking-Brasil/draft-openapi/blob/b754294adc65766397bc10792cdf665166e9970e/swagger-apis/automatic-payments/2.0.0.yml",
    ),
    "brazil-enrollments-2-1-0": Source(
        id="brazil-enrollments-2-1-0",
        kind="repo",
        title="Brazil Open Finance: Enrollments API (no-redirect journey) 2.1.0 OpenAPI, in Portuguese",
        url="https://github.com/OpenBanking-Brasil/draft-openapi/blob/b754294adc65766397bc10792cdf665166e9970e/swagger-apis/enrollments/2.1.0.yml",
    ),
    "brazil-consents-3-3-1": Source(
        id="brazil-consents-3-3-1",
        kind="repo",
        title="Brazil Open Finance: API Consents (customer data sharing) 3.3.1 OpenAPI, in Portuguese",
        url="https://github.com/OpenBanking-Brasil/draft-openapi/blob/b754294adc65766397bc10792cdf665166e9970e/swagger-apis/consents/3.3.1.yml",
    ),
}


def _PaymentError() -> type[CodeEnum]:
    class PaymentError(CodeEnum):
        """Payment initiation error (HTTP 422, Payments API 4.1.0): The code of an HTTP 422 error of the Payments API (Pix) 4.1.0: creating a payment consent, creating a payment, cancelling a payment or the scheduled payments of a consent. The 422 body is a signed JWT (application/jwt) whose payload is {errors:[{code,title,detail}],meta}; message is the file's title for the code; scope lists the endpoints whose enum has the code, and an http entry per endpoint keeps that endpoint's own text where it differs. Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes no English text.

        Wire field: errors[].code (HTTP 422; the payload of an application/jwt body)."""

        SALDO_INSUFICIENTE = "SALDO_INSUFICIENTE"
        VALOR_ACIMA_LIMITE = "VALOR_ACIMA_LIMITE"
        VALOR_INVALIDO = "VALOR_INVALIDO"
        COBRANCA_INVALIDA = "COBRANCA_INVALIDA"
        CONSENTIMENTO_INVALIDO = "CONSENTIMENTO_INVALIDO"
        PARAMETRO_NAO_INFORMADO = "PARAMETRO_NAO_INFORMADO"
        PARAMETRO_INVALIDO = "PARAMETRO_INVALIDO"
        NAO_INFORMADO = "NAO_INFORMADO"
        PAGAMENTO_DIVERGENTE_CONSENTIMENTO = "PAGAMENTO_DIVERGENTE_CONSENTIMENTO"
        DETALHE_PAGAMENTO_INVALIDO = "DETALHE_PAGAMENTO_INVALIDO"
        PAGAMENTO_RECUSADO_DETENTORA = "PAGAMENTO_RECUSADO_DETENTORA"
        PAGAMENTO_RECUSADO_SPI = "PAGAMENTO_RECUSADO_SPI"
        ERRO_IDEMPOTENCIA = "ERRO_IDEMPOTENCIA"
        CONSENTIMENTO_PENDENTE_AUTORIZACAO = "CONSENTIMENTO_PENDENTE_AUTORIZACAO"
        FORMA_PAGAMENTO_INVALIDA = "FORMA_PAGAMENTO_INVALIDA"
        DATA_PAGAMENTO_INVALIDA = "DATA_PAGAMENTO_INVALIDA"
        PAGAMENTO_NAO_PERMITE_CANCELAMENTO = "PAGAMENTO_NAO_PERMITE_CANCELAMENTO"

    register(
        PaymentError,
        lambda: (
            CodeSetInfo(
                provider="openfinancebrasil",
                id="payment_error",
                title="Payment initiation error (HTTP 422, Payments API 4.1.0)",
                description="The code of an HTTP 422 error of the Payments API (Pix) 4.1.0: creating a payment consent, creating a payment, cancelling a payment or the scheduled payments of a consent. The 422 body is a signed JWT (application/jwt) whose payload is {errors:[{code,title,detail}],meta}; message is the file's title for the code; scope lists the endpoints whose enum has the code, and an http entry per endpoint keeps that endpoint's own text where it differs. Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes no English text.",
                field="errors[].code (HTTP 422; the payload of an application/jwt body)",
                sources=(_S["brazil-payments-4-1-0"],),
            ),
            (
                CodeInfo(
                    value="SALDO_INSUFICIENTE",
                    description="Esta conta não possui saldo suficiente para realizar o pagamento.",
                    category=_C.REJECTED,
                    sources=(_S["brazil-payments-4-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-payments-4-1-0"],),
                            context="POST /pix/payments",
                        ),
                    ),
                    scope=Scope(endpoints=("POST /pix/payments",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-payments-4-1-0"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["brazil-payments-4-1-0"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/openfinancebrasil/payment_error/#SALDO_INSUFICIENTE",
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
                        Equivalent(
                            provider="iso20022",
                            code_set="status_reason",
                            value="AM04",
                            same="meaning",
                            reason="The payer's account did not hold enough money for the payment.",
                        ),
                    ),
                    message="Saldo insuficiente.",
                    notes="errors[].detail the file gives for it (POST /pix/payments): “A conta selecionada não possui saldo suficiente para realizar o pagamento.”",
                ),
                CodeInfo(
                    value="VALOR_ACIMA_LIMITE",
                    description="O valor (ou quantidade de transações) ultrapassa a faixa de limite parametrizada na detentora para permitir a realização de transações pelo cliente.",
                    category=_C.REJECTED,
                    sources=(_S["brazil-payments-4-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-payments-4-1-0"],),
                            context="POST /pix/payments",
                        ),
                    ),
                    scope=Scope(endpoints=("POST /pix/payments",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-payments-4-1-0"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["brazil-payments-4-1-0"],)
                        ),
                    ),
                    page="reference/openfinancebrasil/payment_error/#VALOR_ACIMA_LIMITE",
                    message="Acima do limite estabelecido.",
                ),
                CodeInfo(
                    value="VALOR_INVALIDO",
                    description="O valor enviado não é válido para o QR Code informado.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-payments-4-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-payments-4-1-0"],),
                            context="POST /pix/payments",
                        ),
                    ),
                    scope=Scope(endpoints=("POST /pix/payments",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-payments-4-1-0"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["brazil-payments-4-1-0"],)
                        ),
                    ),
                    page="reference/openfinancebrasil/payment_error/#VALOR_INVALIDO",
                    message="Valor inválido.",
                ),
                CodeInfo(
                    value="COBRANCA_INVALIDA",
                    description="Validação de expiração, validação de vencimento, Status Válido.",
                    category=_C.REJECTED,
                    sources=(_S["brazil-payments-4-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-payments-4-1-0"],),
                            context="POST /pix/payments",
                        ),
                    ),
                    scope=Scope(endpoints=("POST /pix/payments",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-payments-4-1-0"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["brazil-payments-4-1-0"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/openfinancebrasil/payment_error/#COBRANCA_INVALIDA",
                    message="Cobrança inválida.",
                    notes="errors[].detail the file gives for it (POST /pix/payments): “Validação de expiração, validação de vencimento ou Status Válido.”",
                ),
                CodeInfo(
                    value="CONSENTIMENTO_INVALIDO",
                    description="Consentimento inválido (em status final).",
                    category=_C.SESSION_EXPIRED,
                    sources=(_S["brazil-payments-4-1-0"],),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-payments-4-1-0"],),
                            context="POST /pix/payments",
                        ),
                    ),
                    scope=Scope(endpoints=("POST /pix/payments",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-payments-4-1-0"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["brazil-payments-4-1-0"],)
                        ),
                    ),
                    page="reference/openfinancebrasil/payment_error/#CONSENTIMENTO_INVALIDO",
                    message="Consentimento inválido (em status final).",
                ),
                CodeInfo(
                    value="PARAMETRO_NAO_INFORMADO",
                    description="Parâmetro não informado.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-payments-4-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-payments-4-1-0"],),
                            context="POST /pix/payments",
                        ),
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-payments-4-1-0"],),
                            message="Parâmetro não informado.",
                            context="POST /consents",
                        ),
                    ),
                    scope=Scope(endpoints=("POST /pix/payments", "POST /consents")),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-payments-4-1-0"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["brazil-payments-4-1-0"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/openfinancebrasil/payment_error/#PARAMETRO_NAO_INFORMADO",
                    message="Parâmetro obrigatório não informado.",
                    notes="errors[].detail the file gives for it (POST /pix/payments): “endToEndId” errors[].detail the file gives for it (POST /consents): “Parâmetro [nome_campo] obrigatório não informado.”",
                ),
                CodeInfo(
                    value="PARAMETRO_INVALIDO",
                    description="Parâmetro inválido.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-payments-4-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-payments-4-1-0"],),
                            context="POST /pix/payments",
                        ),
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-payments-4-1-0"],),
                            message="Parâmetro inválido.",
                            context="POST /consents",
                        ),
                    ),
                    scope=Scope(endpoints=("POST /pix/payments", "POST /consents")),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-payments-4-1-0"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["brazil-payments-4-1-0"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/openfinancebrasil/payment_error/#PARAMETRO_INVALIDO",
                    message="Parâmetro com valor inválido.",
                    notes="errors[].detail the file gives for it (POST /pix/payments): “endToEndId” errors[].detail the file gives for it (POST /consents): “Parâmetro [nome_campo] não obedece as regras de formatação esperadas.”",
                ),
                CodeInfo(
                    value="NAO_INFORMADO",
                    description="Não informada pela detentora de conta.",
                    category=_C.REJECTED,
                    sources=(_S["brazil-payments-4-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-payments-4-1-0"],),
                            context="POST /pix/payments",
                        ),
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-payments-4-1-0"],),
                            cause="Não informado.",
                            context="POST /consents",
                            cause_by="provider",
                        ),
                    ),
                    scope=Scope(endpoints=("POST /pix/payments", "POST /consents")),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-payments-4-1-0"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["brazil-payments-4-1-0"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/openfinancebrasil/payment_error/#NAO_INFORMADO",
                    message="Não informado.",
                    notes="errors[].detail the file gives for it (POST /pix/payments): “Não reportado/identificado pela instituição detentora de conta.”",
                ),
                CodeInfo(
                    value="PAGAMENTO_DIVERGENTE_CONSENTIMENTO",
                    description="Dados do pagamento divergentes dos dados do consentimento.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-payments-4-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-payments-4-1-0"],),
                            context="POST /pix/payments",
                        ),
                    ),
                    scope=Scope(endpoints=("POST /pix/payments",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-payments-4-1-0"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["brazil-payments-4-1-0"],)
                        ),
                    ),
                    page="reference/openfinancebrasil/payment_error/#PAGAMENTO_DIVERGENTE_CONSENTIMENTO",
                    equivalents=(
                        Equivalent(
                            provider="ukob",
                            code_set="error_code",
                            value="UK.OBIE.Resource.ConsentMismatch",
                            same="meaning",
                            reason="A payment that does not match the consent it was made under: UK Open Banking's payment-order and consent resources mismatched, Brazil's payment data differing from the consent's (each with its own status convention, 400 and 422).",
                        ),
                    ),
                    message="Divergência entre pagamento e consentimento.",
                ),
                CodeInfo(
                    value="DETALHE_PAGAMENTO_INVALIDO",
                    description="Detalhe do pagamento inválido.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-payments-4-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-payments-4-1-0"],),
                            context="POST /pix/payments",
                        ),
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-payments-4-1-0"],),
                            context="POST /consents",
                        ),
                    ),
                    scope=Scope(endpoints=("POST /pix/payments", "POST /consents")),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-payments-4-1-0"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["brazil-payments-4-1-0"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/openfinancebrasil/payment_error/#DETALHE_PAGAMENTO_INVALIDO",
                    message="Detalhe do pagamento inválido.",
                    notes="errors[].detail the file gives for it (POST /pix/payments): “Parâmetro [nome_campo] não obedece às regras de negócio.”",
                ),
                CodeInfo(
                    value="PAGAMENTO_RECUSADO_DETENTORA",
                    description="Pagamento recusado pela detentora de conta.",
                    category=_C.REJECTED,
                    sources=(_S["brazil-payments-4-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-payments-4-1-0"],),
                            context="POST /pix/payments",
                        ),
                    ),
                    scope=Scope(endpoints=("POST /pix/payments",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-payments-4-1-0"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["brazil-payments-4-1-0"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/openfinancebrasil/payment_error/#PAGAMENTO_RECUSADO_DETENTORA",
                    message="Pagamento recusado pela detentora de conta.",
                    notes="errors[].detail the file gives for it (POST /pix/payments): “[descrição do motivo de recusa].”",
                ),
                CodeInfo(
                    value="PAGAMENTO_RECUSADO_SPI",
                    description="Pagamento recusado no Sistema de Pagamentos Instantâneos (SPI).",
                    category=_C.REJECTED,
                    sources=(_S["brazil-payments-4-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-payments-4-1-0"],),
                            context="POST /pix/payments",
                        ),
                    ),
                    scope=Scope(endpoints=("POST /pix/payments",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-payments-4-1-0"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["brazil-payments-4-1-0"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/openfinancebrasil/payment_error/#PAGAMENTO_RECUSADO_SPI",
                    message="Pagamento recusado no Sistema de Pagamentos Instantâneos (SPI).",
                    notes="errors[].detail the file gives for it (POST /pix/payments): “[código de erro conforme tabela de domínios reason PACS.002].”",
                ),
                CodeInfo(
                    value="ERRO_IDEMPOTENCIA",
                    description="Erro idempotência.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-payments-4-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-payments-4-1-0"],),
                            context="POST /pix/payments",
                        ),
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-payments-4-1-0"],),
                            context="POST /consents",
                        ),
                    ),
                    scope=Scope(endpoints=("POST /pix/payments", "POST /consents")),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-payments-4-1-0"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["brazil-payments-4-1-0"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/openfinancebrasil/payment_error/#ERRO_IDEMPOTENCIA",
                    message="Erro idempotência.",
                    notes="errors[].detail the file gives for it (POST /pix/payments): “Conteúdo da mensagem (claim data) diverge do conteúdo associado a esta chave de idempotência (x-idempotency-key).”",
                ),
                CodeInfo(
                    value="CONSENTIMENTO_PENDENTE_AUTORIZACAO",
                    description="Consentimento pendente autorização de múltiplas alçadas (status “PARTIALLY_ACCEPTED”)",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["brazil-payments-4-1-0"],),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-payments-4-1-0"],),
                            context="POST /pix/payments",
                        ),
                    ),
                    scope=Scope(endpoints=("POST /pix/payments",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-payments-4-1-0"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["brazil-payments-4-1-0"],)
                        ),
                    ),
                    page="reference/openfinancebrasil/payment_error/#CONSENTIMENTO_PENDENTE_AUTORIZACAO",
                    message="Consentimento pendente autorização de múltiplas alçadas (status “PARTIALLY_ACCEPTED”).",
                ),
                CodeInfo(
                    value="FORMA_PAGAMENTO_INVALIDA",
                    description="Forma de pagamento inválida.",
                    category=_C.INSTITUTION_NOT_SUPPORTED,
                    sources=(_S["brazil-payments-4-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-payments-4-1-0"],),
                            context="POST /consents",
                        ),
                    ),
                    scope=Scope(endpoints=("POST /consents",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-payments-4-1-0"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["brazil-payments-4-1-0"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/openfinancebrasil/payment_error/#FORMA_PAGAMENTO_INVALIDA",
                    message="Forma de pagamento inválida.",
                    notes="errors[].detail the file gives for it (POST /consents): “Forma de pagamento [Modalidade] não suportada.”",
                ),
                CodeInfo(
                    value="DATA_PAGAMENTO_INVALIDA",
                    description="Data de pagamento inválida.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-payments-4-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-payments-4-1-0"],),
                            context="POST /consents",
                        ),
                    ),
                    scope=Scope(endpoints=("POST /consents",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-payments-4-1-0"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["brazil-payments-4-1-0"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/openfinancebrasil/payment_error/#DATA_PAGAMENTO_INVALIDA",
                    message="Data de pagamento inválida.",
                    notes="errors[].detail the file gives for it (POST /consents): “Data de pagamento inválida para a forma de pagamento selecionada.”",
                ),
                CodeInfo(
                    value="PAGAMENTO_NAO_PERMITE_CANCELAMENTO",
                    description="Pagamento não permite cancelamento",
                    category=_C.REJECTED,
                    sources=(_S["brazil-payments-4-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-payments-4-1-0"],),
                            context="PATCH /pix/payments/{paymentId}",
                        ),
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-payments-4-1-0"],),
                            context="PATCH /pix/payments/consents/{consentId}",
                        ),
                    ),
                    scope=Scope(
                        endpoints=(
                            "PATCH /pix/payments/{paymentId}",
                            "PATCH /pix/payments/consents/{consentId}",
                        )
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-payments-4-1-0"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["brazil-payments-4-1-0"],)
                        ),
                    ),
                    page="reference/openfinancebrasil/payment_error/#PAGAMENTO_NAO_PERMITE_CANCELAMENTO",
                    message="Pagamento não permite cancelamento",
                ),
            ),
        ),
        {},
    )
    return PaymentError


def _PaymentRejectionReason() -> type[CodeEnum]:
    class PaymentRejectionReason(CodeEnum):
        """Payment rejection reason (Payments API 4.1.0): Why a Pix payment was rejected: rejectionReason.code, sent with status RJCT in HTTP 200 answers (GET /pix/payments/{paymentId}; also the POST and PATCH answers, whose enum lacks FALHA_AGENDAMENTO_PAGAMENTOS). Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes no English text.

        Wire field: data.rejectionReason.code (when data.status is RJCT)."""

        SALDO_INSUFICIENTE = "SALDO_INSUFICIENTE"
        VALOR_ACIMA_LIMITE = "VALOR_ACIMA_LIMITE"
        VALOR_INVALIDO = "VALOR_INVALIDO"
        COBRANCA_INVALIDA = "COBRANCA_INVALIDA"
        NAO_INFORMADO = "NAO_INFORMADO"
        PAGAMENTO_DIVERGENTE_CONSENTIMENTO = "PAGAMENTO_DIVERGENTE_CONSENTIMENTO"
        DETALHE_PAGAMENTO_INVALIDO = "DETALHE_PAGAMENTO_INVALIDO"
        PAGAMENTO_RECUSADO_DETENTORA = "PAGAMENTO_RECUSADO_DETENTORA"
        PAGAMENTO_RECUSADO_SPI = "PAGAMENTO_RECUSADO_SPI"
        FALHA_INFRAESTRUTURA = "FALHA_INFRAESTRUTURA"
        FALHA_INFRAESTRUTURA_SPI = "FALHA_INFRAESTRUTURA_SPI"
        FALHA_INFRAESTRUTURA_DICT = "FALHA_INFRAESTRUTURA_DICT"
        FALHA_INFRAESTRUTURA_ICP = "FALHA_INFRAESTRUTURA_ICP"
        FALHA_INFRAESTRUTURA_PSP_RECEBEDOR = "FALHA_INFRAESTRUTURA_PSP_RECEBEDOR"
        FALHA_INFRAESTRUTURA_DETENTORA = "FALHA_INFRAESTRUTURA_DETENTORA"
        CONTAS_ORIGEM_DESTINO_IGUAIS = "CONTAS_ORIGEM_DESTINO_IGUAIS"
        FALHA_AGENDAMENTO_PAGAMENTOS = "FALHA_AGENDAMENTO_PAGAMENTOS"

    register(
        PaymentRejectionReason,
        lambda: (
            CodeSetInfo(
                provider="openfinancebrasil",
                id="payment_rejection_reason",
                title="Payment rejection reason (Payments API 4.1.0)",
                description="Why a Pix payment was rejected: rejectionReason.code, sent with status RJCT in HTTP 200 answers (GET /pix/payments/{paymentId}; also the POST and PATCH answers, whose enum lacks FALHA_AGENDAMENTO_PAGAMENTOS). Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes no English text.",
                field="data.rejectionReason.code (when data.status is RJCT)",
                sources=(_S["brazil-payments-4-1-0"],),
            ),
            (
                CodeInfo(
                    value="SALDO_INSUFICIENTE",
                    description="A conta selecionada não possui saldo suficiente para realizar o pagamento.",
                    category=_C.REJECTED,
                    sources=(_S["brazil-payments-4-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-payments-4-1-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/payment_rejection_reason/#SALDO_INSUFICIENTE",
                ),
                CodeInfo(
                    value="VALOR_ACIMA_LIMITE",
                    description="O valor ultrapassa o limite estabelecido [na instituição/no arranjo/outro] para permitir a realização de transações pelo cliente.",
                    category=_C.REJECTED,
                    sources=(_S["brazil-payments-4-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-payments-4-1-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/payment_rejection_reason/#VALOR_ACIMA_LIMITE",
                ),
                CodeInfo(
                    value="VALOR_INVALIDO",
                    description="O valor enviado não é válido para o QR Code informado.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-payments-4-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-payments-4-1-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/payment_rejection_reason/#VALOR_INVALIDO",
                ),
                CodeInfo(
                    value="COBRANCA_INVALIDA",
                    description="Validação de expiração, validação de vencimento ou Status Válido.",
                    category=_C.REJECTED,
                    sources=(_S["brazil-payments-4-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-payments-4-1-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/payment_rejection_reason/#COBRANCA_INVALIDA",
                ),
                CodeInfo(
                    value="NAO_INFORMADO",
                    description="Não reportado/identificado pela instituição detentora de conta.",
                    category=_C.REJECTED,
                    sources=(_S["brazil-payments-4-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-payments-4-1-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/payment_rejection_reason/#NAO_INFORMADO",
                ),
                CodeInfo(
                    value="PAGAMENTO_DIVERGENTE_CONSENTIMENTO",
                    description="Dados do pagamento divergentes dos dados do consentimento.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-payments-4-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-payments-4-1-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/payment_rejection_reason/#PAGAMENTO_DIVERGENTE_CONSENTIMENTO",
                ),
                CodeInfo(
                    value="DETALHE_PAGAMENTO_INVALIDO",
                    description="Parâmetro [nome_campo] não obedecer às regras de negócio.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-payments-4-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-payments-4-1-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/payment_rejection_reason/#DETALHE_PAGAMENTO_INVALIDO",
                ),
                CodeInfo(
                    value="PAGAMENTO_RECUSADO_DETENTORA",
                    description="[Descrição do motivo de recusa].",
                    category=_C.REJECTED,
                    sources=(_S["brazil-payments-4-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-payments-4-1-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/payment_rejection_reason/#PAGAMENTO_RECUSADO_DETENTORA",
                ),
                CodeInfo(
                    value="PAGAMENTO_RECUSADO_SPI",
                    description="[Código de erro conforme tabela de domínios reason PACS.002].",
                    category=_C.REJECTED,
                    sources=(_S["brazil-payments-4-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-payments-4-1-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/payment_rejection_reason/#PAGAMENTO_RECUSADO_SPI",
                ),
                CodeInfo(
                    value="FALHA_INFRAESTRUTURA",
                    description="[Descrição de qual falha na infraestrutura inviabilizou o processamento].",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["brazil-payments-4-1-0"],),
                    retryable=True,
                    end_user_can_retry=True,
                    lifecycle=Lifecycle(
                        state="deprecated",
                        note="The file says FALHA_INFRAESTRUTURA will not be removed but will no longer be used, for backward compatibility; the FALHA_INFRAESTRUTURA_* reasons name the failing party.",
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-payments-4-1-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/payment_rejection_reason/#FALHA_INFRAESTRUTURA",
                ),
                CodeInfo(
                    value="FALHA_INFRAESTRUTURA_SPI",
                    description="Indica uma falha no Sistema de Pagamentos Instantâneos (SPI).",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["brazil-payments-4-1-0"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-payments-4-1-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/payment_rejection_reason/#FALHA_INFRAESTRUTURA_SPI",
                ),
                CodeInfo(
                    value="FALHA_INFRAESTRUTURA_DICT",
                    description="Indica uma falha no Diretório de Identificadores de Contas Transacionais (DICT).",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["brazil-payments-4-1-0"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-payments-4-1-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/payment_rejection_reason/#FALHA_INFRAESTRUTURA_DICT",
                ),
                CodeInfo(
                    value="FALHA_INFRAESTRUTURA_ICP",
                    description="Indica uma falha na Infraestrutura de Chaves Públicas (ICP).",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["brazil-payments-4-1-0"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-payments-4-1-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/payment_rejection_reason/#FALHA_INFRAESTRUTURA_ICP",
                ),
                CodeInfo(
                    value="FALHA_INFRAESTRUTURA_PSP_RECEBEDOR",
                    description="Indica uma falha na infraestrutura do Prestador de Serviço de Pagamento (PSP) que recebe o pagamento.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["brazil-payments-4-1-0"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-payments-4-1-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/payment_rejection_reason/#FALHA_INFRAESTRUTURA_PSP_RECEBEDOR",
                ),
                CodeInfo(
                    value="FALHA_INFRAESTRUTURA_DETENTORA",
                    description="indica uma falha na infraestrutura da instituição detentora das informações ou recursos.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["brazil-payments-4-1-0"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-payments-4-1-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/payment_rejection_reason/#FALHA_INFRAESTRUTURA_DETENTORA",
                ),
                CodeInfo(
                    value="CONTAS_ORIGEM_DESTINO_IGUAIS",
                    description="Indica uma tentativa de pagamento onde a conta origem e a conta de destino são iguais.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-payments-4-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-payments-4-1-0"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/openfinancebrasil/payment_rejection_reason/#CONTAS_ORIGEM_DESTINO_IGUAIS",
                    notes="Its category is bankcodes' reading of the text: the source and destination accounts of the payment are the same, a request that cannot succeed as made (a request error), not an account that is closed or cannot be found.",
                ),
                CodeInfo(
                    value="FALHA_AGENDAMENTO_PAGAMENTOS",
                    description="Falha ao agendar pagamentos.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["brazil-payments-4-1-0"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-payments-4-1-0"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/openfinancebrasil/payment_rejection_reason/#FALHA_AGENDAMENTO_PAGAMENTOS",
                    notes="Only in the GET enum (EnumRejectionReasonTypeGetPix); the POST and PATCH enum (EnumRejectionReasonType) lacks it. The file's info description: when a list of payments cannot all be scheduled within 60 minutes, every payment of the request goes to RJCT with this reason and the consent to CONSUMED.",
                ),
            ),
        ),
        {},
    )
    return PaymentRejectionReason


def _ConsentRejectionReason() -> type[CodeEnum]:
    class ConsentRejectionReason(CodeEnum):
        """Payment consent rejection reason (Payments API 4.1.0): Why a payment consent was rejected: rejectionReason.code, sent with status REJECTED (GET /consents/{consentId}); the texts are the file's list for rejectionReason.detail. When several reasons apply, the file's table (info description 5.2) gives their priority at each step of the consent journey. Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes no English text.

        Wire field: data.rejectionReason.code (when data.status is REJECTED)."""

        VALOR_INVALIDO = "VALOR_INVALIDO"
        NAO_INFORMADO = "NAO_INFORMADO"
        FALHA_INFRAESTRUTURA = "FALHA_INFRAESTRUTURA"
        TEMPO_EXPIRADO_AUTORIZACAO = "TEMPO_EXPIRADO_AUTORIZACAO"
        TEMPO_EXPIRADO_CONSUMO = "TEMPO_EXPIRADO_CONSUMO"
        REJEITADO_USUARIO = "REJEITADO_USUARIO"
        CONTAS_ORIGEM_DESTINO_IGUAIS = "CONTAS_ORIGEM_DESTINO_IGUAIS"
        CONTA_NAO_PERMITE_PAGAMENTO = "CONTA_NAO_PERMITE_PAGAMENTO"
        SALDO_INSUFICIENTE = "SALDO_INSUFICIENTE"
        VALOR_ACIMA_LIMITE = "VALOR_ACIMA_LIMITE"
        QRCODE_INVALIDO = "QRCODE_INVALIDO"

    register(
        ConsentRejectionReason,
        lambda: (
            CodeSetInfo(
                provider="openfinancebrasil",
                id="consent_rejection_reason",
                title="Payment consent rejection reason (Payments API 4.1.0)",
                description="Why a payment consent was rejected: rejectionReason.code, sent with status REJECTED (GET /consents/{consentId}); the texts are the file's list for rejectionReason.detail. When several reasons apply, the file's table (info description 5.2) gives their priority at each step of the consent journey. Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes no English text.",
                field="data.rejectionReason.code (when data.status is REJECTED)",
                sources=(_S["brazil-payments-4-1-0"],),
            ),
            (
                CodeInfo(
                    value="VALOR_INVALIDO",
                    description="O valor enviado não é válido para o QR Code informado",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-payments-4-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-payments-4-1-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/consent_rejection_reason/#VALOR_INVALIDO",
                ),
                CodeInfo(
                    value="NAO_INFORMADO",
                    description="Não informada pela detentora de conta",
                    category=_C.REJECTED,
                    sources=(_S["brazil-payments-4-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-payments-4-1-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/consent_rejection_reason/#NAO_INFORMADO",
                ),
                CodeInfo(
                    value="FALHA_INFRAESTRUTURA",
                    description="[Descrição de qual falha na infraestrutura inviabilizou o processamento].",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["brazil-payments-4-1-0"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-payments-4-1-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/consent_rejection_reason/#FALHA_INFRAESTRUTURA",
                ),
                CodeInfo(
                    value="TEMPO_EXPIRADO_AUTORIZACAO",
                    description="Consentimento expirou antes que o usuário pudesse confirmá-lo.",
                    category=_C.SESSION_EXPIRED,
                    sources=(_S["brazil-payments-4-1-0"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-payments-4-1-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/consent_rejection_reason/#TEMPO_EXPIRADO_AUTORIZACAO",
                ),
                CodeInfo(
                    value="TEMPO_EXPIRADO_CONSUMO",
                    description="O usuário não finalizou o fluxo de pagamento e o consentimento expirou",
                    category=_C.SESSION_EXPIRED,
                    sources=(_S["brazil-payments-4-1-0"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-payments-4-1-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/consent_rejection_reason/#TEMPO_EXPIRADO_CONSUMO",
                ),
                CodeInfo(
                    value="REJEITADO_USUARIO",
                    description="O usuário rejeitou a autorização do consentimento",
                    category=_C.CANCELLED,
                    sources=(_S["brazil-payments-4-1-0"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-payments-4-1-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/consent_rejection_reason/#REJEITADO_USUARIO",
                ),
                CodeInfo(
                    value="CONTAS_ORIGEM_DESTINO_IGUAIS",
                    description="A conta selecionada é igual à conta destino e não permite realizar esse pagamento.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-payments-4-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-payments-4-1-0"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/openfinancebrasil/consent_rejection_reason/#CONTAS_ORIGEM_DESTINO_IGUAIS",
                    notes="Its category is bankcodes' reading of the text: the source and destination accounts of the payment are the same, a request that cannot succeed as made (a request error), not an account that is closed or cannot be found.",
                ),
                CodeInfo(
                    value="CONTA_NAO_PERMITE_PAGAMENTO",
                    description="A conta selecionada é do tipo [salario/investimento/liquidação/outros] e não permite realizar esse pagamento.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["brazil-payments-4-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-payments-4-1-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/consent_rejection_reason/#CONTA_NAO_PERMITE_PAGAMENTO",
                ),
                CodeInfo(
                    value="SALDO_INSUFICIENTE",
                    description="A conta selecionada não possui saldo suficiente para realizar o pagamento.",
                    category=_C.REJECTED,
                    sources=(_S["brazil-payments-4-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-payments-4-1-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/consent_rejection_reason/#SALDO_INSUFICIENTE",
                ),
                CodeInfo(
                    value="VALOR_ACIMA_LIMITE",
                    description="O valor ultrapassa o limite estabelecido [na instituição/no arranjo/outro] para permitir a realização de transações pelo cliente.",
                    category=_C.REJECTED,
                    sources=(_S["brazil-payments-4-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-payments-4-1-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/consent_rejection_reason/#VALOR_ACIMA_LIMITE",
                ),
                CodeInfo(
                    value="QRCODE_INVALIDO",
                    description="O QRCode utilizado para a iniciação de pagamento não é válido.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-payments-4-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-payments-4-1-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/consent_rejection_reason/#QRCODE_INVALIDO",
                ),
            ),
        ),
        {},
    )
    return ConsentRejectionReason


def _PaymentStatus() -> type[CodeEnum]:
    class PaymentStatus(CodeEnum):
        """Pix payment status (Payments API 4.1.0): The status of a Pix payment initiation (ISO 20022 codes); RJCT comes with rejectionReason. Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes no English text.

        Wire field: data.status (payment)."""

        RCVD = "RCVD"
        CANC = "CANC"
        ACCP = "ACCP"
        ACPD = "ACPD"
        RJCT = "RJCT"
        ACSC = "ACSC"
        PDNG = "PDNG"
        SCHD = "SCHD"

    register(
        PaymentStatus,
        lambda: (
            CodeSetInfo(
                provider="openfinancebrasil",
                id="payment_status",
                title="Pix payment status (Payments API 4.1.0)",
                description="The status of a Pix payment initiation (ISO 20022 codes); RJCT comes with rejectionReason. Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes no English text.",
                field="data.status (payment)",
                sources=(_S["brazil-payments-4-1-0"],),
            ),
            (
                CodeInfo(
                    value="RCVD",
                    description="Indica que a requisição de pagamento foi recebida com sucesso pela detentora, mas ainda há validações a serem feitas antes de ser submetida para liquidação.",
                    category=_C.PENDING,
                    sources=(_S["brazil-payments-4-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-payments-4-1-0"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/openfinancebrasil/payment_status/#RCVD",
                    notes="The file names it RCVD (Received).",
                ),
                CodeInfo(
                    value="CANC",
                    description="Indica que a transação Pix pendente foi cancelada com sucesso pelo usuário antes que fosse confirmada (ACCP) ou rejeitada (RJCT) pela detentora.",
                    category=_C.CANCELLED,
                    sources=(_S["brazil-payments-4-1-0"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-payments-4-1-0"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/openfinancebrasil/payment_status/#CANC",
                    notes="The file names it CANC (Cancelled).",
                ),
                CodeInfo(
                    value="ACCP",
                    description="Indica que todas as verificações necessárias já foram realizadas pela detentora e que a transação está pronta para ser enviada para liquidação (no SPI se for Pix para outra instituição ou internamente se for para outra conta na mesma instituição).",
                    category=_C.PENDING,
                    sources=(_S["brazil-payments-4-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-payments-4-1-0"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/openfinancebrasil/payment_status/#ACCP",
                    notes="The file names it ACCP (Accepted Customer Profile).",
                ),
                CodeInfo(
                    value="ACPD",
                    description="Indica que a detentora já submeteu a transação para liquidação, mas ainda não tem a confirmação se foi liquidada ou rejeitada.",
                    category=_C.PENDING,
                    sources=(_S["brazil-payments-4-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-payments-4-1-0"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/openfinancebrasil/payment_status/#ACPD",
                    notes="The file names it ACPD (Accepted Clearing Processed).",
                ),
                CodeInfo(
                    value="RJCT",
                    description="Indica que a transação foi rejeitada pela detentora ou pelo SPI.",
                    category=_C.REJECTED,
                    sources=(_S["brazil-payments-4-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-payments-4-1-0"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/openfinancebrasil/payment_status/#RJCT",
                    notes="The file names it RJCT (Rejected). The file's list ends with a second line for it: “RJCT (REJECTED) - Instrução de pagamento rejeitada.”.",
                ),
                CodeInfo(
                    value="ACSC",
                    description="Indica que a transação foi efetivada pela detentora ou pelo SPI.",
                    category=_C.SUCCESS,
                    sources=(_S["brazil-payments-4-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-payments-4-1-0"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/openfinancebrasil/payment_status/#ACSC",
                    notes="The file names it ACSC (Accepted Settlement Completed Debitor Account).",
                ),
                CodeInfo(
                    value="PDNG",
                    description="Indica que a detentora reteve temporariamente a transação Pix para análise.",
                    category=_C.PENDING,
                    sources=(_S["brazil-payments-4-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-payments-4-1-0"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/openfinancebrasil/payment_status/#PDNG",
                    notes="The file names it PDNG (Pending).",
                ),
                CodeInfo(
                    value="SCHD",
                    description="Indica que a transação Pix foi agendada com sucesso na detentora.",
                    category=_C.PENDING,
                    sources=(_S["brazil-payments-4-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-payments-4-1-0"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/openfinancebrasil/payment_status/#SCHD",
                    notes="The file names it SCHD (Scheduled).",
                ),
            ),
        ),
        {},
    )
    return PaymentStatus


def _ConsentStatus() -> type[CodeEnum]:
    class ConsentStatus(CodeEnum):
        """Payment consent status (Payments API 4.1.0): The status of a payment consent; REJECTED comes with rejectionReason, and an expired consent reads REJECTED. Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes no English text.

        Wire field: data.status (consent)."""

        AWAITING_AUTHORISATION = "AWAITING_AUTHORISATION"
        AUTHORISED = "AUTHORISED"
        REJECTED = "REJECTED"
        CONSUMED = "CONSUMED"
        PARTIALLY_ACCEPTED = "PARTIALLY_ACCEPTED"

    register(
        ConsentStatus,
        lambda: (
            CodeSetInfo(
                provider="openfinancebrasil",
                id="consent_status",
                title="Payment consent status (Payments API 4.1.0)",
                description="The status of a payment consent; REJECTED comes with rejectionReason, and an expired consent reads REJECTED. Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes no English text.",
                field="data.status (consent)",
                sources=(_S["brazil-payments-4-1-0"],),
            ),
            (
                CodeInfo(
                    value="AWAITING_AUTHORISATION",
                    description="Aguardando autorização",
                    category=_C.PENDING,
                    sources=(_S["brazil-payments-4-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-payments-4-1-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/consent_status/#AWAITING_AUTHORISATION",
                ),
                CodeInfo(
                    value="AUTHORISED",
                    description="Autorizado",
                    category=_C.SUCCESS,
                    sources=(_S["brazil-payments-4-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-payments-4-1-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/consent_status/#AUTHORISED",
                ),
                CodeInfo(
                    value="REJECTED",
                    description="Rejeitado",
                    category=_C.REJECTED,
                    sources=(_S["brazil-payments-4-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-payments-4-1-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/consent_status/#REJECTED",
                ),
                CodeInfo(
                    value="CONSUMED",
                    description="Consumido",
                    category=_C.SUCCESS,
                    sources=(_S["brazil-payments-4-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-payments-4-1-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/consent_status/#CONSUMED",
                ),
                CodeInfo(
                    value="PARTIALLY_ACCEPTED",
                    description="Aguardando múltiplas alçadas",
                    category=_C.PENDING,
                    sources=(_S["brazil-payments-4-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-payments-4-1-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/consent_status/#PARTIALLY_ACCEPTED",
                ),
            ),
        ),
        {},
    )
    return ConsentStatus


def _RecurringConsentError() -> type[CodeEnum]:
    class RecurringConsentError(CodeEnum):
        """Recurring consent error (HTTP 422, Automatic Payments API 2.0.0): The code of an HTTP 422 error when creating, editing or revoking a recurring (long-lived) consent. The file's enums give no text per code here, so the description is the file's errors[].detail text and message its title. Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes no English text.

        Wire field: errors[].code (HTTP 422; the payload of an application/jwt body)."""

        DATA_PAGAMENTO_INVALIDA = "DATA_PAGAMENTO_INVALIDA"
        DETALHE_PAGAMENTO_INVALIDO = "DETALHE_PAGAMENTO_INVALIDO"
        PARAMETRO_NAO_INFORMADO = "PARAMETRO_NAO_INFORMADO"
        PARAMETRO_INVALIDO = "PARAMETRO_INVALIDO"
        ERRO_IDEMPOTENCIA = "ERRO_IDEMPOTENCIA"
        NAO_INFORMADO = "NAO_INFORMADO"
        FUNCIONALIDADE_NAO_HABILITADA = "FUNCIONALIDADE_NAO_HABILITADA"
        CONSENTIMENTO_NAO_PERMITE_CANCELAMENTO = "CONSENTIMENTO_NAO_PERMITE_CANCELAMENTO"
        CAMPO_NAO_PERMITIDO = "CAMPO_NAO_PERMITIDO"
        PERMISSAO_INSUFICIENTE = "PERMISSAO_INSUFICIENTE"
        DETALHE_EDICAO_INVALIDO = "DETALHE_EDICAO_INVALIDO"
        FALTAM_SINAIS_OBRIGATORIOS_PLATAFORMA = "FALTAM_SINAIS_OBRIGATORIOS_PLATAFORMA"

    register(
        RecurringConsentError,
        lambda: (
            CodeSetInfo(
                provider="openfinancebrasil",
                id="recurring_consent_error",
                title="Recurring consent error (HTTP 422, Automatic Payments API 2.0.0)",
                description="The code of an HTTP 422 error when creating, editing or revoking a recurring (long-lived) consent. The file's enums give no text per code here, so the description is the file's errors[].detail text and message its title. Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes no English text.",
                field="errors[].code (HTTP 422; the payload of an application/jwt body)",
                sources=(_S["brazil-automatic-payments-2-0-0"],),
            ),
            (
                CodeInfo(
                    value="DATA_PAGAMENTO_INVALIDA",
                    description="Data de pagamento inválida para a forma de pagamento selecionada.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                            context="POST /recurring-consents",
                        ),
                    ),
                    scope=Scope(endpoints=("POST /recurring-consents",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_consent_error/#DATA_PAGAMENTO_INVALIDA",
                    message="Data de pagamento inválida.",
                ),
                CodeInfo(
                    value="DETALHE_PAGAMENTO_INVALIDO",
                    description="Parâmetro [nome_campo] não obedece às regras de negócio.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                            context="POST /recurring-consents",
                        ),
                    ),
                    scope=Scope(endpoints=("POST /recurring-consents",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_consent_error/#DETALHE_PAGAMENTO_INVALIDO",
                    message="Detalhe do pagamento inválido.",
                ),
                CodeInfo(
                    value="PARAMETRO_NAO_INFORMADO",
                    description="Parâmetro [nome_campo] obrigatório não informado.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                            context="POST /recurring-consents",
                        ),
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                            cause="Algum ou todos os campos obrigatórios não foram informados.",
                            message="Algum ou todos os campos obrigatórios não foram informados.",
                            context="PATCH /recurring-consents/{recurringConsentId}",
                            cause_by="provider",
                        ),
                    ),
                    scope=Scope(
                        endpoints=(
                            "POST /recurring-consents",
                            "PATCH /recurring-consents/{recurringConsentId}",
                        )
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/openfinancebrasil/recurring_consent_error/#PARAMETRO_NAO_INFORMADO",
                    message="Parâmetro não informado.",
                    notes="errors[].detail the file gives for it (PATCH /recurring-consents/{recurringConsentId}): “Algum ou todos os campos obrigatórios não foram informados.”",
                ),
                CodeInfo(
                    value="PARAMETRO_INVALIDO",
                    description="Parâmetro [nome_campo] não obedece as regras de formatação esperadas.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                            context="POST /recurring-consents",
                        ),
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                            cause="Os parâmetros informados não obedecem a formatação especificada.",
                            message="Os parâmetros informados não obedecem a formatação especificada.",
                            context="PATCH /recurring-consents/{recurringConsentId}",
                            cause_by="provider",
                        ),
                    ),
                    scope=Scope(
                        endpoints=(
                            "POST /recurring-consents",
                            "PATCH /recurring-consents/{recurringConsentId}",
                        )
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/openfinancebrasil/recurring_consent_error/#PARAMETRO_INVALIDO",
                    message="Parâmetro inválido.",
                    notes="errors[].detail the file gives for it (PATCH /recurring-consents/{recurringConsentId}): “Os parâmetros informados não obedecem a formatação especificada.”",
                ),
                CodeInfo(
                    value="ERRO_IDEMPOTENCIA",
                    description="Conteúdo da mensagem (claim data) diverge do conteúdo associado a esta chave de idempotência (x-idempotency-key).",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                            context="POST /recurring-consents",
                        ),
                    ),
                    scope=Scope(endpoints=("POST /recurring-consents",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_consent_error/#ERRO_IDEMPOTENCIA",
                    message="Erro idempotência.",
                ),
                CodeInfo(
                    value="NAO_INFORMADO",
                    description="Não reportado/identificado pela instituição detentora de conta.",
                    category=_C.REJECTED,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                            context="POST /recurring-consents",
                        ),
                    ),
                    scope=Scope(endpoints=("POST /recurring-consents",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_consent_error/#NAO_INFORMADO",
                    message="Não informado.",
                ),
                CodeInfo(
                    value="FUNCIONALIDADE_NAO_HABILITADA",
                    description="A detentora de conta não oferece o serviço nessa modalidade.",
                    category=_C.INSTITUTION_NOT_SUPPORTED,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                            context="POST /recurring-consents",
                        ),
                    ),
                    scope=Scope(endpoints=("POST /recurring-consents",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_consent_error/#FUNCIONALIDADE_NAO_HABILITADA",
                    message="A detentora de conta não oferece o serviço nessa modalidade.",
                ),
                CodeInfo(
                    value="CONSENTIMENTO_NAO_PERMITE_CANCELAMENTO",
                    description='O status do consentimento não permite a realização do cancelamento (em status "CONSUMED" ou "REJECTED")',
                    category=_C.REJECTED,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                            context="PATCH /recurring-consents/{recurringConsentId}",
                        ),
                    ),
                    scope=Scope(endpoints=("PATCH /recurring-consents/{recurringConsentId}",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_consent_error/#CONSENTIMENTO_NAO_PERMITE_CANCELAMENTO",
                    message='O status do consentimento não permite a realização do cancelamento (em status "CONSUMED" ou "REJECTED").',
                ),
                CodeInfo(
                    value="CAMPO_NAO_PERMITIDO",
                    description="O(s) campo(s) solicitado(s) para edição não podem ser editados.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                            context="PATCH /recurring-consents/{recurringConsentId}",
                        ),
                    ),
                    scope=Scope(endpoints=("PATCH /recurring-consents/{recurringConsentId}",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_consent_error/#CAMPO_NAO_PERMITIDO",
                    message="O(s) campo(s) solicitado(s) para edição não podem ser editados.",
                ),
                CodeInfo(
                    value="PERMISSAO_INSUFICIENTE",
                    description="Consentimento possui múltiplas alçadas aprovadoras e não permite a edição pelo usuário atual.",
                    category=_C.REJECTED,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                            context="PATCH /recurring-consents/{recurringConsentId}",
                        ),
                    ),
                    scope=Scope(endpoints=("PATCH /recurring-consents/{recurringConsentId}",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_consent_error/#PERMISSAO_INSUFICIENTE",
                    message="Consentimento possui múltiplas alçadas aprovadoras e não permite a edição pelo usuário atual.",
                ),
                CodeInfo(
                    value="DETALHE_EDICAO_INVALIDO",
                    description="A tentativa de edição do consentimento não respeitou as regras de negócio descritas nos campos.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                            context="PATCH /recurring-consents/{recurringConsentId}",
                        ),
                    ),
                    scope=Scope(endpoints=("PATCH /recurring-consents/{recurringConsentId}",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_consent_error/#DETALHE_EDICAO_INVALIDO",
                    message="A tentativa de edição do consentimento não respeitou as regras de negócio descritas nos campos.",
                ),
                CodeInfo(
                    value="FALTAM_SINAIS_OBRIGATORIOS_PLATAFORMA",
                    description="Os sinais obrigatórios para a plataforma do usuário não foram enviados em sua totalidade.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                            context="PATCH /recurring-consents/{recurringConsentId}",
                        ),
                    ),
                    scope=Scope(endpoints=("PATCH /recurring-consents/{recurringConsentId}",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/openfinancebrasil/recurring_consent_error/#FALTAM_SINAIS_OBRIGATORIOS_PLATAFORMA",
                    message="Os sinais obrigatórios para a plataforma do usuário não foram enviados em sua totalidade.",
                    notes="The Enrollments API 2.1.0 spells its counterpart FALTAM_SINAIS_OBRIGATORIOS_DA_PLATAFORMA.",
                ),
            ),
        ),
        {},
    )
    return RecurringConsentError


def _RecurringPaymentError() -> type[CodeEnum]:
    class RecurringPaymentError(CodeEnum):
        """Recurring payment error (HTTP 422, Automatic Payments API 2.0.0): The code of an HTTP 422 error when creating or cancelling a recurring Pix payment. Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes no English text.

        Wire field: errors[].code (HTTP 422; the payload of an application/jwt body)."""

        SALDO_INSUFICIENTE = "SALDO_INSUFICIENTE"
        VALOR_ACIMA_LIMITE = "VALOR_ACIMA_LIMITE"
        VALOR_INVALIDO = "VALOR_INVALIDO"
        LIMITE_PERIODO_VALOR_EXCEDIDO = "LIMITE_PERIODO_VALOR_EXCEDIDO"
        LIMITE_PERIODO_QUANTIDADE_EXCEDIDO = "LIMITE_PERIODO_QUANTIDADE_EXCEDIDO"
        CONSENTIMENTO_INVALIDO = "CONSENTIMENTO_INVALIDO"
        CONSENTIMENTO_PENDENTE_AUTORIZACAO = "CONSENTIMENTO_PENDENTE_AUTORIZACAO"
        PARAMETRO_NAO_INFORMADO = "PARAMETRO_NAO_INFORMADO"
        PARAMETRO_INVALIDO = "PARAMETRO_INVALIDO"
        NAO_INFORMADO = "NAO_INFORMADO"
        PAGAMENTO_DIVERGENTE_CONSENTIMENTO = "PAGAMENTO_DIVERGENTE_CONSENTIMENTO"
        DETALHE_PAGAMENTO_INVALIDO = "DETALHE_PAGAMENTO_INVALIDO"
        PAGAMENTO_RECUSADO_DETENTORA = "PAGAMENTO_RECUSADO_DETENTORA"
        PAGAMENTO_RECUSADO_SPI = "PAGAMENTO_RECUSADO_SPI"
        ERRO_IDEMPOTENCIA = "ERRO_IDEMPOTENCIA"
        LIMITE_VALOR_TOTAL_CONSENTIMENTO_EXCEDIDO = "LIMITE_VALOR_TOTAL_CONSENTIMENTO_EXCEDIDO"
        LIMITE_VALOR_TRANSACAO_CONSENTIMENTO_EXCEDIDO = (
            "LIMITE_VALOR_TRANSACAO_CONSENTIMENTO_EXCEDIDO"
        )
        LIMITE_TENTATIVAS_EXCEDIDO = "LIMITE_TENTATIVAS_EXCEDIDO"
        FORA_PRAZO_PERMITIDO = "FORA_PRAZO_PERMITIDO"
        DETALHE_TENTATIVA_INVALIDO = "DETALHE_TENTATIVA_INVALIDO"
        PAGAMENTO_NAO_PERMITE_CANCELAMENTO = "PAGAMENTO_NAO_PERMITE_CANCELAMENTO"
        CANCELAMENTO_FORA_PERIODO_PERMITIDO = "CANCELAMENTO_FORA_PERIODO_PERMITIDO"

    register(
        RecurringPaymentError,
        lambda: (
            CodeSetInfo(
                provider="openfinancebrasil",
                id="recurring_payment_error",
                title="Recurring payment error (HTTP 422, Automatic Payments API 2.0.0)",
                description="The code of an HTTP 422 error when creating or cancelling a recurring Pix payment. Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes no English text.",
                field="errors[].code (HTTP 422; the payload of an application/jwt body)",
                sources=(_S["brazil-automatic-payments-2-0-0"],),
            ),
            (
                CodeInfo(
                    value="SALDO_INSUFICIENTE",
                    description="Esta conta não possui saldo suficiente para realizar o pagamento.",
                    category=_C.REJECTED,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                            context="POST /pix/recurring-payments",
                        ),
                    ),
                    scope=Scope(endpoints=("POST /pix/recurring-payments",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_payment_error/#SALDO_INSUFICIENTE",
                    message="Esta conta não possui saldo suficiente para realizar o pagamento.",
                ),
                CodeInfo(
                    value="VALOR_ACIMA_LIMITE",
                    description="Valida se o valor ultrapassa o limite estabelecido [na instituição (conta ou canal)/no arranjo] para permitir a realização de transações pelo cliente.",
                    category=_C.REJECTED,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                            context="POST /pix/recurring-payments",
                        ),
                    ),
                    scope=Scope(endpoints=("POST /pix/recurring-payments",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_payment_error/#VALOR_ACIMA_LIMITE",
                    message="Valida se o valor ultrapassa o limite estabelecido [na instituição (conta ou canal)/no arranjo] para permitir a realização de transações pelo cliente.",
                ),
                CodeInfo(
                    value="VALOR_INVALIDO",
                    description="O valor enviado não é válido para o QR Code informado.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                            context="POST /pix/recurring-payments",
                        ),
                    ),
                    scope=Scope(endpoints=("POST /pix/recurring-payments",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_payment_error/#VALOR_INVALIDO",
                    message="O valor enviado não é válido para o QR Code informado.",
                ),
                CodeInfo(
                    value="LIMITE_PERIODO_VALOR_EXCEDIDO",
                    description="A transação não pode ser realizada pois o valor parametrizado no consentimento foi excedido.",
                    category=_C.REJECTED,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                            context="POST /pix/recurring-payments",
                        ),
                    ),
                    scope=Scope(endpoints=("POST /pix/recurring-payments",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_payment_error/#LIMITE_PERIODO_VALOR_EXCEDIDO",
                    message="A transação não pode ser realizada pois o valor parametrizado no consentimento foi excedido.",
                ),
                CodeInfo(
                    value="LIMITE_PERIODO_QUANTIDADE_EXCEDIDO",
                    description="A transação não pode ser realizada pois a quantidade parametrizada no consentimento foi excedida.",
                    category=_C.REJECTED,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                            context="POST /pix/recurring-payments",
                        ),
                    ),
                    scope=Scope(endpoints=("POST /pix/recurring-payments",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_payment_error/#LIMITE_PERIODO_QUANTIDADE_EXCEDIDO",
                    message="A transação não pode ser realizada pois a quantidade parametrizada no consentimento foi excedida.",
                ),
                CodeInfo(
                    value="CONSENTIMENTO_INVALIDO",
                    description="Consentimento inválido (em status final).",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                            context="POST /pix/recurring-payments",
                        ),
                    ),
                    scope=Scope(endpoints=("POST /pix/recurring-payments",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_payment_error/#CONSENTIMENTO_INVALIDO",
                    message="Consentimento inválido (em status final).",
                ),
                CodeInfo(
                    value="CONSENTIMENTO_PENDENTE_AUTORIZACAO",
                    description="Consentimento pendente autorização de múltiplas alçadas (status “PARTIALLY_ACCEPTED”).",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                            context="POST /pix/recurring-payments",
                        ),
                    ),
                    scope=Scope(endpoints=("POST /pix/recurring-payments",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_payment_error/#CONSENTIMENTO_PENDENTE_AUTORIZACAO",
                    message="Consentimento pendente autorização de múltiplas alçadas (status “PARTIALLY_ACCEPTED”).",
                ),
                CodeInfo(
                    value="PARAMETRO_NAO_INFORMADO",
                    description="Parâmetro não informado.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                            context="POST /pix/recurring-payments",
                        ),
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                            cause="Algum ou todos os campos obrigatórios não foram informados.",
                            message="Algum ou todos os campos obrigatórios não foram informados.",
                            context="PATCH /pix/recurring-payments/{recurringPaymentId}",
                            cause_by="provider",
                        ),
                    ),
                    scope=Scope(
                        endpoints=(
                            "POST /pix/recurring-payments",
                            "PATCH /pix/recurring-payments/{recurringPaymentId}",
                        )
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/openfinancebrasil/recurring_payment_error/#PARAMETRO_NAO_INFORMADO",
                    message="Parâmetro não informado.",
                    notes="errors[].detail the file gives for it (PATCH /pix/recurring-payments/{recurringPaymentId}): “Algum ou todos os campos obrigatórios não foram informados.”",
                ),
                CodeInfo(
                    value="PARAMETRO_INVALIDO",
                    description="Parâmetro inválido.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                            context="POST /pix/recurring-payments",
                        ),
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                            cause="Os parâmetros informados não obedecem a formatação especificada.",
                            message="Os parâmetros informados não obedecem a formatação especificada.",
                            context="PATCH /pix/recurring-payments/{recurringPaymentId}",
                            cause_by="provider",
                        ),
                    ),
                    scope=Scope(
                        endpoints=(
                            "POST /pix/recurring-payments",
                            "PATCH /pix/recurring-payments/{recurringPaymentId}",
                        )
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/openfinancebrasil/recurring_payment_error/#PARAMETRO_INVALIDO",
                    message="Parâmetro inválido.",
                    notes="errors[].detail the file gives for it (PATCH /pix/recurring-payments/{recurringPaymentId}): “Os parâmetros informados não obedecem a formatação especificada.”",
                ),
                CodeInfo(
                    value="NAO_INFORMADO",
                    description="Não informada pela detentora de conta.",
                    category=_C.REJECTED,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                            context="POST /pix/recurring-payments",
                        ),
                    ),
                    scope=Scope(endpoints=("POST /pix/recurring-payments",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_payment_error/#NAO_INFORMADO",
                    message="Não informada pela detentora de conta.",
                ),
                CodeInfo(
                    value="PAGAMENTO_DIVERGENTE_CONSENTIMENTO",
                    description="Dados do pagamento divergentes dos dados do consentimento.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                            context="POST /pix/recurring-payments",
                        ),
                    ),
                    scope=Scope(endpoints=("POST /pix/recurring-payments",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_payment_error/#PAGAMENTO_DIVERGENTE_CONSENTIMENTO",
                    message="Dados do pagamento divergentes dos dados do consentimento.",
                ),
                CodeInfo(
                    value="DETALHE_PAGAMENTO_INVALIDO",
                    description="Detalhe do pagamento inválido.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                            context="POST /pix/recurring-payments",
                        ),
                    ),
                    scope=Scope(endpoints=("POST /pix/recurring-payments",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_payment_error/#DETALHE_PAGAMENTO_INVALIDO",
                    message="Detalhe do pagamento inválido.",
                ),
                CodeInfo(
                    value="PAGAMENTO_RECUSADO_DETENTORA",
                    description="Pagamento recusado pela detentora de conta.",
                    category=_C.REJECTED,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                            context="POST /pix/recurring-payments",
                        ),
                    ),
                    scope=Scope(endpoints=("POST /pix/recurring-payments",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_payment_error/#PAGAMENTO_RECUSADO_DETENTORA",
                    message="Pagamento recusado pela detentora de conta.",
                ),
                CodeInfo(
                    value="PAGAMENTO_RECUSADO_SPI",
                    description="Pagamento recusado no Sistema de Pagamentos Instantâneos (SPI).",
                    category=_C.REJECTED,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                            context="POST /pix/recurring-payments",
                        ),
                    ),
                    scope=Scope(endpoints=("POST /pix/recurring-payments",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_payment_error/#PAGAMENTO_RECUSADO_SPI",
                    message="Pagamento recusado no Sistema de Pagamentos Instantâneos (SPI).",
                ),
                CodeInfo(
                    value="ERRO_IDEMPOTENCIA",
                    description="Erro idempotência.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                            context="POST /pix/recurring-payments",
                        ),
                    ),
                    scope=Scope(endpoints=("POST /pix/recurring-payments",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_payment_error/#ERRO_IDEMPOTENCIA",
                    message="Erro idempotência.",
                ),
                CodeInfo(
                    value="LIMITE_VALOR_TOTAL_CONSENTIMENTO_EXCEDIDO",
                    description="Limite total excedido",
                    category=_C.REJECTED,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                            context="POST /pix/recurring-payments",
                        ),
                    ),
                    scope=Scope(endpoints=("POST /pix/recurring-payments",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/openfinancebrasil/recurring_payment_error/#LIMITE_VALOR_TOTAL_CONSENTIMENTO_EXCEDIDO",
                    message="Limite total excedido",
                    notes="errors[].detail the file gives for it (POST /pix/recurring-payments): “O valor da transação excede o limite global do consentimento.”",
                ),
                CodeInfo(
                    value="LIMITE_VALOR_TRANSACAO_CONSENTIMENTO_EXCEDIDO",
                    description="O valor da transação ultrapassar o limite de valor por transação.",
                    category=_C.REJECTED,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                            context="POST /pix/recurring-payments",
                        ),
                    ),
                    scope=Scope(endpoints=("POST /pix/recurring-payments",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_payment_error/#LIMITE_VALOR_TRANSACAO_CONSENTIMENTO_EXCEDIDO",
                    message="Limite de transação excedido.",
                ),
                CodeInfo(
                    value="LIMITE_TENTATIVAS_EXCEDIDO",
                    description="O limite de tentativas para liquidação do pagamento permitidas pelo arranjo foi excedido.",
                    category=_C.REJECTED,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                            context="POST /pix/recurring-payments",
                        ),
                    ),
                    scope=Scope(endpoints=("POST /pix/recurring-payments",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_payment_error/#LIMITE_TENTATIVAS_EXCEDIDO",
                    message="Limite de tentativas excedido.",
                ),
                CodeInfo(
                    value="FORA_PRAZO_PERMITIDO",
                    description="O horário ou período da requisição não permite o agendamento pelo detentor.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                            context="POST /pix/recurring-payments",
                        ),
                    ),
                    scope=Scope(endpoints=("POST /pix/recurring-payments",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_payment_error/#FORA_PRAZO_PERMITIDO",
                    message="Tentativa fora do prazo.",
                ),
                CodeInfo(
                    value="DETALHE_TENTATIVA_INVALIDO",
                    description="O parâmetro [nome_do(s)_campo(s)] inseridos para a nova tentativa de pagamento não condizem com o pagamento original que falhou e não são permitidos na nova tentativa de pagamento.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                            context="POST /pix/recurring-payments",
                        ),
                    ),
                    scope=Scope(endpoints=("POST /pix/recurring-payments",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_payment_error/#DETALHE_TENTATIVA_INVALIDO",
                    message="Nova tentativa inválida",
                ),
                CodeInfo(
                    value="PAGAMENTO_NAO_PERMITE_CANCELAMENTO",
                    description="Pagamento está com um status que não permite cancelamento.",
                    category=_C.REJECTED,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                            context="PATCH /pix/recurring-payments/{recurringPaymentId}",
                        ),
                    ),
                    scope=Scope(endpoints=("PATCH /pix/recurring-payments/{recurringPaymentId}",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_payment_error/#PAGAMENTO_NAO_PERMITE_CANCELAMENTO",
                    message="Pagamento está com um status que não permite cancelamento.",
                ),
                CodeInfo(
                    value="CANCELAMENTO_FORA_PERIODO_PERMITIDO",
                    description="O usuário solicitou o cancelamento fora da janela de tempo permitido.",
                    category=_C.REJECTED,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                            context="PATCH /pix/recurring-payments/{recurringPaymentId}",
                        ),
                    ),
                    scope=Scope(endpoints=("PATCH /pix/recurring-payments/{recurringPaymentId}",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_payment_error/#CANCELAMENTO_FORA_PERIODO_PERMITIDO",
                    message="O usuário solicitou o cancelamento fora da janela de tempo permitido.",
                ),
            ),
        ),
        {},
    )
    return RecurringPaymentError


def _RecurringPaymentRejectionReason() -> type[CodeEnum]:
    class RecurringPaymentRejectionReason(CodeEnum):
        """Recurring payment rejection reason (Automatic Payments API 2.0.0): Why a recurring Pix payment was rejected: rejectionReason.code with status RJCT. The texts are the file's list for rejectionReason.detail of the GET list answer (RejectionReasonGet); the POST, GET-by-id and PATCH answers use an enum with the same 22 codes (EnumRejectionReasonCode). Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes no English text.

        Wire field: data[].rejectionReason.code; data.rejectionReason.code (when status is RJCT)."""

        SALDO_INSUFICIENTE = "SALDO_INSUFICIENTE"
        VALOR_ACIMA_LIMITE = "VALOR_ACIMA_LIMITE"
        VALOR_INVALIDO = "VALOR_INVALIDO"
        NAO_INFORMADO = "NAO_INFORMADO"
        PAGAMENTO_DIVERGENTE_CONSENTIMENTO = "PAGAMENTO_DIVERGENTE_CONSENTIMENTO"
        PAGAMENTO_RECUSADO_DETENTORA = "PAGAMENTO_RECUSADO_DETENTORA"
        PAGAMENTO_RECUSADO_SPI = "PAGAMENTO_RECUSADO_SPI"
        CONSENTIMENTO_INVALIDO = "CONSENTIMENTO_INVALIDO"
        FALHA_INFRAESTRUTURA_SPI = "FALHA_INFRAESTRUTURA_SPI"
        FALHA_INFRAESTRUTURA_ICP = "FALHA_INFRAESTRUTURA_ICP"
        FALHA_INFRAESTRUTURA_PSP_RECEBEDOR = "FALHA_INFRAESTRUTURA_PSP_RECEBEDOR"
        FALHA_INFRAESTRUTURA_DETENTORA = "FALHA_INFRAESTRUTURA_DETENTORA"
        LIMITE_PERIODO_VALOR_EXCEDIDO = "LIMITE_PERIODO_VALOR_EXCEDIDO"
        LIMITE_PERIODO_QUANTIDADE_EXCEDIDO = "LIMITE_PERIODO_QUANTIDADE_EXCEDIDO"
        TITULARIDADE_INCONSISTENTE = "TITULARIDADE_INCONSISTENTE"
        LIMITE_VALOR_TOTAL_CONSENTIMENTO_EXCEDIDO = "LIMITE_VALOR_TOTAL_CONSENTIMENTO_EXCEDIDO"
        LIMITE_VALOR_TRANSACAO_CONSENTIMENTO_EXCEDIDO = (
            "LIMITE_VALOR_TRANSACAO_CONSENTIMENTO_EXCEDIDO"
        )
        CONSENTIMENTO_REVOGADO = "CONSENTIMENTO_REVOGADO"
        LIMITE_TENTATIVAS_EXCEDIDO = "LIMITE_TENTATIVAS_EXCEDIDO"
        FORA_PRAZO_PERMITIDO = "FORA_PRAZO_PERMITIDO"
        DETALHE_TENTATIVA_INVALIDO = "DETALHE_TENTATIVA_INVALIDO"
        DETALHE_PAGAMENTO_INVALIDO = "DETALHE_PAGAMENTO_INVALIDO"

    register(
        RecurringPaymentRejectionReason,
        lambda: (
            CodeSetInfo(
                provider="openfinancebrasil",
                id="recurring_payment_rejection_reason",
                title="Recurring payment rejection reason (Automatic Payments API 2.0.0)",
                description="Why a recurring Pix payment was rejected: rejectionReason.code with status RJCT. The texts are the file's list for rejectionReason.detail of the GET list answer (RejectionReasonGet); the POST, GET-by-id and PATCH answers use an enum with the same 22 codes (EnumRejectionReasonCode). Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes no English text.",
                field="data[].rejectionReason.code; data.rejectionReason.code (when status is RJCT)",
                sources=(_S["brazil-automatic-payments-2-0-0"],),
            ),
            (
                CodeInfo(
                    value="SALDO_INSUFICIENTE",
                    description="A conta selecionada não possui saldo suficiente para realizar o pagamento",
                    category=_C.REJECTED,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_payment_rejection_reason/#SALDO_INSUFICIENTE",
                ),
                CodeInfo(
                    value="VALOR_ACIMA_LIMITE",
                    description="Valida se o valor ultrapassa o limite estabelecido [na instituição (conta ou canal)/no arranjo] para permitir a realização de transações pelo cliente",
                    category=_C.REJECTED,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_payment_rejection_reason/#VALOR_ACIMA_LIMITE",
                ),
                CodeInfo(
                    value="VALOR_INVALIDO",
                    description="O valor enviado não é válido",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_payment_rejection_reason/#VALOR_INVALIDO",
                ),
                CodeInfo(
                    value="NAO_INFORMADO",
                    description="Não reportado/identificado pela instituição detentora de conta",
                    category=_C.REJECTED,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_payment_rejection_reason/#NAO_INFORMADO",
                ),
                CodeInfo(
                    value="PAGAMENTO_DIVERGENTE_CONSENTIMENTO",
                    description="Dados do pagamento divergentes dos dados do consentimento",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_payment_rejection_reason/#PAGAMENTO_DIVERGENTE_CONSENTIMENTO",
                ),
                CodeInfo(
                    value="PAGAMENTO_RECUSADO_DETENTORA",
                    description="[descrição do motivo de recusa]",
                    category=_C.REJECTED,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_payment_rejection_reason/#PAGAMENTO_RECUSADO_DETENTORA",
                ),
                CodeInfo(
                    value="PAGAMENTO_RECUSADO_SPI",
                    description="[código de erro conforme tabela de domínios reason PACS.002]",
                    category=_C.REJECTED,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_payment_rejection_reason/#PAGAMENTO_RECUSADO_SPI",
                ),
                CodeInfo(
                    value="CONSENTIMENTO_INVALIDO",
                    description="Consentimento inválido (em status final)",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_payment_rejection_reason/#CONSENTIMENTO_INVALIDO",
                ),
                CodeInfo(
                    value="FALHA_INFRAESTRUTURA_SPI",
                    description="Indica uma falha no Sistema de Pagamentos Instantâneos (SPI)",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_payment_rejection_reason/#FALHA_INFRAESTRUTURA_SPI",
                ),
                CodeInfo(
                    value="FALHA_INFRAESTRUTURA_ICP",
                    description="Indica uma falha na Infraestrutura de Chaves Públicas (ICP)",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_payment_rejection_reason/#FALHA_INFRAESTRUTURA_ICP",
                ),
                CodeInfo(
                    value="FALHA_INFRAESTRUTURA_PSP_RECEBEDOR",
                    description="Indica uma falha na infraestrutura do Prestador de Serviço de Pagamento (PSP) que recebe o pagamento",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_payment_rejection_reason/#FALHA_INFRAESTRUTURA_PSP_RECEBEDOR",
                ),
                CodeInfo(
                    value="FALHA_INFRAESTRUTURA_DETENTORA",
                    description="indica uma falha na infraestrutura da instituição detentora das informações ou recursos",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_payment_rejection_reason/#FALHA_INFRAESTRUTURA_DETENTORA",
                ),
                CodeInfo(
                    value="LIMITE_PERIODO_VALOR_EXCEDIDO",
                    description="A transação não pode ser realizada pois o valor parametrizado no consentimento foi excedido.",
                    category=_C.REJECTED,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_payment_rejection_reason/#LIMITE_PERIODO_VALOR_EXCEDIDO",
                ),
                CodeInfo(
                    value="LIMITE_PERIODO_QUANTIDADE_EXCEDIDO",
                    description="A transação não pode ser realizada pois a quantidade parametrizada no consentimento foi excedida.",
                    category=_C.REJECTED,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_payment_rejection_reason/#LIMITE_PERIODO_QUANTIDADE_EXCEDIDO",
                ),
                CodeInfo(
                    value="TITULARIDADE_INCONSISTENTE",
                    description="Conta atualmente não associada ao CPF/CNPJ do consentimento de longa duração.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_payment_rejection_reason/#TITULARIDADE_INCONSISTENTE",
                ),
                CodeInfo(
                    value="LIMITE_VALOR_TOTAL_CONSENTIMENTO_EXCEDIDO",
                    description="O valor da transação excede o limite global do consentimento.",
                    category=_C.REJECTED,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_payment_rejection_reason/#LIMITE_VALOR_TOTAL_CONSENTIMENTO_EXCEDIDO",
                ),
                CodeInfo(
                    value="LIMITE_VALOR_TRANSACAO_CONSENTIMENTO_EXCEDIDO",
                    description="O valor da transação ultrapassar o limite de valor por transação.",
                    category=_C.REJECTED,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_payment_rejection_reason/#LIMITE_VALOR_TRANSACAO_CONSENTIMENTO_EXCEDIDO",
                ),
                CodeInfo(
                    value="CONSENTIMENTO_REVOGADO",
                    description="O pagamento estava associado a um consentimento que foi revogado.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_payment_rejection_reason/#CONSENTIMENTO_REVOGADO",
                ),
                CodeInfo(
                    value="LIMITE_TENTATIVAS_EXCEDIDO",
                    description="O máximo de tentativas de liquidação permitidas pelo arranjo foi atingido",
                    category=_C.REJECTED,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_payment_rejection_reason/#LIMITE_TENTATIVAS_EXCEDIDO",
                ),
                CodeInfo(
                    value="FORA_PRAZO_PERMITIDO",
                    description="O horário ou período da requisição não permite o agendamento pelo detentor.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_payment_rejection_reason/#FORA_PRAZO_PERMITIDO",
                ),
                CodeInfo(
                    value="DETALHE_TENTATIVA_INVALIDO",
                    description="O parâmetro [nome_do(s)_campo(s)] inseridos para a nova tentativa de pagamento não condizem com o pagamento original que falhou e não são permitidos na nova tentativa de pagamento.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_payment_rejection_reason/#DETALHE_TENTATIVA_INVALIDO",
                ),
                CodeInfo(
                    value="DETALHE_PAGAMENTO_INVALIDO",
                    description="Valida se determinado parâmetro informado obedece as regras de negócio",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_payment_rejection_reason/#DETALHE_PAGAMENTO_INVALIDO",
                ),
            ),
        ),
        {},
    )
    return RecurringPaymentRejectionReason


def _RecurringConsentRejectionReason() -> type[CodeEnum]:
    class RecurringConsentRejectionReason(CodeEnum):
        """Recurring consent rejection reason (Automatic Payments API 2.0.0): Why a recurring consent was rejected: rejection.reason.code with status REJECTED; the texts are the file's list for rejection.reason.detail. Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes no English text.

        Wire field: data.rejection.reason.code (when data.status is REJECTED)."""

        NAO_INFORMADO = "NAO_INFORMADO"
        FALHA_INFRAESTRUTURA = "FALHA_INFRAESTRUTURA"
        TEMPO_EXPIRADO_AUTORIZACAO = "TEMPO_EXPIRADO_AUTORIZACAO"
        REJEITADO_USUARIO = "REJEITADO_USUARIO"
        CONTAS_ORIGEM_DESTINO_IGUAIS = "CONTAS_ORIGEM_DESTINO_IGUAIS"
        CONTA_NAO_PERMITE_PAGAMENTO = "CONTA_NAO_PERMITE_PAGAMENTO"
        SALDO_INSUFICIENTE = "SALDO_INSUFICIENTE"
        VALOR_ACIMA_LIMITE = "VALOR_ACIMA_LIMITE"
        AUTENTICACAO_DIVERGENTE = "AUTENTICACAO_DIVERGENTE"

    register(
        RecurringConsentRejectionReason,
        lambda: (
            CodeSetInfo(
                provider="openfinancebrasil",
                id="recurring_consent_rejection_reason",
                title="Recurring consent rejection reason (Automatic Payments API 2.0.0)",
                description="Why a recurring consent was rejected: rejection.reason.code with status REJECTED; the texts are the file's list for rejection.reason.detail. Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes no English text.",
                field="data.rejection.reason.code (when data.status is REJECTED)",
                sources=(_S["brazil-automatic-payments-2-0-0"],),
            ),
            (
                CodeInfo(
                    value="NAO_INFORMADO",
                    description="Não informada pela detentora de conta",
                    category=_C.REJECTED,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_consent_rejection_reason/#NAO_INFORMADO",
                ),
                CodeInfo(
                    value="FALHA_INFRAESTRUTURA",
                    description="[Descrição de qual falha na infraestrutura inviabilizou o processamento]",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_consent_rejection_reason/#FALHA_INFRAESTRUTURA",
                ),
                CodeInfo(
                    value="TEMPO_EXPIRADO_AUTORIZACAO",
                    description="Consentimento expirou antes que o usuário pudesse confirmá-lo",
                    category=_C.SESSION_EXPIRED,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_consent_rejection_reason/#TEMPO_EXPIRADO_AUTORIZACAO",
                ),
                CodeInfo(
                    value="REJEITADO_USUARIO",
                    description="O usuário rejeitou a autorização do consentimento",
                    category=_C.CANCELLED,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_consent_rejection_reason/#REJEITADO_USUARIO",
                ),
                CodeInfo(
                    value="CONTAS_ORIGEM_DESTINO_IGUAIS",
                    description="A conta selecionada é igual à conta destino e não permite realizar esse pagamento",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/openfinancebrasil/recurring_consent_rejection_reason/#CONTAS_ORIGEM_DESTINO_IGUAIS",
                    notes="Its category is bankcodes' reading of the text: the source and destination accounts of the payment are the same, a request that cannot succeed as made (a request error), not an account that is closed or cannot be found.",
                ),
                CodeInfo(
                    value="CONTA_NAO_PERMITE_PAGAMENTO",
                    description="A conta selecionada é do tipo [salario/investimento/liquidação/outros] e não permite realizar esse pagamento",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_consent_rejection_reason/#CONTA_NAO_PERMITE_PAGAMENTO",
                ),
                CodeInfo(
                    value="SALDO_INSUFICIENTE",
                    description="A conta selecionada não possui saldo suficiente para realizar o pagamento",
                    category=_C.REJECTED,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_consent_rejection_reason/#SALDO_INSUFICIENTE",
                ),
                CodeInfo(
                    value="VALOR_ACIMA_LIMITE",
                    description="O valor ultrapassa o limite estabelecido para permitir a realização de transações pelo cliente",
                    category=_C.REJECTED,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_consent_rejection_reason/#VALOR_ACIMA_LIMITE",
                ),
                CodeInfo(
                    value="AUTENTICACAO_DIVERGENTE",
                    description="Usuário autenticado no detentor diverge do usuário autenticado no iniciador",
                    category=_C.REJECTED,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_consent_rejection_reason/#AUTENTICACAO_DIVERGENTE",
                ),
            ),
        ),
        {},
    )
    return RecurringConsentRejectionReason


def _RecurringConsentRevocationReason() -> type[CodeEnum]:
    class RecurringConsentRevocationReason(CodeEnum):
        """Recurring consent revocation reason (Automatic Payments API 2.0.0): Why a recurring consent was revoked: revocation.reason.code with status REVOKED; the texts are the file's list for revocation.reason.detail. Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes no English text.

        Wire field: data.revocation.reason.code (when data.status is REVOKED)."""

        REVOGADO_RECEBEDOR = "REVOGADO_RECEBEDOR"
        REVOGADO_USUARIO = "REVOGADO_USUARIO"
        NAO_INFORMADO = "NAO_INFORMADO"

    register(
        RecurringConsentRevocationReason,
        lambda: (
            CodeSetInfo(
                provider="openfinancebrasil",
                id="recurring_consent_revocation_reason",
                title="Recurring consent revocation reason (Automatic Payments API 2.0.0)",
                description="Why a recurring consent was revoked: revocation.reason.code with status REVOKED; the texts are the file's list for revocation.reason.detail. Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes no English text.",
                field="data.revocation.reason.code (when data.status is REVOKED)",
                sources=(_S["brazil-automatic-payments-2-0-0"],),
            ),
            (
                CodeInfo(
                    value="REVOGADO_RECEBEDOR",
                    description="O usuário recebedor revogou a recorrência do consentimento.",
                    category=_C.CANCELLED,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_consent_revocation_reason/#REVOGADO_RECEBEDOR",
                ),
                CodeInfo(
                    value="REVOGADO_USUARIO",
                    description="O usuário pagador revogou a recorrência do consentimento",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_consent_revocation_reason/#REVOGADO_USUARIO",
                ),
                CodeInfo(
                    value="NAO_INFORMADO",
                    description="Não informada pela detentora de conta",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["brazil-automatic-payments-2-0-0"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-automatic-payments-2-0-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/recurring_consent_revocation_reason/#NAO_INFORMADO",
                ),
            ),
        ),
        {},
    )
    return RecurringConsentRevocationReason


def _EnrollmentError() -> type[CodeEnum]:
    class EnrollmentError(CodeEnum):
        """Enrollment error (HTTP 422, Enrollments API 2.1.0): The code of an HTTP 422 error of the Enrollments API (the no-redirect journey: binding a device's FIDO2 credential to an account, then authorising payment consents with it). scope lists the endpoints whose enum has the code, and an http entry per endpoint keeps that endpoint's own text where it differs. Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes no English text.

        Wire field: errors[].code (HTTP 422; the payload of an application/jwt body)."""

        PERMISSOES_INVALIDAS = "PERMISSOES_INVALIDAS"
        CONTA_INVALIDA = "CONTA_INVALIDA"
        PARAMETRO_NAO_INFORMADO = "PARAMETRO_NAO_INFORMADO"
        PARAMETRO_INVALIDO = "PARAMETRO_INVALIDO"
        ERRO_IDEMPOTENCIA = "ERRO_IDEMPOTENCIA"
        STATUS_INVALIDO = "STATUS_INVALIDO"
        MOTIVO_REJEICAO = "MOTIVO_REJEICAO"
        REJEITADO_OUTRO_SEM_DETALHES = "REJEITADO_OUTRO_SEM_DETALHES"
        MOTIVO_REVOGACAO = "MOTIVO_REVOGACAO"
        REVOGADO_OUTRO_SEM_DETALHES = "REVOGADO_OUTRO_SEM_DETALHES"
        RP_INVALIDA = "RP_INVALIDA"
        STATUS_VINCULO_INVALIDO = "STATUS_VINCULO_INVALIDO"
        ORIGEM_FIDO_INVALIDA = "ORIGEM_FIDO_INVALIDA"
        RP_ID_HASH_INVALIDO = "RP_ID_HASH_INVALIDO"
        CHALLENGE_INVALIDO = "CHALLENGE_INVALIDO"
        PUBLIC_KEY_INVALIDA = "PUBLIC_KEY_INVALIDA"
        EXTENSION_INVALIDA = "EXTENSION_INVALIDA"
        STATUS_CONSENTIMENTO_INVALIDO = "STATUS_CONSENTIMENTO_INVALIDO"
        FALTAM_SINAIS_OBRIGATORIOS_DA_PLATAFORMA = "FALTAM_SINAIS_OBRIGATORIOS_DA_PLATAFORMA"
        RISCO = "RISCO"
        CONTA_DEBITO_DIVERGENTE_CONSENTIMENTO_VINCULO = (
            "CONTA_DEBITO_DIVERGENTE_CONSENTIMENTO_VINCULO"
        )

    register(
        EnrollmentError,
        lambda: (
            CodeSetInfo(
                provider="openfinancebrasil",
                id="enrollment_error",
                title="Enrollment error (HTTP 422, Enrollments API 2.1.0)",
                description="The code of an HTTP 422 error of the Enrollments API (the no-redirect journey: binding a device's FIDO2 credential to an account, then authorising payment consents with it). scope lists the endpoints whose enum has the code, and an http entry per endpoint keeps that endpoint's own text where it differs. Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes no English text.",
                field="errors[].code (HTTP 422; the payload of an application/jwt body)",
                sources=(_S["brazil-enrollments-2-1-0"],),
            ),
            (
                CodeInfo(
                    value="PERMISSOES_INVALIDAS",
                    description='As permissões associadas ao vínculo de conta não contêm "PAYMENTS_INITIATE".',
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-enrollments-2-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-enrollments-2-1-0"],),
                            context="POST /enrollments",
                        ),
                    ),
                    scope=Scope(endpoints=("POST /enrollments",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-enrollments-2-1-0"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brazil-enrollments-2-1-0"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/openfinancebrasil/enrollment_error/#PERMISSOES_INVALIDAS",
                    message="Permissões inválidas.",
                    notes='errors[].detail the file gives for it (POST /enrollments): “As permissões associadas ao vínculo de conta não contêm "PAYMENTS_INITIATE" ou contêm valores não suportados para esta operação.”',
                ),
                CodeInfo(
                    value="CONTA_INVALIDA",
                    description="A conta informada inexiste ou não é compatível com o fluxo de não-redirecionamento.",
                    category=_C.ACCOUNT_UNAVAILABLE,
                    sources=(_S["brazil-enrollments-2-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-enrollments-2-1-0"],),
                            context="POST /enrollments",
                        ),
                    ),
                    scope=Scope(endpoints=("POST /enrollments",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-enrollments-2-1-0"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brazil-enrollments-2-1-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/enrollment_error/#CONTA_INVALIDA",
                    message="Conta inválida.",
                ),
                CodeInfo(
                    value="PARAMETRO_NAO_INFORMADO",
                    description="Parâmetro não informado.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-enrollments-2-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-enrollments-2-1-0"],),
                            context="POST /enrollments",
                        ),
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-enrollments-2-1-0"],),
                            context="PATCH /enrollments/{enrollmentId}",
                        ),
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-enrollments-2-1-0"],),
                            context="POST /enrollments/{enrollmentId}/fido-registration-options",
                        ),
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-enrollments-2-1-0"],),
                            context="POST /enrollments/{enrollmentId}/fido-registration",
                        ),
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-enrollments-2-1-0"],),
                            context="POST /enrollments/{enrollmentId}/fido-sign-options",
                        ),
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-enrollments-2-1-0"],),
                            context="POST /enrollments/{enrollmentId}/risk-signals",
                        ),
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-enrollments-2-1-0"],),
                            context="POST /consents/{consentId}/authorise",
                        ),
                    ),
                    scope=Scope(
                        endpoints=(
                            "POST /enrollments",
                            "PATCH /enrollments/{enrollmentId}",
                            "POST /enrollments/{enrollmentId}/fido-registration-options",
                            "POST /enrollments/{enrollmentId}/fido-registration",
                            "POST /enrollments/{enrollmentId}/fido-sign-options",
                            "POST /enrollments/{enrollmentId}/risk-signals",
                            "POST /consents/{consentId}/authorise",
                        )
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-enrollments-2-1-0"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brazil-enrollments-2-1-0"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/openfinancebrasil/enrollment_error/#PARAMETRO_NAO_INFORMADO",
                    message="Parâmetro não informado.",
                    notes="errors[].detail the file gives for it (POST /enrollments): “Parâmetro [nome_campo] obrigatório não informado.”",
                ),
                CodeInfo(
                    value="PARAMETRO_INVALIDO",
                    description="Parâmetro inválido.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-enrollments-2-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-enrollments-2-1-0"],),
                            context="POST /enrollments",
                        ),
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-enrollments-2-1-0"],),
                            context="PATCH /enrollments/{enrollmentId}",
                        ),
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-enrollments-2-1-0"],),
                            context="POST /enrollments/{enrollmentId}/fido-registration-options",
                        ),
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-enrollments-2-1-0"],),
                            context="POST /enrollments/{enrollmentId}/fido-registration",
                        ),
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-enrollments-2-1-0"],),
                            context="POST /enrollments/{enrollmentId}/fido-sign-options",
                        ),
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-enrollments-2-1-0"],),
                            context="POST /enrollments/{enrollmentId}/risk-signals",
                        ),
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-enrollments-2-1-0"],),
                            context="POST /consents/{consentId}/authorise",
                        ),
                    ),
                    scope=Scope(
                        endpoints=(
                            "POST /enrollments",
                            "PATCH /enrollments/{enrollmentId}",
                            "POST /enrollments/{enrollmentId}/fido-registration-options",
                            "POST /enrollments/{enrollmentId}/fido-registration",
                            "POST /enrollments/{enrollmentId}/fido-sign-options",
                            "POST /enrollments/{enrollmentId}/risk-signals",
                            "POST /consents/{consentId}/authorise",
                        )
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-enrollments-2-1-0"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brazil-enrollments-2-1-0"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/openfinancebrasil/enrollment_error/#PARAMETRO_INVALIDO",
                    message="Parâmetro inválido.",
                    notes="errors[].detail the file gives for it (POST /enrollments): “Parâmetro [nome_campo] não obedece as regras de formatação esperadas.”",
                ),
                CodeInfo(
                    value="ERRO_IDEMPOTENCIA",
                    description="Erro idempotência.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-enrollments-2-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-enrollments-2-1-0"],),
                            context="POST /enrollments",
                        ),
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-enrollments-2-1-0"],),
                            context="PATCH /enrollments/{enrollmentId}",
                        ),
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-enrollments-2-1-0"],),
                            context="POST /enrollments/{enrollmentId}/fido-registration-options",
                        ),
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-enrollments-2-1-0"],),
                            context="POST /enrollments/{enrollmentId}/fido-registration",
                        ),
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-enrollments-2-1-0"],),
                            context="POST /enrollments/{enrollmentId}/fido-sign-options",
                        ),
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-enrollments-2-1-0"],),
                            context="POST /enrollments/{enrollmentId}/risk-signals",
                        ),
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-enrollments-2-1-0"],),
                            context="POST /consents/{consentId}/authorise",
                        ),
                    ),
                    scope=Scope(
                        endpoints=(
                            "POST /enrollments",
                            "PATCH /enrollments/{enrollmentId}",
                            "POST /enrollments/{enrollmentId}/fido-registration-options",
                            "POST /enrollments/{enrollmentId}/fido-registration",
                            "POST /enrollments/{enrollmentId}/fido-sign-options",
                            "POST /enrollments/{enrollmentId}/risk-signals",
                            "POST /consents/{consentId}/authorise",
                        )
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-enrollments-2-1-0"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brazil-enrollments-2-1-0"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/openfinancebrasil/enrollment_error/#ERRO_IDEMPOTENCIA",
                    message="Erro idempotência.",
                    notes="errors[].detail the file gives for it (POST /enrollments): “Conteúdo da mensagem (claim data) diverge do conteúdo associado a esta chave de idempotência (x-idempotency-key).”",
                ),
                CodeInfo(
                    value="STATUS_INVALIDO",
                    description="O status do vínculo de conta não permite cancelamento.",
                    category=_C.REJECTED,
                    sources=(_S["brazil-enrollments-2-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-enrollments-2-1-0"],),
                            context="PATCH /enrollments/{enrollmentId}",
                        ),
                    ),
                    scope=Scope(endpoints=("PATCH /enrollments/{enrollmentId}",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-enrollments-2-1-0"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brazil-enrollments-2-1-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/enrollment_error/#STATUS_INVALIDO",
                    message="Status inválido.",
                ),
                CodeInfo(
                    value="MOTIVO_REJEICAO",
                    description="A rejeição do vínculo de conta exige um motivo associado.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-enrollments-2-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-enrollments-2-1-0"],),
                            context="PATCH /enrollments/{enrollmentId}",
                        ),
                    ),
                    scope=Scope(endpoints=("PATCH /enrollments/{enrollmentId}",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-enrollments-2-1-0"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brazil-enrollments-2-1-0"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/openfinancebrasil/enrollment_error/#MOTIVO_REJEICAO",
                    message="Motivo de rejeição não especificado.",
                    notes="errors[].detail the file gives for it (PATCH /enrollments/{enrollmentId}): “A rejeição do vínculo de conta deve estar associada a um motivo de rejeição.”",
                ),
                CodeInfo(
                    value="REJEITADO_OUTRO_SEM_DETALHES",
                    description="O uso do motivo REJEITADO_OUTRO, deve estar acompanhado de descrição (additionalInformation).",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-enrollments-2-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-enrollments-2-1-0"],),
                            context="PATCH /enrollments/{enrollmentId}",
                        ),
                    ),
                    scope=Scope(endpoints=("PATCH /enrollments/{enrollmentId}",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-enrollments-2-1-0"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brazil-enrollments-2-1-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/enrollment_error/#REJEITADO_OUTRO_SEM_DETALHES",
                    message="O campo additionalInformation é obrigatório.",
                ),
                CodeInfo(
                    value="MOTIVO_REVOGACAO",
                    description="A revogação do vínculo de conta exige um motivo associado.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-enrollments-2-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-enrollments-2-1-0"],),
                            context="PATCH /enrollments/{enrollmentId}",
                        ),
                    ),
                    scope=Scope(endpoints=("PATCH /enrollments/{enrollmentId}",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-enrollments-2-1-0"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brazil-enrollments-2-1-0"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/openfinancebrasil/enrollment_error/#MOTIVO_REVOGACAO",
                    message="Motivo de revogação não especificado.",
                    notes="errors[].detail the file gives for it (PATCH /enrollments/{enrollmentId}): “A revogação do vínculo de conta deve estar associada a um motivo de revogação.”",
                ),
                CodeInfo(
                    value="REVOGADO_OUTRO_SEM_DETALHES",
                    description="O uso do motivo REVOGADO_OUTRO deve estar acompanhado de descrição (additionalInformation)",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-enrollments-2-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-enrollments-2-1-0"],),
                            context="PATCH /enrollments/{enrollmentId}",
                        ),
                    ),
                    scope=Scope(endpoints=("PATCH /enrollments/{enrollmentId}",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-enrollments-2-1-0"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brazil-enrollments-2-1-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/enrollment_error/#REVOGADO_OUTRO_SEM_DETALHES",
                    message="O campo additionalInformation é obrigatório.",
                ),
                CodeInfo(
                    value="RP_INVALIDA",
                    description="O identificador da Relying Party informado não pode ser verificado.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-enrollments-2-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-enrollments-2-1-0"],),
                            context="POST /enrollments/{enrollmentId}/fido-registration-options",
                        ),
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-enrollments-2-1-0"],),
                            context="POST /enrollments/{enrollmentId}/fido-sign-options",
                        ),
                    ),
                    scope=Scope(
                        endpoints=(
                            "POST /enrollments/{enrollmentId}/fido-registration-options",
                            "POST /enrollments/{enrollmentId}/fido-sign-options",
                        )
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-enrollments-2-1-0"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brazil-enrollments-2-1-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/enrollment_error/#RP_INVALIDA",
                    message="Relying party inválida.",
                ),
                CodeInfo(
                    value="STATUS_VINCULO_INVALIDO",
                    description="O status do vínculo de conta é tal que não permite o registro de nova credencial.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-enrollments-2-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-enrollments-2-1-0"],),
                            context="POST /enrollments/{enrollmentId}/fido-registration-options",
                        ),
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-enrollments-2-1-0"],),
                            message="Status inválido do vínculo de conta.",
                            context="POST /enrollments/{enrollmentId}/fido-registration",
                        ),
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-enrollments-2-1-0"],),
                            cause="O status do vínculo de conta é tal que não permite assinatura.",
                            context="POST /enrollments/{enrollmentId}/fido-sign-options",
                            cause_by="provider",
                        ),
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-enrollments-2-1-0"],),
                            cause="O status do vínculo de conta é incompatível com a operação.",
                            context="POST /enrollments/{enrollmentId}/risk-signals",
                            cause_by="provider",
                        ),
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-enrollments-2-1-0"],),
                            cause="O vínculo de conta não possui status AUTHORISED.",
                            context="POST /consents/{consentId}/authorise",
                            cause_by="provider",
                        ),
                    ),
                    scope=Scope(
                        endpoints=(
                            "POST /enrollments/{enrollmentId}/fido-registration-options",
                            "POST /enrollments/{enrollmentId}/fido-registration",
                            "POST /enrollments/{enrollmentId}/fido-sign-options",
                            "POST /enrollments/{enrollmentId}/risk-signals",
                            "POST /consents/{consentId}/authorise",
                        )
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-enrollments-2-1-0"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brazil-enrollments-2-1-0"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/openfinancebrasil/enrollment_error/#STATUS_VINCULO_INVALIDO",
                    message="Status do vínculo de conta inválido.",
                    notes="errors[].detail the file gives for it (POST /enrollments/{enrollmentId}/fido-sign-options): “O status do vínculo de conta é tal que não permite assinatura.” errors[].detail the file gives for it (POST /enrollments/{enrollmentId}/risk-signals): “O status do vínculo de conta é incompatível com a operação.” errors[].detail the file gives for it (POST /consents/{consentId}/authorise): “O vínculo de conta não possui status AUTHORISED.”",
                ),
                CodeInfo(
                    value="ORIGEM_FIDO_INVALIDA",
                    description="O valor contido no campo [response.clientDataJSON.origin](https://www.w3.org/TR/webauthn-2/#dom-authenticatorresponse-clientdatajson) não pode ser verificado.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-enrollments-2-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-enrollments-2-1-0"],),
                            context="POST /enrollments/{enrollmentId}/fido-registration",
                        ),
                    ),
                    scope=Scope(endpoints=("POST /enrollments/{enrollmentId}/fido-registration",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-enrollments-2-1-0"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brazil-enrollments-2-1-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/enrollment_error/#ORIGEM_FIDO_INVALIDA",
                    message='"Origin" não pode ser verificada.',
                ),
                CodeInfo(
                    value="RP_ID_HASH_INVALIDO",
                    description="O valor contido no campo [data.response.attestationObject.authData.rpIdHash](https://www.w3.org/TR/webauthn-2/#sctn-authenticator-data) não pode ser verificado.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-enrollments-2-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-enrollments-2-1-0"],),
                            context="POST /enrollments/{enrollmentId}/fido-registration",
                        ),
                    ),
                    scope=Scope(endpoints=("POST /enrollments/{enrollmentId}/fido-registration",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-enrollments-2-1-0"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brazil-enrollments-2-1-0"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/openfinancebrasil/enrollment_error/#RP_ID_HASH_INVALIDO",
                    message='"RpIdHash" não pode ser verificado.',
                    notes="errors[].detail the file gives for it (POST /enrollments/{enrollmentId}/fido-registration): “O valor contido no campo [response.attestationObject.authData.rpIdHash](https://www.w3.org/TR/webauthn-2/#sctn-authenticator-data) não pode ser verificado.” The FIDO registration schema's three lists describe this code under the label RP_INVALIDA (its title there: “\"RpIdHash\" não pode ser verificado.”), which is not in that enum; the texts are read as this code's.",
                ),
                CodeInfo(
                    value="CHALLENGE_INVALIDO",
                    description="O campo [response.clientDataJSON.challenge](https://www.w3.org/TR/webauthn-2/#dom-authenticatorresponse-clientdatajson) possui valor codificado diferente do valor gerado pelo servidor.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-enrollments-2-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-enrollments-2-1-0"],),
                            context="POST /enrollments/{enrollmentId}/fido-registration",
                        ),
                    ),
                    scope=Scope(endpoints=("POST /enrollments/{enrollmentId}/fido-registration",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-enrollments-2-1-0"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brazil-enrollments-2-1-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/enrollment_error/#CHALLENGE_INVALIDO",
                    message="Challenge inválido.",
                ),
                CodeInfo(
                    value="PUBLIC_KEY_INVALIDA",
                    description="A chave pública enviada é incompatível com as definições do servidor FIDO2.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-enrollments-2-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-enrollments-2-1-0"],),
                            context="POST /enrollments/{enrollmentId}/fido-registration",
                        ),
                    ),
                    scope=Scope(endpoints=("POST /enrollments/{enrollmentId}/fido-registration",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-enrollments-2-1-0"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brazil-enrollments-2-1-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/enrollment_error/#PUBLIC_KEY_INVALIDA",
                    message="Chave pública inválida.",
                ),
                CodeInfo(
                    value="EXTENSION_INVALIDA",
                    description="As extensões extraídas são incompatíveis com as diretrizes de segurança do servidor FIDO2.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-enrollments-2-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-enrollments-2-1-0"],),
                            context="POST /enrollments/{enrollmentId}/fido-registration",
                        ),
                    ),
                    scope=Scope(endpoints=("POST /enrollments/{enrollmentId}/fido-registration",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-enrollments-2-1-0"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brazil-enrollments-2-1-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/enrollment_error/#EXTENSION_INVALIDA",
                    message="Extensões inválidas.",
                ),
                CodeInfo(
                    value="STATUS_CONSENTIMENTO_INVALIDO",
                    description="O status do consentimento não permite autorização.",
                    category=_C.SESSION_EXPIRED,
                    sources=(_S["brazil-enrollments-2-1-0"],),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-enrollments-2-1-0"],),
                            context="POST /enrollments/{enrollmentId}/fido-sign-options",
                        ),
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-enrollments-2-1-0"],),
                            cause="O consentimento de pagamentos não possui status AWAITING_AUTHORISATION.",
                            message="Status do consentimento inválido.",
                            context="POST /consents/{consentId}/authorise",
                            cause_by="provider",
                        ),
                    ),
                    scope=Scope(
                        endpoints=(
                            "POST /enrollments/{enrollmentId}/fido-sign-options",
                            "POST /consents/{consentId}/authorise",
                        )
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-enrollments-2-1-0"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brazil-enrollments-2-1-0"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/openfinancebrasil/enrollment_error/#STATUS_CONSENTIMENTO_INVALIDO",
                    message="Status do consentimento de pagamento inválido.",
                    notes="errors[].detail the file gives for it (POST /consents/{consentId}/authorise): “O consentimento de pagamentos não possui status AWAITING_AUTHORISATION.”",
                ),
                CodeInfo(
                    value="FALTAM_SINAIS_OBRIGATORIOS_DA_PLATAFORMA",
                    description="Os sinais obrigatórios para a plataforma do usuário não foram enviados em sua totalidade.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-enrollments-2-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-enrollments-2-1-0"],),
                            context="POST /enrollments/{enrollmentId}/risk-signals",
                        ),
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-enrollments-2-1-0"],),
                            message="Falta de sinais obrigatórios para a plataforma do usuário.",
                            context="POST /consents/{consentId}/authorise",
                        ),
                    ),
                    scope=Scope(
                        endpoints=(
                            "POST /enrollments/{enrollmentId}/risk-signals",
                            "POST /consents/{consentId}/authorise",
                        )
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-enrollments-2-1-0"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brazil-enrollments-2-1-0"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/openfinancebrasil/enrollment_error/#FALTAM_SINAIS_OBRIGATORIOS_DA_PLATAFORMA",
                    message="Os sinais obrigatórios para a plataforma do usuário não foram enviados em sua totalidade.",
                    notes="The Automatic Payments API 2.0.0 spells its counterpart FALTAM_SINAIS_OBRIGATORIOS_PLATAFORMA.",
                ),
                CodeInfo(
                    value="RISCO",
                    description="Validação síncrona dos sinais de risco impediram a ativação do consentimento.",
                    category=_C.REJECTED,
                    sources=(_S["brazil-enrollments-2-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-enrollments-2-1-0"],),
                            context="POST /consents/{consentId}/authorise",
                        ),
                    ),
                    scope=Scope(endpoints=("POST /consents/{consentId}/authorise",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-enrollments-2-1-0"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brazil-enrollments-2-1-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/enrollment_error/#RISCO",
                    message="Validação síncrona dos sinais de risco impediram a ativação do consentimento.",
                ),
                CodeInfo(
                    value="CONTA_DEBITO_DIVERGENTE_CONSENTIMENTO_VINCULO",
                    description="A conta de débito informada pelo iniciador não condiz com a conta de débito vinculada ao dispositivo.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-enrollments-2-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-enrollments-2-1-0"],),
                            context="POST /consents/{consentId}/authorise",
                        ),
                    ),
                    scope=Scope(endpoints=("POST /consents/{consentId}/authorise",)),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-enrollments-2-1-0"],),
                        ),
                        Wording(
                            field="message",
                            by="provider",
                            sources=(_S["brazil-enrollments-2-1-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/enrollment_error/#CONTA_DEBITO_DIVERGENTE_CONSENTIMENTO_VINCULO",
                    message="A conta de débito informada pelo iniciador não condiz com a conta de débito vinculada ao dispositivo.",
                ),
            ),
        ),
        {},
    )
    return EnrollmentError


def _EnrollmentRejectionReason() -> type[CodeEnum]:
    class EnrollmentRejectionReason(CodeEnum):
        """Enrollment rejection reason (Enrollments API 2.1.0): Why an enrollment was rejected (before it was authorised): cancellation.reason.rejectionReason, in the enrollment and in the PATCH that cancels one. Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes no English text.

        Wire field: data.cancellation.reason.rejectionReason."""

        REJEITADO_TEMPO_EXPIRADO_RISK_SIGNALS = "REJEITADO_TEMPO_EXPIRADO_RISK_SIGNALS"
        REJEITADO_TEMPO_EXPIRADO_ACCOUNT_HOLDER_VALIDATION = (
            "REJEITADO_TEMPO_EXPIRADO_ACCOUNT_HOLDER_VALIDATION"
        )
        REJEITADO_TEMPO_EXPIRADO_ENROLLMENT = "REJEITADO_TEMPO_EXPIRADO_ENROLLMENT"
        REJEITADO_MAXIMO_CHALLENGES_ATINGIDO = "REJEITADO_MAXIMO_CHALLENGES_ATINGIDO"
        REJEITADO_MANUALMENTE = "REJEITADO_MANUALMENTE"
        REJEITADO_DISPOSITIVO_INCOMPATIVEL = "REJEITADO_DISPOSITIVO_INCOMPATIVEL"
        REJEITADO_FALHA_INFRAESTRUTURA = "REJEITADO_FALHA_INFRAESTRUTURA"
        REJEITADO_FALHA_HYBRID_FLOW = "REJEITADO_FALHA_HYBRID_FLOW"
        REJEITADO_FALHA_FIDO = "REJEITADO_FALHA_FIDO"
        REJEITADO_SEGURANCA_INTERNA = "REJEITADO_SEGURANCA_INTERNA"
        REJEITADO_OUTRO = "REJEITADO_OUTRO"

    register(
        EnrollmentRejectionReason,
        lambda: (
            CodeSetInfo(
                provider="openfinancebrasil",
                id="enrollment_rejection_reason",
                title="Enrollment rejection reason (Enrollments API 2.1.0)",
                description="Why an enrollment was rejected (before it was authorised): cancellation.reason.rejectionReason, in the enrollment and in the PATCH that cancels one. Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes no English text.",
                field="data.cancellation.reason.rejectionReason",
                sources=(_S["brazil-enrollments-2-1-0"],),
            ),
            (
                CodeInfo(
                    value="REJEITADO_TEMPO_EXPIRADO_RISK_SIGNALS",
                    description='Expiração automática devido a timeout no status "AWAITING_RISK_SIGNALS". O envio de sinais de risco não foi concluído.',
                    category=_C.SESSION_EXPIRED,
                    sources=(_S["brazil-enrollments-2-1-0"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-enrollments-2-1-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/enrollment_rejection_reason/#REJEITADO_TEMPO_EXPIRADO_RISK_SIGNALS",
                ),
                CodeInfo(
                    value="REJEITADO_TEMPO_EXPIRADO_ACCOUNT_HOLDER_VALIDATION",
                    description='Expiração automática devido a timeout no status "AWAITING_ACCOUNT_HOLDER_VALIDATION". O processo de redirecionamento não foi concluído com sucesso.',
                    category=_C.SESSION_EXPIRED,
                    sources=(_S["brazil-enrollments-2-1-0"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-enrollments-2-1-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/enrollment_rejection_reason/#REJEITADO_TEMPO_EXPIRADO_ACCOUNT_HOLDER_VALIDATION",
                ),
                CodeInfo(
                    value="REJEITADO_TEMPO_EXPIRADO_ENROLLMENT",
                    description='Expiração automática devido a timeout no status "AWAITING_ENROLLMENT". O processo de criação e envio de credenciais FIDO2 não foi concluído com sucesso.',
                    category=_C.SESSION_EXPIRED,
                    sources=(_S["brazil-enrollments-2-1-0"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-enrollments-2-1-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/enrollment_rejection_reason/#REJEITADO_TEMPO_EXPIRADO_ENROLLMENT",
                ),
                CodeInfo(
                    value="REJEITADO_MAXIMO_CHALLENGES_ATINGIDO",
                    description="Vínculo de conta rejeitado devido várias tentativas vínculo frustradas.",
                    category=_C.ATTEMPTS_EXHAUSTED,
                    sources=(_S["brazil-enrollments-2-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-enrollments-2-1-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/enrollment_rejection_reason/#REJEITADO_MAXIMO_CHALLENGES_ATINGIDO",
                ),
                CodeInfo(
                    value="REJEITADO_MANUALMENTE",
                    description="Cancelamento manual, explicitamente a pedido do usuário.",
                    category=_C.CANCELLED,
                    sources=(_S["brazil-enrollments-2-1-0"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-enrollments-2-1-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/enrollment_rejection_reason/#REJEITADO_MANUALMENTE",
                ),
                CodeInfo(
                    value="REJEITADO_DISPOSITIVO_INCOMPATIVEL",
                    description="Dispositivo não suporta o protocolo FIDO.",
                    category=_C.REJECTED,
                    sources=(_S["brazil-enrollments-2-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-enrollments-2-1-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/enrollment_rejection_reason/#REJEITADO_DISPOSITIVO_INCOMPATIVEL",
                ),
                CodeInfo(
                    value="REJEITADO_FALHA_INFRAESTRUTURA",
                    description="Falha na infraestrutura na detentora.",
                    category=_C.INSTITUTION_UNAVAILABLE,
                    sources=(_S["brazil-enrollments-2-1-0"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-enrollments-2-1-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/enrollment_rejection_reason/#REJEITADO_FALHA_INFRAESTRUTURA",
                ),
                CodeInfo(
                    value="REJEITADO_FALHA_HYBRID_FLOW",
                    description="Vínculo de conta rejeitado por falha técnica no processo de redirecionamento (por exemplo: troca de authorization code por access token no FAPI Hybrid flow)",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["brazil-enrollments-2-1-0"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-enrollments-2-1-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/enrollment_rejection_reason/#REJEITADO_FALHA_HYBRID_FLOW",
                ),
                CodeInfo(
                    value="REJEITADO_FALHA_FIDO",
                    description="Vínculo de conta rejeitado por falha técnica no processo de validação ou associação da credencial pública FIDO.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["brazil-enrollments-2-1-0"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-enrollments-2-1-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/enrollment_rejection_reason/#REJEITADO_FALHA_FIDO",
                ),
                CodeInfo(
                    value="REJEITADO_SEGURANCA_INTERNA",
                    description="Vínculo de conta rejeitado devido à política de segurança de instituição detentora ou iniciadora considerando a análise dos sinais de risco.",
                    category=_C.REJECTED,
                    sources=(_S["brazil-enrollments-2-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-enrollments-2-1-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/enrollment_rejection_reason/#REJEITADO_SEGURANCA_INTERNA",
                ),
                CodeInfo(
                    value="REJEITADO_OUTRO",
                    description='Outros motivos não descritos pelas demais. Indicar, neste caso, o motivo em "additionalInformation".',
                    category=_C.REJECTED,
                    sources=(_S["brazil-enrollments-2-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-enrollments-2-1-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/enrollment_rejection_reason/#REJEITADO_OUTRO",
                ),
            ),
        ),
        {},
    )
    return EnrollmentRejectionReason


def _EnrollmentRevocationReason() -> type[CodeEnum]:
    class EnrollmentRevocationReason(CodeEnum):
        """Enrollment revocation reason (Enrollments API 2.1.0): Why an authorised enrollment was revoked: cancellation.reason.revocationReason, in the enrollment and in the PATCH that cancels one. Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes no English text.

        Wire field: data.cancellation.reason.revocationReason."""

        REVOGADO_MANUALMENTE = "REVOGADO_MANUALMENTE"
        REVOGADO_VALIDADE_EXPIRADA = "REVOGADO_VALIDADE_EXPIRADA"
        REVOGADO_FALHA_INFRAESTRUTURA = "REVOGADO_FALHA_INFRAESTRUTURA"
        REVOGADO_SEGURANCA_INTERNA = "REVOGADO_SEGURANCA_INTERNA"
        REVOGADO_OUTRO = "REVOGADO_OUTRO"

    register(
        EnrollmentRevocationReason,
        lambda: (
            CodeSetInfo(
                provider="openfinancebrasil",
                id="enrollment_revocation_reason",
                title="Enrollment revocation reason (Enrollments API 2.1.0)",
                description="Why an authorised enrollment was revoked: cancellation.reason.revocationReason, in the enrollment and in the PATCH that cancels one. Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes no English text.",
                field="data.cancellation.reason.revocationReason",
                sources=(_S["brazil-enrollments-2-1-0"],),
            ),
            (
                CodeInfo(
                    value="REVOGADO_MANUALMENTE",
                    description="Cancelamento manual, explicitamente a mando do usuário.",
                    category=_C.CANCELLED,
                    sources=(_S["brazil-enrollments-2-1-0"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-enrollments-2-1-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/enrollment_revocation_reason/#REVOGADO_MANUALMENTE",
                ),
                CodeInfo(
                    value="REVOGADO_VALIDADE_EXPIRADA",
                    description="Expiração automática ao atingir o prazo limite do vínculo de conta.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["brazil-enrollments-2-1-0"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-enrollments-2-1-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/enrollment_revocation_reason/#REVOGADO_VALIDADE_EXPIRADA",
                ),
                CodeInfo(
                    value="REVOGADO_FALHA_INFRAESTRUTURA",
                    description="Falha na infraestrutura na detentora.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["brazil-enrollments-2-1-0"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-enrollments-2-1-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/enrollment_revocation_reason/#REVOGADO_FALHA_INFRAESTRUTURA",
                ),
                CodeInfo(
                    value="REVOGADO_SEGURANCA_INTERNA",
                    description="Vínculo de conta rejeitado devido à políticas de segurança tanto da iniciadora quanto da detentora.",
                    category=_C.REJECTED,
                    sources=(_S["brazil-enrollments-2-1-0"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-enrollments-2-1-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/enrollment_revocation_reason/#REVOGADO_SEGURANCA_INTERNA",
                ),
                CodeInfo(
                    value="REVOGADO_OUTRO",
                    description='Outros motivos não descritos pelas demais. Indicar, neste caso, o motivo em "additionalInformation".',
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["brazil-enrollments-2-1-0"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-enrollments-2-1-0"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/enrollment_revocation_reason/#REVOGADO_OUTRO",
                ),
            ),
        ),
        {},
    )
    return EnrollmentRevocationReason


def _DataConsentCreateError() -> type[CodeEnum]:
    class DataConsentCreateError(CodeEnum):
        """Data sharing consent creation error (HTTP 422, API Consents 3.3.1): The code of an HTTP 422 error when a consent to share customer data is created (POST /consents of the Consents API, not the payment consents of the Payments API). The body is plain JSON (application/json; charset=utf-8), {errors:[{code,title,detail}],meta}. The file gives a text for ERRO_NAO_MAPEADO alone, so the other descriptions are bankcodes' wording. Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes no English text.

        Wire field: errors[].code (HTTP 422 of POST /consents; application/json)."""

        SEM_PERMISSOES_FUNCIONAIS_RESTANTES = "SEM_PERMISSOES_FUNCIONAIS_RESTANTES"
        INFORMACOES_PJ_NAO_INFORMADAS = "INFORMACOES_PJ_NAO_INFORMADAS"
        PERMISSOES_PJ_INCORRETAS = "PERMISSOES_PJ_INCORRETAS"
        PERMISSAO_PF_PJ_EM_CONJUNTO = "PERMISSAO_PF_PJ_EM_CONJUNTO"
        COMBINACAO_PERMISSOES_INCORRETA = "COMBINACAO_PERMISSOES_INCORRETA"
        DATA_EXPIRACAO_INVALIDA = "DATA_EXPIRACAO_INVALIDA"
        ERRO_NAO_MAPEADO = "ERRO_NAO_MAPEADO"

    register(
        DataConsentCreateError,
        lambda: (
            CodeSetInfo(
                provider="openfinancebrasil",
                id="data_consent_create_error",
                title="Data sharing consent creation error (HTTP 422, API Consents 3.3.1)",
                description="The code of an HTTP 422 error when a consent to share customer data is created (POST /consents of the Consents API, not the payment consents of the Payments API). The body is plain JSON (application/json; charset=utf-8), {errors:[{code,title,detail}],meta}. The file gives a text for ERRO_NAO_MAPEADO alone, so the other descriptions are bankcodes' wording. Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes no English text.",
                field="errors[].code (HTTP 422 of POST /consents; application/json)",
                sources=(_S["brazil-consents-3-3-1"],),
            ),
            (
                CodeInfo(
                    value="SEM_PERMISSOES_FUNCIONAIS_RESTANTES",
                    description="None of the permissions asked for is left once those the data transmitter does not offer are taken out.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-consents-3-3-1"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-consents-3-3-1"],),
                            context="POST /consents",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/openfinancebrasil/data_consent_create_error/#SEM_PERMISSOES_FUNCIONAIS_RESTANTES",
                    editorial=True,
                    notes="The file gives no text for it: the enum's description only lists the codes, so the description is bankcodes' wording. The file's introduction: “Caso não restem permissões funcionais, a instituição transmissora deve retornar o erro HTTP Code \"422 Unprocessable Entity\".”",
                ),
                CodeInfo(
                    value="INFORMACOES_PJ_NAO_INFORMADAS",
                    description="The information on the business customer (a legal entity, PJ) that the consent needs was not given.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-consents-3-3-1"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-consents-3-3-1"],),
                            context="POST /consents",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/openfinancebrasil/data_consent_create_error/#INFORMACOES_PJ_NAO_INFORMADAS",
                    editorial=True,
                    notes="The file gives no text for it: the enum's description only lists the codes, so the description is bankcodes' wording.",
                ),
                CodeInfo(
                    value="PERMISSOES_PJ_INCORRETAS",
                    description="The permissions asked for are not the ones a business customer's (PJ) consent may hold.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-consents-3-3-1"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-consents-3-3-1"],),
                            context="POST /consents",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/openfinancebrasil/data_consent_create_error/#PERMISSOES_PJ_INCORRETAS",
                    editorial=True,
                    notes="The file gives no text for it: the enum's description only lists the codes, so the description is bankcodes' wording.",
                ),
                CodeInfo(
                    value="PERMISSAO_PF_PJ_EM_CONJUNTO",
                    description="The consent asks for the permissions of an individual (PF) and of a business (PJ) together.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-consents-3-3-1"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-consents-3-3-1"],),
                            context="POST /consents",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/openfinancebrasil/data_consent_create_error/#PERMISSAO_PF_PJ_EM_CONJUNTO",
                    editorial=True,
                    notes="The file gives no text for it: the enum's description only lists the codes, so the description is bankcodes' wording.",
                ),
                CodeInfo(
                    value="COMBINACAO_PERMISSOES_INCORRETA",
                    description="The combination of permissions asked for is not valid.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-consents-3-3-1"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-consents-3-3-1"],),
                            context="POST /consents",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/openfinancebrasil/data_consent_create_error/#COMBINACAO_PERMISSOES_INCORRETA",
                    editorial=True,
                    notes="The file gives no text for it: the enum's description only lists the codes, so the description is bankcodes' wording.",
                ),
                CodeInfo(
                    value="DATA_EXPIRACAO_INVALIDA",
                    description="The consent's expiration date is not valid.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-consents-3-3-1"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-consents-3-3-1"],),
                            context="POST /consents",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/openfinancebrasil/data_consent_create_error/#DATA_EXPIRACAO_INVALIDA",
                    editorial=True,
                    notes="The file gives no text for it: the enum's description only lists the codes, so the description is bankcodes' wording. Added in version 3.1.0 of the API.",
                ),
                CodeInfo(
                    value="ERRO_NAO_MAPEADO",
                    description="A opção “ERRO_NAO_MAPEADO” só deve ser utilizada caso não haja um code especifico mapeado para o erro.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["brazil-consents-3-3-1"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-consents-3-3-1"],),
                            context="POST /consents",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-consents-3-3-1"],),
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/openfinancebrasil/data_consent_create_error/#ERRO_NAO_MAPEADO",
                    notes="The description is the closing sentence of the enum's description in the file, the one text it gives for a code here. Added in version 3.1.0 of the API.",
                ),
            ),
        ),
        {},
    )
    return DataConsentCreateError


def _DataConsentRenewalError() -> type[CodeEnum]:
    class DataConsentRenewalError(CodeEnum):
        """Data sharing consent renewal error (HTTP 422, API Consents 3.3.1): The code of an HTTP 422 error when a consent to share customer data is renewed without redirection (POST /consents/{consentId}/extends; the file's schema 422ResponseErrorCreateConsent, despite its name, serves this endpoint alone). description is the code's text in the file's list for errors[].code and message its text for errors[].title; notes quote its text for errors[].detail. Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes no English text.

        Wire field: errors[].code (HTTP 422 of POST /consents/{consentId}/extends; application/json)."""

        DEPENDE_MULTIPLA_ALCADA = "DEPENDE_MULTIPLA_ALCADA"
        ESTADO_CONSENTIMENTO_INVALIDO = "ESTADO_CONSENTIMENTO_INVALIDO"
        DATA_EXPIRACAO_INVALIDA = "DATA_EXPIRACAO_INVALIDA"
        ERRO_NAO_MAPEADO = "ERRO_NAO_MAPEADO"

    register(
        DataConsentRenewalError,
        lambda: (
            CodeSetInfo(
                provider="openfinancebrasil",
                id="data_consent_renewal_error",
                title="Data sharing consent renewal error (HTTP 422, API Consents 3.3.1)",
                description="The code of an HTTP 422 error when a consent to share customer data is renewed without redirection (POST /consents/{consentId}/extends; the file's schema 422ResponseErrorCreateConsent, despite its name, serves this endpoint alone). description is the code's text in the file's list for errors[].code and message its text for errors[].title; notes quote its text for errors[].detail. Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes no English text.",
                field="errors[].code (HTTP 422 of POST /consents/{consentId}/extends; application/json)",
                sources=(_S["brazil-consents-3-3-1"],),
            ),
            (
                CodeInfo(
                    value="DEPENDE_MULTIPLA_ALCADA",
                    description="Necessário aprovação de múltipla alçada.",
                    category=_C.ACTION_REQUIRED_AT_INSTITUTION,
                    sources=(_S["brazil-consents-3-3-1"],),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-consents-3-3-1"],),
                            context="POST /consents/{consentId}/extends",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-consents-3-3-1"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["brazil-consents-3-3-1"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/openfinancebrasil/data_consent_renewal_error/#DEPENDE_MULTIPLA_ALCADA",
                    message="Necessário aprovação de múltipla alçada.",
                    notes="errors[].detail the file gives for it: “O consentimento informado não pode ser renovado sem redirecionamento porque depende de múltipla alçada para aprovação.”",
                ),
                CodeInfo(
                    value="ESTADO_CONSENTIMENTO_INVALIDO",
                    description="Estado inválido do consentimento.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["brazil-consents-3-3-1"],),
                    retryable=False,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-consents-3-3-1"],),
                            context="POST /consents/{consentId}/extends",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-consents-3-3-1"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["brazil-consents-3-3-1"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/openfinancebrasil/data_consent_renewal_error/#ESTADO_CONSENTIMENTO_INVALIDO",
                    message="Estado inválido do consentimento.",
                    notes="errors[].detail the file gives for it: “O consentimento informado não pode ser renovado sem redirecionamento porque está em um estado que não permite a renovação.”",
                ),
                CodeInfo(
                    value="DATA_EXPIRACAO_INVALIDA",
                    description="Nova data para expiração do consentimento é inválida.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-consents-3-3-1"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-consents-3-3-1"],),
                            context="POST /consents/{consentId}/extends",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-consents-3-3-1"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["brazil-consents-3-3-1"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/openfinancebrasil/data_consent_renewal_error/#DATA_EXPIRACAO_INVALIDA",
                    message="Nova data para expiração do consentimento é inválida.",
                    notes="errors[].detail the file gives for it: “O consentimento informado não pode ser renovado pois a nova data de expiração não segue a convenção do ecossistema.”",
                ),
                CodeInfo(
                    value="ERRO_NAO_MAPEADO",
                    description="Utilizado quando não houver um code de erro definido.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["brazil-consents-3-3-1"],),
                    retryable=True,
                    end_user_can_retry=True,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-consents-3-3-1"],),
                            context="POST /consents/{consentId}/extends",
                        ),
                    ),
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-consents-3-3-1"],),
                        ),
                        Wording(
                            field="message", by="provider", sources=(_S["brazil-consents-3-3-1"],)
                        ),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/openfinancebrasil/data_consent_renewal_error/#ERRO_NAO_MAPEADO",
                    message="Utilizado quando não houver um code de erro definido. O texto deve deixar claro o motivo do erro ocorrido.",
                    notes="errors[].detail the file gives for it: “Utilizado quando não houver um code de erro definido. O texto deve deixar claro o motivo do erro ocorrido.” Added in version 3.1.0 of the API.",
                ),
            ),
        ),
        {},
    )
    return DataConsentRenewalError


def _DataConsentRevocationError() -> type[CodeEnum]:
    class DataConsentRevocationError(CodeEnum):
        """Data sharing consent revocation error (HTTP 422, API Consents 3.3.1): The code of an HTTP 422 error when a consent to share customer data is revoked (DELETE /consents/{consentId}). Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes no English text.

        Wire field: errors[].code (HTTP 422 of DELETE /consents/{consentId}; application/json)."""

        CONSENTIMENTO_EM_STATUS_REJEITADO = "CONSENTIMENTO_EM_STATUS_REJEITADO"

    register(
        DataConsentRevocationError,
        lambda: (
            CodeSetInfo(
                provider="openfinancebrasil",
                id="data_consent_revocation_error",
                title="Data sharing consent revocation error (HTTP 422, API Consents 3.3.1)",
                description="The code of an HTTP 422 error when a consent to share customer data is revoked (DELETE /consents/{consentId}). Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes no English text.",
                field="errors[].code (HTTP 422 of DELETE /consents/{consentId}; application/json)",
                sources=(_S["brazil-consents-3-3-1"],),
            ),
            (
                CodeInfo(
                    value="CONSENTIMENTO_EM_STATUS_REJEITADO",
                    description="The consent to be revoked is already REJECTED.",
                    category=_C.INTEGRATION_ERROR,
                    sources=(_S["brazil-consents-3-3-1"],),
                    retryable=False,
                    end_user_can_retry=False,
                    http=(
                        HttpStatus(
                            status=422,
                            sources=(_S["brazil-consents-3-3-1"],),
                            context="DELETE /consents/{consentId}",
                        ),
                    ),
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/openfinancebrasil/data_consent_revocation_error/#CONSENTIMENTO_EM_STATUS_REJEITADO",
                    editorial=True,
                    notes="The file gives no text for the code itself; the description is bankcodes' reading of its name and of the file's introduction: “Caso o método `DELETE` seja chamado para um consentimento que já se encontra no `STATUS REJECTED` deve se retornar o STATUS CODE 422.”",
                ),
            ),
        ),
        {},
    )
    return DataConsentRevocationError


def _DataConsentStatus() -> type[CodeEnum]:
    class DataConsentStatus(CodeEnum):
        """Data sharing consent status (API Consents 3.3.1): The status of a consent to share customer data (the Consents API; a payment consent's status is consent_status). REJECTED comes with rejection (who rejected the consent and why); an unauthorised consent becomes REJECTED after 60 minutes. The file gives no text per value: the descriptions are bankcodes' wording of its introduction, quoted in the notes. Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes no English text.

        Wire field: data.status (ResponseConsent, ResponseConsentRead, ResponseConsentExtensions)."""

        AUTHORISED = "AUTHORISED"
        AWAITING_AUTHORISATION = "AWAITING_AUTHORISATION"
        REJECTED = "REJECTED"

    register(
        DataConsentStatus,
        lambda: (
            CodeSetInfo(
                provider="openfinancebrasil",
                id="data_consent_status",
                title="Data sharing consent status (API Consents 3.3.1)",
                description="The status of a consent to share customer data (the Consents API; a payment consent's status is consent_status). REJECTED comes with rejection (who rejected the consent and why); an unauthorised consent becomes REJECTED after 60 minutes. The file gives no text per value: the descriptions are bankcodes' wording of its introduction, quoted in the notes. Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes no English text.",
                field="data.status (ResponseConsent, ResponseConsentRead, ResponseConsentExtensions)",
                states=True,
                sources=(_S["brazil-consents-3-3-1"],),
            ),
            (
                CodeInfo(
                    value="AUTHORISED",
                    description="The customer authenticated and confirmed the consent at the data transmitter.",
                    category=_C.SUCCESS,
                    sources=(_S["brazil-consents-3-3-1"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/openfinancebrasil/data_consent_status/#AUTHORISED",
                    editorial=True,
                    notes="The file's status enum (“Estado atual do consentimento cadastrado.”) gives no text per value; the description is bankcodes' wording of its introduction: “O `STATUS` será alterado para `AUTHORISED` somente após autenticação e confirmação por parte do usuário na instituição transmissora dos dados.”",
                ),
                CodeInfo(
                    value="AWAITING_AUTHORISATION",
                    description="The consent was created and awaits the customer's authorisation at the data transmitter.",
                    category=_C.PENDING,
                    sources=(_S["brazil-consents-3-3-1"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/openfinancebrasil/data_consent_status/#AWAITING_AUTHORISATION",
                    editorial=True,
                    notes="The file's status enum gives no text per value; the description is bankcodes' wording of its introduction: “Após o `POST` de criação do consentimento, o `STATUS` devolvido na resposta deverá ser `AWAITING_AUTHORISATION`.”",
                ),
                CodeInfo(
                    value="REJECTED",
                    description="The consent was rejected, revoked or expired: rejection gives who rejected it and why.",
                    category=_C.REJECTED,
                    sources=(_S["brazil-consents-3-3-1"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(field="description", by="bankcodes"),
                        Wording(field="notes", by="bankcodes"),
                    ),
                    page="reference/openfinancebrasil/data_consent_status/#REJECTED",
                    editorial=True,
                    notes="The file's status enum gives no text per value; the description is bankcodes' wording. Its introduction: “Caso não haja confirmação por parte do usuário na transmissora, o status do consentimento deve ser alterado de `AWAITING_AUTHORISATION` para `REJECTED` após 60 minutos.” The API has no status of its own for a revoked consent: it reads REJECTED, with the reason CUSTOMER_MANUALLY_REVOKED.",
                    state="consent_ended",
                    state_reason="REJECTED covers a rejected, expired or revoked consent: its rejection reason tells which.",
                ),
            ),
        ),
        {},
    )
    return DataConsentStatus


def _DataConsentRejectionReason() -> type[CodeEnum]:
    class DataConsentRejectionReason(CodeEnum):
        """Data sharing consent rejection reason (API Consents 3.3.1): Why a consent to share customer data was rejected, revoked or expired: rejection.reason.code, sent with status REJECTED (GET /consents/{consentId}); rejection.reason.additionalInformation may add up to 140 characters at the data transmitter's discretion. The descriptions are the file's, after the dash of each item of its list. Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes no English text.

        Wire field: data.rejection.reason.code (when data.status is REJECTED)."""

        CONSENT_EXPIRED = "CONSENT_EXPIRED"
        CUSTOMER_MANUALLY_REJECTED = "CUSTOMER_MANUALLY_REJECTED"
        CUSTOMER_MANUALLY_REVOKED = "CUSTOMER_MANUALLY_REVOKED"
        CONSENT_MAX_DATE_REACHED = "CONSENT_MAX_DATE_REACHED"
        CONSENT_TECHNICAL_ISSUE = "CONSENT_TECHNICAL_ISSUE"
        INTERNAL_SECURITY_REASON = "INTERNAL_SECURITY_REASON"

    register(
        DataConsentRejectionReason,
        lambda: (
            CodeSetInfo(
                provider="openfinancebrasil",
                id="data_consent_rejection_reason",
                title="Data sharing consent rejection reason (API Consents 3.3.1)",
                description="Why a consent to share customer data was rejected, revoked or expired: rejection.reason.code, sent with status REJECTED (GET /consents/{consentId}); rejection.reason.additionalInformation may add up to 140 characters at the data transmitter's discretion. The descriptions are the file's, after the dash of each item of its list. Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes no English text.",
                field="data.rejection.reason.code (when data.status is REJECTED)",
                sources=(_S["brazil-consents-3-3-1"],),
            ),
            (
                CodeInfo(
                    value="CONSENT_EXPIRED",
                    description="consentimento que ultrapassou o tempo limite para autorização.",
                    category=_C.SESSION_EXPIRED,
                    sources=(_S["brazil-consents-3-3-1"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-consents-3-3-1"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/data_consent_rejection_reason/#CONSENT_EXPIRED",
                ),
                CodeInfo(
                    value="CUSTOMER_MANUALLY_REJECTED",
                    description="cliente efetuou a rejeição do consentimento manualmente através de interação nas instituições participantes.",
                    category=_C.CANCELLED,
                    sources=(_S["brazil-consents-3-3-1"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-consents-3-3-1"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/data_consent_rejection_reason/#CUSTOMER_MANUALLY_REJECTED",
                ),
                CodeInfo(
                    value="CUSTOMER_MANUALLY_REVOKED",
                    description="cliente efetuou a revogação após a autorização do consentimento.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["brazil-consents-3-3-1"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-consents-3-3-1"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/data_consent_rejection_reason/#CUSTOMER_MANUALLY_REVOKED",
                    state="revoked",
                    state_reason="The customer revoked the consent.",
                ),
                CodeInfo(
                    value="CONSENT_MAX_DATE_REACHED",
                    description="consentimento que ultrapassou o tempo limite de compartilhamento.",
                    category=_C.RECONNECT_REQUIRED,
                    sources=(_S["brazil-consents-3-3-1"],),
                    retryable=False,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-consents-3-3-1"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/data_consent_rejection_reason/#CONSENT_MAX_DATE_REACHED",
                    next_step="renew_consent",
                    state="consent_ended",
                    state_reason="The consent passed its sharing period.",
                ),
                CodeInfo(
                    value="CONSENT_TECHNICAL_ISSUE",
                    description="consentimento que foi rejeitado devido a um problema técnico que impossibilita seu uso pela instituição receptora, por exemplo: falha associada a troca do AuthCode pelo AccessToken, durante o processo de Hybrid Flow.",
                    category=_C.GENERIC_FAILURE,
                    sources=(_S["brazil-consents-3-3-1"],),
                    retryable=True,
                    end_user_can_retry=True,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-consents-3-3-1"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/data_consent_rejection_reason/#CONSENT_TECHNICAL_ISSUE",
                ),
                CodeInfo(
                    value="INTERNAL_SECURITY_REASON",
                    description="consentimento que foi rejeitado devido as políticas de segurança aplicada pela instituição transmissora.",
                    category=_C.REJECTED,
                    sources=(_S["brazil-consents-3-3-1"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-consents-3-3-1"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/data_consent_rejection_reason/#INTERNAL_SECURITY_REASON",
                ),
            ),
        ),
        {},
    )
    return DataConsentRejectionReason


def _DataConsentRejectedBy() -> type[CodeEnum]:
    class DataConsentRejectedBy(CodeEnum):
        """Who rejected a data sharing consent (API Consents 3.3.1): Who rejected a consent to share customer data (“Informar usuário responsável pela rejeição.”): the customer, the data transmitter (ASPSP) or the data receiver (TPP). It names an actor, not an outcome: the reason is rejection.reason.code. Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes no English text.

        Wire field: data.rejection.rejectedBy (when data.status is REJECTED)."""

        USER = "USER"
        ASPSP = "ASPSP"
        TPP = "TPP"

    register(
        DataConsentRejectedBy,
        lambda: (
            CodeSetInfo(
                provider="openfinancebrasil",
                id="data_consent_rejected_by",
                title="Who rejected a data sharing consent (API Consents 3.3.1)",
                description="Who rejected a consent to share customer data (“Informar usuário responsável pela rejeição.”): the customer, the data transmitter (ASPSP) or the data receiver (TPP). It names an actor, not an outcome: the reason is rejection.reason.code. Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes no English text.",
                field="data.rejection.rejectedBy (when data.status is REJECTED)",
                sources=(_S["brazil-consents-3-3-1"],),
            ),
            (
                CodeInfo(
                    value="USER",
                    description="usuário",
                    category=_C.INFORMATIONAL,
                    sources=(_S["brazil-consents-3-3-1"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-consents-3-3-1"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/data_consent_rejected_by/#USER",
                ),
                CodeInfo(
                    value="ASPSP",
                    description="instituição transmissora",
                    category=_C.INFORMATIONAL,
                    sources=(_S["brazil-consents-3-3-1"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-consents-3-3-1"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/data_consent_rejected_by/#ASPSP",
                ),
                CodeInfo(
                    value="TPP",
                    description="instituição receptora",
                    category=_C.INFORMATIONAL,
                    sources=(_S["brazil-consents-3-3-1"],),
                    retryable=False,
                    end_user_can_retry=False,
                    wording=(
                        Wording(
                            field="description",
                            by="provider",
                            sources=(_S["brazil-consents-3-3-1"],),
                        ),
                    ),
                    page="reference/openfinancebrasil/data_consent_rejected_by/#TPP",
                ),
            ),
        ),
        {},
    )
    return DataConsentRejectedBy


def _CODE_SETS() -> tuple[object, ...]:
    return tuple(
        getattr(_PUBLIC, name)
        for name in (
            "PaymentError",
            "PaymentRejectionReason",
            "ConsentRejectionReason",
            "PaymentStatus",
            "ConsentStatus",
            "RecurringConsentError",
            "RecurringPaymentError",
            "RecurringPaymentRejectionReason",
            "RecurringConsentRejectionReason",
            "RecurringConsentRevocationReason",
            "EnrollmentError",
            "EnrollmentRejectionReason",
            "EnrollmentRevocationReason",
            "DataConsentCreateError",
            "DataConsentRenewalError",
            "DataConsentRevocationError",
            "DataConsentStatus",
            "DataConsentRejectionReason",
            "DataConsentRejectedBy",
        )
    )
