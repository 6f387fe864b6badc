import AxeBuilder from '@axe-core/playwright';
import { TOTP } from 'otpauth';
import { browserStackForFile, signInAs } from './testing/browser';

describe('first run in Chromium: a fresh install with no trust', () => {
  const env = browserStackForFile({ seed: false });

  it('sets up the trust and its IT director at phone width, with clear refusals, then goes to sign-in for good', async () => {
    const page = await (await env.browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await page.goto(env.web.url);
    const form = page.getByRole('form', { name: 'Set up your trust' });
    await form.waitFor();
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual(
      [],
    );

    // By keyboard: each field in order, then Enter.
    await form.getByLabel('Trust name').fill('Moorland Learning Trust');
    await page.keyboard.press('Tab');
    await page.keyboard.type('ml1');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Ruth Adeyemi');
    await page.keyboard.press('Tab');
    await page.keyboard.type('ruth.adeyemi@moorland.example');
    await page.keyboard.press('Tab');
    await page.keyboard.type('password1234');
    await page.keyboard.press('Enter');
    await form.getByRole('alert').filter({ hasText: 'A trust code is 2 to 6 letters' }).waitFor();
    expect(await form.getByLabel('Trust code').getAttribute('aria-invalid')).toBe('true');

    await form.getByLabel('Trust code').fill('MLT');
    await form.getByRole('button', { name: 'Create trust' }).click();
    await form.getByRole('alert').filter({ hasText: 'easy to guess' }).waitFor();
    await form.getByLabel('Password').fill('harbour violet teacup 19');
    await form.getByRole('button', { name: 'Create trust' }).click();

    // Signed in as the new trust's director, who goes on to add schools.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'School admin' }).waitFor();
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);

    // Any other browser now finds sign-in, not setup.
    const later = await (await env.browser.newContext()).newPage();
    await later.goto(env.web.url);
    await later.getByRole('form', { name: 'Sign in' }).waitFor();
    expect(await later.getByRole('form', { name: 'Set up your trust' }).count()).toBe(0);

    // A new trust requires a second step of its IT director: she sets her app up on the way in.
    await signInAs(later, env.web.url, 'ruth.adeyemi@moorland.example', 'harbour violet teacup 19');
    await later.getByRole('heading', { name: 'Your trust asks for a second step' }).waitFor();
    const secret = (await later.getByTestId('mfa-secret').textContent())!.replace(/\s+/g, '');
    const setupAxe = await new AxeBuilder({ page: later }).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(setupAxe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    const code = new TOTP({ secret, algorithm: 'SHA1', digits: 6, period: 30 }).generate();
    await later.getByLabel('Code from the app').fill(code);
    await later.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
    await later.getByRole('list', { name: 'Recovery codes' }).waitFor();
    await later.getByRole('button', { name: 'I have saved these codes' }).click();
    await later.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'School admin' }).waitFor();
  }, 120_000);
});
