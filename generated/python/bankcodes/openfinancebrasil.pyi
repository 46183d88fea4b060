# generated from spec/catalog.json — do not edit (run `make generate`)
"""Open Finance Brasil (https://www.bcb.gov.br/estabilidadefinanceira/openbanking): one enum per code set of the catalog, with metadata on every member. Each is built on first use."""

from bankcodes._base import CodeEnum

__all__ = [
    "CODE_SETS",
    "ConsentRejectionReason",
    "ConsentStatus",
    "DataConsentCreateError",
    "DataConsentRejectedBy",
    "DataConsentRejectionReason",
    "DataConsentRenewalError",
    "DataConsentRevocationError",
    "DataConsentStatus",
    "EnrollmentError",
    "EnrollmentRejectionReason",
    "EnrollmentRevocationReason",
    "PaymentError",
    "PaymentRejectionReason",
    "PaymentStatus",
    "RecurringConsentError",
    "RecurringConsentRejectionReason",
    "RecurringConsentRevocationReason",
    "RecurringPaymentError",
    "RecurringPaymentRejectionReason",
]

class PaymentError(CodeEnum):
    """Payment initiation error (HTTP 422, Payments API 4.1.0): The code of an HTTP 422 error of the Payments API (Pix) 4.1.0: creating a payment consent, creating a payment, cancelling a payment or the scheduled payments of a consent. The 422 body is a signed JWT (application/jwt) whose payload is {errors:[{code,title,detail}],meta}; message is the file's title for the code; scope lists the endpoints whose enum has the code, and an http entry per endpoint keeps that endpoint's own text where it differs. Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes no English text.

    Wire field: errors[].code (HTTP 422; the payload of an application/jwt body)."""

    SALDO_INSUFICIENTE = "SALDO_INSUFICIENTE"
    """Esta conta não possui saldo suficiente para realizar o pagamento."""
    VALOR_ACIMA_LIMITE = "VALOR_ACIMA_LIMITE"
    """O valor (ou quantidade de transações) ultrapassa a faixa de limite parametrizada na detentora para permitir a realização de transações pelo cliente."""
    VALOR_INVALIDO = "VALOR_INVALIDO"
    """O valor enviado não é válido para o QR Code informado."""
    COBRANCA_INVALIDA = "COBRANCA_INVALIDA"
    """Validação de expiração, validação de vencimento, Status Válido."""
    CONSENTIMENTO_INVALIDO = "CONSENTIMENTO_INVALIDO"
    """Consentimento inválido (em status final)."""
    PARAMETRO_NAO_INFORMADO = "PARAMETRO_NAO_INFORMADO"
    """Parâmetro não informado."""
    PARAMETRO_INVALIDO = "PARAMETRO_INVALIDO"
    """Parâmetro inválido."""
    NAO_INFORMADO = "NAO_INFORMADO"
    """Não informada pela detentora de conta."""
    PAGAMENTO_DIVERGENTE_CONSENTIMENTO = "PAGAMENTO_DIVERGENTE_CONSENTIMENTO"
    """Dados do pagamento divergentes dos dados do consentimento."""
    DETALHE_PAGAMENTO_INVALIDO = "DETALHE_PAGAMENTO_INVALIDO"
    """Detalhe do pagamento inválido."""
    PAGAMENTO_RECUSADO_DETENTORA = "PAGAMENTO_RECUSADO_DETENTORA"
    """Pagamento recusado pela detentora de conta."""
    PAGAMENTO_RECUSADO_SPI = "PAGAMENTO_RECUSADO_SPI"
    """Pagamento recusado no Sistema de Pagamentos Instantâneos (SPI)."""
    ERRO_IDEMPOTENCIA = "ERRO_IDEMPOTENCIA"
    """Erro idempotência."""
    CONSENTIMENTO_PENDENTE_AUTORIZACAO = "CONSENTIMENTO_PENDENTE_AUTORIZACAO"
    """Consentimento pendente autorização de múltiplas alçadas (status “PARTIALLY_ACCEPTED”)"""
    FORMA_PAGAMENTO_INVALIDA = "FORMA_PAGAMENTO_INVALIDA"
    """Forma de pagamento inválida."""
    DATA_PAGAMENTO_INVALIDA = "DATA_PAGAMENTO_INVALIDA"
    """Data de pagamento inválida."""
    PAGAMENTO_NAO_PERMITE_CANCELAMENTO = "PAGAMENTO_NAO_PERMITE_CANCELAMENTO"
    """Pagamento não permite cancelamento"""

