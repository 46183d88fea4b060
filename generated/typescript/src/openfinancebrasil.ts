// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * Open Finance Brasil (https://www.bcb.gov.br/estabilidadefinanceira/openbanking): per code set,
 * its aliases, its category table, its constant (identifier -> wire value, built from the table)
 * and its metadata.
 */
import type { Category } from "./categories.js";
import { membersOf } from "./code-tables.js";
import { withPages } from "./pages.js";
import { isCodeOf, type CodeInfo } from "./types.js";

/** Other wire spellings of OpenFinanceBrasilPaymentError values (alias -> value). */
export const OpenFinanceBrasilPaymentErrorAliases: { readonly [alias: string]: OpenFinanceBrasilPaymentError } = {
};
/** The category of every OpenFinanceBrasilPaymentError value and alias: all a listener needs to read one. */
export const OpenFinanceBrasilPaymentErrorCategories: { readonly [spelling: string]: Category } = {
  SALDO_INSUFICIENTE: "rejected",
  VALOR_ACIMA_LIMITE: "rejected",
  VALOR_INVALIDO: "integration_error",
  COBRANCA_INVALIDA: "rejected",
  CONSENTIMENTO_INVALIDO: "session_expired",
  PARAMETRO_NAO_INFORMADO: "integration_error",
  PARAMETRO_INVALIDO: "integration_error",
  NAO_INFORMADO: "rejected",
  PAGAMENTO_DIVERGENTE_CONSENTIMENTO: "integration_error",
  DETALHE_PAGAMENTO_INVALIDO: "integration_error",
  PAGAMENTO_RECUSADO_DETENTORA: "rejected",
  PAGAMENTO_RECUSADO_SPI: "rejected",
  ERRO_IDEMPOTENCIA: "integration_error",
  CONSENTIMENTO_PENDENTE_AUTORIZACAO: "action_required_at_institution",
  FORMA_PAGAMENTO_INVALIDA: "institution_not_supported",
  DATA_PAGAMENTO_INVALIDA: "integration_error",
  PAGAMENTO_NAO_PERMITE_CANCELAMENTO: "rejected",
};
/**
 * Payment initiation error (HTTP 422, Payments API 4.1.0): The code of an HTTP 422 error of the
 * Payments API (Pix) 4.1.0: creating a payment consent, creating a payment, cancelling a payment or
 * the scheduled payments of a consent. The 422 body is a signed JWT (application/jwt) whose payload
 * is {errors:[{code,title,detail}],meta}; message is the file's title for the code; scope lists the
 * endpoints whose enum has the code, and an http entry per endpoint keeps that endpoint's own text
 * where it differs. Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned
 * OpenAPI file; the standard publishes no English text. Wire field: errors[].code (HTTP 422; the
 * payload of an application/jwt body).
 */
export const OpenFinanceBrasilPaymentError: {
  /**
   * Esta conta não possui saldo suficiente para realizar o pagamento.
   * Category: rejected (Rejected); retryable: no.
   * Message: Saldo insuficiente.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly SALDO_INSUFICIENTE: "SALDO_INSUFICIENTE";
  /**
   * O valor (ou quantidade de transações) ultrapassa a faixa de limite parametrizada na detentora
   * para permitir a realização de transações pelo cliente.
   * Category: rejected (Rejected); retryable: no.
   * Message: Acima do limite estabelecido.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly VALOR_ACIMA_LIMITE: "VALOR_ACIMA_LIMITE";
  /**
   * O valor enviado não é válido para o QR Code informado.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Valor inválido.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly VALOR_INVALIDO: "VALOR_INVALIDO";
  /**
   * Validação de expiração, validação de vencimento, Status Válido.
   * Category: rejected (Rejected); retryable: no.
   * Message: Cobrança inválida.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly COBRANCA_INVALIDA: "COBRANCA_INVALIDA";
  /**
   * Consentimento inválido (em status final).
   * Category: session_expired (Session expired); retryable: no.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly CONSENTIMENTO_INVALIDO: "CONSENTIMENTO_INVALIDO";
  /**
   * Parâmetro não informado.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Parâmetro obrigatório não informado.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly PARAMETRO_NAO_INFORMADO: "PARAMETRO_NAO_INFORMADO";
  /**
   * Parâmetro inválido.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Parâmetro com valor inválido.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly PARAMETRO_INVALIDO: "PARAMETRO_INVALIDO";
  /**
   * Não informada pela detentora de conta.
   * Category: rejected (Rejected); retryable: no.
   * Message: Não informado.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly NAO_INFORMADO: "NAO_INFORMADO";
  /**
   * Dados do pagamento divergentes dos dados do consentimento.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Divergência entre pagamento e consentimento.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly PAGAMENTO_DIVERGENTE_CONSENTIMENTO: "PAGAMENTO_DIVERGENTE_CONSENTIMENTO";
  /**
   * Detalhe do pagamento inválido.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly DETALHE_PAGAMENTO_INVALIDO: "DETALHE_PAGAMENTO_INVALIDO";
  /**
   * Pagamento recusado pela detentora de conta.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly PAGAMENTO_RECUSADO_DETENTORA: "PAGAMENTO_RECUSADO_DETENTORA";
  /**
   * Pagamento recusado no Sistema de Pagamentos Instantâneos (SPI).
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly PAGAMENTO_RECUSADO_SPI: "PAGAMENTO_RECUSADO_SPI";
  /**
   * Erro idempotência.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly ERRO_IDEMPOTENCIA: "ERRO_IDEMPOTENCIA";
  /**
   * Consentimento pendente autorização de múltiplas alçadas (status “PARTIALLY_ACCEPTED”)
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Message: Consentimento pendente autorização de múltiplas alçadas (status “PARTIALLY_ACCEPTED”).
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly CONSENTIMENTO_PENDENTE_AUTORIZACAO: "CONSENTIMENTO_PENDENTE_AUTORIZACAO";
  /**
   * Forma de pagamento inválida.
   * Category: institution_not_supported (Institution not supported); retryable: no.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly FORMA_PAGAMENTO_INVALIDA: "FORMA_PAGAMENTO_INVALIDA";
  /**
   * Data de pagamento inválida.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly DATA_PAGAMENTO_INVALIDA: "DATA_PAGAMENTO_INVALIDA";
  /**
   * Pagamento não permite cancelamento
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly PAGAMENTO_NAO_PERMITE_CANCELAMENTO: "PAGAMENTO_NAO_PERMITE_CANCELAMENTO";
} = /* @__PURE__ */ membersOf(OpenFinanceBrasilPaymentErrorCategories, OpenFinanceBrasilPaymentErrorAliases);
export type OpenFinanceBrasilPaymentError = (typeof OpenFinanceBrasilPaymentError)[keyof typeof OpenFinanceBrasilPaymentError];
/** A OpenFinanceBrasilPaymentError as read from the wire: a known value or any other string. */
export type OpenFinanceBrasilPaymentErrorOrUnknown = OpenFinanceBrasilPaymentError | (string & {});
/** The catalog's metadata of every OpenFinanceBrasilPaymentError value. */
export const OpenFinanceBrasilPaymentErrorInfo: { readonly [V in OpenFinanceBrasilPaymentError]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/openfinancebrasil/payment_error",
  {
    SALDO_INSUFICIENTE: {
      description: "Esta conta não possui saldo suficiente para realizar o pagamento.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-payments-4-1-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-payments-4-1-0"] },
        message: { by: "provider", sources: ["brazil-payments-4-1-0"] },
      },
      message: "Saldo insuficiente.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    VALOR_ACIMA_LIMITE: {
      description: "O valor (ou quantidade de transações) ultrapassa a faixa de limite parametrizada na detentora para permitir a realização de transações pelo cliente.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-payments-4-1-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-payments-4-1-0"] },
        message: { by: "provider", sources: ["brazil-payments-4-1-0"] },
      },
      message: "Acima do limite estabelecido.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    VALOR_INVALIDO: {
      description: "O valor enviado não é válido para o QR Code informado.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-payments-4-1-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-payments-4-1-0"] },
        message: { by: "provider", sources: ["brazil-payments-4-1-0"] },
      },
      message: "Valor inválido.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    COBRANCA_INVALIDA: {
      description: "Validação de expiração, validação de vencimento, Status Válido.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-payments-4-1-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-payments-4-1-0"] },
        message: { by: "provider", sources: ["brazil-payments-4-1-0"] },
      },
      message: "Cobrança inválida.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CONSENTIMENTO_INVALIDO: {
      description: "Consentimento inválido (em status final).",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [422],
      sources: ["brazil-payments-4-1-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-payments-4-1-0"] },
        message: { by: "provider", sources: ["brazil-payments-4-1-0"] },
      },
      message: "Consentimento inválido (em status final).",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PARAMETRO_NAO_INFORMADO: {
      description: "Parâmetro não informado.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-payments-4-1-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-payments-4-1-0"] },
        message: { by: "provider", sources: ["brazil-payments-4-1-0"] },
      },
      message: "Parâmetro obrigatório não informado.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PARAMETRO_INVALIDO: {
      description: "Parâmetro inválido.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-payments-4-1-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-payments-4-1-0"] },
        message: { by: "provider", sources: ["brazil-payments-4-1-0"] },
      },
      message: "Parâmetro com valor inválido.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    NAO_INFORMADO: {
      description: "Não informada pela detentora de conta.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-payments-4-1-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-payments-4-1-0"] },
        message: { by: "provider", sources: ["brazil-payments-4-1-0"] },
      },
      message: "Não informado.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAGAMENTO_DIVERGENTE_CONSENTIMENTO: {
      description: "Dados do pagamento divergentes dos dados do consentimento.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-payments-4-1-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-payments-4-1-0"] },
        message: { by: "provider", sources: ["brazil-payments-4-1-0"] },
      },
      message: "Divergência entre pagamento e consentimento.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DETALHE_PAGAMENTO_INVALIDO: {
      description: "Detalhe do pagamento inválido.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-payments-4-1-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-payments-4-1-0"] },
        message: { by: "provider", sources: ["brazil-payments-4-1-0"] },
      },
      message: "Detalhe do pagamento inválido.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAGAMENTO_RECUSADO_DETENTORA: {
      description: "Pagamento recusado pela detentora de conta.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-payments-4-1-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-payments-4-1-0"] },
        message: { by: "provider", sources: ["brazil-payments-4-1-0"] },
      },
      message: "Pagamento recusado pela detentora de conta.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAGAMENTO_RECUSADO_SPI: {
      description: "Pagamento recusado no Sistema de Pagamentos Instantâneos (SPI).",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-payments-4-1-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-payments-4-1-0"] },
        message: { by: "provider", sources: ["brazil-payments-4-1-0"] },
      },
      message: "Pagamento recusado no Sistema de Pagamentos Instantâneos (SPI).",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ERRO_IDEMPOTENCIA: {
      description: "Erro idempotência.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-payments-4-1-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-payments-4-1-0"] },
        message: { by: "provider", sources: ["brazil-payments-4-1-0"] },
      },
      message: "Erro idempotência.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CONSENTIMENTO_PENDENTE_AUTORIZACAO: {
      description: "Consentimento pendente autorização de múltiplas alçadas (status “PARTIALLY_ACCEPTED”)",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [422],
      sources: ["brazil-payments-4-1-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-payments-4-1-0"] },
        message: { by: "provider", sources: ["brazil-payments-4-1-0"] },
      },
      message: "Consentimento pendente autorização de múltiplas alçadas (status “PARTIALLY_ACCEPTED”).",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FORMA_PAGAMENTO_INVALIDA: {
      description: "Forma de pagamento inválida.",
      category: "institution_not_supported",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-payments-4-1-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-payments-4-1-0"] },
        message: { by: "provider", sources: ["brazil-payments-4-1-0"] },
      },
      message: "Forma de pagamento inválida.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DATA_PAGAMENTO_INVALIDA: {
      description: "Data de pagamento inválida.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-payments-4-1-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-payments-4-1-0"] },
        message: { by: "provider", sources: ["brazil-payments-4-1-0"] },
      },
      message: "Data de pagamento inválida.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAGAMENTO_NAO_PERMITE_CANCELAMENTO: {
      description: "Pagamento não permite cancelamento",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-payments-4-1-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-payments-4-1-0"] },
        message: { by: "provider", sources: ["brazil-payments-4-1-0"] },
      },
      message: "Pagamento não permite cancelamento",
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known OpenFinanceBrasilPaymentError. */
export const isOpenFinanceBrasilPaymentError = (value: unknown): value is OpenFinanceBrasilPaymentError => isCodeOf(OpenFinanceBrasilPaymentErrorCategories, OpenFinanceBrasilPaymentErrorAliases, value);

/** Other wire spellings of OpenFinanceBrasilPaymentRejectionReason values (alias -> value). */
export const OpenFinanceBrasilPaymentRejectionReasonAliases: { readonly [alias: string]: OpenFinanceBrasilPaymentRejectionReason } = {
};
/** The category of every OpenFinanceBrasilPaymentRejectionReason value and alias: all a listener needs to read one. */
export const OpenFinanceBrasilPaymentRejectionReasonCategories: { readonly [spelling: string]: Category } = {
  SALDO_INSUFICIENTE: "rejected",
  VALOR_ACIMA_LIMITE: "rejected",
  VALOR_INVALIDO: "integration_error",
  COBRANCA_INVALIDA: "rejected",
  NAO_INFORMADO: "rejected",
  PAGAMENTO_DIVERGENTE_CONSENTIMENTO: "integration_error",
  DETALHE_PAGAMENTO_INVALIDO: "integration_error",
  PAGAMENTO_RECUSADO_DETENTORA: "rejected",
  PAGAMENTO_RECUSADO_SPI: "rejected",
  FALHA_INFRAESTRUTURA: "institution_unavailable",
  FALHA_INFRAESTRUTURA_SPI: "institution_unavailable",
  FALHA_INFRAESTRUTURA_DICT: "institution_unavailable",
  FALHA_INFRAESTRUTURA_ICP: "institution_unavailable",
  FALHA_INFRAESTRUTURA_PSP_RECEBEDOR: "institution_unavailable",
  FALHA_INFRAESTRUTURA_DETENTORA: "institution_unavailable",
  CONTAS_ORIGEM_DESTINO_IGUAIS: "integration_error",
  FALHA_AGENDAMENTO_PAGAMENTOS: "generic_failure",
};
/**
 * Payment rejection reason (Payments API 4.1.0): Why a Pix payment was rejected:
 * rejectionReason.code, sent with status RJCT in HTTP 200 answers (GET /pix/payments/{paymentId};
 * also the POST and PATCH answers, whose enum lacks FALHA_AGENDAMENTO_PAGAMENTOS). Texts are the
 * standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes
 * no English text. Wire field: data.rejectionReason.code (when data.status is RJCT).
 */
