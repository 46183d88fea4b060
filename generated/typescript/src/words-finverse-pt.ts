// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/finverse/pt: the end-user words ("pt") for endUserText of bankcodes/finverse: each
 * category's, and the codes' own where they differ.
 */
import type { Words } from "./entry.js";

export const words: Words = {
  language: "pt",
  categories: {
    credentials_invalid: {
      message: "Seu banco não aceitou os dados de acesso.",
      action: "Confira seu login e sua senha e tente novamente.",
    },
    attempts_exhausted: {
      message: "Houve tentativas malsucedidas demais.",
      action: "Entre em contato com seu banco para desbloquear seu acesso.",
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
    cancelled: { message: "A conexão foi cancelada.", action: "Comece de novo quando quiser." },
    generic_failure: { message: "Algo deu errado.", action: "Tente novamente." },
    unknown: {
      message: "Aconteceu algo inesperado.",
      action: "Tente novamente ou entre em contato com o suporte.",
    },
  },
  codes: {},
};
