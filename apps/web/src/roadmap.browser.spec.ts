import { browserStackForFile, signInAs } from './testing/browser';

const MOVED = 'Laptop refresh for teaching staff';

describe('strategy roadmap in Chromium', () => {
  const env = browserStackForFile();

  it('the CEO sees the demo initiatives per lane, moves one from Next to Now, and it stays there after reload', async () => {
    const ceo = await env.browser.newPage();
    await signInAs(ceo, env.web.url, 'ceo@northstar.example');
    await ceo.getByRole('link', { name: 'Roadmap' }).click();
    const lane = (name: string) => ceo.getByRole('region', { name, exact: true });
    await lane('Now').getByRole('article').first().waitFor();
    expect(await lane('Now').getByRole('article').count()).toBe(6);
    expect(await lane('Next').getByRole('article').count()).toBe(5);
    expect(await lane('Later').getByRole('article').count()).toBe(4);

    await lane('Next').getByRole('article', { name: MOVED }).getByRole('button', { name: '← Now' }).click();
    await lane('Now').getByRole('article', { name: MOVED }).waitFor();
    await ceo.reload();
    await lane('Now').getByRole('article', { name: MOVED }).waitFor();
    expect(await lane('Now').getByRole('article').count()).toBe(7);
    expect(await lane('Next').getByRole('article', { name: MOVED }).count()).toBe(0);

    // The keyboard moves it back: focus the card, press →.
    await lane('Now').getByRole('article', { name: MOVED }).focus();
    await ceo.keyboard.press('ArrowRight');
    await lane('Next').getByRole('article', { name: MOVED }).waitFor();
    await ceo.getByRole('figure', { name: /Staff completing cyber training/ }).waitFor();
    await ceo.screenshot({ path: `${process.env.SCREENSHOT_DIR ?? '/tmp'}/trustops-roadmap.png`, fullPage: true });
  }, 120_000);

  it('a governor reads the roadmap and the standards but cannot move anything', async () => {
    const governor = await env.browser.newPage();
    await signInAs(governor, env.web.url, 'governor@northstar.example');
    await governor.getByRole('link', { name: 'Roadmap' }).click();
    await governor.getByRole('region', { name: 'Now', exact: true }).getByRole('article').first().waitFor();
    expect(await governor.getByRole('button', { name: '← Now' }).count()).toBe(0);
    await governor.getByRole('link', { name: 'Standards' }).click();
    await governor
      .getByRole('table')
      .getByRole('row', { name: /Oakfield Primary School/ })
      .waitFor();
    expect(await governor.getByRole('button', { name: /Plan the .* gap as an initiative/ }).count()).toBe(0);
    await governor.getByRole('link', { name: 'Risks' }).click();
    await governor.getByRole('table', { name: 'Risk heat map' }).waitFor();
  }, 120_000);
});
