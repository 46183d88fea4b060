/** The payload kinds build.mjs compiles: each lenient schema's validator, with its kind and title. */
declare module "bankcodes-kinds" {
  export const KINDS: ReadonlyArray<{
    readonly id: string;
    readonly title: string;
    readonly name: string;
    readonly validate: (data: unknown) => boolean;
  }>;
}
