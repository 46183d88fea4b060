/**
 * What a provider's receiver (bankcodes/<provider>/webhooks) exports besides its own `receive`,
 * `verify` and facts: the errors they throw, and the types of their arguments and answers (the
 * same classes as bankcodes/webhooks', so `instanceof` holds across both).
 */
export {
  ConfigurationError,
  PayloadError,
  SignatureError,
  WebhookError,
  type Body,
  type ConfigurationReason,
  type HeaderInput,
  type Jwk,
  type Keys,
  type KeySets,
  type PayloadProblem,
  type PemKeys,
  type Secret,
  type SignatureReason,
  type Verified,
  type VerifyOptions,
} from "./webhook-types.js";
export type { ReceiveOptions, WebhookEvent } from "./webhook-receive.js";
