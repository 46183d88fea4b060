// generated from tests/generation/fourth/catalog.json — do not edit (run `make generate`)
/**
 * The words of a decision's reasons, bankcodes' own, by name: each a template in which {name}
 * stands for what was read (codegen/phrases.py; the Python bankcodes._phrases holds the same
 * words). `said` puts the values in their place.
 */
export const PHRASES = {
  nothing_recognised: "nothing recognised",
  code_not_known: "a code the catalog does not know",
  code_of_category: "a code of the category {category}",
  status_less_code: "a code that names no HTTP status",
  own_step: "{step}: {value} says so",
  own_step_unnamed: "{step}: the code says so",
  by_category: "{step}: {what}",
  not_retryable: "{step}: a code of the category {category} that is not retryable",
  by_status: "{step}: {what}, and {news}",
  wait_stated_unknown: "retry_later: {what}, and the response states a wait",
  by_end: "{step}: {what}, and the body states when the consent, session or token ends",
  header_says_retry: "{step}: its {name} header is {value}, which the provider's rule obeys over the status",
  message_means: "{value} decides as {means}: the message says '{quote}'",
  message_is_code: "the message '{quote}' decides as {means}",
  message_states: "{value}'s message states the next step, {step}: '{quote}'",
  cause_decides: "{value} decides by its cause {cause}, the body's {field}",
  status_of_provider: "its status is HTTP {status}, which {provider} answers a rate-limited request with",
  status_400: "its status is HTTP 400 Bad Request: a client error",
  status_401: "its status is HTTP 401 Unauthorized: the request lacks valid authentication credentials",
  status_429: "its status is HTTP 429 Too Many Requests: a rate limit",
  status_503: "its status is HTTP 503 Service Unavailable: a temporary overload or maintenance",
  status_2xx: "its status is HTTP {status}, a 2xx: the request succeeded",
  status_408: "its status is HTTP 408 Request Timeout: the request did not arrive whole in time, and may be repeated",
  status_422: "its status is HTTP 422 Unprocessable Content: the request is well-formed but its instructions could not be processed",
  status_500: "its status is HTTP 500 Internal Server Error: an unexpected condition on the server",
  refused: "refused: {says}",
  not_taken: "not taken: {says}",
  header_wait: "{name} '{value}': wait {seconds} s",
  header_given_times: "{name} given {count} times ({values}): it is one value",
  header_not_seconds: "{name} {values} is not one number of seconds (ASCII digits)",
  header_over_bound: "{name} '{value}' is over the {most}-second bound",
  ietf_reset: "{says}, the seconds until the quota resets (draft-ietf-httpapi-ratelimit-headers-{draft})",
  ietf_t: "{says}: its t parameter, the seconds until more quota is made available (draft-ietf-httpapi-ratelimit-headers-{draft})",
  ietf_not_one: "{name} {values} names no one policy with its parameters (draft-ietf-httpapi-ratelimit-headers-{draft}): no one wait",
  ietf_no_reset: "{name} {values} gives no t parameter, the seconds until more quota is made available (draft-ietf-httpapi-ratelimit-headers-{draft})",
  prose_wait: "the message says '{quote}': wait {seconds} s",
  prose_no_number: "the message says '{quote}': no number of {unit}",
  prose_over_bound: "the message's '{quote}' is over {most} s",
  source_wait: "the code's source states a wait of {seconds} s",
  wait_field: "the body's {field} says the wait of {value} ends at {moment}: wait {seconds} s",
  wait_field_passed: "the body's {field} says the wait of {value} ended at {moment}",
  wait_field_over: "the body's {field} says the wait of {value} ends at {moment}, over the {most}-second bound",
  window_wait: "{provider}'s sources state its rate limit resets after {seconds} s",
  pairs_not_read: "{count} header pair(s) not read: a name or value neither text nor bytes, or past the {most}th",
  retry_after_long: "Retry-After '{value}' is longer than {most} characters",
  retry_after_several: "Retry-After '{value}' holds several values: it is one",
  retry_after_neither: "Retry-After '{value}' is neither a number of seconds (ASCII digits) nor an HTTP date",
  retry_after_over_bound: "Retry-After '{value}' is over the {most}-second bound (a week)",
  attempts: "at most {most} attempt(s) in all, the first counted: the code's source states it",
  consent_announced: "{provider} sends {value} {lead} days before a consent ends",
  consent_announced_unnamed: "{provider} sends {value} before a consent ends",
  consent_ended: "{provider} names {value} among the codes that tell a consent has ended",
  ends_at_field: "{moment}: the body's {field}, {news}",
  ends_at_days: "{moment}: {news}",
  ends_at_body: "{moment}: the body's {field}, when the consent or session ends",
  ends_in_seconds: "{moment}: the body's {field}, a lifetime of {seconds} s from the response's arrival",
  ends_at_date: "{moment}: the body's {field} says '{quote}' (the day's start, UTC)",
  ends_at_time: "{moment}: the body's {field} says '{quote}'",
  ends_at_utc: "{moment}: the body's {field} says '{quote}' (no offset: UTC)",
  limit_most: "at most {bound} {unit}: the message says '{quote}'",
  limit_least: "at least {unit} {bound}: the message says '{quote}'",
  limit_of_code: "at most {most} {unit}: the sources of {value} say '{quote}'",
  limit_field: "at most {most} {unit}: the body's {field}",
  by_limit: "{step}: {what}, and the body states the most a request may ask for",
  ends_never: "the body's {field} is null: the consent does not end",
  ends_at_refused: "the body's {field} is no date-time from 1970 to 9998: {value}",
  no_json: "a value no JSON holds ({type})",
  told_namespace: "read as {kind}: its {keys} '{value}' is in {provider}'s namespace",
  told_wording: "read as {kind}: its {keys} '{value}' is in {provider}'s own words",
  told_code: "read as {kind}: its {keys} '{value}' is a code only {provider}'s code sets hold",
  told_fields: "read as {kind}: it has {provider}'s fields ({keys})",
  told_end: "read as {provider}'s: it has {provider}'s fields ({keys})",
  told_ends: "it has the fields of {providers}, each stating a consent's end: name the provider to read it",
  told_alike: "it has the fields of {providers}, which read it alike",
  told_header: "read as {provider}'s: its response's {name} header is '{value}'",
  told_header_name: "read as {provider}'s: its response carries the {name} header, which only {provider} sends",
  status_missing: "read as {kind}, whose HTTP status decides ({code_set}): none was given",
  told_status: "no body of {provider}'s read: its HTTP status decides, as {code_set} gives it",
  told_provider: "read as {kind} because {provider} was named: the body alone does not tell whose it is",
  provider_words: "{provider}'s own words, not bankcodes', in its {field}: '{words}'",
  concerns: "the code concerns {what} '{value}' alone: the rest of the response stands",
  request_id: "the response's request id, to give the provider's support: '{value}', in its {where}",
  reading_of: "bankcodes' reading of {sources}",
  reading: "bankcodes' reading",
  header_source: "header {name}",
} as const;