export const OpenFinanceBrasilPaymentRejectionReason: {
  /**
   * A conta selecionada não possui saldo suficiente para realizar o pagamento.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly SALDO_INSUFICIENTE: "SALDO_INSUFICIENTE";
  /**
   * O valor ultrapassa o limite estabelecido [na instituição/no arranjo/outro] para permitir a
   * realização de transações pelo cliente.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly VALOR_ACIMA_LIMITE: "VALOR_ACIMA_LIMITE";
  /**
   * O valor enviado não é válido para o QR Code informado.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly VALOR_INVALIDO: "VALOR_INVALIDO";
  /**
   * Validação de expiração, validação de vencimento ou Status Válido.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly COBRANCA_INVALIDA: "COBRANCA_INVALIDA";
  /**
   * Não reportado/identificado pela instituição detentora de conta.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly NAO_INFORMADO: "NAO_INFORMADO";
  /**
   * Dados do pagamento divergentes dos dados do consentimento.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly PAGAMENTO_DIVERGENTE_CONSENTIMENTO: "PAGAMENTO_DIVERGENTE_CONSENTIMENTO";
  /**
   * Parâmetro [nome_campo] não obedecer às regras de negócio.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly DETALHE_PAGAMENTO_INVALIDO: "DETALHE_PAGAMENTO_INVALIDO";
  /**
   * [Descrição do motivo de recusa].
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly PAGAMENTO_RECUSADO_DETENTORA: "PAGAMENTO_RECUSADO_DETENTORA";
  /**
   * [Código de erro conforme tabela de domínios reason PACS.002].
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly PAGAMENTO_RECUSADO_SPI: "PAGAMENTO_RECUSADO_SPI";
  /**
   * [Descrição de qual falha na infraestrutura inviabilizou o processamento].
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Open Finance Brasil's published text.
   * @deprecated The file says FALHA_INFRAESTRUTURA will not be removed but will no longer be used,
   * for backward compatibility; the FALHA_INFRAESTRUTURA_* reasons name the failing party.
   */
  readonly FALHA_INFRAESTRUTURA: "FALHA_INFRAESTRUTURA";
  /**
   * Indica uma falha no Sistema de Pagamentos Instantâneos (SPI).
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly FALHA_INFRAESTRUTURA_SPI: "FALHA_INFRAESTRUTURA_SPI";
  /**
   * Indica uma falha no Diretório de Identificadores de Contas Transacionais (DICT).
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly FALHA_INFRAESTRUTURA_DICT: "FALHA_INFRAESTRUTURA_DICT";
  /**
   * Indica uma falha na Infraestrutura de Chaves Públicas (ICP).
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly FALHA_INFRAESTRUTURA_ICP: "FALHA_INFRAESTRUTURA_ICP";
  /**
   * Indica uma falha na infraestrutura do Prestador de Serviço de Pagamento (PSP) que recebe o
   * pagamento.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly FALHA_INFRAESTRUTURA_PSP_RECEBEDOR: "FALHA_INFRAESTRUTURA_PSP_RECEBEDOR";
  /**
   * indica uma falha na infraestrutura da instituição detentora das informações ou recursos.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly FALHA_INFRAESTRUTURA_DETENTORA: "FALHA_INFRAESTRUTURA_DETENTORA";
  /**
   * Indica uma tentativa de pagamento onde a conta origem e a conta de destino são iguais.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly CONTAS_ORIGEM_DESTINO_IGUAIS: "CONTAS_ORIGEM_DESTINO_IGUAIS";
  /**
   * Falha ao agendar pagamentos.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly FALHA_AGENDAMENTO_PAGAMENTOS: "FALHA_AGENDAMENTO_PAGAMENTOS";
} = /* @__PURE__ */ membersOf(OpenFinanceBrasilPaymentRejectionReasonCategories, OpenFinanceBrasilPaymentRejectionReasonAliases);
export type OpenFinanceBrasilPaymentRejectionReason = (typeof OpenFinanceBrasilPaymentRejectionReason)[keyof typeof OpenFinanceBrasilPaymentRejectionReason];
/** A OpenFinanceBrasilPaymentRejectionReason as read from the wire: a known value or any other string. */
export type OpenFinanceBrasilPaymentRejectionReasonOrUnknown = OpenFinanceBrasilPaymentRejectionReason | (string & {});
/** The catalog's metadata of every OpenFinanceBrasilPaymentRejectionReason value. */
export const OpenFinanceBrasilPaymentRejectionReasonInfo: { readonly [V in OpenFinanceBrasilPaymentRejectionReason]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/openfinancebrasil/payment_rejection_reason",
  {
    SALDO_INSUFICIENTE: {
      description: "A conta selecionada não possui saldo suficiente para realizar o pagamento.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-payments-4-1-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-payments-4-1-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    VALOR_ACIMA_LIMITE: {
      description: "O valor ultrapassa o limite estabelecido [na instituição/no arranjo/outro] para permitir a realização de transações pelo cliente.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-payments-4-1-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-payments-4-1-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    VALOR_INVALIDO: {
      description: "O valor enviado não é válido para o QR Code informado.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-payments-4-1-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-payments-4-1-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    COBRANCA_INVALIDA: {
      description: "Validação de expiração, validação de vencimento ou Status Válido.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-payments-4-1-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-payments-4-1-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    NAO_INFORMADO: {
      description: "Não reportado/identificado pela instituição detentora de conta.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-payments-4-1-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-payments-4-1-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAGAMENTO_DIVERGENTE_CONSENTIMENTO: {
      description: "Dados do pagamento divergentes dos dados do consentimento.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-payments-4-1-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-payments-4-1-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DETALHE_PAGAMENTO_INVALIDO: {
      description: "Parâmetro [nome_campo] não obedecer às regras de negócio.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-payments-4-1-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-payments-4-1-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAGAMENTO_RECUSADO_DETENTORA: {
      description: "[Descrição do motivo de recusa].",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-payments-4-1-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-payments-4-1-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAGAMENTO_RECUSADO_SPI: {
      description: "[Código de erro conforme tabela de domínios reason PACS.002].",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-payments-4-1-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-payments-4-1-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FALHA_INFRAESTRUTURA: {
      description: "[Descrição de qual falha na infraestrutura inviabilizou o processamento].",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brazil-payments-4-1-0"],
      deprecated: true,
      lifecycle: {
        state: "deprecated",
        note: "The file says FALHA_INFRAESTRUTURA will not be removed but will no longer be used, for backward compatibility; the FALHA_INFRAESTRUTURA_* reasons name the failing party.",
      },
      wording: { description: { by: "provider", sources: ["brazil-payments-4-1-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FALHA_INFRAESTRUTURA_SPI: {
      description: "Indica uma falha no Sistema de Pagamentos Instantâneos (SPI).",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brazil-payments-4-1-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-payments-4-1-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FALHA_INFRAESTRUTURA_DICT: {
      description: "Indica uma falha no Diretório de Identificadores de Contas Transacionais (DICT).",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brazil-payments-4-1-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-payments-4-1-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FALHA_INFRAESTRUTURA_ICP: {
      description: "Indica uma falha na Infraestrutura de Chaves Públicas (ICP).",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brazil-payments-4-1-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-payments-4-1-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FALHA_INFRAESTRUTURA_PSP_RECEBEDOR: {
      description: "Indica uma falha na infraestrutura do Prestador de Serviço de Pagamento (PSP) que recebe o pagamento.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brazil-payments-4-1-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-payments-4-1-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FALHA_INFRAESTRUTURA_DETENTORA: {
      description: "indica uma falha na infraestrutura da instituição detentora das informações ou recursos.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brazil-payments-4-1-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-payments-4-1-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CONTAS_ORIGEM_DESTINO_IGUAIS: {
      description: "Indica uma tentativa de pagamento onde a conta origem e a conta de destino são iguais.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-payments-4-1-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-payments-4-1-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FALHA_AGENDAMENTO_PAGAMENTOS: {
      description: "Falha ao agendar pagamentos.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brazil-payments-4-1-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-payments-4-1-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known OpenFinanceBrasilPaymentRejectionReason. */
export const isOpenFinanceBrasilPaymentRejectionReason = (value: unknown): value is OpenFinanceBrasilPaymentRejectionReason => isCodeOf(OpenFinanceBrasilPaymentRejectionReasonCategories, OpenFinanceBrasilPaymentRejectionReasonAliases, value);

/** Other wire spellings of OpenFinanceBrasilConsentRejectionReason values (alias -> value). */
export const OpenFinanceBrasilConsentRejectionReasonAliases: { readonly [alias: string]: OpenFinanceBrasilConsentRejectionReason } = {
};
/** The category of every OpenFinanceBrasilConsentRejectionReason value and alias: all a listener needs to read one. */
export const OpenFinanceBrasilConsentRejectionReasonCategories: { readonly [spelling: string]: Category } = {
  VALOR_INVALIDO: "integration_error",
  NAO_INFORMADO: "rejected",
  FALHA_INFRAESTRUTURA: "institution_unavailable",
  TEMPO_EXPIRADO_AUTORIZACAO: "session_expired",
  TEMPO_EXPIRADO_CONSUMO: "session_expired",
  REJEITADO_USUARIO: "cancelled",
  CONTAS_ORIGEM_DESTINO_IGUAIS: "integration_error",
  CONTA_NAO_PERMITE_PAGAMENTO: "account_unavailable",
  SALDO_INSUFICIENTE: "rejected",
  VALOR_ACIMA_LIMITE: "rejected",
  QRCODE_INVALIDO: "integration_error",
};
/**
 * Payment consent rejection reason (Payments API 4.1.0): Why a payment consent was rejected:
 * rejectionReason.code, sent with status REJECTED (GET /consents/{consentId}); the texts are the
 * file's list for rejectionReason.detail. When several reasons apply, the file's table (info
 * description 5.2) gives their priority at each step of the consent journey. Texts are the
 * standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes
 * no English text. Wire field: data.rejectionReason.code (when data.status is REJECTED).
 */
export const OpenFinanceBrasilConsentRejectionReason: {
  /**
   * O valor enviado não é válido para o QR Code informado
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly VALOR_INVALIDO: "VALOR_INVALIDO";
  /**
   * Não informada pela detentora de conta
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly NAO_INFORMADO: "NAO_INFORMADO";
  /**
   * [Descrição de qual falha na infraestrutura inviabilizou o processamento].
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly FALHA_INFRAESTRUTURA: "FALHA_INFRAESTRUTURA";
  /**
   * Consentimento expirou antes que o usuário pudesse confirmá-lo.
   * Category: session_expired (Session expired); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly TEMPO_EXPIRADO_AUTORIZACAO: "TEMPO_EXPIRADO_AUTORIZACAO";
  /**
   * O usuário não finalizou o fluxo de pagamento e o consentimento expirou
   * Category: session_expired (Session expired); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly TEMPO_EXPIRADO_CONSUMO: "TEMPO_EXPIRADO_CONSUMO";
  /**
   * O usuário rejeitou a autorização do consentimento
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly REJEITADO_USUARIO: "REJEITADO_USUARIO";
  /**
   * A conta selecionada é igual à conta destino e não permite realizar esse pagamento.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly CONTAS_ORIGEM_DESTINO_IGUAIS: "CONTAS_ORIGEM_DESTINO_IGUAIS";
  /**
   * A conta selecionada é do tipo [salario/investimento/liquidação/outros] e não permite realizar
   * esse pagamento.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly CONTA_NAO_PERMITE_PAGAMENTO: "CONTA_NAO_PERMITE_PAGAMENTO";
  /**
   * A conta selecionada não possui saldo suficiente para realizar o pagamento.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly SALDO_INSUFICIENTE: "SALDO_INSUFICIENTE";
  /**
   * O valor ultrapassa o limite estabelecido [na instituição/no arranjo/outro] para permitir a
   * realização de transações pelo cliente.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly VALOR_ACIMA_LIMITE: "VALOR_ACIMA_LIMITE";
  /**
   * O QRCode utilizado para a iniciação de pagamento não é válido.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly QRCODE_INVALIDO: "QRCODE_INVALIDO";
} = /* @__PURE__ */ membersOf(OpenFinanceBrasilConsentRejectionReasonCategories, OpenFinanceBrasilConsentRejectionReasonAliases);
export type OpenFinanceBrasilConsentRejectionReason = (typeof OpenFinanceBrasilConsentRejectionReason)[keyof typeof OpenFinanceBrasilConsentRejectionReason];
/** A OpenFinanceBrasilConsentRejectionReason as read from the wire: a known value or any other string. */
export type OpenFinanceBrasilConsentRejectionReasonOrUnknown = OpenFinanceBrasilConsentRejectionReason | (string & {});
/** The catalog's metadata of every OpenFinanceBrasilConsentRejectionReason value. */
export const OpenFinanceBrasilConsentRejectionReasonInfo: { readonly [V in OpenFinanceBrasilConsentRejectionReason]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/openfinancebrasil/consent_rejection_reason",
  {
    VALOR_INVALIDO: {
      description: "O valor enviado não é válido para o QR Code informado",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-payments-4-1-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-payments-4-1-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    NAO_INFORMADO: {
      description: "Não informada pela detentora de conta",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-payments-4-1-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-payments-4-1-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FALHA_INFRAESTRUTURA: {
      description: "[Descrição de qual falha na infraestrutura inviabilizou o processamento].",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brazil-payments-4-1-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-payments-4-1-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TEMPO_EXPIRADO_AUTORIZACAO: {
      description: "Consentimento expirou antes que o usuário pudesse confirmá-lo.",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brazil-payments-4-1-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-payments-4-1-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TEMPO_EXPIRADO_CONSUMO: {
      description: "O usuário não finalizou o fluxo de pagamento e o consentimento expirou",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brazil-payments-4-1-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-payments-4-1-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REJEITADO_USUARIO: {
      description: "O usuário rejeitou a autorização do consentimento",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brazil-payments-4-1-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-payments-4-1-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CONTAS_ORIGEM_DESTINO_IGUAIS: {
      description: "A conta selecionada é igual à conta destino e não permite realizar esse pagamento.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-payments-4-1-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-payments-4-1-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CONTA_NAO_PERMITE_PAGAMENTO: {
      description: "A conta selecionada é do tipo [salario/investimento/liquidação/outros] e não permite realizar esse pagamento.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-payments-4-1-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-payments-4-1-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SALDO_INSUFICIENTE: {
      description: "A conta selecionada não possui saldo suficiente para realizar o pagamento.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-payments-4-1-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-payments-4-1-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    VALOR_ACIMA_LIMITE: {
      description: "O valor ultrapassa o limite estabelecido [na instituição/no arranjo/outro] para permitir a realização de transações pelo cliente.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-payments-4-1-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-payments-4-1-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    QRCODE_INVALIDO: {
      description: "O QRCode utilizado para a iniciação de pagamento não é válido.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-payments-4-1-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-payments-4-1-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known OpenFinanceBrasilConsentRejectionReason. */
export const isOpenFinanceBrasilConsentRejectionReason = (value: unknown): value is OpenFinanceBrasilConsentRejectionReason => isCodeOf(OpenFinanceBrasilConsentRejectionReasonCategories, OpenFinanceBrasilConsentRejectionReasonAliases, value);

/** Other wire spellings of OpenFinanceBrasilPaymentStatus values (alias -> value). */
export const OpenFinanceBrasilPaymentStatusAliases: { readonly [alias: string]: OpenFinanceBrasilPaymentStatus } = {
};
/** The category of every OpenFinanceBrasilPaymentStatus value and alias: all a listener needs to read one. */
export const OpenFinanceBrasilPaymentStatusCategories: { readonly [spelling: string]: Category } = {
  RCVD: "pending",
  CANC: "cancelled",
  ACCP: "pending",
  ACPD: "pending",
  RJCT: "rejected",
  ACSC: "success",
  PDNG: "pending",
  SCHD: "pending",
};
/**
 * Pix payment status (Payments API 4.1.0): The status of a Pix payment initiation (ISO 20022
 * codes); RJCT comes with rejectionReason. Texts are the standard's own Portuguese (pt-BR),
 * verbatim from the pinned OpenAPI file; the standard publishes no English text. Wire field:
 * data.status (payment).
 */
export const OpenFinanceBrasilPaymentStatus: {
  /**
   * Indica que a requisição de pagamento foi recebida com sucesso pela detentora, mas ainda há
   * validações a serem feitas antes de ser submetida para liquidação.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly RCVD: "RCVD";
  /**
   * Indica que a transação Pix pendente foi cancelada com sucesso pelo usuário antes que fosse
   * confirmada (ACCP) ou rejeitada (RJCT) pela detentora.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly CANC: "CANC";
  /**
   * Indica que todas as verificações necessárias já foram realizadas pela detentora e que a
   * transação está pronta para ser enviada para liquidação (no SPI se for Pix para outra
   * instituição ou internamente se for para outra conta na mesma instituição).
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly ACCP: "ACCP";
  /**
   * Indica que a detentora já submeteu a transação para liquidação, mas ainda não tem a confirmação
   * se foi liquidada ou rejeitada.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly ACPD: "ACPD";
  /**
   * Indica que a transação foi rejeitada pela detentora ou pelo SPI.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly RJCT: "RJCT";
  /**
   * Indica que a transação foi efetivada pela detentora ou pelo SPI.
   * Category: success (Success); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly ACSC: "ACSC";
  /**
   * Indica que a detentora reteve temporariamente a transação Pix para análise.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly PDNG: "PDNG";
  /**
   * Indica que a transação Pix foi agendada com sucesso na detentora.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly SCHD: "SCHD";
} = /* @__PURE__ */ membersOf(OpenFinanceBrasilPaymentStatusCategories, OpenFinanceBrasilPaymentStatusAliases);
export type OpenFinanceBrasilPaymentStatus = (typeof OpenFinanceBrasilPaymentStatus)[keyof typeof OpenFinanceBrasilPaymentStatus];
/** A OpenFinanceBrasilPaymentStatus as read from the wire: a known value or any other string. */
export type OpenFinanceBrasilPaymentStatusOrUnknown = OpenFinanceBrasilPaymentStatus | (string & {});
/** The catalog's metadata of every OpenFinanceBrasilPaymentStatus value. */
export const OpenFinanceBrasilPaymentStatusInfo: { readonly [V in OpenFinanceBrasilPaymentStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/openfinancebrasil/payment_status",
  {
    RCVD: {
      description: "Indica que a requisição de pagamento foi recebida com sucesso pela detentora, mas ainda há validações a serem feitas antes de ser submetida para liquidação.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-payments-4-1-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-payments-4-1-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CANC: {
      description: "Indica que a transação Pix pendente foi cancelada com sucesso pelo usuário antes que fosse confirmada (ACCP) ou rejeitada (RJCT) pela detentora.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brazil-payments-4-1-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-payments-4-1-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ACCP: {
      description: "Indica que todas as verificações necessárias já foram realizadas pela detentora e que a transação está pronta para ser enviada para liquidação (no SPI se for Pix para outra instituição ou internamente se for para outra conta na mesma instituição).",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-payments-4-1-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-payments-4-1-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ACPD: {
      description: "Indica que a detentora já submeteu a transação para liquidação, mas ainda não tem a confirmação se foi liquidada ou rejeitada.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-payments-4-1-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-payments-4-1-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RJCT: {
      description: "Indica que a transação foi rejeitada pela detentora ou pelo SPI.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-payments-4-1-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-payments-4-1-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ACSC: {
      description: "Indica que a transação foi efetivada pela detentora ou pelo SPI.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-payments-4-1-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-payments-4-1-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PDNG: {
      description: "Indica que a detentora reteve temporariamente a transação Pix para análise.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-payments-4-1-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-payments-4-1-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SCHD: {
      description: "Indica que a transação Pix foi agendada com sucesso na detentora.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-payments-4-1-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-payments-4-1-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known OpenFinanceBrasilPaymentStatus. */
export const isOpenFinanceBrasilPaymentStatus = (value: unknown): value is OpenFinanceBrasilPaymentStatus => isCodeOf(OpenFinanceBrasilPaymentStatusCategories, OpenFinanceBrasilPaymentStatusAliases, value);

/** Other wire spellings of OpenFinanceBrasilConsentStatus values (alias -> value). */
export const OpenFinanceBrasilConsentStatusAliases: { readonly [alias: string]: OpenFinanceBrasilConsentStatus } = {
};
/** The category of every OpenFinanceBrasilConsentStatus value and alias: all a listener needs to read one. */
export const OpenFinanceBrasilConsentStatusCategories: { readonly [spelling: string]: Category } = {
  AWAITING_AUTHORISATION: "pending",
  AUTHORISED: "success",
  REJECTED: "rejected",
  CONSUMED: "success",
  PARTIALLY_ACCEPTED: "pending",
};
/**
 * Payment consent status (Payments API 4.1.0): The status of a payment consent; REJECTED comes with
 * rejectionReason, and an expired consent reads REJECTED. Texts are the standard's own Portuguese
 * (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes no English text. Wire
 * field: data.status (consent).
 */
export const OpenFinanceBrasilConsentStatus: {
  /**
   * Aguardando autorização
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly AWAITING_AUTHORISATION: "AWAITING_AUTHORISATION";
  /**
   * Autorizado
   * Category: success (Success); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly AUTHORISED: "AUTHORISED";
  /**
   * Rejeitado
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly REJECTED: "REJECTED";
  /**
   * Consumido
   * Category: success (Success); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly CONSUMED: "CONSUMED";
  /**
   * Aguardando múltiplas alçadas
   * Category: pending (Pending); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly PARTIALLY_ACCEPTED: "PARTIALLY_ACCEPTED";
} = /* @__PURE__ */ membersOf(OpenFinanceBrasilConsentStatusCategories, OpenFinanceBrasilConsentStatusAliases);
export type OpenFinanceBrasilConsentStatus = (typeof OpenFinanceBrasilConsentStatus)[keyof typeof OpenFinanceBrasilConsentStatus];
/** A OpenFinanceBrasilConsentStatus as read from the wire: a known value or any other string. */
export type OpenFinanceBrasilConsentStatusOrUnknown = OpenFinanceBrasilConsentStatus | (string & {});
/** The catalog's metadata of every OpenFinanceBrasilConsentStatus value. */
export const OpenFinanceBrasilConsentStatusInfo: { readonly [V in OpenFinanceBrasilConsentStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/openfinancebrasil/consent_status",
  {
    AWAITING_AUTHORISATION: {
      description: "Aguardando autorização",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-payments-4-1-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-payments-4-1-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AUTHORISED: {
      description: "Autorizado",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-payments-4-1-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-payments-4-1-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REJECTED: {
      description: "Rejeitado",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-payments-4-1-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-payments-4-1-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CONSUMED: {
      description: "Consumido",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-payments-4-1-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-payments-4-1-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PARTIALLY_ACCEPTED: {
      description: "Aguardando múltiplas alçadas",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-payments-4-1-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-payments-4-1-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known OpenFinanceBrasilConsentStatus. */
export const isOpenFinanceBrasilConsentStatus = (value: unknown): value is OpenFinanceBrasilConsentStatus => isCodeOf(OpenFinanceBrasilConsentStatusCategories, OpenFinanceBrasilConsentStatusAliases, value);

/** Other wire spellings of OpenFinanceBrasilRecurringConsentError values (alias -> value). */
export const OpenFinanceBrasilRecurringConsentErrorAliases: { readonly [alias: string]: OpenFinanceBrasilRecurringConsentError } = {
};
/** The category of every OpenFinanceBrasilRecurringConsentError value and alias: all a listener needs to read one. */
export const OpenFinanceBrasilRecurringConsentErrorCategories: { readonly [spelling: string]: Category } = {
  DATA_PAGAMENTO_INVALIDA: "integration_error",
  DETALHE_PAGAMENTO_INVALIDO: "integration_error",
  PARAMETRO_NAO_INFORMADO: "integration_error",
  PARAMETRO_INVALIDO: "integration_error",
  ERRO_IDEMPOTENCIA: "integration_error",
  NAO_INFORMADO: "rejected",
  FUNCIONALIDADE_NAO_HABILITADA: "institution_not_supported",
  CONSENTIMENTO_NAO_PERMITE_CANCELAMENTO: "rejected",
  CAMPO_NAO_PERMITIDO: "integration_error",
  PERMISSAO_INSUFICIENTE: "rejected",
  DETALHE_EDICAO_INVALIDO: "integration_error",
  FALTAM_SINAIS_OBRIGATORIOS_PLATAFORMA: "integration_error",
};
/**
 * Recurring consent error (HTTP 422, Automatic Payments API 2.0.0): The code of an HTTP 422 error
 * when creating, editing or revoking a recurring (long-lived) consent. The file's enums give no
 * text per code here, so the description is the file's errors[].detail text and message its title.
 * Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the
 * standard publishes no English text. Wire field: errors[].code (HTTP 422; the payload of an
 * application/jwt body).
 */
export const OpenFinanceBrasilRecurringConsentError: {
  /**
   * Data de pagamento inválida para a forma de pagamento selecionada.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Data de pagamento inválida.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly DATA_PAGAMENTO_INVALIDA: "DATA_PAGAMENTO_INVALIDA";
  /**
   * Parâmetro [nome_campo] não obedece às regras de negócio.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Detalhe do pagamento inválido.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly DETALHE_PAGAMENTO_INVALIDO: "DETALHE_PAGAMENTO_INVALIDO";
  /**
   * Parâmetro [nome_campo] obrigatório não informado.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Parâmetro não informado.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly PARAMETRO_NAO_INFORMADO: "PARAMETRO_NAO_INFORMADO";
  /**
   * Parâmetro [nome_campo] não obedece as regras de formatação esperadas.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Parâmetro inválido.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly PARAMETRO_INVALIDO: "PARAMETRO_INVALIDO";
  /**
   * Conteúdo da mensagem (claim data) diverge do conteúdo associado a esta chave de idempotência
   * (x-idempotency-key).
   * Category: integration_error (Integration error); retryable: no.
   * Message: Erro idempotência.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly ERRO_IDEMPOTENCIA: "ERRO_IDEMPOTENCIA";
  /**
   * Não reportado/identificado pela instituição detentora de conta.
   * Category: rejected (Rejected); retryable: no.
   * Message: Não informado.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly NAO_INFORMADO: "NAO_INFORMADO";
  /**
   * A detentora de conta não oferece o serviço nessa modalidade.
   * Category: institution_not_supported (Institution not supported); retryable: no.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly FUNCIONALIDADE_NAO_HABILITADA: "FUNCIONALIDADE_NAO_HABILITADA";
  /**
   * O status do consentimento não permite a realização do cancelamento (em status "CONSUMED" ou
   * "REJECTED")
   * Category: rejected (Rejected); retryable: no.
   * Message: O status do consentimento não permite a realização do cancelamento (em status
   * "CONSUMED" ou "REJECTED").
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly CONSENTIMENTO_NAO_PERMITE_CANCELAMENTO: "CONSENTIMENTO_NAO_PERMITE_CANCELAMENTO";
  /**
   * O(s) campo(s) solicitado(s) para edição não podem ser editados.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly CAMPO_NAO_PERMITIDO: "CAMPO_NAO_PERMITIDO";
  /**
   * Consentimento possui múltiplas alçadas aprovadoras e não permite a edição pelo usuário atual.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly PERMISSAO_INSUFICIENTE: "PERMISSAO_INSUFICIENTE";
  /**
   * A tentativa de edição do consentimento não respeitou as regras de negócio descritas nos campos.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly DETALHE_EDICAO_INVALIDO: "DETALHE_EDICAO_INVALIDO";
  /**
   * Os sinais obrigatórios para a plataforma do usuário não foram enviados em sua totalidade.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly FALTAM_SINAIS_OBRIGATORIOS_PLATAFORMA: "FALTAM_SINAIS_OBRIGATORIOS_PLATAFORMA";
} = /* @__PURE__ */ membersOf(OpenFinanceBrasilRecurringConsentErrorCategories, OpenFinanceBrasilRecurringConsentErrorAliases);
export type OpenFinanceBrasilRecurringConsentError = (typeof OpenFinanceBrasilRecurringConsentError)[keyof typeof OpenFinanceBrasilRecurringConsentError];
/** A OpenFinanceBrasilRecurringConsentError as read from the wire: a known value or any other string. */
export type OpenFinanceBrasilRecurringConsentErrorOrUnknown = OpenFinanceBrasilRecurringConsentError | (string & {});
/** The catalog's metadata of every OpenFinanceBrasilRecurringConsentError value. */
export const OpenFinanceBrasilRecurringConsentErrorInfo: { readonly [V in OpenFinanceBrasilRecurringConsentError]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/openfinancebrasil/recurring_consent_error",
  {
    DATA_PAGAMENTO_INVALIDA: {
      description: "Data de pagamento inválida para a forma de pagamento selecionada.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
        message: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
      },
      message: "Data de pagamento inválida.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DETALHE_PAGAMENTO_INVALIDO: {
      description: "Parâmetro [nome_campo] não obedece às regras de negócio.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
        message: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
      },
      message: "Detalhe do pagamento inválido.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PARAMETRO_NAO_INFORMADO: {
      description: "Parâmetro [nome_campo] obrigatório não informado.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
        message: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
      },
      message: "Parâmetro não informado.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PARAMETRO_INVALIDO: {
      description: "Parâmetro [nome_campo] não obedece as regras de formatação esperadas.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
        message: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
      },
      message: "Parâmetro inválido.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ERRO_IDEMPOTENCIA: {
      description: "Conteúdo da mensagem (claim data) diverge do conteúdo associado a esta chave de idempotência (x-idempotency-key).",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
        message: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
      },
      message: "Erro idempotência.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    NAO_INFORMADO: {
      description: "Não reportado/identificado pela instituição detentora de conta.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
        message: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
      },
      message: "Não informado.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FUNCIONALIDADE_NAO_HABILITADA: {
      description: "A detentora de conta não oferece o serviço nessa modalidade.",
      category: "institution_not_supported",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
        message: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
      },
      message: "A detentora de conta não oferece o serviço nessa modalidade.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CONSENTIMENTO_NAO_PERMITE_CANCELAMENTO: {
      description: "O status do consentimento não permite a realização do cancelamento (em status \"CONSUMED\" ou \"REJECTED\")",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
        message: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
      },
      message: "O status do consentimento não permite a realização do cancelamento (em status \"CONSUMED\" ou \"REJECTED\").",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CAMPO_NAO_PERMITIDO: {
      description: "O(s) campo(s) solicitado(s) para edição não podem ser editados.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
        message: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
      },
      message: "O(s) campo(s) solicitado(s) para edição não podem ser editados.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PERMISSAO_INSUFICIENTE: {
      description: "Consentimento possui múltiplas alçadas aprovadoras e não permite a edição pelo usuário atual.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
        message: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
      },
      message: "Consentimento possui múltiplas alçadas aprovadoras e não permite a edição pelo usuário atual.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DETALHE_EDICAO_INVALIDO: {
      description: "A tentativa de edição do consentimento não respeitou as regras de negócio descritas nos campos.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
        message: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
      },
      message: "A tentativa de edição do consentimento não respeitou as regras de negócio descritas nos campos.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FALTAM_SINAIS_OBRIGATORIOS_PLATAFORMA: {
      description: "Os sinais obrigatórios para a plataforma do usuário não foram enviados em sua totalidade.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
        message: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
      },
      message: "Os sinais obrigatórios para a plataforma do usuário não foram enviados em sua totalidade.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known OpenFinanceBrasilRecurringConsentError. */
export const isOpenFinanceBrasilRecurringConsentError = (value: unknown): value is OpenFinanceBrasilRecurringConsentError => isCodeOf(OpenFinanceBrasilRecurringConsentErrorCategories, OpenFinanceBrasilRecurringConsentErrorAliases, value);

/** Other wire spellings of OpenFinanceBrasilRecurringPaymentError values (alias -> value). */
export const OpenFinanceBrasilRecurringPaymentErrorAliases: { readonly [alias: string]: OpenFinanceBrasilRecurringPaymentError } = {
};
/** The category of every OpenFinanceBrasilRecurringPaymentError value and alias: all a listener needs to read one. */
export const OpenFinanceBrasilRecurringPaymentErrorCategories: { readonly [spelling: string]: Category } = {
  SALDO_INSUFICIENTE: "rejected",
  VALOR_ACIMA_LIMITE: "rejected",
  VALOR_INVALIDO: "integration_error",
  LIMITE_PERIODO_VALOR_EXCEDIDO: "rejected",
  LIMITE_PERIODO_QUANTIDADE_EXCEDIDO: "rejected",
  CONSENTIMENTO_INVALIDO: "reconnect_required",
  CONSENTIMENTO_PENDENTE_AUTORIZACAO: "action_required_at_institution",
  PARAMETRO_NAO_INFORMADO: "integration_error",
  PARAMETRO_INVALIDO: "integration_error",
  NAO_INFORMADO: "rejected",
  PAGAMENTO_DIVERGENTE_CONSENTIMENTO: "integration_error",
  DETALHE_PAGAMENTO_INVALIDO: "integration_error",
  PAGAMENTO_RECUSADO_DETENTORA: "rejected",
  PAGAMENTO_RECUSADO_SPI: "rejected",
  ERRO_IDEMPOTENCIA: "integration_error",
  LIMITE_VALOR_TOTAL_CONSENTIMENTO_EXCEDIDO: "rejected",
  LIMITE_VALOR_TRANSACAO_CONSENTIMENTO_EXCEDIDO: "rejected",
  LIMITE_TENTATIVAS_EXCEDIDO: "rejected",
  FORA_PRAZO_PERMITIDO: "integration_error",
  DETALHE_TENTATIVA_INVALIDO: "integration_error",
  PAGAMENTO_NAO_PERMITE_CANCELAMENTO: "rejected",
  CANCELAMENTO_FORA_PERIODO_PERMITIDO: "rejected",
};
/**
 * Recurring payment error (HTTP 422, Automatic Payments API 2.0.0): The code of an HTTP 422 error
 * when creating or cancelling a recurring Pix payment. Texts are the standard's own Portuguese (pt-
 * BR), verbatim from the pinned OpenAPI file; the standard publishes no English text. Wire field:
 * errors[].code (HTTP 422; the payload of an application/jwt body).
 */
export const OpenFinanceBrasilRecurringPaymentError: {
  /**
   * Esta conta não possui saldo suficiente para realizar o pagamento.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly SALDO_INSUFICIENTE: "SALDO_INSUFICIENTE";
  /**
   * Valida se o valor ultrapassa o limite estabelecido [na instituição (conta ou canal)/no arranjo]
   * para permitir a realização de transações pelo cliente.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly VALOR_ACIMA_LIMITE: "VALOR_ACIMA_LIMITE";
  /**
   * O valor enviado não é válido para o QR Code informado.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly VALOR_INVALIDO: "VALOR_INVALIDO";
  /**
   * A transação não pode ser realizada pois o valor parametrizado no consentimento foi excedido.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly LIMITE_PERIODO_VALOR_EXCEDIDO: "LIMITE_PERIODO_VALOR_EXCEDIDO";
  /**
   * A transação não pode ser realizada pois a quantidade parametrizada no consentimento foi
   * excedida.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly LIMITE_PERIODO_QUANTIDADE_EXCEDIDO: "LIMITE_PERIODO_QUANTIDADE_EXCEDIDO";
  /**
   * Consentimento inválido (em status final).
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly CONSENTIMENTO_INVALIDO: "CONSENTIMENTO_INVALIDO";
  /**
   * Consentimento pendente autorização de múltiplas alçadas (status “PARTIALLY_ACCEPTED”).
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly CONSENTIMENTO_PENDENTE_AUTORIZACAO: "CONSENTIMENTO_PENDENTE_AUTORIZACAO";
  /**
   * Parâmetro não informado.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly PARAMETRO_NAO_INFORMADO: "PARAMETRO_NAO_INFORMADO";
  /**
   * Parâmetro inválido.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly PARAMETRO_INVALIDO: "PARAMETRO_INVALIDO";
  /**
   * Não informada pela detentora de conta.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly NAO_INFORMADO: "NAO_INFORMADO";
  /**
   * Dados do pagamento divergentes dos dados do consentimento.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly PAGAMENTO_DIVERGENTE_CONSENTIMENTO: "PAGAMENTO_DIVERGENTE_CONSENTIMENTO";
  /**
   * Detalhe do pagamento inválido.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly DETALHE_PAGAMENTO_INVALIDO: "DETALHE_PAGAMENTO_INVALIDO";
  /**
   * Pagamento recusado pela detentora de conta.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly PAGAMENTO_RECUSADO_DETENTORA: "PAGAMENTO_RECUSADO_DETENTORA";
  /**
   * Pagamento recusado no Sistema de Pagamentos Instantâneos (SPI).
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly PAGAMENTO_RECUSADO_SPI: "PAGAMENTO_RECUSADO_SPI";
  /**
   * Erro idempotência.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly ERRO_IDEMPOTENCIA: "ERRO_IDEMPOTENCIA";
  /**
   * Limite total excedido
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly LIMITE_VALOR_TOTAL_CONSENTIMENTO_EXCEDIDO: "LIMITE_VALOR_TOTAL_CONSENTIMENTO_EXCEDIDO";
  /**
   * O valor da transação ultrapassar o limite de valor por transação.
   * Category: rejected (Rejected); retryable: no.
   * Message: Limite de transação excedido.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly LIMITE_VALOR_TRANSACAO_CONSENTIMENTO_EXCEDIDO: "LIMITE_VALOR_TRANSACAO_CONSENTIMENTO_EXCEDIDO";
  /**
   * O limite de tentativas para liquidação do pagamento permitidas pelo arranjo foi excedido.
   * Category: rejected (Rejected); retryable: no.
   * Message: Limite de tentativas excedido.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly LIMITE_TENTATIVAS_EXCEDIDO: "LIMITE_TENTATIVAS_EXCEDIDO";
  /**
   * O horário ou período da requisição não permite o agendamento pelo detentor.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Tentativa fora do prazo.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly FORA_PRAZO_PERMITIDO: "FORA_PRAZO_PERMITIDO";
  /**
   * O parâmetro [nome_do(s)_campo(s)] inseridos para a nova tentativa de pagamento não condizem com
   * o pagamento original que falhou e não são permitidos na nova tentativa de pagamento.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Nova tentativa inválida
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly DETALHE_TENTATIVA_INVALIDO: "DETALHE_TENTATIVA_INVALIDO";
  /**
   * Pagamento está com um status que não permite cancelamento.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly PAGAMENTO_NAO_PERMITE_CANCELAMENTO: "PAGAMENTO_NAO_PERMITE_CANCELAMENTO";
  /**
   * O usuário solicitou o cancelamento fora da janela de tempo permitido.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly CANCELAMENTO_FORA_PERIODO_PERMITIDO: "CANCELAMENTO_FORA_PERIODO_PERMITIDO";
} = /* @__PURE__ */ membersOf(OpenFinanceBrasilRecurringPaymentErrorCategories, OpenFinanceBrasilRecurringPaymentErrorAliases);
export type OpenFinanceBrasilRecurringPaymentError = (typeof OpenFinanceBrasilRecurringPaymentError)[keyof typeof OpenFinanceBrasilRecurringPaymentError];
/** A OpenFinanceBrasilRecurringPaymentError as read from the wire: a known value or any other string. */
export type OpenFinanceBrasilRecurringPaymentErrorOrUnknown = OpenFinanceBrasilRecurringPaymentError | (string & {});
/** The catalog's metadata of every OpenFinanceBrasilRecurringPaymentError value. */
export const OpenFinanceBrasilRecurringPaymentErrorInfo: { readonly [V in OpenFinanceBrasilRecurringPaymentError]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/openfinancebrasil/recurring_payment_error",
  {
    SALDO_INSUFICIENTE: {
      description: "Esta conta não possui saldo suficiente para realizar o pagamento.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
        message: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
      },
      message: "Esta conta não possui saldo suficiente para realizar o pagamento.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    VALOR_ACIMA_LIMITE: {
      description: "Valida se o valor ultrapassa o limite estabelecido [na instituição (conta ou canal)/no arranjo] para permitir a realização de transações pelo cliente.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
        message: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
      },
      message: "Valida se o valor ultrapassa o limite estabelecido [na instituição (conta ou canal)/no arranjo] para permitir a realização de transações pelo cliente.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    VALOR_INVALIDO: {
      description: "O valor enviado não é válido para o QR Code informado.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
        message: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
      },
      message: "O valor enviado não é válido para o QR Code informado.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    LIMITE_PERIODO_VALOR_EXCEDIDO: {
      description: "A transação não pode ser realizada pois o valor parametrizado no consentimento foi excedido.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
        message: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
      },
      message: "A transação não pode ser realizada pois o valor parametrizado no consentimento foi excedido.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    LIMITE_PERIODO_QUANTIDADE_EXCEDIDO: {
      description: "A transação não pode ser realizada pois a quantidade parametrizada no consentimento foi excedida.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
        message: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
      },
      message: "A transação não pode ser realizada pois a quantidade parametrizada no consentimento foi excedida.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CONSENTIMENTO_INVALIDO: {
      description: "Consentimento inválido (em status final).",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [422],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
        message: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
      },
      message: "Consentimento inválido (em status final).",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CONSENTIMENTO_PENDENTE_AUTORIZACAO: {
      description: "Consentimento pendente autorização de múltiplas alçadas (status “PARTIALLY_ACCEPTED”).",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [422],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
        message: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
      },
      message: "Consentimento pendente autorização de múltiplas alçadas (status “PARTIALLY_ACCEPTED”).",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PARAMETRO_NAO_INFORMADO: {
      description: "Parâmetro não informado.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
        message: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
      },
      message: "Parâmetro não informado.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PARAMETRO_INVALIDO: {
      description: "Parâmetro inválido.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
        message: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
      },
      message: "Parâmetro inválido.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    NAO_INFORMADO: {
      description: "Não informada pela detentora de conta.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
        message: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
      },
      message: "Não informada pela detentora de conta.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAGAMENTO_DIVERGENTE_CONSENTIMENTO: {
      description: "Dados do pagamento divergentes dos dados do consentimento.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
        message: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
      },
      message: "Dados do pagamento divergentes dos dados do consentimento.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DETALHE_PAGAMENTO_INVALIDO: {
      description: "Detalhe do pagamento inválido.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
        message: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
      },
      message: "Detalhe do pagamento inválido.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAGAMENTO_RECUSADO_DETENTORA: {
      description: "Pagamento recusado pela detentora de conta.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
        message: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
      },
      message: "Pagamento recusado pela detentora de conta.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAGAMENTO_RECUSADO_SPI: {
      description: "Pagamento recusado no Sistema de Pagamentos Instantâneos (SPI).",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
        message: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
      },
      message: "Pagamento recusado no Sistema de Pagamentos Instantâneos (SPI).",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ERRO_IDEMPOTENCIA: {
      description: "Erro idempotência.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
        message: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
      },
      message: "Erro idempotência.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    LIMITE_VALOR_TOTAL_CONSENTIMENTO_EXCEDIDO: {
      description: "Limite total excedido",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
        message: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
      },
      message: "Limite total excedido",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    LIMITE_VALOR_TRANSACAO_CONSENTIMENTO_EXCEDIDO: {
      description: "O valor da transação ultrapassar o limite de valor por transação.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
        message: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
      },
      message: "Limite de transação excedido.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    LIMITE_TENTATIVAS_EXCEDIDO: {
      description: "O limite de tentativas para liquidação do pagamento permitidas pelo arranjo foi excedido.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
        message: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
      },
      message: "Limite de tentativas excedido.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FORA_PRAZO_PERMITIDO: {
      description: "O horário ou período da requisição não permite o agendamento pelo detentor.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
        message: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
      },
      message: "Tentativa fora do prazo.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DETALHE_TENTATIVA_INVALIDO: {
      description: "O parâmetro [nome_do(s)_campo(s)] inseridos para a nova tentativa de pagamento não condizem com o pagamento original que falhou e não são permitidos na nova tentativa de pagamento.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
        message: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
      },
      message: "Nova tentativa inválida",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAGAMENTO_NAO_PERMITE_CANCELAMENTO: {
      description: "Pagamento está com um status que não permite cancelamento.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
        message: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
      },
      message: "Pagamento está com um status que não permite cancelamento.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CANCELAMENTO_FORA_PERIODO_PERMITIDO: {
      description: "O usuário solicitou o cancelamento fora da janela de tempo permitido.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
        message: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] },
      },
      message: "O usuário solicitou o cancelamento fora da janela de tempo permitido.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known OpenFinanceBrasilRecurringPaymentError. */
export const isOpenFinanceBrasilRecurringPaymentError = (value: unknown): value is OpenFinanceBrasilRecurringPaymentError => isCodeOf(OpenFinanceBrasilRecurringPaymentErrorCategories, OpenFinanceBrasilRecurringPaymentErrorAliases, value);

/** Other wire spellings of OpenFinanceBrasilRecurringPaymentRejectionReason values (alias -> value). */
export const OpenFinanceBrasilRecurringPaymentRejectionReasonAliases: { readonly [alias: string]: OpenFinanceBrasilRecurringPaymentRejectionReason } = {
};
/** The category of every OpenFinanceBrasilRecurringPaymentRejectionReason value and alias: all a listener needs to read one. */
export const OpenFinanceBrasilRecurringPaymentRejectionReasonCategories: { readonly [spelling: string]: Category } = {
  SALDO_INSUFICIENTE: "rejected",
  VALOR_ACIMA_LIMITE: "rejected",
  VALOR_INVALIDO: "integration_error",
  NAO_INFORMADO: "rejected",
  PAGAMENTO_DIVERGENTE_CONSENTIMENTO: "integration_error",
  PAGAMENTO_RECUSADO_DETENTORA: "rejected",
  PAGAMENTO_RECUSADO_SPI: "rejected",
  CONSENTIMENTO_INVALIDO: "reconnect_required",
  FALHA_INFRAESTRUTURA_SPI: "institution_unavailable",
  FALHA_INFRAESTRUTURA_ICP: "institution_unavailable",
  FALHA_INFRAESTRUTURA_PSP_RECEBEDOR: "institution_unavailable",
  FALHA_INFRAESTRUTURA_DETENTORA: "institution_unavailable",
  LIMITE_PERIODO_VALOR_EXCEDIDO: "rejected",
  LIMITE_PERIODO_QUANTIDADE_EXCEDIDO: "rejected",
  TITULARIDADE_INCONSISTENTE: "account_unavailable",
  LIMITE_VALOR_TOTAL_CONSENTIMENTO_EXCEDIDO: "rejected",
  LIMITE_VALOR_TRANSACAO_CONSENTIMENTO_EXCEDIDO: "rejected",
  CONSENTIMENTO_REVOGADO: "reconnect_required",
  LIMITE_TENTATIVAS_EXCEDIDO: "rejected",
  FORA_PRAZO_PERMITIDO: "integration_error",
  DETALHE_TENTATIVA_INVALIDO: "integration_error",
  DETALHE_PAGAMENTO_INVALIDO: "integration_error",
};
/**
 * Recurring payment rejection reason (Automatic Payments API 2.0.0): Why a recurring Pix payment
 * was rejected: rejectionReason.code with status RJCT. The texts are the file's list for
 * rejectionReason.detail of the GET list answer (RejectionReasonGet); the POST, GET-by-id and PATCH
 * answers use an enum with the same 22 codes (EnumRejectionReasonCode). Texts are the standard's
 * own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes no English
 * text. Wire field: data[].rejectionReason.code; data.rejectionReason.code (when status is RJCT).
 */
export const OpenFinanceBrasilRecurringPaymentRejectionReason: {
  /**
   * A conta selecionada não possui saldo suficiente para realizar o pagamento
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly SALDO_INSUFICIENTE: "SALDO_INSUFICIENTE";
  /**
   * Valida se o valor ultrapassa o limite estabelecido [na instituição (conta ou canal)/no arranjo]
   * para permitir a realização de transações pelo cliente
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly VALOR_ACIMA_LIMITE: "VALOR_ACIMA_LIMITE";
  /**
   * O valor enviado não é válido
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly VALOR_INVALIDO: "VALOR_INVALIDO";
  /**
   * Não reportado/identificado pela instituição detentora de conta
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly NAO_INFORMADO: "NAO_INFORMADO";
  /**
   * Dados do pagamento divergentes dos dados do consentimento
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly PAGAMENTO_DIVERGENTE_CONSENTIMENTO: "PAGAMENTO_DIVERGENTE_CONSENTIMENTO";
  /**
   * [descrição do motivo de recusa]
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly PAGAMENTO_RECUSADO_DETENTORA: "PAGAMENTO_RECUSADO_DETENTORA";
  /**
   * [código de erro conforme tabela de domínios reason PACS.002]
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly PAGAMENTO_RECUSADO_SPI: "PAGAMENTO_RECUSADO_SPI";
  /**
   * Consentimento inválido (em status final)
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly CONSENTIMENTO_INVALIDO: "CONSENTIMENTO_INVALIDO";
  /**
   * Indica uma falha no Sistema de Pagamentos Instantâneos (SPI)
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly FALHA_INFRAESTRUTURA_SPI: "FALHA_INFRAESTRUTURA_SPI";
  /**
   * Indica uma falha na Infraestrutura de Chaves Públicas (ICP)
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly FALHA_INFRAESTRUTURA_ICP: "FALHA_INFRAESTRUTURA_ICP";
  /**
   * Indica uma falha na infraestrutura do Prestador de Serviço de Pagamento (PSP) que recebe o
   * pagamento
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly FALHA_INFRAESTRUTURA_PSP_RECEBEDOR: "FALHA_INFRAESTRUTURA_PSP_RECEBEDOR";
  /**
   * indica uma falha na infraestrutura da instituição detentora das informações ou recursos
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly FALHA_INFRAESTRUTURA_DETENTORA: "FALHA_INFRAESTRUTURA_DETENTORA";
  /**
   * A transação não pode ser realizada pois o valor parametrizado no consentimento foi excedido.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly LIMITE_PERIODO_VALOR_EXCEDIDO: "LIMITE_PERIODO_VALOR_EXCEDIDO";
  /**
   * A transação não pode ser realizada pois a quantidade parametrizada no consentimento foi
   * excedida.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly LIMITE_PERIODO_QUANTIDADE_EXCEDIDO: "LIMITE_PERIODO_QUANTIDADE_EXCEDIDO";
  /**
   * Conta atualmente não associada ao CPF/CNPJ do consentimento de longa duração.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly TITULARIDADE_INCONSISTENTE: "TITULARIDADE_INCONSISTENTE";
  /**
   * O valor da transação excede o limite global do consentimento.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly LIMITE_VALOR_TOTAL_CONSENTIMENTO_EXCEDIDO: "LIMITE_VALOR_TOTAL_CONSENTIMENTO_EXCEDIDO";
  /**
   * O valor da transação ultrapassar o limite de valor por transação.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly LIMITE_VALOR_TRANSACAO_CONSENTIMENTO_EXCEDIDO: "LIMITE_VALOR_TRANSACAO_CONSENTIMENTO_EXCEDIDO";
  /**
   * O pagamento estava associado a um consentimento que foi revogado.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly CONSENTIMENTO_REVOGADO: "CONSENTIMENTO_REVOGADO";
  /**
   * O máximo de tentativas de liquidação permitidas pelo arranjo foi atingido
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly LIMITE_TENTATIVAS_EXCEDIDO: "LIMITE_TENTATIVAS_EXCEDIDO";
  /**
   * O horário ou período da requisição não permite o agendamento pelo detentor.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly FORA_PRAZO_PERMITIDO: "FORA_PRAZO_PERMITIDO";
  /**
   * O parâmetro [nome_do(s)_campo(s)] inseridos para a nova tentativa de pagamento não condizem com
   * o pagamento original que falhou e não são permitidos na nova tentativa de pagamento.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly DETALHE_TENTATIVA_INVALIDO: "DETALHE_TENTATIVA_INVALIDO";
  /**
   * Valida se determinado parâmetro informado obedece as regras de negócio
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly DETALHE_PAGAMENTO_INVALIDO: "DETALHE_PAGAMENTO_INVALIDO";
} = /* @__PURE__ */ membersOf(OpenFinanceBrasilRecurringPaymentRejectionReasonCategories, OpenFinanceBrasilRecurringPaymentRejectionReasonAliases);
export type OpenFinanceBrasilRecurringPaymentRejectionReason = (typeof OpenFinanceBrasilRecurringPaymentRejectionReason)[keyof typeof OpenFinanceBrasilRecurringPaymentRejectionReason];
/** A OpenFinanceBrasilRecurringPaymentRejectionReason as read from the wire: a known value or any other string. */
export type OpenFinanceBrasilRecurringPaymentRejectionReasonOrUnknown = OpenFinanceBrasilRecurringPaymentRejectionReason | (string & {});
/** The catalog's metadata of every OpenFinanceBrasilRecurringPaymentRejectionReason value. */
export const OpenFinanceBrasilRecurringPaymentRejectionReasonInfo: { readonly [V in OpenFinanceBrasilRecurringPaymentRejectionReason]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/openfinancebrasil/recurring_payment_rejection_reason",
  {
    SALDO_INSUFICIENTE: {
      description: "A conta selecionada não possui saldo suficiente para realizar o pagamento",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    VALOR_ACIMA_LIMITE: {
      description: "Valida se o valor ultrapassa o limite estabelecido [na instituição (conta ou canal)/no arranjo] para permitir a realização de transações pelo cliente",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    VALOR_INVALIDO: {
      description: "O valor enviado não é válido",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    NAO_INFORMADO: {
      description: "Não reportado/identificado pela instituição detentora de conta",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAGAMENTO_DIVERGENTE_CONSENTIMENTO: {
      description: "Dados do pagamento divergentes dos dados do consentimento",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAGAMENTO_RECUSADO_DETENTORA: {
      description: "[descrição do motivo de recusa]",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PAGAMENTO_RECUSADO_SPI: {
      description: "[código de erro conforme tabela de domínios reason PACS.002]",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CONSENTIMENTO_INVALIDO: {
      description: "Consentimento inválido (em status final)",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FALHA_INFRAESTRUTURA_SPI: {
      description: "Indica uma falha no Sistema de Pagamentos Instantâneos (SPI)",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FALHA_INFRAESTRUTURA_ICP: {
      description: "Indica uma falha na Infraestrutura de Chaves Públicas (ICP)",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FALHA_INFRAESTRUTURA_PSP_RECEBEDOR: {
      description: "Indica uma falha na infraestrutura do Prestador de Serviço de Pagamento (PSP) que recebe o pagamento",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FALHA_INFRAESTRUTURA_DETENTORA: {
      description: "indica uma falha na infraestrutura da instituição detentora das informações ou recursos",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    LIMITE_PERIODO_VALOR_EXCEDIDO: {
      description: "A transação não pode ser realizada pois o valor parametrizado no consentimento foi excedido.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    LIMITE_PERIODO_QUANTIDADE_EXCEDIDO: {
      description: "A transação não pode ser realizada pois a quantidade parametrizada no consentimento foi excedida.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TITULARIDADE_INCONSISTENTE: {
      description: "Conta atualmente não associada ao CPF/CNPJ do consentimento de longa duração.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    LIMITE_VALOR_TOTAL_CONSENTIMENTO_EXCEDIDO: {
      description: "O valor da transação excede o limite global do consentimento.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    LIMITE_VALOR_TRANSACAO_CONSENTIMENTO_EXCEDIDO: {
      description: "O valor da transação ultrapassar o limite de valor por transação.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CONSENTIMENTO_REVOGADO: {
      description: "O pagamento estava associado a um consentimento que foi revogado.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    LIMITE_TENTATIVAS_EXCEDIDO: {
      description: "O máximo de tentativas de liquidação permitidas pelo arranjo foi atingido",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FORA_PRAZO_PERMITIDO: {
      description: "O horário ou período da requisição não permite o agendamento pelo detentor.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DETALHE_TENTATIVA_INVALIDO: {
      description: "O parâmetro [nome_do(s)_campo(s)] inseridos para a nova tentativa de pagamento não condizem com o pagamento original que falhou e não são permitidos na nova tentativa de pagamento.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DETALHE_PAGAMENTO_INVALIDO: {
      description: "Valida se determinado parâmetro informado obedece as regras de negócio",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known OpenFinanceBrasilRecurringPaymentRejectionReason. */
export const isOpenFinanceBrasilRecurringPaymentRejectionReason = (value: unknown): value is OpenFinanceBrasilRecurringPaymentRejectionReason => isCodeOf(OpenFinanceBrasilRecurringPaymentRejectionReasonCategories, OpenFinanceBrasilRecurringPaymentRejectionReasonAliases, value);

/** Other wire spellings of OpenFinanceBrasilRecurringConsentRejectionReason values (alias -> value). */
export const OpenFinanceBrasilRecurringConsentRejectionReasonAliases: { readonly [alias: string]: OpenFinanceBrasilRecurringConsentRejectionReason } = {
};
/** The category of every OpenFinanceBrasilRecurringConsentRejectionReason value and alias: all a listener needs to read one. */
export const OpenFinanceBrasilRecurringConsentRejectionReasonCategories: { readonly [spelling: string]: Category } = {
  NAO_INFORMADO: "rejected",
  FALHA_INFRAESTRUTURA: "institution_unavailable",
  TEMPO_EXPIRADO_AUTORIZACAO: "session_expired",
  REJEITADO_USUARIO: "cancelled",
  CONTAS_ORIGEM_DESTINO_IGUAIS: "integration_error",
  CONTA_NAO_PERMITE_PAGAMENTO: "account_unavailable",
  SALDO_INSUFICIENTE: "rejected",
  VALOR_ACIMA_LIMITE: "rejected",
  AUTENTICACAO_DIVERGENTE: "rejected",
};
/**
 * Recurring consent rejection reason (Automatic Payments API 2.0.0): Why a recurring consent was
 * rejected: rejection.reason.code with status REJECTED; the texts are the file's list for
 * rejection.reason.detail. Texts are the standard's own Portuguese (pt-BR), verbatim from the
 * pinned OpenAPI file; the standard publishes no English text. Wire field:
 * data.rejection.reason.code (when data.status is REJECTED).
 */
export const OpenFinanceBrasilRecurringConsentRejectionReason: {
  /**
   * Não informada pela detentora de conta
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly NAO_INFORMADO: "NAO_INFORMADO";
  /**
   * [Descrição de qual falha na infraestrutura inviabilizou o processamento]
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly FALHA_INFRAESTRUTURA: "FALHA_INFRAESTRUTURA";
  /**
   * Consentimento expirou antes que o usuário pudesse confirmá-lo
   * Category: session_expired (Session expired); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly TEMPO_EXPIRADO_AUTORIZACAO: "TEMPO_EXPIRADO_AUTORIZACAO";
  /**
   * O usuário rejeitou a autorização do consentimento
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly REJEITADO_USUARIO: "REJEITADO_USUARIO";
  /**
   * A conta selecionada é igual à conta destino e não permite realizar esse pagamento
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly CONTAS_ORIGEM_DESTINO_IGUAIS: "CONTAS_ORIGEM_DESTINO_IGUAIS";
  /**
   * A conta selecionada é do tipo [salario/investimento/liquidação/outros] e não permite realizar
   * esse pagamento
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly CONTA_NAO_PERMITE_PAGAMENTO: "CONTA_NAO_PERMITE_PAGAMENTO";
  /**
   * A conta selecionada não possui saldo suficiente para realizar o pagamento
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly SALDO_INSUFICIENTE: "SALDO_INSUFICIENTE";
  /**
   * O valor ultrapassa o limite estabelecido para permitir a realização de transações pelo cliente
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly VALOR_ACIMA_LIMITE: "VALOR_ACIMA_LIMITE";
  /**
   * Usuário autenticado no detentor diverge do usuário autenticado no iniciador
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly AUTENTICACAO_DIVERGENTE: "AUTENTICACAO_DIVERGENTE";
} = /* @__PURE__ */ membersOf(OpenFinanceBrasilRecurringConsentRejectionReasonCategories, OpenFinanceBrasilRecurringConsentRejectionReasonAliases);
export type OpenFinanceBrasilRecurringConsentRejectionReason = (typeof OpenFinanceBrasilRecurringConsentRejectionReason)[keyof typeof OpenFinanceBrasilRecurringConsentRejectionReason];
/** A OpenFinanceBrasilRecurringConsentRejectionReason as read from the wire: a known value or any other string. */
export type OpenFinanceBrasilRecurringConsentRejectionReasonOrUnknown = OpenFinanceBrasilRecurringConsentRejectionReason | (string & {});
/** The catalog's metadata of every OpenFinanceBrasilRecurringConsentRejectionReason value. */
export const OpenFinanceBrasilRecurringConsentRejectionReasonInfo: { readonly [V in OpenFinanceBrasilRecurringConsentRejectionReason]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/openfinancebrasil/recurring_consent_rejection_reason",
  {
    NAO_INFORMADO: {
      description: "Não informada pela detentora de conta",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FALHA_INFRAESTRUTURA: {
      description: "[Descrição de qual falha na infraestrutura inviabilizou o processamento]",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TEMPO_EXPIRADO_AUTORIZACAO: {
      description: "Consentimento expirou antes que o usuário pudesse confirmá-lo",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REJEITADO_USUARIO: {
      description: "O usuário rejeitou a autorização do consentimento",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CONTAS_ORIGEM_DESTINO_IGUAIS: {
      description: "A conta selecionada é igual à conta destino e não permite realizar esse pagamento",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CONTA_NAO_PERMITE_PAGAMENTO: {
      description: "A conta selecionada é do tipo [salario/investimento/liquidação/outros] e não permite realizar esse pagamento",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SALDO_INSUFICIENTE: {
      description: "A conta selecionada não possui saldo suficiente para realizar o pagamento",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    VALOR_ACIMA_LIMITE: {
      description: "O valor ultrapassa o limite estabelecido para permitir a realização de transações pelo cliente",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AUTENTICACAO_DIVERGENTE: {
      description: "Usuário autenticado no detentor diverge do usuário autenticado no iniciador",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known OpenFinanceBrasilRecurringConsentRejectionReason. */
export const isOpenFinanceBrasilRecurringConsentRejectionReason = (value: unknown): value is OpenFinanceBrasilRecurringConsentRejectionReason => isCodeOf(OpenFinanceBrasilRecurringConsentRejectionReasonCategories, OpenFinanceBrasilRecurringConsentRejectionReasonAliases, value);

/** Other wire spellings of OpenFinanceBrasilRecurringConsentRevocationReason values (alias -> value). */
export const OpenFinanceBrasilRecurringConsentRevocationReasonAliases: { readonly [alias: string]: OpenFinanceBrasilRecurringConsentRevocationReason } = {
};
/** The category of every OpenFinanceBrasilRecurringConsentRevocationReason value and alias: all a listener needs to read one. */
export const OpenFinanceBrasilRecurringConsentRevocationReasonCategories: { readonly [spelling: string]: Category } = {
  REVOGADO_RECEBEDOR: "cancelled",
  REVOGADO_USUARIO: "reconnect_required",
  NAO_INFORMADO: "reconnect_required",
};
/**
 * Recurring consent revocation reason (Automatic Payments API 2.0.0): Why a recurring consent was
 * revoked: revocation.reason.code with status REVOKED; the texts are the file's list for
 * revocation.reason.detail. Texts are the standard's own Portuguese (pt-BR), verbatim from the
 * pinned OpenAPI file; the standard publishes no English text. Wire field:
 * data.revocation.reason.code (when data.status is REVOKED).
 */
export const OpenFinanceBrasilRecurringConsentRevocationReason: {
  /**
   * O usuário recebedor revogou a recorrência do consentimento.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly REVOGADO_RECEBEDOR: "REVOGADO_RECEBEDOR";
  /**
   * O usuário pagador revogou a recorrência do consentimento
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly REVOGADO_USUARIO: "REVOGADO_USUARIO";
  /**
   * Não informada pela detentora de conta
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly NAO_INFORMADO: "NAO_INFORMADO";
} = /* @__PURE__ */ membersOf(OpenFinanceBrasilRecurringConsentRevocationReasonCategories, OpenFinanceBrasilRecurringConsentRevocationReasonAliases);
export type OpenFinanceBrasilRecurringConsentRevocationReason = (typeof OpenFinanceBrasilRecurringConsentRevocationReason)[keyof typeof OpenFinanceBrasilRecurringConsentRevocationReason];
/** A OpenFinanceBrasilRecurringConsentRevocationReason as read from the wire: a known value or any other string. */
export type OpenFinanceBrasilRecurringConsentRevocationReasonOrUnknown = OpenFinanceBrasilRecurringConsentRevocationReason | (string & {});
/** The catalog's metadata of every OpenFinanceBrasilRecurringConsentRevocationReason value. */
export const OpenFinanceBrasilRecurringConsentRevocationReasonInfo: { readonly [V in OpenFinanceBrasilRecurringConsentRevocationReason]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/openfinancebrasil/recurring_consent_revocation_reason",
  {
    REVOGADO_RECEBEDOR: {
      description: "O usuário recebedor revogou a recorrência do consentimento.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REVOGADO_USUARIO: {
      description: "O usuário pagador revogou a recorrência do consentimento",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    NAO_INFORMADO: {
      description: "Não informada pela detentora de conta",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brazil-automatic-payments-2-0-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-automatic-payments-2-0-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known OpenFinanceBrasilRecurringConsentRevocationReason. */
export const isOpenFinanceBrasilRecurringConsentRevocationReason = (value: unknown): value is OpenFinanceBrasilRecurringConsentRevocationReason => isCodeOf(OpenFinanceBrasilRecurringConsentRevocationReasonCategories, OpenFinanceBrasilRecurringConsentRevocationReasonAliases, value);

/** Other wire spellings of OpenFinanceBrasilEnrollmentError values (alias -> value). */
export const OpenFinanceBrasilEnrollmentErrorAliases: { readonly [alias: string]: OpenFinanceBrasilEnrollmentError } = {
};
/** The category of every OpenFinanceBrasilEnrollmentError value and alias: all a listener needs to read one. */
export const OpenFinanceBrasilEnrollmentErrorCategories: { readonly [spelling: string]: Category } = {
  PERMISSOES_INVALIDAS: "integration_error",
  CONTA_INVALIDA: "account_unavailable",
  PARAMETRO_NAO_INFORMADO: "integration_error",
  PARAMETRO_INVALIDO: "integration_error",
  ERRO_IDEMPOTENCIA: "integration_error",
  STATUS_INVALIDO: "rejected",
  MOTIVO_REJEICAO: "integration_error",
  REJEITADO_OUTRO_SEM_DETALHES: "integration_error",
  MOTIVO_REVOGACAO: "integration_error",
  REVOGADO_OUTRO_SEM_DETALHES: "integration_error",
  RP_INVALIDA: "integration_error",
  STATUS_VINCULO_INVALIDO: "integration_error",
  ORIGEM_FIDO_INVALIDA: "integration_error",
  RP_ID_HASH_INVALIDO: "integration_error",
  CHALLENGE_INVALIDO: "integration_error",
  PUBLIC_KEY_INVALIDA: "integration_error",
  EXTENSION_INVALIDA: "integration_error",
  STATUS_CONSENTIMENTO_INVALIDO: "session_expired",
  FALTAM_SINAIS_OBRIGATORIOS_DA_PLATAFORMA: "integration_error",
  RISCO: "rejected",
  CONTA_DEBITO_DIVERGENTE_CONSENTIMENTO_VINCULO: "integration_error",
};
/**
 * Enrollment error (HTTP 422, Enrollments API 2.1.0): The code of an HTTP 422 error of the
 * Enrollments API (the no-redirect journey: binding a device's FIDO2 credential to an account, then
 * authorising payment consents with it). scope lists the endpoints whose enum has the code, and an
 * http entry per endpoint keeps that endpoint's own text where it differs. Texts are the standard's
 * own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes no English
 * text. Wire field: errors[].code (HTTP 422; the payload of an application/jwt body).
 */
export const OpenFinanceBrasilEnrollmentError: {
  /**
   * As permissões associadas ao vínculo de conta não contêm "PAYMENTS_INITIATE".
   * Category: integration_error (Integration error); retryable: no.
   * Message: Permissões inválidas.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly PERMISSOES_INVALIDAS: "PERMISSOES_INVALIDAS";
  /**
   * A conta informada inexiste ou não é compatível com o fluxo de não-redirecionamento.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Message: Conta inválida.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly CONTA_INVALIDA: "CONTA_INVALIDA";
  /**
   * Parâmetro não informado.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly PARAMETRO_NAO_INFORMADO: "PARAMETRO_NAO_INFORMADO";
  /**
   * Parâmetro inválido.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly PARAMETRO_INVALIDO: "PARAMETRO_INVALIDO";
  /**
   * Erro idempotência.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly ERRO_IDEMPOTENCIA: "ERRO_IDEMPOTENCIA";
  /**
   * O status do vínculo de conta não permite cancelamento.
   * Category: rejected (Rejected); retryable: no.
   * Message: Status inválido.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly STATUS_INVALIDO: "STATUS_INVALIDO";
  /**
   * A rejeição do vínculo de conta exige um motivo associado.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Motivo de rejeição não especificado.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly MOTIVO_REJEICAO: "MOTIVO_REJEICAO";
  /**
   * O uso do motivo REJEITADO_OUTRO, deve estar acompanhado de descrição (additionalInformation).
   * Category: integration_error (Integration error); retryable: no.
   * Message: O campo additionalInformation é obrigatório.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly REJEITADO_OUTRO_SEM_DETALHES: "REJEITADO_OUTRO_SEM_DETALHES";
  /**
   * A revogação do vínculo de conta exige um motivo associado.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Motivo de revogação não especificado.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly MOTIVO_REVOGACAO: "MOTIVO_REVOGACAO";
  /**
   * O uso do motivo REVOGADO_OUTRO deve estar acompanhado de descrição (additionalInformation)
   * Category: integration_error (Integration error); retryable: no.
   * Message: O campo additionalInformation é obrigatório.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly REVOGADO_OUTRO_SEM_DETALHES: "REVOGADO_OUTRO_SEM_DETALHES";
  /**
   * O identificador da Relying Party informado não pode ser verificado.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Relying party inválida.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly RP_INVALIDA: "RP_INVALIDA";
  /**
   * O status do vínculo de conta é tal que não permite o registro de nova credencial.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Status do vínculo de conta inválido.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly STATUS_VINCULO_INVALIDO: "STATUS_VINCULO_INVALIDO";
  /**
   * O valor contido no campo
   * [response.clientDataJSON.origin](https://www.w3.org/TR/webauthn-2/#dom-authenticatorresponse-
   * clientdatajson) não pode ser verificado.
   * Category: integration_error (Integration error); retryable: no.
   * Message: "Origin" não pode ser verificada.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly ORIGEM_FIDO_INVALIDA: "ORIGEM_FIDO_INVALIDA";
  /**
   * O valor contido no campo
   * [data.response.attestationObject.authData.rpIdHash](https://www.w3.org/TR/webauthn-2/#sctn-
   * authenticator-data) não pode ser verificado.
   * Category: integration_error (Integration error); retryable: no.
   * Message: "RpIdHash" não pode ser verificado.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly RP_ID_HASH_INVALIDO: "RP_ID_HASH_INVALIDO";
  /**
   * O campo [response.clientDataJSON.challenge](https://www.w3.org/TR/webauthn-2/#dom-
   * authenticatorresponse-clientdatajson) possui valor codificado diferente do valor gerado pelo
   * servidor.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Challenge inválido.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly CHALLENGE_INVALIDO: "CHALLENGE_INVALIDO";
  /**
   * A chave pública enviada é incompatível com as definições do servidor FIDO2.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Chave pública inválida.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly PUBLIC_KEY_INVALIDA: "PUBLIC_KEY_INVALIDA";
  /**
   * As extensões extraídas são incompatíveis com as diretrizes de segurança do servidor FIDO2.
   * Category: integration_error (Integration error); retryable: no.
   * Message: Extensões inválidas.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly EXTENSION_INVALIDA: "EXTENSION_INVALIDA";
  /**
   * O status do consentimento não permite autorização.
   * Category: session_expired (Session expired); retryable: no.
   * Message: Status do consentimento de pagamento inválido.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly STATUS_CONSENTIMENTO_INVALIDO: "STATUS_CONSENTIMENTO_INVALIDO";
  /**
   * Os sinais obrigatórios para a plataforma do usuário não foram enviados em sua totalidade.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly FALTAM_SINAIS_OBRIGATORIOS_DA_PLATAFORMA: "FALTAM_SINAIS_OBRIGATORIOS_DA_PLATAFORMA";
  /**
   * Validação síncrona dos sinais de risco impediram a ativação do consentimento.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly RISCO: "RISCO";
  /**
   * A conta de débito informada pelo iniciador não condiz com a conta de débito vinculada ao
   * dispositivo.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly CONTA_DEBITO_DIVERGENTE_CONSENTIMENTO_VINCULO: "CONTA_DEBITO_DIVERGENTE_CONSENTIMENTO_VINCULO";
} = /* @__PURE__ */ membersOf(OpenFinanceBrasilEnrollmentErrorCategories, OpenFinanceBrasilEnrollmentErrorAliases);
export type OpenFinanceBrasilEnrollmentError = (typeof OpenFinanceBrasilEnrollmentError)[keyof typeof OpenFinanceBrasilEnrollmentError];
/** A OpenFinanceBrasilEnrollmentError as read from the wire: a known value or any other string. */
export type OpenFinanceBrasilEnrollmentErrorOrUnknown = OpenFinanceBrasilEnrollmentError | (string & {});
/** The catalog's metadata of every OpenFinanceBrasilEnrollmentError value. */
export const OpenFinanceBrasilEnrollmentErrorInfo: { readonly [V in OpenFinanceBrasilEnrollmentError]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/openfinancebrasil/enrollment_error",
  {
    PERMISSOES_INVALIDAS: {
      description: "As permissões associadas ao vínculo de conta não contêm \"PAYMENTS_INITIATE\".",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-enrollments-2-1-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-enrollments-2-1-0"] },
        message: { by: "provider", sources: ["brazil-enrollments-2-1-0"] },
      },
      message: "Permissões inválidas.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CONTA_INVALIDA: {
      description: "A conta informada inexiste ou não é compatível com o fluxo de não-redirecionamento.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-enrollments-2-1-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-enrollments-2-1-0"] },
        message: { by: "provider", sources: ["brazil-enrollments-2-1-0"] },
      },
      message: "Conta inválida.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PARAMETRO_NAO_INFORMADO: {
      description: "Parâmetro não informado.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-enrollments-2-1-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-enrollments-2-1-0"] },
        message: { by: "provider", sources: ["brazil-enrollments-2-1-0"] },
      },
      message: "Parâmetro não informado.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PARAMETRO_INVALIDO: {
      description: "Parâmetro inválido.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-enrollments-2-1-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-enrollments-2-1-0"] },
        message: { by: "provider", sources: ["brazil-enrollments-2-1-0"] },
      },
      message: "Parâmetro inválido.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ERRO_IDEMPOTENCIA: {
      description: "Erro idempotência.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-enrollments-2-1-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-enrollments-2-1-0"] },
        message: { by: "provider", sources: ["brazil-enrollments-2-1-0"] },
      },
      message: "Erro idempotência.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    STATUS_INVALIDO: {
      description: "O status do vínculo de conta não permite cancelamento.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-enrollments-2-1-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-enrollments-2-1-0"] },
        message: { by: "provider", sources: ["brazil-enrollments-2-1-0"] },
      },
      message: "Status inválido.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    MOTIVO_REJEICAO: {
      description: "A rejeição do vínculo de conta exige um motivo associado.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-enrollments-2-1-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-enrollments-2-1-0"] },
        message: { by: "provider", sources: ["brazil-enrollments-2-1-0"] },
      },
      message: "Motivo de rejeição não especificado.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REJEITADO_OUTRO_SEM_DETALHES: {
      description: "O uso do motivo REJEITADO_OUTRO, deve estar acompanhado de descrição (additionalInformation).",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-enrollments-2-1-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-enrollments-2-1-0"] },
        message: { by: "provider", sources: ["brazil-enrollments-2-1-0"] },
      },
      message: "O campo additionalInformation é obrigatório.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    MOTIVO_REVOGACAO: {
      description: "A revogação do vínculo de conta exige um motivo associado.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-enrollments-2-1-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-enrollments-2-1-0"] },
        message: { by: "provider", sources: ["brazil-enrollments-2-1-0"] },
      },
      message: "Motivo de revogação não especificado.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REVOGADO_OUTRO_SEM_DETALHES: {
      description: "O uso do motivo REVOGADO_OUTRO deve estar acompanhado de descrição (additionalInformation)",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-enrollments-2-1-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-enrollments-2-1-0"] },
        message: { by: "provider", sources: ["brazil-enrollments-2-1-0"] },
      },
      message: "O campo additionalInformation é obrigatório.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RP_INVALIDA: {
      description: "O identificador da Relying Party informado não pode ser verificado.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-enrollments-2-1-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-enrollments-2-1-0"] },
        message: { by: "provider", sources: ["brazil-enrollments-2-1-0"] },
      },
      message: "Relying party inválida.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    STATUS_VINCULO_INVALIDO: {
      description: "O status do vínculo de conta é tal que não permite o registro de nova credencial.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-enrollments-2-1-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-enrollments-2-1-0"] },
        message: { by: "provider", sources: ["brazil-enrollments-2-1-0"] },
      },
      message: "Status do vínculo de conta inválido.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ORIGEM_FIDO_INVALIDA: {
      description: "O valor contido no campo [response.clientDataJSON.origin](https://www.w3.org/TR/webauthn-2/#dom-authenticatorresponse-clientdatajson) não pode ser verificado.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-enrollments-2-1-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-enrollments-2-1-0"] },
        message: { by: "provider", sources: ["brazil-enrollments-2-1-0"] },
      },
      message: "\"Origin\" não pode ser verificada.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RP_ID_HASH_INVALIDO: {
      description: "O valor contido no campo [data.response.attestationObject.authData.rpIdHash](https://www.w3.org/TR/webauthn-2/#sctn-authenticator-data) não pode ser verificado.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-enrollments-2-1-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-enrollments-2-1-0"] },
        message: { by: "provider", sources: ["brazil-enrollments-2-1-0"] },
      },
      message: "\"RpIdHash\" não pode ser verificado.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CHALLENGE_INVALIDO: {
      description: "O campo [response.clientDataJSON.challenge](https://www.w3.org/TR/webauthn-2/#dom-authenticatorresponse-clientdatajson) possui valor codificado diferente do valor gerado pelo servidor.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-enrollments-2-1-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-enrollments-2-1-0"] },
        message: { by: "provider", sources: ["brazil-enrollments-2-1-0"] },
      },
      message: "Challenge inválido.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PUBLIC_KEY_INVALIDA: {
      description: "A chave pública enviada é incompatível com as definições do servidor FIDO2.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-enrollments-2-1-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-enrollments-2-1-0"] },
        message: { by: "provider", sources: ["brazil-enrollments-2-1-0"] },
      },
      message: "Chave pública inválida.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    EXTENSION_INVALIDA: {
      description: "As extensões extraídas são incompatíveis com as diretrizes de segurança do servidor FIDO2.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-enrollments-2-1-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-enrollments-2-1-0"] },
        message: { by: "provider", sources: ["brazil-enrollments-2-1-0"] },
      },
      message: "Extensões inválidas.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    STATUS_CONSENTIMENTO_INVALIDO: {
      description: "O status do consentimento não permite autorização.",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [422],
      sources: ["brazil-enrollments-2-1-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-enrollments-2-1-0"] },
        message: { by: "provider", sources: ["brazil-enrollments-2-1-0"] },
      },
      message: "Status do consentimento de pagamento inválido.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FALTAM_SINAIS_OBRIGATORIOS_DA_PLATAFORMA: {
      description: "Os sinais obrigatórios para a plataforma do usuário não foram enviados em sua totalidade.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-enrollments-2-1-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-enrollments-2-1-0"] },
        message: { by: "provider", sources: ["brazil-enrollments-2-1-0"] },
      },
      message: "Os sinais obrigatórios para a plataforma do usuário não foram enviados em sua totalidade.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RISCO: {
      description: "Validação síncrona dos sinais de risco impediram a ativação do consentimento.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-enrollments-2-1-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-enrollments-2-1-0"] },
        message: { by: "provider", sources: ["brazil-enrollments-2-1-0"] },
      },
      message: "Validação síncrona dos sinais de risco impediram a ativação do consentimento.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CONTA_DEBITO_DIVERGENTE_CONSENTIMENTO_VINCULO: {
      description: "A conta de débito informada pelo iniciador não condiz com a conta de débito vinculada ao dispositivo.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-enrollments-2-1-0"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-enrollments-2-1-0"] },
        message: { by: "provider", sources: ["brazil-enrollments-2-1-0"] },
      },
      message: "A conta de débito informada pelo iniciador não condiz com a conta de débito vinculada ao dispositivo.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known OpenFinanceBrasilEnrollmentError. */