class PaymentRejectionReason(CodeEnum):
    """Payment rejection reason (Payments API 4.1.0): Why a Pix payment was rejected: rejectionReason.code, sent with status RJCT in HTTP 200 answers (GET /pix/payments/{paymentId}; also the POST and PATCH answers, whose enum lacks FALHA_AGENDAMENTO_PAGAMENTOS). Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes no English text.

    Wire field: data.rejectionReason.code (when data.status is RJCT)."""

    SALDO_INSUFICIENTE = "SALDO_INSUFICIENTE"
    """A conta selecionada não possui saldo suficiente para realizar o pagamento."""
    VALOR_ACIMA_LIMITE = "VALOR_ACIMA_LIMITE"
    """O valor ultrapassa o limite estabelecido [na instituição/no arranjo/outro] para permitir a realização de transações pelo cliente."""
    VALOR_INVALIDO = "VALOR_INVALIDO"
    """O valor enviado não é válido para o QR Code informado."""
    COBRANCA_INVALIDA = "COBRANCA_INVALIDA"
    """Validação de expiração, validação de vencimento ou Status Válido."""
    NAO_INFORMADO = "NAO_INFORMADO"
    """Não reportado/identificado pela instituição detentora de conta."""
    PAGAMENTO_DIVERGENTE_CONSENTIMENTO = "PAGAMENTO_DIVERGENTE_CONSENTIMENTO"
    """Dados do pagamento divergentes dos dados do consentimento."""
    DETALHE_PAGAMENTO_INVALIDO = "DETALHE_PAGAMENTO_INVALIDO"
    """Parâmetro [nome_campo] não obedecer às regras de negócio."""
    PAGAMENTO_RECUSADO_DETENTORA = "PAGAMENTO_RECUSADO_DETENTORA"
    """[Descrição do motivo de recusa]."""
    PAGAMENTO_RECUSADO_SPI = "PAGAMENTO_RECUSADO_SPI"
    """[Código de erro conforme tabela de domínios reason PACS.002]."""
    FALHA_INFRAESTRUTURA = "FALHA_INFRAESTRUTURA"
    """[Descrição de qual falha na infraestrutura inviabilizou o processamento]. (deprecated: The file says FALHA_INFRAESTRUTURA will not be removed but will no longer be used, for backward compatibility; the FALHA_INFRAESTRUTURA_* reasons name the failing party.)"""
    FALHA_INFRAESTRUTURA_SPI = "FALHA_INFRAESTRUTURA_SPI"
    """Indica uma falha no Sistema de Pagamentos Instantâneos (SPI)."""
    FALHA_INFRAESTRUTURA_DICT = "FALHA_INFRAESTRUTURA_DICT"
    """Indica uma falha no Diretório de Identificadores de Contas Transacionais (DICT)."""
    FALHA_INFRAESTRUTURA_ICP = "FALHA_INFRAESTRUTURA_ICP"
    """Indica uma falha na Infraestrutura de Chaves Públicas (ICP)."""
    FALHA_INFRAESTRUTURA_PSP_RECEBEDOR = "FALHA_INFRAESTRUTURA_PSP_RECEBEDOR"
    """Indica uma falha na infraestrutura do Prestador de Serviço de Pagamento (PSP) que recebe o pagamento."""
    FALHA_INFRAESTRUTURA_DETENTORA = "FALHA_INFRAESTRUTURA_DETENTORA"
    """indica uma falha na infraestrutura da instituição detentora das informações ou recursos."""
    CONTAS_ORIGEM_DESTINO_IGUAIS = "CONTAS_ORIGEM_DESTINO_IGUAIS"
    """Indica uma tentativa de pagamento onde a conta origem e a conta de destino são iguais."""
    FALHA_AGENDAMENTO_PAGAMENTOS = "FALHA_AGENDAMENTO_PAGAMENTOS"
    """Falha ao agendar pagamentos."""

class ConsentRejectionReason(CodeEnum):
    """Payment consent rejection reason (Payments API 4.1.0): Why a payment consent was rejected: rejectionReason.code, sent with status REJECTED (GET /consents/{consentId}); the texts are the file's list for rejectionReason.detail. When several reasons apply, the file's table (info description 5.2) gives their priority at each step of the consent journey. Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes no English text.

    Wire field: data.rejectionReason.code (when data.status is REJECTED)."""

    VALOR_INVALIDO = "VALOR_INVALIDO"
    """O valor enviado não é válido para o QR Code informado"""
    NAO_INFORMADO = "NAO_INFORMADO"
    """Não informada pela detentora de conta"""
    FALHA_INFRAESTRUTURA = "FALHA_INFRAESTRUTURA"
    """[Descrição de qual falha na infraestrutura inviabilizou o processamento]."""
    TEMPO_EXPIRADO_AUTORIZACAO = "TEMPO_EXPIRADO_AUTORIZACAO"
    """Consentimento expirou antes que o usuário pudesse confirmá-lo."""
    TEMPO_EXPIRADO_CONSUMO = "TEMPO_EXPIRADO_CONSUMO"
    """O usuário não finalizou o fluxo de pagamento e o consentimento expirou"""
    REJEITADO_USUARIO = "REJEITADO_USUARIO"
    """O usuário rejeitou a autorização do consentimento"""
    CONTAS_ORIGEM_DESTINO_IGUAIS = "CONTAS_ORIGEM_DESTINO_IGUAIS"
    """A conta selecionada é igual à conta destino e não permite realizar esse pagamento."""
    CONTA_NAO_PERMITE_PAGAMENTO = "CONTA_NAO_PERMITE_PAGAMENTO"
    """A conta selecionada é do tipo [salario/investimento/liquidação/outros] e não permite realizar esse pagamento."""
    SALDO_INSUFICIENTE = "SALDO_INSUFICIENTE"
    """A conta selecionada não possui saldo suficiente para realizar o pagamento."""
    VALOR_ACIMA_LIMITE = "VALOR_ACIMA_LIMITE"
    """O valor ultrapassa o limite estabelecido [na instituição/no arranjo/outro] para permitir a realização de transações pelo cliente."""
    QRCODE_INVALIDO = "QRCODE_INVALIDO"
    """O QRCode utilizado para a iniciação de pagamento não é válido."""

