// generated from spec/catalog.json — do not edit (run `make generate`)
/**
 * ISO 20022 (https://www.iso20022.org/): per code set, its aliases, its category table, its
 * constant (identifier -> wire value, built from the table) and its metadata.
 */
import type { Category } from "./categories.js";
import { membersOf } from "./code-tables.js";
import { withPages } from "./pages.js";
import { isCodeOf, type CodeInfo } from "./types.js";

/** Other wire spellings of Iso20022StatusReason values (alias -> value). */
export const Iso20022StatusReasonAliases: { readonly [alias: string]: Iso20022StatusReason } = {
};
/** The category of every Iso20022StatusReason value and alias: all a listener needs to read one. */
export const Iso20022StatusReasonCategories: { readonly [spelling: string]: Category } = {
  AB01: "institution_unavailable",
  AB02: "generic_failure",
  AB03: "institution_unavailable",
  AB04: "generic_failure",
  AB05: "institution_unavailable",
  AB06: "institution_unavailable",
  AB07: "institution_unavailable",
  AB08: "institution_unavailable",
  AB09: "generic_failure",
  AB10: "generic_failure",
  AB11: "institution_unavailable",
  AC01: "integration_error",
  AC02: "integration_error",
  AC03: "integration_error",
  AC04: "account_unavailable",
  AC05: "account_unavailable",
  AC06: "account_unavailable",
  AC07: "account_unavailable",
  AC08: "integration_error",
  AC09: "integration_error",
  AC10: "integration_error",
  AC11: "integration_error",
  AC12: "integration_error",
  AC13: "integration_error",
  AC14: "integration_error",
  AC15: "rejected",
  AC16: "integration_error",
  AG01: "rejected",
  AG02: "integration_error",
  AG03: "rejected",
  AG04: "integration_error",
  AG05: "integration_error",
  AG06: "integration_error",
  AG07: "rejected",
  AG08: "rejected",
  AG09: "rejected",
  AG10: "rejected",
  AG11: "rejected",
  AG12: "rejected",
  AG13: "rejected",
  AGNT: "integration_error",
  AM01: "integration_error",
  AM02: "rejected",
  AM03: "rejected",
  AM04: "rejected",
  AM05: "integration_error",
  AM06: "rejected",
  AM07: "rejected",
  AM09: "rejected",
  AM10: "integration_error",
  AM11: "integration_error",
  AM12: "integration_error",
  AM13: "rejected",
  AM14: "rejected",
  AM15: "rejected",
  AM16: "integration_error",
  AM17: "integration_error",
  AM18: "integration_error",
  AM19: "integration_error",
  AM20: "integration_error",
  AM21: "rejected",
  AM22: "rejected",
  AM23: "rejected",
  BE01: "rejected",
  BE04: "integration_error",
  BE05: "rejected",
  BE06: "account_unavailable",
  BE07: "integration_error",
  BE08: "integration_error",
  BE09: "integration_error",
  BE10: "integration_error",
  BE11: "integration_error",
  BE12: "integration_error",
  BE13: "integration_error",
  BE14: "integration_error",
  BE15: "integration_error",
  BE16: "integration_error",
  BE17: "integration_error",
  BE18: "integration_error",
  BE19: "integration_error",
  BE20: "integration_error",
  BE21: "integration_error",
  BE22: "integration_error",
  BE23: "account_unavailable",
  CERI: "integration_error",
  CH03: "integration_error",
  CH04: "integration_error",
  CH07: "integration_error",
  CH09: "rejected",
  CH10: "integration_error",
  CH11: "integration_error",
  CH12: "integration_error",
  CH13: "integration_error",
  CH14: "integration_error",
  CH15: "integration_error",
  CH16: "integration_error",
  CH17: "integration_error",
  CH19: "pending",
  CH20: "integration_error",
  CH21: "integration_error",
  CH22: "integration_error",
  CHQC: "success",
  CNOR: "rejected",
  CURR: "integration_error",
  CUST: "cancelled",
  DNOR: "rejected",
  DS01: "success",
  DS02: "cancelled",
  DS03: "rejected",
  DS04: "rejected",
  DS05: "pending",
  DS06: "pending",
  DS07: "success",
  DS08: "integration_error",
  DS09: "integration_error",
  DS0A: "integration_error",
  DS0B: "integration_error",
  DS0C: "rejected",
  DS0D: "rejected",
  DS0E: "rejected",
  DS0F: "rejected",
  DS0G: "rejected",
  DS0H: "rejected",
  DS0K: "rejected",
  DS10: "rejected",
  DS11: "rejected",
  DS12: "rejected",
  DS13: "rejected",
  DS14: "rejected",
  DS15: "integration_error",
  DS16: "integration_error",
  DS17: "integration_error",
  DS18: "generic_failure",
  DS19: "rejected",
  DS20: "rejected",
  DS21: "rejected",
  DS22: "rejected",
  DS23: "rejected",
  DS24: "session_expired",
  DS25: "rejected",
  DS26: "integration_error",
  DS27: "action_required_at_institution",
  DT01: "integration_error",
  DT02: "integration_error",
  DT03: "integration_error",
  DT04: "integration_error",
  DT05: "rejected",
  DT06: "pending",
  DU01: "integration_error",
  DU02: "integration_error",
  DU03: "integration_error",
  DU04: "integration_error",
  DU05: "integration_error",
  DUPL: "integration_error",
  ED01: "rejected",
  ED03: "user_action_required",
  ED05: "generic_failure",
  ED06: "institution_unavailable",
  ERIN: "integration_error",
  FF01: "integration_error",
  FF02: "integration_error",
  FF03: "integration_error",
  FF04: "integration_error",
  FF05: "integration_error",
  FF06: "integration_error",
  FF07: "integration_error",
  FF08: "integration_error",
  FF09: "integration_error",
  FF10: "institution_unavailable",
  FF11: "rejected",
  G000: "pending",
  G001: "pending",
  G002: "pending",
  G003: "pending",
  G004: "pending",
  G005: "success",
  G006: "success",
  ID01: "pending",
  MD01: "rejected",
  MD02: "integration_error",
  MD05: "rejected",
  MD06: "cancelled",
  MD07: "account_unavailable",
  MS02: "rejected",
  MS03: "rejected",
  NARR: "generic_failure",
  NERI: "integration_error",
  RC01: "integration_error",
  RC02: "integration_error",
  RC03: "integration_error",
  RC04: "integration_error",
  RC05: "integration_error",
  RC06: "integration_error",
  RC07: "integration_error",
  RC08: "integration_error",
  RC09: "integration_error",
  RC10: "integration_error",
  RC11: "integration_error",
  RC12: "integration_error",
  RCON: "rejected",
  RECI: "informational",
  RF01: "integration_error",
  RR01: "integration_error",
  RR02: "integration_error",
  RR03: "integration_error",
  RR04: "rejected",
  RR05: "integration_error",
  RR06: "integration_error",
  RR07: "integration_error",
  RR08: "informational",
  RR09: "integration_error",
  RR10: "integration_error",
  RR11: "integration_error",
  RR12: "integration_error",
  S000: "pending",
  S001: "pending",
  S002: "cancelled",
  S003: "pending",
  S004: "pending",
  SL01: "rejected",
  SL02: "rejected",
  SL03: "rejected",
  SL11: "rejected",
  SL12: "rejected",
  SL13: "rejected",
  SL14: "rejected",
  TA01: "generic_failure",
  TD01: "informational",
  TD02: "integration_error",
  TD03: "integration_error",
  TK01: "reconnect_required",
  TK02: "integration_error",
  TK03: "integration_error",
  TK09: "integration_error",
  TKCM: "integration_error",
  TKSG: "integration_error",
  TKSP: "reconnect_required",
  TKVE: "rejected",
  TKXP: "reconnect_required",
  TM01: "rejected",
  TS01: "success",
  TS04: "pending",
  CN01: "cancelled",
  FOCR: "cancelled",
  FR01: "rejected",
  NOAS: "rejected",
  NOCM: "account_unavailable",
  RUTA: "rejected",
  UPAY: "rejected",
  AEXR: "session_expired",
  ALAC: "integration_error",
  ARFR: "integration_error",
  ARJR: "integration_error",
  ATNS: "integration_error",
  EDTL: "integration_error",
  EDTR: "session_expired",
  FRAD: "cancelled",
  IEDT: "integration_error",
  IRNR: "integration_error",
  NOAR: "rejected",
  NOPG: "rejected",
  NRCH: "institution_unavailable",
  PINS: "rejected",
  REPR: "pending",
  RTNS: "rejected",
  SPII: "integration_error",
  UCRD: "account_unavailable",
  FF12: "rejected",
  FF13: "integration_error",
  DC02: "rejected",
  APAR: "integration_error",
  AB26: "integration_error",
  AB12: "integration_error",
  AB13: "integration_error",
  AB15: "rejected",
  AB21: "integration_error",
  BDAY: "integration_error",
  DS28: "integration_error",
  INDT: "integration_error",
  ISWS: "rejected",
  MINF: "integration_error",
  NOFR: "pending",
  RC13: "rejected",
  RC15: "rejected",
  RC16: "rejected",
  SBRN: "informational",
  RQNR: "rejected",
  SNRD: "rejected",
  OSNS: "integration_error",
  AMSE: "integration_error",
  INAR: "integration_error",
  EDNA: "rejected",
  SL15: "rejected",
  SL16: "rejected",
  SL17: "rejected",
  SL18: "rejected",
  CHRG: "integration_error",
  CHCO: "integration_error",
  IPNS: "integration_error",
  CNNS: "integration_error",
  EOL1: "reconnect_required",
};
/**
 * Status reason (ExternalStatusReason1Code): ISO 20022's external code set of status reasons: why a
 * payment or a request has the status a status report gives it (rejected, pending, cancelled,
 * accepted). ISO publishes it apart from the message schemas and maintains it every quarter. Each
 * code has a name and a definition: the description is the definition, verbatim (its line breaks as
 * LF, spaces at either end removed), and the notes give the name. 271 codes are those of the 4Q2023
 * release (version 2, published 04 Mar 2024), read whole in its XSD, spreadsheet and JSON Schema
 * forms, which agree: every one Registered, none Obsolete or replaced. 30 more are in a later copy
 * of the JSON Schema form, which does not name its edition, carries definitions without names and
 * rewords one definition (DUPL). The releases after that copy were not read: a code they add, or
 * make obsolete, is not here yet. The categories are bankcodes' reading of the definitions. UK Open
 * Banking v4 takes the set into its OBExternalStatusReason1Code: a v4 error's ErrorCode and a
 * resource's StatusReasonCode are read with these codes. AC17, the example ErrorCode of the v4
 * OpenAPI files and profile, is not one of them: the 4Q2023 release lists AC17 only among the
 * return reasons (ExternalReturnReason1Code), as AccountInLiquidation, "Account is in
 * liquidation.", so it is read as a code the catalog does not know. Wire field: The status reason
 * of an ISO 20022 status report (pacs.002, pain.002 and the other messages the release's
 * UsageInMsgs sheet lists); in UK Open Banking v4, Errors[].ErrorCode and
 * StatusReason[].StatusReasonCode (OBExternalStatusReason1Code).
 */
