// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/setu/pt: the end-user words ("pt") for endUserText of bankcodes/setu: each category's,
 * and the codes' own where they differ.
 */
import type { Words } from "./entry.js";

export const words: Words = {
  language: "pt",
  categories: {
    reconnect_required: {
      message: "A conexão com seu banco foi encerrada.",
      action: "Conecte sua conta bancária novamente para continuar.",
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
    session_expired: { message: "Sua sessão expirou.", action: "Comece de novo." },
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
    "setu.consent_status": {
      PAUSED: {
        message: "Você pausou seu consentimento para compartilhar os dados da sua conta.",
        action: "Reative-o no aplicativo do seu agregador de contas para continuar.",
      },
      REVOKED: {
        message: "Seu consentimento para compartilhar os dados da sua conta foi revogado.",
        action: "Dê seu consentimento novamente para continuar.",
      },
      EXPIRED: {
        message: "Seu consentimento para compartilhar os dados da sua conta expirou.",
        action: "Dê seu consentimento novamente para continuar.",
      },
      REJECTED: {
        message: "Você recusou a solicitação de compartilhamento dos dados da sua conta.",
        action: "Se mudar de ideia, comece de novo e aprove a solicitação.",
      },
    },
    "setu.notification_error_code": {
      UserRejected: {
        message: "Você recusou a solicitação de compartilhamento dos dados da sua conta.",
        action: "Se mudar de ideia, comece de novo e aprove a solicitação.",
      },
      NoFIPAccountsDiscovered: {
        message: "Suas contas não foram encontradas nos bancos que você escolheu.",
        action: "Verifique se você digitou o número de celular cadastrado no seu banco ou escolha outro banco.",
      },
      InvalidConsentStatus: {
        message: "Seu consentimento para compartilhar os dados da sua conta expirou.",
        action: "Dê seu consentimento novamente para continuar.",
      },
      ConsentRevoked: {
        message: "Seu consentimento para compartilhar os dados da sua conta foi revogado.",
        action: "Dê seu consentimento novamente para continuar.",
      },
      UpstreamServerDown: {
        message: "O serviço que se conecta ao seu banco não está respondendo no momento.",
        action: "Tente novamente daqui a pouco.",
      },
    },
    "setu.consent_error_reason": {
      reject_not_understand: {
        message: "Você recusou a solicitação de compartilhamento dos dados da sua conta.",
        action: "Se mudar de ideia, comece de novo e aprove a solicitação.",
      },
      reject_not_want_to_share: {
        message: "Você recusou a solicitação de compartilhamento dos dados da sua conta.",
        action: "Se mudar de ideia, comece de novo e aprove a solicitação.",
      },
      reject_accounts_not_found: {
        message: "Suas contas não foram encontradas nos bancos que você escolheu.",
        action: "Verifique se você digitou o número de celular cadastrado no seu banco ou escolha outro banco.",
      },
      reject_other: {
        message: "Você recusou a solicitação de compartilhamento dos dados da sua conta.",
        action: "Se mudar de ideia, comece de novo e aprove a solicitação.",
      },
      no_fip_accounts_found: {
        message: "Suas contas não foram encontradas nos bancos que você escolheu.",
        action: "Verifique se você digitou o número de celular cadastrado no seu banco ou escolha outro banco.",
      },
    },
    "setu.redirect_error_code": {
      "1": {
        message: "Você recusou a solicitação de compartilhamento dos dados da sua conta.",
        action: "Se mudar de ideia, comece de novo e aprove a solicitação.",
      },
    },
  },
};
