/**
 * What a provider's receiver (bankcodes/<provider>/webhooks) exports besides its own `receive`,
 * `verify` and facts, and bankcodes/webhooks too: the errors they throw (the same classes, so
 * `instanceof` holds across both), and the types of their arguments and answers.
 */
export {
  ConfigurationError,
  PayloadError,
  SignatureError,
  WebhookError,
  type Body,
  type ConfigurationReason,
  type Credentials,
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
