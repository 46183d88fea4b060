// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/lean/pt: the end-user words ("pt") for endUserText of bankcodes/lean: each category's,
 * and the codes' own where they differ.
 */
import type { Words } from "./entry.js";

export const words: Words = {
  language: "pt",
  categories: {
    mfa_required: {
      message: "Seu banco precisa confirmar que é você.",
      action: "Digite o código ou responda à pergunta que seu banco enviou.",
    },
    mfa_failed: {
      message: "O código de verificação ou a resposta não foi aceito.",
      action: "Confira o que você digitou e tente novamente.",
    },
    credentials_invalid: {
      message: "Seu banco não aceitou os dados de acesso.",
      action: "Confira seu login e sua senha e tente novamente.",
    },
    attempts_exhausted: {
      message: "Houve tentativas malsucedidas demais.",
      action: "Entre em contato com seu banco para desbloquear seu acesso.",
    },
    reconnect_required: {
      message: "A conexão com seu banco foi encerrada.",
      action: "Conecte sua conta bancária novamente para continuar.",
    },
    action_required_at_institution: {
      message: "Seu banco precisa que você faça algo no seu internet banking primeiro.",
      action: "Acesse o aplicativo ou o site do seu banco, siga as instruções e tente novamente.",
    },
    account_unavailable: {
      message: "Esta conta não pode ser usada.",
      action: "Escolha outra conta ou entre em contato com seu banco.",
    },
    institution_unavailable: {
      message: "Seu banco não está respondendo no momento.",
      action: "Tente novamente daqui a pouco.",
    },
    institution_not_supported: {
      message: "Este banco não é compatível.",
      action: "Escolha outro banco ou outra forma de continuar.",
    },
    concurrent_operation: {
      message: "Outra solicitação para esta conta ainda está em andamento.",
      action: "Aguarde um momento e tente novamente.",
    },
    cancelled: { message: "A conexão foi cancelada.", action: "Comece de novo quando quiser." },
    rejected: {
      message: "Seu banco recusou a solicitação.",
      action: "Entre em contato com seu banco para saber mais.",
    },
    rate_limited: {
      message: "Há solicitações demais no momento.",
      action: "Tente novamente em alguns minutos.",
    },
    integration_error: {
      message: "Algo deu errado do nosso lado.",
      action: "Entre em contato com o suporte.",
    },
    generic_failure: { message: "Algo deu errado.", action: "Tente novamente." },
    unknown: {
      message: "Aconteceu algo inesperado.",
      action: "Tente novamente ou entre em contato com o suporte.",
    },
  },
  codes: {
    "lean.callback_status": {
      ERROR: {
        message: "Não foi possível concluir a solicitação ao seu banco.",
        action: "Entre em contato com o suporte para obter ajuda.",
      },
    },
    "lean.secondary_status": {
      AWAITING_APP_AUTH: {
        message: "Seu banco precisa que você aprove isto em outro aplicativo.",
        action: "Abra o aplicativo que seu banco pediu para você usar e aprove a solicitação.",
      },
      AWAITING_END_USER_AUTHORIZATION: {
        message: "Seu banco precisa que você aprove esta solicitação.",
        action: "Aprove a solicitação no aplicativo ou no site do seu banco.",
      },
    },
    "lean.payment_lifecycle_status": {
      FAILED: {
        message: "Seu pagamento não foi concluído.",
        action: "Entre em contato com o suporte ou com seu banco para saber o motivo.",
      },
    },
    "lean.granular_status_code": {
      LEAN_ERROR: {
        message: "Não conseguimos processar esta solicitação agora.",
        action: "Tente novamente mais tarde e entre em contato com o suporte se o problema continuar.",
      },
      DISABLED_BY_CLIENT: {
        message: "Este banco está temporariamente indisponível neste aplicativo.",
        action: "Tente novamente mais tarde ou escolha outro banco.",
      },
    },
    "lean.consent_status": {
      REJECTED: {
        message: "Seu consentimento de pagamento não foi aprovado.",
        action: "Se não foi você quem o recusou, entre em contato com seu banco para saber mais.",
      },
      CONSUMED: {
        message: "Seu consentimento de pagamento atingiu os limites dele.",
        action: "Dê um novo consentimento de pagamento para continuar.",
      },
      SUSPENDED: {
        message: "Seu banco suspendeu temporariamente seu consentimento de pagamento por motivos de conformidade.",
        action: "Entre em contato com seu banco para saber mais.",
      },
    },
  },
};
