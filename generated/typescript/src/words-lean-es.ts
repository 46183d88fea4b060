// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/lean/es: the end-user words ("es") for endUserText of bankcodes/lean: each category's,
 * and the codes' own where they differ.
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
    institution_not_supported: {
      message: "Este banco no es compatible.",
      action: "Elija otro banco u otra forma de continuar.",
    },
    concurrent_operation: {
      message: "Otra solicitud para esta cuenta aún está en curso.",
      action: "Espere un momento y luego vuelva a intentarlo.",
    },
    cancelled: { message: "La conexión se canceló.", action: "Vuelva a empezar cuando lo desee." },
    rejected: {
      message: "Su banco rechazó la solicitud.",
      action: "Comuníquese con su banco para obtener más información.",
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
    "lean.callback_status": {
      ERROR: {
        message: "No se pudo completar la solicitud a su banco.",
        action: "Comuníquese con el servicio de asistencia para obtener ayuda.",
      },
    },
    "lean.secondary_status": {
      AWAITING_APP_AUTH: {
        message: "Su banco necesita que apruebe esta operación en otra aplicación.",
        action: "Abra la aplicación que le indicó su banco y apruebe la solicitud.",
      },
      AWAITING_END_USER_AUTHORIZATION: {
        message: "Su banco necesita que apruebe esta solicitud.",
        action: "Apruebe la solicitud en la aplicación o el sitio web de su banco.",
      },
    },
    "lean.payment_lifecycle_status": {
      FAILED: {
        message: "Su pago no se completó.",
        action: "Comuníquese con el servicio de asistencia o con su banco para conocer el motivo.",
      },
    },
    "lean.granular_status_code": {
      LEAN_ERROR: {
        message: "No podemos procesar esta solicitud en este momento.",
        action: "Vuelva a intentarlo más tarde y comuníquese con el servicio de asistencia si el problema continúa.",
      },
      DISABLED_BY_CLIENT: {
        message: "Este banco no está disponible temporalmente en esta aplicación.",
        action: "Vuelva a intentarlo más tarde o elija otro banco.",
      },
    },
    "lean.consent_status": {
      REJECTED: {
        message: "Su consentimiento de pago no fue aprobado.",
        action: "Si usted no lo rechazó, comuníquese con su banco para obtener más información.",
      },
      CONSUMED: {
        message: "Su consentimiento de pago alcanzó sus límites.",
        action: "Otorgue un nuevo consentimiento de pago para continuar.",
      },
      SUSPENDED: {
        message: "Su banco suspendió temporalmente su consentimiento de pago por motivos de cumplimiento normativo.",
        action: "Comuníquese con su banco para obtener más información.",
      },
    },
  },
};
