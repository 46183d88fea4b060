// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/berlingroup/es: the end-user words ("es") for endUserText of bankcodes/berlingroup:
 * each category's, and the codes' own where they differ.
 */
import type { Words } from "./entry.js";

export const words: Words = {
  language: "es",
  categories: {
    mfa_failed: {
      message: "No se aceptó el código de verificación o la respuesta.",
      action: "Revise lo que ingresó y vuelva a intentarlo.",
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
    account_unavailable: {
      message: "Esta cuenta no se puede usar.",
      action: "Elija otra cuenta o comuníquese con su banco.",
    },
    session_expired: { message: "Su sesión ha expirado.", action: "Vuelva a empezar." },
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
    unknown: {
      message: "Ocurrió un problema inesperado.",
      action: "Vuelva a intentarlo o comuníquese con el servicio de asistencia.",
    },
  },
  codes: {
    "berlingroup.message_code": {
      FUNDS_NOT_AVAILABLE: {
        message: "No había suficiente dinero ni límite de pago disponible para este pago.",
        action: "Añada dinero a su cuenta o aumente su límite de pago y vuelva a hacer el pago.",
      },
    },
  },
};
