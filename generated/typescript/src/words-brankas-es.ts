// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/brankas/es: the end-user words ("es") for endUserText of bankcodes/brankas: each
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
    session_expired: { message: "Su sesión ha expirado.", action: "Vuelva a empezar." },
    concurrent_operation: {
      message: "Otra solicitud para esta cuenta aún está en curso.",
      action: "Espere un momento y luego vuelva a intentarlo.",
    },
    cancelled: { message: "La conexión se canceló.", action: "Vuelva a empezar cuando lo desee." },
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
  codes: {},
};
