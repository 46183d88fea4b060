// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/fintoc/ar: the end-user words ("ar") for endUserText of bankcodes/fintoc: each
 * category's, and the codes' own where they differ.
 */
import type { Words } from "./entry.js";

export const words: Words = {
  language: "ar",
  categories: {
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
    session_expired: { message: "انتهت صلاحية جلستك.", action: "يرجى البدء من جديد." },
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
    "fintoc.payment_error_reason": {
      bank_account_locked: {
        message: "حظر بنكك التحويلات من هذا الحساب.",
        action: "تواصل مع بنكك لإلغاء حظر التحويلات، أو ادفع من حساب آخر.",
      },
      amount_limit_reached: {
        message: "المبلغ يتجاوز الحد الذي يسمح به بنكك لهذا التحويل.",
        action: "ادفع مبلغاً أقل، أو استخدم حساباً آخر، أو اطلب من بنكك رفع الحد، ثم حاول مرة أخرى.",
      },
      insufficient_funds: {
        message: "لا يحتوي حسابك على رصيد كافٍ لهذا الدفع.",
        action: "أضف أموالاً إلى حسابك أو ادفع من حساب آخر، ثم حاول مرة أخرى.",
      },
      maximum_amount_error: {
        message: "المبلغ يتجاوز الحد الذي يسمح به بنكك لهذا التحويل.",
        action: "ادفع مبلغاً أقل، أو استخدم حساباً آخر، أو اطلب من بنكك رفع الحد، ثم حاول مرة أخرى.",
      },
      mfa_authorization_timeout: {
        message: "لم تتم الموافقة على الدفع في الوقت المحدد بطريقة التحقق الخاصة ببنكك.",
        action: "ابدأ الدفع من جديد ووافق عليه عندما يطلب بنكك ذلك.",
      },
      new_contact_amount_limit_reached: {
        message: "يحدّ بنكك من التحويلات إلى مستفيد جديد، وهذا الدفع يتجاوز ذلك الحد.",
        action: "حاول مرة أخرى لاحقاً، أو ادفع من حساب آخر، أو اسأل بنكك عن حدوده للمستفيدين الجدد.",
      },
      new_contact_transfer_number_limit_reached: {
        message: "يحدّ بنكك من التحويلات إلى مستفيد جديد، وهذا الدفع يتجاوز ذلك الحد.",
        action: "حاول مرة أخرى لاحقاً، أو ادفع من حساب آخر، أو اسأل بنكك عن حدوده للمستفيدين الجدد.",
      },
      unresolved_final_status: {
        message: "لم يؤكد بنكك ما إذا كان هذا الدفع قد تم.",
        action: "تحقق في حسابك البنكي مما إذا كان المال قد خرج منه، وتواصل مع الدعم.",
      },
    },
  },
};
