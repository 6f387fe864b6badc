import { Page } from 'playwright-core';
import { browserStackForFile, signInAs, waitForCount } from './testing/browser';

const schoolRows = (page: Page) => page.locator('table.schools tbody tr').count();
const openSchools = async (page: Page) => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Schools' }).click();
  await page.getByRole('heading', { name: 'Schools' }).waitFor({ timeout: 30_000 });
};

describe('dashboard shell in Chromium', () => {
  const env = browserStackForFile();

  it('shows a director their 12 schools with no trust switcher, and an MSP technician switches to Riverside', async () => {
    const page = await env.browser.newPage();
    await signInAs(page, env.web.url, 'director@northstar.example');
    await openSchools(page);
    await waitForCount(() => schoolRows(page), 12);
    expect(await page.getByTestId('trust-name').textContent()).toBe('Northstar Learning Trust');
    expect(await page.getByLabel('Trust').count()).toBe(0);
    expect(
      await page
        .getByRole('row', { name: /Oakfield Primary School/ })
        .getByRole('cell')
        .nth(1)
        .textContent(),
    ).toBe('148201');
    await page
      .getByRole('list', { name: 'This week at Oakfield Primary School' })
      .getByRole('listitem')
      .first()
      .waitFor();
    expect(
      await page.getByRole('list', { name: 'This week at Oakfield Primary School' }).getByRole('listitem').count(),
    ).toBe(5);
    await page.screenshot({ path: `${process.env.SCREENSHOT_DIR ?? '/tmp'}/trustops-schools.png`, fullPage: true });

    await page.getByRole('button', { name: 'Sign out' }).click();
    await signInAs(page, env.web.url, 'msp@partner.example');
    const switcher = page.getByLabel('Trust');
    await switcher.waitFor();
    await openSchools(page);
    await waitForCount(() => schoolRows(page), 12);
    await switcher.selectOption({ label: 'Riverside Academies' });
    await openSchools(page);
    await waitForCount(() => schoolRows(page), 4);
    expect(await page.getByTestId('trust-name').textContent()).toBe('Riverside Academies');
    expect(await page.locator('table.schools tbody th').allTextContents()).toEqual([
      'Foss Lane Primary',
      'Ouse Bridge Primary',
      'Riverside High School',
      'Riverside Primary Academy',
    ]);
  }, 120_000);

  it('shows the server message for a wrong password and keeps the user on the sign-in page', async () => {
    const page = await env.browser.newPage();
    await signInAs(page, env.web.url, 'director@northstar.example', 'wrong-password');
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('Email or password is incorrect');
    expect(await page.getByRole('button', { name: 'Sign in' }).isVisible()).toBe(true);
  }, 60_000);

  it('keeps the session across a reload', async () => {
    const page = await env.browser.newPage();
    await signInAs(page, env.web.url, 'teacher@northstar.example');
    await openSchools(page);
    await waitForCount(() => schoolRows(page), 1);
    await page.reload();
    await waitForCount(() => schoolRows(page), 1);
    expect(await page.getByText('Jess Malik').count()).toBe(1);
  }, 60_000);
});
