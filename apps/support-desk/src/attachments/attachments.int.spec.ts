import { ok } from '@trustops/testing';
import { NORTHSTAR } from '@trustops/demo-data';
import { deskUnderTest, signedToken } from '../testing/desk-client';

const oakfield = NORTHSTAR.schools[0];
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

describe('ticket attachments (bytes over HTTP, rows under RLS)', () => {
  const { as, ctx } = deskUnderTest({ ATTACHMENT_MAX_BYTES: '1024' });
  let base: string;
  let ticketId: string;
  const upload = (who: string, body: Buffer, type: string, query = `ticketId=${ticketId}&fileName=screen.png`) =>
    fetch(`${base}/files/attachments?${query}`, {
      method: 'POST',
      body,
      headers: { authorization: `Bearer ${who}`, 'content-type': type },
    });
  const download = (who: string, id: string) =>
    fetch(`${base}/files/attachments/${id}`, { headers: { authorization: `Bearer ${who}` } });

  beforeAll(async () => {
    base = ctx.desk.url.replace(/\/graphql$/, '');
    ticketId = ok(
      await as('teacher', 'mutation ($i: RaiseTicketInput!) { raiseTicket(input: $i) { id } }', {
        i: {
          schoolId: oakfield.id,
          subject: 'Error on screen',
          description: 'See screenshot',
          kind: 'FAULT',
          impact: 'LOW',
          urgency: 'LOW',
          category: 'SOFTWARE',
        },
      }),
    ).raiseTicket.id;
  });

  it('stores a screenshot and gives it back to the requester and the technician, byte for byte', async () => {
    const res = await upload(await signedToken(ctx.desk, 'teacher'), PNG, 'image/png');
    expect(res.status).toBe(201);
    const { id, url } = (await res.json()) as { id: string; url: string };
    expect(url).toBe(`/files/support-desk/attachments/${id}`);
    for (const who of ['teacher', 'tech'] as const) {
      const got = await download(await signedToken(ctx.desk, who), id);
      expect(got.status).toBe(200);
      expect(got.headers.get('content-disposition')).toMatch(/^attachment;/);
      expect(got.headers.get('x-content-type-options')).toBe('nosniff');
      expect(Buffer.from(await got.arrayBuffer())).toEqual(PNG);
    }
    const listed = await as(
      'tech',
      'query ($t: ID!) { ticket(id: $t) { attachments { fileName contentType sizeBytes } } }',
      { t: ticketId },
    );
    expect(ok(listed).ticket.attachments).toEqual([
      { fileName: 'screen.png', contentType: 'image/png', sizeBytes: PNG.length },
    ]);
  });

  it.each([
    {
      title: 'a file over the limit',
      body: Buffer.alloc(2048, 1),
      type: 'text/plain',
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
    },
    { title: 'HTML', body: Buffer.from('<script>'), type: 'text/html', status: 415, code: 'UNSUPPORTED_FILE_TYPE' },
    {
      title: 'text posing as a PNG',
      body: Buffer.from('MZ not a png'),
      type: 'image/png',
      status: 415,
      code: 'UNSUPPORTED_FILE_TYPE',
    },
  ])('refuses $title with $code and stores nothing', async ({ body, type, status, code }) => {
    const res = await upload(await signedToken(ctx.desk, 'teacher'), body, type);
    expect(res.status).toBe(status);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(code);
    const listed = await as('tech', 'query ($t: ID!) { ticket(id: $t) { attachments { id } } }', { t: ticketId });
    expect(ok(listed).ticket.attachments).toHaveLength(1);
  });

  it('keeps files from another trust, a scoped technician, and anyone without a token', async () => {
    const id = ok(await as('tech', 'query ($t: ID!) { ticket(id: $t) { attachments { id } } }', { t: ticketId })).ticket
      .attachments[0].id;
    for (const who of ['riverside', 'scoped'] as const) {
      expect((await download(await signedToken(ctx.desk, who), id)).status).toBe(404);
      expect((await upload(await signedToken(ctx.desk, who), PNG, 'image/png')).status).toBe(404);
    }
    expect((await fetch(`${base}/files/attachments/${id}`)).status).toBe(401);
    expect(
      (await upload(await signedToken(ctx.desk, 'teacher'), PNG, 'image/png', 'ticketId=nope&fileName=a.png')).status,
    ).toBe(400);
  });

  it('stores and serves the type the bytes are, with its extension and no direction tricks in the name', async () => {
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
    const name = encodeURIComponent('holiday\u202egpj.png');
    const res = await upload(
      await signedToken(ctx.desk, 'teacher'),
      jpeg,
      'image/png',
      `ticketId=${ticketId}&fileName=${name}`,
    );
    const stored = (await res.json()) as { id: string; fileName: string; contentType: string };
    expect([res.status, stored.fileName, stored.contentType]).toEqual([201, 'holidaygpj.jpg', 'image/jpeg']);
    const got = await download(await signedToken(ctx.desk, 'teacher'), stored.id);
    expect([got.headers.get('content-type'), got.headers.get('content-disposition')]).toEqual([
      'image/jpeg',
      "attachment; filename*=UTF-8''holidaygpj.jpg",
    ]);
  });
});