class PaymentStatus(CodeEnum):
    """Pix payment status (Payments API 4.1.0): The status of a Pix payment initiation (ISO 20022 codes); RJCT comes with rejectionReason. Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes no English text.

    Wire field: data.status (payment)."""

    RCVD = "RCVD"
    """Indica que a requisição de pagamento foi recebida com sucesso pela detentora, mas ainda há validações a serem feitas antes de ser submetida para liquidação."""
    CANC = "CANC"
    """Indica que a transação Pix pendente foi cancelada com sucesso pelo usuário antes que fosse confirmada (ACCP) ou rejeitada (RJCT) pela detentora."""
    ACCP = "ACCP"
    """Indica que todas as verificações necessárias já foram realizadas pela detentora e que a transação está pronta para ser enviada para liquidação (no SPI se for Pix para outra instituição ou internamente se for para outra conta na mesma instituição)."""
    ACPD = "ACPD"
    """Indica que a detentora já submeteu a transação para liquidação, mas ainda não tem a confirmação se foi liquidada ou rejeitada."""
    RJCT = "RJCT"
    """Indica que a transação foi rejeitada pela detentora ou pelo SPI."""
    ACSC = "ACSC"
    """Indica que a transação foi efetivada pela detentora ou pelo SPI."""
    PDNG = "PDNG"
    """Indica que a detentora reteve temporariamente a transação Pix para análise."""
    SCHD = "SCHD"
    """Indica que a transação Pix foi agendada com sucesso na detentora."""

class ConsentStatus(CodeEnum):
    """Payment consent status (Payments API 4.1.0): The status of a payment consent; REJECTED comes with rejectionReason, and an expired consent reads REJECTED. Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes no English text.

    Wire field: data.status (consent)."""

    AWAITING_AUTHORISATION = "AWAITING_AUTHORISATION"
    """Aguardando autorização"""
    AUTHORISED = "AUTHORISED"
    """Autorizado"""
    REJECTED = "REJECTED"
    """Rejeitado"""
    CONSUMED = "CONSUMED"
    """Consumido"""
    PARTIALLY_ACCEPTED = "PARTIALLY_ACCEPTED"
    """Aguardando múltiplas alçadas"""

class RecurringConsentError(CodeEnum):
    """Recurring consent error (HTTP 422, Automatic Payments API 2.0.0): The code of an HTTP 422 error when creating, editing or revoking a recurring (long-lived) consent. The file's enums give no text per code here, so the description is the file's errors[].detail text and message its title. Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes no English text.

    Wire field: errors[].code (HTTP 422; the payload of an application/jwt body)."""

    DATA_PAGAMENTO_INVALIDA = "DATA_PAGAMENTO_INVALIDA"
    """Data de pagamento inválida para a forma de pagamento selecionada."""
    DETALHE_PAGAMENTO_INVALIDO = "DETALHE_PAGAMENTO_INVALIDO"
    """Parâmetro [nome_campo] não obedece às regras de negócio."""
    PARAMETRO_NAO_INFORMADO = "PARAMETRO_NAO_INFORMADO"
    """Parâmetro [nome_campo] obrigatório não informado."""
    PARAMETRO_INVALIDO = "PARAMETRO_INVALIDO"
    """Parâmetro [nome_campo] não obedece as regras de formatação esperadas."""
    ERRO_IDEMPOTENCIA = "ERRO_IDEMPOTENCIA"
    """Conteúdo da mensagem (claim data) diverge do conteúdo associado a esta chave de idempotência (x-idempotency-key)."""
    NAO_INFORMADO = "NAO_INFORMADO"
    """Não reportado/identificado pela instituição detentora de conta."""
    FUNCIONALIDADE_NAO_HABILITADA = "FUNCIONALIDADE_NAO_HABILITADA"
    """A detentora de conta não oferece o serviço nessa modalidade."""
    CONSENTIMENTO_NAO_PERMITE_CANCELAMENTO = "CONSENTIMENTO_NAO_PERMITE_CANCELAMENTO"
    """O status do consentimento não permite a realização do cancelamento (em status "CONSUMED" ou "REJECTED")"""
    CAMPO_NAO_PERMITIDO = "CAMPO_NAO_PERMITIDO"
    """O(s) campo(s) solicitado(s) para edição não podem ser editados."""
    PERMISSAO_INSUFICIENTE = "PERMISSAO_INSUFICIENTE"
    """Consentimento possui múltiplas alçadas aprovadoras e não permite a edição pelo usuário atual."""
    DETALHE_EDICAO_INVALIDO = "DETALHE_EDICAO_INVALIDO"
    """A tentativa de edição do consentimento não respeitou as regras de negócio descritas nos campos."""
    FALTAM_SINAIS_OBRIGATORIOS_PLATAFORMA = "FALTAM_SINAIS_OBRIGATORIOS_PLATAFORMA"
    """Os sinais obrigatórios para a plataforma do usuário não foram enviados em sua totalidade."""

