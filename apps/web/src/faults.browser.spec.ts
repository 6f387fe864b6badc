import { gql, ok, signIn, startDroppingProxy, startGatewayVia, startStack, TestStack } from '@trustops/testing';
import type { Browser } from 'playwright-core';
import { launchBrowser, signInAs, waitForCount } from './testing/browser';
import { startWeb } from './testing/start-web';

const RAISE =
  'mutation ($input: RaiseTicketInput!, $k: String) { raiseTicket(input: $input, idempotencyKey: $k) { id number } }';
const COUNT = 'query ($f: TicketFilter) { tickets(first: 5, filter: $f) { totalCount edges { node { id } } } }';

/**
 * The desk dies between the commit of a write and its answer: the client is told to retry (SERVICE_UNAVAILABLE,
 * Retry-After), reads wait it out by themselves, and the retried submission, with its idempotency key, returns
 * the ticket already made instead of a second one.
 */
describe('faults: a support desk killed between commit and answer', () => {
  // The stack's own gateway is not used: every call goes through a second one that reaches the desk through the proxy.
  const env = {} as { stack: TestStack; browser: Browser };
  let proxy: Awaited<ReturnType<typeof startDroppingProxy>>;
  let gateway: Awaited<ReturnType<typeof startGatewayVia>>;
  let web: Awaited<ReturnType<typeof startWeb>>;
  beforeAll(async () => {
    env.stack = await startStack();
    proxy = await startDroppingProxy(env.stack.subgraphUrls['support-desk']);
    gateway = await startGatewayVia(env.stack, { 'support-desk': proxy.url });
    [web, env.browser] = await Promise.all([startWeb({ gatewayUrl: gateway.url }), launchBrowser()]);
  }, 120_000);
  afterAll(async () => {
    await env.browser?.close();
    await web?.close();
    await gateway?.stop();
    await proxy?.close();
    await env.stack?.stop();
  });
  const ticketsAbout = async (token: string, text: string) =>
    ok(await gql(gateway.url, COUNT, { f: { text } }, token)).tickets;

  it('answers SERVICE_UNAVAILABLE with Retry-After while the desk is down, and the retry with the same key returns the first ticket', async () => {
    const teacher = await signIn(gateway.url, 'teacher@northstar.example');
    const director = await signIn(gateway.url, 'director@northstar.example');
    const input = {
      schoolId: ok(await gql(gateway.url, '{ schools { id } }', {}, teacher)).schools[0].id,
      subject: 'Lost answer visualiser K9',
      description: 'No picture',
      kind: 'FAULT',
      impact: 'LOW',
      urgency: 'LOW',
      category: 'AV',
    };
    const dropped = proxy.dropNextAnswer(/raiseTicket/, () => env.stack.kill('support-desk'));
    const lost = await gql(gateway.url, RAISE, { input, k: 'k9-lost-answer-0001' }, teacher);
    await dropped;
    expect(lost.errors![0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryable: true });

    const whileDown = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${teacher}` },
      body: JSON.stringify({ query: RAISE, variables: { input, k: 'k9-lost-answer-0001' } }),
    });
    expect(whileDown.status).toBe(503);
    expect(whileDown.headers.get('retry-after')).toBe('2');
    expect(((await whileDown.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(
      'SERVICE_UNAVAILABLE',
    );

    await env.stack.restart('support-desk');
    const made = await ticketsAbout(director, 'Lost answer visualiser K9');
    expect(made.totalCount).toBe(1); // the first call committed before the desk died
    const retried = await gql(gateway.url, RAISE, { input, k: 'k9-lost-answer-0001' }, teacher);
    expect(ok(retried).raiseTicket.id).toBe(made.edges[0].node.id);
    expect((await ticketsAbout(director, 'Lost answer visualiser K9')).totalCount).toBe(1);
  });

  it('in the dashboard: says TrustOps is reconnecting, and a second click on Raise ticket after the lost answer makes no second ticket', async () => {
    const director = await signIn(gateway.url, 'director@northstar.example');
    const subject = `Lost answer in Chromium ${Date.now()}`;
    const page = await env.browser.newPage();
    await signInAs(page, web.url, 'teacher@northstar.example');
    const form = page.getByRole('form', { name: 'Raise a ticket' });
    await form.getByLabel('Subject').fill(subject);
    await form.getByLabel('Description').fill('The visualiser shows nothing');
    const dropped = proxy.dropNextAnswer(/raiseTicket/, () => env.stack.kill('support-desk'));
    await form.getByRole('button', { name: 'Raise ticket' }).click();
    await dropped;
    await page.getByRole('status').filter({ hasText: 'TrustOps is reconnecting' }).waitFor();
    await form
      .getByRole('alert')
      .filter({ hasText: /Try again/ })
      .waitFor();

    await env.stack.restart('support-desk');
    await form.getByRole('button', { name: 'Raise ticket' }).click();
    await page.getByRole('status').filter({ hasText: 'Ticket raised' }).waitFor();
    // "My requests" refilled by itself once the desk was back, and the banner went.
    await page.getByRole('cell', { name: subject }).waitFor();
    await page.getByText('TrustOps is reconnecting').waitFor({ state: 'hidden' });
    await waitForCount(async () => (await ticketsAbout(director, subject)).totalCount, 1);
    await page.close();
  });
});