export const Iso20022StatusReason: {
  /**
   * Clearing process aborted due to timeout.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AB01: "AB01";
  /**
   * Clearing process aborted due to a fatal error.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AB02: "AB02";
  /**
   * Settlement aborted due to timeout.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AB03: "AB03";
  /**
   * Settlement process aborted due to a fatal error.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AB04: "AB04";
  /**
   * Transaction stopped due to timeout at the Creditor Agent.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AB05: "AB05";
  /**
   * Transaction stopped due to timeout at the Instructed Agent.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AB06: "AB06";
  /**
   * Agent of message is not online. Generic usage if it cannot be determined who exactly is not
   * online.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AB07: "AB07";
  /**
   * Creditor Agent is not online.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AB08: "AB08";
  /**
   * Transaction stopped due to error at the Creditor Agent.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AB09: "AB09";
  /**
   * Transaction stopped due to error at the Instructed Agent.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AB10: "AB10";
  /**
   * Transaction stopped due to timeout at the Debtor Agent.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AB11: "AB11";
  /**
   * Account number is invalid or missing.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AC01: "AC01";
  /**
   * Debtor account number invalid or missing
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AC02: "AC02";
  /**
   * Creditor account number invalid or missing
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AC03: "AC03";
  /**
   * Account number specified has been closed on the bank of account's books.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AC04: "AC04";
  /**
   * Debtor account number closed
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AC05: "AC05";
  /**
   * Account specified is blocked, prohibiting posting of transactions against it.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AC06: "AC06";
  /**
   * Creditor account number closed
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AC07: "AC07";
  /**
   * Branch code is invalid or missing
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AC08: "AC08";
  /**
   * Account currency is invalid or missing
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AC09: "AC09";
  /**
   * Debtor account currency is invalid or missing
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AC10: "AC10";
  /**
   * Creditor account currency is invalid or missing
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AC11: "AC11";
  /**
   * Account type missing or invalid. Generic usage if cannot specify between group and payment
   * information levels
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AC12: "AC12";
  /**
   * Debtor account type missing or invalid
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AC13: "AC13";
  /**
   * Creditor account type missing or invalid
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AC14: "AC14";
  /**
   * The account details for the counterparty have changed.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AC15: "AC15";
  /**
   * Credit or debit card number is invalid.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AC16: "AC16";
  /**
   * Transaction forbidden on this type of account (formerly NoAgreement)
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AG01: "AG01";
  /**
   * Bank Operation code specified in the message is not valid for receiver
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AG02: "AG02";
  /**
   * Transaction type not supported/authorized on this account
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AG03: "AG03";
  /**
   * Agent country code is missing or invalid. Generic usage if cannot specify between group and
   * payment information levels.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AG04: "AG04";
  /**
   * Debtor agent country code is missing or invalid
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AG05: "AG05";
  /**
   * Creditor agent country code is missing or invalid
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AG06: "AG06";
  /**
   * Debtor account cannot be debited for a generic reason. Code value may be used in general
   * purposes and as a replacement for AM04 if debtor bank does not reveal its customer's
   * insufficient funds for privacy reasons
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AG07: "AG07";
  /**
   * Transaction failed due to invalid or missing user or access right
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AG08: "AG08";
  /**
   * Original payment never received.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AG09: "AG09";
  /**
   * Agent of message is suspended from the Real Time Payment system. Generic usage if it cannot be
   * determined who exactly is suspended.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AG10: "AG10";
  /**
   * Creditor Agent of message is suspended from the Real Time Payment system.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AG11: "AG11";
  /**
   * Payment orders made by transferring funds from one account to another at the same financial
   * institution (bank or payment institution) are not allowed.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AG12: "AG12";
  /**
   * Returned payments derived from previously returned transactions are not allowed.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AG13: "AG13";
  /**
   * Agent in the payment workflow is incorrect
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AGNT: "AGNT";
  /**
   * Specified message amount is equal to zero
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AM01: "AM01";
  /**
   * Specific transaction/message amount is greater than allowed maximum
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AM02: "AM02";
  /**
   * Specified message amount is an non processable currency outside of existing agreement
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AM03: "AM03";
  /**
   * Amount of funds available to cover specified message amount is insufficient.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AM04: "AM04";
  /**
   * Duplication
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AM05: "AM05";
  /**
   * Specified transaction amount is less than agreed minimum.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AM06: "AM06";
  /**
   * Amount specified in message has been blocked by regulatory authorities.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AM07: "AM07";
  /**
   * Amount received is not the amount agreed or expected
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AM09: "AM09";
  /**
   * Sum of instructed amounts does not equal the control sum.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AM10: "AM10";
  /**
   * Transaction currency is invalid or missing
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AM11: "AM11";
  /**
   * Amount is invalid or missing
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AM12: "AM12";
  /**
   * Transaction amount exceeds limits set by clearing system
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AM13: "AM13";
  /**
   * Transaction amount exceeds limits agreed between bank and client
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AM14: "AM14";
  /**
   * Transaction amount below minimum set by clearing system
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AM15: "AM15";
  /**
   * Control Sum at the Group level is invalid
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AM16: "AM16";
  /**
   * Control Sum at the Payment Information level is invalid
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AM17: "AM17";
  /**
   * Number of transactions is invalid or missing. Generic usage if cannot specify between group and
   * payment information levels.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AM18: "AM18";
  /**
   * Number of transactions at the Group level is invalid or missing
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AM19: "AM19";
  /**
   * Number of transactions at the Payment Information level is invalid
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AM20: "AM20";
  /**
   * Transaction amount exceeds limits agreed between bank and client.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AM21: "AM21";
  /**
   * Unable to apply zero amount to designated account. For example, where the rules of a service
   * allow the use of zero amount payments, however the back-office system is unable to apply the
   * funds to the account. If the rules of a service prohibit the use of zero amount payments, then
   * code AM01 is used to report the error condition.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AM22: "AM22";
  /**
   * Transaction amount exceeds settlement limit.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AM23: "AM23";
  /**
   * Identification of end customer is not consistent with associated account number. (formerly
   * CreditorConsistency).
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly BE01: "BE01";
  /**
   * Specification of creditor's address, which is required for payment, is missing/not correct
   * (formerly IncorrectCreditorAddress).
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly BE04: "BE04";
  /**
   * Party who initiated the message is not recognised by the end customer
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly BE05: "BE05";
  /**
   * End customer specified is not known at associated Sort/National Bank Code or does no longer
   * exist in the books
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly BE06: "BE06";
  /**
   * Specification of debtor's address, which is required for payment, is missing/not correct.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly BE07: "BE07";
  /**
   * Debtor name is missing
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly BE08: "BE08";
  /**
   * Country code is missing or Invalid. Generic usage if cannot specifically identify debtor or
   * creditor
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly BE09: "BE09";
  /**
   * Debtor country code is missing or invalid
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly BE10: "BE10";
  /**
   * Creditor country code is missing or invalid
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly BE11: "BE11";
  /**
   * Country code of residence is missing or Invalid. Generic usage if cannot specifically identify
   * debtor or creditor
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly BE12: "BE12";
  /**
   * Country code of debtor's residence is missing or Invalid
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly BE13: "BE13";
  /**
   * Country code of creditor's residence is missing or Invalid
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly BE14: "BE14";
  /**
   * Identification code missing or invalid. Generic usage if cannot specifically identify debtor or
   * creditor.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly BE15: "BE15";
  /**
   * Debtor or Ultimate Debtor identification code missing or invalid
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly BE16: "BE16";
  /**
   * Creditor or Ultimate Creditor identification code missing or invalid
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly BE17: "BE17";
  /**
   * Contact details missing or invalid
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly BE18: "BE18";
  /**
   * Charge bearer code for transaction type is invalid
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly BE19: "BE19";
  /**
   * Name length exceeds local rules for payment type.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly BE20: "BE20";
  /**
   * Name missing or invalid. Generic usage if cannot specifically identify debtor or creditor.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly BE21: "BE21";
  /**
   * Creditor name is missing
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly BE22: "BE22";
  /**
   * Phone number or email address, or any other proxy, used as the account proxy is unknown or
   * invalid.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly BE23: "BE23";
  /**
   * Credit transfer is not tagged as an Extended Remittance Information (ERI) transaction but
   * contains ERI.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly CERI: "CERI";
  /**
   * Value in Requested Execution Date or Requested Collection Date is too far in the future
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly CH03: "CH03";
  /**
   * Value in Requested Execution Date or Requested Collection Date is too far in the past
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly CH04: "CH04";
  /**
   * Element is not to be used at B- and C-Level
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly CH07: "CH07";
  /**
   * Mandate changes are not allowed
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly CH09: "CH09";
  /**
   * Information on mandate changes are missing
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly CH10: "CH10";
  /**
   * Value in Creditor Identifier is incorrect
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly CH11: "CH11";
  /**
   * Creditor Identifier is ambiguous at Transaction Level
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly CH12: "CH12";
  /**
   * Original Debtor Account is not to be used
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly CH13: "CH13";
  /**
   * Original Debtor Agent is not to be used
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly CH14: "CH14";
  /**
   * Content Remittance Information/Structured includes more than 140 characters
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly CH15: "CH15";
  /**
   * Content is incorrect
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly CH16: "CH16";
  /**
   * Element is not allowed
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly CH17: "CH17";
  /**
   * Values in Interbank Settlement Date or Requested Collection Date will be set to the next TARGET
   * day
   * Category: pending (Pending); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly CH19: "CH19";
  /**
   * Number of decimal points not compatible with the currency
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly CH20: "CH20";
  /**
   * Mandatory element is missing
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly CH21: "CH21";
  /**
   * SDD CORE and B2B not permitted within one message
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly CH22: "CH22";
  /**
   * Cheque has been presented in cheque clearing and settled on the creditor’s account.
   * Category: success (Success); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly CHQC: "CHQC";
  /**
   * Creditor bank is not registered under this BIC in the CSM
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly CNOR: "CNOR";
  /**
   * Currency of the payment is incorrect
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly CURR: "CURR";
  /**
   * Cancellation requested by the Debtor
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly CUST: "CUST";
  /**
   * Debtor bank is not registered under this BIC in the CSM
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly DNOR: "DNOR";
  /**
   * The electronic signature(s) is/are correct
   * Category: success (Success); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly DS01: "DS01";
  /**
   * An authorized user has cancelled the order
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly DS02: "DS02";
  /**
   * The user’s attempt to cancel the order was not successful
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly DS03: "DS03";
  /**
   * The order was rejected by the bank side (for reasons concerning content)
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly DS04: "DS04";
  /**
   * The order was correct and could be forwarded for postprocessing
   * Category: pending (Pending); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly DS05: "DS05";
  /**
   * The order was transferred to VEU
   * Category: pending (Pending); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly DS06: "DS06";
  /**
   * All actions concerning the order could be done by the EBICS bank server
   * Category: success (Success); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly DS07: "DS07";
  /**
   * The decompression of the file was not successful
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly DS08: "DS08";
  /**
   * The decryption of the file was not successful
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly DS09: "DS09";
  /**
   * Data signature is required.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly DS0A: "DS0A";
  /**
   * Data signature for the format is not available or invalid.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly DS0B: "DS0B";
  /**
   * The signer certificate is revoked.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly DS0C: "DS0C";
  /**
   * The signer certificate is not valid (revoked or not active).
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly DS0D: "DS0D";
  /**
   * The signer certificate is not present.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly DS0E: "DS0E";
  /**
   * The authority of the signer certification sending the certificate is unknown.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly DS0F: "DS0F";
  /**
   * Signer is not allowed to sign this operation type.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly DS0G: "DS0G";
  /**
   * Signer is not allowed to sign for this account.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly DS0H: "DS0H";
  /**
   * The number of transaction is over the number allowed for this signer.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly DS0K: "DS0K";
  /**
   * The certificate is revoked for the first signer.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly DS10: "DS10";
  /**
   * The certificate is not valid (revoked or not active) for the first signer.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly DS11: "DS11";
  /**
   * The certificate is not present for the first signer.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly DS12: "DS12";
  /**
   * The authority of signer certification sending the certificate is unknown for the first signer.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly DS13: "DS13";
  /**
   * The user is unknown on the server
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly DS14: "DS14";
  /**
   * The same signature has already been sent to the bank
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly DS15: "DS15";
  /**
   * The public key version is not correct. This code is returned when a customer sends signature
   * files to the financial institution after conversion from an older program version (old ES
   * format) to a new program version (new ES format) without having carried out re-initialisation
   * with regard to a public key change.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly DS16: "DS16";
  /**
   * Order data and signatures don’t match
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly DS17: "DS17";
  /**
   * File cannot be tested, the complete order has to be repeated. This code is returned in the
   * event of a malfunction during the signature check, e.g. not enough storage space.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: ISO 20022's published text.
   */
  readonly DS18: "DS18";
  /**
   * The user’s rights (concerning his signature) are insufficient to execute the order
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly DS19: "DS19";
  /**
   * The certificate is revoked for the second signer.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly DS20: "DS20";
  /**
   * The certificate is not valid (revoked or not active) for the second signer.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly DS21: "DS21";
  /**
   * The certificate is not present for the second signer.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly DS22: "DS22";
  /**
   * The authority of signer certification sending the certificate is unknown for the second signer.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly DS23: "DS23";
  /**
   * Waiting time expired due to incomplete order
   * Category: session_expired (Session expired); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly DS24: "DS24";
  /**
   * The order file was deleted by the bank server (for multiple reasons)
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly DS25: "DS25";
  /**
   * The same user has signed multiple times
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly DS26: "DS26";
  /**
   * The user is not yet activated (technically)
   * Category: action_required_at_institution (Action required at institution); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly DS27: "DS27";
  /**
   * Invalid date (eg, wrong or missing settlement date)
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly DT01: "DT01";
  /**
   * Invalid creation date and time in Group Header (eg, historic date)
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly DT02: "DT02";
  /**
   * Invalid non bank processing date (eg, weekend or local public holiday)
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly DT03: "DT03";
  /**
   * Future date not supported
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly DT04: "DT04";
  /**
   * Associated message, payment information block or transaction was received after agreed
   * processing cut-off date, i.e., date in the past.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly DT05: "DT05";
  /**
   * Execution Date has been modified in order for transaction to be processed
   * Category: pending (Pending); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly DT06: "DT06";
  /**
   * Message Identification is not unique.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly DU01: "DU01";
  /**
   * Payment Information Block is not unique.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly DU02: "DU02";
  /**
   * Transaction is not unique.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly DU03: "DU03";
  /**
   * End To End ID is not unique.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly DU04: "DU04";
  /**
   * Instruction ID is not unique.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly DU05: "DU05";
  /**
   * Payment or charge is a duplicate of another payment or charge.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly DUPL: "DUPL";
  /**
   * Correspondent bank not possible.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly ED01: "ED01";
  /**
   * Balance of payments complementary info is requested
   * Category: user_action_required (User action required); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly ED03: "ED03";
  /**
   * Settlement of the transaction has failed.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: ISO 20022's published text.
   */
  readonly ED05: "ED05";
  /**
   * Interbank settlement system not available.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: ISO 20022's published text.
   */
  readonly ED06: "ED06";
  /**
   * Extended Remittance Information (ERI) option is not supported.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly ERIN: "ERIN";
  /**
   * File Format incomplete or invalid
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly FF01: "FF01";
  /**
   * Syntax error reason is provided as narrative information in the additional reason information.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly FF02: "FF02";
  /**
   * Payment Type Information is missing or invalid. Generic usage if cannot specify Service Level
   * or Local Instrument code
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly FF03: "FF03";
  /**
   * Service Level code is missing or invalid
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly FF04: "FF04";
  /**
   * Local Instrument code is missing or invalid
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly FF05: "FF05";
  /**
   * Category Purpose code is missing or invalid
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly FF06: "FF06";
  /**
   * Purpose is missing or invalid
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly FF07: "FF07";
  /**
   * End to End Id missing or invalid
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly FF08: "FF08";
  /**
   * Cheque number missing or invalid
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly FF09: "FF09";
  /**
   * File or transaction cannot be processed due to technical issues at the bank side
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: ISO 20022's published text.
   */
  readonly FF10: "FF10";
  /**
   * Clearing request rejected due it being subject to an abort operation.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly FF11: "FF11";
  /**
   * In an FI To FI Customer Credit Transfer: The Status Originator transferred the payment to the
   * next Agent or to a Market Infrastructure. The payment transfer is tracked. No further updates
   * will follow from the Status Originator. In a Financial Institution Credit Transfer with cover:
   * The Status Originator performed the account booking and transferred the cover transaction to
   * the next Reimbursement Agent or to a Market Infrastructure. The payment transfer is tracked. No
   * further updates will follow from the Status Originator.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly G000: "G000";
  /**
   * In an FI To FI Customer Credit Transfer: The Status Originator transferred the payment to the
   * next Agent or to a Market Infrastructure. The payment transfer is not tracked. No further
   * updates will follow from the Status Originator. In a Financial Institution Credit Transfer with
   * cover: The Status Originator performed the account booking and transferred the cover
   * transaction to the next Reimbursement Agent or to a Market Infrastructure. The payment transfer
   * is not tracked. No further updates will follow from the Status Originator.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly G001: "G001";
  /**
   * In a FIToFI Customer Credit Transfer: Credit to the creditor’s account may not be confirmed
   * same day. Update will follow from the Status Originator. In a Financial Institution Credit
   * Transfer with cover: Debit/credit to nostro account may not be confirmed same day or Financial
   * Institution Credit Transfer may not be transferred same day. Update will follow from the Status
   * Originator.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly G002: "G002";
  /**
   * In a FIToFI Customer Credit Transfer: Credit to creditor’s account is pending receipt of
   * required documents. The Status Originator has requested creditor to provide additional
   * documentation. Update will follow from the Status Originator. In a Financial Institution Credit
   * Transfer with cover: Status Originator has requested a previous Agent to provide additional
   * information/correct information. Update will follow from the Status Originator.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly G003: "G003";
  /**
   * In a FIToFI Customer Credit Transfer: Credit to the creditor’s account is pending, status
   * Originator is waiting for funds provided via a cover. Update will follow from the Status
   * Originator.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly G004: "G004";
  /**
   * Payment has been delivered to creditor agent with service level.
   * Category: success (Success); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly G005: "G005";
  /**
   * Payment has been delivered to creditor agent without service level.
   * Category: success (Success); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly G006: "G006";
  /**
   * Signature file was sent to the bank but the corresponding original file has not been sent yet.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly ID01: "ID01";
  /**
   * No Mandate
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly MD01: "MD01";
  /**
   * Mandate related information data required by the scheme is missing.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly MD02: "MD02";
  /**
   * Creditor or creditor's agent should not have collected the direct debit
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly MD05: "MD05";
  /**
   * Return of funds requested by end customer
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly MD06: "MD06";
  /**
   * End customer is deceased.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly MD07: "MD07";
  /**
   * Reason has not been specified by end customer
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly MS02: "MS02";
  /**
   * Reason has not been specified by agent.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly MS03: "MS03";
  /**
   * Reason is provided as narrative information in the additional reason information.
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: ISO 20022's published text.
   */
  readonly NARR: "NARR";
  /**
   * Credit transfer is tagged as an Extended Remittance Information (ERI) transaction but does not
   * contain ERI.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly NERI: "NERI";
  /**
   * Bank identifier code specified in the message has an incorrect format (formerly
   * IncorrectFormatForRoutingCode).
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly RC01: "RC01";
  /**
   * Bank identifier is invalid or missing. Generic usage if cannot specify between debit or credit
   * account
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly RC02: "RC02";
  /**
   * Debtor bank identifier is invalid or missing
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly RC03: "RC03";
  /**
   * Creditor bank identifier is invalid or missing
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly RC04: "RC04";
  /**
   * BIC identifier is invalid or missing. Generic usage if cannot specify between debit or credit
   * account.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly RC05: "RC05";
  /**
   * Debtor BIC identifier is invalid or missing
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly RC06: "RC06";
  /**
   * Creditor BIC identifier is invalid or missing
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly RC07: "RC07";
  /**
   * ClearingSystemMemberidentifier is invalid or missing. Generic usage if cannot specify between
   * debit or credit account
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly RC08: "RC08";
  /**
   * Debtor ClearingSystemMember identifier is invalid or missing
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly RC09: "RC09";
  /**
   * Creditor ClearingSystemMember identifier is invalid or missing
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly RC10: "RC10";
  /**
   * Intermediary Agent is invalid or missing
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly RC11: "RC11";
  /**
   * Creditor Scheme Id is invalid or missing
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly RC12: "RC12";
  /**
   * Conflict with R-Message
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly RCON: "RCON";
  /**
   * Further information regarding the intended recipient.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly RECI: "RECI";
  /**
   * Transaction reference is not unique within the message.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly RF01: "RF01";
  /**
   * Specification of the debtor’s account or unique identification needed for reasons of regulatory
   * requirements is insufficient or missing
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly RR01: "RR01";
  /**
   * Specification of the debtor’s name and/or address needed for regulatory requirements is
   * insufficient or missing.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly RR02: "RR02";
  /**
   * Specification of the creditor’s name and/or address needed for regulatory requirements is
   * insufficient or missing.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly RR03: "RR03";
  /**
   * Regulatory Reason
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly RR04: "RR04";
  /**
   * Regulatory or Central Bank Reporting information missing, incomplete or invalid.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly RR05: "RR05";
  /**
   * Tax information missing, incomplete or invalid.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly RR06: "RR06";
  /**
   * Remittance information structure does not comply with rules for payment type.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly RR07: "RR07";
  /**
   * Remittance information truncated to comply with rules for payment type.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly RR08: "RR08";
  /**
   * Structured creditor reference invalid or missing.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly RR09: "RR09";
  /**
   * Character set supplied not valid for the country and payment type.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly RR10: "RR10";
  /**
   * Invalid or missing identification of a bank proprietary service.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly RR11: "RR11";
  /**
   * Invalid or missing identification required within a particular country or payment type.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly RR12: "RR12";
  /**
   * Request for Cancellation is acknowledged following validation.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly S000: "S000";
  /**
   * Unique End-to-end Transaction Reference (UETR) relating to a payment has been identified as
   * being associated with a Request for Cancellation.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly S001: "S001";
  /**
   * Unique End-to-end Transaction Reference (UETR) relating to a payment has been prevent from
   * traveling across a messaging network.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly S002: "S002";
  /**
   * Request for Cancellation has been forwarded to the payment processing/last payment processing
   * agent.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly S003: "S003";
  /**
   * Request for Cancellation has been acknowledged as delivered to payment processing/last payment
   * processing agent.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly S004: "S004";
  /**
   * Due to specific service offered by the Debtor Agent.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly SL01: "SL01";
  /**
   * Due to specific service offered by the Creditor Agent.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly SL02: "SL02";
  /**
   * Due to a specific service offered by the clearing system.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly SL03: "SL03";
  /**
   * Whitelisting service offered by the Debtor Agent; Debtor has not included the Creditor on its
   * “Whitelist” (yet). In the Whitelist the Debtor may list all allowed Creditors to debit Debtor
   * bank account.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly SL11: "SL11";
  /**
   * Blacklisting service offered by the Debtor Agent; Debtor included the Creditor on his
   * “Blacklist”. In the Blacklist the Debtor may list all Creditors not allowed to debit Debtor
   * bank account.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly SL12: "SL12";
  /**
   * Due to Maximum allowed Direct Debit Transactions per period service offered by the Debtor
   * Agent.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly SL13: "SL13";
  /**
   * Due to Maximum allowed Direct Debit Transaction amount service offered by the Debtor Agent.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly SL14: "SL14";
  /**
   * The transmission of the file was not successful – it had to be aborted (for technical reasons)
   * Category: generic_failure (Generic failure); retryable: yes.
   * Whose words: description: ISO 20022's published text.
   */
  readonly TA01: "TA01";
  /**
   * There is no data available (for download)
   * Category: informational (Informational); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly TD01: "TD01";
  /**
   * The file cannot be read (e.g. unknown format)
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly TD02: "TD02";
  /**
   * The file format is incomplete or invalid
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly TD03: "TD03";
  /**
   * Token is invalid.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly TK01: "TK01";
  /**
   * Token used for the sender does not exist.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly TK02: "TK02";
  /**
   * Token used for the receiver does not exist.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly TK03: "TK03";
  /**
   * Token required for request is missing.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly TK09: "TK09";
  /**
   * Token found with counterparty mismatch.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly TKCM: "TKCM";
  /**
   * Single Use Token already used.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly TKSG: "TKSG";
  /**
   * Token found with suspended status.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly TKSP: "TKSP";
  /**
   * Token found with value limit rule violation.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly TKVE: "TKVE";
  /**
   * Token expired.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly TKXP: "TKXP";
  /**
   * Associated message, payment information block, or transaction was received after agreed
   * processing cut-off time.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly TM01: "TM01";
  /**
   * The (technical) transmission of the file was successful.
   * Category: success (Success); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly TS01: "TS01";
  /**
   * The order was transferred to pass by accompanying note signed by hand
   * Category: pending (Pending); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly TS04: "TS04";
  /**
   * Authorisation is cancelled.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly CN01: "CN01";
  /**
   * Return following a cancellation request.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly FOCR: "FOCR";
  /**
   * Returned as a result of fraud.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly FR01: "FR01";
  /**
   * No response from Beneficiary.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly NOAS: "NOAS";
  /**
   * Customer account is not compliant with regulatory requirements, for example FICA (in South
   * Africa) or any other regulatory requirements which render an account inactive for certain
   * processing.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly NOCM: "NOCM";
  /**
   * Return following investigation request and no remediation possible.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly RUTA: "RUTA";
  /**
   * Payment is not justified.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly UPAY: "UPAY";
  /**
   * Request-to-pay Expiry Date and Time has already passed.
   * Category: session_expired (Session expired); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AEXR: "AEXR";
  /**
   * Request-to-pay has already been accepted by the Debtor.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly ALAC: "ALAC";
  /**
   * Request-to-pay has already been refused by the Debtor.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly ARFR: "ARFR";
  /**
   * Request-to-pay has already been rejected.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly ARJR: "ARJR";
  /**
   * Attachments to the request-to-pay are not supported.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly ATNS: "ATNS";
  /**
   * Expiry date time of the request-to-pay is too far in the future.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly EDTL: "EDTL";
  /**
   * Expiry date time of the request-to-pay is already reached.
   * Category: session_expired (Session expired); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly EDTR: "EDTR";
  /**
   * Cancellation requested following a transaction that was originated fraudulently. The use of the
   * FraudulentOrigin code should be governed by jurisdictions.
   * Category: cancelled (Cancelled); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly FRAD: "FRAD";
  /**
   * Expiry date time of the request-to-pay is incorrect.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly IEDT: "IEDT";
  /**
   * No initial request-to-pay has been received.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly IRNR: "IRNR";
  /**
   * No existing agreement for receiving request-to-pay messages.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly NOAR: "NOAR";
  /**
   * Requested payment guarantee (by Creditor) related to a request-to-pay cannot be provided.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly NOPG: "NOPG";
  /**
   * Recipient side of the request-to-pay (payer or its request-to-pay service provider) is not
   * reachable.
   * Category: institution_unavailable (Institution unavailable); retryable: yes.
   * Whose words: description: ISO 20022's published text.
   */
  readonly NRCH: "NRCH";
  /**
   * Type of payment requested in the request-to-pay is not supported by the payer.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly PINS: "PINS";
  /**
   * Request-to-pay has been received and can be processed further.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly REPR: "REPR";
  /**
   * Debtor does not support request-to-pay transactions.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly RTNS: "RTNS";
  /**
   * Identifier of the request-to-pay service provider is incorrect.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly SPII: "SPII";
  /**
   * Unknown Creditor.
   * Category: account_unavailable (Account unavailable); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly UCRD: "UCRD";
  /**
   * Original payment is not eligible to be returned given its current status.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly FF12: "FF12";
  /**
   * No record of request for cancellation found.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly FF13: "FF13";
  /**
   * Rejection of a payment due to covering FI settlement not being received.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly DC02: "DC02";
  /**
   * Request To Pay has already been paid by the Debtor.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly APAR: "APAR";
  /**
   * Settlement Instruction does not exist.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AB26: "AB26";
  /**
   * Duplicate Concurrent Batch Sequence number– for Settlement Instructions.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AB12: "AB12";
  /**
   * Wrong Message Routing Type for Return-of-Funds.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AB13: "AB13";
  /**
   * Instruction may not be placed on the Continuous Processing Line settlement processor.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AB15: "AB15";
  /**
   * Agreement number not valid (beneficiary).
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AB21: "AB21";
  /**
   * Settlement Cycle Day and Calendar day should be the same.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly BDAY: "BDAY";
  /**
   * Message routed to the wrong environment.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly DS28: "DS28";
  /**
   * Details not valid for this field.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly INDT: "INDT";
  /**
   * Cannot schedule instruction for Night Window.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly ISWS: "ISWS";
  /**
   * Information missing for the field or cannot be empty.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly MINF: "MINF";
  /**
   * Continuous Processing Line on Hold Instruction.
   * Category: pending (Pending); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly NOFR: "NOFR";
  /**
   * Originator not active any more.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly RC13: "RC13";
  /**
   * Settlement agreement required.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly RC15: "RC15";
  /**
   * Participant blocked from SADC-RTGS.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly RC16: "RC16";
  /**
   * Remove Concurrent Batch Processing Line on hold instruction.
   * Category: informational (Informational); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly SBRN: "SBRN";
  /**
   * Payer did not recognize the request from Payee Participant,
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly RQNR: "RQNR";
  /**
   * Services are not yet rendered by the Payee Participant (Creditor).
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly SNRD: "SNRD";
  /**
   * Requested optional service (for example instalment payments) is not supported.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly OSNS: "OSNS";
  /**
   * Size of the attachment exceeds the allowed maximum.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly AMSE: "AMSE";
  /**
   * Payer’s activation reference is invalid.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly INAR: "INAR";
  /**
   * Requested execution date of the payment is not accepted.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly EDNA: "EDNA";
  /**
   * Maximum number of credit transactions allowed by the account servicer per service period
   * exceeded.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly SL15: "SL15";
  /**
   * Maximum total credit amount allowed by the account servicer per service period exceeded.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly SL16: "SL16";
  /**
   * Whitelisting service offered by payment system operator or financial institution. Debtor is not
   * included on the Creditor side whitelist.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly SL17: "SL17";
  /**
   * Blacklisting service offered by payment system operator or financial institution. Debtor
   * included on the Creditor side blacklist.
   * Category: rejected (Rejected); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly SL18: "SL18";
  /**
   * Related to a Charge message to convey that the charge bearer code used in the corresponding
   * Payment message was not debt.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly CHRG: "CHRG";
  /**
   * Related to a Charge message to convey that the code in Charge Breakdown / Type / Code is not
   * accepted by the receiving party.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly CHCO: "CHCO";
  /**
   * Payments in instalments are not supported.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly IPNS: "IPNS";
  /**
   * Credit notes are not supported.
   * Category: integration_error (Integration error); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly CNNS: "CNNS";
  /**
   * Expiration of the payment authorisation due to no use for too long.
   * Category: reconnect_required (Reconnect required); retryable: no.
   * Whose words: description: ISO 20022's published text.
   */
  readonly EOL1: "EOL1";
} = /* @__PURE__ */ membersOf(Iso20022StatusReasonCategories, Iso20022StatusReasonAliases);
export type Iso20022StatusReason = (typeof Iso20022StatusReason)[keyof typeof Iso20022StatusReason];
/** A Iso20022StatusReason as read from the wire: a known value or any other string. */
export type Iso20022StatusReasonOrUnknown = Iso20022StatusReason | (string & {});
/** The catalog's metadata of every Iso20022StatusReason value. */
export const Iso20022StatusReasonInfo: { readonly [V in Iso20022StatusReason]: CodeInfo } = /* @__PURE__ */ withPages(
  "reference/iso20022/status_reason",
  {
    AB01: {
      description: "Clearing process aborted due to timeout.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AB02: {
      description: "Clearing process aborted due to a fatal error.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AB03: {
      description: "Settlement aborted due to timeout.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AB04: {
      description: "Settlement process aborted due to a fatal error.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AB05: {
      description: "Transaction stopped due to timeout at the Creditor Agent.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AB06: {
      description: "Transaction stopped due to timeout at the Instructed Agent.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AB07: {
      description: "Agent of message is not online.\nGeneric usage if it cannot be determined who exactly is not online.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AB08: {
      description: "Creditor Agent is not online.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AB09: {
      description: "Transaction stopped due to error at the Creditor Agent.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AB10: {
      description: "Transaction stopped due to error at the Instructed Agent.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AB11: {
      description: "Transaction stopped due to timeout at the Debtor Agent.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AC01: {
      description: "Account number is invalid or missing.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AC02: {
      description: "Debtor account number invalid or missing",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AC03: {
      description: "Creditor account number invalid or missing",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AC04: {
      description: "Account number specified has been closed on the bank of account's books.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AC05: {
      description: "Debtor account number closed",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AC06: {
      description: "Account specified is blocked, prohibiting posting of transactions against it.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AC07: {
      description: "Creditor account number closed",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AC08: {
      description: "Branch code is invalid or missing",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AC09: {
      description: "Account currency is invalid or missing",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AC10: {
      description: "Debtor account currency is invalid or missing",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AC11: {
      description: "Creditor account currency is invalid or missing",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AC12: {
      description: "Account type missing or invalid.\nGeneric usage if cannot specify between group and payment information levels",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AC13: {
      description: "Debtor account type missing or invalid",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AC14: {
      description: "Creditor account type missing or invalid",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AC15: {
      description: "The account details for the counterparty have changed.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AC16: {
      description: "Credit or debit card number is invalid.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AG01: {
      description: "Transaction forbidden on this type of account (formerly NoAgreement)",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AG02: {
      description: "Bank Operation code specified in the message is not valid for receiver",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AG03: {
      description: "Transaction type not supported/authorized on this account",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AG04: {
      description: "Agent country code is missing or invalid.\nGeneric usage if cannot specify between group and payment information levels.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AG05: {
      description: "Debtor agent country code is missing or invalid",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AG06: {
      description: "Creditor agent country code is missing or invalid",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AG07: {
      description: "Debtor account cannot be debited for a generic reason.\nCode value may be used in general purposes and as a replacement for AM04 if debtor bank does not reveal its customer's insufficient funds for privacy reasons",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AG08: {
      description: "Transaction failed due to invalid or missing user or access right",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AG09: {
      description: "Original payment never received.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AG10: {
      description: "Agent of message is suspended from the Real Time Payment system.\nGeneric usage if it cannot be determined who exactly is suspended.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AG11: {
      description: "Creditor Agent of message is suspended from the Real Time Payment system.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AG12: {
      description: "Payment orders made by transferring funds from one account to another at the same financial institution (bank or payment institution) are not allowed.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AG13: {
      description: "Returned payments derived from previously returned transactions are not allowed.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AGNT: {
      description: "Agent in the payment workflow is incorrect",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AM01: {
      description: "Specified message amount is equal to zero",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AM02: {
      description: "Specific transaction/message amount is greater than allowed maximum",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AM03: {
      description: "Specified message amount is an non processable currency outside of existing agreement",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AM04: {
      description: "Amount of funds available to cover specified message amount is insufficient.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AM05: {
      description: "Duplication",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AM06: {
      description: "Specified transaction amount is less than agreed minimum.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AM07: {
      description: "Amount specified in message has been blocked by regulatory authorities.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AM09: {
      description: "Amount received is not the amount agreed or expected",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AM10: {
      description: "Sum of instructed amounts does not equal the control sum.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AM11: {
      description: "Transaction currency is invalid or missing",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AM12: {
      description: "Amount is invalid or missing",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AM13: {
      description: "Transaction amount exceeds limits set by clearing system",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AM14: {
      description: "Transaction amount exceeds limits agreed between bank and client",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AM15: {
      description: "Transaction amount below minimum set by clearing system",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AM16: {
      description: "Control Sum at the Group level is invalid",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AM17: {
      description: "Control Sum at the Payment Information level is invalid",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AM18: {
      description: "Number of transactions is invalid or missing.\nGeneric usage if cannot specify between group and payment information levels.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AM19: {
      description: "Number of transactions at the Group level is invalid or missing",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AM20: {
      description: "Number of transactions at the Payment Information level is invalid",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AM21: {
      description: "Transaction amount exceeds limits agreed between bank and client.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AM22: {
      description: "Unable to apply zero amount to designated account. For example, where the rules of a service allow the use of zero amount payments, however the back-office system is unable to apply the funds to the account. If the rules of a service prohibit the use of zero amount payments, then code AM01 is used to report the error condition.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AM23: {
      description: "Transaction amount exceeds settlement limit.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    BE01: {
      description: "Identification of end customer is not consistent with associated account number. (formerly CreditorConsistency).",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    BE04: {
      description: "Specification of creditor's address, which is required for payment, is missing/not correct (formerly IncorrectCreditorAddress).",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    BE05: {
      description: "Party who initiated the message is not recognised by the end customer",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    BE06: {
      description: "End customer specified is not known at associated Sort/National Bank Code or does no longer exist in the books",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    BE07: {
      description: "Specification of debtor's address, which is required for payment, is missing/not correct.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    BE08: {
      description: "Debtor name is missing",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    BE09: {
      description: "Country code is missing or Invalid.\nGeneric usage if cannot specifically identify debtor or creditor",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    BE10: {
      description: "Debtor country code is missing or invalid",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    BE11: {
      description: "Creditor country code is missing or invalid",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    BE12: {
      description: "Country code of residence is missing or Invalid.\nGeneric usage if cannot specifically identify debtor or creditor",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    BE13: {
      description: "Country code of debtor's residence is missing or Invalid",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    BE14: {
      description: "Country code of creditor's residence is missing or Invalid",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    BE15: {
      description: "Identification code missing or invalid.\nGeneric usage if cannot specifically identify debtor or creditor.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    BE16: {
      description: "Debtor or Ultimate Debtor identification code missing or invalid",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    BE17: {
      description: "Creditor or Ultimate Creditor identification code missing or invalid",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    BE18: {
      description: "Contact details missing or invalid",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    BE19: {
      description: "Charge bearer code for transaction type is invalid",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    BE20: {
      description: "Name length exceeds local rules for payment type.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    BE21: {
      description: "Name missing or invalid.  Generic usage if cannot specifically identify debtor or creditor.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    BE22: {
      description: "Creditor name is missing",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    BE23: {
      description: "Phone number or email address, or any other proxy, used as the account proxy is unknown or invalid.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CERI: {
      description: "Credit transfer is not tagged as an Extended Remittance Information (ERI) transaction but contains ERI.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CH03: {
      description: "Value in Requested Execution Date or Requested Collection Date is too far in the future",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CH04: {
      description: "Value in Requested Execution Date or Requested Collection Date is too far in the past",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CH07: {
      description: "Element is not to be used at B- and C-Level",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CH09: {
      description: "Mandate changes are not allowed",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CH10: {
      description: "Information on mandate changes are missing",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CH11: {
      description: "Value in Creditor Identifier is incorrect",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CH12: {
      description: "Creditor Identifier is ambiguous at Transaction Level",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CH13: {
      description: "Original Debtor Account is not to be used",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CH14: {
      description: "Original Debtor Agent  is not to be used",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CH15: {
      description: "Content Remittance Information/Structured includes more than 140 characters",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CH16: {
      description: "Content is incorrect",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CH17: {
      description: "Element is not allowed",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CH19: {
      description: "Values in Interbank Settlement Date or Requested Collection Date will be set to the next TARGET day",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CH20: {
      description: "Number of decimal points not compatible with the currency",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CH21: {
      description: "Mandatory element is missing",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CH22: {
      description: "SDD CORE and B2B not permitted within one message",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CHQC: {
      description: "Cheque has been presented in cheque clearing and settled on the creditor’s account.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CNOR: {
      description: "Creditor bank is not registered under this BIC in the CSM",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CURR: {
      description: "Currency of the payment is incorrect",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CUST: {
      description: "Cancellation requested by the Debtor",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DNOR: {
      description: "Debtor bank is not registered under this BIC in the CSM",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DS01: {
      description: "The electronic signature(s) is/are correct",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DS02: {
      description: "An authorized user has cancelled the order",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DS03: {
      description: "The user’s attempt to cancel the order was not successful",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DS04: {
      description: "The order was rejected by the bank side (for reasons concerning content)",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DS05: {
      description: "The order was correct and could be forwarded for postprocessing",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DS06: {
      description: "The order was transferred to VEU",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DS07: {
      description: "All actions concerning the order could be done by the EBICS bank server",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DS08: {
      description: "The decompression of the file was not successful",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DS09: {
      description: "The decryption of the file was not successful",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DS0A: {
      description: "Data signature is required.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DS0B: {
      description: "Data signature for the format is not available or invalid.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DS0C: {
      description: "The signer certificate is revoked.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DS0D: {
      description: "The signer certificate is not valid (revoked or not active).",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DS0E: {
      description: "The signer certificate is not present.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DS0F: {
      description: "The authority of the signer certification sending the certificate is unknown.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DS0G: {
      description: "Signer is not allowed to sign this operation type.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DS0H: {
      description: "Signer is not allowed to sign for this account.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DS0K: {
      description: "The number of transaction is over the number allowed for this signer.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DS10: {
      description: "The certificate is revoked for the first signer.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DS11: {
      description: "The certificate is not valid (revoked or not active) for the first signer.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DS12: {
      description: "The certificate is not present for the first signer.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DS13: {
      description: "The authority of signer certification sending the certificate is unknown for the first signer.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DS14: {
      description: "The user is unknown on the server",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DS15: {
      description: "The same signature has already been sent to the bank",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DS16: {
      description: "The public key version is not correct. This code is returned when a customer sends signature files to the financial institution after conversion from an older program version (old ES format) to a new program version (new ES format) without having carried out re-initialisation with regard to a public key change.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DS17: {
      description: "Order data and signatures don’t match",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DS18: {
      description: "File cannot be tested, the complete order has to be repeated. This code is returned in the event of a malfunction during the signature check, e.g. not enough storage space.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DS19: {
      description: "The user’s rights (concerning his signature) are insufficient to execute the order",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DS20: {
      description: "The certificate is revoked for the second signer.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DS21: {
      description: "The certificate is not valid (revoked or not active) for the second signer.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DS22: {
      description: "The certificate is not present for the second signer.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DS23: {
      description: "The authority of signer certification sending the certificate is unknown for the second signer.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DS24: {
      description: "Waiting time expired due to incomplete order",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DS25: {
      description: "The order file was deleted by the bank server\n(for multiple reasons)",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DS26: {
      description: "The same user has signed multiple times",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DS27: {
      description: "The user is not yet activated (technically)",
      category: "action_required_at_institution",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DT01: {
      description: "Invalid date (eg, wrong or missing settlement date)",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DT02: {
      description: "Invalid creation date and time in Group Header (eg, historic date)",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DT03: {
      description: "Invalid non bank processing date (eg, weekend or local public holiday)",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DT04: {
      description: "Future date not supported",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DT05: {
      description: "Associated message, payment information block or transaction was received after agreed processing cut-off date, i.e., date in the past.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DT06: {
      description: "Execution Date has been modified in order for transaction to be processed",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DU01: {
      description: "Message Identification is not unique.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DU02: {
      description: "Payment Information Block is not unique.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DU03: {
      description: "Transaction is not unique.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DU04: {
      description: "End To End ID is not unique.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DU05: {
      description: "Instruction ID is not unique.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DUPL: {
      description: "Payment or charge is a duplicate of another payment or charge.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["tap-external-code-sets-json"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ED01: {
      description: "Correspondent bank not possible.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ED03: {
      description: "Balance of payments complementary info is requested",
      category: "user_action_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ED05: {
      description: "Settlement of the transaction has failed.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ED06: {
      description: "Interbank settlement system not available.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ERIN: {
      description: "Extended Remittance Information (ERI) option is not supported.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FF01: {
      description: "File Format incomplete or invalid",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FF02: {
      description: "Syntax error reason is provided as narrative information in the additional reason information.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FF03: {
      description: "Payment Type Information is missing or invalid.\nGeneric usage if cannot specify Service Level or Local Instrument code",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FF04: {
      description: "Service Level code is missing or invalid",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FF05: {
      description: "Local Instrument code is missing or invalid",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FF06: {
      description: "Category Purpose code is missing or invalid",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FF07: {
      description: "Purpose is missing or invalid",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FF08: {
      description: "End to End Id missing or invalid",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FF09: {
      description: "Cheque number missing or invalid",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FF10: {
      description: "File or transaction cannot be processed due to technical issues at the bank side",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FF11: {
      description: "Clearing request rejected due it being subject to an abort operation.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    G000: {
      description: "In an FI To FI Customer Credit Transfer: The Status Originator transferred the payment to the next Agent or to a Market Infrastructure. The payment transfer is tracked. No further updates will follow from the Status Originator.\n\nIn a Financial Institution Credit Transfer with cover: The Status Originator performed the account booking and transferred the cover transaction to the next Reimbursement Agent or to a Market Infrastructure. The payment transfer is tracked. No further updates will follow from the Status Originator.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    G001: {
      description: "In an FI To FI Customer Credit Transfer: The Status Originator transferred the payment to the next Agent or to a Market Infrastructure. The payment transfer is not tracked. No further updates will follow from the Status Originator.\n\nIn a Financial Institution Credit Transfer with cover: The Status Originator performed the account booking and transferred the cover transaction to the next Reimbursement Agent or to a Market Infrastructure. The payment transfer is not tracked. No further updates will follow from the Status Originator.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    G002: {
      description: "In a FIToFI Customer Credit Transfer: Credit to the creditor’s account may not be confirmed same day. Update will follow from the Status Originator.\nIn a Financial Institution Credit Transfer with cover: Debit/credit to nostro account may not be confirmed same day or Financial Institution Credit Transfer may not be transferred same day. Update will follow from the Status Originator.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    G003: {
      description: "In a FIToFI Customer Credit Transfer: Credit to creditor’s account is pending receipt of required documents. The Status Originator has requested creditor to provide additional documentation. Update will follow from the Status Originator.\nIn a Financial Institution Credit Transfer with cover: Status Originator has requested a previous Agent to provide additional information/correct information. Update will follow from the Status Originator.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    G004: {
      description: "In a FIToFI Customer Credit Transfer: Credit to the creditor’s account is pending, status Originator is waiting for funds provided via a cover. Update will follow from the Status Originator.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    G005: {
      description: "Payment has been delivered to creditor agent with service level.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    G006: {
      description: "Payment has been delivered to creditor agent without service level.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ID01: {
      description: "Signature file was sent to the bank but the corresponding original file has not been sent yet.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    MD01: {
      description: "No Mandate",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    MD02: {
      description: "Mandate related information data required by the scheme is missing.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    MD05: {
      description: "Creditor or creditor's agent should not have collected the direct debit",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    MD06: {
      description: "Return of funds requested by end customer",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    MD07: {
      description: "End customer is deceased.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    MS02: {
      description: "Reason has not been specified by end customer",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    MS03: {
      description: "Reason has not been specified by agent.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    NARR: {
      description: "Reason is provided as narrative information in the additional reason information.",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    NERI: {
      description: "Credit transfer is tagged as an Extended Remittance Information (ERI) transaction but does not contain ERI.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RC01: {
      description: "Bank identifier code specified in the message has an incorrect format (formerly IncorrectFormatForRoutingCode).",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RC02: {
      description: "Bank identifier is invalid or missing.\nGeneric usage if cannot specify between debit or credit account",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RC03: {
      description: "Debtor bank identifier is invalid or missing",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RC04: {
      description: "Creditor bank identifier is invalid or missing",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RC05: {
      description: "BIC identifier is invalid or missing.\nGeneric usage if cannot specify between debit or credit account.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RC06: {
      description: "Debtor BIC identifier is invalid or missing",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RC07: {
      description: "Creditor BIC identifier is invalid or missing",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RC08: {
      description: "ClearingSystemMemberidentifier is invalid or missing.\nGeneric usage if cannot specify between debit or credit account",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RC09: {
      description: "Debtor ClearingSystemMember identifier is invalid or missing",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RC10: {
      description: "Creditor ClearingSystemMember identifier is invalid or missing",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RC11: {
      description: "Intermediary Agent is invalid or missing",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RC12: {
      description: "Creditor Scheme Id is invalid or  missing",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RCON: {
      description: "Conflict with R-Message",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RECI: {
      description: "Further information regarding the intended recipient.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RF01: {
      description: "Transaction reference is not unique within the message.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RR01: {
      description: "Specification of the debtor’s account or unique identification needed for reasons of regulatory requirements is insufficient or missing",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RR02: {
      description: "Specification of the debtor’s name and/or address needed for regulatory requirements is insufficient or missing.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RR03: {
      description: "Specification of the creditor’s name and/or address needed for regulatory requirements is insufficient or missing.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RR04: {
      description: "Regulatory Reason",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RR05: {
      description: "Regulatory or Central Bank Reporting information missing, incomplete or invalid.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RR06: {
      description: "Tax information missing, incomplete or invalid.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RR07: {
      description: "Remittance information structure does not comply with rules for payment type.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RR08: {
      description: "Remittance information truncated to comply with rules for payment type.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RR09: {
      description: "Structured creditor reference invalid or missing.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RR10: {
      description: "Character set supplied not valid for the country and payment type.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RR11: {
      description: "Invalid or missing identification of a bank proprietary service.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RR12: {
      description: "Invalid or missing identification required within a particular country or payment type.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    S000: {
      description: "Request for Cancellation is acknowledged following validation.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    S001: {
      description: "Unique End-to-end Transaction Reference (UETR) relating to a payment has been identified as being associated with a Request for Cancellation.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    S002: {
      description: "Unique End-to-end Transaction Reference (UETR) relating to a payment has been prevent from traveling across a messaging network.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    S003: {
      description: "Request for Cancellation has been forwarded to the payment processing/last payment processing agent.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    S004: {
      description: "Request for Cancellation has been acknowledged as delivered to payment processing/last payment processing agent.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SL01: {
      description: "Due to specific service offered by the Debtor Agent.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SL02: {
      description: "Due to specific service offered by the Creditor Agent.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SL03: {
      description: "Due to a specific service offered by the clearing system.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SL11: {
      description: "Whitelisting service offered by the Debtor Agent; Debtor has not included the Creditor on its “Whitelist” (yet). In the Whitelist the Debtor may list all allowed Creditors to debit Debtor bank account.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SL12: {
      description: "Blacklisting service offered by the Debtor Agent; Debtor included the Creditor on his “Blacklist”. In the Blacklist the Debtor may list all Creditors not allowed to debit Debtor bank account.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SL13: {
      description: "Due to Maximum allowed Direct Debit Transactions per period service offered by the Debtor Agent.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SL14: {
      description: "Due to Maximum allowed Direct Debit Transaction amount service offered by the Debtor Agent.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TA01: {
      description: "The transmission of the file was not successful – it had to be aborted (for technical reasons)",
      category: "generic_failure",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TD01: {
      description: "There is no data available (for download)",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TD02: {
      description: "The file cannot be read (e.g. unknown format)",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TD03: {
      description: "The file format is incomplete or invalid",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TK01: {
      description: "Token is invalid.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TK02: {
      description: "Token used for the sender does not exist.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TK03: {
      description: "Token used for the receiver does not exist.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TK09: {
      description: "Token required for request is missing.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TKCM: {
      description: "Token found with counterparty mismatch.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TKSG: {
      description: "Single Use Token already used.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TKSP: {
      description: "Token found with suspended status.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TKVE: {
      description: "Token found with value limit rule violation.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TKXP: {
      description: "Token expired.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TM01: {
      description: "Associated message, payment information block, or transaction was received after agreed processing cut-off time.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TS01: {
      description: "The (technical) transmission of the file was successful.",
      category: "success",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    TS04: {
      description: "The order was transferred to pass by accompanying note signed by hand",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CN01: {
      description: "Authorisation is cancelled.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FOCR: {
      description: "Return following a cancellation request.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FR01: {
      description: "Returned as a result of fraud.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    NOAS: {
      description: "No response from Beneficiary.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    NOCM: {
      description: "Customer account is not compliant with regulatory requirements, for example FICA (in South Africa) or any other regulatory requirements which render an account inactive for certain processing.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RUTA: {
      description: "Return following investigation request and no remediation possible.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    UPAY: {
      description: "Payment is not justified.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AEXR: {
      description: "Request-to-pay Expiry Date and Time has already passed.",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ALAC: {
      description: "Request-to-pay has already been accepted by the Debtor.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ARFR: {
      description: "Request-to-pay has already been refused by the Debtor.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ARJR: {
      description: "Request-to-pay has already been rejected.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ATNS: {
      description: "Attachments to the request-to-pay are not supported.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    EDTL: {
      description: "Expiry date time of the request-to-pay is too far in the future.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    EDTR: {
      description: "Expiry date time of the request-to-pay is already reached.",
      category: "session_expired",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FRAD: {
      description: "Cancellation requested following a transaction that was originated fraudulently. The use of the FraudulentOrigin code should be governed by jurisdictions.",
      category: "cancelled",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    IEDT: {
      description: "Expiry date time of the request-to-pay is incorrect.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    IRNR: {
      description: "No initial request-to-pay has been received.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    NOAR: {
      description: "No existing agreement for receiving request-to-pay messages.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    NOPG: {
      description: "Requested payment guarantee (by Creditor) related to a request-to-pay cannot be provided.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    NRCH: {
      description: "Recipient side of the request-to-pay (payer or its request-to-pay service provider) is not reachable.",
      category: "institution_unavailable",
      retryable: true,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    PINS: {
      description: "Type of payment requested in the request-to-pay is not supported by the payer.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    REPR: {
      description: "Request-to-pay has been received and can be processed further.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RTNS: {
      description: "Debtor does not support request-to-pay transactions.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SPII: {
      description: "Identifier of the request-to-pay service provider is incorrect.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    UCRD: {
      description: "Unknown Creditor.",
      category: "account_unavailable",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FF12: {
      description: "Original payment is not eligible to be returned given its current status.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    FF13: {
      description: "No record of request for cancellation found.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DC02: {
      description: "Rejection of a payment due to covering FI settlement not being received.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    APAR: {
      description: "Request To Pay has already been paid by the Debtor.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: [
        "iso-4q2023-xsd",
        "iso-4q2023-xlsx",
        "iso-4q2023-json",
        "tap-external-code-sets-json",
      ],
      deprecated: false,
      wording: {
        description: {
          by: "provider",
          sources: [
            "iso-4q2023-xsd",
            "iso-4q2023-xlsx",
            "iso-4q2023-json",
            "tap-external-code-sets-json",
          ],
        },
      },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AB26: {
      description: "Settlement Instruction does not exist.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tap-external-code-sets-json"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["tap-external-code-sets-json"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AB12: {
      description: "Duplicate Concurrent Batch Sequence number– for Settlement Instructions.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tap-external-code-sets-json"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["tap-external-code-sets-json"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AB13: {
      description: "Wrong Message Routing Type for Return-of-Funds.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tap-external-code-sets-json"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["tap-external-code-sets-json"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AB15: {
      description: "Instruction may not be placed on the Continuous Processing Line settlement processor.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tap-external-code-sets-json"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["tap-external-code-sets-json"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AB21: {
      description: "Agreement number not valid (beneficiary).",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tap-external-code-sets-json"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["tap-external-code-sets-json"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    BDAY: {
      description: "Settlement Cycle Day and Calendar day should be the same.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tap-external-code-sets-json"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["tap-external-code-sets-json"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    DS28: {
      description: "Message routed to the wrong environment.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tap-external-code-sets-json"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["tap-external-code-sets-json"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INDT: {
      description: "Details not valid for this field.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tap-external-code-sets-json"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["tap-external-code-sets-json"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    ISWS: {
      description: "Cannot schedule instruction for Night Window.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tap-external-code-sets-json"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["tap-external-code-sets-json"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    MINF: {
      description: "Information missing for the field or cannot be empty.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tap-external-code-sets-json"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["tap-external-code-sets-json"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    NOFR: {
      description: "Continuous Processing Line on Hold Instruction.",
      category: "pending",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tap-external-code-sets-json"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["tap-external-code-sets-json"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RC13: {
      description: "Originator not active any more.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tap-external-code-sets-json"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["tap-external-code-sets-json"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RC15: {
      description: "Settlement agreement required.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tap-external-code-sets-json"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["tap-external-code-sets-json"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RC16: {
      description: "Participant blocked from SADC-RTGS.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tap-external-code-sets-json"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["tap-external-code-sets-json"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SBRN: {
      description: "Remove Concurrent Batch Processing Line on hold instruction.",
      category: "informational",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tap-external-code-sets-json"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["tap-external-code-sets-json"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    RQNR: {
      description: "Payer did not recognize the request from Payee Participant,",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tap-external-code-sets-json"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["tap-external-code-sets-json"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SNRD: {
      description: "Services are not yet rendered by the Payee Participant (Creditor).",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tap-external-code-sets-json"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["tap-external-code-sets-json"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    OSNS: {
      description: "Requested optional service (for example instalment payments) is not supported.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tap-external-code-sets-json"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["tap-external-code-sets-json"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    AMSE: {
      description: "Size of the attachment exceeds the allowed maximum.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tap-external-code-sets-json"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["tap-external-code-sets-json"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    INAR: {
      description: "Payer’s activation reference is invalid.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tap-external-code-sets-json"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["tap-external-code-sets-json"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    EDNA: {
      description: "Requested execution date of the payment is not accepted.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tap-external-code-sets-json"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["tap-external-code-sets-json"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SL15: {
      description: "Maximum number of credit transactions allowed by the account servicer per service period exceeded.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tap-external-code-sets-json"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["tap-external-code-sets-json"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SL16: {
      description: "Maximum total credit amount allowed by the account servicer per service period exceeded.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tap-external-code-sets-json"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["tap-external-code-sets-json"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SL17: {
      description: "Whitelisting service offered by payment system operator or financial institution. Debtor is not included on the Creditor side whitelist.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tap-external-code-sets-json"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["tap-external-code-sets-json"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    SL18: {
      description: "Blacklisting service offered by payment system operator or financial institution. Debtor included on the Creditor side blacklist.",
      category: "rejected",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tap-external-code-sets-json"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["tap-external-code-sets-json"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CHRG: {
      description: "Related to a Charge message to convey that the charge bearer code used in the corresponding Payment message was not debt.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tap-external-code-sets-json"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["tap-external-code-sets-json"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CHCO: {
      description: "Related to a Charge message to convey that the code in Charge Breakdown / Type / Code is not accepted by the receiving party.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tap-external-code-sets-json"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["tap-external-code-sets-json"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    IPNS: {
      description: "Payments in instalments are not supported.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tap-external-code-sets-json"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["tap-external-code-sets-json"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    CNNS: {
      description: "Credit notes are not supported.",
      category: "integration_error",
      retryable: false,
      endUserCanRetry: false,
      httpStatuses: [],
      sources: ["tap-external-code-sets-json"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["tap-external-code-sets-json"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
    EOL1: {
      description: "Expiration of the payment authorisation due to no use for too long.",
      category: "reconnect_required",
      retryable: false,
      endUserCanRetry: true,
      httpStatuses: [],
      sources: ["tap-external-code-sets-json"],
      deprecated: false,
      wording: { description: { by: "provider", sources: ["tap-external-code-sets-json"] } },
      message: null,
      advice: null,
      userMessage: null,
      aliases: [],
    },
  },
);
/** Whether a value is a known Iso20022StatusReason. */
export const isIso20022StatusReason = (value: unknown): value is Iso20022StatusReason => isCodeOf(Iso20022StatusReasonCategories, Iso20022StatusReasonAliases, value);