/** Each provider's name by its id: a reason names a provider so (`said`). */
export const NAMES: { readonly [provider: string]: string } = { acme: "Acme Link" };

/** The name of a phrase. */
export type Phrase = keyof typeof PHRASES;

/** A decision's first sentence by its next step, in each catalog language (`lead`). */
export const LEADS: { readonly [key: string]: { readonly [language: string]: string } } = {
  retry: {
    en: "Retry now — your service acts.",
    fr: "Réessayez maintenant — votre service agit.",
    ar: "أعد المحاولة الآن — خدمتك هي التي تتصرف.",
    es: "Reintente ahora — actúa su servicio.",
    pt: "Tente de novo agora — quem age é o seu serviço.",
  },
  retry_wait: {
    en: "Wait {seconds} s, then retry — your service acts.",
    fr: "Attendez {seconds} s, puis réessayez — votre service agit.",
    ar: "انتظر {seconds} ث، ثم أعد المحاولة — خدمتك هي التي تتصرف.",
    es: "Espere {seconds} s y reintente — actúa su servicio.",
    pt: "Aguarde {seconds} s e tente de novo — quem age é o seu serviço.",
  },
  retry_later: {
    en: "Retry later, backing off between attempts — your service acts.",
    fr: "Réessayez plus tard, en espaçant les tentatives — votre service agit.",
    ar: "أعد المحاولة لاحقاً مع زيادة الفاصل بين المحاولات — خدمتك هي التي تتصرف.",
    es: "Reintente más tarde, espaciando los intentos — actúa su servicio.",
    pt: "Tente de novo mais tarde, espaçando as tentativas — quem age é o seu serviço.",
  },
  provider_or_bank_down: {
    en: "The bank or provider is down for now: retry later, backing off between attempts.",
    fr: "La banque ou le fournisseur est indisponible : réessayez plus tard, en espaçant.",
    ar: "البنك أو المزوّد غير متاح حالياً: أعد المحاولة لاحقاً مع زيادة الفاصل.",
    es: "El banco o el proveedor no está disponible: reintente más tarde, espaciando.",
    pt: "O banco ou o provedor está fora do ar: tente de novo mais tarde, espaçando.",
  },
  provider_or_bank_down_wait: {
    en: "The bank or provider is down for now: wait {seconds} s, then retry.",
    fr: "La banque ou le fournisseur est indisponible : attendez {seconds} s, puis réessayez.",
    ar: "البنك أو المزوّد غير متاح حالياً: انتظر {seconds} ث، ثم أعد المحاولة.",
    es: "El banco o el proveedor no está disponible: espere {seconds} s y reintente.",
    pt: "O banco ou o provedor está fora do ar: aguarde {seconds} s e tente de novo.",
  },
  wait_for_event: {
    en: "Wait for the provider's next webhook or status: there is nothing to do now.",
    fr: "Attendez le prochain webhook ou statut du fournisseur : rien à faire maintenant.",
    ar: "انتظر الإشعار أو الحالة التالية من المزوّد: لا شيء يُفعل الآن.",
    es: "Espere el próximo webhook o estado del proveedor: no hay nada que hacer ahora.",
    pt: "Aguarde o próximo webhook ou status do provedor: não há nada a fazer agora.",
  },
  wait_for_event_wait: {
    en: "Nothing to do for {seconds} s, the wait the response states: then look for the provider's next webhook or status.",
    fr: "Rien à faire pendant {seconds} s, l'attente que la réponse indique : surveillez ensuite le prochain webhook ou statut du fournisseur.",
    ar: "لا شيء يُفعل خلال {seconds} ث، مدة الانتظار التي تذكرها الاستجابة: ثم راقب الإشعار أو الحالة التالية من المزوّد.",
    es: "Nada que hacer durante {seconds} s, la espera que indica la respuesta: después, atienda al próximo webhook o estado del proveedor.",
    pt: "Nada a fazer por {seconds} s, a espera que a resposta indica: depois, acompanhe o próximo webhook ou status do provedor.",
  },
  reconnect: {
    en: "The connection needs the customer: ask them to reconnect.",
    fr: "La connexion a besoin du client : demandez-lui de se reconnecter.",
    ar: "الاتصال يحتاج إلى العميل: اطلب منه إعادة الربط.",
    es: "La conexión necesita al cliente: pídale que se vuelva a conectar.",
    pt: "A conexão precisa do cliente: peça que ele se reconecte.",
  },
  renew_consent: {
    en: "The consent has ended: ask the customer to reconnect.",
    fr: "Le consentement a pris fin : demandez au client de se reconnecter.",
    ar: "انتهت الموافقة: اطلب من العميل إعادة الربط.",
    es: "El consentimiento ha terminado: pida al cliente que se vuelva a conectar.",
    pt: "O consentimento terminou: peça ao cliente que se reconecte.",
  },
  renew_consent_soon: {
    en: "The consent ends soon: ask the customer to renew it.",
    fr: "Le consentement prend bientôt fin : demandez au client de le renouveler.",
    ar: "تنتهي الموافقة قريباً: اطلب من العميل تجديدها.",
    es: "El consentimiento termina pronto: pida al cliente que lo renueve.",
    pt: "O consentimento termina em breve: peça ao cliente que o renove.",
  },
  renew_access_token: {
    en: "Get a new access token, then send the request again — your service acts.",
    fr: "Obtenez un nouveau jeton d'accès, puis renvoyez la requête — votre service agit.",
    ar: "احصل على رمز وصول جديد، ثم أعد إرسال الطلب — خدمتك هي التي تتصرف.",
    es: "Obtenga un nuevo token de acceso y vuelva a enviar la solicitud — actúa su servicio.",
    pt: "Obtenha um novo token de acesso e envie a requisição de novo — quem age é o seu serviço.",
  },
  end_user_action: {
    en: "The customer must act: tell them what to do.",
    fr: "Le client doit agir : dites-lui quoi faire.",
    ar: "على العميل أن يتصرف: أخبره بما عليه فعله.",
    es: "El cliente debe actuar: dígale qué hacer.",
    pt: "O cliente precisa agir: diga a ele o que fazer.",
  },
  end_user_action_told: {
    en: "The customer must act — tell them: “{message} {action}”",
    fr: "Le client doit agir — dites-lui : « {message} {action} »",
    ar: "على العميل أن يتصرف — قل له: «{message} {action}»",
    es: "El cliente debe actuar — dígale: «{message} {action}»",
    pt: "O cliente precisa agir — diga a ele: “{message} {action}”",
  },
  fix_request: {
    en: "Fix the request before sending it again — your service acts.",
    fr: "Corrigez la requête avant de la renvoyer — votre service agit.",
    ar: "صحّح الطلب قبل إرساله مجدداً — خدمتك هي التي تتصرف.",
    es: "Corrija la solicitud antes de volver a enviarla — actúa su servicio.",
    pt: "Corrija a requisição antes de enviá-la de novo — quem age é o seu serviço.",
  },
  contact_provider: {
    en: "Contact the provider's support with the request id: retrying will not help.",
    fr: "Contactez le support du fournisseur (id de la requête) : réessayer ne sert à rien.",
    ar: "تواصل مع دعم المزوّد مع معرّف الطلب: إعادة المحاولة لن تفيد.",
    es: "Contacte al soporte del proveedor con el id de la solicitud: reintentar no servirá.",
    pt: "Contate o suporte do provedor com o id da requisição: tentar de novo não resolve.",
  },
  contact_provider_no_request_id: {
    en: "Contact the provider's support: retrying will not help.",
    fr: "Contactez le support du fournisseur : réessayer ne sert à rien.",
    ar: "تواصل مع دعم المزوّد: إعادة المحاولة لن تفيد.",
    es: "Contacte al soporte del proveedor: reintentar no servirá.",
    pt: "Contate o suporte do provedor: tentar de novo não resolve.",
  },
  nothing_recognised: {
    en: "Nothing in it is recognised: contact the provider's support with the request id.",
    fr: "Rien n'y est reconnu : contactez le support du fournisseur avec l'id de la requête.",
    ar: "لا شيء فيه معروف: تواصل مع دعم المزوّد مع معرّف الطلب.",
    es: "No se reconoce nada: contacte al soporte del proveedor con el id de la solicitud.",
    pt: "Nada nele é reconhecido: contate o suporte do provedor com o id da requisição.",
  },
  nothing_recognised_no_request_id: {
    en: "Nothing in it is recognised: contact the provider's support.",
    fr: "Rien n'y est reconnu : contactez le support du fournisseur.",
    ar: "لا شيء فيه معروف: تواصل مع دعم المزوّد.",
    es: "No se reconoce nada: contacte al soporte del proveedor.",
    pt: "Nada nele é reconhecido: contate o suporte do provedor.",
  },
  succeeded: {
    en: "Its HTTP status says the request succeeded: nothing to act on from it, and nothing in the body is recognised.",
    fr: "Son statut HTTP dit que la requête a réussi : rien à faire de ce côté, et rien dans le corps n'est reconnu.",
    ar: "تقول حالة HTTP إن الطلب نجح: لا شيء يُفعل بسببها، ولا شيء في المحتوى معروف.",
    es: "Su estado HTTP dice que la solicitud tuvo éxito: nada que hacer por él, y no se reconoce nada en el cuerpo.",
    pt: "Seu status HTTP diz que a requisição teve sucesso: nada a fazer por ele, e nada no corpo é reconhecido.",
  },
  provider_words: {
    en: "No code bankcodes knows: the provider's own words, quoted below, say what to do — your service acts.",
    fr: "Aucun code connu de bankcodes : les mots du fournisseur, cités ci-dessous, disent quoi faire — votre service agit.",
    ar: "لا رمز يعرفه bankcodes: كلمات المزوّد نفسه، المقتبسة أدناه، تقول ما يجب فعله — خدمتك هي التي تتصرف.",
    es: "Ningún código que bankcodes conozca: las palabras del propio proveedor, citadas abajo, dicen qué hacer — actúa su servicio.",
    pt: "Nenhum código que o bankcodes conheça: as palavras do próprio provedor, citadas abaixo, dizem o que fazer — quem age é o seu serviço.",
  },
  status_missing: {
    en: "Its HTTP status decides, and none was given: decide the whole response, status line included.",
    fr: "Son statut HTTP décide, et aucun n'a été donné : décidez la réponse entière, ligne de statut comprise.",
    ar: "حالة HTTP هي التي تقرّر ولم تُعطَ: قرّر بالاستجابة كاملةً مع سطر الحالة.",
    es: "Su estado HTTP decide y no se dio ninguno: decida la respuesta entera, con su línea de estado.",
    pt: "Seu status HTTP decide e nenhum foi dado: decida a resposta inteira, com a linha de status.",
  },
  none: {
    en: "Nothing to do: carry on.",
    fr: "Rien à faire : continuez.",
    ar: "لا شيء يُفعل: تابع.",
    es: "Nada que hacer: continúe.",
    pt: "Nada a fazer: siga em frente.",
  },
  tell_customer: {
    en: "Tell the customer what happened: there is nothing to retry.",
    fr: "Dites au client ce qui s'est passé : il n'y a rien à réessayer.",
    ar: "أخبر العميل بما حدث: لا شيء يُعاد.",
    es: "Diga al cliente lo que ocurrió: no hay nada que reintentar.",
    pt: "Diga ao cliente o que aconteceu: não há nada para tentar de novo.",
  },
  tell_customer_told: {
    en: "There is nothing to retry: tell the customer “{message} {action}”",
    fr: "Il n'y a rien à réessayer : dites au client « {message} {action} »",
    ar: "لا شيء لإعادة المحاولة: قل للعميل «{message} {action}»",
    es: "No hay nada que reintentar: dígale al cliente «{message} {action}»",
    pt: "Não há nada a tentar de novo: diga ao cliente “{message} {action}”",
  },
};