class RecurringPaymentError(CodeEnum):
    """Recurring payment error (HTTP 422, Automatic Payments API 2.0.0): The code of an HTTP 422 error when creating or cancelling a recurring Pix payment. Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes no English text.

    Wire field: errors[].code (HTTP 422; the payload of an application/jwt body)."""

    SALDO_INSUFICIENTE = "SALDO_INSUFICIENTE"
    """Esta conta não possui saldo suficiente para realizar o pagamento."""
    VALOR_ACIMA_LIMITE = "VALOR_ACIMA_LIMITE"
    """Valida se o valor ultrapassa o limite estabelecido [na instituição (conta ou canal)/no arranjo] para permitir a realização de transações pelo cliente."""
    VALOR_INVALIDO = "VALOR_INVALIDO"
    """O valor enviado não é válido para o QR Code informado."""
    LIMITE_PERIODO_VALOR_EXCEDIDO = "LIMITE_PERIODO_VALOR_EXCEDIDO"
    """A transação não pode ser realizada pois o valor parametrizado no consentimento foi excedido."""
    LIMITE_PERIODO_QUANTIDADE_EXCEDIDO = "LIMITE_PERIODO_QUANTIDADE_EXCEDIDO"
    """A transação não pode ser realizada pois a quantidade parametrizada no consentimento foi excedida."""
    CONSENTIMENTO_INVALIDO = "CONSENTIMENTO_INVALIDO"
    """Consentimento inválido (em status final)."""
    CONSENTIMENTO_PENDENTE_AUTORIZACAO = "CONSENTIMENTO_PENDENTE_AUTORIZACAO"
    """Consentimento pendente autorização de múltiplas alçadas (status “PARTIALLY_ACCEPTED”)."""
    PARAMETRO_NAO_INFORMADO = "PARAMETRO_NAO_INFORMADO"
    """Parâmetro não informado."""
    PARAMETRO_INVALIDO = "PARAMETRO_INVALIDO"
    """Parâmetro inválido."""
    NAO_INFORMADO = "NAO_INFORMADO"
    """Não informada pela detentora de conta."""
    PAGAMENTO_DIVERGENTE_CONSENTIMENTO = "PAGAMENTO_DIVERGENTE_CONSENTIMENTO"
    """Dados do pagamento divergentes dos dados do consentimento."""
    DETALHE_PAGAMENTO_INVALIDO = "DETALHE_PAGAMENTO_INVALIDO"
    """Detalhe do pagamento inválido."""
    PAGAMENTO_RECUSADO_DETENTORA = "PAGAMENTO_RECUSADO_DETENTORA"
    """Pagamento recusado pela detentora de conta."""
    PAGAMENTO_RECUSADO_SPI = "PAGAMENTO_RECUSADO_SPI"
    """Pagamento recusado no Sistema de Pagamentos Instantâneos (SPI)."""
    ERRO_IDEMPOTENCIA = "ERRO_IDEMPOTENCIA"
    """Erro idempotência."""
    LIMITE_VALOR_TOTAL_CONSENTIMENTO_EXCEDIDO = "LIMITE_VALOR_TOTAL_CONSENTIMENTO_EXCEDIDO"
    """Limite total excedido"""
    LIMITE_VALOR_TRANSACAO_CONSENTIMENTO_EXCEDIDO = "LIMITE_VALOR_TRANSACAO_CONSENTIMENTO_EXCEDIDO"
    """O valor da transação ultrapassar o limite de valor por transação."""
    LIMITE_TENTATIVAS_EXCEDIDO = "LIMITE_TENTATIVAS_EXCEDIDO"
    """O limite de tentativas para liquidação do pagamento permitidas pelo arranjo foi excedido."""
    FORA_PRAZO_PERMITIDO = "FORA_PRAZO_PERMITIDO"
    """O horário ou período da requisição não permite o agendamento pelo detentor."""
    DETALHE_TENTATIVA_INVALIDO = "DETALHE_TENTATIVA_INVALIDO"
    """O parâmetro [nome_do(s)_campo(s)] inseridos para a nova tentativa de pagamento não condizem com o pagamento original que falhou e não são permitidos na nova tentativa de pagamento."""
    PAGAMENTO_NAO_PERMITE_CANCELAMENTO = "PAGAMENTO_NAO_PERMITE_CANCELAMENTO"
    """Pagamento está com um status que não permite cancelamento."""
    CANCELAMENTO_FORA_PERIODO_PERMITIDO = "CANCELAMENTO_FORA_PERIODO_PERMITIDO"
    """O usuário solicitou o cancelamento fora da janela de tempo permitido."""

