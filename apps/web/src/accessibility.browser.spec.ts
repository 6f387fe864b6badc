import AxeBuilder from '@axe-core/playwright';
import { browserStackForFile, signInAs } from './testing/browser';

/** Every page as the role that uses it, checked with axe (WCAG 2.1 A and AA): no serious or critical findings. */
const VISITS: [string, string, string][] = [
  ['director@northstar.example', 'Board', 'table'],
  ['director@northstar.example', 'Queue', 'table'],
  ['director@northstar.example', 'Changes', 'table'],
  ['director@northstar.example', 'Incidents', 'article'],
  ['director@northstar.example', 'Roadmap', 'article'],
  ['director@northstar.example', 'Standards', 'table'],
  ['director@northstar.example', 'Risks', 'table'],
  ['director@northstar.example', 'Desk settings', 'form'],
  ['director@northstar.example', 'Calendars', 'article'],
  ['director@northstar.example', 'School admin', 'table'],
  ['director@northstar.example', 'People', 'table'],
  ['director@northstar.example', 'Integrations', 'form'],
  ['teacher@northstar.example', 'My requests', 'form'],
  ['teacher@northstar.example', 'Tech requests', 'form'],
  ['teacher@northstar.example', 'Jess Malik · Staff', 'form'],
  ['governor@northstar.example', 'Reviews', 'heading'],
];

describe('accessibility in Chromium', () => {
  const env = browserStackForFile();

  it.each(VISITS)(
    '%s: %s has no serious or critical axe findings',
    async (email, page, waitFor) => {
      const context = await env.browser.newContext();
      const tab = await context.newPage();
      await signInAs(tab, env.web.url, email);
      await tab.getByRole('link', { name: page, exact: true }).click();
      await tab
        .getByRole(waitFor as 'table')
        .first()
        .waitFor();
      const results = await new AxeBuilder({ page: tab })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v) =>
            `${v.id}: ${v.help} (${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(' '))
              .join(', ')})`,
        );
      expect(serious).toEqual([]);
      await context.close();
    },
    60_000,
  );
});
