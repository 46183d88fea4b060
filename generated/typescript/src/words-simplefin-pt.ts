// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/simplefin/pt: the end-user words ("pt") for endUserText of bankcodes/simplefin: each
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
    user_action_required: {
      message: "Precisamos de mais algumas informações suas para continuar.",
      action: "Siga as instruções na tela.",
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
    "simplefin.response_status": {
      "402": {
        message: "Seu serviço SimpleFIN precisa de um pagamento antes de poder compartilhar suas contas.",
        action: "Pague no site do seu serviço SimpleFIN e tente de novo.",
      },
    },
  },
};