export const isOpenFinanceBrasilEnrollmentError = (value: unknown): value is OpenFinanceBrasilEnrollmentError => isCodeOf(OpenFinanceBrasilEnrollmentErrorCategories, OpenFinanceBrasilEnrollmentErrorAliases, value);

/** Other wire spellings of OpenFinanceBrasilEnrollmentRejectionReason values (alias -> value). */
export const OpenFinanceBrasilEnrollmentRejectionReasonAliases: { readonly [alias: string]: OpenFinanceBrasilEnrollmentRejectionReason } = {
};
/** The category of every OpenFinanceBrasilEnrollmentRejectionReason value and alias: all a listener needs to read one. */
export const OpenFinanceBrasilEnrollmentRejectionReasonCategories: { readonly [spelling: string]: Category } = {
  REJEITADO_TEMPO_EXPIRADO_RISK_SIGNALS: "session_expired",
  REJEITADO_TEMPO_EXPIRADO_ACCOUNT_HOLDER_VALIDATION: "session_expired",
  REJEITADO_TEMPO_EXPIRADO_ENROLLMENT: "session_expired",
  REJEITADO_MAXIMO_CHALLENGES_ATINGIDO: "attempts_exhausted",
  REJEITADO_MANUALMENTE: "cancelled",
  REJEITADO_DISPOSITIVO_INCOMPATIVEL: "rejected",
  REJEITADO_FALHA_INFRAESTRUTURA: "institution_unavailable",
  REJEITADO_FALHA_HYBRID_FLOW: "generic_failure",
  REJEITADO_FALHA_FIDO: "generic_failure",
  REJEITADO_SEGURANCA_INTERNA: "rejected",
  REJEITADO_OUTRO: "rejected",
};
/**
 * Enrollment rejection reason (Enrollments API 2.1.0): Why an enrollment was rejected (before it
 * was authorised): cancellation.reason.rejectionReason, in the enrollment and in the PATCH that
 * cancels one. Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI
 * file; the standard publishes no English text. Wire field:
 * data.cancellation.reason.rejectionReason.
 */
