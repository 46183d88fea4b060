// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/tokenio/pt: the end-user words ("pt") for endUserText of bankcodes/tokenio: each
 * category's, and the codes' own where they differ.
 */
import type { Words } from "./entry.js";

export const words: Words = {
  language: "pt",
  categories: {
    mfa_required: {
      message: "Seu banco precisa confirmar que é você.",
      action: "Digite o código ou responda à pergunta que seu banco enviou.",
    },
    reconnect_required: {
      message: "A conexão com seu banco foi encerrada.",
      action: "Conecte sua conta bancária novamente para continuar.",
    },
    user_action_required: {
      message: "Precisamos de mais algumas informações suas para continuar.",
      action: "Siga as instruções na tela.",
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
  codes: {},
};