/** A decision's tokens (next step, actor, state) in words, for answers shown to a person. */
export const WORDS: { readonly [token: string]: string } = {
  retry: "retry now",
  retry_later: "retry later, backing off",
  wait_for_event: "wait for the provider's next webhook or status",
  reconnect: "reconnect",
  renew_consent: "renew the consent",
  renew_access_token: "get a new access token, then send the request again",
  end_user_action: "do what the code asks",
  fix_request: "fix the request",
  contact_provider: "contact the provider's support",
  none: "nothing to do",
  tell_customer: "tell the customer what happened",
  connected: "works",
  pending: "being set up or refreshed: the outcome comes later",
  degraded: "works partly or slowly",
  needs_end_user: "waits for the customer",
  consent_ending_soon: "works, but its consent ends soon",
  consent_ended: "stopped: the consent has ended",
  revoked: "stopped: the consent was revoked",
  provider_or_bank_down: "cannot be reached: the bank or provider is down",
  unknown: "not told by the code",
  integrator: "your service",
  end_user: "the customer",
  institution: "the bank or provider",
  nobody: "nobody",
};

/** What each reason of a decision explains, as an answer labels its line, by the reason's part. */
export const WHY: { readonly [part: string]: string } = {
  next_step: "Why this step",
  wait: "Why this wait",
  attempts: "Why these attempts",
  state: "Why this state",
  ends_at: "Why this end",
  limit: "Limit",
  code: "Whose body",
  concerns: "Concerns",
  words: "Provider's words",
  request_id: "Request id",
};

