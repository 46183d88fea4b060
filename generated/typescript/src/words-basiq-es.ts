// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/basiq/es: the end-user words ("es") for endUserText of bankcodes/basiq: each
 * category's, and the codes' own where they differ.
 */
import type { Words } from "./entry.js";

export const words: Words = {
  language: "es",
  categories: {
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
    institution_unavailable: {
      message: "Su banco no responde en este momento.",
      action: "Vuelva a intentarlo en un momento.",
    },
    institution_not_supported: {
      message: "Este banco no es compatible.",
      action: "Elija otro banco u otra forma de continuar.",
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
    generic_failure: { message: "Se produjo un error.", action: "Vuelva a intentarlo." },
    unknown: {
      message: "Ocurrió un problema inesperado.",
      action: "Vuelva a intentarlo o comuníquese con el servicio de asistencia.",
    },
  },
  codes: {
    "basiq.job_result_code": {
      "bank-statement-invalid": {
        message: "No se pudo aceptar este extracto bancario.",
        action: "Suba el extracto original que descargó de su banco y vuelva a intentarlo.",
      },
      "bank-statement-new-product": {
        message: "Todavía no se pueden leer los extractos de este tipo de cuenta.",
        action: "Elija otra cuenta u otra forma de continuar.",
      },
      "bank-statement-not-supported": {
        message: "Este extracto no corresponde al banco que eligió.",
        action: "Compruebe que eligió el banco correcto y vuelva a subir el extracto.",
      },
      "authorization-failed": {
        message: "Su banco no completó la autorización.",
        action: "Vuelva a conectar su banco y apruebe la solicitud en su banco.",
      },
    },
    "basiq.error_code": {
      "check-balance-insufficient-funds": {
        message: "No hay suficiente dinero en su cuenta para este pago.",
        action: "Agregue dinero a su cuenta o use otra cuenta bancaria.",
      },
    },
  },
};
