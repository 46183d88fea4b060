// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/mx/es: the end-user words ("es") for endUserText of bankcodes/mx: each category's, and
 * the codes' own where they differ.
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
    session_expired: { message: "Su sesión ha expirado.", action: "Vuelva a empezar." },
    rejected: {
      message: "Su banco rechazó la solicitud.",
      action: "Comuníquese con su banco para obtener más información.",
    },
    generic_failure: { message: "Se produjo un error.", action: "Vuelva a intentarlo." },
    unknown: {
      message: "Ocurrió un problema inesperado.",
      action: "Vuelva a intentarlo o comuníquese con el servicio de asistencia.",
    },
  },
  codes: {
    "mx.connection_status": {
      "1": {
        message: "Los últimos 3 intentos de conexión han fallado. Vuelva a ingresar sus credenciales para continuar importando datos.",
        action: "Revise su nombre de inicio de sesión y su contraseña, y luego vuelva a intentarlo.",
        messageBy: "provider",
      },
      "4": {
        message: "La respuesta o respuestas proporcionadas fueron incorrectas. Inténtelo de nuevo.",
        action: "Revise lo que ingresó y vuelva a intentarlo.",
        messageBy: "provider",
      },
      "9": {
        message: "Estamos actualizando esta conexión. Inténtelo de nuevo más tarde.",
        action: "Vuelva a intentarlo en un momento.",
        messageBy: "provider",
      },
      "11": {
        message: "Las conexiones con esta institución ya no son compatibles. Puede crear una cuenta manual y utilizar transacciones manuales para realizar un seguimiento de los datos de esta cuenta.",
        action: "Elija otro banco u otra forma de continuar.",
        messageBy: "provider",
      },
      "12": {
        message: "Esta conexión se ha cerrado. Puede realizar un seguimiento de esta cuenta manualmente. Si se vuelve a abrir, puede volver a conectar la institución.",
        action: "Elija otra cuenta o comuníquese con su banco.",
        messageBy: "provider",
      },
      "16": {
        message: "Se ha deshabilitado la importación de datos desde esta institución. Póngase en contacto con nosotros si cree que se ha desactivado por error.",
        action: "Comuníquese con su banco para obtener más información.",
        messageBy: "provider",
      },
      "19": {
        message: "La respuesta o respuestas no se proporcionaron a tiempo. Inténtelo de nuevo.",
        action: "Vuelva a empezar.",
        messageBy: "provider",
      },
    },
  },
};
