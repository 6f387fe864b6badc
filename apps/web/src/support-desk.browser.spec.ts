import { BrowserStack, signInAs, startBrowserStack } from './testing/browser';

describe('support desk in Chromium', () => {
  let env: BrowserStack;
  let browser: BrowserStack['browser'];
  let web: BrowserStack['web'];
  beforeAll(async () => {
    env = await startBrowserStack();
    ({ browser, web } = env);
  }, 120_000);
  afterAll(() => env?.stop());

  it('a teacher raises a ticket, the technician replies and resolves it from the queue, the teacher rates it', async () => {
    const subject = `Interactive board frozen in Year 3 ${Date.now()}`;
    const teacher = await browser.newPage();
    await signInAs(teacher, web.url, 'teacher@northstar.example');
    const form = teacher.getByRole('form', { name: 'Raise a ticket' });
    await form.getByLabel('Subject').fill(subject);
    await form.getByLabel('Description').fill('The board shows a spinning wheel after the update.');
    await form.getByLabel('Category').selectOption('AV');
    await form.getByRole('button', { name: 'Raise ticket' }).click();
    await teacher.getByRole('status').filter({ hasText: 'Ticket raised' }).waitFor();
    await teacher.getByRole('cell', { name: subject }).waitFor();

    const tech = await browser.newPage();
    await signInAs(tech, web.url, 'tech@northstar.example');
    await tech.getByRole('heading', { name: 'Queue' }).waitFor();
    await tech.getByRole('cell', { name: subject }).click();
    await tech.getByRole('heading', { name: new RegExp(subject) }).waitFor();
    await tech.getByRole('textbox', { name: 'Reply' }).fill('Restarted the board and rolled back the driver. Try it now.');
    await tech.getByRole('button', { name: 'Send' }).click();
    await tech.getByText('Restarted the board and rolled back the driver').waitFor();
    await tech.getByRole('button', { name: 'Resolve' }).click();
    await tech.getByTestId('ticket-status').filter({ hasText: 'RESOLVED' }).waitFor();

    // The teacher's list refreshes on its own; open the ticket, read the reply and rate it.
    await teacher.getByRole('button', { name: 'Resolved' }).click();
    await teacher.getByRole('cell', { name: subject }).click();
    await teacher.getByText('Restarted the board and rolled back the driver').waitFor();
    await teacher.getByLabel('How did we do?').selectOption('5');
    await teacher.getByRole('button', { name: 'Rate' }).click();
    await teacher.getByText('Rated 5/5').waitFor();
    await teacher.screenshot({ path: `${process.env.SCREENSHOT_DIR ?? '/tmp'}/trustops-ticket.png`, fullPage: true });
    expect(await teacher.getByTestId('ticket-status').textContent()).toBe('RESOLVED');
  }, 120_000);
});
