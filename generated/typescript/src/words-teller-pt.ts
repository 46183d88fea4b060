// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/teller/pt: the end-user words ("pt") for endUserText of bankcodes/teller: each
 * category's, and the codes' own where they differ.
 */
import type { Words } from "./entry.js";

export const words: Words = {
  language: "pt",
  categories: {
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