class RecurringPaymentRejectionReason(CodeEnum):
    """Recurring payment rejection reason (Automatic Payments API 2.0.0): Why a recurring Pix payment was rejected: rejectionReason.code with status RJCT. The texts are the file's list for rejectionReason.detail of the GET list answer (RejectionReasonGet); the POST, GET-by-id and PATCH answers use an enum with the same 22 codes (EnumRejectionReasonCode). Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes no English text.

    Wire field: data[].rejectionReason.code; data.rejectionReason.code (when status is RJCT)."""

    SALDO_INSUFICIENTE = "SALDO_INSUFICIENTE"
    """A conta selecionada não possui saldo suficiente para realizar o pagamento"""
    VALOR_ACIMA_LIMITE = "VALOR_ACIMA_LIMITE"
    """Valida se o valor ultrapassa o limite estabelecido [na instituição (conta ou canal)/no arranjo] para permitir a realização de transações pelo cliente"""
    VALOR_INVALIDO = "VALOR_INVALIDO"
    """O valor enviado não é válido"""
    NAO_INFORMADO = "NAO_INFORMADO"
    """Não reportado/identificado pela instituição detentora de conta"""
    PAGAMENTO_DIVERGENTE_CONSENTIMENTO = "PAGAMENTO_DIVERGENTE_CONSENTIMENTO"
    """Dados do pagamento divergentes dos dados do consentimento"""
    PAGAMENTO_RECUSADO_DETENTORA = "PAGAMENTO_RECUSADO_DETENTORA"
    """[descrição do motivo de recusa]"""
    PAGAMENTO_RECUSADO_SPI = "PAGAMENTO_RECUSADO_SPI"
    """[código de erro conforme tabela de domínios reason PACS.002]"""
    CONSENTIMENTO_INVALIDO = "CONSENTIMENTO_INVALIDO"
    """Consentimento inválido (em status final)"""
    FALHA_INFRAESTRUTURA_SPI = "FALHA_INFRAESTRUTURA_SPI"
    """Indica uma falha no Sistema de Pagamentos Instantâneos (SPI)"""
    FALHA_INFRAESTRUTURA_ICP = "FALHA_INFRAESTRUTURA_ICP"
    """Indica uma falha na Infraestrutura de Chaves Públicas (ICP)"""
    FALHA_INFRAESTRUTURA_PSP_RECEBEDOR = "FALHA_INFRAESTRUTURA_PSP_RECEBEDOR"
    """Indica uma falha na infraestrutura do Prestador de Serviço de Pagamento (PSP) que recebe o pagamento"""
    FALHA_INFRAESTRUTURA_DETENTORA = "FALHA_INFRAESTRUTURA_DETENTORA"
    """indica uma falha na infraestrutura da instituição detentora das informações ou recursos"""
    LIMITE_PERIODO_VALOR_EXCEDIDO = "LIMITE_PERIODO_VALOR_EXCEDIDO"
    """A transação não pode ser realizada pois o valor parametrizado no consentimento foi excedido."""
    LIMITE_PERIODO_QUANTIDADE_EXCEDIDO = "LIMITE_PERIODO_QUANTIDADE_EXCEDIDO"
    """A transação não pode ser realizada pois a quantidade parametrizada no consentimento foi excedida."""
    TITULARIDADE_INCONSISTENTE = "TITULARIDADE_INCONSISTENTE"
    """Conta atualmente não associada ao CPF/CNPJ do consentimento de longa duração."""
    LIMITE_VALOR_TOTAL_CONSENTIMENTO_EXCEDIDO = "LIMITE_VALOR_TOTAL_CONSENTIMENTO_EXCEDIDO"
    """O valor da transação excede o limite global do consentimento."""
    LIMITE_VALOR_TRANSACAO_CONSENTIMENTO_EXCEDIDO = "LIMITE_VALOR_TRANSACAO_CONSENTIMENTO_EXCEDIDO"
    """O valor da transação ultrapassar o limite de valor por transação."""
    CONSENTIMENTO_REVOGADO = "CONSENTIMENTO_REVOGADO"
    """O pagamento estava associado a um consentimento que foi revogado."""
    LIMITE_TENTATIVAS_EXCEDIDO = "LIMITE_TENTATIVAS_EXCEDIDO"
    """O máximo de tentativas de liquidação permitidas pelo arranjo foi atingido"""
    FORA_PRAZO_PERMITIDO = "FORA_PRAZO_PERMITIDO"
    """O horário ou período da requisição não permite o agendamento pelo detentor."""
    DETALHE_TENTATIVA_INVALIDO = "DETALHE_TENTATIVA_INVALIDO"
    """O parâmetro [nome_do(s)_campo(s)] inseridos para a nova tentativa de pagamento não condizem com o pagamento original que falhou e não são permitidos na nova tentativa de pagamento."""
    DETALHE_PAGAMENTO_INVALIDO = "DETALHE_PAGAMENTO_INVALIDO"
    """Valida se determinado parâmetro informado obedece as regras de negócio"""

class RecurringConsentRejectionReason(CodeEnum):
    """Recurring consent rejection reason (Automatic Payments API 2.0.0): Why a recurring consent was rejected: rejection.reason.code with status REJECTED; the texts are the file's list for rejection.reason.detail. Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes no English text.

    Wire field: data.rejection.reason.code (when data.status is REJECTED)."""

    NAO_INFORMADO = "NAO_INFORMADO"
    """Não informada pela detentora de conta"""
    FALHA_INFRAESTRUTURA = "FALHA_INFRAESTRUTURA"
    """[Descrição de qual falha na infraestrutura inviabilizou o processamento]"""
    TEMPO_EXPIRADO_AUTORIZACAO = "TEMPO_EXPIRADO_AUTORIZACAO"
    """Consentimento expirou antes que o usuário pudesse confirmá-lo"""
    REJEITADO_USUARIO = "REJEITADO_USUARIO"
    """O usuário rejeitou a autorização do consentimento"""
    CONTAS_ORIGEM_DESTINO_IGUAIS = "CONTAS_ORIGEM_DESTINO_IGUAIS"
    """A conta selecionada é igual à conta destino e não permite realizar esse pagamento"""
    CONTA_NAO_PERMITE_PAGAMENTO = "CONTA_NAO_PERMITE_PAGAMENTO"
    """A conta selecionada é do tipo [salario/investimento/liquidação/outros] e não permite realizar esse pagamento"""
    SALDO_INSUFICIENTE = "SALDO_INSUFICIENTE"
    """A conta selecionada não possui saldo suficiente para realizar o pagamento"""
    VALOR_ACIMA_LIMITE = "VALOR_ACIMA_LIMITE"
    """O valor ultrapassa o limite estabelecido para permitir a realização de transações pelo cliente"""
    AUTENTICACAO_DIVERGENTE = "AUTENTICACAO_DIVERGENTE"
    """Usuário autenticado no detentor diverge do usuário autenticado no iniciador"""

