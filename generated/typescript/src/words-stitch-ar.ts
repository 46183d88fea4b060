// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/stitch/ar: the end-user words ("ar") for endUserText of bankcodes/stitch: each
 * category's, and the codes' own where they differ.
 */
import type { Words } from "./entry.js";

export const words: Words = {
  language: "ar",
  categories: {
    account_unavailable: {
      message: "لا يمكن استخدام هذا الحساب.",
      action: "اختر حساباً آخر، أو تواصل مع بنكك.",
    },
    institution_unavailable: {
      message: "لا يستجيب بنكك في الوقت الحالي.",
      action: "يرجى المحاولة مرة أخرى بعد قليل.",
    },
    session_expired: { message: "انتهت صلاحية جلستك.", action: "يرجى البدء من جديد." },
    cancelled: { message: "تم إلغاء الاتصال.", action: "يمكنك البدء من جديد في أي وقت." },
    rejected: { message: "رفض بنكك الطلب.", action: "تواصل مع بنكك لمعرفة التفاصيل." },
    integration_error: { message: "حدث خطأ من جهتنا.", action: "يرجى التواصل مع فريق الدعم." },
    generic_failure: { message: "حدث خطأ ما.", action: "يرجى المحاولة مرة أخرى." },
    unknown: {
      message: "حدث أمر غير متوقع.",
      action: "يرجى المحاولة مرة أخرى، أو التواصل مع فريق الدعم.",
    },
  },
  codes: {
    "stitch.payment_request_state": {
      PaymentInitiationRequestCancelled: {
        message: "تم إلغاء الدفع.",
        action: "ابدأ الدفع من جديد إذا كنت لا تزال تريد الدفع.",
      },
      PaymentInitiationRequestExpired: {
        message: "انتهت صلاحية طلب الدفع قبل أن يتم دفعه.",
        action: "ابدأ الدفع من جديد إذا كنت لا تزال تريد الدفع.",
      },
    },
    "stitch.payment_confirmation_status": {
      PaymentUnsettled: {
        message: "لم يتم استلام دفعتك بعد.",
        action: "إذا خرج المال من حسابك، فاتصل بنا.",
      },
    },
    "stitch.payment_initiation_status": {
      PaymentInitiationCancelled: {
        message: "تم إلغاء الدفع.",
        action: "ابدأ الدفع من جديد إذا كنت لا تزال تريد الدفع.",
      },
      PaymentInitiationExpired: {
        message: "انتهت صلاحية طلب الدفع قبل أن يتم دفعه.",
        action: "ابدأ الدفع من جديد إذا كنت لا تزال تريد الدفع.",
      },
    },
  },
};
