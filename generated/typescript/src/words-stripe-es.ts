// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/stripe/es: the end-user words ("es") for endUserText of bankcodes/stripe: each
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
    attempts_exhausted: {
      message: "Ha habido demasiados intentos fallidos.",
      action: "Comuníquese con su banco para desbloquear su acceso.",
    },
    reconnect_required: {
      message: "La conexión con su banco finalizó.",
      action: "Vuelva a conectar su cuenta bancaria para continuar.",
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
    "stripe.api_error_code": {
      account_number_invalid: {
        message: "El número de cuenta bancaria que ingresó no es válido.",
        action: "Verifique su número de cuenta e ingréselo de nuevo.",
      },
      bank_account_declined: {
        message: "Todavía no se puede hacer un cargo a esta cuenta bancaria.",
        action: "Complete la verificación de su cuenta bancaria si se le pidió, o use otra cuenta bancaria.",
      },
      bank_account_unusable: {
        message: "Esta cuenta bancaria no se puede usar.",
        action: "Use otra cuenta bancaria.",
      },
      bank_account_verification_failed: {
        message: "No se pudo verificar su cuenta bancaria.",
        action: "Revise los pequeños depósitos en su cuenta bancaria e ingrese de nuevo sus importes; si ya no le quedan intentos, comuníquese con el servicio de asistencia.",
      },
      debit_not_authorized: {
        message: "Su banco informó que usted no autorizó este pago.",
        action: "Si desea pagar, comuníquese con nosotros para dar una nueva autorización.",
      },
      insufficient_funds: {
        message: "No hay suficiente dinero en su cuenta para este pago.",
        action: "Agregue dinero a su cuenta o use otra cuenta bancaria.",
      },
      no_account: {
        message: "No pudimos encontrar esta cuenta bancaria.",
        action: "Verifique su número de cuenta y su número de ruta, o use otra cuenta bancaria.",
      },
      payment_intent_authentication_failure: {
        message: "No se pudo confirmar su método de pago.",
        action: "Vuelva a intentarlo o use otro método de pago.",
      },
      payment_intent_payment_attempt_failed: {
        message: "Su pago no se realizó.",
        action: "Vuelva a intentarlo con otro método de pago.",
      },
      payment_method_bank_account_blocked: {
        message: "Esta cuenta bancaria no se puede usar.",
        action: "Use otra cuenta bancaria.",
      },
      payment_method_customer_decline: {
        message: "No aprobó el pago.",
        action: "Vuelva a empezar y apruébelo, o use otro método de pago.",
      },
      payment_method_microdeposit_failed: {
        message: "No pudimos enviar los pequeños depósitos de verificación a su cuenta bancaria.",
        action: "Verifique su número de cuenta y su número de ruta e ingréselos de nuevo.",
      },
      payment_method_microdeposit_verification_amounts_invalid: {
        message: "Se necesitan dos importes de depósito para verificar su cuenta bancaria.",
        action: "Ingrese los importes de los dos pequeños depósitos en su cuenta bancaria.",
      },
      payment_method_microdeposit_verification_amounts_mismatch: {
        message: "Los importes que ingresó no coinciden con los depósitos enviados a su cuenta bancaria.",
        action: "Revise los dos pequeños depósitos en su cuenta bancaria e ingrese de nuevo sus importes.",
      },
      payment_method_microdeposit_verification_attempts_exceeded: {
        message: "Hubo demasiados intentos de verificar su cuenta bancaria.",
        action: "Comuníquese con el servicio de asistencia para verificar su cuenta bancaria.",
      },
      payment_method_microdeposit_verification_descriptor_code_mismatch: {
        message: "El código que ingresó no coincide con el enviado a su cuenta bancaria.",
        action: "Busque el código en la descripción del pequeño depósito en su cuenta bancaria e ingréselo de nuevo.",
      },
      payment_method_microdeposit_verification_timeout: {
        message: "Se agotó el plazo para verificar su cuenta bancaria.",
        action: "Vuelva a agregar su cuenta bancaria para iniciar una nueva verificación.",
      },
      payment_method_not_available: {
        message: "Este método de pago no está disponible temporalmente.",
        action: "Vuelva a intentarlo más tarde o use otro método de pago.",
      },
      payment_method_provider_decline: {
        message: "Su pago fue rechazado.",
        action: "Use otro método de pago o comuníquese con su banco para obtener más información.",
      },
      refer_to_customer: {
        message: "Usted detuvo este pago con su banco.",
        action: "Comuníquese con nosotros para coordinar el pago.",
      },
      routing_number_invalid: {
        message: "El número de ruta que ingresó no es válido.",
        action: "Verifique el número de ruta de su banco e ingréselo de nuevo.",
      },
      setup_attempt_failed: {
        message: "No se pudo configurar su método de pago.",
        action: "Vuelva a intentarlo con otro método de pago.",
      },
      setup_intent_authentication_failure: {
        message: "No se pudo confirmar su método de pago.",
        action: "Vuelva a intentarlo o use otro método de pago.",
      },
    },
  },
};
