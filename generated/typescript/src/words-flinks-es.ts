// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/flinks/es: the end-user words ("es") for endUserText of bankcodes/flinks: each
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
    mfa_failed: {
      message: "No se aceptó el código de verificación o la respuesta.",
      action: "Revise lo que ingresó y vuelva a intentarlo.",
    },
    credentials_invalid: {
      message: "Su banco no aceptó los datos de inicio de sesión.",
      action: "Revise su nombre de inicio de sesión y su contraseña, y luego vuelva a intentarlo.",
    },
    attempts_exhausted: {
      message: "Ha habido demasiados intentos fallidos.",
      action: "Comuníquese con su banco para desbloquear su acceso.",
    },
    reconnect_required: {
      message: "La conexión con su banco finalizó.",
      action: "Vuelva a conectar su cuenta bancaria para continuar.",
    },
    action_required_at_institution: {
      message: "Su banco necesita que primero realice una acción en su banca en línea.",
      action: "Inicie sesión en la aplicación o el sitio web de su banco, siga sus instrucciones y luego vuelva a intentarlo.",
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
    rate_limited: {
      message: "Hay demasiadas solicitudes en este momento.",
      action: "Vuelva a intentarlo en unos minutos.",
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
    "flinks.api_error_code": {
      INVALID_LOGIN: {
        message: "Su banco no aceptó sus datos de inicio de sesión.",
        action: "Revise sus datos de inicio de sesión y vuelva a ingresarlos.",
      },
      INVALID_USERNAME: {
        message: "Su banco no aceptó su nombre de inicio de sesión.",
        action: "Revise su nombre de inicio de sesión y vuelva a ingresarlo.",
      },
      INVALID_PASSWORD: {
        message: "Su banco no aceptó su contraseña.",
        action: "Revise su contraseña y vuelva a ingresarla.",
      },
      INVALID_SECURITY_RESPONSE: {
        message: "Sus respuestas a las preguntas de seguridad no fueron aceptadas y este intento no puede continuar.",
        action: "Verifique con su banco sus preguntas y respuestas de seguridad.",
      },
      INVALID_SECURITY_RESPONSE_NO_RETRY: {
        message: "Sus respuestas a las preguntas de seguridad no fueron aceptadas y este intento no puede continuar.",
        action: "Verifique con su banco sus preguntas y respuestas de seguridad.",
      },
      RETRY_LATER: {
        message: "No pudimos conectarnos con su banco en este momento.",
        action: "Vuelva a intentarlo más tarde.",
      },
      DISABLED_LOGIN: {
        message: "Su banco desactivó esta cuenta.",
        action: "Comuníquese con su banco para reactivarla.",
      },
      NEW_ACCOUNT: {
        message: "Su banco necesita que realice una acción en su banca en línea antes de conectarse.",
        action: "Inicie sesión primero en el sitio web de su banco (por ejemplo, para aceptar sus condiciones) y luego vuelva a intentarlo.",
      },
      SECURITYRESPONSES_INCOMPLETE: {
        message: "No se respondieron todas las preguntas de seguridad de su banco.",
        action: "Responda todas las preguntas de seguridad y luego continúe.",
      },
    },
    "flinks.connect_error_event": {
      INVALID_USERNAME: {
        message: "Su banco no aceptó su nombre de inicio de sesión.",
        action: "Revise su nombre de inicio de sesión y vuelva a ingresarlo.",
      },
      INVALID_PASSWORD: {
        message: "Su banco no aceptó su contraseña.",
        action: "Revise su contraseña y vuelva a ingresarla.",
      },
      INVALID_LOGIN: {
        message: "Su banco no aceptó sus datos de inicio de sesión.",
        action: "Revise sus datos de inicio de sesión y vuelva a ingresarlos.",
      },
      INVALID_SECURITY_RESPONSE: {
        message: "Su respuesta a la pregunta de seguridad no fue aceptada.",
        action: "Vuelva a responder la pregunta de seguridad.",
      },
      RETRY_LATER: {
        message: "No pudimos conectarnos con su banco en este momento.",
        action: "Vuelva a intentarlo más tarde.",
      },
      UNAUTHORIZED: {
        message: "Su banco no permitió el acceso a su cuenta.",
        action: "Inicie sesión en el sitio web de su banco, complete los pasos que le indique y luego vuelva a intentarlo.",
      },
      NEW_ACCOUNT: {
        message: "Su banco necesita que realice una acción en su banca en línea antes de conectarse.",
        action: "Inicie sesión primero en el sitio web de su banco (por ejemplo, para aceptar sus condiciones) y luego vuelva a intentarlo.",
      },
      AGGREGATION_ERROR: {
        message: "Se produjo un error al conectarse con su banco.",
        action: "Vuelva a intentarlo y comuníquese con el servicio de asistencia si el problema continúa.",
      },
      DISABLED_INSTITUTION: {
        message: "Su banco no está disponible en este momento.",
        action: "Elija otro banco o vuelva a intentarlo más tarde.",
      },
      DISABLED_LOGIN: {
        message: "Su banco desactivó esta cuenta.",
        action: "Comuníquese con su banco para reactivarla.",
      },
    },
    "flinks.connect_step_event": {
      DISABLED_INSTITUTION: {
        message: "Su banco no está disponible en este momento.",
        action: "Elija otro banco o vuelva a intentarlo más tarde.",
      },
    },
  },
};
