// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/basiq/ar: the end-user words ("ar") for endUserText of bankcodes/basiq: each
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
    reconnect_required: {
      message: "انتهى الاتصال ببنكك.",
      action: "اربط حسابك البنكي مرة أخرى للمتابعة.",
    },
    action_required_at_institution: {
      message: "يطلب منك بنكك اتخاذ إجراء في خدماتك المصرفية عبر الإنترنت أولاً.",
      action: "سجّل الدخول إلى تطبيق بنكك أو موقعه الإلكتروني، واتبع تعليماته، ثم حاول مرة أخرى.",
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
    rejected: { message: "رفض بنكك الطلب.", action: "تواصل مع بنكك لمعرفة التفاصيل." },
    rate_limited: {
      message: "هناك عدد كبير جداً من الطلبات حالياً.",
      action: "يرجى المحاولة مرة أخرى بعد بضع دقائق.",
    },
    integration_error: { message: "حدث خطأ من جهتنا.", action: "يرجى التواصل مع فريق الدعم." },
    generic_failure: { message: "حدث خطأ ما.", action: "يرجى المحاولة مرة أخرى." },
    unknown: {
      message: "حدث أمر غير متوقع.",
      action: "يرجى المحاولة مرة أخرى، أو التواصل مع فريق الدعم.",
    },
  },
  codes: {
    "basiq.job_result_code": {
      "bank-statement-invalid": {
        message: "تعذّر قبول كشف الحساب المصرفي هذا.",
        action: "حمّل كشف الحساب الأصلي الذي نزّلته من بنكك، ثم حاول مرة أخرى.",
      },
      "bank-statement-new-product": {
        message: "لا يمكن قراءة كشوف هذا النوع من الحسابات بعد.",
        action: "اختر حساباً آخر أو طريقة أخرى للمتابعة.",
      },
      "bank-statement-not-supported": {
        message: "كشف الحساب هذا لا يطابق البنك الذي اخترته.",
        action: "تأكّد من أنك اخترت البنك الصحيح، ثم حمّل كشف الحساب مرة أخرى.",
      },
      "authorization-failed": {
        message: "لم يُكمل بنكك عملية التفويض.",
        action: "ابدأ ربط بنكك من جديد ووافق على الطلب لدى بنكك.",
      },
    },
    "basiq.error_code": {
      "check-balance-insufficient-funds": {
        message: "الرصيد في حسابك غير كافٍ لهذه الدفعة.",
        action: "أضف رصيداً إلى حسابك، أو استخدم حساباً مصرفياً آخر.",
      },
    },
  },
};
