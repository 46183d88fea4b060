// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/belvo/es: the end-user words ("es") for endUserText of bankcodes/belvo: each
 * category's, and the codes' own where they differ.
 */
import type { Words } from "./entry.js";

export const words: Words = {
  language: "es",
  categories: {
    mfa_required: {
      message: "Su banco necesita confirmar su identidad.",
      action: "Ingrese el código o responda la pregunta que le envió su banco.",
    },
    credentials_invalid: {
      message: "Su banco no aceptó los datos de inicio de sesión.",
      action: "Revise su nombre de inicio de sesión y su contraseña, y luego vuelva a intentarlo.",
    },
    reconnect_required: {
      message: "La conexión con su banco finalizó.",
      action: "Vuelva a conectar su cuenta bancaria para continuar.",
    },
    action_required_at_institution: {
      message: "Su banco necesita que primero realice una acción en su banca en línea.",
      action: "Inicie sesión en la aplicación o el sitio web de su banco, siga sus instrucciones y luego vuelva a intentarlo.",
    },
    user_action_required: {
      message: "Necesitamos un poco más de información de su parte para continuar.",
      action: "Siga las instrucciones en pantalla.",
    },
    account_unavailable: {
      message: "Esta cuenta no se puede usar.",
      action: "Elija otra cuenta o comuníquese con su banco.",
    },
    institution_unavailable: {
      message: "Su banco no responde en este momento.",
      action: "Vuelva a intentarlo en un momento.",
    },
    session_expired: { message: "Su sesión ha expirado.", action: "Vuelva a empezar." },
    concurrent_operation: {
      message: "Otra solicitud para esta cuenta aún está en curso.",
      action: "Espere un momento y luego vuelva a intentarlo.",
    },
    cancelled: { message: "La conexión se canceló.", action: "Vuelva a empezar cuando lo desee." },
    rejected: {
      message: "Su banco rechazó la solicitud.",
      action: "Comuníquese con su banco para obtener más información.",
    },
    integration_error: {
      message: "Se produjo un error de nuestra parte.",
      action: "Comuníquese con el servicio de asistencia.",
    },
    generic_failure: { message: "Se produjo un error.", action: "Vuelva a intentarlo." },
    unknown: {
      message: "Ocurrió un problema inesperado.",
      action: "Vuelva a intentarlo o comuníquese con el servicio de asistencia.",
    },
  },
  codes: {
    "belvo.error_code": {
      unexpected_error: {
        message: "Hemos tenido un error vinculando tu cuenta. Por favor, inténtalo de nuevo y si el problema persiste, lo arreglaremos lo más pronto posible",
        action: "Vuelva a intentarlo.",
        messageBy: "provider",
      },
      institution_down: {
        message: "Esta institución está temporalmente inaccesible. Por favor, inténtalo de nuevo más tarde y podremos procesar tu petición",
        action: "Vuelva a intentarlo en un momento.",
        messageBy: "provider",
      },
      institution_unavailable: {
        message: "Esta institución está temporalmente inaccesible. Por favor, inténtalo de nuevo más tarde y podremos procesar tu petición",
        action: "Vuelva a intentarlo en un momento.",
        messageBy: "provider",
      },
      session_expired: {
        message: "Por favor, ingresa de nuevo tus credenciales ya que la sesión con esta institución ha expirado",
        action: "Vuelva a empezar.",
        messageBy: "provider",
      },
      too_many_sessions: {
        message: "Parece que ya hay una sesión abierta en esta institución con tu usuario. Esta institución solo permite una sesión abierta a la vez.",
        action: "Espere un momento y luego vuelva a intentarlo.",
        messageBy: "provider",
      },
      request_timeout: {
        message: "El tiempo de respuesta ha sido demasiado largo y la conexión no se ha podido establecer. Por favor, inténtalo de nuevo en unos minutos.",
        action: "Vuelva a intentarlo.",
        messageBy: "provider",
      },
    },
  },
};