/** What an HTTP status (or its class, 2xx) says where nothing is recognised: its category and
 * whose definition that is (`statusNews`). */
export const STATUSES: { readonly [status: string]: readonly [string, string] } = {
  "2xx": ["informational", "RFC 9110"],
  "400": ["integration_error", "RFC 9110"],
  "401": ["integration_error", "RFC 9110"],
  "408": ["generic_failure", "RFC 9110"],
  "422": ["integration_error", "RFC 9110"],
  "429": ["rate_limited", "RFC 6585"],
  "500": ["generic_failure", "RFC 9110"],
  "503": ["institution_unavailable", "RFC 9110"],
};

/** How a pasted text is read, alike by `bankcodes explain -` and the decoder: rules and limits. */
export const PASTED = {
  start_line: "(?:HTTP/[0-9.]+ ([1-5][0-9]{2})\\b[^\\r\\n]*|[A-Z]+ [^ \\t\\r\\n]+ HTTP/[0-9.]+)(?:\\r?\\n|$)",
  blank_line: "\\r?\\n\\r?\\n",
  no_headers: "\\r?\\n",
  leading: "(?:﻿)?[ \\t\\n\\r\\v\\f]*",
  header_line: "([A-Za-z0-9!#$%&'*+.^_`|~-]+)[ \\t]*:[ \\t]*([^\\r\\n]*)",
  pasted_url: "(?:[A-Za-z][A-Za-z0-9+.-]*:[^ \\t\\n\\r\\v\\f?#]*)?\\?([^ \\t\\n\\r\\v\\f#]+)(?:#[^ \\t\\n\\r\\v\\f]*)?",
  bare_code: "[A-Za-z0-9][A-Za-z0-9_.:-]{0,199}",
  request_id_name: "(?:x-)?(?:request|correlation|trace)[-_]?id",
} as const;
export const PASTED_LIMITS = { headers: 10000, repeated_keys: 5, request_ids: 5 } as const;

/** The headers the catalog names for a payload kind's request id, in lower case. */
export const REQUEST_ID_HEADERS: readonly string[] = [];

/** How a response's headers are read for a decision: the limits, the IETF RateLimit fields (each
 * name, last draft, the parameter that holds its wait, its phrase) and a Structured Field's parts. */
export const HEADER_LIMITS = { pairs: 10000, values: 16, ratelimit_text: 1000, items: 16 } as const;
export const RATELIMIT_FIELDS = [["RateLimit-Reset", "06", "", "ietf_reset"], ["RateLimit", "10", "t", "ietf_t"]] as const;
export const STRUCTURED_FIELD = {
  bare: "(?:-?[0-9]{1,15}(?:\\.[0-9]{1,3})?|\"(?:[^\"\\\\]|\\\\[\"\\\\]){0,200}\"|[A-Za-z*][A-Za-z0-9:/!#$%&'*+.^_`|~\\-]{0,200}|:[A-Za-z0-9+/=]{0,400}:|\\?[01])",
  key: "[a-z*][a-z0-9_.*\\-]{0,63}",
  comma: "[ \\t]*,[ \\t]*",
  integer: "[0-9]{1,15}",
} as const;
