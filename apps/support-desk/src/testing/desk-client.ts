import { As, DemoActor, demoToken, serviceUnderTest } from '@trustops/testing';
import { startSupportDesk, TestSupportDesk } from './start-support-desk';

export type { As };
export type DeskUser = DemoActor;

/** A token for one of the demo actors, signed with the desk's test key. */
export const signedToken = (desk: TestSupportDesk, who: DemoActor) => demoToken(desk.signer, who);

/** Starts a desk (with `env`) before the file's tests and stops it after; `as` calls it as a demo actor. */
export function deskUnderTest(env: Record<string, string> = {}): { as: As; ctx: { desk: TestSupportDesk } } {
  const { as, ctx } = serviceUnderTest(() => startSupportDesk(env));
  return {
    as,
    ctx: {
      get desk() {
        return ctx.service;
      },
    },
  };
}
