import { NORTHSTAR } from '@trustops/demo-data';
import { gql, ok, signIn } from '@trustops/testing';
import { browserStackForFile, signInAs } from './testing/browser';

const oakfield = NORTHSTAR.schools[0];
const CHANGE = 'Replace Oakfield classroom Wi-Fi access points';

describe('change management in Chromium', () => {
  const env = browserStackForFile();

  /** The last working day before Oakfield's next term: inside a TERM_START freeze. */
  async function dayBeforeTerm(): Promise<string> {
    const token = await signIn(env.stack.gatewayUrl, 'engineer@northstar.example');
    const today = new Date().toISOString().slice(0, 10);
    const to = new Date(Date.now() + 360 * 86_400_000).toISOString().slice(0, 10);
    const res = await gql(
      env.stack.gatewayUrl,
      'query ($s: ID!, $f: Date!, $t: Date!) { freezes(schoolId: $s, from: $f, to: $t) { kind startsOn endsOn } }',
      { s: oakfield.id, f: today, t: to },
      token,
    );
    return ok(res).freezes.find(
      (f: { kind: string; startsOn: string }) => f.kind === 'TERM_START' && f.startsOn > today,
    ).endsOn;
  }

  it('refuses a classroom change the day before term with the next free window, then schedules it once the educator consents', async () => {
    const { browser, web } = env;
    const director = await browser.newPage();
    await signInAs(director, web.url, 'director@northstar.example');
    await director.getByRole('link', { name: 'Changes' }).click();
    const pending = director.getByRole('article', { name: CHANGE });
    await pending.getByRole('button', { name: 'Approve' }).click();
    await pending.getByTestId('change-status').filter({ hasText: 'APPROVED' }).waitFor();

    const day = await dayBeforeTerm();
    const engineer = await browser.newPage();
    await signInAs(engineer, web.url, 'engineer@northstar.example');
    await engineer.getByRole('link', { name: 'Changes' }).click();
    const card = engineer.getByRole('article', { name: CHANGE });
    await card.getByLabel('Start').fill(`${day}T16:00`);
    await card.getByLabel('End').fill(`${day}T18:00`);
    await card.getByRole('button', { name: 'Schedule' }).click();
    await card
      .getByRole('alert')
      .filter({ hasText: `${oakfield.name} is in a change freeze` })
      .waitFor();
    expect(await card.getByRole('alert').textContent()).toMatch(
      /The next free window is .+; or ask the school's educator lead to consent/,
    );
    await card.getByRole('button', { name: /^Use .+ instead$/ }).waitFor();

    const teacher = await browser.newPage();
    await signInAs(teacher, web.url, 'teacher@northstar.example');
    await teacher.getByRole('link', { name: 'Changes' }).click();
    await teacher
      .getByRole('article', { name: CHANGE })
      .getByRole('button', { name: `Consent for ${oakfield.name}` })
      .click();
    await teacher.getByText(`Consent for ${oakfield.name}: Jess Malik`).waitFor();

    await card.getByRole('button', { name: 'Schedule' }).click();
    await card.getByTestId('change-status').filter({ hasText: 'SCHEDULED' }).waitFor();
    await engineer.screenshot({ path: `${process.env.SCREENSHOT_DIR ?? '/tmp'}/trustops-changes.png`, fullPage: true });
    expect(await card.getByTestId('change-status').textContent()).toBe('SCHEDULED');
  }, 120_000);

  it('a teacher asks for an app, the engineer explains the no, the teacher appeals and the CEO decides', async () => {
    const { browser, web } = env;
    const title = `ClassDojo for Year 2 ${Date.now()}`;
    const teacher = await browser.newPage();
    await signInAs(teacher, web.url, 'teacher@northstar.example');
    await teacher.getByRole('link', { name: 'Tech requests' }).click();
    await teacher.getByLabel('Search the register').fill('quiz');
    await teacher.getByRole('region', { name: 'Approved apps' }).getByText('Microsoft Forms').waitFor();
    const ask = teacher.getByRole('form', { name: 'Ask for something' });
    await ask.getByLabel('Title').fill(title);
    await ask.getByLabel('What do you want to achieve?').fill('Reward good behaviour and share it with parents');
    await ask.getByRole('button', { name: 'Send request' }).click();
    await teacher.getByRole('article', { name: title }).waitFor();

    const engineer = await browser.newPage();
    await signInAs(engineer, web.url, 'engineer@northstar.example');
    await engineer.getByRole('link', { name: 'Tech requests' }).click();
    const decide = engineer.getByRole('article', { name: title }).getByRole('form', { name: 'Decide' });
    await decide.getByLabel('Decision').selectOption('DECLINED');
    await decide.getByRole('button', { name: 'Record decision' }).click();
    await decide.getByRole('alert').filter({ hasText: 'A "no" needs its reason' }).waitFor();
    await decide.getByLabel('Reason').fill('It shares pupil behaviour data with a US company without a DPIA');
    await decide.getByLabel('data protection').check();
    await decide.getByLabel('Alternatives (one per line)').fill('Use house points in Arbor, which parents already see');
    await decide.getByRole('button', { name: 'Record decision' }).click();

    const mine = teacher.getByRole('article', { name: title });
    await teacher.reload();
    await mine.getByText('Instead, you could: Use house points in Arbor, which parents already see').waitFor();
    await mine.getByLabel('Why should this change?').fill('Arbor does not show points to parents at our school');
    await mine.getByRole('button', { name: 'Appeal' }).click();
    await mine.getByTestId('request-status').filter({ hasText: 'appealed' }).waitFor();

    const ceo = await browser.newPage();
    await signInAs(ceo, web.url, 'ceo@northstar.example');
    await ceo.getByRole('link', { name: 'Tech requests' }).click();
    const appeal = ceo.getByRole('article', { name: title });
    await appeal.getByText('Appeal: Arbor does not show points to parents at our school').waitFor();
    await appeal.getByLabel('Outcome').selectOption('APPROVED_WITH_CONDITIONS');
    await appeal.getByLabel('Reasoning, having read both sides').fill('Approved once the DPIA is done; no photos');
    await appeal.getByRole('button', { name: 'Decide appeal' }).click();
    await appeal.getByTestId('request-status').filter({ hasText: 'approved with conditions' }).waitFor();
    expect(await appeal.getByTestId('request-status').textContent()).toBe('approved with conditions');
  }, 120_000);
});