export const OpenFinanceBrasilEnrollmentRejectionReason: {
  /**
   * Expiração automática devido a timeout no status "AWAITING_RISK_SIGNALS". O envio de sinais de
   * risco não foi concluído.
   * Category: session_expired (Session expired); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly REJEITADO_TEMPO_EXPIRADO_RISK_SIGNALS: "REJEITADO_TEMPO_EXPIRADO_RISK_SIGNALS";
  /**
   * Expiração automática devido a timeout no status "AWAITING_ACCOUNT_HOLDER_VALIDATION". O
   * processo de redirecionamento não foi concluído com sucesso.
   * Category: session_expired (Session expired); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly REJEITADO_TEMPO_EXPIRADO_ACCOUNT_HOLDER_VALIDATION: "REJEITADO_TEMPO_EXPIRADO_ACCOUNT_HOLDER_VALIDATION";
  /**
   * Expiração automática devido a timeout no status "AWAITING_ENROLLMENT". O processo de criação e
   * envio de credenciais FIDO2 não foi concluído com sucesso.
   * Category: session_expired (Session expired); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly REJEITADO_TEMPO_EXPIRADO_ENROLLMENT: "REJEITADO_TEMPO_EXPIRADO_ENROLLMENT";
  /**
   * Vínculo de conta rejeitado devido várias tentativas vínculo frustradas.
   * Category: attempts_exhausted (Attempts exhausted); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly REJEITADO_MAXIMO_CHALLENGES_ATINGIDO: "REJEITADO_MAXIMO_CHALLENGES_ATINGIDO";
  /**
   * Cancelamento manual, explicitamente a pedido do usuário.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly REJEITADO_MANUALMENTE: "REJEITADO_MANUALMENTE";
  /**
   * Dispositivo não suporta o protocolo FIDO.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly REJEITADO_DISPOSITIVO_INCOMPATIVEL: "REJEITADO_DISPOSITIVO_INCOMPATIVEL";
  /**
   * Falha na infraestrutura na detentora.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly REJEITADO_FALHA_INFRAESTRUTURA: "REJEITADO_FALHA_INFRAESTRUTURA";
  /**
   * Vínculo de conta rejeitado por falha técnica no processo de redirecionamento (por exemplo:
   * troca de authorization code por access token no FAPI Hybrid flow)
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly REJEITADO_FALHA_HYBRID_FLOW: "REJEITADO_FALHA_HYBRID_FLOW";
  /**
   * Vínculo de conta rejeitado por falha técnica no processo de validação ou associação da
   * credencial pública FIDO.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly REJEITADO_FALHA_FIDO: "REJEITADO_FALHA_FIDO";
  /**
   * Vínculo de conta rejeitado devido à política de segurança de instituição detentora ou
   * iniciadora considerando a análise dos sinais de risco.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly REJEITADO_SEGURANCA_INTERNA: "REJEITADO_SEGURANCA_INTERNA";
  /**
   * Outros motivos não descritos pelas demais. Indicar, neste caso, o motivo em
   * "additionalInformation".
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly REJEITADO_OUTRO: "REJEITADO_OUTRO";
} = /* @__PURE__ */ membersOf(OpenFinanceBrasilEnrollmentRejectionReasonCategories, OpenFinanceBrasilEnrollmentRejectionReasonAliases);
export type OpenFinanceBrasilEnrollmentRejectionReason = (typeof OpenFinanceBrasilEnrollmentRejectionReason)[keyof typeof OpenFinanceBrasilEnrollmentRejectionReason];
/** A OpenFinanceBrasilEnrollmentRejectionReason as read from the wire: a known value or any other string. */
export type OpenFinanceBrasilEnrollmentRejectionReasonOrUnknown = OpenFinanceBrasilEnrollmentRejectionReason | (string & {});
/** The catalog's metadata of every OpenFinanceBrasilEnrollmentRejectionReason value. */
export const OpenFinanceBrasilEnrollmentRejectionReasonInfo: { readonly [V in OpenFinanceBrasilEnrollmentRejectionReason]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/openfinancebrasil/enrollment_rejection_reason",
  {
    REJEITADO_TEMPO_EXPIRADO_RISK_SIGNALS: {
      description: "Expiração automática devido a timeout no status \"AWAITING_RISK_SIGNALS\". O envio de sinais de risco não foi concluído.",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brazil-enrollments-2-1-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-enrollments-2-1-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REJEITADO_TEMPO_EXPIRADO_ACCOUNT_HOLDER_VALIDATION: {
      description: "Expiração automática devido a timeout no status \"AWAITING_ACCOUNT_HOLDER_VALIDATION\". O processo de redirecionamento não foi concluído com sucesso.",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brazil-enrollments-2-1-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-enrollments-2-1-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REJEITADO_TEMPO_EXPIRADO_ENROLLMENT: {
      description: "Expiração automática devido a timeout no status \"AWAITING_ENROLLMENT\". O processo de criação e envio de credenciais FIDO2 não foi concluído com sucesso.",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brazil-enrollments-2-1-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-enrollments-2-1-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REJEITADO_MAXIMO_CHALLENGES_ATINGIDO: {
      description: "Vínculo de conta rejeitado devido várias tentativas vínculo frustradas.",
      category: "attempts_exhausted",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-enrollments-2-1-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-enrollments-2-1-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REJEITADO_MANUALMENTE: {
      description: "Cancelamento manual, explicitamente a pedido do usuário.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brazil-enrollments-2-1-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-enrollments-2-1-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REJEITADO_DISPOSITIVO_INCOMPATIVEL: {
      description: "Dispositivo não suporta o protocolo FIDO.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-enrollments-2-1-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-enrollments-2-1-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REJEITADO_FALHA_INFRAESTRUTURA: {
      description: "Falha na infraestrutura na detentora.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brazil-enrollments-2-1-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-enrollments-2-1-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REJEITADO_FALHA_HYBRID_FLOW: {
      description: "Vínculo de conta rejeitado por falha técnica no processo de redirecionamento (por exemplo: troca de authorization code por access token no FAPI Hybrid flow)",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brazil-enrollments-2-1-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-enrollments-2-1-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REJEITADO_FALHA_FIDO: {
      description: "Vínculo de conta rejeitado por falha técnica no processo de validação ou associação da credencial pública FIDO.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brazil-enrollments-2-1-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-enrollments-2-1-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REJEITADO_SEGURANCA_INTERNA: {
      description: "Vínculo de conta rejeitado devido à política de segurança de instituição detentora ou iniciadora considerando a análise dos sinais de risco.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-enrollments-2-1-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-enrollments-2-1-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REJEITADO_OUTRO: {
      description: "Outros motivos não descritos pelas demais. Indicar, neste caso, o motivo em \"additionalInformation\".",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-enrollments-2-1-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-enrollments-2-1-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known OpenFinanceBrasilEnrollmentRejectionReason. */
export const isOpenFinanceBrasilEnrollmentRejectionReason = (value: unknown): value is OpenFinanceBrasilEnrollmentRejectionReason => isCodeOf(OpenFinanceBrasilEnrollmentRejectionReasonCategories, OpenFinanceBrasilEnrollmentRejectionReasonAliases, value);

/** Other wire spellings of OpenFinanceBrasilEnrollmentRevocationReason values (alias -> value). */
export const OpenFinanceBrasilEnrollmentRevocationReasonAliases: { readonly [alias: string]: OpenFinanceBrasilEnrollmentRevocationReason } = {
};
/** The category of every OpenFinanceBrasilEnrollmentRevocationReason value and alias: all a listener needs to read one. */
export const OpenFinanceBrasilEnrollmentRevocationReasonCategories: { readonly [spelling: string]: Category } = {
  REVOGADO_MANUALMENTE: "cancelled",
  REVOGADO_VALIDADE_EXPIRADA: "reconnect_required",
  REVOGADO_FALHA_INFRAESTRUTURA: "reconnect_required",
  REVOGADO_SEGURANCA_INTERNA: "rejected",
  REVOGADO_OUTRO: "reconnect_required",
};
/**
 * Enrollment revocation reason (Enrollments API 2.1.0): Why an authorised enrollment was revoked:
 * cancellation.reason.revocationReason, in the enrollment and in the PATCH that cancels one. Texts
 * are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard
 * publishes no English text. Wire field: data.cancellation.reason.revocationReason.
 */
export const OpenFinanceBrasilEnrollmentRevocationReason: {
  /**
   * Cancelamento manual, explicitamente a mando do usuário.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly REVOGADO_MANUALMENTE: "REVOGADO_MANUALMENTE";
  /**
   * Expiração automática ao atingir o prazo limite do vínculo de conta.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly REVOGADO_VALIDADE_EXPIRADA: "REVOGADO_VALIDADE_EXPIRADA";
  /**
   * Falha na infraestrutura na detentora.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly REVOGADO_FALHA_INFRAESTRUTURA: "REVOGADO_FALHA_INFRAESTRUTURA";
  /**
   * Vínculo de conta rejeitado devido à políticas de segurança tanto da iniciadora quanto da
   * detentora.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly REVOGADO_SEGURANCA_INTERNA: "REVOGADO_SEGURANCA_INTERNA";
  /**
   * Outros motivos não descritos pelas demais. Indicar, neste caso, o motivo em
   * "additionalInformation".
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly REVOGADO_OUTRO: "REVOGADO_OUTRO";
} = /* @__PURE__ */ membersOf(OpenFinanceBrasilEnrollmentRevocationReasonCategories, OpenFinanceBrasilEnrollmentRevocationReasonAliases);
export type OpenFinanceBrasilEnrollmentRevocationReason = (typeof OpenFinanceBrasilEnrollmentRevocationReason)[keyof typeof OpenFinanceBrasilEnrollmentRevocationReason];
/** A OpenFinanceBrasilEnrollmentRevocationReason as read from the wire: a known value or any other string. */
export type OpenFinanceBrasilEnrollmentRevocationReasonOrUnknown = OpenFinanceBrasilEnrollmentRevocationReason | (string & {});
/** The catalog's metadata of every OpenFinanceBrasilEnrollmentRevocationReason value. */
export const OpenFinanceBrasilEnrollmentRevocationReasonInfo: { readonly [V in OpenFinanceBrasilEnrollmentRevocationReason]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/openfinancebrasil/enrollment_revocation_reason",
  {
    REVOGADO_MANUALMENTE: {
      description: "Cancelamento manual, explicitamente a mando do usuário.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brazil-enrollments-2-1-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-enrollments-2-1-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REVOGADO_VALIDADE_EXPIRADA: {
      description: "Expiração automática ao atingir o prazo limite do vínculo de conta.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brazil-enrollments-2-1-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-enrollments-2-1-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REVOGADO_FALHA_INFRAESTRUTURA: {
      description: "Falha na infraestrutura na detentora.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brazil-enrollments-2-1-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-enrollments-2-1-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REVOGADO_SEGURANCA_INTERNA: {
      description: "Vínculo de conta rejeitado devido à políticas de segurança tanto da iniciadora quanto da detentora.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-enrollments-2-1-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-enrollments-2-1-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REVOGADO_OUTRO: {
      description: "Outros motivos não descritos pelas demais. Indicar, neste caso, o motivo em \"additionalInformation\".",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brazil-enrollments-2-1-0"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-enrollments-2-1-0"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known OpenFinanceBrasilEnrollmentRevocationReason. */
export const isOpenFinanceBrasilEnrollmentRevocationReason = (value: unknown): value is OpenFinanceBrasilEnrollmentRevocationReason => isCodeOf(OpenFinanceBrasilEnrollmentRevocationReasonCategories, OpenFinanceBrasilEnrollmentRevocationReasonAliases, value);

/** Other wire spellings of OpenFinanceBrasilDataConsentCreateError values (alias -> value). */
export const OpenFinanceBrasilDataConsentCreateErrorAliases: { readonly [alias: string]: OpenFinanceBrasilDataConsentCreateError } = {
};
/** The category of every OpenFinanceBrasilDataConsentCreateError value and alias: all a listener needs to read one. */
export const OpenFinanceBrasilDataConsentCreateErrorCategories: { readonly [spelling: string]: Category } = {
  SEM_PERMISSOES_FUNCIONAIS_RESTANTES: "integration_error",
  INFORMACOES_PJ_NAO_INFORMADAS: "integration_error",
  PERMISSOES_PJ_INCORRETAS: "integration_error",
  PERMISSAO_PF_PJ_EM_CONJUNTO: "integration_error",
  COMBINACAO_PERMISSOES_INCORRETA: "integration_error",
  DATA_EXPIRACAO_INVALIDA: "integration_error",
  ERRO_NAO_MAPEADO: "generic_failure",
};
/**
 * Data sharing consent creation error (HTTP 422, API Consents 3.3.1): The code of an HTTP 422 error
 * when a consent to share customer data is created (POST /consents of the Consents API, not the
 * payment consents of the Payments API). The body is plain JSON (application/json; charset=utf-8),
 * {errors:[{code,title,detail}],meta}. The file gives a text for ERRO_NAO_MAPEADO alone, so the
 * other descriptions are bankcodes' wording. Texts are the standard's own Portuguese (pt-BR),
 * verbatim from the pinned OpenAPI file; the standard publishes no English text. Wire field:
 * errors[].code (HTTP 422 of POST /consents; application/json).
 */
export const OpenFinanceBrasilDataConsentCreateError: {
  /**
   * None of the permissions asked for is left once those the data transmitter does not offer are
   * taken out.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 422.
   */
  readonly SEM_PERMISSOES_FUNCIONAIS_RESTANTES: "SEM_PERMISSOES_FUNCIONAIS_RESTANTES";
  /**
   * The information on the business customer (a legal entity, PJ) that the consent needs was not
   * given.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 422.
   */
  readonly INFORMACOES_PJ_NAO_INFORMADAS: "INFORMACOES_PJ_NAO_INFORMADAS";
  /**
   * The permissions asked for are not the ones a business customer's (PJ) consent may hold.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 422.
   */
  readonly PERMISSOES_PJ_INCORRETAS: "PERMISSOES_PJ_INCORRETAS";
  /**
   * The consent asks for the permissions of an individual (PF) and of a business (PJ) together.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 422.
   */
  readonly PERMISSAO_PF_PJ_EM_CONJUNTO: "PERMISSAO_PF_PJ_EM_CONJUNTO";
  /**
   * The combination of permissions asked for is not valid.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 422.
   */
  readonly COMBINACAO_PERMISSOES_INCORRETA: "COMBINACAO_PERMISSOES_INCORRETA";
  /**
   * The consent's expiration date is not valid.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 422.
   */
  readonly DATA_EXPIRACAO_INVALIDA: "DATA_EXPIRACAO_INVALIDA";
  /**
   * A opção “ERRO_NAO_MAPEADO” só deve ser utilizada caso não haja um code especifico mapeado para
   * o erro.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Open Finance Brasil's published text.
   * HTTP: 422.
   */
  readonly ERRO_NAO_MAPEADO: "ERRO_NAO_MAPEADO";
} = /* @__PURE__ */ membersOf(OpenFinanceBrasilDataConsentCreateErrorCategories, OpenFinanceBrasilDataConsentCreateErrorAliases);
export type OpenFinanceBrasilDataConsentCreateError = (typeof OpenFinanceBrasilDataConsentCreateError)[keyof typeof OpenFinanceBrasilDataConsentCreateError];
/** A OpenFinanceBrasilDataConsentCreateError as read from the wire: a known value or any other string. */
export type OpenFinanceBrasilDataConsentCreateErrorOrUnknown = OpenFinanceBrasilDataConsentCreateError | (string & {});
/** The catalog's metadata of every OpenFinanceBrasilDataConsentCreateError value. */
export const OpenFinanceBrasilDataConsentCreateErrorInfo: { readonly [V in OpenFinanceBrasilDataConsentCreateError]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/openfinancebrasil/data_consent_create_error",
  {
    SEM_PERMISSOES_FUNCIONAIS_RESTANTES: {
      description: "None of the permissions asked for is left once those the data transmitter does not offer are taken out.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-consents-3-3-1"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INFORMACOES_PJ_NAO_INFORMADAS: {
      description: "The information on the business customer (a legal entity, PJ) that the consent needs was not given.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-consents-3-3-1"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PERMISSOES_PJ_INCORRETAS: {
      description: "The permissions asked for are not the ones a business customer's (PJ) consent may hold.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-consents-3-3-1"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PERMISSAO_PF_PJ_EM_CONJUNTO: {
      description: "The consent asks for the permissions of an individual (PF) and of a business (PJ) together.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-consents-3-3-1"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    COMBINACAO_PERMISSOES_INCORRETA: {
      description: "The combination of permissions asked for is not valid.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-consents-3-3-1"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DATA_EXPIRACAO_INVALIDA: {
      description: "The consent's expiration date is not valid.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-consents-3-3-1"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ERRO_NAO_MAPEADO: {
      description: "A opção “ERRO_NAO_MAPEADO” só deve ser utilizada caso não haja um code especifico mapeado para o erro.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [422],
      sources: ["brazil-consents-3-3-1"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-consents-3-3-1"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known OpenFinanceBrasilDataConsentCreateError. */
export const isOpenFinanceBrasilDataConsentCreateError = (value: unknown): value is OpenFinanceBrasilDataConsentCreateError => isCodeOf(OpenFinanceBrasilDataConsentCreateErrorCategories, OpenFinanceBrasilDataConsentCreateErrorAliases, value);

/** Other wire spellings of OpenFinanceBrasilDataConsentRenewalError values (alias -> value). */
export const OpenFinanceBrasilDataConsentRenewalErrorAliases: { readonly [alias: string]: OpenFinanceBrasilDataConsentRenewalError } = {
};
/** The category of every OpenFinanceBrasilDataConsentRenewalError value and alias: all a listener needs to read one. */
export const OpenFinanceBrasilDataConsentRenewalErrorCategories: { readonly [spelling: string]: Category } = {
  DEPENDE_MULTIPLA_ALCADA: "action_required_at_institution",
  ESTADO_CONSENTIMENTO_INVALIDO: "reconnect_required",
  DATA_EXPIRACAO_INVALIDA: "integration_error",
  ERRO_NAO_MAPEADO: "generic_failure",
};
/**
 * Data sharing consent renewal error (HTTP 422, API Consents 3.3.1): The code of an HTTP 422 error
 * when a consent to share customer data is renewed without redirection (POST
 * /consents/{consentId}/extends; the file's schema 422ResponseErrorCreateConsent, despite its name,
 * serves this endpoint alone). description is the code's text in the file's list for errors[].code
 * and message its text for errors[].title; notes quote its text for errors[].detail. Texts are the
 * standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes
 * no English text. Wire field: errors[].code (HTTP 422 of POST /consents/{consentId}/extends;
 * application/json).
 */
export const OpenFinanceBrasilDataConsentRenewalError: {
  /**
   * Necessário aprovação de múltipla alçada.
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly DEPENDE_MULTIPLA_ALCADA: "DEPENDE_MULTIPLA_ALCADA";
  /**
   * Estado inválido do consentimento.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly ESTADO_CONSENTIMENTO_INVALIDO: "ESTADO_CONSENTIMENTO_INVALIDO";
  /**
   * Nova data para expiração do consentimento é inválida.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly DATA_EXPIRACAO_INVALIDA: "DATA_EXPIRACAO_INVALIDA";
  /**
   * Utilizado quando não houver um code de erro definido.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Message: Utilizado quando não houver um code de erro definido. O texto deve deixar claro o
   * motivo do erro ocorrido.
   * Whose words: description: Open Finance Brasil's published text; message: Open Finance Brasil's
   * published text.
   * HTTP: 422.
   */
  readonly ERRO_NAO_MAPEADO: "ERRO_NAO_MAPEADO";
} = /* @__PURE__ */ membersOf(OpenFinanceBrasilDataConsentRenewalErrorCategories, OpenFinanceBrasilDataConsentRenewalErrorAliases);
export type OpenFinanceBrasilDataConsentRenewalError = (typeof OpenFinanceBrasilDataConsentRenewalError)[keyof typeof OpenFinanceBrasilDataConsentRenewalError];
/** A OpenFinanceBrasilDataConsentRenewalError as read from the wire: a known value or any other string. */
export type OpenFinanceBrasilDataConsentRenewalErrorOrUnknown = OpenFinanceBrasilDataConsentRenewalError | (string & {});
/** The catalog's metadata of every OpenFinanceBrasilDataConsentRenewalError value. */
export const OpenFinanceBrasilDataConsentRenewalErrorInfo: { readonly [V in OpenFinanceBrasilDataConsentRenewalError]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/openfinancebrasil/data_consent_renewal_error",
  {
    DEPENDE_MULTIPLA_ALCADA: {
      description: "Necessário aprovação de múltipla alçada.",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [422],
      sources: ["brazil-consents-3-3-1"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-consents-3-3-1"] },
        message: { by: "provider", sources: ["brazil-consents-3-3-1"] },
      },
      message: "Necessário aprovação de múltipla alçada.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ESTADO_CONSENTIMENTO_INVALIDO: {
      description: "Estado inválido do consentimento.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [422],
      sources: ["brazil-consents-3-3-1"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-consents-3-3-1"] },
        message: { by: "provider", sources: ["brazil-consents-3-3-1"] },
      },
      message: "Estado inválido do consentimento.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DATA_EXPIRACAO_INVALIDA: {
      description: "Nova data para expiração do consentimento é inválida.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-consents-3-3-1"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-consents-3-3-1"] },
        message: { by: "provider", sources: ["brazil-consents-3-3-1"] },
      },
      message: "Nova data para expiração do consentimento é inválida.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ERRO_NAO_MAPEADO: {
      description: "Utilizado quando não houver um code de erro definido.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [422],
      sources: ["brazil-consents-3-3-1"],
      deprecated: false,
      wording: {
        description: { by: "provider", sources: ["brazil-consents-3-3-1"] },
        message: { by: "provider", sources: ["brazil-consents-3-3-1"] },
      },
      message: "Utilizado quando não houver um code de erro definido. O texto deve deixar claro o motivo do erro ocorrido.",
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known OpenFinanceBrasilDataConsentRenewalError. */
export const isOpenFinanceBrasilDataConsentRenewalError = (value: unknown): value is OpenFinanceBrasilDataConsentRenewalError => isCodeOf(OpenFinanceBrasilDataConsentRenewalErrorCategories, OpenFinanceBrasilDataConsentRenewalErrorAliases, value);

/** Other wire spellings of OpenFinanceBrasilDataConsentRevocationError values (alias -> value). */
export const OpenFinanceBrasilDataConsentRevocationErrorAliases: { readonly [alias: string]: OpenFinanceBrasilDataConsentRevocationError } = {
};
/** The category of every OpenFinanceBrasilDataConsentRevocationError value and alias: all a listener needs to read one. */
export const OpenFinanceBrasilDataConsentRevocationErrorCategories: { readonly [spelling: string]: Category } = {
  CONSENTIMENTO_EM_STATUS_REJEITADO: "integration_error",
};
/**
 * Data sharing consent revocation error (HTTP 422, API Consents 3.3.1): The code of an HTTP 422
 * error when a consent to share customer data is revoked (DELETE /consents/{consentId}). Texts are
 * the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard
 * publishes no English text. Wire field: errors[].code (HTTP 422 of DELETE /consents/{consentId};
 * application/json).
 */
export const OpenFinanceBrasilDataConsentRevocationError: {
  /**
   * The consent to be revoked is already REJECTED.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: bankcodes' wording.
   * HTTP: 422.
   */
  readonly CONSENTIMENTO_EM_STATUS_REJEITADO: "CONSENTIMENTO_EM_STATUS_REJEITADO";
} = /* @__PURE__ */ membersOf(OpenFinanceBrasilDataConsentRevocationErrorCategories, OpenFinanceBrasilDataConsentRevocationErrorAliases);
export type OpenFinanceBrasilDataConsentRevocationError = (typeof OpenFinanceBrasilDataConsentRevocationError)[keyof typeof OpenFinanceBrasilDataConsentRevocationError];
/** A OpenFinanceBrasilDataConsentRevocationError as read from the wire: a known value or any other string. */
export type OpenFinanceBrasilDataConsentRevocationErrorOrUnknown = OpenFinanceBrasilDataConsentRevocationError | (string & {});
/** The catalog's metadata of every OpenFinanceBrasilDataConsentRevocationError value. */
export const OpenFinanceBrasilDataConsentRevocationErrorInfo: { readonly [V in OpenFinanceBrasilDataConsentRevocationError]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/openfinancebrasil/data_consent_revocation_error",
  {
    CONSENTIMENTO_EM_STATUS_REJEITADO: {
      description: "The consent to be revoked is already REJECTED.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [422],
      sources: ["brazil-consents-3-3-1"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known OpenFinanceBrasilDataConsentRevocationError. */
export const isOpenFinanceBrasilDataConsentRevocationError = (value: unknown): value is OpenFinanceBrasilDataConsentRevocationError => isCodeOf(OpenFinanceBrasilDataConsentRevocationErrorCategories, OpenFinanceBrasilDataConsentRevocationErrorAliases, value);

/** Other wire spellings of OpenFinanceBrasilDataConsentStatus values (alias -> value). */
export const OpenFinanceBrasilDataConsentStatusAliases: { readonly [alias: string]: OpenFinanceBrasilDataConsentStatus } = {
};
/** The category of every OpenFinanceBrasilDataConsentStatus value and alias: all a listener needs to read one. */
export const OpenFinanceBrasilDataConsentStatusCategories: { readonly [spelling: string]: Category } = {
  AUTHORISED: "success",
  AWAITING_AUTHORISATION: "pending",
  REJECTED: "rejected",
};
/**
 * Data sharing consent status (API Consents 3.3.1): The status of a consent to share customer data
 * (the Consents API; a payment consent's status is consent_status). REJECTED comes with rejection
 * (who rejected the consent and why); an unauthorised consent becomes REJECTED after 60 minutes.
 * The file gives no text per value: the descriptions are bankcodes' wording of its introduction,
 * quoted in the notes. Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned
 * OpenAPI file; the standard publishes no English text. Wire field: data.status (ResponseConsent,
 * ResponseConsentRead, ResponseConsentExtensions).
 */
export const OpenFinanceBrasilDataConsentStatus: {
  /**
   * The customer authenticated and confirmed the consent at the data transmitter.
   * Category: success (Success); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly AUTHORISED: "AUTHORISED";
  /**
   * The consent was created and awaits the customer's authorisation at the data transmitter.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly AWAITING_AUTHORISATION: "AWAITING_AUTHORISATION";
  /**
   * The consent was rejected, revoked or expired: rejection gives who rejected it and why.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: bankcodes' wording.
   */
  readonly REJECTED: "REJECTED";
} = /* @__PURE__ */ membersOf(OpenFinanceBrasilDataConsentStatusCategories, OpenFinanceBrasilDataConsentStatusAliases);
export type OpenFinanceBrasilDataConsentStatus = (typeof OpenFinanceBrasilDataConsentStatus)[keyof typeof OpenFinanceBrasilDataConsentStatus];
/** A OpenFinanceBrasilDataConsentStatus as read from the wire: a known value or any other string. */
export type OpenFinanceBrasilDataConsentStatusOrUnknown = OpenFinanceBrasilDataConsentStatus | (string & {});
/** The catalog's metadata of every OpenFinanceBrasilDataConsentStatus value. */
export const OpenFinanceBrasilDataConsentStatusInfo: { readonly [V in OpenFinanceBrasilDataConsentStatus]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/openfinancebrasil/data_consent_status",
  {
    AUTHORISED: {
      description: "The customer authenticated and confirmed the consent at the data transmitter.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-consents-3-3-1"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AWAITING_AUTHORISATION: {
      description: "The consent was created and awaits the customer's authorisation at the data transmitter.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-consents-3-3-1"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REJECTED: {
      description: "The consent was rejected, revoked or expired: rejection gives who rejected it and why.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-consents-3-3-1"],
      deprecated: false,
      wording: { description: { by: "bankcodes", sources: [] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      state: "consent_ended",
      stateReason: "REJECTED covers a rejected, expired or revoked consent: its rejection reason tells which.",
    },
  },
);
/** Whether a value is a known OpenFinanceBrasilDataConsentStatus. */
export const isOpenFinanceBrasilDataConsentStatus = (value: unknown): value is OpenFinanceBrasilDataConsentStatus => isCodeOf(OpenFinanceBrasilDataConsentStatusCategories, OpenFinanceBrasilDataConsentStatusAliases, value);

/** Other wire spellings of OpenFinanceBrasilDataConsentRejectionReason values (alias -> value). */
export const OpenFinanceBrasilDataConsentRejectionReasonAliases: { readonly [alias: string]: OpenFinanceBrasilDataConsentRejectionReason } = {
};
/** The category of every OpenFinanceBrasilDataConsentRejectionReason value and alias: all a listener needs to read one. */
export const OpenFinanceBrasilDataConsentRejectionReasonCategories: { readonly [spelling: string]: Category } = {
  CONSENT_EXPIRED: "session_expired",
  CUSTOMER_MANUALLY_REJECTED: "cancelled",
  CUSTOMER_MANUALLY_REVOKED: "reconnect_required",
  CONSENT_MAX_DATE_REACHED: "reconnect_required",
  CONSENT_TECHNICAL_ISSUE: "generic_failure",
  INTERNAL_SECURITY_REASON: "rejected",
};
/**
 * Data sharing consent rejection reason (API Consents 3.3.1): Why a consent to share customer data
 * was rejected, revoked or expired: rejection.reason.code, sent with status REJECTED (GET
 * /consents/{consentId}); rejection.reason.additionalInformation may add up to 140 characters at
 * the data transmitter's discretion. The descriptions are the file's, after the dash of each item
 * of its list. Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI
 * file; the standard publishes no English text. Wire field: data.rejection.reason.code (when
 * data.status is REJECTED).
 */
export const OpenFinanceBrasilDataConsentRejectionReason: {
  /**
   * consentimento que ultrapassou o tempo limite para autorização.
   * Category: session_expired (Session expired); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly CONSENT_EXPIRED: "CONSENT_EXPIRED";
  /**
   * cliente efetuou a rejeição do consentimento manualmente através de interação nas instituições
   * participantes.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly CUSTOMER_MANUALLY_REJECTED: "CUSTOMER_MANUALLY_REJECTED";
  /**
   * cliente efetuou a revogação após a autorização do consentimento.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly CUSTOMER_MANUALLY_REVOKED: "CUSTOMER_MANUALLY_REVOKED";
  /**
   * consentimento que ultrapassou o tempo limite de compartilhamento.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly CONSENT_MAX_DATE_REACHED: "CONSENT_MAX_DATE_REACHED";
  /**
   * consentimento que foi rejeitado devido a um problema técnico que impossibilita seu uso pela
   * instituição receptora, por exemplo: falha associada a troca do AuthCode pelo AccessToken,
   * durante o processo de Hybrid Flow.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly CONSENT_TECHNICAL_ISSUE: "CONSENT_TECHNICAL_ISSUE";
  /**
   * consentimento que foi rejeitado devido as políticas de segurança aplicada pela instituição
   * transmissora.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly INTERNAL_SECURITY_REASON: "INTERNAL_SECURITY_REASON";
} = /* @__PURE__ */ membersOf(OpenFinanceBrasilDataConsentRejectionReasonCategories, OpenFinanceBrasilDataConsentRejectionReasonAliases);
export type OpenFinanceBrasilDataConsentRejectionReason = (typeof OpenFinanceBrasilDataConsentRejectionReason)[keyof typeof OpenFinanceBrasilDataConsentRejectionReason];
/** A OpenFinanceBrasilDataConsentRejectionReason as read from the wire: a known value or any other string. */
export type OpenFinanceBrasilDataConsentRejectionReasonOrUnknown = OpenFinanceBrasilDataConsentRejectionReason | (string & {});
/** The catalog's metadata of every OpenFinanceBrasilDataConsentRejectionReason value. */
export const OpenFinanceBrasilDataConsentRejectionReasonInfo: { readonly [V in OpenFinanceBrasilDataConsentRejectionReason]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/openfinancebrasil/data_consent_rejection_reason",
  {
    CONSENT_EXPIRED: {
      description: "consentimento que ultrapassou o tempo limite para autorização.",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brazil-consents-3-3-1"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-consents-3-3-1"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CUSTOMER_MANUALLY_REJECTED: {
      description: "cliente efetuou a rejeição do consentimento manualmente através de interação nas instituições participantes.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brazil-consents-3-3-1"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-consents-3-3-1"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CUSTOMER_MANUALLY_REVOKED: {
      description: "cliente efetuou a revogação após a autorização do consentimento.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brazil-consents-3-3-1"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-consents-3-3-1"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      state: "revoked",
      stateReason: "The customer revoked the consent.",
    },
    CONSENT_MAX_DATE_REACHED: {
      description: "consentimento que ultrapassou o tempo limite de compartilhamento.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brazil-consents-3-3-1"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-consents-3-3-1"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
      nextStep: "renew_consent",
      state: "consent_ended",
      stateReason: "The consent passed its sharing period.",
    },
    CONSENT_TECHNICAL_ISSUE: {
      description: "consentimento que foi rejeitado devido a um problema técnico que impossibilita seu uso pela instituição receptora, por exemplo: falha associada a troca do AuthCode pelo AccessToken, durante o processo de Hybrid Flow.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["brazil-consents-3-3-1"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-consents-3-3-1"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INTERNAL_SECURITY_REASON: {
      description: "consentimento que foi rejeitado devido as políticas de segurança aplicada pela instituição transmissora.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-consents-3-3-1"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-consents-3-3-1"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known OpenFinanceBrasilDataConsentRejectionReason. */
export const isOpenFinanceBrasilDataConsentRejectionReason = (value: unknown): value is OpenFinanceBrasilDataConsentRejectionReason => isCodeOf(OpenFinanceBrasilDataConsentRejectionReasonCategories, OpenFinanceBrasilDataConsentRejectionReasonAliases, value);

/** Other wire spellings of OpenFinanceBrasilDataConsentRejectedBy values (alias -> value). */
export const OpenFinanceBrasilDataConsentRejectedByAliases: { readonly [alias: string]: OpenFinanceBrasilDataConsentRejectedBy } = {
};
/** The category of every OpenFinanceBrasilDataConsentRejectedBy value and alias: all a listener needs to read one. */
export const OpenFinanceBrasilDataConsentRejectedByCategories: { readonly [spelling: string]: Category } = {
  USER: "informational",
  ASPSP: "informational",
  TPP: "informational",
};
/**
 * Who rejected a data sharing consent (API Consents 3.3.1): Who rejected a consent to share
 * customer data (“Informar usuário responsável pela rejeição.”): the customer, the data transmitter
 * (ASPSP) or the data receiver (TPP). It names an actor, not an outcome: the reason is
 * rejection.reason.code. Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned
 * OpenAPI file; the standard publishes no English text. Wire field: data.rejection.rejectedBy (when
 * data.status is REJECTED).
 */
export const OpenFinanceBrasilDataConsentRejectedBy: {
  /**
   * usuário
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly USER: "USER";
  /**
   * instituição transmissora
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly ASPSP: "ASPSP";
  /**
   * instituição receptora
   * Category: informational (Informational); retryable: no.
   * Whose words: description: Open Finance Brasil's published text.
   */
  readonly TPP: "TPP";
} = /* @__PURE__ */ membersOf(OpenFinanceBrasilDataConsentRejectedByCategories, OpenFinanceBrasilDataConsentRejectedByAliases);
export type OpenFinanceBrasilDataConsentRejectedBy = (typeof OpenFinanceBrasilDataConsentRejectedBy)[keyof typeof OpenFinanceBrasilDataConsentRejectedBy];
/** A OpenFinanceBrasilDataConsentRejectedBy as read from the wire: a known value or any other string. */
export type OpenFinanceBrasilDataConsentRejectedByOrUnknown = OpenFinanceBrasilDataConsentRejectedBy | (string & {});
/** The catalog's metadata of every OpenFinanceBrasilDataConsentRejectedBy value. */
export const OpenFinanceBrasilDataConsentRejectedByInfo: { readonly [V in OpenFinanceBrasilDataConsentRejectedBy]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/openfinancebrasil/data_consent_rejected_by",
  {
    USER: {
      description: "usuário",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-consents-3-3-1"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-consents-3-3-1"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ASPSP: {
      description: "instituição transmissora",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-consents-3-3-1"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-consents-3-3-1"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TPP: {
      description: "instituição receptora",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["brazil-consents-3-3-1"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["brazil-consents-3-3-1"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known OpenFinanceBrasilDataConsentRejectedBy. */
export const isOpenFinanceBrasilDataConsentRejectedBy = (value: unknown): value is OpenFinanceBrasilDataConsentRejectedBy => isCodeOf(OpenFinanceBrasilDataConsentRejectedByCategories, OpenFinanceBrasilDataConsentRejectedByAliases, value);
