// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/fintoc/es: the end-user words ("es") for endUserText of bankcodes/fintoc: each
 * category's, and the codes' own where they differ.
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
    "fintoc.payment_error_reason": {
      bank_account_locked: {
        message: "Su banco bloqueó las transferencias desde esta cuenta.",
        action: "Comuníquese con su banco para desbloquear las transferencias o pague desde otra cuenta.",
      },
      amount_limit_reached: {
        message: "El monto supera el límite que su banco permite para esta transferencia.",
        action: "Pague un monto menor, use otra cuenta o pida a su banco que aumente el límite y vuelva a intentarlo.",
      },
      insufficient_funds: {
        message: "Su cuenta no tiene saldo suficiente para este pago.",
        action: "Agregue fondos a su cuenta o pague desde otra cuenta y vuelva a intentarlo.",
      },
      maximum_amount_error: {
        message: "El monto supera el límite que su banco permite para esta transferencia.",
        action: "Pague un monto menor, use otra cuenta o pida a su banco que aumente el límite y vuelva a intentarlo.",
      },
      mfa_authorization_timeout: {
        message: "El pago no se aprobó a tiempo con el método de verificación de su banco.",
        action: "Inicie el pago de nuevo y apruébelo cuando su banco se lo solicite.",
      },
      new_contact_amount_limit_reached: {
        message: "Su banco limita las transferencias a un destinatario nuevo y este pago supera ese límite.",
        action: "Vuelva a intentarlo más tarde, pague desde otra cuenta o consulte a su banco sobre sus límites para destinatarios nuevos.",
      },
      new_contact_transfer_number_limit_reached: {
        message: "Su banco limita las transferencias a un destinatario nuevo y este pago supera ese límite.",
        action: "Vuelva a intentarlo más tarde, pague desde otra cuenta o consulte a su banco sobre sus límites para destinatarios nuevos.",
      },
      unresolved_final_status: {
        message: "Su banco no ha confirmado si este pago se realizó.",
        action: "Revise en su cuenta bancaria si el dinero salió de ella y comuníquese con soporte.",
      },
    },
  },
};
