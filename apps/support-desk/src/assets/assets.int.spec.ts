import { NORTHSTAR, RIVERSIDE } from '@trustops/demo-data';
import { errorCodes, ok } from '@trustops/testing';
import { deskUnderTest } from '../testing/desk-client';

const [oakfield, beechHill] = NORTHSTAR.schools;
const REGISTER = 'mutation ($i: RegisterAssetInput!) { registerAsset(input: $i) { id tag type school { id } } }';
const ASSETS = 'query ($s: ID, $t: String) { assets(schoolId: $s, text: $t) { id tag } }';

describe('assets and the ticket that names one', () => {
  const { as } = deskUnderTest();

  it('registers a device, finds it by tag, and links it to a ticket of its school', async () => {
    const asset = ok(
      await as('tech', REGISTER, {
        i: { schoolId: oakfield.id, tag: 'oak-lt-0099', type: 'LAPTOP', model: 'Dell Latitude 3440' },
      }),
    ).registerAsset;
    expect(asset).toMatchObject({ tag: 'OAK-LT-0099', type: 'LAPTOP', school: { id: oakfield.id } });
    expect(
      ok(await as('tech', ASSETS, { s: oakfield.id, t: 'OAK-LT' })).assets.map((a: { tag: string }) => a.tag),
    ).toContain('OAK-LT-0099');
    const raised = await as(
      'teacher',
      'mutation ($i: RaiseTicketInput!) { raiseTicket(input: $i) { id asset { tag } } }',
      {
        i: {
          schoolId: oakfield.id,
          subject: 'Laptop will not charge',
          description: 'Light stays off',
          kind: 'FAULT',
          impact: 'LOW',
          urgency: 'MEDIUM',
          category: 'DEVICES',
          assetId: asset.id,
        },
      },
    );
    expect(ok(raised).raiseTicket.asset).toEqual({ tag: 'OAK-LT-0099' });
    const unlinked = await as(
      'tech',
      'mutation ($t: ID!) { linkTicketAsset(ticketId: $t, assetId: null) { asset { tag } } }',
      { t: ok(raised).raiseTicket.id },
    );
    expect(ok(unlinked).linkTicketAsset.asset).toBeNull();
  });

  it('refuses a duplicate tag, an unknown type, and an asset of another school, writing nothing', async () => {
    const before = ok(await as('director', ASSETS, {})).assets.length;
    expect(
      errorCodes(await as('tech', REGISTER, { i: { schoolId: oakfield.id, tag: 'OAK-LT-0099', type: 'LAPTOP' } })),
    ).toEqual(['ASSET_TAG_TAKEN']);
    expect(
      errorCodes(await as('tech', REGISTER, { i: { schoolId: oakfield.id, tag: 'X-1', type: 'TOASTER' } })),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      errorCodes(await as('tech', REGISTER, { i: { schoolId: oakfield.id, tag: 'bad tag!', type: 'LAPTOP' } })),
    ).toEqual(['BAD_USER_INPUT']);
    expect(ok(await as('director', ASSETS, {})).assets.length).toBe(before);
    const beechAsset = ok(await as('director', ASSETS, { s: beechHill.id })).assets[0].id;
    const raise = {
      i: {
        schoolId: oakfield.id,
        subject: 'Wrong school device',
        description: 'x',
        kind: 'FAULT',
        impact: 'LOW',
        urgency: 'LOW',
        category: 'DEVICES',
        assetId: beechAsset,
      },
    };
    const RAISE = 'mutation ($i: RaiseTicketInput!) { raiseTicket(input: $i) { id } }';
    expect(errorCodes(await as('director', RAISE, raise))).toEqual(['BAD_USER_INPUT']); // sees both schools: told it is the wrong one
    expect(errorCodes(await as('teacher', RAISE, raise))).toEqual(['ASSET_NOT_FOUND']); // scoped to Oakfield: cannot see it at all
  });

  it('matches LIKE wildcards in the search text only as themselves', async () => {
    // Without text the demo devices are found (e.g. OAK01-LT-0001), so an empty answer below means "no match".
    expect(ok(await as('director', ASSETS, {})).assets.map((a: { tag: string }) => a.tag)).toContain('OAK01-LT-0001');
    for (const t of ['%', '_', '%_%', '\\']) expect(ok(await as('director', ASSETS, { t })).assets).toEqual([]);
  });

  it('refuses a NUL byte in a text filter as BAD_USER_INPUT, in a variable or written in the query', async () => {
    const nul = await as('director', ASSETS, { t: 'OAK\u0000' });
    expect(nul.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringMatching(/\$t.*NUL/),
    });
    const inline = await as('teacher', '{ suggestArticles(text: "printer\\u0000jam") { title } }');
    expect(inline.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringMatching(/"text".*NUL/),
    });
  });

  it("keeps assets to their trust and the technician's schools", async () => {
    const oakAsset = ok(await as('director', ASSETS, { s: oakfield.id })).assets[0].id;
    expect(ok(await as('riverside', ASSETS, {})).assets.every((a: { tag: string }) => !a.tag.startsWith('OAK'))).toBe(
      true,
    );
    expect(ok(await as('riverside', ASSETS, { s: oakfield.id })).assets).toEqual([]);
    expect(
      errorCodes(await as('riverside', REGISTER, { i: { schoolId: oakfield.id, tag: 'THEIRS-1', type: 'LAPTOP' } })),
    ).toEqual(['SCHOOL_NOT_FOUND']);
    // Scoped to Beech Hill and Kirkgate: sees none of Oakfield's devices.
    expect(ok(await as('scoped', ASSETS, { s: oakfield.id })).assets).toEqual([]);
    const theirTicket = ok(
      await as('riverside', 'mutation ($i: RaiseTicketInput!) { raiseTicket(input: $i) { id } }', {
        i: {
          schoolId: RIVERSIDE.schools[0].id,
          subject: 'x',
          description: 'x',
          kind: 'FAULT',
          impact: 'LOW',
          urgency: 'LOW',
          category: 'DEVICES',
        },
      }),
    ).raiseTicket.id;
    expect(
      errorCodes(
        await as('riverside', 'mutation ($t: ID!, $a: ID!) { linkTicketAsset(ticketId: $t, assetId: $a) { id } }', {
          t: theirTicket,
          a: oakAsset,
        }),
      ),
    ).toEqual(['ASSET_NOT_FOUND']);
    expect(errorCodes(await as('teacher', ASSETS, {}))).toEqual(['FORBIDDEN']);
  });
});
