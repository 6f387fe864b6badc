import { TOTP } from 'otpauth';
import { Page } from 'playwright-core';
import { oneRosterFiles } from '@trustops/testing/oneroster';
import { startWondeServer, WondeServer } from '@trustops/testing/wonde';
import { startDnsServer, TestDnsServer } from '@trustops/testing/dns';
import { startTestIdentityProviders, TestIdentityProviders } from '@trustops/testing/oidc';
import { browserStackForFile, signInAs, waitForCount } from './testing/browser';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

async function openPage(page: Page, link: string, heading: string) {
  await nav(page).getByRole('link', { name: link, exact: true }).click();
  await page.getByRole('heading', { name: heading, level: 1 }).waitFor({ timeout: 30_000 });
}

const TENANT = '2f4a9c1e-8b3d-4e6f-9a1b-3c5d7e9f1a2b';

describe('trust administration in Chromium', () => {
  // A real OpenID provider dressed as the trust's Entra tenant, started before the stack that is told of it.
  let idp: TestIdentityProviders;
  let wonde: WondeServer;
  let dns: TestDnsServer;
  beforeAll(async () => {
    idp = await startTestIdentityProviders();
    wonde = await startWondeServer();
    dns = await startDnsServer();
  });
  afterAll(async () => {
    await idp?.stop();
    await wonde?.stop();
    await dns?.stop();
  });
  const env = browserStackForFile({ env: () => ({ SSO_MICROSOFT_AUTHORITY: idp.origin, DNS_SERVERS: dns.address }) });

  it('the director adds a trust-wide INSET day and an exam window at two schools, sees them listed, and removes one', async () => {
    const page = await env.browser.newPage();
    await signInAs(page, env.web.url, 'director@northstar.example');
    await openPage(page, 'Calendars', 'Calendars');
    const suffix = Date.now();
    const inset = `INSET: safeguarding ${suffix}`;
    const exams = `Mock exams ${suffix}`;
    const add = page.getByRole('form', { name: 'Add a calendar event' });

    await add.getByLabel('Kind').selectOption({ label: 'INSET' });
    await add.getByLabel('Title').fill(inset);
    await add.getByLabel('From', { exact: true }).fill(day(20));
    await add.getByRole('button', { name: 'Add event' }).click();
    await add.getByRole('status').filter({ hasText: 'Added for the whole trust.' }).waitFor();
    const insetCard = page.getByRole('article', { name: inset });
    await insetCard.waitFor();
    expect(await insetCard.textContent()).toContain('Whole trust');
    expect(await add.getByLabel('Title').inputValue()).toBe('');

    await add.getByLabel('Kind').selectOption({ label: 'Exams' });
    await add.getByLabel('Title').fill(exams);
    await add.getByLabel('From', { exact: true }).fill(day(30));
    await add.getByLabel('To (inclusive; empty for one day)').fill(day(41));
    await add.getByLabel(/^Chosen schools/).check();
    await add.getByLabel('Northstar Academy Leeds').check();
    await add.getByLabel('Calder Valley High School').check();
    await add.getByRole('button', { name: 'Add event' }).click();
    await add.getByRole('status').filter({ hasText: 'Added to 2 schools.' }).waitFor();
    await waitForCount(() => page.getByRole('article', { name: exams }).count(), 2);

    // One school's view: its own window and the trust-wide day, not the other school's window.
    const shown = page.getByRole('group', { name: 'Show events' });
    await shown.getByLabel(/^Chosen schools/).check();
    await shown.getByLabel('Northstar Academy Leeds').check();
    await waitForCount(() => page.getByRole('article', { name: exams }).count(), 1);
    expect(await page.getByRole('article', { name: exams }).textContent()).toContain('Northstar Academy Leeds');
    await insetCard.waitFor();

    await insetCard.getByRole('button', { name: 'Remove' }).click();
    await insetCard.getByRole('button', { name: 'Yes, remove' }).click();
    await waitForCount(() => page.getByRole('article', { name: inset }).count(), 0);
    await page.screenshot({ path: `${process.env.SCREENSHOT_DIR ?? '/tmp'}/trustops-calendars.png`, fullPage: true });
  }, 120_000);

  it('shows a refused date range next to the field it is about, and adds nothing', async () => {
    const page = await env.browser.newPage();
    await signInAs(page, env.web.url, 'director@northstar.example');
    await openPage(page, 'Calendars', 'Calendars');
    const add = page.getByRole('form', { name: 'Add a calendar event' });
    const title = `Backwards closure ${Date.now()}`;
    await add.getByLabel('Kind').selectOption({ label: 'Closed' });
    await add.getByLabel('Title').fill(title);
    await add.getByLabel('From', { exact: true }).fill(day(12));
    const to = add.getByLabel('To (inclusive; empty for one day)');
    await to.fill(day(10));
    await add.getByRole('button', { name: 'Add event' }).click();
    await add.getByRole('alert').filter({ hasText: 'must be on or after' }).waitFor();
    expect(await to.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await to.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toContain('must be on or after');
    expect(await page.getByRole('article', { name: title }).count()).toBe(0);
  }, 120_000);

  it('a technician sees neither page in the menu and is sent to the queue from their addresses', async () => {
    const page = await env.browser.newPage();
    await signInAs(page, env.web.url, 'tech@northstar.example');
    await nav(page).getByRole('link', { name: 'Queue', exact: true }).waitFor();
    expect(await nav(page).getByRole('link', { name: 'Calendars' }).count()).toBe(0);
    expect(await nav(page).getByRole('link', { name: 'School admin' }).count()).toBe(0);
    for (const path of ['/calendar', '/admin/schools']) {
      await page.goto(`${env.web.url}${path}`);
      // The page opens (the session renewed from its cookie), then the router sends them on.
      await page.getByRole('heading', { name: 'Queue', level: 1 }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/queue');
      expect(await page.getByRole('heading', { name: 'School admin' }).count()).toBe(0);
    }
  }, 120_000);

  it('the director adds a school (a bad URN is marked on its field), edits it, closes it, and finds it under "Show closed"', async () => {
    const page = await env.browser.newPage();
    await signInAs(page, env.web.url, 'director@northstar.example');
    await openPage(page, 'School admin', 'School admin');
    const list = page.getByRole('region', { name: 'Schools of the trust' });
    await waitForCount(() => list.locator('tbody tr').count(), 12);
    const name = `Elm Tree Primary ${Date.now()}`;
    const add = page.getByRole('form', { name: 'Add a school' });
    await add.getByLabel('Name').fill(name);
    const urn = add.getByLabel('URN');
    await urn.fill('12345');
    await add.getByLabel('Phase').selectOption({ label: 'Primary' });
    await add.getByLabel('Local authority').fill('Leeds');
    await add.getByLabel('Sites (optional)').fill('Main site\nNursery');
    await add.getByRole('button', { name: 'Add school' }).click();
    await add.getByRole('alert').filter({ hasText: 'A DfE URN is 6 digits' }).waitFor();
    expect(await urn.getAttribute('aria-invalid')).toBe('true');
    expect(await urn.getAttribute('aria-describedby')).toContain(
      (await add.getByRole('alert').getAttribute('id')) ?? 'missing',
    );

    await urn.fill(String(150000 + Math.floor(Math.random() * 49999)));
    await add.getByRole('button', { name: 'Add school' }).click();
    const row = list.getByRole('row', { name: new RegExp(name) });
    await row.waitFor();
    expect(await row.textContent()).toContain('Main site, Nursery');
    await waitForCount(() => list.locator('tbody tr').count(), 13);

    await row.getByRole('button', { name: `Edit ${name}` }).click();
    const edit = page.getByRole('form', { name: `Edit ${name}` });
    await edit.getByLabel('Local authority').fill('Wakefield');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${name} is saved.` })
      .waitFor();
    await row.getByText('Wakefield').waitFor();

    await row.getByRole('button', { name: `Close ${name}` }).click();
    const confirm = page.getByRole('alertdialog', { name: `Close ${name}?` });
    expect(await confirm.textContent()).toContain('Its history is kept');
    expect(await confirm.textContent()).toContain('No new tickets can be raised for it');
    await confirm.getByRole('button', { name: `Close ${name}` }).click();
    await waitForCount(() => list.getByRole('row', { name: new RegExp(name) }).count(), 0);
    await waitForCount(() => list.locator('tbody tr').count(), 12);

    await page.getByLabel('Show closed').check();
    await row.waitFor();
    expect(await row.textContent()).toMatch(/Closed \d+ \w+ \d{4}/);
    expect(await row.getByRole('button', { name: `Close ${name}` }).count()).toBe(0);
  }, 120_000);

  it.each([
    ['Calendars', 'Calendars', 'form'],
    ['School admin', 'School admin', 'table'],
  ])(
    '%s fits a 390 px wide phone without sideways scrolling',
    async (link, heading, waitFor) => {
      const context = await env.browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      await signInAs(page, env.web.url, 'director@northstar.example');
      await openPage(page, link, heading);
      await page
        .getByRole(waitFor as 'form')
        .first()
        .waitFor();
      await page
        .getByRole('status')
        .filter({ hasText: /Loading/ })
        .waitFor({ state: 'detached' })
        .catch(() => {});
      const fits = await page.evaluate('document.documentElement.scrollWidth <= innerWidth');
      expect(fits).toBe(true);
      await page.screenshot({
        path: `${process.env.SCREENSHOT_DIR ?? '/tmp'}/trustops-390-${link.replace(/\s+/g, '-').toLowerCase()}.png`,
        fullPage: true,
      });
      await context.close();
    },
    120_000,
  );

  it('the director invites a technician for Oakfield; they join from the emailed link and see only its queue; suspended, their open tab is signed out within 5 s and they cannot sign in again', async () => {
    const director = await env.browser.newPage();
    await director.setViewportSize({ width: 390, height: 844 });
    await signInAs(director, env.web.url, 'director@northstar.example');
    await openPage(director, 'People', 'People');
    const email = `dana.fox.${Date.now()}@northstar.example`;
    const invite = director.getByRole('form', { name: 'Invite someone' });
    await invite.getByLabel('Email').fill(email);
    await invite.getByLabel('Name').fill('Dana Fox');
    await invite.getByLabel('Role').selectOption({ label: 'Technician' });
    await invite.getByLabel(/^Chosen schools/).check();
    await invite.getByLabel('Oakfield Primary School').check();
    await invite.getByRole('button', { name: 'Send invitation' }).click();
    await director
      .getByRole('status')
      .filter({ hasText: `Invitation sent to ${email}` })
      .waitFor();
    await director
      .getByRole('row', { name: /Dana Fox/ })
      .getByText(/^Invited · link works until/)
      .waitFor();
    // At phone width the page itself never scrolls sideways (the table scrolls in its own box).
    expect(await director.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);

    // The email's link, opened in a browser nobody is signed in to.
    const mail = await env.mail.waitFor((m) => m.to.includes(email));
    const link = new URL(mail.links.find((l) => l.includes('/invitation#token='))!);
    const dana = await (await env.browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await dana.goto(`${env.web.url}${link.pathname}${link.hash}`);
    await dana.getByText('Join Northstar Learning Trust as technician, Dana Fox.').waitFor();
    await dana.getByLabel('Choose a password').fill('password1234');
    await dana.getByRole('button', { name: 'Join Northstar Learning Trust' }).click();
    await dana.getByRole('alert').filter({ hasText: 'easy to guess' }).waitFor();
    await dana.getByLabel('Choose a password').fill('lantern orchard piano 42');
    await dana.getByRole('button', { name: 'Join Northstar Learning Trust' }).click();
    await dana.getByRole('heading', { name: 'Queue', level: 1 }).waitFor();

    // She turns two-step sign-in on from her profile (the test is her phone), then signs in again with it.
    await dana.getByRole('link', { name: /Dana Fox/ }).click();
    await dana.getByRole('button', { name: 'Set up an authenticator app' }).click();
    const secret = (await dana.getByTestId('mfa-secret').textContent())!.replace(/\s+/g, '');
    const phone = new TOTP({ secret, algorithm: 'SHA1', digits: 6, period: 30 });
    const t0 = Date.now();
    await dana.getByLabel('Code from the app').fill(phone.generate({ timestamp: t0 }));
    await dana.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
    const recovery = dana.getByRole('list', { name: 'Recovery codes' });
    await recovery.waitFor();
    expect(await recovery.getByRole('listitem').count()).toBe(10);
    await dana.getByRole('button', { name: 'I have saved these codes' }).click();
    await dana.getByText('On: signing in asks for a code from your authenticator app.').waitFor();
    expect(await dana.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await dana.getByRole('button', { name: 'Sign out', exact: true }).click();
    await signInAs(dana, env.web.url, email, 'lantern orchard piano 42');
    await dana.getByLabel('Authentication code').fill('000000');
    await dana.getByRole('button', { name: 'Sign in' }).click();
    await dana.getByRole('alert').filter({ hasText: 'That code is not right' }).waitFor();
    await dana.getByLabel('Authentication code').fill(phone.generate({ timestamp: t0 + 30_000 }));
    await dana.getByRole('button', { name: 'Sign in' }).click();
    await dana.getByRole('heading', { name: 'Queue', level: 1 }).waitFor();
    const schoolPicker = dana.getByLabel('School');
    await schoolPicker.locator('option', { hasText: 'Oakfield Primary School' }).waitFor({ state: 'attached' });
    const schoolOptions = await schoolPicker.locator('option').allTextContents();
    await dana.getByRole('table').first().waitFor();
    expect(schoolOptions).toEqual(['All my schools', 'Oakfield Primary School']);
    expect(await dana.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);

    // Her queue is live (it refetches when the desk says so), as a technician's open tab would be.
    await dana
      .getByRole('status')
      .filter({ hasText: /^Live$/ })
      .waitFor();
    // Her name in the search box goes in the URL, so the director's reload keeps the list to her.
    await director.getByRole('group', { name: 'Filter people' }).getByLabel('Name or email').fill('dana fox');
    await director.waitForURL(/[?&]q=dana(\+|%20)fox/);
    await director.reload();
    expect(await director.getByRole('group', { name: 'Filter people' }).getByLabel('Name or email').inputValue()).toBe(
      'dana fox',
    );
    const row = director.getByRole('row', { name: /Dana Fox/ });
    await row.getByText('Active').waitFor();
    await row.getByRole('button', { name: 'Suspend Dana Fox' }).click();
    await director.getByRole('status').filter({ hasText: 'Dana Fox is suspended' }).waitFor();
    const suspendedAt = Date.now();
    await row.getByText('Suspended').waitFor();
    // Her open tab is signed out within seconds, though her token has minutes left.
    await dana.getByRole('form', { name: 'Sign in' }).waitFor({ timeout: 5_000 });
    expect(Date.now() - suspendedAt).toBeLessThan(5_000);

    const again = await (await env.browser.newContext()).newPage();
    await signInAs(again, env.web.url, email, 'lantern orchard piano 42');
    await again.getByRole('alert').filter({ hasText: 'not a member of any trust' }).waitFor();
  }, 120_000);

  it('a reload keeps a technician signed in; signing out everywhere from the profile signs out their phone within 5 s', async () => {
    const laptop = await (await env.browser.newContext()).newPage();
    await signInAs(laptop, env.web.url, 'tech@northstar.example');
    await laptop.getByRole('heading', { name: 'Queue', level: 1 }).waitFor();
    await laptop.reload();
    await laptop.getByRole('heading', { name: 'Queue', level: 1 }).waitFor();
    expect(await laptop.getByRole('form', { name: 'Sign in' }).count()).toBe(0);
    // The page's script cannot read the session cookie.
    expect(await laptop.evaluate('document.cookie')).toBe('');

    const phone = await (await env.browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await signInAs(phone, env.web.url, 'tech@northstar.example');
    await phone
      .getByRole('status')
      .filter({ hasText: /^Live$/ })
      .waitFor();
    await laptop.getByRole('link', { name: /Tom Reed/ }).click();
    await laptop.getByRole('button', { name: 'Sign out everywhere' }).click();
    await laptop.getByRole('button', { name: 'Yes, sign out everywhere' }).click();
    const signedOutAt = Date.now();
    await laptop.getByRole('form', { name: 'Sign in' }).waitFor();
    await phone.getByRole('form', { name: 'Sign in' }).waitFor({ timeout: 5_000 });
    expect(Date.now() - signedOutAt).toBeLessThan(5_000);
    await phone.reload();
    await phone.getByRole('form', { name: 'Sign in' }).waitFor();
  }, 120_000);

  it('a teacher who forgot their password resets it from the emailed link, then changes it, her name and her email on her profile', async () => {
    const page = await (await env.browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await page.goto(env.web.url);
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByLabel('Your work email').fill('teacher@northstar.example');
    await page.getByRole('button', { name: 'Email me a link' }).click();
    await page.getByRole('status').filter({ hasText: 'If teacher@northstar.example has a TrustOps account' }).waitFor();

    const mail = await env.mail.waitFor(
      (m) => m.to.includes('teacher@northstar.example') && m.subject.includes('Reset'),
    );
    const link = new URL(mail.links[0]);
    await page.goto(`${env.web.url}${link.pathname}${link.hash}`);
    await page.getByLabel('New password', { exact: true }).fill('jess malik 2026');
    await page.getByRole('button', { name: 'Save password' }).click();
    await page.getByRole('alert').filter({ hasText: 'Do not build your password from your name' }).waitFor();
    await page.getByLabel('New password', { exact: true }).fill('copper lantern harvest 31');
    await page.getByRole('button', { name: 'Save password' }).click();
    await page.getByRole('status').filter({ hasText: 'Your password is changed.' }).waitFor();
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);

    await page.getByRole('link', { name: 'Sign in with it' }).click();
    await signInAs(page, env.web.url, 'teacher@northstar.example', 'copper lantern harvest 31');
    await page.getByRole('link', { name: /Jess Malik/ }).click();
    await page.getByRole('heading', { name: 'Your profile' }).waitFor();
    const form = page.getByRole('form', { name: 'Change your password' });
    await form.getByLabel('Current password').fill('trustops-demo');
    await form.getByLabel('New password').fill('violet harbour teacup 42');
    await form.getByRole('button', { name: 'Change password' }).click();
    await form.getByRole('alert').filter({ hasText: 'That is not your current password' }).waitFor();
    expect(await form.getByLabel('Current password').getAttribute('aria-invalid')).toBe('true');
    await form.getByLabel('Current password').fill('copper lantern harvest 31');
    await form.getByRole('button', { name: 'Change password' }).click();
    await form.getByRole('status').filter({ hasText: 'you are signed out everywhere else' }).waitFor();
    expect(await form.getByLabel('Current password').inputValue()).toBe('');

    // Her name, as every trust shows it; the header follows at once.
    const name = page.getByRole('form', { name: 'Your name' });
    await name.getByLabel('Name').fill('Jess Malik-Hart');
    await name.getByRole('button', { name: 'Save name' }).click();
    await page.getByRole('link', { name: /^Jess Malik-Hart · Staff$/ }).waitFor();

    // Her new email: her password, then the link sent to the new address; the profile shows it once confirmed.
    const email = page.getByRole('form', { name: 'Change your email' });
    await email.getByLabel('New email').fill('jess.hart@northstar.example');
    await email.getByLabel('Your password').fill('violet harbour teacup 42');
    await email.getByRole('button', { name: 'Send confirmation link' }).click();
    await email.getByRole('status').filter({ hasText: 'We sent a link to jess.hart@northstar.example' }).waitFor();
    const confirm = await env.mail.waitFor((m) => m.to.includes('jess.hart@northstar.example'));
    const confirmLink = new URL(confirm.links[0]);
    await page.goto(`${env.web.url}${confirmLink.pathname}${confirmLink.hash}`);
    await page.getByRole('status').filter({ hasText: 'Your email is now jess.hart@northstar.example' }).waitFor();
    await page.getByRole('link', { name: 'Back to your profile' }).click();
    await page.locator('.facts').getByText('jess.hart@northstar.example').waitFor();
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
  }, 120_000);

  it('the director connects Microsoft Entra ID on Integrations; the CEO continues with Microsoft and lands on her board', async () => {
    idp.mount(`/${TENANT}/v2.0`, {
      clients: [
        {
          client_id: 'trustops-entra',
          client_secret: 'entra-client-secret',
          redirect_uris: [`${env.web.url}/files/directory/sso/callback`],
        },
      ],
      accounts: {
        // (Not the teacher: an earlier test here changes her email.)
        'ceo@northstar.example': { tid: TENANT, oid: 'oid-helen', preferred_username: 'ceo@northstar.example' },
      },
    });
    const director = await (await env.browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await signInAs(director, env.web.url, 'director@northstar.example');
    await openPage(director, 'Integrations', 'Integrations');
    await director.getByText(`${env.web.url}/files/directory/sso/callback`).waitFor();
    const form = director.getByRole('form', { name: 'Add an identity provider' });
    await form.getByLabel('Entra tenant id').fill('not-a-guid');
    await form.getByLabel('Client (application) id').fill('trustops-entra');
    await form.getByLabel('Client secret').fill('entra-client-secret');
    await form.getByLabel('Email domains it signs in').fill('northstar.example');
    await form.getByRole('button', { name: 'Add provider' }).click();
    await form.getByText('Enter the Entra tenant id').waitFor();
    expect(await form.getByLabel('Entra tenant id').getAttribute('aria-invalid')).toBe('true');
    await form.getByLabel('Entra tenant id').fill(TENANT);
    await form.getByRole('button', { name: 'Add provider' }).click();
    await director.getByRole('listitem', { name: 'Microsoft' }).getByText('northstar.example').waitFor();
    expect(await director.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);

    // The director tests it as the CEO first: the page says what her sign-in will do, and changes nothing.
    const test = director.getByRole('form', { name: 'Test sign-in with Microsoft' });
    await test.getByLabel('Test as (email, optional)').fill('ceo@northstar.example');
    await test.getByRole('button', { name: 'Test sign-in with Microsoft' }).click();
    await director.getByRole('heading', { name: 'Test sign-in' }).waitFor({ timeout: 30_000 });
    expect(await director.getByRole('status').textContent()).toContain(
      'The provider works. ceo@northstar.example signs in to Northstar Learning Trust',
    );
    await director.getByRole('link', { name: 'Back to Integrations' }).click();
    await director.getByRole('heading', { name: 'Integrations', level: 1 }).waitFor();

    // The button shows on the sign-in page once the trust has shown northstar.example is its own (DNS TXT).
    const domain = director.getByRole('listitem', { name: 'northstar.example' });
    await domain.getByRole('button', { name: 'Check northstar.example now' }).click();
    await director.getByText(/No TXT record "trustops-verification=/).waitFor();
    const value = await domain.locator('code').nth(1).textContent();
    dns.txt.set('_trustops-challenge.northstar.example', [value!]);
    await domain.getByRole('button', { name: 'Check northstar.example now' }).click();
    await domain.getByText('northstar.example: verified').waitFor();

    const ceo = await (await env.browser.newContext()).newPage();
    await ceo.goto(env.web.url);
    await ceo.getByLabel('Email').fill('ceo@northstar.example');
    await ceo.getByRole('link', { name: 'Continue with Microsoft' }).click();
    await ceo.getByRole('link', { name: /Helen Brooks/ }).waitFor({ timeout: 30_000 });
    // A reload keeps her signed in: the way back set the session cookie.
    await ceo.reload();
    await ceo.getByRole('link', { name: /Helen Brooks/ }).waitFor({ timeout: 30_000 });
  }, 120_000);

  it('the director adds a roster source at 390 px, uploads the MIS files, reads the preview, applies it, and finds the new staff on People', async () => {
    const director = await (await env.browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await signInAs(director, env.web.url, 'director@northstar.example');
    await openPage(director, 'Integrations', 'Integrations');
    const form = director.getByRole('form', { name: 'Add a roster source' });
    await form.getByLabel('Name').fill('Arbor export');
    await form.getByLabel('Grace period for leavers (days)').fill('14');
    await form.getByRole('button', { name: 'Add a role rule' }).click();
    await form.getByLabel('MIS role 1').fill('administrator');
    await form.getByRole('button', { name: 'Add source' }).click();
    const card = director.getByRole('listitem', { name: 'Arbor export' });
    await card.getByText('Suspended 14 days after the MIS stops listing them').waitFor();
    expect(await card.textContent()).toContain('administrator → Executive');

    const files = oneRosterFiles(
      [
        { sourcedId: 'org-oak', name: 'Oakfield', identifier: '148201' },
        { sourcedId: 'org-far', name: 'Faraway Academy', identifier: '199999' },
      ],
      [
        {
          sourcedId: 'm-1',
          givenName: 'Nadia',
          familyName: 'Rahman',
          email: 'nadia.rahman@northstar.example',
          orgs: ['org-oak'],
        },
        {
          sourcedId: 'm-2',
          givenName: 'Owen',
          familyName: 'Price',
          email: 'owen.price@northstar.example',
          role: 'administrator',
          orgs: ['org-oak'],
        },
        { sourcedId: 'm-3', givenName: 'Bad', familyName: 'Address', email: 'bad-address', orgs: ['org-oak'] },
        {
          sourcedId: 'm-4',
          givenName: 'Far',
          familyName: 'Away',
          email: 'far.away@northstar.example',
          orgs: ['org-far'],
        },
      ],
    );
    await card
      .getByLabel(/Upload files/)
      .setInputFiles(
        Object.entries(files).map(([name, text]) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) })),
      );
    const preview = card.getByRole('region', { name: /Preview/ });
    await preview.getByRole('button', { name: 'Added (2)' }).waitFor({ timeout: 30_000 });
    await preview.getByRole('button', { name: 'Conflicts (2)' }).click();
    await preview.getByText('"bad-address" is not an email address').waitFor();
    await preview.getByRole('button', { name: 'Added (2)' }).click();
    await preview.getByText('Executive at Oakfield Primary School').waitFor();
    expect(await director.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await preview.getByRole('button', { name: 'Apply sync' }).click();
    await preview.getByRole('status').filter({ hasText: 'Sync applied: 2 added' }).waitFor({ timeout: 30_000 });
    await card.getByText(/Last sync.*Priya Shah: 2 added/s).waitFor();

    await openPage(director, 'People', 'People');
    await director.getByText('owen.price@northstar.example').waitFor({ timeout: 30_000 });
    await director.getByRole('button', { name: 'Edit Owen Price' }).click();
    const sources = director.getByRole('definition').filter({ hasText: 'Arbor export (MIS id m-2)' });
    await sources.waitFor();
    await director.getByText('Arbor export, by its role rules').waitFor();

    // A school the MIS lists that is not in the trust: the preview offers to add it, named and with its URN.
    await openPage(director, 'Integrations', 'Integrations');
    await card.getByRole('button', { name: 'Preview sync' }).click();
    await card.getByRole('button', { name: 'Conflicts (2)' }).click();
    await card.getByRole('link', { name: 'Add Faraway Academy to the trust' }).click();
    const add = director.getByRole('form', { name: 'Add a school' });
    await add.waitFor();
    expect([await add.getByLabel('Name').inputValue(), await add.getByLabel(/URN/).inputValue()]).toEqual([
      'Faraway Academy',
      '199999',
    ]);
  }, 120_000);

  it('the director connects Wonde with a token, reads it, and applies the staff of the schools that approved TrustOps', async () => {
    wonde.schools.push({
      id: 'A7001',
      name: 'Kirkgate Primary Academy',
      urn: 148203,
      employees: [
        { id: 'W1', forename: 'Iris', surname: 'Lowe', email: 'iris.lowe@northstar.example', roleText: 'Headteacher' },
        { id: 'W2', forename: 'Tariq', surname: 'Shah', email: 'tariq.shah@northstar.example' },
      ],
    });
    const director = await (await env.browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await signInAs(director, env.web.url, 'director@northstar.example');
    await openPage(director, 'Integrations', 'Integrations');
    const form = director.getByRole('form', { name: 'Add a roster source' });
    await form.getByLabel('Where staff come from').selectOption('WONDE');
    await form.getByLabel('Wonde access token').fill(wonde.token);
    await form.getByLabel('Wonde API address').fill(wonde.url);
    await form.getByLabel('Name').fill('Wonde (SIMS)');
    await form.getByRole('button', { name: 'Add source' }).click();
    const card = director.getByRole('listitem', { name: 'Wonde (SIMS)' });
    await card.getByText('Changes every night at 02:00').waitFor();
    expect(await director.content()).not.toContain(wonde.token);
    await card.getByRole('button', { name: 'Read Wonde and preview' }).click();
    const preview = card.getByRole('region', { name: /Preview/ });
    await preview.getByRole('button', { name: 'Added (2)' }).click();
    await preview.getByText('Staff at Kirkgate Primary Academy (educator lead)').waitFor();
    await preview.getByRole('button', { name: 'Apply sync' }).click();
    await preview.getByRole('status').filter({ hasText: 'Sync applied: 2 added' }).waitFor({ timeout: 30_000 });
    expect(await director.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
  }, 120_000);
});
