// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/simplefin/ar: the end-user words ("ar") for endUserText of bankcodes/simplefin: each
 * category's, and the codes' own where they differ.
 */
import type { Words } from "./entry.js";

export const words: Words = {
  language: "ar",
  categories: {
    reconnect_required: {
      message: "انتهى الاتصال ببنكك.",
      action: "اربط حسابك البنكي مرة أخرى للمتابعة.",
    },
    user_action_required: {
      message: "نحتاج إلى بعض المعلومات الإضافية منك للمتابعة.",
      action: "اتبع التعليمات الظاهرة على الشاشة.",
    },
    integration_error: { message: "حدث خطأ من جهتنا.", action: "يرجى التواصل مع فريق الدعم." },
    generic_failure: { message: "حدث خطأ ما.", action: "يرجى المحاولة مرة أخرى." },
    unknown: {
      message: "حدث أمر غير متوقع.",
      action: "يرجى المحاولة مرة أخرى، أو التواصل مع فريق الدعم.",
    },
  },
  codes: {
    "simplefin.response_status": {
      "402": {
        message: "تحتاج خدمة SimpleFIN لديك إلى دفعة قبل أن تتمكن من مشاركة حساباتك.",
        action: "ادفع قيمتها على موقع خدمة SimpleFIN لديك، ثم أعد المحاولة.",
      },
    },
  },
};
