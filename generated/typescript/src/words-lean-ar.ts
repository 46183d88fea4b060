// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/lean/ar: the end-user words ("ar") for endUserText of bankcodes/lean: each category's,
 * and the codes' own where they differ.
 */
import type { Words } from "./entry.js";

export const words: Words = {
  language: "ar",
  categories: {
    mfa_required: {
      message: "يحتاج بنكك إلى التحقق من هويتك.",
      action: "أدخل الرمز أو أجب عن السؤال الذي أرسله إليك بنكك.",
    },
    mfa_failed: {
      message: "لم يتم قبول رمز التحقق أو الإجابة.",
      action: "تحقق مما أدخلته وحاول مرة أخرى.",
    },
    credentials_invalid: {
      message: "لم يقبل بنكك بيانات تسجيل الدخول.",
      action: "تحقق من اسم المستخدم وكلمة المرور، ثم حاول مرة أخرى.",
    },
    attempts_exhausted: {
      message: "تم إجراء عدد كبير جداً من المحاولات غير الناجحة.",
      action: "تواصل مع بنكك لاستعادة الوصول إلى حسابك.",
    },
    reconnect_required: {
      message: "انتهى الاتصال ببنكك.",
      action: "اربط حسابك البنكي مرة أخرى للمتابعة.",
    },
    action_required_at_institution: {
      message: "يطلب منك بنكك اتخاذ إجراء في خدماتك المصرفية عبر الإنترنت أولاً.",
      action: "سجّل الدخول إلى تطبيق بنكك أو موقعه الإلكتروني، واتبع تعليماته، ثم حاول مرة أخرى.",
    },
    account_unavailable: {
      message: "لا يمكن استخدام هذا الحساب.",
      action: "اختر حساباً آخر، أو تواصل مع بنكك.",
    },
    institution_unavailable: {
      message: "لا يستجيب بنكك في الوقت الحالي.",
      action: "يرجى المحاولة مرة أخرى بعد قليل.",
    },
    institution_not_supported: {
      message: "هذا البنك غير مدعوم.",
      action: "اختر بنكاً آخر، أو طريقة أخرى للمتابعة.",
    },
    concurrent_operation: {
      message: "لا يزال طلب آخر لهذا الحساب قيد التنفيذ.",
      action: "انتظر قليلاً، ثم حاول مرة أخرى.",
    },
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
    "lean.callback_status": {
      ERROR: {
        message: "تعذّر إتمام الطلب لدى بنكك.",
        action: "يرجى التواصل مع فريق الدعم للحصول على المساعدة.",
      },
    },
    "lean.secondary_status": {
      AWAITING_APP_AUTH: {
        message: "يطلب منك بنكك الموافقة على هذه العملية في تطبيق آخر.",
        action: "افتح التطبيق الذي طلب منك بنكك استخدامه ووافق على الطلب.",
      },
      AWAITING_END_USER_AUTHORIZATION: {
        message: "يطلب منك بنكك الموافقة على هذا الطلب.",
        action: "وافق على الطلب في تطبيق بنكك أو موقعه الإلكتروني.",
      },
    },
    "lean.payment_lifecycle_status": {
      FAILED: {
        message: "لم تكتمل عملية الدفع.",
        action: "تواصل مع فريق الدعم أو مع بنكك لمعرفة السبب.",
      },
    },
    "lean.granular_status_code": {
      LEAN_ERROR: {
        message: "لا يمكننا معالجة هذا الطلب في الوقت الحالي.",
        action: "يرجى المحاولة مرة أخرى لاحقاً، والتواصل مع فريق الدعم إذا استمرت المشكلة.",
      },
      DISABLED_BY_CLIENT: {
        message: "هذا البنك غير متاح مؤقتاً في هذا التطبيق.",
        action: "يرجى المحاولة مرة أخرى لاحقاً، أو اختيار بنك آخر.",
      },
    },
    "lean.consent_status": {
      REJECTED: {
        message: "لم يتم اعتماد موافقتك على الدفع.",
        action: "إذا لم ترفضها بنفسك، فتواصل مع بنكك لمعرفة التفاصيل.",
      },
      CONSUMED: {
        message: "بلغت موافقتك على الدفع حدودها القصوى.",
        action: "امنح موافقة جديدة على الدفع للمتابعة.",
      },
      SUSPENDED: {
        message: "علّق بنكك موافقتك على الدفع مؤقتاً لأسباب تتعلق بالامتثال.",
        action: "تواصل مع بنكك لمعرفة التفاصيل.",
      },
    },
  },
};
