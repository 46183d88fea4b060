// generated from spec/catalog.json — do not edit (run `make generate`)
import type { CodeSetTables } from "./types.js";
import { TABLES as Lean } from "./tables-lean.js";
import { TABLES as Flinks } from "./tables-flinks.js";
import { TABLES as Argyle } from "./tables-argyle.js";
import { TABLES as Plaid } from "./tables-plaid.js";
import { TABLES as Yodlee } from "./tables-yodlee.js";
import { TABLES as Mx } from "./tables-mx.js";
import { TABLES as Mastercard } from "./tables-mastercard.js";
import { TABLES as GoCardless } from "./tables-gocardless.js";
import { TABLES as Stripe } from "./tables-stripe.js";
import { TABLES as Belvo } from "./tables-belvo.js";
import { TABLES as TrueLayer } from "./tables-truelayer.js";
import { TABLES as Ukob } from "./tables-ukob.js";
import { TABLES as BerlinGroup } from "./tables-berlingroup.js";
import { TABLES as Cdr } from "./tables-cdr.js";
import { TABLES as OpenFinanceBrasil } from "./tables-openfinancebrasil.js";
import { TABLES as Yapily } from "./tables-yapily.js";
import { TABLES as Pluggy } from "./tables-pluggy.js";
import { TABLES as Fintoc } from "./tables-fintoc.js";
import { TABLES as Basiq } from "./tables-basiq.js";
import { TABLES as Setu } from "./tables-setu.js";
import { TABLES as Mono } from "./tables-mono.js";
import { TABLES as Iso20022 } from "./tables-iso20022.js";
import { TABLES as UaeOpenFinance } from "./tables-uaeopenfinance.js";
import { TABLES as PolishApi } from "./tables-polishapi.js";
import { TABLES as EnableBanking } from "./tables-enablebanking.js";
import { TABLES as Teller } from "./tables-teller.js";
import { TABLES as Akahu } from "./tables-akahu.js";
import { TABLES as Quiltt } from "./tables-quiltt.js";
import { TABLES as Tink } from "./tables-tink.js";
import { TABLES as Powens } from "./tables-powens.js";
import { TABLES as Bridge } from "./tables-bridge.js";
import { TABLES as Stitch } from "./tables-stitch.js";
import { TABLES as SimpleFin } from "./tables-simplefin.js";
import { TABLES as SaltEdge } from "./tables-saltedge.js";
import { TABLES as Tokenio } from "./tables-tokenio.js";
import { TABLES as Finverse } from "./tables-finverse.js";
import { TABLES as Brankas } from "./tables-brankas.js";

/** The version of the catalog this package was generated from. */
export const SPEC_VERSION = "1.2.0";

/** The providers of the catalog. */
export type Provider = "lean" | "flinks" | "argyle" | "plaid" | "yodlee" | "mx" | "mastercard" | "gocardless" | "stripe" | "belvo" | "truelayer" | "ukob" | "berlingroup" | "cdr" | "openfinancebrasil" | "yapily" | "pluggy" | "fintoc" | "basiq" | "setu" | "mono" | "iso20022" | "uaeopenfinance" | "polishapi" | "enablebanking" | "teller" | "akahu" | "quiltt" | "tink" | "powens" | "bridge" | "stitch" | "simplefin" | "saltedge" | "tokenio" | "finverse" | "brankas";
export const PROVIDERS: readonly Provider[] = ["lean", "flinks", "argyle", "plaid", "yodlee", "mx", "mastercard", "gocardless", "stripe", "belvo", "truelayer", "ukob", "berlingroup", "cdr", "openfinancebrasil", "yapily", "pluggy", "fintoc", "basiq", "setu", "mono", "iso20022", "uaeopenfinance", "polishapi", "enablebanking", "teller", "akahu", "quiltt", "tink", "powens", "bridge", "stitch", "simplefin", "saltedge", "tokenio", "finverse", "brankas"];

/** Every provider's code sets by id, in priority order: their metadata and aliases. */
export const CODE_SETS: { readonly [P in Provider]: { readonly [id: string]: CodeSetTables } } = {
  lean: Lean,
  flinks: Flinks,
  argyle: Argyle,
  plaid: Plaid,
  yodlee: Yodlee,
  mx: Mx,
  mastercard: Mastercard,
  gocardless: GoCardless,
  stripe: Stripe,
  belvo: Belvo,
  truelayer: TrueLayer,
  ukob: Ukob,
  berlingroup: BerlinGroup,
  cdr: Cdr,
  openfinancebrasil: OpenFinanceBrasil,
  yapily: Yapily,
  pluggy: Pluggy,
  fintoc: Fintoc,
  basiq: Basiq,
  setu: Setu,
  mono: Mono,
  iso20022: Iso20022,
  uaeopenfinance: UaeOpenFinance,
  polishapi: PolishApi,
  enablebanking: EnableBanking,
  teller: Teller,
  akahu: Akahu,
  quiltt: Quiltt,
  tink: Tink,
  powens: Powens,
  bridge: Bridge,
  stitch: Stitch,
  simplefin: SimpleFin,
  saltedge: SaltEdge,
  tokenio: Tokenio,
  finverse: Finverse,
  brankas: Brankas,
};
