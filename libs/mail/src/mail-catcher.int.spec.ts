import { Mailer } from './mailer';
import { MailCatcher, startMailCatcher } from './mail-catcher';

describe('mail catcher', () => {
  let catcher: MailCatcher;
  let mailer: Mailer;
  beforeAll(async () => {
    catcher = await startMailCatcher({ httpPort: 0 });
    mailer = new Mailer({ smtpUrl: catcher.smtpUrl, from: 'TrustOps <no-reply@trustops.test>' });
  });
  afterAll(async () => {
    mailer.close();
    await catcher.stop();
  });

  it('keeps what the mailer sends and shows it as JSON with its links, marked as sent by a machine', async () => {
    const id = await mailer.send({
      to: 'jo@northstar.example',
      subject: 'You are invited to Northstar Learning Trust',
      text: 'Open https://trustops.test/invitation#token=abc to join. It works for 7 days.',
    });
    expect(id).toMatch(/^<.+>$/);
    const mail = await catcher.waitFor((m) => m.to.includes('jo@northstar.example'));
    expect(mail).toMatchObject({
      from: 'no-reply@trustops.test',
      subject: 'You are invited to Northstar Learning Trust',
      links: ['https://trustops.test/invitation#token=abc'],
    });
    const json = (await (await fetch(`${catcher.httpUrl}/messages.json`)).json()) as { subject: string }[];
    expect(json.map((m) => m.subject)).toContain('You are invited to Northstar Learning Trust');
    const page = await (await fetch(`${catcher.httpUrl}/`)).text();
    expect(page).toContain('<a href="https://trustops.test/invitation#token=abc">');
  });

  it('escapes what a message says on its list page', async () => {
    await mailer.send({ to: 'x@northstar.example', subject: '<script>alert(1)</script>', text: '<b>hi</b>' });
    await catcher.waitFor((m) => m.to.includes('x@northstar.example'));
    const page = await (await fetch(`${catcher.httpUrl}/`)).text();
    expect(page).not.toContain('<script>alert(1)</script>');
    expect(page).toContain('&lt;b&gt;hi&lt;/b&gt;');
  });

  it('says when the awaited mail never comes', async () => {
    await expect(catcher.waitFor((m) => m.subject === 'never', 200)).rejects.toThrow('No such mail within 200 ms');
  });
});