class RecurringConsentRevocationReason(CodeEnum):
    """Recurring consent revocation reason (Automatic Payments API 2.0.0): Why a recurring consent was revoked: revocation.reason.code with status REVOKED; the texts are the file's list for revocation.reason.detail. Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes no English text.

    Wire field: data.revocation.reason.code (when data.status is REVOKED)."""

    REVOGADO_RECEBEDOR = "REVOGADO_RECEBEDOR"
    """O usuário recebedor revogou a recorrência do consentimento."""
    REVOGADO_USUARIO = "REVOGADO_USUARIO"
    """O usuário pagador revogou a recorrência do consentimento"""
    NAO_INFORMADO = "NAO_INFORMADO"
    """Não informada pela detentora de conta"""

class EnrollmentError(CodeEnum):
    """Enrollment error (HTTP 422, Enrollments API 2.1.0): The code of an HTTP 422 error of the Enrollments API (the no-redirect journey: binding a device's FIDO2 credential to an account, then authorising payment consents with it). scope lists the endpoints whose enum has the code, and an http entry per endpoint keeps that endpoint's own text where it differs. Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes no English text.

    Wire field: errors[].code (HTTP 422; the payload of an application/jwt body)."""

    PERMISSOES_INVALIDAS = "PERMISSOES_INVALIDAS"
    """As permissões associadas ao vínculo de conta não contêm "PAYMENTS_INITIATE"."""
    CONTA_INVALIDA = "CONTA_INVALIDA"
    """A conta informada inexiste ou não é compatível com o fluxo de não-redirecionamento."""
    PARAMETRO_NAO_INFORMADO = "PARAMETRO_NAO_INFORMADO"
    """Parâmetro não informado."""
    PARAMETRO_INVALIDO = "PARAMETRO_INVALIDO"
    """Parâmetro inválido."""
    ERRO_IDEMPOTENCIA = "ERRO_IDEMPOTENCIA"
    """Erro idempotência."""
    STATUS_INVALIDO = "STATUS_INVALIDO"
    """O status do vínculo de conta não permite cancelamento."""
    MOTIVO_REJEICAO = "MOTIVO_REJEICAO"
    """A rejeição do vínculo de conta exige um motivo associado."""
    REJEITADO_OUTRO_SEM_DETALHES = "REJEITADO_OUTRO_SEM_DETALHES"
    """O uso do motivo REJEITADO_OUTRO, deve estar acompanhado de descrição (additionalInformation)."""
    MOTIVO_REVOGACAO = "MOTIVO_REVOGACAO"
    """A revogação do vínculo de conta exige um motivo associado."""
    REVOGADO_OUTRO_SEM_DETALHES = "REVOGADO_OUTRO_SEM_DETALHES"
    """O uso do motivo REVOGADO_OUTRO deve estar acompanhado de descrição (additionalInformation)"""
    RP_INVALIDA = "RP_INVALIDA"
    """O identificador da Relying Party informado não pode ser verificado."""
    STATUS_VINCULO_INVALIDO = "STATUS_VINCULO_INVALIDO"
    """O status do vínculo de conta é tal que não permite o registro de nova credencial."""
    ORIGEM_FIDO_INVALIDA = "ORIGEM_FIDO_INVALIDA"
    """O valor contido no campo [response.clientDataJSON.origin](https://www.w3.org/TR/webauthn-2/#dom-authenticatorresponse-clientdatajson) não pode ser verificado."""
    RP_ID_HASH_INVALIDO = "RP_ID_HASH_INVALIDO"
    """O valor contido no campo [data.response.attestationObject.authData.rpIdHash](https://www.w3.org/TR/webauthn-2/#sctn-authenticator-data) não pode ser verificado."""
    CHALLENGE_INVALIDO = "CHALLENGE_INVALIDO"
    """O campo [response.clientDataJSON.challenge](https://www.w3.org/TR/webauthn-2/#dom-authenticatorresponse-clientdatajson) possui valor codificado diferente do valor gerado pelo servidor."""
    PUBLIC_KEY_INVALIDA = "PUBLIC_KEY_INVALIDA"
    """A chave pública enviada é incompatível com as definições do servidor FIDO2."""
    EXTENSION_INVALIDA = "EXTENSION_INVALIDA"
    """As extensões extraídas são incompatíveis com as diretrizes de segurança do servidor FIDO2."""
    STATUS_CONSENTIMENTO_INVALIDO = "STATUS_CONSENTIMENTO_INVALIDO"
    """O status do consentimento não permite autorização."""
    FALTAM_SINAIS_OBRIGATORIOS_DA_PLATAFORMA = "FALTAM_SINAIS_OBRIGATORIOS_DA_PLATAFORMA"
    """Os sinais obrigatórios para a plataforma do usuário não foram enviados em sua totalidade."""
    RISCO = "RISCO"
    """Validação síncrona dos sinais de risco impediram a ativação do consentimento."""
    CONTA_DEBITO_DIVERGENTE_CONSENTIMENTO_VINCULO = "CONTA_DEBITO_DIVERGENTE_CONSENTIMENTO_VINCULO"
    """A conta de débito informada pelo iniciador não condiz com a conta de débito vinculada ao dispositivo."""

