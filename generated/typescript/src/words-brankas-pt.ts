// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/brankas/pt: the end-user words ("pt") for endUserText of bankcodes/brankas: each
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
    mfa_failed: {
      message: "O código de verificação ou a resposta não foi aceito.",
      action: "Confira o que você digitou e tente novamente.",
    },
    credentials_invalid: {
      message: "Seu banco não aceitou os dados de acesso.",
      action: "Confira seu login e sua senha e tente novamente.",
    },
    action_required_at_institution: {
      message: "Seu banco precisa que você faça algo no seu internet banking primeiro.",
      action: "Acesse o aplicativo ou o site do seu banco, siga as instruções e tente novamente.",
    },
    user_action_required: {
      message: "Precisamos de mais algumas informações suas para continuar.",
      action: "Siga as instruções na tela.",
    },
    institution_unavailable: {
      message: "Seu banco não está respondendo no momento.",
      action: "Tente novamente daqui a pouco.",
    },
    session_expired: { message: "Sua sessão expirou.", action: "Comece de novo." },
    concurrent_operation: {
      message: "Outra solicitação para esta conta ainda está em andamento.",
      action: "Aguarde um momento e tente novamente.",
    },
    cancelled: { message: "A conexão foi cancelada.", action: "Comece de novo quando quiser." },
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
