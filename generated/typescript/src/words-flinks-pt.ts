// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/flinks/pt: the end-user words ("pt") for endUserText of bankcodes/flinks: each
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
    session_expired: { message: "Sua sessão expirou.", action: "Comece de novo." },
    concurrent_operation: {
      message: "Outra solicitação para esta conta ainda está em andamento.",
      action: "Aguarde um momento e tente novamente.",
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
    "flinks.api_error_code": {
      INVALID_LOGIN: {
        message: "Seu banco não aceitou seus dados de acesso.",
        action: "Confira seus dados de acesso e digite-os novamente.",
      },
      INVALID_USERNAME: {
        message: "Seu banco não aceitou seu login.",
        action: "Confira seu login e digite-o novamente.",
      },
      INVALID_PASSWORD: {
        message: "Seu banco não aceitou sua senha.",
        action: "Confira sua senha e digite-a novamente.",
      },
      INVALID_SECURITY_RESPONSE: {
        message: "Suas respostas às perguntas de segurança não foram aceitas, e esta tentativa não pode continuar.",
        action: "Confira suas perguntas e respostas de segurança com seu banco.",
      },
      INVALID_SECURITY_RESPONSE_NO_RETRY: {
        message: "Suas respostas às perguntas de segurança não foram aceitas, e esta tentativa não pode continuar.",
        action: "Confira suas perguntas e respostas de segurança com seu banco.",
      },
      RETRY_LATER: {
        message: "Não conseguimos nos conectar ao seu banco agora.",
        action: "Tente novamente mais tarde.",
      },
      DISABLED_LOGIN: {
        message: "Seu banco desativou esta conta.",
        action: "Entre em contato com seu banco para reativá-la.",
      },
      NEW_ACCOUNT: {
        message: "Seu banco precisa que você realize uma ação no seu internet banking antes de se conectar.",
        action: "Acesse primeiro o site do seu banco (por exemplo, para aceitar os termos) e tente novamente.",
      },
      SECURITYRESPONSES_INCOMPLETE: {
        message: "Nem todas as perguntas de segurança do seu banco foram respondidas.",
        action: "Responda a todas as perguntas de segurança e continue.",
      },
    },
    "flinks.connect_error_event": {
      INVALID_USERNAME: {
        message: "Seu banco não aceitou seu login.",
        action: "Confira seu login e digite-o novamente.",
      },
      INVALID_PASSWORD: {
        message: "Seu banco não aceitou sua senha.",
        action: "Confira sua senha e digite-a novamente.",
      },
      INVALID_LOGIN: {
        message: "Seu banco não aceitou seus dados de acesso.",
        action: "Confira seus dados de acesso e digite-os novamente.",
      },
      INVALID_SECURITY_RESPONSE: {
        message: "Sua resposta à pergunta de segurança não foi aceita.",
        action: "Responda à pergunta de segurança novamente.",
      },
      RETRY_LATER: {
        message: "Não conseguimos nos conectar ao seu banco agora.",
        action: "Tente novamente mais tarde.",
      },
      UNAUTHORIZED: {
        message: "Seu banco não permitiu o acesso à sua conta.",
        action: "Acesse o site do seu banco, conclua as etapas que ele pedir e tente novamente.",
      },
      NEW_ACCOUNT: {
        message: "Seu banco precisa que você realize uma ação no seu internet banking antes de se conectar.",
        action: "Acesse primeiro o site do seu banco (por exemplo, para aceitar os termos) e tente novamente.",
      },
      AGGREGATION_ERROR: {
        message: "Algo deu errado ao conectar ao seu banco.",
        action: "Tente novamente e entre em contato com o suporte se o problema continuar.",
      },
      DISABLED_INSTITUTION: {
        message: "Seu banco não está disponível no momento.",
        action: "Escolha outro banco ou tente novamente mais tarde.",
      },
      DISABLED_LOGIN: {
        message: "Seu banco desativou esta conta.",
        action: "Entre em contato com seu banco para reativá-la.",
      },
    },
    "flinks.connect_step_event": {
      DISABLED_INSTITUTION: {
        message: "Seu banco não está disponível no momento.",
        action: "Escolha outro banco ou tente novamente mais tarde.",
      },
    },
  },
};
