import { browserStackForFile, signInAs } from './testing/browser';

describe('support desk in Chromium', () => {
  const env = browserStackForFile();

  it('a teacher raises a ticket, the technician replies and resolves it from the queue, the teacher rates it', async () => {
    const subject = `Interactive board frozen in Year 3 ${Date.now()}`;
    const teacher = await env.browser.newPage();
    await signInAs(teacher, env.web.url, 'teacher@northstar.example');
    const form = teacher.getByRole('form', { name: 'Raise a ticket' });
    // A HOW_TO first: typing the question offers the knowledge article before anything is sent.
    await form.getByLabel('What kind of request').selectOption('HOW_TO');
    await form.getByLabel('Subject').fill('How do I connect my laptop to the projector?');
    await teacher.getByText('Connect a laptop to the classroom projector or panel').waitFor();
    await form.getByLabel('What kind of request').selectOption('FAULT');
    await form.getByLabel('Subject').fill(subject);
    await form.getByLabel('Description').fill('The board shows a spinning wheel after the update.');
    await form.getByLabel('Category').selectOption('AV');
    await form.getByRole('button', { name: 'Raise ticket' }).click();
    await teacher.getByRole('status').filter({ hasText: 'Ticket raised' }).waitFor();
    await teacher.getByRole('cell', { name: subject }).waitFor();

    const tech = await env.browser.newPage();
    await signInAs(tech, env.web.url, 'tech@northstar.example');
    await tech.getByRole('heading', { name: 'Queue' }).waitFor();
    await tech.getByLabel('School').selectOption({ label: 'Oakfield Primary School' });
    await tech.getByLabel('Words').fill('interactive board frozen');
    await tech.getByLabel('Order').selectOption('NEWEST');
    // Click only once the list shows what the filters ask (the words settle after typing): a row clicked while
    // the table is being replaced could be another ticket's by the time the click lands.
    await tech.waitForURL(/q=interactive.*sort=NEWEST|sort=NEWEST.*q=interactive/);
    await tech.getByRole('row').nth(1).getByRole('cell', { name: subject }).waitFor();
    await tech.getByRole('cell', { name: subject }).click();
    await tech.getByRole('heading', { name: new RegExp(subject) }).waitFor();
    // Routed on arrival (Oakfield → its site technician), with both SLA clocks laid out.
    await tech.getByText('Oakfield site tech').waitFor();
    const timeline = tech.getByRole('region', { name: 'SLA timeline' });
    await timeline.getByText(/Raised as P\d/).waitFor();
    await tech.getByLabel('Linked asset').selectOption({ index: 1 });
    await tech.getByRole('region', { name: 'SLA timeline' }).getByText('Asset linked').waitFor();
    await tech.getByLabel('Attach a file').setInputFiles({
      name: 'board-log.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('driver 5.2 crashed at boot'),
    });
    await tech.getByRole('button', { name: 'board-log.txt' }).waitFor();
    await tech
      .getByRole('textbox', { name: 'Reply' })
      .fill('Restarted the board and rolled back the driver. Try it now.');
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

  it('a ticket raised elsewhere appears in an open queue within seconds, pushed by the live stream', async () => {
    const tech = await env.browser.newPage();
    await signInAs(tech, env.web.url, 'tech@northstar.example');
    await tech.getByRole('heading', { name: 'Queue' }).waitFor();
    await tech.getByLabel('Order').selectOption('NEWEST');
    // Connected: the queue then polls only once a minute, so a row within 5 s was pushed.
    await tech
      .getByRole('status')
      .filter({ hasText: /^Live$/ })
      .waitFor();
    const subject = `Visualiser not detected ${Date.now()}`;
    const teacherContext = await env.browser.newContext();
    const teacher = await teacherContext.newPage();
    await signInAs(teacher, env.web.url, 'teacher@northstar.example');
    const form = teacher.getByRole('form', { name: 'Raise a ticket' });
    await form.getByLabel('Subject').fill(subject);
    await form.getByLabel('Description').fill('Plugged into the front USB port.');
    await form.getByLabel('Category').selectOption('AV');
    await form.getByRole('button', { name: 'Raise ticket' }).click();
    await teacher.getByRole('status').filter({ hasText: 'Ticket raised' }).waitFor();
    const raisedAt = Date.now();
    await tech.getByRole('cell', { name: subject }).waitFor({ timeout: 5000 });
    expect(Date.now() - raisedAt).toBeLessThan(5000);
    await teacherContext.close();
  }, 60_000);

  it('the IT director changes the P2 resolution target and adds a routing rule', async () => {
    const director = await env.browser.newPage();
    await signInAs(director, env.web.url, 'director@northstar.example');
    await director.getByRole('link', { name: 'Desk settings' }).click();
    const p2 = director.getByRole('form', { name: 'P2 targets' });
    await p2.getByLabel('Resolution').fill('300');
    await p2.getByRole('button', { name: 'Save' }).click();
    await p2.getByText('1 h / 5 h').waitFor();
    const rule = director.getByRole('form', { name: 'New routing rule' });
    await rule.getByLabel('Category').selectOption('PRINTING');
    await rule.getByLabel('Team').fill('Print room');
    await rule.getByRole('button', { name: 'Add rule' }).click();
    await director.getByText('Any school · PRINTING → Print room').waitFor();
  }, 60_000);
});
