// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/finverse/ar: the end-user words ("ar") for endUserText of bankcodes/finverse: each
 * category's, and the codes' own where they differ.
 */
import type { Words } from "./entry.js";

export const words: Words = {
  language: "ar",
  categories: {
    credentials_invalid: {
      message: "لم يقبل بنكك بيانات تسجيل الدخول.",
      action: "تحقق من اسم المستخدم وكلمة المرور، ثم حاول مرة أخرى.",
    },
    attempts_exhausted: {
      message: "تم إجراء عدد كبير جداً من المحاولات غير الناجحة.",
      action: "تواصل مع بنكك لاستعادة الوصول إلى حسابك.",
    },
    user_action_required: {
      message: "نحتاج إلى بعض المعلومات الإضافية منك للمتابعة.",
      action: "اتبع التعليمات الظاهرة على الشاشة.",
    },
    institution_unavailable: {
      message: "لا يستجيب بنكك في الوقت الحالي.",
      action: "يرجى المحاولة مرة أخرى بعد قليل.",
    },
    institution_not_supported: {
      message: "هذا البنك غير مدعوم.",
      action: "اختر بنكاً آخر، أو طريقة أخرى للمتابعة.",
    },
    session_expired: { message: "انتهت صلاحية جلستك.", action: "يرجى البدء من جديد." },
    cancelled: { message: "تم إلغاء الاتصال.", action: "يمكنك البدء من جديد في أي وقت." },
    generic_failure: { message: "حدث خطأ ما.", action: "يرجى المحاولة مرة أخرى." },
    unknown: {
      message: "حدث أمر غير متوقع.",
      action: "يرجى المحاولة مرة أخرى، أو التواصل مع فريق الدعم.",
    },
  },
  codes: {},
};