class EnrollmentRejectionReason(CodeEnum):
    """Enrollment rejection reason (Enrollments API 2.1.0): Why an enrollment was rejected (before it was authorised): cancellation.reason.rejectionReason, in the enrollment and in the PATCH that cancels one. Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes no English text.

    Wire field: data.cancellation.reason.rejectionReason."""

    REJEITADO_TEMPO_EXPIRADO_RISK_SIGNALS = "REJEITADO_TEMPO_EXPIRADO_RISK_SIGNALS"
    """Expiração automática devido a timeout no status "AWAITING_RISK_SIGNALS". O envio de sinais de risco não foi concluído."""
    REJEITADO_TEMPO_EXPIRADO_ACCOUNT_HOLDER_VALIDATION = (
        "REJEITADO_TEMPO_EXPIRADO_ACCOUNT_HOLDER_VALIDATION"
    )
    """Expiração automática devido a timeout no status "AWAITING_ACCOUNT_HOLDER_VALIDATION". O processo de redirecionamento não foi concluído com sucesso."""
    REJEITADO_TEMPO_EXPIRADO_ENROLLMENT = "REJEITADO_TEMPO_EXPIRADO_ENROLLMENT"
    """Expiração automática devido a timeout no status "AWAITING_ENROLLMENT". O processo de criação e envio de credenciais FIDO2 não foi concluído com sucesso."""
    REJEITADO_MAXIMO_CHALLENGES_ATINGIDO = "REJEITADO_MAXIMO_CHALLENGES_ATINGIDO"
    """Vínculo de conta rejeitado devido várias tentativas vínculo frustradas."""
    REJEITADO_MANUALMENTE = "REJEITADO_MANUALMENTE"
    """Cancelamento manual, explicitamente a pedido do usuário."""
    REJEITADO_DISPOSITIVO_INCOMPATIVEL = "REJEITADO_DISPOSITIVO_INCOMPATIVEL"
    """Dispositivo não suporta o protocolo FIDO."""
    REJEITADO_FALHA_INFRAESTRUTURA = "REJEITADO_FALHA_INFRAESTRUTURA"
    """Falha na infraestrutura na detentora."""
    REJEITADO_FALHA_HYBRID_FLOW = "REJEITADO_FALHA_HYBRID_FLOW"
    """Vínculo de conta rejeitado por falha técnica no processo de redirecionamento (por exemplo: troca de authorization code por access token no FAPI Hybrid flow)"""
    REJEITADO_FALHA_FIDO = "REJEITADO_FALHA_FIDO"
    """Vínculo de conta rejeitado por falha técnica no processo de validação ou associação da credencial pública FIDO."""
    REJEITADO_SEGURANCA_INTERNA = "REJEITADO_SEGURANCA_INTERNA"
    """Vínculo de conta rejeitado devido à política de segurança de instituição detentora ou iniciadora considerando a análise dos sinais de risco."""
    REJEITADO_OUTRO = "REJEITADO_OUTRO"
    """Outros motivos não descritos pelas demais. Indicar, neste caso, o motivo em "additionalInformation"."""

class EnrollmentRevocationReason(CodeEnum):
    """Enrollment revocation reason (Enrollments API 2.1.0): Why an authorised enrollment was revoked: cancellation.reason.revocationReason, in the enrollment and in the PATCH that cancels one. Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes no English text.

    Wire field: data.cancellation.reason.revocationReason."""

    REVOGADO_MANUALMENTE = "REVOGADO_MANUALMENTE"
    """Cancelamento manual, explicitamente a mando do usuário."""
    REVOGADO_VALIDADE_EXPIRADA = "REVOGADO_VALIDADE_EXPIRADA"
    """Expiração automática ao atingir o prazo limite do vínculo de conta."""
    REVOGADO_FALHA_INFRAESTRUTURA = "REVOGADO_FALHA_INFRAESTRUTURA"
    """Falha na infraestrutura na detentora."""
    REVOGADO_SEGURANCA_INTERNA = "REVOGADO_SEGURANCA_INTERNA"
    """Vínculo de conta rejeitado devido à políticas de segurança tanto da iniciadora quanto da detentora."""
    REVOGADO_OUTRO = "REVOGADO_OUTRO"
    """Outros motivos não descritos pelas demais. Indicar, neste caso, o motivo em "additionalInformation"."""

class DataConsentCreateError(CodeEnum):
    """Data sharing consent creation error (HTTP 422, API Consents 3.3.1): The code of an HTTP 422 error when a consent to share customer data is created (POST /consents of the Consents API, not the payment consents of the Payments API). The body is plain JSON (application/json; charset=utf-8), {errors:[{code,title,detail}],meta}. The file gives a text for ERRO_NAO_MAPEADO alone, so the other descriptions are bankcodes' wording. Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes no English text.

    Wire field: errors[].code (HTTP 422 of POST /consents; application/json)."""

    SEM_PERMISSOES_FUNCIONAIS_RESTANTES = "SEM_PERMISSOES_FUNCIONAIS_RESTANTES"
    """None of the permissions asked for is left once those the data transmitter does not offer are taken out."""
    INFORMACOES_PJ_NAO_INFORMADAS = "INFORMACOES_PJ_NAO_INFORMADAS"
    """The information on the business customer (a legal entity, PJ) that the consent needs was not given."""
    PERMISSOES_PJ_INCORRETAS = "PERMISSOES_PJ_INCORRETAS"
    """The permissions asked for are not the ones a business customer's (PJ) consent may hold."""
    PERMISSAO_PF_PJ_EM_CONJUNTO = "PERMISSAO_PF_PJ_EM_CONJUNTO"
    """The consent asks for the permissions of an individual (PF) and of a business (PJ) together."""
    COMBINACAO_PERMISSOES_INCORRETA = "COMBINACAO_PERMISSOES_INCORRETA"
    """The combination of permissions asked for is not valid."""
    DATA_EXPIRACAO_INVALIDA = "DATA_EXPIRACAO_INVALIDA"
    """The consent's expiration date is not valid."""
    ERRO_NAO_MAPEADO = "ERRO_NAO_MAPEADO"
    """A opção “ERRO_NAO_MAPEADO” só deve ser utilizada caso não haja um code especifico mapeado para o erro."""

