// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * bankcodes/stripe/ar: the end-user words ("ar") for endUserText of bankcodes/stripe: each
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
    attempts_exhausted: {
      message: "تم إجراء عدد كبير جداً من المحاولات غير الناجحة.",
      action: "تواصل مع بنكك لاستعادة الوصول إلى حسابك.",
    },
    reconnect_required: {
      message: "انتهى الاتصال ببنكك.",
      action: "اربط حسابك البنكي مرة أخرى للمتابعة.",
    },
    user_action_required: {
      message: "نحتاج إلى بعض المعلومات الإضافية منك للمتابعة.",
      action: "اتبع التعليمات الظاهرة على الشاشة.",
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
    "stripe.api_error_code": {
      account_number_invalid: {
        message: "رقم الحساب المصرفي الذي أدخلته غير صالح.",
        action: "تحقق من رقم حسابك وأدخله مرة أخرى.",
      },
      bank_account_declined: {
        message: "لا يمكن الخصم من هذا الحساب المصرفي بعد.",
        action: "أكمل التحقق من حسابك المصرفي إذا طُلب منك ذلك، أو استخدم حساباً مصرفياً آخر.",
      },
      bank_account_unusable: {
        message: "لا يمكن استخدام هذا الحساب المصرفي.",
        action: "استخدم حساباً مصرفياً آخر.",
      },
      bank_account_verification_failed: {
        message: "تعذّر التحقق من حسابك المصرفي.",
        action: "تحقق من الإيداعات الصغيرة في حسابك المصرفي وأدخل مبالغها مرة أخرى، وإذا لم تتبقَّ لك محاولات، فتواصل مع فريق الدعم.",
      },
      debit_not_authorized: {
        message: "أبلغ بنكك أنك لم تأذن بهذه الدفعة.",
        action: "إذا كنت ترغب في الدفع، فتواصل معنا لتقديم إذن جديد.",
      },
      insufficient_funds: {
        message: "الرصيد في حسابك غير كافٍ لهذه الدفعة.",
        action: "أضف رصيداً إلى حسابك، أو استخدم حساباً مصرفياً آخر.",
      },
      no_account: {
        message: "لم نتمكن من العثور على هذا الحساب المصرفي.",
        action: "تحقق من رقم حسابك ورقم التوجيه، أو استخدم حساباً مصرفياً آخر.",
      },
      payment_intent_authentication_failure: {
        message: "تعذّر تأكيد وسيلة الدفع الخاصة بك.",
        action: "حاول مرة أخرى، أو استخدم وسيلة دفع أخرى.",
      },
      payment_intent_payment_attempt_failed: {
        message: "لم تتم عملية الدفع.",
        action: "حاول مرة أخرى باستخدام وسيلة دفع أخرى.",
      },
      payment_method_bank_account_blocked: {
        message: "لا يمكن استخدام هذا الحساب المصرفي.",
        action: "استخدم حساباً مصرفياً آخر.",
      },
      payment_method_customer_decline: {
        message: "لم توافق على الدفعة.",
        action: "ابدأ من جديد ووافق عليها، أو استخدم وسيلة دفع أخرى.",
      },
      payment_method_microdeposit_failed: {
        message: "لم نتمكن من إرسال الإيداعات الصغيرة للتحقق إلى حسابك المصرفي.",
        action: "تحقق من رقم حسابك ورقم التوجيه وأدخلهما مرة أخرى.",
      },
      payment_method_microdeposit_verification_amounts_invalid: {
        message: "يلزم إدخال مبلغَي إيداع للتحقق من حسابك المصرفي.",
        action: "أدخل مبلغَي الإيداعين الصغيرين في حسابك المصرفي.",
      },
      payment_method_microdeposit_verification_amounts_mismatch: {
        message: "المبالغ التي أدخلتها لا تطابق الإيداعات المرسلة إلى حسابك المصرفي.",
        action: "تحقق من الإيداعين الصغيرين في حسابك المصرفي وأدخل مبلغيهما مرة أخرى.",
      },
      payment_method_microdeposit_verification_attempts_exceeded: {
        message: "تجاوزت عدد المحاولات المسموح بها للتحقق من حسابك المصرفي.",
        action: "تواصل مع فريق الدعم للتحقق من حسابك المصرفي.",
      },
      payment_method_microdeposit_verification_descriptor_code_mismatch: {
        message: "الرمز الذي أدخلته لا يطابق الرمز المرسل إلى حسابك المصرفي.",
        action: "ابحث عن الرمز في وصف الإيداع الصغير في حسابك المصرفي وأدخله مرة أخرى.",
      },
      payment_method_microdeposit_verification_timeout: {
        message: "انتهت المهلة المحددة للتحقق من حسابك المصرفي.",
        action: "أضف حسابك المصرفي مرة أخرى لبدء عملية تحقق جديدة.",
      },
      payment_method_not_available: {
        message: "وسيلة الدفع هذه غير متاحة مؤقتاً.",
        action: "حاول مرة أخرى لاحقاً، أو استخدم وسيلة دفع أخرى.",
      },
      payment_method_provider_decline: {
        message: "تم رفض عملية الدفع.",
        action: "استخدم وسيلة دفع أخرى، أو تواصل مع بنكك لمعرفة التفاصيل.",
      },
      refer_to_customer: {
        message: "أوقفت هذه الدفعة لدى بنكك.",
        action: "تواصل معنا لترتيب الدفع.",
      },
      routing_number_invalid: {
        message: "رقم التوجيه المصرفي الذي أدخلته غير صالح.",
        action: "تحقق من رقم التوجيه الخاص ببنكك وأدخله مرة أخرى.",
      },
      setup_attempt_failed: {
        message: "تعذّر إعداد وسيلة الدفع الخاصة بك.",
        action: "حاول مرة أخرى باستخدام وسيلة دفع أخرى.",
      },
      setup_intent_authentication_failure: {
        message: "تعذّر تأكيد وسيلة الدفع الخاصة بك.",
        action: "حاول مرة أخرى، أو استخدم وسيلة دفع أخرى.",
      },
    },
  },
};
