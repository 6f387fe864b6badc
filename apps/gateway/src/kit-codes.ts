import type { KitCode } from '@trustops/service-kit';

/** The gateway answers only with the kit's shared codes (kit-errors.ts): docs/errors.md lists them all. */
export type { KitCode };

/** A refusal of a plain-HTTP route in the shape GraphQL gives one: `{ errors: [{ message, extensions: { code } }] }`. */
export const errorBody = (code: KitCode, message: string) => ({ errors: [{ message, extensions: { code } }] });