class DataConsentRenewalError(CodeEnum):
    """Data sharing consent renewal error (HTTP 422, API Consents 3.3.1): The code of an HTTP 422 error when a consent to share customer data is renewed without redirection (POST /consents/{consentId}/extends; the file's schema 422ResponseErrorCreateConsent, despite its name, serves this endpoint alone). description is the code's text in the file's list for errors[].code and message its text for errors[].title; notes quote its text for errors[].detail. Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes no English text.

    Wire field: errors[].code (HTTP 422 of POST /consents/{consentId}/extends; application/json)."""

    DEPENDE_MULTIPLA_ALCADA = "DEPENDE_MULTIPLA_ALCADA"
    """Necessário aprovação de múltipla alçada."""
    ESTADO_CONSENTIMENTO_INVALIDO = "ESTADO_CONSENTIMENTO_INVALIDO"
    """Estado inválido do consentimento."""
    DATA_EXPIRACAO_INVALIDA = "DATA_EXPIRACAO_INVALIDA"
    """Nova data para expiração do consentimento é inválida."""
    ERRO_NAO_MAPEADO = "ERRO_NAO_MAPEADO"
    """Utilizado quando não houver um code de erro definido."""

class DataConsentRevocationError(CodeEnum):
    """Data sharing consent revocation error (HTTP 422, API Consents 3.3.1): The code of an HTTP 422 error when a consent to share customer data is revoked (DELETE /consents/{consentId}). Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes no English text.

    Wire field: errors[].code (HTTP 422 of DELETE /consents/{consentId}; application/json)."""

    CONSENTIMENTO_EM_STATUS_REJEITADO = "CONSENTIMENTO_EM_STATUS_REJEITADO"
    """The consent to be revoked is already REJECTED."""

class DataConsentStatus(CodeEnum):
    """Data sharing consent status (API Consents 3.3.1): The status of a consent to share customer data (the Consents API; a payment consent's status is consent_status). REJECTED comes with rejection (who rejected the consent and why); an unauthorised consent becomes REJECTED after 60 minutes. The file gives no text per value: the descriptions are bankcodes' wording of its introduction, quoted in the notes. Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes no English text.

    Wire field: data.status (ResponseConsent, ResponseConsentRead, ResponseConsentExtensions)."""

    AUTHORISED = "AUTHORISED"
    """The customer authenticated and confirmed the consent at the data transmitter."""
    AWAITING_AUTHORISATION = "AWAITING_AUTHORISATION"
    """The consent was created and awaits the customer's authorisation at the data transmitter."""
    REJECTED = "REJECTED"
    """The consent was rejected, revoked or expired: rejection gives who rejected it and why."""

class DataConsentRejectionReason(CodeEnum):
    """Data sharing consent rejection reason (API Consents 3.3.1): Why a consent to share customer data was rejected, revoked or expired: rejection.reason.code, sent with status REJECTED (GET /consents/{consentId}); rejection.reason.additionalInformation may add up to 140 characters at the data transmitter's discretion. The descriptions are the file's, after the dash of each item of its list. Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes no English text.

    Wire field: data.rejection.reason.code (when data.status is REJECTED)."""

    CONSENT_EXPIRED = "CONSENT_EXPIRED"
    """consentimento que ultrapassou o tempo limite para autorização."""
    CUSTOMER_MANUALLY_REJECTED = "CUSTOMER_MANUALLY_REJECTED"
    """cliente efetuou a rejeição do consentimento manualmente através de interação nas instituições participantes."""
    CUSTOMER_MANUALLY_REVOKED = "CUSTOMER_MANUALLY_REVOKED"
    """cliente efetuou a revogação após a autorização do consentimento."""
    CONSENT_MAX_DATE_REACHED = "CONSENT_MAX_DATE_REACHED"
    """consentimento que ultrapassou o tempo limite de compartilhamento."""
    CONSENT_TECHNICAL_ISSUE = "CONSENT_TECHNICAL_ISSUE"
    """consentimento que foi rejeitado devido a um problema técnico que impossibilita seu uso pela instituição receptora, por exemplo: falha associada a troca do AuthCode pelo AccessToken, durante o processo de Hybrid Flow."""
    INTERNAL_SECURITY_REASON = "INTERNAL_SECURITY_REASON"
    """consentimento que foi rejeitado devido as políticas de segurança aplicada pela instituição transmissora."""

class DataConsentRejectedBy(CodeEnum):
    """Who rejected a data sharing consent (API Consents 3.3.1): Who rejected a consent to share customer data (“Informar usuário responsável pela rejeição.”): the customer, the data transmitter (ASPSP) or the data receiver (TPP). It names an actor, not an outcome: the reason is rejection.reason.code. Texts are the standard's own Portuguese (pt-BR), verbatim from the pinned OpenAPI file; the standard publishes no English text.

    Wire field: data.rejection.rejectedBy (when data.status is REJECTED)."""

    USER = "USER"
    """usuário"""
    ASPSP = "ASPSP"
    """instituição transmissora"""
    TPP = "TPP"
    """instituição receptora"""

#: Every code-set enum of this provider, in priority order (classify uses the first match).
CODE_SETS: tuple[type[CodeEnum], ...]
